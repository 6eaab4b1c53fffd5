import { describe, expect, it } from "vitest";
import { assignCommunities } from "../../src/analysis/assign-communities.js";
import { communityProjection } from "../../src/analysis/community-projection.js";
import { detectCommunities } from "../../src/analysis/communities.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));
const result = detectCommunities(graph);
const communityOf = (id: string) => result.communities.find((c) => c.members.some((m) => m.id === id))?.id;

describe("communities on the shipped corpus", () => {
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

  it("finds real structure: modularity well above 0, the two sessions' panellists apart", () => {
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(result.communities.length).toBeGreaterThan(1);
    // Part one's panellists spoke on prevention and local understanding together.
    expect(communityOf("jeffrey-matsu")).toBe(communityOf("christina-gray"));
    expect(communityOf("jeffrey-matsu")).toBe(communityOf("abdul-razaq"));
    expect(communityOf("jeffrey-matsu")).not.toBe(communityOf("geoff-little"));
    expect(communityOf("geoff-little")).toBe(communityOf("delegation"));
    expect(communityOf("geoff-little")).toBe(communityOf("bury-council"));
  });

  it("numbers communities from 1 by size and labels each by its most central themes", () => {
    expect(result.communities.map((c) => c.id)).toEqual(result.communities.map((_, i) => i + 1));
    const sizes = result.communities.map((c) => c.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const geoffs = result.communities.find((c) => c.id === communityOf("geoff-little"))!;
    expect(geoffs.label.split(" · ")[0]).toBe("Delegation of power");
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
    // Government support for ICSs, a theme three part-two panellists spoke on, is where the partition is least settled.
    expect(stability.unsettled[0]!.id).toBe("government-support-for-icss");
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
    expect(Object.keys(result.communities[0]!)).toEqual(["id", "label", "members"]);
    expect(Object.keys(result.communities[0]!.members[0]!)).toEqual(["id", "label", "type"]);
  });
});

describe("assignCommunities", () => {
  it("stores each member's community id on its node for the viewer and exporters, and clears stale ids", () => {
    const copy = graph.copy();
    copy.setNodeAttribute("luc-ics-session-2023", "community", 99);
    assignCommunities(copy, result);
    expect(copy.getNodeAttribute("geoff-little", "community")).toBe(communityOf("geoff-little"));
    expect(copy.hasNodeAttribute("luc-ics-session-2023", "community")).toBe(false);
    expect(graph.hasNodeAttribute("geoff-little", "community")).toBe(false);
  });
});
