import { describe, expect, it } from "vitest";
import { printRecommendationsOn } from "../../src/cli/print-answers.js";
import { recommendationsOn } from "../../src/query/recommendations-on.js";
import { syntheticGraph } from "./synthetic.js";

/** Recommendations on "Delegation" and on its sub-theme "Double delegation", and a finding on delegation. */
const graph = syntheticGraph(
  [
    ["delegation", "theme", "Delegation", ["handing down power"]],
    ["double", "theme", "Double delegation"],
    ["other", "theme", "Other"],
    ["gail", "person", "Gail Lyle"],
    ["panel", "session", "Panel"],
    ["further", "recommendation", "Further delegation"],
    ["twice", "recommendation", "Delegate twice"],
    ["weak", "recommendation", "A weak idea"],
    ["elsewhere", "recommendation", "Something else"],
    ["needed", "finding", "Delegation is needed"],
  ],
  [
    ["sub-theme-of", "double", "delegation", []],
    [
      "recommends",
      "gail",
      "further",
      [
        { kind: "direct-quote", quote: "Push for further delegation of power.", source: "a" },
        { kind: "direct-quote", quote: "Push for further delegation of power.", source: "b" },
      ],
    ],
    ["addresses", "further", "delegation", [{ kind: "direct-quote", quote: "further delegation", source: "a" }]],
    ["recommends", "panel", "twice", ["summary"]],
    ["addresses", "twice", "double", ["summary"]],
    ["recommends", "panel", "weak", ["summary"]],
    ["addresses", "weak", "delegation", []],
    ["addresses", "elsewhere", "other", ["direct-quote"]],
    ["states", "panel", "needed", ["summary"]],
    ["addresses", "needed", "delegation", ["summary"]],
  ],
);

describe("recommendations-on", () => {
  it("finds the recommendations on a theme and on its sub-themes, strongest evidence first, but not findings", () => {
    const result = recommendationsOn(graph, "handing down power");
    expect(result.theme).toEqual({ id: "delegation", label: "Delegation" });
    expect(result.recommendations.map((r) => r.id)).toEqual(["further", "twice", "weak"]);
    expect(result.recommendations[1]!.themes).toEqual([{ id: "double", label: "Double delegation" }]);
  });

  it("leaves sub-themes out when asked", () => {
    const direct = recommendationsOn(graph, "delegation", { subThemes: false });
    expect(direct.recommendations.map((r) => r.id)).toEqual(["further", "weak"]);
  });

  it("gives the full text and the passages that make the recommendation, with their sources", () => {
    const first = recommendationsOn(graph, "delegation").recommendations[0]!;
    expect(first.text).toBe("Further delegation");
    expect(first.evidence.map((e) => [e.source, e.quote])).toEqual([
      ["a", "Push for further delegation of power."],
      ["a", "further delegation"],
      ["b", "Push for further delegation of power."],
    ]);
    expect(Object.keys(first)).toEqual(["id", "label", "text", "madeBy", "themes", "evidence"]);
  });

  it("says who made each recommendation, as coverage does, and prints it as 'Made by'", () => {
    const [further, twice] = recommendationsOn(graph, "delegation").recommendations;
    expect(further!.madeBy.map((b) => [b.id, b.type, b.evidence.length])).toEqual([["gail", "person", 2]]);
    expect(twice!.madeBy.map((b) => [b.id, b.type])).toEqual([["panel", "session"]]);
    const lines: string[] = [];
    printRecommendationsOn(graph, recommendationsOn(graph, "delegation"), [], (l) => lines.push(l), { all: false });
    expect(lines).toContain("   Made by: Gail Lyle (2 passages)");
    expect(lines).toContain("   Made by: Panel (session, 1 passage)");
  });
});
