// "New claim from the selection" on words in quotation marks whose paragraph names the speaker but has no claim of
// theirs yet (here: Nia Holt's quote, after her claims on it are taken out of the draft): the form starts as spoke-on,
// that person, direct quote; a plain sentence keeps today's defaults (mentions, no subject, reported).
import { writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { formField, openPage, selectWordsForClaim } from "../helpers/browser.js";
import { serveDraftedCorpus } from "../helpers/review-served.js";

const site = serveDraftedCorpus((corpus) => {
  const data = parse(corpus.draft) as { claims: { relation: string; from: string }[] };
  data.claims = data.claims.filter((c) => !(c.from === "nia-holt" && ["spoke-on", "recommends"].includes(c.relation)));
  writeFileSync(corpus.file, stringify(data));
});

it("a quoted sentence defaults to spoke-on, the person named with it, direct quote; a plain one does not", async () => {
  const { page, pageErrors } = await openPage(site.browser, site.served.url, {
    viewport: { width: 1600, height: 900 },
  });
  await page.click("#review-open");
  await page.waitForSelector(".review-item[aria-current]");
  await selectWordsForClaim(page, "Every ferry should connect with a bus.");
  expect({
    relation: await formField(page, "relation"),
    from: await formField(page, "from"),
    kind: await formField(page, "kind"),
  }).toEqual({ relation: "spoke-on", from: "Nia Holt", kind: "direct-quote" });
  await page.keyboard.press("Escape");
  await page.waitForSelector(".review-form", { state: "detached" });
  await selectWordsForClaim(page, "The panel was chaired by");
  expect({
    relation: await formField(page, "relation"),
    from: await formField(page, "from"),
    kind: await formField(page, "kind"),
  }).toEqual({ relation: "mentions", from: "", kind: "reported" });
  expect(pageErrors).toEqual([]);
});
