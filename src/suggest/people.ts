// People, their roles and organisations, as a text gives them: "Name, the Role of Org", "Role of Org, Name",
// "Org’s Role Name", "Role Name", "Name (Role at Org)", "Name, who works as a Role for Org"; then every later mention
// of each person: full name, surname or first name alone, or "the Role of Org".
import type { KnownEntities } from "./known.js";
import { nameKey, personKey } from "./known.js";
import { CoveredText, SpanSet, SpansInOrder } from "./spans.js";
import { type Paragraph, type Sentence, type Span } from "./text.js";
import {
  DEPARTMENT_WORDS,
  isRoleWord,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  SENTENCE_WORDS,
  SPEECH_VERBS,
  SUBJECT_VERBS,
} from "./words.js";

export interface OrganisationRef extends Span {
  key: string;
  label: string;
}

export interface RoleStatement {
  person: string;
  role: string;
  organisation?: OrganisationRef;
  /** The passage that states it: from the first to the last of name, role and organisation. */
  evidence: Span;
}

export interface Mention extends Span {
  person: string;
  how: "name" | "short" | "role";
}

export interface PersonFound {
  key: string;
  label: string;
  /** Honorific as written ("Cllr", "Dr"), kept as an alias. */
  titled?: string;
  first: number;
  /** What shows this is a person: a role beside the name, speech, chairing, the registry, or the NLP tagger. */
  signals: Set<"role" | "speech" | "chair" | "known" | "nlp">;
}

export interface OrganisationFound {
  key: string;
  label: string;
  first: number;
  spans: Span[];
}

export interface PeopleInText {
  people: Map<string, PersonFound>;
  /** Every mention of a person, in text order. */
  mentions: Mention[];
  roles: RoleStatement[];
  organisations: Map<string, OrganisationFound>;
}

const CAP_TOKEN =
  "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*";
const PARTICLE = "(?:de|van|von|der|den|bin|al|da|del|le|la|du)";
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])${CAP_TOKEN}(?:\\.?[ ](?:${PARTICLE}[ ])?${CAP_TOKEN})*(?![\\p{L}\\p{N}])`,
  "gu",
);
const TITLE_WORDS = new Set([
  "dr",
  "prof",
  "professor",
  "cllr",
  "councillor",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
]);
const HONORIFICS = new Set([...TITLE_WORDS, "mr", "mrs", "ms", "miss", "mx"]);
const PREPOSITIONS = new Set(["of", "at", "for", "in", "with", "from"]);
const CONNECTORS = new Set(["and", "&", "of", "for", "upon", "on"]);
const ARTICLES = new Set(["the", "a", "an"]);
const CHAIR_VERBS = "chaired|hosted|moderated|convened|facilitated|presented|introduced|led|opened";

/** "and" joins a name's words; "of"/"for" only after an organisation word ("Centre for Cities", "University of X"). */
function joinsName(word: string, before: Token[]): boolean {
  const w = word.toLowerCase();
  if (w === "of" || w === "for") {
    return before.some((t) => ORGANISATION_WORDS.has(t.word.toLowerCase().replace(/[^a-z]/gu, "")));
  }
  return CONNECTORS.has(w);
}

const isCapitalised = (word: string) => /^[\p{Lu}\p{N}&]/u.test(word);

interface Token extends Span {
  word: string;
}

function tokens(text: string, span: Span): Token[] {
  return [...text.slice(span.start, span.end).matchAll(/\S+/gu)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    word: m[0],
  }));
}

interface ParsedRole {
  role: string;
  organisation?: OrganisationRef;
  /** Where the role phrase (with its organisation) starts and ends. */
  span: Span;
}

function isOrganisationName(name: string, preposition: string, known: KnownEntities): boolean {
  const words = name.split(/\s+/u).map((w) => w.toLowerCase().replace(/['’]s$/u, ""));
  if (known.byName("organisation", name)) return true;
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return true;
  if (/^\p{Lu}{2,}[s]?$/u.test(name)) return true; // an acronym: CIPFA, NICE
  if (preposition === "in") return false; // "a Health Lead in Bury": a place, unless named as an organisation
  return !words.every((w) => DEPARTMENT_WORDS.has(w));
}

/**
 * Reads a role phrase in `clause`: an optional article, title words (one of them a role word), then groups
 * "of/at/for/in/with/from Name". The group naming an organisation becomes the organisation; the others stay in the
 * role ("Director of Public Health at X"). "for Org’s Health and Care" gives Org and the role "… for Health and Care".
 */
export function parseRole(
  text: string,
  clause: Span,
  known: KnownEntities,
  requireCapital = false,
): ParsedRole | undefined {
  const ts = tokens(text, clause);
  let i = 0;
  if (ts[i] && ARTICLES.has(ts[i]!.word.toLowerCase())) i++;
  const roleStart = i;
  while (i < ts.length && !PREPOSITIONS.has(ts[i]!.word.toLowerCase())) i++;
  const roleTokens = ts.slice(roleStart, i);
  if (roleTokens.length === 0 || roleTokens.length > 6) return undefined;
  if (!roleTokens.some((t) => isRoleWord(t.word))) return undefined;
  if (requireCapital && !roleTokens.every((t) => isCapitalised(t.word))) return undefined;
  if (roleTokens.some((t) => /[“”"]/u.test(t.word))) return undefined;
  const groups: { preposition: string; at: number; from: number; to: number }[] = [];
  while (i < ts.length && PREPOSITIONS.has(ts[i]!.word.toLowerCase())) {
    const at = i++;
    if (ts[i] && ts[i]!.word.toLowerCase() === "the") i++;
    const from = i;
    while (i < ts.length) {
      const word = ts[i]!.word;
      if (isCapitalised(word) && !/[“”"]/u.test(word)) i++;
      else if (i > from && joinsName(word, ts.slice(from, i)) && ts[i + 1] && isCapitalised(ts[i + 1]!.word)) i++;
      else break;
      if (/['’]s$/u.test(word)) break; // a possessive ends the name: "Bury Council’s Health and Care"
    }
    if (i === from) {
      i = at;
      break;
    }
    groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: i });
    if (/['’]s$/u.test(ts[i - 1]!.word)) {
      // The rest of the group belongs to the role: "for Bury Council’s Health and Care".
      while (i < ts.length && (isCapitalised(ts[i]!.word) || CONNECTORS.has(ts[i]!.word.toLowerCase()))) i++;
      groups.at(-1)!.to = i;
      break;
    }
  }
  const nameOf = (g: (typeof groups)[number]) => {
    const words = ts.slice(g.from, g.to);
    const possessive = words.findIndex((t) => /['’]s$/u.test(t.word));
    const name = possessive === -1 ? words : words.slice(0, possessive + 1);
    const last = name.at(-1)!;
    const end = /['’]s$/u.test(last.word) ? last.end - 2 : last.end;
    return { start: name[0]!.start, end, rest: possessive === -1 ? undefined : words.slice(possessive + 1) };
  };
  const strong = ["at", "with", "from"];
  let chosen = [...groups].reverse().find((g) => strong.includes(g.preposition));
  chosen ??= groups.find((g) => {
    const n = nameOf(g);
    return isOrganisationName(text.slice(n.start, n.end), g.preposition, known);
  });
  const roleFrom = roleTokens[0]!.start;
  const lastToken = ts[(groups.at(-1)?.to ?? roleStart + roleTokens.length) - 1]!;
  const span = { start: ts[0]!.start, end: lastToken.end };
  if (!chosen) {
    const roleEnd = groups.length ? lastToken.end : roleTokens.at(-1)!.end;
    return { role: text.slice(roleFrom, roleEnd).replace(/[,.;:]+$/u, ""), span };
  }
  const name = nameOf(chosen);
  const before = text.slice(roleFrom, ts[chosen.at - 1]!.end);
  const rest = name.rest?.length ? ` ${ts[chosen.at]!.word} ${name.rest.map((t) => t.word).join(" ")}` : "";
  const label = text.slice(name.start, name.end).replace(/[,.;:]+$/u, "");
  if (!isOrganisationName(label, chosen.preposition, known) && chosen.preposition === "in") {
    return { role: before, span };
  }
  return {
    role: `${before}${rest}`.replace(/[,.;:]+$/u, ""),
    organisation: { start: name.start, end: name.start + label.length, key: nameKey(label), label },
    span,
  };
}

/** Ends a clause at punctuation, a dash, a relative clause or reported speech. */
function clauseAfter(text: string, start: number, limit: number): Span {
  const rest = text.slice(start, limit);
  const stop = rest.search(/[,;:()\n]|[.!?](?:\s|$)|\s[–—-]\s|\s(?:who|which|said|says|added|explained)\b/u);
  return { start, end: stop === -1 ? limit : start + stop };
}

const SEPARATOR = /[,;:()\n]|[.!?]\s|\s(?:by|with|from|and|were|was|is|are)\s/gu;
/** A try of SEPARATOR at an offset reads no further than this many characters from it. */
const SEPARATOR_REACH = 6;

/**
 * The clause that ends at `end`: from the last separator (punctuation, "by", "and", …) of its paragraph before `end`,
 * as a search of the paragraph's text up to `end` finds it. Each paragraph is searched once: the separators a search up
 * to `end` finds are the paragraph's own up to where a try could read past `end`, then those of the few characters
 * left.
 */
function clausesBefore(text: string): (paragraph: Span, end: number) => Span {
  const found = new Map<number, { starts: number[]; ends: number[] }>();
  return (paragraph, end) => {
    const floor = paragraph.start;
    let separators = found.get(floor);
    if (!separators) {
      const matches = [...text.slice(floor, paragraph.end).matchAll(SEPARATOR)];
      separators = {
        starts: matches.map((m) => floor + m.index),
        ends: matches.map((m) => floor + m.index + m[0].length),
      };
      found.set(floor, separators);
    }
    let agreed = 0; // separators starting at or before end - SEPARATOR_REACH
    for (let hi = separators.starts.length; agreed < hi;) {
      const mid = (agreed + hi) >> 1;
      if (separators.starts[mid]! <= end - SEPARATOR_REACH) agreed = mid + 1;
      else hi = mid;
    }
    let start = agreed > 0 ? separators.ends[agreed - 1]! : floor;
    const resume = Math.max(start, end - SEPARATOR_REACH + 1);
    if (resume < end) {
      for (const m of text.slice(resume, end).matchAll(SEPARATOR)) start = resume + m.index + m[0].length;
    }
    return { start, end };
  };
}

/** Where the longest run of characters that `allowed` (one character, /u) accepts ends at `end`, not before `floor`. */
function runBefore(text: string, floor: number, end: number, allowed: RegExp): number {
  let at = end;
  while (at > floor) {
    const pair = at - 2 >= floor && /[\uDC00-\uDFFF]/u.test(text[at - 1]!) && /[\uD800-\uDBFF]/u.test(text[at - 2]!);
    const width = pair ? 2 : 1;
    if (!allowed.test(text.slice(at - width, at))) break;
    at -= width;
  }
  return at;
}

const SPACE = /^\s$/u;
/** What a role before a name can be made of (the `prefix` pattern below): letters, apostrophes, hyphens, spaces. */
const ROLE_CHARACTER = /^[\p{L}’'\s-]$/u;
const ROLE_BEFORE = /((?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+$/u;
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s*$`, "u");
const LONGEST_SPEECH_VERB = Math.max(...SPEECH_VERBS.split("|").map((v) => v.length));
const CHAIR_BEFORE = new RegExp(`\\b(?:${CHAIR_VERBS})\\s+by\\s+(?:[^,.]*,\\s*)?$`, "u");

/**
 * What a name's paragraph says just before it, read no further back than the patterns that end at the name can reach,
 * so that reading every name of a long paragraph stays linear (each gives what the pattern gives on the whole of
 * `text.slice(paragraph.start, end)`).
 */
function readBefore(text: string, floor: number, end: number) {
  const spaces = runBefore(text, floor, end, SPACE);
  return {
    /** `/,\s*$/u.exec(before)`: a comma, then nothing but spaces. */
    comma: spaces > floor && text[spaces - 1] === "," ? text.slice(spaces - 1, end) : undefined,
    /** ROLE_BEFORE.exec(before): only letters, apostrophes, hyphens and spaces can be in a match. */
    role: (() => {
      const from = runBefore(text, floor, end, ROLE_CHARACTER);
      const match = ROLE_BEFORE.exec(text.slice(from, end));
      return match ? { match, index: from - floor + match.index } : undefined;
    })(),
    /** SPEECH_BEFORE.test(before): a speech verb (with the character before it, for \b), then spaces. */
    speech: SPEECH_BEFORE.test(text.slice(Math.max(floor, spaces - LONGEST_SPEECH_VERB - 1), end)),
    /** CHAIR_BEFORE.test(before): a match holds no "." and one "," at most, so it starts after the second last. */
    chair: (() => {
      let from = end;
      for (let commas = 0; from > floor;) {
        const ch = text[--from];
        if (ch === "." || (ch === "," && ++commas === 2)) break;
      }
      return CHAIR_BEFORE.test(text.slice(from, end));
    })(),
  };
}

interface Candidate extends Span {
  key: string;
  label: string;
  titled?: string;
}

/** Runs of capitalised words that could be a person's full name (two to four words, none an organisation word). */
function nameCandidates(text: string, paragraphs: Paragraph[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(RUN)) {
      let words = [...m[0].matchAll(/\S+/gu)].map((w) => ({ word: w[0], at: m.index + w.index }));
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      let title: string | undefined;
      while (words.length && HONORIFICS.has(words[0]!.word.toLowerCase().replace(/\.$/u, ""))) {
        title = title ? `${title} ${words[0]!.word}` : words[0]!.word;
        words = words.slice(1);
      }
      if (words.length < 2 || words.length > 4) continue;
      if (words.some((w) => NOT_NAME_WORDS.has(w.word.toLowerCase().replace(/['’]s$/u, "")))) continue;
      if (words.some((w) => /^\p{Lu}+$/u.test(w.word) && w.word.length > 1)) continue; // acronyms
      const last = words.at(-1)!;
      const start = p.start + words[0]!.at;
      let end = p.start + last.at + last.word.length;
      if (/['’]s$/u.test(last.word)) end -= 2;
      const label = text.slice(start, end);
      const candidate: Candidate = { start, end, key: personKey(label), label };
      if (title) candidate.titled = `${title} ${label}`;
      candidates.push(candidate);
    }
  }
  return candidates;
}

export interface PeopleOptions {
  known: KnownEntities;
  /** Spans the NLP tagger calls people. */
  nlpPeople: Span[];
}

export function findPeople(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  options: PeopleOptions,
): PeopleInText {
  const { known } = options;
  const candidates = nameCandidates(text, paragraphs);
  const paragraphsInOrder = new SpansInOrder(paragraphs);
  const paragraphOf = (at: number) => paragraphsInOrder.at(at, (p) => p.start <= at && at <= p.end)!;
  const sentencesInOrder = new SpansInOrder(sentences);
  const nlpPeople = new SpanSet(options.nlpPeople);
  const limitAt = limitsBeforeAnd(text, candidates);
  const clauseBefore = clausesBefore(text);
  const people = new Map<string, PersonFound>();
  const roles: RoleStatement[] = [];
  const candidateAt = new Map(candidates.map((c) => [c.start, c]));
  const signal = (c: Candidate, s: PersonFound["signals"] extends Set<infer T> ? T : never) => {
    let person = people.get(c.key);
    if (!person) {
      person = { key: c.key, label: c.label, first: c.start, signals: new Set() };
      if (c.titled) person.titled = c.titled;
      people.set(c.key, person);
    }
    if (c.titled && !person.titled) person.titled = c.titled;
    person.signals.add(s);
    return person;
  };

  for (const c of candidates) {
    const p = paragraphOf(c.start);
    const after = text.slice(c.end, p.end);
    const before = readBefore(text, p.start, c.start);
    // Name, [the] Role (of|at|for) Org  ·  Name (Role at Org)  ·  Name, who works as a Role for Org  ·  Name is the Role
    const opener =
      /^(?:['’]s)?(?:,\s+(?:who\s+(?:is|was|works|worked|serves|served)\s+(?:as\s+)?)?|\s+\(|\s+(?:is|was)\s+(?=the\s|an?\s))/u.exec(
        after,
      );
    if (opener) {
      const from = c.end + opener[0].length;
      const clause = clauseAfter(text, from, limitAt(from, p.end));
      const parsed = parseRole(text, clause, known);
      if (parsed) {
        const person = signal(c, "role");
        let end = parsed.organisation ? Math.max(parsed.organisation.end, parsed.span.end) : parsed.span.end;
        if (opener[0].includes("(") && text[end] === ")") end++; // "Name (Role of Org)" whole
        roles.push(roleStatement(person.key, parsed, { start: c.start, end }));
      }
    }
    // [Org’s] Role of Org, Name  ·  Role Name
    if (before.comma) {
      const clause = clauseBefore(p, c.start - before.comma.length);
      const parsed = parseRoleAnywhere(text, clause, known);
      if (parsed) {
        const person = signal(c, "role");
        roles.push(roleStatement(person.key, parsed, { start: parsed.span.start, end: c.end }));
      }
    } else {
      const prefix = before.role?.match;
      if (prefix && isRoleWord(prefix[2]!.split(/\s+/u).at(-1)!) && !TITLE_WORDS.has(prefix[2]!.toLowerCase())) {
        const roleWords = prefix[2]!.split(/\s+/u);
        // Keep only the title words next to the name: "chief executive" in "said chief executive Jane Smith".
        let k = roleWords.length - 1;
        while (
          k > 0 &&
          (isRoleWord(roleWords[k - 1]!) ||
            /^(?:senior|deputy|vice|assistant|associate|principal|lead|interim|acting|co)$/iu.test(roleWords[k - 1]!))
        )
          k--;
        const role = roleWords.slice(k).join(" ");
        const roleStart = p.start + text.slice(p.start, c.start).lastIndexOf(role, c.start - p.start - 1);
        const person = signal(c, "role");
        const statement: RoleStatement = { person: person.key, role, evidence: { start: roleStart, end: c.end } };
        if (prefix[1] && k === 0) {
          const label = prefix[1].replace(/['’]s\s+$/u, "");
          const start = p.start + before.role!.index;
          statement.organisation = { start, end: start + label.length, key: nameKey(label), label };
          statement.evidence.start = start;
        }
        roles.push(statement);
      }
    }
    if (new RegExp(`^\\s+(?:(?:has|had|also|then|later|further)\\s+)?(?:${SPEECH_VERBS})\\b`, "u").test(after)) {
      signal(c, "speech");
    }
    if (before.speech) signal(c, "speech");
    if (before.chair) signal(c, "chair");
    if (new RegExp(`^,?\\s+(?:who\\s+)?(?:${CHAIR_VERBS})\\b`, "u").test(after)) signal(c, "chair");
    if (known.byName("person", c.label)) signal(c, "known");
    if (nlpPeople.covers(c)) signal(c, "nlp");
  }

  // Mentions: full names, then bare surnames or first names that point to one person, then "the Role of Org".
  const mentions: Mention[] = [];
  // Mentions never overlap one another, so far: a short name is taken only where no mention is yet.
  const mentioned = new CoveredText(text.length);
  for (const c of candidates) {
    if (people.has(c.key)) {
      mentions.push({ start: c.start, end: c.end, person: c.key, how: "name" });
      mentioned.add(c);
    }
  }
  const shortNames = new Map<string, Set<string>>();
  for (const person of people.values()) {
    const words = person.label.split(/\s+/u);
    for (const word of [words[0]!, words.at(-1)!]) {
      shortNames.set(word, (shortNames.get(word) ?? new Set()).add(person.key));
    }
  }
  const wordsAt = wordPositions(
    text,
    [...shortNames].filter(([, owners]) => owners.size === 1).map(([word]) => word),
  );
  for (const [word, owners] of shortNames) {
    if (owners.size !== 1) continue;
    const owner = [...owners][0]!;
    for (const at of wordsAt(word)) {
      const span = { start: at, end: at + word.length };
      if (mentioned.overlaps(span) || candidateAt.has(span.start)) continue;
      // Part of a longer capitalised name ("Little Venice")? Then it is not this person.
      if (/\p{Lu}[\p{L}’'-]*\s$/u.test(text.slice(Math.max(0, span.start - 30), span.start))) {
        const prevWord =
          /(\p{Lu}[\p{L}’'-]*)\s$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1] ?? "";
        if (!SENTENCE_WORDS.has(prevWord.toLowerCase()) && !HONORIFICS.has(prevWord.toLowerCase())) continue;
      }
      if (/^\s*\p{Lu}/u.test(text.slice(span.end, span.end + 2)) && !/^[’']s/u.test(text.slice(span.end))) continue;
      const sentence = sentencesInOrder.at(span.start, (s) => s.start <= span.start && span.start < s.end);
      const initial = sentence !== undefined && /^[\s"“‘(]*$/u.test(text.slice(sentence.start, span.start));
      const next = text.slice(span.end, span.end + 40);
      if (initial && !SUBJECT_VERBS.test(next) && !/^(?::|\s+[a-z]+(?:ed|es)\b)/u.test(next)) continue;
      mentions.push({ ...span, person: owner, how: "short" });
      mentioned.add(span);
    }
  }
  for (const m of roleMentions(text, roles)) mentions.push(m);
  // People who only the NLP tagger vouches for must be named twice (a photo credit is not a panellist).
  const mentionCount = new Map<string, number>();
  for (const m of mentions) mentionCount.set(m.person, (mentionCount.get(m.person) ?? 0) + 1);
  for (const person of [...people.values()]) {
    const only = person.signals.size === 1 && person.signals.has("nlp");
    if (only && (mentionCount.get(person.key) ?? 0) < 2) people.delete(person.key);
  }
  const kept = mentions.filter((m) => people.has(m.person)).sort((a, b) => a.start - b.start || a.end - b.end);

  return { people, mentions: kept, roles, organisations: organisationsIn(text, paragraphs, roles, kept, known) };
}

/**
 * Where the clause after a name may run to, from `from` to its paragraph's `end`: a following "and <Name>" ends an
 * organisation's name ("… Academic Health Science and Sarah Reed, a …"), so the clause stops before the first
 * candidate name after `from` that " and " leads into.
 */
function limitsBeforeAnd(text: string, candidates: Candidate[]): (from: number, end: number) => number {
  const starts = candidates.map((c) => c.start);
  // nextAnd[k]: the first candidate from k on that " and " leads into (candidates.length if none).
  const nextAnd = new Int32Array(candidates.length + 1).fill(candidates.length);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const at = starts[k]!;
    nextAnd[k] = at >= 5 && /^\sand\s$/u.test(text.slice(at - 5, at)) ? k : nextAnd[k + 1]!;
  }
  return (from, end) => {
    let first = 0;
    for (let hi = starts.length; first < hi;) {
      const mid = (first + hi) >> 1;
      if (starts[mid]! <= from) first = mid + 1;
      else hi = mid;
    }
    // " and " must lie after `from`: five characters at least between them.
    for (let k = nextAnd[first]!; k < starts.length && starts[k]! < end; k = nextAnd[k + 1]!) {
      if (starts[k]! - from >= 5) return starts[k]! - 4;
    }
    return end;
  };
}

const WORD_RUN = /[\p{L}\p{N}-]+/gu;

/**
 * Where each of `words` occurs as a word of its own (no letter, digit or hyphen on either side), in text order: one
 * pass over the text for all the words made of those characters only, and a search of its own for any other.
 */
function wordPositions(text: string, words: string[]): (word: string) => number[] {
  const runs = new Map<string, number[]>();
  const plain = new Set(words.filter((w) => /^[\p{L}\p{N}-]+$/u.test(w)));
  if (plain.size > 0) {
    for (const m of text.matchAll(WORD_RUN)) {
      if (!plain.has(m[0])) continue;
      const at = runs.get(m[0]);
      if (at) at.push(m.index);
      else runs.set(m[0], [m.index]);
    }
  }
  return (word) => {
    if (plain.has(word)) return runs.get(word) ?? [];
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}-])`,
      "gu",
    );
    return [...text.matchAll(pattern)].map((m) => m.index);
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * A word as the case-insensitive patterns below compare it, coarsened: words such a pattern finds equal get equal
 * keys. ASCII letters in lower case; the Kelvin sign and the long s, which /iu matches with k and s, as those; any
 * other character outside ASCII as "*".
 */
function caseKey(word: string): string {
  let key = "";
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) key += ch.toLowerCase();
    else key += code === 0x212a ? "k" : code === 0x017f ? "s" : "*";
  }
  return key;
}

const ORG_KEY_LENGTH = 4;

/**
 * "the Role of Org" wherever the text refers to a person by the role a statement gave them (`\b[Tt]he\s+Role\s+
 * (of|at|for)\s+(the\s+)?Org`, any case), except inside a role statement: for each statement in turn, its matches in
 * text order. Rather than a search of the whole text for each statement, the text's "the"s are read once, and each
 * statement's pattern is tried only after a "the" followed by its role's words, a preposition and a word that starts
 * as its organisation does.
 */
function roleMentions(text: string, roles: RoleStatement[]): Mention[] {
  const patterns = new Map<string, { regex: RegExp; roleKey: string; orgKey: string; matches: Span[] }>();
  const sourceOf = (r: RoleStatement) =>
    `\\b[Tt]he\\s+${escapeRegExp(r.role).replace(/\s+/gu, "\\s+")}\\s+(?:of|at|for)\\s+(?:the\\s+)?` +
    escapeRegExp(r.organisation!.label).replace(/\s+/gu, "\\s+");
  // Patterns by role key, then by the key of the organisation's first characters.
  const byRole = new Map<string, Map<string, { regex: RegExp; matches: Span[]; candidates: number[] }[]>>();
  const roleLengths = new Set<number>();
  const slow: { regex: RegExp; matches: Span[] }[] = [];
  for (const r of roles) {
    if (!r.organisation) continue;
    const source = sourceOf(r);
    if (patterns.has(source)) continue;
    const entry = { regex: new RegExp(source, "giu"), roleKey: "", orgKey: "", matches: [] as Span[] };
    patterns.set(source, entry);
    const roleWords = r.role.split(/\s+/u);
    const orgWords = r.organisation.label.split(/\s+/u);
    if (roleWords.includes("") || orgWords.includes("")) {
      slow.push(entry); // a role or name starting or ending with a space: searched the plain way
      continue;
    }
    entry.roleKey = roleWords.map(caseKey).join(" ");
    entry.orgKey = caseKey([...orgWords[0]!].slice(0, ORG_KEY_LENGTH).join(""));
    roleLengths.add(roleWords.length);
    let byOrg = byRole.get(entry.roleKey);
    if (!byOrg) byRole.set(entry.roleKey, (byOrg = new Map()));
    const list = byOrg.get(entry.orgKey) ?? [];
    list.push({ regex: new RegExp(source, "iuy"), matches: entry.matches, candidates: [] });
    byOrg.set(entry.orgKey, list);
  }
  if (byRole.size > 0) {
    const words = [...text.matchAll(/\S+/gu)];
    const keys = new Map<number, string>();
    const keyOf = (i: number) => {
      let key = keys.get(i);
      if (key === undefined) keys.set(i, (key = caseKey(words[i]![0])));
      return key;
    };
    let w = 0;
    for (const the of text.matchAll(/\b[Tt]he(?=\s)/giu)) {
      // The first word after the "the" (only spaces lie between them).
      while (w < words.length && words[w]!.index < the.index + 3) w++;
      for (const length of roleLengths) {
        const prep = w + length;
        if (prep + 1 >= words.length) continue;
        const byOrg = byRole.get(Array.from({ length }, (_, k) => keyOf(w + k)).join(" "));
        if (!byOrg || !["of", "at", "for"].includes(keyOf(prep))) continue;
        const orgStarts = keyOf(prep + 1) === "the" && prep + 2 < words.length ? [prep + 1, prep + 2] : [prep + 1];
        const tried = new Set<object>();
        for (const o of orgStarts) {
          const first = [...words[o]![0]];
          for (let n = 1; n <= Math.min(ORG_KEY_LENGTH, first.length); n++) {
            for (const pattern of byOrg.get(caseKey(first.slice(0, n).join(""))) ?? []) {
              if (tried.has(pattern)) continue;
              tried.add(pattern);
              pattern.candidates.push(the.index);
            }
          }
        }
      }
    }
    for (const byOrg of byRole.values()) {
      for (const patternsOfOrg of byOrg.values()) {
        for (const { regex, matches, candidates } of patternsOfOrg) {
          // As matchAll: the leftmost match, then the next from where it ended.
          let from = 0;
          for (const at of candidates) {
            if (at < from) continue;
            regex.lastIndex = at;
            const m = regex.exec(text);
            if (!m) continue;
            matches.push({ start: at, end: at + m[0].length });
            from = at + m[0].length;
          }
        }
      }
    }
  }
  for (const { regex, matches } of slow) {
    for (const m of text.matchAll(regex)) matches.push({ start: m.index, end: m.index + m[0].length });
  }
  const statements = new SpanSet(roles.map((r) => r.evidence));
  const mentions: Mention[] = [];
  for (const r of roles) {
    if (!r.organisation) continue;
    for (const span of patterns.get(sourceOf(r))!.matches) {
      if (statements.overlaps(span)) continue;
      mentions.push({ ...span, person: r.person, how: "role" });
    }
  }
  return mentions;
}

function parseRoleAnywhere(text: string, clause: Span, known: KnownEntities): ParsedRole | undefined {
  // The role may start anywhere in the clause ("Both sessions were hosted by Director of …"): try each capitalised
  // word from the left and keep the first reading that runs to the clause's end.
  for (const t of tokens(text, clause)) {
    if (!isCapitalised(t.word) && !ARTICLES.has(t.word.toLowerCase())) continue;
    const parsed = parseRole(text, { start: t.start, end: clause.end }, known, true);
    if (parsed && parsed.span.end >= clause.end - 1) return parsed;
  }
  return undefined;
}

function roleStatement(person: string, parsed: ParsedRole, evidence: Span): RoleStatement {
  const statement: RoleStatement = { person, role: parsed.role, evidence };
  if (parsed.organisation) statement.organisation = parsed.organisation;
  return statement;
}

const ORG_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?${CAP_TOKEN}(?:\\s+(?:(?:and|of|for|&)\\s+)?(?:${CAP_TOKEN}|&|\\p{Lu}{2,}s?))*`,
  "gu",
);

/** Organisations: those in role statements, those the corpus knows by name, and capitalised names ending in Council, Trust, … */
function organisationsIn(
  text: string,
  paragraphs: Paragraph[],
  roles: RoleStatement[],
  mentions: Mention[],
  known: KnownEntities,
): Map<string, OrganisationFound> {
  const found = new Map<string, OrganisationFound>();
  // The starts of each organisation's spans, and all their spans in the order found, for the checks below.
  const startsOf = new Map<OrganisationFound, Set<number>>();
  const spans: Span[] = [];
  const add = (label: string, span: Span) => {
    const key = known.byName("organisation", label)?.id ?? nameKey(label);
    const entry = found.get(key) ?? { key, label, first: span.start, spans: [] };
    const starts = startsOf.get(entry) ?? new Set();
    startsOf.set(entry, starts);
    if (!starts.has(span.start)) {
      entry.spans.push(span);
      starts.add(span.start);
      spans.push(span);
    }
    entry.first = Math.min(entry.first, span.start);
    found.set(key, entry);
  };
  for (const r of roles) if (r.organisation) add(r.organisation.label, r.organisation);
  const knownMatches = known.find(text, ["organisation"]);
  for (const m of knownMatches) add(known.byId.get(m.id)!.label, m);
  const named = new SpanSet([...mentions, ...knownMatches]);
  // Spans found so far, and those the loop below adds (in text order, so adding them costs nothing).
  const before = new SpanSet(spans);
  const added = new SpanSet();
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(ORG_RUN)) {
      let words = [...m[0].matchAll(/\S+/gu)].map((w) => ({ word: w[0], at: m.index + w.index }));
      const cut = words.findIndex((w) => /['’]s$/u.test(w.word));
      if (cut !== -1) words = words.slice(0, cut + 1);
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      while (words.length && CONNECTORS.has(words.at(-1)!.word.toLowerCase())) words = words.slice(0, -1);
      const head = words.findIndex((w) => ORGANISATION_WORDS.has(w.word.toLowerCase().replace(/['’]s$/u, "")));
      if (head === -1 || words.length < 2) continue;
      const start = p.start + words[0]!.at;
      const last = words.at(-1)!;
      const end = p.start + last.at + last.word.length - (/['’]s$/u.test(last.word) ? 2 : 0);
      const span = { start, end };
      if (named.overlaps(span) || before.overlaps(span) || added.overlaps(span)) continue;
      const count = spans.length;
      add(text.slice(start, end), span);
      if (spans.length > count) added.add(span);
    }
  }
  return found;
}
