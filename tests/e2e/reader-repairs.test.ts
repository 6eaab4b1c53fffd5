// A source whose punctuation the loader repaired, in the reader: each repaired character marked (a dotted underline,
// not colour alone), its title and its description saying which character the file has there, reached from the
// keyboard ("Next repaired character"); and the file as published, byte for byte, downloaded from the reader and from
// the source's panel, on the static site (`npm run build`) and the dev server (`npm start`) alike, made from the graph
// alone. On the towpath corpus (tests/helpers/towpath-corpus.ts, invented), then on the shipped source.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, openViewer, type OpenedViewer, type Serving } from "../helpers/browser.js";
import { DATA_DIR } from "../helpers/paths.js";
import { towpathCorpus } from "../helpers/towpath-corpus.js";

declare const window: Window & {
  panelgraph: { select(node: string | null): void; update(change: object): void };
};

const TITLE = "repaired: the file has U+0E42 here";

/** The bytes of the file a link downloads, and the name it is saved under. */
async function downloaded(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

for (const [serving, bom] of [
  ["build", false],
  ["dev", true],
] as [Serving, boolean][]) {
  describe(`repaired characters in the reader (${serving === "build" ? "static site" : "dev server"}${bom ? ", a file with a byte-order mark" : ""})`, () => {
    const dir = towpathCorpus({ bom });
    const file = readFileSync(join(dir, "sources", "hearing.txt"));
    let viewer: OpenedViewer;
    let page: Page;
    beforeAll(async () => {
      viewer = await openViewer(serializeGraph(buildCorpusGraph(dir).graph), {
        serving,
        viewport: { width: 1280, height: 800 },
        search: "?node=cal-reed",
      });
      page = viewer.page;
      await page.locator("#panel-body button.quote", { hasText: "River care is everyone’s job." }).first().click();
      await page.locator("#reader-mark").waitFor();
    });
    afterAll(async () => viewer?.close());

    it("marks each repaired character, its title and description saying which character the file has there", async () => {
      const repaired = page.locator("#reader-body ins.repaired");
      expect(await repaired.count()).toBe(7);
      expect(await repaired.allTextContents()).toEqual(["“", "”", "“", "’", "”", "“", "”"]);
      const inPassage = page.locator("#reader-mark ins.repaired");
      expect(await inPassage.textContent()).toBe("’");
      expect(await inPassage.getAttribute("title")).toBe(TITLE);
      // The passage reads as the quote still: the mark around the repaired character adds no text.
      expect(await page.textContent("#reader-mark")).toBe("River care is everyone’s job.");
      const described = await inPassage.getAttribute("aria-describedby");
      expect(await page.locator(`#${described}`).textContent()).toBe(TITLE);
      // Not by colour alone: a dotted underline.
      expect(await inPassage.evaluate((e) => getComputedStyle(e).borderBottomStyle)).toBe("dotted");
      expect(viewer.errors).toEqual([]);
    });

    it("takes the keyboard to each in turn from “Next repaired character”, the passage's first, and shows its title", async () => {
      const next = page.locator("#reader-meta .repairs button.next-repaired");
      await next.focus();
      await page.keyboard.press("Enter");
      const focused = () =>
        page.evaluate(() => (document.activeElement as HTMLElement).closest("#reader-mark") !== null);
      const active = () => page.evaluate(() => document.activeElement?.getAttribute("data-offset"));
      expect(await page.evaluate(() => document.activeElement?.matches("ins.repaired"))).toBe(true);
      expect(await focused()).toBe(true);
      const first = await active();
      const shown = await page.evaluate(() => getComputedStyle(document.activeElement!, "::after").content);
      expect(shown).toBe(JSON.stringify(TITLE));
      await next.click();
      expect(Number(await active())).toBeGreaterThan(Number(first));
    });

    it("downloads the file as published, byte for byte, from the reader and from the source's panel", async () => {
      const notice = page.locator("#reader-meta .repairs");
      expect(await notice.textContent()).toBe(
        "Punctuation repaired: 7 characters of the file, damaged, shown here as ’ “ ” or – from their context and " +
          "marked with a dotted underline; the file in the corpus folder's sources/ is kept as it was: hearing.txt " +
          "(the file as published, byte for byte). Next repaired character",
      );
      const fromReader = await downloaded(page, notice.locator("a.published-file"));
      expect(fromReader.name).toBe("hearing.txt");
      expect(fromReader.bytes.equals(file)).toBe(true);
      await page.evaluate(() => window.panelgraph.select("hearing"));
      const fromPanel = await downloaded(page, page.locator("#panel-body .repairs a.published-file"));
      expect(fromPanel.bytes.equals(file)).toBe(true);
    });
  });
}

describe("the shipped source whose punctuation was repaired", () => {
  const id = "luc-inquiry-sessions-march-2023";
  let viewer: OpenedViewer;
  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(buildCorpusGraph(DATA_DIR).graph), {
      viewport: { width: 1280, height: 800 },
      search: `?node=${id}`,
    });
  });
  afterAll(async () => viewer?.close());

  it("marks its 36 repaired characters and gives its file back as published (its sha256 the metadata's)", async () => {
    const { page } = viewer;
    await page.locator("#panel-body button.primary", { hasText: "Read the source text" }).click();
    await page.locator("#reader-body ins.repaired").first().waitFor();
    expect(await page.locator("#reader-body ins.repaired").count()).toBe(36);
    await page.locator("#reader-meta .repairs button.next-repaired").click();
    await page.locator("#reader-meta .repairs button.next-repaired").click();
    // The reader scrolled to it, the page did not move.
    expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.body.scrollTop])).toEqual([0, 0]);
    expect(await page.locator("#reader-body").evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    keepScreenshot("reader-repaired-shipped.png", await page.screenshot());
    const { name, bytes } = await downloaded(page, page.locator("#reader-meta .repairs a.published-file"));
    expect(name).toBe(`${id}.txt`);
    expect(bytes.equals(readFileSync(join(DATA_DIR, "sources", `${id}.txt`)))).toBe(true);
    const sha256 = /^sha256: (\w+)$/mu.exec(readFileSync(join(DATA_DIR, "sources", `${id}.yaml`), "utf8"))![1];
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha256);
    expect(viewer.errors).toEqual([]);
  });
});
