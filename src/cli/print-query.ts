// Readable text for the query and analysis commands: tables and evidence lines. Printing only; every answer comes
// from src/query or src/analysis.
import type { Communities } from "../analysis/communities.js";
import type { Conflict } from "../analysis/conflicts.js";
import type { Stats } from "../analysis/stats.js";
import type { PanelGraph } from "../model/graph.js";
import type { EvidenceKind } from "../model/schema.js";
import type { Coverage } from "../query/coverage.js";
import { countKinds, lineOf } from "../query/evidence.js";
import type { Neighbours } from "../query/neighbours.js";
import type { Path } from "../query/path.js";
import type { RecommendationsOn } from "../query/recommendations-on.js";
import type { SearchResults } from "../query/search.js";
import type { ThemesOf } from "../query/themes-of.js";
import type { EntityRef, EvidenceItem } from "../query/types.js";
import type { WhoSpokeOn } from "../query/who-spoke-on.js";
import { plural } from "./corpus.js";

type Write = (line: string) => void;

export interface PrintOptions {
  /** Every passage, not just the strongest one of each row. */
  all: boolean;
}

const KIND: Record<EvidenceKind, string> = { "direct-quote": "direct quote", reported: "reported", summary: "summary" };
const KIND_PLURAL: Record<EvidenceKind, string> = {
  "direct-quote": "direct quotes",
  reported: "reported",
  summary: "summaries",
};

/** Columns padded to their widest cell; the last column is not padded. */
export function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? "")].length)));
  return all.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length)))
      .join("  ")
      .trimEnd(),
  );
}

function truncate(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;
}

const named = (e: EntityRef) => `${e.label} [${e.id}]`;
const list = (items: EntityRef[]) => (items.length === 0 ? "—" : items.map((i) => i.label).join(", "));

function where(graph: PanelGraph, e: { source: string; start: number }): string {
  const line = lineOf(graph, e);
  return line === undefined ? e.source : `${e.source}:${line}`;
}

/** `direct quote  luc-ics-session-2023:21  “…”`, one line per passage, aligned within the list. */
function evidenceLines(graph: PanelGraph, evidence: EvidenceItem[], indent: string): string[] {
  const rows = evidence.map((e) => [KIND[e.kind], where(graph, e), `“${e.quote}”`]);
  return table(["", "", ""], rows)
    .slice(1)
    .map((l) => indent + l);
}

function someEvidence(graph: PanelGraph, evidence: EvidenceItem[], indent: string, options: PrintOptions): string[] {
  if (evidence.length === 0) return [`${indent}(from the registry: no passage behind it)`];
  const shown = options.all ? evidence : evidence.slice(0, 1);
  const lines = evidenceLines(graph, shown, indent);
  const more = evidence.length - shown.length;
  if (more > 0) lines.push(`${indent}… ${plural(more, "more passage")} (--all shows every passage)`);
  return lines;
}

function kindBreakdown(evidence: EvidenceItem[]): string {
  const counts = countKinds(evidence);
  const parts = (Object.keys(counts) as EvidenceKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${counts[k] === 1 ? KIND[k] : KIND_PLURAL[k]}`);
  return `${plural(evidence.length, "passage")}: ${parts.join(", ")}`;
}

function subThemeNote(subThemes: EntityRef[]): string {
  if (subThemes.length === 0) return "";
  return subThemes.length === 1
    ? ` and its sub-theme ${subThemes[0]!.label}`
    : ` and its ${subThemes.length} sub-themes (${list(subThemes)})`;
}

export function printWhoSpokeOn(
  graph: PanelGraph,
  result: WhoSpokeOn,
  subThemes: EntityRef[],
  write: Write,
  options: PrintOptions,
): void {
  const topic = `${named(result.theme)}${subThemeNote(subThemes)}`;
  if (result.speakers.length === 0) {
    write(`Nobody is recorded speaking on ${topic}.`);
    return;
  }
  write(`${plural(result.speakers.length, "person", "people")} spoke on ${topic}.`);
  write("Ranked by their strongest evidence (score 3 direct quote, 2 reported, 1 summary), then by passages.");
  write("");
  table(
    ["#", "Speaker", "Organisations", "Score", "Passages"],
    result.speakers.map((s, i) => [
      String(i + 1),
      s.label,
      list(s.organisations),
      String(s.score),
      kindBreakdown(s.evidence),
    ]),
  ).forEach(write);
  result.speakers.forEach((s, i) => {
    write("");
    write(`${i + 1}. ${named(s)}`);
    someEvidence(graph, s.evidence, "   ", options).forEach(write);
  });
}

export function printThemesOf(graph: PanelGraph, result: ThemesOf, write: Write, options: PrintOptions): void {
  if (result.themes.length === 0) {
    write(`${named(result.person)} is not recorded speaking on any theme.`);
    return;
  }
  write(`${result.person.label} spoke on ${plural(result.themes.length, "theme")}, strongest evidence first.`);
  write("");
  table(
    ["#", "Theme", "Passages"],
    result.themes.map((t, i) => [String(i + 1), named(t), kindBreakdown(t.evidence)]),
  ).forEach(write);
  result.themes.forEach((t, i) => {
    write("");
    write(`${i + 1}. ${t.label}`);
    someEvidence(graph, t.evidence, "   ", options).forEach(write);
  });
}

const arrow = (relation: string, direction: "out" | "in") => (direction === "out" ? `${relation} →` : `← ${relation}`);

export function printNeighbours(graph: PanelGraph, result: Neighbours, write: Write, options: PrintOptions): void {
  const { entity, neighbours } = result;
  if (neighbours.length === 0) {
    write(`${named(entity)} (${entity.type}) has no neighbours that match.`);
    return;
  }
  write(`${named(entity)} (${entity.type}): ${plural(neighbours.length, "neighbour")}`);
  write(`→ runs from ${entity.label} to the neighbour, ← from the neighbour to ${entity.label}.`);
  write("");
  table(
    ["Relation", "Neighbour", "Type", "Passages", "First passage"],
    neighbours.map((n) => [
      arrow(n.relation, n.direction),
      truncate(n.label, 50),
      n.type,
      String(n.evidence.length),
      n.evidence[0] ? truncate(`“${n.evidence[0].quote}”`, 60) : "(registry)",
    ]),
  ).forEach(write);
  if (options.all) {
    for (const n of neighbours) {
      write("");
      write(`${arrow(n.relation, n.direction)} ${named(n)}`);
      someEvidence(graph, n.evidence, "   ", options).forEach(write);
    }
  }
}

export function printPath(graph: PanelGraph, result: Path, write: Write, options: PrintOptions): void {
  const { from, to } = result;
  if (result.length === null) {
    write(`No connection between ${named(from)} and ${named(to)}.`);
    write("(Paths run along evidence-backed edges and the theme hierarchy, never through a source node.)");
    return;
  }
  if (result.length === 0) {
    write(`${named(from)} and ${named(to)} are the same entity.`);
    return;
  }
  write(`${from.label} → ${to.label}: ${plural(result.length, "hop")}`);
  if (result.viaRegistry) {
    write("No chain of passages connects them; this path also uses the theme hierarchy (sub-theme-of, no passage).");
  }
  for (const hop of result.hops) {
    write("");
    for (const edge of hop.edges) {
      const link = edge.direction === "out" ? `—${edge.relation}→` : `←${edge.relation}—`;
      write(`${hop.from.label} (${hop.from.type}) ${link} ${hop.to.label} (${hop.to.type})`);
      someEvidence(graph, edge.evidence, "    ", options).forEach(write);
    }
  }
}

export function printRecommendationsOn(
  graph: PanelGraph,
  result: RecommendationsOn,
  subThemes: EntityRef[],
  write: Write,
  options: PrintOptions,
): void {
  const topic = `${named(result.theme)}${subThemeNote(subThemes)}`;
  if (result.recommendations.length === 0) {
    write(`No recommendation addresses ${topic}.`);
    return;
  }
  write(`${plural(result.recommendations.length, "recommendation")} on ${topic}:`);
  result.recommendations.forEach((r, i) => {
    const sources = [...new Set(r.evidence.map((e) => e.source))];
    write("");
    write(`${i + 1}. ${named(r)}`);
    write(`   ${r.text}`);
    write(`   Themes: ${list(r.themes)}`);
    write(`   Sources: ${sources.join(", ")} (${kindBreakdown(r.evidence)})`);
    someEvidence(graph, r.evidence, "   ", options).forEach(write);
  });
}

const FLAG_TEXT = { "no-speaker": "no speaker", "one-speaker": "one speaker", "one-source": "one source" } as const;

export function printCoverage(graph: PanelGraph, result: Coverage, write: Write, options: PrintOptions): void {
  const { recommendations, unaddressedThemes } = result;
  const count = (flag: keyof typeof FLAG_TEXT) => recommendations.filter((r) => r.flags.includes(flag)).length;
  const several = recommendations.length - count("no-speaker") - count("one-speaker");
  write(
    `${plural(recommendations.length, "recommendation")}: ${count("no-speaker")} made by no speaker (only a source, ` +
      `session or organisation), ${count("one-speaker")} by one speaker, ${several} by two or more; ` +
      `${count("one-source")} rest on a single source.`,
  );
  write('Thinnest support first. "Made by" = a recommends edge; "also spoke" = spoke on its themes or sub-themes.');
  for (const r of recommendations) {
    write("");
    const flags = r.flags.length > 0 ? `   [${r.flags.map((f) => FLAG_TEXT[f]).join(", ")}]` : "";
    write(`${named(r)}${flags}`);
    const rows: string[][] = [["themes", list(r.themes)]];
    const makers = [...r.speakers, ...r.otherBackers].map(
      (b) => `${b.label} (${b.type === "person" ? "" : `${b.type}, `}${plural(b.evidence.length, "passage")})`,
    );
    rows.push(["made by", makers.length > 0 ? makers.join(", ") : "—"]);
    rows.push(["also spoke", list(r.relatedSpeakers)]);
    rows.push(["sources", r.sources.join(", ") || "—"]);
    table(["", ""], rows)
      .slice(1)
      .forEach((l) => write(`  ${l}`));
    // The passages that make it: the first maker's strongest one, or every maker's with --all.
    for (const maker of options.all
      ? [...r.speakers, ...r.otherBackers]
      : [...r.speakers, ...r.otherBackers].slice(0, 1)) {
      if (options.all) write(`  ${maker.label}:`);
      someEvidence(graph, maker.evidence, options.all ? "    " : "  ", options).forEach(write);
    }
  }
  write("");
  if (unaddressedThemes.length === 0) {
    write("Every theme people spoke on is addressed by at least one recommendation.");
    return;
  }
  write(`Themes people spoke on that no recommendation addresses: ${unaddressedThemes.length}`);
  write("");
  table(
    ["Theme", "Speakers", "Passages"],
    unaddressedThemes.map((t) => [named(t), list(t.speakers), String(t.passages)]),
  ).forEach(write);
}

export function printSearch(graph: PanelGraph, result: SearchResults, write: Write): void {
  if (result.results.length === 0) {
    write(`Nothing matches ${JSON.stringify(result.query)} in labels, aliases or evidence passages.`);
    return;
  }
  write(`${plural(result.results.length, "result")} for ${JSON.stringify(result.query)}, best first:`);
  for (const hit of result.results) {
    write("");
    const score = hit.score.toFixed(2).padStart(6);
    if (hit.match === "entity") {
      write(`${score}  ${hit.type} ${named(hit)}  (matched: ${hit.terms.join(", ")})`);
      write(`        sources: ${hit.sources.length > 0 ? hit.sources.join(", ") : "none"}`);
    } else {
      write(`${score}  passage ${where(graph, hit)}  ${hit.kinds.map((k) => KIND[k]).join(", ")}`);
      write(`        “${hit.quote}”`);
      for (const s of hit.supports) write(`        evidence for: ${s.from.label} ${s.relation} ${s.to.label}`);
      for (const f of hit.facts) write(`        evidence for: ${f.entity.label} ${f.name} = ${f.value}`);
    }
  }
}

export function printCommunities(result: Communities, write: Write): void {
  const { stability, projection } = result;
  write(
    `${plural(result.communities.length, "community", "communities")} (Louvain, resolution ${result.resolution}, ` +
      `seed ${result.seed}), modularity ${result.modularity.toFixed(3)}`,
  );
  write(
    `Projection: ${projection.nodes} nodes (${projection.nodeTypes.join(", ")}) joined by ${projection.edges} ` +
      `connections (${projection.relations.join(", ")}), weighted by evidence passages.`,
  );
  const agreement = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
  if (stability.seeds.runs > 0) {
    write(
      `Stability across ${plural(stability.seeds.runs, "other seed")}: mean adjusted Rand ` +
        `${agreement(stability.seeds.meanAdjustedRand)} (${stability.seeds.identical} identical partitions).`,
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
    write(`Unsettled members (re-runs that kept them in their community): ${moves.join(", ")}.`);
  } else if (stability.seeds.runs + stability.resolutions.runs.length > 0) {
    write("Every member stays in its community in every re-run.");
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
      .map(([title, type]) => [title, list(community.members.filter((m) => m.type === type))])
      .filter(([, members]) => members !== "—");
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
  write(`Nodes: ${total(result.nodes)} — ${nonZero(result.nodes)}`);
  write(`Edges: ${total(result.edges)} — ${nonZero(result.edges)}`);
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
    ["#", "Person", "Degree", "Themes", "Passages"],
    result.people.map((p, i) => [String(i + 1), named(p), String(p.degree), String(p.themes), String(p.passages)]),
  ).forEach(write);
  write("");
  write("Themes");
  table(
    ["#", "Theme", "Degree", "Speakers", "Passages"],
    result.themes.map((t, i) => [String(i + 1), named(t), String(t.degree), String(t.speakers), String(t.passages)]),
  ).forEach(write);
  write("");
  if (result.sharedThemes.length === 0) {
    write("No theme is shared by two sessions.");
    return;
  }
  write("Themes shared across sessions (covered by the session, or raised by its panellists)");
  table(
    ["Theme", "Session", "How"],
    result.sharedThemes.flatMap((t) =>
      t.sessions.map((s, i) => [
        i === 0 ? named(t) : "",
        s.label,
        [s.covered ? "covered" : "", s.speakers.length > 0 ? `raised by ${list(s.speakers)}` : ""]
          .filter(Boolean)
          .join("; "),
      ]),
    ),
  ).forEach(write);
}

export function printConflicts(graph: PanelGraph, conflicts: Conflict[], write: Write): void {
  if (conflicts.length === 0) {
    write("No conflicts: wherever two sources give the same role or attribute, they agree.");
    return;
  }
  write(`${plural(conflicts.length, "conflict")} between sources (both values are kept in the graph):`);
  for (const conflict of conflicts) {
    write("");
    const what = conflict.organisation ? `role at ${conflict.organisation.label}` : conflict.field;
    write(`${named(conflict.entity)}, ${what}`);
    table(
      ["", "", ""],
      conflict.values.map((v) => [JSON.stringify(v.value), where(graph, v), `“${v.quote}”`]),
    )
      .slice(1)
      .forEach((l) => write(`  ${l}`));
  }
}
