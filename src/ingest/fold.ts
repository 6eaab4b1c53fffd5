// Folding a text for near-miss quotes: straight and curly quotes, dashes and runs of spaces are where hand-typed quotes
// most often differ from the text, and case too. A source is folded once, in one pass (quotes.ts keeps it), however
// many quotes are compared with it.
import { searchWork } from "./text-search.js";

export interface FoldedText {
  folded: string;
  /** The offset in the original text of each code unit of `folded`. */
  offsets: Uint32Array;
}

const FOLD: Record<string, string> = { "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " " };
const FOLD_CODE = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const SPACE = 0x20;

// Whitespace and lower case as /\s/ and toLowerCase() see a single code unit, remembered for those outside ASCII.
const spaces = new Map<number, boolean>();
const lowered = new Map<number, string>();
function isSpace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  let space = spaces.get(code);
  if (space === undefined) spaces.set(code, (space = /\s/u.test(String.fromCharCode(code))));
  return space;
}
function lower(code: number): string {
  let text = lowered.get(code);
  if (text === undefined) lowered.set(code, (text = String.fromCharCode(code).toLowerCase()));
  return text;
}

/**
 * `text` with ‘’“” made straight, dashes made hyphens, each run of whitespace made one space, and lower case; with
 * the offset each folded code unit comes from. Linear: the folded text is written into a buffer, never re-read.
 */
export function foldForMatching(text: string): FoldedText {
  searchWork.folded += text.length;
  let units = new Uint16Array(text.length + 16);
  let offsets = new Uint32Array(units.length);
  let length = 0;
  const put = (code: number, from: number) => {
    if (length === units.length) {
      // Only a letter whose lower case is longer (İ → i̇) makes the folded text longer than the text.
      const grown = new Uint16Array(units.length * 2);
      grown.set(units);
      units = grown;
      const grownOffsets = new Uint32Array(grown.length);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
    }
    units[length] = code;
    offsets[length++] = from;
  };
  for (let i = 0; i < text.length; i++) {
    const code = FOLD_CODE.get(text.charCodeAt(i)) ?? text.charCodeAt(i);
    if (isSpace(code)) {
      if (length === 0 || units[length - 1] !== SPACE) put(SPACE, i);
    } else if (code < 0x80) {
      put(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, i);
    } else {
      const low = lower(code);
      for (let k = 0; k < low.length; k++) put(low.charCodeAt(k), i);
    }
  }
  const chunks: string[] = [];
  for (let k = 0; k < length; k += 8192) {
    chunks.push(String.fromCharCode(...units.subarray(k, Math.min(length, k + 8192))));
  }
  return { folded: chunks.join(""), offsets: offsets.subarray(0, length) };
}
