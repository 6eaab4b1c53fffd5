// Stop 44: the kinds of recommendation drafted are those, of the kinds drafted until stop 43, right at least four
// times in five on FIRST SIGHT, counted by the code that had never seen each set (sets 62–69; docs/real-texts.md, "Stop 44: recommendations on first sight";
// recommendations.ts, KEPT). Each kind kept is drafted; each kind now only listed is read as a proposal all the same
// (drafted with --every-proposal) and shows in the draft's header, where the reviewer sees it, not in its claims.
// Every name and sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { renderDraft } from "../../../../src/suggest/render.js";
import { draftEveryProposal, draftOf, recommended } from "../../../helpers/draft.js";

const known = [{ id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] }];

const text = (...sentences: string[]) =>
  ["Island ferry fares rose again this spring.", "", ...sentences, ""].join("\n");

describe("a kind right four times in five on first sight", () => {
  for (const [kind, sentence] of [
    [
      "a body's 'must' in a speaker's words",
      "“Ministers must keep every island ferry running,” said Ann Bell, a ferry skipper.",
    ],
    ["a body's 'must' in the narrative", "Harbour boards must publish their mooring fees every spring."],
    ["a call quoted in part", "Ann Bell called on councils to “keep every ferry desk open through the winter”."],
    ["a call for a thing by someone named", "The Fenby Trust has called for a national ferry strategy."],
  ] as const) {
    it(`is drafted: ${kind}`, () => {
      const draft = draftOf(text(sentence), known);
      expect(recommended(draft), sentence).toHaveLength(1);
      expect(draft.unsure, sentence).toEqual([]);
    });
  }
});

describe("a kind right less often on first sight, or found too seldom to judge", () => {
  for (const [kind, sentence] of [
    [
      "a body's 'should' in a speaker's words (1 of 3)",
      "“The Government should fund every island ferry,” said Ann Bell.",
    ],
    ["a speaker's 'we need' (3 of 14 for a speaker's 'need')", "“We need to keep the night crossing,” said Ann Bell."],
    ["a thing's 'should' in the narrative (2 of 2)", "Ferry fares should be capped at the bus fare."],
    [
      "a call naming whom it calls on, in the narrative (10 of 13)",
      "The Fenby Trust urged the council to reopen the pier.",
    ],
    ["a spoken imperative (none found)", "“Give every island a night boat,” said Ann Bell, a ferry skipper."],
    [
      "reported speech (8 of 9, never drafted as such)",
      "Tom Reed, a harbour master, said we need to keep the night crossing running.",
    ],
    [
      "a thing's 'must' in a speaker's words",
      "“Every island ferry must run through the winter,” said Ann Bell, a ferry skipper.",
    ],
    ["a speaker's 'let's' (0 of 1)", "“Let’s give the island towns their own ferry board,” said Ann Bell."],
  ] as const) {
    it(`is listed for review, not drafted: ${kind}`, () => {
      const draft = draftOf(text(sentence), known);
      expect(recommended(draft), sentence).toEqual([]);
      expect(draft.unsure, sentence).toHaveLength(1);
      const file = renderDraft(draft, new Map());
      expect(file).toContain("1 passage that may propose something, not drafted");
      expect(file).toContain(`#     ${JSON.stringify(draft.unsure![0])}\n`);
      // Read as a proposal all the same: drafted when every proposal is.
      expect(recommended(draftEveryProposal(text(sentence), known)), sentence).toHaveLength(1);
    });
  }

  it("is listed for review, not drafted: a list's items (7 of 25)", () => {
    const list = text(
      "The Fenby Trust's recommendations:",
      "",
      "- fund a night boat for every island;",
      "",
      "- cap island fares at the bus fare.",
    );
    const draft = draftOf(list, known);
    expect(recommended(draft)).toEqual([]);
    expect(draft.unsure).toEqual(["fund a night boat for every island", "cap island fares at the bus fare."]);
    expect(recommended(draftEveryProposal(list, known))).toHaveLength(2);
  });
});
