// Ordering, identity and place of evidence passages, shared by the graph build, the queries and the exports.
import type { PanelGraph } from "./graph.js";
import type { Evidence, EvidenceKind, Relation } from "./vocabulary.js";

/** What identifies a passage: where it is and what kind of evidence it is. */
export interface PassageRef {
  source: string;
  start: number;
  end: number;
  kind: EvidenceKind;
}

/** By source, then position in the text, then kind. */
export function byPosition(a: PassageRef, b: PassageRef): number {
  // Most comparisons are within one source: equal strings need no collation.
  return (
    (a.source === b.source ? 0 : a.source.localeCompare(b.source)) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.kind === b.kind ? 0 : a.kind.localeCompare(b.kind))
  );
}

/** A string that is the same for the same passage (as samePassage compares them), for sets and maps. */
export function passageKey(p: PassageRef): string {
  return `${p.source}\n${p.start}\n${p.end}\n${p.kind}`;
}

export function samePassage(a: PassageRef, b: PassageRef): boolean {
  return a.source === b.source && a.start === b.start && a.end === b.end && a.kind === b.kind;
}

/** A quote's words, lower case, without accents, punctuation or spacing: what two reports of one statement share. */
export function statementWords(quote: string): string {
  const words = quote
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words === null ? "" : words.join(" ");
}

/** Word counts, for comparing two reports of a statement word by word. */
function bagOf(words: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words.split(" ")) if (w !== "") bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/**
 * Above this many passages in one list (an edge with thousands of passages in a generated corpus) only passages with
 * the same words are one statement: comparing each with every other would take minutes.
 */
const MAX_PASSAGES_COMPARED = 2_000;
/** Shortest quote (in words) that may match another by overlap rather than exactly. */
const MIN_WORDS_FOR_OVERLAP = 6;
/** Share of the longer quote's words the shorter must have for the two to be one statement told twice. */
const SAME_STATEMENT_OVERLAP = 0.85;

interface Wording {
  /** The words, space-separated, with a space at either end so `includes` matches whole words. */
  padded: string;
  count: number;
  bag: Map<string, number>;
}

function wording(quote: string): Wording {
  const words = statementWords(quote);
  const bag = bagOf(words);
  let count = 0;
  for (const n of bag.values()) count += n;
  return { padded: ` ${words} `, count, bag };
}

/**
 * Whether `b` reports the statement `a` reports: the same words, `b`'s words a run of `a`'s (one article quoting
 * part of what another quotes in full), or, for quotes of some length, nearly all words in common (two articles
 * copying one sentence with small differences: "to ICS" / "to ICSs", an added "also"). `a` is the longer.
 */
function sameStatement(a: Wording, b: Wording): boolean {
  if (b.count === 0) return false;
  if (a.padded.includes(b.padded)) return true;
  if (b.count < MIN_WORDS_FOR_OVERLAP || b.count < a.count * SAME_STATEMENT_OVERLAP) return false;
  let common = 0;
  for (const [w, n] of b.bag) common += Math.min(n, a.bag.get(w) ?? 0);
  return common >= a.count * SAME_STATEMENT_OVERLAP;
}

/**
 * Groups passages into statements: passages that report the same words (see sameStatement) are one statement
 * reported more than once. Each group keeps the passages' order; groups come in the order of their first passage.
 */
export function groupStatements<P extends { quote: string }>(passages: readonly P[]): P[][] {
  const wordings = passages.map((p) => wording(p.quote));
  // Longest first, so a shorter excerpt joins the statement it is part of.
  const order = passages.map((_, i) => i).sort((a, b) => wordings[b]!.count - wordings[a]!.count || a - b);
  const groupOf = new Array<number>(passages.length);
  const heads: number[] = [];
  // The same words always make one statement, found by key. Comparing a passage with every statement so far (part of
  // another, or nearly the same words) is quadratic, so it is done only for lists a person reads whole.
  const byWords = new Map<string, number>();
  const compare = passages.length <= MAX_PASSAGES_COMPARED;
  for (const i of order) {
    const { padded, count } = wordings[i]!;
    // A passage without words (punctuation only) is a statement of its own.
    const head =
      count === 0
        ? undefined
        : (byWords.get(padded) ?? (compare ? heads.find((h) => sameStatement(wordings[h]!, wordings[i]!)) : undefined));
    if (head === undefined) {
      groupOf[i] = heads.length;
      heads.push(i);
      byWords.set(padded, i);
    } else groupOf[i] = groupOf[head]!;
  }
  // Walking the passages in order, a group's first push is its first passage: that order is the groups' order.
  const groups = heads.map(() => [] as P[]);
  const ordered: P[][] = [];
  passages.forEach((p, i) => {
    const group = groups[groupOf[i]!]!;
    if (group.length === 0) ordered.push(group);
    group.push(p);
  });
  return ordered;
}

/** How many distinct statements the passages report (see groupStatements). */
export function countStatements(passages: readonly { quote: string }[]): number {
  return groupStatements(passages).length;
}

/** The 1-based page whose start is the last at or before `offset` (`pages`: each page's start offset, in order). */
export function pageAt(pages: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The pages of a PDF a passage runs over (1-based): the page of its first character and, when it runs on to a later
 * page, the page of its last.
 */
export function pagesAt(pages: readonly number[], start: number, end: number): { page: number; pageEnd?: number } {
  const page = pageAt(pages, start);
  const last = pageAt(pages, Math.max(start, end - 1));
  return last > page ? { page, pageEnd: last } : { page };
}

/** How a passage's pages are cited: `p. 7`, or `pp. 7–8` for a passage that runs on to the next page. */
export function pagesLabel({ page, pageEnd }: { page: number; pageEnd?: number | undefined }): string {
  return pageEnd === undefined ? `p. ${page}` : `pp. ${page}–${pageEnd}`;
}

/** Where a passage is in its source, as the CLI and viewer cite it (`source:line`, and `p. 7` for a PDF). */
export interface PassagePlace {
  /** 1-based line of the source text the passage starts on; none when the graph does not hold the source's text. */
  line?: number;
  /** 1-based page the passage starts on, for a PDF source. */
  page?: number;
  /** The page it ends on, when that is a later page than `page` (a passage over a page break: `pp. 3–4`). */
  pageEnd?: number;
}

/** The offset at which each line of `text` starts: line n at starts[n - 1]. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Finds passages' places in the sources of `graph`: each source's lines are indexed once, on first use (a passage is
 * then a binary search), and again only if its text changes (a viewer fills texts in after the first load).
 */
export function passagePlaces(
  graph: PanelGraph,
): (passage: { source: string; start: number; end?: number }) => PassagePlace {
  const indexed = new Map<string, { text: string; starts: number[] }>();
  return ({ source, start, end }) => {
    if (!graph.hasNode(source)) return {};
    const { text, pages } = graph.getNodeAttributes(source);
    const place: PassagePlace = {};
    if (text !== undefined) {
      let index = indexed.get(source);
      if (index?.text !== text) indexed.set(source, (index = { text, starts: lineStarts(text) }));
      // pageAt is the same search: the last start at or before the offset.
      place.line = pageAt(index.starts, start);
    }
    if (pages !== undefined) Object.assign(place, pagesAt(pages, start, end ?? start));
    return place;
  };
}

/** A claim a passage on a node backs: an edge (who claims what of whom), or a fact about the node. */
export type PassageClaim =
  { relation: Relation; from: string; to: string } | { fact: string; value: string; entity: string };

/** A passage of a node's evidence, with every claim it backs there. */
export interface NodePassage {
  evidence: Evidence;
  claims: PassageClaim[];
}

/**
 * A node's evidence: every distinct passage (as passageKey tells them apart) behind the claims it makes or is the
 * subject of, that is its edges either way and its facts, in source and position order, each with the claims it backs
 * (so a chair's question that names a witness reads as the chair's `mentions`, not the witness's words). The exports'
 * node `evidence` and `evidence_count` and the viewer's "N passages" are this list.
 */
export function nodePassages(graph: PanelGraph, id: string): NodePassage[] {
  const byKey = new Map<string, NodePassage>();
  const add = (e: Evidence, claim: PassageClaim) => {
    const key = passageKey(e);
    const found = byKey.get(key);
    if (!found) byKey.set(key, { evidence: e, claims: [claim] });
    else if (!found.claims.some((c) => JSON.stringify(c) === JSON.stringify(claim))) found.claims.push(claim);
  };
  graph.forEachEdge(id, (_, attributes, from, to) => {
    for (const e of attributes.evidence) add(e, { relation: attributes.relation, from, to });
  });
  for (const fact of graph.getNodeAttribute(id, "facts") ?? []) {
    for (const e of fact.evidence) add(e, { fact: fact.name, value: fact.value, entity: id });
  }
  return [...byKey.values()].sort((a, b) => byPosition(a.evidence, b.evidence));
}
