// Appearance by attribute (viewer/core/appearance-mapping.ts, appearance-attributes.ts) on small graphs made here:
// what the viewer counts per node, and the sizes, colours, legends and labels it derives from them.
import { describe, expect, it } from "vitest";
import { nodeCounts } from "../../viewer/core/appearance-attributes.js";
import {
  CATEGORY_COLOURS,
  colouringBy,
  labelsBy,
  OTHER_COLOUR,
  rampColour,
  sizesBy,
} from "../../viewer/core/appearance-mapping.js";
import { NEUTRAL_COLOUR } from "../../viewer/core/appearance.js";
import { syntheticGraph } from "../query/synthetic.js";

/** A speaker quoted three times, one reported once, a theme both spoke on, and an organisation. */
function speakers() {
  return syntheticGraph(
    [
      ["ann", "person"],
      ["bob", "person"],
      ["t", "theme"],
      ["org", "organisation"],
    ],
    [
      ["spoke-on", "ann", "t", ["direct-quote", "direct-quote", "reported"]],
      ["spoke-on", "bob", "t", ["reported"]],
      ["affiliated-with", "ann", "org", ["summary"]],
    ],
  );
}

describe("what the viewer counts per node", () => {
  it("degree, passages, distinct sources, the main source and the commonest evidence kind", () => {
    const graph = speakers();
    const counts = nodeCounts(graph);
    const at = (id: string) => counts.index.get(id)!;
    expect(counts.degree[at("ann")]).toBe(2);
    expect(counts.passages[at("ann")]).toBe(4);
    expect(counts.passages[at("t")]).toBe(4);
    expect(counts.sources[at("ann")]).toBe(1);
    expect(counts.mainSource[at("ann")]).toBe("s");
    expect(counts.evidence[at("ann")]).toBe("direct-quote");
    expect(counts.evidence[at("bob")]).toBe("reported");
    expect(counts.evidence[at("s")]).toBeUndefined();
  });
});

describe("sizes, colours and labels by attribute", () => {
  it("sizes grow with the attribute; the same size for all with `uniform`; centrality is the renderer's own", () => {
    const graph = speakers();
    const sizes = sizesBy(graph, "passages")!;
    expect(sizes.get("ann")).toBe(sizes.get("t"));
    expect(sizes.get("ann")).toBeGreaterThan(sizes.get("bob")!);
    expect(sizes.get("bob")).toBeGreaterThan(sizes.get("s")!);
    expect(new Set(sizesBy(graph, "uniform")!.values()).size).toBe(1);
    expect(sizesBy(graph, "centrality")).toBeNull();
  });

  it("a number is a ramp from the lowest value (lightest) to the highest (darkest), named in the legend", () => {
    const graph = speakers();
    const { colours, legend } = colouringBy(graph, "degree")!;
    expect(colours.get("s")).toBe(rampColour(0));
    expect(colours.get("ann")).toBe(rampColour(1));
    expect(legend.map((e) => e.text)).toEqual([0, 0.5, 1, 1.5, 2].map((v) => `Connections ${Math.round(v)}`));
  });

  it("a category colours its 12 largest values apart and the rest as one “other”; no value is neutral", () => {
    const kinds = Array.from({ length: 14 }, (_, i) => `kind-${String(i).padStart(2, "0")}`);
    const graph = syntheticGraph(
      kinds.map((_, i) => [`org-${i}`, "organisation"] as const),
      [],
    );
    // kind-00 on three organisations, kind-01 on two, the rest on one each.
    kinds.forEach((kind, i) => graph.setNodeAttribute(`org-${i}`, "kind", kind));
    graph.setNodeAttribute("org-12", "kind", "kind-00");
    graph.setNodeAttribute("org-13", "kind", "kind-00");
    graph.setNodeAttribute("org-11", "kind", "kind-01");
    const { colours, legend } = colouringBy(graph, "kind")!;
    expect(colours.get("org-0")).toBe(CATEGORY_COLOURS[0]);
    expect(colours.get("org-1")).toBe(CATEGORY_COLOURS[1]);
    expect(colours.get("s")).toBe(NEUTRAL_COLOUR);
    expect(legend[0]).toEqual({ colour: CATEGORY_COLOURS[0], text: "kind-00 (3)" });
    expect(legend.filter((e) => CATEGORY_COLOURS.includes(e.colour))).toHaveLength(11);
    expect(legend.at(-1)).toEqual({ colour: NEUTRAL_COLOUR, text: "no kind" });
    expect(new Set(graph.mapNodes((id) => colours.get(id))).has(OTHER_COLOUR)).toBe(false);
  });

  it("more than 12 values: the smallest share the “other” colour and one legend line", () => {
    const graph = syntheticGraph(
      Array.from({ length: 15 }, (_, i) => [`p-${i}`, "programme"] as const),
      [],
    );
    for (let i = 0; i < 15; i++) graph.setNodeAttribute(`p-${i}`, "kind", `k${String(i).padStart(2, "0")}`);
    graph.setNodeAttribute("p-14", "kind", "k00");
    const { colours, legend } = colouringBy(graph, "kind")!;
    const others = graph.filterNodes((id) => colours.get(id) === OTHER_COLOUR);
    expect(others).toHaveLength(2);
    expect(legend).toContainEqual({ colour: OTHER_COLOUR, text: "2 other values (2)" });
  });

  it("labels by an attribute are that attribute's value; by label, the renderer's own", () => {
    const graph = speakers();
    expect(labelsBy(graph, "type")!.get("org")).toBe("organisation");
    expect(labelsBy(graph, "degree")!.get("ann")).toBe("2");
    expect(labelsBy(graph, "label")).toBeNull();
    expect(colouringBy(graph, "type")).toBeNull();
  });
});
