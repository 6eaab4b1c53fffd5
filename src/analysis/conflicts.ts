// Facts on which sources disagree: a person's role at an organisation, or an entity attribute such as a date, given
// differently by two sources. Both values are kept in the graph; this lists where they differ.
import type { PanelGraph } from "../model/graph.js";
import type { Evidence } from "../model/vocabulary.js";

export interface ConflictValue {
  value: string;
  source: string;
  quote: string;
  start: number;
  end: number;
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

export function findConflicts(graph: PanelGraph): Conflict[] {
  const conflicts: Conflict[] = [];
  const label = (id: string) => ({ id, label: graph.getNodeAttribute(id, "label") });
  graph.forEachEdge((_, attributes, from, to) => {
    const roles = attributes.roles ?? [];
    if (
      attributes.relation !== "affiliated-with" ||
      !disagree(
        roles.map((r) => r.role),
        "role",
      )
    )
      return;
    conflicts.push({
      entity: label(from),
      field: "role",
      organisation: label(to),
      values: roles.map((r) => conflictValue(r.role, r.source, r.evidence)),
    });
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
        values: facts.map((f) => conflictValue(f.value, f.source, f.evidence)),
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
