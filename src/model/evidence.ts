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
