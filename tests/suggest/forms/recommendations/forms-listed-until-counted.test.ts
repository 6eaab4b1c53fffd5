// Stop 45: proposal forms no rule read on sets 72–73 and before (docs/real-texts.md, "Stop 45: chairs and
// recommendations, sets 72–73"): "advocates (for) …", "Further recommendations include …", "it is also crucial that
// …", a body's call in the present passive ("Harbour boards are also urged to …"), "consider" and an act ("should
// consider introducing …"), a call made again ("has renewed its calls for …"), a body that "needs a … strategy", what
// someone told a body it must do ("told the council that it must act"). Each is read and LISTED for review (the
// draft's header, Review), never drafted, whatever kind it would make, until a first-sight count says how often it is
// right (recommendations.ts, `unmeasured`). Next to them, the near forms that still propose nothing. Every name and
// sentence here is invented.
import { describe, expect, it } from "vitest";
import { drafted, proposalFacts } from "../../../../src/suggest/recommendations.js";
import { draftEveryProposal, draftOf, recommended } from "../../../helpers/draft.js";

const known = [{ id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] }];

const text = (sentence: string) => ["Island ferry fares rose again this spring.", "", sentence, ""].join("\n");

describe("a form read since the last first-sight count", () => {
  for (const sentence of [
    "The Fenby Trust advocates scrapping the ferry levy.",
    "Ann Bell, the trust's chair, advocated for a second ferry on the northern route.",
    "Further recommendations include making sure guidance on ferry passes is clear and easy to find.",
    "But it is also crucial that ferry timetables are checked for their reliability.",
    "Harbour boards are also urged to consider measures to soften the fare rise for island families.",
    "Ministers should consider introducing a ferry allowance for island carers, a review has found.",
    "The Fenby Trust has renewed its calls for a national ferry strategy.",
    "The government needs a new ferry strategy, the Fenby Trust said.",
    "Ann Bell told the council that it must act on ferry fares.",
    "Ann Bell told councillors that harbour boards must publish their fees.",
  ]) {
    it(`is listed, not drafted: '${sentence}'`, () => {
      const draft = draftOf(text(sentence), known);
      expect(recommended(draft), sentence).toEqual([]);
      expect(draft.unsure, sentence).toEqual([sentence]);
      // Read as a proposal all the same: drafted when every proposal is.
      expect(recommended(draftEveryProposal(text(sentence), known)), sentence).toHaveLength(1);
    });
  }

  it("is never drafted, even of a kind drafted: a body's 'must', a call for a thing by someone named", () => {
    for (const sentence of [
      "Harbour boards must consider introducing a ferry pass.",
      "The Fenby Trust has renewed its calls for a national ferry strategy.",
    ]) {
      const facts = proposalFacts(sentence, "narrative", "organisation");
      expect(facts.unmeasured, sentence).toBe(true);
      expect(drafted(facts), sentence).toBe(false);
      expect(drafted({ ...facts, unmeasured: false }), sentence).toBe(true);
    }
  });
});

describe("the near forms, still no proposal", () => {
  for (const sentence of [
    // Advocacy for oneself, a frame of mind, a question to weigh.
    "She spoke up for islanders unable to advocate for themselves.",
    "We should consider the wider picture before the vote.",
    "We should consider whether the levy is fair.",
    // News of calls, a notice to the public, a call of the past in the passive with no caller.
    "Amid renewed calls for a national ferry strategy, the minister left office.",
    "Residents are urged to report broken ferry gates to the harbour office.",
    "Ministers were urged to act.",
    // A body's need that is no plan of action; what was told that is a supposition or a feeling.
    "The council needs a new chief executive.",
    "Ann Bell told reporters that it must be hard for islanders.",
    "Ann Bell told me that they should be proud.",
  ]) {
    it(`proposes nothing: '${sentence}'`, () => {
      const draft = draftOf(text(sentence), known);
      expect(recommended(draft), sentence).toEqual([]);
      expect(draft.unsure ?? [], sentence).toEqual([]);
    });
  }
});
