// The shapes query answers share. Evidence keeps the key order docs/cli.md documents: source, kind, quote, start, end.
import type { EvidenceKind, NodeType, Relation } from "../model/vocabulary.js";

export interface EntityRef {
  id: string;
  label: string;
}

export interface TypedEntityRef extends EntityRef {
  type: NodeType;
}

export interface EvidenceItem {
  source: string;
  kind: EvidenceKind;
  quote: string;
  start: number;
  end: number;
}

/** Which way an edge runs, seen from the entity in question: `out` = entity → other, `in` = other → entity. */
export type Direction = "out" | "in";

export interface EdgeRef {
  relation: Relation;
  from: EntityRef;
  to: EntityRef;
}
