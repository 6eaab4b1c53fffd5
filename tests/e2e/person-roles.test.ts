// The person panel's titles: a title two sources agree on is shown once with both sources (u36: "Director of Policy"
// was listed twice beside the third source's "Chief Executive").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { startViewer, type ViewerSite } from "../helpers/browser.js";
import { threeTitlesGraph } from "../helpers/title-conflict.js";

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
