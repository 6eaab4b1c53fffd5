// `themes-of <person>`: the themes a person spoke on, each with the passages that say so.
import type { PanelGraph } from "../model/graph.js";
import { byEvidence, byStrength, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface ThemeSpokenOn extends EntityRef {
  evidence: EvidenceItem[];
}

export interface ThemesOf {
  person: EntityRef;
  themes: ThemeSpokenOn[];
}

/** Themes in the order who-spoke-on ranks speakers: strongest evidence, then most passages, then id. */
export function themesOf(graph: PanelGraph, person: string): ThemesOf {
  const found = resolveEntity(graph, person, { types: ["person"] });
  const themes: ThemeSpokenOn[] = [];
  graph.forEachOutEdge(found.id, (_, attributes, __, theme) => {
    if (attributes.relation !== "spoke-on") return;
    themes.push({
      id: theme,
      label: graph.getNodeAttribute(theme, "label"),
      evidence: mergeEvidence([attributes.evidence], byStrength),
    });
  });
  themes.sort(byEvidence);
  return { person: { id: found.id, label: found.label }, themes };
}
