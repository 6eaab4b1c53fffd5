// GEXF and GraphML exports checked by real outside consumers: the official GEXF 1.3 RELAX NG grammar through xmllint
// (Debian's libxml2-utils) and networkx 3.x's readers (the machine's python3). Missing tools fail the suite loudly.
// The GraphML schema check is in graphml.test.ts.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { NODE_COLUMNS, NodeRow } from "../../src/export/columns.js";
import { toGexf } from "../../src/export/gexf.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { communityColor, hexToRgb, nodeSize, TYPE_COLORS } from "../../src/export/palette.js";
import { communitySubgraph, themeSubgraph } from "../../src/export/subgraph.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { awkwardGraph } from "../export/awkward.js";
import { gephiList } from "../export/list-cells.js";
import { ROOT } from "../helpers/corpus.js";
import { requireTool, writeChunks, xmllint as xmllintWith } from "./tools.js";

const graph = buildAnalysedGraph(loadValidCorpus(join(ROOT, "graph-data")));

const xmllint = (file: string) => xmllintWith("relaxng", file);

interface NetworkxGraph {
  networkx: string;
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown> & { viz?: Record<string, Record<string, number> | number> }>;
  edges: (Record<string, unknown> & { source: string; target: string })[];
}

function networkx(kind: "gexf" | "graphml", file: string): NetworkxGraph {
  const install = "networkx 3 must be importable by python3 (pip install networkx); Debian's 2.8 cannot read GEXF 1.3";
  requireTool("python3", ["-c", "import networkx; assert int(networkx.__version__.split('.')[0]) >= 3"], install);
  const run = spawnSync("python3", [join(ROOT, "tests/interop/networkx_dump.py"), kind, file], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`networkx could not read ${file}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxGraph;
}

const write = (name: string, content: string) => writeChunks(name, [content]);

describe("GEXF export against the official GEXF 1.3 grammar (xmllint --relaxng)", () => {
  const cases: [string, () => string][] = [
    ["the shipped corpus, coloured by type", () => toGexf(graph)],
    ["the shipped corpus, coloured by community", () => toGexf(graph, { colorBy: "community" })],
    ["a theme's part (delegation)", () => toGexf(themeSubgraph(graph, "delegation"))],
    ["one community", () => toGexf(communitySubgraph(graph, 1))],
    ["a graph with markup, quotes, emoji and newlines in its labels", () => toGexf(awkwardGraph())],
  ];
  it.each(cases)("validates: %s", (_, make) => {
    const result = xmllint(write("graph.gexf", make()));
    expect(result.stderr.trim()).toMatch(/ validates$/);
    expect(result.status).toBe(0);
  });

  it("the grammar is really checked: a file with an element GEXF does not define is refused", () => {
    const broken = toGexf(graph).replace(/<viz:size value="([\d.]+)"\/>/, '<viz:size value="$1"/><unknown/>');
    const result = xmllint(write("broken.gexf", broken));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("fails to validate");
  });
});

function expectNetworkxNodes(back: NetworkxGraph, original: PanelGraph, colorBy: "type" | "community") {
  expect(Object.keys(back.nodes).sort()).toEqual(original.nodes().sort());
  original.forEachNode((id, a) => {
    const node = back.nodes[id]!;
    expect(node.label).toBe(a.label);
    expect(node.type).toBe(a.type);
    if (a.community !== undefined) expect(node.community).toBe(a.community);
    expect(node.centrality).toBe(a.centrality);
    expect(node.degree).toBe(original.degree(id));
    const viz = node.viz as { color: Record<string, number>; position: Record<string, number>; size: number };
    const { r, g, b } = hexToRgb(colorBy === "type" ? TYPE_COLORS[a.type] : communityColor(a.community));
    expect(viz.color).toEqual({ r, g, b, a: 1 });
    if (a.x === undefined) expect(viz.position).toBeUndefined();
    else expect(viz.position).toEqual({ x: a.x, y: a.y, z: 0 });
    expect(viz.size).toBe(nodeSize(a.centrality));
  });
}

describe("networkx reads our GEXF: every node, edge, attribute, colour, size and position comes back", () => {
  it("the shipped corpus", () => {
    const back = networkx("gexf", write("graph.gexf", toGexf(graph)));
    expect(back.directed).toBe(true);
    expectNetworkxNodes(back, graph, "type");
    // Every declared node attribute a node has a value for arrives under its name; networkx keeps a liststring as its
    // text, which splits back into the items by Gephi's list rules.
    const geoff = back.nodes["geoff-little"]!;
    const row = new NodeRow(graph, "geoff-little");
    for (const column of NODE_COLUMNS) {
      if (column.type === "list")
        expect(gephiList(String(geoff[column.id] ?? "[]")), column.id).toEqual(column.items(row));
      else expect(geoff[column.id], column.id).toBe(column.value(row));
    }
    expect(gephiList(String(geoff.organisations))).toEqual(["Bury Council"]);
    expect(String(geoff.evidence)).toContain("“");
    expect(back.edges).toHaveLength(graph.size);
    const byId = new Map(back.edges.map((e) => [String(e.id), e]));
    graph.forEachEdge((id, a, source, target) => {
      const edge = byId.get(id)!;
      expect(edge).toMatchObject({
        source,
        target,
        relation: a.relation,
        weight: a.weight,
        evidence_count: a.evidence.length,
      });
    });
  });

  it("coloured by community", () => {
    expectNetworkxNodes(
      networkx("gexf", write("graph.gexf", toGexf(graph, { colorBy: "community" }))),
      graph,
      "community",
    );
  });

  it("a graph with markup, quotes, emoji and newlines in its labels", () => {
    const awkward = awkwardGraph();
    const back = networkx("gexf", write("awkward.gexf", toGexf(awkward)));
    expectNetworkxNodes(back, awkward, "type");
    const notes = back.edges.flatMap((e) => (e.notes === undefined ? [] : gephiList(String(e.notes))));
    expect(notes).toContain(`note with "quotes", commas; and <tags>`);
  });
});

describe("networkx reads our GraphML", () => {
  it("every node with its label, attributes and position, and every edge with its relation and weight", () => {
    const back = networkx("graphml", write("graph.graphml", [...graphmlChunks(graph)].join("")));
    expect(Object.keys(back.nodes)).toHaveLength(graph.order);
    graph.forEachNode((id, a) => {
      expect(back.nodes[id]).toMatchObject({ label: a.label, type: a.type, x: a.x, y: a.y, degree: graph.degree(id) });
    });
    // Node ids are NMTOKENs too; the graph's own id arrives as `node`.
    expect(Object.values(back.nodes).map((n) => n.node)).toEqual(graph.nodes());
    // Edge ids are NMTOKENs (relation:from:to); the key the graph gives an edge arrives as `edge`.
    expect(back.edges.map((e) => String(e.edge)).sort()).toEqual(graph.edges().sort());
    for (const edge of back.edges) {
      const key = String(edge.edge);
      expect([edge.source, edge.target]).toEqual([graph.source(key), graph.target(key)]);
      expect(edge.relation).toBe(graph.getEdgeAttribute(key, "relation"));
      expect(edge.weight).toBe(graph.getEdgeAttribute(key, "weight"));
    }
    expect(back.graph.sources).toBe(graph.getAttribute("sources").join("; "));
  });
});
