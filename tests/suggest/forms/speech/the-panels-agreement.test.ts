// A panel's collective statement ("The panellists agreed that …", "The speakers were agreed that …", "There was
// consensus among the panel that …") is the session's `agreed-on`, also when it names no theme: it is then on the
// text's main theme, where that is clear (stop 34, from a reviewer's own write-up, whose "The panellists agreed that
// the government should publish …" was drafted only as a finding; stop 35, where it is not). What one person or
// another body agreed, or what a panel agreed to do ("agreed to meet", "agreed on a date"), is not. Small texts written
// for this test (names, bodies and sentences invented), with one or two registry themes.
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

describe("a panel's agreement that names no theme, in a text whose main theme is not clear", () => {
  // Stop 35: the fallback drafted the reviewer's coastal strategy as agreed on "high streets", the theme a short text
  // named most, once. Now only a theme named in two sentences or more, and in more than any other, is the text's.
  const themes = [
    ...known,
    { id: "high-streets", type: "theme" as const, label: "High streets", aliases: ["high streets"] },
  ];
  const sentence = "The panellists agreed that the county needs a coastal strategy of its own.";
  const shortText = (...middle: string[]) =>
    paragraphsText(
      "Harbour towns forum meets in Keldby",
      "The Keldby Harbour Forum met on 3 May 2025. The panel was chaired by Ruth Amis.",
      ...middle,
      sentence,
    );
  /** The relations of the claims resting on `sentence`. */
  const relationsOn = (draft: Draft) =>
    draft.claims.filter((c) => c.evidence.some((e) => e.quote === sentence)).map((c) => c.relation);

  it.each([
    ["named once", shortText("Speaking first, Tom Reyes said: “High streets are emptying.”")],
    [
      "tied with another",
      shortText(
        "Speaking first, Tom Reyes said: “High streets are emptying and harbour jobs are going inland.”",
        "Ann Frith said harbour jobs and high streets needed a plan of their own.",
      ),
    ],
  ])("drafts no agreed-on, only the finding the session states: the theme is %s", (_, text) => {
    const draft = draftOf(text, themes);
    expect(sessionOf(draft)).toBeDefined();
    expect(agreedOn(draft, sentence)).toEqual([]);
    expect(relationsOn(draft)).toEqual(["states"]);
  });

  it("a theme named in two sentences, more than any other, is the text's: the agreement is on it", () => {
    const text = shortText(
      "Speaking first, Tom Reyes said: “High streets are emptying and harbour jobs are going inland.”",
      "Ann Frith said harbour jobs needed a plan of their own.",
    );
    const draft = draftOf(text, themes);
    expect(agreedOn(draft, sentence)).toEqual([[sessionOf(draft), "harbour-jobs"]]);
    expect(relationsOn(draft)).toContain("states");
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
