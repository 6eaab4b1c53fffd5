// Stop 33, second round: a committee's title block lists its members one entry each ("Members present: Angus Ewan
// Tarr (Chair); Mark Hollis; …"): an entry that is only a name is the name whole, its first word too, whatever the
// lexicon makes of that word (a county, a common noun). Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText as lines, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";

const hearing = (chair: string) =>
  lines(
    "Harbours Committee",
    "Oral evidence: Ports Board annual report, HC 212",
    `Members present: ${chair} (Chair); Mark Hollis; Joan Pettifer; Omar Reade.`,
    "Questions 1-40",
    "Witnesses: Tessa Lund, Chief Executive, Ports Board.",
    "Q1 Chair: Good afternoon, all, and thanks for joining our look at the Ports Board's year.",
    "Tessa Lund: Glad to be with you, Chair, and happy to help.",
    "Q2 Mark Hollis: How many harbours did the board inspect last year?",
    "Tessa Lund: We inspected forty harbours, and we will publish the reports in the spring.",
  );

describe("a members list entry of three words, the first no given name the lexicon knows", () => {
  for (const chair of ["Angus Peter Tarr", "Moray Ann Quist", "Carrick Tom Ellery"]) {
    it(`reads "${chair}" whole, as a person and the chair`, () => {
      const draft = draftOf(hearing(chair));
      expect(peopleIn(draft)).toContain(chair);
      expect(chairsIn(draft)).toEqual([chair]);
      expect(saidBy(draft, "Good afternoon, all")).toEqual([chair]);
    });
  }
});

describe("what is still refused", () => {
  it("in a sentence, a word before a given name is no part of the name", () => {
    const draft = draftOf(
      lines(
        "The harbour board met on Tuesday.",
        "Ledger Ann Tarr told the board that the harbour would reopen in the spring.",
      ),
    );
    expect(peopleIn(draft)).not.toContain("Ledger Ann Tarr");
  });
});
