// GraphML ids: the GraphML 1.0 schema types node and edge ids (and edge ends) as xs:NMTOKEN, which `relation:a->b`
// is not. The writer maps ids one-to-one onto NMTOKENs and keeps the originals as data, so nothing is lost.
import type { Element as XmlElement } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphmlChunks, graphmlEdgeId, graphmlToken } from "../../src/export/graphml.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { oddGraph } from "./odd-ids.js";
import { parseXml } from "./xml.js";

/** XML 1.0 Nmtoken, restricted to ASCII: one or more letters, digits, `.`, `-`, `_` or `:`. */
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

const graphml = (graph: PanelGraph) => [...graphmlChunks(graph)].join("");

const data = (element: XmlElement, key: string) =>
  Array.from(element.getElementsByTagName("data")).find((d) => d.getAttribute("key") === key)?.textContent;

describe("GraphML ids", () => {
  it("any string becomes an NMTOKEN, plain ids stay as they are, and different strings stay different", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        expect(graphmlToken(a)).toMatch(NMTOKEN);
        if (a !== b) expect(graphmlToken(a)).not.toBe(graphmlToken(b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), (id) => {
        expect(graphmlToken(id)).toBe(id);
      }),
    );
    const near = ["a:b", "a_3a_b", "a_b", "a b", "", "_", "__"].map(graphmlToken);
    expect(new Set(near).size).toBe(near.length);
  });

  it("an edge built from a claim reads as relation:from:to", () => {
    expect(graphmlEdgeId("addresses:rec-1->housing", "addresses", "rec-1", "housing")).toBe("addresses:rec-1:housing");
  });

  it("every node and edge id in the file is a distinct NMTOKEN, edge ends name the nodes' ids, originals kept as data", () => {
    const graph = oddGraph();
    const doc = parseXml(graphml(graph));
    const nodes = Array.from(doc.getElementsByTagName("node"));
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(nodes).toHaveLength(graph.order);
    expect(edges).toHaveLength(graph.size);

    const nodeIds = new Map<string, string>();
    for (const n of nodes) {
      const id = n.getAttribute("id")!;
      expect(id).toMatch(NMTOKEN);
      expect(nodeIds.has(id)).toBe(false);
      nodeIds.set(id, data(n, "n_node")!);
    }
    expect([...nodeIds.values()]).toEqual(graph.nodes());

    const edgeIds = new Set<string>();
    edges.forEach((e, i) => {
      const key = graph.edges()[i]!;
      const id = e.getAttribute("id")!;
      expect(id).toMatch(NMTOKEN);
      expect(edgeIds.has(id)).toBe(false);
      edgeIds.add(id);
      expect(data(e, "e_edge")).toBe(key);
      expect(data(e, "e_relation")).toBe(graph.getEdgeAttribute(key, "relation"));
      expect(nodeIds.get(e.getAttribute("source")!)).toBe(graph.source(key));
      expect(nodeIds.get(e.getAttribute("target")!)).toBe(graph.target(key));
    });
  });

  it("keeps no node data under the name `id`: igraph reads the GraphML ids into its own `id` and would warn", () => {
    const names = Array.from(parseXml(graphml(oddGraph())).getElementsByTagName("key")).map(
      (k) => `${k.getAttribute("for")} ${k.getAttribute("attr.name")}`,
    );
    expect(names).toContain("node node");
    expect(names).toContain("edge edge");
    expect(names).not.toContain("node id");
    expect(names).not.toContain("edge id");
  });

  it("gives the same bytes for the same graph", () => {
    expect(graphml(oddGraph())).toBe(graphml(oddGraph()));
  });
});
