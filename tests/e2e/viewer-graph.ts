// The graph the browser tests load: the shipped corpus exactly as `panelgraph build` writes it to graph.json, with
// the positions, centrality and communities the build computes.
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { DATA_DIR } from "../helpers/paths.js";

export function corpusGraph(): PanelGraph {
  return buildCorpusGraph(DATA_DIR).graph;
}
