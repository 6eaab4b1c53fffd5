// Stop 41 (q41b): a Senedd committee's record lists its members in attendance, each with the letters "AS" (Aelod o'r
// Senedd) after the name, the chair's line "Name AS Cadeirydd y Pwyllgor" over the gloss "Committee Chair" (set 58,
// two texts; stop 39 read the line without the letters). The letters are no word of the name and do not hide the
// chair's mark. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

const record = (chairLine: string) =>
  [
    "Pwyllgor Tai a Harbwr",
    "",
    "Housing and Harbours Committee",
    "",
    "Aelodau'r Pwyllgor a oedd yn bresennol",
    "",
    "Committee Members in Attendance",
    "",
    "Owen Pryce AS",
    "Carys Bevan AS",
    chairLine,
    "Committee Chair",
    "Gareth Lloyd AS",
    "",
    "The meeting began at 09:31.",
    "",
    "1. Introductions, apologies, substitutions and declarations of interest",
    "",
    "Good morning. I welcome Members to this meeting of the Housing and Harbours Committee. I'll go to Owen.",
    "",
  ].join("\n");

describe("the chair of a bilingual attendance list", () => {
  it("reads the chair's mark after the member's letters", () => {
    const draft = draftOf(record("Eluned Morgan-Rees AS Cadeirydd y Pwyllgor"));
    expect(chairsIn(draft)).toEqual(["Eluned Morgan-Rees"]);
    expect(peopleIn(draft)).toContain("Eluned Morgan-Rees");
    expect(peopleIn(draft)).not.toContain("Eluned Morgan-Rees AS");
  });

  it("names no chair where the line after the letters is no chair's mark", () => {
    expect(chairsIn(draftOf(record("Eluned Morgan-Rees AS Aelod y Pwyllgor")))).toEqual([]);
  });
});
