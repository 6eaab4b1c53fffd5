// `across-sources`: the entities more than one source names, each with the sources and how many of its passages each
// gives, so a reader can check a person's words and posts across sources. A node's passages are the ones the exports
// count (nodePassages: its edges either way and its facts); a source node is never one of the answers.
import type { PanelGraph } from "../model/graph.js";
import { nodePassages } from "../model/evidence.js";
import type { NodeType } from "../model/vocabulary.js";
import type { EntityRef, TypedEntityRef } from "./types.js";

export interface SourceCount extends EntityRef {
  /** The source's date, when it has one. */
  date?: string;
  /** The entity's passages in this source. */
  passages: number;
}

export interface AcrossSourcesEntry extends TypedEntityRef {
  /** The sources that name it, earliest first (undated last), then by id. */
  sources: SourceCount[];
}

export interface AcrossSources {
  types: NodeType[];
  /** Named in most sources first, then by name. */
  entities: AcrossSourcesEntry[];
}

/** The entities of `types` (default: people) whose passages come from two sources or more. */
export function acrossSources(graph: PanelGraph, types: readonly NodeType[] = ["person"]): AcrossSources {
  const wanted = types.length > 0 ? types : (["person"] as const);
  const entities: AcrossSourcesEntry[] = [];
  graph.forEachNode((id, attributes) => {
    if (!wanted.includes(attributes.type) || attributes.type === "source") return;
    const counts = new Map<string, number>();
    for (const { evidence } of nodePassages(graph, id))
      counts.set(evidence.source, (counts.get(evidence.source) ?? 0) + 1);
    if (counts.size < 2) return;
    const sources = [...counts].map(([source, passages]) => {
      const known = graph.hasNode(source) ? graph.getNodeAttributes(source) : undefined;
      return {
        id: source,
        label: known?.label ?? source,
        ...(known?.date ? { date: known.date } : {}),
        passages,
      };
    });
    sources.sort((a, b) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || a.id.localeCompare(b.id));
    entities.push({ id, label: attributes.label, type: attributes.type, sources });
  });
  entities.sort(
    (a, b) => b.sources.length - a.sources.length || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
  );
  return { types: [...wanted], entities };
}
