import { describe, expect, it } from "vitest";
import { EntityTypeError } from "../../src/query/errors.js";
import { themesOf } from "../../src/query/themes-of.js";
import { syntheticGraph } from "./synthetic.js";

/** Ann spoke on three themes in her own words; her panel agreed on one of them and on a fourth. */
const graph = syntheticGraph(
  [
    ["ann", "person", "Ann Lowe", ["Lowe"]],
    ["bo", "person", "Bo Ray"],
    ["panel", "session", "Panel one"],
    ["culture", "theme", "Culture"],
    ["targets", "theme", "Targets"],
    ["budgets", "theme", "Budgets"],
    ["prevention", "theme", "Prevention"],
  ],
  [
    ["panellist-in", "ann", "panel", ["reported"]],
    ["spoke-on", "ann", "targets", ["reported", "reported", "reported"]],
    [
      "spoke-on",
      "ann",
      "culture",
      [
        { kind: "direct-quote", quote: "A huge culture change is needed in the NHS.", source: "a" },
        { kind: "direct-quote", quote: "A huge culture change is needed in the NHS!", source: "b" },
      ],
    ],
    ["spoke-on", "ann", "budgets", ["direct-quote", "direct-quote"]],
    ["spoke-on", "bo", "prevention", ["direct-quote"]],
    ["agreed-on", "panel", "culture", ["summary"]],
    ["agreed-on", "panel", "prevention", ["summary"]],
  ],
);

describe("themes-of", () => {
  it("lists the themes a person spoke on in their own words, strongest evidence first, then most statements", () => {
    const result = themesOf(graph, "Ann Lowe");
    expect(result.person).toEqual({ id: "ann", label: "Ann Lowe" });
    // Culture and budgets are both quoted directly; culture is one statement reported by two sources, budgets two.
    expect(result.themes.map((t) => [t.id, t.kind, t.statements, t.evidence.length])).toEqual([
      ["budgets", "direct-quote", 2, 2],
      ["culture", "direct-quote", 1, 2],
      ["targets", "reported", 3, 3],
    ]);
  });

  it("lists what a panel they sat on agreed on apart, and only what they did not say themselves", () => {
    const { panelThemes } = themesOf(graph, "ann");
    expect(panelThemes.map((t) => [t.id, t.kind, t.panels.map((p) => p.id)])).toEqual([
      ["prevention", "summary", ["panel"]],
    ]);
    expect(themesOf(graph, "bo").panelThemes).toEqual([]);
  });

  it("answers in the JSON shape docs/cli.md documents for `query themes-of`", () => {
    const result = themesOf(graph, "Lowe");
    expect(Object.keys(result)).toEqual(["person", "themes", "panelThemes"]);
    expect(Object.keys(result.themes[0]!)).toEqual(["id", "label", "kind", "statements", "evidence"]);
    expect(Object.keys(result.panelThemes[0]!)).toEqual(["id", "label", "panels", "kind", "statements", "evidence"]);
  });

  it("refuses a theme where a person is needed", () => {
    expect(() => themesOf(graph, "Culture")).toThrow(EntityTypeError);
  });
});
