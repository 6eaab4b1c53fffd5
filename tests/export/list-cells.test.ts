// List-valued attributes flattened into one cell (CSV, GraphML) or written as a GEXF 1.3 liststring split back into
// exactly the original lists, whatever the items hold: separators, backslashes, newlines, quotes, empty strings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { EMPTY_ITEM, LIST_SEPARATOR, listCell, PASSAGE_SEPARATOR } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { gexfList, toGexf } from "../../src/export/gexf.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { escapeXml } from "../../src/export/xml.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { ROOT } from "../helpers/paths.js";
import { gephiList, splitListCell } from "./list-cells.js";
import { parseXml } from "./xml.js";

/** Items that stress every rule: separators, escapes and quote characters, often, and any other text sometimes. */
const item = fc.oneof(
  fc.constant(""),
  fc.string({
    unit: fc.constantFrom(
      ";",
      " ",
      "; ",
      "\\",
      "\\;",
      "\n",
      "\r\n",
      "\r",
      '"',
      "'",
      ",",
      "[",
      "]",
      "e",
      "n",
      "a",
      "é",
      "🏥",
    ),
    maxLength: 12,
  }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const list = fc.array(item, { maxLength: 6 });

describe("list cells (CSV, GraphML): one escaping, split back by the documented rule", () => {
  it.each([
    ["; ", LIST_SEPARATOR],
    ["line", PASSAGE_SEPARATOR],
  ] as const)("any list of strings comes back item for item (%s lists)", (_, separator) => {
    fc.assert(
      fc.property(list, (items) => {
        const cell = listCell(items, separator);
        if (items.length === 0) expect(cell).toBeUndefined();
        else expect(cell).not.toBe("");
        expect(splitListCell(cell, separator)).toEqual(items);
        // One passage a line: a line list has exactly one line feed between items and no carriage return at all.
        if (separator === PASSAGE_SEPARATOR && cell !== undefined) {
          expect(cell.split("\n")).toHaveLength(items.length);
          expect(cell).not.toContain("\r");
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("escapes as docs/export-formats.md shows", () => {
    const docs = readFileSync(join(ROOT, "docs/export-formats.md"), "utf8");
    const shown = (cell: string | undefined) => expect(docs).toContain(`| \`${cell!.replace(/\n/g, "⏎")}\``);
    shown(listCell(["Ana", "A. Ruiz; MBE"]));
    shown(listCell(["C:\\share", "two; parts"]));
    shown(listCell(["Bury Council", ""]));
    shown(listCell(["first\nsecond", "third"], PASSAGE_SEPARATOR));
    expect(docs).toContain(`value="${escapeXml(gexfList(["Ana", "A. Ruiz; MBE"]))}"`);
    // The empty list is no cell; a list of one empty item is not.
    expect(listCell([])).toBeUndefined();
    expect(listCell([""])).toBe(EMPTY_ITEM);
    expect(splitListCell(listCell([""]), LIST_SEPARATOR)).toEqual([""]);
  });
});

describe("GEXF liststring values", () => {
  it("read back item for item by Gephi's list rules and by graphology-gexf", () => {
    fc.assert(
      fc.property(list, (items) => {
        const value = gexfList(items);
        expect(value.startsWith("[") && value.endsWith("]")).toBe(true);
        expect(gephiList(value)).toEqual(items);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Small graphs whose aliases and notes are lists of awkward items. */
const graphs = fc
  .record({
    nodes: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), aliases: list }), {
      minLength: 1,
      maxLength: 6,
      selector: (n) => n.id,
    }),
    edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), notes: list }), { maxLength: 6 }),
  })
  .map(({ nodes, edges }) => {
    const graph: PanelGraph = new MultiDirectedGraph();
    graph.replaceAttributes({ name: "lists", sources: [] });
    for (const n of nodes) graph.addNode(n.id, { type: "person", label: n.id, aliases: n.aliases, facts: [] });
    edges.forEach((e, i) => {
      graph.addDirectedEdgeWithKey(`e${i}`, nodes[e.from % nodes.length]!.id, nodes[e.to % nodes.length]!.id, {
        relation: "mentions",
        evidence: [],
        sources: [],
        weight: 1,
        origin: "annotation",
        notes: e.notes,
      });
    });
    return graph;
  });

describe("list attributes through whole exports, read with real parsers", () => {
  it("CSV (csv-parse), GraphML (xmldom) and GEXF (graphology-gexf, and Gephi's rules on the raw value)", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const aliases = graph.mapNodes((_, a) => a.aliases);
        const notes = graph.mapEdges((_, a) => a.notes ?? []);

        const [nodesCsv, edgesCsv] = csvExporter
          .files(graph)
          .map((f) => parseCsv([...f.chunks].join(""), { columns: true }) as Record<string, string>[]);
        expect(nodesCsv!.map((r) => splitListCell(r.aliases, "; "))).toEqual(aliases);
        expect(edgesCsv!.map((r) => splitListCell(r.notes, "; "))).toEqual(notes);

        const graphml = parseXml([...graphmlChunks(graph)].join(""));
        const cell = (element: XmlElement, key: string) =>
          Array.from(element.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key)?.textContent ??
          undefined;
        const graphmlNodes = Array.from(graphml.getElementsByTagName("node"));
        expect(graphmlNodes.map((n) => splitListCell(cell(n, "n_aliases"), "; "))).toEqual(aliases);
        const graphmlEdges = Array.from(graphml.getElementsByTagName("edge"));
        expect(graphmlEdges.map((e) => splitListCell(cell(e, "e_notes"), "; "))).toEqual(notes);

        const gexf = toGexf(graph);
        const back = parseGexf(MultiDirectedGraph, gexf, { respectInputGraphType: true });
        expect(back.mapNodes((_, a) => a.aliases ?? [])).toEqual(aliases);
        expect(back.mapEdges((_, a) => a.notes ?? [])).toEqual(notes);
        const raw = Array.from(parseXml(gexf).getElementsByTagName("attvalue"))
          .filter((v) => v.getAttribute("for") === "aliases")
          .map((v) => gephiList(v.getAttribute("value")!));
        expect(raw).toEqual(aliases.filter((a) => a.length > 0));
      }),
      { numRuns: 200 },
    );
  });

  it("GEXF declares list columns liststring and passages (one a line) string", () => {
    const doc = parseXml(toGexf(fc.sample(graphs, 1)[0]!));
    const types = new Map(
      Array.from(doc.getElementsByTagName("attribute")).map((a) => [
        `${(a.parentNode as unknown as Element).getAttribute("class")}:${a.getAttribute("id")}`,
        a.getAttribute("type"),
      ]),
    );
    for (const id of ["aliases", "organisations", "roles", "facts", "sources"]) {
      expect(types.get(`node:${id}`), id).toBe("liststring");
    }
    for (const id of ["sources", "roles", "notes"]) expect(types.get(`edge:${id}`), id).toBe("liststring");
    expect(types.get("node:evidence")).toBe("string");
    expect(types.get("edge:evidence")).toBe("string");
  });
});
