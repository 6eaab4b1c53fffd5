// Build-time layout: positions are computed once, with a seeded start, so the viewer's first frame is already laid
// out and is the same on every machine and every reload. The data graph is only read; positions come back as a map.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { PanelGraph } from "../model/graph.js";
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

interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

interface LayoutEdge {
  weight: number;
}

export function defaultIterations(order: number): number {
  if (order <= 1_000) return 600;
  if (order <= 20_000) return 200;
  return 100;
}

/**
 * ForceAtlas2 (LinLog, so clusters separate; Barnes-Hut above 2,000 nodes) on an undirected copy holding only what
 * the layout needs, from a start where each community sits on its own spot of a circle, then noverlap so nodes do
 * not cover each other. Nodes without a community start at the mean of their neighbours' spots.
 */
export function computeLayout(graph: PanelGraph, options: Partial<LayoutOptions> = {}): Map<string, Position> {
  const { seed, iterations, size } = { ...LAYOUT_DEFAULTS, ...options };
  const random = mulberry32(seed);
  const light = new UndirectedGraph<LayoutNode, LayoutEdge>();
  graph.forEachNode((id, attributes) => light.addNode(id, { x: 0, y: 0, size: size(attributes.centrality ?? 0) }));
  graph.forEachEdge((_, attributes, source, target) => {
    if (source === target) return;
    // Sources state dozens of things each; a light pull keeps them from dragging every cluster into one heap.
    const weight = graph.getNodeAttribute(source, "type") === "source" ? 0.1 : 1;
    light.updateEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + weight }));
  });

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
    iterations: iterations ?? defaultIterations(light.order),
    getEdgeWeight: "weight",
    settings: {
      ...forceAtlas2.inferSettings(light),
      linLogMode: true,
      barnesHutOptimize: light.order > 2_000,
      adjustSizes: false,
    },
  });
  if (light.order <= 20_000) noverlap.assign(light, { maxIterations: 200, settings: { margin: 2, ratio: 1.2 } });

  const positions = new Map<string, Position>();
  light.forEachNode((id, { x, y }) => positions.set(id, { x: round(x), y: round(y) }));
  return positions;
}

const round = (value: number) => Math.round(value * 100) / 100;
