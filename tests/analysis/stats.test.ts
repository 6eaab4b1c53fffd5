import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { graphStats } from "../../src/analysis/stats.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { syntheticGraph } from "../query/synthetic.js";

// A generated corpus (bench/generate.ts), made in the test; the shipped corpus's own figures are in tests/corpus.test.ts.
const dir = mkdtempSync(join(tmpdir(), "panelgraph-stats-"));
generateCorpus(dir, { nodes: 300, seed: 11 });
const graph = buildGraph(loadValidCorpus(dir));
rmSync(dir, { recursive: true, force: true });
const stats = graphStats(graph);

describe("stats", () => {
  it("counts nodes by type and edges by relation as the graph holds them", () => {
    expect(Object.values(stats.nodes).reduce((s, n) => s + n, 0)).toBe(graph.order);
    expect(Object.values(stats.edges).reduce((s, n) => s + n, 0)).toBe(graph.size);
    expect(stats.nodes.person).toBe(graph.filterNodes((_, a) => a.type === "person").length);
    expect(stats.edges["spoke-on"]).toBe(graph.filterEdges((_, a) => a.relation === "spoke-on").length);
    expect(stats.evidence.citations).toBe(graph.reduceEdges((n, _, a) => n + a.evidence.length, 0));
    expect(stats.evidence.passages).toBeLessThan(stats.evidence.citations);
  });

  it("ranks degree and betweenness from the highest, with no source anywhere", () => {
    for (const list of [stats.degree, stats.betweenness]) {
      expect(list).toHaveLength(10);
      expect(list.every((r) => r.type !== "source")).toBe(true);
      const values = list.map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(stats.betweenness.every((r) => r.value > 0 && r.value <= 1)).toBe(true);
  });

  it("honours the top-list length", () => {
    expect(graphStats(graph, { top: 3 }).degree).toEqual(stats.degree.slice(0, 3));
  });
});

describe("stats: own words, statements and panels", () => {
  // Two sessions: in one, Ann quoted on culture by two sources (one statement); in the other the panel agreed on it.
  const small = syntheticGraph(
    [
      ["ann", "person", "Ann Lowe"],
      ["bo", "person", "Bo Ray"],
      ["one", "session", "Session one"],
      ["two", "session", "Session two"],
      ["culture", "theme", "Culture"],
      ["targets", "theme", "Targets"],
    ],
    [
      ["panellist-in", "ann", "one", ["reported"]],
      ["panellist-in", "bo", "two", ["reported"]],
      [
        "spoke-on",
        "ann",
        "culture",
        [
          { kind: "direct-quote", quote: "A huge culture change is needed.", source: "a" },
          { kind: "direct-quote", quote: "A huge culture change is needed", source: "b" },
        ],
      ],
      ["spoke-on", "ann", "targets", ["reported"]],
      ["agreed-on", "two", "culture", ["summary"]],
      ["covers", "one", "targets", ["reported"]],
    ],
  );
  const result = graphStats(small);

  it("counts a person's themes and distinct statements in their own words", () => {
    const ann = result.people.find((p) => p.id === "ann")!;
    expect([ann.themes, ann.statements, ann.passages]).toEqual([2, 2, 4]);
    expect(result.people.find((p) => p.id === "bo")).toMatchObject({ themes: 0, statements: 0 });
  });

  it("counts a theme's speakers in their own words apart from the panels that agreed on it", () => {
    expect(result.themes.find((t) => t.id === "culture")).toMatchObject({ speakers: 1, panels: 1 });
  });

  it("shares a theme between sessions when one's panellist spoke on it and the other's panel agreed on it", () => {
    const culture = result.sharedThemes.find((t) => t.id === "culture")!;
    expect(culture.sessions.map((s) => [s.id, s.covered, s.agreed, s.speakers.map((p) => p.id)])).toEqual([
      ["one", false, false, ["ann"]],
      ["two", false, true, []],
    ]);
    expect(result.sharedThemes.map((t) => t.id)).not.toContain("targets");
  });
});
