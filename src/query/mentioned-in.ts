// What an unknown name's words are about: the entities on the passages that say them (offered by the CLI's answers
// when no name is spelled like what was typed). Apart from src/query/resolve-entity.ts, which the viewer bundles: this
// needs the search index.
import type { PanelGraph } from "../model/graph.js";
import type { NodeType } from "../model/vocabulary.js";
import type { MentionedEntity } from "./errors.js";
import { search } from "./search.js";

/**
 * The entities of these types on the passages that mention every word of `text` (or, when no passage has them all,
 * any of them), with how many such passages each is on, most first, then by id: "funding" is no theme's name, but the
 * passages that say it are about some themes.
 */
export function mentionedIn(graph: PanelGraph, text: string, types: readonly NodeType[]): MentionedEntity[] {
  const passages = (combineWith: "AND" | "OR") =>
    search(graph, text, { combineWith, limit: 200, fuzzy: 0 }).results.filter((hit) => hit.match === "passage");
  const all = passages("AND");
  const counts = new Map<string, number>();
  for (const hit of all.length > 0 ? all : passages("OR")) {
    const on = new Set(hit.supports.flatMap((edge) => [edge.from.id, edge.to.id]));
    for (const id of on) {
      if (types.includes(graph.getNodeAttribute(id, "type"))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([id, passages]) => ({
      id,
      label: graph.getNodeAttribute(id, "label"),
      type: graph.getNodeAttribute(id, "type"),
      passages,
    }));
}
