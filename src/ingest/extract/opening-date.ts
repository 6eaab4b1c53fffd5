// The date a text states at its opening: a transcript's title block ("Tuesday 14 May 2024" on a line of its own), or
// a dated line near the top ("Write-up of a roundtable held … on 20 March 2024."). Only a date written out in full
// (day, month in words, year) and only where the opening is unambiguous: a PDF's metadata dates say when the file was
// made, not when the hearing was held, and a text's body names many dates that are not its own.
import { isoForms, MONTHS } from "../../model/dates.js";
import type { FoundField } from "./found.js";

/** How far into a text its opening goes: its first paragraphs, within its first characters. */
const OPENING_PARAGRAPHS = 8;
const OPENING_CHARACTERS = 2000;
/** A dated line near the top is short: a standfirst, a byline, an "Ordered to be published on …". */
const DATED_LINE = 200;

const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)";
const MONTH = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const ORDINAL = "(?:st|nd|rd|th)?";
/** `14 May 2024`, `14th May, 2024`, `May 14, 2024`. */
const FULL_DATE = `(?:\\d{1,2}${ORDINAL}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4})`;
const DATES = new RegExp(`\\b${FULL_DATE}\\b`, "gu");
/** A paragraph that is a date and nothing else, a weekday before it at most. */
const DATE_ONLY = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(${FULL_DATE})\\.?$`, "iu");

/** A date as the metadata takes it, from the words that wrote it (`14th May, 2024` → `2024-05-14`). */
function iso(written: string): string | undefined {
  const forms = isoForms(written.replace(/,/gu, " ").replace(/\s+/gu, " "));
  return forms.length === 1 ? forms[0] : undefined;
}

export interface OpeningDate {
  /** The date, with where in the text it was found; undefined when the opening states none, or more than one. */
  found?: FoundField;
  /** The dates the opening's dated lines give, when they differ (none was taken). */
  differing?: string[];
}

/**
 * The date a text's opening states: the first paragraph that is only a date (a title block's date line), else the one
 * date its short lines near the top give (all of them the same date). Several different dates there: none.
 */
export function openingDate(text: string): OpeningDate {
  const opening: { paragraph: string; line: number }[] = [];
  let line = 1;
  let offset = 0;
  // Only the opening is read: a paragraph that begins in it is whole within twice its length, or too long to count.
  // A blank line is a line of white space alone, CR (a Windows line end's) among it.
  for (const part of text.slice(0, 2 * OPENING_CHARACTERS).split(/(\n[ \t\r]*\n[\r\n]*)/u)) {
    if (offset >= OPENING_CHARACTERS || opening.length >= OPENING_PARAGRAPHS) break;
    if (/\S/u.test(part) && !/^\n/u.test(part)) {
      const leading = /^\s*/u.exec(part)![0];
      opening.push({ paragraph: part.trim(), line: line + (leading.match(/\n/gu)?.length ?? 0) });
    }
    line += part.match(/\n/gu)?.length ?? 0;
    offset += part.length;
  }
  for (const { paragraph, line } of opening) {
    const m = DATE_ONLY.exec(paragraph.replace(/\s+/gu, " "));
    const value = m && iso(m[1]!);
    if (value) return { found: { value, from: `the title block, line ${line}: "${paragraph}"` } };
  }
  const dated = new Map<string, { written: string; line: number }>();
  for (const { paragraph, line } of opening) {
    if (paragraph.length > DATED_LINE) continue;
    for (const m of paragraph.matchAll(DATES)) {
      const value = iso(m[0]);
      // The line the date is on: a title block's lines may run on in one paragraph.
      const at = line + (paragraph.slice(0, m.index).match(/\n/gu)?.length ?? 0);
      if (value && !dated.has(value)) dated.set(value, { written: m[0], line: at });
    }
  }
  if (dated.size === 1) {
    const [value, { written, line }] = [...dated][0]!;
    return { found: { value, from: `a dated line near the top, line ${line}: "${written}"` } };
  }
  return dated.size > 1 ? { differing: [...dated.values()].map((d) => d.written) } : {};
}
