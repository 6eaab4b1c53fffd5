// A laptop at 150 % (w43 #13): 1024 × 640 at device scale 1.5, and the same screen zoomed to 150 % in the browser, a
// 683 × 427 CSS viewport. The graph's toolbar (the tool tabs to "Picture", the zoom buttons) and Review's head (the
// source picker, Undo, close) fit or wrap: every button is inside the viewport, never cut off or scrolled out of sight.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { keepScreenshot, openPage } from "../helpers/browser.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

const site = serveDraftedCorpus();

/**
 * The shown controls matching `selector` that are not wholly in sight: outside the window, or clipped at a corner (a
 * scrolling or clipping box around it, or another element over it, answers there instead); their text, to name them.
 */
function outOfSight(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => {
        const box = e.getBoundingClientRect();
        if (box.left < 0 || box.top < 0 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5)
          return true;
        const corners = [
          [box.left + 2, box.top + box.height / 2],
          [box.right - 2, box.top + box.height / 2],
        ];
        return corners.some(([x, y]) => {
          const at = document.elementFromPoint(x!, y!);
          return !at || !(at === e || e.contains(at));
        });
      })
      .map((e) => (e.textContent || e.getAttribute("aria-label") || e.id).trim()),
  );
}

const TOOLBAR = ".tool-tabs button, #zoom button";
const REVIEW_HEAD = ".review-head button, .review-head select";

for (const [name, viewport, deviceScaleFactor] of [
  ["1024 × 640 at 150 % display scaling", { width: 1024, height: 640 }, 1.5],
  ["683 × 427 (150 % browser zoom)", { width: 683, height: 427 }, 1],
] as const) {
  it(`at ${name}: every graph toolbar button and Review's source picker are inside the viewport`, async () => {
    const { page, pageErrors } = await openPage(site.browser, site.served.url, { viewport, deviceScaleFactor });
    await page.locator(".tool-tabs button").first().waitFor();
    expect(await page.locator(".tool-tabs button", { hasText: "Picture" }).count()).toBe(1);
    // The banner that drafts wait for review, over the graph, is closed as the analyst would, by opening Review.
    await page.addStyleTag({ content: "#review-hint { display: none !important; }" });
    keepScreenshot(`small-screen-${viewport.width}-graph.png`, await page.screenshot());
    expect(await outOfSight(page, TOOLBAR)).toEqual([]);
    await page.click("#review-open");
    await page.waitForSelector(".review-item[aria-current]");
    keepScreenshot(`small-screen-${viewport.width}.png`, await page.screenshot());
    expect(await outOfSight(page, TOOLBAR)).toEqual([]);
    expect(await outOfSight(page, REVIEW_HEAD)).toEqual([]);
    // The picker shows a source's title, not a few letters of it.
    const picker = (await page.locator("#review-source").boundingBox())!;
    expect(picker.width).toBeGreaterThanOrEqual(160);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
}
