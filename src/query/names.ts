// How names are compared: case, curly quotes, dashes and spacing do not matter, so `Mayor of London’s …` and
// `mayor of london's …` are the same name.
import type { PanelGraph } from "../model/graph.js";

export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Per graph: normalised name → the nodes whose label or alias it is, in graph order. Built on first use. */
const nameIndexes = new WeakMap<PanelGraph, Map<string, string[]>>();
const watched = new WeakSet<PanelGraph>();

/**
 * The nodes whose label or one of whose aliases is `name` once normalised. The index is built on first use (one pass
 * over the nodes) and dropped whenever a node is added, removed or renamed, so a query costs a lookup, not a pass.
 */
export function nodesNamed(graph: PanelGraph, name: string): readonly string[] {
  let index = nameIndexes.get(graph);
  if (!index) {
    index = new Map();
    graph.forEachNode((id, { label, aliases }) => {
      for (const key of new Set([label, ...aliases].map(normaliseName))) {
        const ids = index!.get(key);
        if (ids) ids.push(id);
        else index!.set(key, [id]);
      }
    });
    nameIndexes.set(graph, index);
    if (!watched.has(graph)) {
      watched.add(graph);
      const drop = () => nameIndexes.delete(graph);
      for (const event of ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const)
        graph.on(event, drop);
    }
  }
  return index.get(normaliseName(name)) ?? [];
}
