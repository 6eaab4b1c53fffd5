// Who said what: direct quotes attributed to their speaker (lead-in "Name said," or "… said:" before the quote,
// "…,” said Name." after it, a pronoun pointing back to the last person named, and quotes running on over paragraphs
// with no new attribution), and narrative sentences that report one person's view ("For Name, …", "Name argues …").
import type { Mention, PeopleInText } from "./people.js";
import { SpanSet, SpansInOrder } from "./spans.js";
import { trimSpan, wordCount, type Paragraph, type QuoteSpan, type Sentence, type Span } from "./text.js";
import type { Transcript } from "./transcript.js";
import { SPEECH_VERBS } from "./words.js";

export interface Speech {
  speaker: string;
  quote: QuoteSpan;
  /** The sentences inside the quote, trimmed of quotation marks: each can be a direct-quote evidence item. */
  sentences: Span[];
  /** A transcript turn of the one who asks (the chair, a committee member): questions, not evidence on a theme. */
  asks?: boolean;
}

export interface ReportedView {
  person: string;
  sentence: Span;
  /** "X asked whether …": a question put, not a view. */
  asks?: boolean;
}

/** Quotes shorter than this are scare quotes or titles (“exacerbate”, ‘inverse care law’), not speech. */
const MIN_QUOTE_WORDS = 4;
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "u");
const PRONOUN = /\b(?:he|she|He|She)\b/gu;
const REPORTING = new RegExp(
  `^[\\s,]*(?:(?:has|had|also|then|further|later|now|clearly|strongly)\\s+)*(?:${SPEECH_VERBS}|thinks|feels|wants|` +
    "described|describes|provided|provides|gave|gives|offered|raised|raises|discussed|spoke about|talked about|" +
    "spoke of|made the case|made a case|is concerned|was concerned|is convinced)\\b",
  "u",
);

const PRONOUN_REPORT = new RegExp(
  `^(?:He|She)\\s+(?:(?:has|had|also|then|further|later|now|clearly|strongly)\\s+)*(?:${SPEECH_VERBS}|thinks|feels|wants|` +
    "described|describes|raised|raises|called|calls|believes|believed|pointed|points)\\b",
  "u",
);

/** Whether a span lies inside a quotation (quotations, in text order, never overlap). */
function insideAny(span: Span, quotes: SpansInOrder<Span>): boolean {
  return quotes.at(span.start, (inner) => inner.start <= span.start && span.end <= inner.end) !== undefined;
}

export function attributeSpeech(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  quotes: QuoteSpan[],
  found: PeopleInText,
): { speeches: Speech[]; reported: ReportedView[] } {
  const pulled = pullQuotes(text, paragraphs, quotes, found);
  const speechQuotes = [
    ...quotes.filter((q) => wordCount(text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS),
    ...pulled.added,
  ].sort((a, b) => a.start - b.start);
  const quoted = new SpansInOrder(speechQuotes.map((q) => q.inner));
  const narrative = new SpansInOrder(found.mentions.filter((m) => !insideAny(m, quoted)));
  const paragraphsInOrder = new SpansInOrder(paragraphs);
  const paragraphAt = (at: number) => paragraphsInOrder.at(at, (p) => p.start <= at && at <= p.end);
  const sentencesInOrder = new SpansInOrder(sentences);
  const lastSentenceOf = new Map<number, Sentence>();
  for (const s of sentences) lastSentenceOf.set(s.paragraph, s);
  const lastMentionBefore = (at: number): Mention | undefined => narrative.lastEndingBy(at);

  /** The speaker an attribution passage names: a person before the verb, or a pronoun for the last one named. */
  const speakerIn = (span: Span, needVerb: boolean): string | undefined => {
    const passage = text.slice(span.start, span.end);
    const verb = VERB.exec(passage);
    if (needVerb && !verb) return undefined;
    const verbAt = verb ? span.start + verb.index : span.end;
    const inSpan = narrative.inside(span);
    const before = inSpan.filter((m) => m.end <= verbAt).at(-1);
    const after = inSpan.find((m) => m.start >= verbAt);
    const pronouns = [...passage.matchAll(PRONOUN)].map((p) => span.start + p.index);
    const pronounBefore = pronouns.filter((p) => p < verbAt).at(-1);
    if (before && (pronounBefore === undefined || before.start > pronounBefore)) return before.person;
    if (pronounBefore !== undefined) return lastMentionBefore(pronounBefore)?.person;
    if (after) return after.person;
    const pronounAfter = pronouns.find((p) => p >= verbAt);
    if (pronounAfter !== undefined) return lastMentionBefore(span.start)?.person;
    return undefined;
  };

  const speeches: Speech[] = [];
  for (const quote of speechQuotes) {
    const paragraph = paragraphAt(quote.start);
    if (!paragraph) continue;
    let speaker: string | undefined = pulled.speakerOf.get(paragraph.index);
    // Lead-in in the same paragraph: the text of the sentence before the opening mark.
    const sentence = sentencesInOrder.at(quote.start, (s) => s.start <= quote.start && quote.start < s.end);
    const leadStart = Math.max(
      paragraph.start,
      sentence && sentence.start < quote.start ? sentence.start : quote.start,
    );
    const lead = { start: leadStart, end: quote.start };
    const leadText = text.slice(lead.start, lead.end);
    if (!speaker && leadText.trim() !== "") speaker = speakerIn(lead, !/[:,]\s*$/u.test(leadText));
    // After the closing mark: “…,” said Name. / “…,” Name said. / “…,” she added.
    if (!speaker) {
      const tail = text.slice(quote.end, Math.min(quote.end + 120, paragraphAt(quote.end - 1)?.end ?? quote.end));
      const clause = /^[^.!?“"]*/u.exec(tail)![0];
      if (clause.trim() !== "") speaker = speakerIn({ start: quote.end, end: quote.end + clause.length }, true);
    }
    // “…,” Achebe said. “…”: a second quote in the paragraph, after an attributed one, is the same speaker's.
    const previousSpeech = speeches.at(-1);
    if (!speaker && leadText.trim() === "" && previousSpeech && previousSpeech.quote.end >= paragraph.start) {
      speaker = previousSpeech.speaker;
    }
    // A quote opening its paragraph: the previous paragraph may end "… said:" or "He continued,".
    if (!speaker && leadText.trim() === "" && paragraph.index > 0) {
      const previous = paragraphs[paragraph.index - 1]!;
      const last = lastSentenceOf.get(previous.index);
      const previousText = text.slice(previous.start, previous.end);
      const continues = previousSpeech && previousSpeech.quote.end >= previous.end - 1;
      if (last && !insideAny(last, quoted)) {
        // "Reed said:" / "He continued," / "She told the roundtable that …" just before the quote.
        speaker = speakerIn({ start: last.start, end: last.end }, !/[:,]\s*$/u.test(previousText));
      }
      if (!speaker && continues) {
        speaker = previousSpeech.speaker; // the same speaker goes on in a new paragraph
      }
      // "Priya Sandhu described how …" then the quotation: the one person the sentence opens with.
      if (!speaker && last && !insideAny(last, quoted)) {
        const inLast = narrative.inside(last);
        const opener = inLast[0];
        if (
          opener &&
          new Set(inLast.map((m) => m.person)).size === 1 &&
          TITLES_BEFORE.test(text.slice(last.start, opener.start))
        ) {
          speaker = opener.person;
        }
      }
    }
    if (!speaker) continue;
    speeches.push({ speaker, quote, sentences: quoteSentences(text, sentencesInOrder, quote) });
  }

  // Views reported in narrative: "For Sarah Reed, …", "Richard Stubbs has highlighted his belief that …".
  const reported: ReportedView[] = [];
  const quotedSpans = new SpanSet(quoted.items);
  for (const s of sentences) {
    if (quotedSpans.overlaps(s)) continue; // quoted words are direct quotes, not reports
    const people = new Set(narrative.inside(s).map((m) => m.person));
    // "She added that …", "He said the council’s fee …": the person last named goes on.
    if (people.size === 0 && PRONOUN_REPORT.test(text.slice(s.start, Math.min(s.end, s.start + 60)))) {
      const person = lastMentionBefore(s.start)?.person;
      if (person) reported.push({ person, sentence: trimSpan(text, s) });
      continue;
    }
    if (people.size !== 1) continue;
    const person = [...people][0]!;
    const mention = narrative.firstFrom(s.start, (m) => m.person === person)!;
    const opener = text.slice(s.start, mention.start);
    const follows = text.slice(mention.end, s.end);
    const isView =
      /^(?:For|According to|In the view of|To)\s+(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss)\.?\s+)?$/u.test(
        opener,
      ) ||
      (/^[\s,]*(?:who\s+[^,]*,\s*)?/u.test(follows) && REPORTING.test(follows.replace(/^,\s*who\s+[^,]*,/u, "")));
    if (isView) {
      const view: ReportedView = { person, sentence: trimSpan(text, s) };
      if (/^[\s,]*(?:(?:also|then|later)\s+)?(?:asked|asks|wondered|queried|questioned)\b/u.test(follows))
        view.asks = true;
      reported.push(view);
    }
  }
  return { speeches, reported };
}

const TITLES_BEFORE =
  /^\s*(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Mr|Mrs|Ms|Mx|Rt\s+Hon|The\s+Rt\s+Hon)\.?\s+)*$/u;

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
    if (!dash || wordCount(text.slice(p.start, p.end)) > 20) continue;
    const first = mentions.firstFrom(lineStart, () => true);
    if (!first || first.end > p.end) continue;
    if (!TITLES_BEFORE.test(text.slice(lineStart + dash[0].length, first.start))) continue;
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
  return { speakerOf, added };
}

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
  return inside;
}

/** Who chairs a transcript's hearing, and who sits on its committee: person keys, from its lists. */
export interface TranscriptPeople {
  chair?: string;
  members: Set<string>;
  witnesses: Set<string>;
}

/** The people a transcript's title block names as chair, members and witnesses. */
export function transcriptPeople(transcript: Transcript, found: PeopleInText): TranscriptPeople {
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
  const chair = transcript.chair ? mentions.inside(transcript.chair)[0]?.person : undefined;
  const members = inside(transcript.members);
  if (chair) members.add(chair);
  return { ...(chair ? { chair } : {}), members, witnesses: inside(transcript.witnesses) };
}

/**
 * A transcript's turns as speech: each turn is its speaker's own words, the speaker being the person its label names
 * ("The Chair": the chair its title block names; "Dr Grey": the one Grey of the text). Turns of the chair and of
 * committee members ask; in a debate everyone speaks.
 */
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
    if (!speaker || turn.words.end <= turn.words.start) continue;
    const asks =
      transcript.form === "committee"
        ? turn.chair || turn.numbered || (cast.members.has(speaker) && !cast.witnesses.has(speaker))
        : transcript.form === "panel" && (turn.chair || speaker === cast.chair);
    const quote = { start: turn.words.start, end: turn.words.end, inner: turn.words };
    const speech: Speech = { speaker, quote, sentences: quoteSentences(text, sentencesInOrder, quote) };
    if (asks) speech.asks = true;
    speeches.push(speech);
  }
  return speeches;
}
