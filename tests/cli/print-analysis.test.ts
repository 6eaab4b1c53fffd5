// The readable report of `panelgraph communities`, printed from a result made here (the numbers come from
// src/analysis; only the wording is tested).
import { describe, expect, it } from "vitest";
import type { Communities } from "../../src/analysis/communities.js";
import { printCommunities } from "../../src/cli/print-analysis.js";

function report(identical: number): string {
  const result: Communities = {
    modularity: 0.4,
    resolution: 1,
    seed: 1,
    projection: { nodes: 2, edges: 1, nodeTypes: ["person", "theme"], relations: ["spoke-on"] },
    communities: [
      {
        id: 1,
        label: "Housing",
        members: [
          { id: "ann-bell", label: "Ann Bell", type: "person" },
          { id: "housing", label: "Housing", type: "theme" },
        ],
        bridges: [],
      },
    ],
    stability: {
      seeds: { runs: 10, identical, meanAdjustedRand: 0.9 },
      resolutions: { runs: [], meanAdjustedRand: null },
      communities: [{ id: 1, meanJaccard: 1 }],
      unsettled: [],
    },
    caution: { reasons: [], minNodes: 30, smallCommunity: 3 },
  };
  const lines: string[] = [];
  printCommunities(result, (line) => lines.push(line));
  return lines.join("\n");
}

describe("printCommunities", () => {
  it("counts identical partitions in the singular for one, the plural otherwise", () => {
    expect(report(1)).toContain("Stability across 10 other seeds: mean adjusted Rand 0.90 (1 identical partition).");
    expect(report(4)).toContain("(4 identical partitions).");
    expect(report(0)).toContain("(0 identical partitions).");
  });
});
