import { describe, expect, it } from "vitest";
import { evidenceGraph } from "../../src/analysis/evidence-graph.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { path, type Path } from "../../src/query/path.js";
import { DATA_DIR, MINI_DIR } from "../helpers/corpus.js";
import { syntheticGraph } from "./synthetic.js";
import type { PanelGraph } from "../../src/model/graph.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

/** Checks a path hop by hop against the graph: it chains, and every edge it reports exists with that direction. */
function expectSoundPath(g: PanelGraph, result: Path): void {
  let at = result.from.id;
  for (const hop of result.hops) {
    expect(hop.from.id).toBe(at);
    expect(hop.edges.length).toBeGreaterThan(0);
    for (const edge of hop.edges) {
      const [source, target] = edge.direction === "out" ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
      const key = `${edge.relation}:${source}->${target}`;
      expect(g.hasEdge(key), key).toBe(true);
      expect(edge.evidence.length).toBe(g.getEdgeAttribute(key, "evidence").length);
    }
    at = hop.to.id;
  }
  expect(at).toBe(result.to.id);
}

describe("path on the shipped corpus", () => {
  it("connects two panellists of different sessions by the shortest chain, every hop with its evidence", () => {
    const result = path(graph, "Jeffrey Matsu", "Geoff Little");
    expect(result.from.id).toBe("jeffrey-matsu");
    expect(result.to.id).toBe("geoff-little");
    expect(result.length).toBe(4);
    expect(result.viaRegistry).toBe(false);
    expectSoundPath(graph, result);
    for (const hop of result.hops) for (const edge of hop.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  });

  it("is as short as a breadth-first search on the evidence graph says", () => {
    const walkable = evidenceGraph(graph);
    const pairs = [
      ["tobacco-control", "digital-exclusion"],
      ["cipfa", "parliament"],
      ["christina-gray", "nuffield-trust"],
    ] as const;
    for (const [a, b] of pairs) {
      const result = path(graph, a, b);
      expectSoundPath(graph, result);
      // No shortcut exists: no node two hops from `a` is `b` unless the path says length ≤ 2, and so on.
      const reached = new Set<string>([a]);
      let frontier: string[] = [a];
      for (let d = 1; d < result.length!; d++) {
        frontier = frontier.flatMap((n) => walkable.neighbors(n)).filter((n) => !reached.has(n));
        frontier.forEach((n) => reached.add(n));
        expect(reached.has(b), `${a} → ${b} within ${d}`).toBe(false);
      }
    }
  });

  it("never passes through a source node unless asked to", () => {
    const result = path(graph, "Mayor of London", "Geoff Little");
    // Only the leaders-council article mentions the Mayor of London: without sources nothing connects them.
    expect(result.length).toBeNull();
    expect(result.hops).toEqual([]);
    const through = path(graph, "Mayor of London", "Geoff Little", { throughSources: true });
    expect(through.length).toBeGreaterThan(0);
    expect(through.hops.some((h) => h.to.type === "source")).toBe(true);
    expectSoundPath(graph, through);
    for (const [a, b] of [
      ["jeffrey-matsu", "geoff-little"],
      ["cipfa", "parliament"],
    ]) {
      expect(path(graph, a!, b!).hops.every((h) => h.to.type !== "source")).toBe(true);
    }
  });

  it("falls back on the theme hierarchy only when no chain of passages exists, and says so", () => {
    // `funding` is only a parent theme: nobody is recorded speaking on it, only on its sub-themes.
    const result = path(graph, "funding", "geoff-little");
    expect(result.viaRegistry).toBe(true);
    expect(result.length).toBe(2);
    expect(result.hops[0]!.edges).toEqual([
      expect.objectContaining({ relation: "sub-theme-of", direction: "in", evidence: [] }),
    ]);
    expectSoundPath(graph, result);
  });

  it("gives length 0 from an entity to itself, and the same answer every time", () => {
    expect(path(graph, "delegation", "devolution")).toMatchObject({ length: 0, hops: [] });
    expect(path(graph, "cipfa", "parliament")).toEqual(path(graph, "cipfa", "parliament"));
  });
});

describe("path on small graphs", () => {
  it("reports each hop's real direction even though it walks the graph undirected", () => {
    const mini = buildGraph(loadValidCorpus(MINI_DIR));
    const result = path(mini, "Ada Park", "Ben Ode");
    expect(result.length).toBe(2);
    expect(result.hops.map((h) => [h.from.id, h.edges.map((e) => `${e.relation} ${e.direction}`), h.to.id])).toEqual([
      ["ada-park", ["spoke-on out"], "devolved-budgets"],
      ["devolved-budgets", ["spoke-on in"], "ben-ode"],
    ]);
  });

  it("takes the best-attested of several equally short paths", () => {
    const g = syntheticGraph(
      [
        ["a", "person"],
        ["b", "person"],
        ["weak", "theme"],
        ["strong", "theme"],
      ],
      [
        ["spoke-on", "a", "weak", ["summary"]],
        ["spoke-on", "b", "weak", ["summary"]],
        ["spoke-on", "a", "strong", ["direct-quote", "direct-quote"]],
        ["spoke-on", "b", "strong", ["direct-quote"]],
      ],
    );
    expect(path(g, "a", "b").hops.map((h) => h.to.id)).toEqual(["strong", "b"]);
  });
});
