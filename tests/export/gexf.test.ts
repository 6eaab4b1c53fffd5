import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { evidenceGraph } from "../../src/analysis/evidence-graph.js";
import { graphStats } from "../../src/analysis/stats.js";
import { passageLines } from "../../src/export/columns.js";
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, toGexf } from "../../src/export/gexf.js";
import { communityColor, edgeThickness, hexToRgb, nodeSize, TYPE_COLORS } from "../../src/export/palette.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { DATA_DIR } from "../helpers/corpus.js";
import { AWKWARD_LABELS, awkwardGraph } from "./awkward.js";
import { splitListCell } from "./list-cells.js";
import { parseXml } from "./xml.js";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));
const gexf = toGexf(graph);
const parsed = parse(MultiDirectedGraph, gexf);

describe("GEXF export of the shipped corpus", () => {
  it("declares GEXF 1.3 and its viz namespace, with meta creator, description and date, and no schemaLocation", () => {
    expect(gexf).toContain(`<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`);
    expect(gexf).not.toContain("schemaLocation");
    expect(parsed.getAttribute("creator")).toBe("panelgraph");
    expect(parsed.getAttribute("description")).toContain(`${graph.order} entities`);
    // The newest source date in the corpus, not the day the export ran.
    const newest = graph
      .filterNodes((_, a) => a.type === "source")
      .map((s) => graph.getNodeAttribute(s, "date")!)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1);
    expect(parsed.getAttribute("lastModifiedDate")).toBe(newest);
  });

  it("gives `stats`' degree as evidence_degree beside degree (every edge exported), so both numbers are there", () => {
    const stats = graphStats(graph, { top: graph.order });
    const statsDegree = new Map(
      [...stats.people, ...stats.themes, ...stats.degree.map((r) => ({ ...r, degree: r.value }))].map((r) => [
        r.id,
        r.degree,
      ]),
    );
    expect(statsDegree.size).toBeGreaterThan(10);
    for (const [id, degree] of statsDegree) expect(parsed.getNodeAttribute(id, "evidence_degree"), id).toBe(degree);
    const walkable = evidenceGraph(graph);
    graph.forEachNode((id, a) => {
      const p = parsed.getNodeAttributes(id);
      expect(p.evidence_degree, id).toBe(a.type === "source" ? undefined : walkable.degree(id));
    });
    // The two differ where a node has a source or a registry sub-theme among its edges: the reason for two columns.
    expect(
      graph.filterNodes((id) => parsed.getNodeAttribute(id, "evidence_degree") !== graph.degree(id)).length,
    ).toBeGreaterThan(0);
  });

  it("round-trips through graphology-gexf's parser: every node and edge, with its key, ends and attributes", () => {
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.nodes()).toEqual(graph.nodes());
    expect(parsed.edges()).toEqual(graph.edges());
    graph.forEachNode((id, a) => {
      const p = parsed.getNodeAttributes(id);
      expect(p.label).toBe(a.label);
      expect(p.type).toBe(a.type);
      expect(p.community).toBe(a.community);
      expect(p.centrality).toBe(a.centrality);
      expect(p.degree).toBe(graph.degree(id));
      expect([p.x, p.y]).toEqual([a.x, a.y]);
      expect(p.size).toBe(nodeSize(a.centrality));
      const { r, g, b } = hexToRgb(TYPE_COLORS[a.type]);
      expect(p.color).toBe(`rgba(${r},${g},${b},1)`);
    });
    graph.forEachEdge((id, a, source, target) => {
      const p = parsed.getEdgeAttributes(id);
      expect([parsed.source(id), parsed.target(id)]).toEqual([source, target]);
      expect(p.relation).toBe(a.relation);
      expect(p.weight).toBe(a.weight);
      expect(p.thickness).toBe(edgeThickness(a.weight));
      expect(p.evidence_count).toBe(a.evidence.length);
      if (a.evidence.length > 0) expect(splitListCell(p.evidence, "\n")).toEqual(passageLines(graph, a.evidence));
    });
  });

  it("carries each person's roles per source, so the Stubbs title conflict is visible in Gephi", () => {
    const roles = parsed.getNodeAttribute("richard-stubbs", "roles") as string[];
    expect(roles).toHaveLength(2);
    expect(roles.some((r) => r.startsWith("Vice Chair, "))).toBe(true);
    expect(roles.some((r) => r.startsWith("Chair, "))).toBe(true);
  });

  it("names the edge attribute `relation` (never `type`, which GEXF reserves) and declares every attribute typed", () => {
    const doc = parseXml(gexf);
    const declared = Array.from(doc.getElementsByTagName("attribute")).map(
      (e) =>
        `${(e.parentNode as unknown as Element).getAttribute("class")}:${e.getAttribute("id")}:${e.getAttribute("type")}`,
    );
    expect(declared).toContain("edge:relation:string");
    expect(declared).toContain("node:community:integer");
    expect(declared).toContain("node:centrality:double");
    expect(declared.some((d) => d.startsWith("edge:type:"))).toBe(false);
    const used = new Set(Array.from(doc.getElementsByTagName("attvalue")).map((e) => e.getAttribute("for")));
    const ids = new Set(declared.map((d) => d.split(":")[1]));
    for (const id of used) expect(ids.has(id!)).toBe(true);
    // Colours as r/g/b/a, not hex (networkx 3.6 crashes on hex).
    expect(gexf).not.toContain("hex=");
    expect(doc.getElementsByTagName("viz:thickness")).toHaveLength(graph.size);
  });

  it("colours by community with --color-by community", () => {
    const byCommunity = parse(MultiDirectedGraph, toGexf(graph, { colorBy: "community" }));
    graph.forEachNode((id, a) => {
      const { r, g, b } = hexToRgb(communityColor(a.community));
      expect(byCommunity.getNodeAttribute(id, "color")).toBe(`rgba(${r},${g},${b},1)`);
    });
  });

  it("gives the same bytes for the same graph", () => {
    expect(toGexf(buildAnalysedGraph(loadValidCorpus(DATA_DIR)))).toBe(gexf);
  });
});

describe("GEXF export of labels and quotes that break naive writers", () => {
  const awkward = awkwardGraph();
  const xml = toGexf(awkward);

  it("is well-formed XML and gives back every label, alias list and quote exactly", () => {
    expect(() => parseXml(xml)).not.toThrow();
    const back: PanelGraph = parse(MultiDirectedGraph, xml) as PanelGraph;
    AWKWARD_LABELS.forEach((label, i) => {
      expect(back.getNodeAttribute(`n${i}`, "label")).toBe(label);
      expect(back.getNodeAttributes(`n${i}`)).toMatchObject({ aliases: [`alias; ${i}`, `<${i}>`] });
    });
    awkward.forEachEdge((id, a) => {
      if (a.evidence.length)
        expect(splitListCell(back.getEdgeAttribute(id, "evidence" as never), "\n")).toEqual(
          passageLines(awkward, [a.evidence[0]!]),
        );
    });
    expect(back.getNodeAttribute("n0", "roles" as never)).toEqual([`Chair & "Founder", ${AWKWARD_LABELS[1]} (s)`]);
  });

  it("keeps line separators (U+2028, U+2029, U+0085) that parsers would otherwise turn into spaces", () => {
    const lines = awkwardGraph();
    lines.setNodeAttribute("n0", "label", "one\u2028two\u2029three\u0085four");
    expect(parse(MultiDirectedGraph, toGexf(lines)).getNodeAttribute("n0", "label")).toBe(
      "one\u2028two\u2029three\u0085four",
    );
  });

  it("replaces characters XML 1.0 cannot carry (control characters, lone surrogates) instead of writing a broken file", () => {
    const broken = awkwardGraph();
    broken.setNodeAttribute("n0", "label", "bell\u0007 and \uD800 alone");
    const text = toGexf(broken);
    expect(() => parseXml(text)).not.toThrow();
    expect(parse(MultiDirectedGraph, text).getNodeAttribute("n0", "label")).toBe("bell\uFFFD and \uFFFD alone");
  });
});
