// The dates a text gives a post, in the words right after it ("since May 2019", "until January 2024", "from 2019 to
// 2023", "between 2019 and 2023", "from September 2021") or in a "joined … in February" (docs/annotation-format.md
// "Roles over time").
import { MONTHS } from "../model/dates.js";

const MONTH = `(?:${MONTHS.join("|")})`;
/** "May 2019", "2019", "January" (a month alone takes its year from the source's date, where that settles it). */
const DATE = String.raw`(?:(${MONTH})\s+)?((?:19|20)\d{2})(?![\w-])|(${MONTH})(?![\w-])`;
const YEAR_ONLY = String.raw`((?:19|20)\d{2})(?![\w-])`;

const SINCE = new RegExp(String.raw`^,?\s+since\s+(?:${DATE})`, "iu");
const UNTIL = new RegExp(String.raw`^,?\s+(?:until|till)\s+(?:${DATE})`, "iu");
/** "from September 2021", "from 2019": a start, unless an end follows ("from 2019 to 2023" is RANGE's). */
const FROM = new RegExp(String.raw`^,?\s+from\s+(?:${DATE})(?!\s+(?:to|until|till|and|through)\b|\s*[-–])`, "iu");
/** "from 2019 to 2023", "between 2019 and 2023": years only (a month's reading of a range is left to the reviewer). */
const RANGE = new RegExp(
  String.raw`^,?\s+(?:from\s+${YEAR_ONLY}\s+(?:to|until|till)|between\s+${YEAR_ONLY}\s+and)\s+${YEAR_ONLY}`,
  "iu",
);
/**
 * "joined the Fenby Trust in 2019 as its treasurer", "joined the trust's board in February", "Ann Bell was appointed
 * Chair of the Fenby Trust in May 2023", "was named chief executive of X in 2022", "became its director in 2021", "Dr
 * Reed, you joined X in March 2024": the post's start. The verb opens the passage,
 * after the name at most, and the date is in its clause ("who joined X, spoke at its conference in 2024" is no start).
 */
const JOINED_IN = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,\s+you\s+)?(?:,\s+who\s+)?(?:[Hh]as\s+|have\s+)?(?:[Jj]oined|(?:was|has\s+been)\s+(?:appointed|named|elected)(?:\s+as)?|became|took\s+up\s+(?:the\s+)?post\s+(?:as|of))\s[^.,;:!?]*?\s+in\s+(?:${DATE})`,
  "u",
);
/** "Tom Reed stepped down as Treasurer of Ashby Council in January 2024", "who retired as its chair in 2022": the end. */
const LEFT_IN = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})?(?:,\s+who\s+)?(?:stepped\s+down|resigned|retired)\s+as\s[^.,;:!?]*?\s+in\s+(?:${DATE})`,
  "u",
);
/** A day, a month and a year: "1 October 2026", "1st October 2026" (group 1 the day, 2 the month, 3 the year). */
const DAY_DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s+((?:19|20)\d{2})(?![\w-])`;
/**
 * "on her appointment as Director of Place from 1 October 2026", "Name's appointment as X with effect from May 2026",
 * "Name was appointed as X from 1 October 2026", "Name, appointed X from 2026": a post taken from a date, the words
 * after the person's name (the post is read before: `role`, as written).
 */
export function appointedFrom(
  text: string,
  at: number,
  role: string,
  context: MonthYear = {},
): { since: string; end: number } | undefined {
  const after = text.slice(at, at + role.length + 120);
  if (!/appoint|named/u.test(after.slice(0, 40))) return undefined;
  const post = escapeRole(role);
  const m = new RegExp(
    String.raw`^(?:\s+on\s+(?:his|her|their)|['’]s)\s+appointment\s+as\s+(?:the\s+)?${post}|^(?:,\s+who\s+|\s+|,\s+)(?:(?:was|has\s+been|were)\s+)?(?:appointed|named)\s+(?:as\s+)?(?:the\s+)?${post}`,
    "u",
  ).exec(after);
  if (!m) return undefined;
  const rest = after.slice(m[0].length);
  const date = new RegExp(
    String.raw`^,?\s+(?:from|with\s+effect\s+from|effective(?:\s+from)?|as\s+from|as\s+of|on)\s+(?:${DAY_DATE}|(?:${DATE}))`,
    "iu",
  ).exec(rest);
  if (!date) return undefined;
  const end = at + m[0].length + date[0].length;
  if (date[1] !== undefined) {
    const month = MONTHS.findIndex((x) => x.toLowerCase() === date[2]!.toLowerCase()) + 1;
    return { since: `${date[3]}-${String(month).padStart(2, "0")}-${date[1].padStart(2, "0")}`, end };
  }
  const since = isoDate(date[4] ?? date[6], date[5], "since", context);
  return since === undefined ? undefined : { since, end };
}

/** A body left on a date, after a name (`leftBodyOn`): group 1 the body, then `DAY_DATE`'s or `DATE`'s groups. */
const LEFT_BODY_ON = new RegExp(
  String.raw`^[^.;:!?“”"]{0,80}?(?:^|,\s+|\s)(?:having\s+|who\s+(?:has\s+|had\s+)?|(?:has|had)\s+)?(?:left|quit|resigned\s+from|defected\s+from)\s+the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?:\s+(?:group|party|grouping))?\s+(?:on|in)\s+(?:${DAY_DATE}|(?:${DATE}))`,
  "u",
);

/**
 * "now sits as an Independent, having left the Conservative group on 2 November 2026", "who quit the Labour Party in
 * May 2026", "left the Greens on 3 March 2026": after a person's name, in its sentence, a body (a party, its group)
 * left on a date. Returns the body as written (its name's capitalised words, a plural's "s" kept), the end and where
 * the words end.
 */
export function leftBodyOn(
  text: string,
  at: number,
  context: MonthYear = {},
): { written: string; until: string; end: number } | undefined {
  const after = text.slice(at, at + 240);
  if (!/\b(?:left|quit|resigned|defected)\b/u.test(after)) return undefined;
  const m = LEFT_BODY_ON.exec(after);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[2] !== undefined) {
    const month = MONTHS.findIndex((x) => x.toLowerCase() === m[3]!.toLowerCase()) + 1;
    return { written: m[1]!, until: `${m[4]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}`, end };
  }
  const until = isoDate(m[5] ?? m[7], m[6], "until", { ...context, past: true });
  return until === undefined ? undefined : { written: m[1]!, until, end };
}

/** A post's words as a pattern: its spaces any run of spaces. */
const escapeRole = (role: string): string =>
  role
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join(String.raw`\s+`);

/** Words that tell a post in the past: "who was", "had been", "served as", "former". */
const PAST = /\b(?:was|were|had\s+been|served\s+as|former|formerly)\b/iu;
/** Words that tell a post to come: "who will be", "is to become", "incoming". */
const FUTURE = /\b(?:will|shall|is\s+to|are\s+to|to\s+become|incoming|designate)\b/iu;

/**
 * What settles the year of a month named alone ("until March"): the source's date, and whether the post is told in
 * the past. Without it (the text's reading, before the source's metadata is known) a month alone is left undated.
 */
export interface MonthYear {
  /** The source's date from its metadata: YYYY, YYYY-MM or YYYY-MM-DD. */
  sourceDate?: string;
  /** The post is told in the past ("who was Treasurer … until March"): its end lies before the source's date. */
  past?: boolean;
  /** The post is told as one to come ("who will chair … from June"): its month may be in a later year. */
  future?: boolean;
}

/** A date the words give whose year the source's date does not settle: which field, and the words ("until March"). */
export interface UndatedWords {
  field: "since" | "until";
  words: string;
}

export interface RoleDates {
  since?: string;
  until?: string;
  /** The start or end the words give as a month alone, when the source's date does not settle its year. */
  undated?: UndatedWords;
  /** Where the words of the dates end (the passage's own end when they are inside it). */
  end: number;
}

/** How a post's passage tells it: in the past ("Tom Reed, who was Treasurer of …"), or as one to come ("will be"). */
export const tenseOf = (passage: string): Pick<MonthYear, "past" | "future"> => ({
  past: PAST.test(passage),
  future: FUTURE.test(passage),
});

/**
 * The ISO date of a month's name and a year. A month alone ("until March", "since June") takes the source's year only
 * when the source's date leaves no doubt: the source is dated to the month, the month is not after it, and an end is
 * told in the past ("who was … until March" in a text of that June). Otherwise undefined: no year is invented.
 */
function isoDate(
  month: string | undefined,
  year: string | undefined,
  field: UndatedWords["field"],
  context: MonthYear,
) {
  const number = month === undefined ? 0 : MONTHS.findIndex((m) => m.toLowerCase() === month.toLowerCase()) + 1;
  const mm = String(number).padStart(2, "0");
  if (year !== undefined) return month === undefined ? year : `${year}-${mm}`;
  const source = /^(\d{4})-(\d{2})/u.exec(context.sourceDate ?? "");
  if (!source || number > Number(source[2]) || context.future || (field === "until" && !context.past)) return undefined;
  return `${source[1]}-${mm}`;
}

/**
 * When a text says a post began or ended, in the words right after its passage (`at`), as ISO dates (a month only where
 * it is named; a month alone in the source's year where `context` settles it, else `undated`); undefined when the words
 * say nothing.
 */
export function roleDatesAfter(text: string, at: number, context: MonthYear = {}): RoleDates | undefined {
  const after = text.slice(at, at + 48);
  const range = RANGE.exec(after);
  if (range) {
    const [since, until] = range[1] !== undefined ? [range[1], range[3]!] : [range[2]!, range[3]!];
    return since <= until ? { since, until, end: at + range[0].length } : undefined;
  }
  for (const [re, field] of [
    [SINCE, "since"],
    [UNTIL, "until"],
    [FROM, "since"],
  ] as const) {
    const m = re.exec(after);
    if (!m) continue;
    const end = at + m[0].length;
    const date = isoDate(m[1] ?? m[3], m[2], field, context);
    if (date !== undefined) return { [field]: date, end };
    return { undated: { field, words: m[0].replace(/^,?\s+/u, "") }, end };
  }
  return undefined;
}

/** What `joinedDate` and `leftDate` read: the date, and how far into the words its own words end. */
export type DatedWords<F extends "since" | "until"> = Pick<RoleDates, F | "undated"> & { length: number };

/** "joined Org in 2019 as …", "joined Org's board in February": the start the words of a passage give, if any. */
export function joinedDate(passage: string, context: MonthYear = {}): DatedWords<"since"> | undefined {
  const m = JOINED_IN.exec(passage);
  if (!m) return undefined;
  const since = isoDate(m[1] ?? m[3], m[2], "since", context);
  const length = m[0].length;
  return since !== undefined ? { since, length } : { undated: { field: "since", words: `in ${m[3]}` }, length };
}

/** "stepped down as Treasurer of X in January 2024": the end the words of a passage give, if any. */
export function leftDate(passage: string, context: MonthYear = {}): DatedWords<"until"> | undefined {
  const m = LEFT_IN.exec(passage);
  if (!m) return undefined;
  const until = isoDate(m[1] ?? m[3], m[2], "until", { ...context, past: true });
  const length = m[0].length;
  return until !== undefined ? { until, length } : { undated: { field: "until", words: `in ${m[3]}` }, length };
}

/**
 * Whether the words right after a post at `at` give the date it ended: with a year ("until 2019", "from 2019 to 2023"),
 * or a month alone ("until March"), whose year the draft settles from the source's date (or leaves the post out).
 */
export const endedOn = (text: string, at: number): boolean => {
  const dates = roleDatesAfter(text, at);
  return dates?.until !== undefined || dates?.undated?.field === "until";
};
