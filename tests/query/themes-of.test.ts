import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { EntityTypeError } from "../../src/query/errors.js";
import { themesOf } from "../../src/query/themes-of.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

describe("themes-of on the shipped corpus", () => {
  it("lists every theme Sarah Reed spoke on, and nothing else", () => {
    const result = themesOf(graph, "Sarah Reed");
    expect(result.person).toEqual({ id: "sarah-reed", label: "Sarah Reed" });
    expect(result.themes.map((t) => t.id).sort()).toEqual([
      "accountability",
      "central-and-local-control",
      "delegation",
      "government-support-for-icss",
      "integrated-care-systems",
      "long-term-approach",
      "nhs-culture",
      "nhs-targets",
    ]);
  });

  it("puts the theme with the strongest and most evidence first: delegation for Geoff Little", () => {
    const themes = themesOf(graph, "geoff-little").themes;
    expect(themes[0]!.id).toBe("delegation");
    expect(themes[0]!.evidence.length).toBe(7);
    // Only summaries tie him to NHS culture, so it comes last.
    expect(themes.at(-1)!.id).toBe("nhs-culture");
    expect(themes.at(-1)!.evidence.map((e) => e.kind)).toEqual(["summary"]);
  });

  it("answers in the JSON shape docs/cli.md documents for `query themes-of`", () => {
    const result = themesOf(graph, "Little");
    expect(Object.keys(result)).toEqual(["person", "themes"]);
    expect(Object.keys(result.themes[0]!)).toEqual(["id", "label", "evidence"]);
  });

  it("refuses a theme where a person is needed", () => {
    expect(() => themesOf(graph, "devolution")).toThrow(EntityTypeError);
  });
});
