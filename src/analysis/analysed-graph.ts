// The graph as graph.json holds it: the facts from the corpus plus the computed layers the viewer and the exporters
// read (community, centrality, layout position).
import { buildGraph } from "../graph/build.js";
import type { Corpus } from "../model/corpus.js";
import type { PanelGraph } from "../model/graph.js";
import { assignCommunities } from "./assign-communities.js";
import { computeCentrality } from "./centrality.js";
import { detectCommunities } from "./communities.js";
import { computeLayout } from "./layout.js";

/** Builds the graph of a validated corpus with every computed layer; all seeded, so the same corpus gives the same bytes. */
export function buildAnalysedGraph(corpus: Corpus): PanelGraph {
  const graph = buildGraph(corpus);
  // The default partition (seeded); the stability runs are for the `communities` command only.
  assignCommunities(graph, detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] }));
  for (const [id, centrality] of computeCentrality(graph)) graph.setNodeAttribute(id, "centrality", centrality);
  for (const [id, { x, y }] of computeLayout(graph)) graph.mergeNodeAttributes(id, { x, y });
  return graph;
}
