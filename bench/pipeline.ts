// The real pipeline, stage by stage, through the functions the CLI uses (src/analysis/analysed-graph.ts buildAnalysedGraph, split
// into its steps; the exporters and writeChunksAtomic as `panelgraph export` calls them; whoSpokeOn as `query`
// does). Each stage is timed on its own, with the process's peak RSS while it ran (bench/memory.ts).
import { mkdirSync, rmSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { join } from "node:path";
import { assignCommunities } from "../src/analysis/assign-communities.js";
import { betweennessMethod, computeCentrality } from "../src/analysis/centrality.js";
import { COMMUNITIES_DEFAULTS, detectCommunities } from "../src/analysis/communities.js";
import { communityProjection } from "../src/analysis/community-projection.js";
import { evidenceGraph } from "../src/analysis/evidence-graph.js";
import { computeLayout, defaultIterations, layoutEdges } from "../src/analysis/layout.js";
import { mulberry32 } from "../src/analysis/random.js";
import { writeChunksAtomic } from "../src/io/atomic.js";
import { EDGE_COLUMNS, NODE_COLUMNS, NodeRow } from "../src/export/columns.js";
import { csvExporter } from "../src/export/csv.js";
import { gexfChunks } from "../src/export/gexf.js";
import { graphmlExporter } from "../src/export/graphml.js";
import { edgeThickness, hexToRgb, nodeSize, TYPE_COLORS } from "../src/export/palette.js";
import type { Exporter } from "../src/export/types.js";
import { buildGraph } from "../src/graph/build.js";
import { serializeGraph } from "../src/graph/serialize.js";
import { readCorpusFiles } from "../src/ingest/read.js";
import { formatProblem } from "../src/ingest/problems.js";
import { validateCorpus } from "../src/ingest/validate.js";
import type { Corpus, RawCorpus } from "../src/model/corpus.js";
import type { PanelGraph } from "../src/model/graph.js";
import { resolveEntity } from "../src/query/resolve-entity.js";
import { whoSpokeOn } from "../src/query/who-spoke-on.js";
import { peakRssMb, resetPeak, type RssMethod } from "./memory.js";

export interface PipelineOptions {
  corpusDir: string;
  /** Where exports and peer input files are written. */
  workDir: string;
  seed: number;
  /** who-spoke-on queries to time, on random themes… */
  queries: number;
  /** …or as many as fit in this many seconds. */
  queryBudgetSeconds: number;
  /** Also export a ≥ 1M-edge graph (copies of this one, side by side) as GEXF: stage `export-gexf-1m`. */
  gexfMillion: boolean;
  /** Also write graph.json (for the viewer) here. */
  graphJson?: string;
  /** Also write the files the peers read (projection, layout graph, GEXF content). */
  peerFiles: boolean;
}

export interface StageMeasure {
  stage: string;
  seconds: number;
  peakRssMb: number;
  modularity?: number;
  /** Extra facts for the report (not part of results.json). */
  note?: string;
}

export interface PipelineInfo {
  nodes: number;
  edges: number;
  evidence: number;
  rssMethod: RssMethod;
  layoutIterations: number;
  communities: number;
  centrality: string;
  /** Mean distance between members of different communities over the mean within one (sampled pairs). */
  layoutSeparation: number;
  queries: number;
  /** Of a who-spoke-on query, the part spent resolving the theme's name (resolveEntity), median and p99. */
  resolveP50: number;
  resolveP99: number;
  /** JS heap in use (after a full GC) with the corpus held, and with only the graph left. */
  heapWithCorpusMb: number;
  heapGraphOnlyMb: number;
  /** Louvain proper again, once the corpus has gone: how much of louvain-core is the memory the corpus holds. */
  louvainCoreGraphOnlySeconds: number;
  /** The graph `export-gexf-1m` wrote. */
  million?: { nodes: number; edges: number; copies: number; bytes: number };
}

export interface PipelineReport {
  stage(measure: StageMeasure): void;
  info(info: PipelineInfo): void;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Collects the garbage of earlier stages (untimed), then waits for V8 to finish sweeping: right after a full
 * collection of a large heap, allocating stalls the main thread every few milliseconds while pages are swept (at 100k,
 * the first 100 ms of who-spoke-on queries took 4–9 ms each, then 0.1 ms), a cost of the bench's forced collection
 * that no user's process pays. The wait grows with the heap: about 1 ms a MB, at most a second.
 */
async function settle(): Promise<void> {
  if (!gc) return;
  gc();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.round(heapMb))));
}

/** Runs `work` as one stage: garbage from earlier stages collected first (untimed), then time and peak RSS. */
async function measure<T>(
  report: PipelineReport,
  stage: string,
  work: () => T | Promise<T>,
  extra: (result: T) => Partial<StageMeasure> = () => ({}),
): Promise<T> {
  await settle();
  resetPeak();
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  report.stage({ stage, seconds, peakRssMb: peakRssMb(), ...extra(result) });
  return result;
}

async function exportTo(exporter: Exporter, graph: PanelGraph, target: string): Promise<number> {
  let bytes = 0;
  for (const file of exporter.files(graph)) {
    bytes += await writeChunksAtomic(file.name ? join(target, file.name) : target, file.chunks);
  }
  return bytes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runPipeline(options: PipelineOptions, report: PipelineReport): Promise<PanelGraph> {
  mkdirSync(options.workDir, { recursive: true });
  const rssMethod = resetPeak();

  // As `panelgraph build` holds them: the files as parsed only until they are validated (loadValidCorpus returns the
  // validated corpus alone), the corpus until the layout is done (buildAnalysedGraph holds it); `panelgraph export`
  // then has only the graph.
  let raw: RawCorpus | undefined = await measure(report, "parse", () => readCorpusFiles(options.corpusDir));
  let corpus: Corpus | undefined = await measure(report, "validate", () => validateCorpus(raw!));
  raw = undefined;
  const errors = corpus.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new Error(
      `the corpus in ${options.corpusDir} has ${errors.length} errors, e.g.\n${errors.slice(0, 5).map(formatProblem).join("\n")}`,
    );
  }
  const graph = await measure(report, "build", () => buildGraph(corpus!));

  // As buildAnalysedGraph: communities, centrality, layout, each stored on the graph.
  const communities = await measure(
    report,
    "louvain",
    () => {
      const result = detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] });
      assignCommunities(graph, result);
      return result;
    },
    (result) => ({ modularity: result.modularity }),
  );
  // Louvain proper, as the peers are timed: the same call detectCommunities makes (same projection, seed and
  // resolution), without building the projection or naming the communities.
  const projection = communityProjection(graph);
  await measure(report, "louvain-core", () =>
    louvain.detailed(projection, {
      getEdgeWeight: "weight",
      resolution: COMMUNITIES_DEFAULTS.resolution,
      rng: mulberry32(COMMUNITIES_DEFAULTS.seed),
    }),
  );

  await measure(report, "centrality", () => {
    for (const [id, centrality] of computeCentrality(graph)) graph.setNodeAttribute(id, "centrality", centrality);
  });
  await measure(report, "layout", () => {
    for (const [id, { x, y }] of computeLayout(graph)) graph.mergeNodeAttributes(id, { x, y });
  });

  gc?.();
  const heapWithCorpusMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  corpus = undefined;

  await measure(report, "export-gexf", () => writeChunksAtomic(join(options.workDir, "graph.gexf"), gexfChunks(graph)));
  await measure(report, "export-graphml", () =>
    exportTo(graphmlExporter, graph, join(options.workDir, "graph.graphml")),
  );
  await measure(report, "export-csv", () => exportTo(csvExporter, graph, join(options.workDir, "csv")));

  // who-spoke-on on random themes, as `panelgraph query who-spoke-on <theme id>` answers it (a few untimed first, so
  // the figures are of the query and not of the JIT compiling it).
  const themes = graph.filterNodes((_, a) => a.type === "theme");
  const random = mulberry32(options.seed);
  const drawn = Array.from({ length: options.queries + 10 }, () => themes[Math.floor(random() * themes.length)]!);
  for (const theme of drawn.slice(0, 10)) whoSpokeOn(graph, theme);
  const latencies: number[] = [];
  const resolving: number[] = [];
  await settle();
  resetPeak();
  const budgetEnd = performance.now() + options.queryBudgetSeconds * 1000;
  for (const theme of drawn.slice(10)) {
    const start = performance.now();
    whoSpokeOn(graph, theme);
    const end = performance.now();
    latencies.push((end - start) / 1000);
    if (end > budgetEnd) break;
  }
  const queryPeak = peakRssMb();
  for (const theme of drawn.slice(10, 10 + latencies.length)) {
    const start = performance.now();
    resolveEntity(graph, theme, { types: ["theme"] });
    resolving.push((performance.now() - start) / 1000);
  }
  latencies.sort((a, b) => a - b);
  resolving.sort((a, b) => a - b);
  report.stage({ stage: "query-p50", seconds: percentile(latencies, 50), peakRssMb: queryPeak });
  report.stage({ stage: "query-p99", seconds: percentile(latencies, 99), peakRssMb: queryPeak });

  await settle();
  const heapGraphOnlyMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  const again = performance.now();
  louvain.detailed(projection, {
    getEdgeWeight: "weight",
    resolution: COMMUNITIES_DEFAULTS.resolution,
    rng: mulberry32(COMMUNITIES_DEFAULTS.seed),
  });
  const louvainCoreGraphOnlySeconds = (performance.now() - again) / 1000;

  const million = options.gexfMillion ? await exportMillion(graph, options.workDir, report) : undefined;

  report.info({
    nodes: graph.order,
    edges: graph.size,
    evidence: graph.reduceEdges((sum, _, a) => sum + a.evidence.length, 0),
    rssMethod,
    layoutIterations: defaultIterations(graph.order),
    communities: communities.communities.length,
    centrality: describeCentrality(evidenceGraph(graph).order),
    layoutSeparation: layoutSeparation(graph, options.seed),
    queries: latencies.length,
    resolveP50: percentile(resolving, 50),
    resolveP99: percentile(resolving, 99),
    heapWithCorpusMb,
    heapGraphOnlyMb,
    louvainCoreGraphOnlySeconds,
    ...(million ? { million } : {}),
  });

  if (options.graphJson) await writeChunksAtomic(options.graphJson, [serializeGraph(graph)]);
  if (options.peerFiles) await writePeerFiles(graph, options.workDir);
  return graph;
}

/**
 * How well the layout keeps communities apart: over random pairs of community members, the mean distance between
 * members of different communities divided by the mean distance within one. Above 1, communities are compact and
 * apart; the shipped corpus's layout test asks for at least 1.25.
 */
export function layoutSeparation(graph: PanelGraph, seed: number, pairs = 200_000): number {
  const members = graph.filterNodes((_, a) => a.community !== undefined);
  const byCommunity = new Map<number, string[]>();
  for (const id of members) {
    const c = graph.getNodeAttribute(id, "community")!;
    if (!byCommunity.has(c)) byCommunity.set(c, []);
    byCommunity.get(c)!.push(id);
  }
  const random = mulberry32(seed + 1);
  const distance = (a: string, b: string) => {
    const pa = graph.getNodeAttributes(a);
    const pb = graph.getNodeAttributes(b);
    return Math.hypot(pa.x! - pb.x!, pa.y! - pb.y!);
  };
  let across = 0;
  let inside = 0;
  let insideCount = 0;
  for (let i = 0; i < pairs; i++) {
    across += distance(
      members[Math.floor(random() * members.length)]!,
      members[Math.floor(random() * members.length)]!,
    );
    // Within: a random member and another of its community.
    const a = members[Math.floor(random() * members.length)]!;
    const group = byCommunity.get(graph.getNodeAttribute(a, "community")!)!;
    if (group.length < 2) continue;
    inside += distance(a, group[Math.floor(random() * group.length)]!);
    insideCount++;
  }
  return insideCount === 0 ? 0 : Math.round((across / pairs / (inside / insideCount)) * 100) / 100;
}

/**
 * GEXF of a graph with at least a million edges, in this process (node's default heap): copies of `graph` side by
 * side (ids prefixed, attribute objects shared, as the writer only reads them), built untimed, then exported.
 */
async function exportMillion(graph: PanelGraph, dir: string, report: PipelineReport) {
  const copies = Math.ceil(1_000_000 / Math.max(1, graph.size));
  const union: PanelGraph = new MultiDirectedGraph();
  union.replaceAttributes(graph.getAttributes());
  for (let c = 1; c <= copies; c++) {
    graph.forEachNode((id, attributes) => union.addNode(`${c}:${id}`, attributes));
    graph.forEachEdge((id, attributes, source, target) =>
      union.addDirectedEdgeWithKey(`${c}:${id}`, `${c}:${source}`, `${c}:${target}`, attributes),
    );
  }
  const path = join(dir, "million.gexf");
  const bytes = await measure(report, "export-gexf-1m", () => writeChunksAtomic(path, gexfChunks(union)));
  rmSync(path, { force: true });
  return { nodes: union.order, edges: union.size, copies, bytes };
}

/** Writes what the Python peers read: the Louvain projection, the layout graph, and the GEXF content. */
async function writePeerFiles(graph: PanelGraph, dir: string): Promise<void> {
  // The projection Louvain ran on (same nodes, same weights), as integer edge lists, with our partition.
  const projection = communityProjection(graph);
  const index = new Map(projection.nodes().map((id, i) => [id, i]));
  await writeChunksAtomic(join(dir, "projection.edges"), [
    `${projection.order}\n`,
    ...projection.mapEdges((_, { weight }, a, b) => `${index.get(a)}\t${index.get(b)}\t${weight}\n`),
  ]);
  await writeChunksAtomic(join(dir, "projection.ours"), [
    projection.mapNodes((id) => String(graph.getNodeAttribute(id, "community"))).join("\n") + "\n",
  ]);

  // The graph the layout runs on, and how many iterations ours made.
  const edges = layoutEdges(graph);
  await writeChunksAtomic(join(dir, "layout.edges"), [
    `${edges.ids.length}\t${defaultIterations(graph.order)}\n`,
    ...Array.from(edges.sources, (a, e) => `${a}\t${edges.targets[e]}\t${edges.weights[e]}\n`),
  ]);

  // What our GEXF carries (the same columns, colours, positions, sizes), one JSON line a node or edge, for networkx.
  await writeChunksAtomic(join(dir, "gexf-data.jsonl"), gexfData(graph));
}

function* gexfData(graph: PanelGraph): Generator<string> {
  for (const id of graph.nodes()) {
    const a = graph.getNodeAttributes(id);
    const row = new NodeRow(graph, id);
    const attributes: Record<string, string | number> = {};
    for (const c of NODE_COLUMNS) {
      const value = c.value(row);
      if (value !== undefined) attributes[c.id] = value;
    }
    yield `${JSON.stringify({
      node: id,
      label: a.label,
      attributes,
      color: hexToRgb(TYPE_COLORS[a.type]),
      x: a.x,
      y: a.y,
      size: nodeSize(a.centrality),
    })}\n`;
  }
  for (const id of graph.edges()) {
    const a = graph.getEdgeAttributes(id);
    const attributes: Record<string, string | number> = {};
    for (const c of EDGE_COLUMNS) {
      const value = c.value({ graph, id, attributes: a });
      if (value !== undefined) attributes[c.id] = value;
    }
    yield `${JSON.stringify({
      edge: id,
      source: graph.source(id),
      target: graph.target(id),
      label: a.relation,
      weight: a.weight,
      attributes,
      thickness: edgeThickness(a.weight),
    })}\n`;
  }
}

/** "exact" or "sampled, k pivots", as computeCentrality decides for an evidence graph of `order` nodes. */
function describeCentrality(order: number): string {
  const method = betweennessMethod(order);
  return method.sampled ? `sampled, ${method.pivots} pivots` : "exact";
}
