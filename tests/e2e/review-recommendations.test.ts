// Review mode's possible recommendations in Chromium, under `panelgraph serve` as `npm start` runs it: on a source
// written for this test and never drafted, the passages the suggest rules read as proposals of a kind they do not
// draft are listed and marked; one is added as a `recommends` claim with one key and Enter, and is then in the file;
// the other is dismissed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import type { ServedViewer } from "../../src/cli/serve.js";
import { keepScreenshot, testChromium, openPage, wordsBox, serveCorpus } from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";
import { showSource } from "../helpers/review.js";

const SOURCE = "quay-forum";
/** Written for this test: Ada Park is in the fixture's registry; the narrative's "should" has no one behind it. */
const TEXT = `Quay forum on ferries

Ada Park said that we need a five-year budget for every small ferry.

There should be one ticket for every ferry and bus in the county.
`;

/** Written for this test: a narrative "should" whose words name the fixture's theme Local data. */
const DATA_SOURCE = "quay-data";
const DATA_TEXT = `Quay forum on data

There should be open local data for every ferry route in the county.
`;

/** Written for this test: a narrative "should" that names no theme of the fixture. */
const ISLAND_SOURCE = "quay-islands";
const ISLAND_TEXT = `Quay forum on islands

There should be a late sailing to every island in the county.
`;

let browser: Browser;
let served: ServedViewer;
let dir: string;

beforeAll(async () => {
  dir = copyFixture();
  const textFile = join(tempDir(), "quay.txt");
  writeFileSync(textFile, TEXT);
  const added = await panelgraphIn(["add-source", textFile, "--title", "Quay forum", "--id", SOURCE, "--data", dir]);
  expect(added.code, added.stderr).toBe(0);
  const dataFile = join(tempDir(), "quay-data.txt");
  writeFileSync(dataFile, DATA_TEXT);
  const data = await panelgraphIn(["add-source", dataFile, "--title", "Quay data", "--id", DATA_SOURCE, "--data", dir]);
  expect(data.code, data.stderr).toBe(0);
  const islandFile = join(tempDir(), "quay-islands.txt");
  writeFileSync(islandFile, ISLAND_TEXT);
  const islands = await panelgraphIn([
    "add-source",
    islandFile,
    "--title",
    "Quay islands",
    "--id",
    ISLAND_SOURCE,
    "--data",
    dir,
  ]);
  expect(islands.code, islands.stderr).toBe(0);
  served = await serveCorpus(dir);
  browser = await testChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

it("offers a source's possible recommendations and adds one as a recommends claim in one action", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, SOURCE);
  await page.waitForSelector("#review-possible .review-item");
  expect(await page.textContent("#review-possible-title")).toBe("Possible recommendations (2)");
  // Marked in the text, quietly, apart from the claims' marks.
  expect(await page.$$eval("mark.review-passage.possible", (marks) => marks.map((m) => m.textContent))).toEqual([
    "Ada Park said that we need a five-year budget for every small ferry.",
    "There should be one ticket for every ferry and bus in the county.",
  ]);
  const first = page.locator("#review-possible .review-item").first();
  expect(await first.locator(".item-ends").textContent()).toMatch(/^Ada Park \(person\) → new: /);
  expect(await first.locator(".why").textContent()).toMatch(/^Not drafted: one person's view, reported/);

  // On the first possible recommendation: its passage is outlined in the text, which is not drawn again for a move.
  await page.evaluate(() => document.querySelector(".review-text-body")!.setAttribute("data-drawn", "before"));
  await page.locator("#review-possible .review-item").first().click();
  expect(await page.$$eval("mark.review-passage.current", (marks) => marks.map((m) => m.textContent))).toEqual([
    "Ada Park said that we need a five-year budget for every small ferry.",
  ]);
  await page.keyboard.press("j");
  expect(await page.$$eval("mark.review-passage.current", (marks) => marks.map((m) => m.textContent))).toEqual([
    "There should be one ticket for every ferry and bus in the county.",
  ]);
  await page.keyboard.press("k");
  expect(await page.getAttribute(".review-text-body", "data-drawn")).toBe("before");
  // a opens the form filled in, Enter adds the claim.
  await page.keyboard.press("a");
  await page.waitForSelector(".review-form");
  expect(await page.inputValue('.review-form select[name="relation"]')).toBe("recommends");
  expect(await page.inputValue('.review-form input[name="from"]')).toBe("Ada Park");
  expect(await page.inputValue('.review-form input[name="to"]')).toBe(
    "We need a five-year budget for every small ferry",
  );
  // The passage names no theme: the theme field is empty, and says what that means.
  expect(await page.inputValue('.review-form input[name="theme"]')).toBe("");
  expect(await page.textContent(".review-form .review-no-theme")).toBe(
    "No theme: it will not show under recommendations-on.",
  );
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );
  expect(await page.textContent("#review-message")).toBe(
    "Added recommends Ada Park → We need a five-year budget for every small ferry (it will not show under recommendations-on)",
  );
  const data = parse(readFileSync(join(dir, "annotations", `${SOURCE}.yaml`), "utf8")) as Record<string, unknown>;
  expect(data).toEqual({
    source: SOURCE,
    claims: [
      {
        relation: "recommends",
        from: "ada-park",
        to: "we-need-a-five-year-budget-for-every-small-ferry",
        evidence: [{ quote: "Ada Park said that we need a five-year budget for every small ferry.", kind: "reported" }],
      },
    ],
    entities: {
      recommendations: [
        {
          id: "we-need-a-five-year-budget-for-every-small-ferry",
          label: "We need a five-year budget for every small ferry",
          text: "Ada Park said that we need a five-year budget for every small ferry.",
        },
      ],
    },
  });
  // Claimed now: no longer offered; the other one still is.
  await page.waitForFunction(() => document.querySelectorAll("#review-possible .review-item").length === 1);
  expect(await page.textContent("#review-possible-title")).toBe("Possible recommendations (1)");
  keepScreenshot("review-recommendations.png", await page.screenshot());
  // r dismisses the other for this session: gone from the list and the text, and no file changes.
  const file = readFileSync(join(dir, "annotations", `${SOURCE}.yaml`), "utf8");
  await page.locator("#review-possible .review-item").first().click();
  await page.keyboard.press("r");
  expect(await page.textContent("#review-message")).toMatch(/^Dismissed for this session: “There should be one ticket/);
  expect(await page.$$("#review-possible .review-item, mark.review-passage.possible")).toEqual([]);
  expect(await page.$("#review-possible-title")).toBeNull();
  expect(readFileSync(join(dir, "annotations", `${SOURCE}.yaml`), "utf8")).toBe(file);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it("adds a possible recommendation with the theme its passage names, which recommendations-on then lists", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, DATA_SOURCE);
  await page.waitForSelector("#review-possible .review-item");
  await page.locator("#review-possible .review-item").first().click();
  await page.keyboard.press("a");
  await page.waitForSelector(".review-form");
  // Filled in with the theme suggest finds in the passage's words; no note, since there is a theme.
  expect(await page.inputValue('.review-form input[name="theme"]')).toBe("Local data");
  expect(await page.isVisible(".review-form .review-no-theme")).toBe(false);
  const label = await page.inputValue('.review-form input[name="to"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );
  expect(await page.textContent("#review-message")).toBe(`Added recommends Quay data → ${label}, addresses Local data`);
  const data = parse(readFileSync(join(dir, "annotations", `${DATA_SOURCE}.yaml`), "utf8")) as {
    claims: unknown[];
    entities: { recommendations: { id: string; label: string }[] };
  };
  const [recommendation] = data.entities.recommendations;
  expect(recommendation!.label).toBe(label);
  const evidence = [
    { quote: "There should be open local data for every ferry route in the county.", kind: "reported" },
  ];
  expect(data.claims).toEqual([
    { relation: "recommends", from: DATA_SOURCE, to: recommendation!.id, evidence },
    { relation: "addresses", from: recommendation!.id, to: "local-data", evidence },
  ]);
  // The edge that puts it under its theme: `query recommendations-on` lists it.
  const query = await panelgraphIn(["query", "recommendations-on", "local-data", "--data", dir]);
  expect(query.code, query.stderr).toBe(0);
  expect(query.stdout).toContain(`${label} [${recommendation!.id}]`);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it("takes a new theme typed in the theme field, declared with the recommendation in the same change", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, ISLAND_SOURCE);
  await page.waitForSelector("#review-possible .review-item");
  await page.locator("#review-possible .review-item").first().click();
  await page.keyboard.press("a");
  await page.waitForSelector(".review-form");
  expect(await page.inputValue('.review-form input[name="theme"]')).toBe("");
  await page.fill('.review-form input[name="theme"]', "Island sailings");
  // The first option is the new theme, declared with the claim (not made apart from it first).
  expect(await page.textContent('.review-form [data-field="theme"] ~ .options li')).toContain(
    "New theme “Island sailings”",
  );
  expect(await page.isVisible(".review-form .review-no-theme")).toBe(false);
  await page.press('.review-form input[name="theme"]', "Enter");
  await page.press('.review-form input[name="theme"]', "Enter");
  await page.waitForFunction(() => document.querySelector("#review-message")?.textContent?.startsWith("Added"));
  expect(await page.textContent("#review-message")).toMatch(
    /^Added recommends Quay islands → .*, addresses Island sailings$/,
  );
  const data = parse(readFileSync(join(dir, "annotations", `${ISLAND_SOURCE}.yaml`), "utf8")) as {
    claims: { relation: string; from: string; to: string }[];
    entities: { recommendations: { id: string }[]; themes: unknown[] };
  };
  const id = data.entities.recommendations[0]!.id;
  expect(data.entities.themes).toEqual([{ id: "island-sailings", label: "Island sailings" }]);
  expect(data.claims.map((c) => `${c.relation} ${c.from} → ${c.to}`)).toEqual([
    `recommends ${ISLAND_SOURCE} → ${id}`,
    `addresses ${id} → island-sailings`,
  ]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

it("a late list of possible recommendations waits while words are being selected in the text", async () => {
  const { page, pageErrors } = await openPage(browser, served.url);
  // Hold the server's answer until the reader is half-way through selecting words.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/possible-recommendations**", async (route) => {
    await held;
    await route.continue();
  });
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, SOURCE);
  await page.waitForFunction(() => document.querySelector(".review-text-scroll")?.textContent?.includes("one ticket"));
  const words = "one ticket for every ferry";
  const box = await wordsBox(page, words);
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move((box!.x1 + box!.x2) / 2, box!.y1, { steps: 3 });
  const answered = page.waitForResponse("**/possible-recommendations**");
  release();
  await answered;
  await page.waitForTimeout(200);
  await page.mouse.move(box!.x2, box!.y2, { steps: 3 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
  await page.waitForSelector(".review-form");
  // Once the selection is gone, the list is drawn.
  await page.keyboard.press("Escape");
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.waitForSelector("#review-possible .review-item");
  expect(pageErrors).toEqual([]);
  await page.close();
});
