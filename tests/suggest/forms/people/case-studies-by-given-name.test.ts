// Stop 33: a case study's subject named by a given name alone at a paragraph's start ("Nadia and her partner have
// two daughters. … She says:"), as charities' blogs give the families they quote: a person, whose words the
// quotation after "She says:" are (it went to the last full name before). Texts written for this test (names and bodies
// invented).
import { describe, expect, it } from "vitest";
import { directQuotesIn, draftOf, peopleIn } from "../../../helpers/draft.js";

const release = (...studies: string[]) =>
  [
    "Harbour fares cut 'a lifeline for families'",
    "Welcoming the council’s decision to cut ferry fares from May, director of Fenby Families Trust Ruth Okafor said:",
    "'Cutting the fares will change lives. It is a fresh start for the islands.'",
    "Reactions from families who use the ferry:",
    ...studies,
    "",
  ].join("\n");

describe("a case study's subject named by a given name alone", () => {
  it("reads the given name as a person when their words follow ('She says:', 'he said')", () => {
    const draft = draftOf(
      release(
        "Nadia and her partner have two daughters. He works nights. She says:",
        "'The lower fare means I can visit my mother every week again.'",
        "Tomasz has two sons. He said the cut will let him take an extra shift.",
        "'We are living week to week.'",
      ),
    );
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Ruth Okafor", "Nadia", "Tomasz"]));
    expect(directQuotesIn(draft).find(([, , words]) => words.includes("visit my mother"))?.[0]).toBe("Nadia");
  });

  it("reads no one where no words of theirs follow, or the word is no given name alone", () => {
    expect(peopleIn(draftOf(release("Nadia has three children and lives on the island.")))).toEqual(["Ruth Okafor"]);
    expect(peopleIn(draftOf(release("Harbour has three piers. She says the piers are old.")))).toEqual(["Ruth Okafor"]);
  });
});
