// Stop 37: the presiding office given as the post in a debate page's photo header ("Photo of Name Name Deputy Speaker
// (Second Deputy Chairman of Ways and Means)"), as stop 36 read it under a Hansard photo ("Name Portrait Mr Speaker").
// Refused: a committee's chair who speaks in the debate ("Photo of Name Name Chair, Harbours Committee"), whose post is
// another body's, and a member whose header gives a party and a seat. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const debatePage = (firstHeader: string) =>
  paragraphsText(
    "Harbour Dues (Amendment) Bill – Commons sitting, 4:10 pm, 9 March 2026.",
    "Send me debates on this subject",
    firstHeader,
    "Amendments 2 to 9 from the other place may be taken together with this one.",
    "Photo of Kit Lamb Kit Lamb The Minister of State, Department for Harbours",
    "I remind the House why this Bill matters. Harbour dues have risen every year since 2019, and the smaller ports cannot carry them much longer.",
  );

describe("the presiding office as the post of a debate page's photo header", () => {
  it("reads the holder of 'Deputy Speaker (…)' as the chair", () => {
    const draft = draftOf(
      debatePage("Photo of Ann Frith Ann Frith Deputy Speaker (Second Deputy Chairman of Ways and Means)"),
    );
    expect(chairsIn(draft)).toEqual(["Ann Frith"]);
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Ann Frith", "Kit Lamb"]));
  });

  it("reads the holder of 'Chairman of Ways and Means' as the chair", () => {
    expect(chairsIn(draftOf(debatePage("Photo of Ann Frith Ann Frith Chairman of Ways and Means")))).toEqual([
      "Ann Frith",
    ]);
  });

  it("reads no chair in a committee's chair who speaks, whose post is another body's", () => {
    const draft = draftOf(debatePage("Photo of Ann Frith Ann Frith Chair, Harbours Committee 4:12 pm, 9 March 2026"));
    expect(chairsIn(draft)).toEqual([]);
    expect(peopleIn(draft)).toContain("Ann Frith");
  });

  it("reads no chair in a member whose header gives a party and a seat", () => {
    expect(chairsIn(draftOf(debatePage("Photo of Ann Frith Ann Frith Labour, Fenby North 4:12 pm")))).toEqual([]);
  });
});
