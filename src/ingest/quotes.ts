// Finds evidence quotes in source texts. A quote is searched only in its own source, so the work grows with the
// size of that text, not with the corpus.

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

/**
 * Finds the occurrence of `quote` in `text` asked for (1-based). `occurrences` counts up to one past it: enough to
 * tell a unique quote from a repeated one without scanning a long text for every copy of a short quote.
 */
export function findQuote(text: string, quote: string, occurrence = 1): QuoteMatch {
  const positions: number[] = [];
  for (let i = text.indexOf(quote); i !== -1 && positions.length <= occurrence; i = text.indexOf(quote, i + 1)) {
    positions.push(i);
  }
  const at = positions[occurrence - 1];
  if (at !== undefined) return { found: true, start: at, end: at + quote.length, occurrences: positions.length };
  return {
    found: false,
    occurrences: positions.length,
    closest: positions.length ? undefined : closestPassage(text, quote),
  };
}

/** Every occurrence of `quote` in `text`, overlapping ones included. */
export function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) count++;
  return count;
}

// Straight and curly quotes, dashes and runs of spaces are where hand-typed quotes most often differ from the text.
const FOLD: Record<string, string> = { "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " " };

/** Folds punctuation and whitespace, keeping a map from each folded character back to its offset in the original. */
function fold(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(" ")) continue;
      folded += " ";
    } else folded += ch.toLowerCase();
    offsets.push(i);
  }
  return { folded, offsets };
}

/** Longest piece of `needle` found in `text` that is a prefix (or suffix) of it, by binary search on its length. */
function longestFoundEnd(text: string, needle: string, end: "prefix" | "suffix"): { length: number; at: number } {
  const piece = (n: number) => (end === "prefix" ? needle.slice(0, n) : needle.slice(needle.length - n));
  let lo = 0;
  let hi = needle.length;
  let at = -1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const i = text.indexOf(piece(mid));
    if (i === -1) hi = mid - 1;
    else {
      lo = mid;
      at = i;
    }
  }
  return { length: lo, at };
}

/** The passage of `text` most like `quote`, to show beside a quote that was not found. */
export function closestPassage(text: string, quote: string): ClosestPassage | undefined {
  const t = fold(text);
  const q = fold(quote.trim()).folded;
  const folded = t.folded.indexOf(q);
  if (q.length > 0 && folded !== -1) {
    const start = t.offsets[folded]!;
    const end = t.offsets[folded + q.length - 1]! + 1;
    return { start, end, passage: text.slice(start, end), reason: "punctuation-or-spacing" };
  }
  const prefix = longestFoundEnd(text, quote, "prefix");
  const suffix = longestFoundEnd(text, quote, "suffix");
  const minimum = Math.min(12, Math.ceil(quote.length / 3));
  if (Math.max(prefix.length, suffix.length) < minimum) return undefined;
  let start: number;
  let end: number;
  let reason: ClosestPassage["reason"];
  if (prefix.length >= suffix.length) {
    start = prefix.at;
    end = Math.min(text.length, start + quote.length);
    reason = "shared-prefix";
  } else {
    end = suffix.at + suffix.length;
    start = Math.max(0, end - quote.length);
    reason = "shared-suffix";
  }
  return { start, end, passage: text.slice(start, end), reason };
}
