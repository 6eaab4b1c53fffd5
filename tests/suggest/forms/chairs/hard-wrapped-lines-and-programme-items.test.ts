// Stop 33: a write-up hard-wrapped inside its sentences (a PDF's or an e-mail's text, its lines broken anywhere), read
// with its lines joined, so a chair sentence or a name broken across two lines is read whole; and a session a sentence
// lists as one item of a programme ("and also a lively workshop about X led by A and B") gives no chair. Texts
// written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

/** A report hard-wrapped at about 60 characters, as a newsletter's PDF prints it. */
const wrapped = (middle: string) =>
  [
    "Our ninth Harbour Lawyers Day was held over May 3-4 in the",
    "ballroom of the Fenby Quay Hotel. Some two hundred members",
    "came along to hear the speakers, and the chief judge of the",
    "harbour court, Ruth Okafor, spoke first on the year behind",
    "us.",
    middle,
    "Afternoon sessions included a talk on pilots and a",
    "session on moorings, and closed with a reception for",
    "members and guests at the harbour museum.",
    "",
  ].join("\n");

describe("a text hard-wrapped inside its sentences", () => {
  it("reads a chair sentence and a name broken across lines", () => {
    const text = wrapped(
      [
        "Harbour dues were once again the subject most talked about at",
        "the whole day this year. Ann B. Frith of Reed",
        "& Lamb LLP in Marlow moderated a panel that included Tom",
        "Reed of Holt Pike LLP, and Kit H. Lamb of Reed &",
        "Lamb LLP, who discussed the new dues.",
      ].join("\n"),
    );
    const draft = draftOf(text);
    expect(chairsIn(draft)).toEqual(["Ann B. Frith"]);
    expect(peopleIn(draft)).toContain("Tom Reed");
    expect(peopleIn(draft)).not.toContain("Holt Pike");
  });

  it("gives no chair to those who led one item of a programme ('and also a lively workshop about … led by')", () => {
    const text = wrapped(
      [
        "The morning's programme included short talks on salvage claims",
        "and moorings, and also a lively workshop on the pilotage",
        "rules led by Judge Ida M Pike and Judge Owen R. Vale.",
      ].join("\n"),
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("gives no chair to the leaders of a programme's item in one line either, and still to a session led by one", () => {
    expect(
      chairsIn(
        draftOf(
          "Harbour law day\n\nThe morning's programme included talks on salvage, and also a lively workshop about pilotage led by Ida Pike and Owen Vale.\n\nTom Reed and Kit Lamb spoke on salvage.\n",
        ),
      ),
    ).toEqual([]);
    expect(
      chairsIn(
        draftOf(
          "Harbour law day\n\nThe discussion on pilotage was led by Ida Pike.\n\nTom Reed and Kit Lamb spoke on salvage.\n",
        ),
      ),
    ).toEqual(["Ida Pike"]);
  });

  it("keeps the lines of a text whose lines are its paragraphs", () => {
    const text =
      "Harbour dues\n\nThe debate was chaired by Ann Frith.\nTom Reed spoke first.\nKit Lamb answered.\nIda Pike closed.\n";
    expect(chairsIn(draftOf(text))).toEqual(["Ann Frith"]);
  });
});
