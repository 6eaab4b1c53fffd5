// Older record layouts whose contributions each open with a section sign and whose speaker's label runs on into the
// first word spoken, as a historic Hansard page's text gives them once its markup is gone: "§ Mr. Bellasked the
// Minister of Supply whether …", "§ 14. Mrs. Ann Reedasked the …", "§ Sir T. BellNo, Sir.", "§ The Minister of
// Supply (Mr. Tom Bell)The committee meets …", "§ Lord Hale of FenbyMy Lords, …". The label ends where a name's last
// word runs into a capitalised word ("BellNo", not the "Mac" of "MacNeil") or into "asked the", or at the brackets'
// close. The text is read with each such label moved over its section sign, so that spaces part it from the words
// spoken: as long as the text, so every offset of the words stays; the draft quotes the text itself.
import type { Paragraph, Span } from "./text.js";

export interface SectionLabel {
  /** From the paragraph's start (the section sign's place) to where the words spoken begin. */
  label: Span;
  /** The name, in the readable text: "Mr. Bell", "Sir T. Bell", the "Mr. Tom Bell" of "The Minister (Mr. Tom Bell)". */
  speaker: Span;
  /** The name's words. */
  words: number;
}

export interface Sections {
  readable: string;
  labels: (SectionLabel | undefined)[];
}

/** The section sign and a question's number or numbers: "§ ", "§ 12. ", "§ 9 and 10. ". */
const MARK = /^§\s+(?:\d{1,4}(?:\s*(?:,|and)\s*\d{1,4})*\.\s+)?/u;
/** A title a member's or a peer's name opens with, as older records print one. */
const TITLE =
  /^(?:Mr|Mrs|Miss|Ms|Dr|Sir|Dame|Lady|Lord|Viscount|Viscountess|Earl|Countess|Baroness|Baron|Captain|Colonel|Lieut\.-Colonel|Lieutenant-Colonel|Major|Commander|Brigadier|Admiral|General|Professor)\.?$/u;
/** An office, then its holder in brackets: "The Minister of Supply (Mr. Tom Bell)". */
const OFFICE_HOLDER =
  /^(The\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.,-]+){0,14}?\s+\(((?:Mr|Mrs|Miss|Ms|Dr|Sir|Dame|Lady|Lord|Viscount|Earl|Captain|Colonel|Major|Commander)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\))/u;
/** A word of a name before its last: an initial ("T."), a capitalised word, or "of" in a peer's title. */
const NAME_PART = /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|of|de|van|von)$/u;
/** The start of a surname that a capital follows inside it: "MacNeil", "McLeod", "FitzRoy", "DeLuca", "O'Neill". */
const PREFIX = /^(?:Mac|Mc|Fitz|De|Di|Da|Du|La|Le|Van|Von|O)$/u;
/** The first word spoken, run on from the name: a capitalised word with its stops ("No,", "I", "Since"). */
const FIRST_WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?[,.;:!?—–-]*$/u;

/** Where in a name's last word (run on) the words spoken begin, or -1: "BellNo" → 4, "Bellasked" → 4, "MacNeil" → -1. */
function seamIn(word: string, next: string | undefined): number {
  const asked = /^(\p{Lu}[\p{L}'’-]+?)asked$/u.exec(word);
  if (asked && next === "the") return asked[1]!.length;
  if (!/^\p{Lu}/u.test(word)) return -1;
  let head = 0;
  for (let k = 1; k < word.length; k++) {
    if (!/\p{Lu}/u.test(word[k]!)) continue;
    if (!/\p{Ll}/u.test(word[k - 1]!)) {
      head = k;
      continue;
    }
    if (!PREFIX.test(word.slice(head, k).replace(/['’]$/u, "")) && FIRST_WORD.test(word.slice(k))) return k;
    head = k;
  }
  return -1;
}

/** The label a paragraph opens with, in the source: where the name starts and ends and where the words begin. */
function labelAt(body: string): { name: Span; words: number; seam: number } | undefined {
  const mark = MARK.exec(body);
  if (!mark) return undefined;
  const from = mark[0].length;
  const rest = body.slice(from);
  const office = OFFICE_HOLDER.exec(rest);
  if (office) {
    const after = rest.slice(office[1]!.length);
    if (!/^\s*\p{Lu}/u.test(after)) return undefined;
    const at = from + office[1]!.indexOf(`(${office[2]!})`) + 1;
    const seam = from + office[1]!.length;
    return { name: { start: at, end: at + office[2]!.length }, words: office[2]!.split(/\s+/u).length, seam };
  }
  const tokens = [...rest.slice(0, 160).matchAll(/\S+/gu)];
  if (tokens.length < 2 || !TITLE.test(tokens[0]![0])) return undefined;
  for (let k = 1; k <= 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    const seam = seamIn(t[0], tokens[k + 1]?.[0]);
    if (seam > 0) {
      return { name: { start: from, end: from + t.index + seam }, words: k + 1, seam: from + t.index + seam };
    }
    // "Mr. Bell asked the …": the name, a space, then a written question's standing words.
    if (k >= 2 && t[0] === "asked" && tokens[k + 1]?.[0] === "the") {
      const end = from + tokens[k - 1]!.index + tokens[k - 1]![0].length;
      return { name: { start: from, end }, words: k, seam: end };
    }
    if (!NAME_PART.test(t[0])) return undefined;
  }
  return undefined;
}

/**
 * The labels of a text whose contributions open with a section sign and a label run on into the words (two at least),
 * and the text with each label moved over its sign so that it stands apart; undefined for any other text.
 */
export function readSections(source: string, paragraphs: Paragraph[]): Sections | undefined {
  const found = paragraphs.map((p) => {
    const body = source.slice(p.start, p.end);
    if (!body.startsWith("§")) return undefined;
    const l = labelAt(body);
    return l && l.seam < body.length ? l : undefined;
  });
  if (found.filter(Boolean).length < 2) return undefined;
  const chars = source.split("");
  const labels = paragraphs.map((p, i): SectionLabel | undefined => {
    const l = found[i];
    if (!l) return undefined;
    // The sign and the space after it (or the spaces) go: what follows moves left over them, as long as they are.
    const shift = /^§\s+/u.exec(source.slice(p.start, p.end))![0].length;
    const seam = p.start + l.seam;
    for (let k = p.start; k < seam - shift; k++) chars[k] = source[k + shift]!;
    for (let k = seam - shift; k < seam; k++) chars[k] = " ";
    return {
      label: { start: p.start, end: seam },
      speaker: { start: p.start + l.name.start - shift, end: p.start + l.name.end - shift },
      words: l.words,
    };
  });
  return { readable: chars.join(""), labels };
}
