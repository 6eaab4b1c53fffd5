// `linked-to` in the graph: one edge a pair of actors, carrying each source's wording (`links`) with its passages; the
// wording survives graph.json (read back and checked) and the viewer's lean graph.view.json (without passages).
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/graph/read-graph-file.js";
import { deserializeViewerPayload, serializeGraph, serializeViewerPayload } from "../../src/graph/serialize.js";
import { LINK_EDGE, linkedGraph } from "../helpers/linked-corpus.js";

describe("build: linked-to", () => {
  const graph = linkedGraph();

  it("merges two sources' links between the same actors into one edge, keeping each wording with its passages", () => {
    const a = graph.getEdgeAttributes(LINK_EDGE);
    expect(a.relation).toBe("linked-to");
    expect(a.sources).toEqual(["news", "release"]);
    expect(a.links?.map((l) => [l.link, l.source, l.evidence.map((e) => e.quote)])).toEqual([
      ["retained", "news", ["Harrowgate Estates has retained Kestrel Public Affairs"]],
      ["appointed", "release", ["Harrowgate Estates has appointed Kestrel Public Affairs"]],
    ]);
    expect(graph.getEdgeAttribute("linked-to:mira-tolland->oren-vale", "links")?.map((l) => l.link)).toEqual(["met"]);
  });

  it("keeps the wording in graph.json and in the viewer's lean payload", () => {
    const json = serializeGraph(graph);
    expect(readGraphFile(json).getEdgeAttribute(LINK_EDGE, "links")).toEqual(
      graph.getEdgeAttribute(LINK_EDGE, "links"),
    );
    const lean = deserializeViewerPayload(serializeViewerPayload(graph, json.length));
    expect(lean.getEdgeAttribute(LINK_EDGE, "links")).toEqual([
      { link: "retained", source: "news", evidence: [] },
      { link: "appointed", source: "release", evidence: [] },
    ]);
  });

  it("refuses a graph.json whose link has no wording", () => {
    const data = JSON.parse(serializeGraph(graph));
    const edge = data.edges.find((e: { key: string }) => e.key === LINK_EDGE);
    delete edge.attributes.links[0].link;
    expect(() => readGraphFile(JSON.stringify(data))).toThrow(/links\[0\]\.link/);
  });
});
