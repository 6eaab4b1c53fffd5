// GraphML for yEd, Cytoscape and networkx: the same columns as GEXF as typed <data> keys, plus label, position,
// size and colour so a tool without our layout still opens a drawn graph. Valid against the GraphML 1.0 XML Schema
// (npm run test:interop), whose node and edge ids are xs:NMTOKEN: ids are mapped (`graphmlNodeId`, `graphmlEdgeId`)
// and the originals kept as the `node` and `edge` data keys (not `id`: igraph reads the GraphML ids into an `id`
// attribute, and warns, keeping neither, when the file has one of its own).
import { edgeKey } from "../graph/build.js";
import type { PanelGraph } from "../model/graph.js";
import type { Relation } from "../model/schema.js";
import {
  EDGE_COLUMNS_WITH_WEIGHT,
  listCell,
  NODE_COLUMNS,
  NodeRow,
  type CellValue,
  type Column,
  type ColumnType,
  type EdgeRow,
} from "./columns.js";
import { communityColor, nodeSize, TYPE_COLORS } from "./palette.js";
import { EXPORT_DEFAULTS, type Exporter, type ExportOptions } from "./types.js";
import { escapeXml } from "./xml.js";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

// GraphML has no list type: lists are one escaped cell (columns.ts listCell).
const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "int",
  double: "double",
  list: "string",
  lines: "string",
};

// Characters kept as they are in an id; anything else is written `_<hex code point>_`. `_` itself is never kept, so the
// mapping is one-to-one; `:` is never kept, so an edge id's two colons (below) cannot come from an id's own.
const PLAIN = /^[A-Za-z0-9.-]+$/;
const PLAIN_CHAR = /[A-Za-z0-9.-]/;

/** A string as an xs:NMTOKEN: unchanged when it is letters, digits, `.` and `-` (every valid panelgraph id is). */
export function graphmlToken(value: string): string {
  if (PLAIN.test(value)) return value;
  if (value === "") return "_";
  let token = "";
  for (const char of value) token += PLAIN_CHAR.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  return token;
}

export const graphmlNodeId = graphmlToken;

/**
 * `addresses:rec-1->housing` → `addresses:rec-1:housing`: relation, source and target as tokens joined by `:`. A key
 * not of that form (not from `build`) is written as one token, which has no `:`, so the two kinds never collide.
 */
export function graphmlEdgeId(key: string, relation: Relation, source: string, target: string): string {
  if (key === edgeKey(relation, source, target)) {
    return `${graphmlToken(relation)}:${graphmlToken(source)}:${graphmlToken(target)}`;
  }
  return graphmlToken(key);
}

type Key<Row> = Column<Row> & {
  /** The key's id in the file: `n_` / `e_` + the column id, as node and edge columns share names. */
  key: string;
};

function keys<Row>(prefix: "n" | "e", columns: Column<Row>[]): Key<Row>[] {
  return columns.map((c) => ({ ...c, key: `${prefix}_${c.id}` }));
}

function* declarations<Row>(kind: "node" | "edge", columns: Key<Row>[]): Generator<string> {
  for (const c of columns) {
    yield `  <key id="${c.key}" for="${kind}" attr.name="${c.id}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`;
  }
}

function data<Row>(columns: Key<Row>[], row: Row): string {
  let xml = "";
  for (const c of columns) {
    const value: CellValue = c.value(row);
    if (value !== undefined) xml += `      <data key="${c.key}">${escapeXml(String(value))}</data>\n`;
  }
  return xml;
}

export function* graphmlChunks(graph: PanelGraph, options: Partial<ExportOptions> = {}): Generator<string> {
  const { colorBy } = { ...EXPORT_DEFAULTS, ...options };
  const nodeKeys = keys<NodeRow>("n", [
    // The node's id as panelgraph writes it everywhere else (graph.json, nodes.csv's `id`).
    { id: "node", type: "string", value: (r) => r.id },
    { id: "label", type: "string", value: (r) => r.graph.getNodeAttribute(r.id, "label") },
    ...NODE_COLUMNS,
    { id: "x", type: "double", value: (r) => r.graph.getNodeAttribute(r.id, "x") },
    { id: "y", type: "double", value: (r) => r.graph.getNodeAttribute(r.id, "y") },
    { id: "size", type: "double", value: (r) => nodeSize(r.graph.getNodeAttribute(r.id, "centrality")) },
    {
      id: "color",
      type: "string",
      value: (r) => {
        const a = r.graph.getNodeAttributes(r.id);
        return colorBy === "community" ? communityColor(a.community) : TYPE_COLORS[a.type];
      },
    },
  ]);
  const edgeKeys = keys<EdgeRow>("e", [
    // The edge's key as panelgraph writes it everywhere else (graph.json, edges.csv): `relation:from->to`.
    { id: "edge", type: "string", value: (r) => r.id },
    ...EDGE_COLUMNS_WITH_WEIGHT,
  ]);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NAMESPACE}">\n`;
  yield '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>\n';
  yield '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>\n';
  yield* declarations("node", nodeKeys);
  yield* declarations("edge", edgeKeys);
  yield '  <graph id="panelgraph" edgedefault="directed">\n';
  yield `    <data key="g_name">${escapeXml(graph.getAttribute("name") ?? "panelgraph")}</data>\n`;
  const sources = listCell(graph.getAttribute("sources") ?? []);
  if (sources !== undefined) yield `    <data key="g_sources">${escapeXml(sources)}</data>\n`;
  // Tokens are plain ASCII without markup characters: they need no escaping.
  for (const id of graph.nodes()) {
    yield `    <node id="${graphmlNodeId(id)}">\n${data(nodeKeys, new NodeRow(graph, id))}    </node>\n`;
  }
  for (const { edge: id, attributes, source, target } of graph.edgeEntries()) {
    const edgeId = graphmlEdgeId(id, attributes.relation, source, target);
    yield (
      `    <edge id="${edgeId}" source="${graphmlNodeId(source)}" target="${graphmlNodeId(target)}">\n` +
      `${data(edgeKeys, { graph, id, attributes })}    </edge>\n`
    );
  }
  yield "  </graph>\n";
  yield "</graphml>\n";
}

export const graphmlExporter: Exporter = {
  format: "graphml",
  extension: "graphml",
  folder: false,
  describe: "GraphML for yEd, Cytoscape and networkx: the same attributes as GEXF, with x, y, size and colour",
  files: (graph, options) => [{ name: "", chunks: graphmlChunks(graph, options) }],
};
