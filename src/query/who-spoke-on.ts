// `who-spoke-on <theme>`: the people who spoke on a theme or any of its sub-themes in their own words, strongest
// evidence first; then the panels that agreed on it as a whole ("the panellists agreed that …"), with their members.
import type { PanelGraph } from "../model/graph.js";
import { countStatements } from "../model/evidence.js";
import type { EvidenceKind } from "../model/vocabulary.js";
import { byStrength, mergeEvidence, strongest, strongestKind } from "./evidence.js";
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
  /** The kind of that strongest evidence. */
  kind: EvidenceKind;
  /** Distinct statements: one quote reported by two sources is one statement with two passages. */
  statements: number;
  /** Strongest kind first, then by source and position; a passage cited for two sub-themes appears once. */
  evidence: EvidenceItem[];
}

/** A member of a panel that agreed on the theme, and whether they also spoke on it in their own words. */
export interface PanelMember extends EntityRef {
  organisations: EntityRef[];
  spokeOnIt: boolean;
}

/** A session whose panel, as a whole, is reported to have agreed on the theme (`agreed-on`). */
export interface AgreeingPanel extends EntityRef {
  /** The themes (the theme itself or its sub-themes) the panel agreed on, by id. */
  themes: EntityRef[];
  members: PanelMember[];
  kind: EvidenceKind;
  statements: number;
  evidence: EvidenceItem[];
}

export interface WhoSpokeOn {
  theme: EntityRef;
  /** People in their own words (a `spoke-on` claim: a direct quote, or speech the source reports of them). */
  speakers: Speaker[];
  /** Panels that agreed on it as a whole: their members did not necessarily say so themselves. */
  panels: AgreeingPanel[];
}

export interface WhoSpokeOnOptions {
  /** Also count speech on the theme's sub-themes (at any depth). */
  subThemes: boolean;
  /** More themes (ids or names) whose speakers join the answer: the union of the themes a word matches. */
  alsoThemes: readonly string[];
}

export const WHO_SPOKE_ON_DEFAULTS: WhoSpokeOnOptions = { subThemes: true, alsoThemes: [] };

const ref = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

/** Evidence lists of the edges of `relation` into any of `themes`, gathered by the node they come from. */
function inEdgesByNode(graph: PanelGraph, themes: string[], relation: string) {
  const byNode = new Map<string, { themes: Set<string>; lists: EvidenceItem[][] }>();
  for (const id of themes) {
    graph.forEachInEdge(id, (_, attributes, from) => {
      if (attributes.relation !== relation) return;
      if (!byNode.has(from)) byNode.set(from, { themes: new Set(), lists: [] });
      byNode.get(from)!.themes.add(id);
      byNode.get(from)!.lists.push(attributes.evidence);
    });
  }
  return byNode;
}

/**
 * Ranks speakers by their strongest kind of evidence (anyone quoted directly above anyone only reported), then by how
 * many distinct statements back them, then by id. Panels come after, by statements then id.
 */
export function whoSpokeOn(graph: PanelGraph, theme: string, options: Partial<WhoSpokeOnOptions> = {}): WhoSpokeOn {
  const { subThemes, alsoThemes } = { ...WHO_SPOKE_ON_DEFAULTS, ...options };
  const found = resolveEntity(graph, theme, { types: ["theme"] });
  const asked = [found.id, ...alsoThemes.map((t) => resolveEntity(graph, t, { types: ["theme"] }).id)];
  const themes = [...new Set(asked.flatMap((id) => [id, ...(subThemes ? subThemesOf(graph, id) : [])]))];

  const speakers: Speaker[] = [...inEdgesByNode(graph, themes, "spoke-on")].map(([id, { lists }]) => {
    const evidence = mergeEvidence(lists, byStrength);
    return {
      ...ref(graph, id),
      organisations: organisationsOf(graph, id),
      score: strongest(evidence),
      kind: strongestKind(evidence)!,
      statements: countStatements(evidence),
      evidence,
    };
  });
  speakers.sort((a, b) => b.score - a.score || b.statements - a.statements || a.id.localeCompare(b.id));

  const spoke = new Set(speakers.map((s) => s.id));
  const panels: AgreeingPanel[] = [...inEdgesByNode(graph, themes, "agreed-on")].map(([id, agreed]) => {
    const evidence = mergeEvidence(agreed.lists, byStrength);
    const members = graph
      .filterInEdges(id, (_, a) => a.relation === "panellist-in")
      .map((e) => graph.source(e))
      .sort()
      .map((person) => ({
        ...ref(graph, person),
        organisations: organisationsOf(graph, person),
        spokeOnIt: spoke.has(person),
      }));
    return {
      ...ref(graph, id),
      themes: [...agreed.themes].sort().map((t) => ref(graph, t)),
      members,
      kind: strongestKind(evidence)!,
      statements: countStatements(evidence),
      evidence,
    };
  });
  panels.sort((a, b) => b.statements - a.statements || a.id.localeCompare(b.id));
  return { theme: { id: found.id, label: found.label }, speakers, panels };
}

/**
 * How many people spoke on the theme itself and how many on it or any of its sub-themes: the one rule by which the CLI's
 * answer and the viewer's theme panel ("Speakers") say why their counts differ.
 */
export function speakerCounts(graph: PanelGraph, theme: string): { own: number; withSubThemes: number } {
  const speakersOf = (themes: string[]) => inEdgesByNode(graph, themes, "spoke-on").size;
  return { own: speakersOf([theme]), withSubThemes: speakersOf([theme, ...subThemesOf(graph, theme)]) };
}

/** "4 on Health inequalities itself, 5 with its sub-themes", or null when the sub-themes add nobody. */
export function speakerCountsNote(graph: PanelGraph, theme: string, name = "this theme"): string | null {
  const { own, withSubThemes } = speakerCounts(graph, theme);
  return withSubThemes > own ? `${own} on ${name}, ${withSubThemes} with its sub-themes` : null;
}
