// Looking entities up by name, compared as src/model/names.ts compares them (as validate does when it warns of a name
// two entities share).
import type { PanelGraph } from "../model/graph.js";
import { normaliseName } from "../model/names.js";
import { graphMemo } from "./graph-memo.js";

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
