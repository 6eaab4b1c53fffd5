// `across-sources` (src/query/across-sources.ts): the entities two or more sources name, most sources first, each
// source with its date and the entity's passages in it; people by default, other types when asked.
import { expect, it } from "vitest";
import { acrossSources } from "../../src/query/across-sources.js";
import { syntheticGraph } from "./synthetic.js";

function corpus() {
  const graph = syntheticGraph(
    [
      ["ann-bell", "person", "Ann Bell"],
      ["tom-reed", "person", "Tom Reed"],
      ["jo-pratt", "person", "Jo Pratt"],
      ["fenby-trust", "organisation", "Fenby Trust"],
      ["buses", "theme", "Buses"],
    ],
    [
      ["spoke-on", "ann-bell", "buses", [{ kind: "direct-quote", quote: "Fund the routes.", source: "blog" }]],
      [
        "affiliated-with",
        "ann-bell",
        "fenby-trust",
        [{ kind: "reported", quote: "Ann Bell of the Fenby Trust", source: "news" }],
      ],
      [
        "spoke-on",
        "tom-reed",
        "buses",
        ["direct-quote", { kind: "reported", quote: "Tom Reed agreed.", source: "news" }],
      ],
      ["mentions", "tom-reed", "ann-bell", [{ kind: "reported", quote: "as Ann Bell said", source: "hearing" }]],
      ["spoke-on", "jo-pratt", "buses", [{ kind: "direct-quote", quote: "Only here.", source: "blog" }]],
    ],
  );
  graph.setNodeAttribute("news", "date", "2024-05-02");
  graph.setNodeAttribute("blog", "date", "2024-03-01");
  return graph;
}

it("lists the people two or more sources name, most sources first, sources earliest first (undated last, by id)", () => {
  const { entities } = acrossSources(corpus());
  expect(entities.map((e) => [e.label, e.sources.map((s) => `${s.id}:${s.passages}`)])).toEqual([
    ["Ann Bell", ["blog:1", "news:1", "hearing:1"]],
    ["Tom Reed", ["news:1", "hearing:1", "s:1"]],
  ]);
  expect(entities[0]!.sources[0]).toEqual({ id: "blog", label: "blog", date: "2024-03-01", passages: 1 });
});

it("counts a source's passages for the entity, and takes other types when asked (never sources)", () => {
  const { entities, types } = acrossSources(corpus(), ["theme", "organisation", "source"]);
  expect(types).toEqual(["theme", "organisation", "source"]);
  expect(entities.map((e) => [e.id, e.sources.map((s) => `${s.id}:${s.passages}`)])).toEqual([
    ["buses", ["blog:2", "news:1", "s:1"]],
  ]);
});
