// Stop 33, second round: a show's transcript labels its hosts by a word ("Hope:", "Christian:", "Jay:") that the
// lexicon reads as something other than a given name, and each host names themself in their own first turns ("I'm
// Hope Vardy."). The label is that person's given name: their turns are the name they give. Every name, body and
// word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";

const show = (a: string, b: string, introA: string, introB: string) =>
  lines(
    "Episode 12: The Harbour Summit Recap",
    `${a}: "Is Your Data Safe?", the show where we talk storage, leaks and the law. ${introA}`,
    `${b}: ${introB} This week, the summit by the bay. ${a}, how was it?`,
    `${a}: It was cold. Windy too, though the talks made up for it.`,
    `${b}: Paint me a picture: which sessions drew the crowds?`,
    `${a}: Mostly the new rules on storage, and who will enforce them.`,
  );

describe("hosts who name themselves in their own turns", () => {
  const variants: [string, string, string, string, string, string][] = [
    ["Jay", "Christian", "I'm Jay Marlowe.", "And I'm Christian Marlowe.", "Jay Marlowe", "Christian Marlowe"],
    ["Hope", "Will", "I am Hope Vardy.", "And my name is Will Ostrander.", "Hope Vardy", "Will Ostrander"],
    [
      "Rose",
      "Sterling",
      "I’m Rose Abernathy.",
      "I'm Sterling Kato, sitting in for the week.",
      "Rose Abernathy",
      "Sterling Kato",
    ],
  ];
  for (const [a, b, introA, introB, fullA, fullB] of variants) {
    it(`gives "${a}:" and "${b}:" turns to ${fullA} and ${fullB}`, () => {
      const draft = draftOf(show(a, b, introA, introB));
      expect(peopleIn(draft)).toEqual(expect.arrayContaining([fullA, fullB]));
      expect(saidBy(draft, "It was cold.")).toEqual([fullA]);
      expect(saidBy(draft, "Paint me a picture")).toEqual([fullB]);
    });
  }
});

describe("what is still refused", () => {
  it("a name with more after it, or a possessive, is not the one who speaks", () => {
    const draft = draftOf(
      show("Hope", "Will", "I'm Hope Vardy's producer, standing in.", "And I am Will Ostrander Junior."),
    );
    expect(saidBy(draft, "It was cold.")).not.toContain("Hope Vardy");
    expect(saidBy(draft, "Paint me a picture")).not.toContain("Will Ostrander");
  });
});
