// Stop 33: capitalised runs read as people in the blind misses of sets 32–35 — a prize ("an Oscar Award-winning
// film"), a post's field ("Head of Hotel Asset Management"), and a place joined by hyphens ("Stoke-on-Trent Central").
// Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

const peopleOf = (text: string) => peopleIn(draftOf(text));

describe("no person in a prize's, a field's or a seat's name", () => {
  it("reads no one in a prize's name before '-winning'", () => {
    expect(peopleOf("We look at the arrest of an Oscar Award-winning film maker, said Ann Frith.")).toEqual([
      "Ann Frith",
    ]);
  });

  it("reads no one in a post's field ('Head of Hotel Asset Management, Org')", () => {
    expect(
      peopleOf("The panel included Ida Pike, Director and Head of Hotel Asset Management, Fenby Group; and Tom Reed."),
    ).toEqual(["Ida Pike", "Tom Reed"]);
  });

  it("reads no one inside a place joined by hyphens, and still reads the member after it", () => {
    expect(
      peopleOf("My thanks go to the hon. Member for Marlow-on-Fenby Harbour (Ann Frith) for this debate."),
    ).toEqual(["Ann Frith"]);
    expect(peopleOf("Photo of Ann Frith Ann Frith Labour, Southend-on-Sea West 2:00, 2 May 2024")).toEqual([
      "Ann Frith",
    ]);
  });

  it("still reads a hyphenated surname and a surname after a place", () => {
    expect(peopleOf("Ann Frith-Lamb of Stoke-on-Trent spoke, and Tom Reed answered.")).toEqual([
      "Ann Frith-Lamb",
      "Tom Reed",
    ]);
  });
});
