// Betweenness centrality for every node, stored at build time so the viewer and the exporters size nodes by it.
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { PanelGraph } from "../model/graph.js";
import { EXACT_BETWEENNESS_UP_TO, GRAPHOLOGY_BETWEENNESS_UP_TO } from "../model/settings.js";
import { evidenceGraph, type EvidenceGraph } from "./evidence-graph.js";
import { mulberry32 } from "./random.js";

export interface CentralityOptions {
  /**
   * Up to this many nodes (of the evidence graph) betweenness is exact: Brandes from every node, O(n·m). Above it,
   * it is estimated from `pivots` sources (Brandes & Pich 2007). By default EXACT_BETWEENNESS_UP_TO (model/settings.ts
   * says why).
   */
  exactUpTo: number;
  /** Sources the estimate starts from, drawn without replacement with `seed`. */
  pivots: number;
  seed: number;
}

export const CENTRALITY_DEFAULTS: CentralityOptions = { exactUpTo: EXACT_BETWEENNESS_UP_TO, pivots: 256, seed: 1 };

/** How betweenness is computed for a graph of `order` nodes: exactly, or estimated from a number of pivots. */
export function betweennessMethod(
  order: number,
  options: Partial<CentralityOptions> = {},
): { sampled: false } | { sampled: true; pivots: number } {
  const { exactUpTo, pivots } = { ...CENTRALITY_DEFAULTS, ...options };
  return order <= exactUpTo || pivots >= order ? { sampled: false } : { sampled: true, pivots };
}

/**
 * Unweighted betweenness on the evidence graph (sources and registry edges left out, as for `stats`), normalised to
 * 0–1 and rounded to 6 decimals so graph.json bytes do not depend on the last bits of floating-point sums. Nodes
 * outside the evidence graph (sources) get 0. Exact up to `exactUpTo` nodes (graphology's implementation up to
 * GRAPHOLOGY_BETWEENNESS_UP_TO nodes, brandesBetweenness from every node above that if `exactUpTo` is raised: the
 * same values ~1.5× faster), sampled above (see CentralityOptions).
 */
export function computeCentrality(graph: PanelGraph, options: Partial<CentralityOptions> = {}): Map<string, number> {
  const settings = { ...CENTRALITY_DEFAULTS, ...options };
  const order = graph.reduceNodes((count, _, { type }) => (type === "source" ? count : count + 1), 0);
  const method = betweennessMethod(order, settings);
  // Nothing but sources (a corpus just begun): no node has a betweenness, and graphology's refuses an empty graph.
  const betweenness: Record<string, number> =
    order === 0
      ? {}
      : !method.sampled && order <= GRAPHOLOGY_BETWEENNESS_UP_TO
        ? betweennessCentrality(evidenceGraph(graph), { getEdgeWeight: null, normalized: true })
        : brandesOnAdjacency(evidenceAdjacency(graph), method.sampled ? method.pivots : order, settings.seed);
  const result = new Map<string, number>();
  graph.forEachNode((id) => result.set(id, Math.round((betweenness[id] ?? 0) * 1e6) / 1e6));
  return result;
}

/** A graph as flat arrays: node `i` is `ids[i]`, its neighbours are `neighbours[offsets[i] … offsets[i + 1] − 1]`. */
export interface Adjacency {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
}

function adjacency(ids: string[], from: ArrayLike<number>, to: ArrayLike<number>, edges: number): Adjacency {
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < edges; e++) {
    offsets[from[e]! + 1]!++;
    offsets[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < edges; e++) {
    neighbours[fill[from[e]!]!++] = to[e]!;
    neighbours[fill[to[e]!]!++] = from[e]!;
  }
  return { ids, offsets, neighbours };
}

/** The adjacency of a graphology graph, self-loops left out, in its node and edge order. */
export function adjacencyOf(graph: EvidenceGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const from: number[] = [];
  const to: number[] = [];
  graph.forEachEdge((_, __, a, b) => {
    if (a === b) return;
    from.push(index.get(a)!);
    to.push(index.get(b)!);
  });
  return adjacency(ids, from, to, from.length);
}

/**
 * The adjacency of `evidenceGraph(graph)` (the same nodes, pairs, order and orientation, so the same arrays as
 * `adjacencyOf(evidenceGraph(graph))`), made straight from the graph: at 100k nodes, building the graphology copy
 * took longer than sampling betweenness on it.
 */
export function evidenceAdjacency(graph: PanelGraph): Adjacency {
  const ids: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, { type }) => {
    if (type === "source") return;
    index.set(id, ids.length);
    ids.push(id);
  });
  const n = ids.length;
  const pairs = new Set<number>();
  const from: number[] = [];
  const to: number[] = [];
  graph.forEachEdge((_, attributes, a, b) => {
    if (a === b || attributes.origin === "registry") return;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return;
    const pair = i < j ? i * n + j : j * n + i;
    if (pairs.has(pair)) return;
    pairs.add(pair);
    from.push(i);
    to.push(j);
  });
  return adjacency(ids, from, to, from.length);
}

/** Brandes (see brandesOnAdjacency) on a graphology graph. */
export function brandesBetweenness(graph: EvidenceGraph, pivots: number, seed: number): Record<string, number> {
  return brandesOnAdjacency(adjacencyOf(graph), pivots, seed);
}

/**
 * Brandes' algorithm from `pivots` sources chosen uniformly at random (every node when `pivots` ≥ n: the exact value),
 * scaled by n / pivots: an unbiased estimate of the sum over all sources, normalised like graphology's (by
 * (n − 1)(n − 2)). Adjacency is held in flat typed arrays (CSR), so each source costs one breadth-first search and one
 * backward pass, O(n + m), without graphology's per-node lists.
 */
export function brandesOnAdjacency(graph: Adjacency, pivots: number, seed: number): Record<string, number> {
  const { ids } = graph;
  const n = ids.length;
  // Numbered in breadth-first order, so a node's neighbours sit near it in the arrays the searches read; each list
  // keeps its order, so every sum is made in the same order and the values do not change.
  const { offsets, neighbours, position } = breadthFirstNumbering(graph);

  // Pivots: a seeded partial Fisher–Yates shuffle, so the same graph and seed give the same estimate.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  const k = Math.min(pivots, n);
  for (let i = 0; k < n && i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }

  const centrality = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const visited = new Int32Array(n);
  for (let p = 0; p < k; p++) {
    const source = position[order[p]!]!;
    distance[source] = 0;
    paths[source] = 1;
    visited[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = visited[head++]!;
      const next = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (distance[w] === -1) {
          distance[w] = next;
          visited[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    // Back from the farthest nodes: each node passes its share of dependency to the nodes one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = visited[i]!;
      const share = (1 + dependency[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = neighbours[e]!;
        if (distance[v] === previous) dependency[v]! += paths[v]! * share;
      }
      centrality[w]! += dependency[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = visited[i]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }

  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const result: Record<string, number> = {};
  // An estimate can overshoot where the exact value is near its maximum; the scale is 0–1 by definition.
  for (let i = 0; i < n; i++) result[ids[i]!] = Math.min(1, centrality[position[i]!]! * scale);
  return result;
}

/** The adjacency renumbered in breadth-first order (component by component); `position[i]` is node i's new number. */
function breadthFirstNumbering({ offsets, neighbours }: Adjacency) {
  const n = offsets.length - 1;
  const position = new Int32Array(n).fill(-1);
  const visit = new Int32Array(n);
  let placed = 0;
  for (let start = 0; start < n; start++) {
    if (position[start] !== -1) continue;
    position[start] = placed;
    visit[placed++] = start;
    for (let head = placed - 1; head < placed; head++) {
      const v = visit[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (position[w] !== -1) continue;
        position[w] = placed;
        visit[placed++] = w;
      }
    }
  }
  const renumbered = { offsets: new Int32Array(n + 1), neighbours: new Int32Array(neighbours.length), position };
  for (let i = 0; i < n; i++) {
    const v = visit[i]!;
    let at = renumbered.offsets[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) renumbered.neighbours[at++] = position[neighbours[e]!]!;
    renumbered.offsets[i + 1] = at;
  }
  return renumbered;
}
