// Stop 45 (set 74): local papers name a councillor by party, then the title shortened, then the name: "Liberal
// Democrat Coun Ann Frith said …", "Labour Cllr Ann Frith". The title opens the name (the party's word does not run on
// into it), and the party is the councillor's. Every name and place here is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

describe("a party, then a councillor's short title, then the name", () => {
  it("reads 'Liberal Democrat Coun Name' as a person of the party", () => {
    const draft = draftOf("Liberal Democrat Coun Mara Lowe said her motion came after the plans shocked Fenby Vale.");
    expect(peopleIn(draft)).toEqual(["Mara Lowe"]);
    expect(affiliationsIn(draft)).toEqual([["Mara Lowe", undefined, "Liberal Democrats"]]);
  });

  it("reads 'Labour Cllr Name' as a person of the party, inside a sentence too", () => {
    const draft = draftOf("The motion was put by Labour Cllr Mara Lowe, who said the plans shocked Fenby Vale.");
    expect(peopleIn(draft)).toEqual(["Mara Lowe"]);
    expect(affiliationsIn(draft)).toEqual([["Mara Lowe", undefined, "Labour Party"]]);
  });
});
