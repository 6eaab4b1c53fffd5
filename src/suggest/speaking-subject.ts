// Whose words a verb of speech gives when its subject is no person: a body ("The Fenby Trust has branded the plan …",
// "the firm said", "it said"), a document ("A report by the Audit Office says …", "a sign at the gate reads …") or
// people the text does not name ("Council leaders expressed their …", "campaigners said", "a spokesperson said").
// Such words are no person's, whoever else the sentence or the paragraph names: the subject is read back from the verb
// over the words that can make it up, and a person named inside it ("Ann Bell of the Fenby Trust said") keeps it hers.
import type { Span } from "./text.js";
import { isRoleWord, ORGANISATION_WORDS } from "./words.js";

/** Who speaks when no person does: a body, a document, or people the text leaves unnamed. */
export interface UnnamedSpeaker {
  kind: "body" | "document" | "people";
  /** "a charity", "one union", "campaigners": not a body or a document the text names or has named before. */
  indefinite: boolean;
}

/** A word or a mark, where it stands in the text. */
interface Token {
  word: string;
  start: number;
  end: number;
}

/** Between a subject and its verb: "has", "also", "yesterday" ("The Trust has also branded …"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:has|have|had|also|now|still|already|previously|recently|yesterday|today|repeatedly|once|then|later|further|strongly|publicly|formally|itself|themselves|jointly|both|all|not|never|did|does|do|would|will|could|may|might|separately|earlier|since|too)$/iu;
/** A relative pronoun: a clause of its own opens after it. */
const RELATIVE = /^(?:that|which|who|whom|whose)$/iu;
/** A verb a subject read backwards stops at: the phrase after it is its object or a clause it reports. */
const VERB_BEFORE_SUBJECT =
  /^(?:said|says|say|told|tells|added|adds|warned|warns|argued|argues|claimed|claims|insisted|insists|stated|states|wrote|writes|explained|explains|noted|notes|believes|believed|thinks|thought|feels|felt|is|are|was|were|be|been|being)$/iu;
/** Words that end a subject read backwards: a clause's conjunction or relative, a verb of speech before it. */
const BEFORE_SUBJECT = new RegExp(
  `^(?:and|or|but|while|whereas|although|though|because|as|when|after|before|since|if|unless|until|what|where|so|yet|than)$|${RELATIVE.source}|${VERB_BEFORE_SUBJECT.source}`,
  "iu",
);
const PERSONAL_PRONOUN = /^(?:he|she|they|we|i|you)$/iu;
/** A subject's opening word that makes it a phrase of its own after a phrase put first ("In a letter to X the Trust"). */
const DETERMINER = /^(?:the|a|an|its|their|this|that|these|those|one|another|some|several|many|other|our)$/iu;
const INDEFINITE = /^(?:a|an|one|another|some|several|many|other|most|few)$/iu;
/** Prepositions after a subject's head ("A report by the Audit Office", "Leaders of the union", "A sign at the gate"). */
const PREPOSITION =
  /^(?:of|at|by|for|from|in|on|with|to|under|behind|near|outside|inside|across|over|within|among|amid|after|before|during|following|despite|without)$/iu;

/** Heads of a subject that is a document or a written thing. */
const DOCUMENT_WORDS = new Set(
  (
    "report reports review reviews letter letters statement statements guidance policy policies bill act sign signs " +
    "notice notices website site survey study paper document documents motion petition manifesto consultation leaflet " +
    "briefing minutes agenda strategy release email tweet post advert poster banner placard headline article editorial " +
    "blog book audit assessment inspection analysis findings judgment judgement ruling order code framework guidelines " +
    "rules law legislation regulations treaty agreement contract constitution submission memo message note label " +
    "caption page draft text wording clause amendment proposal proposals plan plans decision bulletin newsletter " +
    "magazine newspaper"
  ).split(" "),
);
/** Documents someone writes: a person's ("Ann Bell's letter says") is left to the rules that read whose words. */
const AUTHORED = new Set(
  "letter letters statement statements email tweet post blog article editorial book submission memo message note speech".split(
    " ",
  ),
);
/** Heads of a subject that is a body, beside the words that end an organisation's name (words.ts). */
const BODY_WORDS = new Set(
  (
    "government council firm company charity ministry department administration cabinet watchdog inquiry court " +
    "campaign team club panel organisation organization body operator airline retailer supermarket developer " +
    "provider insurer broadcaster publisher employer"
  ).split(" "),
);
/** Plural heads of people the text does not name, beside the plurals of posts ("leaders", "ministers"). */
const PEOPLE_WORDS = new Set(
  (
    "people residents campaigners critics protesters protestors activists members unions staff workers employees " +
    "parents families locals villagers users passengers fans supporters opponents experts researchers owners traders " +
    "businesses farmers charities councils firms companies groups bodies sources insiders officials others patients " +
    "pupils students volunteers organisers bosses chiefs"
  ).split(" "),
);
/** Singular heads of someone unnamed ("a spokesperson said", "a source close to …"). */
const SOMEONE_UNNAMED = /^(?:spokes(?:man|woman|person)|source|official|insider|aide)$/iu;

function tokensOf(text: string, from: number, to: number): Token[] {
  return [...text.slice(from, to).matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*|\S/gu)].map((m) => ({
    word: m[0].replace(/\.$/u, ""),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** A plural's singular, roughly: "leaders" → "leader", "bosses" → "boss", "charities" → "charity". */
function singular(word: string): string | undefined {
  if (/ies$/u.test(word)) return word.replace(/ies$/u, "y");
  if (/(?:ss|sh|ch|x)es$/u.test(word)) return word.replace(/es$/u, "");
  if (/[^s]s$/u.test(word)) return word.replace(/s$/u, "");
  return undefined;
}

/**
 * What a noun phrase (its tokens, as the text writes them) names when it is a body, a document or people the text
 * does not name; undefined for a person (named in it, "he", "she"), an office ("the minister", "the council
 * leader": the rules find its holder) or anything else. A person's possessive names whose the head is ("Ann Bell's
 * charity"); a name set after the head by a preposition is the head's ("Ann Bell of the Fenby Trust" is a person).
 */
export function subjectKind(
  phrase: readonly Token[],
  people: readonly Span[],
  organisations: readonly Span[],
): UnnamedSpeaker | undefined {
  if (phrase.length === 0) return undefined;
  const start = phrase[0]!.start;
  const end = phrase.at(-1)!.end;
  const text = (t: Token) => t.word.toLowerCase();
  if (phrase.length === 1 && text(phrase[0]!) === "it") return { kind: "body", indefinite: false };
  const headEnd = phrase.findIndex((t, i) => i > 0 && PREPOSITION.test(t.word));
  const head = phrase[(headEnd === -1 ? phrase.length : headEnd) - 1]!;
  const word = text(head).replace(/['’]s?$/u, "");
  const first = text(phrase[0]!);
  // A person inside the subject speaks, unless only their possessive stands there ("Ann Bell's charity"); what they
  // wrote is theirs to the rules ("Ann Bell's letter says"), as is a body of "his" or "her" ("she said her charity
  // believes …": she speaks for it).
  const person = people.find((p) => p.start < end && p.end > start);
  if (person) {
    const possessive = phrase.find((t) => t.start < person.end && t.end > person.start && /['’]s?$/u.test(t.word));
    if (!possessive || person.end > head.start || AUTHORED.has(word)) return undefined;
  }
  if (/^(?:his|her|my|our|your)$/u.test(first)) return undefined;
  const indefinite = INDEFINITE.test(first);
  if (DOCUMENT_WORDS.has(word)) return { kind: "document", indefinite };
  if (SOMEONE_UNNAMED.test(word)) return { kind: "people", indefinite: true };
  const one = singular(word);
  if (PEOPLE_WORDS.has(word) || (one !== undefined && isRoleWord(one)))
    return { kind: "people", indefinite: indefinite || !DETERMINER.test(first) };
  if (isRoleWord(word)) return undefined;
  if (BODY_WORDS.has(word) || ORGANISATION_WORDS.has(word)) return { kind: "body", indefinite };
  if (organisations.some((o) => o.start <= head.start && head.end <= o.end)) return { kind: "body", indefinite };
  return undefined;
}

/**
 * The subject of a verb of speech at `verbAt`, read back to `from` (the sentence's start): the words right before the
 * verb, past "has", "also" and the like, up to a mark, a conjunction or relative ("and", "who"), or another verb of
 * speech. A clause of "she" or "he" and one verb inside it is passed over ("The charity she chairs has branded …"); a
 * phrase put first ("In a letter to Ann Bell the Trust said") gives way to the one its last article opens. Empty when
 * the verb follows a mark (the subject is set off before it: "Ann Bell, of the Fenby Trust, said"), and undefined for
 * "he" or "she" (a person).
 */
function subjectBefore(text: string, from: number, verbAt: number, people: readonly Span[]): Token[] | undefined {
  const tokens = tokensOf(text, from, verbAt);
  let i = tokens.length - 1;
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.test(tokens[i]!.word)) i--;
  const phrase: Token[] = [];
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (!/^[\p{L}\p{N}]/u.test(t.word) || BEFORE_SUBJECT.test(t.word)) break;
    if (PERSONAL_PRONOUN.test(t.word)) {
      if (phrase.length === 0) return undefined;
      if (phrase.length === 1) {
        phrase.pop(); // "the charity she chairs": a clause of its own inside the subject
        continue;
      }
      break;
    }
    phrase.unshift(t);
  }
  // A person joined to it by "and" speaks too ("Ann Bell and fellow campaigners said"): the rules read whose words.
  if (i > 0 && /^(?:and|or|&)$/iu.test(tokens[i]!.word)) {
    const before = tokens[i - 1]!;
    if (PERSONAL_PRONOUN.test(before.word) || people.some((p) => p.end > before.start && p.end <= before.end + 3))
      return undefined;
  }
  // Not a subject but a clause's verb and its object, the subject set off before it: "Kate Marsh, who wrote the
  // report said", "Tom Reed, speaking about the review said".
  if (i > 0 && VERB_BEFORE_SUBJECT.test(tokens[i]!.word) && RELATIVE.test(tokens[i - 1]!.word)) return [];
  const first = phrase[0]?.word ?? "";
  if (
    /^\p{Ll}/u.test(first) &&
    !DETERMINER.test(first) &&
    !PREPOSITION.test(first) &&
    (/ing$/u.test(first) ||
      phrase.some((t, k) => k > 0 && DETERMINER.test(t.word) && !PREPOSITION.test(phrase[k - 1]!.word)))
  )
    return [];
  if (phrase.length > 1 && PREPOSITION.test(first)) {
    const opens = phrase.findLastIndex((t, k) => k > 0 && DETERMINER.test(t.word));
    return opens === -1 ? [] : phrase.slice(opens);
  }
  return phrase;
}

/**
 * Who speaks by the verb at `verbAt` (of `verbLength` characters) in a sentence from `from`, when that is a body, a
 * document or people unnamed: its subject before it, or for "according to" and "in the words of", the phrase after
 * it up to a mark or a clause's next word.
 */
export function unnamedSpeakerOf(
  text: string,
  from: number,
  verbAt: number,
  verbLength: number,
  people: readonly Span[],
  organisations: readonly Span[],
): UnnamedSpeaker | undefined {
  const verb = text.slice(verbAt, verbAt + verbLength);
  if (/^(?:according\s+to|(?:in\s+)?the\s+words\s+of|words\s+of)$/iu.test(verb)) {
    const after = tokensOf(text, verbAt + verbLength, Math.min(text.length, verbAt + verbLength + 120));
    const stop = after.findIndex((t) => !/^[\p{L}\p{N}]/u.test(t.word) || BEFORE_SUBJECT.test(t.word));
    return subjectKind(stop === -1 ? after : after.slice(0, stop), people, organisations);
  }
  const subject = subjectBefore(text, from, verbAt, people);
  return subject ? subjectKind(subject, people, organisations) : undefined;
}
