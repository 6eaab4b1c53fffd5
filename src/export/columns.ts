// The flat, typed view of nodes and edges that table-shaped formats (GEXF, GraphML, CSV) write: one definition of
// each column, so every format carries the same attributes under the same names. Lists are flattened into one cell
// here, by one escaping rule (docs/export-formats.md, "List cells"), so a cell always splits back into its items.
import {
  nodePassages,
  pagesLabel,
  passagePlaces,
  type NodePassage,
  type PassageClaim,
  type PassagePlace,
} from "../model/evidence.js";
import type { EdgeAttributes, PanelGraph } from "../model/graph.js";
import { affiliationEdgeEnd, currentRole, periodText, roleWithPeriod } from "../model/roles.js";
import { EVIDENCE_KINDS, type Evidence } from "../model/vocabulary.js";

/**
 * `list`: short items (aliases, organisations, roles …) joined by "; " in one cell; GEXF declares it `liststring`.
 * `lines`: long items (passages) one a line; a `string` in every format, so that it reads as text in Gephi and in the
 * viewer, which takes a GEXF's `evidence` as text.
 */
export type ColumnType = "string" | "integer" | "double" | "list" | "lines";
export type CellValue = string | number | undefined;

interface ScalarColumn<Row> {
  id: string;
  type: "string" | "integer" | "double";
  /** undefined: the entity has no value for it (written as an empty cell or no attvalue). */
  value(row: Row): CellValue;
}

export interface ListColumn<Row> {
  id: string;
  type: "list" | "lines";
  /** The items; an empty list is written as no value. */
  items(row: Row): readonly string[];
  /** The items as one escaped cell (`listCell`), for CSV and GraphML. */
  value(row: Row): string | undefined;
}

export type Column<Row> = ScalarColumn<Row> | ListColumn<Row>;

/** One node as the columns see it; the node's passages (src/model/evidence.ts nodePassages) are gathered once. */
export class NodeRow {
  #passages: NodePassage[] | undefined;
  constructor(
    readonly graph: PanelGraph,
    readonly id: string,
  ) {}
  get passages(): NodePassage[] {
    return (this.#passages ??= nodePassages(this.graph, this.id));
  }
}

export interface EdgeRow {
  graph: PanelGraph;
  id: string;
  attributes: EdgeAttributes;
}

/** What the readable form of a passage writes for each line break in its quote: " / ", as a run-in quotation does. */
export const QUOTE_LINE_BREAK = " / ";

/** `source:line`, and for a PDF source `source:line (p. 7)` (`(pp. 7–8)` over a page break): where the CLI and the viewer cite it. */
export function passageWhere(source: string, { line, page, pageEnd }: PassagePlace): string {
  const pages = page === undefined ? "" : ` (${pagesLabel({ page, pageEnd })})`;
  return `${line === undefined ? source : `${source}:${line}`}${pages}`;
}

/**
 * A passage as one readable line: `“quote” — source:line (p. 7), kind, characters start–end`. A quote that runs over
 * lines (a list of panellists) has its line breaks written as " / ", so that the passage stays one line of text in
 * Gephi, a spreadsheet or networkx; the exact quote is evidence.csv's `quote`, and `text.slice(start, end)`.
 */
export function formatPassage(e: Evidence, place: PassagePlace = {}): string {
  return `“${readableQuote(e.quote)}” — ${passageWhere(e.source, place)}, ${e.kind}, characters ${e.start}–${e.end}`;
}

/** The quote on one line: each line break, with the spaces around it, written as QUOTE_LINE_BREAK. */
export function readableQuote(quote: string): string {
  return quote.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, QUOTE_LINE_BREAK);
}

const PASSAGE = new RegExp(
  `^“([\\s\\S]*)” — ([^,:( ]+)(?::(\\d+))?(?: \\(pp?\\. (\\d+)(?:–(\\d+))?\\))?, (${EVIDENCE_KINDS.join("|")}), characters (\\d+)–(\\d+)(?: — for: .*)?$`,
);

/** A passage read back from `formatPassage`'s line (a node's line too, its claims after " — for: " aside) (the viewer reads a dropped GEXF's evidence so); undefined if not one. */
export function parsePassage(text: string): (Evidence & PassagePlace) | undefined {
  const m = PASSAGE.exec(text);
  if (!m) return undefined;
  const [, quote, source, line, page, pageEnd, kind, start, end] = m;
  return {
    quote: quote!,
    source: source!,
    kind: kind as Evidence["kind"],
    start: Number(start),
    end: Number(end),
    ...(line === undefined ? {} : { line: Number(line) }),
    ...(page === undefined ? {} : { page: Number(page) }),
    ...(pageEnd === undefined ? {} : { pageEnd: Number(pageEnd) }),
  };
}

/** The passages' readable lines, each with its place in its source (found once per graph and source). */
const placesByGraph = new WeakMap<PanelGraph, ReturnType<typeof passagePlaces>>();
function placesOf(graph: PanelGraph): ReturnType<typeof passagePlaces> {
  let placeOf = placesByGraph.get(graph);
  if (!placeOf) placesByGraph.set(graph, (placeOf = passagePlaces(graph)));
  return placeOf;
}
export function passageLines(graph: PanelGraph, evidence: readonly Evidence[]): string[] {
  const placeOf = placesOf(graph);
  return evidence.map((e) => formatPassage(e, placeOf(e)));
}

/** A claim as the CLI's `search` names it: "Nadia Lusk mentions Halima Brannock", "Hearing date: 2025-05-12". */
function claimText(graph: PanelGraph, claim: PassageClaim): string {
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  return "relation" in claim
    ? `${label(claim.from)} ${claim.relation} ${label(claim.to)}`
    : `${label(claim.entity)} ${claim.fact}: ${claim.value}`;
}

/** Between a node passage and the claims it backs, and between those claims. */
export const CLAIMS_PREFIX = " — for: ";
export const CLAIM_SEPARATOR = " | ";

/**
 * A node's passages as lines: the passage as `formatPassage` writes it, then the claims it backs there, so that whose
 * words they are is on the line: `“…” — s:9 (p. 1), direct-quote, characters 10–80 — for: Nadia Lusk mentions Halima Brannock`.
 */
export function nodePassageLines(graph: PanelGraph, passages: readonly NodePassage[]): string[] {
  const placeOf = placesOf(graph);
  return passages.map(
    ({ evidence, claims }) =>
      formatPassage(evidence, placeOf(evidence)) +
      CLAIMS_PREFIX +
      claims.map((c) => claimText(graph, c)).join(CLAIM_SEPARATOR),
  );
}

/** The items of a `list` column are joined by this, for tools (spreadsheets, yEd) that have no list type. */
export const LIST_SEPARATOR = "; ";
/** Passages are sentences that may contain "; ", so a `lines` column has one a line. */
export const PASSAGE_SEPARATOR = "\n";
export type ListSeparator = typeof LIST_SEPARATOR | typeof PASSAGE_SEPARATOR;

/** An empty item, so that a list holding one empty string is not an empty cell (which means no list). */
export const EMPTY_ITEM = "\\e";

const LIST_ESCAPES: Record<string, string> = { "\\": "\\\\", ";": "\\;" };
const LINE_ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r" };

function escapeItem(item: string, separator: ListSeparator): string {
  if (item === "") return EMPTY_ITEM;
  return separator === LIST_SEPARATOR
    ? item.replace(/[\\;]/g, (c) => LIST_ESCAPES[c]!)
    : item.replace(/[\\\n\r]/g, (c) => LINE_ESCAPES[c]!);
}

/**
 * A list as one cell: each item escaped (a backslash as `\\`; in "; " lists a `;` as `\;`, in line lists a line feed
 * as `\n` and a carriage return as `\r`; an empty item as `\e`), then joined by the separator. No items: no cell.
 */
export function listCell(items: readonly string[], separator: ListSeparator = LIST_SEPARATOR): string | undefined {
  return items.length > 0 ? items.map((item) => escapeItem(item, separator)).join(separator) : undefined;
}

function listColumn<Row>(id: string, items: (row: Row) => readonly string[]): ListColumn<Row> {
  return { id, type: "list", items, value: (row) => listCell(items(row), LIST_SEPARATOR) };
}

function linesColumn<Row>(id: string, items: (row: Row) => readonly string[]): ListColumn<Row> {
  return { id, type: "lines", items, value: (row) => listCell(items(row), PASSAGE_SEPARATOR) };
}

/** "Role, Organisation (source)" for each role a source gives a person. */
function roles(graph: PanelGraph, id: string): string[] {
  const found: string[] = [];
  graph.forEachOutEdge(id, (_, attributes, __, organisation) => {
    if (attributes.relation !== "affiliated-with") return;
    const label = graph.getNodeAttribute(organisation, "label");
    for (const role of attributes.roles ?? []) {
      const period = periodText(role);
      found.push(`${role.role}, ${label}${period === undefined ? "" : `, ${period}`} (${role.source})`);
    }
  });
  return found;
}

function organisations(graph: PanelGraph, id: string): string[] {
  return graph
    .filterOutEdges(id, (_, attributes) => attributes.relation === "affiliated-with")
    .map((edge) => graph.getNodeAttribute(graph.target(edge), "label"));
}

const node = (row: NodeRow) => row.graph.getNodeAttributes(row.id);

/**
 * `panelgraph stats`' degree (and the viewer's Statistics'): the distinct entities linked to the node by what the
 * sources say, as src/analysis/evidence-graph.ts draws that graph (sources and registry-made edges left out); none for
 * a source. `degree` counts every edge of the exported graph, those too.
 */
function evidenceDegree({ graph, id }: NodeRow): number | undefined {
  if (graph.getNodeAttribute(id, "type") === "source") return undefined;
  const linked = new Set<string>();
  graph.forEachEdge(id, (_, attributes, from, to) => {
    const other = from === id ? to : from;
    if (other === id || attributes.origin === "registry") return;
    if (graph.getNodeAttribute(other, "type") !== "source") linked.add(other);
  });
  return linked.size;
}

const NO_ITEMS: readonly string[] = [];

export const NODE_COLUMNS: Column<NodeRow>[] = [
  { id: "type", type: "string", value: (r) => node(r).type },
  { id: "kind", type: "string", value: (r) => node(r).kind },
  listColumn("aliases", (r) => node(r).aliases),
  { id: "description", type: "string", value: (r) => node(r).description },
  // Recommendations and findings: their full text. A source's text is its own file and stays out of the tables.
  { id: "text", type: "string", value: (r) => (node(r).type === "source" ? undefined : node(r).text) },
  { id: "community", type: "integer", value: (r) => node(r).community },
  { id: "centrality", type: "double", value: (r) => node(r).centrality },
  { id: "degree", type: "integer", value: (r) => r.graph.degree(r.id) },
  { id: "evidence_degree", type: "integer", value: evidenceDegree },
  listColumn("organisations", (r) => organisations(r.graph, r.id)),
  listColumn("roles", (r) => roles(r.graph, r.id)),
  listColumn("facts", (r) => node(r).facts.map((f) => `${f.name}: ${f.value} (${f.source})`)),
  listColumn("sources", (r) =>
    node(r).type === "source" ? NO_ITEMS : [...new Set(r.passages.map((p) => p.evidence.source))],
  ),
  { id: "evidence_count", type: "integer", value: (r) => r.passages.length },
  linesColumn("evidence", (r) => (node(r).type === "source" ? NO_ITEMS : nodePassageLines(r.graph, r.passages))),
  { id: "publisher", type: "string", value: (r) => node(r).publisher },
  { id: "date", type: "string", value: (r) => node(r).date },
  { id: "url", type: "string", value: (r) => node(r).url },
];

/** Without weight: GEXF has its own `weight` on `<edge>`, and Gephi a Weight column that an attribute would clash with. */
export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { id: "relation", type: "string", value: (r) => r.attributes.relation },
  { id: "origin", type: "string", value: (r) => r.attributes.origin },
  listColumn("sources", (r) => r.attributes.sources),
  listColumn("roles", (r) => (r.attributes.roles ?? []).map((role) => `${roleWithPeriod(role)} (${role.source})`)),
  // The role held now (src/model/roles.ts currentRole): none when every role has ended or the sources disagree.
  {
    id: "current_role",
    type: "string",
    value: (r) => {
      const roles = r.attributes.roles;
      return (
        roles && currentRole(roles, (s) => (r.graph.hasNode(s) ? r.graph.getNodeAttribute(s, "date") : undefined))?.role
      );
    },
  },
  { id: "evidence_count", type: "integer", value: (r) => r.attributes.evidence.length },
  linesColumn("evidence", (r) => passageLines(r.graph, r.attributes.evidence)),
  listColumn("notes", (r) => r.attributes.notes ?? NO_ITEMS),
  // Added after the columns earlier exports had, so a sheet or script that reads them by position keeps working.
  // affiliated-with: each claim without a role, its dates as `roles` gives a role's: `until 2024-04 (source)`.
  listColumn("periods", (r) => (r.attributes.periods ?? []).map((p) => `${periodText(p) ?? "no dates"} (${p.source})`)),
  // When the sources end an affiliation they give without any role (as people-at reads it): its latest `until`.
  {
    id: "ended",
    type: "string",
    value: (r) => {
      return affiliationEdgeEnd(r.attributes, (s) =>
        r.graph.hasNode(s) ? r.graph.getNodeAttribute(s, "date") : undefined,
      );
    },
  },
  // linked-to: the link in the sources' words, each wording once ("retained; is paid by"); its sources are the passages'.
  listColumn("link", (r) => (r.attributes.links ? [...new Set(r.attributes.links.map((l) => l.link))] : NO_ITEMS)),
];

/** For GraphML and CSV, which have no weight of their own: the relation, then the weight, then the rest. */
export const EDGE_COLUMNS_WITH_WEIGHT: Column<EdgeRow>[] = [
  EDGE_COLUMNS[0]!,
  { id: "weight", type: "double", value: (r) => r.attributes.weight },
  ...EDGE_COLUMNS.slice(1),
];
