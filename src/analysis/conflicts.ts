// Facts on which sources disagree: a person's role at an organisation, or an entity attribute such as a date, given
// differently by two sources. Both values are kept in the graph; this lists where they differ. Two roles whose dates
// keep them apart (src/model/roles.ts) are a succession, a change of post, and not a conflict.
import type { PanelGraph, RoleClaim } from "../model/graph.js";
import { roleStory, rolesInTimeOrder, type SourceDateOf } from "../model/roles.js";
import type { Evidence } from "../model/vocabulary.js";

export interface ConflictValue {
  value: string;
  source: string;
  /** Roles: when the role held, as the source states it. */
  since?: string;
  until?: string;
  quote: string;
  start: number;
  end: number;
}

/** Roles of one person at one organisation that the dates put one after another: a change of post, not a conflict. */
export interface Succession {
  entity: { id: string; label: string };
  organisation: { id: string; label: string };
  /** Each source's role, earliest first (src/model/roles.ts rolesInTimeOrder). */
  roles: ConflictValue[];
}

export interface Conflict {
  entity: { id: string; label: string };
  /** `role` (with the organisation) or the attribute name. */
  field: string;
  organisation?: { id: string; label: string };
  values: ConflictValue[];
}

/** One value of a conflict, with every source that gives it. */
export interface ConflictReading {
  value: string;
  /** Each source's report of the value, in the conflict's order. */
  reports: ConflictValue[];
}

const normalise = (value: string) => value.toLowerCase().replace(/\s+/g, " ").trim();

/** Year, month and day of an ISO date, any of which may be missing: `2023`, `2023-03`, `2023-03-24`, `--03-24`. */
function dateParts(value: string): (string | undefined)[] | undefined {
  const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  return m ? [m[1] === "-" ? undefined : m[1], m[2], m[3]] : undefined;
}

/** Two values agree when equal after normalising case and spacing, or, for dates, when no known part differs. */
function agree(a: string, b: string, field: string): boolean {
  if (normalise(a) === normalise(b)) return true;
  const [pa, pb] = field === "date" ? [dateParts(a), dateParts(b)] : [undefined, undefined];
  return !!pa && !!pb && pa.every((part, i) => part === undefined || pb[i] === undefined || part === pb[i]);
}

function disagree(values: string[], field: string): boolean {
  return values.some((a) => values.some((b) => !agree(a, b, field)));
}

function conflictValue(value: string, source: string, evidence: Evidence[]): ConflictValue {
  const first = evidence[0]!;
  return { value, source, quote: first.quote, start: first.start, end: first.end };
}

function roleValue(role: RoleClaim): ConflictValue {
  const { value, source, quote, start, end } = conflictValue(role.role, role.source, role.evidence);
  return {
    value,
    source,
    ...(role.since !== undefined && { since: role.since }),
    ...(role.until !== undefined && { until: role.until }),
    quote,
    start,
    end,
  };
}

/** A source's date from its node (undefined for an undated source, or one not in the graph). */
export function sourceDates(graph: PanelGraph): SourceDateOf {
  return (source) => (graph.hasNode(source) ? graph.getNodeAttribute(source, "date") : undefined);
}

/** Each affiliated-with edge whose sources give more than one title, with how its roles read (model/roles.ts). */
function forEachRoleStory(
  graph: PanelGraph,
  visit: (from: string, to: string, roles: RoleClaim[], story: "succession" | "conflict") => void,
): void {
  const dateOf = sourceDates(graph);
  graph.forEachEdge((_, attributes, from, to) => {
    const roles = attributes.roles ?? [];
    if (attributes.relation !== "affiliated-with" || roles.length < 2) return;
    const story = roleStory(roles, dateOf);
    if (story !== "one") visit(from, to, roles, story);
  });
}

/** Roles of a person at an organisation that the dates put one after another, by person then organisation. */
export function findSuccessions(graph: PanelGraph): Succession[] {
  const successions: Succession[] = [];
  const label = (id: string) => ({ id, label: graph.getNodeAttribute(id, "label") });
  const dateOf = sourceDates(graph);
  forEachRoleStory(graph, (from, to, roles, story) => {
    if (story !== "succession") return;
    successions.push({
      entity: label(from),
      organisation: label(to),
      roles: rolesInTimeOrder(roles, dateOf).map(roleValue),
    });
  });
  return successions.sort(
    (a, b) => a.entity.id.localeCompare(b.entity.id) || a.organisation.id.localeCompare(b.organisation.id),
  );
}

/**
 * A conflict's values by their sources' dates, earliest first (ISO text order: a year before its months), undated
 * sources last, then by source id; a source's own values in the order it gives them. So the readings, in the order
 * first given (conflictReadings), and each reading's sources read in time order wherever a conflict is shown.
 */
function byDate(dateOf: SourceDateOf): (values: ConflictValue[]) => ConflictValue[] {
  const order = (a: string | undefined, b: string | undefined) =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;
  return (values) =>
    [...values].sort((a, b) => order(dateOf(a.source), dateOf(b.source)) || a.source.localeCompare(b.source));
}

/**
 * Where sources disagree: two titles at one organisation whose periods can overlap (undated roles always can; see
 * src/model/roles.ts), and two values of one attribute, by entity then field.
 */
export function findConflicts(graph: PanelGraph): Conflict[] {
  const conflicts: Conflict[] = [];
  const label = (id: string) => ({ id, label: graph.getNodeAttribute(id, "label") });
  const inDateOrder = byDate(sourceDates(graph));
  forEachRoleStory(graph, (from, to, roles, story) => {
    if (story !== "conflict") return;
    const values = inDateOrder(roles.map(roleValue));
    conflicts.push({ entity: label(from), field: "role", organisation: label(to), values });
  });
  graph.forEachNode((id, attributes) => {
    const names = [...new Set(attributes.facts.map((f) => f.name))];
    for (const name of names) {
      const facts = attributes.facts.filter((f) => f.name === name);
      if (
        !disagree(
          facts.map((f) => f.value),
          name,
        )
      )
        continue;
      conflicts.push({
        entity: label(id),
        field: name,
        values: inDateOrder(facts.map((f) => conflictValue(f.value, f.source, f.evidence))),
      });
    }
  });
  return conflicts.sort((a, b) => a.entity.id.localeCompare(b.entity.id) || a.field.localeCompare(b.field));
}

/**
 * A conflict's values each once, with the sources that give it (the same after normalising case and spacing), in the
 * order first given: two sources saying "Director of Policy" against one saying "Chief Executive" are two readings,
 * not three values. `values` keeps one entry per source, each with its own passage.
 */
export function conflictReadings(conflict: Conflict): ConflictReading[] {
  const readings = new Map<string, ConflictReading>();
  for (const v of conflict.values) {
    const key = normalise(v.value);
    const reading = readings.get(key);
    if (reading) reading.reports.push(v);
    else readings.set(key, { value: v.value, reports: [v] });
  }
  return [...readings.values()];
}

/** How a reading names its sources: `(source)`, or `(2 sources: a, b)`; `name` turns a source id into its name. */
export function readingSources(reading: ConflictReading, name: (source: string) => string = (s) => s): string {
  const names = [...new Set(reading.reports.map((r) => name(r.source)))];
  return names.length === 1 ? `(${names[0]})` : `(${names.length} sources: ${names.join(", ")})`;
}
