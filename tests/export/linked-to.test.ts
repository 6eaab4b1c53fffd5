// `linked-to` in the exports: the link's wording reaches Gephi (GEXF), networkx/yEd (GraphML), a spreadsheet (CSV),
// Neo4j and RDF (Turtle) as an edge attribute, each wording once ("retained; appointed"), with its source where the
// format keeps one value a source (Neo4j's side-by-side arrays, Turtle's link nodes).
import { parse as parseCsv } from "csv-parse/sync";
import { Parser, Store } from "n3";
import { describe, expect, it } from "vitest";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { diffGraphs, graphView } from "../../src/export/graph-diff.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { ARRAY_DELIMITER, neo4jExporter, relationshipsFileName } from "../../src/export/neo4j.js";
import { claimIri, turtleExporter } from "../../src/export/turtle.js";
import { EXPORT_DEFAULTS } from "../../src/export/types.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { edit } from "../helpers/corpus.js";
import { LINK_EDGE, linkedCorpus, linkedGraph } from "../helpers/linked-corpus.js";
import { parseXml } from "./xml.js";

const graph = linkedGraph();
const fileOf = (files: { name: string; chunks: Iterable<string> }[], name: string) =>
  [...files.find((f) => f.name === name)!.chunks].join("");

describe("exports: linked-to", () => {
  it("edges.csv has the wording in a `link` column", () => {
    const rows = parseCsv(fileOf(csvExporter.files(graph, EXPORT_DEFAULTS), "edges.csv"), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.find((r) => r.id === LINK_EDGE)).toMatchObject({ relation: "linked-to", link: "retained; appointed" });
    expect(rows.find((r) => r.id === "linked-to:mira-tolland->oren-vale")).toMatchObject({ link: "met" });
    expect(rows.find((r) => r.relation === "affiliated-with")).toMatchObject({ link: "" });
  });

  it("GEXF and GraphML carry it as the edge attribute `link`", () => {
    const gexf = parseXml(toGexf(graph));
    const edge = Array.from(gexf.getElementsByTagName("edge")).find((e) => e.getAttribute("id") === LINK_EDGE)!;
    const value = Array.from(edge.getElementsByTagName("attvalue")).find((a) => a.getAttribute("for") === "link");
    expect(value?.getAttribute("value")).toBe('["retained", "appointed"]');

    const graphml = parseXml([...graphmlChunks(graph)].join(""));
    const key = Array.from(graphml.getElementsByTagName("key"))
      .find((k) => k.getAttribute("for") === "edge" && k.getAttribute("attr.name") === "link")!
      .getAttribute("id");
    const mlEdge = Array.from(graphml.getElementsByTagName("edge")).find((e) =>
      Array.from(e.getElementsByTagName("data")).some((d) => d.textContent === LINK_EDGE),
    )!;
    const data = Array.from(mlEdge.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key);
    expect(data?.textContent).toBe("retained; appointed");
  });

  it("Neo4j's LINKED_TO relationships give each wording beside its source", () => {
    const csv = fileOf(neo4jExporter.files(graph, EXPORT_DEFAULTS), relationshipsFileName("linked-to"));
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r[":START_ID"] === "harrowgate-estates")!;
    expect(row[":TYPE"]).toBe("LINKED_TO");
    expect(row["links:string[]"]!.split(ARRAY_DELIMITER)).toEqual(["retained", "appointed"]);
    expect(row["linkSources:string[]"]!.split(ARRAY_DELIMITER)).toEqual(["news", "release"]);
  });

  it("Turtle gives the claim pg:linkWording, and a pg:LinkClaim for each source's wording", () => {
    const store = new Store(new Parser().parse(fileOf(turtleExporter.files(graph, EXPORT_DEFAULTS), "")));
    const pg = "https://panelgraph.dev/ns#";
    const claim = claimIri("linked-to", "harrowgate-estates", "kestrel-public-affairs");
    const wordings = store.getObjects(claim, `${pg}linkWording`, null).map((o) => o.value);
    expect(wordings.sort()).toEqual(["appointed", "retained"]);
    const links = store.getObjects(claim, `${pg}link`, null);
    expect(links.map((l) => store.getObjects(l, `${pg}linkWording`, null)[0]!.value).sort()).toEqual([
      "appointed",
      "retained",
    ]);
    expect(store.getSubjects(`${pg}linkedTo`, null, null).map((s) => s.value)).toHaveLength(2);
  });

  it("`diff` reports a link worded anew as a change of the edge's `link`", () => {
    const dir = linkedCorpus();
    edit(dir, "annotations/news.yaml", "link: retained", "link: hired");
    const after = buildGraph(loadValidCorpus(dir));
    const diff = diffGraphs(
      { file: "before.json", view: graphView(graph, "json") },
      { file: "after.json", view: graphView(after, "json") },
    );
    expect(diff.edgeAttributes).toMatchObject([
      { id: LINK_EDGE, changes: [{ field: "link", removed: ["retained"], added: ["hired"] }] },
    ]);
  });
});
