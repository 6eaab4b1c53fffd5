// Stop 36: the kinds of proposal drafted by default, re-decided on sets 13 to 47 (docs/real-texts.md, "Stop 36:
// recommendations"). What a body that can act should, must or needs to do is drafted wherever the text says it (a
// speaker's words, reported speech, the narrative); so is a person's call that the text quotes in part. Next to them,
// the same words that ask nothing: negated, of the past, a question put, a title in quotation marks. And the list a
// line introduces with "some proposed …" is not a list of proposals. Every sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { drafted, factNames, introducesProposals, proposalFacts } from "../../../../src/suggest/recommendations.js";
import { draftEveryProposal, draftOf, recommended } from "../../../helpers/draft.js";

describe("a modal whose subject is a body that can act", () => {
  // Stop 44 (recommendations.ts, KEPT; chosen on first sight): a body's "must" is drafted wherever the text says it
  // (5 of 6); its "should" or "need" is listed (1 of 3 and 3 of 4 on first sight).
  it("is drafted with 'must' in a speaker's words and in reported speech; a body's 'should' or 'need' is listed", () => {
    const speech = "“The Government should fund every island ferry for five years,” said Ann Frith, a ferry skipper.\n";
    expect(recommended(draftOf(speech))).toEqual([]);
    expect(draftOf(speech).unsure).toHaveLength(1);
    expect(recommended(draftEveryProposal(speech))).toEqual([
      "The Government should fund every island ferry for five years",
    ]);
    const must = "“The Government must fund every island ferry for five years,” said Ann Frith, a ferry skipper.\n";
    expect(recommended(draftOf(must))).toEqual(["The Government must fund every island ferry for five years"]);
    const reported = "Tom Riggs, a harbour master, said councils must keep the winter sailings running.\n";
    expect(recommended(draftOf(reported))).toHaveLength(1);
    const narrative = "Local authorities need more money to dredge the small harbours, the association has said.\n";
    expect(recommended(draftOf(narrative))).toHaveLength(0);
    expect(recommended(draftEveryProposal(narrative))).toHaveLength(1);
  });

  it("reads the modal's subject as a body that can act, whatever the path; drafted with 'must'", () => {
    for (const path of ["speech", "speech-around", "reported", "narrative"] as const) {
      const must = proposalFacts("Ministers must guarantee the winter sailings.", path, "person");
      expect(must.subject, path).toBe("body");
      expect(drafted(must), path).toBe(true);
      const should = proposalFacts("The regulator should publish every harbour's fees.", path, "person");
      expect(should.subject, path).toBe("body");
      expect(drafted(should), path).toBe(false);
      // A thing as the subject ("every ferry must …"), "we" or "there": listed.
      expect(proposalFacts("Every island ferry must run all winter.", path, "person").subject, path).toBe("thing");
      expect(drafted(proposalFacts("Every island ferry must run all winter.", path, "person")), path).toBe(false);
      expect(drafted(proposalFacts("We need to keep every island ferry running.", path, "person")), path).toBe(false);
      expect(drafted(proposalFacts("There should be a single ferry timetable.", path, "person")), path).toBe(false);
    }
  });

  it("is not drafted in the text's own voice, as 'we' (listed with the text's own 'we should …')", () => {
    const own = "We believe the Government should fund every island ferry for five years.";
    expect(drafted(proposalFacts(own, "narrative", "organisation"))).toBe(false);
    expect(factNames(proposalFacts(own, "narrative", "organisation"))).toContain("narrative&we");
    expect(drafted(proposalFacts(own, "speech", "person"))).toBe(false);
  });

  it("is not drafted negated or of the past", () => {
    const facts = (s: string) => proposalFacts(s, "speech", "person");
    expect(facts("The committee should not become a court for harbour disputes.").negated).toBe(true);
    expect(drafted(facts("The committee should not become a court for harbour disputes."))).toBe(false);
    expect(facts("Councils must never be given the power to close a harbour.").negated).toBe(true);
    expect(drafted(facts("Councils must never be given the power to close a harbour."))).toBe(false);
    const past = "“The Government should have funded the ferries years ago,” said Ann Frith, a ferry skipper.\n";
    expect(recommended(draftOf(past))).toEqual([]);
  });

  it("is not drafted in a question put, nor in a title in quotation marks", () => {
    const question = "“Should the Government fund every island ferry?” asked Ann Frith, a ferry skipper.\n";
    expect(recommended(draftOf(question))).toEqual([]);
    const title =
      "Ann Frith, a ferry skipper, wrote the report “Why Councils Must Run the Ferries” in 2019 for the trust.\n";
    expect(recommended(draftOf(title))).toEqual([]);
  });

  it("is not drafted in an idiom or a chair's procedure", () => {
    const text = [
      "“I must say the councils have been patient,” said Ann Frith, a ferry skipper.",
      "",
      "Under the new rules, councils must publish their ferry timetables by March.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text))).toEqual([]);
  });
});

describe("a person's call that the text quotes in part", () => {
  it("is drafted", () => {
    const text = "Ann Frith, a ferry skipper, called for the “scandal of winter cancellations” to be ended.\n";
    expect(recommended(draftOf(text))).toHaveLength(1);
    const facts = proposalFacts(
      "Ann Frith called for the “scandal of winter cancellations” to be ended.",
      "speech-around",
      "person",
    );
    expect(facts).toMatchObject({ path: "speech-around", trigger: "call" });
    expect(drafted(facts)).toBe(true);
  });

  it("is not a call when its calling words name no call ('in favour of' a measure described)", () => {
    const text = "Ann Frith, a ferry skipper, said support for the winter fund was “overwhelming” in the town.\n";
    expect(recommended(draftOf(text))).toEqual([]);
  });
});

describe("the narrative's 'recommend' or 'propose' with no body that can act as its subject", () => {
  it("is listed for the reviewer, not drafted: news of what was proposed", () => {
    const text = "The harbour board last week published its plan, proposing a levy on visiting yachts.\n";
    const draft = draftOf(text);
    expect(recommended(draft)).toEqual([]);
    expect(draft.unsure).toHaveLength(1);
    expect(recommended(draftEveryProposal(text))).toHaveLength(1);
  });
});

describe("a list introduced with 'some proposed …'", () => {
  it("is not a list of proposals: its items (speakers and their towns) are not drafted", () => {
    const line = "Speakers then described the problems and some proposed remedies in their own harbours:";
    expect(introducesProposals(line)).toBe(false);
    const text = [
      "The harbour forum met in Fenby on Tuesday.",
      "",
      line,
      "",
      "  • Ann Frith - Fenby (UK)",
      "  • Tom Riggs - Polruan, Cornwall (UK)",
      "  • Ruth Dyer - Brest (FR)",
      "",
    ].join("\n");
    expect(recommended(draftEveryProposal(text))).toEqual([]);
  });

  it("still introduces proposals where the line makes them", () => {
    expect(introducesProposals("The forum proposed that the Government should:")).toBe(true);
    expect(introducesProposals("Our proposals:")).toBe(true);
  });
});
