// The graph the browser tests load: the shipped corpus exactly as `panelgraph build` writes it to graph.json, with
// the positions, centrality and communities the build computes.
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { deserializeGraph, serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { DATA_DIR } from "../helpers/paths.js";

/** graph.json as the build writes it: built once a worker (the browser files run one after another in one process). */
let built: string | undefined;

/** A graph of its own for each caller (some change theirs), read from the one build. */
export function corpusGraph(): PanelGraph {
  built ??= serializeGraph(buildCorpusGraph(DATA_DIR).graph);
  return deserializeGraph(built);
}
