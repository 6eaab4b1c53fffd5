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
  relations: ["spoke-on", "affiliated-with", "linked-to", "mentions"],
};

/** Undirected, one edge per connected pair, weighted by evidence; entities left unconnected are not included. */
export function communityProjection(
  graph: PanelGraph,
  options: Partial<CommunityProjectionOptions> = {},
): CommunityProjection {
  const { nodeTypes, relations } = { ...COMMUNITY_PROJECTION_DEFAULTS, ...options };
  const types = new Set(nodeTypes);
  const kept = new Set(relations);
  // One pass over the edges: each pair once, in the order its first edge comes, oriented as that edge is, so the
  // projection (and Louvain, which walks it in order) is the same on every run.
  const pairs = new Map<string, number>();
  const from: string[] = [];
  const to: string[] = [];
  const weight: number[] = [];
  graph.forEachEdge((_, a, source, target, sourceAttributes, targetAttributes) => {
    if (source === target || a.origin !== "annotation" || !kept.has(a.relation)) return;
    if (!types.has(sourceAttributes.type) || !types.has(targetAttributes.type)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const seen = pairs.get(pair);
    if (seen !== undefined) {
      weight[seen]! += a.evidence.length;
      return;
    }
    pairs.set(pair, from.length);
    from.push(source);
    to.push(target);
    weight.push(a.evidence.length);
  });
  const connected = new Set([...from, ...to]);
  // Nodes in the full graph's order (type, then id), so Louvain visits them in the same order every run.
  const projection: CommunityProjection = new UndirectedGraph();
  graph.forEachNode((id, { label, type }) => {
    if (connected.has(id)) projection.addNode(id, { label, type });
  });
  for (let i = 0; i < from.length; i++) projection.addEdge(from[i]!, to[i]!, { weight: weight[i]! });
  return projection;
}
