// "Governors Ann Bell (RI), Tom Reed (NJ)": a US state's postal code in brackets after a name says where the person
// serves, no body (stop 41, from the misses of set 63: an American conference write-up; the "(D-CA)" form with a party
// was read at stop 36). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, , body]) => `${person} → ${body}`)
    .sort();

describe("a US state's letters in brackets", () => {
  const text = "A panel on ports heard Governors Ann Bell (RI), Tom Reed (ME), Kit Lamb (NJ), and Jo Pratt (Va.).\n";

  it("are no body", () => {
    expect(pairs(text)).toEqual([]);
    expect(organisationsIn(draftOf(text))).toEqual([]);
  });

  it("leave a party with the state, and a body in brackets, as they were", () => {
    expect(pairs("Rep. Ann Bell (D-RI) and Sam Lowe (Fenby Ports Trust) spoke.\n")).toEqual([
      "Ann Bell → Democratic Party",
      "Sam Lowe → Fenby Ports Trust",
    ]);
  });
});
