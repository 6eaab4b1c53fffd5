// The graph the browser tests load: the shipped corpus exactly as `panelgraph build` writes it to graph.json, with
// the positions, centrality and communities the build computes.
import { buildOutputGraph } from "../../src/cli/build.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { readCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/paths.js";

export function corpusGraph(): PanelGraph {
  return buildOutputGraph(readCorpus(DATA_DIR));
}
