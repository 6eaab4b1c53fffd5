// A panel's collective statement ("The panellists agreed that …", "The speakers were agreed that …", "There was
// consensus among the panel that …") is the session's `agreed-on`, also when it names no theme: it is then on the
// text's main theme (stop 34, from a reviewer's own write-up, whose "The panellists agreed that the government should
// publish …" was drafted only as a finding). What one person or another body agreed, or what a panel agreed to do
// ("agreed to meet", "agreed on a date"), is not. Small texts written for this test (names, bodies and sentences
// invented), with one registry theme.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const known = [{ id: "harbour-jobs", type: "theme" as const, label: "Harbour jobs", aliases: ["harbour jobs"] }];
const textWith = (last: string) =>
  paragraphsText(
    "Harbour towns forum meets in Keldby",
    "The Keldby Harbour Forum met on 3 May 2025 to discuss harbour jobs. The panel was chaired by Ruth Amis.",
    "Speaking first, Tom Reyes said: “Harbour jobs are going inland and they are not coming back.”",
    "Ann Frith said harbour jobs needed a plan of their own.",
    last,
  );
/** The [from, to] labels of the agreed-on claims resting on `sentence`. */
const agreedOn = (draft: Draft, sentence: string) =>
  draft.claims
    .filter((c) => c.relation === "agreed-on" && c.evidence.some((e) => e.quote === sentence))
    .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
const sessionOf = (draft: Draft) => draft.entities.find((e) => e.section === "sessions")?.label;

describe("a panel's agreement that names no theme", () => {
  it.each([
    "The panellists agreed that the government should publish a coastal strategy within twelve months.",
    "The panel agreed that ministers should publish a coastal strategy within a year.",
    "Panellists agreed that the county needs a coastal strategy of its own.",
    "The speakers were agreed that the county needs a coastal strategy of its own.",
    "There was consensus among the panel that the county needs a coastal strategy of its own.",
    "All the panellists agreed that the county needs a coastal strategy of its own.",
  ])("is the session's agreed-on the text's main theme: %s", (sentence) => {
    const draft = draftOf(textWith(sentence), known);
    const session = sessionOf(draft);
    expect(session).toBeDefined();
    expect(agreedOn(draft, sentence)).toEqual([[session, "harbour-jobs"]]);
    // Never one panellist's words.
    const spoke = draft.claims.filter((c) => c.relation === "spoke-on" && c.evidence.some((e) => e.quote === sentence));
    expect(spoke).toEqual([]);
  });
});

describe("agreements that are not the panel's statement", () => {
  it.each([
    "The minister agreed to meet the forum again in June.",
    "Tom Reyes agreed that the county needs a coastal strategy of its own.",
    "The panel agreed on a date for its next meeting.",
    "The panellists agreed to meet again in the autumn.",
    "There was consensus among ministers that the county needs a coastal strategy.",
  ])("are no agreed-on, and no finding of the session: %s", (sentence) => {
    const draft = draftOf(textWith(sentence), known);
    expect(agreedOn(draft, sentence)).toEqual([]);
    const states = draft.claims.filter((c) => c.relation === "states" && c.evidence.some((e) => e.quote === sentence));
    expect(states).toEqual([]);
  });
});
