// Review mode on a hearing transcript, in Chromium under `panelgraph serve`: rejecting a drafted theme keeps the
// witnesses' words (a direct quote moves to the speaker's seat) and asks first when words would leave the graph or a
// person would be left with no claim; "New claim from the selection" takes the turn's speaker label; a theme rejected
// in this review is not offered again by the new-recommendation form. On a transcript and annotation file written for
// this test (invented names).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import type { ServedViewer } from "../../src/cli/serve.js";
import type { PossibleRecommendations } from "../../src/model/review.js";
import {
  formField,
  keepScreenshot,
  openPage,
  selectWordsForClaim,
  serveCorpus,
  testChromium,
} from "../helpers/browser.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";
import { showSource } from "../helpers/review.js";

const SOURCE = "harbour-hearing";
const TEXT = `Harbour Transport Committee

Oral evidence: Ferry fares, HC 101

Members present: Ivo Stanmere (Chair); Pella Drax.

Q1 The Chair: Welcome. What is the main gap in support for island households?

Professor Quennell: Thank you, Chair. The single biggest gap is the winter timetable. Schemes do not fail for want of money.

Q2 Pella Drax: What of the schemes?

Bo Tarrant: Trusted intermediaries. It costs us about forty pounds a household. Fares should be capped for island residents.
`;

const ANNOTATIONS = `source: ${SOURCE}
entities:
  people:
    - id: ivo-stanmere
      label: Ivo Stanmere
      status: accepted
    - id: pella-drax
      label: Pella Drax
      status: accepted
    - id: ada-quennell
      label: Ada Quennell
      aliases: [Professor Ada Quennell]
      status: accepted
    - id: bo-tarrant
      label: Bo Tarrant
      status: accepted
  sessions:
    - id: harbour-hearing-session
      label: Harbour Transport Committee hearing
      status: accepted
  themes:
    - id: schemes
      label: Schemes
      status: suggested
claims:
  - relation: chaired
    status: accepted
    from: ivo-stanmere
    to: harbour-hearing-session
    evidence:
      - quote: "Members present: Ivo Stanmere (Chair); Pella Drax."
        kind: reported
  - relation: panellist-in
    status: accepted
    from: ada-quennell
    to: harbour-hearing-session
    evidence:
      - quote: "Thank you, Chair."
        kind: direct-quote
  - relation: spoke-on
    status: suggested
    from: ada-quennell
    to: schemes
    evidence:
      - quote: "Schemes do not fail for want of money."
        kind: direct-quote
  - relation: mentions
    status: suggested
    from: pella-drax
    to: schemes
    evidence:
      - quote: "What of the schemes?"
        kind: direct-quote
  - relation: panellist-in
    status: accepted
    from: bo-tarrant
    to: harbour-hearing-session
    evidence:
      - quote: "Trusted intermediaries."
        kind: direct-quote
  - relation: reported-in
    status: accepted
    from: harbour-hearing-session
    to: ${SOURCE}
    evidence:
      - quote: "Oral evidence: Ferry fares, HC 101"
        kind: summary
`;

let browser: Browser;
let served: ServedViewer;
let dir: string;

beforeAll(async () => {
  dir = copyFixture();
  const textFile = join(tempDir(), "hearing.txt");
  writeFileSync(textFile, TEXT);
  const added = await panelgraphIn([
    ...["add-source", textFile, "--kind", "transcript", "--id", SOURCE],
    ...["--title", "Harbour Transport Committee - Oral evidence", "--date", "2026-03-11", "--data", dir],
  ]);
  expect(added.code, added.stderr).toBe(0);
  writeFileSync(join(dir, "annotations", `${SOURCE}.yaml`), ANNOTATIONS);
  served = await serveCorpus(dir);
  browser = await testChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.server.close();
});

const annotations = () => readFileSync(join(dir, "annotations", `${SOURCE}.yaml`), "utf8");
const idle = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as { panelgraph: { review: { busy: boolean } } }).panelgraph.review.busy,
  );

async function openReview(page: Page): Promise<void> {
  await page.click("#review-open");
  await page.waitForSelector("#review-source");
  await showSource(page, SOURCE);
  await page.waitForSelector(".review-item[aria-current]");
}

it("a selection in a turn starts as the labelled speaker's direct quote", async () => {
  const { page, pageErrors } = await openPage(browser, served.url, { viewport: { width: 1600, height: 900 } });
  await openReview(page);
  const drafted = async (words: string) => {
    await selectWordsForClaim(page, words);
    const form = {
      relation: await formField(page, "relation"),
      from: await formField(page, "from"),
      kind: await formField(page, "kind"),
    };
    await page.keyboard.press("Escape");
    await page.waitForSelector(".review-form", { state: "detached" });
    return form;
  };
  // "Name:" (the paragraph already has a claim of theirs, on their seat), "Professor Surname:", "Q1 The Chair:".
  expect(await drafted("It costs us about forty pounds a household.")).toEqual({
    relation: "spoke-on",
    from: "Bo Tarrant",
    kind: "direct-quote",
  });
  expect(await drafted("The single biggest gap is the winter timetable.")).toEqual({
    relation: "spoke-on",
    from: "Ada Quennell",
    kind: "direct-quote",
  });
  expect(await drafted("What is the main gap in support")).toEqual({
    relation: "spoke-on",
    from: "Ivo Stanmere",
    kind: "direct-quote",
  });
  // Words outside any turn keep the defaults.
  expect(await drafted("Harbour Transport Committee")).toEqual({ relation: "mentions", from: "", kind: "reported" });
  expect(pageErrors).toEqual([]);
  await page.close();
});

it("rejecting a theme moves its direct quotes to the speaker's seat, and asks first when words would leave", async () => {
  const { page, pageErrors } = await openPage(browser, served.url, { viewport: { width: 1600, height: 900 } });
  // A possible recommendation whose passage names the theme rejected below, and another new one.
  await page.route("**/api/review/possible-recommendations*", async (route) => {
    const text = readFileSync(join(dir, "sources", `${SOURCE}.txt`), "utf8");
    const quote = "Fares should be capped for island residents.";
    const start = text.indexOf(quote);
    const body: PossibleRecommendations = {
      source: SOURCE,
      rightInTen: "five times in ten",
      proposals: [
        {
          quote,
          start,
          end: start + quote.length,
          kind: "direct-quote",
          whose: { id: "bo-tarrant", label: "Bo Tarrant", type: "person", declared: true },
          why: "a “should” in a speaker's own words",
          label: "Cap fares for island residents",
          themes: [
            { id: "schemes", label: "Schemes", declared: false },
            { id: "ferry-fares", label: "Ferry fares", declared: false },
          ],
        },
      ],
    };
    await route.fulfill({ json: body });
  });
  await openReview(page);
  await page.locator('.review-item[data-key*="schemes"]').first().click();
  const before = annotations();
  await page.keyboard.press("r");
  await page.waitForSelector(".review-form");
  expect(await page.$$eval(".review-form p", (ps) => ps.map((p) => p.textContent))).toEqual([
    "1 passage of Pella Drax’s own words will leave the graph: no other claim of theirs in this file can carry it, so `query said` will no longer list it.",
    "Pella Drax will be left with no claim (validate warns of a person no claim refers to): reject that person too, or add a claim.",
    "1 passage of Ada Quennell’s words move to their panellist-in claim (Harbour Transport Committee hearing): kept.",
  ]);
  // Escape (or Cancel) leaves the file as it was.
  await page.keyboard.press("Escape");
  await page.waitForSelector(".review-form", { state: "detached" });
  expect(annotations()).toBe(before);

  // The review keys stay live while it asks: another closes it, says so, and does its job (j: the next item).
  const currentKey = () => page.getAttribute(".review-item[aria-current]", "data-key");
  const schemes = await currentKey();
  await page.keyboard.press("r");
  await page.waitForSelector(".review-form");
  keepScreenshot("review-reject-confirm.png", await page.screenshot());
  await page.keyboard.press("j");
  await page.waitForSelector(".review-form", { state: "detached" });
  expect(await currentKey()).not.toBe(schemes);
  expect(await page.textContent("#review-message")).toBe(
    "Not rejected: theme Schemes (j closed its confirmation; r on it asks again)",
  );
  expect(annotations()).toBe(before);
  keepScreenshot("review-reject-confirm-closed-by-j.png", await page.screenshot());
  await page.keyboard.press("k");
  expect(await currentKey()).toBe(schemes);
  // r held down does not confirm (its repeats are ignored); r pressed again does.
  await page.keyboard.down("r");
  await page.keyboard.down("r");
  await page.keyboard.up("r");
  await page.waitForSelector(".review-form");
  await idle(page);
  expect(annotations()).toBe(before);
  const rejected =
    "Rejected theme Schemes; 1 passage of Ada Quennell’s words move to their panellist-in claim (Harbour Transport Committee hearing)";
  await page.keyboard.press("r");
  await page.waitForSelector(".review-form", { state: "detached" });
  await idle(page);
  expect(await page.textContent("#review-message")).toBe(rejected);
  expect(annotations()).not.toBe(before);
  // Undone, and rejected again by Enter on the confirmation's focused button.
  await page.keyboard.press("u");
  await expect.poll(annotations).toBe(before);
  await idle(page);
  await page.locator('.review-item[data-key*="schemes"]').first().click();
  await page.keyboard.press("r");
  await page.waitForSelector(".review-form");
  await page.keyboard.press("Enter");
  await idle(page);
  await page.waitForSelector(".review-form", { state: "detached" });
  expect(await page.textContent("#review-message")).toBe(rejected);
  const data = parse(annotations()) as { claims: { relation: string; from: string; evidence: { quote: string }[] }[] };
  expect(data.claims.find((c) => c.relation === "panellist-in" && c.from === "ada-quennell")!.evidence).toEqual([
    { quote: "Thank you, Chair.", kind: "direct-quote" },
    { quote: "Schemes do not fail for want of money.", kind: "direct-quote" },
  ]);
  expect(data.claims.some((c) => c.from === "pella-drax")).toBe(false);

  // The new-recommendation form does not bring the rejected theme back; the other new theme stays.
  await page.locator("#review-possible .review-item").first().click();
  await page.keyboard.press("a");
  await page.waitForSelector(".review-form");
  expect(
    await page.$$eval('.review-form input[name="theme"]', (inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  ).toEqual(["Ferry fares"]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
