// `linked-to` in the viewer (a corpus made for the test, tests/helpers/linked-corpus.ts, served by `panelgraph serve`):
// a node's panel and the edge's evidence drawer give the link's wording and its sources; Review's new claim from a
// selection, set to linked-to, offers people and organisations as its subject and object, asks for the wording, and
// writes it to the file as `link`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ServedViewer } from "../../src/cli/serve.js";
import { formField, openPage, selectWordsForClaim, serveCorpus, testChromium } from "../helpers/browser.js";
import { linkedCorpus } from "../helpers/linked-corpus.js";

let dir: string;
let served: ServedViewer;
let browser: Browser;
beforeAll(async () => {
  dir = linkedCorpus();
  served = await serveCorpus(dir);
  browser = await testChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

/** The open review form's entity field `name`: what its list offers for `typed`, as "label (type)". */
async function offered(page: Page, name: string, typed: string): Promise<string[]> {
  const input = `.review-form input[name="${name}"]`;
  await page.fill(input, "");
  await page.type(input, typed);
  const list = `#${await page.getAttribute(input, "id")}-options`;
  await page.waitForSelector(`${list} li`);
  return page.$$eval(`${list} li[role="option"]`, (items) =>
    items.map(
      (li) => `${li.querySelector(".option-text")?.textContent} (${li.querySelector(".option-detail")?.textContent})`,
    ),
  );
}

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );
  return (await page.textContent("#review-message")) ?? "";
}

describe("linked-to in the viewer", () => {
  it("a node's panel lists the linked actor with the link's wording and sources, from either end", async () => {
    const { page, pageErrors } = await openPage(browser, served.url, { search: "?node=harrowgate-estates" });
    const section = page.locator("#panel-body section.connections");
    await expect.poll(() => section.locator("h3").first().textContent()).toBe("Linked to 1");
    expect(await section.locator(".connection .links").textContent()).toBe(
      "retained (Who the developer hired); appointed (Harrowgate Estates appoints advisers)",
    );
    // Its evidence drawer reads the edge by its wording, and cites each wording's source.
    await section.locator(".connection button.passages").click();
    const drawer = page.locator("#edge-body");
    await expect
      .poll(() => drawer.locator(".links").allTextContents())
      .toEqual(["Link: retained (Who the developer hired)", "Link: appointed (Harrowgate Estates appoints advisers)"]);
    expect(await drawer.locator(".edge-line .relation").textContent()).toBe(" retained; appointed ");
    const other = await openPage(browser, served.url, { search: "?node=kestrel-public-affairs" });
    const headings = await other.page.locator("#panel-body section.connections h3").allTextContents();
    expect(headings).toContain("Linked from 1");
    expect(pageErrors).toEqual([]);
  });

  it("Review's new claim, set to linked-to, offers people and organisations and writes the wording", async () => {
    const { page, pageErrors } = await openPage(browser, served.url, { viewport: { width: 1600, height: 900 } });
    await page.click("#review-open");
    await page.waitForSelector("#review-source");
    await page.selectOption("#review-source", "news");
    await page.waitForSelector(".review-text-body");
    await selectWordsForClaim(page, "Kestrel Public Affairs arranged two meetings with the Mayor.");
    // As mentions, the subject is a source or a person: "Harrowgate" finds the release, not the developer.
    expect(await formField(page, "relation")).toBe("mentions");
    expect(await offered(page, "from", "Harrowgate")).toEqual(["Harrowgate Estates appoints advisers (source)"]);
    await page.selectOption('.review-form select[name="relation"]', "linked-to");
    expect(await page.isVisible('.review-form input[name="link"]')).toBe(true);
    expect(await offered(page, "from", "Harrowgate")).toEqual([
      "Harrowgate Estates (organisation)",
      "New organisation “Harrowgate” (create)",
    ]);
    // (An organisation the corpus lacks can be made from the box, as for any relation that takes one.)
    expect(await offered(page, "from", "Mira")).toEqual(["Mira Tolland (person)", "New organisation “Mira” (create)"]);
    expect(await offered(page, "to", "Oren")).toEqual(["Oren Vale (person)", "New organisation “Oren” (create)"]);
    await page.keyboard.press("Enter");
    await offered(page, "from", "Kestrel");
    await page.keyboard.press("Enter");
    expect(await formField(page, "to")).toBe("Oren Vale");
    // No wording: the form says what is missing and writes nothing.
    await page.click('.review-form button[type="submit"]');
    expect(await page.textContent("#review-message")).toMatch(/needs one/);
    await page.fill('.review-form input[name="link"]', "arranged meetings with");
    await page.click('.review-form button[type="submit"]');
    expect(await settled(page)).toBe("Added linked-to Kestrel Public Affairs → Oren Vale");
    const file = parse(readFileSync(join(dir, "annotations", "news.yaml"), "utf8")) as {
      claims: { relation: string; from: string; to: string; link?: string }[];
    };
    expect(file.claims.at(-1)).toMatchObject({
      relation: "linked-to",
      from: "kestrel-public-affairs",
      to: "oren-vale",
      link: "arranged meetings with",
    });
    expect(pageErrors).toEqual([]);
  });
});
