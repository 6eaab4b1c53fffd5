// Suggestions for the search box and "Who spoke on", from the matcher every CLI question uses
// (src/query/match-names.ts: id, exact name, whole word, prefix, plural/singular, typo), so what the boxes offer first
// is what `panelgraph query` would answer. The names are prepared once (at 50,000 nodes that takes a moment); labels,
// aliases and connections do not change when the passages load, so the prepared names stay right.
import type { PanelGraph } from "../../src/model/graph.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import { NameCatalogue, type MatchTier } from "../../src/query/match-names.ts";

export interface NameMatch {
  id: string;
  label: string;
  type: string;
  /** The alias that matched, when the label did not. */
  alias?: string;
  /** How it matched; null for a nearest name offered when nothing matched. */
  tier: MatchTier | null;
}

export interface NameSuggestions {
  query: string;
  /** Best first. */
  matches: NameMatch[];
  /**
   * `match`: names that match; `typo`: nothing matched but names a typo or two away (the CLI answers the first);
   * `nearest`: nothing matched, these are only the nearest names (the CLI exits 1 with them); `none`: not even that.
   */
  kind: "match" | "typo" | "nearest" | "none";
}

export interface NameIndex {
  find(query: string, options?: { types?: readonly NodeType[]; limit?: number }): NameSuggestions;
  /** The entity the CLI would answer for `query`, or null: the first match (a typo match included). */
  best(query: string, types?: readonly NodeType[]): string | null;
}

const catalogues = new WeakMap<PanelGraph, NameCatalogue>();

/**
 * The graph's prepared names, built once for the page's graph (not again when its passages load: the names and
 * connections stay the same), for the boxes here and for the who-spoke-on answer.
 */
export function namesOf(graph: PanelGraph): NameCatalogue {
  let catalogue = catalogues.get(graph);
  if (!catalogue) catalogues.set(graph, (catalogue = new NameCatalogue(graph)));
  return catalogue;
}

export function createNameIndex(graph: PanelGraph): NameIndex {
  const catalogue = namesOf(graph);
  return {
    find(query, { types = [], limit = 12 } = {}) {
      if (query.trim() === "") return { query, matches: [], kind: "none" };
      const found = catalogue.match(query, { types });
      if (found.length > 0) {
        const matches = found.slice(0, limit).map(({ id, label, type, name, tier }) => ({
          id,
          label,
          type,
          tier,
          ...(name !== label && name !== id ? { alias: name } : {}),
        }));
        return { query, matches, kind: found[0]!.tier === "typo" ? "typo" : "match" };
      }
      const nearest = catalogue.nearest(query, types, Math.min(limit, 5));
      return {
        query,
        matches: nearest.map(({ id, label, type }) => ({ id, label, type, tier: null })),
        kind: nearest.length > 0 ? "nearest" : "none",
      };
    },
    best(query, types = []) {
      const [first, second] = catalogue.match(query, { types });
      // Two entities with the name exactly: the CLI asks which one is meant.
      const exact = (tier?: MatchTier) => tier === "id" || tier === "exact";
      if (exact(first?.tier) && second?.tier === first?.tier) return null;
      return first?.id ?? null;
    },
  };
}
