// The date a text states at its opening: a transcript's title block ("Tuesday 14 May 2024" on a line of its own), or
// a dated line near the top in a dateline's or byline's form ("Published 3 March 2025", "By Ann Bell, 3 March 2025",
// "Write-up of a roundtable held by the Fenby Trust on 20 March 2024."). Only a date written out in full (day, month
// in words, year) and only where the opening is unambiguous: a PDF's metadata dates say when the file was made, not
// when the hearing was held, and a text's sentences name many dates that are not its own ("… appointed as its Chief
// Executive from 1 October 2026, after …" is what the story is about, not when it was written).
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
const DAY = `(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${FULL_DATE}`;
/** Words that say what a line's date is of: a dateline's ("Published", "Last updated:", "Held on") at its start. */
const DATELINE_WORD =
  "(?:(?:first|last)\\s+)?(?:published|posted|updated|dated|date|issued|released|filed|written|recorded|held|debated|" +
  "delivered|broadcast|ordered to be published)";
/** What says a line is a sentence that runs on, not a dateline: a verb's auxiliary, a modal, a reporting verb. */
const RUNNING =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|does|do|did|said|says|told|tells)\b/iu;
/**
 * The forms of a line that dates the text it opens: a date alone on its line; a dateline word first ("Published 3
 * March 2025", "Posted March 4th, 2024 by Carl Dunn", "Held on 16 January 2024 at Fenby"); a byline ("By Ann Bell,
 * 3 March 2025"); the date first, then a separator or nothing ("3 March 2025 | Fenby"); a place in capitals and the
 * date ("FENBY, 3 March 2025 –"); a heading's date after a dash, colon, bar or comma ("Rivers Panel — 4 February
 * 2025"); or a participle that dates the occasion the text records, with no verb of a running sentence in the line
 * ("Volume 90: debated on Tuesday 3 March 2026", "Write-up of a roundtable held by the Fenby Trust on 20 March 2024.").
 */
const DATELINES = [
  new RegExp(`^${DAY}\\.?$`, "iu"),
  new RegExp(`^${DATELINE_WORD}\\b`, "iu"),
  new RegExp(`^[Bb]y\\s+(?!${DAY})\\p{Lu}.{0,100}?\\b${FULL_DATE}`, "u"),
  new RegExp(`^${DAY}(?:\\s*$|\\s*[|•·–—-]|,\\s*\\d)`, "iu"),
  new RegExp(`^\\p{Lu}[\\p{Lu}\\s.'’-]{1,40},\\s+${DAY}\\b`, "u"),
];
/** The forms that must not read as a running sentence, the date ending the line (a place after it at most). */
const HEADING_DATE = new RegExp(`(?:\\s[–—|-]|[:,])\\s*${DAY}\\.?$`, "iu");
const OCCASION_DATE = new RegExp(
  `\\b(?:held|debated|recorded|published|given|delivered|taken|issued|written|dated|convened|hosted|chaired)` +
    `(?:\\s+(?:by|at|in)\\s+[^,.;:]{1,60}?)?\\s+(?:on\\s+)?${DAY}(?:\\s+(?:at|in)\\s+[^,.;:]{1,60})?\\.?$`,
  "iu",
);

/** Whether a line of the opening is a dateline or byline, not a sentence that happens to name a date. */
function datesText(line: string): boolean {
  if (DATELINES.some((form) => form.test(line))) return true;
  // The month May is no modal verb.
  return !RUNNING.test(line.replace(DATES, "")) && (HEADING_DATE.test(line) || OCCASION_DATE.test(line));
}

/** A line as quoted in add-source's output: whole, or cut to its words around the date when long. */
function quoted(line: string, at: number): string {
  if (line.length <= 120) return line;
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${line.slice(start, start + 120).trim()}…`;
}

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
  /** Where no date was taken: the first date the opening's short lines name in a sentence, not a dateline. */
  inSentence?: { written: string; line: number };
}

/**
 * The date a text's opening states: the first paragraph that is only a date (a title block's date line), else the one
 * date its short lines near the top give in a dateline's or byline's form (all of them the same date). Several
 * different dates there: none. A date in a sentence of the text is never taken.
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
  const dated = new Map<string, { written: string; line: number; text: string }>();
  let inSentence: OpeningDate["inSentence"];
  for (const { paragraph, line: first } of opening) {
    if (paragraph.length > DATED_LINE) continue;
    // Each line on its own: a title block's lines may run on in one paragraph, a dateline among them.
    for (const [i, raw] of paragraph.split("\n").entries()) {
      const text = raw.replace(/\s+/gu, " ").trim();
      const dateline = datesText(text);
      for (const m of text.matchAll(DATES)) {
        const value = iso(m[0]);
        if (!value) continue;
        if (!dateline) inSentence ??= { written: m[0], line: first + i };
        else if (!dated.has(value)) dated.set(value, { written: m[0], line: first + i, text: quoted(text, m.index) });
      }
    }
  }
  if (dated.size === 1) {
    const [value, { line, text }] = [...dated][0]!;
    return { found: { value, from: `a dated line near the top, line ${line}: "${text}"` } };
  }
  if (dated.size > 1) return { differing: [...dated.values()].map((d) => d.written) };
  return inSentence ? { inSentence } : {};
}
