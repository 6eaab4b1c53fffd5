// Who said what: direct quotes attributed to their speaker (lead-in "Name said," / "According to Name," / "These were
// the words of Name:" before the quote, "…,” said Name." after it, the next sentence "These are the words of Name",
// a pronoun pointing back to the subject speaking, quotes running on over paragraphs with no new attribution, pull
// quotes with their speaker's line, a teaser repeated later, short fragments given by a verb of wording, "That was the
// warning from Name" after the quote, "“…” – Name" on its line, "Lennox's verdict was stark: “…”", "Name, Org:" on the
// line before, "Name made the comments" after a sentence that names no one, "They claimed …" for the two people just
// named), news-style '…,' said Name, "…, said the president of the Union." (the one the text gives that role), a
// paragraph of speech without marks after "Name said:", "Name opened the evening with “…”", short fragments given by a
// verb of view or a participle ("believes “…”", "who agreed … “positive”", "warning them “not to …”", "citing the
// “…”"), a write-up's "Name – …" paragraphs as that person's, narrative
// sentences that report one person's view ("For Name, …", "Name argues …", a sentence quoting a fragment of theirs),
// and a transcript's turns as speech.
import { decideSpeakers, quoteCandidates, type QuoteCandidate } from "./attribution.js";
import { nameKey, personKey, type KnownEntities } from "./known.js";
import type { Model } from "./learn.js";
import { givenNamePronoun, isGivenName, mentionsStandingAlone, type Mention } from "./names.js";
import { looksLikeOrganisation } from "./organisations.js";
import type { PeopleInText } from "./people.js";
import { parseRole, type RoleStatement } from "./posts.js";
import { SpanSet, SpansInOrder } from "./spans.js";
import { subjectKind, unnamedSpeakerOf, type UnnamedSpeaker } from "./speaking-subject.js";
import {
  escapeRegExp,
  foldName,
  overlaps,
  trimSpan,
  wordCount,
  type Paragraph,
  type QuoteSpan,
  type Sentence,
  type Span,
} from "./text.js";
import type { Transcript } from "./transcript.js";
import { INQUIRY_HEAD, isRoleWord, ORGANISATION_WORDS, SPEECH_VERBS, SUBJECT_VERBS } from "./words.js";

export interface Speech {
  speaker: string;
  quote: QuoteSpan;
  /** The sentences inside the quote, trimmed of quotation marks: each can be a direct-quote evidence item. */
  sentences: Span[];
  /** A transcript turn of the one who asks (the chair, a committee member): questions, not evidence on a theme. */
  asks?: boolean;
  /** A few words quoted inside a sentence that reports them (“only fair route”): the sentence stays a report. */
  fragment?: boolean;
  /** Given its speaker by the quote model, which scored them this (no rule reads who said it). */
  byModel?: number;
  /** A motion's clauses tabled in the speaker's name (a transcript's "Motion NDM1234 Ann Bell"): proposed, not said. */
  tabled?: boolean;
}

export interface ReportedView {
  person: string;
  sentence: Span;
  /** "X asked whether …": a question put, not a view. */
  asks?: boolean;
}

/** Quotes shorter than this are scare quotes or titles (“exacerbate”, ‘inverse care law’), not speech. */
const MIN_QUOTE_WORDS = 4;
/** Phrases that attribute words to the one named with them, beside the speech verbs. */
const ATTRIBUTING =
  "[Aa]ccording to|(?:[Ii]n )?the words of|words of|referred to|refers to|references|referenced|described|describes|called|calls|branded|brands|dubbed|labelled|labeled|termed|" +
  // "She accused the council of “gross neglect”": the accuser's words.
  "accused|accuses|accusing|" +
  // "Ms Pardoe wants the Government to “invest in …”": what a person wants, hopes or fears, in their words.
  "wants|wanted|hopes|hoped|fears|feared|thinks|thought|responded|answered|announced|announces|" +
  // "with guest speaker Prof X warning growers “not to sign away” …": a participle after the one speaking.
  "warning|urging|saying|insisting|arguing|describing|" +
  // "dismissing the offer of a ferry as ‘frankly absurd’": dismissed as, like described as, gives the one who
  // dismisses the words (not "dismissed claims that the port was “…”": those are the claimants').
  'dismiss(?:ed|es|ing)(?=[^.;:!?“”"‘’\\n]{1,100}\\bas[^\\S\\n]*$)|' +
  // "…, promising that the board will “…”", "pledging to “…”": the other participles of a verb of speech.
  "promising|pledging|vowing|claiming|suggesting|predicting|conceding|admitting|declaring|reminding|calling|" +
  // "Name quoted from the survey “…”": words the speaker chose to give.
  "quoted|quoting|" +
  // "… had resigned, citing the “slow poisoning” of …", "expressing his anger at the “paper promises”".
  "citing|expressing|" +
  // "reiterated the pledge to deliver “…”", "conceded that “…”", "pledged to “…”".
  "reiterated|reiterates|repeated|restated|reaffirmed|echoed|echoes|conceded|concedes|pledged|pledges|promised|" +
  "promises|vowed|vows|revealed|reveals|confirmed|declared|maintained|contended|predicted|complained|lamented|" +
  "joked|jokes|quipped|reflected|worried|worries|admits|acknowledges|reckons|reckoned|adding|noting|explaining|" +
  // "Name feels that we are “halfway through a long change”", "cautioned that it could have “grave effects”", "affirmed
  // that the test ‘is not cost alone’", "reminded the room that “…”", "recognised that crews were “the worst hit”".
  "feels|felt|cautioned|cautions|affirmed|affirms|reminded|reminds|recognised|recognises|recognized|recognizes|" +
  // "voiced his concern, commenting that there is ‘…’": the participle after the one speaking.
  "stressing|commenting|remarking|stating|observing|" +
  // "talked about how “…”", "spoke about founding a charity for “…”".
  "talked|talks|talking|spoke|speaks|speaking|" +
  // "made an impassioned plea that “…”", "made the point that “…”", "issued a warning that “…”".
  "(?:made|makes|issued|issues|gave|gives|sounded)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" +
  "(?:plea|point|case|call|argument|claim|promise|pledge|warning|prediction|admission|assurance|observation|" +
  "suggestion|comment|remark)s?|" +
  // "Said council leader Name: “…”", "Added Name:": the verb opening its sentence, before the one speaking.
  "Said|Says|Added|Adds|Commented|Continued|Explained|Warned|Replied|Wrote|Writes";
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS}|${ATTRIBUTING})\\b`, "u");
const VERBS = new RegExp(VERB.source, "gu");
/** The verbs whose subject may give words to a body, a document or people unnamed ("a sign reads", "expressed"). */
const SUBJECT_SPEECH_VERBS = new RegExp(
  `\\b(?:${SPEECH_VERBS}|${ATTRIBUTING}|expressed|expresses|reads|read|demanded|demands|condemned|condemns|accused|` +
    "accuses|criticised|criticises|criticized|criticizes|dismissed|dismisses)\\b",
  "gu",
);
/**
 * Right before a quotation, a term it names: "the definition of", "its policy of", "the notion of", "the so-called"
 * (group `owner`: a possessive or "its"/"their" before the noun).
 */
const TERM_NAMED =
  /(?:(?:\b(?<owner>its|their|[\p{L}'’-]+['’]s?)|\b(?:the|a|an|this|that|his|her|our|any))[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+)?(?:definition|notion|idea|principle|concept|policy|doctrine|ethos|philosophy|mantra|motto)[^\S\n]+of[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?$|\bso[\s-]called[^\S\n]+$/iu;
/** After a few quoted words: a noun for a kind of thing, which the words name ("the “quiet zone” policy"). */
const NAMED_THING_AFTER =
  /^[^\S\n]+(?:policy|policies|scheme|schemes|plan|programme|program|rule|rules|zone|zones|approach|initiative|campaign|strategy|model|system|project|law|bill|clause|test|agenda|doctrine|principle|category|status|option|deal|fund|tax|levy|pledge|card|pass|label|brand|slogan|motto|tag|movement|regime|route|service|network|club|award|badge|charter|standard|framework)\b/u;
/**
 * A verb of speech, then "that", another subject (a noun phrase or a name, never a pronoun: "he said that he had
 * promised …" is still his) and a verb of speech of its own, right before the quotation: "added that the minister had
 * once promised him that". Group 1: from that subject to the end; group 2: the subject.
 */
const RELAYED_SPEECH = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS})\s+(?:[\p{L}'’-]+\s+){0,6}?that\s+((` +
    String.raw`(?:the|a|an|his|her|their|its|our|my)\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})` +
    String.raw`\s+(?:(?:had|has|have|would|once|also|previously|earlier|repeatedly|then|personally)\s+)*` +
    String.raw`(?:promised|told|said|warned|assured|pledged|vowed|insisted|claimed|declared|stated|wrote|announced)\b[^“”"‘’.;!?]*)$`,
  "u",
);
/** Nouns for what a person said: "the warning from Name", "Name's verdict". */
const WORDING_NOUNS =
  "words|warning|warnings|view|views|verdict|message|plea|assessment|advice|argument|conclusion|judgement|judgment|" +
  "comment|comments|remarks|response|reply|answer|prediction|diagnosis|complaint|claim";
/** A sentence after a quotation that names whose words they were: "These are the words of Sir X", "So said X". */
const WORDS_WERE = new RegExp(
  '^[\\s“"‘]*(?:(?:these|those|they|such)\\s+(?:are|were)\\s+(?:the\\s+)?words\\s+of|(?:so|thus)\\s+(?:said|says|wrote|writes)|' +
    "the\\s+words\\s+(?:are|were)\\s+(?:those\\s+)?of|" +
    // "That was the warning from Name", "This is the view of Name", "The plea came from Name", "Such was the verdict
    // of Name": a noun for what someone said, then whose it was.
    `(?:(?:that|this|these|those|such|it)\\s+(?:is|was|are|were)\\s+the|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${WORDING_NOUNS})\\s+` +
    "(?:of|from|by|(?:came|comes|was|is)\\s+from)|" +
    // "This was one of many questions posed by Name", "It was one of the points made by Name".
    "(?:that|this|it)\\s+(?:is|was)\\s+one\\s+of\\s+(?:the\\s+|many\\s+|several\\s+|a\\s+number\\s+of\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?" +
    `(?:questions|${WORDING_NOUNS})\\s+(?:(?:posed|asked|put|raised|made|given|offered)\\s+)?(?:of|from|by))\\s`,
  "iu",
);
/**
 * A clause right after a quotation that names whose words they were by a noun of wording: "“…,” was the advice from
 * Name", "“…” is the verdict of the Fenby Trust's Name" (the name after a body's name or an office at most).
 */
const WAS_THE_WORDING = new RegExp(
  `^[^\\S\\n]*,?[^\\S\\n]*(?:was|is|were|are)\\s+(?:the|her|his|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${WORDING_NOUNS})\\s+(?:of|from|by)\\s+`,
  "u",
);
const PRONOUN = /\b(?:he|she|He|She)\b/gu;
/** A line linking to another story: "READ MORE: …", "Read more: …", "Related: …", "See also: …", "Also read: …". */
const LINK_LINE =
  /^(?:read\s+more|related(?:\s+(?:stories|articles?|links?))?|see\s+also|also\s+read|more\s+on\s+this)\s*[:|–—-]/iu;
/** "presented her latest research on …": a person's own work put to the room (not "presented the award"). */
const PRESENTED_WORK =
  "present(?:ed|s)\\s+(?:(?:her|his|their|its|our|the|a|an|new|latest|recent|own)\\s+){0,3}(?:work|research|" +
  "findings|report|paper|evidence|analysis|case|proposals?|plans?|argument|review|study)";
const REPORTING = new RegExp(
  `^[\\s,]*(?:(?:has|had|also|then|further|later|now|clearly|strongly)\\s+)*(?:${SPEECH_VERBS}|thinks|feels|wants|` +
    "described|describes|provided|provides|gave|gives|offered|raised|raises|discussed|spoke about|talked about|" +
    "spoke of|made the case|made a case|is concerned|was concerned|is convinced|" +
    // "Kerr had kinder words for the loan fund", "Raman defended the operator's record", "X welcomed the review".
    "had\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:words|praise)\\s+for|praised|welcomed|criticised|criticized|defended|rejected|" +
    "dismissed|challenged|conceded|cautioned|called\\s+on|was\\s+critical\\s+of|thanked|advised|responded|" +
    "announced|(?:is|was)\\s+adamant|had\\s+(?:similar\\s+|the\\s+same\\s+)?concerns|" +
    // "reiterated the council’s commitment to …", "spoke for the Trust, making the case …", "presented her latest
    // research on …" (not "presented the award").
    "reiterated|repeated|restated|reaffirmed|spoke\\s+(?:for|on)|" +
    PRESENTED_WORK +
    "|" +
    // A writer's own piece: "Name, Role, explores why …", "examines how …", "sets out what …".
    "explores|explored|examines|examined|sets out|set out|outlines|outlined|" +
    // "hear from Name MP about her pledge to …", "Name used the event to argue that …"
    "(?:MP\\s+|MSP\\s+)?about|used\\s+(?:the|his|her|their|its|this|that)\\s+[\\w\\s-]{1,40}?\\s+to\\s+(?:argue|say|warn|call|urge|make\\s+the\\s+case|set\\s+out|explain)|" +
    // "Marlow's work has since gone on to show how …": what a person's own work shows is their view.
    "['’]s\\s+(?:work|research|book|report|study|studies|analysis|writing|findings)\\s+(?:[\\w-]+\\s+){0,4}?(?:show|shows|showed|shown|reveal|reveals|revealed|find|finds|found|argue|argues|argued|suggest|suggests|suggested))\\b",
  "u",
);

const PRONOUN_REPORT = new RegExp(
  `^(?:He|She)\\s+(?:(?:has|had|also|then|further|later|now|clearly|strongly)\\s+)*(?:${SPEECH_VERBS}|thinks|feels|wants|` +
    "described|describes|raised|raises|called|calls|believes|believed|pointed|points|" +
    // "She made the case that …", "He reiterated …", "She presented her work on …" (not "presented the figures").
    "made\\s+(?:the|a|her|his|their)\\s+(?:case|point|argument)|reiterated|repeated|restated|" +
    PRESENTED_WORK +
    ")\\b",
  "u",
);

/** Whether a span lies inside a quotation (quotations, in text order, never overlap). */
function insideAny(span: Span, quotes: SpansInOrder<Span>): boolean {
  return quotes.at(span.start, (inner) => inner.start <= span.start && span.end <= inner.end) !== undefined;
}

/** A footnote's marker right after a quotation, past its closing marks: “… all is well.”¹, “… all is well”.² */
const FOOTNOTE_MARKER = /^[.,;:!?)\]]*([⁰¹²³⁴-⁹]+)/u;

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscriptNumber = (marks: string): number =>
  Number([...marks].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(""));

/** A question number of oral evidence: "Q45", "Qq45–47", "Q 45". */
const QUESTION_NUMBER = String.raw`Qq?\s?\d+(?:\s?[–—-]\s?\d+)?`;
/** A footnote citing one answer by its witness: "Q45 (Priya Nand)", "Q45 [Priya Nand]", "Priya Nand, Q45". */
const WITNESS_CITATION = new RegExp(
  String.raw`^(?:${QUESTION_NUMBER}\s*[(\[]([^()\[\]\n]{3,60})[)\]]|([^,()\[\]\n]{3,60}),\s*${QUESTION_NUMBER})\s*\.?$`,
  "u",
);
/** A report's numbered heading ("2 Monitoring storm overflows"): passed over when seeking a footnote below the text. */
const NUMBERED_HEADING = /^\d+\s+\p{Lu}[\p{L}'’ -]{0,80}$/u;
/** How far below the marker its footnote may be: the page's foot. */
const FOOTNOTE_REACH = 6000;

/**
 * The witness a footnote cites, numbered `n`, below `from` on the page: the first paragraph under it that opens with
 * the number (a numbered heading aside). Only a footnote citing one person's oral evidence, whose name the text
 * names as a person: never a written submission ("Written evidence (FEN0012)"), a document, or two witnesses
 * ("Qq45–47 (Priya Nand and Grant Pell)").
 */
function footnotedWitness(
  text: string,
  paragraphs: Paragraph[],
  from: number,
  n: number,
  found: PeopleInText,
): string | undefined {
  for (const p of paragraphs) {
    if (p.start < from) continue;
    if (p.start > from + FOOTNOTE_REACH) return undefined;
    const line = text.slice(p.start, p.end).trim();
    const numbered = new RegExp(`^${n}\\s+(.+)$`, "u").exec(line);
    if (!numbered || NUMBERED_HEADING.test(line)) continue;
    const cited = WITNESS_CITATION.exec(numbered[1]!.trim());
    const name = (cited?.[1] ?? cited?.[2])?.trim();
    if (!name || /\s(?:and|&)\s|[,;]/u.test(name)) return undefined;
    const bare = foldName(
      name.replace(/^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Cllr)\.?\s+)+/u, ""),
    );
    const people = [...found.people.values()].filter((person) => foldName(person.label) === bare);
    return people.length === 1 ? people[0]!.key : undefined;
  }
  return undefined;
}

export function attributeSpeech(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  quotes: QuoteSpan[],
  found: PeopleInText,
  model: Model | null = null,
): { speeches: Speech[]; reported: ReportedView[]; candidates: QuoteCandidate[] } {
  const pulled = pullQuotes(text, paragraphs, quotes, found);
  const paragraphsInOrder = new SpansInOrder(paragraphs);
  const paragraphAt = (at: number) => paragraphsInOrder.at(at, (p) => p.start <= at && at <= p.end);
  const sentencesInOrder = new SpansInOrder(sentences);
  /** A quotation that is a sentence or a paragraph of its own: speech whatever its length (“Transport is vital.”). */
  const standsAlone = (q: QuoteSpan): boolean => {
    const p = paragraphAt(q.start);
    const s = sentencesInOrder.at(q.start, (x) => x.start <= q.start && q.start < x.end);
    const from = Math.max(p?.start ?? 0, s && s.start <= q.start ? s.start : q.start);
    return (
      /^[\s(]*$/u.test(text.slice(from, q.start)) &&
      /^[^\S\n]*[.,!?…)]?[^\S\n]*(?:$|\n)/u.test(text.slice(q.end, Math.min(text.length, q.end + 4)))
    );
  };
  /** A quotation with words of the writer's sentence both before and after it ("laying out his “…” at the fair"). */
  const midSentence = (q: QuoteSpan): boolean => {
    const s = sentencesInOrder.at(q.start, (x) => x.start <= q.start && q.start < x.end);
    return !!s && /\p{L}/u.test(text.slice(s.start, q.start)) && /\p{L}/u.test(text.slice(q.end, s.end));
  };
  // Short quotations within a sentence are scare quotes or titles (“exacerbate”, ‘inverse care law’) unless the
  // sentence gives them to someone with a verb of speech: “only fair route”, ‘top to bottom review’.
  const fragments = new Set<QuoteSpan>();
  for (const q of quotes) {
    const inner = text.slice(q.inner.start, q.inner.end);
    if (wordCount(inner) >= MIN_QUOTE_WORDS || wordCount(inner) === 0 || standsAlone(q)) continue;
    fragments.add(q);
  }
  const speechQuotes = [
    ...quotes.filter((q) => wordCount(text.slice(q.inner.start, q.inner.end)) > 0),
    ...pulled.added,
  ].sort((a, b) => a.start - b.start);
  const quoted = new SpansInOrder(speechQuotes.map((q) => q.inner));
  // A news page's link to another story ("READ MORE: Reed backs the harbour plan") names no one of this text's
  // sentences: "He said:" after it points back past it.
  const links = new SpansInOrder(paragraphs.filter((p) => LINK_LINE.test(text.slice(p.start, p.end))));
  const narrative = new SpansInOrder(found.mentions.filter((m) => !insideAny(m, quoted) && !insideAny(m, links)));
  const lastSentenceOf = new Map<number, Sentence>();
  for (const s of sentences) lastSentenceOf.set(s.paragraph, s);
  const lastMentionBefore = (at: number): Mention | undefined => narrative.lastEndingBy(at);
  /** Surnames that belong to one person of the text only, to that person. */
  const surnames = new Map<string, string>();
  const shared = new Set<string>();
  for (const person of found.people.values()) {
    const surname = person.label.split(/\s+/u).at(-1)!;
    if (surnames.has(surname) && surnames.get(surname) !== person.key) shared.add(surname);
    surnames.set(surname, person.key);
  }
  for (const surname of shared) surnames.delete(surname);
  /**
   * "he" or "she" where a person's title says which (Mr, Sir, Lord; Mrs, Ms, Miss, Dame, Baroness, Lady): the title
   * of their name or one the text writes before any mention of them ("Council leader Ann Frith …, Ms Frith said").
   */
  const titledBefore = new Map<string, string>();
  for (const m of found.mentions) {
    const title = /(?:^|\s)(Mrs|Ms|Miss|Mr|Sir|Dame|Lord|Baroness|Lady)\.?\s+$/u.exec(
      text.slice(Math.max(0, m.start - 10), m.start),
    );
    const own = /^(Mrs|Ms|Miss|Mr|Sir|Dame|Lord|Baroness|Lady)\b/u.exec(text.slice(m.start, m.end));
    if ((title || own) && !titledBefore.has(m.person)) titledBefore.set(m.person, (title ?? own)![1]!);
  }
  const genderOf = (key: string): "he" | "she" | undefined => {
    const person = found.people.get(key);
    const title = `${person?.titled ?? titledBefore.get(key) ?? ""} ${person?.label ?? ""}`.trim();
    if (/^(?:Mr|Sir|Lord)\b/u.test(title)) return "he";
    if (/^(?:Mrs|Ms|Miss|Dame|Baroness|Lady)\b/u.test(title)) return "she";
    // With no title, a given name that is a man's or a woman's only ("Martin", "Clara"): "She added:" after a sentence
    // naming Clara is not the Martin who spoke before.
    const given = person?.label.split(/\s+/u).find((w) => !TITLE_WORD.test(w));
    return given && person!.label.includes(" ") ? givenNamePronoun(given) : undefined;
  };
  /**
   * Whom a pronoun at `at` points back to: the subject of the nearest sentence before it that names someone (the
   * person it opens with, or one a speech verb follows), not merely the last person named ("Garside told the panel
   * that Mark Ellery had rebuilt the rota. She added: …" is Garside). With no subject, the last person named.
   */
  // "Asked what would win his support, he said Reed’s report should go further.": the same pronoun before everyone
  // the sentence names, a verb of speech right after it, is its subject, whatever words open it; those named are in
  // what it said.
  const pronounSpeaks = (words: string, pronoun: string): boolean =>
    new RegExp(`\\b${pronoun}\\s+(?:(?:has|had|also|then|later)\\s+)?(?:${SPEECH_VERBS})\\b`, "iu").test(words);
  const pronounSpeaksFirst = (sentence: Sentence, pronoun: string): boolean => {
    const first = narrative.inside({ start: sentence.start, end: sentence.end })[0];
    return first !== undefined && pronounSpeaks(text.slice(sentence.start, first.start), pronoun);
  };
  const subjectBefore = (at: number, pronoun?: string, goesOn?: string): string | undefined => {
    // "she" is not a Mr, a Sir or a Lord; "he" is not a Ms, a Dame or a Baroness (a title says so; a name does not).
    const fits = (m: Mention) => !pronoun || genderOf(m.person) !== (/^s/iu.test(pronoun) ? "he" : "she");
    let sentence = sentencesInOrder.at(at, (s) => s.start <= at && at <= s.end);
    // "… she said it was important to …", "“…,” she said.": a sentence naming no one in which the same pronoun speaks,
    // or a quotation's sentence naming no one, goes on with the same speaker, so does not count towards how far back
    // the pronoun reaches (a story that names its speaker once, then "she said" over paragraphs). At most a dozen such.
    const samePronounSays = pronoun
      ? new RegExp(`\\b${pronoun}\\s+(?:\\p{Ll}+\\s+)?(?:${SPEECH_VERBS})\\b`, "iu")
      : undefined;
    let goingOn = 0;
    for (let back = 0; sentence && back < 4; back++) {
      // "Fairbairn, a former chief executive, said …": a surname opening the sentence, of one person of the text,
      // though the people finder took it for no mention.
      const opening = /^[\s“"‘(]*(\p{Lu}[\p{L}'’-]+)\b(?![\s“"‘(]*$)/u.exec(
        text.slice(sentence.start, Math.min(sentence.end, at)),
      );
      const bySurname = opening && at > sentence.end ? surnames.get(opening[1]!) : undefined;
      if (
        bySurname &&
        fits({ start: 0, end: 0, person: bySurname, how: "short" }) &&
        narrative.inside({ start: sentence.start, end: sentence.start + opening![0].length }).length === 0
      )
        return bySurname;
      // "He said he had written to Ms Frith. “…,” he said.": a sentence whose subject is the same pronoun names only
      // its object; the one it points back to is further back.
      // So is one that opens with a word or a phrase set off by a comma before the pronoun ("Overall he handled the
      // questions from Name calmly", "Apparently, he …"); such a sentence does not count towards how far back it reaches,
      // and the last one named, when no sentence gives a subject, is not one named in it.
      if (
        back > 0 &&
        pronoun &&
        (pronounOpens(text.slice(sentence.start, sentence.end), pronoun) ||
          pronounSpeaksFirst(sentence, pronoun) ||
          (goingOn++ < 12 &&
            (samePronounSays!.test(text.slice(sentence.start, sentence.end)) ||
              /^[\s‘“"]*[“"]|[”"][\s’”]*$/u.test(text.slice(sentence.start, sentence.end))) &&
            narrative.inside({ start: sentence.start, end: sentence.end }).length === 0))
      ) {
        const previous: Sentence | undefined = sentencesInOrder.lastEndingBy(sentence.start);
        if (!previous || previous === sentence) break;
        sentence = previous;
        back--;
        continue;
      }
      const named = narrative.inside({ start: sentence.start, end: Math.min(sentence.end, at) });
      const inside = named.filter(fits);
      // "The film follows Bridget to the council offices. She described …": a given name alone, of someone the draft has
      // no person for, is whom the pronoun points back to, not the one named in an earlier sentence.
      if (named.length === 0 && loneGivenName(text.slice(sentence.start, Math.min(sentence.end, at)))) return undefined;
      if (inside.length > 0) {
        const subject =
          inside.find((m) => SUBJECT_OPENING.test(text.slice(sentence!.start, m.start))) ??
          inside.find((m) => SUBJECT_VERBS.test(text.slice(m.end, Math.min(sentence!.end, m.end + 40)))) ??
          inside.find((m) => apposedSubject(text, sentence!.start, m, sentence!.end));
        if (!subject && goesOn && fits({ start: 0, end: 0, person: goesOn, how: "short" })) return goesOn;
        // "Kate Marsh and Ann Frith met on Monday. “…,” she said.": a subject of two people, both of whom the pronoun
        // fits, leaves the words to neither.
        const i = subject ? inside.indexOf(subject) : -1;
        const joined = (a?: Mention, b?: Mention) =>
          !!a && !!b && a.person !== b.person && /^[^\S\n]*(?:and|&)[^\S\n]+$/u.test(text.slice(a.end, b.start));
        if (subject && (joined(subject, inside[i + 1]) || joined(inside[i - 1], subject))) return undefined;
        return (subject ?? inside.at(-1)!).person;
      }
      const previous: Sentence | undefined = sentencesInOrder.lastEndingBy(sentence.start);
      if (!previous || previous === sentence) break;
      sentence = previous;
    }
    // The last one named, but not in a sentence before this one whose subject is the same pronoun.
    const here = sentencesInOrder.at(at, (s) => s.start <= at && at <= s.end);
    const last = !pronoun
      ? lastMentionBefore(at)
      : narrative.inside({ start: 0, end: at }).findLast((m) => {
          const own = sentencesInOrder.at(m.start, (s) => s.start <= m.start && m.start < s.end);
          return (
            !own ||
            own === here ||
            !(
              pronounOpens(text.slice(own.start, m.start), pronoun) ||
              pronounSpeaks(text.slice(own.start, m.start), pronoun)
            )
          );
        });
    return last && fits(last) ? last.person : undefined;
  };

  /**
   * Whether the person named at `m` is the subject of the verb at `verbAt`, not a name inside a phrase before it: not
   * "Name’s office said" (a possessive's noun speaks), nor "In a letter to Name …, an officer said" (a name after
   * other words, then a noun phrase of its own before the verb). "Name, the group’s founder said" is Name.
   */
  const subjectOfVerb = (m: Mention, verbAt: number): boolean => {
    const between = text.slice(m.end, verbAt);
    const possessed = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:(?:has|had|have|also|then|later)\s+)*$/u.exec(
      between,
    );
    if (possessed && !new RegExp(`^(?:${WORDING_NOUNS})$`, "u").test(possessed[1]!)) return false;
    const sentence = sentencesInOrder.at(m.start, (s) => s.start <= m.start && m.start < s.end);
    // "A friend of Ms X said", "a spokesperson for X said": someone close to the one named speaks.
    if (CLOSE_TO.test(text.slice(Math.max(sentence?.start ?? 0, m.start - 60), m.start))) return false;
    const opensClause = SUBJECT_OPENING.test(text.slice(sentence?.start ?? m.start, m.start));
    // "a welcome from Name, the former mayor of Kelby who spoke of …": an office in apposition, then "who", is the one
    // named (not "a letter to Name, an officer said", whose officer is someone else).
    const appositive =
      /^,\s*(?:a|an|the)\s+([^,.;:!?“”"\n]{2,80}?)\s+who\s+(?:(?:has|had|also|then|later)\s+)*$/iu.exec(between);
    if (appositive && appositive[1]!.split(/\s+/u).some(isRoleWord)) return true;
    // "Name’s plan to cut …, what Kelby Today called “…”": a relative clause with a subject of its own speaks.
    if (/,\s*(?:what|which)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){1,5}$/u.test(between)) return false;
    return opensClause || !/,\s*(?:a|an|the|its|their|one|another)\s+[^,]*$/iu.test(between);
  };

  /** The speaker an attribution passage names: a person before the verb, or a pronoun for the last one named. */
  const speakerIn = (span: Span, needVerb: boolean): string | undefined => {
    const passage = text.slice(span.start, span.end);
    // "Brown's tax rise was described as the “least loved tax ever”": a verb in the passive names no speaker before
    // it; only "by Name" after it does. "The matter was referred to the committee, where Cllr X said:": the next verb.
    const passive = (v: RegExpExecArray) =>
      PASSIVE_VERBS.test(v[0]) &&
      /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/iu.test(
        text.slice(Math.max(span.start, span.start + v.index - 30), span.start + v.index),
      );
    // "the so-called ‘godfather of AI’": "called" there is an adjective's, no verb of speech; nor is a verb's form
    // used as a noun ("In a stark warning to Name, …", "after talks with Name").
    // Nor a verb inside words quoted earlier in the passage (“Mayor says …”, a headline the sentence quotes).
    const verbs = [...passage.matchAll(VERBS)].filter(
      (v) =>
        !/\bso[\s-]$/iu.test(passage.slice(0, v.index)) &&
        !nounUse(v[0], passage.slice(0, v.index)) &&
        !insideAny({ start: span.start + v.index, end: span.start + v.index + v[0].length }, quoted),
    );
    // "But, citing the storms, Mr Reyes said:": a participle opening the sentence, set off before its subject, is not
    // the verb the subject governs; the verb after it is.
    const opening = (v: RegExpExecArray) =>
      /ing$/u.test(v[0]) &&
      /^[^\p{L}]*(?:(?:but|and|yet|so|however|also|then)\b[^\p{L}]*)?$/iu.test(passage.slice(0, v.index)) &&
      verbs.some((w) => w.index > v.index && !passive(w));
    const verb = verbs.find((v) => !passive(v) && !opening(v)) ?? null;
    // "X quoted the council's report, which says the harbour is “…”": the verb nearest the words has a document or a
    // relative pronoun for its subject, so the words are the document's, no one's.
    // Not a participle the text sets off as the clause's ("X welcomed the report, saying: “…”", "X welcomed the report
    // saying: “…”"): a comma before it or a colon after it makes the document the object of the verb before, and the
    // words the subject's.
    const nearest = verbs.filter((v) => !passive(v)).at(-1);
    const setOff =
      nearest !== undefined &&
      /ing$/u.test(nearest[0]) &&
      (/,[^\S\n]*$/u.test(passage.slice(0, nearest.index)) ||
        /^[^\S\n]*:/u.test(passage.slice(nearest.index + nearest[0].length)));
    // Nor a document inside a clause set off after the subject, its comma before the verb left out ("Kate Marsh, who
    // wrote the report said: “…”", "Kate Marsh, speaking about the report said: “…”"): the document is that clause's
    // object.
    const lead = passage.slice(0, nearest?.index ?? 0);
    let cut = lead.length;
    while (cut > 0 && !',.;:!?“”"'.includes(lead[cut - 1]!)) cut--;
    const clause = lead.slice(cut);
    const inClause = /^[^\S\n]*(?:who|whom|[\p{Ll}]+ing)\b/u.test(clause) && !/^[^\S\n]*which\b/u.test(clause);
    if (nearest && !setOff && !inClause && DOCUMENT_SUBJECT.test(passage.slice(0, nearest.index))) return undefined;
    const inSpan = narrative.inside(span);
    if (!verb && verbs.length > 0) {
      const at = span.start + verbs[0]!.index;
      const by = /^\S+(?:\s+\S+)?\s+by\s+/u.exec(text.slice(at, span.end));
      return (by ? inSpan.find((m) => m.start === at + by[0].length) : undefined)?.person;
    }
    if (needVerb && !verb) return undefined;
    const verbAt = verb ? span.start + verb.index : span.end;
    // With no verb (a lead ending in a colon), the person the lead opens with is its subject, not the last one named:
    // "Victoria opened the questions to A and B with: “…?”".
    const opener = inSpan[0] && SUBJECT_OPENING.test(text.slice(span.start, inSpan[0].start)) ? inSpan[0] : undefined;
    if (!verb && opener) return opener.person;
    // "Pamela Hale (Anders) from ACR Orbital explained": a name after "from", "of" or "at" names where the
    // subject is from, not who speaks (when someone is named before it).
    const beforeVerb = inSpan.filter((m) => m.end <= verbAt);
    // "Ann Frith, whose daughter Jo, 20, studied there, said": a name inside a relative clause set off after the
    // subject is the clause's, not the one who speaks.
    const last = beforeVerb.findLast(
      (m, i) =>
        i === 0 ||
        !(
          AFTER_PREPOSITION.test(text.slice(beforeVerb[i - 1]!.end, m.start)) ||
          IN_RELATIVE_CLAUSE.test(text.slice(beforeVerb[i - 1]!.end, m.start))
        ),
    );
    const before = last && subjectOfVerb(last, verbAt) ? last : undefined;
    const after = inSpan.find((m) => m.start >= verbAt);
    const pronouns = [...passage.matchAll(PRONOUN)]
      .map((p) => span.start + p.index)
      .filter((at) => !insideAny({ start: at, end: at + 2 }, quoted));
    const pronounBefore = pronouns.filter((p) => p < verbAt).at(-1);
    // "She advocates reform as urgently as Mr Reed and says …": a pronoun opening the passage that the one named after
    // it cannot be (a "Mr" for "she", a "Ms" for "he") stays its subject.
    const pronounWord =
      pronounBefore === undefined ? "" : /^\w+/u.exec(text.slice(pronounBefore, pronounBefore + 4))![0];
    const otherGender =
      before !== undefined &&
      pronounBefore !== undefined &&
      /^[\s“"‘(]*$/u.test(text.slice(span.start, pronounBefore)) &&
      genderOf(before.person) === (/^s/iu.test(pronounWord) ? "he" : "she");
    if (before && !otherGender && (pronounBefore === undefined || before.start > pronounBefore)) return before.person;
    // "Rees later pledged to “…”": a surname opening the lead, of one person of the text only, that the people finder
    // took for no mention.
    if (!last && pronounBefore === undefined) {
      const opening = LEAD_SURNAME.exec(passage);
      const person = opening && !/['’]s$/u.test(opening[0].trimEnd()) ? surnames.get(opening[1]!) : undefined;
      const openingEnd = span.start + (opening ? opening.index + opening[0].length : 0);
      if (
        person &&
        openingEnd <= verbAt &&
        (/\s$/u.test(opening![0]) || TO_THE_VERB.test(text.slice(openingEnd, verbAt)))
      )
        return person;
      // "“…,” Minister Daltry said.", "Harbour Master Daltry added:", "said Senator Daltry", "stated Dean Daltry": an
      // office of capitalised words before the surname of one person of the text, the verb right after it (or,
      // inverted, before it).
      const office = OFFICE_SURNAME.exec(passage);
      const holder =
        office && !/^(?:The|A|An|This|That|These|Those|Her|His|Their|Our)\s/u.test(office[1]!)
          ? surnames.get(office[2]!)
          : undefined;
      const officeEnd = span.start + (office ? office.index + office[0].length : 0);
      if (
        holder &&
        (TO_THE_VERB.test(text.slice(officeEnd, verbAt)) ||
          (officeEnd <= span.end &&
            new RegExp(`^\\s*(?:${INVERTED_VERBS})\\s+$`, "u").test(passage.slice(0, office!.index))))
      )
        return holder;
    }
    // "The MP told the delegates that …", "In a bold claim, the new mayor adds that …", "Calling for …, the Green MSP
    // also urged …, saying": a definite description of an office for the subject, no one named before the verb, is the
    // one named before with that office, else (as a pronoun would be) the subject of the nearest sentence naming someone.
    if (!last && pronounBefore === undefined) {
      const described = describedSubject(passage);
      if (described && span.start + described.at + described.description.length < verbAt) {
        const at = span.start + described.at;
        const holder = describedPerson(described.description, "before", { start: at, end: at });
        if (holder) return holder;
        // Not one whose stated post is another office ("Ann Bell, chief executive of …. The minister said …"); a
        // member's seat goes with any post ("Jo Hale, Minister for Ferries, …. The MSP said …").
        const subject = subjectBefore(at);
        const head = new RegExp(`\\b${escapeRegExp(described.description.split(" ").at(-1)!)}\\b`, "iu");
        const posts = found.roles.filter((r) => r.person === subject);
        const seat = SEAT_WORD.test(described.description.split(" ").at(-1)!);
        return seat || posts.length === 0 || posts.some((r) => head.test(r.role)) ? subject : undefined;
      }
    }
    const pronounAt = (at: number) => /^\w+/u.exec(text.slice(at, at + 4))![0];
    if (pronounBefore !== undefined) {
      // "She added …" after a sentence that names someone only as its object ("… was cancelled by Name"): the one
      // who was speaking goes on.
      const goesOn = CONTINUING.test(text.slice(pronounBefore, verbAt + 12)) ? speeches.at(-1) : undefined;
      return subjectBefore(pronounBefore, pronounAt(pronounBefore), goesOn?.speaker);
    }
    if (after && inverted(passage.slice(0, verbAt - span.start), text.slice(verbAt, after.start))) return after.person;
    const pronounAfter = pronouns.find((p) => p >= verbAt);
    if (pronounAfter !== undefined) return subjectBefore(span.start, pronounAt(pronounAfter));
    return undefined;
  };

  /**
   * "Name – We need …": a paragraph that opens with a person's name and a dash, then sentences of their own (a
   * write-up's key points by speaker) is that person's. A name line ("Name – Org") is too short to be one.
   */
  const dashLedBy = (paragraph: Paragraph): string | undefined => {
    const first = narrative.firstFrom(paragraph.start, (m) => m.start < paragraph.end);
    if (!first || !TITLES_BEFORE.test(text.slice(paragraph.start, first.start))) return undefined;
    const dash = /^[^\S\n]*[—–―-][^\S\n]+/u.exec(text.slice(first.end, paragraph.end));
    const rest = dash ? text.slice(first.end + dash[0].length, paragraph.end) : "";
    return dash && wordCount(rest) >= 6 && /[.!?"”’)]\s*$/u.test(rest) ? first.person : undefined;
  };

  /** The one person whose stated role the description names ("the president of the Growers’ Union"). */
  const holderOf = (description: string): string | undefined => {
    const words = foldText(description);
    const holders = new Set(
      found.roles
        .filter((r) => {
          if (!new RegExp(`(?:^| )${escapeRegExp(foldText(r.role))}(?: |$)`, "u").test(words)) return false;
          const org = r.organisation?.label;
          // A description naming an organisation names the role holder's, by name or by its initials in brackets.
          const named = /\b(?:of|at|for)\b/u.test(words) || /\p{Lu}{2,}/u.test(description);
          return !named || org === undefined || words.includes(foldText(org).split(" ").slice(0, 2).join(" "));
        })
        .map((r) => r.person),
    );
    return holders.size === 1 ? [...holders][0] : undefined;
  };

  /**
   * The person a description of their office points to ("a council chief executive", "the minister"): the one named
   * with its last word next to their name ("Jo Pike, chief executive at …", "Housing minister Sam Adeyemi"), first
   * after the quotation for "a", the only one before it for "the". No one for a spokesperson or a source.
   */
  const describedPerson = (description: string, where: "before" | "after", quote: Span): string | undefined => {
    const head = /([\p{L}-]+)\s*$/u.exec(description)?.[1];
    const words = description.split(/\s+/u);
    if (
      !head ||
      !words.some(isRoleWord) ||
      words.some((w) => /^(?:spokes(?:man|woman|person)|sources?|officials?)$/iu.test(w))
    )
      return undefined;
    if (where === "before") {
      const holder = holderOf(description);
      if (holder) return holder;
    }
    const headWord = new RegExp(`\\b${escapeRegExp(head)}\\b`, "iu");
    // "First Minister Ann Bell", "the Prime Minister": another office than "the minister", unless the description
    // names it so.
    const otherOffice = new RegExp(`\\b(?:first|prime|chief)\\s+${escapeRegExp(head)}\\b`, "giu");
    const ownOffice = (words: string) =>
      headWord.test(/\b(?:first|prime|chief)\s/iu.test(description) ? words : words.replace(otherOffice, ""));
    // The office written with the name: before it ("Housing minister Name", "the head teacher, Name") or in the
    // appositive after it ("Name, chief executive at Org,").
    const described = (m: Mention) => {
      const s = sentencesInOrder.at(m.start, (x) => x.start <= m.start && m.start < x.end);
      // Fifty characters back, not cutting a word in two ("…rst Minister" is "First Minister").
      const low = s?.start ?? 0;
      let from = Math.max(low, m.start - 50);
      while (from > low && m.start - from < 70 && /\S/u.test(text[from - 1]!)) from--;
      const pre = text
        .slice(from, m.start)
        .replace(/[\s,]*$/u, "")
        .split(/[,.;:()–—]/u)
        .at(-1)!;
      const post = /^[^\S\n]*[,(][^\S\n]*([^,.;()\n]{0,80})/u.exec(text.slice(m.end, m.end + 90))?.[1] ?? "";
      if (ownOffice(pre) || ownOffice(post)) return true;
      // "A union leader has warned …" then "Ann Frith, general secretary of the union, said …": a word for anyone at
      // the head of a body stands for whatever post the one named next is given.
      return where === "after" && GENERIC_HEAD.test(head) && `${pre} ${post}`.split(/\s+/u).some(isRoleWord);
    };
    if (where === "after") {
      // The next few paragraphs (a byline, its date line and a caption may come between).
      const limit = paragraphs[(paragraphAt(quote.end)?.index ?? 0) + 5]?.end ?? text.length;
      return narrative.firstFrom(quote.end, (m) => m.start < limit && described(m))?.person;
    }
    const before = new Set(
      narrative
        .inside({ start: 0, end: quote.start })
        .filter(described)
        .map((m) => m.person),
    );
    return before.size === 1 ? [...before][0] : undefined;
  };

  /**
   * "“…” Ann Bell, director, Fenby Trust, praised the venue.": the one named right at `from` (after a quotation's
   * closing mark, or opening the next line), set off by her post in commas and then going on with a verb of any kind,
   * or (unless `apposition`) with a verb right after her name ("“…” Ann Bell praised …"). A delegates' round-up
   * credits each quotation so.
   */
  const creditAfter = (from: number, apposition: boolean): string | undefined => {
    const m = narrative.firstFrom(from, () => true);
    if (!m || !TITLES_BEFORE.test(text.slice(from, m.start))) return undefined;
    const rest = text.slice(m.end, m.end + 240);
    const set = /^[^\S\n]*,[^.!?“”"\n]{1,160}?,[^\S\n]*(?:(?:has|had|also|then|later)[^\S\n]+)*(\p{Ll}{3,})\b/u.exec(
      rest,
    );
    // A name inside the post ("Ann Bell, Tom Reed's deputy, praised …", a region read as a name) is no bar.
    if (set) return CREDIT_CONJUNCTION.test(set[1]!) ? undefined : m.person;
    if (apposition) return undefined;
    return /^[^\S\n]+(?:(?:has|had|also|then|later)[^\S\n]+)*\p{Ll}{3,}(?:ed|s)\b/u.test(rest) ? m.person : undefined;
  };
  /** A sentence that opens right after a quotation's closing mark in its paragraph: the credit of those words. */
  const creditsQuote = (s: Span): boolean =>
    speechQuotes.some((q) => q.end <= s.start && /^[^\S\n]*$/u.test(text.slice(q.end, s.start)));

  const organisationSpans = new SpansInOrder(
    [...found.organisations.values()].flatMap((o) => o.spans).sort((a, b) => a.start - b.start),
  );
  /**
   * Who speaks the words after a lead (the sentence before a quotation, or a lead-in line ending in a colon) when the
   * verb of speech nearest them has no person for its subject: a body, a document, or people the text does not name.
   * Not a participle ("…, saying", "with staff warning"): its subject is the clause's, which the rules read.
   */
  const unnamedSpeakerIn = (lead: Span): UnnamedSpeaker | undefined => {
    const passage = text.slice(lead.start, lead.end);
    const verb = [...passage.matchAll(SUBJECT_SPEECH_VERBS)]
      .filter(
        (v) =>
          !/\bso[\s-]$/iu.test(passage.slice(0, v.index)) &&
          !nounUse(v[0], passage.slice(0, v.index)) &&
          !insideAny({ start: lead.start + v.index, end: lead.start + v.index + v[0].length }, quoted) &&
          !(
            PASSIVE_VERBS.test(v[0]) &&
            /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/iu.test(
              passage.slice(Math.max(0, v.index - 30), v.index),
            )
          ),
      )
      .at(-1);
    if (!verb || /ing$/u.test(verb[0])) return undefined;
    return unnamedSpeakerOf(
      text,
      lead.start,
      lead.start + verb.index,
      verb[0].length,
      narrative.inside(lead),
      organisationSpans.overlapping(lead),
    );
  };

  const speeches: Speech[] = [];
  const unattributed: QuoteSpan[] = [];
  /** Quotations the rules give to someone the text does not name ("an officer said"): no candidate speaks them. */
  const toSomeoneUnnamed = new Set<QuoteSpan>();
  /**
   * Words a body or a document the text names gives ("The Fenby Trust has branded …", "the report says"), and terms
   * named ("the definition of “…”"): no speaker who says the same words elsewhere makes them theirs.
   */
  const notTeasers = new Set<QuoteSpan>();
  /** The people who said a quotation together ("Ann Bell and Tom Reed said: “…”"), for the paragraphs it goes on in. */
  const saidTogether = new Map<QuoteSpan, string[]>();
  /** The last quotation a body, a document or people unnamed gave (words going on in the next paragraph are theirs). */
  let lastUnnamed: QuoteSpan | undefined;
  for (const quote of speechQuotes) {
    const paragraph = paragraphAt(quote.start);
    if (!paragraph) continue;
    const fragment = fragments.has(quote);
    // A name or title in capitals (“Levelling Up”) is no one's words; one word with its own stop or comma inside the
    // marks (“No,”, “Never.”) is an answer.
    const innerWords = text.slice(quote.inner.start, quote.inner.end).trim();
    if (fragment && FORMAL_NAME.test(innerWords) && !/^\p{L}+[,.!?]$/u.test(innerWords)) continue;
    // "‘Higher workload’" on a line of its own: a news page's crosshead, a few words with no sentence's end (nor an
    // ellipsis: "“Avoidable … Unfair … Costly”" are words cut from a speech), no one's, unless the text after it
    // says whose words they were ("These are the words of …").
    // Up to six words ("‘Every pier should have a lift’"), unless a credit line under it names its speaker (a pull
    // quote) or the line before ends in a colon (words a lead gives someone).
    const before = paragraph.index > 0 ? paragraphs[paragraph.index - 1]! : undefined;
    if (
      wordCount(innerWords) <= 6 &&
      !/[.!?…,;:]/u.test(innerWords) &&
      text.slice(paragraph.start, paragraph.end).trim() === text.slice(quote.start, quote.end).trim() &&
      !WORDS_WERE.test(text.slice(paragraph.end, paragraph.end + 200).trimStart()) &&
      (wordCount(innerWords) <= 3 ||
        (!pulled.speakerOf.has(paragraph.index) && !(before && /:\s*$/u.test(text.slice(before.start, before.end)))))
    )
      continue;
    // "the union’s ‘harvest forum’": a short quotation right after a possessive names the owner's thing.
    if (fragment && /\p{L}['’]s[^\S\n]+$/u.test(text.slice(Math.max(0, quote.start - 12), quote.start))) continue;
    // “so-called “grey-belt” land”: the writer's scare quotes, whoever the sentence is about.
    if (fragment && /\bso[\s-]called\s*$/iu.test(text.slice(Math.max(0, quote.start - 12), quote.start))) continue;
    // "the “quiet zone” policy", "its “open door” scheme": a few quoted words naming a kind of thing are its name.
    if (
      fragment &&
      /\b(?:the|a|an|its|their|his|her|our|this|that|new)[^\S\n]+$/iu.test(
        text.slice(Math.max(0, quote.start - 8), quote.start),
      ) &&
      NAMED_THING_AFTER.test(text.slice(quote.end, quote.end + 30))
    )
      continue;
    // "opened with his keynote, ‘Maps: Integration and impact’", "a report entitled ‘…’": a work's title, of any length.
    if (WORK_BEFORE.test(text.slice(Math.max(paragraph.start, quote.start - 40), quote.start))) continue;
    // "a panel session that looked at “Why the Ports Fill So Slowly,”": the question a session took up, in capitals
    // first, is its title (the README's ruling on a quoted title).
    if (
      /^\p{Lu}/u.test(innerWords) &&
      SESSION_TOPIC_BEFORE.test(text.slice(Math.max(paragraph.start, quote.start - 60), quote.start))
    )
      continue;
    // "a panel called “Tides to Come”", "the Forum’s summit, named ‘Ports on the Brink’": a name given
    // in title case after "called" or "named" is the thing's name, not words of the one the sentence is about. So is
    // one set off by a comma after an event's noun: "opened a panel, “When Small Ports are Gone,” at …".
    if (
      /\b(?:called|named|(?:panel|session|debate|discussion|conference|summit|seminar|webinar|workshop|roundtable|symposium|forum|festival|series)s?,)[^\S\n]*$/iu.test(
        text.slice(Math.max(paragraph.start, quote.start - 16), quote.start),
      ) &&
      // (Not the audience of words spoken: "told the conference, “…”".)
      !/\b(?:told|tells|addressed|addresses|asked|asks|reminded|warned|urged)[^\S\n]+(?:the|a|an|this|that)[^\S\n]+[\p{L}-]+,[^\S\n]*$/u.test(
        text.slice(Math.max(paragraph.start, quote.start - 40), quote.start),
      ) &&
      titleCase(innerWords)
    )
      continue;
    let speaker: string | undefined = fragment ? undefined : pulled.speakerOf.get(paragraph.index);
    // Lead-in in the same paragraph: the text of the sentence before the opening mark.
    const sentence = sentencesInOrder.at(quote.start, (s) => s.start <= quote.start && quote.start < s.end);
    const leadStart = Math.max(
      paragraph.start,
      sentence && sentence.start < quote.start ? sentence.start : quote.start,
    );
    const lead = { start: leadStart, end: quote.start };
    const leadText = text.slice(lead.start, lead.end);
    // "… was the trust’s co-chair Ann Frith, “one of two fans’ voices on the board.”": words in apposition to the
    // name just before them, with no verb of speech in the sentence, describe that person; they are no one's speech.
    const named = narrative.inside(lead).at(-1);
    if (
      named &&
      /^[^\S\n]*,[^\S\n]*$/u.test(text.slice(named.end, quote.start)) &&
      /^\p{Ll}/u.test(innerWords) &&
      !VERB.test(leadText) &&
      !VERB.test(text.slice(quote.end, sentence?.end ?? quote.end))
    )
      continue;
    // "The Fenby Trust has branded the plan a “sticking plaster”", "Council leaders expressed their “…”", "A report by
    // the Audit Office says …": the verb of speech nearest the words has a body, a document or people the text does not
    // name for its subject, so the words are no person's, whoever else the paragraph names ("Ann Bell, of the Fenby
    // Trust, said" and "Speaking for the council, Ann Bell said" keep hers: her name is the subject). So are the words
    // under a lead-in line with such a subject ("The Trust said in a statement:"), and a paragraph of them going on.
    // (Whether the words open their paragraph, read back from them only as far as the lead: a text written as one
    // paragraph would cost a pass over it for each quotation.)
    let back = lead.start;
    while (back > paragraph.start && /\s/u.test(text[back - 1]!)) back--;
    const opensItsParagraph = leadText.trim() === "" && back === paragraph.start;
    const lineBefore = paragraph.index > 0 ? paragraphs[paragraph.index - 1] : undefined;
    const leadLine =
      opensItsParagraph &&
      lineBefore &&
      /:\s*$/u.test(text.slice(Math.max(lineBefore.start, lineBefore.end - 8), lineBefore.end))
        ? lastSentenceOf.get(lineBefore.index)
        : undefined;
    // Not when the clause after the words names who said them ("Residents say they want “…”, Ann Bell said.").
    const tailText = sentence && sentence.end > quote.end ? text.slice(quote.end, sentence.end) : "";
    const tailSpeaker =
      VERB.test(tailText) &&
      (narrative.inside({ start: quote.end, end: quote.end + tailText.length }).length > 0 ||
        /\b(?:he|she)\b/iu.test(tailText));
    const unnamed =
      speaker || tailSpeaker
        ? undefined
        : leadText.trim() !== ""
          ? unnamedSpeakerIn(lead)
          : leadLine
            ? unnamedSpeakerIn(leadLine)
            : undefined;
    const goesOn =
      !speaker &&
      !unnamed &&
      lastUnnamed !== undefined &&
      lineBefore !== undefined &&
      lastUnnamed.start >= lineBefore.start &&
      lastUnnamed.end >= lineBefore.end - 1 &&
      text.slice(paragraph.start, paragraph.end).trim() === text.slice(quote.start, quote.end).trim();
    if (unnamed || goesOn) {
      toSomeoneUnnamed.add(quote);
      unattributed.push(quote);
      // A news lead's "a charity warned of a “deep, deep hole”" may be words its spokesperson says in full below.
      if (goesOn || unnamed!.kind === "document" || !unnamed!.indefinite) notTeasers.add(quote);
      lastUnnamed = quote;
      continue;
    }
    // A term named, not said: "the definition of “open seas”", "the principle of “…”", no one's unless a person the
    // sentence names says it ("Ann Bell said the definition of “open seas” was …"); and never when a body or a document
    // owns the term ("the firm's policy of “asking, not telling”", "its definition of “…”") or it is "so-called".
    const term = !speaker ? TERM_NAMED.exec(text.slice(Math.max(lead.start, quote.start - 80), quote.start)) : null;
    if (term) {
      const owner = term.groups?.owner;
      const ownerAt = owner === undefined ? -1 : quote.start - (term[0].length - term[0].indexOf(owner));
      // "the so-called “…”" is the writer's, whoever the sentence is about, as a fragment after it is (above).
      const ownedByBody =
        /so[\s-]called[^\S\n]+$/iu.test(term[0]) ||
        (owner !== undefined &&
          (/^its$/iu.test(owner) ||
            subjectKind(
              [{ word: owner, start: ownerAt, end: ownerAt + owner.length }],
              narrative.inside(lead),
              organisationSpans.overlapping(lead),
            ) !== undefined));
      const sayer = ownedByBody
        ? undefined
        : (speakerIn(lead, true) ??
          (sentence && sentence.end > quote.end
            ? speakerIn({ start: quote.end, end: sentence.end }, true)
            : undefined));
      notTeasers.add(quote);
      if (!sayer) continue;
      speaker = sayer;
    }
    // "He added that the minister had once promised him that “…”": within one person's reported speech, a clause that
    // gives the words to another subject with a verb of speech makes them that subject's: a person the clause names,
    // else no one's (the reporter's paraphrase of someone the text does not name).
    const relayed = !speaker ? RELAYED_SPEECH.exec(leadText) : null;
    if (relayed) {
      const at = lead.start + relayed.index + relayed[0].length - relayed[1]!.length;
      const subject = narrative.inside({ start: at, end: at + relayed[2]!.length });
      if (subject.length !== 1) continue;
      speaker = subject[0]!.person;
    }
    // "Ann Bell admitted the system is “challenging” and Tom Reed said there is a “huge opportunity”": a lead that runs
    // over another quotation of its sentence is read from that quotation on first, when a verb of speech there has a
    // subject of its own (else " and that “…”" goes on with the one who spoke before it).
    if (!speaker && leadText.trim() !== "") {
      const earlier = quoted.lastEndingBy(quote.start - 1);
      if (earlier && earlier.start > lead.start) {
        const after = { start: earlier.end + 1, end: quote.start };
        const verbAt = after.start + (VERB.exec(text.slice(after.start, after.end))?.index ?? Infinity);
        const named = narrative.inside(after).filter((m) => m.end <= verbAt);
        const sayer = named.length > 0 ? speakerIn(after, true) : undefined;
        // Only the one named there before its verb ("… and Tom Reed said …"), not one a pronoun points to.
        if (sayer && named.some((m) => m.person === sayer)) speaker = sayer;
      }
    }
    if (!speaker && leadText.trim() !== "") speaker = speakerIn(lead, fragment || !/[:,]\s*$/u.test(leadText));
    const possessive = !speaker && !fragment ? POSSESSIVE_LEAD.exec(leadText) : null;
    if (possessive) speaker = subjectBefore(lead.start, possessive[1] === "His" ? "he" : "she");
    // "The minister added: “…”": the one named before with that office.
    const byOffice = !speaker && narrative.inside(lead).length === 0 ? DESCRIBED_LEAD.exec(leadText) : null;
    if (byOffice) speaker = describedPerson(byOffice[1]!, "before", quote);
    // "An MP has insisted Upland Water “must do more”": a news lead's speaker described, then named after it.
    const byOfficeAfter = !speaker && narrative.inside(lead).length === 0 ? INDEFINITE_LEAD.exec(leadText) : null;
    if (byOfficeAfter) speaker = describedPerson(byOfficeAfter[1]!, "after", quote);
    // "The law was described as “…” by Name, head of X": a verb of wording in the passive before the words, and the
    // person "by" names right after them (titles aside), not a body ("… by the Fenby Trust").
    if (!speaker && PASSIVE_LEAD.test(leadText)) {
      const by = /^[^\S\n]+by[^\S\n]+/u.exec(text.slice(quote.end, quote.end + 12));
      const from = quote.end + (by?.[0].length ?? 0);
      const named = by ? narrative.inside({ start: from, end: Math.min(text.length, from + 60) })[0] : undefined;
      if (
        named &&
        /^(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Cllr|Mr|Mrs|Ms)\.?\s+)*$/u.test(text.slice(from, named.start))
      )
        speaker = named.person;
    }
    // "Name opened the session with “…”": the words someone opened or closed with.
    if (!speaker && !fragment && OPENED_WITH.test(leadText)) speaker = speakerIn(lead, false);
    // "Lennox's verdict was stark: “…”", "Ms Lennox put it bluntly: “…”": a lead ending in a colon that opens with a
    // surname of one person of the text (possessive or not), which the people finder took for no mention.
    if (!speaker && !fragment && /:\s*$/u.test(leadText) && narrative.inside(lead).length === 0) {
      const opening = LEAD_SURNAME.exec(leadText);
      // A comma right after the surname sets off a clause about the one named ("Bell, who chairs the trust, said:"),
      // not a list of names ("Bell, Marlow and Fenby said:").
      const setOff =
        opening && (/\s$/u.test(opening[0]) || SET_OFF_CLAUSE.test(leadText.slice(opening.index + opening[0].length)));
      const person = setOff ? surnames.get(opening[1]!.replace(/['’]s$/u, "")) : undefined;
      if (person) speaker = person;
    }
    // "Name proposed, and Name2 seconded, a plan … They claimed that “…”": "they" opening the lead, with a verb of
    // speech right after it, is the two or three people the nearest sentence before it that names people names.
    let joint: string[] = [];
    if (!speaker && !fragment && THEY_SAID.test(leadText) && narrative.inside(lead).length === 0) {
      let before = sentence ? sentencesInOrder.lastEndingBy(sentence.start) : undefined;
      for (let back = 0; before && back < 4; back++) {
        const named = [...new Set(narrative.inside(before).map((m) => m.person))];
        if (named.length === 1) break; // "they" is not one person
        if (named.length >= 2) {
          if (named.length <= 3) joint = named;
          break;
        }
        const previous: Sentence | undefined = sentencesInOrder.lastEndingBy(before.start);
        before = previous === before ? undefined : previous;
      }
      speaker = joint[0];
    }
    // "Ann Bell and Tom Reed said:", "General secretaries Ann Bell of Fenby Union and Tom Reed of the Marlow Guild
    // said:": two people the lead names as its subject, only "and" (each one's body after "of") between them and the
    // verb right after the second, say the words together.
    if (speaker && joint.length === 0 && !fragment && /:\s*$/u.test(leadText)) {
      const named = narrative.inside(lead);
      const [a, b] = named;
      const verbAt = b ? b.end + (JOINT_SUBJECT_VERB.exec(text.slice(b.end, lead.end))?.[0].length ?? -1) : -1;
      if (
        named.length === 2 &&
        a!.person !== b!.person &&
        b!.person === speaker &&
        verbAt === lead.end &&
        JOINT_AND.test(text.slice(a!.end, b!.start)) &&
        JOINT_OPENING.test(text.slice(sentence?.start ?? lead.start, a!.start))
      ) {
        joint = [a!.person, b!.person];
        speaker = a!.person;
      }
    }
    // The words of someone the text does not name ("“…,” said one nurse", "“…” (a name the text has no person for)"),
    // which no one named before or after them said.
    let someoneElse = false;
    let namedByWording = false;
    // After the closing mark: “…,” said Name. / “…,” Name said. / “…,” she added.
    if (!speaker) {
      const tail = text.slice(quote.end, Math.min(quote.end + 120, paragraphAt(quote.end - 1)?.end ?? quote.end));
      // “…” – Name, Role: a dash on the quotation's own line, then the one who said it.
      const dash = fragment ? null : /^[^\S\n]*[—–―-][^\S\n]*/u.exec(tail);
      if (dash) {
        const at = quote.end + dash[0].length;
        const lineEnd = text.indexOf("\n", at);
        speaker = creditName(text, narrative, at, lineEnd === -1 ? text.length : lineEnd)?.person;
      }
      // The clause runs past the stop of an initial or a title ("said Ann B. Bell", "said Dr. Ann Bell").
      const clause = CLAUSE_AFTER.exec(tail)![0];
      // Only a clause that opens with the one speaking or the verb ("…,” said X", "…,” X said", "…,” she added"), not
      // one that goes on with a subject of its own ("… while X called on …", "…, the forum heard, writes X").
      if (!speaker && clause.trim() !== "" && ATTRIBUTION_OPENS.test(clause))
        speaker = speakerIn({ start: quote.end, end: quote.end + clause.length }, true);
      // “…,” laughs Name. / “…,” sighs Name: a verb of manner, then the name ending the clause.
      if (!speaker && clause.trim() !== "") {
        const named = narrative.firstFrom(quote.end, (m) => m.end <= quote.end + clause.length);
        if (
          named &&
          /^[^\S\n]*,?[^\S\n]*(?!(?:by|of|for|to|from|with|and|or|but|the|a|an|in|on|at|as|than|like)[^\S\n])\p{Ll}+[^\S\n]+(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx)\.?[^\S\n]+)?$/u.test(
            text.slice(quote.end, named.start),
          ) &&
          /^[^\S\n]*(?:$|,)/u.test(text.slice(named.end, quote.end + clause.length))
        )
          speaker = named.person;
      }
      // "“…,” was the advice from Ann Bell": the clause names whose words they were by a noun of wording.
      // A few words so given are that one's too ("“Let’s aim higher,” was the advice from Ann Bell").
      const wording = speaker ? null : WAS_THE_WORDING.exec(clause);
      if (wording) {
        const at = quote.end + wording[0].length;
        const named = narrative.firstFrom(at, (m) => m.end <= quote.end + clause.length);
        if (named && /^(?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+){0,4}$/u.test(text.slice(at, named.start))) {
          speaker = named.person;
          namedByWording = true;
        }
      }
      // “…” (Name, Organisation): the one named in brackets right after the quotation.
      const bracket = speaker || fragment ? null : /^[^\S\n]*\((\p{Lu}[^()\n]{2,80})\)/u.exec(tail);
      if (bracket) {
        const close = quote.end + bracket[0].length;
        speaker = narrative.firstFrom(quote.end, (m) => m.end <= close)?.person;
        someoneElse = !speaker;
      }
      // "… was “close to the brink” of cutting staff, he said.": the tag ending the quotation's sentence.
      const tag = speaker || clause.trim() === "" ? null : TAIL_TAG.exec(clause);
      if (tag) speaker = speakerIn({ start: quote.end + tag.index + 1, end: quote.end + clause.length }, true);
      // “…” Ann Bell, director, Fenby Trust, praised the venue.: a quotation opening its paragraph, not after a lead
      // ending in a colon that names someone ("Ann Frith said:⏎“…” Tom Reed disagrees." is hers; "What the guests
      // said:" names no one).
      const ownParagraph = text.slice(paragraph.start, quote.start).trim() === "";
      const leadLine = paragraph.index > 0 ? paragraphs[paragraph.index - 1]! : undefined;
      const colonBefore =
        !!leadLine &&
        /:\s*$/u.test(text.slice(leadLine.start, leadLine.end)) &&
        (narrative.inside(leadLine).length > 0 ||
          /\b(?:he|she|He|She)\b/u.test(text.slice(leadLine.start, leadLine.end)));
      if (!speaker && !someoneElse && !fragment && ownParagraph && !colonBefore && /^[^\S\n]/u.test(tail))
        speaker = creditAfter(quote.end, false);
      if (!speaker && UNNAMED_TAIL.test(clause)) someoneElse = true;
      // "“…,” Name’s landlord said.", "“…,” the company’s spokesman added.": a clause with its own speaker, whom the
      // text does not name, that no pronoun points back from.
      if (!speaker && ATTRIBUTION_OPENS.test(clause) && VERB.test(clause) && !/\b(?:he|she|they)\b/iu.test(clause))
        someoneElse = true;
    }
    // "Farmers are “furious” …, said the president of the Union.": a speaker named by role at the sentence's end, the
    // one person the text gives that role (of that organisation, when the description names one).
    if (!speaker && sentence) {
      const byRole = ROLE_TAIL.exec(text.slice(quote.end, sentence.end));
      if (byRole) speaker = holderOf(byRole[1]!);
      // "…”, a council chief executive has said." (a news lead: the body names them next), "“…,” the minister said."
      // (the minister named before): the one the text names with that office.
      const described = byRole ? null : DESCRIBED_TAIL.exec(text.slice(quote.end, sentence.end));
      if (!speaker && described) {
        const [article, description] = described[1] ? [described[1], described[2]!] : [described[3]!, described[4]!];
        speaker = describedPerson(description, /^the$/iu.test(article) ? "before" : "after", quote);
      }
    }
    // “A councillor says he was made to look “daft” …” / “Cllr Name made the comments as …”: a sentence that names
    // no one, whose speaker the next sentence names as the one who made the remarks.
    // (A credit in brackets, "FENBY (Ann Bell/Fenby TV) - “…”", names no one of the sentence.)
    const credited = (m: Mention) =>
      /\([^()\n]*$/u.test(text.slice(Math.max(sentence?.start ?? 0, m.start - 40), m.start));
    if (!speaker && sentence && narrative.inside(sentence).every(credited)) {
      // (After the whole quotation, where it runs on over sentences of its own.)
      const after = Math.max(sentence.end, quote.end);
      const next = sentencesInOrder.firstFrom(after, (x) => x.start >= after);
      const subject = next && narrative.firstFrom(next.start, (m) => m.end <= next.end);
      if (
        next &&
        subject &&
        (paragraphAt(next.start)?.index ?? Infinity) <= paragraph.index + 1 &&
        SUBJECT_OPENING.test(text.slice(next.start, subject.start)) &&
        MADE_REMARKS.test(text.slice(subject.end, next.end))
      )
        speaker = subject.person;
    }
    if (!speaker && someoneElse) {
      toSomeoneUnnamed.add(quote);
      if (!fragment) unattributed.push(quote);
      continue;
    }
    // "… warned that the talks were “going nowhere” and the strikes “will spread”": a later quotation in a sentence
    // whose earlier one went to someone, no one else named between them, is theirs too.
    if (!speaker && sentence) {
      const earlier = speeches.findLast((sp) => sp.quote.start >= sentence.start && sp.quote.end <= quote.start);
      if (earlier && narrative.inside({ start: earlier.quote.end, end: quote.start }).length === 0)
        speaker = earlier.speaker;
    }
    const ledBy = dashLedBy(paragraph);
    if (!speaker && ledBy) speaker = ledBy;
    if (fragment) {
      // Only a verb that reports the words themselves gives a fragment to someone ("said", "called it"); one that
      // reports a view ("highlighted his belief that … “exacerbate” …") leaves it the writer's scare quotes. In a
      // paragraph that is one person's ("Name – …"), the words are theirs.
      const around = sentence ?? paragraph;
      const outside = text.slice(around.start, quote.start) + " " + text.slice(quote.end, around.end);
      // (Left to no one, it may still be words someone says in full elsewhere: see the teaser below.)
      if (!speaker || (!WORDING_VERB.test(outside) && !(ledBy && speaker === ledBy) && !namedByWording))
        unattributed.push(quote);
      else speeches.push({ speaker, quote, sentences: [trimSpan(text, quote.inner)], fragment: true });
      continue; // a fragment is its sentence's, or no one's
    }
    // “…” Put simply, “…”: a lead with no one in it, in a paragraph whose earlier sentence gives words to someone.
    if (
      !speaker &&
      /^\s*\S+(?:\s+\S+){0,2},\s*$/u.test(leadText) &&
      narrative.inside(lead).length === 0 &&
      !/\b(?:he|she|they)\b/iu.test(leadText) &&
      lead.start > paragraph.start
    ) {
      speaker = speakerIn({ start: paragraph.start, end: lead.start }, true);
    }
    // “…” These are the words of Sir Alan Corrie, …: the sentence after the quotation (in its paragraph or the next).
    // After a quotation that is a paragraph of its own: “…” / Ms McTavish was speaking at …
    if (!speaker) {
      const next = sentencesInOrder.firstFrom(quote.end, (s) => s.start >= quote.end);
      const between = next ? text.slice(quote.end, next.start) : "";
      if (next && /^[\s.,]*$/u.test(between) && (paragraphAt(next.start)?.index ?? Infinity) <= paragraph.index + 1) {
        const opening = WORDS_WERE.exec(text.slice(next.start, next.end));
        if (opening) speaker = narrative.firstFrom(next.start + opening[0].length, (m) => m.end <= next.end)?.person;
        // “…” / That’s how the head of Kelby Ferries describes the fares.: the one named, or the one the text gives
        // that office, before the quotation or after it.
        const how = opening ? null : HOW_SAID.exec(text.slice(next.start, next.end));
        if (how) {
          const at = next.start + how.index + how[0].length - how[1]!.length;
          speaker = narrative.firstFrom(at, (m) => m.end <= at + how[1]!.length)?.person;
          const office = /^(?:the|a|an)\s+(.+)$/iu.exec(how[1]!.trim());
          if (!speaker && office)
            speaker = describedPerson(office[1]!, "before", quote) ?? describedPerson(office[1]!, "after", quote);
        }
      }
    }
    // “…,” Achebe said. “…”: a second quote in the paragraph, after an attributed one, is the same speaker's.
    const previousSpeech = speeches.at(-1);
    // Not after a few words quoted inside a sentence of the writer's, other sentences between ("… laying out his “new
    // deal for crews”, we heard that crews want more. This comment was typical. “…”": someone unnamed's words).
    const sentenceBefore = sentence ? sentencesInOrder.lastEndingBy(sentence.start) : undefined;
    const fragmentFarBack =
      previousSpeech !== undefined &&
      (previousSpeech.fragment === true || midSentence(previousSpeech.quote)) &&
      sentenceBefore !== undefined &&
      sentenceBefore !== sentence &&
      previousSpeech.quote.end <= sentenceBefore.start;
    if (
      !speaker &&
      leadText.trim() === "" &&
      previousSpeech &&
      previousSpeech.quote.end >= paragraph.start &&
      !fragmentFarBack
    ) {
      speaker = previousSpeech.speaker;
    }
    // A quote opening its paragraph: the previous paragraph may end "… said:" or "He continued,". A quote opening a
    // sentence within its paragraph: the sentence before it ("Priya Raman defended the record. “…”").
    const opensParagraph = text.slice(paragraph.start, quote.start).trim() === "";
    if (!speaker && leadText.trim() === "" && (paragraph.index > 0 || !opensParagraph)) {
      const previous = opensParagraph ? paragraphs[paragraph.index - 1]! : paragraph;
      const last = opensParagraph ? lastSentenceOf.get(previous.index) : sentencesInOrder.lastEndingBy(quote.start);
      const before = text.slice(previous.start, opensParagraph ? previous.end : quote.start);
      // Past a line with no sentence's end between the two (a link to a related story, a crosshead).
      const beforeLine = opensParagraph && paragraph.index >= 2 ? paragraphs[paragraph.index - 2]! : undefined;
      // Not a credit line ("-Fenby co-founder Ann Bell"): one naming no one, that opens with no dash.
      const interjected =
        beforeLine !== undefined &&
        wordCount(text.slice(previous.start, previous.end)) <= 20 &&
        !previous.listItem &&
        !/^\s*[—–―-]/u.test(text.slice(previous.start, previous.end)) &&
        narrative.inside(previous).length === 0 &&
        !/[.!?…:;,"”’'—–-]\s*$/u.test(text.slice(previous.start, previous.end));
      const continues =
        opensParagraph &&
        previousSpeech &&
        (previousSpeech.quote.end >= previous.end - 1 ||
          (interjected && previousSpeech.quote.end >= beforeLine.end - 1));
      if (last && last.start >= previous.start && !insideAny(last, quoted)) {
        // "Reed said:" / "He continued," / "She told the roundtable that …" just before the quote.
        speaker = speakerIn({ start: last.start, end: last.end }, !/[:,]\s*$/u.test(before));
        // "The Minister said:" ending the paragraph before, the minister named sentences before it ("The Minister for
        // Ferries, Ann Bell, visited …"): the one named before with that office, as a lead in the quote's own paragraph.
        const office =
          !speaker && narrative.inside(last).length === 0
            ? DESCRIBED_LEAD.exec(text.slice(last.start, last.end))
            : null;
        if (office) speaker = describedPerson(office[1]!, "before", quote);
      }
      // "“…,” the minister said." closing the paragraph before, naming no one else after the quotation: the speaker
      // found for it goes on in this one.
      const creditedLast =
        opensParagraph &&
        previousSpeech !== undefined &&
        last !== undefined &&
        last.start >= previous.start &&
        previousSpeech.quote.start >= last.start &&
        previousSpeech.quote.end < last.end &&
        narrative
          .inside({ start: previousSpeech.quote.end, end: last.end })
          .every((m) => m.person === previousSpeech.speaker);
      if (!speaker && (continues || creditedLast)) {
        speaker = previousSpeech!.speaker; // the same speaker goes on in a new paragraph
      }
      // "Priya Sandhu described how …" then the quotation: the one person the sentence opens with.
      if (!speaker && last && last.start >= previous.start && !insideAny(last, quoted)) {
        const inLast = narrative.inside(last);
        const opener = inLast[0];
        if (
          opener &&
          new Set(inLast.map((m) => m.person)).size === 1 &&
          opensWithSubject(text.slice(last.start, opener.start)) &&
          // Not a sentence crediting the quotation before it ("“…” Ann Bell, director, praised …").
          !creditsQuote(last)
        ) {
          speaker = opener.person;
        }
        // "He denied the crews had been ignored. “…”", "In his talk, she outlines how …⏎“…”": a sentence whose subject
        // is "he" or "she", naming no one, is the one that pronoun points back to.
        const pronoun = /\b(?:he|she)\b/iu.exec(text.slice(last.start, last.end))?.[0];
        if (
          !speaker &&
          inLast.length === 0 &&
          pronoun &&
          pronounOpens(text.slice(last.start, last.end), pronoun) &&
          !creditsQuote(last)
        )
          speaker = subjectBefore(last.start, pronoun.toLowerCase());
      }
    }
    // "Dame Orla told us:" over a list of what she said ("• That the dredging contracts have left ‘…’", "• On the
    // dredgers, which …"): a quotation in an item of a list under a lead ending in a colon with a verb of speech is
    // that lead's speaker's, when the item names no one before it.
    if (!speaker && paragraph.listItem && narrative.inside({ start: paragraph.start, end: quote.start }).length === 0) {
      let k = paragraph.index - 1;
      while (k >= 0 && paragraphs[k]!.listItem) k--;
      const head = k >= 0 ? paragraphs[k]! : undefined;
      const last = head ? lastSentenceOf.get(head.index) : undefined;
      if (head && last && last.start >= head.start && /:\s*$/u.test(text.slice(head.start, head.end)))
        if (!insideAny(last, quoted)) speaker = speakerIn({ start: last.start, end: last.end }, true);
    }
    // A quotation that is a paragraph of its own, no one named before it: “…” / Ms McTavish was speaking at …
    if (!speaker && standsAlone(quote)) {
      const next = sentencesInOrder.firstFrom(quote.end, (x) => x.start >= quote.end);
      const nextParagraph = next && paragraphAt(next.start);
      const subject = next && narrative.firstFrom(next.start, (m) => m.end <= next.end);
      if (
        next &&
        subject &&
        nextParagraph?.index === paragraph.index + 1 &&
        SUBJECT_OPENING.test(text.slice(next.start, subject.start)) &&
        SPEAKING_AFTER.test(text.slice(subject.end, next.end))
      ) {
        speaker = subject.person;
      }
      // “…” / Ann Bell, chair — Fenby Events, pledged to …: the next line credits the words, her post set off.
      if (!speaker && next && nextParagraph?.index === paragraph.index + 1 && next.start === nextParagraph.start)
        speaker = creditAfter(next.start, true);
    }
    // "Ms Harlow has met people who … and “turned to drink as a way to shut that out”": a quotation inside a
    // sentence that opens with one person and names no one else, with no verb of speech, is that person's words, when
    // the text has given them words before.
    if (!speaker && sentence && !standsAlone(quote) && leadText.trim() !== "") {
      const inSentence = narrative.inside(sentence);
      const opener = inSentence[0];
      if (
        opener &&
        opener.end <= quote.start &&
        new Set(inSentence.map((m) => m.person)).size === 1 &&
        SUBJECT_OPENING.test(text.slice(sentence.start, opener.start)) &&
        speeches.some((sp) => sp.speaker === opener.person)
      )
        speaker = opener.person;
    }
    if (!speaker) {
      unattributed.push(quote);
      continue;
    }
    // Words going on from a quotation two people said together ("Ann Bell and Tom Reed said: “…"), with no lead of
    // their own, are both people's still.
    const together = previousSpeech && leadText.trim() === "" ? saidTogether.get(previousSpeech.quote) : undefined;
    if (joint.length === 0 && together?.includes(speaker) && speeches.at(-1)?.speaker === speaker) {
      joint = together;
      speaker = together[0]!;
    }
    speeches.push({ speaker, quote, sentences: quoteSentences(text, sentencesInOrder, quote) });
    for (const other of joint.slice(1))
      speeches.push({ speaker: other, quote, sentences: quoteSentences(text, sentencesInOrder, quote) });
    if (joint.length > 1 && joint[0] === speaker) saidTogether.set(quote, joint);
  }
  // A quotation no one is named for, whose words the text gives someone elsewhere (a teaser at the top, repeated in
  // the body): that speaker's.
  let repeated = false;
  // The attributed words, folded once, with a marker between speeches so no match runs across two.
  let attributed: { all: string; speakerAt: { at: number; speaker: string }[] } | undefined;
  for (const quote of unattributed) {
    if (notTeasers.has(quote)) continue;
    // A fragment ("a charity warned the rise will bring a “deep, deep crisis”") counts when its words, two or more,
    // stand whole inside one speaker's quotation: the lead's teaser of words said in full below.
    const fragment = fragments.has(quote);
    if (fragment && wordCount(text.slice(quote.inner.start, quote.inner.end)) < 2) continue;
    // A headline's quotation stays the writer's, unless its words are someone's; so do words quoted in a sentence
    // naming someone (“kicked the can down the road” in a sentence that names no one is the councillor's who says
    // it in full later).
    const sentence = sentencesInOrder.at(quote.start, (s) => s.start <= quote.start && quote.start < s.end);
    if (!standsAlone(quote)) {
      if (!sentence || narrative.inside(sentence).length > 0) continue;
      // Nor a headline's (a line with no closing stop): "Peers hear care workers “earn more …”", unless the headline
      // names its speaker by an office or a description ("Harbour minister plans ‘expert panel’", "‘…’ says campaigner").
      const p = paragraphAt(quote.start);
      if (!p) continue;
      const line = text.slice(p.start, p.end);
      if (
        !/[.!?…]["”’]?\s*$/u.test(line) &&
        !headlineDescribesSpeaker(line, quote.start - p.start, quote.end - p.start)
      )
        continue;
    }
    // A fragment in a sentence about a document keeps the document's words ("the review calls the scheme “a costly
    // failure”"), whoever says them too.
    if (fragment && sentence && DOCUMENT_NOUN.test(text.slice(sentence.start, sentence.end))) continue;
    const words = foldWords(text.slice(quote.inner.start, quote.inner.end));
    if (words.length < 12) continue;
    if (!attributed) {
      attributed = { all: "", speakerAt: [] };
      for (const sp of speeches) {
        attributed.speakerAt.push({ at: attributed.all.length, speaker: sp.speaker });
        attributed.all += `${foldWords(text.slice(sp.quote.inner.start, sp.quote.inner.end))}\u0000`;
      }
    }
    // Where the words stand in the attributed words (a fragment's whole words only: "lead the way" is not inside
    // "mislead the way").
    const all = attributed.all;
    const places: number[] = [];
    for (let k = all.indexOf(words); k !== -1; k = all.indexOf(words, k + 1)) {
      if (!fragment || (/^[ \u0000]?$/u.test(all.charAt(k - 1)) && /^[ \u0000]?$/u.test(all.charAt(k + words.length))))
        places.push(k);
    }
    const at = places[0] ?? -1;
    const elsewhere = at === -1 ? undefined : attributed.speakerAt.findLast((x) => x.at <= at);
    if (!elsewhere) continue;
    // Words more than one speaker says are no one's in particular.
    const lastAt = places.at(-1)!;
    if (attributed.speakerAt.findLast((x) => x.at <= lastAt)!.speaker !== elsewhere.speaker) continue;
    speeches.push({ speaker: elsewhere.speaker, quote, sentences: quoteSentences(text, sentencesInOrder, quote) });
    repeated = true;
  }
  if (repeated) speeches.sort((a, b) => a.quote.start - b.quote.start);

  // The quote model (attribution.ts): the candidate speakers of each quotation the rules give to someone, and of each
  // they leave to no one without a reason (not a scare quote, a title, a crosshead, someone unnamed's words); with a
  // model, those left go to the best candidate it scores at or above its threshold.
  const spoken = new Set(speeches.map((sp) => sp.quote));
  const open = new Set(unattributed.filter((q) => !spoken.has(q) && !toSomeoneUnnamed.has(q) && !fragments.has(q)));
  const candidates = quoteCandidates(
    {
      text,
      paragraphs,
      sentences: sentencesInOrder,
      narrative,
      paragraphAt,
      standsAlone,
      pronounSubject: (at, pronoun, goesOn) => subjectBefore(at, pronoun, goesOn),
      organisations: organisationSpans,
      ruleSpeeches: speeches,
    },
    speechQuotes.filter((q) => spoken.has(q) || open.has(q)),
  );
  if (model) {
    for (const { quote, person, score, replaces } of decideSpeakers(candidates, model)) {
      if (replaces !== undefined) {
        for (const sp of speeches)
          if (sp.quote === quote && sp.speaker === replaces) Object.assign(sp, { speaker: person, byModel: score });
        continue;
      }
      speeches.push({
        speaker: person,
        quote,
        sentences: quoteSentences(text, sentencesInOrder, quote),
        byModel: score,
      });
    }
    speeches.sort((a, b) => a.quote.start - b.quote.start);
  }

  // A report's quotation whose sentence names no one, with a footnote's marker after it (“… all is well.”¹) whose
  // footnote cites one witness's oral evidence ("Q45 (Priya Nand)"): the footnote says who spoke, before any person
  // named in an earlier sentence or a pronoun points back to ("She said that “…”.²").
  for (const quote of speechQuotes) {
    if (fragments.has(quote)) continue;
    const sentence = sentencesInOrder.at(quote.start, (x) => x.start <= quote.start && quote.start < x.end);
    if (!sentence || narrative.inside(sentence).length > 0) continue;
    const marker = FOOTNOTE_MARKER.exec(text.slice(quote.end, sentence.end + 4));
    if (!marker) continue;
    const speaker = footnotedWitness(text, paragraphs, sentence.end, superscriptNumber(marker[1]!), found);
    if (!speaker) continue;
    const given = speeches.filter((sp) => sp.quote === quote);
    if (given.length === 1 && given[0]!.speaker === speaker) continue;
    for (const sp of given) speeches.splice(speeches.indexOf(sp), 1);
    speeches.push({ speaker, quote, sentences: quoteSentences(text, sentencesInOrder, quote) });
  }
  speeches.sort((a, b) => a.quote.start - b.quote.start);

  /**
   * A sentence that reports several people: each clause ("…, but Raman warned that …") that opens with its people,
   * one or two or three joined by "and" ("Abbott and Kerr said they should"), and goes on with a verb that reports
   * their words, is a view of each of them, the clause its passage.
   */
  const clauseViews = (s: Span): ReportedView[] => {
    const views: ReportedView[] = [];
    const passage = text.slice(s.start, s.end);
    const breaks = [...passage.matchAll(CLAUSE_BREAK)];
    const starts = [0, ...breaks.map((m) => m.index + m[0].length)];
    const ends = [...breaks.map((m) => m.index), passage.length];
    for (let i = 0; i < starts.length; i++) {
      const clause = { start: s.start + starts[i]!, end: s.start + ends[i]! };
      const inClause = narrative.inside(clause);
      if (inClause.length === 0 || inClause.length > 3) continue;
      const opening = text.slice(clause.start, inClause[0]!.start);
      if (!SUBJECT_OPENING.test(opening) && !ORGANISATION_POSSESSIVE.test(opening)) continue;
      // The people open the clause together: nothing but "and" and commas between their names.
      if (inClause.some((m, k) => k > 0 && !/^\s*(?:,|,?\s*and)\s*$/u.test(text.slice(inClause[k - 1]!.end, m.start))))
        continue;
      const follows = text.slice(inClause.at(-1)!.end, clause.end).replace(/^\s*\([^()]{1,30}\)/u, "");
      if (!REPORTING.test(follows)) continue;
      const sentence = trimSpan(text, clause);
      const asks = /^[\s,]*(?:(?:also|then|later)\s+)?(?:asked|asks|wondered|queried|questioned)\b/u.test(follows);
      for (const person of new Set(inClause.map((m) => m.person)))
        views.push({ person, sentence, ...(asks ? { asks: true } : {}) });
    }
    return views;
  };

  // Views reported in narrative: "For Sarah Reed, …", "Richard Stubbs has highlighted his belief that …".
  const reported: ReportedView[] = [];
  // A fragment quoted inside a sentence ("said the cost is “incalculable”") leaves the sentence a report of its own.
  const quotedSpans = new SpanSet(speechQuotes.filter((q) => !fragments.has(q)).map((q) => q.inner));
  for (const s of sentences) {
    const people = new Set(narrative.inside(s).map((m) => m.person));
    // In a paragraph that is one person's ("Name – …"), a sentence is theirs, words quoted inside it or not (“do the
    // right thing”), unless the quotation is the sentence.
    const ledBy = paragraphAt(s.start) && dashLedBy(paragraphAt(s.start)!);
    const unquoted = speechQuotes
      .filter((q) => q.start < s.end && q.end > s.start)
      .reduce((rest, q) => rest.replace(text.slice(q.start, q.end), " "), text.slice(s.start, s.end));
    if (ledBy && [...people].every((p) => p === ledBy) && wordCount(unquoted) >= 3) {
      reported.push({ person: ledBy, sentence: trimSpan(text, s) });
      continue;
    }
    if (quotedSpans.overlaps(s)) {
      // Quoted words are direct quotes, not reports; a clause outside them that reports someone else is a report
      // ("Name made a call that “…” while Org’s Name2 called on …").
      if (people.size > 1) reported.push(...clauseViews(s).filter((v) => !quotedSpans.overlaps(v.sentence)));
      continue;
    }
    // "She added that …", "He said the council’s fee …": the person last named goes on.
    if (people.size === 0 && PRONOUN_REPORT.test(text.slice(s.start, Math.min(s.end, s.start + 60)))) {
      const person = subjectBefore(s.start, /^\S+/u.exec(text.slice(s.start, s.start + 4))![0]);
      if (person) reported.push({ person, sentence: trimSpan(text, s) });
      continue;
    }
    if (people.size > 1) {
      reported.push(...clauseViews(s));
      continue;
    }
    if (people.size !== 1) continue;
    const person = [...people][0]!;
    const mention = narrative.firstFrom(s.start, (m) => m.person === person)!;
    const opener = text.slice(s.start, mention.start);
    // "Cllr Jo Bell (Lab) argued …": a party in brackets after the name is no part of what follows it.
    // "Name from the Institute for Rural Transport presented …": "from Org" after the name is no part of what follows it.
    const follows = text
      .slice(mention.end, s.end)
      .replace(/^\s*\([^()]{1,30}\)/u, "")
      .replace(/^\s+(?:from|of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:of|for|and|&)\s+)?)+(?=\p{Ll})/u, " ");
    // "Buckland …, but believes “evolutionary regulation” is needed": a sentence quoting that person's words.
    const quotesThem = speeches.some(
      (sp) => sp.fragment && sp.speaker === person && s.start <= sp.quote.start && sp.quote.end <= s.end,
    );
    const isView =
      quotesThem ||
      /^(?:For|According to|In the view of|To)\s+(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss)\.?\s+)?$/u.test(
        opener,
      ) ||
      REPORTING.test(follows.replace(/^,\s*who\s+[^,]*,/u, "")) ||
      // "Name, Role and CEO of Org, used the lecture to argue that …": the verb after an appositive.
      (/^,\s*[^,]{0,120}(?:,\s*[^,]{0,60})?,\s*/u.test(follows) &&
        REPORTING.test(follows.replace(/^,\s*[^,]{0,120}(?:,\s*[^,]{0,60})?,\s*/u, "")));
    if (isView) {
      const view: ReportedView = { person, sentence: trimSpan(text, s) };
      if (/^[\s,]*(?:(?:also|then|later)\s+)?(?:asked|asks|wondered|queried|questioned)\b/u.test(follows))
        view.asks = true;
      reported.push(view);
    }
  }
  return { speeches, reported, candidates };
}

/** Forms of verbs of speech that are also nouns: "a stark warning to", "the saying", "in talks with", "amid calls". */
const NOUN_FORMS = /^(?:\p{Ll}+ing|talks|calls|fears|hopes|thoughts?|warnings|claims|comments|promises|pledges|vows)$/u;

/** Whether a match of a verb of speech is a noun there: after an article or a possessive, or a preposition. */
function nounUse(word: string, before: string): boolean {
  if (!NOUN_FORMS.test(word)) return false;
  // "a stark warning", "his saying" (not "the college warning growers", a participle after its subject).
  if (/ing$/u.test(word))
    return /\b(?:a|an|his|her|their|its|this|our|my|your)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before);
  return /\b(?:a|an|the|his|her|their|its|this|these|those|our|my|your|in|amid|after|following|despite|during|with|of)\s+$/iu.test(
    before,
  );
}

/** Verbs whose object is the one they address: "warns Name", "told Name", "urged Name". */
const ADDRESSING =
  /^(?:tell|tells|told|warn|warns|warned|urge|urges|urged|ask|asks|asked|thank|thanks|thanked|remind|reminds|reminded|called on|calls on|call on)\b/u;

/**
 * Whether a person named after the verb is its speaker, the order inverted ("said Name", "according to the chair,
 * Name", "Added Name:"): not the object of a verb that has a subject before it ("Boss warns Name against ‘…’"), nor
 * a name inside what the verb reports ("the report then says that the Name council’s …").
 */
function inverted(beforeVerb: string, fromVerb: string): boolean {
  if (/\b(?:that|whether|how|why|what|if)\b|[—–]/u.test(fromVerb)) return false;
  return !(/[\p{L}\p{N}]/u.test(beforeVerb) && ADDRESSING.test(fromVerb));
}

/** Between two names: the first's brackets, then "from", "of" or "at" and capitalised words (the second's place). */
const AFTER_PREPOSITION =
  /^(?:\s*\([^()\n]{1,40}\))?\s*,?\s*(?:from|of|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}$/u;

/** Between a name and a later one: a relative clause opened after the first ("…, whose daughter ", "…, who told "). */
const IN_RELATIVE_CLAUSE = /^\s*,\s*(?:whose|who|whom)\s[^,;.!?]{0,60}$/u;

/** Where a sentence that reports several people breaks into clauses: ", but", ", while", "; ", ", whereas". */
const CLAUSE_BREAK = /(?:,\s*(?:but|while|whereas|although|though|yet)|;|\s+but|\s+while)\s+/gu;

/** An organisation's possessive before a person's name opening a clause: "Make Buses Count’s Name called on …". */
const ORGANISATION_POSSESSIVE =
  /^\s*(?:(?:and|but|while)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,5}\p{Lu}[\p{L}&.-]*['’]s?\s+(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx)\.?\s+)?$/u;

/**
 * What a sentence that names its subject first may write before the name: titles ("Dr"), a phrase set off by a comma
 * ("In the upstairs room, Name welcomes …", "After the break, Name set out …") and the post before a name, in
 * capitalised words ending in any, or in words of an office ("Fenby Trust chair Name", "CLA President Name"). Not a
 * verb or another word of the sentence ("The board thanked Name", "Thanks to Name").
 */
function opensWithSubject(prefix: string): boolean {
  if (TITLES_BEFORE.test(prefix)) return true;
  const m = /^[\s“"‘(]*(?:[^,.;:!?“”"()\n]{1,60},\s+)?((?:[\p{L}&’'.-]+\s+){1,5})$/u.exec(prefix);
  if (/^[\s“"‘(]*according\b/iu.test(prefix)) return false;
  if (!m) return /^[\s“"‘(]*[^,.;:!?“”"()\n]{1,60},\s+$/u.test(prefix);
  const words = m[1]!.trim().split(/\s+/u);
  return words.every(
    (w, i) => (/^\p{Lu}/u.test(w) && !NOT_A_POST.test(w)) || (isRoleWord(w) && i > 0) || (i === 0 && /^the$/iu.test(w)),
  );
}

/** Capitalised words opening a sentence that are no part of a post: "When Name arrived", "Thanks to Name". */
const NOT_A_POST =
  /^(?:When|After|Before|Unlike|Like|Thanks|With|Without|For|To|As|If|Although|Though|While|Since|Until|Because|Despite|Asked|Told|Dear|Unless|Once|Where|Whereas|Against|Behind|Beside|Besides|Except|Including|Alongside|Among|Between|Under|Over|From|By|Of|On|At|In|Into|Onto|Upon|Via|Per|But|And|Or|So|Yet|Not|No|Even|Only|Just|Both|Neither|Either|Every|Each|Some|Many|Most|All|Other|Others|Another|Such|Our|Her|His|Their|Its|My|Your|This|That|These|Those|It|We|They|He|She|I|You|A|An)$/u;

/** What can open a sentence before its subject's name: a conjunction or linking adverb, then titles. */
const SUBJECT_OPENING =
  /^[\s“"‘(]*(?:(?:and|but|so|yet|then|later|meanwhile|however|also|instead|in\s+turn|for\s+her\s+part|for\s+his\s+part)[,\s]+)*(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx|Rt\s+Hon|The\s+Rt\s+Hon)\.?\s+)*$/iu;

/** A sentence's opening description set off by a comma before a name: "The trust's chief executive, ", "Its chair, ". */
const APPOSED_DESCRIPTION =
  /^[\s“"‘(]*(?:the|a|an|its|their|his|her|our)\s+((?:(?!\b(?:to|from|with|by)\b)[^,.;:!?“”"\n]){2,80}),\s*$/iu;

/**
 * Whether the name at `m` is its sentence's subject in apposition to an opening description, a verb after the comma
 * that closes it: "The trust's chief executive, Ann Bell, wrote to …", "Its chair, Tom Reed, has told …", "A former
 * harbour master, Kit Lamb, said …". The description's last word is an office's ("executive", "chair", "master").
 */
function apposedSubject(text: string, sentenceStart: number, m: Mention, sentenceEnd: number): boolean {
  const description = APPOSED_DESCRIPTION.exec(text.slice(sentenceStart, m.start))?.[1];
  if (!description || !isRoleWord(description.split(/\s+/u).at(-1)!.toLowerCase())) return false;
  const after = /^,(?=\s)/u.exec(text.slice(m.end, sentenceEnd));
  return !!after && SUBJECT_VERBS.test(text.slice(m.end + 1, Math.min(sentenceEnd, m.end + 41)));
}

/**
 * Whether a sentence's subject is the pronoun: it opens the sentence, after "and", "but", "then" and the like, a
 * sentence adverb ("Overall he …") or a phrase set off by a comma ("In the end, she …").
 */
function pronounOpens(sentence: string, pronoun: string): boolean {
  return new RegExp(
    `^[\\s“"‘(]*(?:(?:and|but|so|then|later|also|overall|now|again|finally|still|apparently|clearly|here|there)[,\\s]+|` +
      `(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+,\\s+)*${pronoun}\\b`,
    "iu",
  ).test(sentence);
}

/** A lead ending in a verb of wording in the passive: "was described as", "has been called", "were branded". */
const PASSIVE_LEAD =
  /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:described|called|branded|dubbed|labelled|labeled|termed|hailed)(?:\s+as)?[^\S\n]*$/iu;
/** Verbs of wording whose past participle makes a passive ("was described as", "was called", "was told"). */
const PASSIVE_VERBS =
  /^(?:described|called|branded|dubbed|labelled|labeled|termed|referred to|told|asked|urged|warned|dismissed)$/u;

/**
 * How a clause right after a quotation opens when it says whose the words were: a name or title (a capital), a
 * pronoun or an article ("the minister said"), the verb itself, "according to", "as X put it", or another quotation
 * the same words go on to ("‘poorly run’ and ‘more than a stumble’, said X").
 */
const ATTRIBUTION_OPENS = new RegExp(
  `^[\\s,;:–—-]*(?:[\\p{Lu}(]|(?:he|she|they|we|I|the|a|an|his|her|their|its|one|as|so|according)\\b|(?:and|or)\\s+[‘“"']|(?:was|were|is|are)\\s+(?:how|what)\\b|(?:${VERB.source}))`,
  "u",
);

/** A clause after a quotation giving it to someone unnamed: "said one nurse", "a resident added", "says another". */
const UNNAMED_TAIL = new RegExp(
  `^[\\s,;:–—-]*(?:(?:${SPEECH_VERBS})\\s+(?:one|a|an|another|some|several)\\b|(?:one|a|an|another|some|several)\\s+[^,.;:!?]{0,60}?\\b(?:${SPEECH_VERBS})\\b)`,
  "u",
);

/** Before a name: a person close to the one named, who is the one speaking ("a friend of", "a spokesperson for"). */
const CLOSE_TO =
  /\b(?:spokes(?:man|woman|person)|friend|friends|source|sources|aide|aides|ally|allies|lawyer|lawyers|solicitor|barrister|representative|colleague|colleagues|relative|relatives|family|neighbour|neighbours|daughter|son|wife|husband|partner|mother|father|brother|sister|supporter|supporters|critic|critics)\s+(?:of|for|to|close\s+to)\s+(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx)\.?\s+)?$/iu;

/** A lead-in opening "His verdict:", "Her message to ministers was blunt:": the words of the one "his" or "her" is. */
const POSSESSIVE_LEAD = new RegExp(
  `^[\\s“"‘(]*(His|Her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${WORDING_NOUNS})\\b[^.!?]*:\\s*$`,
  "u",
);

/** A pronoun and a verb that goes on with what its subject was saying: "She added", "He also said", "She went on". */
const CONTINUING =
  /^\w+\s+(?:(?:also|then|later|further)\s+)?(?:added|adds|continued|continues|went\s+on|also\s+said)\b/u;

/** A lead-in whose subject is "they", a verb of speech right after it: "They claimed that", "They said:". */
/** Between two people a lead names together: " and ", after the first one's body ("of Fenby Union and "). */
const JOINT_AND =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*){0,4})?,?\s+and\s+(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Cllr)\.?\s+)?$/u;
/** Before two people a lead names together: nothing, titles, or their shared post ("General secretaries "). */
const JOINT_OPENING = /^[\s“"‘(]*(?:(?:and|but|so|also)\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+)?$/u;
/** After the second of two people a lead names together: their body, then the verb of speech and the colon. */
const JOINT_SUBJECT_VERB =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*){0,4})?,?\s+(?:(?:have|had|both|jointly|also)\s+)*(?:said|say|wrote|write|added|warned|stated|commented|told\s+[\p{L}\s]{1,30}?)\s*:\s*$/u;
const THEY_SAID = new RegExp(
  `^[\\s“"‘(]*(?:(?:and|but|so|yet|then|later|also)[,\\s]+)*They\\s+(?:(?:also|then|later|both|jointly|further)\\s+)*(?:${SPEECH_VERBS})\\b`,
  "u",
);

/** A surname opening a lead-in, after titles, possibly possessive: "Lennox's verdict", "Ms Lennox put it". */
/**
 * A sentence's subject written as a definite description of an office, at its start or after an opening phrase set
 * off by a comma, a verb after it: "The MP told …", "In a bold claim, the new mayor adds …", "the Green MSP also
 * urged …". The office's word ends it (one to four words after "the"); not a body's ("the council said").
 */
/** A member's seat as a description names it: "the MSP", "the Green MEP". */
const SEAT_WORD = /^(?:MPs?|MSPs?|MEPs?|MLAs?)$/u;

export function describedSubject(lead: string): { description: string; at: number } | undefined {
  const m = /^[\s“"‘(]*(?:[^,.;:!?“”"\n]{1,60},[^\S\n]+)?([Tt]he[^\S\n]+)((?:[\p{L}-]+[^\S\n]+){1,5}\p{Ll})/u.exec(
    lead,
  );
  if (!m) return undefined;
  const words = m[2]!.split(/[^\S\n]+/u);
  const k = words.findIndex((w, i) => i < 4 && (isRoleWord(w) || SEAT_WORD.test(w)));
  if (k === -1 || !/^\p{Ll}{2,}/u.test(words[k + 1] ?? "")) return undefined;
  const description = words.slice(0, k + 1);
  if (
    description
      .slice(0, -1)
      .some((w) => isRoleWord(w) || SEAT_WORD.test(w) || /^(?:of|for|at|and|\p{Ll}+['’]s)$/iu.test(w))
  )
    return undefined;
  if (/^(?:spokes(?:man|woman|person)|sources?|officials?)$/iu.test(words[k]!)) return undefined;
  return { description: description.join(" "), at: m.index + m[0].indexOf(m[1]!) };
}

const LEAD_SURNAME =
  /^[\s“"‘(]*(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx)\.?\s+)?(\p{Lu}[\p{Ll}'’-]*\p{Ll})(?:['’]s)?(?:\s|(?=,))/u;

/** After a surname, a clause set off by commas that describes the one named: ", who took over last year,". */
const SET_OFF_CLAUSE = /^\s*,\s*(?:who|whose|a|an|the)\s[^,;:.!?“”"‘’\n]{1,80},/u;
/**
 * Between a surname opening a lead and its verb: nothing but an adverb or two, or a clause set off by commas that
 * describes the one named ("Bell, who took over last year, told …", "Bell, the new chair, said …").
 */
const TO_THE_VERB = new RegExp(
  `^(?:${SET_OFF_CLAUSE.source.slice(1)})?\\s*(?:(?:has|had|also|later|then|further)\\s+)*$`,
  "u",
);

/**
 * The verbs of speech an inverted tag puts before its speaker ("…,” stated Dean Daltry."): those whose next capitalised
 * words are the one speaking, never the one spoken to ("asked", "told" and "warned" take an object).
 */
const INVERTED_VERBS =
  "said|says|added|adds|stated|states|explained|explains|noted|notes|remarked|remarks|commented|comments|continued|continues|observed|observes|replied|replies|recalled|recalls|concluded|concludes|declared|declares|insisted|insists";

/**
 * Lower-case words that are no office's adjective before "MP Marsh" after "But" ("But unlike MP Marsh, …", "But the MP
 * …"): a preposition or a determiner, whose capitalised words are not the subject.
 */
const NOT_AN_ADJECTIVE =
  "(?:the|a|an|this|that|her|his|their|our|its|unlike|like|with|for|to|from|by|of|against|without|as|than|about|after|before|under|over|beside|behind|according|when|while|where|if)";
/**
 * An office in capitalised words, then a surname, then a lowercase word: "Minister Daltry said", "Harbour Master Daltry
 * added" (the office, the surname). Possibly after "said" (inverted: "said Senator Daltry."), or after "But" and an
 * adjective ("But independent MP Daltry said").
 */
const OFFICE_SURNAME = new RegExp(
  String.raw`(?<=^[\s“"‘(]*(?:(?:${INVERTED_VERBS})\s+)?(?:(?:But|And|Yet)\s+(?!${NOT_AN_ADJECTIVE}\b)\p{Ll}[\p{Ll}-]+\s+)?)((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3})(\p{Lu}[\p{Ll}'’-]*\p{Ll})(?=\s+\p{Ll}|\s*[.,;:!?]|\s*$)\s*`,
  "u",
);

const TITLES_BEFORE =
  /^\s*(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx|Rt\s+Hon|The\s+Rt\s+Hon)\.?\s+)*$/u;
/**
 * A sentence after a quotation saying whose words they were by how they put it: "That’s how the head of Kelby Ferries
 * describes the fares", "That is what Ann Frith told the board", "That was how the mayor put it". The one who spoke.
 */
const HOW_SAID =
  /^[\s“"‘]*(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:how|what)\s+([^.,;:!?“”"\n]{2,80}?)\s+(?:(?:has|had)\s+)?(?:describes|described|puts\s+it|put\s+it|sees\s+it|saw\s+it|calls\s+it|called\s+it|said|says|told|tells|sums\s+(?:it|up)|summed\s+(?:it|up))\b/iu;

/** Words for anyone at the head of a body, whatever their post: "a union leader", "a council boss". */
const GENERIC_HEAD = /^(?:leader|boss|chief|head|figure)$/iu;

/**
 * A tag ending a sentence that gives the words quoted inside it to someone: ", he said", ", Ms Reed added", ", said
 * Tom Reed", ", she told the BBC" (after a comma, the pronoun or a capitalised name, then the verb).
 */
const TAIL_NAME =
  "(?:(?:Dr|Prof|Sir|Dame|Lord|Lady|Cllr|Mr|Mrs|Ms|Mx)\\.?[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]+" +
  // "Kelby Mayor Ann van Dort": up to six capitalised words, with the small words of a surname between.
  "(?:[^\\S\\n]+(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|bin|al)[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]+){0,5}";
const TAIL_TAG = new RegExp(
  `,[^\\S\\n]*((?:he|she|${TAIL_NAME})[^\\S\\n]+(?:(?:has|had|also|later)[^\\S\\n]+)?(?:${SPEECH_VERBS})\\b` +
    `[^,;:“”"\\n]{0,40}|(?:said|says|added|adds)[^\\S\\n]+${TAIL_NAME})[^\\S\\n]*$`,
  "u",
);

/** Words after a name and its post that join another name or a clause, not a verb: "Ann Bell, director, and …". */
const CREDIT_CONJUNCTION = /^(?:and|or|but|nor|who|whom|whose|which|that|the|with|from|for|of|in|at|on|to)$/u;

/** A byline's opening: "By", "Words by", "Reporting by", "Written by". */
const BYLINE =
  /^[^\S\n]*(?:(?:words|written|reporting|reported|report|story|text|photos?|pictures?|interview|edited)[^\S\n]+)?by\b/iu;
/** What a credit line may give before the name that ends it: a post, a firm or a rank ("Fenby Ltd. CEO", "Commodore"). */
const CREDIT_LEAD = /^[^\n“”"‘’:;!?()]{1,60}$/u;

/**
 * The one a credit line names, from `from` (after its dash) to `end` (its line's end): the name right after the dash
 * or its titles ("— Dr Ann Bell, Director", "— Ann Bell on the fees"), or else the name that ends the line after a
 * few words of post, firm or rank ("-Fenby Ltd. CEO Ann Bell", "– Commodore Ann Bell").
 */
function creditName(text: string, mentions: SpansInOrder<Mention>, from: number, end: number): Mention | undefined {
  // "- By Ann Bell and Tom Reed", "— Words by Ann Bell": a byline under a headline credits the writers, not a speaker.
  if (BYLINE.test(text.slice(from, end))) return undefined;
  const first = mentions.firstFrom(from, () => true);
  if (!first || first.end > end) return undefined;
  const last = mentions.inside({ start: from, end }).at(-1)!;
  const lead = text.slice(from, last.start);
  const closes = /^[\s.,]*$/u.test(text.slice(last.end, end)) && CREDIT_LEAD.test(lead) && wordCount(lead) <= 8;
  // "— Ann Bell, Director", "— Ann Bell and Tom Reed": the first name is the credit's; in "-Fenby Growers co-founder
  // Ann Bell" the first is a firm's name read as a person's.
  const firstHolds = last === first || !closes || /^\s*(?:[,(]|(?:and|&)\s)/u.test(text.slice(first.end, last.start));
  if (TITLES_BEFORE.test(text.slice(from, first.start)) && firstHolds) return first;
  return closes ? last : undefined;
}

/**
 * Pull quotes: a paragraph followed by a line that names its speaker ("— Dr Miriam Fenwick, Director of Research").
 * The paragraph, in quotation marks or not, is that person's words. Returns the speaker of each such paragraph, and
 * the paragraphs without quotation marks as quotations of their own.
 */
function pullQuotes(
  text: string,
  paragraphs: Paragraph[],
  quotes: QuoteSpan[],
  found: PeopleInText,
): { speakerOf: Map<number, string>; added: QuoteSpan[] } {
  const speakerOf = new Map<number, string>();
  const added: QuoteSpan[] = [];
  const mentions = new SpansInOrder(found.mentions);
  const quotesInOrder = new SpansInOrder(quotes);
  for (const p of paragraphs) {
    if (p.index === 0) continue;
    const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
    const dash = /^\s*[—–―-]\s*/u.exec(text.slice(lineStart, Math.min(p.end, lineStart + 12)));
    // A caption's post in capitals ("SENIOR FELLOW AND PROFESSOR OF BOTANY") is a credit's, however long.
    if (wordCount(text.slice(p.start, p.end).replace(/\b\p{Lu}{2,}[\p{Lu}-]*\b/gu, "")) > 20) continue;
    // Without a dash, the line must be a name and what follows it ("Name, Role at Org"), after a paragraph that is
    // one quotation from mark to mark.
    if (
      !dash &&
      !(
        (wholeQuote(text, paragraphs[p.index - 1]!, quotesInOrder) || citedBlock(text, paragraphs, p.index)) &&
        NAME_LINE_END.test(text.slice(p.start, p.end))
      )
    )
      continue;
    const first = dash
      ? creditName(text, mentions, lineStart + dash[0].length, p.end)
      : mentions.firstFrom(lineStart, () => true);
    if (!first || first.end > p.end) continue;
    if (!TITLES_BEFORE.test(text.slice(lineStart + (dash?.[0].length ?? 0), first.start)) && !dash) continue;
    // "Ann Bell, Director", "Ann Bell (Fenby)", "Ann Bell MP", or a caption's post in capitals: "Ann Bell SENIOR FELLOW".
    if (
      !dash &&
      !/^(?:\s*$|,|\s*\(|\s+(?:MP|MBE|OBE|CBE|KC|QC|FRS)\b|[^\S\n]+\p{Lu}{2,}[\p{Lu}-]*[^\S\n]+\p{Lu}{2,})/u.test(
        text.slice(first.end, p.end),
      )
    )
      continue;
    // Not a list of people ("- Name, Role" lines) or what a colon introduces.
    const quoted = paragraphs[p.index - 1]!;
    const next = paragraphs[p.index + 1];
    if (quoted.listItem || quoted.heading || /:\s*$/u.test(text.slice(quoted.start, quoted.end))) continue;
    if (next?.listItem && p.listItem) continue;
    if (wordCount(text.slice(quoted.start, quoted.end)) < MIN_QUOTE_WORDS) continue;
    speakerOf.set(quoted.index, first.person);
    const inQuotes = quotesInOrder.overlapping(quoted).some((q) => q.start < quoted.end && q.end > quoted.start);
    if (!inQuotes)
      added.push({ start: quoted.start, end: quoted.end, inner: { start: quoted.start, end: quoted.end } });
  }
  // "Introducing the minister, Ms Whitlock said:" ending a paragraph, then a paragraph of speech without quotation
  // marks (a block quotation whose marks the page left to its layout): that paragraph is a quotation, its speaker the
  // lead's. Only a lead whose last clause names a person or says "he"/"she" ("The report said:" is a document's).
  // The block's run: "Name said:", then up to three paragraphs in the first person, naming no one ("Our levy will …").
  let run = { last: -1, length: 0 };
  for (const p of paragraphs) {
    if (p.index === 0 || p.listItem || p.heading || speakerOf.has(p.index)) continue;
    const before = paragraphs[p.index - 1]!;
    const words = text.slice(p.start, p.end);
    if (
      run.last === p.index - 1 &&
      run.length < 3 &&
      FIRST_OR_SECOND_PERSON.test(words) &&
      wordCount(words) >= MIN_QUOTE_WORDS &&
      !/:\s*$/u.test(words) &&
      mentions.inside(p).length === 0 &&
      !quotesInOrder.overlapping(p).some((q) => q.start < p.end && q.end > p.start)
    ) {
      added.push({ start: p.start, end: p.end, inner: { start: p.start, end: p.end } });
      run = { last: p.index, length: run.length + 1 };
      continue;
    }
    const clauseStart = Math.max(before.start, before.end - 120);
    const lead = text.slice(clauseStart, before.end);
    // "David Abel:" on a line of its own, the words on the next (a panel's transcript posted as an article): the
    // paragraph is the words of the one the line names, when it speaks in the first or second person (a speaker's
    // biography under their name, "Greta is director of …", does not).
    const speakerLine = mentions.firstFrom(before.start, (m) => m.end <= before.end);
    const label =
      !!speakerLine &&
      TITLES_BEFORE.test(text.slice(before.start, speakerLine.start)) &&
      /^[^\S\n]*:[^\S\n]*$/u.test(text.slice(speakerLine.end, before.end)) &&
      FIRST_OR_SECOND_PERSON.test(text.slice(p.start, p.end));
    // "Name gave a keynote speech, in which she referred to the cuts:" then words in the first person: the speech's.
    const speechLead = SPEECH_NOUN_LEAD.test(lead) && FIRST_OR_SECOND_PERSON.test(text.slice(p.start, p.end));
    if (!label && !speechLead && !BLOCK_LEAD.test(lead)) continue;
    // "As the Gazette has noted:", "The Fenby Trust said in its report:": the last sentence gives the words to a
    // paper or a body, whoever the sentences before it named.
    const lastSentence = lead.slice(lead.search(/[^.!?]*$/u));
    // "The Minister said:", "As the Chair put it:" name a post, the one named before.
    const bodyLead =
      BODY_LEAD.test(lastSentence) &&
      !lastSentence.split(/\s+/u).some((w) => /^\p{Lu}/u.test(w) && isRoleWord(w.toLowerCase())) &&
      mentions.inside({ start: before.end - lastSentence.length, end: before.end }).length === 0;
    const named =
      !bodyLead &&
      (mentions.inside({ start: clauseStart, end: before.end }).length > 0 || /\b(?:he|she|He|She)\b/u.test(lead));
    if (!named || wordCount(text.slice(p.start, p.end)) < MIN_QUOTE_WORDS) continue;
    if (quotesInOrder.overlapping(p).some((q) => q.start < p.end && q.end > p.start)) continue;
    added.push({ start: p.start, end: p.end, inner: { start: p.start, end: p.end } });
    // A lead in the writer's own first person ("I came across the email Ann Bell had sent. As she put it:"): the
    // paragraphs in the first person after the block are the writer's again, so the block is one paragraph.
    const ownVoice = FIRST_PERSON_SINGULAR.test(text.slice(before.start, before.end).replace(/“[^”]*”|"[^"]*"/gu, ""));
    run = { last: ownVoice ? -1 : p.index, length: 1 };
  }
  // A thread of readers' comments, each under its header ("Ann Bell said...", "Tom Reed wrote:"): the paragraphs under
  // a header are its writer's words.
  for (const comment of threadComments(text, paragraphs, mentions)) {
    if (speakerOf.has(comment.paragraph.index)) continue;
    speakerOf.set(comment.paragraph.index, comment.person);
    const p = comment.paragraph;
    if (!quotesInOrder.overlapping(p).some((q) => q.start < p.end && q.end > p.start))
      added.push({ start: p.start, end: p.end, inner: { start: p.start, end: p.end } });
  }
  // An interview printed as questions and answers, no names on them: each answer is the words of the one the text
  // says it interviews.
  for (const answer of interviewAnswers(text, paragraphs, mentions, quotesInOrder)) {
    speakerOf.set(answer.paragraph.index, answer.person);
    if (
      !quotesInOrder
        .overlapping(answer.paragraph)
        .some((q) => q.start < answer.paragraph.end && q.end > answer.paragraph.start)
    )
      added.push({
        start: answer.paragraph.start,
        end: answer.paragraph.end,
        inner: { start: answer.paragraph.start, end: answer.paragraph.end },
      });
  }
  return { speakerOf, added };
}

/** The writer speaking of themselves: "I", "I'm", "my", "me". */
const FIRST_PERSON_SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b/u;

/** A lead whose subject is a paper or a body, capitalised: "As the Gazette has noted:", "A Fenby Trust report said:". */
const BODY_LEAD = new RegExp(
  `^[^\\S\\n]*(?:As[^\\S\\n]+)?(?:[Tt]he[^\\S\\n]+|[Aa][^\\S\\n]+)?(?:\\p{Lu}[\\p{L}&'’.-]*[^\\S\\n]+){1,5}` +
    // "As a Fenby Trust paper has explained:": the body's paper, report or statement.
    "(?:(?:paper|report|review|study|statement|editorial|leader|survey|analysis|briefing)[^\\S\\n]+)?" +
    `(?:(?:has|have|had|also|then)[^\\S\\n]+)*(?:${SPEECH_VERBS}|reported|reports|observed|found|finds)\\b[^:\\n]{0,40}:[^\\S\\n]*$`,
  "u",
);

/** A clause after a quotation's closing mark, to its sentence's end: not a middle initial's stop nor a title's. */
const CLAUSE_AFTER =
  /^(?:[^.!?“"]|(?<=(?:^|[\s(])(?:\p{Lu}|Dr|Mrs?|Ms|Mx|Prof|Rev|Sen|Rep|Gov|Gen|Jr|Sr|St))\.(?=\s+\p{Lu}))*/u;

/** A comment's header in a blog's thread, alone on its line: "Ann Bell said...", "Ann Bell said…", "Tom Reed wrote:". */
const COMMENT_HEADER = /^(\S[^\n]{0,60}?)[^\S\n]+(?:said|says|wrote|writes|commented)(?:\.{3}|…|:)$/u;
/** A comment's time line: "12 August 2011 at 10:23", "August 12, 2011 at 10:23 am", "10:23 AM". */
const COMMENT_TIME =
  /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})?(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$/iu;

/**
 * The comments of a thread: two headers at least ("Ann Bell said..." alone on its line, as a blog prints a reader's
 * comment), each comment the paragraphs under its header, up to the next header, a time line or a heading, eight at
 * most. A header whose name is no one the text finds gives nothing; a single "Name said:" is a lead, read elsewhere.
 */
function threadComments(
  text: string,
  paragraphs: Paragraph[],
  mentions: SpansInOrder<Mention>,
): { paragraph: Paragraph; person: string }[] {
  const bodyOf = (p: Paragraph) => text.slice(p.start, p.end).trim();
  const headers = paragraphs.filter((p) => !p.listItem && COMMENT_HEADER.test(bodyOf(p)));
  if (headers.length < 2) return [];
  const isHeader = new Set(headers.map((p) => p.index));
  const comments: { paragraph: Paragraph; person: string }[] = [];
  for (const header of headers) {
    const name = COMMENT_HEADER.exec(bodyOf(header))![1]!;
    const from =
      header.start +
      (text.slice(header.start, header.end).length - text.slice(header.start, header.end).trimStart().length);
    const named = mentions.firstFrom(from, (m) => m.start >= from);
    if (!named || named.start !== from || named.end !== from + name.length) continue;
    for (let i = header.index + 1; i < paragraphs.length && i <= header.index + 8; i++) {
      const p = paragraphs[i]!;
      const words = bodyOf(p);
      if (isHeader.has(i) || p.heading || COMMENT_TIME.test(words)) break;
      comments.push({ paragraph: p, person: named.person });
    }
  }
  return comments;
}

/**
 * Who a text says it interviews: "Interview: Ann Bell, Fenby Trust", "We caught up with CEO Ann Bell to …", "Q&A with
 * Ann Bell", "In conversation with Ann Bell", "We spoke to Ann Bell", "we put our questions to Ann Bell".
 */
const INTERVIEWS =
  /\b(?:interview(?:ed)?(?:\s+with)?|Q\s?&\s?A\s+with|in\s+conversation\s+with|caught\s+up\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|chatted\s+(?:to|with)|put\s+(?:our|some|a\s+few|these)\s+questions\s+to)\b[^\S\n]*:?[^\S\n]*/giu;

/** A question of an interview's: a paragraph of up to 45 words ending in a question mark. */
const isQuestion = (words: string) => /\?["”’)]?$/u.test(words) && wordCount(words) <= 45;

/**
 * The answers of an interview printed as questions and answers without names ("What are you calling for?" over a
 * paragraph or a few of answer): the one person the text's opening says it interviews, named within a few words of
 * the phrase, and two questions at least, each with an answer under it. A list of questions with no answers under
 * them, or questions and answers with no one interviewed (a page of FAQs), give nothing.
 */
function interviewAnswers(
  text: string,
  paragraphs: Paragraph[],
  mentions: SpansInOrder<Mention>,
  quotes: SpansInOrder<QuoteSpan>,
): { paragraph: Paragraph; person: string }[] {
  const bodyOf = (p: Paragraph) => text.slice(p.start, p.end).trim();
  const first = paragraphs.findIndex((p) => !p.listItem && isQuestion(bodyOf(p)));
  if (first < 1) return [];
  const interviewees = new Set<string>();
  for (const p of paragraphs.slice(0, first)) {
    for (const m of bodyOf(p).matchAll(INTERVIEWS)) {
      const from = p.start + (text.slice(p.start, p.end).length - text.slice(p.start, p.end).trimStart().length);
      const at = from + m.index + m[0].length;
      const named = mentions.firstFrom(at, (x) => x.start >= at);
      // The name within a few words of the phrase: "caught up with CEO Ann Bell", "with the trust's Ann Bell".
      if (named && named.end <= p.end && wordCount(text.slice(at, named.start)) <= 3) interviewees.add(named.person);
    }
  }
  if (interviewees.size !== 1) return [];
  const person = [...interviewees][0]!;
  const answers: { paragraph: Paragraph; person: string }[] = [];
  let pairs = 0;
  for (let i = first; i < paragraphs.length; i++) {
    if (!isQuestion(bodyOf(paragraphs[i]!)) || paragraphs[i]!.listItem) continue;
    let j = i + 1;
    for (; j < paragraphs.length && j <= i + 4; j++) {
      const p = paragraphs[j]!;
      const words = bodyOf(p);
      if (isQuestion(words) || p.listItem || p.heading || wordCount(words) < MIN_QUOTE_WORDS) break;
      if (quotes.overlapping(p).some((q) => q.start <= p.start && q.end >= p.end)) break;
      answers.push({ paragraph: p, person });
    }
    if (j > i + 1) pairs++;
    i = j - 1;
  }
  return pairs >= 2 ? answers : [];
}

/**
 * A block of two lines set apart by blank lines, the second naming who wrote the first: a pull quote printed
 * without marks, its speaker's line right under it (as a web page's quotation and its caption come out as text).
 */
function citedBlock(text: string, paragraphs: Paragraph[], index: number): boolean {
  const quoted = paragraphs[index - 1]!;
  const line = paragraphs[index]!;
  const before = index >= 2 ? text.slice(paragraphs[index - 2]!.end, quoted.start) : "\n\n";
  const after = paragraphs[index + 1] ? text.slice(line.end, paragraphs[index + 1]!.start) : "\n\n";
  return (
    (text.slice(quoted.end, line.start).match(/\n/gu) ?? []).length === 1 &&
    /\n[^\S\n]*\n/u.test(before) &&
    /\n[^\S\n]*\n/u.test(after) &&
    /[.!?…"”’]$/u.test(text.slice(quoted.start, quoted.end))
  );
}

/** Whether a headline's words around a quotation name an office or a description: "Harbour minister plans ‘…’". */
function headlineDescribesSpeaker(line: string, quoteStart: number, quoteEnd: number): boolean {
  const around = `${line.slice(0, quoteStart)} ${line.slice(quoteEnd)}`;
  return around.split(/[^\p{L}'’-]+/u).some((w) => w !== "" && isRoleWord(w));
}

/** Words compared as written, case, marks and spacing aside. */
function foldWords(passage: string): string {
  return passage
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Right before a quotation, a noun for a work, a comma at most between ("his keynote, ‘…’", "the report ‘…’"), or a
 * word that gives a title ("entitled ‘…’", "a session headlined ‘…’"): the quotation is the work's title. So is what
 * a talk or an event's theme "was", "was on" or is, after a colon ("whose presentation was on “…”", "an hour-long
 * presentation: ‘…’", "the theme for the day was: “…”", "this year's theme being ‘…’").
 */
const WORK_BEFORE =
  /\b(?:(?:en)?titled|headlined|(?:keynote|talk|lecture|presentation|report|book|paper|article|essay|film|documentary|podcast|blog|column|exhibition|poem|song)s?[^\S\n]*,?|(?:keynote|talk|lecture|presentation|seminar|workshop|theme|title|topic)s?(?:[^\S\n]+(?:for|of)[^\S\n]+(?:the|this|that)[^\S\n]+[\p{L}-]+)?(?:[^\S\n]+(?:was|is|being|were)(?:[^\S\n]+(?:on|about|called|entitled|titled))?|[^\S\n]+(?:on|about))?[^\S\n]*:?)[^\S\n]*$/iu;

/** A session's noun, then what it took up: "a panel session that looked at", "the debate, which asked". */
const SESSION_TOPIC_BEFORE =
  /\b(?:session|panel|debate|discussion|workshop|seminar|roundtable|breakout|talk)s?,?[^\S\n]+(?:that|which)[^\S\n]+(?:looked[^\S\n]+at|examined|explored|asked|considered|discussed|addressed|tackled|posed)[^\S\n]*$/iu;

/**
 * Whether a sentence names someone by a given name alone ("follows Bridget to"): a word the lexicon has only as a
 * given name, not opening the sentence, with no capitalised word beside it, outside quotation marks. (What stands
 * before the name is matched, not looked behind for: a look-behind over a run of spaces made a long run quadratic.)
 */
function loneGivenName(sentence: string): boolean {
  const outside = sentence.replace(/[“‘"][^”’"]*[”’"]/gu, " ");
  for (const m of outside.matchAll(/[\p{Ll},;][^\S\n]+(\p{Lu}\p{Ll}+)(?=[^\S\n]+[\p{Ll}]|[,.;:!?]|$)/gu))
    if (isGivenName(m[1]!)) return true;
  return false;
}

/**
 * Right before a verb of speech: a relative pronoun for a thing ("…, which says") or a document as its subject ("the
 * report states", "its website says").
 */
const DOCUMENT_SUBJECT =
  /(?:,[^\S\n]*which|\b(?:report|letter|statement|document|motion|bill|act|guidance|review|paper|study|survey|strategy|website|policy|petition|manifesto|consultation|leaflet|briefing|minutes|agenda)s?)[^\S\n]+(?:(?:also|now|still|clearly|already)[^\S\n]+)?$/iu;

/** Small words a title leaves in lower case: "Ports on the Brink", "Ways to Grow Your Fund". */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "on",
  "in",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "as",
  "vs",
  // Short verbs and joiners many titles leave in lower case too: "When Small Ports are Gone", "Ports but
  // Not Harbours".
  "is",
  "are",
  "be",
  "but",
  "nor",
  "so",
  "yet",
  "into",
  "than",
  "via",
]);

/** Words written as a title is: two words at least, the first and every other not a small word capitalised. */
function titleCase(words: string): boolean {
  const list = words.replace(/[,.;:!?]+$/u, "").split(/\s+/u);
  if (list.length < 2 || !/^[\p{Lu}\p{N}]/u.test(list[0]!)) return false;
  return list.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** A short quotation in capitals throughout is a name or title (“Levelling Up”), not words someone said. */
const FORMAL_NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’-]*[\s,:]*)+$/u;

/**
 * Verbs that report someone's very words, as a fragment quoted in a sentence needs; a verb of view a person is the
 * subject of ("believes “…” is needed", "agreed the signs were “positive”") or a participle ("warning them “not to
 * …”") too. A noun of view ("his belief that … “exacerbate”") is not one.
 */
const WORDING_VERB = new RegExp(
  "\\b(?:said|says|say|stated|states|told|tells|added|adds|argued|argues|warned|warns|insisted|insists|claimed|claims|admitted|called|calls|described|describes|referred\\s+to|refers\\s+to|branded|brands|dubbed|labelled|labeled|termed|according\\s+to|words\\s+of|responded|replied|answered|announced|announces|believes|believed|agreed|agrees|warning|urging|call\\s+for|calling\\s+for|saying|stating|adding|telling|claiming|insisting|arguing|describing|citing|expressing|quoted|quoting|" +
    // Verbs that report the words themselves as "said" does: "explained that fans were “strongly opposed”".
    "explained|explains|noted|stressed|stresses|revealed|reveals|predicted|predicts|pledged|promised|vowed|conceded|" +
    "concedes|admits|declared|declares|wrote|writes|remarked|commented|observed|recalled|recalls|" +
    // Their participles after the one speaking: "…, noting that the plan had been “a long time coming”".
    "noting|explaining|stressing|remarking|commenting|observing|recalling|" +
    // "accused the council of “gross neglect”", "accusing ministers of a “betrayal”": the accuser's words.
    "accused|accuses|accusing|" +
    // "dismissing the offer as ‘frankly absurd’" (the verb gives a speaker only when "as" comes right before the words).
    "dismissed|dismisses|dismissing)\\b",
  "iu",
);

/** After a name that opens the sentence following a quotation: the one who spoke it ("was speaking at"). */
/**
 * After the name opening the sentence that follows an unattributed quotation: the one who made those remarks ("made
 * the comments as the committee debated …", "was speaking at …").
 */
const MADE_REMARKS =
  /^[\s,]*(?:\([^()\n]{1,30}\)\s*)?(?:,[^,.;:!?“”"\n]{2,120},\s*)?(?:(?:made|makes|had\s+made|was\s+making|delivered|delivers|offered|offers|uttered|utters)\s+(?:the|these|those|this|that|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:comments?|remarks?|claims?|warning|plea|criticism|admission|point|line|words|message)\b|(?:was|were)\s+speaking\b|spoke\s+(?:at|to|during|after|as|on)\b)/u;

const SPEAKING_AFTER = new RegExp(
  `^[\\s,]*(?:(?:was|were|is|has\\s+been)\\s+(?:speaking|talking|addressing|writing)|spoke|(?:${SPEECH_VERBS})\\b)`,
  "u",
);

/** A sentence ending ", said the Role of the Org." after a quotation: the description of the one who spoke. */
const ROLE_TAIL =
  /,[^\S\n]*(?:said|says|according\s+to|warned|added|claimed|insisted)[^\S\n]+the[^\S\n]+([^.,;:!?“”"]{3,100}?)[^\S\n]*[.!?]?[^\S\n]*$/u;

/**
 * A sentence ending "…, a council chief executive has said." / "…, said a minister." / "…,” the minister said." /
 * "…,” remarked the director during her talk." / "…, the head of the college said today." (or "on Monday", "in a
 * statement", "last night") after a quotation (right after it, or after a comma ending what it
 * says): the article, and the description of the one who spoke (without when or where they said it).
 */
const DESCRIBED_TAIL =
  /(?:^|,)[^\S\n]*(?:(a|an|the)[^\S\n]+([^.,;:!?“”"\n]{2,80}?)[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?(?:said|says|warned|warns|claimed|claims|added|insisted|admitted|argued)(?:[^\S\n]+(?:today|yesterday|tonight|last[^\S\n]+(?:night|week|month)|this[^\S\n]+(?:week|morning|afternoon|evening)|(?:on|in|at|during)[^\S\n]+[^.,;:!?“”"\n]{1,60}))?|(?:said|says|warned|claimed|added|insisted|remarked|noted|explained|observed|stated|replied|according[^\S\n]+to)[^\S\n]+(a|an|the)[^\S\n]+([^.,;:!?“”"\n]{2,80}?)(?:[^\S\n]+(?:during|at|in|on|before|after|while|when)[^\S\n]+[^.,;:!?“”"\n]{1,60})?)[^\S\n]*[.!?]?[^\S\n]*$/iu;

/**
 * A news lead whose subject is an office, "a" or "an" before it, then a verb of speech and what it is about (a clause's
 * subject up to its verb, however long): "An MP has insisted Upland Water", "A council leader has warned that",
 * "A council leader has warned that the county’s revised dredging quotas for the small ports of the coast are"; or a
 * verb of wording and what it words ("An MP has branded the hotels", "A union leader has described the cuts as").
 */
const INDEFINITE_LEAD =
  /^[\s“"‘(]*an?\s+([^.,;:!?“”"\n]{2,40}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|insisted|insists|warned|warns|claimed|claims|argued|argues|admitted|admits|branded|brands|called|calls|described|describes|dubbed|labell?ed|accused|accuses)\b[^.;:!?“”"\n]{0,100}$/iu;

/** A lead-in whose subject is an office, "the" before it: "The minister said:", "The chief executive told MPs that". */
const DESCRIBED_LEAD =
  /^[\s“"‘(]*(?:(?:and|but|so|then|later|also|however)[,\s]+)*the\s+([^.,;:!?“”"\n]{2,60}?)\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|added|adds|told\s+[^.,;:!?“”"\n]{1,40}?|warned|insisted|argued|replied|explained|stated|continued)(?:\s+that)?\s*[:,]?\s*$/iu;

/** Lowercase words, marks aside, for comparing descriptions. */
function foldText(passage: string): string {
  return passage
    .normalize("NFKC")
    .replace(/[’']/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A lead ending "opened the session with", "closed with" (or "closed with ...", an ellipsis leading in): what follows
 * is the words someone opened or closed with.
 */
const OPENED_WITH = new RegExp(
  "\\b(?:opened|opening|started|starting|began|beginning|closed|closing|ended|ending|finished|finishing|concluded|" +
    'concluding)\\b[^.!?;:“”"]{0,60}\\bwith' +
    // "opening her talk with the assurance that “…”", "closing with a reminder that “…”".
    `(?:[^\\S\\n]+(?:the|a|an|his|her|their)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}?(?:${WORDING_NOUNS}|assurance|reminder|promise|pledge|words|question|quote|call)[^\\S\\n]+that)?[^\\S\\n]*(?:\\.{3}|…)?$`,
  "u",
);

/** Words only speech or a letter uses of its speaker or the one addressed: "I", "we", "our", "you". */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Oo]ur|[Mm]y|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b/u;

/** A noun for a document, whose words a fragment in its sentence may be: "the report", "its leaflet says". */
const DOCUMENT_NOUN =
  /\b(?:report|review|study|survey|paper|document|leaflet|brochure|manifesto|strategy|guidance|white\s+paper|consultation|letter|website|bill|act|motion|petition|statement\s+of\s+\w+)s?\b/iu;

/** A lead ending in a colon after a noun for a speech: "gave a keynote speech, in which she referred to …:". */
const SPEECH_NOUN_LEAD = /\b(?:speech|keynote|address|remarks)\b[^.!?:;\n]{0,80}:[^\S\n]*$/u;

/**
 * A paragraph's last clause introducing speech that follows: "Ms Whitlock said:", "Mr Okafor noted:", and as a
 * statement is introduced, "Ann Bell has commented as follows:", "… said the following:".
 */
const BLOCK_LEAD = new RegExp(
  `\\b(?:${SPEECH_VERBS})(?:[^\\S\\n]+(?:as[^\\S\\n]+follows|the[^\\S\\n]+following))?[^\\S\\n]*:[^\\S\\n]*$`,
  "u",
);

/** A name line ends without a sentence's closing punctuation (a full stop after an abbreviation aside). */
const NAME_LINE_END = /(?:[^.!?:;"”’]|\b(?:Ltd|plc|Inc|Co)\.)$/u;

/** Whether a paragraph is one quotation, from its opening mark to its closing one. */
function wholeQuote(text: string, paragraph: Paragraph, quotes: SpansInOrder<QuoteSpan>): boolean {
  const q = quotes.at(paragraph.start, (x) => x.start <= paragraph.start && paragraph.start < x.end);
  return !!q && q.start === paragraph.start && /^[\s.,!?]*$/u.test(text.slice(q.end, paragraph.end));
}

/**
 * Where attribution phrases name a speaker, read before the people of the text are: the name after "according to"
 * and "the words of", and a pull quote's speaker line (the line after a paragraph that is one quotation, or a dash
 * line). Given to the people finder as speakers, so a name first met there is taken for a person's. A name with an
 * organisation's word or an acronym in it is left out ("according to the Office for Budget Responsibility").
 */
export function speakerCues(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Span[] {
  const cues: Span[] = [];
  const nameAt = (at: number, limit: number) => {
    const run = NAME_RUN.exec(text.slice(at, Math.min(limit, at + 80)));
    if (!run) return;
    const words = run[0].split(/\s+/u);
    const titled = TITLE_WORD.test(words[0]!);
    if (words.length < 2 && !titled) return;
    if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || /^\p{Lu}{2,}s?$/u.test(w) || isRoleWord(w)))
      return;
    if (/^(?:The|A|An|This|That|Our|Their|His|Her|Its|But|And|So|Then)$/u.test(words[0]!)) return;
    cues.push({ start: at, end: at + run[0].length });
  };
  // "…, Darren Hollis, said:", "Cllr Mike Jowett (Con) argued", "“…,” said Polly Pardew.": a name of two words or more
  // (a title, a party in brackets after it) right before or after a verb of speech.
  for (const m of text.matchAll(SPEAKER_BEFORE_VERB))
    nameAt(m.index + (m[0].length - m[0].trimStart().length), m.index + m[1]!.length + 1);
  // "Cllr Alan Wetherby made the comments as …": the name before the remarks it owns.
  for (const m of text.matchAll(NAME_BEFORE_REMARKS))
    nameAt(m.index + (m[0].length - m[0].trimStart().length), m.index + m[1]!.length + 1);
  for (const m of text.matchAll(/\b(?:said|says|added|adds|asked|argued|warned|insisted)\s+(?=\p{Lu})/gu)) {
    // The name must end its clause ("said Polly Pardew." / ", said Polly Pardew, chief executive"), not run on into
    // the words of a group ("said New Zealand officials").
    const at = m.index + m[0].length;
    const end = text.slice(at, at + 60).search(/[,.;:!?\n(]/u);
    const run = NAME_RUN.exec(text.slice(at, at + 60));
    if (end > 0 && run && run[0].length === text.slice(at, at + end).trimEnd().length) nameAt(at, at + end);
  }
  // "“…” (Amir Shah, Patients First)": the name in brackets right after a quotation.
  for (const q of quotes) {
    const bracket = /^[^\S\n]*\((\p{Lu}[^()\n]{2,80})\)/u.exec(text.slice(q.end, q.end + 90));
    if (bracket) nameAt(q.end + bracket[0].indexOf(bracket[1]!), q.end + bracket[0].length - 1);
  }
  for (const m of text.matchAll(/\b(?:[Aa]ccording to|[Tt]he words of)\s+/gu)) {
    nameAt(m.index + m[0].length, text.indexOf("\n", m.index) === -1 ? text.length : text.indexOf("\n", m.index));
  }
  // "Tom Greer, Greer Homes:" on a line of its own, the quotation on the next: the name the line opens with.
  for (const q of quotes) {
    const before = /(?:^|\n)([^\n]{3,120}):[^\S\n]*\n[^\S\n]*$/u.exec(text.slice(Math.max(0, q.start - 200), q.start));
    if (before) nameAt(q.start - before[0].length + before[0].indexOf(before[1]!), q.start);
  }
  const quotesInOrder = new SpansInOrder(quotes);
  for (const p of paragraphs) {
    if (p.index === 0) continue;
    // “…” / Ms McTavish was speaking at …: the name opening the paragraph after a quotation of its own.
    if (wholeQuote(text, paragraphs[p.index - 1]!, quotesInOrder)) {
      const run = NAME_RUN.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
      if (run && SPEAKING_AFTER.test(text.slice(p.start + run[0].length, p.end))) nameAt(p.start, p.end);
    }
    if (wordCount(text.slice(p.start, p.end)) > 20) continue;
    const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
    const dash = /^\s*[—–―-]\s*/u.exec(text.slice(lineStart, p.end));
    if (
      dash ||
      ((wholeQuote(text, paragraphs[p.index - 1]!, quotesInOrder) || citedBlock(text, paragraphs, p.index)) &&
        NAME_LINE_END.test(text.slice(p.start, p.end)))
    ) {
      nameAt(dash ? lineStart + dash[0].length : p.start, p.end);
    }
  }
  return cues;
}

/**
 * A name (two capitalised words or more, after an optional title) right before a verb of speech, opening its
 * sentence, after an organisation's possessive ("Make Buses Count’s Name called on") or set off by a comma ("Prior to this, head of operations at Busline, Darren Hollis, said"): not the end of
 * a role's organisation ("managing director of Dales & Vale Coaches, commented").
 */
const SPEAKER_BEFORE_VERB =
  /(?<=(?:^|\n|[.!?]["”’]?\s+|,\s+|\p{Ll}['’]s\s+))((?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s+\([^()\n]{1,30}\))?\s*,?\s+(?:said|says|added|adds|argued|argues|warned|warns|stated|told|insisted|explained|commented|spoke|talked|conceded|reiterated|pledged|urged|claimed|admitted|stressed|noted|called\s+on|called\s+for)\b/gu;

/** A name (as SPEAKER_BEFORE_VERB reads one) opening a sentence that says its owner made the remarks. */
const NAME_BEFORE_REMARKS =
  /(?<=(?:^|\n|[.!?]["”’]?\s+))((?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Councillor|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s+\([^()\n]{1,30}\))?\s+(?:made|had\s+made)\s+(?:the|these|those|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:comments?|remarks?)\b/gu;

const TITLE_WORD = /^(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx)\.?$/u;
/** Capitalised words (with "of", "de", "van" … between them), as a name is written, up to what follows it. */
const NAME_RUN =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|van|von|der|da|del|le|la|du|bin|al)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/u;

export function quoteSentences(text: string, sentences: SpansInOrder<Sentence>, quote: QuoteSpan): Span[] {
  const inside: Span[] = [];
  // The sentences that start before the quotation ends and end after it starts (sentences never overlap).
  for (const s of sentences.overlapping(quote.inner)) {
    const start = Math.max(s.start, quote.inner.start);
    const end = Math.min(s.end, quote.inner.end);
    if (end <= start) continue;
    const span = trimSpan(text, { start, end });
    if (wordCount(text.slice(span.start, span.end)) >= 3) inside.push(span);
  }
  // A quotation too short for any sentence of three words (“Transport is vital.”, “Costly … Cruel … Careless”)
  // is its own one passage.
  if (inside.length === 0) {
    const whole = trimSpan(text, quote.inner);
    if (whole.end > whole.start) inside.push(whole);
  }
  return inside;
}

/** "Rosa said", "Rosa told us", "Rosa, Adviser at Fenby Advice said:": a given name alone as the subject of speech. */
const GIVEN_NAME_SPEAKS = new RegExp(
  String.raw`(?:^|(?<=[’”"],?[^\S\n]+)|(?<=^[^\S\n]*))(\p{Lu}\p{Ll}+)(?:,[^\S\n]+(\p{Lu}[^,.;:!?“”"‘’\n]{2,80}?),?)?[^\S\n]+(?:(?:also|then|later)[^\S\n]+)?(?:said|says|told[^\S\n]+us|tells[^\S\n]+us|explained|explains|added|adds)\b`,
  "gmu",
);

/**
 * A speaker the text names by a given name alone, as a charity's case study or a caseworker's words are given
 * ("‘…,’ Rosa told us.", "Rosa, Adviser at Fenby Advice said: “…”"): the given name opens a line or follows the
 * quotation, then a verb of speech (a post set off by commas may come between). Taken as a person when no name the
 * text gives has that word and no body has it, with a mention wherever the word stands alone.
 */
export function addGivenNameSpeakers(text: string, found: PeopleInText, known: KnownEntities): void {
  const taken = new SpanSet([...found.mentions, ...[...found.organisations.values()].flatMap((o) => o.spans)]);
  // The words of the names found: a given name of one of them, or a surname that is also a given name ("Elliott"),
  // is that person's short name, not someone else's.
  const nameWords = new Set([...found.people.values()].flatMap((p) => p.label.split(/\s+/u)));
  const added: Mention[] = [];
  for (const m of text.matchAll(GIVEN_NAME_SPEAKS)) {
    const word = m[1]!;
    const at = m.index;
    if (!isGivenName(word) || nameWords.has(word) || taken.overlaps({ start: at, end: at + word.length })) continue;
    const key = personKey(word);
    if (!found.people.has(key)) {
      found.people.set(key, { key, label: word, first: at, signals: new Set(["speech"]) });
      // "Rosa, Adviser at Fenby Advice said": the post between the commas is hers.
      const post = m[2];
      const from = post === undefined ? -1 : at + m[0].indexOf(post, word.length);
      const parsed = post === undefined ? undefined : parseRole(text, { start: from, end: from + post.length }, known);
      if (parsed) {
        const role: RoleStatement = {
          person: key,
          role: parsed.role,
          evidence: { start: at, end: parsed.span.end },
          rule: "postAfterName",
        };
        if (parsed.organisation) role.organisation = parsed.organisation;
        found.roles.push(role);
      }
      added.push(...mentionsStandingAlone(text, word, key, taken));
    }
  }
  if (added.length === 0) return;
  found.mentions.push(...added);
  found.mentions.sort((a, b) => a.start - b.start);
}

/**
 * A turn's speaker the people finder did not read as a person (a debate header's name, run into the words around
 * it): the label is the strongest sign there is, so the name is taken as a person who speaks, with its mention. Only
 * for a label of two words or more that no name found overlaps and no one's surname resolves.
 */
export function addTurnSpeakers(text: string, transcript: Transcript, found: PeopleInText, known: KnownEntities): void {
  const mentions = new SpanSet(found.mentions);
  const organisations = new SpanSet([...found.organisations.values()].flatMap((o) => o.spans));
  const added: Mention[] = [];
  /** A name a label gives (its words without titles), as a person who speaks: their key, the person added if new. */
  const speakingPerson = (label: string, words: string[], first: number): string => {
    const key = personKey(label);
    if (!found.people.has(key)) {
      const titled = words.length < label.split(/\s+/u).length ? { titled: label } : {};
      found.people.set(key, { key, label: words.join(" "), ...titled, first, signals: new Set(["speech"]) });
    }
    return key;
  };
  // People by surname, for a label that gives the surname alone ("Haldane" of "Chairman HALDANE.").
  const bySurname = new Map<string, string[]>();
  for (const p of found.people.values()) {
    const words = p.label.split(/\s+/u);
    if (words.length >= 2) bySurname.set(words.at(-1)!, [...(bySurname.get(words.at(-1)!) ?? []), p.key]);
  }
  for (const turn of transcript.turns) {
    if (turn.chair || turn.anonymous) continue;
    const label = text.slice(turn.speaker.start, turn.speaker.end);
    const words = label.split(/\s+/u).filter((w) => !TITLE_WORD.test(w));
    const owners = words.length === 1 && words[0] === label ? bySurname.get(label) : undefined;
    if (owners?.length === 1 && !mentions.overlaps(turn.speaker)) {
      added.push({ ...turn.speaker, person: owners[0]!, how: "short" });
      continue;
    }
    if (words.length < 2 || mentions.overlaps(turn.speaker) || organisations.overlaps(turn.speaker)) continue;
    // "Harbour Rivers Inquiry: Hearing 3 transcript", a title line read as a turn: the inquiry is no speaker.
    if (INQUIRY_HEAD.test(label)) continue;
    const { start, end } = turn.speaker;
    added.push({ start, end, person: speakingPerson(label, words, start), how: "name" });
  }
  // The chair the title block names ("Members present: Matt Weston (The Chair); …"), whom the people finder did not
  // read as a person: the turns of "The Chair" are theirs, so the name is taken as a person who speaks.
  const chair = transcript.chair;
  const chairOwners = chair ? bySurname.get(text.slice(chair.start, chair.end)) : undefined;
  if (chair && chairOwners?.length === 1 && !mentions.overlaps(chair)) {
    // "Pruett" of "Present: Senators Haldane, Pruett [presiding]": the one person of that surname.
    added.push({ ...chair, person: chairOwners[0]!, how: "short" });
  } else if (chair && !mentions.overlaps(chair) && !organisations.overlaps(chair)) {
    const name = /^(?:(?:Rt\.?\s+Hon\.?|The\s+Rt\.?\s+Hon\.?)\s+)?[^(),;\n]+?(?=\s*(?:\(|,|$))/u.exec(
      text.slice(chair.start, chair.end),
    );
    const label = name?.[0].trim() ?? "";
    const words = label.split(/\s+/u).filter((w) => !TITLE_WORD.test(w));
    if (
      words.length >= 2 &&
      words.length <= 5 &&
      words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|de|van|von)$/u.test(w))
    ) {
      const start = chair.start + text.slice(chair.start, chair.end).indexOf(label);
      added.push({ start, end: start + label.length, person: speakingPerson(label, words, chair.start), how: "name" });
    }
  }
  if (added.length > 0) {
    found.mentions.push(...added);
    found.mentions.sort((a, b) => a.start - b.start);
  }
  // "The Minister for Harbours (Ann Bell)": the office over a minister's speech is the minister's post.
  const speakersAt = new SpansInOrder(found.mentions);
  for (const turn of transcript.turns) {
    const person = turn.post && speakersAt.inside(turn.speaker)[0]?.person;
    if (!person || found.roles.some((r) => r.person === person)) continue;
    // The office whole is the post ("Parliamentary Under-Secretary of State for Harbours"), its department the body.
    const parsed = parseRole(text, turn.post!, known, false, 12);
    if (!parsed) continue;
    const role: RoleStatement = {
      person,
      role: text.slice(turn.post!.start, turn.post!.end).replace(/^(?:the|y)\s+/iu, ""),
      evidence: { start: turn.post!.start, end: turn.speaker.end },
      rule: "postAfterName",
    };
    if (parsed.organisation) {
      role.organisation = parsed.organisation;
      // "Parliamentary Under-Secretary of State for Harbours", "Minister of State, Ministry of Harbours": the office
      // without its department, which is the body the registry knows (as a post before "of X" or "at X" is the post
      // without X). (A body read from the office alone may be cut wrong: "State for Harbours".)
      const o = parsed.organisation;
      if (known.byName("organisation", o.label) && o.start > turn.post!.start && o.end <= turn.post!.end) {
        const office = text
          .slice(turn.post!.start, o.start)
          .replace(/^(?:the|y)\s+/iu, "")
          .replace(/(?:\s+(?:for|of)(?:\s+the)?|,)\s*$/u, "");
        if (
          office !== text.slice(turn.post!.start, o.start).replace(/^(?:the|y)\s+/iu, "") &&
          office.split(/\s+/u).some(isRoleWord)
        )
          role.role = office;
      }
    } else {
      // "The Minister of State, Department for Harbours (Lady X)", "The Secretary of State, Home Office (Lord Y)": the
      // office, a comma, then its department, a body's name ending the post.
      // (The first comma that the body's name follows: "Department for Digital, Culture and Sport" has its own.)
      const post = text.slice(turn.post!.start, turn.post!.end);
      for (const comma of post.matchAll(/,\s+(?:the\s+)?/gu)) {
        const office = post.slice(0, comma.index).replace(/^(?:the|y)\s+/iu, "");
        const label = post.slice(comma.index + comma[0].length).trim();
        if (
          office.split(/\s+/u).some(isRoleWord) &&
          (known.byName("organisation", label) !== undefined || looksLikeOrganisation(label, known))
        ) {
          const start = turn.post!.start + comma.index + comma[0].length;
          role.organisation = { start, end: start + label.length, key: nameKey(label), label };
          role.role = office;
          break;
        }
      }
    }
    found.roles.push(role);
  }
  officesBeforeSurnames(found);
}

/**
 * An office or a members list's plural before a surname, as a hearing's title block and labels write them ("Present:
 * Senators Haldane, Pruett", "Chairman Haldane presiding.", "Committee members in attendance: Senators Brackenridge
 * (Chair), …"), is no part of a name: the surname is the one person the text names in full with it ("Margaret
 * Haldane"), else the member by their title ("Senator Brackenridge"). The people read with the office in their name
 * are read again so, in place.
 */
const OFFICE_BEFORE_SURNAME =
  /^(Senators?|Representatives?|Chairman|Chairwoman|Chair|Vice\s+Chairman|Ranking\s+Member|Secretary|Under\s+Secretary|Assistant\s+Secretary|Administrator|Commissioner|Director|Ambassador|General|Admiral|Governor|Judge)\s+(\p{Lu}[\p{L}'’-]+)$/u;
function officesBeforeSurnames(found: PeopleInText): void {
  const bySurname = new Map<string, string[]>();
  for (const p of found.people.values()) {
    if (OFFICE_BEFORE_SURNAME.test(p.label) || !/\s/u.test(p.label)) continue;
    const surname = p.label.split(/\s+/u).at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p.key]);
  }
  const moved = new Map<string, string>();
  for (const p of [...found.people.values()]) {
    const m = OFFICE_BEFORE_SURNAME.exec(p.label);
    if (!m) continue;
    const owners = bySurname.get(m[2]!) ?? [];
    let to = owners.length === 1 ? owners[0]! : undefined;
    if (!to && /^(?:Senator|Representative)/u.test(m[1]!)) {
      // "Senators Brackenridge": the member is "Senator Brackenridge".
      const label = `${m[1]!.replace(/s$/u, "")} ${m[2]!}`;
      const key = personKey(label);
      if (!found.people.has(key)) found.people.set(key, { ...p, key, label, signals: new Set(p.signals) });
      to = key;
    }
    if (!to || to === p.key) continue;
    const target = found.people.get(to)!;
    target.first = Math.min(target.first, p.first);
    for (const signal of p.signals) target.signals.add(signal);
    found.people.delete(p.key);
    moved.set(p.key, to);
  }
  if (moved.size === 0) return;
  for (const m of found.mentions) m.person = moved.get(m.person) ?? m.person;
  for (const r of found.roles) r.person = moved.get(r.person) ?? r.person;
}

/** Who chairs a transcript's hearing, and who sits on its committee: person keys, from its lists. */
export interface TranscriptPeople {
  chair?: string;
  /** The member whose first turn opens the hearing, welcoming its witnesses, whom nothing names chair: they ask. */
  opener?: string;
  /** Where the chair's own turn names them, when no list does: "Moderator: Good morning. I'm Ann Bell." */
  introduced?: Span;
  members: Set<string>;
  witnesses: Set<string>;
}

/**
 * "Good morning, everyone. I'm Ann Bell", "Hello and welcome. My name is Dr Ann Bell": a speaker naming themselves,
 * in the first sentences of a turn (the name right after, titles aside).
 */
const SELF_INTRODUCTION =
  /^[^:]{0,120}?\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+(?=(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Cllr|Councillor|Sir|Dame)\.?\s+)?\p{Lu})/u;
/** The chair's label a turn may open with, its holder named in it: not a host's nor a presenter's (who may chair nothing). */
const CHAIR_LABEL =
  /^(?:the\s+)?(?:co-?)?(?:chair|chairman|chairwoman|chairperson|convener|convenor|moderator|facilitator)$/iu;

/** The people a transcript's title block names as chair, members and witnesses (or the chair its own first turn names). */
export function transcriptPeople(transcript: Transcript, found: PeopleInText, text?: string): TranscriptPeople {
  const mentions = new SpansInOrder(found.mentions);
  const inside = (spans: Span[]) =>
    new Set(
      spans.flatMap((s) =>
        mentions
          .inside(s)
          .slice(0, 1)
          .map((m) => m.person),
      ),
    );
  let chair = transcript.chair ? mentions.inside(transcript.chair)[0]?.person : undefined;
  // "Moderator: Good morning, everyone. I'm Ann Bell, and I advise the council on …": no list names the chair, the
  // chair's first turn names its speaker.
  let introduced: Span | undefined;
  const first = text !== undefined && !chair ? transcript.turns.find((t) => t.chair) : undefined;
  if (first && CHAIR_LABEL.test(text!.slice(first.speaker.start, first.speaker.end))) {
    const opening = text!.slice(first.words.start, Math.min(first.words.end, first.words.start + 200));
    const said = SELF_INTRODUCTION.exec(opening);
    const at = said ? first.words.start + said[0].length : -1;
    const named = mentions.inside(first.words).find((m) => m.start >= at && m.start - at <= 14);
    if (said && named) {
      chair = named.person;
      introduced = { start: first.label.start, end: named.end };
    }
  }
  const members = inside(transcript.members);
  if (chair) members.add(chair);
  const opener = transcript.opener ? mentions.inside(transcript.opener)[0]?.person : undefined;
  if (opener) members.add(opener);
  return {
    ...(chair ? { chair } : {}),
    ...(opener ? { opener } : {}),
    ...(introduced ? { introduced } : {}),
    members,
    witnesses: inside(transcript.witnesses),
  };
}

/**
 * A transcript's turns as speech: each turn is its speaker's own words, the speaker being the person its label names
 * ("The Chair": the chair its title block names; "Dr Grey": the one Grey of the text). Turns of the chair and of
 * committee members ask; in a debate everyone speaks.
 */
/** A turn's words that are only a note in brackets: "(inaudible).", "(CROSSTALK)", "[Laughter]…". */
const STAGE_NOTE_ONLY = /^\s*(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\])\s*[.…]*\s*$/u;
/**
 * An amendment's printed words on their own line under the mover's "… after “must” insert—" (substitute—, add—): a
 * document's words, whoever moves it, so no sentence of the mover's turn.
 */
const AMENDMENT_WORDS = /\b(?:insert|substitute|add)[^\S\n]*[—–:][^\S\n]*\n\s*([“"][^\n]+[”"][.;,]?)[^\S\n]*(?=\n|$)/gu;
/**
 * A motion's printed words on their own line under the mover's "I beg to move,": "That this House has
 * considered …", "That the Bill be now read a Second time.", "That the draft Regulations … be approved." The House's
 * question, a document's words, so no sentence of the mover's turn (as an amendment's are not).
 */
const MOTION_WORDS =
  /\bbeg\s+to\s+move[,:—–]?[^\S\n]*\n\s*(That\s+(?:this\s+House|the\s+(?:Bill|draft|Committee|Order|Regulations|Motion|Grand\s+Committee))\b[^\n]*?(?:\.(?=\s|$)|(?=\n|$)))/gu;

/** Words handing over a quotation another gave, before its colon: "the Prime Minister said:", "as she put it:". */
const ANOTHER_SAID = new RegExp(
  `(?:^|[\\s,.;])(?!(?:I|we|We|has|had|have|also|then|once)\\s)[\\p{L}][\\p{L}'’.-]*\\s+(?:(?:has|had|have|also|then|once)\\s+)?(?:${SPEECH_VERBS})\\s*:$`,
  "u",
);

/**
 * The quotations a speaker reads out in a turn, each printed on a line of its own inside quotation marks after words
 * that run into it, the sentence unfinished ("The charter said that it would", then "“run every sailing, whatever the
 * weather”."), as Hansard prints a quoted document: another's words, not the speaker's.
 */
function readOutQuotations(text: string, words: Span): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(words.start, words.end).matchAll(/(?<=\n)[ \t]*([“"][^\n]+[”"][.,;:]?)[ \t]*(?=\n|$)/gu)) {
    const start = words.start + m.index + m[0].indexOf(m[1]!);
    const before = text.slice(words.start, start).trimEnd();
    // Only inside one pair of marks: "“Yes,” she said, “we will.”" is a line of someone's own report of words.
    if (/[“”"]/u.test(m[1]!.slice(1).replace(/[”"][.,;:]?$/u, ""))) continue;
    // Not after a colon ("… and I quote:", "As I said then:"): a line the speaker hands over stays in the turn, as
    // before; but one after another's verb of speech ("the Prime Minister said:", "the report states:", "as she put
    // it:") is that other's words.
    if (/[\p{L}\p{N}]$/u.test(before) || ANOTHER_SAID.test(before)) out.push({ start, end: start + m[1]!.length });
  }
  // "He said: “…”", "The regulator's chief told us: “…”" on one line: the quotation after another's verb of speech and
  // its colon is that other's words, as on a line of its own.
  for (const m of text
    .slice(words.start, words.end)
    .matchAll(/(?<=^|\n)([^\n“"]{2,120}?:)[ \t]*([“"][^\n“”"]+[”"][.,;:]?)[ \t]*(?=\n|$)/gu)) {
    if (!ANOTHER_SAID.test(` ${m[1]!}`)) continue;
    const start = words.start + m.index + m[0].indexOf(m[2]!);
    out.push({ start, end: start + m[2]!.length });
  }
  return out;
}

/**
 * The paragraphs of a turn that open by addressing the turn's own speaker by title and surname ("Sorry, Ms Bell, we
 * lost you there. Could you start again?"): another's words (the chair's, its label not printed), since no one calls
 * themselves by name.
 */
function addressedToSpeaker(text: string, words: Span, label: string | undefined): Span[] {
  const surname = label?.split(/\s+/u).at(-1);
  if (!surname || !/^\p{Lu}[\p{L}’'-]+$/u.test(surname)) return [];
  const vocative = new RegExp(
    `^(?:[^.!?\\n,]{0,40},\\s*)?(?:Mr|Mrs|Ms|Miss|Dr|Professor)\\.?\\s+${surname.replace(/[’'-]/gu, ".")}\\s*[,.!?]`,
    "u",
  );
  const out: Span[] = [];
  let at = words.start;
  for (const line of text.slice(words.start, words.end).split("\n")) {
    const lead = line.length - line.trimStart().length;
    if (vocative.test(line.trim())) out.push({ start: at + lead, end: at + line.trimEnd().length });
    at += line.length + 1;
  }
  return out;
}

export function turnSpeech(
  text: string,
  sentences: Sentence[],
  transcript: Transcript,
  found: PeopleInText,
  cast: TranscriptPeople,
): Speech[] {
  const mentions = new SpansInOrder(found.mentions);
  const sentencesInOrder = new SpansInOrder(sentences);
  // One-word labels ("Sarah:"): the one person whose name has that word.
  const byWord = new Map<string, Set<string>>();
  for (const person of found.people.values()) {
    for (const word of person.label.split(/\s+/u)) byWord.set(word, (byWord.get(word) ?? new Set()).add(person.key));
  }
  // Initials labels ("AB:"): the people by the first letters of their name's words ("AB" for "Ann Bell").
  let initials: Map<string, Set<string>> | undefined;
  const byInitials = () => {
    if (initials) return initials;
    initials = new Map();
    for (const person of found.people.values()) {
      const words = person.label.split(/\s+/u);
      if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const key = words.map((w) => w[0]!).join("");
      initials.set(key, (initials.get(key) ?? new Set()).add(person.key));
    }
    return initials;
  };
  // A Hansard page with a minister's label line ("The Minister for Harbours (Ann Bell)"): the minister answers, and a
  // member's turn that ends in a question asks it, as at oral questions.
  const ministers = new Set(
    transcript.turns.flatMap((t) => (t.post ? mentions.inside(t.speaker).map((m) => m.person) : [])),
  );
  const speeches: Speech[] = [];
  for (const turn of transcript.turns) {
    if (turn.anonymous) continue;
    let speaker: string | undefined;
    if (turn.chair) speaker = cast.chair;
    else speaker = mentions.inside(turn.speaker)[0]?.person;
    if (!speaker) {
      const owners = byWord.get(text.slice(turn.speaker.start, turn.speaker.end));
      if (owners?.size === 1) speaker = [...owners][0]!;
    }
    // Initials ("AB:"): the one person whose name has them.
    if (!speaker) {
      const owners = byInitials().get(text.slice(turn.speaker.start, turn.speaker.end));
      if (owners?.size === 1) speaker = [...owners][0]!;
    }
    if (!speaker || turn.words.end <= turn.words.start) continue;
    // A turn that is only a note in brackets ("(inaudible).", "[CROSSTALK]") carries no one's words.
    if (STAGE_NOTE_ONLY.test(text.slice(turn.words.start, turn.words.end))) continue;
    // A turn of under four words, not the chair's ("Okay. Thank you.", "Yes, I can.", "No."): an answer's assent or
    // thanks, no quotation of anyone's views (the chair's short turns are the business of chairing).
    if (
      !turn.chair &&
      speaker !== cast.chair &&
      wordCount(text.slice(turn.words.start, turn.words.end)) < MIN_QUOTE_WORDS
    )
      continue;
    const asks =
      transcript.form === "committee"
        ? turn.chair ||
          turn.numbered ||
          ((cast.members.has(speaker) || turn.member === true) && !cast.witnesses.has(speaker))
        : speaker === cast.opener ||
          (transcript.form === "panel" && (turn.chair || speaker === cast.chair)) ||
          (ministers.size > 0 &&
            !ministers.has(speaker) &&
            /\?["”’)]?$/u.test(text.slice(turn.words.start, turn.words.end).trimEnd()));
    const quote = { start: turn.words.start, end: turn.words.end, inner: turn.words };
    const amendments = [
      ...text.slice(turn.words.start, turn.words.end).matchAll(AMENDMENT_WORDS),
      ...text.slice(turn.words.start, turn.words.end).matchAll(MOTION_WORDS),
    ].map((m) => {
      const start = turn.words.start + m.index + m[0].lastIndexOf(m[1]!);
      return { start, end: start + m[1]!.length };
    });
    const readOut = [
      ...readOutQuotations(text, turn.words),
      ...addressedToSpeaker(text, turn.words, found.people.get(speaker)?.label),
    ];
    const spoken = quoteSentences(text, sentencesInOrder, quote).filter(
      (s) => !amendments.some((a) => overlaps(a, s)) && !readOut.some((r) => overlaps(r, s)),
    );
    if (spoken.length === 0 && amendments.length > 0) continue;
    const speech: Speech = { speaker, quote, sentences: spoken };
    if (asks) speech.asks = true;
    if (turn.tabled) speech.tabled = true;
    speeches.push(speech);
  }
  return speeches;
}
