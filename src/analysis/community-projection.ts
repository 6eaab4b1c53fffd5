// The graph communities are detected on: people, the themes they spoke on and the organisations they belong to or
// name. Sessions, sources and recommendations are left out: a session or a source links everyone in it to
// everything it covers, so communities would just be "who was in which article"; what we want is which people
// cluster around which themes, in their own testimony.
import { UndirectedGraph } from "graphology";
import type { PanelGraph } from "../model/graph.js";
import type { NodeType, Relation } from "../model/schema.js";

export interface ProjectionNode {
  label: string;
  type: NodeType;
}

export interface ProjectionEdge {
  /** Evidence passages behind the connection, summed over the relations merged into it. */
  weight: number;
}

export type CommunityProjection = UndirectedGraph<ProjectionNode, ProjectionEdge>;

export interface CommunityProjectionOptions {
  nodeTypes: readonly NodeType[];
  /** Registry-made edges (sub-theme-of) are never included: they are the annotators' taxonomy, not testimony. */
  relations: readonly Relation[];
}

export const COMMUNITY_PROJECTION_DEFAULTS: CommunityProjectionOptions = {
  nodeTypes: ["person", "theme", "organisation"],
  relations: ["spoke-on", "affiliated-with", "mentions"],
};

/** Undirected, one edge per connected pair, weighted by evidence; entities left unconnected are not included. */
export function communityProjection(
  graph: PanelGraph,
  options: Partial<CommunityProjectionOptions> = {},
): CommunityProjection {
  const { nodeTypes, relations } = { ...COMMUNITY_PROJECTION_DEFAULTS, ...options };
  const keep = (id: string) => nodeTypes.includes(graph.getNodeAttribute(id, "type"));
  const edges = graph.filterEdges(
    (_, a, from, to) =>
      from !== to && a.origin === "annotation" && relations.includes(a.relation) && keep(from) && keep(to),
  );
  const connected = new Set(edges.flatMap((e) => graph.extremities(e)));
  // Nodes in the full graph's order (type, then id), so Louvain visits them in the same order every run.
  const projection: CommunityProjection = new UndirectedGraph();
  graph.forEachNode((id, { label, type }) => {
    if (connected.has(id)) projection.addNode(id, { label, type });
  });
  for (const edge of edges) {
    const [from, to] = graph.extremities(edge);
    const weight = graph.getEdgeAttribute(edge, "evidence").length;
    if (projection.hasEdge(from, to)) projection.updateEdgeAttribute(from, to, "weight", (w) => (w ?? 0) + weight);
    else projection.addEdge(from, to, { weight });
  }
  return projection;
}
