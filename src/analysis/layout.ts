// Build-time layout: positions are computed once, with a seeded start, so the viewer's first frame is already laid
// out and is the same on every machine and every reload. The data graph is only read; positions come back as a map.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { PanelGraph } from "../model/graph.js";
import { LARGE_LAYOUT, LAYOUT_ITERATIONS } from "../model/settings.js";
import { forceAtlas2 as barnesHutForceAtlas2, type ForceAtlas2Settings } from "./force-atlas2.js";
import { mulberry32 } from "./random.js";

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows (see `defaultIterations`). */
  iterations?: number;
  /** Node size used to keep nodes apart at the end (noverlap), from `centrality` when present. */
  size: (centrality: number) => number;
  /** A previous build's layout: nodes that were there start where they were (see `computeLayout`). */
  previous?: PreviousLayout;
}

/** Where a previous build or export put each node, and the shape of the graph it laid out (`layoutSignature`). */
export interface PreviousLayout {
  positions: ReadonlyMap<string, Position>;
  signature: string;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { seed: 1, size: (c) => 4 + 16 * Math.sqrt(c) };

export interface Position {
  x: number;
  y: number;
}

export interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

export interface LayoutEdge {
  weight: number;
}

export function defaultIterations(order: number): number {
  return LAYOUT_ITERATIONS.find((step) => order <= step.upTo)!.iterations;
}

/**
 * The graph the layout runs on, as arrays: node ids in the graph's order, and one undirected edge per connected pair
 * (oriented as first seen, in the graph's edge order), its weight summed over the edges between the pair. Edges from
 * sources weigh 0.1: sources state dozens of things each, and a light pull keeps them from dragging every cluster
 * into one heap.
 */
export interface LayoutEdges {
  ids: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function layoutEdges(graph: PanelGraph): LayoutEdges {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = new Map<number, number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  graph.forEachEdge((_, __, source, target) => {
    if (source === target) return;
    const a = index.get(source)!;
    const b = index.get(target)!;
    const weight = graph.getNodeAttribute(source, "type") === "source" ? 0.1 : 1;
    const key = a < b ? a * n + b : b * n + a;
    const known = pairs.get(key);
    if (known !== undefined) weights[known]! += weight;
    else {
      pairs.set(key, sources.length);
      sources.push(a);
      targets.push(b);
      weights.push(weight);
    }
  });
  return {
    ids,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    weights: Float64Array.from(weights),
  };
}

/** The pairs the layout pulls together and their weights, by node id: equal for two graphs the layout sees as one. */
export function layoutSignature(graph: PanelGraph): string {
  const { ids, sources, targets, weights } = layoutEdges(graph);
  const pairs = Array.from(sources, (a, e) => {
    const [p, q] = [ids[a]!, ids[targets[e]!]!].sort();
    return `${p}\t${q}\t${round(weights[e]!)}`;
  });
  return [...ids].sort().join("\n") + "\n\n" + pairs.sort().join("\n");
}

/**
 * A previous layout with nodes renamed (`rename-entity`: old id → new id): each position, and the signature, under the
 * new id, so that a graph only renamed is the graph that was laid out and keeps every position.
 */
export function renamedLayout(previous: PreviousLayout, renames: ReadonlyMap<string, string>): PreviousLayout {
  if (renames.size === 0) return previous;
  const id = (old: string) => renames.get(old) ?? old;
  const positions = new Map([...previous.positions].map(([old, at]) => [id(old), at] as const));
  // layoutSignature's text: the ids, a blank line, then each pair `p\tq\tweight`; rebuilt as it builds it.
  const cut = previous.signature.indexOf("\n\n");
  if (cut < 0) return { positions, signature: previous.signature };
  const ids = previous.signature.slice(0, cut).split("\n");
  const pairs = previous.signature.slice(cut + 2).split("\n");
  const signature =
    ids.map(id).sort().join("\n") +
    "\n\n" +
    pairs
      .filter((line) => line !== "")
      .map((line) => {
        const [p, q, weight] = line.split("\t");
        return `${[id(p!), id(q!)].sort().join("\t")}\t${weight}`;
      })
      .sort()
      .join("\n");
  return { positions, signature };
}

/**
 * A start from a previous layout: each node that was there where it was; each new node at the mean of its neighbours
 * already placed (passes outwards until none is left that touches one), else at the mean of all placed; plus jitter.
 */
function startFromPrevious(
  ids: string[],
  neighbours: (i: number) => Iterable<number>,
  previous: ReadonlyMap<string, Position>,
  jitter: () => number,
): { x: Float64Array; y: Float64Array; known: Uint8Array } {
  const n = ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const known = new Uint8Array(n);
  const placed = new Uint8Array(n);
  ids.forEach((id, i) => {
    const at = previous.get(id);
    if (!at) return;
    [x[i], y[i], known[i], placed[i]] = [at.x, at.y, 1, 1];
  });
  for (let changed = true; changed;) {
    changed = false;
    const before = placed.slice();
    for (let i = 0; i < n; i++) {
      if (before[i]) continue;
      let [sx, sy, count] = [0, 0, 0];
      for (const j of neighbours(i)) {
        if (!before[j]) continue;
        [sx, sy, count] = [sx + x[j]!, sy + y[j]!, count + 1];
      }
      if (count === 0) continue;
      [x[i], y[i], placed[i]] = [sx / count + jitter(), sy / count + jitter(), 1];
      changed = true;
    }
  }
  let [cx, cy, count] = [0, 0, 0];
  for (let i = 0; i < n; i++) if (placed[i]) [cx, cy, count] = [cx + x[i]!, cy + y[i]!, count + 1];
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    [x[i], y[i]] = [cx / (count || 1) + jitter(), cy / (count || 1) + jitter()];
  }
  return { x, y, known };
}

/**
 * ForceAtlas2 (LinLog, so clusters separate) from a start where each community sits on its own spot.
 *
 * Up to LARGE_LAYOUT nodes: graphology's ForceAtlas2 with exact repulsion on an undirected copy holding only what the
 * layout needs, communities on a circle, nodes without a community at the mean of their neighbours' spots, then
 * noverlap so nodes do not cover each other. Above: our Barnes-Hut ForceAtlas2 (force-atlas2.ts, θ = 1.2) over the
 * whole graph, from a spot per community (see largeLayout); no noverlap, which at the nodes' sizes would spread a large
 * graph into an even carpet and hide its communities (Sigma draws nodes at a size in pixels, not in layout units).
 *
 * From a previous layout (`previous`): an unchanged graph (same nodes, same pairs and weights) keeps its positions as
 * they are, so a rebuild writes the same bytes. Otherwise the nodes that were there start where they were and new
 * ones beside their neighbours (startFromPrevious); up to LARGE_LAYOUT nodes, ForceAtlas2 runs with the old nodes
 * held still, so the new ones find their place, then SETTLE of the iterations with every node free, then noverlap;
 * above, SETTLE of the iterations from that start. Old nodes so move a little, not across the picture.
 */
export function computeLayout(graph: PanelGraph, options: Partial<LayoutOptions> = {}): Map<string, Position> {
  const { seed, iterations, size, previous } = { ...LAYOUT_DEFAULTS, ...options };
  const random = mulberry32(seed);
  const edges = layoutEdges(graph);
  const rounds = iterations ?? defaultIterations(graph.order);
  if (previous && previous.positions.size > 0) {
    if (graph.everyNode((id) => previous.positions.has(id)) && layoutSignature(graph) === previous.signature) {
      return new Map(graph.mapNodes((id) => [id, { ...previous.positions.get(id)! }] as const));
    }
    return fromPrevious(graph, edges, rounds, size, previous.positions, random);
  }
  if (graph.order > LARGE_LAYOUT) return largeLayout(graph, edges, rounds, random);

  const light = new UndirectedGraph<LayoutNode, LayoutEdge>();
  graph.forEachNode((id, attributes) => light.addNode(id, { x: 0, y: 0, size: size(attributes.centrality ?? 0) }));
  edges.sources.forEach((a, e) =>
    light.addEdge(edges.ids[a]!, edges.ids[edges.targets[e]!]!, { weight: edges.weights[e]! }),
  );

  const communities = [...new Set(graph.mapNodes((_, a) => a.community).filter((c) => c !== undefined))].sort(
    (a, b) => a - b,
  );
  const radius = Math.sqrt(light.order) * 10;
  const spot = new Map(
    communities.map((c, i) => {
      const angle = (2 * Math.PI * i) / communities.length;
      return [c, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
  const jitter = () => (random() - 0.5) * radius * 0.3;
  const placed = new Set<string>();
  graph.forEachNode((id, { community }) => {
    const at = community === undefined ? undefined : spot.get(community);
    if (!at) return;
    light.mergeNodeAttributes(id, { x: at.x + jitter(), y: at.y + jitter() });
    placed.add(id);
  });
  light.forEachNode((id) => {
    if (placed.has(id)) return;
    const around = light.filterNeighbors(id, (n) => placed.has(n));
    const x = around.reduce((sum, n) => sum + light.getNodeAttribute(n, "x"), 0) / (around.length || 1);
    const y = around.reduce((sum, n) => sum + light.getNodeAttribute(n, "y"), 0) / (around.length || 1);
    light.mergeNodeAttributes(id, { x: x + jitter(), y: y + jitter() });
  });

  forceAtlas2.assign(light, {
    iterations: rounds,
    getEdgeWeight: "weight",
    settings: {
      ...forceAtlas2.inferSettings(light),
      linLogMode: true,
      barnesHutOptimize: false,
      adjustSizes: false,
    },
  });
  noverlap.assign(light, { maxIterations: 200, settings: { margin: 2, ratio: 1.2 } });

  const positions = new Map<string, Position>();
  light.forEachNode((id, { x, y }) => positions.set(id, { x: round(x), y: round(y) }));
  return positions;
}

/** The share of the iterations run with every node free after a start from a previous layout (see computeLayout). */
const SETTLE = 0.1;

function fromPrevious(
  graph: PanelGraph,
  edges: LayoutEdges,
  rounds: number,
  size: LayoutOptions["size"],
  previous: ReadonlyMap<string, Position>,
  random: () => number,
): Map<string, Position> {
  const { ids } = edges;
  const around = adjacency(ids.length, edges);
  const neighbours = function* (i: number) {
    for (let e = around.offsets[i]!; e < around.offsets[i + 1]!; e++) yield around.neighbours[e]!;
  };
  // New nodes land a little apart from each other and their neighbours: a few layout units, as the nodes' sizes.
  const jitter = () => (random() - 0.5) * 10;
  const { x, y, known } = startFromPrevious(ids, neighbours, previous, jitter);
  const settle = Math.max(1, Math.round(rounds * SETTLE));
  if (graph.order > LARGE_LAYOUT) {
    barnesHutForceAtlas2({ x, y, sources: edges.sources, targets: edges.targets, weights: edges.weights }, settle, {
      ...forceAtlas2Settings(ids.length),
      scalingRatio: 1,
      barnesHutTheta: 1.2,
    });
  } else {
    const light = new UndirectedGraph<LayoutNode & { fixed?: boolean }, LayoutEdge>();
    ids.forEach((id, i) =>
      light.addNode(id, {
        x: x[i]!,
        y: y[i]!,
        size: size(graph.getNodeAttribute(id, "centrality") ?? 0),
        ...(known[i] ? { fixed: true } : {}),
      }),
    );
    edges.sources.forEach((a, e) => light.addEdge(ids[a]!, ids[edges.targets[e]!]!, { weight: edges.weights[e]! }));
    const settings = {
      ...forceAtlas2.inferSettings(light),
      linLogMode: true,
      barnesHutOptimize: false,
      adjustSizes: false,
    };
    if (!known.every((k) => k === 1)) {
      forceAtlas2.assign(light, { iterations: rounds, getEdgeWeight: "weight", settings });
    }
    light.forEachNode((id) => light.removeNodeAttribute(id, "fixed"));
    forceAtlas2.assign(light, { iterations: settle, getEdgeWeight: "weight", settings });
    noverlap.assign(light, { maxIterations: 200, settings: { margin: 2, ratio: 1.2 } });
    ids.forEach((id, i) => {
      x[i] = light.getNodeAttribute(id, "x");
      y[i] = light.getNodeAttribute(id, "y");
    });
  }
  return new Map(ids.map((id, i) => [id, { x: round(x[i]!), y: round(y[i]!) }]));
}

/** Undirected adjacency in flat arrays: the neighbours of node i are `neighbours[offsets[i] … offsets[i + 1])`. */
interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

function adjacency(n: number, edges: LayoutEdges): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < edges.sources.length; e++) {
    offsets[edges.sources[e]! + 1]!++;
    offsets[edges.targets[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let e = 0; e < edges.sources.length; e++) {
    const a = edges.sources[e]!;
    const b = edges.targets[e]!;
    neighbours[fill[a]!] = b;
    weights[fill[a]!++] = edges.weights[e]!;
    neighbours[fill[b]!] = a;
    weights[fill[b]!++] = edges.weights[e]!;
  }
  return { offsets, neighbours, weights };
}

/**
 * The group each node is drawn with: its community, or for nodes outside every community (sources, sessions,
 * recommendations …) the group most of their edge weight leads to, found in passes outwards from the communities
 * (ties to the smaller id). Nodes no community reaches share group 0.
 */
function layoutGroups(graph: PanelGraph, n: number, around: Adjacency): Int32Array {
  const group = new Int32Array(n);
  let i = 0;
  graph.forEachNode((_, { community }) => (group[i++] = community ?? 0));
  const pull = new Map<number, number>();
  for (let changed = true; changed;) {
    changed = false;
    const before = group.slice();
    for (let v = 0; v < n; v++) {
      if (before[v] !== 0) continue;
      pull.clear();
      for (let e = around.offsets[v]!; e < around.offsets[v + 1]!; e++) {
        const g = before[around.neighbours[e]!]!;
        if (g !== 0) pull.set(g, (pull.get(g) ?? 0) + around.weights[e]!);
      }
      let best = 0;
      let most = 0;
      for (const [g, weight] of pull) {
        if (weight > most || (weight === most && g < best)) [best, most] = [g, weight];
      }
      if (best !== 0) {
        group[v] = best;
        changed = true;
      }
    }
  }
  return group;
}

/** Points uniformly in a disc of `radius` around the origin. */
function scatter(count: number, radius: number, random: () => number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const angle = 2 * Math.PI * random();
    const distance = radius * Math.sqrt(random());
    x[i] = distance * Math.cos(angle);
    y[i] = distance * Math.sin(angle);
  }
  return { x, y };
}

/**
 * Layout of a large graph: one Barnes-Hut ForceAtlas2 (LinLog) over the whole graph, so that the links between
 * communities shape the picture, started from a seeded position per community so that communities start apart and
 * the few iterations a large graph gets go to arranging them rather than untangling a random cloud. The start: the
 * groups (a community, with the nodes around it) laid out as one small graph, a node per group weighted by the edges
 * between groups, so that groups sharing many edges start near each other; spread out to the room their nodes need;
 * each group's nodes scattered around its spot.
 */
function largeLayout(graph: PanelGraph, edges: LayoutEdges, iterations: number, random: () => number) {
  const { ids } = edges;
  const n = ids.length;
  const around = adjacency(n, edges);
  const group = layoutGroups(graph, n, around);
  const scale = 10;

  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(group[i]!, (counts.get(group[i]!) ?? 0) + 1);
  const groups = [...counts.keys()].sort((a, b) => a - b);
  const slot = new Map(groups.map((g, i) => [g, i]));

  // 1. The groups as one graph: a node per group, weighted by the edges between groups.
  const between = new Map<number, number>();
  for (let e = 0; e < edges.sources.length; e++) {
    const a = slot.get(group[edges.sources[e]!]!)!;
    const b = slot.get(group[edges.targets[e]!]!)!;
    if (a === b) continue;
    const key = a < b ? a * groups.length + b : b * groups.length + a;
    between.set(key, (between.get(key) ?? 0) + edges.weights[e]!);
  }
  const keys = [...between.keys()].sort((a, b) => a - b);
  const centres = scatter(groups.length, scale * Math.sqrt(n), random);
  barnesHutForceAtlas2(
    {
      x: centres.x,
      y: centres.y,
      sources: Int32Array.from(keys, (k) => Math.floor(k / groups.length)),
      targets: Int32Array.from(keys, (k) => k % groups.length),
      // log: a few heavy ties should not crush every group onto its neighbours.
      weights: Float64Array.from(keys, (k) => 1 + Math.log(between.get(k)!)),
    },
    GROUP_ITERATIONS,
    { ...forceAtlas2Settings(groups.length), barnesHutTheta: 0.5 },
  );

  // 2. The start: the group spots spread to the area their nodes need, each group's nodes on a disc around its spot.
  const reach = (g: number) => scale * Math.sqrt(counts.get(g)!);
  let spread = 0;
  let area = 0;
  groups.forEach((g, i) => {
    spread += centres.x[i]! ** 2 + centres.y[i]! ** 2;
    area += reach(g) ** 2;
  });
  const factor = Math.sqrt((2 * area) / (spread || 1)) * START_SPREAD;
  const start = scatter(n, 1, random);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const i = slot.get(group[v]!)!;
    const r = reach(group[v]!) * START_DISC;
    x[v] = centres.x[i]! * factor + start.x[v]! * r;
    y[v] = centres.y[i]! * factor + start.y[v]! * r;
  }

  // 3. ForceAtlas2 on the whole graph. Edges between groups pull half as hard, so that each group stays readable as
  // a region while the links between groups still decide where it sits. Repulsion (scalingRatio) 1 instead of 10:
  // graphs this sparse otherwise spread into an even disc where no community stands out.
  const weights = Float64Array.from(edges.weights, (w, e) =>
    group[edges.sources[e]!] === group[edges.targets[e]!] ? w : w * BETWEEN_GROUPS,
  );
  barnesHutForceAtlas2({ x, y, sources: edges.sources, targets: edges.targets, weights }, iterations, {
    ...forceAtlas2Settings(n),
    scalingRatio: 1,
    barnesHutTheta: 1.2,
  });

  const positions = new Map<string, Position>();
  ids.forEach((id, j) => positions.set(id, { x: round(x[j]!), y: round(y[j]!) }));
  return positions;
}

/**
 * The start's scale: ForceAtlas2 (scalingRatio 1) settles at about this many times the room the nodes need (measured
 * at 10k nodes), and a start at that scale keeps the groups where the group graph put them instead of bursting
 * outwards through each other in the first iterations.
 */
const START_SPREAD = 4;
/** A group's nodes start on a disc of this many times the room they need (√ nodes × 10). */
const START_DISC = 1.5;
/** The weight of an edge between two groups, against 1 inside a group. */
const BETWEEN_GROUPS = 0.5;

/** Iterations of the layout of the groups themselves (a few hundred nodes: cheap). */
const GROUP_ITERATIONS = 500;

/** graphology's inferred settings for a graph of `order` nodes, with LinLog. */
function forceAtlas2Settings(order: number): Omit<ForceAtlas2Settings, "barnesHutTheta"> {
  const inferred = forceAtlas2.inferSettings(order);
  return {
    linLogMode: true,
    strongGravityMode: inferred.strongGravityMode ?? true,
    gravity: inferred.gravity ?? 0.05,
    scalingRatio: inferred.scalingRatio ?? 10,
    slowDown: inferred.slowDown ?? 1 + Math.log(order),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
