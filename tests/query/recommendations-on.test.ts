import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { recommendationsOn } from "../../src/query/recommendations-on.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

describe("recommendations-on on the shipped corpus", () => {
  it("finds the recommendations on delegation and on its sub-theme, but not findings", () => {
    const result = recommendationsOn(graph, "devolution");
    expect(result.theme).toEqual({ id: "delegation", label: "Delegation of power" });
    expect(result.recommendations.map((r) => r.id)).toEqual([
      "further-delegation-of-power",
      "double-and-triple-delegation-for-two-way-accountability",
      "more-devolved-granular-approach-to-levelling-up-health",
    ]);
    expect(result.recommendations[1]!.themes).toEqual([
      { id: "double-and-triple-delegation", label: "Double and triple delegation" },
    ]);
    // A finding (`further-delegation-to-local-authorities-needed`) addresses delegation too, but is not a recommendation.
    expect(result.recommendations.map((r) => r.id)).not.toContain("further-delegation-to-local-authorities-needed");
  });

  it("leaves sub-themes out when asked", () => {
    const direct = recommendationsOn(graph, "delegation", { subThemes: false });
    expect(direct.recommendations.map((r) => r.id)).not.toContain(
      "double-and-triple-delegation-for-two-way-accountability",
    );
    expect(direct.recommendations).toHaveLength(2);
  });

  it("gives the full text and the passages that make the recommendation, with their sources", () => {
    const first = recommendationsOn(graph, "delegation").recommendations[0]!;
    expect(first.text).toBe(graph.getNodeAttribute("further-delegation-of-power", "text"));
    expect(new Set(first.evidence.map((e) => e.source))).toEqual(
      new Set(["luc-ics-session-2023", "luc-inquiry-sessions-march-2023"]),
    );
    expect(first.evidence.map((e) => e.quote)).toContain(
      "My first suggestion would be to push for further delegation of power.",
    );
    expect(Object.keys(first)).toEqual(["id", "label", "text", "themes", "evidence"]);
  });
});
