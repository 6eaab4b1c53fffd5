// Stop 33: a write-up hard-wrapped inside its sentences (a PDF's or an e-mail's text, its lines broken anywhere), read
// with its lines joined, so a chair sentence or a name broken across two lines is read whole; and a session a sentence
// lists as one item of a programme ("as well as an interactive discussion … led by A and B") gives no chair. Texts
// written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

/** A report hard-wrapped at about 60 characters, as a newsletter's PDF prints it. */
const wrapped = (middle: string) =>
  [
    "The 12th Annual Harbour Law Conference took place on May 3-4",
    "at the Fenby Quay Hotel. The conference featured a number of",
    "excellent panellists and was attended by more than 200 harbour",
    "lawyers and officials. In addition, Harbour Court Chief Judge",
    "Ruth Okafor gave the annual address on the state of the",
    "court.",
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
        "As in past years, harbour dues were at the forefront of the",
        "discussion this year. Ann B. Frith of Reed",
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

  it("gives no chair to those who led one item of a programme ('as well as an interactive discussion … led by')", () => {
    const text = wrapped(
      [
        "Morning programming included sessions on salvage claims,",
        "as well as an interactive discussion on the pilotage rules",
        "led by Judge Ida M Pike and Judge Owen R. Vale.",
      ].join("\n"),
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("gives no chair to the leaders of a programme's item in one line either, and still to a session led by one", () => {
    expect(
      chairsIn(
        draftOf(
          "Harbour law day\n\nMorning programming included talks on salvage, as well as an interactive discussion on pilotage led by Ida Pike and Owen Vale.\n\nTom Reed and Kit Lamb spoke on salvage.\n",
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
