// Stop 45 (sets 72–73): a lead that opens with a participle set off before its subject ("But, citing the gales, Mr
// Reyes said: “…”"), as a news report writes one. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

const story = (lead: string) =>
  lines(
    "Tom Reyes, who runs Fenby's harbour services, said boat owners had rarely come to the council's meetings.",
    `${lead} “With storms this frequent, we have to bring the owners in.”`,
    "He said the harbour board would print a guide for the owners.",
  );

describe("'But, citing …, Mr Reyes said:': the participle's clause, then the subject and its verb", () => {
  for (const lead of [
    "But, citing what looks like a rise in gales, Mr Reyes, said:",
    "But, citing what the board calls a rise in gales, Mr Reyes said:",
    "Citing the gales, Mr Reyes warned:",
  ]) {
    it(`gives the words to the subject: ${lead}`, () => {
      expect(saidBy(draftOf(story(lead)), "we have to bring the owners in")).toEqual(["Tom Reyes"]);
    });
  }

  it("gives them to no one where the subject is a body", () => {
    expect(saidBy(draftOf(story("Citing the gales, the council said:")), "we have to bring the owners in")).toEqual([]);
  });
});
