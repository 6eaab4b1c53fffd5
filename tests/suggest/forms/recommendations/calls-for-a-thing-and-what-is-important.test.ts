// Stop 40: kinds of proposal drafted since sets 60 and 61 were read (docs/real-texts.md, "Stop 40: recommendations,
// sets 60–61"). A call for a thing made by someone the text names ("has called for a ferry strategy", "demands that
// the council act"); an impersonal "it is important to" and an act; a speaker's "there needs to be". Next to each,
// the near forms that must not be drafted: a call of the past, the noun "calls", a call made by no one named, a
// question, a frame of mind, a need denied or of the past. Every sentence here is invented.
import { describe, expect, it } from "vitest";
import { drafted, proposalFacts } from "../../../../src/suggest/recommendations.js";
import { draftOf, recommended } from "../../../helpers/draft.js";

const known = [
  { id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] },
  { id: "harbour-union", type: "organisation" as const, label: "Harbour Workers Union", aliases: [] },
];

describe("a call for a thing, made by someone the text names", () => {
  it("is drafted in the narrative and in reported speech", () => {
    const text = [
      "Ferry fares on the island routes rose again this spring.",
      "",
      "The Fenby Trust has called for a national ferry strategy as it gave evidence to the harbour inquiry.",
      "",
      "The Harbour Workers Union demands that the council take urgent action to keep the night crossing.",
      "",
      "Ann Bell, the trust's chair, spoke at the harbour meeting on Monday.",
      "",
      "She said the winter timetable was too thin, and called for a second boat on the northern route.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known)).sort()).toEqual([
      "She said the winter timetable was too thin, and called for a second boat on the northern route.",
      "The Fenby Trust has called for a national ferry strategy as it gave evidence to the harbour inquiry.",
      "The Harbour Workers Union demands that the council take urgent action to keep the night crossing.",
    ]);
  });

  it("is a call for a thing whatever the path, when someone named makes it", () => {
    for (const path of ["speech", "reported", "narrative"] as const) {
      const facts = proposalFacts("Tom Reed called for a new pier at the harbour mouth.", path, "person");
      expect(facts.callFor, path).toBe(true);
      expect(drafted(facts), path).toBe(true);
    }
  });

  it("is listed, not drafted, when no one named makes it", () => {
    const facts = proposalFacts("Petitions signed by 3,000 people called for a new pier.", "narrative", "source");
    expect(facts.callFor).toBe(true);
    expect(drafted(facts)).toBe(false);
  });

  it("is no call made now when placed in the past, nor the noun 'calls', nor a call not made", () => {
    for (const sentence of [
      "In 2016 the Fenby Trust called for a national ferry strategy.",
      "Years ago the Harbour Workers Union called for a second boat.",
      "He faced jeers from the quay and calls for a new chair of the board.",
    ]) {
      const facts = proposalFacts(sentence, "narrative", "organisation");
      expect(facts.callFor, sentence).toBe(false);
      expect(drafted(facts), sentence).toBe(false);
    }
    const text = [
      "Ferry fares on the island routes rose again this spring.",
      "",
      "The Fenby Trust had called for a national ferry strategy before the election.",
      "",
      "The Harbour Workers Union did not call for a second boat on the northern route.",
      "",
      "Will the Fenby Trust call for a national ferry strategy this year?",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
  });
});

describe("an impersonal 'it is important to' and an act", () => {
  // Stop 44: listed (the kind "important" was found once on first sight, wrong; recommendations.ts, KEPT).
  it("is read in reported speech and in a write-up's own words, and listed", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke at the harbour meeting on Monday.",
      "",
      "Ann Bell said it was important to keep the ferry desk open, rather than moving every booking online.",
      "",
      "It’s so important to change the way the islands are served in winter.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toEqual([
      "Ann Bell said it was important to keep the ferry desk open, rather than moving every booking online.",
      "It’s so important to change the way the islands are served in winter.",
    ]);
    expect(recommended(draftOf(text, known))).toEqual([]);
    expect(proposalFacts("It is vital to fund the night crossing.", "speech", "person").important).toBe(true);
  });

  it("is not drafted as a frame of mind, a state, a thing important to someone, negated, or a question", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke at the harbour meeting on Monday.",
      "",
      "Ann Bell said it was important to remember that the ferry is a lifeline.",
      "",
      "Ann Bell said it was important to be clear about the winter timetable.",
      "",
      "Ann Bell said it was important to the islanders that the boat kept running.",
      "",
      "Ann Bell said it was not important to keep the old ticket office.",
      "",
      "Is it important to keep the ferry desk open all year?",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
  });
});

describe("a speaker's 'there needs to be'", () => {
  // Stop 44: listed (a speaker's "should" 2 of 8 and "need" 3 of 14 on first sight).
  it("is read as a proposal, and listed", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke to the harbour forum.",
      "",
      "“There needs to be a ferry strategy for the whole coast, in my view,” said Ann Bell.",
      "",
      "“There should be a night crossing every day of the year,” said Ann Bell.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known, undefined, { everyProposal: true }))).toHaveLength(2);
    expect(recommended(draftOf(text, known))).toHaveLength(0);
    expect(draftOf(text, known).unsure).toHaveLength(2);
  });

  it("is not drafted negated, of the past, or in the narrative", () => {
    const text = [
      "Ann Bell, the trust's chair, spoke to the harbour forum.",
      "",
      "“There shouldn’t be a second ticket office on the quay,” said Ann Bell.",
      "",
      "“There should have been a night crossing last winter,” said Ann Bell.",
      "",
    ].join("\n");
    expect(recommended(draftOf(text, known))).toEqual([]);
    expect(drafted(proposalFacts("There needs to be a ferry strategy.", "narrative", "source"))).toBe(false);
  });
});
