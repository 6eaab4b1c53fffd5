// The learned proposal decision: what the shipped model makes of invented sentences at the places a proposal can be
// made, the vetoes the rules keep, and the training script on a tiny annotated folder made here. Every sentence is
// invented for this test.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelJson, reasons, shippedModel } from "../../src/suggest/learn.js";
import {
  proposalFeatures,
  proposes,
  recordProposals,
  type ProposalCandidate,
  type ProposalContext,
} from "../../src/suggest/recommendations.js";
import { proposalExamples, trainProposals } from "../../scripts/train-proposals.js";
import { tempDir } from "../helpers/corpus.js";

const at = (place: ProposalContext["place"], rule = false): ProposalContext => ({ place, rule, kind: "article" });
const decided = (sentence: string, context: ProposalContext) =>
  proposes(sentence, { start: 0, end: sentence.length }, context);

describe("the proposal model on invented sentences", () => {
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

  it("drafts nothing the rules do not propose, whatever the model would make of it", () => {
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

  it("says which features pushed a decision: structure, never the sentence's words", () => {
    const features = proposalFeatures("Ministers must fund every island ferry route for ten years.", at("narrative"));
    const pushed = reasons(shippedModel("proposal"), features, 5).map((r) => r.feature);
    expect(pushed.length).toBeGreaterThan(0);
    for (const name of Object.keys(features)) expect(name).not.toMatch(/ferr|island|minist/iu);
  });
});

describe("recording candidates for training", () => {
  it("passes each candidate to the recorder with its offsets, and lets the rules decide meanwhile", () => {
    const seen: ProposalCandidate[] = [];
    const text = "Intro. Island councils should run the ferries themselves.";
    const span = { start: 7, end: text.length };
    recordProposals((c) => seen.push(c));
    try {
      expect(proposes(text, span, at("narrative", false))).toBe(false);
      expect(proposes(text, span, at("narrative", true))).toBe(true);
    } finally {
      recordProposals(undefined);
    }
    expect(seen.map((c) => [c.start, c.end, c.text, c.rule])).toEqual([
      [7, text.length, "Island councils should run the ferries themselves.", false],
      [7, text.length, "Island councils should run the ferries themselves.", true],
    ]);
  });
});

/** A tiny annotated folder, laid out as `suggest --evaluate --data` takes it: one news report, one proposal in it. */
function tinyFolder(name: string, sentences: string[], proposal: string): string {
  const dir = join(tempDir(), name);
  mkdirSync(join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "annotations"), { recursive: true });
  const text = ["Ferry trust wants a ten-year fund", "", ...sentences].join("\n") + "\n";
  writeFileSync(join(dir, "sources", `${name}.txt`), text);
  writeFileSync(
    join(dir, "sources", `${name}.yaml`),
    [
      `id: ${name}`,
      `title: "Ferry trust wants a ten-year fund"`,
      "kind: article",
      `date: "2026-03-02"`,
      `origin: "written for this test"`,
      `sha256: ${createHash("sha256").update(text).digest("hex")}`,
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "registry.yaml"),
    [
      "organisations:",
      "  - id: island-ferries-trust",
      "    label: Island Ferries Trust",
      "recommendations:",
      "  - id: ten-year-ferry-fund",
      "    label: Ten-year ferry fund",
      "    text: A ten-year fund for every island ferry route.",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "annotations", `${name}.yaml`),
    [
      `source: ${name}`,
      "claims:",
      "  - relation: recommends",
      "    from: island-ferries-trust",
      "    to: ten-year-ferry-fund",
      "    evidence:",
      `      - quote: ${JSON.stringify(proposal)}`,
      "        kind: reported",
      "",
    ].join("\n"),
  );
  return dir;
}

describe("scripts/train-proposals.ts", () => {
  const a = () =>
    tinyFolder(
      "ferry-news-a",
      [
        "The Island Ferries Trust has called for a ten-year fund for every island ferry route.",
        "Crossings fell by a third last winter, the trust said.",
        "Passengers must wait an hour at the quay when a crossing is cancelled.",
      ],
      "The Island Ferries Trust has called for a ten-year fund for every island ferry route.",
    );
  const b = () =>
    tinyFolder(
      "ferry-news-b",
      [
        "Ministers should guarantee the ferry fund until 2036, the Island Ferries Trust said.",
        "The trust had called for a survey of every ferry in 2019.",
        "A campaign to save the night crossing was won last spring.",
      ],
      "Ministers should guarantee the ferry fund until 2036",
    );

  it("labels each candidate from the folder's hand annotations", () => {
    const found = proposalExamples(a());
    expect(found.sources).toBe(1);
    expect(found.examples.length).toBeGreaterThanOrEqual(2);
    const labelled = found.texts.map((t, i) => [t, found.examples[i]!.label]);
    expect(labelled).toContainEqual([
      "The Island Ferries Trust has called for a ten-year fund for every island ferry route.",
      true,
    ]);
    expect(labelled.filter(([, label]) => label)).toHaveLength(1);
  });

  it("makes the same model bytes from the same folders, in whatever order they are given", () => {
    const [first, second] = [a(), b()];
    const once = modelJson(trainProposals([first, second]));
    const again = modelJson(trainProposals([second, first]));
    expect(again).toBe(once);
    const model = JSON.parse(once) as { trainedOn: { examples: number; positives: number; sources: string[] } };
    expect(model.trainedOn.positives).toBe(2);
    expect(model.trainedOn.sources).toHaveLength(2);
  });
});
