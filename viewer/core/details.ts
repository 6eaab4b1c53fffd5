// What the lean graph of graph.view.json leaves out (passages, source texts, facts), fetched when a panel needs it:
// a worker parses graph.json once the first frame is drawn and answers per node or edge; the answers are merged
// into the graph, which then holds exactly what graph.json says about those nodes and edges. A graph loaded whole
// (graph.json of a small corpus, a GEXF file) has everything from the start: `WHOLE`.
import type { EdgeAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.ts";

export interface DetailsRequest {
  id: number;
  /** Whole attributes of these nodes. */
  nodes?: string[];
  /** These nodes, all their connections with their passages, and the sources those cite. */
  connectionsOf?: string[];
  /** These edges with their passages, and the sources those cite. */
  edges?: string[];
  /** Everything (the GEXF download). */
  all?: boolean;
}

export type DetailsReply =
  { id: number; nodes: [string, NodeAttributes][]; edges: [string, EdgeAttributes][] } | { id: number; error: string };

export interface Details {
  /** False when everything is in the graph from the start. */
  readonly lazy: boolean;
  /** The node's connections carry their passages (and the node its text and facts). */
  hasConnections(node: string): boolean;
  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
  /** Fills the graph in with what is asked for. */
  load(request: Omit<DetailsRequest, "id" | "all">): Promise<void>;
  /** Fills the whole graph in. */
  loadAll(): Promise<void>;
  destroy(): void;
}

export const WHOLE: Details = {
  lazy: false,
  hasConnections: () => true,
  hasNode: () => true,
  hasEdge: () => true,
  load: async () => {},
  loadAll: async () => {},
  destroy: () => {},
};

/**
 * Details of `graph` (a lean graph) from graph.json at `url`, parsed in a worker that starts once the first frame is
 * drawn (so that it does not compete with it), or at the first request, whichever comes first.
 */
export function detailsFromWorker(graph: PanelGraph, url: string): Details {
  let started: Worker | null = null;
  const worker = () => {
    if (started) return started;
    started = new Worker(new URL("./details-worker.ts", import.meta.url), { type: "module" });
    started.postMessage({ open: new URL(url, location.href).href });
    started.onmessage = receive;
    return started;
  };
  // The second animation frame comes once the first one is on screen; parsing graph.json then no longer competes
  // with drawing it.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(worker, 0)));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const connections = new Set<string>();
  let complete = false;
  let failure: Error | null = null;
  let next = 0;
  const pending = new Map<number, { resolve(): void; reject(error: Error): void; merge(): void }>();
  const mergeReply = (reply: Extract<DetailsReply, { nodes: unknown }>) => {
    // Filled in place, without graphology's update events: nothing the renderer draws changes (x/y, type, label,
    // size and community were all in the lean graph), and Sigma would answer each event by re-indexing the whole graph.
    for (const [id, attributes] of reply.nodes) {
      if (!graph.hasNode(id)) continue;
      const { x, y, ...rest } = attributes;
      Object.assign(graph.getNodeAttributes(id), rest);
      nodes.add(id);
    }
    for (const [key, attributes] of reply.edges) {
      if (!graph.hasEdge(key)) continue;
      Object.assign(graph.getEdgeAttributes(key), attributes);
      edges.add(key);
    }
  };
  const receive = (event: MessageEvent<DetailsReply>) => {
    const reply = event.data;
    if ("error" in reply) {
      const error = new Error(`could not read the passages from ${url}: ${reply.error}`);
      if (reply.id === -1) {
        failure = error;
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      } else pending.get(reply.id)?.reject(error);
      pending.delete(reply.id);
      return;
    }
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    mergeReply(reply);
    request?.merge();
    request?.resolve();
  };
  const ask = (request: Omit<DetailsRequest, "id">, merged: () => void): Promise<void> => {
    if (failure) return Promise.reject(failure);
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, merge: merged });
      worker().postMessage({ ...request, id });
    });
  };
  return {
    lazy: true,
    hasConnections: (node) => complete || connections.has(node),
    hasNode: (node) => complete || nodes.has(node),
    hasEdge: (edge) => complete || edges.has(edge),
    load(request) {
      const wanted = {
        nodes: (request.nodes ?? []).filter((n) => !complete && !nodes.has(n)),
        connectionsOf: (request.connectionsOf ?? []).filter((n) => !complete && !connections.has(n)),
        edges: (request.edges ?? []).filter((e) => !complete && !edges.has(e)),
      };
      if (wanted.nodes.length + wanted.connectionsOf.length + wanted.edges.length === 0) return Promise.resolve();
      return ask(wanted, () => {
        for (const n of wanted.connectionsOf) {
          connections.add(n);
          nodes.add(n);
        }
      });
    },
    loadAll() {
      if (complete) return Promise.resolve();
      return ask({ all: true }, () => (complete = true));
    },
    destroy: () => started?.terminate(),
  };
}
