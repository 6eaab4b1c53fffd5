// JSON in graphology's serialisation format, so `MultiDirectedGraph.from(json)` (or `Graph.from`) reads it back
// with every attribute, evidence included. The same bytes as graph.json for the same graph.
import { serializeGraph } from "../graph/serialize.js";
import type { Exporter } from "./types.js";

export const jsonExporter: Exporter = {
  format: "json",
  extension: "json",
  folder: false,
  describe: "graphology's serialised graph (Graph.from(json) reads it), every attribute and evidence",
  files: (graph) => [{ name: "", chunks: [serializeGraph(graph)] }],
};
