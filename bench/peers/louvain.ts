// Our Louvain timed the way the peers are (bench/peers/peer.py): a process of its own that reads the projection's edge
// list, builds the graph, and times only the call. The pipeline's `louvain-core` times the same call inside the
// pipeline's process, where the corpus and the knowledge graph are in memory too; this is the like-for-like figure.
//
//   node --import tsx --expose-gc bench/peers/louvain.ts projection.edges partition.out
//
// Prints one JSON line: {"seconds", "peakRssMb", "communities", "version"}.
import { readFileSync, writeFileSync } from "node:fs";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { COMMUNITIES_DEFAULTS } from "../../src/analysis/communities.js";
import { mulberry32 } from "../../src/analysis/random.js";

const [edgesPath, out] = process.argv.slice(2);
if (!edgesPath || !out) {
  process.stderr.write("usage: node --import tsx bench/peers/louvain.ts projection.edges partition.out\n");
  process.exit(2);
}

const [header, ...rows] = readFileSync(edgesPath, "utf8").trimEnd().split("\n");
const order = Number(header!.split("\t")[0]);
// Keys that are not integers: graphology keeps neighbours in objects, whose integer keys would iterate in numeric
// order rather than insertion order, and Louvain would walk the graph differently from the pipeline's projection.
const key = (i: string | number) => `n${i}`;
const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
for (let i = 0; i < order; i++) graph.addNode(key(i));
for (const row of rows) {
  const [a, b, w] = row.split("\t");
  graph.addEdge(key(a!), key(b!), { weight: Number(w) });
}

(globalThis as { gc?: () => void }).gc?.();
const start = performance.now();
const result = louvain.detailed(graph, {
  getEdgeWeight: "weight",
  resolution: COMMUNITIES_DEFAULTS.resolution,
  rng: mulberry32(COMMUNITIES_DEFAULTS.seed),
});
const seconds = (performance.now() - start) / 1000;

writeFileSync(out, `${graph.mapNodes((node) => String(result.communities[node])).join("\n")}\n`);
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
const version = (
  JSON.parse(
    readFileSync(new URL("../../node_modules/graphology-communities-louvain/package.json", import.meta.url), "utf8"),
  ) as { version: string }
).version;
process.stdout.write(
  `${JSON.stringify({ seconds, peakRssMb: hwm ? Math.round(Number(hwm[1]) / 1024) : 0, communities: result.count, version })}\n`,
);
