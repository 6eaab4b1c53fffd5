// What the rules take for a proposal and the structure of the sentence still keeps out (the vetoes of `proposes`).
// Every sentence is invented for this test.
import { describe, expect, it } from "vitest";
import { proposalFeatures, proposes } from "../../src/suggest/recommendations.js";

/** What `proposes` makes of a sentence the rules took (`rule`) for a proposal, or not. */
const decided = (sentence: string, rule: boolean) => proposes(sentence, { start: 0, end: sentence.length }, rule);

describe("proposals the rules find, and the vetoes, on invented sentences", () => {
  it("keeps the rules' demand on a body that can act", () => {
    for (const s of [
      "Ministers must fund every island ferry route for the next ten years.",
      "The Government should give island councils a seat on each ferry board.",
      "The charity has called for a five-year fund to dredge the county's small harbours.",
    ]) {
      expect(decided(s, true), s).toBe(true);
    }
  });

  it("leaves out a campaign named or won, where the calling word is a noun", () => {
    for (const s of [
      "In May the Campaign to Save Island Ferries held a public meeting in the harbour hall.",
      "A ferry skipper celebrating a successful campaign to keep his crossing has pledged to help another island.",
    ]) {
      expect(proposalFeatures(s)["calling:noun-use"], s).toBe(1);
      expect(decided(s, true), s).toBe(false);
    }
  });

  it("leaves out a call in the passive that names no caller, and keeps one that does", () => {
    expect(decided("Ministers were urged to act on the island ferries.", true)).toBe(false);
    expect(decided("Ministers were urged by the trust to fund the island ferries.", true)).toBe(true);
  });

  it("drafts nothing the rules do not propose", () => {
    for (const s of [
      "Ministers must fund every island ferry route for the next ten years.",
      "Our message to ministers is simple: fund the island ferries.",
      "The island ferries carried ninety thousand passengers last year.",
    ])
      expect(decided(s, false), s).toBe(false);
  });

  it("keeps the rules' vetoes: an idiom, a call of the past, an exhortation in a list of proposals", () => {
    expect(decided("The harbour guide is highly recommended reading for visitors.", true)).toBe(false);
    expect(decided("The charity had called for a survey of every harbour in 2019.", true)).toBe(false);
    expect(decided("- work together;", true)).toBe(false);
    expect(decided("- stop worrying about the headlines;", true)).toBe(false);
    expect(decided("- fund every island ferry route for ten years;", true)).toBe(true);
  });

  it("describes a sentence by its structure, never by its words", () => {
    const features = proposalFeatures(
      "Ministers were urged to act on the island ferries by the Campaign to Save Island Ferries.",
    );
    expect(Object.keys(features).length).toBeGreaterThan(0);
    for (const name of Object.keys(features)) expect(name).not.toMatch(/ferr|island|minist/iu);
  });
});
