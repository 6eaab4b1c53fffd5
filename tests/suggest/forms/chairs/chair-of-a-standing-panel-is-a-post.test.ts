// Stop 45 (set 74): "X, chair of the expert panel of the Fenby Relief Fund" is a post in a standing body (the fund's
// expert panel), not the chair of the session the text reports: a "panel" whose own word makes it a body doing work
// ("expert", "advisory", "independent", "review", …) right before it. Next to it, the chair of this panel or of a
// panel discussion, still read. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter } from "../../../helpers/draft.js";

describe("the chair of a standing panel is a post, not the session's chair", () => {
  for (const sentence of [
    "With us today is Ann Bell, chair of the expert panel of the Fenby Relief Fund.",
    "Ann Bell, chair of the advisory panel, gave evidence first.",
    "Ann Bell, who chaired the independent review panel, spoke first.",
  ])
    it(`reads no chair in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual([]);
    });

  for (const sentence of [
    "Ann Bell, chair of the panel, opened the debate.",
    "Ann Bell chaired the expert panel discussion.",
  ])
    it(`still reads Ann Bell in '${sentence}'`, () => {
      expect(chairsIn(draftOf(panelAfter(sentence)))).toEqual(["Ann Bell"]);
    });
});
