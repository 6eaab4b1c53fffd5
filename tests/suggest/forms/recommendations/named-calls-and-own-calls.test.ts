// Stop 39: kinds of proposal drafted since sets 56 to 59 were read (docs/real-texts.md, "Stop 39: recommendations,
// sets 56–59"). A call that names whom it calls on and what they are to do, made by someone the text names; a
// speaker's own "we should" or "we must"; what a thing needs, said by someone; a speaker's "let's …". Next to each,
// the near forms that must not be drafted: a call made by no one named, a call of the past, a passive headline, the
// noun "calls", a question, an idiom, negated or past modals, "we need", "let's hope". Every sentence here is invented.
import { describe, expect, it } from "vitest";
import { drafted, proposalFacts } from "../../../../src/suggest/recommendations.js";
import { draftOf, recommended } from "../../../helpers/draft.js";

const known = [
  { id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] },
  { id: "harbour-union", type: "organisation" as const, label: "Harbour Workers Union", aliases: [] },
];

describe("a call that names whom it calls on and what they are to do", () => {
  it("is drafted when an organisation the text names makes it, in the narrative", () => {
    const text = [
      "Ferry fares on the island routes rose again this spring.",
      "",
      "The Harbour Workers Union has urged the Government to freeze fares on every island route until 2030.",
      "",
      "The Fenby Trust is calling for the winter timetable to be restored before October.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toEqual([
      "The Harbour Workers Union has urged the Government to freeze fares on every island route until 2030.",
      "The Fenby Trust is calling for the winter timetable to be restored before October.",
    ]);
    // Stop 44 (recommendations.ts, KEPT): a call for a thing is drafted by default (8 of 10 on first sight), a call
    // that names whom it calls on is listed outside reported speech (10 of 13).
    expect(recommended(draftOf(text, known))).toEqual([
      "The Fenby Trust is calling for the winter timetable to be restored before October.",
    ]);
  });

  it("is read when a person makes it, and when the call is not to do something (listed since stop 44)", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke at the harbour meeting on Monday.",
      "",
      "Ann Bell urged councillors not to sell the harbour master's house.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toHaveLength(1);
    expect(recommended(draftOf(text, known))).toHaveLength(0);
  });

  it("is read whatever the path, with an adverb inside the infinitive, and listed (stop 44)", () => {
    for (const path of ["speech", "reported", "narrative"] as const) {
      const facts = proposalFacts("Tom Reed urged ministers to properly fund the island ferries.", path, "person");
      expect(facts.addressed, path).toBe(true);
      expect(drafted(facts), path).toBe(false);
    }
  });

  it("is read in the text's own voice ('I do urge', 'We urge'), and listed (stop 44)", () => {
    for (const s of [
      "I do urge every member of the trust to vote.",
      "We urge councils to keep the ferry desks open.",
    ]) {
      const facts = proposalFacts(s, "narrative", "source");
      expect(facts, s).toMatchObject({ addressed: true, subject: "we" });
      expect(drafted(facts), s).toBe(false);
    }
  });

  it("is listed, not drafted, when no one named makes it", () => {
    const text = [
      "Ferry fares on the island routes rose again this spring.",
      "",
      "A group of island parents has launched a campaign calling on the council to keep the school ferry.",
      "",
      "Petitions signed by more than 4,000 people called for the ferry desk to be reopened.",
      "",
    ].join("\n");
    const draft = draftOf(text, known);
    expect(recommended(draft)).toEqual([]);
    expect(draft.unsure?.length).toBeGreaterThan(0);
  });

  it("is not a call made now when placed in the past ('In 2015 …', 'years ago')", () => {
    for (const sentence of [
      "In 2015 the Harbour Workers Union urged the Government to freeze fares on every island route.",
      "Years ago the Fenby Trust called on the council to buy the old ferry.",
    ]) {
      const facts = proposalFacts(sentence, "narrative", "organisation");
      expect(facts.addressed, sentence).toBe(false);
      expect(drafted(facts), sentence).toBe(false);
    }
  });

  it("is not a call with no one called on, nor the noun 'calls', nor an end to something", () => {
    for (const sentence of [
      "Island minister urged to scrap the ferry levy", // a passive headline: who urged is not said
      "He faced shouts from the floor and calls for him to resign.",
      "The Fenby Trust called for an end to the ferry levy.",
      "The Fenby Trust called for changes to funding rules.",
    ])
      expect(proposalFacts(sentence, "narrative", "organisation").addressed, sentence).toBe(false);
  });

  it("is not drafted in a question", () => {
    const text = "Will the Fenby Trust urge the council to keep the ferry desk open?\n";
    expect(recommended(draftOf(text, known))).toEqual([]);
  });
});

describe("a speaker's own 'we should' or 'we must'", () => {
  // Stop 44: listed (0 of 1 on first sight; recommendations.ts, KEPT).
  it("is read as a proposal, and listed", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke to the harbour forum.",
      "",
      "“We must keep every island ferry running through the winter,” said Ann Bell.",
      "",
      "“We should give the harbour towns a share of the port fees,” said Ann Bell.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toHaveLength(2);
  });

  it("is not drafted negated, of the past, as 'we need', or as an idiom or a frame of mind", () => {
    const facts = (s: string) => proposalFacts(s, "speech", "person");
    expect(drafted(facts("We should not sell the harbour master's house."))).toBe(false);
    expect(drafted(facts("We need to keep every island ferry running."))).toBe(false);
    const text = [
      "“We should have kept the winter ferry running,” said Ann Bell.",
      "",
      "“I must say the council has been patient,” said Ann Bell.",
      "",
      "“We must remember that the ferry is a lifeline,” said Ann Bell.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
  });

  it("is not drafted in the text's own voice (the narrative's 'we' stays listed)", () => {
    expect(drafted(proposalFacts("We should give the harbour towns a share of the fees.", "narrative", "source"))).toBe(
      false,
    );
  });
});

describe("what a thing needs, said by someone", () => {
  // Stop 44: listed (found 4 times on first sight, right once; recommendations.ts, KEPT).
  it("is read as a proposal, and listed", () => {
    const facts = proposalFacts("The ferry levy needs to go, Tom Reed said.", "reported", "person");
    expect(facts).toMatchObject({ trigger: "need", subject: "thing" });
    expect(drafted(facts)).toBe(false);
    expect(drafted(proposalFacts("More harbour funding is needed.", "speech", "person"))).toBe(false);
  });

  it("is not drafted negated in a speaker's words or where no one named says it; of the past, reported all the same", () => {
    expect(drafted(proposalFacts("Tom Reed argued that the levy needed to go.", "reported", "person"))).toBe(false);
    expect(drafted(proposalFacts("The harbour no longer needs to be dredged every year.", "speech", "person"))).toBe(
      false,
    );
    expect(recommended(draftOf("“The ferry levy needn’t rise this year,” said Tom Reed.\n", known))).toEqual([]);
    expect(drafted(proposalFacts("The ferry levy needs to go.", "narrative", "source"))).toBe(false);
  });
});

describe("a speaker's 'let's …'", () => {
  // Stop 44: listed (found once on first sight, wrong).
  it("is read as a proposal, and listed", () => {
    const text = "“Let’s give the island towns their own ferry board,” said Ann Bell, the trust's chair.\n";
    expect(recommended(draftOf(text, known))).toHaveLength(0);
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toHaveLength(1);
    expect(proposalFacts("Let’s give the island towns their own ferry board.", "speech", "person").lets).toBe(true);
  });

  it("is not drafted as 'let's hope', 'let's be clear', or 'let us down'", () => {
    const text = [
      "“Let’s hope the new ferry arrives before the winter,” said Ann Bell.",
      "",
      "“Let’s be clear about the ferry timetable,” said Ann Bell.",
      "",
      "“We are angry with the councillors who have let us down so badly,” said Ann Bell.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
    const facts = proposalFacts("We are angry with the councillors who have let us down so badly.", "speech", "person");
    expect(facts.lets).toBe(false);
  });
});
