// `panelgraph build`: corpus folder → graph.json, with a short report of what it read and made.
import { rmSync, statSync } from "node:fs";
import { relative } from "node:path";
import { assignCommunities } from "../analysis/assign-communities.js";
import { detectCommunities } from "../analysis/communities.js";
import { computeCentrality } from "../analysis/centrality.js";
import { findConflicts, type Conflict } from "../analysis/conflicts.js";
import { computeLayout } from "../analysis/layout.js";
import { buildGraph } from "../graph/build.js";
import { serializeGraph, serializeViewerPayload, VIEWER_PAYLOAD_MIN_BYTES } from "../graph/serialize.js";
import { readCorpus, type Corpus } from "../ingest/validate.js";
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES, RELATION_NAMES } from "../model/schema.js";
import { countBy, plural, printProblems } from "./corpus.js";
import { outputError, writeFileAtomic } from "./files.js";

export interface BuildReport {
  dataDir: string;
  out: string;
  bytes: number;
  sources: { id: string; repairs: number }[];
  nodes: Record<string, number>;
  edges: Record<string, number>;
  evidence: number;
  conflicts: Conflict[];
  warnings: number;
}

export interface BuildResult {
  corpus: Corpus;
  graph: PanelGraph;
  report: BuildReport;
}

/**
 * The graph as graph.json holds it: the facts, plus computed layers for the viewer and the exporters: each entity's
 * community id, its centrality, and a layout position (all seeded, so the same corpus gives the same bytes).
 */
export function buildOutputGraph(corpus: Corpus): PanelGraph {
  const graph = buildGraph(corpus);
  // The default partition (seeded); the stability runs are for the `communities` command only.
  assignCommunities(graph, detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] }));
  for (const [id, centrality] of computeCentrality(graph)) graph.setNodeAttribute(id, "centrality", centrality);
  for (const [id, { x, y }] of computeLayout(graph)) graph.mergeNodeAttributes(id, { x, y });
  return graph;
}

/** Where the viewer's lean first load of a large graph goes: graph.view.json beside graph.json. */
export function viewerPayloadPath(out: string): string {
  return `${out.replace(/\.json$/, "")}.view.json`;
}

/**
 * Beside a graph.json of VIEWER_PAYLOAD_MIN_BYTES or more, the viewer's graph.view.json (src/graph/serialize.ts);
 * beside a smaller one, none (an older one is removed, so it cannot stand for a graph it was not written with).
 */
export function writeViewerPayload(graph: PanelGraph, out: string, graphBytes: number): void {
  const path = viewerPayloadPath(out);
  if (graphBytes < VIEWER_PAYLOAD_MIN_BYTES) return void rmSync(path, { force: true });
  writeFileAtomic(path, serializeViewerPayload(graph, graphBytes));
}

/** Reads, validates and builds; writes graph.json atomically. Throws CorpusError (nothing written) on bad input. */
export function buildToFile(dataDir: string, out: string, options: { strict?: boolean } = {}): BuildResult {
  const corpus = readCorpus(dataDir, options);
  const graph = buildOutputGraph(corpus);
  const json = serializeGraph(graph);
  try {
    writeFileAtomic(out, json);
    writeViewerPayload(graph, out, Buffer.byteLength(json));
  } catch (error) {
    throw outputError(out, error);
  }
  const nodeCounts = countBy(graph.nodes(), (n) => graph.getNodeAttribute(n, "type"));
  const edgeCounts = countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "relation"));
  const report: BuildReport = {
    dataDir,
    out,
    bytes: statSync(out).size,
    sources: corpus.sources.map((s) => ({ id: s.meta.id, repairs: s.repairs.length })),
    nodes: Object.fromEntries(NODE_TYPES.map((t) => [t, nodeCounts.get(t) ?? 0])),
    edges: Object.fromEntries(RELATION_NAMES.map((r) => [r, edgeCounts.get(r) ?? 0])),
    evidence: graph.reduceEdges((sum, _, a) => sum + a.evidence.length, 0),
    conflicts: findConflicts(graph),
    warnings: corpus.problems.filter((p) => p.severity === "warning").length,
  };
  return { corpus, graph, report };
}

const NODE_PLURALS: Record<string, string> = { person: "people" };

export function printBuildReport({ corpus, report }: BuildResult, write: (line: string) => void): void {
  const repaired = report.sources.filter((s) => s.repairs > 0);
  write(
    `Read ${plural(report.sources.length, "source")} from ${report.dataDir}` +
      (repaired.length
        ? ` (repaired ${repaired.map((s) => `${s.repairs} damaged characters in ${s.id}`).join(", ")})`
        : ""),
  );
  const nodes = Object.entries(report.nodes).filter(([, n]) => n > 0);
  const totalNodes = nodes.reduce((sum, [, n]) => sum + n, 0);
  write(
    `Nodes: ${totalNodes}${nodes.length ? ` — ${nodes.map(([t, n]) => plural(n, t, NODE_PLURALS[t])).join(", ")}` : ""}`,
  );
  const edges = Object.entries(report.edges).filter(([, n]) => n > 0);
  const totalEdges = edges.reduce((sum, [, n]) => sum + n, 0);
  write(`Edges: ${totalEdges}${edges.length ? ` — ${edges.map(([r, n]) => `${r} ${n}`).join(", ")}` : ""}`);
  write(`Evidence: ${report.evidence} passages behind those edges`);
  if (report.conflicts.length === 0) write("Conflicts: none");
  for (const conflict of report.conflicts) {
    const what = conflict.organisation ? `role at ${conflict.organisation.label}` : conflict.field;
    const values = conflict.values.map((v) => `"${v.value}" (${v.source})`).join(" vs ");
    write(`Conflict: ${conflict.entity.label}, ${what}: ${values}`);
  }
  const { claims, entities } = corpus.pending;
  if (claims + entities > 0) {
    write(
      `Suggested, not yet accepted (left out of the graph): ${plural(claims, "claim")}, ` +
        `${plural(entities, "entity", "entities")}; set \`status: accepted\` on each one you have checked`,
    );
  }
  const warnings = corpus.problems.filter((p) => p.severity === "warning");
  if (warnings.length > 0) {
    write(`Warnings: ${warnings.length}`);
    printProblems(warnings, (line) => write(`  ${line}`));
  }
  write(`Wrote ${relative(process.cwd(), report.out) || report.out} (${(report.bytes / 1024).toFixed(1)} kB)`);
}
