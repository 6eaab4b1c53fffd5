// The community names drawn over a large graph's overview (src/analysis/community-labels.ts, drawn by
// viewer/core/community-labels.ts): which communities get one, what it says and where it goes.
import { describe, expect, it } from "vitest";
import { communityLabels } from "../../src/analysis/community-labels.js";
import { communityNames } from "../../src/analysis/community-names.js";
import { clusteredGraph } from "../helpers/clustered-graph.js";

describe("community names on the overview", () => {
  const graph = clusteredGraph({ nodes: 600, communities: 6, seed: 3 });

  it("names each community as `panelgraph communities` does, at the mean position of its members", () => {
    const labels = communityLabels(graph);
    expect(labels.map((l) => l.community).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const names = communityNames(graph);
    for (const label of labels) {
      const members = graph.filterNodes((_, a) => a.community === label.community);
      expect(label.label).toBe(names.get(label.community));
      expect(label.members).toBe(members.length);
      const meanX = members.reduce((sum, id) => sum + graph.getNodeAttribute(id, "x")!, 0) / members.length;
      expect(label.x).toBeCloseTo(meanX, 6);
    }
  });

  it("lists the largest communities first, and none smaller than five members", () => {
    const graph = clusteredGraph({ nodes: 600, communities: 6, seed: 3 });
    // Community 6 shrinks to four members: no name for it.
    graph
      .filterNodes((_, a) => a.community === 6)
      .slice(4)
      .forEach((id) => graph.dropNode(id));
    graph
      .filterNodes((_, a) => a.community === 2)
      .slice(0, 30)
      .forEach((id) => graph.setNodeAttribute(id, "community", 1));
    const labels = communityLabels(graph);
    expect(labels.map((l) => l.community)).not.toContain(6);
    expect(labels[0]!.community).toBe(1);
    const sizes = labels.map((l) => l.members);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
