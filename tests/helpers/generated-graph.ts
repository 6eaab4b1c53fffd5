// Graphs generated for the tests of size and speed, made without a corpus or a layout run: node attributes (positions,
// centrality, communities included) given by the caller, `mentions` edges between nodes drawn at random. Seeded, so the
// same call gives the same graph.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";

/** A graph with no node yet, with the graph attributes a built one has (no sources). */
export function emptyGraph(name: string): PanelGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
  graph.replaceAttributes({ name, sources: [] });
  return graph;
}

/** Adds the `mentions` edge from `source` to `target` (no evidence), unless it would be a loop or is there already. */
export function addMention(graph: PanelGraph, source: string, target: string): void {
  const key = `mentions:${source}->${target}`;
  if (source === target || graph.hasEdge(key)) return;
  graph.addEdgeWithKey(key, source, target, {
    relation: "mentions",
    evidence: [],
    sources: [],
    weight: 1,
    origin: "annotation",
  });
}

/**
 * `nodes` nodes `n0`, `n1`, … with the attributes `node(i)` gives, and `edgesPerNode × nodes` tries at a `mentions`
 * edge between two of them drawn with `random` (a loop or a repeat is left out, so there are a few fewer edges).
 */
export function randomGraph(options: {
  name: string;
  nodes: number;
  edgesPerNode: number;
  random: () => number;
  node: (i: number) => NodeAttributes;
}): PanelGraph {
  const { nodes, random } = options;
  const graph = emptyGraph(options.name);
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, options.node(i));
  for (let i = 0; i < nodes * options.edgesPerNode; i++) {
    const [a, b] = [Math.floor(random() * nodes), Math.floor(random() * nodes)];
    addMention(graph, `n${a}`, `n${b}`);
  }
  return graph;
}
