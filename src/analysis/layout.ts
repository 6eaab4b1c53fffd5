// Build-time layout: positions are computed once, with a seeded start, so the viewer's first frame is already laid
// out and is the same on every machine and every reload. The data graph is only read; positions come back as a map.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { PanelGraph } from "../model/graph.js";
import { LARGE_LAYOUT, LAYOUT_ITERATIONS, NOVERLAP_UP_TO } from "../model/settings.js";
import { forceAtlas2 as barnesHutForceAtlas2, type ForceAtlas2Settings } from "./force-atlas2.js";
import { mulberry32 } from "./random.js";

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows (see `defaultIterations`). */
  iterations?: number;
  /** Node size used to keep nodes apart at the end (noverlap), from `centrality` when present. */
  size: (centrality: number) => number;
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

/**
 * ForceAtlas2 (LinLog, so clusters separate) on an undirected copy holding only what the layout needs, from a start
 * where each community sits on its own spot, then noverlap (up to NOVERLAP_UP_TO nodes) so nodes do not cover each
 * other. Nodes without a community start at the mean of their neighbours' spots.
 *
 * Up to LARGE_LAYOUT nodes: graphology's ForceAtlas2 with exact repulsion, communities on a circle. Above: our
 * Barnes-Hut ForceAtlas2 (force-atlas2.ts, θ = 1.2) from a start where communities sit on a sunflower spiral, largest
 * in the middle, each on a disc whose area follows its size, so they start apart however many there are.
 */
export function computeLayout(graph: PanelGraph, options: Partial<LayoutOptions> = {}): Map<string, Position> {
  const { seed, iterations, size } = { ...LAYOUT_DEFAULTS, ...options };
  const random = mulberry32(seed);
  const edges = layoutEdges(graph);
  const rounds = iterations ?? defaultIterations(graph.order);
  if (graph.order > LARGE_LAYOUT) return largeLayout(graph, edges, rounds, random, size);

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
 * Moves a laid-out group onto a disc of `radius` centred on the origin: centred on its mean, scaled so that 98% of
 * its nodes fall inside, and the few beyond (a dangling node flung far) brought back to the rim.
 */
function fitDisc(x: Float64Array, y: Float64Array, radius: number): void {
  const n = x.length;
  if (n === 0) return;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) [meanX, meanY] = [meanX + x[i]! / n, meanY + y[i]! / n];
  const distances = new Float64Array(n);
  for (let i = 0; i < n; i++) distances[i] = Math.hypot(x[i]! - meanX, y[i]! - meanY);
  const reach = distances.slice().sort()[Math.floor(0.98 * (n - 1))]! || 1;
  for (let i = 0; i < n; i++) {
    const factor = (radius / reach) * Math.min(1, reach / (distances[i]! || 1));
    x[i] = (x[i]! - meanX) * factor;
    y[i] = (y[i]! - meanY) * factor;
  }
}

/**
 * Layout of a large graph in three steps, so that communities come out visibly apart however many there are:
 * each group (a community, with the nodes around it) is laid out on its own by Barnes-Hut ForceAtlas2 and fitted
 * into a disc whose area follows its size; the groups themselves are laid out as one graph (a node per group, edges
 * weighted by the edges between them), so groups that share many edges sit near each other; then the discs are
 * pushed apart until none overlaps.
 */
function largeLayout(
  graph: PanelGraph,
  edges: LayoutEdges,
  iterations: number,
  random: () => number,
  size: LayoutOptions["size"],
) {
  const { ids } = edges;
  const n = ids.length;
  const around = adjacency(n, edges);
  const group = layoutGroups(graph, n, around);
  const scale = 10;

  // Members of each group, in node order.
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!members.has(group[i]!)) members.set(group[i]!, []);
    members.get(group[i]!)!.push(i);
  }
  const groups = [...members.keys()].sort((a, b) => a - b);
  // Room for each node to show at its size (noverlap has little left to do up to 20,000 nodes).
  const radius = (g: number) => scale * Math.sqrt(members.get(g)!.length) * 1.2;

  // 1. Each group on its own, fitted into its disc.
  const extent = new Map<number, number>();
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const local = new Int32Array(n);
  for (const g of groups) {
    const list = members.get(g)!;
    list.forEach((v, k) => (local[v] = k));
    const sources: number[] = [];
    const targets: number[] = [];
    const weights: number[] = [];
    for (const v of list) {
      for (let e = around.offsets[v]!; e < around.offsets[v + 1]!; e++) {
        const w = around.neighbours[e]!;
        if (w > v && group[w] === g) {
          sources.push(local[v]!);
          targets.push(local[w]!);
          weights.push(around.weights[e]!);
        }
      }
    }
    const start = scatter(list.length, scale * Math.sqrt(list.length), random);
    barnesHutForceAtlas2(
      {
        x: start.x,
        y: start.y,
        sources: Int32Array.from(sources),
        targets: Int32Array.from(targets),
        weights: Float64Array.from(weights),
      },
      iterations,
      { ...forceAtlas2Settings(list.length), barnesHutTheta: 1.2 },
    );
    fitDisc(start.x, start.y, radius(g));
    // Up to NOVERLAP_UP_TO nodes, nodes are kept from covering each other, a group at a time (noverlap's grid works
    // best on one dense disc, not on discs scattered over a wide plane); the disc grows if it must.
    if (n <= NOVERLAP_UP_TO)
      removeOverlaps(list, start.x, start.y, (k) => size(graph.getNodeAttribute(ids[list[k]!]!, "centrality") ?? 0));
    let reach = 0;
    list.forEach((v, k) => {
      x[v] = start.x[k]!;
      y[v] = start.y[k]!;
      reach = Math.max(reach, Math.hypot(start.x[k]!, start.y[k]!));
    });
    extent.set(g, reach);
  }

  // 2. The groups as one graph: a node per group, weighted by the edges between groups.
  const slot = new Map(groups.map((g, i) => [g, i]));
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

  // 3. Spread the groups to the area their discs need, then push overlapping discs apart.
  let spread = 0;
  let area = 0;
  groups.forEach((g, i) => {
    spread += centres.x[i]! ** 2 + centres.y[i]! ** 2;
    area += extent.get(g)! ** 2;
  });
  const factor = Math.sqrt((2 * area) / (spread || 1));
  const cx = centres.x.map((v) => v * factor);
  const cy = centres.y.map((v) => v * factor);
  separateDiscs(
    cx,
    cy,
    Float64Array.from(groups, (g) => extent.get(g)!),
    scale * 2,
  );
  for (let v = 0; v < n; v++) {
    const i = slot.get(group[v]!)!;
    x[v]! += cx[i]!;
    y[v]! += cy[i]!;
  }

  const positions = new Map<string, Position>();
  ids.forEach((id, j) => positions.set(id, { x: round(x[j]!), y: round(y[j]!) }));
  return positions;
}

/** noverlap on one group's nodes (positions around the origin), moving them in place. */
function removeOverlaps(list: number[], x: Float64Array, y: Float64Array, size: (k: number) => number): void {
  const light = new UndirectedGraph<LayoutNode>();
  list.forEach((_, k) => light.addNode(String(k), { x: x[k]!, y: y[k]!, size: size(k) }));
  noverlap.assign(light, { maxIterations: 200, settings: { margin: 2, ratio: 1.2 } });
  list.forEach((_, k) => {
    x[k] = light.getNodeAttribute(String(k), "x");
    y[k] = light.getNodeAttribute(String(k), "y");
  });
}

/**
 * Pushes overlapping discs apart (each pair by half the overlap, along the line between their centres) until no two
 * are closer than their radii plus `margin`, or `rounds` passes have been made.
 */
function separateDiscs(x: Float64Array, y: Float64Array, radii: Float64Array, margin: number, rounds = 1_000): void {
  const n = x.length;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const dx = x[b]! - x[a]!;
        const dy = y[b]! - y[a]!;
        const distance = Math.hypot(dx, dy);
        const needed = radii[a]! + radii[b]! + margin;
        if (distance >= needed) continue;
        moved = true;
        // Coincident centres part along a fixed direction that differs per pair, so the result stays deterministic.
        const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [Math.cos(a + b), Math.sin(a + b)];
        const push = (needed - distance) / 2;
        x[a]! -= ux * push;
        y[a]! -= uy * push;
        x[b]! += ux * push;
        y[b]! += uy * push;
      }
    }
    if (!moved) return;
  }
}

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
