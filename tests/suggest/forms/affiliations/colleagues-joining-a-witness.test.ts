// "Ms A, chairperson of the Fenby Harbour Board, is with us. She is joined by Mr. B, commissioner, and Ms C, director
// of ferries.": the colleagues who join a witness, each with a post in lower case and no body, hold their posts at the
// witness's body (stop 41, from the misses of set 63: a parliamentary committee's welcome of a regulator's board; as a
// witness list's body given once is shared). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

describe("colleagues joining a witness", () => {
  it("hold their posts at the witness's body", () => {
    const text =
      "Three groups give evidence today. Ms Jo Kent, chairperson of the Fenby Harbour Board, is with us again. She " +
      "is joined by Mr. Tom Reed, commissioner, Ms Kate Dunn, director of tolls and lighting, and Mr. Ian Hale, " +
      "director of ferries, who has sat here before. On the video link is Mr. Kit Lamb from the Marlow Trust.\n";
    expect(pairs(text).filter((p) => !p.startsWith("Jo Kent"))).toEqual([
      "Ian Hale → Fenby Harbour Board (director of ferries)",
      "Kate Dunn → Fenby Harbour Board (director of tolls and lighting)",
      "Kit Lamb → Marlow Trust ()",
      "Tom Reed → Fenby Harbour Board (commissioner)",
    ]);
  });

  it("keep a body of their own, and take none where the one joined has no body", () => {
    const own =
      "Ms Jo Kent, chair of the Fenby Harbour Board, is welcome. She is joined by Mr Tom Reed, director of the " +
      "Marlow Trust.\n";
    expect(pairs(own)).toContain("Tom Reed → Marlow Trust (director)");
    expect(pairs(own)).not.toContain(expect.stringMatching(/^Tom Reed → Fenby/u));
    const none = "Ms Jo Kent, a harbour pilot, is welcome. She is joined by Mr Tom Reed, commissioner.\n";
    expect(pairs(none)).toEqual([]);
  });
});
