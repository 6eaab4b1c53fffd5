// The quote model: the candidate speakers of a quotation and their features on small texts written for this test
// (names and places invented), what it may decide (its scope), its decisions, the shipped model on texts the rules
// leave alone, and its training script run twice on a tiny annotated folder made here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  crossValidateQuotes,
  decidedSpeakers,
  main,
  QUOTE_THRESHOLD,
  trainQuotes,
} from "../../scripts/train-quotes.js";
import {
  decideSpeakers,
  openToModel,
  quoteModel,
  quoteModelAt,
  type QuoteCandidate,
} from "../../src/suggest/attribution.js";
import { KnownEntities } from "../../src/suggest/known.js";
import { modelJson, type Model } from "../../src/suggest/learn.js";
import { analyseText } from "../../src/suggest/suggest.js";
import { ROOT, tempDir } from "../helpers/corpus.js";
import { draftOf } from "../helpers/draft.js";
import { runScript } from "../helpers/script.js";

/** The text read with the shipped model (the default), or with `null`: the rules alone. */
const read = (text: string, model?: Model | null) =>
  model === undefined ? analyseText(text, new KnownEntities([])) : analyseText(text, new KnownEntities([]), model);
/** Who speaks each quotation of `text`, as [speaker key, the quotation's first words]. */
const speakers = (text: string, model?: Model | null) =>
  read(text, model).speeches.map((s) => [s.speaker, text.slice(s.quote.inner.start, s.quote.inner.start + 20)]);

/** A pull quote credited on its own line after a bar: no rule of speech.ts reads the credit. */
const CREDITED =
  "The ferry carries four hundred people a day.\n“We carry four hundred people a day and the council has never once asked us what we need” | Tom Reyes, Fenby Ferry";

describe("quote candidates", () => {
  it("are the people named near a quotation, the rules' speaker marked", () => {
    const text =
      "Ann Frith spoke after Tom Reyes. “The landlords have had every warning they could need,” Ann Frith said.";
    expect(
      read(text, null)
        .quoteCandidates.map((c) => [c.person, c.byRule])
        .sort(),
    ).toEqual([
      ["ann frith", true],
      ["tom reyes", false],
    ]);
  });

  it("are described by the structure around the names, never by the words of the text", () => {
    const text =
      "Ann Frith, who chairs the Fenby tenants’ group, was blunt.\n\n“The landlords have had every warning,” she said. “Nothing has been mended.”";
    const words = ["ann", "frith", "fenby", "tenants", "landlords", "warning", "blunt", "mended", "chairs", "group"];
    const candidates = read(text, null).quoteCandidates;
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates)
      for (const feature of Object.keys(c.features)) for (const w of words) expect(feature).not.toContain(w);
  });

  it("describe where the name stands, what joins it to the quotation and the quotation itself", () => {
    const [credit] = read(CREDITED, null).quoteCandidates;
    expect(credit?.person).toBe("tom reyes");
    expect(credit?.byRule).toBe(false);
    expect(credit?.features).toMatchObject({
      "side:after": 1,
      "scope:sentence": 1,
      "quote:words<=29": 1,
      "quote:one-person": 1,
      "nearest:after": 1,
    });
    const [said] = read("“Nothing has been mended in six years,” said Ann Frith.", null).quoteCandidates;
    expect(said?.features).toMatchObject({ "side:after": 1, "after:sentence:verb": 1, "name:after-verb": 1 });
    const [possessive] = read(
      "The report was Ann Frith’s. “Nothing has been mended in six years” was its first line.",
      null,
    ).quoteCandidates;
    expect(possessive?.features).toMatchObject({ "name:possessive": 1, "before:prev-sentence:possessive": 1 });
  });

  it("are none for a quotation the rules give to no one on purpose: a scare quote, a title of a work", () => {
    expect(
      read("The so-called “grey belt” land around Fenby was discussed by Ann Frith and Tom Reyes at length.", null)
        .quoteCandidates,
    ).toEqual([]);
    expect(
      read("Ann Frith gave a talk on “Planning for the Future of Rural Towns” at the library.", null).quoteCandidates,
    ).toEqual([]);
  });
});

describe("the scope of the model", () => {
  it("leaves to no one words a verb of speech gives someone unnamed, or a passive ('a friend of Name said', 'was described as')", () => {
    const friend =
      "Ann Frith has left the council. A friend of Ms Frith said: “She had simply had enough of the meetings.”";
    const described =
      "Tom Reyes opened the new depot on Monday. It was described as “the finest depot the county has ever built” by visitors.";
    for (const text of [friend, described]) {
      const candidates = read(text, null).quoteCandidates;
      expect(candidates.length).toBe(1);
      expect(openToModel(candidates[0]!.features)).toBe(false);
      expect(speakers(text)).toEqual([]);
    }
  });

  it("leaves to no one words of a clause about others ('who … and “…”') and one of a list of quotations", () => {
    const clause = "Jane Fenwick has met people who suffered abuse and “turned to betting as a way to shut that out”.";
    const listed = [
      "Tom Reed is the mayor of Kelby.",
      'The column goes on to argue that the Reed council\'s mixed signals on buses — "Reed says he will not raise fares," "Reed backs new bus deals" — have caused "worrying" doubt among drivers.',
    ].join("\n");
    for (const text of [clause, listed]) {
      expect(read(text, null).quoteCandidates.length).toBeGreaterThan(0);
      expect(read(text, null).quoteCandidates.some((c) => openToModel(c.features))).toBe(false);
      expect(speakers(text)).toEqual([]);
    }
  });
});

describe("the shipped model", () => {
  it("is read from src/suggest/models/quote.json, its features structural labels only", () => {
    const model = quoteModel()!;
    expect(model.threshold).toBe(QUOTE_THRESHOLD);
    for (const name of Object.keys(model.weights)) expect(name).toMatch(/^[a-z-]+:[a-z<=>0-9:-]+$|^gap[<=>]+\d+$/u);
  });

  it("gives a quotation the rules leave to no one to the one its credit names", () => {
    expect(speakers(CREDITED, null)).toEqual([]);
    expect(speakers(CREDITED)).toEqual([["tom reyes", "We carry four hundre"]]);
  });

  it("marks the claims on the words it gave, so the reviewer checks them first; the rules' quotations are not marked", () => {
    const remarked = draftOf(CREDITED).claims.filter((c) => c.comment?.includes("the quote model gave it"));
    expect(remarked.length).toBeGreaterThan(0);
    for (const c of remarked) {
      expect(c.from).toBe("tom-reyes");
      expect(c.comment).toMatch(/^no rule reads who said a quotation here; .* \(score 0\.\d\d\): check it$/u);
    }
    const byRule = draftOf("Ann Frith said: “The timetable has not changed since the winter of the floods.”\n");
    expect(byRule.claims.filter((c) => c.from === "ann-frith").length).toBeGreaterThan(0);
    for (const c of byRule.claims) expect(c.comment).toBeUndefined();
  });

  it("absent, leaves the rules alone: no file, no model", () => {
    expect(quoteModelAt(join(tempDir(), "quote.json"))).toBeUndefined();
    const bad = join(tempDir(), "quote.json");
    writeFileSync(bad, "{}");
    expect(() => quoteModelAt(bad)).toThrow(/not a quote model/u);
  });
});

describe("decideSpeakers", () => {
  const quote = (start: number) => ({ start, end: start + 10, inner: { start: start + 1, end: start + 9 } });
  const model = { decides: "quote", bias: 0, weights: { good: 3, bad: -3 }, threshold: 0.8 } as unknown as Model;
  const candidate = (q: ReturnType<typeof quote>, person: string, f: string, byRule = false): QuoteCandidate => ({
    quote: q,
    person,
    features: { [f]: 1, "quote:alone": 1 },
    byRule,
  });
  const both = { insideSentence: true, override: true };

  it("gives a quotation the rules left to its best candidate at or above the threshold, and nothing below", () => {
    const [a, b] = [quote(0), quote(20)];
    const decided = decideSpeakers(
      [candidate(a, "x", "good"), candidate(a, "y", "none"), candidate(b, "z", "none")],
      model,
    );
    expect(decided.map((d) => [d.quote.start, d.person, d.replaces])).toEqual([[0, "x", undefined]]);
  });

  it("gives no quotation of three words or fewer, or one a verb of speech introduces", () => {
    const short = { ...candidate(quote(0), "x", "good"), features: { good: 1, "quote:words<=3": 1 } };
    const verb = {
      ...candidate(quote(20), "x", "good"),
      features: { good: 1, "quote:alone": 1, "quote:lead-verb": 1 },
    };
    expect(decideSpeakers([short, verb], model, both)).toEqual([]);
  });

  it("gives a quotation inside a sentence only in the wider scope, and never a title's", () => {
    const inside = { ...candidate(quote(0), "x", "good"), features: { good: 1 } };
    const title = { ...candidate(quote(20), "x", "good"), features: { good: 1, "quote:title-case": 1 } };
    expect(decideSpeakers([inside, title], model, { insideSentence: false, override: false })).toEqual([]);
    expect(decideSpeakers([inside, title], model, both).map((d) => d.quote.start)).toEqual([0]);
  });

  it("replaces the rules' speaker only when asked to, and when it scores that one low and another high", () => {
    const [a, b] = [quote(0), quote(20)];
    const candidates = [
      candidate(a, "rule", "bad", true),
      candidate(a, "other", "good"),
      // The rules' speaker scored 0.5: kept, whatever the other scores.
      candidate(b, "rule", "none", true),
      candidate(b, "other", "good"),
    ];
    expect(decideSpeakers(candidates, model, { insideSentence: true, override: false })).toEqual([]);
    expect(decideSpeakers(candidates, model, both).map((d) => [d.quote.start, d.person, d.replaces])).toEqual([
      [0, "other", "rule"],
    ]);
  });
});

/**
 * A tiny annotated folder: two sources with quotations, their registry and hand quotations; `credited`, a third, the
 * pull quote whose credit no rule reads.
 */
function tinyFolder(credited = false): string {
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
    ...(credited ? { three: CREDITED } : {}),
  };
  const gold: Record<string, [string, string]> = {
    one: ["ann-frith", "Housing repairs have waited far too long"],
    two: ["tom-reyes", "Housing in Fenby needs a plan that lasts."],
    three: ["tom-reyes", "We carry four hundred people a day and the council has never once asked us what we need"],
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
    expect(first.model.threshold).toBe(QUOTE_THRESHOLD);
    expect(first.model.trainedOn.sources).toHaveLength(1);
  });

  it("counts the speakers a draft comes to as suggest takes them: the rules', the model's, the model's in place", () => {
    const quote = (start: number) => ({ start, end: start + 10, inner: { start: start + 1, end: start + 9 } });
    const [a, b] = [quote(0), quote(20)];
    const model = { decides: "quote", bias: 0, weights: { good: 3, bad: -3 }, threshold: 0.8 } as unknown as Model;
    const candidate = (q: ReturnType<typeof quote>, person: string, f: string, byRule: boolean, label: boolean) => ({
      candidate: { quote: q, person, features: { [f]: 1, "quote:alone": 1 }, byRule },
      example: { features: {}, label },
    });
    const candidates = [
      // The rules gave `a` to the wrong one, whom the model scores low, the model sure of the right one.
      candidate(a, "wrong", "bad", true, false),
      candidate(a, "right", "good", false, true),
      // The rules left `b`; the model gives it to its speaker.
      candidate(b, "speaker", "good", false, true),
    ];
    expect(decidedSpeakers(candidates, null)).toEqual({ drafted: 1, right: 0 });
    // The shipped scope replaces no rule speaker: `a` stays the rules'.
    expect(decidedSpeakers(candidates, model)).toEqual({ drafted: 2, right: 1 });
  });

  it("cross-validates set by set, beside the shipped model and the rules alone on the same set", () => {
    const tiny = tinyFolder(true);
    const root = tempDir();
    const a = join(root, "setA", "blog");
    const b = join(root, "setB", "news");
    cpSync(tiny, a, { recursive: true });
    cpSync(tiny, b, { recursive: true });
    const { drafts } = trainQuotes([a, b]);
    const given = { decides: "quote", bias: 5, weights: {}, threshold: 0.8 } as unknown as Model;
    const rows = crossValidateQuotes(drafts, {}, given);
    expect(rows.map((r) => `${r.group} ${r.mode}`).sort()).toEqual([
      "setA full",
      "setA none",
      "setB full",
      "setB none",
    ]);
    // Per set and mode: three hand speakers; the rules give two and leave the credited pull quote, which a "shipped"
    // model scoring every candidate high gives to its one candidate.
    for (const r of rows) {
      expect(r.gold).toBe(3);
      expect(r.rules).toEqual({ drafted: 2, right: 2 });
      expect(r.shipped).toEqual({ drafted: 3, right: 3 });
    }
    // The options given reach the models trained: at threshold 1 no quotation the rules left is given.
    for (const r of crossValidateQuotes(drafts, { threshold: 1 }, null)) expect([r.drafted, r.right]).toEqual([2, 2]);
  });

  it("says what it trained on and writes the model where it is told", () => {
    const dir = tinyFolder();
    const out = join(tempDir(), "quote.json");
    const run = runScript(main, [dir, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/: 2 sources, 4 quotations, 8 candidate speakers, 4 of them the speaker/u);
    expect(run.stdout).toMatch(/trained on 8 candidate speakers, 4 of them the speaker/u);
    expect(readFileSync(out, "utf8")).toBe(modelJson(trainQuotes([dir]).model));
    const cvOut = join(tempDir(), "cv.json");
    const cv = runScript(main, [dir, "--cv", "--out", cvOut]);
    expect(cv.status, cv.stderr).toBe(0);
    expect(cv.stdout).toContain("(cross-validation: no model written)");
    expect(cv.stdout).toMatch(/cross-validated, registry full.*\n {2}\S+ +F1 [\d.]+ .*\n {4}shipped model +F1 /u);
    expect(existsSync(cvOut)).toBe(false);
    // Run as `npm run train:quotes` runs it, in a process of its own: the usage error.
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/train-quotes.ts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage: npm run train:quotes");
  });
});
