// Stop 47 (walkthrough w47, defects 2 and 11). A write-up that ends "Closing the session, X summarised the panel's
// recommendations:" over a list whose markers the page lost (its items are paragraphs in the text): the list is the
// session's (the gold's rule: "a list the panel or an organisation proposes is `recommends` from the session or
// organisation", kind `summary`), never the byline author's nor the summariser's own. And the kind a held proposal is
// listed as names the words the passage has ("ought to", an imperative), not another modal. Every name and sentence
// here is invented for this test.
import { describe, expect, it } from "vitest";
import { proposalFacts } from "../../../../src/suggest/recommendations.js";
import { heldKind } from "../../../../src/suggest/held-kind.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const ITEMS = [
  "The county should guarantee every village bus route for five years rather than one.",
  "Ferry fares for students should be capped at the price of a bus ticket.",
  "Operators should be required to publish their timetables a month ahead.",
];

const writeUp = (line: string) =>
  paragraphsText(
    "Moving the valleys: what our panel heard",
    "By Orla Penhallow, Events Officer · 9 June 2025",
    "On 4 June 2025 the Tollard Trust hosted a panel discussion on rural transport in Marshshire. The event was chaired by Nia Holloway, Senior Fellow at the Tollard Trust.",
    "The panel heard from Ben Aske, Director of Operations at Marsh Valley Coaches, and Ada Quill, Head of Policy at the Fenby Ferry Company.",
    "Aske said that drivers were leaving for better paid work in the towns.",
    line,
    ...ITEMS,
    "The next event in the series will look at community car schemes.",
  );

const sessionOf = (draft: Draft) => draft.claims.find((c) => c.relation === "chaired")?.to;

/** Whose each recommends claim is, and its evidence's kind: "from kind → passage". */
const recommends = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "recommends")
    .flatMap((c) => c.evidence.map((e) => `${c.from} ${e.kind} → ${e.quote}`));

describe("a list the chair sums up as the panel's, its markers lost", () => {
  for (const line of [
    "Closing the session, Holloway summarised the panel's recommendations:",
    "The panel's recommendations were:",
    "The panel recommended:",
  ]) {
    it(`is the session's, as its summary: "${line}"`, () => {
      const draft = draftOf(writeUp(line), [], undefined, { everyProposal: true });
      const session = sessionOf(draft);
      expect(session).toBeDefined();
      expect(recommends(draft)).toEqual(ITEMS.map((item) => `${session} summary → ${item}`));
    });
  }

  it("is listed for the reviewer as the session's, not the byline author's nor the chair's", () => {
    const draft = draftOf(writeUp("Closing the session, Holloway summarised the panel's recommendations:"));
    const file = renderDraft(draft, new Map());
    for (const item of ITEMS) expect(draft.unsure).toContain(item);
    const held = file.split("\n").filter((l) => /^# {3}line \d+, /u.test(l));
    expect(held).toHaveLength(ITEMS.length);
    for (const l of held) expect(l).toContain(`(${sessionOf(draft)})`);
    expect(file).not.toMatch(/Orla Penhallow \(orla-penhallow\), one person's view/u);
    expect(draft.claims.some((c) => c.relation === "recommends" && /penhallow|holloway/u.test(c.from))).toBe(false);
  });

  it("leaves a line that only introduces what someone said, and what follows it, as before", () => {
    const draft = draftOf(writeUp("Closing the session, Holloway thanked the panel and said:"), [], undefined, {
      everyProposal: true,
    });
    expect(recommends(draft).some((r) => r.startsWith(`${sessionOf(draft)} summary`))).toBe(false);
  });
});

describe("the kind a held proposal is listed as", () => {
  it("names the words the passage has: an “ought to” is no “should”, an imperative no “ought”", () => {
    const kind = (s: string) => heldKind(proposalFacts(s, "speech", "person"));
    expect(kind("There ought to be one ombudsman for ferry complaints, with the power to order refunds.")).toBe(
      "an “ought to” in a speaker's own words",
    );
    expect(kind("Give councils five-year bus funding and let us get on with it.")).toBe(
      "an imperative (“let us …”) in a speaker's own words",
    );
    expect(kind("The county has to keep the winter sailings running for five years.")).toBe(
      "a “has to” in a speaker's own words",
    );
    expect(kind("The county should keep the winter sailings running for five years.")).toBe(
      "a “should” in a speaker's own words",
    );
  });
});
