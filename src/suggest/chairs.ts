// Who chaired the session a text reports: the person a sentence names as its chair, never the next person named, nor
// someone who chairs another body.
import { afterPostnominals, type Mention } from "./names.js";
import type { PeopleInText } from "./people.js";
import type { Transcript } from "./transcript.js";
import type { TranscriptPeople } from "./speech.js";
import type { SpanSet, SpansInOrder } from "./spans.js";
import type { Span } from "./text.js";
import { DEPARTMENT_WORDS, isRoleWord, NOT_SESSION_NOUNS, SESSION_NOUNS } from "./words.js";

/** A chair: the person's key in the text and the sentence that names them as chair. */
export interface Chair {
  person: string;
  sentence: Span;
}

/** What the chair finder reads of a text. */
export interface ChairReading {
  text: string;
  sentences: Span[];
  /** The mentions of people, in text order. */
  mentions: SpansInOrder<Mention>;
  found: PeopleInText;
}

/** "chaired by", "hosted by": the chair is named after "by". */
const CHAIRED_BY = /\b(?:chaired|hosted|moderated|convened|facilitated|presided\s+over)\s+by\s+/giu;
/**
 * "In the chair was X", "Chair: X" (a title block's line), "the chair, X,": the chair is named right after, with at
 * most a title between ("Its chair, X" is an organisation's).
 */
const CHAIR_BEFORE_NAME =
  /(?:\bin\s+the\s+chair\s+(?:was|is|were|sat)\s+|^\s*(?:chair|chairman|chairwoman|chairperson|moderator|host)\s*:\s*|\b(?:the|our|the\s+(?:committee|panel|session)['’]s)\s+(?:session\s+|panel\s+|event\s+)?(?:chair|chairman|chairwoman|chairperson|moderator|host),\s+)/gimu;
/**
 * "X chaired", "X, who chaired", "X, chairing the session,", "X was the chair", "X in the chair", "X (Chair)", "X, chair
 * of the panel,": the chair is named before. Group 1 is the verb or the noun whose object (if any) says what was chaired.
 */
const CHAIRED_AFTER_NAME =
  /^(?:,?\s+(?:who\s+)?(?:(?:also|had|has|then|ably|expertly)\s+)?(chaired|chairs|chairing|hosted|hosts|moderated|moderates|moderating|convened|convenes|facilitated|presided|presides|presiding)\b|,?\s+(?:was\s+|sat\s+)?in\s+the\s+chair\b|,?\s+(?:who\s+(?:is|was)\s+|was\s+|is\s+|as\s+|acted\s+as\s+|served\s+as\s+)(?:the\s+)?(?:session\s+|panel\s+|event\s+)?(chair|chairman|chairwoman|chairperson|host|moderator|convener)\b|,\s+(?:the\s+)?(chair|chairman|chairwoman|chairperson|host|moderator|convener)(?=\s+(?:of|for)\s)|\s*\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|moderator|convener)\))/iu;
/** "(chair)" closing a list entry "Name, Role of Org (chair)": the entry's person chaired. */
const CHAIR_MARK = /^\s*\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|moderator|convener|host)\)/iu;

/** The last of up to `limit` words of `passage` before a word that ends its noun phrase (a preposition, a clause). */
function headNoun(words: string[]): string | undefined {
  const phrase: string[] = [];
  for (const word of words) {
    const w = word.toLowerCase().replace(/['’]s$/u, "");
    if (/^(?:of|on|for|in|at|into|about|with|and|or|which|who|that|where|to|from|by|until|since|between)$/u.test(w))
      break;
    phrase.push(w.replace(/[^\p{L}\p{N}&-]/gu, ""));
    if (/[,.;:!?)]$/u.test(word)) break;
  }
  return phrase.at(-1);
}

/**
 * Whether the words after "chaired" (or "chair") leave it the chair of the session: no object ("Ruth Bell chaired."),
 * or an object that is a session ("chaired the discussion", "chair of the panel"). "who chaired the 2019 review",
 * "chairs the board of X", "as chair of the Housing Board" are jobs or other bodies, not this session.
 */
function chairsTheSession(verb: string, after: string): boolean {
  const noun = /^chair/iu.test(verb) && !/^chair(?:ed|s|ing)$/iu.test(verb);
  if (!noun && /^\s+by\b/iu.test(after)) return false; // "X, chaired by Y": Y chaired, X is what was chaired
  const object = noun
    ? /^\s+(?:of|at|for)\s+(.*)$/su.exec(after)?.[1]
    : /^\s+((?:the|this|that|a|an|its|their|his|her|our|today['’]s|\p{Lu}|\p{N}|\p{Ll}+s\b)[\s\S]*)$/u.exec(after)?.[1];
  if (object === undefined) return true;
  const words = object.split(/\s+/u).filter(Boolean);
  while (words.length && /^(?:the|this|that|a|an|its|their|his|her|our|today['’]s)$/iu.test(words[0]!)) words.shift();
  // "as chair of the Governors' Forum", "X, chair of the Rivers Trust": a body's name, so a job.
  if (noun && /^\p{Lu}/u.test(words[0] ?? "")) return false;
  const head = headNoun(words.slice(0, 6));
  // "who chairs the committee" is the hearing's chair; "who also chairs the local medical committee" chairs another.
  const phrase = words.slice(
    0,
    Math.max(
      0,
      words.findIndex((w) => headNoun([w]) === head),
    ),
  );
  if (head === "committee" && phrase.some((w) => /^\p{Ll}/u.test(w))) return false;
  return head === undefined || SESSION_NOUNS.has(head);
}

/**
 * Whether "chaired by" in `before` (the sentence up to it) is about the session: not "The Commission on Rented Homes,
 * chaired by X" or "the 2019 review chaired by X", another body whose chair is not the session's.
 */
function chairedThingIsSession(before: string): boolean {
  const segments = (text: string) => text.split(/[,;:(]/u);
  // "The event, organised by the Institute, was chaired by": what was chaired is the sentence's subject, when the words
  // before are a clause of their own (after a comma, an "and", a participle's "by"); else the phrase right before.
  const rest = before
    .replace(/(?:\s+(?:which|that|who))?\s+(?:(?:has|had)\s+been|was|were|is|are|being|been)\s*$/iu, "")
    .trimEnd();
  const last = segments(rest).at(-1)!;
  const ownClause = /(?:,|\band)$/iu.test(rest) || /\sby\s/iu.test(last);
  // The subject is the sentence's first words ("The roundtable was hosted by the Association … and chaired by");
  // the phrase right before is its last ones ("The Commission on Rented Homes, chaired by").
  const thing = ownClause ? segments(before)[0]!.split(/\s+/u).slice(0, 6).join(" ") : last;
  const words = thing
    .split(/\s+/u)
    .slice(-8)
    .map((w) =>
      w
        .toLowerCase()
        .replace(/['’]s$/u, "")
        .replace(/[^\p{L}-]/gu, ""),
    );
  if (words.some((w) => SESSION_NOUNS.has(w))) return true;
  return !words.some((w) => NOT_SESSION_NOUNS.has(w));
}

/** Whether the words between "chaired by" and a name are only a role or title ("the Forum's policy director, Dr"). */
function onlyARoleBetween(gap: string): boolean {
  if (/[.;:]/u.test(gap) || (gap.match(/,/gu)?.length ?? 0) > 1) return false;
  return gap
    .split(/[\s,]+/u)
    .filter(Boolean)
    .every(
      (w) =>
        /^\p{Lu}/u.test(w) ||
        isRoleWord(w) ||
        DEPARTMENT_WORDS.has(w.toLowerCase()) ||
        /^(?:the|a|an|of|for|at|its|their|our|his|her|own|senior|deputy|vice|assistant|associate|principal|interim|acting|co|long-serving|new|newly|appointed)$/iu.test(
          w,
        ),
    );
}

/**
 * Who chaired the panel: the person a sentence names as chair — after "chaired by" (titles and a role between them
 * aside), or just before "chaired", "who chaired", "was the chair", "as chair", "(Chair)", or the person of a list
 * entry marked "(chair)" — never just the next person the sentence names, nor someone who chairs another body.
 * `outside` leaves out passages that are someone's own words (a witness's "the board I chaired").
 */
export function findChairs({ text, sentences, mentions, found }: ChairReading, outside: SpanSet): Chair[] {
  const chairs: Chair[] = [];
  const chairPeople = new Set<string>();
  const add = (person: string, sentence: Span) => {
    if (chairPeople.has(person)) return;
    chairs.push({ person, sentence });
    chairPeople.add(person);
  };
  for (const s of sentences) {
    if (outside.overlaps(s)) continue;
    const passage = text.slice(s.start, s.end);
    const inSentence = mentions.inside(s);
    if (inSentence.length === 0) continue;
    for (const m of passage.matchAll(CHAIRED_BY)) {
      const byEnd = s.start + m.index + m[0].length;
      if (!chairedThingIsSession(passage.slice(0, m.index))) continue;
      // The first person named after "by", with at most a role or a title between ("chaired by the Forum's chair, Dr Price").
      const named = inSentence.find((x) => x.start >= byEnd);
      if (named && named.start - byEnd <= 80 && onlyARoleBetween(text.slice(byEnd, named.start))) add(named.person, s);
    }
    for (const m of passage.matchAll(CHAIR_BEFORE_NAME)) {
      const end = s.start + m.index + m[0].length;
      // The first person named after it, with at most a title between ("In the chair was Councillor Ian Mercer").
      const named = inSentence.find((x) => x.start >= end);
      if (named && named.start - end <= 30 && !/[.;,:]/u.test(text.slice(end, named.start))) add(named.person, s);
    }
    for (const x of inSentence) {
      const end = afterPostnominals(text, x.end);
      const m = CHAIRED_AFTER_NAME.exec(text.slice(end, Math.min(s.end, end + 60)));
      const verb = m?.[1] ?? m?.[2] ?? m?.[3];
      if (m && (!verb || chairsTheSession(verb, text.slice(end + m[0].length, s.end)))) add(x.person, s);
    }
  }
  // "- Gil Tan, Chief Executive of the Fairness Foundation (chair)": the mark closes the person's role statement.
  for (const r of found.roles) {
    if (!CHAIR_MARK.test(text.slice(r.evidence.end, r.evidence.end + 20))) continue;
    const sentence = sentences.find((x) => x.start <= r.evidence.start && r.evidence.start < x.end);
    if (sentence && !outside.overlaps(sentence)) add(r.person, sentence);
  }
  return chairs;
}

/** A transcript's chair named in its title block ("Baroness A (The Chair)"), first, unless a sentence named them already. */
export function addTitleBlockChair(chairs: Chair[], transcript?: Transcript, cast?: TranscriptPeople): void {
  if (transcript && cast?.chair && transcript.chair && !chairs.some((c) => c.person === cast.chair)) {
    chairs.unshift({ person: cast.chair, sentence: transcript.chair });
  }
}
