import { describe, expect, it } from "vitest";
import { evidenceGraph } from "../../src/analysis/evidence-graph.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { printPath } from "../../src/cli/print-answers.js";
import { path, type Path } from "../../src/query/path.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../bench/generate.js";
import { MINI_DIR } from "../helpers/corpus.js";
import { syntheticGraph } from "./synthetic.js";
import type { PanelGraph } from "../../src/model/graph.js";

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

describe("path on a generated corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "panelgraph-path-"));
  generateCorpus(dir, { nodes: 300, seed: 3 });
  const graph = buildGraph(loadValidCorpus(dir));
  rmSync(dir, { recursive: true, force: true });
  const people = graph.filterNodes((_, a) => a.type === "person").sort();
  const themes = graph.filterNodes((_, a) => a.type === "theme").sort();
  const organisations = graph.filterNodes((_, a) => a.type === "organisation").sort();
  const pairs = [
    [people[0]!, people.at(-1)!],
    [themes[0]!, organisations.at(-1)!],
    [organisations[0]!, people[Math.floor(people.length / 2)]!],
  ] as const;

  it("connects two entities by a chain in which every hop has its evidence", () => {
    for (const [a, b] of pairs) {
      const result = path(graph, a, b);
      expect(result.length, `${a} → ${b}`).toBeGreaterThan(0);
      expect(result.viaRegistry).toBe(false);
      expectSoundPath(graph, result);
      for (const hop of result.hops) for (const edge of hop.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it("is as short as a breadth-first search on the evidence graph says", () => {
    const walkable = evidenceGraph(graph);
    for (const [a, b] of pairs) {
      const result = path(graph, a, b);
      // No shortcut exists: no node within d hops of `a` is `b` for any d shorter than the path.
      const reached = new Set<string>([a]);
      let frontier: string[] = [a];
      for (let d = 1; d < result.length!; d++) {
        frontier = frontier.flatMap((n) => walkable.neighbors(n)).filter((n) => !reached.has(n));
        frontier.forEach((n) => reached.add(n));
        expect(reached.has(b), `${a} → ${b} within ${d}`).toBe(false);
      }
    }
  });

  it("gives the same answer every time", () => {
    for (const [a, b] of pairs) expect(path(graph, a, b)).toEqual(path(graph, a, b));
  });
});

describe("path through sources and the theme hierarchy", () => {
  // Only the source mentions the mayor; Gail spoke on a theme the source covers, and on a sub-theme of `funding`.
  const graph = syntheticGraph(
    [
      ["mayor", "organisation", "Mayor of Town"],
      ["gail", "person", "Gail Lyle", ["Lyle"]],
      ["health", "theme", "Health"],
      ["funding", "theme", "Funding"],
      ["budgets", "theme", "Budgets"],
    ],
    [
      ["mentions", "s", "mayor", ["reported"]],
      ["covers", "s", "health", ["reported"]],
      ["spoke-on", "gail", "health", ["direct-quote"]],
      ["sub-theme-of", "budgets", "funding", []],
      ["spoke-on", "gail", "budgets", ["direct-quote"]],
    ],
  );

  it("never passes through a source node unless asked to", () => {
    const result = path(graph, "Mayor of Town", "Gail Lyle");
    expect(result.length).toBeNull();
    expect(result.hops).toEqual([]);
    const through = path(graph, "Mayor of Town", "Gail Lyle", { throughSources: true });
    expect(through.hops.map((h) => h.to.id)).toEqual(["s", "health", "gail"]);
    expectSoundPath(graph, through);
  });

  it("falls back on the theme hierarchy only when no chain of passages exists, and says so", () => {
    const result = path(graph, "funding", "gail");
    expect(result.viaRegistry).toBe(true);
    expect(result.length).toBe(2);
    expect(result.hops[0]!.edges).toEqual([
      expect.objectContaining({ relation: "sub-theme-of", direction: "in", evidence: [] }),
    ]);
    expectSoundPath(graph, result);
  });

  it("gives length 0 from an entity to itself, by any of its names", () => {
    expect(path(graph, "gail", "Lyle")).toMatchObject({ length: 0, hops: [] });
  });
});

describe("path on small graphs", () => {
  it("reports each hop's real direction even though it walks the graph undirected", () => {
    const mini = buildGraph(loadValidCorpus(MINI_DIR));
    const result = path(mini, "Ada Park", "Ben Ode");
    expect(result.length).toBe(2);
    expect(result.hops.map((h) => [h.from.id, h.edges.map((e) => `${e.relation} ${e.direction}`), h.to.id])).toEqual([
      ["ada-park", ["panellist-in out"], "forum-meeting-1"],
      ["forum-meeting-1", ["panellist-in in"], "ben-ode"],
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

describe("path and mentions: a name cited in passing is not a connection", () => {
  it("counts the hops that rest on mentions alone, and leaves mentions out when asked", () => {
    // The chair mentions the mayor (in a question) and a lobbyist ("I will begin with Mr Vane."), who is affiliated
    // with the developer: the only chain is through the chair's two mentions.
    const bare = syntheticGraph(
      [
        ["mayor", "person", "Ilse Marrow"],
        ["chair", "person", "Odo Brisk"],
        ["vane", "person", "Piet Vane"],
        ["developer", "organisation", "Quarry Arena Partners"],
      ],
      [
        ["mentions", "chair", "mayor", ["reported"]],
        ["mentions", "chair", "vane", ["reported"]],
        ["affiliated-with", "vane", "developer", ["reported"]],
      ],
    );
    const viaMentions = path(bare, "mayor", "developer");
    expect(viaMentions.hops.map((h) => h.to.id)).toEqual(["chair", "vane", "developer"]);
    expect(viaMentions).toMatchObject({ mentionHops: 2, without: [] });
    expect(path(bare, "mayor", "developer", { without: ["mentions"] })).toMatchObject({
      length: null,
      without: ["mentions"],
    });
  });

  it("finds the longer chain of stated claims when mentions are left out, and says so in print", () => {
    const g = syntheticGraph(
      [
        ["mayor", "person", "Ilse Marrow"],
        ["vane", "person", "Piet Vane"],
        ["developer", "organisation", "Quarry Arena Partners"],
        ["stadium", "theme", "Stadium plan"],
        ["ula", "person", "Ula Penrose"],
      ],
      [
        ["mentions", "vane", "mayor", ["reported"]],
        ["affiliated-with", "vane", "developer", ["reported"]],
        ["spoke-on", "mayor", "stadium", ["direct-quote"]],
        ["spoke-on", "ula", "stadium", ["direct-quote"]],
        ["affiliated-with", "ula", "developer", ["reported"]],
      ],
    );
    const lines: string[] = [];
    printPath(g, path(g, "mayor", "developer"), (l) => lines.push(l), { all: false });
    expect(lines.slice(0, 2)).toEqual([
      "Ilse Marrow → Quarry Arena Partners: 2 hops",
      "This path goes through 1 mention: a name cited in passing, not a stated connection; " +
        "--without mentions leaves them out.",
    ]);
    lines.length = 0;
    const without = path(g, "mayor", "developer", { without: ["mentions"] });
    expect(without.hops.map((h) => h.to.id)).toEqual(["stadium", "ula", "developer"]);
    printPath(g, without, (l) => lines.push(l), { all: false });
    expect(lines[0]).toBe("Ilse Marrow → Quarry Arena Partners: 3 hops (left out: mentions)");
    expect(lines.join("\n")).not.toContain("mention:");
  });
});
