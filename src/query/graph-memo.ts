// Indexes the queries build once per graph (names, organisations) and drop whenever the graph changes, so a query on
// a large graph costs lookups, and a changed graph (the viewer's, a test's) is never answered from a stale index.
import type { PanelGraph } from "../model/graph.js";

/** Every event graphology emits for a change to nodes, edges or attributes. */
const CHANGES = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "attributesUpdated",
  "nodeAttributesUpdated",
  "edgeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
] as const;

const memos = new WeakMap<PanelGraph, Map<string, unknown>>();

/** `build()`'s value for this graph, built on first use and again after any change to the graph. */
export function graphMemo<T>(graph: PanelGraph, name: string, build: () => T): T {
  let memo = memos.get(graph);
  if (!memo) {
    const fresh = new Map<string, unknown>();
    memos.set(graph, fresh);
    for (const event of CHANGES) graph.on(event, () => fresh.clear());
    memo = fresh;
  }
  if (!memo.has(name)) memo.set(name, build());
  return memo.get(name) as T;
}
