// The organisations a person is affiliated with, as the sources give them.
import type { PanelGraph } from "../model/graph.js";
import type { EntityRef } from "./types.js";

export function organisationsOf(graph: PanelGraph, person: string): EntityRef[] {
  const organisations: EntityRef[] = [];
  graph.forEachOutEdge(person, (_, attributes, __, organisation) => {
    if (attributes.relation !== "affiliated-with") return;
    organisations.push({ id: organisation, label: graph.getNodeAttribute(organisation, "label") });
  });
  return organisations.sort((a, b) => a.id.localeCompare(b.id));
}
