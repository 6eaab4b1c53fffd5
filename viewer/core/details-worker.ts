// The whole graph.json, parsed off the main thread once the first frame is on screen, handing out what the lean
// graph (graph.view.json) left out: a node's text and facts, its connections' passages, the texts of the sources
// those passages cite. Each answer is O(what was asked), so the page never parses or holds the whole file itself.
import type { EdgeAttributes, NodeAttributes, SerializedPanelGraph } from "../../src/model/graph.ts";
import type { DetailsReply, DetailsRequest } from "./details.ts";

let graph: Promise<{
  nodes: Map<string, NodeAttributes>;
  edges: Map<string, EdgeAttributes>;
  incident: Map<string, string[]>;
}> | null = null;
/** Nodes whose whole attributes the page already has: a source's text goes over once. */
const sent = new Set<string>();

async function open(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  const data = (await response.json()) as SerializedPanelGraph;
  const nodes = new Map<string, NodeAttributes>();
  for (const node of data.nodes) nodes.set(node.key, node.attributes as NodeAttributes);
  const edges = new Map<string, EdgeAttributes>();
  const incident = new Map<string, string[]>();
  const add = (node: string, edge: string) => {
    const list = incident.get(node);
    if (list) list.push(edge);
    else incident.set(node, [edge]);
  };
  for (const edge of data.edges) {
    const key = edge.key!;
    edges.set(key, edge.attributes as EdgeAttributes);
    add(edge.source, key);
    if (edge.target !== edge.source) add(edge.target, key);
  }
  return { nodes, edges, incident };
}

async function answer(request: DetailsRequest): Promise<DetailsReply> {
  if (!graph) throw new Error("graph.json was not opened");
  const { nodes, edges, incident } = await graph;
  const replyNodes: [string, NodeAttributes][] = [];
  const replyEdges: [string, EdgeAttributes][] = [];
  const node = (id: string) => {
    if (sent.has(id) && !request.all) return;
    const attributes = nodes.get(id);
    if (!attributes) return;
    sent.add(id);
    replyNodes.push([id, attributes]);
  };
  const edge = (key: string) => {
    const attributes = edges.get(key);
    if (!attributes) return;
    replyEdges.push([key, attributes]);
    // The cited sources' texts give each passage its line.
    for (const e of attributes.evidence) node(e.source);
  };
  if (request.all) {
    for (const id of nodes.keys()) node(id);
    for (const key of edges.keys()) edge(key);
  }
  for (const id of request.nodes ?? []) node(id);
  for (const id of request.connectionsOf ?? []) {
    node(id);
    for (const key of incident.get(id) ?? []) edge(key);
  }
  for (const key of request.edges ?? []) edge(key);
  return { id: request.id, nodes: replyNodes, edges: replyEdges };
}

self.onmessage = (event: MessageEvent<DetailsRequest | { open: string }>) => {
  const message = event.data;
  if ("open" in message) {
    graph = open(message.open);
    graph.catch((error: Error) => postMessage({ id: -1, error: error.message }));
    return;
  }
  answer(message).then(
    (reply) => postMessage(reply),
    (error: Error) => postMessage({ id: message.id, error: error.message }),
  );
};
