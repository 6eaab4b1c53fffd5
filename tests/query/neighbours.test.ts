import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { neighbours } from "../../src/query/neighbours.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

describe("neighbours on the shipped corpus", () => {
  it("lists every edge of the entity, in and out, with the neighbour on the other end", () => {
    const result = neighbours(graph, "Richard Stubbs");
    expect(result.entity).toEqual({ id: "richard-stubbs", label: "Richard Stubbs", type: "person" });
    expect(result.neighbours).toHaveLength(graph.degree("richard-stubbs"));
    const affiliation = result.neighbours.find((n) => n.relation === "affiliated-with")!;
    expect(affiliation).toMatchObject({
      id: "yorkshire-and-humber-academic-health-science",
      type: "organisation",
      direction: "out",
    });
    expect(affiliation.evidence.map((e) => e.source)).toContain("luc-inquiry-sessions-march-2023");
  });

  it("reports the real direction: people speak on a theme, so from the theme they are incoming", () => {
    const people = neighbours(graph, "devolution", { types: ["person"] }).neighbours;
    expect(people.map((n) => [n.id, n.relation, n.direction])).toEqual([
      ["geoff-little", "spoke-on", "in"],
      ["richard-stubbs", "spoke-on", "in"],
      ["sarah-reed", "spoke-on", "in"],
    ]);
  });

  it("filters by relation and by type together", () => {
    const result = neighbours(graph, "delegation", { relations: ["addresses"], types: ["recommendation"] });
    expect(result.neighbours.map((n) => n.id)).toEqual([
      "further-delegation-of-power",
      "more-devolved-granular-approach-to-levelling-up-health",
    ]);
    expect(neighbours(graph, "delegation", { relations: ["sub-theme-of"] }).neighbours).toEqual([
      expect.objectContaining({ id: "central-and-local-control", direction: "out", evidence: [] }),
      expect.objectContaining({ id: "double-and-triple-delegation", direction: "in", evidence: [] }),
    ]);
  });

  it("orders by relation (schema order), outgoing first, then type and id, in the shape docs/cli.md documents", () => {
    const result = neighbours(graph, "geoff-little");
    const relations = result.neighbours.map((n) => n.relation);
    expect(relations.indexOf("affiliated-with")).toBeLessThan(relations.indexOf("spoke-on"));
    expect(relations.lastIndexOf("spoke-on")).toBeLessThan(relations.indexOf("recommends"));
    expect(Object.keys(result)).toEqual(["entity", "neighbours"]);
    expect(Object.keys(result.neighbours[0]!)).toEqual(["id", "label", "type", "relation", "direction", "evidence"]);
    expect(neighbours(graph, "geoff-little")).toEqual(result);
  });
});
