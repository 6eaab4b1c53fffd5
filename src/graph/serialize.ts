// graph.json: graphology's serialisation format (so `MultiDirectedGraph.from(json)` reads it back), written with
// sorted node and edge order and without timestamps, so the same corpus gives the same bytes.
import { MultiDirectedGraph } from "graphology";
import type { PanelGraph, SerializedPanelGraph } from "../model/graph.js";

export function serializeGraph(graph: PanelGraph): string {
  const data = graph.export() as SerializedPanelGraph;
  // graphology adds `undirected: false` to every directed edge; the graph's options already say it is directed.
  for (const edge of data.edges) delete edge.undirected;
  return `${JSON.stringify(data, null, 1)}\n`;
}

export function deserializeGraph(json: string | SerializedPanelGraph): PanelGraph {
  const data = typeof json === "string" ? (JSON.parse(json) as SerializedPanelGraph) : json;
  return MultiDirectedGraph.from(data) as PanelGraph;
}
