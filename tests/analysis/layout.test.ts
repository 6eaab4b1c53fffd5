import { describe, expect, it } from "vitest";
import { computeCentrality } from "../../src/analysis/centrality.js";
import { computeLayout } from "../../src/analysis/layout.js";
import { graphStats } from "../../src/analysis/stats.js";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));

describe("build-time layout", () => {
  it("gives every node a finite position, and the same positions for the same graph and seed", () => {
    const first = computeLayout(graph);
    expect(first.size).toBe(graph.order);
    for (const { x, y } of first.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect([...computeLayout(graph)]).toEqual([...first]);
    expect([...computeLayout(graph, { seed: 2 })]).not.toEqual([...first]);
  });

  it("stores the positions on the output graph's nodes", () => {
    const positions = computeLayout(graph);
    graph.forEachNode((id, a) => expect({ x: a.x, y: a.y }).toEqual(positions.get(id)));
  });

  it("keeps nodes apart: no two nodes share a spot", () => {
    const spots = new Set(graph.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(spots.size).toBe(graph.order);
  });

  it("places members of a community closer to each other than to other communities' members", () => {
    const members = graph.filterNodes((_, a) => a.community !== undefined);
    let inside = 0;
    let insideCount = 0;
    let across = 0;
    let acrossCount = 0;
    for (const a of members) {
      for (const b of members) {
        if (a >= b) continue;
        const pa = graph.getNodeAttributes(a);
        const pb = graph.getNodeAttributes(b);
        const distance = Math.hypot(pa.x! - pb.x!, pa.y! - pb.y!);
        if (pa.community === pb.community) [inside, insideCount] = [inside + distance, insideCount + 1];
        else [across, acrossCount] = [across + distance, acrossCount + 1];
      }
    }
    expect(inside / insideCount).toBeLessThan((across / acrossCount) * 0.8);
  });
});

describe("build-time centrality", () => {
  it("is the stats command's betweenness, for every node, with sources at 0", () => {
    const centrality = computeCentrality(graph);
    const stats = graphStats(graph);
    for (const ranked of stats.betweenness) expect(centrality.get(ranked.id)).toBeCloseTo(ranked.value, 3);
    graph.forEachNode((id, a) => {
      expect(a.centrality).toBe(centrality.get(id));
      if (a.type === "source") expect(a.centrality).toBe(0);
      expect(a.centrality).toBeGreaterThanOrEqual(0);
      expect(a.centrality).toBeLessThanOrEqual(1);
    });
  });
});
