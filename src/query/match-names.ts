// Finding entities by what a user types, for every question that takes a name (src/query/resolve-entity.ts) and for
// the viewer's search and "Who spoke on" boxes (viewer/core/name-index.ts): one matcher, so the CLI and the viewer
// find the same entity for the same text. Documented for users in docs/cli.md, "How names are matched".
import type { PanelGraph } from "../model/graph.js";
import { normaliseName } from "../model/names.js";
import { typoDistance } from "../model/nearest.js";
import { NODE_TYPES, type NodeType } from "../model/vocabulary.js";
import { graphMemo } from "./graph-memo.js";
import type { TypedEntityRef } from "./types.js";

/**
 * How a name matched, best first: `id` the entity's id; `exact` a label or alias (case, Unicode form, quote marks,
 * dashes and spacing aside, as src/model/names.ts compares names); `word` every typed word is a whole word of it; `prefix` every typed word
 * starts a word of it (or the text starts it); `plural` a typed word matches a word once plural or singular (s, es,
 * ies); `typo` a typed word is a few letters off a word (or the text off the whole name), see `typoAllowance`.
 */
export const MATCH_TIERS = ["id", "exact", "word", "prefix", "plural", "typo"] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface EntityMatch extends TypedEntityRef {
  tier: MatchTier;
  /** The label, alias or id that matched (as written in the registry). */
  name: string;
  /** Letters changed, dropped, added or swapped, for a `typo` match; 0 for the others. */
  distance: number;
}

export interface MatchOptions {
  /** Only entities of these types; all types if empty. */
  types: readonly NodeType[];
  /** `fallback`: typo matches only when no entity of the wanted types matches better; `never`: none. */
  typos: "fallback" | "never";
}

export const MATCH_DEFAULTS: MatchOptions = { types: [], typos: "fallback" };

/** Typos allowed in a typed word (or whole name) of this many letters: none up to 2, one up to 5, two beyond. */
export function typoAllowance(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/** The words of a name: normalised (src/model/names.ts), possessive `'s` and apostrophes dropped, split at anything not a letter or digit. */
export function nameWords(text: string): string[] {
  return normaliseName(text)
    .replace(/'s\b/g, "")
    .replace(/['"]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The word and the singulars simple English plurals would give (`cities` → city, `taxes` → tax, `houses` → house). */
export function singularForms(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  return forms;
}

interface PreparedName {
  original: string;
  key: string;
  /** The words joined by one space: the key with punctuation aside (for typos across the whole name). */
  compact: string;
  words: string[];
  wordSet: Set<string>;
  forms: Set<string>;
}

interface Entry {
  id: string;
  label: string;
  type: NodeType;
  degree: number;
  /** The label, then the aliases, then the id. */
  names: PreparedName[];
  idName: PreparedName;
}

function prepare(original: string): PreparedName {
  const words = nameWords(original);
  return {
    original,
    key: normaliseName(original),
    compact: words.join(" "),
    words,
    wordSet: new Set(words),
    forms: new Set(words.flatMap(singularForms)),
  };
}

interface Query {
  text: string;
  key: string;
  compact: string;
  words: string[];
}

const TIER_RANK = new Map(MATCH_TIERS.map((t, i) => [t, i]));
const TYPE_RANK = new Map(NODE_TYPES.map((t, i) => [t, i]));

/** How one typed word meets one name: 0 whole word, 1 prefix, 2 plural/singular, 3 + typos, or null. */
function wordLevel(word: string, name: PreparedName, typos: boolean): number | null {
  if (name.wordSet.has(word)) return 0;
  if (name.words.some((w) => w.startsWith(word))) return 1;
  if (singularForms(word).some((f) => name.forms.has(f))) return 2;
  if (!typos) return null;
  const allowance = typoAllowance(word.length);
  if (allowance === 0) return null;
  let best: number | null = null;
  for (const w of name.words) {
    const d = typoDistance(word, w, allowance);
    if (d <= allowance && (best === null || d < best)) best = d;
  }
  return best === null ? null : 3 + best;
}

/** The tier (as a rank) and typo distance of a name for the query, or null when it does not match. */
function matchName(query: Query, name: PreparedName, typos: boolean): { rank: number; distance: number } | null {
  // Exact as validate compares names (src/model/names.ts), so a name it lets pass as two is never ambiguous here; the
  // same words with other punctuation are a whole-word match.
  if (name.key === query.key) return { rank: 1, distance: 0 };
  if (query.words.length === 0) return null;
  let worst = 0;
  let distance = 0;
  for (const word of query.words) {
    const level = wordLevel(word, name, typos);
    if (level === null) {
      worst = -1;
      break;
    }
    worst = Math.max(worst, Math.min(level, 3));
    if (level >= 3) distance += level - 3;
  }
  if (worst !== -1) {
    const byWords = { rank: 2 + worst, distance };
    // A text that starts the name is a prefix match even where its last word is cut at punctuation.
    if (byWords.rank > 3 && name.key.startsWith(query.key)) return { rank: 3, distance: 0 };
    return byWords;
  }
  if (name.key.startsWith(query.key)) return { rank: 3, distance: 0 };
  if (!typos) return null;
  // The text against the whole name, for typos across a word boundary ("healthinequalities").
  const allowance = typoAllowance(query.compact.length);
  const whole = typoDistance(query.compact, name.compact, allowance);
  return whole <= allowance && allowance > 0 ? { rank: 5, distance: whole } : null;
}

interface Scored {
  entry: Entry;
  name: PreparedName;
  rank: number;
  distance: number;
}

const onLabel = (s: Scored) => (s.name.original === s.entry.label ? 0 : 1);

/**
 * Within a tier: fewer typos, then a match on the label before one on an alias or the id (the label is the name the
 * corpus gives the entity), then the shorter matched name (fewer words the user did not type), then the entity with
 * more connections, then the schema's type order, then the id: the same order every time.
 */
function byRank(a: Scored, b: Scored): number {
  return (
    a.rank - b.rank ||
    a.distance - b.distance ||
    onLabel(a) - onLabel(b) ||
    a.name.key.length - b.name.key.length ||
    b.entry.degree - a.entry.degree ||
    TYPE_RANK.get(a.entry.type)! - TYPE_RANK.get(b.entry.type)! ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/** Every entity's names, prepared once, to match typed text against. */
export class NameCatalogue {
  private readonly entries: Entry[];

  constructor(graph: PanelGraph) {
    this.entries = graph.mapNodes((id, attributes) => ({
      id,
      label: attributes.label,
      type: attributes.type,
      degree: graph.degree(id),
      names: [...new Set([attributes.label, ...attributes.aliases, id])].map(prepare),
      idName: prepare(id),
    }));
  }

  /** Every entity the text matches, best first (see MATCH_TIERS and `byRank`). */
  match(text: string, options: Partial<MatchOptions> = {}): EntityMatch[] {
    const { types, typos } = { ...MATCH_DEFAULTS, ...options };
    const words = nameWords(text);
    const query: Query = { text, key: normaliseName(text), compact: words.join(" "), words };
    if (query.key === "") return [];
    const wanted = (entry: Entry) => types.length === 0 || types.includes(entry.type);
    const found = this.scan(query, wanted, false);
    const result = found.length > 0 || typos === "never" ? found : this.scan(query, wanted, true);
    return result.map(({ entry, name, rank, distance }) => ({
      id: entry.id,
      label: entry.label,
      type: entry.type,
      tier: MATCH_TIERS[rank]!,
      name: name.original,
      distance,
    }));
  }

  /**
   * For "did you mean" when nothing matches: up to `limit` entities whose name is near the text as a whole (within
   * half its length in edits, or containing it) or shares a related word with it (one containing the other, or a
   * third of its letters off), fewest unrelated words first, then as `byRank` orders a tier.
   */
  nearest(text: string, types: readonly NodeType[] = [], limit = 3): TypedEntityRef[] {
    const words = nameWords(text);
    const compact = words.join(" ");
    if (compact === "") return [];
    const wholeMax = Math.max(2, Math.floor(compact.length / 2));
    const related = (w: string, n: string) =>
      n.includes(w) ||
      (n.length >= 3 && w.includes(n)) ||
      typoDistance(w, n, Math.floor(w.length / 3)) <= Math.floor(w.length / 3);
    const scored: Scored[] = [];
    for (const entry of this.entries) {
      if (types.length > 0 && !types.includes(entry.type)) continue;
      let best: Scored | null = null;
      for (const name of entry.names) {
        let score = Infinity;
        if (name.compact.includes(compact) || compact.includes(name.compact)) score = 1;
        else score = Math.min(score, typoDistance(compact, name.compact, wholeMax));
        if (score > wholeMax) score = Infinity;
        const unrelated = words.filter((w) => w.length < 3 || !name.words.some((n) => related(w, n))).length;
        if (unrelated < words.length) score = Math.min(score, 1 + unrelated);
        if (score === Infinity) continue;
        const candidate = { entry, name, rank: 0, distance: score };
        if (best === null || byRank(candidate, best) < 0) best = candidate;
      }
      if (best !== null) scored.push(best);
    }
    return scored
      .sort(byRank)
      .slice(0, limit)
      .map(({ entry }) => ({ id: entry.id, label: entry.label, type: entry.type }));
  }

  private scan(query: Query, wanted: (entry: Entry) => boolean, typos: boolean): Scored[] {
    const scored: Scored[] = [];
    for (const entry of this.entries) {
      if (!wanted(entry)) continue;
      let best: Scored | null = null;
      if (entry.id === query.key || entry.id === query.text.trim()) {
        best = { entry, name: entry.idName, rank: 0, distance: 0 };
      } else {
        for (const name of entry.names) {
          const m = matchName(query, name, typos);
          if (m === null) continue;
          const candidate = { entry, name, ...m };
          if (best === null || byRank(candidate, best) < 0) best = candidate;
        }
      }
      if (best !== null) scored.push(best);
    }
    return scored.sort(byRank);
  }
}

/** The graph's catalogue, built on first use and again after the graph changes. */
export function nameCatalogue(graph: PanelGraph): NameCatalogue {
  return graphMemo(graph, "name-catalogue", () => new NameCatalogue(graph));
}

/** `rank` of a tier, for comparing tiers (lower is better). */
export function tierRank(tier: MatchTier): number {
  return TIER_RANK.get(tier)!;
}
