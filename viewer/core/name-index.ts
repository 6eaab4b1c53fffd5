// Autocomplete over labels and aliases, compared as the CLI compares names (src/model/names.ts: case, Unicode form,
// curly quotes, dashes and spacing do not matter), so what the search box offers is what `panelgraph query` would accept.
import type { PanelGraph } from "../../src/model/graph.ts";
import { normaliseName } from "../../src/model/names.ts";

export interface NameMatch {
  id: string;
  label: string;
  type: string;
  /** The alias that matched, when the label did not. */
  alias?: string;
}

interface Entry {
  id: string;
  label: string;
  type: string;
  /** Normalised label first, then aliases and the id. */
  names: { name: string; original: string }[];
  weight: number;
}

export interface NameIndex {
  find(query: string, options?: { types?: readonly string[]; limit?: number }): NameMatch[];
}

/**
 * Ranks a label that starts with the query above one with a word that does, above an alias that starts with it, above
 * any other containing match; then the more central node first, then by label and id (deterministic).
 */
export function createNameIndex(graph: PanelGraph): NameIndex {
  const entries: Entry[] = graph.mapNodes((id, attributes) => ({
    id,
    label: attributes.label,
    type: attributes.type,
    names: [attributes.label, ...attributes.aliases, id].map((original) => ({
      name: normaliseName(original),
      original,
    })),
    weight: attributes.centrality ?? graph.degree(id) / Math.max(1, graph.size),
  }));

  return {
    find(query, { types, limit = 12 } = {}) {
      const key = normaliseName(query);
      if (key === "") return [];
      const scored: { entry: Entry; score: number; alias?: string }[] = [];
      for (const entry of entries) {
        if (types && !types.includes(entry.type)) continue;
        let best = 0;
        let alias: string | undefined;
        entry.names.forEach(({ name, original }, i) => {
          const isLabel = i === 0;
          let score = 0;
          if (name === key) score = isLabel ? 6 : 5;
          else if (name.startsWith(key)) score = isLabel ? 4 : 3;
          else if (name.includes(` ${key}`) || name.includes(`-${key}`)) score = isLabel ? 2.5 : 2;
          else if (name.includes(key)) score = 1;
          if (score > best) {
            best = score;
            alias = isLabel || original === entry.id ? undefined : original;
          }
        });
        if (best > 0) scored.push({ entry, score: best, ...(alias !== undefined ? { alias } : {}) });
      }
      scored.sort(
        (a, b) =>
          b.score - a.score ||
          b.entry.weight - a.entry.weight ||
          a.entry.label.localeCompare(b.entry.label) ||
          a.entry.id.localeCompare(b.entry.id),
      );
      return scored.slice(0, limit).map(({ entry, alias }) => ({
        id: entry.id,
        label: entry.label,
        type: entry.type,
        ...(alias !== undefined ? { alias } : {}),
      }));
    },
  };
}
