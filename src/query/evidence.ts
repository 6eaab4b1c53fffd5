// Evidence as queries hand it out: deduplicated, ordered, and ranked by kind.
import { byPosition, countStatements, pageAt, pagesAt, passageKey } from "../model/evidence.js";
import type { PanelGraph } from "../model/graph.js";
import { EVIDENCE_KINDS, type Evidence, type EvidenceKind } from "../model/vocabulary.js";
import type { EvidenceItem } from "./types.js";

/**
 * How strongly a kind of evidence ties a person to what they are said to have said: their own words (3) over the
 * source reporting them (2) over a panel-level summary (1).
 */
export const EVIDENCE_STRENGTH: Record<EvidenceKind, number> = { "direct-quote": 3, reported: 2, summary: 1 };

export function evidenceItem(e: Evidence): EvidenceItem {
  return { source: e.source, kind: e.kind, quote: e.quote, start: e.start, end: e.end };
}

export { byPosition, pageAt, pagesLabel } from "../model/evidence.js";

/** Strongest kind first, then by source and position. */
export function byStrength(a: EvidenceItem, b: EvidenceItem): number {
  return EVIDENCE_STRENGTH[b.kind] - EVIDENCE_STRENGTH[a.kind] || byPosition(a, b);
}

/** Merges evidence lists, keeping one copy of a passage cited twice (the same passage can back several edges). */
export function mergeEvidence(
  lists: Iterable<Evidence | EvidenceItem>[],
  order: (a: EvidenceItem, b: EvidenceItem) => number = byPosition,
): EvidenceItem[] {
  const merged: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const e of list) {
      const key = passageKey(e);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(evidenceItem(e));
    }
  }
  return merged.sort(order);
}

/** The strength of the strongest item, 0 for none. */
export function strongest(evidence: readonly EvidenceItem[]): number {
  return evidence.reduce((max, e) => Math.max(max, EVIDENCE_STRENGTH[e.kind]), 0);
}

/** The kind of the strongest item, undefined for none. */
export function strongestKind(evidence: readonly EvidenceItem[]): EvidenceKind | undefined {
  return EVIDENCE_KINDS.find((k) => evidence.some((e) => e.kind === k));
}

const statementCounts = new WeakMap<readonly EvidenceItem[], number>();

/** countStatements, remembered for the list: a sort asks for each list many times. */
function statementsIn(evidence: readonly EvidenceItem[]): number {
  let n = statementCounts.get(evidence);
  if (n === undefined) statementCounts.set(evidence, (n = countStatements(evidence)));
  return n;
}

/** Answers with the strongest evidence first, then the most distinct statements, then by id. */
export function byEvidence(a: { id: string; evidence: EvidenceItem[] }, b: { id: string; evidence: EvidenceItem[] }) {
  return (
    strongest(b.evidence) - strongest(a.evidence) ||
    statementsIn(b.evidence) - statementsIn(a.evidence) ||
    a.id.localeCompare(b.id)
  );
}

/** How many items of each kind, in EVIDENCE_KINDS order. */
export function countKinds(evidence: readonly EvidenceItem[]): Record<EvidenceKind, number> {
  const counts = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  for (const e of evidence) counts[e.kind]++;
  return counts;
}

/** The page of a PDF source a passage starts on (1-based), or undefined for a source without pages. */
export function pageOf(graph: PanelGraph, evidence: { source: string; start: number }): number | undefined {
  if (!graph.hasNode(evidence.source)) return undefined;
  const pages = graph.getNodeAttribute(evidence.source, "pages");
  return pages === undefined ? undefined : pageAt(pages, evidence.start);
}

/**
 * The pages of a PDF source a passage runs over: the page it starts on, and the page it ends on when that is a later
 * one (`pp. 3–4`); undefined for a source without pages.
 */
export function pagesOf(
  graph: PanelGraph,
  evidence: { source: string; start: number; end?: number },
): { page: number; pageEnd?: number } | undefined {
  if (!graph.hasNode(evidence.source)) return undefined;
  const pages = graph.getNodeAttribute(evidence.source, "pages");
  return pages === undefined ? undefined : pagesAt(pages, evidence.start, evidence.end ?? evidence.start);
}

/** The 1-based line of the source text a passage starts on, so a reader can open the file at it. */
export function lineOf(graph: PanelGraph, evidence: { source: string; start: number }): number | undefined {
  if (!graph.hasNode(evidence.source)) return undefined;
  const text = graph.getNodeAttribute(evidence.source, "text");
  if (text === undefined) return undefined;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < evidence.start; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
