// Large sources: `suggest` does work that grows linearly with the text, measured by the steps of its array and string
// searches (tests/helpers/work.ts), never by a clock; and the span lists it asks its questions of answer as scans do.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { panelText } from "../../bench/panel-text.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { LoadedSource } from "../../src/model/corpus.js";
import { CoveredText, SpanSet, SpansInOrder } from "../../src/suggest/spans.js";
import { knownEntities, suggestAnnotations } from "../../src/suggest/suggest.js";
import { overlaps, type Span } from "../../src/suggest/text.js";
import { DATA_DIR, ROOT } from "../helpers/corpus.js";
import { measureWork } from "../helpers/work.js";

describe("suggest on a long source", () => {
  it("does work that grows linearly with the text: 4× the text costs < 4.8× the steps", () => {
    const raw = readCorpusFiles(DATA_DIR);
    const corpus = validateCorpus(raw);
    const known = knownEntities(raw, corpus, "generated");
    const measure = (bytes: number) => {
      const text = panelText(bytes, 1);
      const source = { file: "sources/generated.txt", text, meta: { id: "generated", title: "Generated" } };
      const work = measureWork(() =>
        suggestAnnotations(source as LoadedSource, known, new Set(corpus.entities.keys())),
      );
      // It read the text: people, quotes and claims in proportion to it.
      expect(work.result.found.quotes).toBeGreaterThan(bytes / 400);
      return work;
    };
    const small = measure(20_000);
    const large = measure(80_000);
    expect(large.result.claims.length / small.result.claims.length).toBeGreaterThan(3.5);
    expect(large.elements / small.elements).toBeLessThan(4.8);
    expect(large.characters / small.characters).toBeLessThan(4.8);
  });

  it("stays linear on a text written as one paragraph, its regular expressions counted too", () => {
    // What a name's paragraph says before it is read by regular expressions; counting those patches RegExp.prototype,
    // which slows every regular expression after it, so the count is made in a process of its own.
    const measure = (bytes: number) => {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "tests/helpers/work-child.ts", "suggest-one-paragraph", String(bytes)],
        { cwd: ROOT, encoding: "utf8", timeout: 240_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { elements: number; characters: number; claims: number };
    };
    const small = measure(20_000);
    const large = measure(80_000);
    expect(large.claims / small.claims).toBeGreaterThan(3.5);
    expect(large.elements / small.elements).toBeLessThan(4.8);
    expect(large.characters / small.characters).toBeLessThan(4.8);
    // Two processes each loading the suggester: a limit for a hang (beside other work it has taken 87 s).
  }, 600_000);
});

// Spans as the suggester has them: short, often touching or nested, some empty.
const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
const spans = fc.array(span, { maxLength: 30 });
const inTextOrder = spans.map((list) => [...list].sort((a, b) => a.start - b.start || a.end - b.end));
/** Spans that never overlap, in text order, as paragraphs, sentences and quotations are. */
const disjoint = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 8 })), { maxLength: 20 }).map((gaps) => {
  let at = 0;
  return gaps.map(([gap, length]) => ({ start: (at += gap), end: (at += length) }));
});

describe("span lists", () => {
  it("list what lies inside a span, and the first from an offset, as filter and find do", () => {
    fc.assert(
      fc.property(fc.oneof(inTextOrder, spans), span, fc.nat(70), (list, s, from) => {
        const inOrder = new SpansInOrder(list);
        expect(inOrder.inside(s)).toEqual(list.filter((m) => m.start >= s.start && m.end <= s.end));
        const odd = (m: Span) => m.end % 2 === 1;
        expect(inOrder.firstFrom(from, odd)).toBe(list.find((m) => m.start >= from && odd(m)));
        expect(inOrder.startingIn(from, from + 8)).toEqual(list.filter((m) => m.start >= from && m.start < from + 8));
        expect(inOrder.lastEndingBy(from)).toBe(list.filter((m) => m.end <= from).at(-1));
        const crossing = inOrder.overlapping(s).filter((m) => Math.max(m.start, s.start) < Math.min(m.end, s.end));
        expect(crossing).toEqual(list.filter((m) => Math.max(m.start, s.start) < Math.min(m.end, s.end)));
      }),
      { numRuns: 500 },
    );
  });

  it("find the span holding an offset, for spans that never overlap, as find does", () => {
    fc.assert(
      fc.property(disjoint, fc.nat(120), (list, at) => {
        const inOrder = new SpansInOrder(list);
        const holds = (m: Span) => m.start <= at && at < m.end;
        expect(inOrder.at(at, holds)).toBe(list.find(holds));
        const closed = (m: Span) => m.start <= at && at <= m.end - 1;
        expect(inOrder.at(at, closed)).toBe(list.find(closed));
      }),
      { numRuns: 500 },
    );
  });

  it("tell whether any span overlaps or covers a span, as some does, while spans are added in any order", () => {
    fc.assert(
      fc.property(spans, spans, fc.array(span, { maxLength: 10 }), (first, added, questions) => {
        const set = new SpanSet(first);
        const all = [...first];
        for (const s of added) {
          set.add(s);
          all.push(s);
          for (const q of questions) {
            expect(set.overlaps(q)).toBe(all.some((m) => overlaps(m, q)));
            expect(set.covers(q)).toBe(all.some((m) => m.start <= q.start && m.end >= q.end));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tell whether a non-empty span overlaps the text non-empty spans cover, as some does", () => {
    fc.assert(
      fc.property(spans, fc.array(span, { maxLength: 10 }), (all, questions) => {
        const added = all.filter((s) => s.end > s.start);
        const covered = new CoveredText(80);
        for (const s of added) covered.add(s);
        for (const q of questions.filter((q) => q.end > q.start)) {
          expect(covered.overlaps(q)).toBe(added.some((m) => overlaps(m, q)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
