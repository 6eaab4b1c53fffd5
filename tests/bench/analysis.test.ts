// What makes the build scale (src/analysis/centrality.ts sampled betweenness, src/analysis/layout.ts and
// force-atlas2.ts for large graphs), tested on generated corpora; and the bench's own modularity.
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import louvain from "graphology-communities-louvain";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { modularity } from "../../bench/modularity.js";
import { layoutSeparation } from "../../bench/pipeline.js";
import { assignCommunities } from "../../src/analysis/assign-communities.js";
import {
  adjacencyOf,
  betweennessMethod,
  brandesBetweenness,
  brandesOnAdjacency,
  computeCentrality,
  evidenceAdjacency,
} from "../../src/analysis/centrality.js";
import { detectCommunities } from "../../src/analysis/communities.js";
import { communityProjection } from "../../src/analysis/community-projection.js";
import { evidenceGraph } from "../../src/analysis/evidence-graph.js";
import { computeLayout } from "../../src/analysis/layout.js";
import { mulberry32 } from "../../src/analysis/random.js";
import { graphStats } from "../../src/analysis/stats.js";
import { buildGraph } from "../../src/graph/build.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { LARGE_LAYOUT } from "../../src/model/settings.js";
import { tempDir } from "../helpers/corpus.js";

function generatedGraph(nodes: number): PanelGraph {
  const dir = tempDir();
  generateCorpus(dir, { nodes, seed: 5 });
  const graph = buildGraph(validateCorpus(readCorpusFiles(dir)));
  assignCommunities(graph, detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] }));
  return graph;
}

/** The 1,000-node graph, generated once for the tests that only read it (no test here changes its attributes). */
let thousand: PanelGraph | undefined;
const thousandNodes = () => (thousand ??= generatedGraph(1_000));

describe("betweenness, exact and sampled", () => {
  let graph: PanelGraph;
  // brandesBetweenness from every node of the evidence graph, made once for the two tests that compare with it.
  let exactFromEveryNode: Record<string, number> | undefined;
  const exactBrandes = () => {
    const walkable = evidenceGraph(graph);
    return (exactFromEveryNode ??= brandesBetweenness(walkable, walkable.order, 1));
  };
  beforeAll(() => {
    graph = thousandNodes();
  });

  it("from every node, is graphology's exact betweenness", () => {
    const walkable = evidenceGraph(graph);
    const ours = exactBrandes();
    const theirs = betweennessCentrality(walkable, { getEdgeWeight: null, normalized: true });
    for (const id of walkable.nodes()) expect(ours[id]).toBeCloseTo(theirs[id]!, 12);
  });

  it("runs on the evidence graph's own arrays, made straight from the graph without the graphology copy", () => {
    const direct = evidenceAdjacency(graph);
    const viaCopy = adjacencyOf(evidenceGraph(graph));
    expect(direct.ids).toEqual(viaCopy.ids);
    expect([...direct.offsets]).toEqual([...viaCopy.offsets]);
    expect([...direct.neighbours]).toEqual([...viaCopy.neighbours]);
    // Sources are left out, and a pair linked by several edges (mentions and spoke-on, both ways) is one edge.
    expect(direct.ids.some((id) => graph.getNodeAttribute(id, "type") === "source")).toBe(false);
    expect(direct.neighbours.length / 2).toBeLessThan(graph.size);
    expect(brandesOnAdjacency(direct, 100, 3)).toEqual(brandesBetweenness(evidenceGraph(graph), 100, 3));
  });

  it("from sampled pivots, estimates it: the same for a seed, close to the exact ranking", () => {
    const walkable = evidenceGraph(graph);
    const exact = exactBrandes();
    const estimate = brandesBetweenness(walkable, 200, 1);
    expect(brandesBetweenness(walkable, 200, 1)).toEqual(estimate);
    expect(brandesBetweenness(walkable, 200, 2)).not.toEqual(estimate);
    const top = (values: Record<string, number>) =>
      Object.entries(values)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([id]) => id);
    const shared = top(estimate).filter((id) => top(exact).includes(id));
    expect(shared.length).toBeGreaterThanOrEqual(7);
    for (const value of Object.values(estimate)) expect(value).toBeLessThanOrEqual(1);
  });

  it("is sampled only above exactUpTo nodes, as computeCentrality reports through betweennessMethod", () => {
    expect(betweennessMethod(2_000)).toEqual({ sampled: false });
    expect(betweennessMethod(2_001)).toEqual({ sampled: true, pivots: 256 });
    expect(betweennessMethod(10_000, { exactUpTo: 10_000 })).toEqual({ sampled: false });
    const sampled = computeCentrality(graph, { exactUpTo: 100, pivots: 50 });
    const exact = computeCentrality(graph);
    expect(sampled.size).toBe(graph.order);
    expect([...sampled]).not.toEqual([...exact]);
    expect(computeCentrality(graph, { exactUpTo: 100, pivots: 50 })).toEqual(sampled);
  });
});

describe("layout of a large graph (Barnes-Hut ForceAtlas2 over the whole graph, started from a spot per community)", () => {
  let graph: PanelGraph;
  let centrality: Map<string, number>;
  // The default layout, run once for the tests that only read it (a run at 3,000 nodes takes seconds).
  let layout: Map<string, { x: number; y: number }>;
  beforeAll(() => {
    graph = generatedGraph(3_000);
    centrality = computeCentrality(graph);
    for (const [id, c] of centrality) graph.setNodeAttribute(id, "centrality", c);
    layout = computeLayout(graph);
  });

  it("gives `stats` the sampled betweenness above 2,000 nodes (exact would take hours at 100k)", () => {
    expect(betweennessMethod(evidenceGraph(graph).order).sampled).toBe(true);
    const top = graphStats(graph, { top: 5 }).betweenness;
    expect(top).toHaveLength(5);
    for (const entry of top) expect(entry.value).toBe(Math.round(centrality.get(entry.id)! * 10000) / 10000);
  });

  it("gives every node a finite position, the same for the same seed and another for another seed", () => {
    expect(graph.order).toBeGreaterThan(LARGE_LAYOUT);
    expect(layout.size).toBe(graph.order);
    for (const { x, y } of layout.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect([...computeLayout(graph)]).toEqual([...layout]);
    expect([...computeLayout(graph, { seed: 2 })]).not.toEqual([...layout]);
  });

  it("keeps communities visibly apart and nodes off each other's spots", () => {
    for (const [id, { x, y }] of layout) graph.mergeNodeAttributes(id, { x, y });
    expect(layoutSeparation(graph, 1)).toBeGreaterThan(2);
    const spots = new Set(graph.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(spots.size).toBe(graph.order);
  });

  it("lets the links between communities place their members: a node tied to another community sits on its side", () => {
    for (const [id, { x, y }] of layout) graph.mergeNodeAttributes(id, { x, y });
    const members = new Map<number, string[]>();
    graph.forEachNode((id, { community }) => {
      if (community === undefined) return;
      if (!members.has(community)) members.set(community, []);
      members.get(community)!.push(id);
    });
    const centre = new Map(
      [...members].map(([c, ids]) => {
        const mean = (k: "x" | "y") => ids.reduce((sum, id) => sum + graph.getNodeAttribute(id, k)!, 0) / ids.length;
        return [c, { x: mean("x"), y: mean("y") }];
      }),
    );
    const distance = (id: string, to: { x: number; y: number }) =>
      Math.hypot(graph.getNodeAttribute(id, "x")! - to.x, graph.getNodeAttribute(id, "y")! - to.y);
    // For each node with a neighbour in another community: how much closer to that community's centre it is than
    // its own community's members are on average (laying each community out on its own, as disc packing did, gives
    // about 0: the node lands anywhere in its disc).
    const closer: number[] = [];
    graph.forEachNode((id, { community }) => {
      if (community === undefined) return;
      const others = new Set(
        graph.mapNeighbors(id, (_, a) => a.community).filter((d) => d !== undefined && d !== community),
      );
      for (const d of others) {
        const own = members.get(community)!;
        const mean = own.reduce((sum, u) => sum + distance(u, centre.get(d!)!), 0) / own.length;
        closer.push((mean - distance(id, centre.get(d!)!)) / mean);
      }
    });
    expect(closer.length).toBeGreaterThan(100);
    expect(closer.reduce((sum, v) => sum + v, 0) / closer.length).toBeGreaterThan(0.05);
  });
});

describe("the bench's modularity", () => {
  it("agrees with graphology's Louvain figure on the same projection and partition", () => {
    const graph = thousandNodes();
    const projection = communityProjection(graph);
    const result = louvain.detailed(projection, { getEdgeWeight: "weight", rng: mulberry32(1) });
    const index = new Map(projection.nodes().map((id, i) => [id, i]));
    const edges = projection.mapEdges((_, { weight }, a, b) => [index.get(a)!, index.get(b)!, weight] as const);
    const q = modularity(
      {
        nodes: projection.order,
        sources: Int32Array.from(edges, (e) => e[0]),
        targets: Int32Array.from(edges, (e) => e[1]),
        weights: Float64Array.from(edges, (e) => e[2]),
      },
      Int32Array.from(projection.nodes(), (id) => result.communities[id]!),
    );
    expect(q).toBeCloseTo(result.modularity, 9);
  });
});
