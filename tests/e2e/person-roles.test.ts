// The person panel's titles: a title two sources agree on is shown once with both sources (u36: "Director of Policy"
// was listed twice beside the third source's "Chief Executive").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { startViewer, type ViewerSite } from "../helpers/browser.js";
import { threeTitlesGraph } from "../helpers/title-conflict.js";
import { syntheticGraph } from "../query/synthetic.js";

describe("a person's titles in the panel", () => {
  const graph = threeTitlesGraph([
    ["a", "source", "Source A"],
    ["b", "source", "Source B"],
    ["c", "source", "Source C"],
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

describe("a person's titles with dates in the panel", () => {
  // Ann Bell of the Fenby Trust (invented): Vice Chair until 2023 in a 2022 source, Chair since May 2023 in another.
  const graph = syntheticGraph(
    [
      ["ann", "person", "Ann Bell"],
      ["trust", "organisation", "Fenby Trust"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
    ],
    [
      [
        "affiliated-with",
        "ann",
        "trust",
        [
          { kind: "reported", quote: "Ann Bell, Vice Chair of the Fenby Trust until 2023", source: "a" },
          { kind: "reported", quote: "Ann Bell, Chair of the Fenby Trust since May 2023", source: "b" },
        ],
      ],
    ],
  );
  graph.setNodeAttribute("a", "date", "2022-06");
  const evidence = graph.getEdgeAttribute("affiliated-with:ann->trust", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->trust", "roles", [
    { role: "Chair", source: "b", since: "2023-05", evidence: [evidence[1]!] },
    { role: "Vice Chair", source: "a", until: "2023", evidence: [evidence[0]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("shows each title's dates in words, earliest first, as a change of post rather than a disagreement", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann" });
    const roles = await page.textContent("#panel-body .roles");
    expect(roles).toBe("Vice Chair, until 2023 (Source A); Chair, since May 2023 (Source B) a change of post");
    expect(await page.locator("#panel-body .roles .conflict").count()).toBe(0);
  });
});
