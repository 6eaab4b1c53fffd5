// Modularity of a partition on a weighted undirected edge list: one function for every system's partition, so the
// comparison is on the same projection with the same formula (resolution 1).
import { readFileSync } from "node:fs";

export interface EdgeList {
  nodes: number;
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Reads `n` then `a<TAB>b<TAB>w` lines, as bench/pipeline.ts writes them. */
export function readEdgeList(path: string): EdgeList {
  const lines = readFileSync(path, "utf8").split("\n");
  const nodes = Number(lines[0]!.split("\t")[0]);
  const rows = lines.slice(1).filter((line) => line !== "");
  const sources = new Int32Array(rows.length);
  const targets = new Int32Array(rows.length);
  const weights = new Float64Array(rows.length);
  rows.forEach((line, i) => {
    const [a, b, w] = line.split("\t");
    sources[i] = Number(a);
    targets[i] = Number(b);
    weights[i] = Number(w);
  });
  return { nodes, sources, targets, weights };
}

/** One community number per node, a line each. */
export function readPartition(path: string): Int32Array {
  return Int32Array.from(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map(Number),
  );
}

/** Q = Σ_c [ w_in(c) / m − (d(c) / 2m)² ], with m the total weight and d(c) the summed weighted degree of c. */
export function modularity(graph: EdgeList, partition: Int32Array): number {
  let total = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (let e = 0; e < graph.sources.length; e++) {
    const w = graph.weights[e]!;
    const a = partition[graph.sources[e]!]!;
    const b = partition[graph.targets[e]!]!;
    total += w;
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + w);
    degree.set(a, (degree.get(a) ?? 0) + w);
    degree.set(b, (degree.get(b) ?? 0) + w);
  }
  if (total === 0) return 0;
  let q = 0;
  for (const [community, d] of degree) q += (inside.get(community) ?? 0) / total - (d / (2 * total)) ** 2;
  return q;
}
