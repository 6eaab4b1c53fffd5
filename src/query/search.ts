// `search <text>`: full-text search over entity labels and aliases and over every evidence passage, so a reader finds
// what was never annotated as a theme (a word a panellist used, a place, a programme) and sees where the text says it.
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

export interface SearchResults {
  query: string;
  results: SearchHit[];
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
  const found = index.search(text, {
    processTerm: (term) => {
      const word = term.toLowerCase();
      return ignoreStopWords && STOP_WORDS.has(word) ? null : word;
    },
    boost: { name: 3, aliases: 2, quote: 1 },
    prefix: (term) => term.length >= prefixFrom,
    fuzzy: (term) => (term.length >= 5 ? fuzzy : false),
    combineWith,
  });

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
  return { query: text, results: results.slice(0, limit) };
}
