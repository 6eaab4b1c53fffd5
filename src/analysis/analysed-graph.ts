// The graph as graph.json holds it: the facts from the corpus plus the computed layers the viewer and the exporters
// read (community, centrality, layout position).
import { buildGraph } from "../graph/build.js";
import type { Corpus } from "../model/corpus.js";
import type { PanelGraph } from "../model/graph.js";
import { assignCommunities } from "./assign-communities.js";
import { computeCentrality } from "./centrality.js";
import { detectCommunities } from "./communities.js";
import { computeLayout, layoutSignature, renamedLayout, type Position, type PreviousLayout } from "./layout.js";

/** What a previous build or export leaves for the next to keep: each node's community number and position. */
export interface PreviousBuild {
  communities: ReadonlyMap<string, number>;
  layout: PreviousLayout;
  /** How many nodes it had, and the corpus folder it was built from (graph.json's `corpus`), to tell another corpus's. */
  nodes: number;
  corpus?: string;
  /**
   * The nodes of a graph just built that this build had under another id (`rename-entity`), old id → new id: given by
   * the reader of the previous file (src/export/previous-file.ts, with `panelgraph diff`'s rule), so that a renamed
   * node keeps its community and position. Absent: none are looked for.
   */
  renames?: (graph: PanelGraph) => ReadonlyMap<string, string>;
}

/** `previous` with its renamed nodes (PreviousBuild.renames) under their ids in `graph`. */
function followRenames(previous: PreviousBuild, graph: PanelGraph): PreviousBuild {
  const renames = previous.renames?.(graph);
  if (!renames || renames.size === 0) return previous;
  const communities = new Map([...previous.communities].map(([id, c]) => [renames.get(id) ?? id, c] as const));
  return { ...previous, communities, layout: renamedLayout(previous.layout, renames) };
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
 * previous build) gives the same bytes. With `given` (the previous build), communities keep the numbers they had and
 * nodes start where they were (community-numbers.ts, layout.ts), a renamed node under its new id.
 */
export function buildAnalysedGraph(corpus: Corpus, given?: PreviousBuild): PanelGraph {
  const graph = buildGraph(corpus);
  const previous = given && followRenames(given, graph);
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
