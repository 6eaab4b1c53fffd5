// A web page's write-up of a panel whose recommendations are a <ul> after "The chair summarised the panel's
// recommendations:": add-source keeps each item's marker ("- …"), so suggest reads the items as a list, and the list is
// the session's, its summary (as a-list-the-chair-sums-up-for-the-panel.test.ts, where the text has lost its markers).
// Items written as a page's list often is, without a verb ("A cap on …"), are the list's too: without their markers
// they read as paragraphs that propose nothing. Every name and sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../../src/ingest/extract/html.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf } from "../../../helpers/draft.js";

const SENTENCES = [
  "The county should guarantee every village bus route for five years rather than one.",
  "Ferry fares for students should be capped at the price of a bus ticket.",
  "Operators should be required to publish their timetables a month ahead.",
];
const NOUN_PHRASES = [
  "Five-year funding guarantees for every village bus route.",
  "A cap on student ferry fares at the price of a bus ticket.",
  "Timetables published a month ahead by every operator.",
];

const page = (items: string[]) =>
  "<!DOCTYPE html><html><head><title>Moving the valleys: what our panel heard</title></head><body><article>" +
  "<h1>Moving the valleys: what our panel heard</h1>" +
  "<p>By Orla Penhallow, Events Officer · 9 June 2025</p>" +
  "<p>On 4 June 2025 the Tollard Trust hosted a panel discussion on rural transport in Marshshire. The event was " +
  "chaired by Nia Holloway, Senior Fellow at the Tollard Trust.</p>" +
  "<p>The panel heard from Ben Aske, Director of Operations at Marsh Valley Coaches, and Ada Quill, Head of Policy " +
  "at the Fenby Ferry Company.</p>" +
  "<p>Aske said that drivers were leaving for better paid work in the towns.</p>" +
  "<p>The chair summarised the panel's recommendations:</p>" +
  `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>` +
  "<p>The next event in the series will look at community car schemes.</p>" +
  "</article></body></html>";

const sessionOf = (draft: Draft) => draft.claims.find((c) => c.relation === "chaired")?.to;

for (const [form, ITEMS] of [
  ["sentences that propose", SENTENCES],
  ["noun phrases", NOUN_PHRASES],
] as const) {
  describe(`a web page's list the chair sums up as the panel's, its items ${form}`, () => {
    const text = extractHtml(page([...ITEMS])).text;

    it("keeps its items' markers in the text", () => {
      for (const item of ITEMS) expect(text).toContain(`\n\n- ${item}\n`);
    });

    it("is the session's, as its summary", () => {
      const draft = draftOf(text, [], undefined, { everyProposal: true });
      const session = sessionOf(draft);
      expect(session).toBeDefined();
      const recommends = draft.claims
        .filter((c) => c.relation === "recommends")
        .flatMap((c) => c.evidence.map((e) => `${c.from} ${e.kind} → ${e.quote}`));
      expect(recommends).toEqual(ITEMS.map((item) => `${session} summary → ${item}`));
    });

    it("is listed for the reviewer as the session's, not the byline author's nor the chair's", () => {
      const draft = draftOf(text);
      const file = renderDraft(draft, new Map());
      const held = file.split("\n").filter((l) => /^# {3}line \d+, /u.test(l));
      expect(held).toHaveLength(ITEMS.length);
      for (const l of held) expect(l).toContain(`(${sessionOf(draft)})`);
      expect(draft.claims.some((c) => c.relation === "recommends" && /penhallow|holloway/u.test(c.from))).toBe(false);
    });
  });
}
