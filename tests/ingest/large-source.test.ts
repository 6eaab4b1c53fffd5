// Large sources: validating the quotes of one long source does work that grows linearly with it, measured by the steps
// of its searches (tests/helpers/work.ts), never by a clock; and the faster search finds exactly what indexOf finds.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearMissQuote, panelText } from "../../bench/panel-text.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { SourceQuotes, wholeWords, type ClosestPassage } from "../../src/ingest/quotes.js";
import { ANCHOR, searchWork, TextSearch } from "../../src/ingest/text-search.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, DATA_DIR } from "../helpers/corpus.js";
import { measureWork } from "../helpers/work.js";

/**
 * The shipped corpus plus a generated source of about `bytes`, annotated with every "The panel agreed …" sentence
 * of it (exact quotes) and every quoted speech typed with straight quotes (near misses).
 */
async function corpusWithLongSource(bytes: number): Promise<{ dir: string; text: string; nearMisses: number }> {
  const dir = copyFixture(DATA_DIR);
  const text = panelText(bytes, 2);
  writeFileSync(join(dir, "long.txt"), text);
  const added = await panelgraphIn(["add-source", "long.txt", "--title", "Long", "--id", "long", "--data", "."], {
    cwd: dir,
  });
  expect(added.code, added.stderr).toBe(0);
  const exact = [...text.matchAll(/The panel agreed that [^\n]*?\./gu)].map((m) => m[0]);
  const near = [...text.matchAll(/“[^”]*”/gu)].map((m) => m[0].replace(/[“”]/gu, '"'));
  const evidence = [...exact.map((q) => [q, "reported"]), ...near.map((q) => [q, "direct-quote"])]
    .map(([quote, kind]) => `      - quote: ${JSON.stringify(quote)}\n        kind: ${kind}\n`)
    .join("");
  writeFileSync(
    join(dir, "annotations", "long.yaml"),
    `source: long\nclaims:\n  - relation: covers\n    from: long\n    to: health-inequalities\n    evidence:\n${evidence}`,
  );
  return { dir, text, nearMisses: near.length };
}

describe("validating a long source", () => {
  it("does work that grows linearly with the source: 4× the text, its quotes and near misses cost < 4.8× the steps", async () => {
    const measure = async (bytes: number) => {
      const { dir, nearMisses } = await corpusWithLongSource(bytes);
      const raw = readCorpusFiles(dir);
      const work = measureWork(() => validateCorpus(raw));
      // Every near miss was reported as one, with the passage it misses.
      const reported = work.result.problems.filter((p) => p.hint?.startsWith("differs only in punctuation"));
      expect(reported).toHaveLength(nearMisses);
      return work;
    };
    const small = await measure(100_000);
    const large = await measure(400_000);
    expect(large.characters / small.characters).toBeLessThan(4.8);
    expect(large.elements / small.elements).toBeLessThan(4.8);
  });

  it("folds the source once, however many of its quotes are near misses", async () => {
    const { dir, text, nearMisses } = await corpusWithLongSource(100_000);
    const raw = readCorpusFiles(dir);
    const before = searchWork.folded;
    validateCorpus(raw);
    expect(nearMisses).toBeGreaterThan(50);
    // The source once, and each near miss itself.
    expect(searchWork.folded - before).toBeLessThan(text.length + nearMisses * 200);
  });

  it("reports a near miss of a long source with the passage and its line", async () => {
    const { dir, text } = await corpusWithLongSource(100_000);
    const { passage } = nearMissQuote(text);
    // The first place the passage occurs (a speech can be repeated word for word).
    const line = text.slice(0, text.indexOf(passage)).split("\n").length;
    const result = await panelgraphIn(["validate", "."], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `differs only in punctuation, quotes or spacing in sources/long.txt:${line}: ${JSON.stringify(passage)}`,
    );
  });
});

// The search as it was before the index: indexOf from the start, for every quote.
function plainOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

// The closest passage as it was found before (one fold of the whole text for every quote, indexOf on it): the
// reference the faster search must agree with.
const FOLD: Record<string, string> = { "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " " };
function plainFold(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(" ")) continue;
      folded += " ";
      offsets.push(i);
    } else {
      const low = ch.toLowerCase();
      folded += low;
      for (let k = 0; k < low.length; k++) offsets.push(i);
    }
  }
  return { folded, offsets };
}
function plainClosest(text: string, quote: string): ClosestPassage | undefined {
  const t = plainFold(text);
  const q = plainFold(quote.trim()).folded;
  const at = t.folded.indexOf(q);
  if (q.length > 0 && at !== -1) {
    const start = t.offsets[at]!;
    const end = t.offsets[at + q.length - 1]! + 1;
    return { start, end, passage: text.slice(start, end), reason: "punctuation-or-spacing" };
  }
  const longest = (end: "prefix" | "suffix") => {
    let best = { length: 0, at: -1 };
    for (let n = 1; n <= quote.length; n++) {
      const piece = end === "prefix" ? quote.slice(0, n) : quote.slice(quote.length - n);
      const i = text.indexOf(piece);
      if (i !== -1) best = { length: n, at: i };
    }
    return best;
  };
  const prefix = longest("prefix");
  const suffix = longest("suffix");
  const minimum = Math.min(12, Math.ceil(quote.length / 3));
  if (Math.max(prefix.length, suffix.length) < minimum) return undefined;
  const suffixEnd = suffix.at + suffix.length;
  // Both ends found, in order and close: from one to the other.
  if (
    prefix.length >= minimum &&
    suffix.length >= minimum &&
    suffix.at >= prefix.at &&
    suffixEnd - prefix.at <= quote.length * 1.5
  ) {
    const [start, end] = wholeWords(text, prefix.at, suffixEnd);
    const reason = prefix.length >= suffix.length ? "shared-prefix" : "shared-suffix";
    return { start, end, passage: text.slice(start, end), reason };
  }
  if (prefix.length >= suffix.length) {
    const [start, end] = wholeWords(text, prefix.at, Math.min(text.length, prefix.at + quote.length));
    return { start, end, passage: text.slice(start, end), reason: "shared-prefix" };
  }
  const [start, end] = wholeWords(
    text,
    Math.max(0, suffix.at + suffix.length - quote.length),
    suffix.at + suffix.length,
  );
  return { start, end, passage: text.slice(start, end), reason: "shared-suffix" };
}

// Texts of few letters repeat a lot, which is where an index could go wrong: the same quote many times, overlapping.
const letters = fc.constantFrom("a", "b", " ", "“", "”", "’", "'", "\n", "–", "A", "İ");
const text = fc.array(letters, { maxLength: 400 }).map((cs) => cs.join(""));
const quoteOf = (t: string) => {
  const made = fc.array(letters, { minLength: 1, maxLength: ANCHOR + 8 }).map((cs) => cs.join(""));
  // A piece of the text itself (never empty: from a text that is not).
  const piece = fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: ANCHOR * 3 }))
    .map(([at, length]) => t.slice(at % t.length, (at % t.length) + length));
  return t.length === 0 ? made : fc.oneof(made, piece);
};
const indexed = { minTextLength: 0, plainPasses: 0 };

describe("the search of a long text", () => {
  it("finds every occurrence indexOf finds, overlapping ones too, in order, through the index as without it", () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(quoteOf(t), { minLength: 1, maxLength: 6 }))),
        ([t, quotes]) => {
          const search = new TextSearch(t, indexed);
          for (const q of quotes) {
            expect(search.occurrences(q)).toEqual(plainOccurrences(t, q));
            expect(search.occurrences(q, 2)).toEqual(plainOccurrences(t, q).slice(0, 2));
            expect(search.indexOf(q)).toBe(t.indexOf(q));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("indexes a long text only once searching it plainly has cost two passes over it", () => {
    const long = panelText(100_000, 3);
    const search = new TextSearch(long);
    const before = searchWork.indexed;
    search.indexOf("not in the text at all, anywhere"); // one pass
    search.indexOf("not in the text either, anywhere"); // two
    expect(searchWork.indexed).toBe(before);
    search.indexOf("still not in the text, anywhere");
    expect(searchWork.indexed).toBe(before + 1);
    expect(new TextSearch("short text").occurrences("short text")).toEqual([0]);
    expect(searchWork.indexed).toBe(before + 1);
  });

  it("shows the closest passage a whole-text search shows, through the index as without it", () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(quoteOf(t), { minLength: 1, maxLength: 4 }))),
        ([t, quotes]) => {
          const plain = new SourceQuotes(t);
          const fast = new SourceQuotes(t, indexed);
          for (const q of quotes) {
            expect(plain.closest(q)).toEqual(plainClosest(t, q));
            expect(fast.closest(q)).toEqual(plainClosest(t, q));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shows the right passage after a letter whose lower case is longer (İ)", () => {
    const t = "İİİ wrote: “We need double and triple delegation.” Then Reed spoke.";
    const closest = new SourceQuotes(t).closest('"We need double and triple delegation."');
    expect(closest).toMatchObject({
      reason: "punctuation-or-spacing",
      passage: "“We need double and triple delegation.”",
    });
  });
});
