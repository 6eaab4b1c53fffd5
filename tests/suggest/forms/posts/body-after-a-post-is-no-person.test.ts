// Stop 39 (fxe, seen by fxa in an invented text): "Tom Arden, Managing Director of Marsh Valley Coaches" drafted
// "Valley Coaches" as a person (and "Marsh" as a body): the rule that reads "Professor of Law Ann Bell" as a post's
// field and a name took the body's first word for the field. After a name and its post, or a name and "of", the
// capitalised words are the body, even with no body's word in them, never a person; a post "of" a subject before a
// name still names its holder. Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, paragraphsText, peopleIn } from "../../../helpers/draft.js";

describe("capitalised words after a post's of/at", () => {
  it("are the body the post is at, not a person", () => {
    for (const sentence of [
      "Tom Arden, Managing Director of Marsh Valley Coaches, said that rural routes were losing money.",
      "Tom Arden, Managing Director at Marsh Valley Coaches, said that rural routes were losing money.",
      "Tom Arden of Marsh Valley Coaches said that rural routes were losing money.",
      "Tom Arden, the managing director of Marsh Valley Coaches, said that rural routes were losing money.",
      // No name before the post: the run's last word, a plural no name is, makes it a body's.
      "The Managing Director of Marsh Valley Coaches, Tom Arden, said that rural routes were losing money.",
    ]) {
      const draft = draftOf(paragraphsText("Buses in the valley", sentence));
      expect(peopleIn(draft), sentence).toEqual(["Tom Arden"]);
      expect(organisationsIn(draft), sentence).toEqual(["Marsh Valley Coaches"]);
      expect(
        affiliationsIn(draft).map(([person, , organisation]) => [person, organisation]),
        sentence,
      ).toEqual([["Tom Arden", "Marsh Valley Coaches"]]);
    }
  });

  it("still give the name after a post's field: the post before the name is the person's", () => {
    for (const [sentence, person] of [
      ["Professor of Law Ann Bell said that rural routes were losing money.", "Ann Bell"],
      ["Secretary of State for Work and Pensions Ida Frith said that rural routes were losing money.", "Ida Frith"],
      ["Minister for Ports Kit Lamb said that rural routes were losing money.", "Kit Lamb"],
    ] as const) {
      const draft = draftOf(paragraphsText("Buses in the valley", sentence));
      expect(peopleIn(draft), sentence).toEqual([person]);
    }
  });
});
