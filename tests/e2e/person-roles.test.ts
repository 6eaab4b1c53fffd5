// The person panel's titles: a title two sources agree on is shown once with both sources (u36: "Director of Policy"
// was listed twice beside the third source's "Chief Executive").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { startViewer, type ViewerSite } from "../helpers/browser.js";
import { syntheticGraph } from "../query/synthetic.js";

describe("a person's titles in the panel", () => {
  const graph = syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["agency", "organisation", "Levee Agency"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
      ["c", "source", "Source C"],
    ],
    [
      [
        "affiliated-with",
        "ivo",
        "agency",
        [
          { kind: "reported", quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" },
          { kind: "reported", quote: "Ivo Marsh, Director of the Levee Agency", source: "b" },
          { kind: "reported", quote: "Ivo Marsh, clerk, Levee Agency", source: "c" },
        ],
      ],
    ],
  );
  const evidence = graph.getEdgeAttribute("affiliated-with:ivo->agency", "evidence");
  graph.setEdgeAttribute("affiliated-with:ivo->agency", "roles", [
    { role: "Clerk", source: "a", evidence: [evidence[0]!] },
    { role: "Director", source: "b", evidence: [evidence[1]!] },
    { role: "clerk", source: "c", evidence: [evidence[2]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("shows a title two sources give once, with both sources, and still says the sources disagree", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ivo" });
    const roles = await page.textContent("#panel-body .roles");
    expect(roles).toBe("Clerk (Source A, Source C); Director (Source B) sources disagree");
  });
});
