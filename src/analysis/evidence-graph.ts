// The graph as connections a source states, with direction dropped: what paths and centrality walk on.
//
// Source nodes are left out by default. Every source mentions, reports or recommends dozens of entities, so through a
// source almost everything is two steps from everything else: "both appear in the same article" would be the shortest
// path between most pairs and the most central node would always be an article. Registry-made edges (sub-theme-of)
// are also left out by default: they are the annotators' classification, not something a source says.
import { UndirectedGraph } from "graphology";
import type { PanelGraph } from "../model/graph.js";
import type { NodeType, Relation } from "../model/schema.js";

export interface EvidenceGraphNode {
  label: string;
  type: NodeType;
}

export interface EvidenceGraphEdge {
  /** Evidence passages behind all the edges merged into this one (1 for a registry edge). */
  weight: number;
  /** Keys of the edges of the full graph merged into this one, in key order. */
  edges: string[];
}

export type EvidenceGraph = UndirectedGraph<EvidenceGraphNode, EvidenceGraphEdge>;

export interface EvidenceGraphOptions {
  /** Keep source nodes. */
  sources: boolean;
  /** Keep registry-made edges (sub-theme-of), which rest on no passage. */
  registryEdges: boolean;
  /** Nodes to keep whatever their type (the two ends of a path someone asked for). */
  keep: readonly string[];
  /** Relations to leave out (`mentions`: a name cited in passing is not a connection a path should rest on). */
  without: readonly Relation[];
}

export const EVIDENCE_GRAPH_DEFAULTS: EvidenceGraphOptions = {
  sources: false,
  registryEdges: false,
  keep: [],
  without: [],
};

/** One undirected edge per connected pair; insertion order follows the full graph's, so results are deterministic. */
export function evidenceGraph(graph: PanelGraph, options: Partial<EvidenceGraphOptions> = {}): EvidenceGraph {
  const { sources, registryEdges, keep, without } = { ...EVIDENCE_GRAPH_DEFAULTS, ...options };
  const projection: EvidenceGraph = new UndirectedGraph();
  graph.forEachNode((id, { label, type }) => {
    if (type !== "source" || sources || keep.includes(id)) projection.addNode(id, { label, type });
  });
  graph.forEachEdge((key, attributes, from, to) => {
    if (from === to || !projection.hasNode(from) || !projection.hasNode(to)) return;
    if (attributes.origin === "registry" && !registryEdges) return;
    if (without.includes(attributes.relation)) return;
    const weight = attributes.origin === "registry" ? 1 : attributes.evidence.length;
    if (projection.hasEdge(from, to)) {
      projection.updateEdgeAttributes(from, to, (a) => ({ weight: a.weight + weight, edges: [...a.edges, key] }));
    } else {
      projection.addEdge(from, to, { weight, edges: [key] });
    }
  });
  return projection;
}
