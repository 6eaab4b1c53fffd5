// The page after `suggest`, before anything is accepted: the graph has none of the draft's claims, so a hint over it
// says how many suggestions wait, in how many drafts, and opens Review; it goes once Review is open.
import { expect, it } from "vitest";
import { BUILD_EVENT } from "../../src/model/build-status.js";
import { keepScreenshot, openPage, readerTitleClearance } from "../helpers/browser.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

const site = serveDraftedCorpus();

it("a draft waiting for review is announced over the graph, and its button opens Review", async () => {
  const { page, pageErrors } = await openPage(site.browser, site.served.url);
  const hint = page.locator("#review-hint");
  await hint.waitFor({ state: "visible" });
  expect(await hint.textContent()).toMatch(
    /^\d+ suggested claims and \d+ entities in 1 draft wait for review \(the graph shows accepted claims only\): Open Review$/,
  );
  await hint.getByRole("button", { name: "Open Review" }).click();
  await page.waitForSelector(".review-item[aria-current]");
  expect(await hint.isHidden()).toBe(true);
  expect(await page.getAttribute("#review-open", "aria-pressed")).toBe("true");
  // Closed again with suggestions left: the hint is back.
  await page.click("#review-open");
  await hint.waitFor({ state: "visible" });
  expect(pageErrors).toEqual([]);
});

it("the hint does not cover the source reader: the reader's title shows under it (w50 #21)", async () => {
  const { page, pageErrors } = await openPage(site.browser, `${site.served.url}?node=lee-moss`);
  await page.setViewportSize({ width: 1400, height: 900 });
  const hint = page.locator("#review-hint");
  await hint.waitFor({ state: "visible" });
  await page.locator("#panel-body button.quote").first().click();
  await page.locator("#reader-mark").waitFor();
  const title = page.locator("#reader-title");
  expect(await title.textContent()).not.toBe("");
  const [hintBox, titleBox] = [await hint.boundingBox(), await title.boundingBox()];
  expect(hintBox && titleBox).toBeTruthy();
  // The title's box is below the hint's, and the point at the title's middle is the title's, not the hint's.
  expect(titleBox!.y).toBeGreaterThanOrEqual(hintBox!.y + hintBox!.height);
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest("#reader-title, #review-hint")?.id,
    [titleBox!.x + titleBox!.width / 2, titleBox!.y + titleBox!.height / 2],
  );
  expect(onTop).toBe("reader-title");
  expect(pageErrors).toEqual([]);
});

it("with a failed build's banner too, the two stack and the reader's title shows below both, wide and on a phone", async () => {
  const failed = {
    ok: false,
    summary: "2 errors in graph-data: showing the last good graph",
    problems: ["annotations/a.yaml:4  claims.0.to  not in the registry", "annotations/a.yaml:9  claims.1.to  same"],
  };
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const { page, pageErrors } = await openPage(site.browser, `${site.served.url}?node=lee-moss`, { viewport });
    await page.locator("#review-hint").waitFor({ state: "visible" });
    site.served.server.ws.send({ type: "custom", event: BUILD_EVENT, data: failed });
    await page.locator("#build-banner .banner-head").waitFor();
    // The build banner above the hint, not over it.
    const [banner, hint] = [
      (await page.locator("#build-banner").boundingBox())!,
      (await page.locator("#review-hint").boundingBox())!,
    ];
    expect(hint.y).toBeGreaterThanOrEqual(banner.y + banner.height);
    await page.locator("#panel-body button.quote").first().click();
    await page.locator("#reader-mark").waitFor();
    await expect.poll(() => readerTitleClearance(page)).toMatchObject({ atTitle: "reader-title" });
    expect((await readerTitleClearance(page)).room).toBeGreaterThanOrEqual(0);
    keepScreenshot(`review-hint-build-banner-reader-${viewport.width}.png`, await page.screenshot());
    expect(pageErrors).toEqual([]);
    await page.close();
  }
});
