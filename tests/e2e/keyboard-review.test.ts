// Review from the keyboard (a file of its own: the review*.test.ts set-up is shared elsewhere): Enter on the Review
// button puts the keyboard on the first suggestion, and it stays there when the possible recommendations arrive and
// the list is drawn again; the source picker's "· N left" follows each accept at once, and agrees with the header's
// "N of M reviewed" over every draft of the source (the drafted corpus here has a second, later file of one claim).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ServedViewer } from "../../src/cli/serve.js";
import { openPage, testChromium, serveCorpus } from "../helpers/browser.js";
import { draftCorpus, REVIEW_SOURCE } from "../helpers/review.js";

let browser: Browser;
let served: ServedViewer;

beforeAll(async () => {
  const corpus = await draftCorpus();
  // A second draft of the same source, listed after the first (harbour-panel.yaml is opened first): one suggestion.
  writeFileSync(
    join(corpus.dir, "annotations", `${REVIEW_SOURCE}.zeta.yaml`),
    [
      `source: ${REVIEW_SOURCE}`,
      "claims:",
      "  - relation: mentions",
      "    from: ada-park",
      "    to: devolution",
      "    status: suggested",
      "    evidence:",
      '      - { quote: "devolution had stalled", kind: reported }',
      "",
    ].join("\n"),
  );
  served = await serveCorpus(corpus.dir);
  browser = await testChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.matches("li.review-item") ? `item ${active.getAttribute("aria-current")}` : active?.tagName;
  });

it("Enter on Review puts the keyboard on the current suggestion, and the list's redraws keep it there", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.waitForSelector("#review-open");
  const possible = page.waitForResponse((r) => r.url().includes("/possible-recommendations"));
  await page.focus("#review-open");
  await page.keyboard.press("Enter");
  await possible;
  await page.waitForSelector(".review-item[aria-current]");
  await expect.poll(() => focused(page)).toBe("item true");
  // The answer draws the list again (a tick later, or more on a loaded machine): once its heading no longer says it is
  // looking, the list has been drawn with the answer, and the keyboard is still on the item.
  await page.waitForFunction(() => {
    const head = document.querySelector("#review-possible-head");
    return head !== null && !head.textContent!.includes("Looking for possible recommendations");
  });
  expect(await focused(page)).toBe("item true");
  expect(pageErrors).toEqual([]);
});

it("the source picker counts down with each accept, not when the server's list comes back", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.click("#review-open");
  await page.waitForSelector(".review-item[aria-current]");
  const choice = () => page.locator(`#review-source option[value="${REVIEW_SOURCE}"]`).textContent();
  const left = async () => Number(/· (\d+) left$/.exec((await choice()) ?? "")?.[1] ?? 0);
  const before = await left();
  expect(before).toBeGreaterThan(1);
  // The server's source list is held back until the count has changed: only the page's own count can change the
  // picker (held, not delayed by a time a loaded machine could outlast).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/sources*", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  const current = page.locator(".review-item[aria-current]");
  await current.waitFor();
  await page.waitForSelector('.review-item[aria-current][data-status="suggested"]');
  await page.keyboard.press("a");
  await expect.poll(left).toBe(before - 1);
  release();
  expect(pageErrors).toEqual([]);
});

it("the header's count and the picker's agree over every draft of the source, after accepts, without a reload", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.click("#review-open");
  await page.waitForSelector('.review-item[aria-current][data-status="suggested"]');
  const counts = async () => {
    const header = /^(\d+) of (\d+) reviewed$/.exec((await page.textContent("#review-progress")) ?? "");
    const option = await page.locator(`#review-source option[value="${REVIEW_SOURCE}"]`).textContent();
    const left = Number(/· (\d+) left$/.exec(option ?? "")?.[1] ?? 0);
    return { headerLeft: Number(header?.[2]) - Number(header?.[1]), left };
  };
  const start = await counts();
  expect(start.left).toBeGreaterThan(2);
  expect(start.headerLeft).toBe(start.left);
  for (const accepted of [1, 2]) {
    await page.waitForSelector('.review-item[aria-current][data-status="suggested"]');
    await page.keyboard.press("a");
    await expect.poll(async () => (await counts()).left).toBeLessThanOrEqual(start.left - accepted);
    const now = await counts();
    expect(now.headerLeft, `after ${accepted} accepted`).toBe(now.left);
  }
  expect(pageErrors).toEqual([]);
});
