import { describe, expect, it } from "vitest";
import { assignCommunities } from "../../src/analysis/assign-communities.js";
import { communityProjection } from "../../src/analysis/community-projection.js";
import { detectCommunities } from "../../src/analysis/communities.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../bench/generate.js";
import { printCommunities } from "../../src/cli/print-analysis.js";
import { syntheticGraph, type EdgeSpec, type NodeSpec } from "../query/synthetic.js";

// A generated corpus (bench/generate.ts): panels of people around themes, made in the test. The shipped corpus's own
// communities are checked in tests/corpus.test.ts.
const dir = mkdtempSync(join(tmpdir(), "panelgraph-communities-"));
generateCorpus(dir, { nodes: 300, seed: 5 });
const graph = buildGraph(loadValidCorpus(dir));
rmSync(dir, { recursive: true, force: true });
const result = detectCommunities(graph);
const communityOf = (id: string) => result.communities.find((c) => c.members.some((m) => m.id === id))?.id;

describe("communities", () => {
  it("is deterministic for a seed: same input and seed, same communities, ids and order", () => {
    expect(detectCommunities(graph, { seed: 7 })).toEqual(detectCommunities(graph, { seed: 7 }));
    expect(detectCommunities(graph)).toEqual(result);
  });

  it("assigns every node of the projection to exactly one community, and nothing else", () => {
    const projection = communityProjection(graph);
    const members = result.communities.flatMap((c) => c.members.map((m) => m.id));
    expect(new Set(members).size).toBe(members.length);
    expect(members.sort()).toEqual(projection.nodes().sort());
    const types = new Set(result.communities.flatMap((c) => c.members.map((m) => m.type)));
    expect([...types].sort()).toEqual(["organisation", "person", "theme"]);
    expect(result.projection).toMatchObject({ nodes: projection.order, edges: projection.size });
  });

  it("finds real structure: modularity well above 0, people with the organisations they belong to", () => {
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(result.communities.length).toBeGreaterThan(1);
    // Most people share a community with an organisation they are affiliated with.
    const people = graph.filterNodes((id, a) => a.type === "person" && communityOf(id) !== undefined);
    const withTheirs = people.filter((p) =>
      graph
        .outNeighbors(p)
        .some((o) => graph.getNodeAttribute(o, "type") === "organisation" && communityOf(o) === communityOf(p)),
    );
    expect(withTheirs.length / people.length).toBeGreaterThan(0.5);
  });

  it("numbers communities from 1 by size and labels each by its most central themes", () => {
    expect(result.communities.map((c) => c.id)).toEqual(result.communities.map((_, i) => i + 1));
    const sizes = result.communities.map((c) => c.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const community of result.communities) {
      const themes = community.members.filter((m) => m.type === "theme").map((m) => m.label);
      for (const part of community.label.split(" · ")) {
        if (themes.length > 0) expect(themes).toContain(part);
      }
    }
  });

  it("reports stability across seeds and nearby resolutions as agreement scores", () => {
    const { stability } = result;
    expect(stability.seeds.runs).toBe(10);
    expect(stability.resolutions.runs.map((r) => r.resolution)).toEqual([0.8, 0.9, 1.1, 1.25]);
    for (const value of [stability.seeds.meanAdjustedRand, stability.resolutions.meanAdjustedRand]) {
      expect(value).toBeGreaterThan(0.5);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(stability.communities.map((c) => c.id)).toEqual(result.communities.map((c) => c.id));
    for (const c of stability.communities) expect(c.meanJaccard).toBeGreaterThan(0);
    // The members that move: each really is in a community, and stayed in it in fewer than all the runs.
    expect(stability.unsettled.length).toBeGreaterThan(0);
    for (const m of stability.unsettled) {
      expect(communityOf(m.id)).toBe(m.community);
      expect(m.stayed).toBeLessThan(m.runs);
      expect(m.runs).toBe(14);
    }
    // Least settled first.
    const shares = stability.unsettled.map((m) => m.stayed / m.runs);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const none = detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] }).stability;
    expect(none.seeds.meanAdjustedRand).toBeNull();
    expect(none.communities.every((c) => c.meanJaccard === null)).toBe(true);
    expect(none.unsettled).toEqual([]);
  });

  it("makes more, smaller communities at a higher resolution", () => {
    const low = detectCommunities(graph, { resolution: 0.5, stabilityRuns: 0 });
    const high = detectCommunities(graph, { resolution: 2, stabilityRuns: 0 });
    expect(high.communities.length).toBeGreaterThan(low.communities.length);
  });

  it("answers in the JSON shape docs/cli.md documents for `communities`", () => {
    expect(Object.keys(result).slice(0, 2)).toEqual(["modularity", "communities"]);
    expect(Object.keys(result.communities[0]!)).toEqual(["id", "label", "members", "bridges"]);
    expect(Object.keys(result).slice(-2)).toEqual(["stability", "caution"]);
    expect(Object.keys(result.communities[0]!.members[0]!)).toEqual(["id", "label", "type"]);
  });
});

describe("assignCommunities", () => {
  it("stores each member's community id on its node for the viewer and exporters, and clears stale ids", () => {
    const copy = graph.copy();
    const source = graph.filterNodes((_, a) => a.type === "source")[0]!;
    const member = result.communities[0]!.members[0]!.id;
    copy.setNodeAttribute(source, "community", 99);
    assignCommunities(copy, result);
    expect(copy.getNodeAttribute(member, "community")).toBe(communityOf(member));
    expect(copy.hasNodeAttribute(source, "community")).toBe(false);
    expect(graph.hasNodeAttribute(member, "community")).toBe(false);
  });
});

describe("communities: bridges and the small-corpus caution", () => {
  // Two groups of three people around a theme each; Cleo speaks on both themes, Dan on one.
  const people = ["a1", "a2", "a3", "b1", "b2", "b3", "cleo"];
  const small = syntheticGraph(
    [...people.map((p): NodeSpec => [p, "person", p]), ["ta", "theme", "Theme A"], ["tb", "theme", "Theme B"]],
    [
      ...["a1", "a2", "a3"].map((p): EdgeSpec => ["spoke-on", p, "ta", ["reported", "reported"]]),
      ...["b1", "b2", "b3"].map((p): EdgeSpec => ["spoke-on", p, "tb", ["reported", "reported"]]),
      ["spoke-on", "cleo", "ta", ["reported", "reported"]],
      ["spoke-on", "cleo", "tb", ["reported"]],
    ],
  );
  const found = detectCommunities(small, { stabilityRuns: 0, nearbyResolutions: [] });

  it("names each community's bridges: members tied into other communities, with which ones", () => {
    const ofCleo = found.communities.find((c) => c.members.some((m) => m.id === "cleo"))!;
    const other = found.communities.find((c) => c !== ofCleo)!;
    expect(ofCleo.bridges.map((b) => [b.id, b.joins])).toEqual([["cleo", [{ community: other.id, connections: 1 }]]]);
    expect(other.bridges.map((b) => [b.id, b.joins])).toEqual([["tb", [{ community: ofCleo.id, connections: 1 }]]]);
    const lines: string[] = [];
    printCommunities(found, (l) => lines.push(l));
    expect(lines.join("\n")).toMatch(new RegExp(`bridges +cleo — 1 connection to ${other.id}\n`));
  });

  it("cautions when the projection is small or most communities have 3 members or fewer, and says why", () => {
    expect(found.caution).toEqual({ reasons: ["few-nodes"], minNodes: 30, smallCommunity: 3 });
    const lines: string[] = [];
    printCommunities(found, (l) => lines.push(l));
    expect(lines.join("\n")).toContain("Caution: the projection has 9 nodes (fewer than 30).");
    const tiny = detectCommunities(small, { stabilityRuns: 0, nearbyResolutions: [], minNodes: 5, smallCommunity: 5 });
    expect(tiny.caution.reasons).toEqual(["small-communities"]);
    expect(detectCommunities(small, { stabilityRuns: 0, nearbyResolutions: [], minNodes: 5 }).caution.reasons).toEqual(
      [],
    );
    // The generated corpus (300 nodes) is large enough.
    expect(result.caution.reasons).toEqual([]);
  });
});
