// A panel's collective statement ("The panellists agreed that …", "The speakers were agreed that …", "There was
// consensus among the panel that …") is the session's: `agreed-on` the themes it names, and a finding it states. One
// that names no theme was drafted `agreed-on` the text's main theme where that was clear (stop 34, from a reviewer's
// own write-up; stop 35, where it is not); stop 41 (walkthrough w42: "The panellists agreed that one-year funding for
// support workers should end." agreed on "Modular homes", which a panellist had named twice) drafts the finding alone.
// What one person or another body agreed, or what a panel agreed to do ("agreed to meet", "agreed on a date"), is
// neither. Small texts written for this test (names, bodies and sentences invented), with one or two registry themes.
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

describe("a panel's agreement that names a theme", () => {
  it.each([
    "The panellists agreed that harbour jobs need a plan of their own.",
    "There was consensus among the panel that harbour jobs should come first.",
  ])("is the session's agreed-on that theme: %s", (sentence) => {
    const draft = draftOf(textWith(sentence), known);
    const session = sessionOf(draft);
    expect(session).toBeDefined();
    expect(agreedOn(draft, sentence)).toEqual([[session, "harbour-jobs"]]);
    // Never one panellist's words.
    const spoke = draft.claims.filter((c) => c.relation === "spoke-on" && c.evidence.some((e) => e.quote === sentence));
    expect(spoke).toEqual([]);
  });
});

describe("a panel's agreement that names no theme", () => {
  /** The relations of the claims resting on `sentence`. */
  const relationsOn = (draft: Draft, sentence: string) =>
    draft.claims.filter((c) => c.evidence.some((e) => e.quote === sentence)).map((c) => c.relation);

  it.each([
    "The panellists agreed that the government should publish a coastal strategy within twelve months.",
    "The panel agreed that ministers should publish a coastal strategy within a year.",
    "Panellists agreed that the county needs a coastal strategy of its own.",
    "The speakers were agreed that the county needs a coastal strategy of its own.",
    "There was consensus among the panel that the county needs a coastal strategy of its own.",
    "All the panellists agreed that the county needs a coastal strategy of its own.",
  ])("is agreed on no theme, not the text's main theme, though that is clear: %s", (sentence) => {
    const draft = draftOf(textWith(sentence), known);
    expect(sessionOf(draft)).toBeDefined();
    expect(agreedOn(draft, sentence)).toEqual([]);
    // Still the session's: what it proposes or states, never one panellist's words.
    expect(relationsOn(draft, sentence).length).toBeGreaterThan(0);
    expect(relationsOn(draft, sentence)).not.toContain("spoke-on");
  });

  it("is the finding the session states, in a text whose main theme a panellist named twice", () => {
    const modular = { id: "modular-homes", type: "theme" as const, label: "Modular homes", aliases: [] };
    const sentence = "The panellists agreed that one-year funding for support workers should end.";
    const text = paragraphsText(
      "Rural homelessness roundtable: a write-up",
      "The Fenby Trust held a roundtable in Keldby on 20 March 2025. The panel was chaired by Ruth Amis.",
      "Tom Reyes said that Glanmor Housing would open its first modular homes in the spring.",
      "“Modular homes are not a gimmick,” he said.",
      sentence,
    );
    const draft = draftOf(text, [modular]);
    expect(sessionOf(draft)).toBeDefined();
    expect(agreedOn(draft, sentence)).toEqual([]);
    expect(relationsOn(draft, sentence)).toContain("states");
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
