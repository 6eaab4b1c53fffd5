// `search <text>`: full-text search over entity labels and aliases and over every evidence passage, so a reader finds
// what was never annotated as a theme (a word a panellist used, a place, a programme) and sees where the text says it;
// then over the sources' whole texts, for the sentences no claim cites (a journalist searches the texts, not only what
// was annotated).
import MiniSearch from "minisearch";
import type { PanelGraph } from "../model/graph.js";
import type { EvidenceKind, NodeType } from "../model/schema.js";
import { lineOf } from "./evidence.js";
import type { EdgeRef, EntityRef } from "./types.js";

export interface EntityHit {
  match: "entity";
  id: string;
  label: string;
  type: NodeType;
  /** Sources with evidence on the entity's edges (for a source, itself). */
  sources: string[];
  score: number;
  /** The indexed words that matched (after prefix and fuzzy matching). */
  terms: string[];
}

export interface PassageHit {
  match: "passage";
  source: string;
  /** 1-based line of the source text the passage starts on. */
  line: number | null;
  start: number;
  end: number;
  quote: string;
  kinds: EvidenceKind[];
  /** The edges this passage is evidence for. */
  supports: EdgeRef[];
  /** The entity facts (dates, formats) it is evidence for. */
  facts: { entity: EntityRef; name: string; value: string }[];
  score: number;
  terms: string[];
}

export type SearchHit = EntityHit | PassageHit;

/** A sentence of a source's text that has the words but lies outside every passage that matched: no claim cites it. */
export interface TextHit {
  match: "text";
  source: string;
  /** 1-based line of the source text. */
  line: number;
  start: number;
  end: number;
  /** The sentence, as the source's text has it. */
  text: string;
  /** Whether it has the query's words as typed, in order (case and spacing aside): listed before the looser matches. */
  phrase: boolean;
  score: number;
  terms: string[];
}

export interface SearchResults {
  query: string;
  results: SearchHit[];
  /**
   * The sentences of the sources' texts that match (by the same rules) where no matching passage overlaps them: words
   * in the texts that no claim cites. Exact phrases first, then by score, then source and place; at most `limit`.
   */
  inTexts: TextHit[];
}

export interface SearchOptions {
  /** At most this many results. */
  limit: number;
  /** Match words that start with a query word of at least this many letters (`devol` finds `devolved`). */
  prefixFrom: number;
  /** Allow one typo in every this many letters of a query word (0.2: one in five), for words of 5 letters or more. */
  fuzzy: number;
  /** Every query word must match (`AND`), or any (`OR`, better ranked when more match). */
  combineWith: "AND" | "OR";
}

export const SEARCH_DEFAULTS: SearchOptions = { limit: 20, prefixFrom: 4, fuzzy: 0.2, combineWith: "OR" };

interface Document {
  id: string;
  name: string;
  aliases: string;
  quote: string;
}

/**
 * Words too common to say what a query is about. A query with other words ignores them, so an entity whose only
 * match is "be" or "the" does not outrank the passage that has the words asked for; a query of stop words alone
 * ("to be") still searches for them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her him his i if in into " +
    "is it its may me might my no nor not of on or our she should so than that the their them they this those to us " +
    "was we were what when which who will with would you your"
  ).split(" "),
);

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Case, spacing and curly quotes aside, for the phrase test. */
const phraseForm = (text: string) =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** Where a sentence ends: after . ! ? (and any closing quote or bracket), before a space. */
const SENTENCE_END = /(?<=[.!?]["'”’)\]]*)\s+/g;

/** The sentences of a source's text, each with its line and offsets (a line is never joined to the next). */
function sentencesOf(source: string, text: string): Omit<TextHit, "phrase" | "score" | "terms">[] {
  const sentences: Omit<TextHit, "phrase" | "score" | "terms">[] = [];
  let lineStart = 0;
  text.split("\n").forEach((lineText, i) => {
    let from = 0;
    const push = (to: number) => {
      const raw = lineText.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const words = raw.trim();
      if (words !== "") {
        const start = lineStart + from + lead;
        sentences.push({ match: "text", source, line: i + 1, start, end: start + words.length, text: words });
      }
    };
    for (const end of lineText.matchAll(SENTENCE_END)) {
      push(end.index);
      from = end.index + end[0].length;
    }
    push(lineText.length);
    lineStart += lineText.length + 1;
  });
  return sentences;
}
const entityRef = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

/** Results by score (BM25, label matches weighted above aliases above passages), then entities before passages, then id. */
export function search(graph: PanelGraph, text: string, options: Partial<SearchOptions> = {}): SearchResults {
  const { limit, prefixFrom, fuzzy, combineWith } = { ...SEARCH_DEFAULTS, ...options };

  const entities = new Map<string, EntityHit>();
  const passages = new Map<string, PassageHit>();
  const documents: Document[] = [];
  graph.forEachNode((id, attributes) => {
    const sources = new Set<string>(attributes.type === "source" ? [id] : []);
    graph.forEachEdge(id, (_, a) => a.sources.forEach((s) => sources.add(s)));
    entities.set(`entity:${id}`, {
      match: "entity",
      id,
      label: attributes.label,
      type: attributes.type,
      sources: [...sources].sort(),
      score: 0,
      terms: [],
    });
    documents.push({ id: `entity:${id}`, name: attributes.label, aliases: attributes.aliases.join(" · "), quote: "" });
  });
  const passage = (e: { source: string; start: number; end: number; quote: string; kind: EvidenceKind }) => {
    const key = `passage:${e.source}:${String(e.start).padStart(8, "0")}:${String(e.end).padStart(8, "0")}`;
    let hit = passages.get(key);
    if (!hit) {
      const { source, start, end, quote } = e;
      const line = lineOf(graph, e) ?? null;
      hit = {
        match: "passage",
        source,
        line,
        start,
        end,
        quote,
        kinds: [],
        supports: [],
        facts: [],
        score: 0,
        terms: [],
      };
      passages.set(key, hit);
      documents.push({ id: key, name: "", aliases: "", quote });
    }
    if (!hit.kinds.includes(e.kind)) hit.kinds.push(e.kind);
    return hit;
  };
  graph.forEachEdge((_, attributes, from, to) => {
    for (const e of attributes.evidence) {
      const hit = passage(e);
      if (!hit.supports.some((s) => s.relation === attributes.relation && s.from.id === from && s.to.id === to)) {
        hit.supports.push({ relation: attributes.relation, from: entityRef(graph, from), to: entityRef(graph, to) });
      }
    }
  });
  graph.forEachNode((id, attributes) => {
    for (const fact of attributes.facts) {
      for (const e of fact.evidence) {
        passage(e).facts.push({ entity: entityRef(graph, id), name: fact.name, value: fact.value });
      }
    }
  });

  const index = new MiniSearch<Document>({ fields: ["name", "aliases", "quote"], storeFields: [] });
  index.addAll(documents);
  const words = MiniSearch.getDefault("tokenize")(text).map((w: string) => w.toLowerCase());
  const ignoreStopWords = words.some((w: string) => w !== "" && !STOP_WORDS.has(w));
  const rules = {
    processTerm: (term: string) => {
      const word = term.toLowerCase();
      return ignoreStopWords && STOP_WORDS.has(word) ? null : word;
    },
    prefix: (term: string) => term.length >= prefixFrom,
    fuzzy: (term: string) => (term.length >= 5 ? fuzzy : false),
    combineWith,
  };
  const found = index.search(text, { ...rules, boost: { name: 3, aliases: 2, quote: 1 } });

  const results: SearchHit[] = found.map((result) => {
    const id = String(result.id);
    const hit = entities.get(id) ?? passages.get(id)!;
    return { ...hit, score: round(result.score), terms: [...result.terms].sort() };
  });
  const key = (h: SearchHit) => (h.match === "entity" ? `0 ${h.id}` : `1 ${h.source} ${h.start} ${h.end}`);
  results.sort((a, b) => b.score - a.score || key(a).localeCompare(key(b)));
  for (const hit of results) {
    if (hit.match === "passage") {
      hit.kinds.sort();
      hit.supports.sort((a, b) =>
        `${a.relation} ${a.from.id} ${a.to.id}`.localeCompare(`${b.relation} ${b.from.id} ${b.to.id}`),
      );
    }
  }
  return {
    query: text,
    results: results.slice(0, limit),
    inTexts: inTexts(graph, text, passages, found, rules, limit),
  };
}

/**
 * The sentences of the sources' texts that match by the same rules as the passages, less those a matching passage
 * overlaps (the reader sees that passage among the results already).
 */
function inTexts(
  graph: PanelGraph,
  text: string,
  passages: ReadonlyMap<string, PassageHit>,
  found: readonly { id: unknown }[],
  rules: Parameters<MiniSearch["search"]>[1],
  limit: number,
): TextHit[] {
  const matched = new Map<string, { start: number; end: number }[]>();
  for (const { id } of found) {
    const hit = passages.get(String(id));
    if (hit) matched.set(hit.source, [...(matched.get(hit.source) ?? []), hit]);
  }
  const sentences: Omit<TextHit, "phrase" | "score" | "terms">[] = [];
  graph.forEachNode((id, attributes) => {
    if (attributes.type === "source" && attributes.text) sentences.push(...sentencesOf(id, attributes.text));
  });
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], storeFields: [] });
  index.addAll(sentences.map((sentence, id) => ({ id, text: sentence.text })));
  const phrase = phraseForm(text);
  const hits: TextHit[] = [];
  for (const result of index.search(text, rules)) {
    const sentence = sentences[result.id as number]!;
    const cited = (matched.get(sentence.source) ?? []).some((p) => p.start < sentence.end && sentence.start < p.end);
    if (cited) continue;
    const exact = phrase !== "" && phraseForm(sentence.text).includes(phrase);
    hits.push({ ...sentence, phrase: exact, score: round(result.score), terms: [...result.terms].sort() });
  }
  hits.sort(
    (a, b) =>
      Number(b.phrase) - Number(a.phrase) || b.score - a.score || a.source.localeCompare(b.source) || a.start - b.start,
  );
  return hits.slice(0, limit);
}
