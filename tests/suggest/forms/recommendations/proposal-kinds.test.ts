// Which kinds of proposal the draft holds: each proposal the rules find is described by facts of structure (where it
// was found, what made it one, whose it is), and the kinds too often wrong on texts the rules had not seen are listed
// for the reviewer instead of drafted (recommendations.ts: only the kinds in KEPT are drafted). Every sentence is invented for this test.
import { describe, expect, it } from "vitest";
import {
  drafted,
  DROPPED_MEASURED,
  KEPT,
  factNames,
  proposalFacts,
  rightInTen,
} from "../../../../src/suggest/recommendations.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import { draftEveryProposal, draftOf, recommended } from "../../../helpers/draft.js";

describe("the measured share of the kinds not drafted", () => {
  it("is said as a reader says it, rounded to tenths", () => {
    expect(rightInTen({ found: 18, right: 11 })).toBe("six times in ten");
    expect(rightInTen({ found: 10, right: 7 })).toBe("seven times in ten");
    expect(rightInTen({ found: 10, right: 1 })).toBe("once in ten");
    expect(rightInTen({ found: 0, right: 0 })).toBe("never in ten");
    // Below four in five: a kind right that often would be drafted.
    expect(DROPPED_MEASURED.right / DROPPED_MEASURED.found).toBeLessThan(0.8);
  });
});

describe("the kind of a proposal", () => {
  it("reads 'should' and 'must' as whole words: not inside a name ('Shoulder-to-Wheel', 'Mustafa') or 'mustard'", () => {
    const trigger = (s: string) => proposalFacts(s, "speech", "person").trigger;
    expect(trigger("Ann Bell, Shoulder-to-Wheel's campaign director, said the meeting went well.")).toBe("imperative");
    expect(trigger("Tom Mustafa spoke about the mustard harvest.")).toBe("imperative");
    expect(trigger("Ministers shouldn't cut the ferry fund.")).toBe("should");
    expect(trigger("Councils mustn't close the last library.")).toBe("must");
  });

  it("names where it was found, what made it one, whose it is and the modal's subject", () => {
    const call = proposalFacts(
      "The Fenby Trust has called for a five-year fund to keep every island ferry running.",
      "narrative",
      "organisation",
    );
    expect(call).toMatchObject({ path: "narrative", trigger: "call", proposer: "organisation", past: true });
    const modal = proposalFacts("There should be a five-year fund for every island ferry.", "narrative", "source");
    expect(modal).toMatchObject({ trigger: "should", subject: "there", past: false, negated: false });
    const need = proposalFacts("We need to keep every island ferry running all winter.", "speech", "person");
    expect(need).toMatchObject({ trigger: "need", subject: "we" });
    const body = proposalFacts("Ministers must not cut the island ferry fund again.", "speech", "person");
    expect(body).toMatchObject({ trigger: "must", subject: "body", negated: true });
    expect(factNames(call)).toEqual(
      expect.arrayContaining(["path:narrative", "trigger:call", "narrative&call", "proposer:organisation", "past"]),
    );
  });

  it("drafts a body's 'must', a call quoted in part and a named call for a thing; lists the rest (stop 44)", () => {
    const facts = (path: Parameters<typeof proposalFacts>[1], s: string) =>
      proposalFacts(s, path, path === "narrative" ? "organisation" : "person");
    const call = "The trust has called for a five-year fund to keep every island ferry running.";
    const modal = "There should be a five-year fund for every island ferry.";
    // KEPT: each right at least four times in five on first sight, over five or more proposals.
    expect(drafted(facts("speech-around", "Every island ferry must be funded for five years."))).toBe(false);
    expect(drafted(facts("narrative", "Councils must fund every island ferry for five years."))).toBe(true);
    expect(drafted(facts("speech-around", "Ann Bell called on councils to “fund every island ferry”."))).toBe(true);
    expect(drafted(facts("reported", "The trust said we need to keep every island ferry running all winter."))).toBe(
      false,
    );
    expect(drafted(facts("speech", call))).toBe(true);
    expect(drafted(facts("reported", call))).toBe(true);
    expect(drafted(facts("narrative", call))).toBe(true);
    // Made by no one named, or the text's own "we call for": listed.
    expect(drafted(proposalFacts(call, "narrative", "source"))).toBe(false);
    expect(
      drafted(proposalFacts("We call for a five-year fund for every island ferry.", "narrative", "organisation")),
    ).toBe(false);
    // Listed: a speaker's "should" or "need", the narrative's modal, a call naming whom it calls on outside reported
    // speech, a spoken imperative, the text's own "we".
    expect(drafted(facts("speech", modal))).toBe(false);
    expect(drafted(facts("speech", "We need to keep every island ferry running all winter."))).toBe(false);
    expect(drafted(facts("speech", "The trust has argued for a five-year fund for every island ferry."))).toBe(false);
    expect(drafted(facts("narrative", modal))).toBe(false);
    expect(drafted(facts("narrative", "Every island ferry needs to run all winter."))).toBe(false);
    expect(drafted(facts("narrative", "The trust has campaigned for a five-year fund for every island ferry."))).toBe(
      false,
    );
    expect(
      drafted(
        proposalFacts("We urge the Government to fund every island ferry for five years.", "narrative", "organisation"),
      ),
    ).toBe(false);
    const imperative = facts("speech", "Give every island ferry a five-year fund.");
    expect(imperative.trigger).toBe("imperative");
    expect(drafted(imperative)).toBe(false);
    expect(KEPT).toContainEqual(["path:speech-around", "trigger:call"]);
    expect(KEPT).toHaveLength(3);
  });
});

describe("a draft, on invented texts", () => {
  const text = [
    "Island ferries in the north are losing money every winter.",
    "",
    "A petition signed by 3,000 islanders called for a five-year fund to keep every island ferry running through the winter.",
    "",
    "There should be a single timetable for every island ferry in the county, the report concludes.",
    "",
    "“Ministers must guarantee the winter sailings for five years at least,” said Ann Frith, a ferry skipper.",
    "",
  ].join("\n");

  const known = [{ id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] }];

  it("drafts neither the call nor the modal, and lists them for the reviewer; drafts what ministers must do", () => {
    const draft = draftOf(text, known);
    expect(recommended(draft)).toEqual(["Ministers must guarantee the winter sailings for five years at least"]);
    expect(draft.unsure).toEqual([
      "A petition signed by 3,000 islanders called for a five-year fund to keep every island ferry running through the winter.",
      "There should be a single timetable for every island ferry in the county, the report concludes.",
    ]);
    const file = renderDraft(draft, new Map());
    expect(file).toContain("# 2 passages that may propose something, not drafted");
    // The header quotes the measured share of the kinds not drafted, from the one constant beside DROPPED.
    expect(file).toContain(` right only ${rightInTen(DROPPED_MEASURED)} on texts the rules had not seen.`);
    // Each passage whole, as the source has it: pasteable as a claim's evidence.
    expect(file).toContain(
      '#     "A petition signed by 3,000 islanders called for a five-year fund to keep every island ferry running through the winter."\n',
    );
    expect(file).toContain(
      '#     "There should be a single timetable for every island ferry in the county, the report concludes."\n',
    );
  });

  it("lists nothing for the reviewer where every proposal is drafted", () => {
    const draft = draftOf(
      "“Ministers must guarantee the winter sailings of every island ferry for five years,” said Ann Frith, a ferry skipper.\n",
    );
    expect(recommended(draft)).toHaveLength(1);
    expect(draft.unsure).toEqual([]);
    expect(renderDraft(draft, new Map())).not.toContain("that may propose something, not drafted");
  });

  it("drafts every proposal found with --every-proposal, and lists none", () => {
    const draft = draftEveryProposal(text, known);
    expect(recommended(draft)).toEqual([
      "Ministers must guarantee the winter sailings for five years at least",
      "A petition signed by 3,000 islanders called for a five-year fund to keep every island ferry running through the winter.",
      "There should be a single timetable for every island ferry in the county, the report concludes.",
    ]);
    expect(draft.unsure).toEqual([]);
  });
});
