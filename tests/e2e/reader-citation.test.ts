// The source reader's header says what a citation needs: the author, publisher, date and kind, the address it was
// published at (a link that opens in a new tab) and the original file kept beside the text. On the session corpus
// (tests/helpers/session-corpus.ts), its notes given an invented author, publisher, address and original page here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, startViewer, type ViewerSite } from "../helpers/browser.js";
import { edit, keepOriginal } from "../helpers/corpus.js";
import { sessionCorpus } from "../helpers/session-corpus.js";

declare const window: Window & {
  panelgraph: { select(node: string | null): void };
};

const URL = "https://example.org/harbour/notes-from-the-review";

describe("the reader's header: what a citation needs", () => {
  let site: ViewerSite;
  beforeAll(async () => {
    const dir = sessionCorpus();
    const original = keepOriginal(
      dir,
      "harbour-notes",
      "<html><body><p>Notes from the second sitting.</p></body></html>",
    );
    edit(
      dir,
      "sources/harbour-notes.yaml",
      "origin: written for the panelgraph tests",
      "origin: written for the panelgraph tests\nauthor: Pell Varga\npublisher: Coastline Weekly\n" +
        `date: "2025-06-14"\nurl: ${URL}\n` +
        original,
    );
    const { graph } = buildCorpusGraph(dir);
    // A graph file opened in the viewer could carry any text as an address: only http(s) becomes a link.
    graph.setNodeAttribute("harbour-blog", "url", "javascript:alert(1)");
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("gives the author, publisher, date and kind, the address as a link to a new tab, and the original file", async () => {
    const { page, errors } = await site.open({ viewport: { width: 1280, height: 800 }, search: "?node=idris-vane" });
    await page
      .locator("#panel-body button.quote", { hasText: "Dredging has been put off for a decade." })
      .first()
      .click();
    await page.locator("#reader-mark").waitFor();
    expect(await page.textContent("#reader-title")).toBe("Notes from the Harbour Towns Review");
    expect(await page.textContent("#reader-meta .reader-source")).toBe(
      "By Pell Varga · Coastline Weekly · 2025-06-14 · article",
    );
    const link = page.locator("#reader-meta .reader-link a");
    expect(await link.textContent()).toBe(URL);
    expect(await link.getAttribute("href")).toBe(URL);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect((await link.getAttribute("rel"))?.split(" ")).toContain("noopener");
    expect(await page.textContent("#reader-meta .reader-link")).toBe(
      `${URL} · Original file: harbour-notes.original.html`,
    );
    expect(await page.textContent("#reader-meta .reader-where")).toMatch(/^Passage at line 3, characters \d+–\d+/u);
    keepScreenshot("reader-citation.png", await page.screenshot());

    // A source without them: no author, no link, no original file; the date and kind as before.
    await page.evaluate(() => window.panelgraph.select("ona-pike"));
    await page.locator("#panel-body button.quote").first().click();
    await expect.poll(() => page.textContent("#reader-title")).toBe("Harbour Towns Review: the second sitting");
    expect(await page.textContent("#reader-meta .reader-source")).toBe("2025-06-13 · transcript report");
    expect(await page.locator("#reader-meta .reader-link").count()).toBe(0);

    // An address that is no web address is not made a link.
    await page.evaluate(() => window.panelgraph.select("fishing-quotas"));
    await page.locator("#panel-body button.quote").first().click();
    await expect.poll(() => page.textContent("#reader-title")).toBe("A blog on the coast");
    expect(await page.locator("#reader-meta a").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
