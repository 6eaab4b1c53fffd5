// A source's id from a title that is dated ("Minutes: Rivers Panel, 9 September 2026"): the title's words, then its
// date as YYYY-MM-DD, so that the ids of a body's successive meetings differ by their dates and sort by them, and an
// id cut at 60 characters loses words of the title, never the date's month and year ("…-committee-9").
import { isoForms, MONTHS } from "../model/dates.js";
import { ID_LENGTH, slugify } from "../suggest/text.js";

const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
const MONTH = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const ORDINAL = "(?:st|nd|rd|th)?";
/** `9 September 2026`, `9th Sept. 2026`, `September 9, 2026`, `2026-09-09`, a weekday before it or not. */
const DATE = `(?:${WEEKDAY},?\\s+)?(\\d{1,2}${ORDINAL}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
/** A date that ends the title, after a comma, colon, dash, "on" or in brackets. */
const AT_END = new RegExp(`(?:^|[\\s,:;–—-])\\(?${DATE}\\)?\\.?\\s*$`, "iu");
/** A date that opens the title, a colon, dash or bar after it. */
const AT_START = new RegExp(`^\\s*${DATE}\\s*[:–—|-]\\s*`, "iu");

/**
 * The id of a title that opens or ends with a full date (day, month, year), or undefined: the title's other words
 * (cut to leave room) and the date as YYYY-MM-DD after them.
 */
export function datedSourceId(title: string): string | undefined {
  for (const form of [AT_END, AT_START]) {
    const found = form.exec(title);
    if (!found) continue;
    const [date] = isoForms(found[1]!.replace(/\.(?=\s)/gu, "").replace(/(\d)(?:st|nd|rd|th)\b/iu, "$1"));
    if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) return undefined;
    const rest = title.slice(0, found.index) + " " + title.slice(found.index + found[0].length);
    if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
    return `${slugify(rest, ID_LENGTH - date.length - 1)}-${date}`;
  }
  return undefined;
}
