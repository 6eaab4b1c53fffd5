// `panelgraph diff old new`: what changed between two builds (the work is src/export/graph-diff.ts).
import {
  diffGraphs,
  graphView,
  type ConflictRef,
  type GraphDiff,
  type NodeRef,
  type SourcePassages,
} from "../export/graph-diff.js";
import type { Command } from "./command.js";
import { plural } from "./corpus.js";
import { UsageError } from "./errors.js";
import { graphFileArgument } from "./previous.js";

const USAGE = "panelgraph diff <old> <new> [--json]";
const TYPE_PLURALS: Record<string, string> = { person: "people", entity: "entities" };

const node = (n: NodeRef) => `${n.type}  ${n.label} (${n.id})`;
const edge = (e: { relation: string; from: NodeRef; to: NodeRef }) => `${e.relation}  ${e.from.label} → ${e.to.label}`;

/** "2 added (1 person, 1 theme)" */
function byType(nodes: NodeRef[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return counts.size === 0 ? "" : ` (${[...counts].map(([t, n]) => plural(n, t, TYPE_PLURALS[t])).join(", ")})`;
}

/** "mentions  Ann Bell → A. Bell  (1 passage: notes)": an edge added, removed or gone with a merge. */
function edgeLine(e: { relation: string; from: NodeRef; to: NodeRef; passages: SourcePassages[] }): string {
  const passages = e.passages.reduce((sum, s) => sum + s.passages.length, 0);
  const sources = e.passages.map((s) => s.source).join(", ");
  return `${edge(e)}${passages > 0 ? `  (${plural(passages, "passage")}: ${sources})` : ""}`;
}

/** "Ivo Marsh: role at Levee Agency": where a conflict is. */
function conflictPlace(c: ConflictRef): string {
  return `${c.entity.label}: ${c.organisation ? `${c.field} at ${c.organisation.label}` : c.field}`;
}

/** "Ivo Marsh: role at Levee Agency: Clerk (a) / Director (b)", as `conflicts` reads a conflict. */
const conflictLine = (c: ConflictRef) => `${conflictPlace(c)}: ${c.readings.join(" / ")}`;

/** "Conflicts: 1 → 0 (1 resolved)"; "Conflicts: 1 (1 changed)"; "Conflicts: 2 (none new, changed or resolved)". */
function conflictSummary(conflicts: NonNullable<GraphDiff["conflicts"]>): string {
  const { old, added, removed, changed } = conflicts;
  const changes = [
    ...(added.length > 0 ? [`${added.length} new`] : []),
    ...(changed.length > 0 ? [`${changed.length} changed`] : []),
    ...(removed.length > 0 ? [`${removed.length} resolved`] : []),
  ];
  const counts = old === conflicts.new ? String(old) : `${old} → ${conflicts.new}`;
  return `Conflicts: ${counts} (${changes.length > 0 ? changes.join(", ") : "none new, changed or resolved"})`;
}

function passageLines(sign: "+" | "-", groups: SourcePassages[], write: (line: string) => void): void {
  for (const { source, passages } of groups) for (const p of passages) write(`      ${sign} ${source}: ${p}`);
}

/** The summary (a few lines), then each change; nothing but "no changes" when there are none. */
export function printGraphDiff(diff: GraphDiff, write: (line: string) => void): void {
  const { nodes, edges, evidence, attributes, edgeAttributes, conflicts, communities } = diff;
  const side = (s: GraphDiff["old"]) => `${s.file} (${plural(s.nodes, "node")}, ${plural(s.edges, "edge")})`;
  write(`Compared ${side(diff.old)} with ${side(diff.new)}`);
  const count =
    nodes.added.length +
    nodes.removed.length +
    nodes.renamed.length +
    nodes.merged.length +
    edges.added.length +
    edges.removed.length;
  const conflictChanges =
    conflicts === null ? 0 : conflicts.added.length + conflicts.removed.length + conflicts.changed.length;
  if (
    count + evidence.length + attributes.length + edgeAttributes.length + conflictChanges + communities.length ===
    0
  ) {
    write("No changes");
    return;
  }
  const renamed = nodes.renamed.map((r) => r.to);
  const merged = nodes.merged.map((m) => m.from);
  write(
    `Nodes: ${nodes.added.length} added${byType(nodes.added)}, ${nodes.removed.length} removed${byType(nodes.removed)}` +
      (renamed.length > 0 ? `, ${renamed.length} renamed${byType(renamed)}` : "") +
      (merged.length > 0 ? `, ${merged.length} merged into another${byType(merged)}` : ""),
  );
  // A merged node's connections to the node it went into are the merge's, not losses: counted apart.
  const withMerges = nodes.merged.reduce((sum, m) => sum + m.connections.length, 0);
  write(
    `Edges: ${edges.added.length} added, ${edges.removed.length} removed, ` +
      (withMerges > 0 ? `${withMerges} part of a merge, ` : "") +
      `${plural(evidence.length, "edge")} with changed evidence`,
  );
  write(`Attributes changed: ${plural(attributes.length, "node")}, ${plural(edgeAttributes.length, "edge")}`);
  // A GEXF file keeps roles and facts as text only, not what the conflict rule reads (sources' dates among them).
  write(
    conflicts === null
      ? "Conflicts: not compared (a GEXF file; compare two graph.json files)"
      : conflictSummary(conflicts),
  );
  write(`Communities: ${plural(communities.length, "node")} moved`);
  const section = (title: string, length: number) => length > 0 && (write(""), write(`${title}:`), true);
  if (section("Nodes added", nodes.added.length)) for (const n of nodes.added) write(`  + ${node(n)}`);
  if (section("Nodes removed", nodes.removed.length)) for (const n of nodes.removed) write(`  - ${node(n)}`);
  if (section("Nodes renamed", nodes.renamed.length)) {
    for (const { from, to } of nodes.renamed) {
      const label = from.label === to.label ? to.label : `${from.label} → ${to.label}`;
      write(`  ~ ${to.type}  ${label} (renamed ${from.id} → ${to.id})`);
    }
  }
  if (section("Nodes merged", nodes.merged.length)) {
    for (const { from, into, connections } of nodes.merged) {
      const theirs = connections.length === 1 ? "their connection" : `their ${connections.length} connections`;
      write(`  > ${node(from)} merged into ${into.label} (${into.id})${connections.length ? `, with ${theirs}:` : ""}`);
      for (const e of connections) write(`      ${edgeLine(e)}`);
    }
  }
  for (const [title, sign, list] of [
    ["Edges added", "+", edges.added],
    ["Edges removed", "-", edges.removed],
  ] as const) {
    if (!section(title, list.length)) continue;
    for (const e of list) write(`  ${sign} ${edgeLine(e)}`);
  }
  if (section("Evidence changed", evidence.length)) {
    for (const e of evidence) {
      write(`  ~ ${edge(e)}`);
      passageLines("+", e.added, write);
      passageLines("-", e.removed, write);
    }
  }
  if (section("Attributes changed", attributes.length)) {
    for (const n of attributes) {
      write(`  ~ ${node(n)}`);
      for (const { field, removed, added } of n.changes) {
        for (const value of removed) write(`      - ${field}: ${value}`);
        for (const value of added) write(`      + ${field}: ${value}`);
      }
    }
  }
  if (section("Edge attributes changed", edgeAttributes.length)) {
    for (const e of edgeAttributes) {
      write(`  ~ ${edge(e)}`);
      for (const { field, removed, added } of e.changes) {
        for (const value of removed) write(`      - ${field}: ${value}`);
        for (const value of added) write(`      + ${field}: ${value}`);
      }
    }
  }
  if (conflicts !== null) {
    if (section("Conflicts resolved", conflicts.removed.length))
      for (const c of conflicts.removed) write(`  - ${conflictLine(c)}`);
    if (section("Conflicts new", conflicts.added.length))
      for (const c of conflicts.added) write(`  + ${conflictLine(c)}`);
    // Still open, with a side's sources or values changed: where it is, then its readings before and now.
    if (section("Conflicts changed", conflicts.changed.length)) {
      for (const c of conflicts.changed) {
        write(`  ~ ${conflictPlace(c)}`);
        write(`      - ${c.previousReadings.join(" / ")}`);
        write(`      + ${c.readings.join(" / ")}`);
      }
    }
  }
  if (section("Community changes", communities.length)) {
    const number = (c: number | null) => (c === null ? "none" : String(c));
    for (const n of communities) write(`  ${node(n)}: ${number(n.from)} → ${number(n.to)}`);
  }
}

export const DIFF_COMMAND: Command = {
  name: "diff",
  summary: "what changed between two builds: nodes, edges, evidence, roles and facts, conflicts, community numbers",
  usage: USAGE,
  options: { json: { type: "boolean" } },
  help: [
    "old, new      a graph.json (`build`) or GEXF file (`export --format gexf`) each; `build` keeps the graph it",
    "                replaces as graph.previous.json: `panelgraph diff build/graph.previous.json build/graph.json`",
    "--json        print the changes as JSON",
  ],
  async run({ positionals, values }, context) {
    if (positionals.length !== 2) {
      throw new UsageError(
        `give two files, the older first (got ${plural(positionals.length, "file")})`,
        `Usage: ${USAGE}`,
      );
    }
    const [oldFile, newFile] = positionals as [string, string];
    const before = await graphFileArgument(oldFile, context);
    const after = await graphFileArgument(newFile, context);
    const diff = diffGraphs(
      { file: oldFile, view: graphView(before.graph, before.format) },
      { file: newFile, view: graphView(after.graph, after.format) },
    );
    if (values.json) context.out(JSON.stringify(diff, null, 2));
    else printGraphDiff(diff, context.out);
    return 0;
  },
};
