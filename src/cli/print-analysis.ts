// Readable reports of the whole-graph analyses (`communities`, `stats`, `conflicts`): printing only; the numbers
// come from src/analysis.
import type { Bridge, Communities } from "../analysis/communities.js";
import {
  conflictReadings,
  sourceDates,
  type Conflict,
  type ConflictValue,
  type Succession,
} from "../analysis/conflicts.js";
import type { Stats } from "../analysis/stats.js";
import type { PanelGraph } from "../model/graph.js";
import { dateInWords } from "../model/dates.js";
import { periodText, sourceDateWhen, titleKey } from "../model/roles.js";
import type { EvidenceKind } from "../model/schema.js";
import { plural } from "./corpus.js";
import { KIND, list, named, quoted, table, titleText, where, type Write } from "./print-text.js";

/** "Chloe Hartigan — 2 connections to 3, 1 to 5". */
function bridge(b: Bridge): string {
  const joins = b.joins.map(
    (j, i) => `${i === 0 ? plural(j.connections, "connection") : j.connections} to ${j.community}`,
  );
  return `${b.label} — ${joins.join(", ")}`;
}

/** Without --all, `communities` names this many members a row (the most central) and unsettled members. */
export const MEMBERS_SHOWN = 12;

/** The first `shown` labels, then "and N more (--all lists them all)" for the rest; all of them with `all`. */
function someLabels(labels: string[], all: boolean, shown = MEMBERS_SHOWN): string {
  if (labels.length === 0) return "—";
  if (all || labels.length <= shown) return labels.join(", ");
  return `${labels.slice(0, shown).join(", ")} and ${labels.length - shown} more (--all lists them all)`;
}

/** Prints `communities`' report; without `all`, each list of members is cut to its first MEMBERS_SHOWN. */
export function printCommunities(result: Communities, write: Write, { all = false }: { all?: boolean } = {}): void {
  const { stability, projection } = result;
  if (result.communities.length === 0) {
    write("0 communities: no person, theme or organisation is connected by evidence yet.");
    return;
  }
  write(
    `${plural(result.communities.length, "community", "communities")} (Louvain, resolution ${result.resolution}, ` +
      `seed ${result.seed}), modularity ${result.modularity.toFixed(3)}`,
  );
  write(
    `Projection: ${projection.nodes} nodes (${projection.nodeTypes.join(", ")}) joined by ${projection.edges} ` +
      `connections (${projection.relations.join(", ")}), weighted by evidence passages.`,
  );
  const { reasons, minNodes, smallCommunity } = result.caution;
  if (reasons.length > 0) {
    const small = result.communities.filter((c) => c.members.length <= smallCommunity).length;
    const why = [
      reasons.includes("few-nodes") ? `the projection has ${projection.nodes} nodes (fewer than ${minNodes})` : "",
      reasons.includes("small-communities")
        ? `${small} of ${result.communities.length} communities have ${smallCommunity} members or fewer`
        : "",
    ].filter(Boolean);
    write(
      `Caution: ${why.join(", and ")}. On a corpus this small a community is mostly one person with their ` +
        "organisation and themes: read the grouping as a sketch, not a finding.",
    );
  }
  const agreement = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
  if (stability.seeds.runs > 0) {
    write(
      `Stability across ${plural(stability.seeds.runs, "other seed")}: mean adjusted Rand ` +
        `${agreement(stability.seeds.meanAdjustedRand)} (${plural(stability.seeds.identical, "identical partition")}).`,
    );
  }
  if (stability.resolutions.runs.length > 0) {
    const runs = stability.resolutions.runs.map((r) => `${r.resolution}: ${r.adjustedRand.toFixed(2)}`).join(", ");
    write(
      `Stability across nearby resolutions: mean adjusted Rand ${agreement(stability.resolutions.meanAdjustedRand)} (${runs}).`,
    );
  }
  write("(1 = the same grouping every time; a community's stability is its mean best overlap with the re-runs.)");
  if (stability.unsettled.length > 0) {
    const runs = stability.unsettled[0]!.runs;
    const moves = stability.unsettled.map((m) => `${m.label} ${m.stayed}/${runs} (community ${m.community})`);
    write(`Unsettled members (re-runs that kept them in their community, fewest first): ${someLabels(moves, all)}.`);
  } else if (stability.seeds.runs + stability.resolutions.runs.length > 0) {
    write("Every member stays in its community in every re-run.");
  }
  if (result.communities.some((c) => c.bridges.length > 0)) {
    write(
      "Bridges: the members with most connections into other communities, and which ones they join (sessions are not " +
        'in the projection: sitting on two panels is in stats, "People in more than one session").',
    );
  }
  for (const community of result.communities) {
    write("");
    const jaccard = stability.communities.find((c) => c.id === community.id)?.meanJaccard ?? null;
    write(
      `${community.id}. ${community.label}  — ${plural(community.members.length, "member")}, stability ${agreement(jaccard)}`,
    );
    const groups: [string, string][] = [
      ["people", "person"],
      ["organisations", "organisation"],
      ["themes", "theme"],
    ];
    const rows = groups
      .map(([title, type]) => [
        title,
        someLabels(
          community.members.filter((m) => m.type === type).map((m) => m.label),
          all,
        ),
      ])
      .filter(([, members]) => members !== "—");
    if (community.bridges.length > 0) rows.push(["bridges", community.bridges.map(bridge).join("; ")]);
    table(["", ""], rows)
      .slice(1)
      .forEach((l) => write(`   ${l}`));
  }
}

export function printStats(result: Stats, write: Write): void {
  const nonZero = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
  const counts = (counts: Record<string, number>) => `${total(counts)}${total(counts) ? ` — ${nonZero(counts)}` : ""}`;
  write(`Nodes: ${counts(result.nodes)}`);
  write(`Edges: ${counts(result.edges)}`);
  const kinds = (Object.keys(result.evidence.byKind) as EvidenceKind[])
    .map((k) => `${KIND[k]} ${result.evidence.byKind[k]}`)
    .join(", ");
  write(`Evidence: ${result.evidence.passages} distinct passages (${kinds}), cited ${result.evidence.citations} times`);
  write("");
  write("Centrality is measured without source nodes and the theme hierarchy: connections the sources state.");
  write("");
  write("Most connected (degree: distinct entities linked by evidence)");
  table(
    ["#", "Entity", "Type", "Degree"],
    result.degree.map((r, i) => [String(i + 1), named(r), r.type, String(r.value)]),
  ).forEach(write);
  write("");
  write("Brokers (betweenness: share of shortest paths that pass through them, 0–1)");
  table(
    ["#", "Entity", "Type", "Betweenness"],
    result.betweenness.map((r, i) => [String(i + 1), named(r), r.type, r.value.toFixed(3)]),
  ).forEach(write);
  write("");
  write("People");
  table(
    ["#", "Person", "Degree", "Themes (own words)", "Statements (own words)", "Passages (all their edges)"],
    result.people.map((p, i) => [
      String(i + 1),
      named(p),
      String(p.degree),
      String(p.themes),
      String(p.statements),
      String(p.passages),
    ]),
  ).forEach(write);
  write("");
  write("Themes");
  table(
    ["#", "Theme", "Degree", "Speakers (own words)", "Panels agreed", "Passages (all its edges, not sub-themes)"],
    result.themes.map((t, i) => [
      String(i + 1),
      named(t),
      String(t.degree),
      String(t.speakers),
      String(t.panels),
      String(t.passages),
    ]),
  ).forEach(write);
  write("");
  printSeveralSessions(result.severalSessions, write);
  write("");
  if (result.sharedThemes.length === 0) {
    write("No theme is shared by two sessions.");
    return;
  }
  write(
    "Themes shared across sessions (covered by the session, agreed on by its panel, or raised by its panellists in a " +
      "source that reports that session)",
  );
  table(
    ["Theme", "Session", "How"],
    result.sharedThemes.flatMap((t) =>
      t.sessions.map((s, i) => [
        i === 0 ? named(t) : "",
        s.label,
        [
          s.covered ? "covered" : "",
          s.agreed ? "agreed by the panel" : "",
          s.speakers.length > 0 ? `raised by ${list(s.speakers)}` : "",
        ]
          .filter(Boolean)
          .join("; "),
      ]),
    ),
  ).forEach(write);
}

function printSeveralSessions(several: Stats["severalSessions"], write: Write): void {
  if (several.count === 0) {
    write("Nobody sat in more than one session.");
    return;
  }
  write(
    `People in more than one session (${plural(several.count, "person", "people")}; role, and titles the session's sources give)`,
  );
  table(
    ["Person", "Session", "Role"],
    several.people.flatMap((p) =>
      p.sessions.map((s, i) => [
        i === 0 ? named(p) : "",
        s.label,
        [s.roles.join(" and "), ...s.titles.map((t) => titleText(t))].join("; "),
      ]),
    ),
  ).forEach(write);
  if (several.count > several.people.length) write(`… and ${several.count - several.people.length} more (--top)`);
}

/** When a role held, as the conflict reads it: its own dates, else its source's date (`on 14 October 2022`), else none. */
function roleWhen(value: ConflictValue, sourceDate: string | undefined): string {
  return periodText(value) ?? (sourceDate === undefined ? "undated" : `${sourceDateWhen(sourceDate)} (source's date)`);
}

/**
 * `Vice Chair (source of 2022) → Chair (since 2023-05)`: each title with its dates, or its source's date. A title a
 * later source repeats is one step (the first, which dates it), not two.
 */
export function successionLine(succession: Succession, dateOf: (source: string) => string | undefined): string {
  const sourceOf = (source: string) => {
    const date = dateOf(source);
    return date === undefined ? "undated" : `source of ${dateInWords(date)}`;
  };
  const steps = succession.roles.filter(
    (r, i) => i === 0 || titleKey(r.value) !== titleKey(succession.roles[i - 1]!.value),
  );
  const roles = steps.map((r) => `${r.value} (${periodText(r) ?? sourceOf(r.source)})`);
  return `${succession.entity.label} at ${succession.organisation.label}: ${roles.join(" → ")}`;
}

export function printConflicts(
  graph: PanelGraph,
  conflicts: Conflict[],
  write: Write,
  /** Titles the dates put one after another (findSuccessions): counted and listed after the conflicts. */
  successions: Succession[] = [],
): void {
  const dateOf = sourceDates(graph);
  if (conflicts.length === 0) write("No conflicts: wherever two sources give the same role or attribute, they agree.");
  else write(`${plural(conflicts.length, "conflict")} between sources (both values are kept in the graph):`);
  for (const conflict of conflicts) {
    write("");
    const what = conflict.organisation ? `role at ${conflict.organisation.label}` : conflict.field;
    write(`${named(conflict.entity)}, ${what}`);
    const role = conflict.field === "role";
    table(
      role ? ["", "", "", ""] : ["", "", ""],
      // Each value once; the other sources that give it follow on their own lines, each with its passage.
      conflictReadings(conflict).flatMap((r) =>
        r.reports.map((v, i) => [
          i === 0 ? JSON.stringify(r.value) : "",
          ...(role ? [roleWhen(v, dateOf(v.source))] : []),
          where(graph, v),
          quoted(v.quote),
        ]),
      ),
    )
      .slice(1)
      .forEach((l) => write(`  ${l}`));
  }
  write("");
  write(
    `${plural(successions.length, "succession")} read: titles at one organisation that their since/until put one ` +
      "after another, a change of post rather than a conflict. Titles without since/until conflict whatever their " +
      "sources' dates; one claim of a title with since/until dates the title's undated repeats.",
  );
  for (const succession of successions) write(`  ${successionLine(succession, dateOf)}`);
}
