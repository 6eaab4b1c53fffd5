import { describe, expect, it } from "vitest";
import { graphStats } from "../../src/analysis/stats.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));
const stats = graphStats(graph);

describe("stats on the shipped corpus", () => {
  it("counts nodes by type and edges by relation as the graph holds them", () => {
    expect(Object.values(stats.nodes).reduce((s, n) => s + n, 0)).toBe(graph.order);
    expect(Object.values(stats.edges).reduce((s, n) => s + n, 0)).toBe(graph.size);
    expect(stats.nodes.person).toBe(7);
    expect(stats.edges["spoke-on"]).toBe(graph.filterEdges((_, a) => a.relation === "spoke-on").length);
    expect(stats.evidence.citations).toBe(graph.reduceEdges((n, _, a) => n + a.evidence.length, 0));
    expect(stats.evidence.passages).toBeLessThan(stats.evidence.citations);
  });

  it("puts Geoff Little, the most quoted panellist, at the top of degree and betweenness, and no source anywhere", () => {
    expect(stats.degree[0]!.id).toBe("geoff-little");
    expect(stats.betweenness[0]!.id).toBe("geoff-little");
    expect(stats.people[0]).toMatchObject({ id: "geoff-little", themes: 15 });
    for (const list of [stats.degree, stats.betweenness]) {
      expect(list).toHaveLength(10);
      expect(list.every((r) => r.type !== "source")).toBe(true);
      const values = list.map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(stats.betweenness.every((r) => r.value > 0 && r.value <= 1)).toBe(true);
  });

  it("lists the themes both sessions share, with how each session touches them", () => {
    const ics = stats.sharedThemes.find((t) => t.id === "integrated-care-systems")!;
    expect(ics.sessions.map((s) => [s.id, s.covered, s.speakers.map((p) => p.id)])).toEqual([
      ["luc-inquiry-2023-03-24-part-one", false, ["abdul-razaq"]],
      ["luc-inquiry-2023-03-24-part-two", true, ["geoff-little", "richard-stubbs", "sarah-reed"]],
    ]);
    expect(stats.sharedThemes.map((t) => t.id)).not.toContain("tobacco-control");
  });

  it("honours the top-list length", () => {
    expect(graphStats(graph, { top: 3 }).degree).toEqual(stats.degree.slice(0, 3));
  });
});
