// Ordering and identity of evidence passages, shared by the graph build and the queries.
import type { EvidenceKind } from "./vocabulary.js";

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

/**
 * Groups passages into statements: passages whose words are the same, or whose words are part of another's (one
 * article quoting a sentence another quotes in full), are one statement reported more than once. Each group keeps the
 * passages' order; groups come in the order of their first passage.
 */
export function groupStatements<P extends { quote: string }>(passages: readonly P[]): P[][] {
  const words = passages.map((p) => ` ${statementWords(p.quote)} `);
  // Longest first, so a shorter excerpt joins the statement it is part of.
  const order = passages.map((_, i) => i).sort((a, b) => words[b]!.length - words[a]!.length || a - b);
  const groupOf = new Array<number>(passages.length);
  const heads: number[] = [];
  for (const i of order) {
    const w = words[i]!;
    const head = w.trim() === "" ? undefined : heads.find((h) => words[h]!.includes(w));
    if (head === undefined) {
      groupOf[i] = heads.length;
      heads.push(i);
    } else groupOf[i] = groupOf[head]!;
  }
  const groups = heads.map(() => [] as P[]);
  passages.forEach((p, i) => groups[groupOf[i]!]!.push(p));
  return groups
    .map((g, i) => ({ g, first: passages.indexOf(g[0]!), i }))
    .sort((a, b) => a.first - b.first || a.i - b.i)
    .map(({ g }) => g);
}

/** How many distinct statements the passages report (see groupStatements). */
export function countStatements(passages: readonly { quote: string }[]): number {
  return groupStatements(passages).length;
}
