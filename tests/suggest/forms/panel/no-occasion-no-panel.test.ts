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

// Stop 39 (walkthrough w39, defect 4): a think-tank's post about a hearing it did not hold. The text tells of the
// occasion ("told the committee"), so c38's rule let a panel through, and every person quoted sat on it, the
// author's colleague too, his only quotation drafted as evidence of `panellist-in`.
const post = (...more: string[]) =>
  paragraphsText(
    "Why valley towns need a bus promise",
    "By Wren Hadley, Senior Fellow · 3 June 2024",
    "Last month the Valley Transport Committee heard evidence on buses in small towns.",
    "Nadia Brook of the Tollard Trust told the committee that half the evening buses had gone. Ivo Quayle, the chief executive of Fenby Coaches, said he had cut routes he could not run at a loss.",
    "“A cheap fare on a bus that never comes is worth nothing,” Ivo Quayle said.",
    "Our colleague Rafe Dunmore, who leads the Institute's work on council budgets, puts it simply: “Councils cannot sign ten-year bus contracts on one-year money.”",
    ...more,
  );

describe("a post about an occasion that names who was at it", () => {
  it("seats only those it names where it tells of the occasion, not a colleague quoted elsewhere", () => {
    const draft = draftOf(post());
    expect(panellistsIn(draft)).toEqual(["Ivo Quayle", "Nadia Brook"]);
    // His words are his own still, not lost with the seat.
    const rafe = draft.claims.filter((c) => labelIn(draft, c.from) === "Rafe Dunmore");
    expect(rafe.map((c) => c.relation)).not.toContain("panellist-in");
    expect(rafe.flatMap((c) => c.evidence.filter((e) => e.kind === "direct-quote").map((e) => e.quote))).toEqual([
      "Councils cannot sign ten-year bus contracts on one-year money.",
    ]);
  });

  it("drafts no panel when only one of those it quotes is named where it tells of the occasion", () => {
    const draft = draftOf(
      paragraphsText(
        "Why valley towns need a bus promise",
        "Nadia Brook of the Tollard Trust told the committee that half the evening buses had gone.",
        "Our colleague Rafe Dunmore, who leads the Institute's work on council budgets, puts it simply: “Councils cannot sign ten-year bus contracts on one-year money.”",
      ),
    );
    expect(sessionsIn(draft)).toEqual([]);
  });

  it("gives the byline's writer the post alone, not the date after it", () => {
    const roles = draftOf(post())
      .claims.filter((c) => c.relation === "affiliated-with" || c.role !== undefined)
      .map((c) => c.role);
    expect(roles).not.toContain("Senior Fellow · 3 June 2024");
    const draft = draftOf(post(), [], "Valley Institute");
    const hadley = draft.claims.find(
      (c) => c.relation === "affiliated-with" && labelIn(draft, c.from) === "Wren Hadley",
    );
    expect(hadley?.role).toBe("Senior Fellow");
    expect(hadley?.evidence.map((e) => e.quote)).toEqual(["Wren Hadley, Senior Fellow"]);
  });
});
