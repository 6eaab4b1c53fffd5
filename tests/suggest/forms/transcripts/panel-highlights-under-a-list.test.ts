// Stop 33, second round: a page of a panel's highlights lists those taking part, a line each ("Ruth Okafor, Fenby
// Bank"), then gives an excerpt of one or two of them under their labels ("Ruth Okafor: So let me …"). One turn is
// enough when its label is a name the list gives and the speaker speaks in the first or second person. Every name,
// body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { paragraphsText as lines, transcriptOf } from "../../../helpers/draft.js";

const speakerOf = (text: string, i: number) => {
  const t = transcriptOf(text)!;
  return (t.readable ?? text).slice(t.turns[i]!.speaker.start, t.turns[i]!.speaker.end);
};

describe("an excerpt under the list of those taking part", () => {
  const list = "Willem Okafor, Fenby Bank\nTom Reed, Marlow Trust\nJo Lindqvist, Harbour College";
  const turn =
    "Willem Okafor: So let me say something briefly about rules. I think it goes back to the debate of the seventies.";
  const variants = [
    lines("Panel Session Highlights with:", list, turn),
    lines("Speakers", list, turn, "My own worry is the price the economy pays for rules this dense."),
    lines("Willem Okafor\nTom Reed\nJo Lindqvist", turn),
  ];
  variants.forEach((text, k) => {
    it(`reads the one turn as its listed speaker's (variant ${k + 1})`, () => {
      expect(transcriptOf(text)?.turns.length).toBe(1);
      expect(speakerOf(text, 0)).toBe("Willem Okafor");
    });
  });
  it("reads two turns by two listed speakers", () => {
    const text = lines(
      "Panel Session Highlights with:",
      list,
      turn,
      "Jo Lindqvist: We see it differently at the college. Our students ask what the rules are for.",
    );
    expect(transcriptOf(text)?.turns.map((_t, i) => speakerOf(text, i))).toEqual(["Willem Okafor", "Jo Lindqvist"]);
  });
});

describe("what is still refused", () => {
  it("a label whose name no list line gives, or a list of one, makes no transcript", () => {
    expect(
      transcriptOf(
        lines(
          "Willem Okafor, Fenby Bank",
          "The panel met on Tuesday in Fenby.",
          "Tom Reed: So let me say something briefly about rules. I think it goes back to the seventies.",
        ),
      ),
    ).toBeUndefined();
    expect(
      transcriptOf(
        lines(
          "Willem Okafor, Fenby Bank",
          "Tom Reed, Marlow Trust",
          "Summary: The panel agreed that the rules were too complicated and would cost the economy dear.",
        ),
      ),
    ).toBeUndefined();
  });
});
