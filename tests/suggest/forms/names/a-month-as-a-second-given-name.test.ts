// Stop 45 (sets 72–73): a name whose second given name is a month ("Poppy May Jenkins"), in a write-up's list of
// speakers, as British names often have one; and the months that are no such name ("In May James said …"). Every
// name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { nameCandidates } from "../../../../src/suggest/names.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { draftOf } from "../../../helpers/draft.js";

const namesIn = (text: string) => nameCandidates(text, paragraphsOf(text)).map((c) => c.label);

describe("'Poppy May Jenkins': a month between a given name and a surname", () => {
  it("reads the three words as one name", () => {
    expect(namesIn("Delegates also heard from Poppy May Jenkins about her years as a carer.\n")).toEqual([
      "Poppy May Jenkins",
    ]);
  });

  it("links the name to the registry's person, in a list of speakers", () => {
    const draft = draftOf(
      "Delegates also heard from three carers, Tom Reyes, Poppy May Jenkins and Ann Frith, who shared their stories.\n",
      [{ id: "poppy-may-jenkins", type: "person", label: "Poppy May Jenkins", aliases: [] }],
    );
    expect(draft.claims.some((c) => c.from === "poppy-may-jenkins" || c.to === "poppy-may-jenkins")).toBe(true);
  });

  it("reads no month after a word that opens a clause as a name's", () => {
    expect(namesIn("In May James Pike said the ferries were late.\n")).not.toContain("In May James");
    expect(namesIn("The Early May Bank was shut.\n")).not.toContain("Early May Bank");
  });
});
