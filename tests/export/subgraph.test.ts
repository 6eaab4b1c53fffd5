// Exports of part of the graph (`export --theme`, `export --community`) carry the sources their passages cite, so every
// evidence offset can be checked against its source's text and Neo4j's quoteSources / Turtle's prov:hadPrimarySource
// name a node of the export. On a small graph made here, with sources cited from edges, roles and facts.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { DataFactory, Parser, Store } from "n3";
import { syntheticGraph } from "../query/synthetic.js";
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, neo4jExporter } from "../../src/export/neo4j.js";
import { communitySubgraph, inducedSubgraph, themeSubgraph } from "../../src/export/subgraph.js";
import { PG_NAMESPACE, turtleExporter } from "../../src/export/turtle.js";
import { jsonExporter } from "../../src/export/json.js";
import type { EdgeAttributes, Fact, PanelGraph } from "../../src/model/graph.js";
import type { Evidence, NodeType, Relation } from "../../src/model/schema.js";

const SOURCES = ["s-deep", "s-far", "s-fact", "s-near", "s-role", "s-unrelated"];

/**
 * Theme t (with sub-theme t2), covered by s-near. Person p spoke on t2 (quoted in s-far) and is affiliated with o (a
 * role given in s-role). Session x covers t, its date a fact from s-fact; s-far's own date is a fact from s-deep. s-far
 * also mentions p and q; q spoke on u (quoted in s-unrelated), which has nothing to do with t.
 */
function smallGraph(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "small", sources: SOURCES });
  const texts = new Map<string, string>(SOURCES.map((s) => [s, `Opening words of ${s}.`]));
  /** A passage appended to a source's text, with its real offsets. */
  const passage = (source: string, quote: string): Evidence => {
    const before = `${texts.get(source)!} `;
    texts.set(source, before + quote);
    return { source, quote, kind: "direct-quote", start: before.length, end: before.length + quote.length };
  };
  const fact = (source: string, value: string): Fact => ({
    name: "date",
    value,
    source,
    evidence: [passage(source, `held on ${value}`)],
  });
  const node = (id: string, type: NodeType, community?: number, facts: Fact[] = []) =>
    graph.addNode(id, { type, label: `Label ${id}`, aliases: [], facts, ...(community ? { community } : {}) });
  const edge = (
    relation: Relation,
    from: string,
    to: string,
    evidence: Evidence[],
    extra: Partial<EdgeAttributes> = {},
  ) =>
    graph.addDirectedEdgeWithKey(`${relation}:${from}->${to}`, from, to, {
      relation,
      evidence,
      sources: [...new Set(evidence.map((e) => e.source))],
      weight: Math.max(1, evidence.length),
      origin: "annotation",
      ...extra,
    });

  for (const s of SOURCES) node(s, "source", undefined, s === "s-far" ? [fact("s-deep", "2023-03-24")] : []);
  node("t", "theme", 1);
  node("t2", "theme", 1);
  node("u", "theme", 2);
  node("p", "person", 1);
  node("q", "person", 2);
  node("o", "organisation", 1);
  node("x", "session", 1, [fact("s-fact", "2023-01-01")]);
  edge("sub-theme-of", "t2", "t", [], { origin: "registry" });
  edge("covers", "s-near", "t", [passage("s-near", "this session is about t")]);
  edge("covers", "x", "t", [passage("s-near", "the session covered t")]);
  edge("spoke-on", "p", "t2", [passage("s-far", "p on t2, at length")]);
  const role = passage("s-role", "p, chair of o");
  edge("affiliated-with", "p", "o", [role], { roles: [{ role: "Chair", source: "s-role", evidence: [role] }] });
  edge("mentions", "s-far", "p", [passage("s-far", "p was there")]);
  edge("mentions", "s-far", "q", [passage("s-far", "q was there too")]);
  edge("spoke-on", "q", "u", [passage("s-unrelated", "q on u")]);
  for (const [s, text] of texts) graph.setNodeAttribute(s, "text", text);
  return graph;
}

/** Every passage in a graph, with where it is cited from. */
function allPassages(graph: PanelGraph): { where: string; evidence: Evidence }[] {
  const found: { where: string; evidence: Evidence }[] = [];
  graph.forEachNode((id, a) => {
    for (const f of a.facts) for (const e of f.evidence) found.push({ where: `fact of ${id}`, evidence: e });
  });
  graph.forEachEdge((id, a) => {
    for (const e of a.evidence) found.push({ where: id, evidence: e });
    for (const r of a.roles ?? []) for (const e of r.evidence) found.push({ where: `role on ${id}`, evidence: e });
  });
  return found;
}

/** The part is self-contained: every source it names is a node of it, and every quote is at its offsets there. */
function expectSourcesResolve(part: PanelGraph) {
  const passages = allPassages(part);
  expect(passages.length).toBeGreaterThan(0);
  for (const { where, evidence: e } of passages) {
    expect(part.hasNode(e.source), `${where} cites ${e.source}`).toBe(true);
    expect(part.getNodeAttribute(e.source, "text")!.slice(e.start, e.end), where).toBe(e.quote);
  }
  part.forEachNode((id, a) => {
    for (const f of a.facts) expect(part.hasNode(f.source), `fact of ${id}`).toBe(true);
  });
  part.forEachEdge((id, a) => {
    for (const s of [...a.sources, ...(a.roles ?? []).map((r) => r.source)]) expect(part.hasNode(s), id).toBe(true);
  });
}

const nodeIds = (part: PanelGraph) => part.nodes();

describe("a theme's part of the graph", () => {
  const graph = smallGraph();
  const part = themeSubgraph(graph, "t");

  it("carries every source its passages, roles and facts cite, with its text, and no other", () => {
    expectSourcesResolve(part);
    // s-far (a quote), s-role (a role), s-fact (a session's date), s-deep (the date of s-far itself), s-near (chosen).
    expect(part.filterNodes((_, a) => a.type === "source")).toEqual(["s-deep", "s-far", "s-fact", "s-near", "s-role"]);
    expect(part.hasNode("s-unrelated")).toBe(false);
    expect(part.hasNode("q")).toBe(false);
    expect(part.getAttribute("sources")).toEqual(part.filterNodes((_, a) => a.type === "source"));
    for (const s of part.filterNodes((_, a) => a.type === "source")) {
      expect(part.getNodeAttributes(s)).toEqual(graph.getNodeAttributes(s));
    }
  });

  it("adds a cited source without its own edges: the part's edges are those between the chosen nodes", () => {
    expect(part.hasEdge("mentions:s-far->p")).toBe(false);
    expect(part.degree("s-far")).toBe(0);
    // s-near was chosen (it covers t), so its edge to t is there.
    expect(part.hasEdge("covers:s-near->t")).toBe(true);
    part.forEachEdge((id, a) => expect(a).toEqual(graph.getEdgeAttributes(id)));
  });

  it("keeps the graph's order and gives the same bytes every time", () => {
    expect(nodeIds(part)).toEqual(graph.nodes().filter((id) => part.hasNode(id)));
    const json = (g: PanelGraph) => [...jsonExporter.files(g)[0]!.chunks].join("");
    expect(json(themeSubgraph(smallGraph(), "t"))).toBe(json(part));
  });

  it("Neo4j: every quoteSources, sources, roleSources and factSources item is a Source node of the export", () => {
    const files = new Map(neo4jExporter.files(part).map((f) => [f.name, [...f.chunks].join("")]));
    const rows = (name: string) => parseCsv(files.get(name) ?? "", { columns: true }) as Record<string, string>[];
    const array = (field: string | undefined) => (field ? field.split(ARRAY_DELIMITER) : []);
    const sourceRows = rows("nodes-Source.csv");
    const sources = new Map(sourceRows.map((r) => [r["id:ID"]!, r.text!]));
    let checked = 0;
    for (const name of files.keys()) {
      if (!name.endsWith(".csv")) continue;
      for (const row of rows(name)) {
        const cited = [
          ...array(row["quoteSources:string[]"]),
          ...array(row["sources:string[]"]),
          ...array(row["roleSources:string[]"]),
          ...array(row["factSources:string[]"]),
        ];
        for (const s of cited) expect(sources.has(s), `${name} cites ${s}`).toBe(true);
        checked += cited.length;
        // Offsets still check against the Source node's text.
        const quotes = array(row["quotes:string[]"]);
        const starts = array(row["starts:int[]"]).map(Number);
        const ends = array(row["ends:int[]"]).map(Number);
        array(row["quoteSources:string[]"]).forEach((s, i) => {
          expect(sources.get(s)!.slice(starts[i], ends[i])).toBe(quotes[i]);
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("Turtle: every prov:hadPrimarySource is a pg:Source resource of the export, with its text", () => {
    const turtle = [...turtleExporter.files(part)[0]!.chunks].join("");
    const store = new Store(new Parser({ format: "text/turtle" }).parse(turtle));
    const { namedNode } = DataFactory;
    const cited = store.getObjects(null, namedNode("http://www.w3.org/ns/prov#hadPrimarySource"), null);
    expect(new Set(cited.map((c) => c.value)).size).toBe(5);
    for (const source of cited) {
      const types = store.getObjects(source, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), null);
      expect(
        types.map((t) => t.value),
        source.value,
      ).toContain(`${PG_NAMESPACE}Source`);
      expect(store.getObjects(source, namedNode("http://schema.org/text"), null), source.value).toHaveLength(1);
    }
  });
});

describe("one community's part of the graph", () => {
  const graph = smallGraph();
  const part = communitySubgraph(graph, 1);

  it("is the members, the edges between them and the sources they cite", () => {
    expectSourcesResolve(part);
    const members = graph.filterNodes((_, a) => a.community === 1);
    expect(part.filterNodes((_, a) => a.community === 1)).toEqual(members);
    expect(part.filterNodes((_, a) => a.type === "source")).toEqual(["s-deep", "s-far", "s-fact", "s-near", "s-role"]);
    part.forEachEdge((_, __, source, target) => {
      expect(members).toContain(source);
      expect(members).toContain(target);
    });
  });

  it("of a community that does not exist is empty (the CLI says so)", () => {
    expect(communitySubgraph(graph, 99).order).toBe(0);
  });
});

describe("inducedSubgraph", () => {
  it("chosen nodes with no passages bring no sources", () => {
    const part = inducedSubgraph(smallGraph(), new Set(["t", "t2"]));
    expect(part.nodes()).toEqual(["t", "t2"]);
    expect(part.edges()).toEqual(["sub-theme-of:t2->t"]);
    expect(part.getAttribute("sources")).toEqual([]);
  });
});

describe("a theme's part of the graph, with a panel that agreed on it", () => {
  it("includes the members of the panel and their organisations, not the panel's other themes", () => {
    const graph = syntheticGraph(
      [
        ["t", "theme", "Topic"],
        ["other", "theme", "Other"],
        ["panel", "session", "Panel"],
        ["m", "person", "Member"],
        ["org", "organisation", "Member's organisation"],
        ["outsider", "person", "Outsider"],
      ],
      [
        ["agreed-on", "panel", "t", ["summary"]],
        ["agreed-on", "panel", "other", ["summary"]],
        ["panellist-in", "m", "panel", ["reported"]],
        ["affiliated-with", "m", "org", ["reported"]],
        ["spoke-on", "outsider", "other", ["direct-quote"]],
      ],
    );
    graph.setAttribute("sources", ["s"]);
    const part = themeSubgraph(graph, "t");
    expect(["t", "panel", "m", "org"].every((id) => part.hasNode(id))).toBe(true);
    expect(part.hasNode("other")).toBe(false);
    expect(part.hasNode("outsider")).toBe(false);
  });
});
