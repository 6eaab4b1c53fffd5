// Repairs a damaged punctuation character from its context. Some scraped texts carry one wrong character (e.g. U+0E42
// "โ" after a bad encoding round trip) in place of ’, “, ” and –. Each replacement is one UTF-16 unit for one, so
// offsets into the repaired text are offsets into the original too.
import type { Repair } from "../model/corpus.js";

export interface RepairResult {
  text: string;
  repairs: Repair[];
  /** Offsets of damaged characters no rule could decide; left as they were. */
  unresolved: number[];
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
// What may stand before an opening quote besides a space: an opening bracket or another opening quote.
const BEFORE_OPENING = /[([{“‘—–]/u;
// What may follow a closing quote besides a space: punctuation that ends a clause.
const AFTER_CLOSING = /[.,;:!?)\]}”’]/u;

/**
 * Decides the replacement for a damaged character from the characters either side of it. `openQuotes` is how many
 * double quotes are open at this point: a word followed by the character and a space closes a quote when one is open,
 * and is a plural possessive (councils’ budgets) when none is.
 */
function decide(prev: string, next: string, openQuotes: number): Repair["rule"] | undefined {
  const prevWord = prev !== "" && WORD.test(prev);
  const nextWord = next !== "" && WORD.test(next);
  const prevSpace = prev === "" || SPACE.test(prev);
  const nextSpace = next === "" || SPACE.test(next);
  if (prevWord && nextWord) return "apostrophe"; // Council’s, don’t, you’ve
  if (prev === " " && next === " ") return "dash"; // accountability – one way
  if ((prevSpace || BEFORE_OPENING.test(prev)) && !nextSpace) return "opening-quote";
  if (!prevSpace && (nextSpace || AFTER_CLOSING.test(next))) {
    return openQuotes === 0 && prevWord && nextSpace ? "apostrophe" : "closing-quote";
  }
  return undefined;
}

const REPLACEMENT: Record<Repair["rule"], Repair["replacement"]> = {
  apostrophe: "’",
  dash: "–",
  "opening-quote": "“",
  "closing-quote": "”",
};

/** Replaces every `damaged` character in `text` by the punctuation its context calls for. Deterministic. */
export function repairText(text: string, damaged: string): RepairResult {
  if ([...damaged].length !== 1 || damaged.length !== 1) {
    throw new RangeError(`repairText: the damaged character must be one UTF-16 unit, got ${JSON.stringify(damaged)}`);
  }
  const repairs: Repair[] = [];
  const unresolved: number[] = [];
  let out = "";
  let last = 0;
  let openQuotes = 0;
  // Undamaged curly quotes between damaged characters count towards the open quotes too.
  const countQuotes = (from: number, to: number) => {
    for (let j = from; j < to; j++) {
      if (text[j] === "“") openQuotes++;
      else if (text[j] === "”") openQuotes = Math.max(0, openQuotes - 1);
    }
  };
  for (let i = text.indexOf(damaged); i !== -1; i = text.indexOf(damaged, i + 1)) {
    countQuotes(last, i);
    const rule = decide(text[i - 1] ?? "", text[i + 1] ?? "", openQuotes);
    if (rule === undefined) {
      unresolved.push(i);
      out += text.slice(last, i + 1);
      last = i + 1;
      continue;
    }
    if (rule === "opening-quote") openQuotes++;
    if (rule === "closing-quote") openQuotes = Math.max(0, openQuotes - 1);
    out += text.slice(last, i) + REPLACEMENT[rule];
    last = i + 1;
    repairs.push({ offset: i, replacement: REPLACEMENT[rule], rule });
  }
  return { text: out + text.slice(last), repairs, unresolved };
}

/** Parses the metadata spelling of a character: the character itself or `U+0E42`. */
export function parseCharacter(spelling: string): string | undefined {
  const m = /^U\+([0-9A-Fa-f]{4})$/.exec(spelling);
  if (m) return String.fromCharCode(parseInt(m[1]!, 16));
  return spelling.length === 1 ? spelling : undefined;
}
