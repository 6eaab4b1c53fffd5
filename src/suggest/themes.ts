// Themes: those the corpus knows, found by their labels and aliases; and new candidates, the noun phrases a text
// repeats (with the compromise tagger) that no known name covers.
import nlp from "compromise";
import type { KnownEntities } from "./known.js";
import { SpanSet, SpansInOrder } from "./spans.js";
import { foldName, type Span } from "./text.js";
import { GENERAL_POSTS, GENERIC_NOUNS, isRoleWord, ORGANISATION_WORDS, WEAK_ADJECTIVES } from "./words.js";

export interface ThemeMatch extends Span {
  /** A known theme's id, or the key of a new candidate. */
  theme: string;
  /** For a theme named by words apart (see `themesByWords`): those words, the only parts that must be outside names. */
  words?: Span[];
}

export interface NewTheme {
  key: string;
  label: string;
  /** The forms seen in the text, for matching. */
  forms: string[];
  count: number;
  first: number;
}

interface NlpTerm {
  text: string;
  normal: string;
  tags: string[];
  post?: string;
  offset: { start: number; length: number };
}

const NOT_THEME_TAGS = [
  "ProperNoun",
  "Pronoun",
  "Value",
  "Date",
  "Possessive",
  "Acronym",
  "Person",
  "Place",
  "Organization",
];

/** Occasions and documents a text reports through ("the meeting", "the seminar"): never a theme on their own. */
const OCCASIONS = new Set(
  "meeting event session conference debate hearing panel seminar roundtable webinar lecture workshop summit forum report statement interview speech week month year day evening morning afternoon".split(
    " ",
  ),
);

/**
 * Words that say how or how much, not what about ("the approach", "the potential", "outcomes"), places ("the
 * county", "villages"), the means of any policy ("support", "schemes", "money": stop 47, w47 #3), and its acts and
 * papers, whatever they are on ("a week of action", "calls for action", "the proposals", "its recommendations", "the
 * review", "new initiatives": stop 46, sets 73, 74 and 76): never a theme alone.
 */
const ABSTRACT_NOUNS = new Set(
  "approach system potential outcome relationship problem difference role process model result reason story evidence figure county city town village region district nation support scheme programme measure help money action proposal recommendation review initiative".split(
    " ",
  ),
);

/**
 * Who a text speaks of, not what about: the people and bodies that act or are acted for ("residents", "the
 * government", "consumers", "businesses"); as one word, a theme only where the text repeats nothing else.
 */
const WHO_NOUNS = new Set(
  "government regulator resident consumer customer tenant landlord business company firm employer employee member official minister councillor voter taxpayer user passenger citizen household provider operator supplier stakeholder partner people public transcript statistic student client organisation fisherman industry".split(
    " ",
  ),
);

/**
 * Units a figure is given in ("a 10 percent tariff", "8 per cent cuts"): how much, never what about, so never part of a
 * subject ("per" is no noun, so "per cent cuts" reaches the tagger's phrase as "cent cuts").
 */
const UNITS = new Set(["percent", "cent", "percentage"]);

/**
 * Heads of phrases that are no subject, whatever word goes before them: a stock phrase of speech ("the short answer
 * is …", "I think the honest answer is …", "a straight reply") and a job as an office ("a permanent post", "two new
 * posts"), as a role's word is.
 */
const NO_SUBJECT_HEADS = new Set(["answer", "reply", "post"]);

/** Words that make an office of the word after them ("Deputy convener", "Acting chair"): an office is no subject. */
const OFFICE_QUALIFIERS = new Set(["deputy", "vice", "acting", "interim"]);

/**
 * The parts of a transcript or a report that say how it is laid out ("Witnesses", "Examination of witnesses", "Questions
 * 1 - 20", "Contents", "Appendix"): its headings' words, never a subject anyone speaks on.
 */
const STRUCTURE_NOUNS = new Set(
  "witness examination question contents content appendix annex chapter agenda minute index heading footnote".split(
    " ",
  ),
);

/**
 * A cross-reference to a part of the text or of another ("(Paragraph 10)" ending a report's recommendation, "see
 * paragraph 4.2", "(para 12)", "Chapter 3", "paras 5–7"): where to look, never what a text is about.
 */
const CROSS_REFERENCE =
  /\(?\b(?:see\s+(?:also\s+)?)?(?:paragraphs?|paras?\.?|chapters?|sections?|annex(?:es)?|appendix|appendices)\s+\d+(?:\.\d+)*(?:\s*(?:[–—-]|and|to)\s*\d+(?:\.\d+)*)?\)?/giu;

/**
 * A line that is only one of a report's structural headings, as its contents page or its body prints it ("Conclusions
 * and recommendations 8", "1 Introduction", "Annex: Witnesses", "Formal minutes"): how the report is laid out.
 */
const STRUCTURAL_HEADING =
  /^[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:Annex|Appendix)(?:\s+[\dA-Z])?\s*[:.–—-]\s*)?(?:Summary|Introduction|Contents|Conclusions(?:\s+and\s+recommendations)?|Recommendations|Formal\s+minutes|Witnesses|Published\s+written\s+evidence|List\s+of\s+Reports\s+from\s+the\s+Committee\b[^\n]*|(?:Current\s+)?membership)(?:[ \t]+\d+)?[ \t]*$/gimu;

/** The spans of a text that say how it is laid out: its cross-references and its lines of structural headings. */
export function layoutSpans(text: string): Span[] {
  return [...text.matchAll(CROSS_REFERENCE), ...text.matchAll(STRUCTURAL_HEADING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The terms that follow a modifier noun the tagger cut off its compound, by the modifier's start: "community" in
 * "community transport" (a singular noun before a word read as a bare verb, which a singular subject never takes), and
 * "demand" in "demand-responsive transport" (a hyphen). The compound runs on through hyphens and nouns or bare verbs.
 */
function compoundTails(sentences: { terms: NlpTerm[] }[]): Map<number, NlpTerm[]> {
  const tails = new Map<number, NlpTerm[]>();
  const joined = (t: NlpTerm) => t.post === "-";
  const nounLike = (t: NlpTerm) =>
    (t.tags.includes("Noun") || t.tags.includes("Infinitive")) && !t.tags.some((tag) => NOT_THEME_TAGS.includes(tag));
  for (const { terms } of sentences) {
    terms.forEach((term, i) => {
      const next = terms[i + 1];
      if (!next || !/^\p{Ll}/u.test(next.text)) return;
      const hyphen = joined(term);
      const bareVerb =
        /^\s+$/u.test(term.post ?? "") &&
        term.tags.includes("Singular") &&
        next.tags.includes("Infinitive") &&
        !next.tags.includes("Noun");
      if (!hyphen && !bareVerb) return;
      // Through the hyphens, then the one word the compound ends on ("community transport", not "… schemes").
      const tail: NlpTerm[] = [];
      let j = i + 1;
      for (let prev = term; j < terms.length && joined(prev) && /^\p{Ll}/u.test(terms[j]!.text); prev = terms[j]!, j++)
        tail.push(terms[j]!);
      const last = tail.at(-1) ?? term;
      if (!(tail.length && nounLike(last)) && j < terms.length && /^\s+$/u.test(last.post ?? "") && nounLike(terms[j]!))
        tail.push(terms[j]!);
      if (!tail.length || !nounLike(tail.at(-1)!)) return;
      tails.set(term.offset.start, tail);
    });
  }
  return tails;
}

/**
 * Nouns of an action, a state or a quality, by their endings ("accessibility", "isolation", "recruitment", "funding",
 * "loneliness", "patronage"): what a subject named in one word usually is.
 */
const ACTION_OR_STATE = /\p{L}{3}(?:ity|ness|tion|sion|ment|ance|ence|ism|ship|age|ing)$/u;

/** A word in the plural (not "-ss"): "routes", "timetables". */
const COUNTED_PLURAL = /[^s]s$/iu;
/** What counts or owns the things after it: "forty-two", "six", "our", "those". */
const COUNTED_BEFORE =
  /(?<![\p{L}\p{N}])(?:\d[\d,.]*|(?:\p{L}+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)|our|their|its|my|your|his|her|these|those|both|several)\s+$/iu;

/** "our prison education seminar": the determiner is not part of the phrase. */
const POSSESSIVE_DETERMINERS = new Set("my our your his her its their".split(" "));

export interface NounPhrase {
  /** Its words, in lower case (an inverted "education in prisons" as "prison education"). */
  phrase: string;
  span: Span;
  /** A phrase of two words or more whose first word is a noun that says what it is about ("driver training"). */
  nounFirst?: boolean;
}

/** Noun phrases ("#Adjective? #Noun+") with their places, weak adjectives and determiners dropped. */
export function nounPhrases(doc: ReturnType<typeof nlp>): NounPhrase[] {
  const out: NounPhrase[] = [];
  const full = doc.text();
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: NlpTerm[] }[];
  const tails = compoundTails(sentences);
  const nextTerm = new Map(sentences.flatMap(({ terms }) => terms.slice(1).map((t, i) => [terms[i]!.offset.start, t])));
  const matches = doc.match("#Adjective? #Noun+").json({ offset: true, terms: { offset: true } }) as {
    terms: NlpTerm[];
  }[];
  for (const m of matches) {
    let terms = m.terms.filter((t) => t.normal !== "");
    while (
      terms.length &&
      (WEAK_ADJECTIVES.has(terms[0]!.normal) ||
        POSSESSIVE_DETERMINERS.has(terms[0]!.normal) ||
        UNITS.has(terms[0]!.normal) ||
        !terms[0]!.tags.some((t) => t === "Adjective" || t === "Noun"))
    ) {
      terms = terms.slice(1);
    }
    // "near real-time alerts": a phrase never starts inside a hyphenated word ("Time alerts"). The word is kept whole
    // where the phrase holds its first part ("real", left out above as a weak adjective), else the phrase is no theme.
    for (let at = m.terms.indexOf(terms[0]!); at > 0 && m.terms[at - 1]!.post === "-"; at--)
      terms = [m.terms[at - 1]!, ...terms];
    if (
      terms.length > 0 &&
      /\p{L}-$/u.test(full.slice(Math.max(0, terms[0]!.offset.start - 2), terms[0]!.offset.start))
    )
      continue;
    if (terms.length === 0 || terms.some((t) => t.tags.some((tag) => NOT_THEME_TAGS.includes(tag)))) continue;
    // "our prison education seminar": the occasion named after the subject is not part of it.
    while (terms.length > 1 && OCCASIONS.has(terms.at(-1)!.normal.replace(/s$/u, ""))) terms = terms.slice(0, -1);
    if (!terms.at(-1)!.tags.includes("Noun")) continue;
    // "community" of "community transport": the subject is the compound, never its modifier alone. (A phrase of two
    // words or more, "national rollout", is a compound already: the word after it stays its own.)
    const tail = terms.length === 1 ? tails.get(terms[0]!.offset.start) : undefined;
    if (tail) terms = [...terms, ...tail];
    const words = terms.map((t) => t.normal.replace(/[^\p{L}\p{N}-]/gu, "")).filter(Boolean);
    if (words.length === 0 || words.some((w) => w.length < 3)) continue;
    const first = terms[0]!.offset;
    const last = terms.at(-1)!.offset;
    out.push({
      phrase: words.join(" "),
      span: { start: first.start, end: last.start + last.length },
      ...(terms.length > 1 && terms[0]!.tags.includes("Noun") ? { nounFirst: true } : {}),
    });
  }
  // "Education in prisons", "funding of school meals": the same subject as "prison education", "school meal
  // funding", so counted under that phrase (the text's own words are kept as the form it is written in).
  const inverted = doc
    .match("#Noun+ (in|of|for) #Adjective? #Noun+")
    .json({ offset: true, terms: { offset: true } }) as {
    terms: NlpTerm[];
  }[];
  for (const m of inverted) {
    const at = m.terms.findIndex((t) => /^(?:in|of|for)$/u.test(t.normal));
    let head = m.terms.slice(0, at);
    let tail = m.terms.slice(at + 1);
    while (tail.length && WEAK_ADJECTIVES.has(tail[0]!.normal)) tail = tail.slice(1);
    while (head.length && WEAK_ADJECTIVES.has(head[0]!.normal)) head = head.slice(1);
    const all = [...head, ...tail];
    if (head.length === 0 || tail.length === 0 || !tail.at(-1)!.tags.includes("Noun")) continue;
    if (all.some((t) => t.tags.some((tag) => NOT_THEME_TAGS.includes(tag)))) continue;
    const words = (terms: NlpTerm[]) => terms.map((t) => t.normal.replace(/[^\p{L}\p{N}-]/gu, ""));
    // "the cost of storm surges rises": the object's head read as a verb ("Cost of storm"); the whole noun phrase.
    const objectHead = headReadAsVerb(tail.at(-1)!, nextTerm);
    if (objectHead) tail = [...tail, objectHead];
    if ([...words(head), ...words(tail)].some((w) => w.length < 3)) continue;
    const last = (objectHead ?? m.terms.at(-1)!).offset;
    out.push({
      phrase: `${singular(words(tail).join(" "))} ${words(head).join(" ")}`,
      span: { start: head[0]!.offset.start, end: last.start + last.length },
    });
  }
  return out;
}

/**
 * The word after a singular noun that is the noun phrase's true head, read as a verb in "-s" ("storm surges" in "the
 * cost of storm surges rises"), where another noun or verb in "-s" follows it: one of the two is the verb, so the first
 * is the noun's head ("the cost of energy rises sharply" keeps its verb).
 */
function headReadAsVerb(noun: NlpTerm, nextTerm: Map<number, NlpTerm>): NlpTerm | undefined {
  const next = nextTerm.get(noun.offset.start);
  if (!next || !noun.tags.includes("Singular") || !/^\s+$/u.test(noun.post ?? "")) return undefined;
  if (!/^\p{Ll}+[^s]s$/u.test(next.text) || !next.tags.includes("PresentTense")) return undefined;
  if (next.tags.includes("Auxiliary") || next.tags.includes("Copula")) return undefined;
  const after = /^\s+$/u.test(next.post ?? "") ? nextTerm.get(next.offset.start) : undefined;
  const verbAfter =
    after !== undefined &&
    /^\p{Ll}+[^s]s$/u.test(after.text) &&
    (after.tags.includes("Noun") || after.tags.includes("Verb")) &&
    !after.tags.some((tag) => NOT_THEME_TAGS.includes(tag));
  return verbAfter ? next : undefined;
}

/**
 * Where the tagger reads a word as a verb in its base form ("councils should pay providers", "who pay for them"):
 * the start of each such word. A theme named by that one word ("pay") is not named there.
 */
export function baseFormVerbs(doc: ReturnType<typeof nlp>): Set<number> {
  const starts = new Set<number>();
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: NlpTerm[] }[];
  for (const s of sentences)
    for (const t of s.terms) if (t.tags.includes("Infinitive") && !t.tags.includes("Noun")) starts.add(t.offset.start);
  return starts;
}

/**
 * Each word's singular as the tagger gives it, asked once per word for the process: the answer depends on the word
 * alone (its document is made for it and changed by toSingular, not shared), and asking is most of the time spent
 * finding new themes, each text asking again in each registry mode of an evaluation.
 */
const SINGULARS = new Map<string, string>();

/** The phrase with its last word in the singular; the tagger is asked once per word. */
function singular(phrase: string): string {
  const words = phrase.split(" ");
  const last = words.at(-1)!;
  let one = SINGULARS.get(last);
  if (one === undefined) {
    const doc = nlp(last);
    // A word the tagger gives no noun tag has no nouns to put in the singular (nouns() keeps only a match with a noun),
    // so it stays as it is; asking for them costs four times what tagging it does.
    const noun = doc.termList().some((term) => term.tags?.has("Noun"));
    one = (noun && (doc.nouns().toSingular().text() as string).toLowerCase()) || last;
    SINGULARS.set(last, one);
  }
  return [...words.slice(0, -1), one].join(" ");
}

/** A theme's name folded, as written and in the singular, worked out once per name for the process. */
const THEME_NAME_FORMS = new Map<string, readonly [string, string]>();

function themeNameForms(name: string): readonly [string, string] {
  let forms = THEME_NAME_FORMS.get(name);
  if (!forms) {
    forms = [foldName(name), foldName(singular(name))];
    THEME_NAME_FORMS.set(name, forms);
  }
  return forms;
}

/**
 * The quotations that echo words quoted at more length elsewhere in the text: a news lead's or headline's few words,
 * “sorry state of neglect” (or ‘silted’), before the speaker's full “These penalties expose the sorry state of neglect
 * of our silted docks.”, a small word around them aside. The words are said once; a phrase in such an echo does not count
 * again towards a new theme. Only a fragment of six words at most: a whole sentence given twice is a teaser of the
 * speaker's words, read as theirs.
 */
export function quotedEchoes(text: string, quotes: { inner: Span }[]): Span[] {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const folded = quotes.map((q) => fold(text.slice(q.inner.start, q.inner.end)));
  // The echo's words without a small word the writer put around them ("on every inch of quay" of "over every …").
  const LEADING = /^(?:(?:a|an|the|on|in|at|of|to|for|by|over|and|but)\s+)+|(?:\s+(?:a|an|the|of|to|and))+$/gu;
  return quotes
    .filter((_q, i) => {
      const words = folded[i]!.replace(LEADING, "");
      if (words === "" || words.split(" ").length > 6) return false;
      return folded.some((other, j) => j !== i && other.length > words.length && ` ${other} `.includes(` ${words} `));
    })
    .map((q) => q.inner);
}

/**
 * New candidate themes: noun phrases of two or more words seen twice or more, single nouns seen three times or
 * more, that are not a known name, nor part of a person's or organisation's name. The most frequent first.
 * `namesKnownTheme`: the text names a theme the registry knows, so it has a subject besides who it speaks of.
 */
export function newThemeCandidates(
  text: string,
  phrases: NounPhrase[],
  known: KnownEntities,
  names: Span[],
  limit: number,
  namesKnownTheme = false,
): NewTheme[] {
  // A known theme's names in the singular too: "Market town" found here is the corpus's "Market towns".
  const knownNames = [...known.byId.values()].flatMap((e) =>
    [e.label, ...e.aliases].flatMap((n) => (e.type === "theme" ? themeNameForms(n) : [foldName(n)])),
  );
  // For keyOf, asked once per phrase: a known name itself, and each known name with a space either side to find a key
  // inside it as whole words.
  const knownName = new Set(knownNames);
  const spacedNames = knownNames.map((n) => ` ${n} `);
  // A cross-reference's word ("(Paragraph 10)") or a structural heading's ("Conclusions and recommendations") is
  // taken as a name's is: never a theme's.
  const inNames = new SpanSet([...names, ...layoutSpans(text)]);
  const byKey = new Map<string, NewTheme>();
  // What depends on the phrase alone, worked out once per phrase: its key, or undefined when it is no candidate.
  const keys = new Map<string, string | undefined>();
  const keyOf = (phrase: string): string | undefined => {
    const key = singular(phrase);
    const words = key.split(" ");
    if (words.length === 1 && (GENERIC_NOUNS.has(key) || ABSTRACT_NOUNS.has(key) || key.length < 6)) return undefined;
    // A kind of organisation is a body, not a subject: "Committee", "Schools", "Local authorities" (but "bus
    // services" are what people speak on).
    if (ORGANISATION_WORDS.has(words.at(-1)!) && words.at(-1) !== "service") return undefined;
    if (words.every((w) => GENERIC_NOUNS.has(w) || OCCASIONS.has(w) || STRUCTURE_NOUNS.has(w))) return undefined;
    // "Managing director", "chief executive": an office, not a subject anyone speaks on; so are "Attorney general"
    // and "Deputy convener", whose last word is no role word alone.
    if (isRoleWord(words.at(-1)!)) return undefined;
    if (words.length > 1 && OFFICE_QUALIFIERS.has(words[0]!)) return undefined;
    if (words.length > 1 && NO_SUBJECT_HEADS.has(words.at(-1)!)) return undefined;
    if (words.length === 2 && words[1] === "general" && GENERAL_POSTS.test(words[0]!)) return undefined;
    const folded = foldName(key);
    const foldedPhrase = foldName(phrase);
    const spacedKey = ` ${folded} `;
    if (knownName.has(folded) || knownName.has(foldedPhrase) || spacedNames.some((n) => n.includes(spacedKey)))
      return undefined;
    return key;
  };
  // "Monitors" and "monitor" are one subject: the tagger, asked of the one word, may read a plural as a verb
  // ("monitors", "charges") and leave it be. Where the text repeats both enough to make each a candidate, the plural
  // is counted under its singular: one candidate, not two. (Two forms each too rare to be one make none together: a
  // dev text's "branch" and "branches" were no subject of its speakers.)
  const raw = new Map<string, number>();
  for (const { phrase, span } of phrases) {
    if (inNames.overlaps(span)) continue;
    if (!keys.has(phrase)) keys.set(phrase, keyOf(phrase));
    const key = keys.get(phrase);
    if (key !== undefined) raw.set(key, (raw.get(key) ?? 0) + 1);
  }
  const enough = (key: string) => (raw.get(key) ?? 0) >= (key.includes(" ") ? 2 : 3);
  for (const [phrase, key] of keys) {
    if (key === undefined || !/[^s]s$/u.test(key) || !enough(key)) continue;
    const one = [key.slice(0, -1), ...(/(?:ch|sh|x|ss)es$/u.test(key) ? [key.slice(0, -2)] : [])].find(enough);
    if (one !== undefined) keys.set(phrase, one);
  }
  const writings = new Map<string, Map<string, number>>();
  const counted = new Map<string, number>();
  for (const { phrase, span } of phrases) {
    if (inNames.overlaps(span)) continue;
    if (!keys.has(phrase)) keys.set(phrase, keyOf(phrase));
    const key = keys.get(phrase);
    if (key === undefined) continue;
    // "forty-two routes", "our routes", "those routes": things counted or owned, not what anyone speaks on.
    if (
      !key.includes(" ") &&
      COUNTED_PLURAL.test(text.slice(span.start, span.end)) &&
      COUNTED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
    )
      counted.set(key, (counted.get(key) ?? 0) + 1);
    const entry = byKey.get(key) ?? { key, label: key, forms: [], count: 0, first: span.start };
    entry.count++;
    const form = text.slice(span.start, span.end);
    if (!entry.forms.includes(form)) entry.forms.push(form);
    byKey.set(key, entry);
    // How often each way of writing it occurs, in lower case: the label is the text's own most frequent one.
    const written = form.toLowerCase().replace(/\s+/gu, " ");
    let counts = writings.get(key);
    if (!counts) writings.set(key, (counts = new Map()));
    counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  // "bus fare cap" is the fare cap too: a phrase ending in a repeated shorter one, and no candidate itself, counts
  // towards it (never making one: "wind farm" once beside "offshore wind farm" is no subject the text repeats).
  for (const { phrase, span } of phrases) {
    const key = keys.get(phrase);
    if (key === undefined || !key.includes(" ") || (byKey.get(key)?.count ?? 0) >= 2 || inNames.overlaps(span))
      continue;
    const words = key.split(" ");
    for (let i = 1; i < words.length - 1; i++) {
      const shorter = byKey.get(words.slice(i).join(" "));
      if (shorter && shorter.count >= 2) {
        shorter.count++;
        break;
      }
    }
  }
  // A plural the text mostly counts or owns ("we run forty-two routes", "on our routes", "those routes") names the
  // things a speaker has, not a subject: no candidate alone.
  for (const [key, n] of counted) if (n * 2 > byKey.get(key)!.count) byKey.delete(key);
  const frequent = [...byKey.values()].filter((t) => t.count >= (t.key.includes(" ") ? 2 : 3));
  // One word of a longer subject the text names is not a theme of its own. Its head word is that subject named short
  // ("the subsidy" after "bus subsidies"): its occurrences are the longer one's. Another of its words ("prison"
  // beside "prison education", "library" beside "shared library buildings") is broader than anything a speaker is on.
  const longer = frequent.filter((t) => t.key.includes(" "));
  const kept = frequent.filter((t) => {
    if (t.key.includes(" ")) return true;
    const whole = longer.find((u) => u.key.endsWith(` ${t.key}`));
    if (whole) {
      whole.count += t.count;
      for (const form of t.forms) if (!whole.forms.includes(form)) whole.forms.push(form);
    }
    return !whole && !longer.some((u) => u.key.split(" ").includes(t.key));
  });
  // A subject named alone twice and once more as what a longer phrase is about ("Let me turn to accessibility",
  // "Accessibility has to include the walk", "accessibility measures"): the text returns to it in varied phrases, so
  // it counts three times. Only an abstract noun (ACTION_OR_STATE), named alone at least as often as first in a
  // phrase: a place, a body or a thing ("the mainland", "branch libraries", "library services") is no subject a
  // speaker is on, and a word mostly before others ("connection charges", "connection queue", "the connection") is
  // said of the subjects those phrases name. Not a word of a longer candidate, and never where another word says what
  // sort it is ("rail services", "fixed routes"): that names sorts of a thing, not one subject.
  const uses = new Map<string, { count: number; first: number; forms: string[] }>();
  for (const { phrase, span, nounFirst } of phrases) {
    if (!nounFirst || inNames.overlaps(span) || (byKey.get(keys.get(phrase) ?? "")?.count ?? 0) >= 2) continue;
    const word = phrase.split(" ")[0]!;
    const bare = byKey.get(word);
    if (!bare || bare.count !== 2 || !ACTION_OR_STATE.test(word) || kept.includes(bare)) continue;
    if (longer.some((u) => u.key.split(" ").includes(word))) continue;
    const at = new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?![\\p{L}\\p{N}-])`, "iu").exec(
      text.slice(span.start, span.end),
    );
    if (!at) continue;
    const entry = uses.get(word) ?? { count: 0, first: span.start + at.index, forms: [] };
    entry.count++;
    if (!entry.forms.includes(at[0])) entry.forms.push(at[0]);
    uses.set(word, entry);
  }
  for (const [word, { count, first, forms }] of uses) {
    const bare = byKey.get(word)!;
    if (count > bare.count) continue;
    bare.count += count;
    bare.first = Math.min(bare.first, first);
    for (const form of forms) if (!bare.forms.includes(form)) bare.forms.push(form);
    kept.push(bare);
  }
  // Who the text speaks of ("Residents", "Consumers") is a subject only in a text that repeats no other, and names
  // no theme the registry knows ("Business" in a text on a known wage theme is who is quoted on it).
  const isWho = (t: NewTheme) => !t.key.includes(" ") && WHO_NOUNS.has(t.key);
  const subjects = namesKnownTheme || kept.some((t) => !isWho(t)) ? kept.filter((t) => !isWho(t)) : kept;
  // The most often named first, for its number of words (a phrase of two words twice as much as a word three times);
  // then the one named in more paragraphs (more turns of a transcript), then the first named.
  const weight = (t: NewTheme) => t.count / (t.key.includes(" ") ? 2 : 3);
  const breaks = [...text.matchAll(/\n\s*\n/gu)].map((m) => m.index + m[0].length);
  const spread = new Map(subjects.map((t) => [t, paragraphsOf(text, t.forms, breaks)]));
  return subjects
    .sort((a, b) => weight(b) - weight(a) || spread.get(b)! - spread.get(a)! || a.first - b.first)
    .slice(0, limit)
    .map((t) => {
      // "Storm overflows" as the text writes it, not "Storm overflow": the plural a theme is usually named in (so
      // too where the two are as frequent).
      const counts = [...writings.get(t.key)!].sort(
        (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
      );
      const label = counts[0]?.[0] ?? t.key;
      return { ...t, label: label.charAt(0).toUpperCase() + label.slice(1) };
    });
}

/** How many of the text's paragraphs (its turns, in a transcript) name one of `forms`; `breaks`: where each begins. */
function paragraphsOf(text: string, forms: string[], breaks: number[]): number {
  const found = new Set<number>();
  for (const form of forms) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+")}(?![\\p{L}\\p{N}])`,
      "giu",
    );
    for (const m of text.matchAll(pattern)) {
      let lo = 0;
      let hi = breaks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (breaks[mid]! <= m.index) lo = mid + 1;
        else hi = mid;
      }
      found.add(lo);
    }
  }
  return found.size;
}

/** Known themes and new candidates named in spans of the text (never inside a person's or organisation's name). */
export class ThemesInText {
  private readonly known: SpansInOrder<ThemeMatch>;
  private readonly found: SpansInOrder<ThemeMatch>;
  /** The matches that overlap a name. */
  private readonly inNames = new Set<ThemeMatch>();

  constructor(knownMatches: ThemeMatch[], newMatches: ThemeMatch[], names: Span[]) {
    this.known = new SpansInOrder(knownMatches);
    this.found = new SpansInOrder(newMatches);
    const nameSpans = new SpanSet(names);
    for (const m of [...knownMatches, ...newMatches])
      if ((m.words ?? [m]).some((w) => nameSpans.overlaps(w))) this.inNames.add(m);
  }

  /** The known matches inside `span`, then the new ones, each in their list's order. */
  in(span: Span): ThemeMatch[] {
    const outsideNames = (m: ThemeMatch) => !this.inNames.has(m);
    const known = this.known.insideWhere(span, outsideNames);
    // A passage that names a theme the corpus knows is on that one: a new candidate beside it is a detail of it.
    return known.length > 0 ? known : this.found.insideWhere(span, outsideNames);
  }
}

/**
 * Where each new candidate occurs (its forms, any case). Where two overlap ("school" in "school meals"), the longer
 * is the one named: a text that speaks of school meals is not speaking of a theme "School" there.
 */
export function findNewThemes(text: string, themes: NewTheme[]): ThemeMatch[] {
  const all: ThemeMatch[] = [];
  for (const theme of themes) {
    for (const form of theme.forms) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+")}(?![\\p{L}\\p{N}])`,
        "giu",
      );
      for (const m of text.matchAll(pattern))
        all.push({ start: m.index, end: m.index + m[0].length, theme: theme.key });
    }
  }
  // Longest first at each start, then in text order without overlaps (the first theme listed keeps a tie).
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const matches: ThemeMatch[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.start < reach) continue;
    matches.push(m);
    reach = m.end;
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------------------------
// Registry themes worded otherwise: a theme's label is an annotator's name for a subject ("Bus subsidies", "Gender pay
// gap reporting", "Constitutional and electoral reform"), which the speakers' own words rarely repeat word for word
// ("we cannot keep subsidising bus routes", "reporting has made firms look at the gender gap in pay"). A sentence
// names such a theme where it has every content word of one of the theme's cores, each in any inflection and in any
// order, outside the names of people and organisations.

/** Words that carry no subject: articles, prepositions, conjunctions, auxiliaries, pronouns. */
const FUNCTION_WORDS = new Set(
  "up down out off a an the of and or in on for to at by from with without into after before about over under between against as is are was were be been being its their our his her this that these those whether how what why who which not no than within per vs via its".split(
    " ",
  ),
);

/** A word's stem, for matching inflections and simple derivations: subsidies, subsidise, subsidised → "subsid". */
export function stemWord(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/[^\p{L}\p{N}-]/gu, "");
  const strip = (suffixes: string[], keep = 3) => {
    for (const s of suffixes) {
      if (w.length - s.length >= keep && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        return true;
      }
    }
    return false;
  };
  // Inflections and verb-forming endings, then one derivational ending ("constitutional" → "constitution").
  if (!/ss$/u.test(w) || /sses$/u.test(w)) {
    strip([
      "isations",
      "izations",
      "isation",
      "ization",
      "ising",
      "izing",
      "ised",
      "ized",
      "ises",
      "izes",
      "ise",
      "ize",
    ]) || strip(["ies", "ied", "ings", "ing", "ed", "es", "s", "y"]);
  }
  strip(
    ["ional"].filter(() => w.endsWith("ional")).map(() => "al"),
    4,
  );
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The stems of a phrase's content words, in order. */
export function contentStems(phrase: string): string[] {
  return phrase
    .split(/[\s–—/]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ""))
    .filter((w) => w !== "" && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map(stemWord)
    .filter((w) => w.length > 0);
}

/** Prepositions a theme's label puts between its subject and what qualifies it ("Extreme breeding of animals"). */
const QUALIFIER = /\s+(?:of|in|for|on|after|across|among|within|to|from)\s+/iu;

/** The words of a phrase that are not function words, as written. */
function contentWords(phrase: string): string[] {
  return phrase
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ""))
    .filter((w) => w !== "" && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * The cores of a theme's label, each a list of stems a sentence must have all of: the whole label; each side of "X and
 * Y" ("Frauds and consumer advice" → consumer advice), an adjective before "and" taking the head noun after it
 * ("Constitutional and electoral reform" → constitutional reform; electoral reform); the subject before a qualifying
 * "of", "in" ("Extreme breeding of animals" → extreme breeding); a bracketed part on its own ("Councils' financial
 * failure (section 114)" → section 114). Two content words at least: one word alone ("Scams", "Careers", "grants",
 * "The state") is too common a word to name the subject by itself, and the label's own name matches it already.
 */
export function themeCores(label: string, isAdjective: (word: string) => boolean): string[][] {
  const cores: string[][] = [];
  const add = (phrase: string) => {
    const words = contentWords(phrase);
    if (words.length >= 2) cores.push(contentStems(words.join(" ")));
  };
  const bracketed = /\(([^)]*)\)/u.exec(label);
  if (bracketed) add(bracketed[1]!);
  const plain = label.replace(/\([^)]*\)/gu, " ").trim();
  add(plain);
  // "Whether the pensions system is unfair to …": a question has no subject before its "to".
  if (/^(?:whether|how|why|what|who)\b/iu.test(plain)) return cores;
  const head = plain.split(QUALIFIER)[0]!;
  if (head !== plain) add(head);
  const m = /^(.*?)\s*(?:,|\band\b|&)\s+(.*)$/iu.exec(head);
  if (m) {
    const left = contentWords(m[1]!.replace(/,.*$/u, ""));
    const right = contentWords(m[2]!);
    if (left.length === 1 && right.length >= 2 && isAdjective(left[0]!)) add(`${left[0]} ${right.at(-1)}`);
    else add(left.join(" "));
    add(right.join(" "));
  }
  return cores;
}

interface Core {
  theme: string;
  stems: string[];
  /** Whether its words may be anywhere in the sentence (four words or more), or must stand close. */
  apart: boolean;
}

/** How many words a label's core has at least for its words to be anywhere in a sentence. */
const APART = 4;
/** How many words a core's words may spread over beyond their own number, when they must stand close. */
const CLOSE = 1;

/**
 * Registry themes named in sentences by the cores of their labels (see `themeCores`), besides the `literal` matches of
 * their names: a match per sentence and theme, spanning its first to its last matched word. A core's words close
 * together ("subsidising bus routes" for Bus subsidies, "funding for social care"), or anywhere in the sentence for a
 * core of four words or more ("reporting … the gender gap in pay"). Aliases, written as the texts write them, are
 * matched as written (by `KnownEntities.find`): read in other forms they named broader subjects than the annotators
 * meant ("a care worker" for the care workforce where the words were on pay). A core two themes share names neither.
 * In one sentence, a theme named by fewer words than another names ("social care" in "funding for social care" beside
 * Social care funding) is that other one's: it goes, whether it was matched by its core or by its name.
 */
export function themesByWords(
  text: string,
  sentences: readonly Span[],
  themes: readonly { id: string; label: string; aliases: string[] }[],
  literal: readonly ThemeMatch[],
  names: readonly Span[],
): ThemeMatch[] {
  const adjectives = new Map<string, boolean>();
  const isAdjective = (word: string) => {
    const w = word.toLowerCase();
    let a = adjectives.get(w);
    if (a === undefined) adjectives.set(w, (a = nlp(w).has("#Adjective")));
    return a;
  };
  const owners = new Map<string, Set<string>>();
  const cores: Core[] = [];
  const addCore = (theme: string, stems: string[]) => {
    const unique = [...new Set(stems)];
    const key = [...unique].sort().join(" ");
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(theme);
    if (!cores.some((c) => c.theme === theme && [...c.stems].sort().join(" ") === key))
      cores.push({ theme, stems: unique, apart: unique.length >= APART });
  };
  for (const theme of themes) {
    for (const stems of themeCores(theme.label, isAdjective)) addCore(theme.id, stems);
  }
  const usable = cores.filter((c) => owners.get([...c.stems].sort().join(" "))!.size === 1);
  if (usable.length === 0) return [...literal];
  const inNames = new SpanSet([...names]);
  const literalIn = new SpansInOrder([...literal].sort((a, b) => a.start - b.start || a.end - b.end));
  const out: ThemeMatch[] = [];
  const dropped = new Set<ThemeMatch>();
  for (const sentence of sentences) {
    // The sentence's words outside names, by stem: where each occurs, and its place among the sentence's words.
    const at = new Map<string, { span: Span; index: number }[]>();
    const note = (stem: string, span: Span, index: number) => {
      const list = at.get(stem) ?? [];
      if (!list.some((x) => x.index === index)) list.push({ span, index });
      at.set(stem, list);
    };
    let index = 0;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      index++;
      if (FUNCTION_WORDS.has(m[0].toLowerCase()) || inNames.overlaps(span)) continue;
      note(stemWord(m[0]), span, index);
      // "pay-gap": each part of a hyphenated word is a word too.
      if (m[0].includes("-")) for (const part of m[0].split("-")) if (part) note(stemWord(part), span, index);
    }
    const found: { theme: string; stems: string[]; match: ThemeMatch; literal: boolean }[] = [];
    for (const m of literalIn.insideWhere(sentence, () => true)) {
      found.push({ theme: m.theme, stems: contentStems(text.slice(m.start, m.end)), match: m, literal: true });
    }
    for (const core of usable) {
      if (!core.stems.every((s) => at.has(s))) continue;
      const words = placed(core, at);
      if (!words) continue;
      const match = {
        start: Math.min(...words.map((s) => s.start)),
        end: Math.max(...words.map((s) => s.end)),
        theme: core.theme,
        words,
      };
      found.push({ theme: core.theme, stems: core.stems, match, literal: false });
    }
    // The themes this sentence names by their words already (one match each).
    const named = new Set<string>();
    for (const f of found) {
      const wider = found.some(
        (g) => g.theme !== f.theme && g.stems.length > f.stems.length && f.stems.every((s) => g.stems.includes(s)),
      );
      if (wider) {
        if (f.literal) dropped.add(f.match);
        continue;
      }
      if (f.literal) continue;
      if (found.some((g) => g.theme === f.theme && g.literal)) continue;
      if (named.has(f.theme)) continue;
      named.add(f.theme);
      out.push(f.match);
    }
  }
  return [...literal.filter((m) => !dropped.has(m)), ...out].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where a core's words are in a sentence: anywhere for a core whose words may stand apart, else close together. */
function placed(core: Core, at: Map<string, { span: Span; index: number }[]>): Span[] | undefined {
  const lists = core.stems.map((s) => at.get(s)!);
  if (core.apart) return lists.map((l) => l[0]!.span);
  const reach = core.stems.length - 1 + CLOSE;
  for (const first of lists[0]!) {
    const chosen = [first];
    for (const list of lists.slice(1)) {
      const near = list.find((x) => Math.abs(x.index - first.index) <= reach);
      if (!near) break;
      chosen.push(near);
    }
    if (chosen.length !== lists.length) continue;
    const indexes = chosen.map((c) => c.index);
    if (Math.max(...indexes) - Math.min(...indexes) <= reach) return chosen.map((c) => c.span);
  }
  return undefined;
}

/** "on coastal housing", "about river pollution": a title's topic after "on" or "about", in lower case, to its end. */
const TITLE_TOPIC = /\s(?:on|about)\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*)(?:\s+(?:19|20)\d{2})?\s*$/u;
/** Words that make a title's tail a clause or a phrase, not a topic's noun phrase ("on what we learned"). */
const NOT_TOPIC_WORDS =
  /^(?:the|a|an|this|that|these|those|its|their|our|my|your|his|her|of|for|to|in|on|at|by|with|from|and|or|but|what|why|how|who|when|where|which|we|you|they|it|is|are|was|were|be|has|have|had|not|no)$/u;

/**
 * What a source's title says `words` are about, when they bear it out: the lower-case noun phrase after "on" or "about"
 * that ends the title ("Fenby Trust briefing on coastal housing": "Coastal housing"), each of whose words `words` repeat
 * (a plural for a singular too). Undefined for a title that names no topic ("Fenby Trust annual review
 * 2024", "Good day for the harbour") or words that do not repeat it.
 */
export function titleTopic(title: string, words: string): string | undefined {
  const topic = TITLE_TOPIC.exec(title.trim())?.[1];
  if (topic === undefined) return undefined;
  const topicWords = topic.split(/\s+/u);
  if (topicWords.some((w) => NOT_TOPIC_WORDS.test(w))) return undefined;
  const repeated = new Set(
    words
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .map((w) => w.replace(/(?:['’]s|s)$/u, "")),
  );
  if (!topicWords.every((w) => repeated.has(w.replace(/s$/u, "")))) return undefined;
  return topic.charAt(0).toUpperCase() + topic.slice(1);
}

/**
 * What a headline that is a clause is about: its subject, the words before its first verb ("Open flood data is a
 * cheap win": "Open flood data"; "Storm surges doubled, professor warns": "Storm surges"; "Why the Fenby sea wall
 * cannot wait": "Fenby sea wall"). Undefined for a title that is a phrase ("Rural bus services", "Good day for the
 * harbour"): that is a name of what the text is about already.
 */
export function titleSubject(doc: ReturnType<typeof nlp>, title: string): string | undefined {
  const terms = (
    (doc.json({ offset: true, terms: { offset: true } }) as { terms: NlpTerm[] }[])[0]?.terms ?? []
  ).filter((t) => t.normal !== "");
  let at = 0;
  while (at < terms.length && terms[at]!.tags.some((t) => t === "Determiner" || t === "Preposition")) at++;
  const start = at;
  // A headline's first word is no order ("Storm surges …"): read as a noun where the tagger offers an imperative.
  const nounLike = (t: NlpTerm, i: number) =>
    t.tags.some((tag) => tag === "Noun" || tag === "Adjective") || (i === start && t.tags.includes("Imperative"));
  while (at < terms.length && nounLike(terms[at]!, at) && !terms[at]!.tags.includes("Copula")) at++;
  const next = terms[at];
  if (at === start || !next?.tags.includes("Verb")) return undefined;
  const first = terms[start]!.offset;
  const last = terms[at - 1]!.offset;
  const subject = title.slice(first.start, last.start + last.length).replace(/[,;:]+$/u, "");
  // "Committee hears from nurses", "Minister warns": a body or a person acting, not a subject.
  const head = subject.toLowerCase().split(/\s+/u).at(-1)!;
  if (ORGANISATION_WORDS.has(head) || GENERIC_NOUNS.has(head) || isRoleWord(head)) return undefined;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** "Oral evidence: Fuel poverty in rural areas, HC 412": a hearing's title block names its subject. */
const HEARING_TOPIC = /^Oral evidence:\s+(\p{Lu}[^\n,:;()]*?)(?:,\s*HC\s+\d+[^\n]*)?\s*$/mu;
/** "hosted a panel discussion on fuel poverty in rural England": a write-up's lede names the occasion's subject. */
const OCCASION_TOPIC =
  /\b(?:hosted|held|organised|organized|convened|ran|staged)\s+(?:an?|its|our|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:panel\s+discussion|discussion|panel|roundtable|round\s+table|debate|seminar|webinar|workshop|conference|event|briefing)\s+on\s+(\p{Ll}[\p{Ll}'’ -]*)/u;
/** Where a topic's noun phrase ends: a place or a group it is narrowed to ("in rural areas", "for older tenants"). */
const TOPIC_END = /\s+(?:in|across|throughout|among|amongst|within|around|at|for|during|with|to|as|which|that)\s.*$/su;
/** How far into a text a title block or a lede runs. */
const OPENING = 1500;

/**
 * The subject a text's opening names for its occasion: a hearing's "Oral evidence: <topic>" or a write-up's "hosted a
 * panel discussion on <topic>", as a noun phrase without the place or group it is narrowed to ("Fuel poverty" of
 * "fuel poverty in rural England"), as a new candidate unless the corpus knows it or the text's candidates have it.
 * Named once, it is still what the occasion was on (a first source drafts its subject: stop 47, w47 #3). The source
 * covers it; a speaker's words are not read as on it (the gold's speakers are on narrower themes than a hearing's
 * title: spoke-on precision fell on dev and held-out when they were).
 */
export function statedTopic(text: string, known: KnownEntities, candidates: readonly NewTheme[]): NewTheme | undefined {
  const opening = text.slice(0, OPENING);
  const m = HEARING_TOPIC.exec(opening) ?? OCCASION_TOPIC.exec(opening);
  if (!m) return undefined;
  const phrase = m[1]!.replace(TOPIC_END, "").trim();
  const words = phrase.toLowerCase().split(/\s+/u);
  // ("Children and young people's mental health services": one subject, "and" inside it.)
  if (words.length > 6 || words.some((w) => w !== "and" && NOT_TOPIC_WORDS.test(w))) return undefined;
  const key = singular(words.join(" "));
  const last = key.split(" ").at(-1)!;
  if (words.length === 1 && (GENERIC_NOUNS.has(key) || ABSTRACT_NOUNS.has(key) || OCCASIONS.has(key))) return undefined;
  if (ORGANISATION_WORDS.has(last) || isRoleWord(last)) return undefined;
  if (known.byName("theme", phrase) || candidates.some((c) => c.key === key)) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const form = text.slice(start, start + phrase.length);
  const count = [
    ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/\s+/gu, "\\s+")}(?![\\p{L}\\p{N}])`, "giu")),
  ].length;
  return { key, label: phrase.charAt(0).toUpperCase() + phrase.slice(1), forms: [form], count, first: start };
}
