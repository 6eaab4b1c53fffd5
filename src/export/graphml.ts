// GraphML for yEd, Cytoscape and networkx: the same columns as GEXF as typed <data> keys, plus label, position,
// size and colour so a tool without our layout still opens a drawn graph.
import type { PanelGraph } from "../model/graph.js";
import {
  EDGE_COLUMNS_WITH_WEIGHT,
  listCell,
  NODE_COLUMNS,
  NodeRow,
  type CellValue,
  type Column,
  type ColumnType,
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
  const edgeKeys = keys("e", EDGE_COLUMNS_WITH_WEIGHT);
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
  for (const id of graph.nodes()) {
    yield `    <node id="${escapeXml(id)}">\n${data(nodeKeys, new NodeRow(graph, id))}    </node>\n`;
  }
  for (const id of graph.edges()) {
    const attributes = graph.getEdgeAttributes(id);
    yield (
      `    <edge id="${escapeXml(id)}" source="${escapeXml(graph.source(id))}" target="${escapeXml(graph.target(id))}">\n` +
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
