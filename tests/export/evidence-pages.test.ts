// A passage of a PDF source that runs over a page break is cited with both pages (`pp. 3–4`) wherever a page is
// cited: the CLI, the exports' evidence lines (GEXF, GraphML), evidence.csv's page_end, Turtle's pg:pageEnd, Neo4j's
// pageEnds; one within a page keeps `p. 3` and empty end fields. A one-source graph written by hand for this test.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { where } from "../../src/cli/print-text.js";
import { parsePassage } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { neo4jExporter } from "../../src/export/neo4j.js";
import { turtleExporter } from "../../src/export/turtle.js";
import type { PanelGraph } from "../../src/model/graph.js";
import type { Evidence } from "../../src/model/vocabulary.js";
import { said } from "../../src/query/said.js";

// Page 2 starts inside Ann Bell's answer: "…in real terms." ends page 1, "We have used…" begins page 2.
const TEXT =
  "Q3 Chair: What has the council done?\n\nAnn Bell: Our support for buses has fallen by forty per cent in real " +
  "terms. We have used the improvement money for evening services.\n\nQ4 Chair: Thank you.\n";
const PAGE_TWO = TEXT.indexOf("We have used");
const ACROSS = "Our support for buses has fallen by forty per cent in real terms. We have used the improvement money";
const WITHIN = "We have used the improvement money for evening services.";

function passage(quote: string): Evidence {
  const start = TEXT.indexOf(quote);
  return { source: "hearing", quote, kind: "direct-quote", start, end: start + quote.length };
}

function graph(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "pages", sources: ["hearing"] });
  graph.addNode("hearing", {
    type: "source",
    label: "Hearing",
    aliases: [],
    facts: [],
    text: TEXT,
    pages: [0, PAGE_TWO],
  });
  graph.addNode("ann-bell", { type: "person", label: "Ann Bell", aliases: [], facts: [] });
  graph.addNode("buses", { type: "theme", label: "Buses", aliases: [], facts: [] });
  graph.addNode("evenings", { type: "theme", label: "Evenings", aliases: [], facts: [] });
  for (const [to, quote] of [
    ["buses", ACROSS],
    ["evenings", WITHIN],
  ] as const) {
    graph.addDirectedEdgeWithKey(`spoke-on:ann-bell->${to}`, "ann-bell", to, {
      relation: "spoke-on",
      evidence: [passage(quote)],
      sources: ["hearing"],
      weight: 1,
      origin: "annotation",
    });
  }
  return graph;
}

describe("a passage over a page break", () => {
  const g = graph();
  const across = passage(ACROSS);

  it("is cited pp. 1–2 by the CLI and in the exports' evidence lines, and reads back", () => {
    expect(where(g, across)).toBe("hearing:3 (pp. 1–2)");
    expect(where(g, passage(WITHIN))).toBe("hearing:3 (p. 2)");
    const line = parseGexf(MultiDirectedGraph, toGexf(g)).getEdgeAttribute("spoke-on:ann-bell->buses", "evidence");
    expect(line).toBe(`“${ACROSS}” — hearing:3 (pp. 1–2), direct-quote, characters ${across.start}–${across.end}`);
    expect(parsePassage(line as string)).toEqual({ ...across, line: 3, page: 1, pageEnd: 2 });
  });

  it("has its last page in evidence.csv's page_end, Turtle's pg:pageEnd and Neo4j's pageEnds", () => {
    const csv = csvExporter.files(g).find((f) => f.name === "evidence.csv")!;
    const rows = parseCsv([...csv.chunks].join(""), { columns: true }) as Record<string, string>[];
    expect(rows.map(({ page, page_end }) => [page, page_end])).toEqual([
      ["1", "2"],
      ["2", ""],
    ]);
    const turtle = [...turtleExporter.files(g)[0]!.chunks].join("");
    expect(turtle).toMatch(/pg:page 1 ;\n    pg:pageEnd 2 \.\n/u);
    expect(turtle.match(/pg:pageEnd/gu)).toHaveLength(1);
    const files = Object.fromEntries(neo4jExporter.files(g).map((f) => [f.name, [...f.chunks].join("")]));
    const rels = parseCsv(files["rels-SPOKE_ON.csv"]!, { columns: true }) as Record<string, string>[];
    expect(rels.map((r) => [r["pages:int[]"], r["pageEnds:int[]"]])).toEqual([
      ["1", "2"],
      ["2", "0"],
    ]);
  });

  it("query said gives its pageEnd", () => {
    // The two quotes share "We have used the improvement money": said lists the stretch once, over pp. 1–2.
    const answer = said(g, "ann-bell");
    expect(answer.passages.map((p) => [p.page, p.pageEnd, p.claims.map((c) => c.to.id)])).toEqual([
      [1, 2, ["buses", "evenings"]],
    ]);
    expect(answer.passages[0]!.quote).toBe(TEXT.slice(across.start, passage(WITHIN).end));
  });
});
