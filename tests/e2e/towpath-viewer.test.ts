// On a small corpus written for the tests (tests/helpers/towpath-corpus.ts), in Chromium: the search finds a person by
// the role a source gives them, and, when no name matches, offers the passages that have the typed words; a theme's
// panel says how many spoke on it and how many with its sub-themes, as the CLI counts them; and repaired punctuation
// is said where the text is shown (the reader, the source's panel) and beside a passage that holds some.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, openViewer, type OpenedViewer } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { towpathCorpus } from "../helpers/towpath-corpus.js";

interface PageApi {
  state: { selected: string | null; passage: { source: string; start: number; end: number } | null };
  select(node: string | null): void;
  update(change: object): void;
}
declare const window: Window & { panelgraph: PageApi };

describe("search by role and in the texts, speaker counts, repaired punctuation", () => {
  const dir = towpathCorpus();
  let viewer: OpenedViewer;
  let page: Page;
  const state = () => page.evaluate(() => window.panelgraph.state);
  const options = () => page.locator("#search-options [role=option]").allTextContents();
  const shot = async (name: string) => keepScreenshot(name, await page.screenshot());

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(buildCorpusGraph(dir).graph), { viewport: { width: 1280, height: 800 } });
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("search: a role a source gives finds the person, highlighted for Enter, with the role and where", async () => {
    await page.fill("#search", "Vice Chair");
    expect(await options()).toEqual(["Ann Bellperson · Vice Chair, Fenby Trust"]);
    expect(await page.locator("#search-options .options-notice").count()).toBe(0);
    await shot("towpath-search-role.png");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("ann-bell");
    await page.evaluate(() => window.panelgraph.select(null));
  });

  it("search: no name matching offers the passages with the typed words; choosing one opens the reader there", async () => {
    await page.fill("#search", "think tank");
    expect(await page.textContent("#search-options .options-notice")).toBe(
      "No name matches “think tank”. Searching the texts for “think tank”: 1 passage:",
    );
    expect(await options()).toEqual(["“Towpath repairs are overdue, a think tank found.”passage · Towpath hearing"]);
    await shot("towpath-search-texts.png");
    await page.locator("#search-options [role=option]").first().dispatchEvent("mousedown");
    await page.locator("#reader-mark").waitFor();
    expect(await page.textContent("#reader-mark")).toBe("Towpath repairs are overdue, a think tank found.");
    await page.evaluate(() => window.panelgraph.update({ passage: null }));
  });

  it("a theme's panel: its own speakers, and with its sub-themes as “Who spoke on” and the CLI count them", async () => {
    const cli = await panelgraphIn(["query", "who-spoke-on", "River care", "--data", dir], { cwd: dir });
    expect(cli.stdout.split("\n")[0]).toBe(
      "3 people spoke on River care [river-care] and its sub-theme Towpath repairs in their own words " +
        "(2 on River care itself, 3 with its sub-themes).",
    );
    await page.evaluate(() => window.panelgraph.select("river-care"));
    const speakers = page.locator("#panel-body h3", { hasText: "Speakers" });
    expect(await speakers.textContent()).toBe("Speakers 2");
    expect(await page.textContent("#panel-body .speaker-counts")).toBe(
      "2 on this theme, 3 with its sub-themes (as “Who spoke on” counts).",
    );
    await page.fill("#theme-input", "River care");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.textContent("#who-result .answer-summary"))
      .toMatch(
        /^3 people spoke on River care and its sub-theme Towpath repairs in their own words \(2 on River care itself, 3 with its sub-themes\)\./u,
      );
    await shot("towpath-speaker-counts.png");
    await page.evaluate(() => {
      window.panelgraph.update({ theme: "" });
      window.panelgraph.select(null);
    });
  });

  it("repaired punctuation: said in the source's panel, the reader, and beside a passage that holds some", async () => {
    await page.evaluate(() => window.panelgraph.select("cal-reed"));
    const quote = page.locator("#panel-body button.quote", { hasText: "River care is everyone’s job." }).first();
    expect(await quote.locator(".meta").textContent()).toMatch(
      / · 1 punctuation mark repaired \(damaged in the file\)$/u,
    );
    await page.evaluate(() => window.panelgraph.select("ann-bell"));
    const plain = page.locator("#panel-body button.quote", { hasText: "River care needs a plan" }).first();
    expect(await plain.locator(".meta").textContent()).not.toContain("repaired");
    await page.evaluate(() => window.panelgraph.select("cal-reed"));
    await page.locator("#panel-body button.passages").first().click();
    const drawn = page.locator("#edge-body button.quote").first();
    expect(await drawn.locator(".meta").textContent()).toContain("1 punctuation mark repaired (damaged in the file)");
    await drawn.click();
    await page.locator("#reader-mark").waitFor();
    const notice =
      "Punctuation repaired: 7 characters of the file, damaged, shown here as ’ “ ” or – from their context and " +
      "marked with a dotted underline; the file in the corpus folder's sources/ is kept as it was: hearing.txt (the " +
      "file as published, byte for byte).";
    // The reader's also takes the keyboard to each repaired character (tests/e2e/reader-repairs.test.ts).
    expect(await page.textContent("#reader-meta .repairs")).toBe(`${notice} Next repaired character`);
    await shot("towpath-reader-repairs.png");
    await page.evaluate(() => window.panelgraph.select("hearing"));
    expect(await page.textContent("#panel-body .repairs")).toBe(notice);
  });
});
