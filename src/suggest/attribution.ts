// Quote attribution as a learned decision: for a quotation the hand rules of speech.ts give to no one, every person
// named near it is a candidate speaker, described by facts of structure (where the name stands from the quotation,
// what joins them, whether the name opens its sentence or a verb of speech follows it, who else is named between,
// how long the quotation is and whether it stands alone), never by the words of a particular text. A logistic model
// (learn.ts, trained by scripts/train-quotes.ts) scores each pair; the best candidate at or above the threshold is
// the speaker, else the quotation stays no one's (a scare quote, a title, a slogan). With no
// src/suggest/models/quote.json the rules decide alone; the candidates are still listed, for training.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Features, type Model, score } from "./learn.js";
import type { Mention } from "./names.js";
import type { SpansInOrder } from "./spans.js";
import { wordCount, type Paragraph, type QuoteSpan, type Sentence, type Span } from "./text.js";
import { SPEECH_VERBS } from "./words.js";

export interface QuoteCandidate {
  quote: QuoteSpan;
  /** The person's key in the text (speech.ts); the draft's id once suggest.ts hands candidates out for training. */
  person: string;
  features: Features;
  /** Whether the hand rules gave this quotation to this person (not a feature: the model decides without it). */
  byRule: boolean;
}

/** What speech.ts knows of the text when the rules are done, for describing a quotation's candidates. */
export interface AttributionContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: SpansInOrder<Sentence>;
  /** Mentions of people outside quotations, in text order. */
  narrative: SpansInOrder<Mention>;
  paragraphAt: (at: number) => Paragraph | undefined;
  /** A quotation that is a sentence or a paragraph of its own. */
  standsAlone: (quote: QuoteSpan) => boolean;
  /** Whom "he"/"she" at an offset points back to, as the rules read it. */
  pronounSubject: (at: number, pronoun: string, goesOn?: string) => string | undefined;
  /** Where organisations are named, in text order. */
  organisations: SpansInOrder<Span>;
  /** The speeches the rules attributed, in text order (speaker key, quotation). */
  ruleSpeeches: readonly { speaker: string; quote: QuoteSpan }[];
}

const VERB = new RegExp(
  `\\b(?:${SPEECH_VERBS}|according\\s+to|words\\s+of|wrote|writes|describ(?:ed|es)|call(?:ed|s))\\b`,
  "iu",
);
const PRONOUN_VERB = new RegExp(`\\b(?:he|she)\\s+(?:(?:also|then|later|further)\\s+)?(?:${SPEECH_VERBS})\\b`, "iu");
/** How far from a quotation its candidates are looked for, in characters, at most. */
const REACH = 800;
/** Right before a name: a verb of speech, then titles ("…,” said Dr Name", "added Name"). */
const AFTER_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})[^\\S\\n]+(?:\\p{Lu}\\p{L}*\\.?[^\\S\\n]+){0,2}$`, "u");
/** Right after a name: a verb of speech (a party in brackets, "has" or "also" between). */
const VERB_FOLLOWS = new RegExp(
  `^\\s*(?:\\([^()]{1,30}\\)\\s*)?,?\\s*(?:(?:has|had|also|then|later)\\s+)*(?:${SPEECH_VERBS})\\b`,
  "u",
);
/** A pronoun going on with what its subject was saying: "She added", "He also said", "She went on". */
const CONTINUING =
  /^\w+\s+(?:(?:also|then|later|further)\s+)?(?:added|adds|continued|continues|went\s+on|also\s+said)\b/u;
/** Most words capitalised: a title or a name ("Planning for the Future"), not speech. */
const TITLE_CASE =
  /^[\s"'‘“]*\p{Lu}[\p{L}'’-]*(?:[\s,:-]+(?:\p{Lu}[\p{L}'’-]*|of|for|the|and|to|in|on|with|a|an)){1,10}[\s"'’”.,]*$/u;
const OPENING = /^[\s“"‘(]*(?:(?:and|but|so|then|later|also|however|meanwhile)[,\s]+)*(?:\p{Lu}\p{L}*\.?\s+){0,3}$/u;

function bucket(value: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => value <= e);
  return i === -1 ? `>${edges.at(-1)}` : `<=${edges[i]}`;
}

/** The candidates of each quotation: the people named near it, with their features. */
export function quoteCandidates(ctx: AttributionContext, quotes: readonly QuoteSpan[]): QuoteCandidate[] {
  const { text, sentences, narrative, paragraphAt, paragraphs } = ctx;
  const ruleSpeakers = new Map<QuoteSpan, Set<string>>();
  for (const s of ctx.ruleSpeeches) ruleSpeakers.set(s.quote, (ruleSpeakers.get(s.quote) ?? new Set()).add(s.speaker));
  const candidates: QuoteCandidate[] = [];
  let nextSpeech = 0;
  for (const quote of quotes) {
    const paragraph = paragraphAt(quote.start);
    if (!paragraph) continue;
    const sentence = sentences.at(quote.start, (s) => s.start <= quote.start && quote.start < s.end);
    const endSentence = sentences.at(quote.end - 1, (s) => s.start <= quote.end - 1 && quote.end - 1 < s.end);
    const sStart = sentence?.start ?? quote.start;
    const sEnd = Math.max(endSentence?.end ?? quote.end, quote.end);
    const prevSentence = sentences.lastEndingBy(sStart);
    const nextSentence = sentences.firstFrom(sEnd, (s) => s.start >= sEnd);
    const prevParagraph = paragraph.index > 0 ? paragraphs[paragraph.index - 1] : undefined;
    const nextParagraph = paragraphs[paragraph.index + 1];
    // At most REACH characters either side, so a text written as one paragraph costs no more per quotation.
    const from = Math.max(
      quote.start - REACH,
      Math.min(prevSentence?.start ?? sStart, prevParagraph?.start ?? paragraph.start),
    );
    const reachTo = Math.max(
      nextSentence?.end ?? sEnd,
      nextParagraph && nextParagraph.index === paragraph.index + 1 ? nextParagraph.end : sEnd,
    );
    const to = Math.min(quote.end + REACH, reachTo);
    const window = narrative
      .inside({ start: from, end: to })
      .filter((m) => m.end <= quote.start || m.start >= quote.end);
    const before = window.filter((m) => m.end <= quote.start);
    const after = window.filter((m) => m.start >= quote.end);
    const inner = text.slice(quote.inner.start, quote.inner.end);
    const words = wordCount(inner);
    const alone = ctx.standsAlone(quote);
    const leadStart = Math.max(sStart, quote.start - REACH);
    const lead = text.slice(leadStart, quote.start);
    const tailClause = /^[^.!?“"]*/u.exec(text.slice(quote.end, Math.min(sEnd, quote.end + 120)))![0];
    while (nextSpeech < ctx.ruleSpeeches.length && ctx.ruleSpeeches[nextSpeech]!.quote.end <= quote.start) nextSpeech++;
    const previousSpeech = nextSpeech > 0 ? ctx.ruleSpeeches[nextSpeech - 1] : undefined;
    const previousParagraphIndex = previousSpeech ? paragraphAt(previousSpeech.quote.start)?.index : undefined;
    const people = new Set(window.map((m) => m.person));
    // "he said" in the lead or the clause after: the one the rules' pronoun reading points to.
    const pronounAt = PRONOUN_VERB.exec(lead)
      ? leadStart + PRONOUN_VERB.exec(lead)!.index
      : PRONOUN_VERB.exec(tailClause)
        ? quote.end + PRONOUN_VERB.exec(tailClause)!.index
        : undefined;
    const pronounPerson =
      pronounAt === undefined
        ? undefined
        : ctx.pronounSubject(
            pronounAt,
            /^\w+/u.exec(text.slice(pronounAt, pronounAt + 4))![0],
            CONTINUING.test(text.slice(pronounAt, pronounAt + 30)) ? previousSpeech?.speaker : undefined,
          );
    if (pronounPerson) people.add(pronounPerson);
    if (previousSpeech) people.add(previousSpeech.speaker);
    for (const speaker of ruleSpeakers.get(quote) ?? []) people.add(speaker);
    const quoteFacts: Record<string, number> = {
      [`quote:words${bucket(words, [3, 9, 29])}`]: 1,
      ...(alone ? { "quote:alone": 1 } : {}),
      ...(lead.trim() !== "" ? { "quote:lead": 1 } : {}),
      ...(/:\s*$/u.test(lead) ? { "quote:lead-colon": 1 } : {}),
      ...(VERB.test(lead) ? { "quote:lead-verb": 1 } : {}),
      ...(VERB.test(tailClause) ? { "quote:tail-verb": 1 } : {}),
      ...(paragraph.heading ? { "quote:heading": 1 } : {}),
      ...(/[.!?…]["”’]?\s*$/u.test(text.slice(Math.max(paragraph.start, paragraph.end - 8), paragraph.end))
        ? {}
        : { "quote:no-stop": 1 }),
      // “…” opening its sentence and ending it, the sentence going on after it or not.
      ...(lead.trim() === "" && /^[^\S\n]*[.,!?…)]?[^\S\n]*(?:$|\n|\p{Lu})/u.test(text.slice(quote.end, quote.end + 6))
        ? { "quote:own-sentence": 1 }
        : {}),
      ...(quote.start === quote.inner.start ? { "quote:no-marks": 1 } : {}),
      ...(people.size === 1 ? { "quote:one-person": 1 } : {}),
      ...(TITLE_CASE.test(inner) ? { "quote:title-case": 1 } : {}),
      ...(paragraph.index === 0 ? { "quote:first-paragraph": 1 } : {}),
      // "a panel on ‘Can Philanthropy Save the Arts?’", "the report “Planning for the Future”": a named thing.
      ...(/\b(?:on|of|about|titled|entitled|called|named|for|in|from)[^\S\n]*$/iu.test(lead)
        ? { "quote:after-preposition": 1 }
        : {}),
      // "The Department said it was “…”", "An MP has insisted “…”": a verb in the lead with no person named there.
      ...(VERB.test(lead) && narrative.inside({ start: leadStart, end: quote.start }).length === 0
        ? { "quote:lead-verb-no-name": 1 }
        : {}),
      ...(ctx.organisations.inside({ start: leadStart, end: quote.start }).length > 0
        ? { "quote:lead-organisation": 1 }
        : {}),
      ...(people.size === 0 ? { "quote:no-person": 1 } : {}),
      // "who … and “…”": words of a clause about someone else than the one the sentence opens with.
      ...(/\b(?:who|whom|whose|which)\b/iu.test(lead) ? { "quote:lead-relative": 1 } : {}),
      // “…,” “…”: one of a list of quotations (headlines, titles, slogans), not a speech.
      ...(/^[^\S\n]*[,;—–-]?[^\S\n]*["“‘]/u.test(text.slice(quote.end, quote.end + 6)) ||
      /["”’][^\S\n]*[,;—–-]?[^\S\n]*$/u.test(text.slice(Math.max(0, quote.start - 6), quote.start))
        ? { "quote:listed": 1 }
        : {}),
    };
    for (const person of people) {
      const f: Record<string, number> = { ...quoteFacts };
      const mine = window.filter((m) => m.person === person);
      const last = before.filter((m) => m.person === person).at(-1);
      const first = after.find((m) => m.person === person);
      const dBefore = last ? quote.start - last.end : Infinity;
      const dAfter = first ? first.start - quote.end : Infinity;
      const closest = dBefore <= dAfter ? last : first;
      if (closest) {
        const side = closest === last ? "before" : "after";
        const gap = side === "before" ? text.slice(closest.end, quote.start) : text.slice(quote.end, closest.start);
        const scope =
          closest.start >= sStart && closest.end <= sEnd
            ? "sentence"
            : paragraphAt(closest.start)?.index === paragraph.index
              ? side === "before"
                ? "prev-sentence"
                : "next-sentence"
              : side === "before"
                ? "prev-paragraph"
                : "next-paragraph";
        f[`side:${side}`] = 1;
        f[`scope:${scope}`] = 1;
        f[`${side}:${scope}`] = 1;
        f[`gap${bucket(gap.length, [3, 15, 40, 100, 250])}`] = 1;
        const verb = VERB.test(gap);
        if (verb) f[`${side}:${scope}:verb`] = 1;
        if (
          verb &&
          side === "before" &&
          scope === "sentence" &&
          !VERB_FOLLOWS.test(text.slice(closest.end, closest.end + 60)) &&
          !OPENING.test(text.slice(sStart, closest.start))
        )
          f["before:sentence:verb-not-subject"] = 1;
        const organisationBetween = ctx.organisations.inside(
          side === "before" ? { start: closest.end, end: quote.start } : { start: quote.end, end: closest.start },
        );
        if (organisationBetween.length > 0) f[`${side}:organisation-between`] = 1;
        if (side === "before" && /:\s*$/u.test(gap)) f[`before:${scope}:colon`] = 1;
        if (/^\s*$/u.test(gap)) f["join:nothing"] = 1;
        if (/^[\s,]*$/u.test(gap) && gap.includes(",")) f["join:comma"] = 1;
        if (/^[^\S\n]*[—–―-]/u.test(gap) || /[—–―-][^\S\n]*$/u.test(gap)) f["join:dash"] = 1;
        if (/\(/u.test(gap)) f["join:bracket"] = 1;
        if (gap.includes("\n")) f["join:line"] = 1;
        if (/[.!?]["”’]?\s/u.test(gap)) f["join:sentence-end"] = 1;
        if (/\baccording\s+to\s*$/iu.test(text.slice(Math.max(0, closest.start - 15), closest.start)))
          f["name:after-according"] = 1;
        const s = sentences.at(closest.start, (x) => x.start <= closest.start && closest.start < x.end);
        if (s && OPENING.test(text.slice(s.start, closest.start))) f["name:opens-sentence"] = 1;
        const following = text.slice(closest.end, Math.min(text.length, closest.end + 60));
        if (VERB_FOLLOWS.test(following)) f["name:verb-follows"] = 1;
        if (
          /^[^\S\n]*,[^,]{1,120},\s*(?:(?:has|had|also|then|later)\s+)*(?:said|says|added|told|argued|warned)\b/u.test(
            following,
          )
        )
          f["name:appositive-verb"] = 1;
        if (AFTER_VERB.test(text.slice(Math.max(0, closest.start - 40), closest.start))) f["name:after-verb"] = 1;
        if (/^['’]s?\b/u.test(following)) {
          f["name:possessive"] = 1;
          f[`${side}:${scope}:possessive`] = 1;
        }
        // The quotation's sentence has a verb of speech, and the name is outside it: that verb has a speaker of its
        // own ("A council spokesman said: “…”" after a paragraph of Name's).
        if (scope !== "sentence" && (VERB.test(lead) || VERB.test(tailClause))) f["verb:elsewhere"] = 1;
        f[`name:${closest.how}`] = 1;
        const between = narrative
          .inside(
            side === "before" ? { start: closest.end, end: quote.start } : { start: quote.end, end: closest.start },
          )
          .filter((m) => m.person !== person);
        f[`between:people${bucket(new Set(between.map((m) => m.person)).size, [0, 1])}`] = 1;
        if (closest === before.at(-1)) f["nearest:before"] = 1;
        if (closest === after[0]) f["nearest:after"] = 1;
        const line = /^[^\n]*/u.exec(text.slice(closest.start, closest.start + 300))![0];
        if (side === "after" && alone && scope === "next-paragraph" && wordCount(line) <= 20) f["name:line-after"] = 1;
      } else f["name:none-near"] = 1;
      if (mine.length > 1) f["name:several"] = 1;
      if (person === pronounPerson) f["pronoun:points-here"] = 1;
      if (previousSpeech?.speaker === person) {
        const same = previousParagraphIndex === paragraph.index;
        const adjacent = previousParagraphIndex === paragraph.index - 1;
        f[same ? "continues:paragraph" : adjacent ? "continues:prev-paragraph" : "continues:farther"] = 1;
      }
      candidates.push({ quote, person, features: f, byRule: ruleSpeakers.get(quote)?.has(person) ?? false });
    }
  }
  return candidates;
}

/** What the model may decide. */
export interface QuoteScope {
  /**
   * Also a quotation inside a sentence (of four words or more, no verb of speech around it, not in title case nor
   * after "on"/"of"/"titled"): else only one standing alone, its own sentence or paragraph.
   */
  insideSentence: boolean;
  /** Replace a rule's speaker the model scores below OVERRIDE_BELOW by one it scores OVERRIDE_AT or more. */
  override: boolean;
}

/** Chosen by leave-one-set-out cross-validation over the real sets (docs/real-texts.md). */
export const QUOTE_SCOPE: QuoteScope = { insideSentence: true, override: false };

/**
 * Whether the model may give a quotation the rules left to no one: one of four words or more (a few words are a
 * scare quote or a name) with no verb of speech around it (a verb the rules did not tie to a name is someone
 * unnamed's: "a friend of Name said", "was described as"), standing alone (a sentence or a paragraph of its own, or
 * a sentence the next goes on after) or, with `insideSentence`, inside a sentence but neither in title case nor
 * after "on", "of", "titled" (a work's title), nor after a "who" or "which" (words of a clause about someone else:
 * "Name has met people who … and “…”"), nor one of a list of quotations (“…,” “…”: headlines, titles).
 */
export function openToModel(features: Features, scope: QuoteScope = QUOTE_SCOPE): boolean {
  if (features["quote:words<=3"] || features["quote:lead-verb"] || features["quote:tail-verb"]) return false;
  if (features["quote:alone"] || features["quote:own-sentence"]) return true;
  return (
    scope.insideSentence &&
    !features["quote:title-case"] &&
    !features["quote:after-preposition"] &&
    !features["quote:lead-relative"] &&
    !features["quote:listed"]
  );
}

/** A speaker the model gives another quotation's rule speaker's words to only above this score … */
export const OVERRIDE_AT = 0.8;
/** … and only when it scores the rules' speaker below this. */
export const OVERRIDE_BELOW = 0.3;

export interface QuoteDecision {
  quote: QuoteSpan;
  person: string;
  score: number;
  /** The speaker the rules gave the quotation to, whom the model replaces. */
  replaces?: string;
}

/**
 * The model's decisions: for a quotation the rules give to no one, its best candidate when scored at or above the
 * model's threshold; for one the rules give to one person, another candidate only when the model scores it at least
 * OVERRIDE_AT and the rules' speaker below OVERRIDE_BELOW.
 */
export function decideSpeakers(
  candidates: readonly QuoteCandidate[],
  model: Model,
  scope: QuoteScope = QUOTE_SCOPE,
): QuoteDecision[] {
  const byQuote = new Map<QuoteSpan, { person: string; score: number; byRule: boolean; open: boolean }[]>();
  for (const c of candidates) {
    const scored = {
      person: c.person,
      score: score(model, c.features),
      byRule: c.byRule,
      open: openToModel(c.features, scope),
    };
    const list = byQuote.get(c.quote);
    if (list) list.push(scored);
    else byQuote.set(c.quote, [scored]);
  }
  const decisions: QuoteDecision[] = [];
  for (const [quote, scored] of byQuote) {
    // The best score; on a tie, the candidate listed first (the nearest name before the quotation).
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    const ruled = scored.filter((x) => x.byRule);
    if (ruled.length === 0) {
      if (best.open && best.score >= model.threshold) decisions.push({ quote, person: best.person, score: best.score });
    } else if (
      scope.override &&
      ruled.length === 1 &&
      !best.byRule &&
      best.score >= OVERRIDE_AT &&
      ruled[0]!.score < OVERRIDE_BELOW
    )
      decisions.push({ quote, person: best.person, score: best.score, replaces: ruled[0]!.person });
  }
  return decisions.sort((a, b) => a.quote.start - b.quote.start);
}

let model: Model | null | undefined;

/** The model in `file`, or undefined when there is no such file: the rules decide alone. */
export function quoteModelAt(file: string): Model | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Model>;
  if (typeof parsed.bias !== "number" || typeof parsed.threshold !== "number" || typeof parsed.weights !== "object")
    throw new Error(
      `${file}: not a quote model (bias, threshold and weights expected); retrain it (npm run train:quotes)`,
    );
  return parsed as Model;
}

/** The shipped quote model (src/suggest/models/quote.json), or undefined when there is none: the rules decide alone. */
export function quoteModel(): Model | undefined {
  if (model === undefined) model = quoteModelAt(fileURLToPath(new URL("./models/quote.json", import.meta.url))) ?? null;
  return model ?? undefined;
}
