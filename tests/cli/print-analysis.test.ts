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

describe("printCommunities on a large community", () => {
  /** One community of 30 people and a theme, every member unsettled (30 + 1 names). */
  function large(all?: boolean): string[] {
    const people = Array.from({ length: 30 }, (_, i) => ({
      id: `fen-${String(i + 1).padStart(2, "0")}`,
      label: `Fen Member ${i + 1}`,
      type: "person" as const,
    }));
    const members = [...people, { id: "tides", label: "Tides", type: "theme" as const }];
    const result: Communities = {
      modularity: 0.4,
      resolution: 1,
      seed: 1,
      projection: { nodes: 31, edges: 30, nodeTypes: ["person", "theme"], relations: ["spoke-on"] },
      communities: [{ id: 1, label: "Tides", members, bridges: [] }],
      stability: {
        seeds: { runs: 10, identical: 0, meanAdjustedRand: 0.5 },
        resolutions: { runs: [], meanAdjustedRand: null },
        communities: [{ id: 1, meanJaccard: 0.5 }],
        unsettled: members.map((m) => ({ ...m, community: 1, stayed: 3, runs: 10 })),
      },
      caution: { reasons: [], minNodes: 30, smallCommunity: 3 },
    };
    const lines: string[] = [];
    printCommunities(result, (line) => lines.push(line), all === undefined ? undefined : { all });
    return lines;
  }

  it("names the first 12 members of a kind (the most central) and how many more, not 30 names on one line", () => {
    const lines = large();
    const people = lines.find((l) => l.trimStart().startsWith("people"))!;
    expect(people).toMatch(
      /people +Fen Member 1, Fen Member 2, .*, Fen Member 12 and 18 more \(--all lists them all\)$/,
    );
    expect(people).not.toContain("Fen Member 13");
    expect(lines.find((l) => l.trimStart().startsWith("themes"))).toMatch(/themes +Tides$/);
    const unsettled = lines.find((l) => l.startsWith("Unsettled members"))!;
    expect(unsettled).toContain("Fen Member 12 3/10 (community 1) and 19 more (--all lists them all).");
  });

  it("names every member with --all", () => {
    const lines = large(true);
    expect(lines.find((l) => l.trimStart().startsWith("people"))).toMatch(/Fen Member 29, Fen Member 30$/);
    expect(lines.find((l) => l.startsWith("Unsettled members"))).toMatch(/Tides 3\/10 \(community 1\)\.$/);
    expect(lines.join("\n")).not.toContain("more (--all");
  });
});
