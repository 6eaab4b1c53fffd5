// The occasion a prose text tells of, by the body that held it: "the Rural Transport Committee heard evidence on
// 14 May", "at the Fenby Trust's roundtable", "a roundtable held by the Fenby Trust in Wendmoor on 20 March 2024". What
// a drafted session is named after when the text is no transcript with a title block of its own.
import { MONTHS } from "../model/dates.js";
import type { Sentence, Span } from "./text.js";

/**
 * The occasion's name as drafted ("Fenby Trust roundtable, 20 March 2024"), the sentence that gives it and the span of
 * the body named as holding it (what the session is organised by).
 */
export interface OccasionName<B extends Span = Span> {
  label: string;
  evidence: Span;
  body: B;
  /** The sentence that gives the date in the label, where the label has one. */
  dateEvidence?: Span;
}

/** What names the occasion: one name, or several bodies' occasions the text tells of (so none is the panel's). */
export type Occasion<B extends Span = Span> = { name: OccasionName<B> } | { several: string[] } | undefined;

/** Nouns of an occasion people speak at (not "committee": a body; not "sessions", "questions": parts of one). */
const KINDS = [
  "briefing",
  "conference",
  "conversation",
  "debate",
  "dialogue",
  "discussion",
  "event",
  "forum",
  "hearing",
  "launch",
  "meeting",
  "panel",
  "roundtable",
  "round-table",
  "seminar",
  "session",
  "summit",
  "symposium",
  "webinar",
  "workshop",
].join("|");
/**
 * A headline's verb between a body and an occasion ("Fenby Trust welcomes scrutiny hearing"): the body reacts to it
 * and holds nothing.
 */
const HEADLINE_VERBS =
  "welcomes|hails|backs|praises|criticises|criticizes|condemns|slams|attacks|rejects|responds|urges|calls|joins|attends|boycotts|snubs|quits|leaves|skips|faces|awaits|fears";
/** Up to two words describing the occasion ("annual", "oral evidence"): lower case, no verb or determiner. */
const MODIFIERS = String.raw`(?:(?!(?:a|an|the|its|their|has|had|was|were|is|are|will|and|or|to|of|on|in|at|by|${HEADLINE_VERBS})\s)\p{Ll}[\p{Ll}-]*(?<!ed)\s+){0,2}`;
const KIND = String.raw`(${MODIFIERS}(?:${KINDS}))(?![\p{L}-])`;

/** "'s annual conference", " roundtable": right after a body's name, the occasion it held. */
const BODYS_OCCASION = new RegExp(String.raw`^(?:['’]s)?\s+${KIND}`, "u");
/**
 * " heard evidence", " took oral evidence", " has held its autumn roundtable": right after a body's name, or after a
 * clause between commas (", with Ann Bell MP in the chair, took evidence").
 */
const BODY_HELD = new RegExp(
  String.raw`^(?:,[^,.;:]{1,80},)?\s+(?:(?:heard|took|hears|takes|was\s+hearing|(?:has|have|had)\s+(?:heard|taken))\s+(?:oral\s+|further\s+)?evidence\b|(?:(?:has|have|had)\s+)?(?:held|hosted|convened|organised|organized|ran|run|staged)\s+(?:a|an|its|their)\s+${KIND})`,
  "u",
);
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** "last month's", "yesterday's", "Tuesday's": a time relative to the text's own, as an occasion's determiner. */
const WHENS = String.raw`(?:(?:[Ll]ast|[Tt]his)\s+(?:week|month|year)|[Yy]esterday|[Tt]oday|${WEEKDAYS.join("|")})['’]s`;
/**
 * "a roundtable held by (the) ", "the seminar hosted by ", "last month's hearing held by ", and in the passive, a
 * sentence's subject: "The roundtable was held by (the) ": right before a body's name.
 */
const HELD_BY_BODY = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]his|[Oo]ur)|${WHENS})\s+${KIND}\s+(?:(?:was|were|(?:has|had)\s+been)\s+)?(?:(?:held|hosted|convened|organised|organized|run|staged)\s+by)\s+(?:the\s+)?$`,
  "u",
);
/** "gave evidence to (the) ", "appeared before (the) ": a witness before a committee, right before its name. */
const EVIDENCE_TO_BODY =
  /\b(?:gave|give|gives|giving|given)\s+(?:oral\s+)?evidence\s+(?:to|before)\s+(?:the\s+)?$|\bappeared\s+before\s+(?:the\s+)?$/iu;
/**
 * "told (the) ", "told members of the ": a witness telling a committee, right before its name; an occasion only when
 * what is told is a committee, a commission or an inquiry (telling a trust or a council is no hearing).
 */
const TOLD_BODY = /\btold\s+(?:members\s+of\s+)?(?:the\s+)?$/u;
const HEARING_BODY = /\b(?:committee|commission|inquiry)$/iu;
/** An occasion still to come, or one the sentence only plans, up to its naming: not the one the text reports. */
const NOT_THIS_OCCASION = /\b(?:will|shall|next|upcoming|forthcoming|planned|plans?\s+to|is\s+to|are\s+to)\b/iu;
/** A time still to come right after the occasion's words: "the Trust's roundtable next month". */
const TIME_TO_COME = /^\s+(?:next|later\s+this|this\s+coming|in\s+the\s+coming)\b/iu;

const MONTH = `(?:${MONTHS.join("|")})`;
const DAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
/** The occasion's date as a sentence gives it: "on 14 May", "on Tuesday 14 May 2024", "on May 14, 2024", "in March 2024". */
const OCCASION_DATE = new RegExp(
  String.raw`\b(?:[Oo]n\s+${DAY}(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})|(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?|[Ii]n\s+(${MONTH})\s+(\d{4}))(?![\w-])`,
  "u",
);

/** An occasion's noun after a time's possessive: "last month's roundtable", not "last year's figures". */
const OCCASION_NOUN = String.raw`${MODIFIERS}(?:${KINDS})(?![\p{L}-])`;
const POSSESSIVE = String.raw`(?:['’]s(?=\s+${OCCASION_NOUN})|(?!['’]s))`;
/**
 * A date the sentence gives relative to when the text was written: "last month", "yesterday's hearing", "on Tuesday",
 * "last Tuesday", "earlier this month". Not "last week", "recently", "next Tuesday" (no one day or month to settle),
 * nor the time of something else ("last year's figures").
 */
const RELATIVE_DATE = new RegExp(
  String.raw`\b(?:(last|this)\s+(month|year)${POSSESSIVE}|(?:earlier|(?:at\s+the\s+)?(?:start|beginning)\s+of)\s+(this)\s+(month|year)|(yesterday|today)${POSSESSIVE}|(?<!\b(?:next|this|every|each|coming|following)\s+)(?:on\s+|last\s+)?(${WEEKDAYS.join("|")})${POSSESSIVE}(?!\s+\d|,?\s+(?:${MONTHS.join("|")})\b))(?![\w-])`,
  "iu",
);

/** The source's date (YYYY, YYYY-MM or YYYY-MM-DD) as [year, month, day], each part only as far as it is given. */
function sourceDateParts(date: string): [number, number?, number?] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

/**
 * The date a relative form in the sentence settles from the source's date, as the transcripts' titles write one
 * ("May 2024", "11 June 2024"): "last month" in a source dated 2024-06-03 is May 2024; a weekday ("on Tuesday",
 * "Tuesday's hearing") is the one in the six days before the source's date (the source's own weekday could be that day
 * or a week before, so is left undated); "yesterday" the day before. Undefined where the source's date is missing or
 * too coarse to settle it (a weekday in a source dated only to its month), never a guess.
 */
function relativeDateIn(sentence: string, sourceDate: string | undefined): string | undefined {
  const m = RELATIVE_DATE.exec(sentence);
  const parts = sourceDate ? sourceDateParts(sourceDate) : undefined;
  if (!m || !parts) return undefined;
  const [year, month, day] = parts;
  const which = (m[1] ?? m[3])?.toLowerCase();
  const unit = (m[2] ?? m[4])?.toLowerCase();
  if (unit === "year") return String(which === "last" ? year - 1 : year);
  if (month === undefined) return undefined;
  if (unit === "month") {
    const back = which === "last" ? 1 : 0;
    const settled = new Date(Date.UTC(year, month - 1 - back, 1));
    return `${MONTHS[settled.getUTCMonth()]} ${settled.getUTCFullYear()}`;
  }
  if (day === undefined) return undefined;
  const written = new Date(Date.UTC(year, month - 1, day));
  let back: number;
  if (m[5]) back = m[5].toLowerCase() === "yesterday" ? 1 : 0;
  else {
    const weekday = WEEKDAYS.findIndex((w) => w.toLowerCase() === m[6]!.toLowerCase());
    back = (written.getUTCDay() - weekday + 7) % 7;
    if (back === 0) return undefined;
  }
  const settled = new Date(written.getTime() - back * 86_400_000);
  return `${settled.getUTCDate()} ${MONTHS[settled.getUTCMonth()]} ${settled.getUTCFullYear()}`;
}

/**
 * The date a sentence gives, written as the transcripts' titles write one ("14 May 2024", "March 2024"): as the
 * sentence states it, else as a relative form ("last month", "on Tuesday") settles it from the source's date.
 */
function dateIn(sentence: string, sourceDate: string | undefined): string | undefined {
  const m = OCCASION_DATE.exec(sentence);
  if (!m) return relativeDateIn(sentence, sourceDate);
  if (m[6]) return `${m[6]} ${m[7]}`;
  const day = m[1] ?? m[4];
  const month = m[2] ?? m[3];
  return [day, month, m[5]].filter(Boolean).join(" ");
}

/**
 * The occasion the text names by the body that held it, from each sentence naming one of `bodies` (the spans of the
 * organisations found) as holding a hearing, a roundtable, a conference: one name when every such sentence names the
 * same body's, several when they name different bodies' (no telling which one the people were at), else undefined.
 * `sourceDate` (the source's metadata date) settles a date the text gives relative to it ("last month's roundtable").
 */
export function occasionOf<B extends Span>(
  text: string,
  sentences: readonly Sentence[],
  bodies: readonly B[],
  sourceDate?: string,
): Occasion<B> {
  const named = new Map<string, OccasionName<B> & { dated: boolean }>();
  for (const sentence of sentences) {
    for (const body of bodies) {
      if (body.start < sentence.start || body.end > sentence.end) continue;
      const before = text.slice(sentence.start, body.start);
      const after = text.slice(body.end, sentence.end);
      const name = text.slice(body.start, body.end).replace(/^the\s+/iu, "");
      // The kind of occasion, and where the words naming it end (what a "will" or a "next" before that end is about).
      const own = BODYS_OCCASION.exec(after);
      const held = own ? undefined : BODY_HELD.exec(after);
      const kind =
        own?.[1] ??
        (held ? (held[1] ?? "hearing") : undefined) ??
        HELD_BY_BODY.exec(before)?.[1] ??
        (EVIDENCE_TO_BODY.test(before) || (TOLD_BODY.test(before) && HEARING_BODY.test(name)) ? "hearing" : undefined);
      const end = body.end + ((own ?? held)?.[0].length ?? 0);
      if (
        kind === undefined ||
        NOT_THIS_OCCASION.test(text.slice(sentence.start, end)) ||
        TIME_TO_COME.test(text.slice(end, sentence.end))
      )
        continue;
      const stated = dateIn(text.slice(sentence.start, sentence.end), sourceDate);
      const told =
        stated === undefined && kind === "hearing" ? toldMembersWhen(text, sentences, sentence, sourceDate) : undefined;
      const date = stated ?? told?.date;
      const label = `${name} ${kind.replace(/\s+/gu, " ")}${date ? `, ${date}` : ""}`;
      const key = name.toLowerCase();
      const earlier = named.get(key);
      // The same body's occasion named twice: the first naming that gives its date.
      if (!earlier || (!earlier.dated && date))
        named.set(key, {
          label,
          evidence: sentence,
          body,
          dated: !!date,
          ...(date ? { dateEvidence: { start: (told?.at ?? sentence).start, end: (told?.at ?? sentence).end } } : {}),
        });
    }
  }
  if (named.size === 0) return undefined;
  if (named.size > 1) return { several: [...named.values()].map((n) => n.label) };
  const { label, evidence, body, dateEvidence } = [...named.values()][0]!;
  return {
    name: {
      label,
      evidence: { start: evidence.start, end: evidence.end },
      body,
      ...(dateEvidence ? { dateEvidence } : {}),
    },
  };
}

/** "told MPs", "told peers", "told the committee": a hearing's witness, in a news lead that names no committee. */
const TOLD_MEMBERS =
  /\btold\s+(?:MPs|MSPs|MSs|MLAs|AMs|peers|(?:a|the)\s+(?:committee|inquiry)|(?:a\s+)?(?:Commons|Lords)\s+committee)\b/u;
/** How many sentences before a committee's naming a news lead may say when ("…, a leading academic told MPs yesterday."). */
const LEAD_REACH = 3;

/**
 * The date of a hearing a sentence names by its committee but does not date ("X told the Y Committee that …"), from a
 * sentence shortly before it that tells of a witness telling members with a date ("…, an academic told MPs
 * yesterday."): a news report's lead, whose next paragraph names the committee (stop 47, w47 #4).
 */
function toldMembersWhen(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  sourceDate: string | undefined,
): { date: string; at: Sentence } | undefined {
  const at = sentences.indexOf(sentence);
  for (let i = at - 1; i >= 0 && i >= at - LEAD_REACH; i--) {
    const words = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (!TOLD_MEMBERS.test(words)) continue;
    const date = dateIn(words, sourceDate);
    return date === undefined ? undefined : { date, at: sentences[i]! };
  }
  return undefined;
}

const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:,?\s+(\d{4}))?\b`, "u");
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, "u");

/**
 * The day a session's label or an occasion's words give ("12 March 2024", "Tuesday 12 March 2024", "March 12, 2024")
 * as YYYY-MM-DD. A day written without its year ("14 May") takes the source's year where that puts it on or before the
 * source's date; otherwise, and for a month or year alone, undefined: one session is one day.
 */
export function dayOf(words: string, sourceDate?: string): string | undefined {
  const m = DAY_MONTH_YEAR.exec(words);
  const n = m ? undefined : MONTH_DAY_YEAR.exec(words);
  const [day, monthName, written] = m ? [m[1]!, m[2]!, m[3]] : n ? [n[2]!, n[1]!, n[3]] : [];
  if (day === undefined || monthName === undefined) return undefined;
  const month = MONTHS.indexOf(monthName) + 1;
  const source = sourceDate ? sourceDateParts(sourceDate) : undefined;
  const year = written ? Number(written) : source?.[0];
  if (year === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, Number(day)));
  if (date.getUTCMonth() !== month - 1) return undefined;
  const iso = date.toISOString().slice(0, 10);
  // A day without its year is in the source's year only if it is not after the source's own day.
  if (!written && sourceDate !== undefined && source?.[1] !== undefined && iso.slice(0, 7) > sourceDate.slice(0, 7))
    return undefined;
  return iso;
}
