// Nearest names, for "did you mean …" hints on unknown ids and names.

/**
 * Edit distance with an early exit once every alignment exceeds `max`: letters changed, dropped or added, and with
 * `swaps` a swap of two neighbouring letters as one edit too (Damerau-Levenshtein, optimal string alignment).
 */
function distance(a: string, b: string, max: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows, reused: the one before the previous (for a swap), the previous, the current.
  let before = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/** Levenshtein edit distance, with an early exit once every path exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  return distance(a, b, max, false);
}

/** Up to `limit` candidates closest to `name` (case-insensitive), nearest first, ties in alphabetical order. */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = name.toLowerCase();
  const max = Math.max(2, Math.floor(needle.length / 2));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    const distance = hay.includes(needle) || needle.includes(hay) ? 1 : editDistance(needle, hay, max);
    if (distance <= max) scored.push({ candidate, score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** Damerau-Levenshtein distance: a swap of two neighbouring letters is one edit, as is a letter changed, dropped or added. */
export function typoDistance(a: string, b: string, max = Infinity): number {
  return distance(a, b, max, true);
}
