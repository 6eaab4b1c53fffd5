// The viewer's search and "Who spoke on" boxes in Chromium, finding names as the CLI does (src/query/match-names.ts):
// Enter takes the highlighted suggestion, one word of a theme answers, a typo offers the nearest name, and a search
// with no match says so and offers the nearest names. On a small corpus written for the tests.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { namesCorpus } from "../helpers/names-corpus.js";

interface PageApi {
  ready: boolean;
  state: { selected: string | null; theme: string };
  update(change: object): void;
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

describe("names as people type them, in the viewer", () => {
  const dir = namesCorpus();
  const graph = buildAnalysedGraph(loadValidCorpus(dir));
  let viewer: OpenedViewer;
  let page: Page;

  const state = () => page.evaluate(() => window.panelgraph.state);
  const speakers = () =>
    page
      .locator("#who-result .speakers > li")
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node));
  const options = (list: string) => page.locator(`#${list} [role=option] .option-text`).allTextContents();
  const highlighted = (list: string) =>
    page.locator(`#${list} [role=option][aria-selected=true] .option-text`).allTextContents();
  const shot = async (name: string) =>
    keepScreenshot(name, await page.screenshot({ clip: { x: 0, y: 0, width: 1000, height: 520 } }));
  const reset = async () => {
    await page.evaluate(() => {
      window.panelgraph.update({ theme: "" });
      window.panelgraph.select(null);
    });
    await page.fill("#search", "");
    await page.fill("#theme-input", "");
    await page.locator("#graph").click({ position: { x: 5, y: 5 } });
  };

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph), { viewport: { width: 1280, height: 800 } });
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("Who spoke on: one word of the only theme that has it answers, as the CLI does", async () => {
    const cli = await panelgraphIn(["query", "who-spoke-on", "transport", "--json", "--data", dir], { cwd: dir });
    const fromCli = (JSON.parse(cli.stdout) as { speakers: { id: string }[] }).speakers.map((s) => s.id);
    await page.fill("#theme-input", "transport");
    expect(await highlighted("theme-options")).toEqual(["Rural transport"]);
    await page.keyboard.press("Enter");
    await expect.poll(speakers).toEqual(fromCli);
    expect((await state()).theme).toBe("transport");
    expect(await page.textContent("#who-result .match-note")).toBe("Matched by whole word: “Rural transport”.");
    await reset();
  });

  it("Who spoke on: Enter with suggestions showing takes the highlighted one, first or chosen with the arrows", async () => {
    await page.fill("#theme-input", "health");
    expect(await options("theme-options")).toEqual(["Community health", "Mental health services"]);
    expect(await highlighted("theme-options")).toEqual(["Community health"]);
    await shot("search-resolver-theme-list.png");
    await page.keyboard.press("Enter");
    await expect.poll(speakers).toEqual(["nia-cole"]);
    expect(await page.locator("#who-result .problem").count()).toBe(0);
    // The answer names the other theme the word matches, as a link that answers for it.
    expect(await page.locator("#who-result .also-matching button").allTextContents()).toEqual([
      "Mental health services",
    ]);
    await shot("search-resolver-theme-answer.png");
    await page.click("#who-result .also-matching button");
    await expect.poll(speakers).toEqual(["omar-hale"]);
    expect((await state()).theme).toBe("mental-health");

    await page.fill("#theme-input", "health");
    await page.keyboard.press("ArrowDown");
    expect(await highlighted("theme-options")).toEqual(["Mental health services"]);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).theme).toBe("mental-health");
    await reset();
  });

  it("search: a typo says nothing matches and offers the nearest name, highlighted for Enter", async () => {
    await page.fill("#search", "Omar Hlae");
    expect(await page.textContent("#search-options .options-notice")).toBe(
      "No name matches “Omar Hlae”; the nearest, a letter or two off:",
    );
    expect(await highlighted("search-options")).toEqual(["Omar Hale"]);
    await shot("search-resolver-typo.png");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("omar-hale");
    await reset();
  });

  it("search: no match at all says so and offers the nearest names as suggestions to click", async () => {
    await page.fill("#search", "transportation policy");
    expect(await page.textContent("#search-options .options-notice")).toBe(
      "No name matches “transportation policy”. Nearest names:",
    );
    expect(await page.getAttribute("#search-options", "aria-label")).toBe(
      "No name matches “transportation policy”. Nearest names:",
    );
    expect(await options("search-options")).toContain("Rural transport");
    // Nothing is highlighted, so Enter picks nothing: the notice stays.
    expect(await highlighted("search-options")).toEqual([]);
    await page.keyboard.press("Enter");
    expect((await state()).selected).toBe(null);
    expect(await page.isVisible("#search-options .options-notice")).toBe(true);
    await shot("search-resolver-nearest.png");
    await page.locator("#search-options [role=option]", { hasText: "Rural transport" }).dispatchEvent("mousedown");
    await expect.poll(async () => (await state()).selected).toBe("rural-transport");

    await page.fill("#search", "qqqqqqqq");
    expect(await page.textContent("#search-options .options-notice")).toBe("No name matches “qqqqqqqq”.");
    expect(await options("search-options")).toEqual([]);
    await reset();
  });

  it("Who spoke on: no theme matching says so, with the nearest themes to click", async () => {
    await page.fill("#theme-input", "transportation policy");
    expect(await page.textContent("#theme-options .options-notice")).toBe(
      "No theme matches “transportation policy”. Nearest themes:",
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.textContent("#who-result .problem"))
      .toBe('no theme is called "transportation policy".');
    expect(await page.locator("#who-result .candidates button").allTextContents()).toEqual(["Rural transport"]);
    await reset();
  });

  it("a list opened again before the last blur's close has run stays open", async () => {
    // Focus leaving, coming back and a letter typed, all before the timer that closes the list after a blur: as when
    // a busy page runs input before timers.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#theme-input")!;
      input.focus();
      input.blur();
      input.focus();
      input.value = "transportation policy";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    expect(await page.textContent("#theme-options .options-notice")).toBe(
      "No theme matches “transportation policy”. Nearest themes:",
    );
    await reset();
  });

  it("logs no console errors", () => {
    expect(viewer.errors).toEqual([]);
  });
});
