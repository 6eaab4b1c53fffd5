// `coverage`: traceability between testimony and recommendations. For each recommendation, who made it and in which
// words, which themes it addresses and who else spoke on them; then the themes people raised that no recommendation
// addresses.
import type { PanelGraph } from "../model/graph.js";
import { byPosition, byStrength, mergeEvidence } from "./evidence.js";
import { subThemesOf } from "./sub-themes.js";
import type { EntityRef, EvidenceItem, TypedEntityRef } from "./types.js";

/** Someone or something that made or backed the recommendation (a `recommends` edge), with the passages. */
export interface Backer extends TypedEntityRef {
  evidence: EvidenceItem[];
}

/** A person who spoke on a theme the recommendation addresses, but is not recorded as making it. */
export interface RelatedSpeaker extends EntityRef {
  themes: EntityRef[];
  evidence: EvidenceItem[];
}

/**
 * `no-speaker`: no person is recorded making it (only a session, organisation or source); `one-speaker`: exactly one
 * person; `one-source`: every passage that makes it comes from one source.
 */
export type CoverageFlag = "no-speaker" | "one-speaker" | "one-source";

export interface RecommendationCoverage extends EntityRef {
  text: string;
  themes: EntityRef[];
  /** People who made or backed it, strongest evidence first. */
  speakers: Backer[];
  /** Sessions, organisations and sources that made it. */
  otherBackers: Backer[];
  /** People who spoke on its themes (or their sub-themes) without being recorded as making it. */
  relatedSpeakers: RelatedSpeaker[];
  /** The sources of the passages that make it. */
  sources: string[];
  flags: CoverageFlag[];
}

export interface UnaddressedTheme extends EntityRef {
  /** People who spoke on it in their own words. */
  speakers: EntityRef[];
  /** Sessions whose panel agreed on it as a whole. */
  panels: EntityRef[];
  /** Passages in which people spoke on it. */
  passages: number;
}

export interface Coverage {
  recommendations: RecommendationCoverage[];
  /**
   * Themes people spoke on, or a panel agreed on, that no recommendation addresses, neither directly nor through a
   * sub-theme.
   */
  unaddressedThemes: UnaddressedTheme[];
}

export interface CoverageOptions {
  /** Count speech on a sub-theme as speech on the theme a recommendation addresses. */
  subThemes: boolean;
}

export const COVERAGE_DEFAULTS: CoverageOptions = { subThemes: true };

/** Who or what made or backed a recommendation (its `recommends` edges), by id; passages strongest first. */
export function backersOf(graph: PanelGraph, recommendation: string): Backer[] {
  return graph
    .filterInEdges(recommendation, (_, a) => a.relation === "recommends")
    .map((e) => {
      const backer = graph.source(e);
      const { type } = graph.getNodeAttributes(backer);
      return {
        ...label(graph, backer),
        type,
        evidence: mergeEvidence([graph.getEdgeAttribute(e, "evidence")], byStrength),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const label = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

/** Recommendations with the thinnest support come first (fewest speakers, then fewest sources), then by id. */
export function coverage(graph: PanelGraph, options: Partial<CoverageOptions> = {}): Coverage {
  const { subThemes } = { ...COVERAGE_DEFAULTS, ...options };
  const family = (theme: string) => [theme, ...(subThemes ? subThemesOf(graph, theme) : [])];

  const recommendations: RecommendationCoverage[] = graph
    .filterNodes((_, a) => a.type === "recommendation")
    .map((id) => {
      const themes = graph
        .filterOutEdges(id, (_, a) => a.relation === "addresses")
        .map((e) => graph.target(e))
        .sort();
      const backers = backersOf(graph, id);
      const speakers = backers.filter((b) => b.type === "person");
      const related = new Map<string, { themes: Set<string>; evidence: EvidenceItem[][] }>();
      for (const theme of themes) {
        for (const t of family(theme)) {
          graph.forEachInEdge(t, (_, a, person) => {
            if (a.relation !== "spoke-on" || speakers.some((s) => s.id === person)) return;
            if (!related.has(person)) related.set(person, { themes: new Set(), evidence: [] });
            related.get(person)!.themes.add(t);
            related.get(person)!.evidence.push(a.evidence);
          });
        }
      }
      const made = backers.flatMap((b) => b.evidence);
      const sources = [...new Set(made.map((e) => e.source))].sort();
      const flags: CoverageFlag[] = [];
      if (speakers.length === 0) flags.push("no-speaker");
      if (speakers.length === 1) flags.push("one-speaker");
      if (sources.length === 1) flags.push("one-source");
      const attributes = graph.getNodeAttributes(id);
      return {
        id,
        label: attributes.label,
        text: attributes.text ?? attributes.label,
        themes: themes.map((t) => label(graph, t)),
        speakers: speakers.sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id)),
        otherBackers: backers.filter((b) => b.type !== "person"),
        relatedSpeakers: [...related]
          .map(([person, r]) => ({
            ...label(graph, person),
            themes: [...r.themes].sort().map((t) => label(graph, t)),
            evidence: mergeEvidence(r.evidence, byStrength),
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
        sources,
        flags,
      };
    });
  recommendations.sort(
    (a, b) => a.speakers.length - b.speakers.length || a.sources.length - b.sources.length || a.id.localeCompare(b.id),
  );

  // A theme counts as addressed when a recommendation addresses it or one of its sub-themes: a narrower
  // recommendation still answers the broader theme, while a broad one does not answer every narrower theme.
  const addressed = new Set<string>();
  graph.forEachEdge((_, a, from, to) => {
    if (a.relation === "addresses" && graph.getNodeAttribute(from, "type") === "recommendation") addressed.add(to);
  });
  const unaddressedThemes: UnaddressedTheme[] = graph
    .filterNodes((id, a) => a.type === "theme" && !family(id).some((t) => addressed.has(t)))
    .map((id) => {
      const spoke = graph.filterInEdges(id, (_, a) => a.relation === "spoke-on");
      const agreed = graph.filterInEdges(id, (_, a) => a.relation === "agreed-on");
      return {
        ...label(graph, id),
        speakers: spoke.map((e) => label(graph, graph.source(e))).sort((a, b) => a.id.localeCompare(b.id)),
        panels: agreed.map((e) => label(graph, graph.source(e))).sort((a, b) => a.id.localeCompare(b.id)),
        passages: mergeEvidence(
          [...spoke, ...agreed].map((e) => graph.getEdgeAttribute(e, "evidence")),
          byPosition,
        ).length,
      };
    })
    .filter((t) => t.speakers.length > 0 || t.panels.length > 0)
    .sort(
      (a, b) =>
        b.speakers.length - a.speakers.length ||
        b.panels.length - a.panels.length ||
        b.passages - a.passages ||
        a.id.localeCompare(b.id),
    );

  return { recommendations, unaddressedThemes };
}
