// What the rules take for a proposal and the structure of the sentence still keeps out (the vetoes of `proposes`), at
// the places a proposal can be made. Every sentence is invented for this test.
import { describe, expect, it } from "vitest";
import { proposalFeatures, proposes, type ProposalContext } from "../../src/suggest/recommendations.js";

const at = (place: ProposalContext["place"], rule = false): ProposalContext => ({ place, rule, kind: "article" });
const decided = (sentence: string, context: ProposalContext) =>
  proposes(sentence, { start: 0, end: sentence.length }, context);

describe("proposals the rules find, and the vetoes, on invented sentences", () => {
  it("confirms the rules' demand on a body that can act, in narrative and in a speaker's words", () => {
    for (const s of [
      "Ministers must fund every island ferry route for the next ten years.",
      "The Government should give island councils a seat on each ferry board.",
      "The charity has called for a five-year fund to dredge the county's small harbours.",
    ]) {
      expect(decided(s, at("narrative", true)), s).toBe(true);
      expect(decided(s, at("speech", true)), s).toBe(true);
    }
  });

  it("leaves out a campaign named or won, where the calling word is a noun", () => {
    for (const s of [
      "In May the Campaign to Save Island Ferries held a public meeting in the harbour hall.",
      "A ferry skipper celebrating a successful campaign to keep his crossing has pledged to help another island.",
    ]) {
      expect(proposalFeatures(s, at("narrative"))["calling:noun-use"], s).toBe(1);
      expect(decided(s, at("narrative", true)), s).toBe(false);
    }
  });

  it("leaves out a call in the passive that names no caller, and keeps one that does", () => {
    expect(decided("Ministers were urged to act on the island ferries.", at("narrative", true))).toBe(false);
    expect(decided("Ministers were urged by the trust to fund the island ferries.", at("narrative", true))).toBe(true);
  });

  it("drafts nothing the rules do not propose", () => {
    for (const s of [
      "Ministers must fund every island ferry route for the next ten years.",
      "Our message to ministers is simple: fund the island ferries.",
      "The island ferries carried ninety thousand passengers last year.",
    ])
      expect(decided(s, at("narrative", false)), s).toBe(false);
  });

  it("keeps the rules' vetoes: an idiom, a call of the past, an exhortation in a list of proposals", () => {
    expect(decided("The harbour guide is highly recommended reading for visitors.", at("narrative", true))).toBe(false);
    expect(decided("The charity had called for a survey of every harbour in 2019.", at("narrative", true))).toBe(false);
    expect(decided("- work together;", { ...at("list", true), listItem: true })).toBe(false);
    expect(decided("- stop worrying about the headlines;", { ...at("list", true), listItem: true })).toBe(false);
    expect(decided("- fund every island ferry route for ten years;", { ...at("list", true), listItem: true })).toBe(
      true,
    );
  });

  it("describes a sentence by its structure, never by its words", () => {
    const features = proposalFeatures("Ministers must fund every island ferry route for ten years.", at("narrative"));
    expect(Object.keys(features).length).toBeGreaterThan(0);
    for (const name of Object.keys(features)) expect(name).not.toMatch(/ferr|island|minist/iu);
  });
});
