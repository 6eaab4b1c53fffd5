import { describe, expect, it } from "vitest";
import { coverage } from "../../src/query/coverage.js";
import { syntheticGraph } from "./synthetic.js";

/**
 * Two recommendations on "Delegation" (one made by Gail in two sources, one by an organisation only), a third on a
 * sub-theme; themes people raised or a panel agreed on that no recommendation addresses.
 */
const graph = syntheticGraph(
  [
    ["control", "theme", "Local control"],
    ["delegation", "theme", "Delegation"],
    ["digital", "theme", "Digital"],
    ["exclusion", "theme", "Digital exclusion"],
    ["tobacco", "theme", "Tobacco"],
    ["culture", "theme", "Culture"],
    ["gail", "person", "Gail Lyle"],
    ["sam", "person", "Sam Reid"],
    ["rob", "person", "Rob Stone"],
    ["fund", "organisation", "The Fund"],
    ["panel", "session", "Panel"],
    ["more-delegation", "recommendation", "More delegation"],
    ["fund-says", "recommendation", "Fund's idea"],
    ["broadband", "recommendation", "Broadband for all"],
  ],
  [
    ["sub-theme-of", "delegation", "control", []],
    ["sub-theme-of", "exclusion", "digital", []],
    ["recommends", "gail", "more-delegation", [{ kind: "direct-quote", quote: "Push for delegation.", source: "a" }]],
    ["recommends", "sam", "more-delegation", [{ kind: "reported", quote: "Sam backs delegation.", source: "b" }]],
    ["addresses", "more-delegation", "delegation", ["direct-quote"]],
    ["recommends", "fund", "fund-says", ["reported"]],
    ["addresses", "fund-says", "delegation", ["reported"]],
    ["recommends", "rob", "broadband", ["direct-quote"]],
    ["addresses", "broadband", "exclusion", ["direct-quote"]],
    ["spoke-on", "gail", "delegation", ["direct-quote"]],
    ["spoke-on", "rob", "delegation", ["reported", "reported"]],
    ["spoke-on", "rob", "digital", ["direct-quote"]],
    ["spoke-on", "sam", "tobacco", ["direct-quote"]],
    ["agreed-on", "panel", "culture", ["summary"]],
  ],
);
const result = coverage(graph);
const find = (id: string) => result.recommendations.find((r) => r.id === id)!;

describe("coverage", () => {
  it("covers every recommendation once, thinnest support first", () => {
    expect(result.recommendations.map((r) => r.id)).toEqual(["fund-says", "broadband", "more-delegation"]);
  });

  it("traces a recommendation to the people who made it, with their words, and the others who spoke on its themes", () => {
    const more = find("more-delegation");
    expect(more.themes.map((t) => t.id)).toEqual(["delegation"]);
    expect(more.speakers.map((s) => [s.id, s.evidence[0]!.kind])).toEqual([
      ["gail", "direct-quote"],
      ["sam", "reported"],
    ]);
    expect(more.relatedSpeakers.map((s) => [s.id, s.themes.map((t) => t.id)])).toEqual([["rob", ["delegation"]]]);
    expect(more.sources).toEqual(["a", "b"]);
    expect(more.flags).toEqual([]);
  });

  it("flags recommendations no person made, one person made, or one source holds", () => {
    const fund = find("fund-says");
    expect(fund.speakers).toEqual([]);
    expect(fund.otherBackers.map((b) => [b.id, b.type])).toEqual([["fund", "organisation"]]);
    expect(fund.flags).toEqual(["no-speaker", "one-source"]);
    expect(find("broadband").flags).toEqual(["one-speaker", "one-source"]);
  });

  it("counts speech on a sub-theme towards a recommendation on the theme, and can be told not to", () => {
    const small = syntheticGraph(
      [
        ["control", "theme", "Local control"],
        ["delegation", "theme", "Delegation"],
        ["rob", "person", "Rob Stone"],
        ["r", "recommendation", "Local say"],
      ],
      [
        ["sub-theme-of", "delegation", "control", []],
        ["addresses", "r", "control", ["summary"]],
        ["spoke-on", "rob", "delegation", ["direct-quote"]],
      ],
    );
    const related = (subThemes: boolean) =>
      coverage(small, { subThemes }).recommendations[0]!.relatedSpeakers.map((s) => [s.id, s.themes.map((t) => t.id)]);
    expect(related(true)).toEqual([["rob", ["delegation"]]]);
    expect(related(false)).toEqual([]);
  });

  it("lists the themes people raised, or a panel agreed on, that no recommendation addresses", () => {
    expect(result.unaddressedThemes.map((t) => [t.id, t.speakers.map((s) => s.id), t.panels.map((p) => p.id)])).toEqual(
      [
        ["tobacco", ["sam"], []],
        ["culture", [], ["panel"]],
      ],
    );
    // Digital is addressed through its sub-theme (a narrower recommendation answers the broader theme); delegation
    // directly.
    expect(result.unaddressedThemes.map((t) => t.id)).not.toContain("digital");
    expect(result.unaddressedThemes.map((t) => t.id)).not.toContain("delegation");
  });
});
