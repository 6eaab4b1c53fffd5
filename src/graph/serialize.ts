// graph.json: graphology's serialisation format (so `MultiDirectedGraph.from(json)` reads it back), written with
// sorted node and edge order and without timestamps, so the same corpus gives the same bytes.
//
// graph.view.json: what the viewer needs for its first frame of a large graph (positions, types, labels, communities,
// centrality, edge endpoints and relations), without the passages, source texts and facts, which it fetches from
// graph.json once the picture is on screen. graph.json itself stays the whole graph.
import { MultiDirectedGraph } from "graphology";
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  PanelGraph,
  SerializedPanelGraph,
} from "../model/graph.js";

export function serializeGraph(graph: PanelGraph): string {
  const data = graph.export() as SerializedPanelGraph;
  // graphology adds `undirected: false` to every directed edge; the graph's options already say it is directed.
  for (const edge of data.edges) delete edge.undirected;
  return `${JSON.stringify(data, null, 1)}\n`;
}

export function deserializeGraph(json: string | SerializedPanelGraph): PanelGraph {
  const data = typeof json === "string" ? (JSON.parse(json) as SerializedPanelGraph) : json;
  return MultiDirectedGraph.from(data) as PanelGraph;
}

export const VIEWER_PAYLOAD_FORMAT = "panelgraph-view/1";

/** A node without its text and facts: `[key, attributes]`. */
type LeanNode = [string, Omit<NodeAttributes, "text" | "facts">];
/**
 * An edge without its passages: `[key or 0, source index, target index, relation, weight, source indices, rest]`. The
 * key is 0 when it is the usual `relation:source->target`; sources are indices into `sourceNames`; `rest`
 * holds what is not the default (`origin` other than annotation, roles and links without their passages, notes), or
 * 0.
 */
type LeanEdge = [
  string | 0,
  number,
  number,
  EdgeAttributes["relation"],
  number,
  number[],
  Partial<Pick<EdgeAttributes, "origin" | "roles" | "periods" | "links" | "notes">> | 0,
];

export interface ViewerPayload {
  format: typeof VIEWER_PAYLOAD_FORMAT;
  /** The size of the graph.json written with it, in bytes: the viewer uses this file only beside that graph.json. */
  graphBytes: number;
  attributes: GraphAttributes;
  /** The sources edges cite, by index. */
  sourceNames: string[];
  nodes: LeanNode[];
  edges: LeanEdge[];
}

/** graph.view.json for `graph`, whose graph.json is `graphBytes` long. */
export function serializeViewerPayload(graph: PanelGraph, graphBytes: number): string {
  const nodeIndex = new Map<string, number>();
  const nodes: LeanNode[] = graph.mapNodes((key, attributes) => {
    nodeIndex.set(key, nodeIndex.size);
    const { text: _text, facts: _facts, ...lean } = attributes;
    return [key, lean];
  });
  const sourceNames: string[] = [];
  const sourceIndex = new Map<string, number>();
  const indexOfSource = (s: string) => {
    if (!sourceIndex.has(s)) {
      sourceIndex.set(s, sourceNames.length);
      sourceNames.push(s);
    }
    return sourceIndex.get(s)!;
  };
  const edges: LeanEdge[] = graph.mapEdges((key, a, source, target) => {
    const rest: Partial<Pick<EdgeAttributes, "origin" | "roles" | "periods" | "links" | "notes">> = {};
    if (a.origin !== "annotation") rest.origin = a.origin;
    if (a.roles) rest.roles = a.roles.map((r) => ({ ...r, evidence: [] }));
    if (a.periods) rest.periods = a.periods;
    if (a.links) rest.links = a.links.map((l) => ({ ...l, evidence: [] }));
    if (a.notes) rest.notes = a.notes;
    return [
      key === `${a.relation}:${source}->${target}` ? 0 : key,
      nodeIndex.get(source)!,
      nodeIndex.get(target)!,
      a.relation,
      a.weight,
      a.sources.map(indexOfSource),
      Object.keys(rest).length > 0 ? rest : 0,
    ];
  });
  const payload: ViewerPayload = {
    format: VIEWER_PAYLOAD_FORMAT,
    graphBytes,
    attributes: graph.getAttributes(),
    sourceNames,
    nodes,
    edges,
  };
  return `${JSON.stringify(payload)}\n`;
}

/**
 * The graph of a graph.view.json: every node and edge of the whole graph, with empty `evidence` and `facts`, no `text`,
 * and roles and links without their passages, until the viewer fills them in from graph.json.
 */
export function deserializeViewerPayload(json: string | ViewerPayload): PanelGraph {
  const payload = typeof json === "string" ? (JSON.parse(json) as ViewerPayload) : json;
  if (payload.format !== VIEWER_PAYLOAD_FORMAT) {
    throw new Error(`graph.view.json is in format ${String(payload.format)}, not ${VIEWER_PAYLOAD_FORMAT}; rebuild it`);
  }
  const sourceNames = payload.sourceNames;
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
  const keys = payload.nodes.map(([key]) => key);
  for (const [key, attributes] of payload.nodes) graph.addNode(key, { ...attributes, facts: [] });
  for (const [key, s, t, relation, weight, sources, rest] of payload.edges) {
    const source = keys[s]!;
    const target = keys[t]!;
    graph.addEdgeWithKey(key === 0 ? `${relation}:${source}->${target}` : key, source, target, {
      relation,
      evidence: [],
      sources: sources.map((i) => sourceNames[i]!),
      weight,
      origin: "annotation",
      ...(rest === 0 ? {} : rest),
    });
  }
  graph.replaceAttributes(payload.attributes);
  return graph;
}
