// How names are compared: case, curly quotes, dashes and spacing do not matter, so `Mayor of London’s …` and
// `mayor of london's …` are the same name.
import type { PanelGraph } from "../model/graph.js";
import { graphMemo } from "./graph-memo.js";

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

/**
 * The nodes whose label or one of whose aliases is `name` once normalised, in graph order. The index is built on first
 * use (one pass over the nodes) and again after the graph changes, so a query costs a lookup, not a pass.
 */
export function nodesNamed(graph: PanelGraph, name: string): readonly string[] {
  const index = graphMemo(graph, "names", () => {
    const built = new Map<string, string[]>();
    graph.forEachNode((id, { label, aliases }) => {
      for (const key of new Set([label, ...aliases].map(normaliseName))) {
        const ids = built.get(key);
        if (ids) ids.push(id);
        else built.set(key, [id]);
      }
    });
    return built;
  });
  return index.get(normaliseName(name)) ?? [];
}
