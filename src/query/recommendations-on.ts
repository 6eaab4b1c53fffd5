// `recommendations-on <theme>`: the recommendations that address a theme or any of its sub-themes.
import type { PanelGraph } from "../model/graph.js";
import { backersOf, type Backer } from "./coverage.js";
import { byEvidence, byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import { subThemesOf } from "./sub-themes.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface RecommendationOn extends EntityRef {
  /** The recommendation in full. */
  text: string;
  /**
   * Who made or backed it (its `recommends` edges): people first, most passages first, then sessions, organisations
   * and sources, as `query coverage` lists them.
   */
  madeBy: Backer[];
  /** The themes it addresses among the one asked about and its sub-themes. */
  themes: EntityRef[];
  /**
   * Where the recommendation is made (its `recommends` edges) and where it is tied to these themes (its `addresses`
   * edges), by source and position.
   */
  evidence: EvidenceItem[];
}

export interface RecommendationsOn {
  theme: EntityRef;
  recommendations: RecommendationOn[];
}

export interface RecommendationsOnOptions {
  subThemes: boolean;
}

export const RECOMMENDATIONS_ON_DEFAULTS: RecommendationsOnOptions = { subThemes: true };

function madeBy(graph: PanelGraph, recommendation: string): Backer[] {
  const backers = backersOf(graph, recommendation);
  const people = backers
    .filter((b) => b.type === "person")
    .sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id));
  return [...people, ...backers.filter((b) => b.type !== "person")];
}

/** Ordered like speakers: strongest evidence, then most passages, then id. */
export function recommendationsOn(
  graph: PanelGraph,
  theme: string,
  options: Partial<RecommendationsOnOptions> = {},
): RecommendationsOn {
  const { subThemes } = { ...RECOMMENDATIONS_ON_DEFAULTS, ...options };
  const found = resolveEntity(graph, theme, { types: ["theme"] });
  const themes = [found.id, ...(subThemes ? subThemesOf(graph, found.id) : [])];

  const addressed = new Map<string, { themes: string[]; evidence: EvidenceItem[][] }>();
  for (const id of themes) {
    graph.forEachInEdge(id, (_, attributes, recommendation) => {
      if (attributes.relation !== "addresses") return;
      if (graph.getNodeAttribute(recommendation, "type") !== "recommendation") return;
      if (!addressed.has(recommendation)) addressed.set(recommendation, { themes: [], evidence: [] });
      addressed.get(recommendation)!.themes.push(id);
      addressed.get(recommendation)!.evidence.push(attributes.evidence);
    });
  }

  const recommendations: RecommendationOn[] = [...addressed].map(([id, { themes: ids, evidence }]) => {
    const attributes = graph.getNodeAttributes(id);
    const made = graph.filterInEdges(id, (_, a) => a.relation === "recommends");
    return {
      id,
      label: attributes.label,
      text: attributes.text ?? attributes.label,
      madeBy: madeBy(graph, id),
      themes: ids.sort().map((t) => ({ id: t, label: graph.getNodeAttribute(t, "label") })),
      evidence: mergeEvidence([...made.map((e) => graph.getEdgeAttribute(e, "evidence")), ...evidence], byPosition),
    };
  });
  recommendations.sort(byEvidence);
  return { theme: { id: found.id, label: found.label }, recommendations };
}
