// GEXF 1.3 for Gephi and Gephi Lite, written as a stream of chunks (one per node or edge), never as one string, so
// a graph of 500k edges exports in bounded memory. Valid against the official RELAX NG grammar (npm run test:interop).
import type { PanelGraph } from "../model/graph.js";
import { EDGE_COLUMNS, NODE_COLUMNS, NodeRow, type Column, type ColumnType } from "./columns.js";
import { communityColor, edgeThickness, hexToRgb, nodeSize, TYPE_COLORS } from "./palette.js";
import { EXPORT_DEFAULTS, type Exporter, type ExportOptions } from "./types.js";
import { escapeXml } from "./xml.js";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** Passages (`lines`) stay one text a line: Gephi shows them readably, and the viewer reads a GEXF's evidence as text. */
const GEXF_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "integer",
  double: "double",
  list: "liststring",
  lines: "string",
};

/**
 * A `liststring` value as the GEXF 1.3 primer writes lists, `[item, item]`: every item in double quotes with `\` and `"`
 * backslash-escaped, which Gephi's and graphology-gexf's list parsers read back item for item.
 */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((item) => `"${item.replace(/[\\"]/g, "\\$&")}"`).join(", ")}]`;
}

function* declarations<Row>(kind: "node" | "edge", columns: Column<Row>[]): Generator<string> {
  yield `    <attributes class="${kind}">\n`;
  for (const c of columns) yield `      <attribute id="${c.id}" title="${c.id}" type="${GEXF_TYPES[c.type]}"/>\n`;
  yield "    </attributes>\n";
}

function attvalues<Row>(columns: Column<Row>[], row: Row): string {
  let xml = "";
  for (const c of columns) {
    let value: string | number | undefined;
    if (c.type === "list") {
      const items = c.items(row);
      value = items.length > 0 ? gexfList(items) : undefined;
    } else value = c.value(row);
    if (value === undefined) continue;
    xml += `          <attvalue for="${c.id}" value="${escapeXml(String(value))}"/>\n`;
  }
  return xml ? `        <attvalues>\n${xml}        </attvalues>\n` : "";
}

/** The newest full (YYYY-MM-DD) source date in the graph: the data's own date; undefined when no source has one. */
export function newestSourceDate(graph: PanelGraph): string | undefined {
  const dates = graph
    .filterNodes((_, a) => a.type === "source" && /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? ""))
    .map((id) => graph.getNodeAttribute(id, "date")!)
    .sort();
  return dates.at(-1);
}

/** The date a reader should see as the data's: the newest full source date in the graph (else the epoch). */
function graphDate(graph: PanelGraph): string {
  return newestSourceDate(graph) ?? "1970-01-01";
}

export function* gexfChunks(graph: PanelGraph, options: Partial<ExportOptions> = {}): Generator<string> {
  const { colorBy, date } = { ...EXPORT_DEFAULTS, ...options };
  const name = graph.getAttribute("name") ?? "panelgraph";
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">\n`;
  yield `  <meta lastmodifieddate="${escapeXml(date ?? graphDate(graph))}">\n`;
  yield "    <creator>panelgraph</creator>\n";
  yield `    <description>${escapeXml(
    `${name}: ${graph.order} entities and ${graph.size} evidence-backed connections from ` +
      `${(graph.getAttribute("sources") ?? []).join(", ") || "no sources"}. Node colours by ${colorBy}.`,
  )}</description>\n`;
  yield "  </meta>\n";
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield* declarations("node", NODE_COLUMNS);
  yield* declarations("edge", EDGE_COLUMNS);
  yield "    <nodes>\n";
  for (const id of graph.nodes()) {
    const a = graph.getNodeAttributes(id);
    const { r, g, b } = hexToRgb(colorBy === "community" ? communityColor(a.community) : TYPE_COLORS[a.type]);
    let xml = `      <node id="${escapeXml(id)}" label="${escapeXml(a.label)}">\n`;
    xml += attvalues(NODE_COLUMNS, new NodeRow(graph, id));
    xml += `        <viz:color r="${r}" g="${g}" b="${b}" a="1"/>\n`;
    if (a.x !== undefined && a.y !== undefined) xml += `        <viz:position x="${a.x}" y="${a.y}" z="0"/>\n`;
    xml += `        <viz:size value="${nodeSize(a.centrality)}"/>\n`;
    yield `${xml}      </node>\n`;
  }
  yield "    </nodes>\n";
  yield "    <edges>\n";
  for (const id of graph.edges()) {
    const attributes = graph.getEdgeAttributes(id);
    let xml =
      `      <edge id="${escapeXml(id)}" source="${escapeXml(graph.source(id))}" target="${escapeXml(graph.target(id))}"` +
      ` label="${attributes.relation}" weight="${attributes.weight}">\n`;
    xml += attvalues(EDGE_COLUMNS, { graph, id, attributes });
    xml += `        <viz:thickness value="${edgeThickness(attributes.weight)}"/>\n`;
    yield `${xml}      </edge>\n`;
  }
  yield "    </edges>\n";
  yield "  </graph>\n";
  yield "</gexf>\n";
}

export const gexfExporter: Exporter = {
  format: "gexf",
  extension: "gexf",
  folder: false,
  describe: "GEXF 1.3 for Gephi / Gephi Lite: typed attributes, evidence, viz colour, position, size and thickness",
  files: (graph, options) => [{ name: "", chunks: gexfChunks(graph, options) }],
};

/** The whole file as one string, for small graphs and the viewer's download. */
export function toGexf(graph: PanelGraph, options: Partial<ExportOptions> = {}): string {
  return [...gexfChunks(graph, options)].join("");
}
