// The typed knowledge graph: node and edge attributes as they are stored in graphology and in graph.json.
import type { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { Evidence, NodeType, Relation } from "./vocabulary.js";

/** A fact about an entity that a source states (a session's date), with its evidence. */
export interface Fact {
  name: string;
  value: string;
  source: string;
  evidence: Evidence[];
}

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  /** Ids the entity had before (`rename-entity`): a viewer link made with one opens it (viewer/controllers/url.ts). */
  formerIds?: string[];
  description?: string;
  /** Organisation, programme and event kinds; for sources, transcript | transcript-report | article | report-summary. */
  kind?: string;
  /** Recommendations and findings: the full text. Sources: the repaired text that evidence offsets point into. */
  text?: string;
  /** Sources only. */
  publisher?: string;
  date?: string;
  origin?: string;
  url?: string;
  /** Sources only: how many damaged characters were repaired. */
  repairs?: number;
  /** Sources only, when some were: the offsets in `text` of the characters repaired (the file has a damaged one there). */
  repaired?: number[];
  /** Sources only, with `repaired`: the damaged character the file has at each of those offsets, as `U+0E42`. */
  damagedCharacter?: string;
  /**
   * Sources only, with `repaired`: the file's bytes are `text` with `damagedCharacter` back at each repaired offset, in
   * UTF-8 (`utf-8-bom`: after a byte-order mark), as checked against the file's sha256 when the graph was built; so the
   * viewer can give back the file as published, byte for byte. Absent when they are not.
   */
  fileEncoding?: "utf-8" | "utf-8-bom";
  /** Sources only: who wrote it, where the page or document names them. */
  author?: string;
  /** Sources only: the name of the original file (HTML, PDF, Markdown) kept beside the text in sources/, if any. */
  original?: string;
  /** PDF sources only: the offset in `text` at which each page starts (page n at pages[n - 1]). */
  pages?: number[];
  facts: Fact[];
  /** Louvain community (src/analysis/communities.ts), when assigned; entities outside the projection have none. */
  community?: number;
  /** Layout position (src/analysis/layout.ts), computed at build time so every view starts from the same picture. */
  x?: number;
  y?: number;
  /** Betweenness on the evidence graph, normalised to 0–1 (src/analysis/centrality.ts); computed at build time. */
  centrality?: number;
}

/**
 * A role a source gives a person at an organisation (affiliated-with edges), with the passages that give it, and when
 * it held where the source says (`since`, `until`: ISO dates). How roles read over time: src/model/roles.ts.
 */
export interface RoleClaim {
  role: string;
  source: string;
  since?: string;
  until?: string;
  evidence: Evidence[];
}

/**
 * An affiliated-with claim without a role: its source and when the affiliation held, where the source says ("left the
 * group on 2 November 2026": `until`). Kept on the edge only when one such claim gives a date.
 */
export interface AffiliationPeriod {
  source: string;
  since?: string;
  until?: string;
}

/** The wording a source gives a linked-to edge ("retained", "met four times"), with the passages that give it. */
export interface LinkClaim {
  link: string;
  source: string;
  evidence: Evidence[];
}

export interface EdgeAttributes {
  relation: Relation;
  /** Every passage behind this connection, ordered by source and position. */
  evidence: Evidence[];
  /** Distinct sources among the evidence. */
  sources: string[];
  /** Number of evidence items (1 for registry-made edges), used as the edge weight. */
  weight: number;
  /** `registry` for edges that come from the registry itself (sub-theme-of), not from a source. */
  origin: "annotation" | "registry";
  roles?: RoleClaim[];
  /** affiliated-with: each claim without a role, one a source and dates, when one of them gives since or until. */
  periods?: AffiliationPeriod[];
  /** linked-to: each source's wording of the link, by source then wording. */
  links?: LinkClaim[];
  notes?: string[];
}

export interface GraphAttributes {
  name: string;
  /** Sources in the graph, in id order. */
  sources: string[];
  /**
   * The name of the corpus folder it was built from (`graph-data`; the folder's name, never its path, so the same
   * corpus gives the same bytes wherever it lies): what `build` and `serve` write, and the viewer shows.
   */
  corpus?: string;
}

export type PanelGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedPanelGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
