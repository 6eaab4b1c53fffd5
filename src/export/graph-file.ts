// What `panelgraph build` and `serve` write: graph.json (and, beside a large one, the viewer's graph.view.json), with a
// report of what was read and made.
import { rmSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { buildAnalysedGraph } from "../analysis/analysed-graph.js";
import { findConflicts, type Conflict } from "../analysis/conflicts.js";
import { serializeGraph, serializeViewerPayload } from "../graph/serialize.js";
import { loadValidCorpus } from "../ingest/validate.js";
import { outputError, writeFileAtomic } from "../io/atomic.js";
import { assertWritableOutput } from "../io/output.js";
import type { Corpus } from "../model/corpus.js";
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES, RELATION_NAMES } from "../model/schema.js";
import { VIEWER_PAYLOAD_MIN_BYTES } from "../model/settings.js";

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

/**
 * Refuses (OutputError, nothing written) a graph.json path that is not a regular file or a new one, or lies inside the
 * corpus folder; the same for the graph.view.json that may go beside it.
 */
export function assertGraphFileOutput(out: string, dataDir: string): void {
  for (const path of [out, viewerPayloadPath(out)]) assertWritableOutput(path, { corpus: { dir: dataDir } });
}

/**
 * Reads, validates and builds the corpus in `dataDir`, with the computed layers and the corpus folder's name: the
 * graph `build` writes and `export` exports (so `export --format json` is graph.json, byte for byte).
 */
export function buildCorpusGraph(
  dataDir: string,
  options: { strict?: boolean } = {},
): { corpus: Corpus; graph: PanelGraph } {
  const corpus = loadValidCorpus(dataDir, options);
  const graph = buildAnalysedGraph(corpus);
  const name = corpusName(dataDir);
  if (name) graph.setAttribute("corpus", name);
  return { corpus, graph };
}

/** The corpus folder's own name (`graph-data` for `--data ./graph-data/` or `.` inside it); "" for the root folder. */
export function corpusName(dataDir: string): string {
  return basename(resolve(dataDir));
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Reads, validates and builds; writes graph.json atomically. Throws CorpusError (nothing written) on bad input, and
 * OutputError, before reading anything, when `out` may not be written (assertGraphFileOutput).
 */
export function buildGraphFile(dataDir: string, out: string, options: { strict?: boolean } = {}): BuildResult {
  assertGraphFileOutput(out, dataDir);
  const { corpus, graph } = buildCorpusGraph(dataDir, options);
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
