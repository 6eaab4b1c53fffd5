// `themes-of <person>`: the themes a person spoke on in their own words, each with the passages that say so; then the
// themes a panel they sat on agreed on as a whole.
import { countStatements } from "../model/evidence.js";
import type { PanelGraph } from "../model/graph.js";
import type { EvidenceKind } from "../model/vocabulary.js";
import { byEvidence, byStrength, mergeEvidence, strongestKind } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface ThemeSpokenOn extends EntityRef {
  kind: EvidenceKind;
  /** Distinct statements: one quote reported by two sources is one statement with two passages. */
  statements: number;
  evidence: EvidenceItem[];
}

/** A theme a panel the person sat on agreed on as a whole (`agreed-on`), which they did not speak on themselves. */
export interface ThemeAgreedInPanel extends ThemeSpokenOn {
  /** The sessions whose panel agreed on it. */
  panels: EntityRef[];
}

export interface ThemesOf {
  person: EntityRef;
  themes: ThemeSpokenOn[];
  panelThemes: ThemeAgreedInPanel[];
}

const ref = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

/** Themes in the order who-spoke-on ranks speakers: strongest evidence, then most statements, then id. */
export function themesOf(graph: PanelGraph, person: string): ThemesOf {
  const found = resolveEntity(graph, person, { types: ["person"] });
  const themes: ThemeSpokenOn[] = [];
  graph.forEachOutEdge(found.id, (_, attributes, __, theme) => {
    if (attributes.relation !== "spoke-on") return;
    const evidence = mergeEvidence([attributes.evidence], byStrength);
    themes.push({
      ...ref(graph, theme),
      kind: strongestKind(evidence)!,
      statements: countStatements(evidence),
      evidence,
    });
  });
  themes.sort(byEvidence);

  const own = new Set(themes.map((t) => t.id));
  const agreed = new Map<string, { panels: Set<string>; lists: EvidenceItem[][] }>();
  graph.forEachOutEdge(found.id, (_, a, __, session) => {
    if (a.relation !== "panellist-in") return;
    graph.forEachOutEdge(session, (___, b, ____, theme) => {
      if (b.relation !== "agreed-on" || own.has(theme)) return;
      if (!agreed.has(theme)) agreed.set(theme, { panels: new Set(), lists: [] });
      agreed.get(theme)!.panels.add(session);
      agreed.get(theme)!.lists.push(b.evidence);
    });
  });
  const panelThemes: ThemeAgreedInPanel[] = [...agreed].map(([theme, { panels, lists }]) => {
    const evidence = mergeEvidence(lists, byStrength);
    return {
      ...ref(graph, theme),
      panels: [...panels].sort().map((s) => ref(graph, s)),
      kind: strongestKind(evidence)!,
      statements: countStatements(evidence),
      evidence,
    };
  });
  panelThemes.sort(byEvidence);
  return { person: { id: found.id, label: found.label }, themes, panelThemes };
}
