// Questions the suggester asks of a list of spans for every sentence, quote or name of a text: which spans lie inside
// a passage, does any overlap it, which one holds an offset. Asked by scanning the whole list, they made `suggest`
// quadratic in the length of the text; here the list is sorted once and each question is a binary search, with the
// same answers in the same order as the scans (docs/reliability.md, "Large sources: checks that stay linear").
import type { Span } from "./text.js";

/** The number of items whose key is at most `at`, for keys in non-decreasing order. */
function countAtMost(keys: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of items whose key is below `at`, for keys in non-decreasing order. */
function countBelow(keys: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A list of spans in text order (by start, as paragraphs, sentences, quotations and mentions are listed). A list
 * out of order is answered by scanning it, as before: the answers never depend on the order being right.
 */
export class SpansInOrder<T extends Span> {
  private readonly starts: number[];
  private readonly sorted: boolean;
  /** For the last item ending by an offset: the smallest end from each index on. */
  private endsFrom: number[] | undefined;

  /** Whether the ends are in order too (as for spans that never overlap), and the ends. */
  private readonly ends: number[];
  private readonly endsSorted: boolean;

  constructor(readonly items: readonly T[]) {
    this.starts = items.map((s) => s.start);
    this.sorted = this.starts.every((s, i) => i === 0 || this.starts[i - 1]! <= s);
    this.ends = items.map((s) => s.end);
    this.endsSorted = this.ends.every((e, i) => i === 0 || this.ends[i - 1]! <= e);
  }

  /** Items with start ≥ span.start and end ≤ span.end, in list order. */
  inside(span: Span): T[] {
    return this.insideWhere(span, () => true);
  }

  /** Items inside `span` that also pass `test`, in list order. */
  insideWhere(span: Span, test: (item: T) => boolean): T[] {
    if (!this.sorted) return this.items.filter((m) => m.start >= span.start && m.end <= span.end && test(m));
    const out: T[] = [];
    // An item starting after the span's end ends after it too.
    for (let i = countBelow(this.starts, span.start); i < this.items.length && this.starts[i]! <= span.end; i++) {
      const m = this.items[i]!;
      if (m.end <= span.end && test(m)) out.push(m);
    }
    return out;
  }

  /** The first item, in list order, with start ≥ `from` that passes `test`. */
  firstFrom(from: number, test: (item: T) => boolean): T | undefined {
    const begin = this.sorted ? countBelow(this.starts, from) : 0;
    for (let i = begin; i < this.items.length; i++) {
      const m = this.items[i]!;
      if (m.start >= from && test(m)) return m;
    }
    return undefined;
  }

  /**
   * In list order, every item that starts before span.end and ends after span.start (and, where the list is not in
   * order of both starts and ends, others too: callers check).
   */
  overlapping(span: Span): T[] {
    const from = this.sorted && this.endsSorted ? countAtMost(this.ends, span.start) : 0;
    const to = this.sorted ? countBelow(this.starts, span.end) : this.items.length;
    return this.items.slice(from, Math.max(from, to));
  }

  /** Items whose start lies in [from, to), in list order. */
  startingIn(from: number, to: number): T[] {
    if (!this.sorted) return this.items.filter((m) => m.start >= from && m.start < to);
    const out: T[] = [];
    for (let i = countBelow(this.starts, from); i < this.items.length && this.starts[i]! < to; i++) {
      out.push(this.items[i]!);
    }
    return out;
  }

  /**
   * For spans that do not overlap (paragraphs, sentences, quotations): the one holding `at` as `holds` tells,
   * where `holds(span, at)` can be true only for the last span starting at or before `at`. Same as `find(holds)`.
   */
  at(at: number, holds: (item: T, at: number) => boolean): T | undefined {
    if (!this.sorted) return this.items.find((m) => holds(m, at));
    const i = countAtMost(this.starts, at) - 1;
    const m = this.items[i];
    return m && holds(m, at) ? m : undefined;
  }

  /** The last item, in list order, that ends at or before `at`: `filter((m) => m.end <= at).at(-1)`. */
  lastEndingBy(at: number): T | undefined {
    if (!this.endsFrom) {
      // Smallest end from each index on: non-decreasing, so the items ending by `at` all lie before the first index
      // whose smallest-end-from-here exceeds it, and the item just before that index is the last of them.
      this.endsFrom = new Array<number>(this.items.length);
      let min = Infinity;
      for (let i = this.items.length - 1; i >= 0; i--) this.endsFrom[i] = min = Math.min(min, this.items[i]!.end);
    }
    return this.items[countAtMost(this.endsFrom, at) - 1];
  }
}

/**
 * Any spans (overlapping or not, in any order), for two questions: does any of them overlap a span, does any cover
 * it? Spans added in order of their start cost nothing to add; out of order, the tail of the list is shifted.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  /** The largest end among the spans up to each index (by start). */
  private readonly maxEnds: number[] = [];

  constructor(spans: Iterable<Span> = []) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    for (const s of sorted) {
      this.starts.push(s.start);
      this.maxEnds.push((max = Math.max(max, s.end)));
    }
  }

  add(span: Span): void {
    const i = countAtMost(this.starts, span.start);
    this.starts.splice(i, 0, span.start);
    this.maxEnds.splice(i, 0, Math.max(i > 0 ? this.maxEnds[i - 1]! : -Infinity, span.end));
    // Later prefixes now reach at least span.end; once one already does, so do all after it.
    for (let k = i + 1; k < this.maxEnds.length && this.maxEnds[k]! < span.end; k++) this.maxEnds[k] = span.end;
  }

  /** Whether some span s has s.start < span.end and span.start < s.end (as `overlaps` in text.ts). */
  overlaps(span: Span): boolean {
    const before = countBelow(this.starts, span.end);
    return before > 0 && this.maxEnds[before - 1]! > span.start;
  }

  /** Whether some span s has s.start ≤ span.start and s.end ≥ span.end. */
  covers(span: Span): boolean {
    const from = countAtMost(this.starts, span.start);
    return from > 0 && this.maxEnds[from - 1]! >= span.end;
  }
}

/**
 * Which characters of a text lie in some span, for spans that are never empty and are added in any order: whether
 * a (non-empty) span overlaps one of them costs the span's length.
 */
export class CoveredText {
  private readonly covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }

  add(span: Span): void {
    this.covered.fill(1, span.start, span.end);
  }

  /** For a non-empty span: whether it overlaps a span added. */
  overlaps(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.covered[i]) return true;
    return false;
  }
}
