// Searching one long text for many quotes. `indexOf` from the start of the text for every quote costs the quote's
// position each time, which for a source of megabytes and thousands of quotes (a `suggest` draft is checked quote by
// quote) is quadratic. So once plain searching of a long text has cost a few passes over it, the text is indexed:
// every position is filed under a hash of the ANCHOR characters starting there, and a quote is then looked for only
// where its rarest run of ANCHOR characters occurs. The answers are indexOf's, in the same order (docs/reliability.md,
// "Large sources: checks that stay linear").
import { INDEXED_TEXT_MIN } from "../model/settings.js";

/** Quotes at least this long are found through the index; shorter ones by indexOf. */
export const ANCHOR = 12;

export interface TextSearchOptions {
  /** Texts shorter than this are never indexed (default INDEXED_TEXT_MIN). */
  minTextLength?: number;
  /** How many passes over the text plain searching may cost before the text is indexed (default 2). */
  plainPasses?: number;
}

/**
 * Work done so far, for tests to check that it grows linearly with a source (tests/ingest/large-source.test.ts):
 * characters stepped over by searches (plain scans, and quotes checked at a candidate position), texts indexed,
 * and characters folded (fold.ts).
 */
export const searchWork = { characters: 0, indexed: 0, folded: 0 };

const MULTIPLIER = 0x01000193;

/** The positions of a text filed by the hash of the ANCHOR characters that start there, bucket by bucket. */
class AnchorIndex {
  private readonly mask: number;
  /** Bucket b's positions are `positions[starts[b]]` up to `positions[starts[b + 1]]`, in increasing order. */
  private readonly starts: Uint32Array;
  private readonly positions: Uint32Array;
  /** MULTIPLIER ** (ANCHOR - 1), to take the oldest character out of a rolling hash. */
  private static readonly top = (() => {
    let p = 1;
    for (let i = 1; i < ANCHOR; i++) p = Math.imul(p, MULTIPLIER);
    return p;
  })();

  constructor(private readonly text: string) {
    const windows = Math.max(0, text.length - ANCHOR + 1);
    // About four positions a bucket when every window differs.
    let bits = 4;
    while (1 << (bits + 2) < windows && bits < 26) bits++;
    this.mask = (1 << bits) - 1;
    const starts = new Uint32Array((1 << bits) + 1);
    this.eachWindow(text, (_, bucket) => starts[bucket + 1]!++);
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    const fill = starts.slice(0, -1);
    const positions = new Uint32Array(windows);
    this.eachWindow(text, (at, bucket) => (positions[fill[bucket]!++] = at));
    this.starts = starts;
    this.positions = positions;
    searchWork.indexed++;
  }

  private bucketOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }

  /** Calls `visit(position, bucket)` for each window of ANCHOR characters of `text`, by a rolling hash. */
  private eachWindow(text: string, visit: (at: number, bucket: number) => void): void {
    if (text.length < ANCHOR) return;
    let hash = 0;
    for (let i = 0; i < ANCHOR; i++) hash = (Math.imul(hash, MULTIPLIER) + text.charCodeAt(i)) | 0;
    visit(0, this.bucketOf(hash));
    for (let i = ANCHOR; i < text.length; i++) {
      hash =
        (Math.imul(hash - Math.imul(text.charCodeAt(i - ANCHOR), AnchorIndex.top), MULTIPLIER) + text.charCodeAt(i)) |
        0;
      visit(i - ANCHOR + 1, this.bucketOf(hash));
    }
  }

  /** Where `quote` (at least ANCHOR long) occurs, in increasing order, up to `limit` positions. */
  occurrences(quote: string, limit: number): number[] {
    // The quote's window with the fewest positions in the text: every occurrence has that window at that offset.
    let best = -1;
    let bestBucket = 0;
    let bestSize = Infinity;
    this.eachWindow(quote, (offset, bucket) => {
      const size = this.starts[bucket + 1]! - this.starts[bucket]!;
      if (size < bestSize) [best, bestBucket, bestSize] = [offset, bucket, size];
    });
    const found: number[] = [];
    const end = this.starts[bestBucket + 1]!;
    for (let k = this.starts[bestBucket]!; k < end && found.length < limit; k++) {
      const at = this.positions[k]! - best;
      if (at < 0 || at + quote.length > this.text.length) continue;
      searchWork.characters += quote.length;
      if (this.text.startsWith(quote, at)) found.push(at);
    }
    return found;
  }
}

/** One text, searched for many quotes: indexOf's answers, indexed once plain searching has cost enough. */
export class TextSearch {
  private index: AnchorIndex | undefined;
  private scanned = 0;
  private readonly indexable: boolean;
  private readonly plainPasses: number;

  constructor(
    readonly text: string,
    options: TextSearchOptions = {},
  ) {
    this.indexable = text.length >= (options.minTextLength ?? INDEXED_TEXT_MIN);
    this.plainPasses = options.plainPasses ?? 2;
  }

  /** Where `quote` occurs (overlapping occurrences included), in increasing order, up to `limit` positions. */
  occurrences(quote: string, limit = Infinity): number[] {
    if (this.indexable && quote.length >= ANCHOR && this.scanned >= this.plainPasses * this.text.length) {
      this.index ??= new AnchorIndex(this.text);
      return this.index.occurrences(quote, limit);
    }
    const found: number[] = [];
    let at = this.text.indexOf(quote);
    while (at !== -1 && found.length < limit) {
      found.push(at);
      // (Past the end only an empty quote would be found again, forever.)
      if (found.length < limit) at = at >= this.text.length ? -1 : this.text.indexOf(quote, at + 1);
    }
    const stepped = at === -1 || found.length < limit ? this.text.length : at + quote.length;
    this.scanned += stepped;
    searchWork.characters += stepped;
    return found;
  }

  /** The first occurrence of `quote`, or -1. */
  indexOf(quote: string): number {
    return this.occurrences(quote, 1)[0] ?? -1;
  }
}
