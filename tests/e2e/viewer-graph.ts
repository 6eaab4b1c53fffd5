// The graph the browser tests load: the shipped corpus exactly as `panelgraph build` writes it to graph.json, with
// the positions, centrality and communities the build computes.
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/paths.js";

export function corpusGraph(): PanelGraph {
  return buildAnalysedGraph(loadValidCorpus(DATA_DIR));
}
