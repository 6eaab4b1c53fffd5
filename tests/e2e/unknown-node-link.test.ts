// A shared link whose `?node=` names no node of the graph (a mistyped id) says so in the panel, with the nearest names,
// instead of opening on a blank "Select a node"; a valid link, and a click on a suggestion, open the node as usual.
// On the session corpus written for the session page (tests/helpers/session-corpus.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, startViewer, type ViewerSite } from "../helpers/browser.js";
import { sessionCorpus } from "../helpers/session-corpus.js";

declare const window: Window & { panelgraph: { state: { selected: string | null } } };

describe("a link to a node the graph lacks", () => {
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(buildCorpusGraph(sessionCorpus()).graph));
  });
  afterAll(async () => site?.close());

  it("says in words that the graph has no such node, offers the nearest names, and a click opens one", async () => {
    const { page, errors } = await site.open({ viewport: { width: 1280, height: 800 }, search: "?node=ona-pik" });
    expect(await page.textContent("#panel-title")).toBe("No node “ona-pik” in this graph");
    expect(await page.textContent("#panel-body .unknown-node")).toBe(
      "The link names the node “ona-pik” (?node=ona-pik), but this graph has no node with that id: " +
        "the link may be mistyped, or made for another version of the corpus.",
    );
    const nearest = page.locator("#panel-body .nearest-nodes .node-link");
    expect(await nearest.first().getAttribute("data-node")).toBe("ona-pike");
    expect(await page.textContent("#announce")).toBe("No node ona-pik in this graph.");
    keepScreenshot("unknown-node-link.png", await page.screenshot());
    await nearest.first().click();
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBe("ona-pike");
    expect(await page.textContent("#panel-title")).toBe("Ona Pike");
    // Cleared, the panel gives the usual hint: the broken link is no longer the address.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.textContent("#panel-title")).toBe("Select a node");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a link without a node, or with a node the graph has, as before", async () => {
    const { page, errors } = await site.open({ viewport: { width: 1280, height: 800 }, search: "" });
    expect(await page.textContent("#panel-title")).toBe("Select a node");
    await page.close();
    const other = await site.open({ viewport: { width: 1280, height: 800 }, search: "?node=ona-pike" });
    expect(await other.page.textContent("#panel-title")).toBe("Ona Pike");
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
  });
});
