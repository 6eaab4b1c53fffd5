// The graph the browser tests load: the shipped corpus as `panelgraph build` writes it. Positions come from the build
// (src/analysis/layout.ts); a graph without them is laid out here, so the tests never depend on the viewer doing it.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { buildOutputGraph } from "../../src/cli/build.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { readCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/paths.js";

export function corpusGraph(): PanelGraph {
  const graph = buildOutputGraph(readCorpus(DATA_DIR));
  if (graph.everyNode((_, a) => typeof a.x === "number" && typeof a.y === "number")) return graph;
  const ids = graph.nodes().sort();
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    graph.mergeNodeAttributes(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  const positions = forceAtlas2(graph, { iterations: 300, settings: forceAtlas2.inferSettings(graph) });
  for (const [id, p] of Object.entries(positions)) graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
  return graph;
}
