// GraphML, CSV and JSON: each read back with a real parser and compared with the graph.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { EDGE_COLUMNS_WITH_WEIGHT, NODE_COLUMNS, passageLines } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { graphmlChunks, GRAPHML_NAMESPACE } from "../../src/export/graphml.js";
import { jsonExporter } from "../../src/export/json.js";
import type { ExportFile } from "../../src/export/types.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/corpus.js";
import { AWKWARD_LABELS, awkwardGraph } from "./awkward.js";
import { splitListCell } from "./list-cells.js";
import { parseXml } from "./xml.js";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));
const text = (file: ExportFile) => [...file.chunks].join("");

describe("GraphML export", () => {
  const doc = parseXml([...graphmlChunks(graph)].join(""));
  const keys = Array.from(doc.getElementsByTagName("key"));

  it("is namespaced GraphML with one key per column, for nodes and for edges", () => {
    expect(doc.documentElement!.namespaceURI).toBe(GRAPHML_NAMESPACE);
    const names = (kind: string) =>
      keys.filter((k) => k.getAttribute("for") === kind).map((k) => k.getAttribute("attr.name"));
    expect(names("node")).toEqual(["node", "label", ...NODE_COLUMNS.map((c) => c.id), "x", "y", "size", "color"]);
    expect(names("edge")).toEqual(["edge", ...EDGE_COLUMNS_WITH_WEIGHT.map((c) => c.id)]);
  });

  it("has every node and edge, and every <data> refers to a declared key", () => {
    expect(doc.getElementsByTagName("node")).toHaveLength(graph.order);
    expect(doc.getElementsByTagName("edge")).toHaveLength(graph.size);
    const declared = new Set(keys.map((k) => k.getAttribute("id")));
    for (const data of Array.from(doc.getElementsByTagName("data")))
      expect(declared.has(data.getAttribute("key"))).toBe(true);
    const geoff = Array.from(doc.getElementsByTagName("node")).find((n) => n.getAttribute("id") === "geoff-little")!;
    const value = (key: string) =>
      Array.from(geoff.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key)?.textContent;
    expect(value("n_label")).toBe("Geoff Little");
    expect(value("n_organisations")).toBe("Bury Council");
    expect(Number(value("n_x"))).toBe(graph.getNodeAttribute("geoff-little", "x"));
  });

  it("stays well-formed with awkward labels and gives them back", () => {
    const awkward = parseXml([...graphmlChunks(awkwardGraph())].join(""));
    const labels = Array.from(awkward.getElementsByTagName("data"))
      .filter((d) => d.getAttribute("key") === "n_label")
      .map((d) => d.textContent);
    expect(labels).toEqual(expect.arrayContaining(AWKWARD_LABELS));
  });
});

describe("CSV export", () => {
  const files = Object.fromEntries(csvExporter.files(graph).map((f) => [f.name, text(f)]));
  const rows = (name: string) =>
    parseCsv(files[name]!, { columns: true, bom: false, relax_quotes: false }) as Record<string, string>[];

  it("writes nodes.csv, edges.csv and evidence.csv with a header row and CRLF line ends", () => {
    expect(Object.keys(files)).toEqual(["nodes.csv", "edges.csv", "evidence.csv"]);
    expect(files["nodes.csv"]!.split("\r\n")[0]).toBe(
      ["id", "label", ...NODE_COLUMNS.map((c) => c.id), "x", "y"].join(","),
    );
  });

  it("parses back (RFC 4180) to one row per node, edge and passage, quotes with commas and quotation marks intact", () => {
    const nodes = rows("nodes.csv");
    expect(nodes.map((n) => n.id)).toEqual(graph.nodes());
    expect(nodes.find((n) => n.id === "geoff-little")!.label).toBe("Geoff Little");
    const edges = rows("edges.csv");
    expect(edges.map((e) => e.id)).toEqual(graph.edges());
    const evidence = rows("evidence.csv");
    const all = graph.edges().flatMap((id) => graph.getEdgeAttribute(id, "evidence").map((e) => ({ id, e })));
    expect(evidence).toHaveLength(all.length);
    evidence.forEach((row, i) => {
      const { id, e } = all[i]!;
      expect(row).toMatchObject({
        edge: id,
        source: e.source,
        start: String(e.start),
        end: String(e.end),
        quote: e.quote,
      });
    });
    // The corpus has quotes with commas and quotes with quotation marks: the test would prove little without them.
    expect(all.some(({ e }) => e.quote.includes(","))).toBe(true);
    expect(all.some(({ e }) => /["“”’]/.test(e.quote))).toBe(true);
    const edge = edges.find((r) => r.id === all[0]!.id)!;
    expect(edge.evidence!.split("\n")[0]).toBe(passageLines(graph, [all[0]!.e])[0]);
  });

  it("edges.csv: the columns it had, then the labels of source and target (w51 #12a)", () => {
    const header = files["edges.csv"]!.split("\r\n")[0]!.split(",");
    expect(header.slice(0, 3 + EDGE_COLUMNS_WITH_WEIGHT.length)).toEqual([
      "id",
      "source",
      "target",
      ...EDGE_COLUMNS_WITH_WEIGHT.map((c) => c.id),
    ]);
    expect(header.slice(3 + EDGE_COLUMNS_WITH_WEIGHT.length)).toEqual(["source_label", "target_label"]);
    const label = (id: string) => graph.getNodeAttribute(id, "label");
    const edges = rows("edges.csv");
    expect(edges.length).toBeGreaterThan(0);
    for (const row of edges) {
      expect([row.source_label, row.target_label]).toEqual([label(row.source!), label(row.target!)]);
    }
    expect(edges.find((r) => r.source === "geoff-little")!.source_label).toBe("Geoff Little");
  });

  it("evidence.csv: the fourteen columns it had, then the labels of from and to and the source's title and date (w50 #17)", () => {
    // prettier-ignore
    expect(files["evidence.csv"]!.split("\r\n")[0]).toBe(
      "edge,relation,from,to,source,line,page,page_end,start,end,kind,quote,quote_in_file,repaired," +
        "from_label,to_label,source_title,source_date",
    );
    const evidence = rows("evidence.csv");
    const label = (id: string) => graph.getNodeAttribute(id, "label");
    for (const row of evidence) {
      expect(row).toMatchObject({
        from_label: label(row.from!),
        to_label: label(row.to!),
        source_title: label(row.source!),
        source_date: graph.getNodeAttribute(row.source!, "date") ?? "",
      });
    }
    expect(evidence.some((row) => /^\d{4}/u.test(row.source_date!))).toBe(true);
    expect(evidence.some((row) => row.from_label !== row.from)).toBe(true);
  });

  it("keeps awkward labels, notes and roles exactly", () => {
    const awkward = awkwardGraph();
    const [nodes, edges] = csvExporter
      .files(awkward)
      .map((f) => parseCsv(text(f), { columns: true }) as Record<string, string>[]);
    expect(nodes!.filter((n) => n.id !== "s").map((n) => n.label)).toEqual(AWKWARD_LABELS);
    const notes = edges!.find((e) => e.relation === "mentions")!.notes;
    expect(splitListCell(notes, "; ")).toEqual([`note with "quotes", commas; and <tags>`]);
  });

  it("starts each file with a byte-order mark only when asked (bom), the rows unchanged", () => {
    const awkward = awkwardGraph();
    const plain = csvExporter.files(awkward).map(text);
    const marked = csvExporter.files(awkward, { bom: true }).map(text);
    expect(plain.some((f) => f.startsWith("\uFEFF"))).toBe(false);
    expect(marked.map((f) => f.slice(0, 1))).toEqual(["\uFEFF", "\uFEFF", "\uFEFF"]);
    expect(marked.map((f) => f.slice(1))).toEqual(plain);
  });
});

describe("JSON export", () => {
  it("is graphology's format: Graph.from reads it back equal, every attribute and evidence", () => {
    const back = MultiDirectedGraph.from(JSON.parse(text(jsonExporter.files(graph)[0]!)));
    expect(back.export()).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });
});
