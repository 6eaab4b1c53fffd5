// Stop 45: two chairs named after "chaired by", each with a post before the name: the first described by two posts
// joined by "and" ("ferry skipper and harbour pilot Ann Bell"), the second by a body's post ("and The Harbour Trust's
// president, Jo Marsh"), whose "and The" must not join the first name to the body's. Next to them, what is still no
// second chair. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter, peopleIn } from "../../../helpers/draft.js";

const harbourTrust = { id: "harbour-trust", type: "organisation" as const, label: "The Harbour Trust", aliases: [] };

describe("two chairs after 'chaired by', each with a post", () => {
  const sentence =
    "The conference, held on Tuesday 3 May, was chaired by ferry skipper and harbour pilot Ann Bell and The Harbour Trust’s president, Jo Marsh.";

  for (const known of [[], [harbourTrust]]) {
    it(`reads both, ${known.length ? "the body known" : "the registry empty"}`, () => {
      const draft = draftOf(panelAfter(sentence), known);
      expect(peopleIn(draft)).toContain("Ann Bell");
      expect(chairsIn(draft).sort()).toEqual(["Ann Bell", "Jo Marsh"]);
    });
  }

  it("reads one chair described by two posts joined by 'and'", () => {
    expect(
      chairsIn(draftOf(panelAfter("The debate was chaired by ferry skipper and harbour pilot Ann Bell."))),
    ).toEqual(["Ann Bell"]);
  });

  it("reads a second chair named with a post in lower case", () => {
    expect(
      chairsIn(draftOf(panelAfter("The debate was chaired by Ann Bell and the Harbour Trust's president, Jo Marsh."))),
    ).toEqual(["Ann Bell", "Jo Marsh"]);
  });

  for (const [sentence, chairs] of [
    // A speaker after the chair: no post of a chair's, a verb's "-ed".
    ["The debate was chaired by Ann Bell and featured speaker Jo Marsh.", ["Ann Bell"]],
  ] as const) {
    it(`reads ${JSON.stringify(chairs)} in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(chairs);
    });
  }
});
