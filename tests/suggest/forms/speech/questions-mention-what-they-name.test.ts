// Stop 41 (walkthrough w42, a fact-checker's committee transcripts): a member's question is `mentions` member → what it
// names, and only that. A question that named nothing was drafted `mentions` the witness who answered it ("Is the
// problem money or is it land?" → the witness) or the theme the whole text names most; a fact-checker reading the
// evidence found neither in it. Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import type { KnownEntity } from "../../../../src/suggest/known.js";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const homelessness: KnownEntity = { id: "rural-homelessness", type: "theme", label: "Rural homelessness", aliases: [] };

const hearing = (...turns: string[]) =>
  paragraphsText(
    "Marlow Housing Committee",
    "Oral evidence: Rural homelessness, 14 January 2025",
    "Members present: Ifan Trelawny (Chair); Rhian Caddick; Gareth Maelor.",
    "Witnesses",
    "I: Tom Reed, Chief Executive, Fenby Trust; and Ann Bell, Director, Glanmor Housing Association.",
    "Examination of witnesses",
    "Q1 The Chair: Good morning. Rural homelessness has doubled. Why?",
    "Tom Reed: Rural homelessness has doubled because the cheap lets have gone. Rural homelessness is hidden.",
    ...turns,
  );

/** The `mentions` claims from a person, as [from, to] labels, each with its direct-quote evidence. */
const mentionsOf = (draft: Draft, who: string) =>
  draft.claims
    .filter((c) => c.relation === "mentions" && labelIn(draft, c.from) === who)
    .map((c) => [labelIn(draft, c.to), c.evidence.map((e) => e.quote)]);

describe("a member's question mentions what it names", () => {
  it("mentions a witness it names, and a theme it names", () => {
    const draft = draftOf(
      hearing(
        "Q2 Rhian Caddick: Mr Reed, what are your members seeing?",
        "Tom Reed: Three more councils have stopped taking referrals.",
        "Q3 Gareth Maelor: Is rural homelessness worse on the coast?",
        "Ann Bell: It is worse inland.",
      ),
      [homelessness],
    );
    expect(mentionsOf(draft, "Rhian Caddick")).toEqual([["Tom Reed", ["Mr Reed, what are your members seeing?"]]]);
    expect(mentionsOf(draft, "Gareth Maelor")).toEqual([
      ["rural-homelessness", ["Is rural homelessness worse on the coast?"]],
    ]);
  });

  it("mentions neither the witness who answers a question that names nothing, nor the text's main theme", () => {
    const draft = draftOf(
      hearing(
        "Q2 Gareth Maelor: Is the problem money or is it land?",
        "Ann Bell: Both, but land first.",
        "Q3 Rhian Caddick: What should change first?",
        "Tom Reed: The funding cycle.",
      ),
      [homelessness],
    );
    expect(mentionsOf(draft, "Gareth Maelor")).toEqual([]);
    expect(mentionsOf(draft, "Rhian Caddick")).toEqual([]);
    // Not dropped: the answers, which name nothing either, are still the witnesses' words in the session.
    const carried = draft.claims.flatMap((c) => c.evidence.map((e) => [labelIn(draft, c.from), e.quote]));
    expect(carried).toContainEqual(["Ann Bell", "Both, but land first."]);
    expect(carried).toContainEqual(["Tom Reed", "The funding cycle."]);
  });

  it("keeps, of a turn of two questions, the one that names what it mentions", () => {
    const draft = draftOf(
      hearing(
        "Q2 Gareth Maelor: Is the problem money or is it land? And Ms Bell, where is it worst?",
        "Ann Bell: In the valleys.",
      ),
      [homelessness],
    );
    expect(mentionsOf(draft, "Gareth Maelor")).toEqual([["Ann Bell", ["And Ms Bell, where is it worst?"]]]);
  });
});
