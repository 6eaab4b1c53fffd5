// The flat, typed view of nodes and edges that table-shaped formats (GEXF, GraphML, CSV) write: one definition of
// each column, so every format carries the same attributes under the same names.
import type { EdgeAttributes, PanelGraph } from "../model/graph.js";
import type { Evidence } from "../model/vocabulary.js";

export type ColumnType = "string" | "integer" | "double";
export type CellValue = string | number | undefined;

export interface Column<Row> {
  id: string;
  type: ColumnType;
  /** undefined: the entity has no value for it (written as an empty cell or no attvalue). */
  value(row: Row): CellValue;
}

/** One node as the columns see it; the node's passages are gathered once, on first use. */
export class NodeRow {
  #passages: Evidence[] | undefined;
  constructor(
    readonly graph: PanelGraph,
    readonly id: string,
  ) {}
  get passages(): Evidence[] {
    return (this.#passages ??= nodePassages(this.graph, this.id));
  }
}

export interface EdgeRow {
  graph: PanelGraph;
  id: string;
  attributes: EdgeAttributes;
}

/** A passage as one readable line: “quote” — source, kind, characters start–end. */
export function formatPassage(e: Evidence): string {
  return `“${e.quote}” — ${e.source}, ${e.kind}, characters ${e.start}–${e.end}`;
}

/** Lists go in one cell joined by this, for tools (Gephi, spreadsheets) that have no list type we can rely on. */
export const LIST_SEPARATOR = "; ";
/** Passages are sentences that may contain "; ", so they go one per line. */
export const PASSAGE_SEPARATOR = "\n";

const join = (values: readonly string[]) => (values.length > 0 ? values.join(LIST_SEPARATOR) : undefined);

/** The distinct passages on a node's edges, in source and position order; sources' own edges are not repeated. */
function nodePassages(graph: PanelGraph, id: string): Evidence[] {
  const all: Evidence[] = [];
  graph.forEachEdge(id, (_, attributes) => {
    for (const e of attributes.evidence) all.push(e);
  });
  for (const fact of graph.getNodeAttribute(id, "facts")) all.push(...fact.evidence);
  // A stable sort keeps citations of one passage in the order met; the last one met is kept.
  all.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || a.end - b.end));
  return all.filter((e, i) => {
    const next = all[i + 1];
    return !next || next.source !== e.source || next.start !== e.start || next.end !== e.end;
  });
}

/** "Role, Organisation (source)" for each role a source gives a person. */
function roles(graph: PanelGraph, id: string): string[] {
  const found: string[] = [];
  graph.forEachOutEdge(id, (_, attributes, __, organisation) => {
    if (attributes.relation !== "affiliated-with") return;
    const label = graph.getNodeAttribute(organisation, "label");
    for (const role of attributes.roles ?? []) found.push(`${role.role}, ${label} (${role.source})`);
  });
  return found;
}

function organisations(graph: PanelGraph, id: string): string[] {
  return graph
    .filterOutEdges(id, (_, attributes) => attributes.relation === "affiliated-with")
    .map((edge) => graph.getNodeAttribute(graph.target(edge), "label"));
}

const node = (row: NodeRow) => row.graph.getNodeAttributes(row.id);

export const NODE_COLUMNS: Column<NodeRow>[] = [
  { id: "type", type: "string", value: (r) => node(r).type },
  { id: "kind", type: "string", value: (r) => node(r).kind },
  { id: "aliases", type: "string", value: (r) => join(node(r).aliases) },
  { id: "description", type: "string", value: (r) => node(r).description },
  // Recommendations and findings: their full text. A source's text is its own file and stays out of the tables.
  { id: "text", type: "string", value: (r) => (node(r).type === "source" ? undefined : node(r).text) },
  { id: "community", type: "integer", value: (r) => node(r).community },
  { id: "centrality", type: "double", value: (r) => node(r).centrality },
  { id: "degree", type: "integer", value: (r) => r.graph.degree(r.id) },
  { id: "organisations", type: "string", value: (r) => join(organisations(r.graph, r.id)) },
  { id: "roles", type: "string", value: (r) => join(roles(r.graph, r.id)) },
  {
    id: "facts",
    type: "string",
    value: (r) => join(node(r).facts.map((f) => `${f.name}: ${f.value} (${f.source})`)),
  },
  {
    id: "sources",
    type: "string",
    value: (r) => (node(r).type === "source" ? undefined : join([...new Set(r.passages.map((e) => e.source))])),
  },
  { id: "evidence_count", type: "integer", value: (r) => r.passages.length },
  {
    id: "evidence",
    type: "string",
    value: (r) =>
      node(r).type === "source" ? undefined : r.passages.map(formatPassage).join(PASSAGE_SEPARATOR) || undefined,
  },
  { id: "publisher", type: "string", value: (r) => node(r).publisher },
  { id: "date", type: "string", value: (r) => node(r).date },
  { id: "url", type: "string", value: (r) => node(r).url },
];

/** Without weight: GEXF has its own `weight` on `<edge>`, and Gephi a Weight column that an attribute would clash with. */
export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { id: "relation", type: "string", value: (r) => r.attributes.relation },
  { id: "origin", type: "string", value: (r) => r.attributes.origin },
  { id: "sources", type: "string", value: (r) => join(r.attributes.sources) },
  {
    id: "roles",
    type: "string",
    value: (r) => join((r.attributes.roles ?? []).map((role) => `${role.role} (${role.source})`)),
  },
  { id: "evidence_count", type: "integer", value: (r) => r.attributes.evidence.length },
  {
    id: "evidence",
    type: "string",
    value: (r) => r.attributes.evidence.map(formatPassage).join(PASSAGE_SEPARATOR) || undefined,
  },
  { id: "notes", type: "string", value: (r) => join(r.attributes.notes ?? []) },
];

/** For GraphML and CSV, which have no weight of their own: the relation, then the weight, then the rest. */
export const EDGE_COLUMNS_WITH_WEIGHT: Column<EdgeRow>[] = [
  EDGE_COLUMNS[0]!,
  { id: "weight", type: "double", value: (r) => r.attributes.weight },
  ...EDGE_COLUMNS.slice(1),
];
