// GraphML exports against the official GraphML 1.0 XML Schema (../shared/graphml-1.0, through xmllint --schema): the
// shipped corpus, its parts, graphs with awkward labels and ids, and a generated 10,000-node graph (bench/generate.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { communitySubgraph, themeSubgraph } from "../../src/export/subgraph.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { awkwardGraph } from "../export/awkward.js";
import { oddGraph } from "../export/odd-ids.js";
import { ROOT, tempDir } from "../helpers/corpus.js";
import { writeChunks, xmllint } from "./tools.js";

const graph = buildAnalysedGraph(loadValidCorpus(join(ROOT, "graph-data")));

function expectValid(part: PanelGraph, options: { colorBy?: "type" | "community" } = {}) {
  const result = xmllint("schema", writeChunks("graph.graphml", graphmlChunks(part, options)));
  expect(result.stderr.trim()).toMatch(/ validates$/);
  expect(result.status).toBe(0);
}

describe("GraphML export against the official GraphML 1.0 schema (xmllint --schema)", () => {
  const cases: [string, () => PanelGraph][] = [
    ["the shipped corpus", () => graph],
    ["a theme's part (delegation)", () => themeSubgraph(graph, "delegation")],
    ["one community", () => communitySubgraph(graph, 1)],
    ["a graph with markup, quotes, emoji and newlines in its labels", () => awkwardGraph()],
    ["a graph whose ids have colons, arrows, spaces, non-ASCII letters and nothing at all", () => oddGraph()],
  ];
  it.each(cases)("validates: %s", (_, make) => expectValid(make()));

  it("validates: the shipped corpus coloured by community", () => expectValid(graph, { colorBy: "community" }));

  it("validates: a generated 10,000-node graph", () => {
    const dir = join(tempDir(), "corpus");
    generateCorpus(dir, { nodes: 10_000, seed: 7 });
    const large = buildAnalysedGraph(loadValidCorpus(dir));
    expect(large.order).toBe(10_000);
    expectValid(large);
  });

  it("the schema is really checked: an edge id as the graph keys it (relation:from->to) is refused", () => {
    const [key] = graph.edges();
    const xml = [...graphmlChunks(graph)]
      .join("")
      .replace(/<edge id="[^"]*"/, `<edge id="${key!.replace(">", "&gt;")}"`);
    const result = xmllint("schema", writeChunks("broken.graphml", [xml]));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("xs:NMTOKEN");
    expect(result.stderr).toContain("fails to validate");
  });
});
