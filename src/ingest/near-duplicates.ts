// Near-duplicate sources: a reprint, a syndicated copy, a second save of one page. Byte-identical texts are refused by
// add-source; these differ by a line or two, so they are compared as sets of word runs (w-shingles), by Jaccard share.

/** Words in a run: long enough that two unrelated texts on one subject share few runs. */
const SHINGLE_WORDS = 5;
/** A share of runs at or above this makes two texts near-duplicates. */
export const NEAR_DUPLICATE_SHARE = 0.8;
/** Runs kept per text for the first, cheap comparison (a bottom-k sketch); pairs it makes likely are measured whole. */
const SKETCH_SIZE = 64;
/** The sketch's estimate above which the whole sets are compared: below the threshold, as an estimate can be low. */
const SKETCH_SHARE = 0.6;

export interface Shingled {
  id: string;
  /** Hashes of the text's runs of SHINGLE_WORDS words (lower case, letters and digits only), each once, ascending. */
  runs: Uint32Array;
  /** The SKETCH_SIZE smallest of them, sorted. */
  sketch: number[];
}

export interface NearDuplicate {
  /** The two sources' ids, in the order given. */
  a: string;
  b: string;
  /** Runs shared, over runs in either: 0 to 1. */
  share: number;
}

function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A text as its runs of words, hashed: spacing, case, punctuation and line breaks do not count. */
export function shingle(id: string, text: string): Shingled {
  return shingledFrom(id, shingleRuns(text));
}

/** The hashes of a text's runs of words, each once, in ascending order: what a cache keeps of it. */
export function shingleRuns(text: string): Uint32Array {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(wordHash);
  const runs = new Set<number>();
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count && words.length > 0; i++) {
    let hash = 0;
    for (let j = i; j < Math.min(words.length, i + SHINGLE_WORDS); j++) hash = Math.imul(hash ^ words[j]!, 0x9e3779b1);
    runs.add(hash >>> 0);
  }
  return Uint32Array.from(runs).sort();
}

/** A text's shingles from its runs, in ascending order (shingleRuns). */
export function shingledFrom(id: string, runs: Uint32Array): Shingled {
  return { id, runs, sketch: [...runs.subarray(0, SKETCH_SIZE)] };
}

/** How runs are made: a cache keeps them under this version, so a change to shingleRuns is never read as old runs. */
export const SHINGLE_VERSION = `v1-${SHINGLE_WORDS}-words`;

/** Where validate takes a text's shingles from: computed each time, or kept between runs (./shingle-cache.ts). */
export interface Shingler {
  shingle(id: string, text: string): Shingled;
  /** Called once every source has been shingled: a cache may drop what no source asked for. */
  done?(): void;
}

/** The share of runs two texts have in common, estimated from their sketches: the smallest runs of the two together. */
function estimate(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let both = 0;
  let seen = 0;
  while (seen < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) both++;
    if (x <= y) i++;
    if (y <= x) j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}

/** The exact share of runs two texts have in common (Jaccard). */
export function sharedRuns(a: Shingled, b: Shingled): number {
  const [x, y] = [a.runs, b.runs];
  if (x.length + y.length === 0) return 0;
  // Both ascending: one pass over the two together.
  let both = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      both++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return both / (x.length + y.length - both);
}

/** Whether two texts are near-duplicates, and their share of runs when they are. */
export function nearDuplicateShare(a: Shingled, b: Shingled, threshold = NEAR_DUPLICATE_SHARE): number | undefined {
  const [small, large] = [a.runs.length, b.runs.length].sort((x, y) => x - y) as [number, number];
  // Jaccard can be no more than the smaller set over the larger: texts of very different lengths are never alike.
  if (large === 0 || small / large < threshold) return undefined;
  if (estimate(a.sketch, b.sketch) < SKETCH_SHARE) return undefined;
  const share = sharedRuns(a, b);
  return share >= threshold ? share : undefined;
}

/** Every pair of near-duplicate texts among `texts`, in their order. */
export function nearDuplicates(texts: Shingled[], threshold = NEAR_DUPLICATE_SHARE): NearDuplicate[] {
  const pairs: NearDuplicate[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const share = nearDuplicateShare(texts[i]!, texts[j]!, threshold);
      if (share !== undefined) pairs.push({ a: texts[i]!.id, b: texts[j]!.id, share });
    }
  }
  return pairs;
}

/** A share as a reader reads it: a whole percentage, never rounded up to 100 when the texts differ. */
export function percent(share: number): string {
  return `${share < 1 ? Math.min(99, Math.round(share * 100)) : 100}%`;
}
