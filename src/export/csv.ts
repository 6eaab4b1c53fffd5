// CSV for spreadsheets: nodes.csv and edges.csv with the same columns as GEXF (evidence flattened into one cell,
// a passage a line), and evidence.csv with one row per passage for filtering and counting. RFC 4180 quoting.
import { passagePlaces } from "../model/evidence.js";
import type { PanelGraph } from "../model/graph.js";
import type { Evidence } from "../model/vocabulary.js";
import {
  EDGE_COLUMNS_WITH_WEIGHT,
  listCell,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  NodeRow,
  PASSAGE_SEPARATOR,
  type CellValue,
  type Column,
} from "./columns.js";
import type { Exporter } from "./types.js";

/** RFC 4180: a field with a comma, quote, CR or LF goes in double quotes, its quotes doubled. Lines end in CRLF. */
export function csvField(value: CellValue): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: CellValue[]) => `${fields.map(csvField).join(",")}\r\n`;

/** Excel's most characters in a cell (UTF-16 code units, as JavaScript counts); a longer cell is cut when opened. */
export const SPREADSHEET_CELL_LIMIT = 32_767;

/**
 * A list cell that fits a spreadsheet's cell: the items that fit, whole, then one item saying how many more there
 * are and where they are (every passage is a row of evidence.csv; JSON and GEXF keep every item).
 */
export function cappedListCell(
  items: readonly string[],
  lines: boolean,
  limit: number = SPREADSHEET_CELL_LIMIT,
): string | undefined {
  const separator = lines ? PASSAGE_SEPARATOR : LIST_SEPARATOR;
  const whole = listCell(items, separator);
  if (whole === undefined || whole.length <= limit) return whole;
  const more = (n: number) =>
    lines
      ? `… ${n} more passage${n === 1 ? "" : "s"}, not shown: a spreadsheet cell holds ${limit} characters; evidence.csv has each claim's passages, a row each`
      : `… ${n} more (cut at a spreadsheet's ${limit} characters a cell; the JSON export has them all)`;
  let kept = 0;
  let length = 0;
  for (const item of items) {
    const cell = listCell([item], separator)!;
    const next = length + (kept > 0 ? separator.length : 0) + cell.length;
    if (next + separator.length + more(items.length - kept - 1).length > limit) break;
    length = next;
    kept++;
  }
  const shown = kept > 0 ? listCell(items.slice(0, kept), separator)! + separator : "";
  return shown + more(items.length - kept);
}

/** A column's cell in nodes.csv or edges.csv: a list cut to fit a spreadsheet's cell. */
function cellOf<Row>(column: Column<Row>, row: Row): CellValue {
  return column.type === "list" || column.type === "lines"
    ? cappedListCell(column.items(row), column.type === "lines")
    : column.value(row);
}

function* nodesCsv(graph: PanelGraph): Generator<string> {
  yield csvLine(["id", "label", ...NODE_COLUMNS.map((c) => c.id), "x", "y"]);
  for (const id of graph.nodes()) {
    const row = new NodeRow(graph, id);
    const a = graph.getNodeAttributes(id);
    yield csvLine([id, a.label, ...NODE_COLUMNS.map((c) => cellOf(c, row)), a.x, a.y]);
  }
}

function* edgesCsv(graph: PanelGraph): Generator<string> {
  // The labels of `source` and `target` come last, so a sheet reading the columns before them by position keeps working.
  yield csvLine([
    "id",
    "source",
    "target",
    ...EDGE_COLUMNS_WITH_WEIGHT.map((c) => c.id),
    "source_label",
    "target_label",
  ]);
  const labelOf = (id: string) => graph.getNodeAttribute(id, "label");
  for (const { edge: id, attributes, source, target } of graph.edgeEntries()) {
    const row = { graph, id, attributes };
    const cells = EDGE_COLUMNS_WITH_WEIGHT.map((c) => cellOf(c, row));
    yield csvLine([id, source, target, ...cells, labelOf(source), labelOf(target)]);
  }
}

/**
 * A source's repaired characters (its node's `repaired` offsets, `damagedCharacter`): what the file as published has
 * at each. Repairing changes one character for one (src/ingest/repair.ts), so offsets are the file's too; only those
 * characters differ, and a quote holding one does not match the file until they are put back.
 */
function damagedAt(graph: PanelGraph, source: string): { offsets: Set<number>; character: string } | undefined {
  if (!graph.hasNode(source)) return undefined;
  const { repaired, damagedCharacter } = graph.getNodeAttributes(source);
  const code = /^U\+([0-9A-F]{4})$/i.exec(damagedCharacter ?? "")?.[1];
  if (!repaired?.length || code === undefined) return undefined;
  return { offsets: new Set(repaired), character: String.fromCharCode(parseInt(code, 16)) };
}

/** The quote as the source's file has it, and how many of its characters were repaired. */
function quoteInFile(e: Evidence, damaged: ReturnType<typeof damagedAt>): { quote: string; repaired: number } {
  if (damaged === undefined) return { quote: e.quote, repaired: 0 };
  let repaired = 0;
  const quote = [...e.quote.split("").entries()]
    .map(([i, c]) => (damaged.offsets.has(e.start + i) ? (repaired++, damaged.character) : c))
    .join("");
  return { quote, repaired };
}

function* evidenceCsv(graph: PanelGraph): Generator<string> {
  // `line` and `page` (PDF sources) are where the CLI and the viewer cite a passage: `source:line`, `p. 7`;
  // `page_end` the page it runs on to over a page break (`pp. 7–8`), empty when it ends on the page it starts on.
  // `quote_in_file` is the quote as the file in sources/ has it (its damaged characters where `quote` has them
  // repaired; `repaired` counts them): `start`–`end` slice it from the file as published. The columns after it name
  // what the ids stand for (who said what, in which source, when) and come last, so a sheet made from the first
  // fourteen keeps working.
  // prettier-ignore
  yield csvLine(["edge", "relation", "from", "to", "source", "line", "page", "page_end", "start", "end", "kind", "quote", "quote_in_file", "repaired", "from_label", "to_label", "source_title", "source_date"]);
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : undefined);
  const dateOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "date") : undefined);
  const placeOf = passagePlaces(graph);
  const damaged = new Map<string, ReturnType<typeof damagedAt>>();
  for (const { edge: id, attributes, source, target } of graph.edgeEntries()) {
    // The first four fields are the same on every row of an edge.
    const prefix = `${[id, attributes.relation, source, target].map(csvField).join(",")},`;
    const labels = [labelOf(source), labelOf(target)];
    for (const e of attributes.evidence) {
      const { line, page, pageEnd } = placeOf(e);
      if (!damaged.has(e.source)) damaged.set(e.source, damagedAt(graph, e.source));
      const inFile = quoteInFile(e, damaged.get(e.source));
      // prettier-ignore
      yield prefix + csvLine([e.source, line, page, pageEnd, e.start, e.end, e.kind, e.quote, inFile.quote, inFile.repaired, ...labels, labelOf(e.source), dateOf(e.source)]);
    }
  }
}

/** `chunks` after a UTF-8 byte-order mark when `bom` (ExportOptions.bom). */
function* marked(chunks: Iterable<string>, bom: boolean | undefined): Generator<string> {
  if (bom) yield "\uFEFF";
  yield* chunks;
}

export const csvExporter: Exporter = {
  format: "csv",
  extension: "",
  folder: true,
  describe: "a folder of nodes.csv, edges.csv and evidence.csv (one row per passage) for spreadsheets",
  files: (graph, options) => [
    { name: "nodes.csv", chunks: marked(nodesCsv(graph), options?.bom) },
    { name: "edges.csv", chunks: marked(edgesCsv(graph), options?.bom) },
    { name: "evidence.csv", chunks: marked(evidenceCsv(graph), options?.bom) },
  ],
};
