import { describe, expect, it } from "vitest";
import { neighbours } from "../../src/query/neighbours.js";
import { syntheticGraph } from "./synthetic.js";

const graph = syntheticGraph(
  [
    ["rich", "person", "Rich Stubbs"],
    ["gail", "person", "Gail Lyle"],
    ["ahsn", "organisation", "The Network"],
    ["control", "theme", "Local control"],
    ["delegation", "theme", "Delegation", ["handing down power"]],
    ["double", "theme", "Double delegation"],
    ["further", "recommendation", "Further delegation"],
    ["needed", "finding", "Delegation is needed"],
    ["panel", "session", "Panel"],
  ],
  [
    [
      "affiliated-with",
      "rich",
      "ahsn",
      [{ kind: "reported", quote: "Rich Stubbs, Chair of The Network", source: "b" }],
    ],
    ["spoke-on", "rich", "delegation", ["direct-quote"]],
    ["spoke-on", "gail", "delegation", ["direct-quote"]],
    ["recommends", "gail", "further", ["direct-quote"]],
    ["addresses", "further", "delegation", ["direct-quote"]],
    ["addresses", "needed", "delegation", ["summary"]],
    ["agreed-on", "panel", "delegation", ["summary"]],
    ["panellist-in", "rich", "panel", ["reported"]],
    ["sub-theme-of", "delegation", "control", []],
    ["sub-theme-of", "double", "delegation", []],
  ],
);

describe("neighbours", () => {
  it("lists every edge of the entity, in and out, with the neighbour on the other end", () => {
    const result = neighbours(graph, "Rich Stubbs");
    expect(result.entity).toEqual({ id: "rich", label: "Rich Stubbs", type: "person" });
    expect(result.neighbours).toHaveLength(graph.degree("rich"));
    const affiliation = result.neighbours.find((n) => n.relation === "affiliated-with")!;
    expect(affiliation).toMatchObject({ id: "ahsn", type: "organisation", direction: "out" });
    expect(affiliation.evidence.map((e) => e.source)).toEqual(["b"]);
  });

  it("reports the real direction: people speak on a theme, so from the theme they are incoming", () => {
    const people = neighbours(graph, "handing down power", { types: ["person"] }).neighbours;
    expect(people.map((n) => [n.id, n.relation, n.direction])).toEqual([
      ["gail", "spoke-on", "in"],
      ["rich", "spoke-on", "in"],
    ]);
    const panels = neighbours(graph, "delegation", { relations: ["agreed-on"] }).neighbours;
    expect(panels.map((n) => [n.id, n.type, n.direction])).toEqual([["panel", "session", "in"]]);
  });

  it("filters by relation and by type together", () => {
    const result = neighbours(graph, "delegation", { relations: ["addresses"], types: ["recommendation"] });
    expect(result.neighbours.map((n) => n.id)).toEqual(["further"]);
    expect(neighbours(graph, "delegation", { relations: ["sub-theme-of"] }).neighbours).toEqual([
      expect.objectContaining({ id: "control", direction: "out", evidence: [] }),
      expect.objectContaining({ id: "double", direction: "in", evidence: [] }),
    ]);
  });

  it("orders by relation (schema order), outgoing first, then type and id, in the shape docs/cli.md documents", () => {
    const result = neighbours(graph, "rich");
    expect(result.neighbours.map((n) => n.relation)).toEqual(["affiliated-with", "spoke-on", "panellist-in"]);
    expect(Object.keys(result)).toEqual(["entity", "neighbours"]);
    // An affiliation adds the roles the sources give (none here: the claim gives no role).
    expect(Object.keys(result.neighbours[0]!)).toEqual([
      "id",
      "label",
      "type",
      "relation",
      "direction",
      "evidence",
      "roles",
    ]);
    expect(Object.keys(result.neighbours[1]!)).toEqual(["id", "label", "type", "relation", "direction", "evidence"]);
    expect(neighbours(graph, "rich")).toEqual(result);
  });
});
