// Review mode in Chromium on an entity two drafts declare (stop 40, fx40; w39 defect 1 left over): copies of one id in
// several annotation files are one entity, and `suggest` says so when it drafts, but the review page did not. Where
// the reviewer decides on such an entity it now says which other source drafts it and with what status, and what
// accepting or rejecting it here does to the other copy; after a reject, the other draft still declares it.
// The two sources are written for these tests (invented people and places).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { keepScreenshot, openPage } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";
import { REVIEW_SOURCE, showSource } from "../helpers/review.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

const SECOND = "quay-forum-report";
/** Sam Reyes, whom the first draft (tests/helpers/review.ts) declares too, at another occasion. */
const TEXT = `Quay forum backs harbour ferries

The forum was chaired by Lena Voss, chair of the Quay Forum.

Sam Reyes, Director of Planning at Porthaven Council, told the forum: “Every harbour town needs a ferry that meets the last bus.”

Ivo Marr, Secretary of the Porthaven Ferry Users Group, said: “The ferries are full every summer weekend.”
`;

const site = serveDraftedCorpus(async (corpus) => {
  const textFile = join(tempDir(), "quay.txt");
  writeFileSync(textFile, TEXT);
  const added = await panelgraphIn([
    "add-source",
    textFile,
    "--title",
    "Quay forum report",
    "--id",
    SECOND,
    "--kind",
    "article",
    "--data",
    corpus.dir,
  ]);
  expect(added.code, added.stderr).toBe(0);
  const suggested = await panelgraphIn(["suggest", SECOND, "--data", corpus.dir]);
  expect(suggested.code, suggested.stderr).toBe(0);
});

/** Presses j or k until the current item is the one keyed `key` (entity:<id>); returns its index. */
async function goTo(page: Page, key: string): Promise<number> {
  await page.waitForFunction(
    (k) =>
      (window as unknown as { panelgraph: { review: { items: { key: string }[] } } }).panelgraph.review.items.some(
        (i) => i.key === k,
      ),
    key,
  );
  const { keys, current } = await page.evaluate(() => {
    const review = (window as unknown as { panelgraph: { review: { items: { key: string }[]; current: number } } })
      .panelgraph.review;
    return { keys: review.items.map((i) => i.key), current: review.current };
  });
  const target = keys.indexOf(key);
  for (let i = current; i !== target; i += Math.sign(target - current))
    await page.keyboard.press(target > current ? "j" : "k");
  return target;
}

/** Presses `key` and waits until the write it starts is answered; the message the page then shows. */
async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );
  return (await page.textContent("#review-message")) ?? "";
}

const entitiesOf = (file: string): Record<string, { id: string; status?: string }[]> =>
  (parse(readFileSync(file, "utf8")) as { entities: Record<string, { id: string; status?: string }[]> }).entities;

it("says where else an entity is drafted and what accepting or rejecting it here does to that copy", async () => {
  const first = join(site.corpus.dir, "annotations", `${REVIEW_SOURCE}.yaml`);
  const second = join(site.corpus.dir, "annotations", `${SECOND}.yaml`);
  // Both drafts declare Sam Reyes and Porthaven Council, each its own copy.
  for (const file of [first, second]) {
    expect(entitiesOf(file).people?.map((p) => p.id)).toContain("sam-reyes");
    expect(entitiesOf(file).organisations?.map((o) => o.id)).toContain("porthaven-council");
  }

  const { page, pageErrors } = await openPage(site.browser, site.served.url, {
    viewport: { width: 1600, height: 900 },
  });
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, SECOND);
  await goTo(page, "entity:sam-reyes");
  const item = page.locator(".review-item[aria-current]");
  expect(await item.locator(".also-drafted").textContent()).toBe(
    "also drafted in “Harbour towns panel” (suggested there)",
  );
  expect(await item.locator(".also-drafted-effect").textContent()).toBe(
    "One person with that copy: accepting it here puts it in the graph, and that copy stays suggested until reviewed there; rejecting it here removes this file's copy and its claims only.",
  );
  keepScreenshot("review-shared-entity.png", await page.screenshot());
  // An entity only this draft declares says nothing of the kind.
  await goTo(page, "entity:ivo-marr");
  expect(await item.locator(".also-drafted").count()).toBe(0);

  // Rejected here: the message says the other draft keeps it, and it does.
  await goTo(page, "entity:sam-reyes");
  expect(await press(page, "r")).toBe(
    "Rejected person Sam Reyes in this file only (“Harbour towns panel” still drafts it, with its claims)",
  );
  expect(entitiesOf(second).people?.map((p) => p.id) ?? []).not.toContain("sam-reyes");
  expect(entitiesOf(first).people?.find((p) => p.id === "sam-reyes")?.status).toBe("suggested");

  // Accepted here: the other draft's copy stays suggested, and that draft's page says this one is accepted.
  await goTo(page, "entity:porthaven-council");
  expect(await press(page, "a")).toBe(
    "Accepted organisation Porthaven Council (the copy in “Harbour towns panel” stays suggested: review it there)",
  );
  expect(entitiesOf(first).organisations?.find((o) => o.id === "porthaven-council")?.status).toBe("suggested");
  await showSource(page, REVIEW_SOURCE);
  await goTo(page, "entity:porthaven-council");
  expect(await item.locator(".also-drafted").textContent()).toBe(
    "also drafted in “Quay forum report” (accepted there)",
  );
  expect(await item.locator(".also-drafted-effect").textContent()).toBe(
    "One organisation, already in the graph from “Quay forum report”: accepting it here accepts this file's copy; rejecting it here removes this file's copy and its claims only.",
  );
  expect(pageErrors).toEqual([]);
});
