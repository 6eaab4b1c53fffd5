// The quote model: every quotation's candidate speakers and their features on small texts written for this test
// (names and places invented), its decisions, and its training script run twice on a tiny annotated folder made here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainQuotes } from "../../scripts/train-quotes.js";
import { decideSpeakers, quoteModel, type QuoteCandidate } from "../../src/suggest/attribution.js";
import { KnownEntities } from "../../src/suggest/known.js";
import { modelJson, type Model } from "../../src/suggest/learn.js";
import { analyseText } from "../../src/suggest/suggest.js";
import { ROOT, tempDir } from "../helpers/corpus.js";

const read = (text: string) => analyseText(text, new KnownEntities([]));
/** Who speaks each quotation of `text`, as [speaker key, the quotation's first words]. */
const speakers = (text: string) =>
  read(text).speeches.map((s) => [s.speaker, text.slice(s.quote.inner.start, s.quote.inner.start + 20)]);

describe("quote candidates", () => {
  it("are the people named near a quotation, the rules' speaker marked", () => {
    const text =
      "Ann Frith spoke after Tom Reyes. “The landlords have had every warning they could need,” Ann Frith said.";
    const candidates = read(text).quoteCandidates;
    expect(candidates.map((c) => [c.person, c.byRule]).sort()).toEqual([
      ["ann frith", true],
      ["tom reyes", false],
    ]);
  });

  it("are described by the structure around the names, never by the words of the text", () => {
    const text =
      "Ann Frith, who chairs the Fenby tenants’ group, was blunt. “The landlords have had every warning,” she said.";
    const words = ["frith", "fenby", "tenants", "landlords", "warning", "blunt"];
    for (const c of read(text).quoteCandidates)
      for (const feature of Object.keys(c.features)) for (const w of words) expect(feature).not.toContain(w);
  });
});

describe("a model's decisions", () => {
  it("is not shipped: without src/suggest/models/quote.json the rules decide alone", () => {
    // Measured before held-back set 5 was read, the model changed no count there (see docs/add-a-source.md).
    expect(quoteModel()).toBeUndefined();
    const text =
      "At the meeting, Dr Koby Lane was the first to respond. “We have asked for a proper building for six years and been given a marquee.” Others nodded.";
    expect(speakers(text)).toEqual([]);
  });

  it("trained on a folder, gives a quotation no rule reads to the one person named before it", () => {
    // "Name was the first to respond. “…”": no verb of speech, no colon — no rule of speech.ts gives it a speaker.
    const { model } = trainQuotes([tinyFolder()]);
    const text =
      "At the meeting, Dr Koby Lane was the first to respond. “We have asked for a proper building for six years and been given a marquee.” Others nodded.";
    const candidates = read(text).quoteCandidates;
    expect(candidates.map((c) => [c.person, c.byRule])).toEqual([["koby lane", false]]);
    expect(decideSpeakers(candidates, model).map((d) => d.person)).toEqual(["koby lane"]);
    // A scare quote in a sentence about two people: no one's.
    const scare = read(
      "The so-called “grey belt” land around Fenby was discussed by Ann Frith and Tom Reyes at length.",
    );
    expect(scare.quoteCandidates.length).toBe(2);
    expect(decideSpeakers(scare.quoteCandidates, model)).toEqual([]);
  });
});

describe("decideSpeakers", () => {
  const quote = (start: number) => ({ start, end: start + 10, inner: { start: start + 1, end: start + 9 } });
  const model = { decides: "quote", bias: 0, weights: { good: 3, bad: -3 }, threshold: 0.7 } as unknown as Model;
  const candidate = (q: ReturnType<typeof quote>, person: string, f: string, byRule = false): QuoteCandidate => ({
    quote: q,
    person,
    features: { [f]: 1, "quote:alone": 1 },
    byRule,
  });

  it("gives a quotation the rules left to its best candidate at or above the threshold, and nothing below", () => {
    const [a, b] = [quote(0), quote(20)];
    const decided = decideSpeakers(
      [candidate(a, "x", "good"), candidate(a, "y", "none"), candidate(b, "z", "none")],
      model,
    );
    expect(decided.map((d) => [d.quote.start, d.person, d.replaces])).toEqual([[0, "x", undefined]]);
  });

  it("gives no quotation inside a sentence, or one a verb of speech introduces: the rules read those on purpose", () => {
    const inside = { ...candidate(quote(0), "x", "good"), features: { good: 1 } };
    const verb = {
      ...candidate(quote(20), "x", "good"),
      features: { good: 1, "quote:alone": 1, "quote:lead-verb": 1 },
    };
    expect(decideSpeakers([inside, verb], model)).toEqual([]);
  });

  it("replaces the rules' speaker only when it scores that one low and another high", () => {
    const [a, b] = [quote(0), quote(20)];
    const decided = decideSpeakers(
      [
        candidate(a, "rule", "bad", true),
        candidate(a, "other", "good"),
        // The rules' speaker scored 0.5: kept, whatever the other scores.
        candidate(b, "rule", "none", true),
        candidate(b, "other", "good"),
      ],
      model,
    );
    expect(decided.map((d) => [d.quote.start, d.person, d.replaces])).toEqual([[0, "other", "rule"]]);
  });
});

/** A tiny annotated folder: two sources with quotations, their registry and hand quotations. */
function tinyFolder(): string {
  const dir = tempDir();
  for (const sub of ["sources", "annotations"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, "registry.yaml"),
    [
      "people:",
      "  - { id: ann-frith, label: Ann Frith }",
      "  - { id: tom-reyes, label: Tom Reyes }",
      "themes:",
      "  - { id: housing, label: Housing }",
      "",
    ].join("\n"),
  );
  const texts: Record<string, string> = {
    one: "Ann Frith spoke after Tom Reyes. “Housing repairs have waited far too long,” Ann Frith said.",
    two: "Tom Reyes was the first to respond. “Housing in Fenby needs a plan that lasts.” Ann Frith nodded.",
  };
  const gold: Record<string, [string, string]> = {
    one: ["ann-frith", "Housing repairs have waited far too long"],
    two: ["tom-reyes", "Housing in Fenby needs a plan that lasts."],
  };
  for (const [id, text] of Object.entries(texts)) {
    writeFileSync(join(dir, "sources", `${id}.txt`), text);
    const sha256 = createHash("sha256").update(text).digest("hex");
    writeFileSync(
      join(dir, "sources", `${id}.yaml`),
      `id: ${id}\ntitle: "Source ${id}"\nkind: article\norigin: "written for this test"\nsha256: ${sha256}\n`,
    );
    const [from, quote] = gold[id]!;
    writeFileSync(
      join(dir, "annotations", `${id}.yaml`),
      [
        `source: ${id}`,
        "claims:",
        "  - relation: spoke-on",
        `    from: ${from}`,
        "    to: housing",
        "    evidence:",
        `      - { quote: "${quote}", kind: direct-quote }`,
        "",
      ].join("\n"),
    );
  }
  return dir;
}

describe("the training script", () => {
  it("labels each candidate from the hand quotations and gives the same model bytes on the same folder", () => {
    const dir = tinyFolder();
    const first = trainQuotes([dir]);
    const second = trainQuotes([dir]);
    expect(modelJson(first.model)).toBe(modelJson(second.model));
    // Two sources, two registry modes, one quotation each with two candidates: the hand speaker is the positive.
    expect(first.folders).toEqual([{ folder: dir, sources: 2, quotations: 4, examples: 8, positives: 4 }]);
    expect(first.model.threshold).toBe(0.7);
  });

  it("says what it trained on and writes the model where it is told", () => {
    const dir = tinyFolder();
    const out = join(tempDir(), "quote.json");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/train-quotes.ts", dir, "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/: 2 sources, 4 quotations, 8 candidate speakers, 4 of them the speaker/u);
    expect(run.stdout).toMatch(/trained on 8 candidate speakers, 4 of them the speaker/u);
    expect(readFileSync(out, "utf8")).toBe(modelJson(trainQuotes([dir]).model));
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/train-quotes.ts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage: npm run train:quotes");
  });
});
