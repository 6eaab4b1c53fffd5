// Stop 38 (a walkthrough's drafts): a text that tells of no occasion (an organisation's annual review, its chair and a
// board member quoted and posted) reports no panel; a write-up that names its session, its speakers or a chair does.
// Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const sessionsIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const panellistsIn = (draft: Draft): string[] =>
  [...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => labelIn(draft, c.from)))].sort();

const review = (...more: string[]) =>
  paragraphsText(
    "Fenby Rivers Trust annual review 2025",
    "By Ned Ashby, 5 March 2025",
    "Ann Bell, Chair of the Fenby Rivers Trust since May 2023, thanked the trust's volunteers.",
    "“This was the year the river came back,” Ann Bell said. “Otters are breeding again below the weir.”",
    "Tom Reed, Chief Executive of Marlow Council, joined the trust's board in February.",
    "“Every town on the river has a part to play,” Tom Reed said.",
    ...more,
  );

describe("a text that tells of no occasion", () => {
  it("reports no panel, however many people it quotes with their posts", () => {
    const draft = draftOf(review());
    expect(sessionsIn(draft)).toEqual([]);
    expect(panellistsIn(draft)).toEqual([]);
  });

  it("reports a panel once it names the occasion, its speakers or its chair", () => {
    for (const sentence of [
      "Both spoke at the trust's annual meeting in Marlow.",
      "The speakers took questions from the floor.",
      "Ann Bell and Tom Reed told the audience the work would go on.",
    ]) {
      const draft = draftOf(review(sentence));
      expect(panellistsIn(draft), sentence).toEqual(["Ann Bell", "Tom Reed"]);
    }
    const chaired = draftOf(review("Ida Lamb chaired."));
    expect(sessionsIn(chaired)).toHaveLength(1);
  });
});
