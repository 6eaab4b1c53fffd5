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
 * dashes and spacing aside, as src/model/names.ts compares names); `exact-plural` the whole label or alias, word for
 * word, with a word plural where it is singular or the reverse ("apprenticeship" for "Apprenticeships": the theme a
 * user names, before a longer name that has the word); `word` every typed word is a whole word of it; `prefix` every typed word
 * starts a word of it (or the text starts it); `plural` a typed word matches a word once plural or singular (s, es,
 * ies); `typo` a typed word is a few letters off a word (or the text off the whole name), see `typoAllowance`.
 */
export const MATCH_TIERS = ["id", "exact", "exact-plural", "word", "prefix", "plural", "typo"] as const;
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
  return wordsOf(normaliseName(text));
}

/** The word and the singulars simple English plurals would give (`cities` → city, `taxes` → tax, `houses` → house). */
export function singularForms(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  return forms;
}

interface Entry {
  id: string;
  label: string;
  type: NodeType;
  degree: number;
}

interface Name {
  entry: Entry;
  original: string;
  key: string;
  /** The words joined by one space: the key with punctuation aside (for typos across the whole name). */
  compact: string;
  words: string[];
}

/** nameWords() of a text already normalised. */
function wordsOf(key: string): string[] {
  return key.replace(/'s\b|['"]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
}

function prepare(entry: Entry, original: string): Name {
  const key = normaliseName(original);
  const words = wordsOf(key);
  return { entry, original, key, compact: words.join(" "), words };
}

interface Query {
  text: string;
  key: string;
  compact: string;
  words: string[];
}

interface Scored {
  entry: Entry;
  name: Name;
  rank: number;
  distance: number;
  /** 0 when the typed text, two words or more, is how the name begins (its words, in order, at the start); else 1. */
  opening: 0 | 1;
}

/** Each tier's rank, its place in MATCH_TIERS (lower is better). */
const RANK = Object.fromEntries(MATCH_TIERS.map((t, i) => [t, i])) as Record<MatchTier, number>;
/** The same word, or the same once singular (`deals` and `deal`, `cities` and `city`). */
const sameOnceSingular = (typed: string, word: string) =>
  typed === word || singularForms(typed).some((form) => singularForms(word).includes(form));
const TYPE_RANK = new Map(NODE_TYPES.map((t, i) => [t, i]));
const wordsIn = (key: string) => key.split(" ").length;
const onLabel = (s: Scored) => (s.name.original === s.entry.label ? 0 : 1);

/**
 * Within a tier: fewer typos, then a name the typed words begin (a title typed as far as the user went, "River care
 * across the county" for "River care across the county and the towpath plan", before a name that merely has those
 * words inside it), then a match on the label before one on an alias or the id (the label is the name the
 * corpus gives the entity), then the matched name with fewer words (fewer words the user did not type: counted in
 * words, not letters, so "health" finds the best-connected of "Mental health" and "Health inequalities", not the
 * shorter), then the entity with more connections, then the schema's type order, then the id: the same order every
 * time.
 */
function byRank(a: Scored, b: Scored): number {
  return (
    a.rank - b.rank ||
    a.distance - b.distance ||
    a.opening - b.opening ||
    onLabel(a) - onLabel(b) ||
    wordsIn(a.name.key) - wordsIn(b.name.key) ||
    b.entry.degree - a.entry.degree ||
    TYPE_RANK.get(a.entry.type)! - TYPE_RANK.get(b.entry.type)! ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/** The first index of `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string, key: (s: string) => string = (s) => s): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(sorted[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every entity's names, prepared and indexed once (by normalised name, by word, by singular form), so a lookup costs
 * index reads and a pass over the distinct words, not a pass over every name: at 50,000 nodes the viewer asks on every
 * key press.
 */
export class NameCatalogue {
  private readonly byId = new Map<string, Entry>();
  private readonly names: Name[] = [];
  private readonly byKey = new Map<string, Name[]>();
  private readonly byWord = new Map<string, Name[]>();
  /** Distinct words, sorted: a prefix is a range. */
  private readonly words: string[];
  /** Distinct normalised names, sorted: a text that starts a name is a range. */
  private readonly keys: string[];
  /** Singular form → the distinct words that have it. */
  private readonly byForm = new Map<string, string[]>();

  constructor(graph: PanelGraph) {
    graph.forEachNode((id, attributes) => {
      const entry: Entry = { id, label: attributes.label, type: attributes.type, degree: graph.degree(id) };
      this.byId.set(id, entry);
      const keys = new Set<string>();
      const compacts = new Set<string>();
      for (const original of [attributes.label, ...attributes.aliases, id]) {
        // An id spelled as its label's words (`health-inequalities`) adds nothing; it still answers as an id.
        if (original === id && compacts.has(id.replace(/[-_.]+/g, " "))) continue;
        const name = prepare(entry, original);
        if (keys.has(name.key) || (original === id && compacts.has(name.compact))) continue;
        keys.add(name.key);
        compacts.add(name.compact);
        this.names.push(name);
        push(this.byKey, name.key, name);
        for (const word of new Set(name.words)) push(this.byWord, word, name);
      }
    });
    this.words = [...this.byWord.keys()].sort();
    this.keys = [...this.byKey.keys()].sort();
    for (const word of this.words) for (const form of new Set(singularForms(word))) push(this.byForm, form, word);
  }

  /** Every entity the text matches, best first (see MATCH_TIERS and `byRank`). */
  match(text: string, options: Partial<MatchOptions> = {}): EntityMatch[] {
    const { types, typos } = { ...MATCH_DEFAULTS, ...options };
    const key = normaliseName(text);
    const words = wordsOf(key);
    const query: Query = { text, key, compact: words.join(" "), words };
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
    const wanted = (entry: Entry) => types.length === 0 || types.includes(entry.type);
    const best = new Map<Entry, Scored>();
    const offer = (name: Name, distance: number) => {
      if (!wanted(name.entry)) return;
      const candidate: Scored = { entry: name.entry, name, rank: 0, distance, opening: 1 };
      const before = best.get(name.entry);
      if (before === undefined || byRank(candidate, before) < 0) best.set(name.entry, candidate);
    };
    // Names sharing related words: scored 1 + the typed words they do not relate to.
    const relatedTo = new Map<Name, Set<number>>();
    words.forEach((w, i) => {
      if (w.length < 3) return;
      const k = Math.floor(w.length / 3);
      for (const n of this.words) {
        const related =
          n.includes(w) ||
          (n.length >= 3 && w.includes(n)) ||
          (Math.abs(n.length - w.length) <= k && typoDistance(w, n, k) <= k);
        if (!related) continue;
        for (const name of this.byWord.get(n)!) {
          if (!relatedTo.has(name)) relatedTo.set(name, new Set());
          relatedTo.get(name)!.add(i);
        }
      }
    });
    for (const [name, related] of relatedTo) offer(name, 1 + words.length - related.size);
    // Names near the text as a whole.
    const wholeMax = Math.max(2, Math.floor(compact.length / 2));
    for (const name of this.names) {
      if (name.compact === "") continue;
      if (name.compact.includes(compact) || compact.includes(name.compact)) offer(name, 1);
      else if (Math.abs(name.compact.length - compact.length) <= wholeMax) {
        const d = typoDistance(compact, name.compact, wholeMax);
        if (d <= wholeMax) offer(name, d);
      }
    }
    return [...best.values()]
      .sort(byRank)
      .slice(0, limit)
      .map(({ entry }) => ({ id: entry.id, label: entry.label, type: entry.type }));
  }

  /**
   * How each distinct word meets one typed word: 0 the same, 1 starts with it, 2 the same once singular, 3 + typos
   * (only with `typos`, within typoAllowance). Words not in the map do not meet it.
   */
  private levels(typed: string, typos: boolean): Map<string, number> {
    const levels = new Map<string, number>();
    const offer = (word: string, level: number) => {
      const before = levels.get(word);
      if (before === undefined || level < before) levels.set(word, level);
    };
    for (let i = lowerBound(this.words, typed); i < this.words.length && this.words[i]!.startsWith(typed); i++) {
      offer(this.words[i]!, this.words[i] === typed ? 0 : 1);
    }
    for (const form of singularForms(typed)) for (const word of this.byForm.get(form) ?? []) offer(word, 2);
    const allowance = typoAllowance(typed.length);
    if (typos && allowance > 0) {
      for (const word of this.words) {
        if (Math.abs(word.length - typed.length) > allowance) continue;
        const d = typoDistance(typed, word, allowance);
        if (d > 0 && d <= allowance) offer(word, 3 + d);
      }
    }
    return levels;
  }

  private scan(query: Query, wanted: (entry: Entry) => boolean, typos: boolean): Scored[] {
    const best = new Map<Entry, Scored>();
    // One typed word starting a name is no sign the user is typing that name ("health" and "Health inequalities").
    const opens = (name: Name) =>
      query.words.length > 1 && (name.compact === query.compact || name.compact.startsWith(`${query.compact} `));
    const offer = (name: Name, rank: number, distance: number) => {
      if (!wanted(name.entry)) return;
      const candidate: Scored = { entry: name.entry, name, rank, distance, opening: opens(name) ? 0 : 1 };
      const before = best.get(name.entry);
      if (before === undefined || byRank(candidate, before) < 0) best.set(name.entry, candidate);
    };

    for (const id of new Set([query.key, query.text.trim()])) {
      const entry = this.byId.get(id);
      if (entry) offer({ entry, original: id, key: id, compact: id, words: [] }, RANK.id, 0);
    }
    for (const name of this.byKey.get(query.key) ?? []) offer(name, RANK.exact, 0);

    // Word by word: every typed word must meet a word of the name; the loosest meeting sets the tier.
    if (query.words.length > 0) {
      const levels = query.words.map((w) => this.levels(w, typos));
      const candidates = new Set<Name>();
      for (const word of levels[0]!.keys()) for (const name of this.byWord.get(word)!) candidates.add(name);
      for (const name of candidates) {
        let worst = 0;
        let distance = 0;
        let met = true;
        for (const level of levels) {
          let closest = Infinity;
          for (const word of name.words) closest = Math.min(closest, level.get(word) ?? Infinity);
          if (closest === Infinity) {
            met = false;
            break;
          }
          worst = Math.max(worst, Math.min(closest, 3));
          if (closest >= 3) distance += closest - 3;
        }
        if (!met) continue;
        const wholeName =
          worst > 0 &&
          name.words.length === query.words.length &&
          query.words.every((w, i) => sameOnceSingular(w, name.words[i]!));
        if (wholeName) offer(name, RANK["exact-plural"], 0);
        // A text that starts the name is a prefix match even where its last word is cut at punctuation.
        else if (worst > 1 && name.key.startsWith(query.key)) offer(name, RANK.prefix, 0);
        else offer(name, RANK.word + worst, distance);
      }
    }
    // The text starts the name ("mayor of london's h").
    for (let i = lowerBound(this.keys, query.key); i < this.keys.length && this.keys[i]!.startsWith(query.key); i++) {
      for (const name of this.byKey.get(this.keys[i]!)!) if (name.key !== query.key) offer(name, RANK.prefix, 0);
    }
    // Typos across a word boundary ("healthinequalities"): the text against each whole name.
    const allowance = typoAllowance(query.compact.length);
    if (typos && allowance > 0) {
      for (const name of this.names) {
        if (Math.abs(name.compact.length - query.compact.length) > allowance) continue;
        const d = typoDistance(query.compact, name.compact, allowance);
        if (d <= allowance) offer(name, d === 0 ? RANK.word : RANK.typo, d);
      }
    }
    return [...best.values()].sort(byRank);
  }
}

/** The graph's catalogue, built on first use and again after the graph changes. */
export function nameCatalogue(graph: PanelGraph): NameCatalogue {
  return graphMemo(graph, "name-catalogue", () => new NameCatalogue(graph));
}

/** `rank` of a tier, for comparing tiers (lower is better). */
export function tierRank(tier: MatchTier): number {
  return RANK[tier];
}
