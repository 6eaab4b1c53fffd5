// Betweenness centrality for every node, stored at build time so the viewer and the exporters size nodes by it.
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { PanelGraph } from "../model/graph.js";
import { evidenceGraph } from "./evidence-graph.js";

/**
 * Unweighted betweenness on the evidence graph (sources and registry edges left out, as for `stats`), normalised to
 * 0–1 and rounded to 6 decimals so graph.json bytes do not depend on the last bits of floating-point sums. Nodes
 * outside the evidence graph (sources) get 0.
 */
export function computeCentrality(graph: PanelGraph): Map<string, number> {
  const walkable = evidenceGraph(graph);
  const betweenness = betweennessCentrality(walkable, { getEdgeWeight: null, normalized: true });
  const result = new Map<string, number>();
  graph.forEachNode((id) => result.set(id, Math.round((betweenness[id] ?? 0) * 1e6) / 1e6));
  return result;
}
