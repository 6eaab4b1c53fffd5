// Property-based tests (fast-check): for arbitrary graphs whose labels, aliases and quotes hold any Unicode, markup,
// quotation marks and newlines, every export reads back to the same graph.
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { readableQuote } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { jsonExporter } from "../../src/export/json.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { NODE_TYPES } from "../../src/model/schema.js";
import { splitListCell } from "./list-cells.js";

const RUNS = 100;

/** Text as users' sources hold it: any Unicode (astral included), with markup and quotes mixed in often. */
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("<", ">", "&", '"', "'", "“", "”", ",", ";", "\n", "\r\n", "\t", "é", "🏥", "a"),
    maxLength: 20,
  }),
);

/** Labels and aliases: the schema refuses empty ones. Ids are slugs (IdSchema), so they stay plain. */
const nonEmpty = text.filter((t) => t.length > 0);

const graphs = fc
  .record({
    nodes: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,4})?$/),
        label: nonEmpty,
        aliases: fc.array(nonEmpty, { maxLength: 2 }),
        type: fc.constantFrom(...NODE_TYPES),
      }),
      { minLength: 1, maxLength: 12, selector: (n) => n.id },
    ),
    edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), quote: text, community: fc.nat(5) }), { maxLength: 20 }),
  })
  .map(({ nodes, edges }) => {
    const graph: PanelGraph = new MultiDirectedGraph();
    graph.replaceAttributes({ name: "generated", sources: [] });
    nodes.forEach((n, i) =>
      graph.addNode(n.id, { type: n.type, label: n.label, aliases: n.aliases, facts: [], x: i, y: -i * 2 }),
    );
    edges.forEach((e, i) => {
      const from = nodes[e.from % nodes.length]!.id;
      const to = nodes[e.to % nodes.length]!.id;
      graph.addDirectedEdgeWithKey(`e${i}`, from, to, {
        relation: "mentions",
        evidence: [{ source: "s", start: i, end: i + e.quote.length, kind: "summary", quote: e.quote }],
        sources: ["s"],
        weight: 1,
        origin: "annotation",
      });
    });
    return graph;
  });

describe("exports of arbitrary graphs read back the same", () => {
  it("GEXF, through graphology-gexf's parser: ids, labels, aliases, ends and quotes", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        // respectInputGraphType: without it the parser guesses "mixed" for a graph with no edges.
        const back = parseGexf(MultiDirectedGraph, toGexf(graph), { respectInputGraphType: true });
        expect(back.nodes()).toEqual(graph.nodes());
        graph.forEachNode((id, a) => {
          expect(back.getNodeAttribute(id, "label")).toBe(a.label);
          expect(back.getNodeAttribute(id, "type")).toBe(a.type);
          if (a.aliases.length > 0) expect(back.getNodeAttribute(id, "aliases")).toEqual(a.aliases);
        });
        expect(back.edges()).toEqual(graph.edges());
        graph.forEachEdge((id, a, source, target) => {
          expect([back.source(id), back.target(id)]).toEqual([source, target]);
          const [passage] = splitListCell(back.getEdgeAttribute(id, "evidence"), "\n");
          // Line breaks in a quote are written " / ", so a passage stays one line (columns.ts readableQuote).
          expect(passage).toContain(`“${readableQuote(a.evidence[0]!.quote)}”`);
          expect(passage).not.toMatch(/[\r\n]/);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("JSON: Graph.from gives back the same serialised graph", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const json = [...jsonExporter.files(graph)[0]!.chunks].join("");
        expect(serializeGraph(MultiDirectedGraph.from(JSON.parse(json)) as PanelGraph)).toBe(json);
      }),
      { numRuns: RUNS },
    );
  });

  it("CSV (RFC 4180): ids, labels and every quote in evidence.csv", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const [nodes, , evidence] = csvExporter
          .files(graph)
          .map((f) => parseCsv([...f.chunks].join(""), { columns: true }) as Record<string, string>[]);
        expect(nodes!.map((n) => [n.id, n.label])).toEqual(graph.mapNodes((id, a) => [id, a.label]));
        expect(evidence!.map((e) => e.quote)).toEqual(graph.mapEdges((_, a) => a.evidence[0]!.quote));
      }),
      { numRuns: RUNS },
    );
  });
});
