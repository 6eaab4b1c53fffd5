// Stop 42: a minister's office run into the name after it, its field two words or more, the name opening with a given
// name the lexicon has as a word too ("Minister for School Standards Mark Hale said:"). Every name and office here is
// invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";

const statement = (lead: string) =>
  lines(
    "Harbour wellbeing group meets",
    `After attending the first meeting, ${lead} said:`,
    "Every port I visit shows me how much the ferry crews give to the islands.",
    "The group will tell us what we must do for the crews' wellbeing, and we will listen.",
  );

describe("a minister's field of two words before a name", () => {
  it("reads the name after the field, not the field's last word with it", () => {
    const draft = draftOf(statement("Minister for School Standards Mark Hale"));
    expect(peopleIn(draft)).toEqual(["Mark Hale"]);
    expect(saidBy(draft, "how much the ferry crews give to the islands")).toEqual(["Mark Hale"]);
  });
});

describe("what is still refused", () => {
  it("a name of three words after the field stays whole", () => {
    expect(peopleIn(draftOf(statement("Minister for Harbours Ann Marie Bell")))).toEqual(["Ann Marie Bell"]);
  });

  it("a title before the name keeps the name the title opens", () => {
    expect(peopleIn(draftOf(statement("Minister for School Standards Dr Mark Hale")))).toEqual(["Mark Hale"]);
  });
});
