// What an edge says, in words: along the edge (its label), in the hover tooltip and in the evidence drawer.
import type { EdgeAttributes } from "../../src/model/graph.ts";
import { RELATIONS, type Relation } from "../../src/model/vocabulary.ts";

/** A linked-to edge's own wording, each once ("retained; appointed"); else its relation's phrase ("spoke on the theme"). */
export function edgePhrase(attributes: Pick<EdgeAttributes, "relation" | "links">): string {
  const links = attributes.links ?? [];
  if (links.length > 0) return [...new Set(links.map((l) => l.link))].join("; ");
  return RELATIONS[attributes.relation as Relation]?.description ?? attributes.relation;
}
