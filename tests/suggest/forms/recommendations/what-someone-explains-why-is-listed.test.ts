// Stop 45 (sets 72 and 74): a proposal made as the reason someone gives, "Ann Bell explains why islands need to run
// their own ferries", "The storm shows why ferry planning should be a priority, says Ann Bell": the "why" clause is
// what was said or shown, as a "how" clause after "talked about" is, not a clause of the sentence's own. Read, and
// LISTED for review (recommendations.ts, `unmeasured`), never drafted until a first-sight count says how often it is
// right. Next to it, the "why" clauses that still propose nothing. Every name and sentence here is invented.
import { describe, expect, it } from "vitest";
import { draftEveryProposal, draftOf, recommended } from "../../../helpers/draft.js";

const text = (sentence: string) => ["Island ferry fares rose again this spring.", "", sentence, ""].join("\n");

describe("what someone explains, sets out or shows why", () => {
  for (const sentence of [
    "Ann Bell explains why island communities need to run their own ferries.",
    "Tom Reed set out why the harbour board should publish its fees.",
    "The winter storm shows why ferry planning should be a key priority for councils, says Ann Bell.",
  ]) {
    it(`is listed, not drafted: '${sentence}'`, () => {
      const draft = draftOf(text(sentence));
      expect(recommended(draft), sentence).toEqual([]);
      expect(draft.unsure, sentence).toEqual([sentence]);
      expect(recommended(draftEveryProposal(text(sentence))), sentence).toHaveLength(1);
    });
  }

  for (const sentence of [
    // One's own reasons, a question, a "why" no verb of saying or showing governs.
    "That is why we should keep the night ferry.",
    "Nobody knows why the board should meet in secret.",
    "Tom Reed asked why the harbour board should publish its fees.",
    // A document's account of a reason, and what a thing shows with no one's words framing it.
    "The review explains why harbour boards should care about river quality.",
    "The winter storm shows why ferry planning should be a key priority for councils.",
  ]) {
    it(`still proposes nothing: '${sentence}'`, () => {
      const draft = draftEveryProposal(text(sentence));
      expect(recommended(draft), sentence).toEqual([]);
      expect(draft.unsure, sentence).toEqual([]);
    });
  }
});
