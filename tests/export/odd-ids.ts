// A small graph whose node ids and edge keys are not what a valid corpus has (colons, arrows, spaces, non-ASCII, an
// underscore, the empty string), for the GraphML id tests (tests/export, tests/interop). Written by hand.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, PanelGraph } from "../../src/model/graph.js";
import type { Relation } from "../../src/model/schema.js";

function edge(relation: Relation): EdgeAttributes {
  return { relation, evidence: [], sources: [], weight: 1, origin: "annotation" };
}

/** Ids a valid corpus never has, but a hand-edited graph.json or a test graph may: every one must still come out. */
export function oddGraph(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "odd ids", sources: [] });
  const ids = ["plain-id", "a:b", "a_3a_b", "a_b", "x->y", "with space", "é", "🏥", "_", ""];
  for (const id of ids) graph.addNode(id, { type: "theme", label: `label of ${id}`, aliases: [], facts: [] });
  graph.addDirectedEdgeWithKey("covers:plain-id->a:b", "plain-id", "a:b", edge("covers"));
  graph.addDirectedEdgeWithKey("covers:a:b->plain-id", "a:b", "plain-id", edge("covers"));
  graph.addDirectedEdgeWithKey("sub-theme-of:x->y->é", "x->y", "é", edge("sub-theme-of"));
  graph.addDirectedEdgeWithKey("sub-theme-of:->_", "", "_", edge("sub-theme-of"));
  graph.addDirectedEdgeWithKey("mentions:plain-id->a_3a_b", "plain-id", "a_3a_b", edge("mentions"));
  // Keys not of the `relation:from->to` form: one spelled like the edge above's GraphML id, one whose relation differs.
  graph.addDirectedEdgeWithKey("mentions:plain-id:a_3a_b", "plain-id", "a_3a_b", edge("mentions"));
  graph.addDirectedEdgeWithKey("covers:plain-id->a_3a_b", "plain-id", "a_3a_b", edge("mentions"));
  graph.addDirectedEdgeWithKey("e1", "a_b", "🏥", edge("mentions"));
  return graph;
}
