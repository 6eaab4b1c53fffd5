// Stop 41 (walkthrough w42, a witness introducing herself in a committee transcript): "I lecture in social policy at
// the University of Brackwater and I led the household survey" made a body "University of Brackwater and I". The
// speaker's "I" after "and" opens a clause of its own, never a word of a body's name. Texts written for this test
// (names and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a body's name before 'and I'", () => {
  it.each([
    [
      "I lecture in social policy at the University of Brackwater and I led the household survey.",
      "University of Brackwater",
    ],
    ["She works for the Tollard Trust and I work for the council.", "Tollard Trust"],
    ["I chair the Fenby Housing Association and I’m proud of its record.", "Fenby Housing Association"],
  ])("ends before the speaker's 'I': %s", (text, body) => {
    expect(bodiesIn(text)).toEqual([body]);
  });

  it("still joins two bodies' words by 'and' ('Fenby Food and Farming Trust')", () => {
    expect(bodiesIn("I work for the Fenby Food and Farming Trust in Marlow.")).toEqual([
      "Fenby Food and Farming Trust",
    ]);
  });
});
