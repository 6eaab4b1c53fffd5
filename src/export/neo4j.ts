// Neo4j: the CSV files `neo4j-admin database import full` reads (one nodes file per label, one relationships file per
// type, typed headers), plus import.sh with the exact command. Evidence travels as parallel array properties on each
// relationship: quotes[i] is quoteSources[i] from starts[i] to ends[i], of kind kinds[i], at line lines[i] (page pages[i]).
import { passagePlaces } from "../model/evidence.js";
import type { EdgeAttributes, NodeAttributes, PanelGraph } from "../model/graph.js";
import { affiliationEdgeEnd, periodText, type SourceDateOf } from "../model/roles.js";
import { NODE_TYPES, RELATION_NAMES, type NodeType, type Relation } from "../model/schema.js";
import type { ExportFile, Exporter } from "./types.js";

/**
 * Array elements are joined by U+001F (the ASCII unit separator) instead of neo4j-admin's default `;`, which quotes
 * may contain: neo4j-admin has no escape for its array delimiter, and a changed quote would no longer match its
 * offsets. import.sh passes `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = "\u001f";
export const ARRAY_DELIMITER_OPTION = "U+001F";

/** `person` → `Person`. */
export function nodeLabel(type: NodeType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** `spoke-on` → `SPOKE_ON`. */
export function relationshipType(relation: Relation): string {
  return relation.toUpperCase().replace(/-/g, "_");
}

export function nodesFileName(type: NodeType): string {
  return `nodes-${nodeLabel(type)}.csv`;
}

export function relationshipsFileName(relation: Relation): string {
  return `rels-${relationshipType(relation)}.csv`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Fields (RFC 4180): a string is always quoted, with `"` doubled; a missing value is an empty unquoted field, which
// neo4j-admin reads as "no property" (a quoted "" would be an empty string).

type Value = string | number | readonly string[] | readonly number[] | undefined;

function field(value: Value): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string") return quote(value);
  // neo4j-admin does not import empty arrays (it cannot tell them from null): leave the field empty.
  if (value.length === 0) return "";
  return quote(value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, " ")).join(ARRAY_DELIMITER));
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function row(values: Value[]): string {
  return `${values.map(field).join(",")}\n`;
}

interface Column<A> {
  /** The header field, `name:type` as neo4j-admin reads it. */
  header: string;
  value: (id: string, attributes: A) => Value;
}

// ---------------------------------------------------------------------------------------------------------------------
// Nodes

const NODE_HEAD: Column<NodeAttributes>[] = [
  { header: "id:ID", value: (id) => id },
  { header: "label", value: (_, a) => a.label },
  { header: "aliases:string[]", value: (_, a) => a.aliases },
  { header: "description", value: (_, a) => a.description },
];

const KIND: Column<NodeAttributes> = { header: "kind", value: (_, a) => a.kind };
const TEXT: Column<NodeAttributes> = { header: "text", value: (_, a) => a.text };

const NODE_SPECIFIC: Record<NodeType, Column<NodeAttributes>[]> = {
  source: [
    KIND,
    { header: "publisher", value: (_, a) => a.publisher },
    { header: "date", value: (_, a) => a.date },
    { header: "origin", value: (_, a) => a.origin },
    { header: "url", value: (_, a) => a.url },
    { header: "repairs:int", value: (_, a) => a.repairs },
    // The repaired text that every evidence offset points into (multi-line: import.sh passes --multiline-fields).
    TEXT,
  ],
  event: [KIND],
  session: [],
  person: [],
  organisation: [KIND],
  theme: [],
  programme: [KIND],
  recommendation: [TEXT],
  finding: [TEXT],
};

const NODE_TAIL: Column<NodeAttributes>[] = [
  { header: "community:int", value: (_, a) => a.community },
  { header: "centrality:double", value: (_, a) => a.centrality },
  // Facts (a session's date as each source gives it): factValues[i] is the value of factNames[i] in factSources[i].
  { header: "factNames:string[]", value: (_, a) => a.facts.map((f) => f.name) },
  { header: "factValues:string[]", value: (_, a) => a.facts.map((f) => f.value) },
  { header: "factSources:string[]", value: (_, a) => a.facts.map((f) => f.source) },
  { header: ":LABEL", value: (_, a) => nodeLabel(a.type) },
];

export function nodeColumns(type: NodeType): Column<NodeAttributes>[] {
  return [...NODE_HEAD, ...NODE_SPECIFIC[type], ...NODE_TAIL];
}

// ---------------------------------------------------------------------------------------------------------------------
// Relationships

interface EdgeRow {
  from: string;
  to: string;
  attributes: EdgeAttributes;
  placeOf: ReturnType<typeof passagePlaces>;
  dateOf: SourceDateOf;
}

const RELATIONSHIP_COLUMNS: Column<EdgeRow>[] = [
  { header: ":START_ID", value: (_, e) => e.from },
  { header: ":END_ID", value: (_, e) => e.to },
  { header: ":TYPE", value: (_, e) => relationshipType(e.attributes.relation) },
  { header: "relation", value: (_, e) => e.attributes.relation },
  { header: "weight:int", value: (_, e) => e.attributes.weight },
  { header: "evidenceCount:int", value: (_, e) => e.attributes.evidence.length },
  { header: "sources:string[]", value: (_, e) => e.attributes.sources },
  { header: "quotes:string[]", value: (_, e) => e.attributes.evidence.map((x) => x.quote) },
  { header: "quoteSources:string[]", value: (_, e) => e.attributes.evidence.map((x) => x.source) },
  { header: "kinds:string[]", value: (_, e) => e.attributes.evidence.map((x) => x.kind) },
  { header: "starts:int[]", value: (_, e) => e.attributes.evidence.map((x) => x.start) },
  { header: "ends:int[]", value: (_, e) => e.attributes.evidence.map((x) => x.end) },
  // Where the CLI and the viewer cite each passage (source:line, p. 7); 0 where unknown: no text, or not a PDF.
  { header: "lines:int[]", value: (_, e) => e.attributes.evidence.map((x) => e.placeOf(x).line ?? 0) },
  { header: "pages:int[]", value: (_, e) => e.attributes.evidence.map((x) => e.placeOf(x).page ?? 0) },
  // The page a passage runs on to over a page break; 0 when it ends on the page it starts on (as `pages` for no page).
  { header: "pageEnds:int[]", value: (_, e) => e.attributes.evidence.map((x) => e.placeOf(x).pageEnd ?? 0) },
  { header: "origin", value: (_, e) => e.attributes.origin },
  { header: "notes:string[]", value: (_, e) => e.attributes.notes ?? [] },
];

/**
 * affiliated-with: each source's role, kept side by side (roles[i] is what roleSources[i] calls the person); each claim
 * without a role, its dates as the other exports write them (periods[i], `until 2024-04`, is what periodSources[i]
 * says); and `ended`, when the sources end an affiliation given without a role (model/roles.ts affiliationEdgeEnd).
 */
const ROLE_COLUMNS: Column<EdgeRow>[] = [
  { header: "roles:string[]", value: (_, e) => (e.attributes.roles ?? []).map((r) => r.role) },
  { header: "roleSources:string[]", value: (_, e) => (e.attributes.roles ?? []).map((r) => r.source) },
  { header: "periods:string[]", value: (_, e) => (e.attributes.periods ?? []).map((p) => periodText(p) ?? "no dates") },
  { header: "periodSources:string[]", value: (_, e) => (e.attributes.periods ?? []).map((p) => p.source) },
  { header: "ended", value: (_, e) => affiliationEdgeEnd(e.attributes, e.dateOf) },
];

/** linked-to: each source's wording of the link, side by side (links[i] is what linkSources[i] calls it). */
const LINK_COLUMNS: Column<EdgeRow>[] = [
  { header: "links:string[]", value: (_, e) => (e.attributes.links ?? []).map((l) => l.link) },
  { header: "linkSources:string[]", value: (_, e) => (e.attributes.links ?? []).map((l) => l.source) },
];

export function relationshipColumns(relation: Relation): Column<EdgeRow>[] {
  if (relation === "affiliated-with") return [...RELATIONSHIP_COLUMNS, ...ROLE_COLUMNS];
  return relation === "linked-to" ? [...RELATIONSHIP_COLUMNS, ...LINK_COLUMNS] : RELATIONSHIP_COLUMNS;
}

// ---------------------------------------------------------------------------------------------------------------------
// Files

function* csv<A>(columns: Column<A>[], rows: Iterable<[string, A]>): Generator<string> {
  yield `${columns.map((c) => c.header).join(",")}\n`;
  for (const [id, attributes] of rows) yield row(columns.map((c) => c.value(id, attributes)));
}

function* nodesOf(graph: PanelGraph, type: NodeType): Generator<[string, NodeAttributes]> {
  for (const { node, attributes } of graph.nodeEntries()) if (attributes.type === type) yield [node, attributes];
}

function* edgesOf(graph: PanelGraph, relation: Relation): Generator<[string, EdgeRow]> {
  const placeOf = passagePlaces(graph);
  const dateOf: SourceDateOf = (s) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined);
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    if (attributes.relation === relation) yield [edge, { from: source, to: target, attributes, placeOf, dateOf }];
  }
}

/** The options of `neo4j-admin database import full <database>` that load the files of folder `dir`. */
export function importOptions(nodeFiles: string[], relationshipFiles: string[], dir: string): string[] {
  return [
    "--id-type=string",
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    "--multiline-fields=true",
    "--legacy-style-quoting=false",
    ...nodeFiles.map((f) => `--nodes="${dir}/${f}"`),
    ...relationshipFiles.map((f) => `--relationships="${dir}/${f}"`),
  ];
}

function importScript(nodeFiles: string[], relationshipFiles: string[]): string {
  const options = importOptions(nodeFiles, relationshipFiles, "$dir");
  return [
    "#!/bin/sh",
    "# Loads this folder into a new, empty Neo4j database (Neo4j 5.19 or newer, which take the database name before",
    "# the options). Stop the DBMS first; afterwards start it (or CREATE DATABASE one not called neo4j).",
    "# Usage: sh import.sh [database]    (default neo4j; neo4j-admin from $NEO4J_HOME/bin if set, else from PATH)",
    "# See docs/graph-databases.md in panelgraph.",
    "set -eu",
    'dir=$(cd "$(dirname "$0")" && pwd -P)',
    "admin=neo4j-admin",
    'if [ -n "${NEO4J_HOME:-}" ]; then admin="$NEO4J_HOME/bin/neo4j-admin"; fi',
    '"$admin" database import full "${1:-neo4j}" \\',
    ...options.map((o, i) => `  ${o}${i === options.length - 1 ? "" : " \\"}`),
    "",
  ].join("\n");
}

function neo4jFiles(graph: PanelGraph): ExportFile[] {
  const types = NODE_TYPES.filter((t) => graph.someNode((_, a) => a.type === t));
  const relations = RELATION_NAMES.filter((r) => graph.someEdge((_, a) => a.relation === r));
  const files: ExportFile[] = [
    ...types.map((type) => ({
      name: nodesFileName(type),
      chunks: { [Symbol.iterator]: () => csv(nodeColumns(type), nodesOf(graph, type)) },
    })),
    ...relations.map((relation) => ({
      name: relationshipsFileName(relation),
      chunks: { [Symbol.iterator]: () => csv(relationshipColumns(relation), edgesOf(graph, relation)) },
    })),
  ];
  const script = importScript(types.map(nodesFileName), relations.map(relationshipsFileName));
  files.push({ name: "import.sh", chunks: [script] });
  return files;
}

export const neo4jExporter: Exporter = {
  format: "neo4j",
  extension: "",
  folder: true,
  describe: "Neo4j bulk-import CSV files (one per label and relationship type) and import.sh for neo4j-admin",
  files(graph: PanelGraph): ExportFile[] {
    return neo4jFiles(graph);
  },
};
