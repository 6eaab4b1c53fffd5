// The dates a text gives a post, in the words right after it ("since May 2019", "until January 2024", "from 2019 to
// 2023", "between 2019 and 2023") or in a "joined … in February" (docs/annotation-format.md "Roles over time").
import { MONTHS } from "../model/dates.js";

const MONTH = `(?:${MONTHS.join("|")})`;
/** "May 2019", "2019", "January" (a month alone takes the source's year). */
const DATE = String.raw`(?:(${MONTH})\s+)?((?:19|20)\d{2})(?![\w-])|(${MONTH})(?![\w-])`;
const YEAR_ONLY = String.raw`((?:19|20)\d{2})(?![\w-])`;

const SINCE = new RegExp(String.raw`^,?\s+since\s+(?:${DATE})`, "iu");
const UNTIL = new RegExp(String.raw`^,?\s+(?:until|till)\s+(?:${DATE})`, "iu");
/** "from 2019 to 2023", "between 2019 and 2023": years only (a month's reading of a range is left to the reviewer). */
const RANGE = new RegExp(
  String.raw`^,?\s+(?:from\s+${YEAR_ONLY}\s+(?:to|until|till)|between\s+${YEAR_ONLY}\s+and)\s+${YEAR_ONLY}`,
  "iu",
);
/** "joined the Fenby Trust in 2019 as its treasurer", "joined the trust's board in February": the post's start. */
const JOINED_IN = new RegExp(String.raw`^\s*(?:,\s+who\s+)?(?:has\s+)?joined\s[^.;:!?]*?\s+in\s+(?:${DATE})`, "iu");

export interface RoleDates {
  since?: string;
  until?: string;
  /** Where the words of the dates end (the passage's own end when they are inside it). */
  end: number;
}

/** The ISO date of a month's name and a year; a month alone takes `sourceYear`, or gives nothing without one. */
function isoDate(month: string | undefined, year: string | undefined, sourceYear: string | undefined) {
  const y = year ?? (month === undefined ? undefined : sourceYear);
  if (y === undefined) return undefined;
  return month === undefined
    ? y
    : `${y}-${String(MONTHS.findIndex((m) => m.toLowerCase() === month.toLowerCase()) + 1).padStart(2, "0")}`;
}

/** A source's year from its metadata's date ("2024-03-05" → "2024"), when it has one. */
export const yearOf = (date: string | undefined): string | undefined => /^(\d{4})/u.exec(date ?? "")?.[1];

/**
 * When a text says a post began or ended, in the words right after its passage (`at`), as ISO dates (a month only where
 * it is named; a month with no year in the source's year, when the source is dated); undefined when they say nothing.
 */
export function roleDatesAfter(text: string, at: number, sourceYear?: string): RoleDates | undefined {
  const after = text.slice(at, at + 48);
  const range = RANGE.exec(after);
  if (range) {
    const [since, until] = range[1] !== undefined ? [range[1], range[3]!] : [range[2]!, range[3]!];
    return since <= until ? { since, until, end: at + range[0].length } : undefined;
  }
  for (const [re, field] of [
    [SINCE, "since"],
    [UNTIL, "until"],
  ] as const) {
    const m = re.exec(after);
    if (!m) continue;
    const date = isoDate(m[1] ?? m[3], m[2], sourceYear);
    return date === undefined ? undefined : { [field]: date, end: at + m[0].length };
  }
  return undefined;
}

/** "joined Org in 2019 as …", "joined Org's board in February": the start the words of a passage give, if any. */
export function joinedDate(passage: string, sourceYear?: string): string | undefined {
  const m = JOINED_IN.exec(passage);
  return m ? isoDate(m[1] ?? m[3], m[2], sourceYear) : undefined;
}

/** Whether the words right after a post at `at` give the date it ended, with a year ("until 2019", "from 2019 to 2023"). */
export const endedOn = (text: string, at: number): boolean => roleDatesAfter(text, at)?.until !== undefined;
