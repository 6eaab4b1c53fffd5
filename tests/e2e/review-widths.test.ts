// Review beside the graph at 1280, 1400 and 1920 px wide (w40: at 1400 the graph was 310 px wide, its tabs on two
// rows): the graph keeps at least 440 px and the review panel at least 420, the tools' tabs stay on one row; on a phone
// the Review button shares the top bar's first row with the Controls button and the search.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { keepScreenshot, openPage, rowCount, type ViewerPage } from "../helpers/browser.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

const site = serveDraftedCorpus();

// One page with Review open, its window set to each width in turn (as a user widens it), not a page loaded for each:
// what is checked is the layout at that width, and a page load under `panelgraph serve` is the file's largest cost.
let opened: ViewerPage;
let page: Page;
beforeAll(async () => {
  opened = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 900 } });
  page = opened.page;
  await page.click("#review-open");
  await page.waitForSelector(".review-item[aria-current]");
});
afterAll(async () => page?.close());

for (const width of [1280, 1400, 1920]) {
  it(`at ${width} px: the graph beside Review keeps at least 440 px and its tabs on one row`, async () => {
    await page.setViewportSize({ width, height: 900 });
    // The sigma canvas follows its column (Sigma resizes it at the window's resize).
    const canvasOffset = async () => {
      const graph = (await page.locator("#graph").boundingBox())!;
      const canvas = (await page.locator("#graph canvas").first().boundingBox())!;
      return Math.abs(canvas.width - graph.width);
    };
    await expect.poll(canvasOffset).toBeLessThanOrEqual(1);
    const graph = (await page.locator("#graph").boundingBox())!;
    const review = (await page.locator("#review").boundingBox())!;
    keepScreenshot(`review-${width}.png`, await page.screenshot());
    expect(graph.width).toBeGreaterThanOrEqual(440);
    expect(review.width).toBeGreaterThanOrEqual(420);
    expect(await rowCount(page, ".tool-tabs button")).toBe(1);
    expect(opened.pageErrors).toEqual([]);
  });
}

it("at 390 px: Controls, the search and Review on the top bar's first row", async () => {
  const { page, pageErrors } = await openPage(site.browser, site.served.url, {
    viewport: { width: 390, height: 844 },
  });
  // The Review button is added once the page has checked the server's review token, after the graph is drawn.
  await page.locator("#review-open").waitFor({ state: "visible" });
  expect(await rowCount(page, "#controls-toggle, .topbar .search, #review-open")).toBe(1);
  const search = (await page.locator(".topbar .search").boundingBox())!;
  expect(search.width).toBeGreaterThanOrEqual(150);
  keepScreenshot("review-button-390.png", await page.screenshot());
  expect(pageErrors).toEqual([]);
  await page.close();
});
