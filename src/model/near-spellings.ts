// Two names that may be one name with a slip of the pen ("Bartolomew Quig", "Bartholomew Quigg"): `suggest` asks the
// reviewer whether a new person is a known one by it, `validate` warns of two people of the corpus named so.
import { typoDistance } from "./nearest.js";

/** The shortest word a slip is looked for in: in shorter ones a letter more or less is another name ("Ann", "Anna"). */
const SLIP_MIN_LENGTH = 5;

/**
 * Whether `a` and `b` are one word with a slip of the pen: a letter dropped or added ("Quig", "Quigg"; "Bartolomew",
 * "Bartholomew") or two neighbours swapped ("Quigg", "Qiugg"), the first letters the same and the longer of them five
 * letters or more. Not a letter changed: "Lamb" and "Lamp", "Reid" and "Reed" are names of their own.
 */
function slipped(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.max(a.length, b.length) < SLIP_MIN_LENGTH) return false;
  if (typoDistance(a, b, 1) !== 1) return false;
  if (a.length !== b.length) return true;
  const differ = [...a].flatMap((x, i) => (x === b[i] ? [] : [i]));
  // Same length, one edit: a swap of neighbours differs at two places, a changed letter at one.
  return differ.length === 2;
}

/**
 * Whether two full names (two words or more, as many in each) are one name with slips: every word the same or slipped,
 * one at least slipped. A shared surname alone is not enough ("Ann Frith", "Tom Frith"), nor is the given name.
 */
export function namesSlipped(name: string, other: string): boolean {
  const [a, b] = [name, other].map((n) => n.toLowerCase().split(/\s+/u).filter(Boolean));
  if (a!.length < 2 || a!.length !== b!.length) return false;
  let slips = 0;
  for (let i = 0; i < a!.length; i++) {
    if (a![i] === b![i]) continue;
    if (!slipped(a![i]!, b![i]!)) return false;
    slips++;
  }
  return slips > 0;
}
