// A post drafted with words that are none of it (stop 41, from the misses of set 63: two news reports and a write-up):
// "Quillo, whose CEO Ann Bell" (the relative word), "the new co-chair of X" (the word dating it), "Marlshire County
// Council leader, Cllr Jo Pratt" (the person's title after the comma, which hid the post). Small texts written for
// this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const roles = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

describe("a post's own words", () => {
  it("leave out the relative word before the post", () => {
    const text =
      "The sharpest answer came from a small ferry company, Quillo, whose CEO Ann Bell told the " +
      "panel: “Fares have doubled in two years and nobody can say why.”\n";
    expect(roles(text)).toEqual(["Ann Bell → Quillo (CEO)"]);
  });

  it("leave out the word dating the post", () => {
    const text =
      "Harbours Secretary Kit Lamb has been named as the new co-chair of Fenby Tide Power Council (FTPC), " +
      "taking over next month.\n";
    expect(roles(text)).toEqual(["Kit Lamb → Fenby Tide Power Council (the co-chair)"]);
  });

  it("keep the post before a councillor's title", () => {
    const text = "The Marlshire County Council leader, Cllr Jo Pratt, wants the cables buried.\n";
    expect(roles(text)).toEqual(["Jo Pratt → Marlshire County Council (leader)"]);
    // (A title alone after the body's comma is no post.)
    expect(roles("The Fenby Harbour Trust, Dr Ann Bell said, is short of money.\n")).not.toContain(
      expect.stringMatching(/\(Dr\)$/u),
    );
  });
});
