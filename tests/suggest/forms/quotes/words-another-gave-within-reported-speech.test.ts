// Stop 36 (a journalist's own files): "He added that the minister had once promised him that “…”". Inside one
// person's reported speech, a clause that gives the quoted words to another subject with a verb of speech makes them
// that subject's: a person the clause names, else no one's. Every person, body and sentence here is invented.
import { describe, expect, it } from "vitest";
import { saidBy } from "../../../helpers/draft.js";

const lead =
  "Councillor Davey Tobin said the parish could not carry the cost. “We cannot keep raising the levy,” he told the panel.";

describe("words a clause inside someone's reported speech gives to another speaker", () => {
  it("are not the reporting speaker's when the other is a description (the minister): no one's", () => {
    const text = `${lead} He added that the secretary of state had once promised him that “no village will be forgotten”, and that he was still waiting.\n`;
    expect(saidBy(text, "no village will be forgotten")).toEqual([]);
    expect(saidBy(text, "We cannot keep raising the levy")).toEqual(["Davey Tobin"]);
  });

  it("are the other's when the clause names a person of the text", () => {
    const text = `${lead} Ines Carrow, Director of the Wenham Flood Trust, also spoke. Tobin said that Ines Carrow had warned the board that “the gates will fail within five years”.\n`;
    expect(saidBy(text, "the gates will fail within five years")).toEqual(["Ines Carrow"]);
  });

  it("work with other verbs of speech: told, assured, said", () => {
    for (const verb of ["told the council", "assured residents", "said"]) {
      const text = `${lead} He said that the board had ${verb} that “every sluice will be repaired by the spring”.\n`;
      expect(saidBy(text, "every sluice will be repaired")).toEqual([]);
    }
  });

  it("leave the speaker's own words to them when the clause's subject is a pronoun: 'he had promised'", () => {
    const text = `${lead} He said that he had once promised the village that “no family will be moved out”, and he meant it.\n`;
    expect(saidBy(text, "no family will be moved out")).toEqual(["Davey Tobin"]);
  });

  it("leave a plain 'said that' quotation to its speaker", () => {
    const text = `${lead} Tobin added that “the levy is already the highest in the county”.\n`;
    expect(saidBy(text, "the levy is already the highest")).toEqual(["Davey Tobin"]);
  });
});
