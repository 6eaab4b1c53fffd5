// The corpus as the pipeline carries it: files as read (RawCorpus), then the validated records a graph is built from
// (Corpus). Declared here, not in ingest/, so later stages and the tools beside them (suggest, bench) name them
// without importing the ingest stage.
import type { Problem } from "./problem.js";
import type {
  AnnotationFile,
  AttributeClaim,
  Evidence,
  EvidenceInput,
  NodeType,
  Registry,
  Relation,
  SourceMeta,
} from "./schema.js";

/** A parsed YAML file that can name the line of any value in it (ingest/yaml-file.ts parses them). */
export interface YamlFile {
  file: string;
  /** The parsed value, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The 1-based line of the key that ends `path` (`sinse:` even when its value starts below it), else as lineOf. */
  keyLineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * A damaged punctuation character and what it became (ingest/repair.ts decides). Each replacement is one UTF-16 unit
 * for one, so offsets into the repaired text are offsets into the original too.
 */
export interface Repair {
  /** Offset of the damaged character (same in original and repaired text). */
  offset: number;
  /** The character it became. */
  replacement: "’" | "“" | "”" | "–";
  /** Which rule decided: `apostrophe`, `dash`, `opening-quote` or `closing-quote`. */
  rule: "apostrophe" | "dash" | "opening-quote" | "closing-quote";
}

// What reading a corpus folder gives (ingest/read.ts): every file checked against its schema, not yet against each other.

export interface LoadedSource {
  meta: SourceMeta;
  /** Path of the text, relative to the corpus folder. */
  file: string;
  metaFile: YamlFile;
  /** The text exactly as stored. */
  original: string;
  /** The text with damaged punctuation repaired; evidence offsets point into this. Same length as `original`. */
  text: string;
  repairs: Repair[];
}

export interface LoadedAnnotations {
  file: YamlFile;
  data: AnnotationFile;
}

/**
 * A claim that failed its schema, as far as it parsed: its ids and its evidence's passages can still be checked, so
 * one run lists the problems of the parts that are sound as well as of the parts that are not.
 */
export interface ClaimFragment {
  index: number;
  relation?: Relation;
  from?: string;
  to?: string;
  /** `from` or `to` is written but is not an id: which entity the claim names is not known. */
  unreadEnd?: boolean;
  /** Indexed as in the file: an item whose passage did not parse is a hole. */
  evidence: Pick<EvidenceInput, "source" | "quote" | "occurrence">[];
}

/**
 * An annotation file that failed its schema (its problems are reported): the entries that passed, each at its index
 * in the file (a sparse array: the entries that failed are holes), and what parsed of the claims that failed. Checked
 * like any file, never written back; built (its sound entries) only when `onlyEntriesFailed`.
 */
export interface PartialAnnotations extends LoadedAnnotations {
  fragments: ClaimFragment[];
  /** The ids of the entities it declares whose entries failed: a claim naming one is not called unknown. */
  unsound?: string[];
  /**
   * The file less its failed entries passes its schema: one bad value (a claim's `since: "May 2023"`) costs that
   * entry, and the file's other claims are checked and counted like any file's. Otherwise (no `source`, `claims:`
   * not a list, an unknown top-level field) nothing of it is built.
   */
  onlyEntriesFailed?: boolean;
}

/**
 * registry.yaml when it failed its schema (its problems are reported): the entries that passed, each at its index in
 * the file (a sparse array: the entries that failed are holes), and the ids of those that failed, so that a claim naming
 * one is not called unknown. Checked like a registry, never built into a graph.
 */
export interface PartialRegistry {
  file: YamlFile;
  data: Registry;
  unsound: string[];
}

/**
 * A source whose metadata failed its schema (its problems are reported) but whose id and text could be read: its
 * text is there to check the quotes of its annotations (and of others) against; it is never built into a graph.
 */
export type PartialSource = Pick<LoadedSource, "file" | "metaFile" | "original" | "text" | "repairs"> & { id: string };

export interface RawCorpus {
  dir: string;
  sources: LoadedSource[];
  /** Ids of sources whose files exist but could not be read (their problems are reported): not "unknown" sources. */
  unreadableSources: Set<string>;
  registry?: { file: YamlFile; data: Registry };
  /** registry.yaml as far as it parsed, when it failed its schema (then `registry` is absent). */
  partialRegistry?: PartialRegistry;
  /** Sources whose metadata failed its schema, as far as they could be read (not in `sources`). */
  partialSources?: PartialSource[];
  annotations: LoadedAnnotations[];
  /** Annotation files that failed their schema, as far as they parsed (not in `annotations`). */
  partialAnnotations?: PartialAnnotations[];
  /** Annotation files that are not YAML at all (a merge conflict, a syntax error), as far as their lines tell. */
  unreadAnnotations?: UnreadAnnotations[];
  problems: Problem[];
}

/** An annotation file that could not be parsed: the entity ids it seems to declare and the claims it seems to hold. */
export interface UnreadAnnotations {
  file: string;
  ids: string[];
  claims: number;
}

// What validation gives (ingest/validate.ts): the records sound enough to build a graph from.

/** A canonical entity from the registry, or a source. */
export interface Entity {
  id: string;
  type: NodeType;
  label: string;
  aliases: string[];
  description?: string;
  /** Organisation, programme and event kinds. */
  kind?: string;
  /** Themes: the broader theme. */
  parent?: string;
  /** Recommendations and findings: the full text. */
  text?: string;
  /** Ids it had before (`rename-entity`): a viewer link by one still opens it. */
  formerIds?: string[];
  /** People (registry.yaml): people spelt alike who are someone else, by id (checked: every id a person's). */
  distinctFrom?: string[];
}

export interface ResolvedClaim {
  relation: Relation;
  from: string;
  to: string;
  role?: string;
  /** affiliated-with: when the role began and ended, as the source states it (ISO dates). */
  since?: string;
  until?: string;
  /** linked-to: the link in the source's words. */
  link?: string;
  note?: string;
  /** The source whose annotation file makes the claim. */
  source: string;
  evidence: Evidence[];
  file: string;
}

export interface ResolvedAttribute {
  entity: string;
  name: AttributeClaim["name"];
  value: string;
  source: string;
  evidence: Evidence[];
  file: string;
}

export interface Corpus {
  dir: string;
  sources: LoadedSource[];
  /** Every entity by id: registry entries and sources. */
  entities: Map<string, Entity>;
  claims: ResolvedClaim[];
  attributes: ResolvedAttribute[];
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
  /** Suggested claims and entities (`status: suggested`): validated, reported as warnings, left out of the graph. */
  pending: { claims: number; entities: number };
  /**
   * Claims in annotation files that could not be read whole (their problems say why), and those files; `waiting`:
   * claims elsewhere naming ids that only such a file declares, held back until it can be read.
   */
  unread: { claims: number; files: string[]; waiting: number };
}
