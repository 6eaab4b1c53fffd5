import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { coverage } from "../../src/query/coverage.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));
const result = coverage(graph);
const find = (id: string) => result.recommendations.find((r) => r.id === id)!;

describe("coverage on the shipped corpus", () => {
  it("covers every recommendation once", () => {
    const ids = result.recommendations.map((r) => r.id);
    expect(ids.sort()).toEqual(graph.filterNodes((_, a) => a.type === "recommendation").sort());
  });

  it("traces a recommendation to the speaker who made it and the others who spoke on its themes", () => {
    const delegation = find("further-delegation-of-power");
    expect(delegation.themes.map((t) => t.id)).toEqual(["delegation"]);
    expect(delegation.speakers.map((s) => s.id)).toEqual(["geoff-little"]);
    expect(delegation.speakers[0]!.evidence[0]!.kind).toBe("direct-quote");
    expect(delegation.relatedSpeakers.map((s) => s.id)).toEqual(["richard-stubbs", "sarah-reed"]);
    expect(delegation.sources).toEqual(["luc-ics-session-2023", "luc-inquiry-sessions-march-2023"]);
    expect(delegation.flags).toEqual(["one-speaker"]);
  });

  it("flags recommendations no person made, and those resting on one source", () => {
    const health = find("account-for-deprivation-in-general-practice");
    expect(health.speakers).toEqual([]);
    expect(health.otherBackers.map((b) => [b.id, b.type])).toEqual([["the-health-foundation", "organisation"]]);
    expect(health.flags).toEqual(["no-speaker", "one-source"]);
    const digital = find("icss-address-digital-access");
    expect(digital.flags).toEqual(["one-speaker", "one-source"]);
    // Thinnest support first.
    expect(result.recommendations[0]!.flags).toContain("no-speaker");
  });

  it("lists the themes people raised that no recommendation addresses", () => {
    const ids = result.unaddressedThemes.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining(["tobacco-control", "integration-and-partnership-working", "rural-areas"]),
    );
    expect(ids).not.toContain("delegation");
    // Richard Stubbs spoke on digital health services; a recommendation addresses its sub-theme digital exclusion.
    expect(ids).not.toContain("digital-health-services");
    const tobacco = result.unaddressedThemes.find((t) => t.id === "tobacco-control")!;
    expect(tobacco.speakers).toEqual([{ id: "abdul-razaq", label: "Abdul Razaq" }]);
    // Every listed theme really has a speaker and no recommendation on it.
    for (const theme of result.unaddressedThemes) {
      expect(graph.inEdges(theme.id).some((e) => graph.getEdgeAttribute(e, "relation") === "spoke-on")).toBe(true);
      expect(
        graph
          .inEdges(theme.id)
          .some(
            (e) =>
              graph.getEdgeAttribute(e, "relation") === "addresses" &&
              graph.getNodeAttribute(graph.source(e), "type") === "recommendation",
          ),
      ).toBe(false);
    }
  });
});
