// Finds evidence quotes in source texts. A quote is searched only in its own source, so the work grows with the
// size of that text, not with the corpus; and a source's quotes share one SourceQuotes (one search of the text, one
// folded copy of it, one table of line starts), so each quote adds work of its own length rather than another pass
// over the text (docs/reliability.md, "Large sources: checks that stay linear").
import { foldForMatching, type FoldedText } from "./fold.js";
import { TextSearch, type TextSearchOptions } from "./text-search.js";

export type QuoteMatch =
  | { found: true; start: number; end: number; /** Up to `occurrence` + 1. */ occurrences: number }
  | { found: false; occurrences: number; closest?: ClosestPassage };

export interface ClosestPassage {
  start: number;
  end: number;
  passage: string;
  /** Why it is close: the quote differs only in punctuation or spacing, or shares a long prefix or suffix. */
  reason: "punctuation-or-spacing" | "shared-prefix" | "shared-suffix";
}

/** A character inside a word: a letter, a digit, or an apostrophe or hyphen within one. */
const WORD = /[\p{L}\p{N}'’-]/u;

/**
 * `start`–`end` of `text` widened to whole words, without spaces at either end: a passage cut inside one ("delegation of pow") reads as a typo of its
 * own beside the quote it is shown for.
 */
export function wholeWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end > 0 && end < text.length && WORD.test(text[end - 1]!) && WORD.test(text[end]!)) end++;
  // Nor a line break or space at either end, shown as `\n` in a message.
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  while (start < end && /\s/u.test(text[start]!)) start++;
  return [start, end];
}

/**
 * What separates two paragraphs of a text: a blank line, or a line break when the text has no blank lines (as many
 * pasted articles, one paragraph a line). A passage lies within one paragraph, as Review's selection does.
 */
export function paragraphBreak(text: string): RegExp {
  return /\n[ \t]*\n/u.test(text) ? /\n[ \t]*\n/u : /\n/u;
}

/** The quotes of one source text: found, counted, or matched to the closest passage. */
export class SourceQuotes {
  private readonly search: TextSearch;
  private folded: { text: FoldedText; search: TextSearch } | undefined;
  private lineStarts: number[] | undefined;

  constructor(
    readonly text: string,
    private readonly options: TextSearchOptions = {},
  ) {
    this.search = new TextSearch(text, options);
  }

  /**
   * Finds the occurrence of `quote` asked for (1-based). `occurrences` counts up to one past it: enough to tell a
   * unique quote from a repeated one without scanning a long text for every copy of a short quote.
   */
  find(quote: string, occurrence = 1): QuoteMatch {
    const positions = this.search.occurrences(quote, occurrence + 1);
    const at = positions[occurrence - 1];
    if (at !== undefined) return { found: true, start: at, end: at + quote.length, occurrences: positions.length };
    return {
      found: false,
      occurrences: positions.length,
      closest: positions.length ? undefined : this.closest(quote),
    };
  }

  /** Every occurrence of `quote`, overlapping ones included. */
  count(quote: string): number {
    return this.search.occurrences(quote).length;
  }

  /** The 1-based line of the text an offset is on. */
  lineOf(offset: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    // The number of line starts at or before the offset.
    let lo = 0;
    let hi = this.lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The passage of the text most like `quote`, to show beside a quote that was not found. */
  closest(quote: string): ClosestPassage | undefined {
    const text = this.text;
    if (!this.folded) {
      const folded = foldForMatching(text);
      this.folded = { text: folded, search: new TextSearch(folded.folded, this.options) };
    }
    const t = this.folded.text;
    const q = foldForMatching(quote.trim()).folded;
    const folded = q.length > 0 ? this.folded.search.indexOf(q) : -1;
    if (folded !== -1) {
      const start = t.offsets[folded]!;
      const end = t.offsets[folded + q.length - 1]! + 1;
      return { start, end, passage: text.slice(start, end), reason: "punctuation-or-spacing" };
    }
    // Shorter shared ends than this are not shown, so their exact length is never needed.
    const minimum = Math.min(12, Math.ceil(quote.length / 3));
    const prefix = this.longestFoundEnd(quote, "prefix", minimum);
    const suffix = this.longestFoundEnd(quote, "suffix", minimum);
    if (Math.max(prefix.length, suffix.length) < minimum) return undefined;
    let start: number;
    let end: number;
    let reason: ClosestPassage["reason"];
    const suffixEnd = suffix.at + suffix.length;
    if (
      prefix.length >= minimum &&
      suffix.length >= minimum &&
      suffix.at >= prefix.at &&
      suffixEnd - prefix.at <= quote.length * 1.5
    ) {
      // Both ends found, in order and close: the passage runs from one to the other, whatever changed between them
      // (a word written longer or shorter than in the text moves the end otherwise).
      start = prefix.at;
      end = suffixEnd;
      reason = prefix.length >= suffix.length ? "shared-prefix" : "shared-suffix";
    } else if (prefix.length >= suffix.length) {
      start = prefix.at;
      end = Math.min(text.length, start + quote.length);
      reason = "shared-prefix";
    } else {
      end = suffix.at + suffix.length;
      start = Math.max(0, end - quote.length);
      reason = "shared-suffix";
    }
    [start, end] = wholeWords(text, start, end);
    return { start, end, passage: text.slice(start, end), reason };
  }

  /**
   * Longest piece of `needle` found in the text that is a prefix (or suffix) of it, by binary search on its length,
   * with where it first occurs; length 0 when not even `minimum` characters of it are found.
   */
  private longestFoundEnd(needle: string, end: "prefix" | "suffix", minimum: number): { length: number; at: number } {
    const piece = (n: number) => (end === "prefix" ? needle.slice(0, n) : needle.slice(needle.length - n));
    const first = this.search.indexOf(piece(minimum));
    if (first === -1) return { length: 0, at: -1 };
    let lo = minimum;
    let hi = needle.length;
    let at = first;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const i = this.search.indexOf(piece(mid));
      if (i === -1) hi = mid - 1;
      else {
        lo = mid;
        at = i;
      }
    }
    return { length: lo, at };
  }
}

/** `SourceQuotes.find` for a single quote. */
export function findQuote(text: string, quote: string, occurrence = 1): QuoteMatch {
  return new SourceQuotes(text).find(quote, occurrence);
}

/** Every occurrence of `quote` in `text`, overlapping ones included. */
export function countOccurrences(text: string, quote: string): number {
  return new SourceQuotes(text).count(quote);
}

/** The passage of `text` most like `quote`, to show beside a quote that was not found. */
export function closestPassage(text: string, quote: string): ClosestPassage | undefined {
  return new SourceQuotes(text).closest(quote);
}
