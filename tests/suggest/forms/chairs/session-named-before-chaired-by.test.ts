// Stop 38 (a walkthrough's drafts): "The inquiry held its second evidence session on Tuesday, chaired by X": a
// participle after a phrase that ends in a session, however many words (an ordinal, a day, "last week", a place) stand
// between the session's noun and ", chaired by", is said of that session. A body chaired by X ("the Fenby
// Commission, chaired by X") is still X's post, not the session's chair. Texts written for this test (names and bodies
// invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter } from "../../../helpers/draft.js";

const chairOf = (sentence: string) => chairsIn(draftOf(panelAfter(sentence)));

describe("a session named before “, chaired by”", () => {
  it("is chaired by X with an ordinal, a day, a date, a week or a place after the session's noun", () => {
    for (const sentence of [
      "The Fenby Harbour Inquiry held its second evidence session on Tuesday, chaired by Ann Bell, Director of the Fenby Trust.",
      "The inquiry held a second evidence session, chaired by Ann Bell.",
      "The inquiry held its third session on 3 May 2024, chaired by Ann Bell.",
      "The Fenby Trust held its final meeting last week, chaired by Ann Bell.",
      "The Fenby Trust held its first public meeting in Marlow, chaired by Ann Bell.",
      "Growers met for a second roundtable at the Corn Exchange yesterday, chaired by Ann Bell.",
      "The trust held its annual debate on river dredging, chaired by Ann Bell.",
    ]) {
      expect(chairOf(sentence), sentence).toEqual(["Ann Bell"]);
    }
  });

  it("is no chair of a body, nor of an occasion still to come", () => {
    for (const sentence of [
      // The body is what was chaired: Ann Bell's post, not the session's chair.
      "Ida Lamb gave evidence to the Fenby Commission, chaired by Ann Bell.",
      "Ida Lamb gave evidence to the Fenby Commission last week, chaired by Ann Bell.",
      "Ida Lamb gave evidence to the Fenby Harbour Inquiry on Tuesday, chaired by Ann Bell.",
      "The Fenby Commission, chaired by Ann Bell, held its second session on Tuesday.",
      // The next one.
      "The Fenby Trust will hold its next meeting on 3 May, chaired by Ann Bell.",
    ]) {
      expect(chairOf(sentence), sentence).toEqual([]);
    }
  });
});
