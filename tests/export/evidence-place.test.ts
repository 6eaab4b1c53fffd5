// Exported evidence cites a passage where the CLI and the viewer do (`source:line`, and the page of a PDF source), and
// a quote over several lines stays one readable line of text. A two-source graph written by hand for this test.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { parsePassage, passageLines } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { ARRAY_DELIMITER, neo4jExporter } from "../../src/export/neo4j.js";
import { turtleExporter } from "../../src/export/turtle.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { passagePlaces } from "../../src/model/evidence.js";
import type { PanelGraph } from "../../src/model/graph.js";
import type { Evidence } from "../../src/model/vocabulary.js";
import { lineOf, pageOf } from "../../src/query/evidence.js";
import { DATA_DIR } from "../helpers/corpus.js";
import { parseXml } from "./xml.js";

const HEARING = "Hearing notes\n\nThe panel was\n- Ana Ruiz, Chair\n- Ben Ode\nEnd.";
const REPORT = "Page one text.\nPage two: Ana Ruiz said we need more money.";
const LIST = "The panel was\n- Ana Ruiz, Chair\n- Ben Ode";
const SAID = "we need more money";

function passage(source: string, text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  return { source, quote, kind: "direct-quote", start, end: start + quote.length };
}

function twoSourceGraph(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "places", sources: ["hearing", "report"] });
  graph.addNode("hearing", { type: "source", label: "Hearing", aliases: [], facts: [], text: HEARING });
  // A PDF source: its second page starts at the second line.
  const pages = [0, REPORT.indexOf("Page two")];
  graph.addNode("report", { type: "source", label: "Report", aliases: [], facts: [], text: REPORT, pages });
  graph.addNode("ana-ruiz", { type: "person", label: "Ana Ruiz", aliases: [], facts: [] });
  graph.addNode("panel", { type: "session", label: "Panel", aliases: [], facts: [] });
  graph.addNode("funding", { type: "theme", label: "Funding", aliases: [], facts: [] });
  graph.addDirectedEdgeWithKey("panellist-in:ana-ruiz->panel", "ana-ruiz", "panel", {
    relation: "panellist-in",
    evidence: [passage("hearing", HEARING, LIST)],
    sources: ["hearing"],
    weight: 1,
    origin: "annotation",
  });
  graph.addDirectedEdgeWithKey("spoke-on:ana-ruiz->funding", "ana-ruiz", "funding", {
    relation: "spoke-on",
    evidence: [passage("report", REPORT, SAID)],
    sources: ["report"],
    weight: 1,
    origin: "annotation",
  });
  return graph;
}

const LIST_START = HEARING.indexOf(LIST);
const SAID_START = REPORT.indexOf(SAID);
const LIST_LINE =
  `“The panel was / - Ana Ruiz, Chair / - Ben Ode” — hearing:3, direct-quote, ` +
  `characters ${LIST_START}–${LIST_START + LIST.length}`;
const SAID_LINE = `“${SAID}” — report:2 (p. 2), direct-quote, characters ${SAID_START}–${SAID_START + SAID.length}`;

describe("exported evidence: where each passage is, as the CLI cites it", () => {
  const graph = twoSourceGraph();

  it("GEXF: each passage names source:line (and the page of a PDF), keeps its offsets, and a list quote is one line", () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(graph));
    expect(back.getEdgeAttribute("panellist-in:ana-ruiz->panel", "evidence")).toBe(LIST_LINE);
    expect(back.getEdgeAttribute("spoke-on:ana-ruiz->funding", "evidence")).toBe(SAID_LINE);
    // A person's passages, one a line, each with the claim it backs: no escaped "\n" for Gephi to show literally.
    const own = back.getNodeAttribute("ana-ruiz", "evidence") as string;
    expect(own.split("\n")).toEqual([
      `${LIST_LINE} — for: Ana Ruiz panellist-in Panel`,
      `${SAID_LINE} — for: Ana Ruiz spoke-on Funding`,
    ]);
    expect(own).not.toContain("\\");
  });

  it("GraphML: the same evidence text", () => {
    const doc = parseXml([...graphmlChunks(graph)].join(""));
    const evidence = Array.from(doc.getElementsByTagName("data"))
      .filter((d) => d.getAttribute("key") === "e_evidence")
      .map((d) => d.textContent);
    expect(evidence).toEqual([LIST_LINE, SAID_LINE]);
  });

  it("CSV: evidence.csv has line and page columns beside the offsets, and the exact quote", () => {
    const file = csvExporter.files(graph).find((f) => f.name === "evidence.csv")!;
    const rows = parseCsv([...file.chunks].join(""), { columns: true }) as Record<string, string>[];
    expect(rows.map(({ source, line, page, start, quote }) => ({ source, line, page, start, quote }))).toEqual([
      { source: "hearing", line: "3", page: "", start: String(LIST_START), quote: LIST },
      { source: "report", line: "2", page: "2", start: String(SAID_START), quote: SAID },
    ]);
  });

  it("Turtle: each quotation has pg:line, and pg:page for a PDF source; Neo4j: parallel lines and pages arrays", () => {
    const turtle = [...turtleExporter.files(graph)[0]!.chunks].join("");
    const quotation = (start: number) =>
      new RegExp(`pg:start ${start} ;\\n    pg:end \\d+ ;\\n(    pg:[^\\n]*\\n)*`).exec(turtle)?.[0];
    expect(quotation(LIST_START)).toMatch(/pg:line 3 \.\n$/);
    expect(quotation(SAID_START)).toMatch(/pg:line 2 ;\n    pg:page 2 \.\n$/);
    const files = Object.fromEntries(neo4jExporter.files(graph).map((f) => [f.name, [...f.chunks].join("")]));
    const spoke = parseCsv(files["rels-SPOKE_ON.csv"]!, { columns: true }) as Record<string, string>[];
    expect(spoke[0]).toMatchObject({ "lines:int[]": "2", "pages:int[]": "2" });
    const panel = parseCsv(files["rels-PANELLIST_IN.csv"]!, { columns: true }) as Record<string, string>[];
    expect(panel[0]!["lines:int[]"]!.split(ARRAY_DELIMITER)).toEqual(["3"]);
    expect(panel[0]).toMatchObject({ "pages:int[]": "0" });
  });

  it("reads back (the viewer reads a dropped GEXF so), and without the source's text it names the source only", () => {
    expect(parsePassage(SAID_LINE)).toEqual({ ...passage("report", REPORT, SAID), line: 2, page: 2 });
    expect(parsePassage(LIST_LINE)).toMatchObject({ source: "hearing", line: 3, start: LIST_START });
    graph.dropNode("hearing");
    const [alone] = passageLines(graph, [passage("hearing", HEARING, LIST)]);
    expect(alone).toMatch(/” — hearing, direct-quote, characters /);
    expect(parsePassage(alone!)).toMatchObject({ source: "hearing", start: LIST_START });
  });

  it("gives the line and page the CLI prints for every passage of the shipped corpus", () => {
    const shipped = buildAnalysedGraph(loadValidCorpus(DATA_DIR));
    const placeOf = passagePlaces(shipped);
    shipped.forEachEdge((_, { evidence }) => {
      for (const e of evidence) expect(placeOf(e)).toEqual({ line: lineOf(shipped, e), page: pageOf(shipped, e) });
    });
  });
});
