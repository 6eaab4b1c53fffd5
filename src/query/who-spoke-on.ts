// `who-spoke-on <theme>`: the people who spoke on a theme or any of its sub-themes, strongest evidence first.
import type { PanelGraph } from "../model/graph.js";
import { byStrength, mergeEvidence, strongest } from "./evidence.js";
import { organisationsOf } from "./organisations-of.js";
import { resolveEntity } from "./resolve-entity.js";
import { subThemesOf } from "./sub-themes.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface Speaker {
  id: string;
  label: string;
  organisations: EntityRef[];
  /** The strength of the speaker's strongest evidence: 3 direct quote, 2 reported speech, 1 panel-level summary. */
  score: number;
  /** Strongest kind first, then by source and position; a passage cited for two sub-themes appears once. */
  evidence: EvidenceItem[];
}

export interface WhoSpokeOn {
  theme: EntityRef;
  speakers: Speaker[];
}

export interface WhoSpokeOnOptions {
  /** Also count speech on the theme's sub-themes (at any depth). */
  subThemes: boolean;
  /** More themes (ids or names) whose speakers join the answer: the union of the themes a word matches. */
  alsoThemes: readonly string[];
}

export const WHO_SPOKE_ON_DEFAULTS: WhoSpokeOnOptions = { subThemes: true, alsoThemes: [] };

/**
 * Ranks speakers by their strongest kind of evidence (anyone quoted directly above anyone only reported, above anyone
 * only named in a panel summary), then by how many passages back them, then by id.
 */
export function whoSpokeOn(graph: PanelGraph, theme: string, options: Partial<WhoSpokeOnOptions> = {}): WhoSpokeOn {
  const { subThemes, alsoThemes } = { ...WHO_SPOKE_ON_DEFAULTS, ...options };
  const found = resolveEntity(graph, theme, { types: ["theme"] });
  const asked = [found.id, ...alsoThemes.map((t) => resolveEntity(graph, t, { types: ["theme"] }).id)];
  const themes = [...new Set(asked.flatMap((id) => [id, ...(subThemes ? subThemesOf(graph, id) : [])]))];

  const byPerson = new Map<string, EvidenceItem[][]>();
  for (const id of themes) {
    graph.forEachInEdge(id, (_, attributes, person) => {
      if (attributes.relation !== "spoke-on") return;
      if (!byPerson.has(person)) byPerson.set(person, []);
      byPerson.get(person)!.push(attributes.evidence);
    });
  }

  const speakers: Speaker[] = [...byPerson].map(([id, lists]) => {
    const evidence = mergeEvidence(lists, byStrength);
    return {
      id,
      label: graph.getNodeAttribute(id, "label"),
      organisations: organisationsOf(graph, id),
      score: strongest(evidence),
      evidence,
    };
  });
  speakers.sort((a, b) => b.score - a.score || b.evidence.length - a.evidence.length || a.id.localeCompare(b.id));
  return { theme: { id: found.id, label: found.label }, speakers };
}
