// The organisations a person is affiliated with, as the sources give them.
import type { PanelGraph } from "../model/graph.js";
import { graphMemo } from "./graph-memo.js";
import type { EntityRef } from "./types.js";

/**
 * By id. From an index of every affiliation, built in one pass over the edges on first use and again after the graph
 * changes: who-spoke-on asks for every speaker of a theme, and the busiest speakers have hundreds of edges to walk
 * past for their one or two organisations.
 */
export function organisationsOf(graph: PanelGraph, person: string): EntityRef[] {
  const affiliations = graphMemo(graph, "organisations", () => {
    const index = new Map<string, EntityRef[]>();
    graph.forEachEdge((_, attributes, from, organisation, __, { label }) => {
      if (attributes.relation !== "affiliated-with") return;
      const list = index.get(from);
      if (list) list.push({ id: organisation, label });
      else index.set(from, [{ id: organisation, label }]);
    });
    for (const list of index.values()) list.sort((a, b) => a.id.localeCompare(b.id));
    return index;
  });
  return (affiliations.get(person) ?? []).map((o) => ({ ...o }));
}
