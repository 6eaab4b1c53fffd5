// Stop 45 (sets 72–73): a page of one member's speech in a chamber's debate ("Name Excerpts", the photo line, the
// speech), read with an empty registry: no session carries the speech and it may name no theme the draft knows, but
// the words are still the member's. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("one member's speech under his photo line, on a subject no registry names", () => {
  const text = lines(
    "Island Ferry Services Debate",
    "Full Debate: Read Full Debate",
    "Department: Department for Transport",
    "Island Ferry Services",
    "Lord Marlowe Excerpts",
    "Tuesday 3rd March 2026",
    "(2 days, 4 hours ago)",
    "Lords Chamber",
    "Lord Marlowe Portrait Lord Marlowe (Con)",
    "- View Speech - Hansard - -",
    "My Lords, I am grateful to the noble Baroness for this debate. The crossings have failed the islands for a decade, and I have raised them twice in this House.",
    "Sailings were cancelled one day in four last winter. Families cannot plan a week ahead. The operator is simply not up to the job, and the islands pay the price.",
  );

  it("gives the speech, sentence by sentence, to the member", () => {
    const draft = draftOf(text);
    expect(saidBy(draft, "The crossings have failed the islands")).toEqual(["Lord Marlowe"]);
    expect(saidBy(draft, "Sailings were cancelled one day in four")).toEqual(["Lord Marlowe"]);
  });
});
