// Community numbers and positions that last from one build to the next (community-numbers.ts, layout.ts): a graph made
// in the test, then the same graph with one small addition, laid out and numbered again from the first.
import { describe, expect, it } from "vitest";
import { assignCommunities } from "../../src/analysis/assign-communities.js";
import { communityNumbers } from "../../src/analysis/community-numbers.js";
import { detectCommunities } from "../../src/analysis/communities.js";
import { computeLayout, layoutSignature, type Position } from "../../src/analysis/layout.js";
import type { PanelGraph } from "../../src/model/graph.js";
import type { EdgeAttributes } from "../../src/model/graph.js";
import { addMention as mention, emptyGraph } from "../helpers/generated-graph.js";

/**
 * Cliques of people, one per size given (`g<group>-<n>`), each tied to the next by one edge; every edge with one
 * passage of evidence, which is what the community projection weighs.
 */
function cliques(sizes: number[]): PanelGraph {
  const graph = emptyGraph("cliques");
  const addMention = (a: string, b: string) => {
    mention(graph, a, b);
    graph.setEdgeAttribute(`mentions:${a}->${b}`, "evidence", [{} as EdgeAttributes["evidence"][number]]);
  };
  sizes.forEach((size, g) => {
    for (let n = 0; n < size; n++) {
      graph.addNode(`g${g}-${n}`, { type: "person", label: `Person ${g}.${n}`, aliases: [], facts: [] });
    }
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) addMention(`g${g}-${a}`, `g${g}-${b}`);
    if (g > 0) addMention(`g${g - 1}-0`, `g${g}-0`);
  });
  return graph;
}

const numbersOf = (graph: PanelGraph) =>
  new Map(
    graph.filterNodes((_, a) => a.community !== undefined).map((id) => [id, graph.getNodeAttribute(id, "community")!]),
  );

describe("community numbers kept from a previous build", () => {
  it("without a previous numbering, numbers by size; with one, each group keeps the number most of its members had", () => {
    const groups = [["c", "d", "e"], ["a", "b"], ["x"]];
    expect(communityNumbers(groups)).toEqual([1, 2, 3]);
    const previous = new Map([
      ["a", 1],
      ["b", 1],
      ["c", 2],
      ["d", 2],
      ["z", 3],
    ]);
    // c/d/e had 2, a/b had 1; x is new and takes 4: 3 belonged to a community that is gone, so it is not given again.
    expect(communityNumbers(groups, previous)).toEqual([2, 1, 4]);
  });

  it("an added community larger than the others leaves the others' numbers as they were", () => {
    const before = cliques([6, 5, 4]);
    assignCommunities(before, detectCommunities(before, { stabilityRuns: 0, nearbyResolutions: [] }));
    expect(new Set(numbersOf(before).values())).toEqual(new Set([1, 2, 3]));

    const after = cliques([6, 5, 4, 8]);
    const bySize = detectCommunities(after, { stabilityRuns: 0, nearbyResolutions: [] });
    // By size alone the new group of 8 is community 1 and every other group moves down one.
    expect(bySize.communities[0]!.members.some((m) => m.id === "g3-0")).toBe(true);

    const kept = detectCommunities(after, { stabilityRuns: 0, nearbyResolutions: [], previous: numbersOf(before) });
    assignCommunities(after, kept);
    const now = numbersOf(after);
    for (const [id, number] of numbersOf(before)) expect(now.get(id), id).toBe(number);
    expect(now.get("g3-0")).toBe(4);
    expect(kept.communities.map((c) => c.id)).toEqual([1, 2, 3, 4]);
    // The same input and the same previous numbering give the same result.
    expect(detectCommunities(after, { stabilityRuns: 0, nearbyResolutions: [], previous: numbersOf(before) })).toEqual(
      kept,
    );
  });
});

function laidOut(graph: PanelGraph): Map<string, Position> {
  assignCommunities(graph, detectCommunities(graph, { stabilityRuns: 0, nearbyResolutions: [] }));
  return computeLayout(graph);
}

function displacement(before: Map<string, Position>, after: Map<string, Position>) {
  const moves = [...before].map(([id, p]) => Math.hypot(after.get(id)!.x - p.x, after.get(id)!.y - p.y));
  const xs = [...before.values()].map((p) => p.x);
  return { mean: moves.reduce((s, m) => s + m, 0) / moves.length, width: Math.max(...xs) - Math.min(...xs) };
}

describe("a layout started from the previous one", () => {
  const before = cliques([6, 5, 5, 4]);
  const positions = laidOut(before);
  const previous = { positions, signature: layoutSignature(before) };

  it("keeps an unchanged graph's positions exactly, so a rebuild writes the same bytes", () => {
    expect([...computeLayout(before, { previous })]).toEqual([...positions]);
  });

  it("moves the old nodes little when a node is added, and puts the new node near its neighbours", () => {
    const after = cliques([6, 5, 5, 4]);
    after.addNode("newcomer", { type: "person", label: "Newcomer", aliases: [], facts: [] });
    mention(after, "newcomer", "g2-1");
    mention(after, "newcomer", "g2-2");
    assignCommunities(after, detectCommunities(after, { stabilityRuns: 0, nearbyResolutions: [] }));
    const kept = computeLayout(after, { previous });
    const { mean, width } = displacement(positions, kept);
    // A layout made afresh moves them many times as far (the reviewer's step: 38.7 on a width of 252).
    const afresh = displacement(positions, computeLayout(after));
    expect(mean).toBeLessThan(width * 0.05);
    expect(mean).toBeLessThan(afresh.mean / 3);
    // The newcomer sits nearer the middle of its neighbours' group than the middle of any other group.
    const centre = (group: number) => {
      const members = after.filterNodes((id) => id.startsWith(`g${group}-`)).map((id) => kept.get(id)!);
      return {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
      };
    };
    const at = kept.get("newcomer")!;
    const distances = [0, 1, 2, 3].map((g) => Math.hypot(centre(g).x - at.x, centre(g).y - at.y));
    expect(Math.min(...distances)).toBe(distances[2]);
    // Seeded: the same graph and previous layout give the same positions.
    expect([...computeLayout(after, { previous })]).toEqual([...kept]);
  });
});
