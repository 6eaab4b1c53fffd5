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

// Stop 42: a committee's opening (set 64) welcomed "Ms A from the Fenby Harbour Trust — who will be joined by Mr. B, CEO,
// who is …": the host is "from" the body, with no post, and "who" follows a dash, not a comma.
describe("a colleague joining a witness who is from a body", () => {
  it("gives the colleague's post at the body the witness is from, after a dash's 'who'", () => {
    const text =
      "I welcome Ms Jo Kent from the Fenby Harbour Trust — who will be joined by Mr. Tom Reed, CEO, who is delayed at a hearing upstairs.\n";
    expect(pairs(text)).toContain("Tom Reed → Fenby Harbour Trust (CEO)");
  });

  it("gives none where the witness is named with no body", () => {
    const text =
      "I welcome Ms Jo Kent — who will be joined by Mr. Tom Reed, CEO, who is delayed at a hearing upstairs.\n";
    expect(pairs(text).filter((t) => t.startsWith("Tom Reed"))).toEqual([]);
  });
});
