// GraphML exports against the official GraphML 1.0 XML Schema (../shared/graphml-1.0, through xmllint --schema): the
// shipped corpus, its parts, graphs with awkward labels and ids, and a generated 10,000-node graph (bench/generate.ts);
// and read by python-igraph (Debian's python3-igraph under /usr/bin/python3) without a warning.
import { spawnSync } from "node:child_process";
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
import { requireTool, writeChunks, xmllint } from "./tools.js";

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

describe("igraph reads our GraphML", () => {
  it("without a warning (its own `id` attribute holds the GraphML ids; the panelgraph ids are `node` and `edge`)", () => {
    const python = "/usr/bin/python3";
    requireTool(python, ["-c", "import igraph"], "install Debian's python3-igraph: apt-get install -y python3-igraph");
    const file = writeChunks("graph.graphml", graphmlChunks(oddGraph()));
    const script =
      "import json, sys, igraph; g = igraph.Graph.Read_GraphML(sys.argv[1]); " +
      "print(json.dumps([g.vcount(), g.ecount(), g.vs['node'], g.es['edge']]))";
    // -W error: a RuntimeWarning (igraph's "Could not add vertex ids") fails the run.
    const run = spawnSync(python, ["-W", "error", "-c", script, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const [nodes, edges, nodeIds, edgeIds] = JSON.parse(run.stdout) as [number, number, string[], string[]];
    const graph = oddGraph();
    expect([nodes, edges]).toEqual([graph.order, graph.size]);
    expect(nodeIds).toEqual(graph.nodes());
    expect(edgeIds).toEqual(graph.edges());
  });
});
