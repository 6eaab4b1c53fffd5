// Stop 47 (walkthrough w51, item 4): "The panel recommends that the Mayor publish …" in the chair's closing turn of a
// hearing's transcript is the session's proposal in the turn's own words, no question naming another's; its label
// reads the subjunctive as the act asked for ("The Mayor should publish …"). Which kinds are drafted stays the
// first-sight count's (recommendations.ts, KEPT): this one is listed. Every name and sentence here is invented.
import { describe, expect, it } from "vitest";
import { proposalLabel, proposalText } from "../../../../src/suggest/recommendations.js";
import { draftEveryProposal, draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const hearing = paragraphsText(
  "Island Transport Scrutiny Panel",
  "Transcript of the public hearing on the new ferry, held at the Guildhall on Thursday 7 May 2026.",
  "Present: Councillor Nora Vance (Chair), Councillor Ivo Quayle.",
  "Witnesses: Rafe Dunmore, Chief Executive, Fenby Ferries; Wren Hadley, Tarn Public Affairs.",
  "Councillor Nora Vance (Chair): Good morning and welcome to this public hearing. I will begin with Mr Dunmore.",
  "Rafe Dunmore: Thank you, Chair. The new ferry will serve every island, and we have met the Mayor twice.",
  "Councillor Ivo Quayle: Ms Hadley, did your firm arrange those meetings?",
  "Wren Hadley: We arranged one of them, at the operator's request.",
  "Councillor Nora Vance (Chair): Thank you all. The panel recommends that the Mayor publish a register of all meetings with the operator within twenty-eight days. The panel further recommends that no public money is committed to the harbour works until the survey has been published.",
  "Councillor Ivo Quayle: I support both recommendations.",
);

describe("the panel's own 'recommends that' in the chair's turn", () => {
  it("is listed as the session's, in the turn's own words, no question", () => {
    const draft = draftOf(hearing);
    const held = (draft.held ?? []).filter((h) => /^The panel/u.test(h.quote));
    expect(held.map((h) => h.quote)).toEqual([
      "The panel recommends that the Mayor publish a register of all meetings with the operator within twenty-eight days.",
      "The panel further recommends that no public money is committed to the harbour works until the survey has been published.",
    ]);
    for (const h of held) {
      expect(h.kind).toBe("direct-quote");
      expect(h.why).not.toMatch(/question/u);
      expect(h.whose.id).toMatch(/-session$/u);
    }
  });

  it("is labelled with 'should' for the subjunctive, drafted when every proposal is", () => {
    const draft = draftEveryProposal(hearing);
    const labels = draft.claims
      .filter((c) => c.relation === "recommends" && labelIn(draft, c.from) !== c.from)
      .map((c) => labelIn(draft, c.to));
    expect(labels).toContain("The Mayor should publish a register of all meetings with the operator");
  });
});

describe("a subjunctive after 'recommends that'", () => {
  it("reads as 'should' and the act, an indicative clause as it is", () => {
    expect(proposalLabel("The committee further recommends that the Department not proceed with the closure.")).toBe(
      "The Department should not proceed with the closure",
    );
    expect(proposalText("The panel recommends that ministers set out a timetable for the ferry strategy.")).toBe(
      "Ministers should set out a timetable for the ferry strategy",
    );
    expect(proposalLabel("We recommend that the council reviews its fees.")).toBe("The council reviews its fees");
  });
});
