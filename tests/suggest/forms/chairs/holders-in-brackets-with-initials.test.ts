// Stop 35: the chair's office with its holder in brackets ("The Chairman (Mr Name)"), which the released sets read in
// many layouts, when the holder is written with initials ("Mr A. H. Frith", which the sentence splitter cuts after
// each initial) or with letters written with stops after the name ("…, F.R.S."). Refused: brackets that hold more than
// the holder, and the next person named. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const meeting = (label: string) =>
  paragraphsText(
    "Evening meeting of the Fenby Society of Actuaries",
    `${label}: Let me present tonight's authors. Tom Reed works for Fenby Ports, where he manages the bond funds. He studied at Fenby University.`,
    "Kit Lamb, of Marlow Capital, is head of pensions at Marlow Capital. She often speaks at industry meetings.",
  );

describe("the chair's office with its holder in brackets", () => {
  for (const [label, holder] of [
    ["The Chairman (Mr A. H. Frith)", "A. H. Frith"],
    ["The Chairman (Mr A. H. Frith, F.R.S.)", "A. H. Frith"],
    ["The Chair (Dr Ann Frith, F.R.S.)", "Ann Frith"],
  ] as const) {
    it(`reads the chair in '${label}'`, () => {
      expect(chairsIn(draftOf(meeting(label)))).toEqual([holder]);
    });
  }

  it("reads no chair in brackets that hold more than the holder ('(Mr A. H. Frith of Fenby Ports)')", () => {
    expect(chairsIn(draftOf(meeting("The Chairman (Mr A. H. Frith of Fenby Ports)")))).not.toContain("Tom Reed");
    expect(chairsIn(draftOf(meeting("The Chairman (Mr A. H. Frith of Fenby Ports)")))).toEqual([]);
  });
});
