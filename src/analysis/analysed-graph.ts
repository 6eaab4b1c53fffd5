// The graph as graph.json holds it: the facts from the corpus plus the computed layers the viewer and the exporters
// read (community, centrality, layout position).
import { buildGraph } from "../graph/build.js";
import type { Corpus } from "../model/corpus.js";
import type { PanelGraph } from "../model/graph.js";
import { assignCommunities } from "./assign-communities.js";
import { computeCentrality } from "./centrality.js";
import { detectCommunities } from "./communities.js";
import { computeLayout, layoutSignature, type Position, type PreviousLayout } from "./layout.js";

/** What a previous build or export leaves for the next to keep: each node's community number and position. */
export interface PreviousBuild {
  communities: ReadonlyMap<string, number>;
  layout: PreviousLayout;
  /** How many nodes it had, and the corpus folder it was built from (graph.json's `corpus`), to tell another corpus's. */
  nodes: number;
  corpus?: string;
}

/** The community numbers and positions a graph holds (a graph.json read back, or a GEXF file parsed). */
export function previousBuildOf(graph: PanelGraph): PreviousBuild {
  const communities = new Map<string, number>();
  const positions = new Map<string, Position>();
  graph.forEachNode((id, { community, x, y }) => {
    if (typeof community === "number" && Number.isInteger(community)) communities.set(id, community);
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x + y)) positions.set(id, { x, y });
  });
  const corpus: unknown = graph.getAttribute("corpus");
  return {
    communities,
    layout: { positions, signature: layoutSignature(graph) },
    nodes: graph.order,
    ...(typeof corpus === "string" && corpus !== "" ? { corpus } : {}),
  };
}

/**
 * Builds the graph of a validated corpus with every computed layer; all seeded, so the same corpus (and the same
 * previous build) gives the same bytes. With `previous`, communities keep the numbers they had and nodes start where
 * they were (community-numbers.ts, layout.ts).
 */
export function buildAnalysedGraph(corpus: Corpus, previous?: PreviousBuild): PanelGraph {
  const graph = buildGraph(corpus);
  // The default partition (seeded); the stability runs are for the `communities` command only.
  assignCommunities(
    graph,
    detectCommunities(graph, {
      stabilityRuns: 0,
      nearbyResolutions: [],
      ...(previous ? { previous: previous.communities } : {}),
    }),
  );
  for (const [id, centrality] of computeCentrality(graph)) graph.setNodeAttribute(id, "centrality", centrality);
  const layout = computeLayout(graph, previous ? { previous: previous.layout } : {});
  for (const [id, { x, y }] of layout) graph.mergeNodeAttributes(id, { x, y });
  return graph;
}
