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
  signals: Set<"role" | "speech" | "chair" | "known" | "nlp" | "listed">;
}

export interface OrganisationFound {
  key: string;
  label: string;
  first: number;
  spans: Span[];
  /** Other names the text gives it: the acronym it defines ("ADASS"). */
  aliases?: string[];
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
const HONORIFICS = new Set([
  ...TITLE_WORDS,
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "rt",
  "hon",
  "right",
  "honourable",
  "rev",
  "revd",
  "reverend",
  "viscount",
  "earl",
  "countess",
]);
/** Titles of peers, known by title and surname ("Lord Brown", "Baroness Green of Deddington"). */
const PEERAGES = new Set(["lord", "baroness", "lady", "viscount", "earl", "countess"]);
/** Titles said with a surname alone ("Dr Grey", "Professor Lopes") or, Sir and Dame, a first name. */
const SHORT_TITLES = new Set([
  "dr",
  "prof",
  "professor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "cllr",
  "councillor",
  "sir",
  "dame",
]);
/** Letters after a name: not part of it ("Jane Smith MP", "Sir Alan Grey FRS"). */
const POSTNOMINALS = new Set([
  "MP",
  "MSP",
  "MLA",
  "AM",
  "OBE",
  "MBE",
  "CBE",
  "KBE",
  "DBE",
  "FRS",
  "FRSE",
  "FBA",
  "FRCP",
  "FMedSci",
  "QC",
  "KC",
  "PhD",
  "JP",
  "DL",
  "CB",
  "KCB",
  "DCB",
  "GCB",
  "CMG",
  "KCMG",
  "DCMG",
  "GCMG",
  "CVO",
  "KCVO",
  "DCVO",
  "LVO",
  "MVO",
  "GBE",
  "FREng",
  "FRSA",
  "FRCS",
  "FRCGP",
  "FFPH",
  "FAcSS",
]);
const PREPOSITIONS = new Set(["of", "at", "for", "in", "on", "with", "from", "to"]);
const CONNECTORS = new Set(["and", "&", "of", "for", "upon", "on"]);
const ARTICLES = new Set(["the", "a", "an"]);
const CHAIR_VERBS =
  "chaired|chairs|chairing|hosted|hosts|moderated|moderates|moderating|convened|facilitated|presided|presides|presiding|presented|introduced|led|opened";

const DESCRIPTORS =
  /^(?:charity|think[- ]tank|think tank|thinktank|campaign group|pressure group|trade body|trade association|consultancy|company|firm|union|trade union|network|watchdog|regulator|body|bookseller|retailer|publisher|broadcaster|supermarket|chain|operator|provider|developer|housing association|foundation|trust)\b/u;

/** "and" joins a name's words; "of"/"for" only after an organisation word ("Centre for Cities", "University of X"). */
function joinsName(word: string, before: Token[], after: Token[] = []): boolean {
  const w = word.toLowerCase();
  if (w === "of" || w === "for") {
    const organisational = (t: Token) => ORGANISATION_WORDS.has(t.word.toLowerCase().replace(/[^a-z]/gu, ""));
    if (before.some(organisational)) return true;
    // "North of England Freight & Logistics Association": the name's organisation word comes after "of".
    const run: Token[] = [];
    for (const t of after) {
      if (!isCapitalised(t.word) && !/^(?:and|&|of|for)$/iu.test(t.word)) break;
      run.push(t);
      if (/[,;:.)]$/u.test(t.word)) break;
    }
    return run.some(organisational);
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

/** "The King's Fund", "St Brigid's Hospice": a possessive inside a name, the word or two after it ending in an organisation word. */
function possessiveInName(ts: Token[], next: number): boolean {
  for (let k = next; k < Math.min(ts.length, next + 2); k++) {
    const word = ts[k]!.word;
    if (!isCapitalised(word) || /['’]s$/u.test(word)) return false;
    if (ORGANISATION_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ""))) return true;
  }
  return false;
}

/** A name's list of fields after a comma, "for Culture, Media and Sport": one-word items, the last after "and". */
const FIELD_LIST =
  /^,\s+(?:\p{Lu}[\p{L}-]*,\s+){0,3}\p{Lu}[\p{L}-]*,?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?![\p{L}\p{N}])/u;
const FIELD_LIST_BEFORE = /\b(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;

/** Where the list of fields that a comma at `comma` opens ends ("Department for Culture, Media and Sport"), if it opens one. */
export function fieldListEnd(text: string, comma: number): number | undefined {
  if (text[comma] !== "," || !FIELD_LIST_BEFORE.test(text.slice(Math.max(0, comma - 40), comma))) return undefined;
  const m = FIELD_LIST.exec(text.slice(comma, comma + 120));
  return m ? comma + m[0].length : undefined;
}

/** A council's kind in lower case after a place: "Fenby county council", "Bury council". */
const COUNCIL_TAIL = /^(?:(?:county|city|district|borough|parish|town|metropolitan)\s+)?council(?![\p{L}])/u;

/**
 * Reads an organisation's name in `ts` from `from`: capitalised words, joined where `joins` allows ("and", "of", …),
 * through a possessive the name holds ("The King's Fund"), a list of fields ("Department for Culture, Media and Sport")
 * and a council's kind in lower case ("Fenby county council"). Returns the index after its last word, and whether a
 * possessive ends it ("Bury Council's Health and Care": what follows is not the organisation's).
 */
function readName(
  text: string,
  ts: Token[],
  from: number,
  joins: (word: string, before: Token[], after?: Token[]) => boolean,
): { to: number; possessive: boolean } {
  let i = from;
  while (i < ts.length) {
    const token = ts[i]!;
    const word = token.word.replace(/[,;:.)]+$/u, "");
    if (isCapitalised(word) && !/[“”"(]/u.test(word)) i++;
    else if (
      i > from &&
      joins(word, ts.slice(from, i), ts.slice(i + 1, i + 8)) &&
      ts[i + 1] &&
      isCapitalised(ts[i + 1]!.word) &&
      // "Committee on 21st June": a date is no part of a name.
      !(/^(?:on|upon)$/iu.test(word) && (/^\p{N}/u.test(ts[i + 1]!.word) || DATE_WORDS.test(ts[i + 1]!.word))) &&
      // "the Royal Society of Tides and Minister for …": a post after "and" starts a clause of its own, as does a
      // possessive ("Livingston’s Greater London Council and Hatton’s Liverpool").
      !(
        /^(?:and|&)$/iu.test(word) &&
        (isRoleWord(ts[i + 1]!.word) || (/['’]s$/u.test(ts[i + 1]!.word) && !possessiveInName(ts, i + 2)))
      )
    )
      i++;
    else if (
      // "Office of the Deputy Prime Minister", "Institute for the Study of X".
      i > from &&
      /^(?:of|for)$/iu.test(word) &&
      joins(word, ts.slice(from, i)) &&
      ts[i + 1]?.word === "the" &&
      ts[i + 2] &&
      isCapitalised(ts[i + 2]!.word)
    )
      i += 2;
    else if (i > from && COUNCIL_TAIL.test(text.slice(token.start, token.start + 40))) {
      const end = token.start + COUNCIL_TAIL.exec(text.slice(token.start, token.start + 40))![0].length;
      while (i < ts.length && ts[i]!.start < end) i++;
      break;
    } else break;
    if (/['’]s$/u.test(word) && word === token.word) {
      if (possessiveInName(ts, i)) continue;
      return { to: i, possessive: true };
    }
    if (word !== token.word) {
      // "Department for Culture, Media and Sport": the comma opens the name's list of fields.
      const end = token.word.endsWith(",") ? fieldListEnd(text, token.end - 1) : undefined;
      if (end === undefined) break;
      while (i < ts.length && ts[i]!.start < end) i++;
      if (/[,;:.)]$/u.test(ts[i - 1]!.word)) break;
    }
  }
  return { to: i, possessive: false };
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
  // "a Health Lead in Bury", "Lead on Transport": a place or a subject, unless named as an organisation.
  if (preposition === "in" || preposition === "on") return false;
  // "Head of Justice Research", "Director of Social Care Policy": a field of work ends in a department's word.
  if (preposition === "of" && words.length > 1 && FIELD_ENDS.has(words.at(-1)!)) return false;
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
  maxWords = 6,
): ParsedRole | undefined {
  const ts = tokens(text, clause);
  let i = 0;
  if (ts[i] && ARTICLES.has(ts[i]!.word.toLowerCase())) i++;
  const roleStart = i;
  while (i < ts.length && !PREPOSITIONS.has(ts[i]!.word.toLowerCase())) i++;
  const roleTokens = ts.slice(roleStart, i);
  if (roleTokens.length === 0 || roleTokens.length > maxWords) return undefined;
  if (!roleTokens.some((t) => isRoleWord(t.word))) return undefined;
  if (requireCapital && !roleTokens.every((t) => isCapitalised(t.word))) return undefined;
  if (roleTokens.some((t) => /[“”"]/u.test(t.word))) return undefined;
  const groups: {
    preposition: string;
    at: number;
    from: number;
    to: number;
    department?: boolean;
    possessive?: boolean;
  }[] = [];
  while (i < ts.length && PREPOSITIONS.has(ts[i]!.word.toLowerCase())) {
    const at = i++;
    if (ts[i] && ts[i]!.word.toLowerCase() === "the") i++;
    // "chief executive of the charity Carers First Alliance": what kind of body it is, then its name.
    // "trustee of young people's welfare charity The X Foundation": a few words in lower case may say more of it.
    for (let lead = 0; lead <= 4 && ts[i + lead] && /^[\p{Ll}’'-]+$/u.test(ts[i + lead]!.word); lead++) {
      const kind = DESCRIPTORS.exec(
        ts
          .slice(i + lead, i + lead + 3)
          .map((t) => t.word)
          .join(" "),
      );
      const after = kind && ts[i + lead + kind[0].split(" ").length];
      if (kind && after && isCapitalised(after.word)) {
        i += lead + kind[0].split(" ").length;
        break;
      }
    }
    const from = i;
    // A possessive ends the name: "Bury Council’s Health and Care".
    const read = readName(text, ts, from, joinsName);
    i = read.to;
    if (i === from) {
      // "cabinet member for highways at Marlshire County Council": a department in lower case, then the organisation.
      let k = i;
      // "head of policy for cities at X": a field in lower case, small words in it, up to "at".
      while (
        k < ts.length &&
        k - from < 6 &&
        /^\p{Ll}+$/u.test(ts[k]!.word) &&
        !["at", "with", "from"].includes(ts[k]!.word)
      )
        k++;
      const next = ts[k]?.word.toLowerCase();
      if (k > from && from === at + 1 && (next === "at" || next === "with" || next === "from")) {
        groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: k, department: true });
        i = k;
        continue;
      }
      i = at;
      break;
    }
    groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: i, possessive: read.possessive });
    if (read.possessive) {
      // The rest of the group belongs to the role: "for Bury Council’s Health and Care".
      while (i < ts.length && (isCapitalised(ts[i]!.word) || CONNECTORS.has(ts[i]!.word.toLowerCase()))) i++;
      groups.at(-1)!.to = i;
      break;
    }
  }
  const nameOf = (g: (typeof groups)[number]) => {
    const words = ts.slice(g.from, g.to);
    const possessive = g.possessive
      ? words.findIndex((t, k) => /['’]s$/u.test(t.word) && !possessiveInName(words, k + 1))
      : -1;
    const name = possessive === -1 ? words : words.slice(0, possessive + 1);
    const last = name.at(-1)!;
    const end = /['’]s$/u.test(last.word) ? last.end - 2 : last.end;
    return { start: name[0]!.start, end, rest: possessive === -1 ? undefined : words.slice(possessive + 1) };
  };
  const strong = ["at", "with", "from"];
  let chosen = [...groups].reverse().find((g) => strong.includes(g.preposition));
  chosen ??= groups.find((g) => {
    if (g.department) return false;
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
  // "Secretary of State for Transport", "Minister for Care": an office, not an organisation called Transport.
  const office = roleTokens.some((t) => /^(?:minister|secretary|chancellor|spokesperson)$/iu.test(t.word));
  if (
    office &&
    chosen &&
    chosen.preposition !== "at" &&
    chosen.preposition !== "with" &&
    chosen.preposition !== "from"
  ) {
    const n = nameOf(chosen);
    const words = text.slice(n.start, n.end).toLowerCase().split(/\s+/u);
    if (!words.some((w) => ORGANISATION_WORDS.has(w)) && !known.byName("organisation", text.slice(n.start, n.end))) {
      chosen = undefined;
    }
  }
  if (!chosen) {
    const roleEnd = groups.length ? lastToken.end : roleTokens.at(-1)!.end;
    return { role: text.slice(roleFrom, roleEnd).replace(/[,.;:]+$/u, ""), span };
  }
  const name = nameOf(chosen);
  const before = text.slice(roleFrom, ts[chosen.at - 1]!.end);
  const rest = name.rest?.length ? ` ${ts[chosen.at]!.word} ${name.rest.map((t) => t.word).join(" ")}` : "";
  const label = text.slice(name.start, name.end).replace(/[,.;:]+$/u, "");
  if (
    !isOrganisationName(label, chosen.preposition, known) &&
    (chosen.preposition === "in" || chosen.preposition === "on")
  ) {
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
  const stops = /[,;:()\n]|[.!?](?:\s|$)|\s[–—-]\s|\s(?:who|which|said|says|added|explained)\b/gu;
  stops.lastIndex = start;
  for (let m = stops.exec(text); m && m.index < limit; m = stops.exec(text)) {
    // "Director of the Department for Culture, Media and Sport": that comma is inside a name.
    const fields = fieldListEnd(text, m.index);
    if (fields !== undefined && fields <= limit) stops.lastIndex = fields;
    else return { start, end: m.index };
  }
  return { start, end: limit };
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
/** After a name: ", the Forum’s Role", "(Chair), the Forum’s Role", ", who leads the Trust’s policy team". */
const THE_ORGS_ROLE =
  /^(?:\s*\((?:the\s+)?chair\))?,\s+(?:who\s+((?:leads|runs|heads|directs|manages)\s+))?the\s+(\p{Lu}\p{L}*)['’]s\s+([^,.;:()“”"]+?)(?=\s*[,.;)]|\s+and\s|$)/iu;
/** "speaking for", "representing", "on behalf of", "all from" (a list's shared organisation): before an organisation. */
const SPEAKING_FOR =
  /^(?:speaking\s+(?:for|on\s+behalf\s+of)|representing|on\s+behalf\s+of|(?:(?:all|both)\s+)?(?:from|of|at|with))\s+(?:the\s+)?/iu;
const ROLE_BEFORE =
  /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}’'-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+$/u;
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s*$`, "u");
const LONGEST_SPEECH_VERB = Math.max(...SPEECH_VERBS.split("|").map((v) => v.length));
const CHAIR_BEFORE = new RegExp(
  `(?:\\b(?:${CHAIR_VERBS})\\s+by\\s+(?:[^,.]*,\\s*)?|\\bin\\s+the\\s+chair\\s+(?:was|is|sat)\\s+(?:[^,.]*,\\s*)?|(?:^|\\n)[ \\t]*(?:chair|chairman|chairwoman|chairperson|moderator|host)[ \\t]*:[ \\t]*)$`,
  "iu",
);

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
  /** A title and one word ("Dr Grey", "Sir Michael"): the person of that surname (first name) in the text, if one. */
  short?: "surname" | "given";
  /** Where the title before the name starts ("Dr" of "Dr Miriam Fenwick"), if it has one. */
  titleStart?: number;
  /** A peer, "Lord Brown": never the Brown of another name. */
  peer?: boolean;
  /** Capitalised words run into the name from before ("Health Foundation Jane Smith"): a role may precede it. */
  joined?: boolean;
}

const ORGANISATION_OF = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...ORGANISATION_WORDS].join("|")})\\s+(?:of|for|on)\\s+(?:the\\s+)?$`,
  "iu",
);

const POSTNOMINAL_RUN = new RegExp(`^(?:,?\\s+(?:${[...POSTNOMINALS].join("|")})\\b)+`, "u");

/** Where a name's letters after it end ("Catherine Morland MP in the chair": after "MP"), from the name's end `at`. */
export function afterPostnominals(text: string, at: number): number {
  return at + (POSTNOMINAL_RUN.exec(text.slice(at, at + 40))?.[0].length ?? 0);
}

/** "Lord Brown of Ashford": the territorial part after a peer's name, as written, or undefined. */
const PLACE = /^ of (?:the )?\p{Lu}[\p{L}’'-]*(?: (?:upon |on |in |and )?\p{Lu}[\p{L}’'-]*){0,3}/u;

/** Words of posts that are people's names too: "Dean Russell", "Janet Dean". */
const NAMES_TOO = new Set(["dean", "judge", "major", "sheriff", "bishop"]);

/** A title and a name in capitals: "MR ROBERT ASHBY", "PROFESSOR DAME ANN O'NEILL". */
const CAPITALS_NAME =
  /(?<![\p{L}\p{N}])((?:(?:MR|MRS|MS|MISS|DR|SIR|DAME|PROFESSOR|PROF|LORD|LADY|BARONESS|CLLR|COUNCILLOR|THE RT HON|RT HON)\.?\s+)+)(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})(?![\p{L}\p{N}])/gu;

/** "ROBERT MCASHBY-JONES" as "Robert Mcashby-Jones": each word's first letter kept, the rest lower case. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Runs of capitalised words that could be a person's full name (two to four words, none an organisation word). */
function nameCandidates(text: string, paragraphs: Paragraph[]): Candidate[] {
  const candidates: Candidate[] = [];
  const bare = (word: string) =>
    word
      .toLowerCase()
      .replace(/['’]s$/u, "")
      .replace(/\.$/u, "");
  let placeEnd = -1; // the end of the last peer's "of Place": no name starts inside it
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    // A run of capitalised words, cut where a sentence ends inside it ("… chaired by Nadia Rahman. Tom Hughes …").
    const runs = [...body.matchAll(RUN)].flatMap((m) => {
      const all = [...m[0].matchAll(/\S+/gu)].map((w) => ({ word: w[0], at: m.index + w.index }));
      const out: { word: string; at: number }[][] = [[]];
      for (const w of all) {
        out.at(-1)!.push(w);
        const stop = /\p{Ll}{2,}\.$/u.test(w.word) && !HONORIFICS.has(bare(w.word)) && !/^(?:St|Mt)\.$/u.test(w.word);
        if (stop) {
          const last = out.at(-1)!;
          last[last.length - 1] = { word: w.word.slice(0, -1), at: w.at };
          out.push([]);
        }
      }
      return out.filter((ws) => ws.length > 0);
    });
    for (let words of runs) {
      const at = words[0]!.at;
      if (p.start + at < placeEnd) continue;
      // "Centre for Urban Futures", "University of the West": the end of an organisation's name, not a person.
      if (ORGANISATION_OF.test(text.slice(Math.max(p.start, p.start + at - 40), p.start + at))) continue;
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      while (words.length && POSTNOMINALS.has(words.at(-1)!.word.replace(/[,.]$/u, ""))) words = words.slice(0, -1);
      // "Members present: …; Dean Russell; …", "Mrs Janet Dean" on a line of its own: a list entry that is only a name,
      // where a post's word that is also a name ("Dean") is the name.
      const runEnd = words.length ? words.at(-1)!.at + words.at(-1)!.word.length : 0;
      const wholeEntry =
        words.length >= 2 &&
        words.length <= 4 &&
        /(?:^|\n|[;:]\s*)$/u.test(body.slice(0, words[0]!.at)) &&
        /^[ \t]*(?:[;.\n]|\((?:the\s+)?chair\)|,\s*in\s+the\s+chair|$)/iu.test(body.slice(runEnd));
      const notName = (w: { word: string }) =>
        NOT_NAME_WORDS.has(bare(w.word)) && !(wholeEntry && NAMES_TOO.has(bare(w.word)));
      // "Health Foundation Chief Executive Dr Jane Smith": the name starts after the last word that cannot be in one.
      const lastNotName = words.findLastIndex(
        (w) => (notName(w) || (w.word.includes("-") && isRoleWord(w.word))) && !HONORIFICS.has(bare(w.word)),
      );
      const joined = lastNotName !== -1;
      if (joined) words = words.slice(lastNotName + 1);
      while (words.length && POSTNOMINALS.has(words.at(-1)!.word.replace(/[,.]$/u, ""))) words = words.slice(0, -1);
      let title: string | undefined;
      const titles: string[] = [];
      const titleStart = words.length ? p.start + words[0]!.at : 0;
      while (words.length && HONORIFICS.has(bare(words[0]!.word))) {
        titles.push(bare(words[0]!.word));
        title = title ? `${title} ${words[0]!.word}` : words[0]!.word;
        words = words.slice(1);
      }
      const peer = titles.some((t) => PEERAGES.has(t));
      if (words.length === 0 && peer && titles.length === 1) {
        // "Earl of Listowel": a peer known by the title and place alone.
        const titleEnd = titleStart + title!.length;
        const place = PLACE.exec(text.slice(titleEnd, Math.min(p.end, titleEnd + 80)));
        if (place) {
          placeEnd = titleEnd + place[0].length;
          const label = text.slice(titleStart, placeEnd);
          candidates.push({ start: titleStart, end: placeEnd, key: personKey(label), label, peer: true });
        }
        continue;
      }
      const short = words.length === 1 && title !== undefined && (peer || titles.some((t) => SHORT_TITLES.has(t)));
      if ((words.length < 2 && !short) || words.length > 4) continue;
      if (words.some(notName)) continue;
      if (words.some((w) => /^\p{Lu}+$/u.test(w.word) && w.word.length > 1)) continue; // acronyms
      const last = words.at(-1)!;
      const start = p.start + words[0]!.at;
      let end = p.start + last.at + last.word.length;
      if (/['’]s$/u.test(last.word)) end -= 2;
      // "Fenby Bus Users' Group", "Marches Farmers' Union": the start of an organisation's name, not a person.
      const owner = /^['’]s?\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(end, Math.min(p.end, end + 40)));
      if (owner && ORGANISATION_WORDS.has(owner[1]!.toLowerCase())) continue;
      const label = text.slice(start, end);
      const candidate: Candidate = { start, end, key: personKey(label), label };
      if (title) {
        candidate.titled = `${title} ${label}`;
        candidate.titleStart = titleStart;
      }
      if (joined) candidate.joined = true;
      if (peer && words.length === 1) {
        // A peer is "Lord Brown": the title stays in the label, "of Ashford" in an alias, and Ashford is no one.
        const place = /['’]s$/u.test(last.word) ? null : PLACE.exec(text.slice(end, Math.min(p.end, end + 80)));
        const peerTitle = title!
          .split(/\s+/u)
          .filter((w) => PEERAGES.has(bare(w)))
          .join(" ");
        candidate.label = `${peerTitle} ${label}`;
        candidate.key = `${bare(peerTitle)} ${personKey(label)}`;
        candidate.titled = place ? `${peerTitle} ${label}${place[0]}` : undefined;
        if (!candidate.titled) delete candidate.titled;
        if (place) {
          placeEnd = end + place[0].length;
          candidate.end = placeEnd; // "Lord Strand of Whitby asked": the name runs to the place
        }
        candidate.peer = true;
      } else if (short) {
        candidate.short = titles.some((t) => t === "sir" || t === "dame") ? "given" : "surname";
      }
      candidates.push(candidate);
    }
    // "MR ROBERT ASHBY", as older Commons pages print a witness: a title and a name in capitals, read as "Robert Ashby".
    for (const m of body.matchAll(CAPITALS_NAME)) {
      const start = p.start + m.index + m[1]!.length;
      const end = start + m[2]!.length;
      const label = titleCase(m[2]!);
      candidates.push({
        start,
        end,
        key: personKey(label),
        label,
        titled: `${titleCase(m[1]!.trim())} ${label}`,
        titleStart: p.start + m.index,
      });
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/**
 * "Dr Grey", "Sir Michael": the person of the text whose full name ends (Sir, Dame: starts) with that word, when
 * exactly one does; otherwise a person of their own, called as written.
 */
function resolveShortNames(candidates: Candidate[]): void {
  const full = new Map<string, Set<string>>();
  const labelOf = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.short || c.peer) continue;
    if (!labelOf.has(c.key)) labelOf.set(c.key, c);
    const words = c.label.split(/\s+/u);
    for (const [how, word] of [
      ["surname", words.at(-1)!],
      ["given", words[0]!],
    ] as const) {
      const k = `${how} ${word}`;
      full.set(k, (full.get(k) ?? new Set()).add(c.key));
    }
  }
  for (const c of candidates) {
    if (!c.short) continue;
    const owners = full.get(`${c.short} ${c.label}`);
    if (owners?.size === 1) {
      const owner = labelOf.get([...owners][0]!)!;
      c.key = owner.key;
      c.label = owner.label;
      if (owner.titled) c.titled = owner.titled;
      else delete c.titled;
    } else {
      c.label = c.titled!;
      c.key = personKey(c.label);
      delete c.titled;
    }
  }
}

export interface PeopleOptions {
  known: KnownEntities;
  /** Spans the NLP tagger calls people. */
  nlpPeople: Span[];
  /** A transcript's speaker labels: a name in one is a person who speaks. */
  speakers?: Span[];
  /** A transcript's lists of members and witnesses: a name in one is a person. */
  lists?: Span[];
}

/** Words that make a role more precise: "Senior Fellow", "Deputy Chief Executive". */
const ROLE_MODIFIERS =
  /^(?:senior|junior|deputy|vice|assistant|associate|principal|lead|interim|acting|co|joint|executive|managing|general|national|regional|clinical)$/iu;

/**
 * The organisation named right before `end` (a space between): capitalised words, joined by "of", "for", "and", "&",
 * not those a sentence starts with. Two words at least, or an acronym or a known name ("Age UK chief executive", "NHSE
 * director", not "Blacon councillor").
 */
function nameBefore(text: string, floor: number, end: number, known: KnownEntities): OrganisationRef | undefined {
  const m = /((?:\p{Lu}[\p{L}&’'-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&’'-]*)\s+$/u.exec(
    text.slice(Math.max(floor, end - 80), end),
  );
  if (!m) return undefined;
  let words = m[1]!.split(/\s+/u);
  while (words.length && (SENTENCE_WORDS.has(words[0]!.toLowerCase()) || CONNECTORS.has(words[0]!.toLowerCase()))) {
    words = words.slice(1);
  }
  const label = words.join(" ");
  if (words.length === 0 || /['’]s$/u.test(label)) return undefined;
  if (words.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !ORGANISATION_WORDS.has(w.toLowerCase())))
    return undefined;
  // One word: an acronym or a name the corpus knows, never a bare "Committee" opening a sentence.
  if (words.length < 2 && !/^\p{Lu}{2,}s?$/u.test(label) && !known.byName("organisation", label)) return undefined;
  const at = text.lastIndexOf(label, end);
  return { start: at, end: at + label.length, key: nameKey(label), label };
}

/** Last words of a field of work, never of an organisation's name: "Head of Justice Research". */
const FIELD_ENDS = new Set([
  "communications",
  "development",
  "economics",
  "engagement",
  "innovation",
  "operations",
  "partnerships",
  "planning",
  "policy",
  "programmes",
  "research",
  "strategy",
  "transformation",
]);

/** ", who heads learning at", ", who leads the connections team at": a post in the text's own words, then "at Org". */
const WHO_LEADS =
  /^,\s+who\s+((?:leads|heads|runs|directs|manages|oversees|coordinates|co-ordinates|chairs)\s+[^,.;:()“”"]{1,60}?)\s+(?:at|for|with|of)\s+(?:the\s+)?(?=\p{Lu})/u;
/** ", Age UK’s charity director,": an organisation's name with a possessive, then the post (group 2). */
const ORGS_POST =
  /^,\s+(?:the\s+(?=\p{Lu}[\p{L}&-]*\s))?((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&-]*)['’]s\s+([\p{Ll}\p{Lu}][^,.;:()“”"]{0,50}?)(?=\s*[,.;)]|\s+and\s|$)/u;

/** A post's qualifier in brackets: "(Health)", "(Health & Life Sciences)". */
const QUALIFIER = /^\s*\(\p{Lu}[\p{L}&,’' -]{0,40}\)/u;
/** A post's field after a comma, then "at Org": ", Leadership and Organisational Development at". */
const FIELD_THEN_AT = /^,\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}’'-]*){0,5}(?=\s+(?:at|with)\s)/u;

/** What ends a list entry after its organisation: a stop, the paragraph's end, or a mark "(chair)". */
const ENTRY_END = /^\s*(?:[;,.)]|$|\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|moderator|convener|host)\))/iu;

/** Days and months: "on Monday", "on 21st June" end an organisation's name. */
const DATE_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

/** A paragraph listing people: "Members present:", "Witnesses:", "Speakers:", "Panel:". */
const PEOPLE_LIST =
  /^\s*(?:(?:committee\s+)?members\s+present|present|members|witnesses|speakers|panellists|panelists|panel)\s*:/iu;

/** Before a name, words that give the text's words to that person. */
const WORDS_OF = /\b(?:(?:the|in\s+the|these\s+are\s+the)\s+words\s+of|hear(?:d)?\s+from|quoting)\s+$/iu;
/** A paragraph that is only a byline: "By" (or nothing) before the name, a date (or nothing) after it. */
const BYLINE = /^\s*(?:(?:by|posted\s+by|written\s+by)\s+)?$/iu;
const BYLINE_END =
  /^\s*(?:[,|–—-]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})?\s*$/u;

/** What joins a person's second post to their first: ", and", "and also", "and as". */
const AND_ALSO = /^,?\s+and\s+(?:also\s+)?(?:as\s+)?(?:the\s+)?/u;

/** UK parties as a name's bracket gives them, "(Lab)", "(Labour)", "(Crossbench)", and their names. */
const PARTIES = new Map([
  ["con", "Conservative Party"],
  ["conservative", "Conservative Party"],
  ["lab", "Labour Party"],
  ["labour", "Labour Party"],
  ["lab/co-op", "Labour Party"],
  ["ld", "Liberal Democrats"],
  ["lib dem", "Liberal Democrats"],
  ["liberal democrat", "Liberal Democrats"],
  ["liberal democrats", "Liberal Democrats"],
  ["cb", "Crossbench"],
  ["crossbench", "Crossbench"],
  ["crossbencher", "Crossbench"],
  ["snp", "Scottish National Party"],
  ["dup", "Democratic Unionist Party"],
  ["pc", "Plaid Cymru"],
  ["plaid cymru", "Plaid Cymru"],
  ["green", "Green Party"],
  ["sdlp", "Social Democratic and Labour Party"],
  ["uup", "Ulster Unionist Party"],
  ["alba", "Alba Party"],
  ["reform", "Reform UK"],
]);
const PARTY_BRACKET = new RegExp(
  `^\\s*\\((${[...PARTIES.keys()].map((k) => k.replace("/", "\\/")).join("|")})\\)`,
  "iu",
);
/** A constituency in brackets, then the party: "Kim Jones (Fenby Riverside) (Lab)". */
const SEAT_THEN_PARTY = new RegExp(`^\\s*\\([^()]{1,40}\\)(?=${PARTY_BRACKET.source.slice(1)})`, "iu");

/** Parties as Hansard writes them after a name, "(Lab)": not an organisation read from parentheses. */
const PARTY_ABBREVIATION = /^(?:Con|Lab|LD|SNP|CB|Ind|DUP|PC|SDLP|UUP|Green|Alba|Reform)$/u;

/** Whether a name reads as an organisation's: known, or with an organisation word, an acronym, or a company suffix. */
function looksLikeOrganisation(name: string, known: KnownEntities): boolean {
  if (known.byName("organisation", name)) return true;
  const words = name.split(/\s+/u);
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/u, "")))) return true;
  if (words.length === 1 && PARTY_ABBREVIATION.test(name)) return false;
  return words.some((w) => /^\p{Lu}{2,}s?$/u.test(w) || /^(?:Ltd|Limited|plc|LLP|Inc)\.?$/u.test(w));
}

/**
 * The organisation named at `at` ("the Institute for Health Policy", "Northshire ICB"): capitalised words, joined by
 * "and", "of", "for", "&" when a capitalised word follows, up to a possessive. With `whole`, it must end its list entry
 * (";", ",", ".", ")" or the paragraph's end follow).
 */
function organisationAt(
  text: string,
  at: number,
  limit: number,
  known: KnownEntities,
  whole: boolean,
  anyName = false,
  possessive = false,
): OrganisationRef | undefined {
  const reach = { start: at, end: Math.min(limit, at + 160) };
  const ts = tokens(text, reach);
  let i = 0;
  if (ts[i] && ts[i]!.word.toLowerCase() === "the") i++;
  const from = i;
  i = readName(text, ts, from, (word) => CONNECTORS.has(word.toLowerCase())).to;
  if (i === from) return undefined;
  const first = ts[from]!;
  let end = ts[i - 1]!.end;
  while (end > first.start && /[,;:.)]/u.test(text[end - 1]!)) end--;
  if (/['’]s$/u.test(text.slice(first.start, end))) {
    if (whole) return undefined;
    end -= 2;
  }
  const label = text.slice(first.start, end);
  // "Shelter’s chief executive": a possessive before a post makes any name an organisation's.
  if (possessive && /^['’]s\s/u.test(text.slice(end, end + 3)))
    return { start: first.start, end, key: nameKey(label), label };
  // After a role, the name ending a list entry is the organisation whatever its words ("managing consultant, Agilisys"),
  // unless it is a place or a month.
  const named = anyName && !label.split(/\s+/u).every((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
  if (!named && !looksLikeOrganisation(label, known)) return undefined;
  if (whole && !ENTRY_END.test(text.slice(end, Math.min(limit, end + 24)))) return undefined;
  return { start: first.start, end, key: nameKey(label), label };
}

/** A post the text marks as no longer held, or held until a date: "until 2018", "between 2010 and 2015". */
const ENDED = /^\s*(?:until|till|between|from\s+\d{4}\s+(?:to|until))\b/iu;

/** After a name: a verb that ties the person to an organisation now ("works for", "runs", "has led … since"). */
const TIE_VERB =
  /^(?:,\s+who\s+|\s+)(?:(?:now|currently|also)\s+)?(works\s+(?:for|at|with)|sits\s+on\s+the\s+(?:board|council|executive)\s+of|(?:co-?)?founded|has\s+(?:run|led|headed|chaired|directed)|runs|leads|heads|chairs|directs|joined|represents|speaks\s+(?:today\s+|here\s+)?(?:for|on\s+behalf\s+of))\s+(?:the\s+)?(?=\p{Lu})/u;

/** The role a tie verb gives, in the text's words: "founded", "has run", "sits on the board"; none for "works for". */
function verbRole(verb: string): string {
  const v = verb.replace(/\s+/gu, " ");
  if (/^(?:works|speaks)\s/iu.test(v) || /^(?:joined|represents)$/iu.test(v)) return "";
  return v.replace(/\s+of$/u, "");
}

/** ", its policy lead", " as its chief economist": a post of the organisation just named. */
const ITS_POST =
  /^(?:,\s+|\s+as\s+)(?:its|their|the)\s+((?:[\p{L}&’'-]+\s+){0,5}[\p{L}’'-]+)(?=\s*[,.;:)]|\s+(?:since|from)\s|$)/u;
const YEAR_PHRASE = /^\s+(?:in|since)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}/u;

interface Tie {
  statement: Omit<RoleStatement, "person">;
  /** The last word of an organisation's name that the text refers back to ("the Trust"), when not named here. */
  head?: string;
}

/**
 * A post in the sentence after a name, with no comma list around it: "X is director of research at Org", "X is Org's
 * founder", "X works for Org", "X, who founded Org", "X has run Org since 2015", "X joined Org in 2019 as its chief
 * economist", "X, an adviser to Org". Not a post held until a date.
 */
function ownSentencePost(
  text: string,
  from: number,
  end: number,
  known: KnownEntities,
  postAt: (from: number, comma: boolean) => RoleStatement | undefined,
): Tie[] {
  const ties: Tie[] = [];
  for (let at = from; ties.length < 3;) {
    const tie = onePost(text, at, end, known, postAt);
    if (!tie) break;
    ties.push(tie);
    // "Cllr Holt is leader of X and speaks today for Y": a second tie of the same subject.
    const and = /^,?\s+and(?=\s)/u.exec(text.slice(tie.statement.evidence.end, end));
    if (!and) break;
    at = tie.statement.evidence.end + and[0].length;
  }
  return ties;
}

function onePost(
  text: string,
  from: number,
  end: number,
  known: KnownEntities,
  postAt: (from: number, comma: boolean) => RoleStatement | undefined,
): Tie | undefined {
  const after = text.slice(from, end);
  const is =
    /^(?:,\s+who\s+|\s+)(?:is|holds|serves\s+as|has\s+been)\s+(?:(?:now|currently|also)\s+)?(?=[\p{Ll}\p{Lu}])/u.exec(
      after,
    );
  if (is) {
    const owned =
      /^(?:the\s+)?((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&-]*)['’]s\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*[,.;]|\s+and\s|$)/u.exec(
        after.slice(is[0].length),
      );
    if (owned && isRoleWord(owned[2]!.split(/\s+/u).at(-1)!)) {
      const at = from + is[0].length;
      const organisation = organisationAt(text, at, end, known, false, owned[1]!.includes(" "), true);
      if (organisation)
        return { statement: { role: owned[2]!, organisation, evidence: { start: from, end: at + owned[0].length } } };
    }
    const statement = postAt(from + is[0].length, false);
    if (statement?.organisation && !ENDED.test(text.slice(statement.evidence.end, end))) {
      return { statement: { ...statement, evidence: { start: from, end: statement.evidence.end } } };
    }
    return undefined;
  }
  const verb = TIE_VERB.exec(after);
  if (!verb) return undefined;
  const at = from + verb[0].length;
  const organisation = organisationAt(text, at, end, known, false);
  // "who leads the Trust’s policy team": a part of the organisation, read above.
  if (!organisation || /^['’]s\s/u.test(text.slice(organisation.end, organisation.end + 3))) return undefined;
  const rest = text.slice(organisation.end, end);
  if (ENDED.test(rest)) return undefined;
  // "joined Org in 1995 and left in 2005": a post the rest of the sentence ends.
  const sentenceRest = /^[^.!?]*/u.exec(rest)![0];
  if (/\b(?:left|until|till|stepped\s+down|resigned|retired)\b/iu.test(sentenceRest)) return undefined;
  const v = verb[1]!.toLowerCase();
  // "has run Org since 2015": a present perfect holds the post still only with "since".
  if (v.startsWith("has ") && !/^\s+(?:since|for\s+(?:\S+\s+)?(?:years|decades|months))\b/u.test(rest))
    return undefined;
  let role = verbRole(v);
  let stop = organisation.end;
  if (v === "joined" || v.startsWith("works")) {
    // "joined Org in 2019 as its chief economist": the post after "as".
    const year = YEAR_PHRASE.exec(rest)?.[0].length ?? 0;
    const its = ITS_POST.exec(rest.slice(year));
    if (its && / as /u.test(` ${its[0]}`) && its[1]!.split(/\s+/u).some(isRoleWord)) {
      role = its[1]!;
      stop = organisation.end + year + its[0].length;
    }
  }
  return { statement: { role, organisation, evidence: { start: from, end: stop } } };
}

/** "his regular position as", "her day job as": a post the person holds besides the one the sentence is about. */
const POSITION_AS =
  /\b(?:his|her|their)\s+(?:(?!former\b|previous\b|old\b|earlier\b|last\b)[\p{Ll}-]+\s+){0,2}(?:job|role|position|post)\s+as\s+(?=(?:the\s+)?[\p{L}])/u;

/** "Representing Org was X", "Speaking on behalf of Org, X said", "From Org, X argued", "Org's X". */
const REPRESENTING =
  /^\s*(?:(?:and|but|also)\s+)?(?:(?:speaking\s+)?(?:representing|for|on\s+behalf\s+of)|from)\s+(?:the\s+)?(?=\p{Lu})/iu;
const REPRESENTED_BY =
  /\s+(?:was|were|is|are)\s+represented\s+by\s+(?:(?:its|their)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+),\s*)?$/u;

/**
 * Before a name, in its sentence: the organisation the person speaks for ("Representing Org was X, its policy lead",
 * "Speaking on behalf of Org, X said", "From Org, X argued", "Org was represented by its leader, X"), or whose member
 * the person is ("Org's X", "the Trust's X").
 */
function representedBy(
  text: string,
  sentenceStart: number,
  nameStart: number,
  nameEnd: number,
  end: number,
  known: KnownEntities,
): Tie[] {
  const before = text.slice(sentenceStart, nameStart);
  const lead = REPRESENTING.exec(before);
  let organisation: OrganisationRef | undefined;
  let role = "";
  let evidenceStart = sentenceStart;
  if (lead) {
    const at = sentenceStart + lead[0].length;
    const found = organisationAt(text, at, nameStart, known, false);
    // The organisation, then only "was"/"were" or a comma before the name.
    if (found && /^\s*(?:,\s*|(?:was|were|is|are)\s+)$/u.test(text.slice(found.end, nameStart))) {
      organisation = found;
      evidenceStart = at;
    }
  } else {
    const by = REPRESENTED_BY.exec(before);
    if (by) {
      const m = /((?:\p{Lu}[\p{L}&’'-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&’'-]*)$/u.exec(
        before.slice(0, by.index),
      );
      if (m) {
        const at = sentenceStart + m.index;
        const found = organisationAt(text, at, sentenceStart + by.index + 1, known, false);
        if (found) {
          organisation = found;
          evidenceStart = found.start;
          if (by[1] && isRoleWord(by[1].split(/\s+/u).at(-1)!)) role = by[1];
        }
      }
    } else {
      // "Harbour Housing Trust's Sam Yeo", "the Trust's Sam Yeo": a possessive organisation right before the name.
      const own =
        /(?:^|[\s(])((?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&-]*)['’]s\s+$/u.exec(
          before,
        );
      if (own) {
        const words = own[1]!.replace(/^the\s+/iu, "");
        const at = sentenceStart + own.index + own[0].indexOf(words);
        if (!words.includes(" ") && /^the\s/iu.test(own[1]!) && !/^\p{Lu}{2,}$/u.test(words)) {
          return [{ statement: { role: "", evidence: { start: at, end: nameEnd } }, head: words }];
        }
        const found = organisationAt(text, at, nameStart, known, false, false, true);
        // Not a place's ("Greater Manchester's Andy Burnham"): an organisation's name, or one the text calls a body
        // right after ("Pennine Engineering's Ruth Kellaway, the firm's MD").
        const body = /^,\s+the\s+\p{Ll}+['’]s\s/u.test(text.slice(nameEnd, nameEnd + 30));
        if (found && (looksLikeOrganisation(found.label, known) || (body && found.label.includes(" ")))) {
          return [{ statement: { role: "", organisation: found, evidence: { start: found.start, end: nameEnd } } }];
        }
      }
    }
  }
  if (!organisation) return [];
  const its = ITS_POST.exec(text.slice(nameEnd, end));
  let stop = nameEnd;
  if (its && /^,\s+(?:its|their)\s/u.test(its[0]) && its[1]!.split(/\s+/u).some(isRoleWord)) {
    role = its[1]!;
    stop = nameEnd + its[0].length;
  }
  return [{ statement: { role, organisation, evidence: { start: evidenceStart, end: stop } } }];
}

/** "the strategy director at Norfolk CC", "Shelter’s chief executive": a post and its organisation, with no name. */
const THE_POST_AT = /(?<![\p{L}’'-])the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:at|of|for)\s+(?=(?:the\s+)?\p{Lu})/gu;
const ORGS_POST_IN =
  /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?){0,4}\p{Lu}[\p{L}&-]*)['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?![\p{L}’'-])(?!\s+\p{Lu})/gu;

/** Words the text gives the holder of a post named at [start, end): "according to the X", "the X said", "has called for". */
const SPEAKS_AFTER = new RegExp(`^\\s*(?:,[^,.]{0,60},\\s*)?(?:(?:has|had|also|then)\\s+)*(?:${SPEECH_VERBS})\\b`, "u");
function speaks(text: string, start: number, end: number): boolean {
  return (
    /according\s+to\s+$/iu.test(text.slice(Math.max(0, start - 14), start)) ||
    SPEAKS_AFTER.test(text.slice(end, end + 100))
  );
}

function describedPost(text: string, sentence: Span, known: KnownEntities): Omit<RoleStatement, "person"> | undefined {
  const passage = text.slice(sentence.start, sentence.end);
  const isPost = (role: string) =>
    isRoleWord(role.split(/\s+/u).at(-1)!) &&
    !/^(?:former|previous|late|new|next|outgoing|acting|interim)\b/u.test(role);
  for (const m of passage.matchAll(THE_POST_AT)) {
    if (!isPost(m[1]!)) continue;
    const at = sentence.start + m.index + m[0].length;
    const organisation = organisationAt(text, at, sentence.end, known, false);
    if (!organisation || /^['’]s\s/u.test(text.slice(organisation.end, organisation.end + 3))) continue;
    if (!speaks(text, sentence.start + m.index, organisation.end)) continue;
    // Not a post with a name after it ("the chair of X, Ian Moss"): the sentence names nobody, so none.
    return { role: m[1]!, organisation, evidence: { start: sentence.start + m.index, end: organisation.end } };
  }
  for (const m of passage.matchAll(ORGS_POST_IN)) {
    // "Shelter’s chief executive has called": the post ends at its last role word.
    const words = m[2]!.split(/\s+/u);
    const last = words.findLastIndex((w) => isRoleWord(w));
    if (last === -1) continue;
    m[2] = words.slice(0, last + 1).join(" ");
    if (!isPost(m[2])) continue;
    const label = m[1]!.replace(/^(?:The|But|And|So|Yet)\s+/u, "");
    if (!looksLikeOrganisation(label, known) || SENTENCE_WORDS.has(label.toLowerCase())) continue;
    const start = sentence.start + m.index + m[0].indexOf(label);
    const organisation = { start, end: start + label.length, key: nameKey(label), label };
    if (!speaks(text, start, start + label.length + 3 + m[2].length)) continue;
    return { role: m[2], organisation, evidence: { start, end: start + label.length + 3 + m[2].length } };
  }
  return undefined;
}

/** A council's name: "Fenby County Council", "Kent CC", "Southwark LBC". */
const COUNCIL_NAME = /\bCouncil$|\s(?:CC|LBC|MBC|DC|BC)$/u;
/** A post on a council: "council leader", "Blacon councillor", "portfolio holder", "cabinet member for transport". */
const COUNCIL_POST =
  /^(?:(?:deputy\s+)?(?:council\s+)?leader(?:\s+of\s+the\s+council)?|(?:[\p{L}-]+\s+){0,2}councillor|(?:shadow\s+)?(?:portfolio\s+holder|(?:cabinet|executive)\s+member)(?:\s+for\s+[\p{Ll}\s,&-]+)?)$/iu;

export function findPeople(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  options: PeopleOptions,
): PeopleInText {
  const { known } = options;
  // "the Association of Directors of Adult Social Services (ADASS)": the acronym is that organisation wherever it
  // stands ("president of ADASS"), and the name's last words before it are no person ("Coastal Services (ADCS)").
  const acronyms = acronymsIn(text, known);
  const candidates = nameCandidates(text, paragraphs).filter((c) => {
    const acronym = /^\s+\((\p{Lu}{2,8})\)/u.exec(text.slice(c.end, c.end + 12))?.[1];
    if (acronym && acronyms.get(acronym)?.endsWith(c.label)) return false;
    // "College of Speech, Language and Memory Therapists": the last items of a name's list of fields are no person.
    const list = /,\s+(?:\p{Lu}[\p{L}-]*,\s+){0,3}\p{Lu}[\p{L}-]*,?\s+(?:and|&)\s+$/u.exec(
      text.slice(Math.max(0, c.start - 80), c.start),
    );
    if (list) {
      const comma = c.start - list[0].length;
      const end = fieldListEnd(text, comma);
      if (end !== undefined && end >= c.end) return false;
    }
    return true;
  });
  resolveShortNames(candidates);
  const speakerLabels = new SpanSet(options.speakers ?? []);
  const lists = new SpanSet(options.lists ?? []);
  const paragraphsInOrder = new SpansInOrder(paragraphs);
  const paragraphOf = (at: number) => paragraphsInOrder.at(at, (p) => p.start <= at && at <= p.end)!;
  const sentencesInOrder = new SpansInOrder(sentences);
  const nlpPeople = new SpanSet(options.nlpPeople);
  const limitAt = limitsBeforeAnd(text, candidates);
  const clauseBefore = clausesBefore(text);
  const people = new Map<string, PersonFound>();
  const roles: RoleStatement[] = [];
  /** Statements "Its Role, Name", by index: their organisation is the last one named before them. */
  const possessed: number[] = [];
  /** Statements "Name, the Trust’s Role", by index: their organisation is the last one named before whose name ends so. */
  const possessedBy = new Map<number, string>();
  /** The passages of the role statements made so far. */
  const statedRoles = new SpanSet();
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

  /**
   * The post a role phrase at `from` states for `c` (person left blank): "Role of Org", "Role at Org", and after a
   * comma or in parentheses "Role, Organisation" ("Cabinet Member for Highways, Marlshire County Council": what the role
   * was for is its department, the organisation comes after the comma), as witness lists and bylines give it.
   */
  const candidatesInOrder = new SpansInOrder(candidates);
  const postAt = (c: Candidate, from: number, comma: boolean, paren: boolean): RoleStatement | undefined => {
    const p = paragraphOf(c.start);
    const limit = limitAt(from, p.end);
    let clause = clauseAfter(text, from, limit);
    // "Senior Research Fellow (Health) at X", "Senior Consultant & Programme Director, Leadership and Organisational
    // Development at X": a post's qualifier in brackets, or its field after a comma, before "at Org".
    let extended = false;
    for (let k = 0; k < 2; k++) {
      const rest = text.slice(clause.end, limit);
      const more = QUALIFIER.exec(rest) ?? FIELD_THEN_AT.exec(rest);
      if (!more) break;
      clause = { start: clause.start, end: clauseAfter(text, clause.end + more[0].length, limit).end };
      extended = true;
    }
    // "who stepped down as chief executive of X": a relative clause is read by its verb (above and below), not as a post.
    if (/^\s*(?:who|which|that)\s/iu.test(text.slice(clause.start, clause.end))) return undefined;
    const parsed = parseRole(text, clause, known, false, extended ? 12 : 6);
    if (!parsed) return undefined;
    // "now chief executive of X", "currently policy director at Y": the post without the word that dates it.
    // "you are chief executive of X" (a chair to a witness): the post alone.
    parsed.role = parsed.role.replace(
      /^(?:now|currently|you\s+are|(?:newly\s+)?(?:appointed|named)(?:\s+as)?)\s+/iu,
      "",
    );
    // Not another person's name ("…, and Professor Bo Chen, Director of …": a title is a role word too).
    const lead =
      clause.start + (/^\s*(?:(?:the|an?)\s+)?/iu.exec(text.slice(clause.start, clause.end))?.[0].length ?? 0);
    // Nor another person's name with no title ("…, and Tom Reyes, Director at …": that post is Tom Reyes's).
    const titled = (x: Candidate) =>
      x !== c && (x.titleStart ?? x.start) === lead && (x.titleStart !== undefined || text[x.end] === ",");
    if (candidatesInOrder.startingIn(clause.start, clause.end).some(titled)) return undefined;
    let end = parsed.organisation ? Math.max(parsed.organisation.end, parsed.span.end) : parsed.span.end;
    if (paren && text[end] === ")") end++; // "Name (Role of Org)" whole
    // "Name, Fenby Bus Users' Group secretary,": the organisation's name, then the post in lower case.
    if (!parsed.organisation) {
      const phrase = text.slice(clause.start, clause.end);
      const m =
        /^\s*(?:an?\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+(?:(?:of|for|and|&)\s+)?)+)((?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+|CEO|MD|CFO|COO|CTO|VP))\s*$/u.exec(
          phrase,
        );
      const label = m?.[1]!.trim().replace(/['’]s$/u, "");
      if (
        m &&
        label &&
        isRoleWord(m[2]!.split(/\s+/u).at(-1)!) &&
        (label.includes(" ") || looksLikeOrganisation(label, known))
      ) {
        const start = clause.start + phrase.indexOf(label);
        parsed.organisation = { start, end: start + label.length, key: nameKey(label), label };
        parsed.role = m[2]!;
      }
    }
    // "author of The Health Gap": a book, not an organisation.
    if (/^(?:co-?)?author$|^writer$/iu.test(parsed.role)) delete parsed.organisation;
    const statement = roleStatement("", parsed, { start: c.start, end });
    if ((comma || paren) && text[clause.end] === ",") {
      let organisation = organisationAt(text, clause.end + 1, p.end, known, true, !parsed.organisation);
      // A name that only its place reads as an organisation's is a person's where a role follows it (a list "A, Role
      // at Org, B, the Role at Org2").
      if (organisation && !looksLikeOrganisation(organisation.label, known)) {
        const next = /^,\s+/u.exec(text.slice(organisation.end, p.end));
        const from = organisation.end + (next?.[0].length ?? 0);
        if (next && parseRole(text, clauseAfter(text, from, p.end), known)) organisation = undefined;
      }
      if (organisation) {
        statement.organisation = organisation;
        statement.role = text
          .slice(clause.start, clause.end)
          .replace(/^(?:the|an?)\s+/iu, "")
          .trim();
        statement.evidence.end = organisation.end + (paren && text[organisation.end] === ")" ? 1 : 0);
      }
    }
    return statement;
  };

  for (const c of candidates) {
    const rolesBefore = roles.length;
    const p = paragraphOf(c.start);
    // Letters after the name ("Clare Dunmore MP, Secretary of State"): what follows them is what follows the name.
    let post = POSTNOMINAL_RUN.exec(text.slice(c.end, Math.min(p.end, c.end + 40)))?.[0].length ?? 0;
    // "Paul Carter (Con), leader, Kent CC": the party, then what follows it is what follows the name.
    post += SEAT_THEN_PARTY.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 80)))?.[0].length ?? 0;
    const party = PARTY_BRACKET.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 40)));
    if (party) {
      const start = c.end + post + party[0].indexOf(party[1]!);
      const written = party[1]!;
      const label = known.byName("organisation", written)?.label ?? PARTIES.get(written.toLowerCase()) ?? written;
      const person = signal(c, "role");
      roles.push({
        person: person.key,
        role: "",
        organisation: { start, end: start + written.length, key: nameKey(label), label },
        evidence: { start: c.start, end: c.end + post + party[0].length },
      });
      post += party[0].length;
    }
    const rolesAfterParty = roles.length;
    const after = text.slice(c.end + post, p.end);
    // What precedes the name and its title ("our Director of Research, Dr Miriam Fenwick").
    const nameStart = c.titleStart ?? c.start;
    const before = readBefore(text, p.start, nameStart);
    // Name, [the] Role (of|at|for) Org  ·  Name (Role at Org)  ·  Name, who works as a Role for Org  ·  Name is the Role
    const opener =
      /^(?:['’]s)?(?:,\s+(?:who\s+(?:is|was|works|worked|serves|served)\s+(?:as\s+)?)?|\s+[–—-]\s+|\s+\(|\s+(?:is|was)\s+(?=the\s|an?\s))/u.exec(
        after,
      );
    if (opener) {
      const from = c.end + post + opener[0].length;
      const comma = /^(?:,|\s+[–—-]\s)/u.test(opener[0]) && !opener[0].includes("who");
      const paren = opener[0].trim() === "(";
      let first = postAt(c, from, comma, paren);
      // "We have the chief executive of the Kings Fund, Richard Murray, the chief executive of the Nuffield Trust, Nigel
      // Edwards": posts before names; the post after this name is the next name's when that name has none after it.
      if (first && before.comma && comma) {
        const gap = /^,\s+/u.exec(text.slice(first.evidence.end, p.end));
        const at = first.evidence.end + (gap?.[0].length ?? 0);
        const next = gap && candidatesInOrder.startingIn(at, at + 40).find((x) => (x.titleStart ?? x.start) === at);
        if (next) {
          const own = /^,\s+/u.exec(text.slice(next.end, p.end));
          const clause = own && clauseAfter(text, next.end + own[0].length, p.end);
          if (!clause || !parseRole(text, clause, known)) first = undefined;
        }
      }
      if (first) {
        const person = signal(c, "role");
        const statements = [first];
        // "…, and Executive Director of Z, Org", "president of ADASS and also chief executive of Org": more posts of the
        // same person, each with its organisation.
        for (let more = AND_ALSO.exec(text.slice(statements.at(-1)!.evidence.end, p.end)); more;) {
          const at = statements.at(-1)!.evidence.end + more[0].length;
          let next = postAt(c, at, true, false);
          // "trustee of Homeless Link and the Harbour Housing Association": the same post at a second organisation.
          const also = next ? undefined : organisationAt(text, at, p.end, known, false);
          if (also && statements.at(-1)!.organisation && !/also/u.test(more[0])) {
            next = { ...statements.at(-1)!, organisation: also, evidence: { start: c.start, end: also.end } };
          }
          if (!next?.organisation) break;
          statements.push(next);
          more = AND_ALSO.exec(text.slice(next.evidence.end, p.end));
        }
        for (const statement of statements) {
          // "Name, former President of Y" is a post no longer held: the person, but no affiliation.
          if (/^(?:former|formerly|ex|previously|retired|outgoing|late|until)\b/iu.test(statement.role)) continue;
          roles.push({ ...statement, person: person.key });
        }
      } else if (comma || opener[0].trim() === "(") {
        // "Name, Organisation;" in a list, "Name (Organisation)", "Name, speaking for Organisation": an affiliation
        // without a role. ("Name, formerly of Organisation" is none: no longer theirs.)
        const lead = comma ? (SPEAKING_FOR.exec(text.slice(from, p.end))?.[0].length ?? 0) : 0;
        // In brackets right after a name, a name of two words or more is an organisation's whatever its words.
        // (Not a constituency before a party: "Kim Jones (Fenby Riverside) (Lab)".)
        const bracket = /^[^()]*\s[^()]*\)/u.exec(text.slice(from + lead, from + lead + 80));
        const inBrackets =
          !comma && bracket !== null && !PARTY_BRACKET.test(text.slice(from + lead + bracket[0].length, p.end));
        let organisation = organisationAt(text, from + lead, limitAt(from, p.end), known, true, inBrackets);
        // "Professor X, of the Institute for Urban Air at Fenby University,": the first organisation, where the second
        // says where it is.
        if (!organisation && lead > 0 && comma) {
          const first = organisationAt(text, from + lead, limitAt(from, p.end), known, false);
          const where =
            first && /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,;.()“”"]{0,60}[,;.)]/u.test(text.slice(first.end, p.end));
          if (where && looksLikeOrganisation(first.label, known)) organisation = first;
        }
        const closes = opener[0].trim() !== "(" || text[organisation?.end ?? -1] === ")";
        if (organisation && closes) {
          const person = signal(c, "role");
          const end = organisation.end + (opener[0].trim() === "(" ? 1 : 0);
          // "A, B and C, all from Organisation": the list's names before this one share it.
          let first = c;
          if (/^(?:all|both)\s/iu.test(text.slice(from, from + 5))) {
            const listed: Candidate[] = [];
            for (let i = candidates.indexOf(c) - 1; i >= 0; i--) {
              const prev = candidates[i]!;
              const next = listed.at(-1) ?? c;
              if (!/^(?:,\s*|,?\s+and\s+)$/u.test(text.slice(prev.end, next.titleStart ?? next.start))) break;
              listed.push(prev);
            }
            for (const prev of [...listed].reverse()) {
              const other = signal(prev, "role");
              roles.push({ person: other.key, role: "", organisation, evidence: { start: prev.start, end } });
            }
            first = listed.at(-1) ?? c;
          }
          roles.push({ person: person.key, role: "", organisation, evidence: { start: first.start, end } });
        }
      }
    } else {
      // "Name from Organisation", "Name of the Organisation", "Name at Organisation".
      // "Douglas Brodie MSP from the Scottish Green Party": the letters after the name first.
      const preposition = /^\s+(?:from|of|at)\s+/u.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 8)));
      // Not a department inside a role: "Professor of Urban Planning at …".
      const inRole = /(?:^|\s)(?:of|for|in|on|the)\s+$/iu.test(text.slice(Math.max(p.start, c.start - 5), c.start));
      if (preposition && !inRole) {
        // "Sue Lang of the Bus Users Alliance and Raj Mehta": the name stops before the next person's.
        const at = c.end + post + preposition[0].length;
        const organisation = organisationAt(text, at, limitAt(at, p.end), known, false);
        if (organisation) {
          const person = signal(c, "role");
          // "Prof Ann Beck of Fenby University": a professor's title is their post there ("Dr" is no post).
          const professor = /^(Prof(?:essor)?\.?)\s/u.exec(c.titled ?? "")?.[1];
          roles.push({
            person: person.key,
            role: professor ?? "",
            organisation,
            evidence: { start: c.start, end: organisation.end },
          });
        }
      }
    }
    // "Name, the Forum’s Director of Programmes", "Name, who leads the Trust’s policy team": the organisation is one
    // named before, by the last word of its name (found below).
    const theirs = THE_ORGS_ROLE.exec(after);
    const last = roles.length > rolesBefore ? roles.at(-1) : undefined;
    if (theirs && !last?.organisation && (theirs[1] || theirs[3]!.split(/\s+/u).some(isRoleWord))) {
      const person = signal(c, "role");
      // "who leads the Trust’s policy team": the role in the text's own words, verb and all.
      const role = theirs[1] ? theirs[0].slice(theirs[0].indexOf(theirs[1])).replace(/\s+/gu, " ") : theirs[3]!;
      possessedBy.set(roles.length, theirs[2]!);
      possessed.push(roles.length);
      roles.push({ person: person.key, role, evidence: { start: c.start, end: c.end + post + theirs[0].length } });
    }
    // "Name, who heads learning at Org": the post in the text's own words. "Name, Org’s charity director,": the
    // organisation's name, then the post.
    if (!roles.slice(rolesAfterParty).some((r) => r.organisation)) {
      const leads = WHO_LEADS.exec(after);
      const owned = leads ? undefined : ORGS_POST.exec(after);
      const from = c.end + post + ((leads ?? owned)?.[0].length ?? 0);
      const organisation = leads
        ? organisationAt(text, from, p.end, known, false, true)
        : owned && owned[2]!.split(/\s+/u).some(isRoleWord)
          ? organisationAt(text, c.end + post + owned[0].indexOf(owned[1]!), p.end, known, false, false, true)
          : undefined;
      if (organisation) {
        const person = signal(c, "role");
        const role = (leads?.[1] ?? owned![2]!).replace(/\s+/gu, " ");
        const end = leads ? organisation.end : from;
        roles.length = rolesAfterParty; // a post read without its organisation ("Age UK’s charity director") gives way
        roles.push({ person: person.key, role, organisation, evidence: { start: c.start, end } });
      }
    }
    // [Org’s] Role of Org, Name  ·  Role Name
    if (before.comma) {
      let clause = clauseBefore(p, nameStart - before.comma.length);
      // "A spokesperson for the Department for Work and Skills, Name": an "and" inside a name does not end the clause.
      for (let k = 0; k < 2 && /\p{Lu}[\p{L}’'-]*\s+(?:and|&)\s$/u.test(text.slice(p.start, clause.start)); k++) {
        if (!isCapitalised(text.slice(clause.start, clause.start + 1))) break;
        clause = { start: clauseBefore(p, clause.start - 5).start, end: clause.end };
      }
      // In a list "A, Role at Org, B, Role at Org", the role before B's comma is A's.
      const parsed = statedRoles.overlaps(clause)
        ? undefined
        : (possessiveRole(text, clause) ??
          parseRoleAnywhere(text, clause, known) ??
          lowerRoleAt(text, clause, known) ??
          councilPost(text, clause));
      // "Its chair, Derek Osei": the role at the organisation the sentence before is about (found below).
      const its = /^(?:Its|Their)\s+((?:\S+\s+){0,3}\S+)$/u.exec(text.slice(clause.start, clause.end).trim());
      if (parsed) {
        const person = signal(c, "role");
        roles.push(roleStatement(person.key, parsed, { start: parsed.span.start, end: c.end }));
      } else if (theOrgs(text, clause)) {
        // "The Trust’s director, Ian Moss": the organisation named before whose name ends in "Trust" (found below).
        const [head, role, start] = theOrgs(text, clause)!;
        const person = signal(c, "role");
        possessedBy.set(roles.length, head);
        possessed.push(roles.length);
        roles.push({ person: person.key, role, evidence: { start, end: c.end } });
      } else if (its && its[1]!.split(/\s+/u).some(isRoleWord)) {
        const person = signal(c, "role");
        const start = clause.start + text.slice(clause.start, clause.end).indexOf(its[0]);
        possessed.push(roles.length);
        roles.push({ person: person.key, role: its[1]!, evidence: { start, end: c.end } });
      }
    } else {
      const prefix = before.role?.match;
      if (prefix && isRoleWord(prefix[2]!.split(/\s+/u).at(-1)!) && !TITLE_WORDS.has(prefix[2]!.toLowerCase())) {
        const roleWords = prefix[2]!.split(/\s+/u);
        // Keep only the title words next to the name: "chief executive" in "said chief executive Jane Smith".
        // "Policy Manager", a title in capitals, is one role; in lower case, only the role words by the name.
        let k = roleWords.every((w) => isCapitalised(w)) && prefix[1] ? 0 : roleWords.length - 1;
        while (
          k > 0 &&
          (isRoleWord(roleWords[k - 1]!) ||
            /^(?:senior|deputy|vice|assistant|associate|principal|lead|interim|acting|co)$/iu.test(roleWords[k - 1]!))
        )
          k--;
        // "Council leader Cllr X", "Marsh End councillor Y": a council post keeps the words that say whose.
        if (k > 0 && /^holder$/iu.test(roleWords[k]!) && /^portfolio$/iu.test(roleWords[k - 1]!)) k--;
        if (/^(?:councillor|leader)$/iu.test(roleWords[k]!)) {
          const whose = (w: string) =>
            /^(?:council|\p{Lu}\p{Ll}+)$/u.test(w) &&
            !SENTENCE_WORDS.has(w.toLowerCase()) &&
            !ARTICLES.has(w.toLowerCase());
          for (let n = 0; n < 3 && k > 0 && whose(roleWords[k - 1]!); n++) k--;
        }
        const role = roleWords.slice(k).join(" ");
        const roleStart = p.start + text.slice(p.start, nameStart).lastIndexOf(role, nameStart - p.start - 1);
        const person = signal(c, "role");
        const statement: RoleStatement = { person: person.key, role, evidence: { start: roleStart, end: c.end } };
        if (prefix[1] && k === 0) {
          const label = prefix[1].replace(/['’]s\s+$/u, "");
          const start = p.start + before.role!.index;
          statement.organisation = { start, end: start + label.length, key: nameKey(label), label };
          statement.evidence.start = start;
        } else if (!isCapitalised(role) || /^\p{Lu}{2,3}$/u.test(role)) {
          // (An abbreviated post, "Fenby Homes CEO Ann Frith", reads the same way.)
          // "Community Power England chief executive Rhys Abbott": the organisation's name, then the post in lower case.
          const organisation = nameBefore(text, p.start, roleStart, known);
          if (organisation) {
            statement.organisation = organisation;
            statement.evidence.start = organisation.start;
          }
        }
        roles.push(statement);
      } else if (c.joined) {
        // "Chief Executive of the Health Foundation Jane Smith": a role and organisation run into the name.
        const clause = clauseBefore(p, c.start);
        const parsed = parseRoleAnywhere(
          text,
          { start: clause.start, end: Math.max(clause.start, c.start - 1) },
          known,
        );
        if (parsed?.organisation) {
          const person = signal(c, "role");
          roles.push(roleStatement(person.key, parsed, { start: parsed.span.start, end: c.end }));
        }
      }
    }
    // A post in a sentence of its own, representation and more appositions: read where nothing above tied the name.
    // "Name, the Trust’s director" waits for the Trust named before; "Org's Name, the firm's MD" is that Org's (below).
    const pendingAt = possessed.filter((k) => k >= rolesAfterParty);
    const generic = pendingAt.length > 0 && pendingAt.every((k) => /^\p{Ll}/u.test(possessedBy.get(k) ?? ""));
    if ((pendingAt.length === 0 || generic) && !roles.slice(rolesAfterParty).some((r) => r.organisation)) {
      const sentence = sentencesInOrder.at(nameStart, (s) => s.start <= nameStart && nameStart < s.end);
      const sentenceStart = Math.max(p.start, sentence?.start ?? p.start);
      const tied = ownSentencePost(text, c.end + post, p.end, known, (from, comma) => postAt(c, from, comma, false));
      const ties = tied.length ? tied : representedBy(text, sentenceStart, nameStart, c.end + post, p.end, known);
      if (generic && !(ties.length === 1 && !tied.length && ties[0]!.statement.organisation)) ties.length = 0;
      if (generic && ties.length) {
        // "Pennine Engineering's Ruth Kellaway, the firm's MD": the post "the firm's" gave, at the organisation.
        const waiting = roles[pendingAt[0]!]!;
        ties[0]!.statement = { ...ties[0]!.statement, role: waiting.role };
        ties[0]!.statement.evidence = { start: ties[0]!.statement.evidence.start, end: waiting.evidence.end };
        possessed.splice(possessed.indexOf(pendingAt[0]!), pendingAt.length);
      }
      // A post read without its organisation ("Lisa Crane, its policy lead") gives way to the tie read here.
      if (ties.length) roles.length = rolesAfterParty;
      for (const tie of ties) {
        const person = signal(c, "role");
        if (tie.head) {
          possessedBy.set(roles.length, tie.head);
          possessed.push(roles.length);
        }
        roles.push({ ...tie.statement, person: person.key });
      }
    }
    if (speakerLabels.covers(c)) signal(c, "speech");
    if (lists.covers(c)) signal(c, "listed");
    // "Members present: A (Chair); B; Dr C; …", "Witnesses: A, B and C.": a list of people, transcript or not.
    if (PEOPLE_LIST.test(text.slice(p.start, Math.min(p.end, p.start + 40)))) signal(c, "listed");
    if (new RegExp(`^\\s+(?:(?:has|had|also|then|later|further)\\s+)?(?:${SPEECH_VERBS})\\b`, "u").test(after)) {
      signal(c, "speech");
    }
    if (before.speech) signal(c, "speech");
    // "These are the words of Sir Michael X", "we heard from Y MP about …": words the text gives that person.
    if (WORDS_OF.test(text.slice(Math.max(p.start, nameStart - 30), nameStart))) signal(c, "speech");
    // A byline of its own: "Laura Sharman 07 August 2014", "By Jo Bell".
    // Not in a transcript, which has no byline: there a line of two capitalised words is a heading ("Subordinate
    // Legislation").
    if (
      !options.lists &&
      BYLINE.test(text.slice(p.start, nameStart)) &&
      BYLINE_END.test(text.slice(c.end + post, p.end))
    ) {
      signal(c, "listed");
    }
    if (before.chair) signal(c, "chair");
    if (new RegExp(`^,?\\s+(?:who\\s+)?(?:${CHAIR_VERBS})\\b`, "u").test(after)) signal(c, "chair");
    if (/^,?\s+(?:was\s+|sat\s+)?in\s+the\s+chair\b/iu.test(after)) signal(c, "chair");
    if (known.byName("person", c.label)) signal(c, "known");
    if (nlpPeople.covers(c)) signal(c, "nlp");
    for (let k = rolesBefore; k < roles.length; k++) statedRoles.add(roles[k]!.evidence);
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
    const words = person.label.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/u, "")));
    if (words.length === 0) continue;
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
  // A name that a role statement reads as an organisation ("Chief Executive, Libraries Together") is no person's,
  // unless something else in the text shows it is one (a role of their own, speech, chairing).
  const organisationNames = new SpanSet(roles.flatMap((r) => (r.organisation ? [r.organisation] : [])));
  const elsewhere = new Set<string>();
  for (const m of mentions) if (!organisationNames.covers(m)) elsewhere.add(m.person);
  // A name the text gives an organisation with a post ("managing director at Harbour Buses") is that organisation's
  // wherever it stands ("Harbour Buses said"), unless a post or the chair is the name's own.
  const organisationKeys = new Set(roles.flatMap((r) => (r.organisation ? [personKey(r.organisation.label)] : [])));
  for (const person of [...people.values()]) {
    const weak = [...person.signals].every((x) => x === "nlp" || x === "known" || x === "listed");
    const organisation =
      organisationKeys.has(person.key) && !person.signals.has("role") && !person.signals.has("chair");
    if ((weak && !elsewhere.has(person.key)) || organisation) people.delete(person.key);
  }
  const kept = mentions.filter((m) => people.has(m.person)).sort((a, b) => a.start - b.start || a.end - b.end);

  // "She joined Org in 2019 as its chief economist", "He has run Org since 2015", "Ellerby is director of X at Org": a
  // post in a sentence of its own whose subject is a pronoun, for the one person the sentences before it name, or a
  // person's surname alone.
  const keptInOrder = new SpansInOrder(kept);
  for (const sentence of sentences) {
    const lead = /^[\s"“‘]*/u.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)))![0].length;
    const pronoun = /^(?:He|She)\s/u.exec(text.slice(sentence.start + lead, sentence.start + lead + 4));
    const short = pronoun
      ? undefined
      : keptInOrder.startingIn(sentence.start + lead, sentence.start + lead + 1).find((m) => m.how === "short");
    // "Marten works for …": a surname opening a sentence, one person's, that no mention has taken yet.
    const word =
      pronoun || short
        ? undefined
        : /^\p{Lu}[\p{L}’'-]+(?=\s)/u.exec(text.slice(sentence.start + lead, sentence.end))?.[0];
    const owners = word && !SENTENCE_WORDS.has(word.toLowerCase()) ? shortNames.get(word) : undefined;
    const named =
      owners?.size === 1 && people.has([...owners][0]!)
        ? { start: sentence.start + lead, end: sentence.start + lead + word!.length, person: [...owners][0]! }
        : undefined;
    const subject = short ?? named;
    if (!pronoun && !subject) continue;
    const at = subject ? subject.end : sentence.start + lead + pronoun![0].length - 1;
    const p = paragraphOf(sentence.start);
    const c = { start: sentence.start, end: at, key: "", label: "" };
    const ties = ownSentencePost(text, at, p.end, known, (from, comma) => postAt(c, from, comma, false)).filter(
      (t) => t.statement.organisation,
    );
    // "He has been on secondment from his regular position as chief executive of Org": the post the person holds.
    const position = POSITION_AS.exec(text.slice(at, sentence.end));
    if (ties.length === 0 && position) {
      const statement = postAt(c, at + position.index + position[0].length, false, false);
      if (statement?.organisation) ties.push({ statement });
    }
    if (ties.length === 0) continue;
    let person = subject?.person;
    if (!person) {
      // The person: the last one named before, with no other person named in that person's sentence.
      const before = keptInOrder.startingIn(sentence.start - 400, sentence.start);
      const last = before.at(-1);
      if (!last) continue;
      const lastSentence = sentencesInOrder.at(last.start, (s) => s.start <= last.start && last.start < s.end);
      const others = before.filter((m) => m.person !== last.person && (!lastSentence || m.start >= lastSentence.start));
      if (others.length > 0) continue;
      person = last.person;
    }
    for (const tie of ties) {
      roles.push({
        ...tie.statement,
        person,
        evidence: { start: subject?.start ?? sentence.start, end: tie.statement.evidence.end },
      });
    }
  }
  // "Fiona Hale admits … / But according to the strategy director at Norfolk CC, …", "Shelter’s chief executive has
  // called for … / Speaking at X, Polly Neate said": a post with no name in its sentence is the one person named in the
  // sentences next to it (before it, or after it when the text names nobody before).
  const mentionsInOrder = new SpansInOrder(kept);
  const sentenceList = [...sentences].sort((a, b) => a.start - b.start);
  const namedIn = (x: Span) => new Set(mentionsInOrder.startingIn(x.start, x.end).map((m) => m.person));
  sentenceList.forEach((sentence, k) => {
    if (namedIn(sentence).size > 0) return;
    const description = describedPost(text, sentence, known);
    if (!description) return;
    const p = paragraphOf(sentence.start);
    const firstNamed = kept[0]?.start ?? Infinity;
    const step = firstNamed > sentence.start ? 1 : -1;
    for (let j = k + step; j >= 0 && j < sentenceList.length; j += step) {
      const other = sentenceList[j]!;
      const q = paragraphOf(other.start);
      // The sentence next to it that names someone, in its paragraph or the one next to it.
      if (Math.abs(paragraphs.indexOf(q) - paragraphs.indexOf(p)) > 1) return;
      if (namedIn(other).size === 0) continue;
      // Everyone named from the start of that sentence's paragraph (after the post: to its end) to the post.
      const people = namedIn(step < 0 ? { start: q.start, end: sentence.start } : { start: sentence.end, end: q.end });
      if (people.size > 1) return;
      const person = [...people][0]!;
      // Not a person the text ties to another organisation.
      const label = description.organisation!.label.toLowerCase();
      if (roles.some((r) => r.person === person && r.organisation && r.organisation.label.toLowerCase() !== label))
        return;
      roles.push({ ...description, person });
      return;
    }
  });
  // "Head of the Directorate", "director of the Trust": a word that heads organisations' names, alone, refers back to
  // the organisation named before whose name ends in it (found below), and is none of its own.
  roles.forEach((r, k) => {
    const label = r.organisation?.label;
    if (!label || /\s/u.test(label) || !ORGANISATION_WORDS.has(label.toLowerCase())) return;
    if (known.byName("organisation", label) || acronyms.has(label)) return;
    delete r.organisation;
    possessedBy.set(k, label);
    possessed.push(k);
  });
  for (const r of roles) {
    const full = r.organisation && acronyms.get(r.organisation.label);
    if (full) r.organisation = { ...r.organisation!, label: full, key: nameKey(full) };
  }
  const organisations = organisationsIn(text, paragraphs, roles, kept, known, acronyms);
  if (possessed.length > 0) {
    const spans = [...organisations.values()]
      .flatMap((o) => o.spans.map((span) => ({ ...span, organisation: o })))
      .sort((a, b) => a.start - b.start);
    const inOrder = new SpansInOrder(spans);
    for (const k of possessed) {
      const statement = roles[k]!;
      const head = possessedBy.get(k)?.toLowerCase();
      const named = head
        ? spans.findLast(
            (x) =>
              x.end <= statement.evidence.start && x.organisation.label.toLowerCase().split(/\s+/u).at(-1) === head,
          )
        : inOrder.lastEndingBy(statement.evidence.start);
      if (!named || statement.evidence.start - named.end > (head ? 2000 : 200)) continue;
      const { label } = named.organisation;
      statement.organisation = { start: named.start, end: named.end, key: nameKey(label), label };
    }
  }
  // "Witnesses: Mr A, Chief Executive, and Ms B, Head of Safety, Network Rail, examined.": older Commons pages give
  // the organisation once, after the last of its people; a post with none before ", and" the next one's is at its
  // organisation too.
  const byStart = [...roles].sort((a, b) => a.evidence.start - b.evidence.start);
  for (let k = byStart.length - 2; k >= 0; k--) {
    const r = byStart[k]!;
    const next = byStart[k + 1]!;
    if (r.organisation || r.role === "" || !next.organisation || next.role === "") continue;
    if (next.organisation.end !== next.evidence.end) continue;
    const gap = text.slice(r.evidence.end, next.evidence.start);
    if (!/^,?\s+and\s+(?:[\p{L}.]+\s+){0,3}$/u.test(gap)) continue;
    if (!PEOPLE_LIST.test(text.slice(paragraphOf(r.evidence.start).start, r.evidence.start))) continue;
    r.organisation = { ...next.organisation };
  }
  // Local news: the council named once, then "Council leader Cllr X", "Blacon councillor Y", "Portfolio holder Cllr Z":
  // a council post with no organisation is at the one council the text names (none where it names two).
  const councils = [...organisations.values()].filter((o) => COUNCIL_NAME.test(o.label));
  if (councils.length === 1) {
    const council = councils[0]!;
    const span = council.spans[0]!;
    for (const r of roles) {
      if (r.organisation || !COUNCIL_POST.test(r.role)) continue;
      r.organisation = { start: span.start, end: span.end, key: nameKey(council.label), label: council.label };
    }
  }
  return { people, mentions: kept, roles, organisations };
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
    if (!r.organisation || r.role === "") continue;
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
    if (!r.organisation || r.role === "") continue;
    for (const span of patterns.get(sourceOf(r))!.matches) {
      if (statements.overlaps(span)) continue;
      // "the statements he made to the managing director at X": the object of another's words, not a speaker. ("according
      // to the director of X" names the speaker.)
      const before = text.slice(Math.max(0, span.start - 16), span.start);
      if (
        /\b(?:to|with|from|by|for|at|on|about|against|of)\s+$/iu.test(before) &&
        !/according\s+to\s+$/iu.test(before)
      ) {
        continue;
      }
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

/**
 * "Prior to this, managing director at Stagecoach East, Darren Roe": a post in lower case that is the whole clause
 * before a name's comma, with its organisation.
 */
function lowerRoleAt(text: string, clause: Span, known: KnownEntities): ParsedRole | undefined {
  // The post starts at its first role word, with the words that make it more precise and an article before it ("We
  // have the chief executive of X": "the chief executive").
  const ts = tokens(text, clause);
  let k = ts.findIndex((t) => isRoleWord(t.word));
  if (k === -1) return undefined;
  while (k > 0 && ROLE_MODIFIERS.test(ts[k - 1]!.word)) k--;
  if (k > 0 && ARTICLES.has(ts[k - 1]!.word.toLowerCase())) k--;
  const parsed = parseRole(text, { start: ts[k]!.start, end: clause.end }, known);
  return parsed?.organisation && parsed.span.end >= clause.end - 1 ? parsed : undefined;
}

/** "Org's Role of Department" right before a name's comma ("Bramford Council's Head of Libraries, Name"): the role is all
 * that follows the possessive, "of Libraries" included, and the organisation the capitalised name before it. */
const POSSESSIVE_ROLE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}-]*)['’]s\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}-]*){0,5}|(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;

function possessiveRole(text: string, clause: Span): ParsedRole | undefined {
  const passage = text.slice(clause.start, clause.end);
  const m = POSSESSIVE_ROLE.exec(passage);
  // "The Society's president": the article is no part of the name.
  if (m && /^the\s/iu.test(m[1]!)) {
    const article = /^the\s+/iu.exec(m[1]!)![0].length;
    m.index += article;
    m[0] = m[0].slice(article);
    m[1] = m[1]!.slice(article);
  }
  if (!m || !m[2]!.split(/\s+/u).some(isRoleWord) || !/\s/u.test(m[1]!)) return undefined;
  // In lower case, the post ends in its role word: "the Society's president", not "the Society's president said".
  if (/^\p{Ll}/u.test(m[2]!) && !isRoleWord(m[2]!.split(/\s+/u).at(-1)!)) return undefined;
  const start = clause.start + m.index;
  const label = m[1]!;
  const roleStart = start + m[0].indexOf(m[2]!, label.length);
  return {
    role: m[2]!,
    span: { start, end: roleStart + m[2]!.length },
    organisation: { start, end: start + label.length, key: nameKey(label), label },
  } as ParsedRole;
}

/** "the Trust's director" right before a name's comma: [head word, role, start], the organisation named before. */
function theOrgs(text: string, clause: Span): [string, string, number] | undefined {
  const passage = text.slice(clause.start, clause.end);
  const m = /(?:^|\s)the\s+(\p{Lu}\p{Ll}+)['’]s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*$/iu.exec(passage);
  if (!m || !isRoleWord(m[2]!.split(/\s+/u).at(-1)!)) return undefined;
  return [m[1]!, m[2]!, clause.start + m.index + m[0].indexOf(m[1]!) - 4];
}

/** "shadow executive member for transport, Cllr X": a council post with no organisation, the whole clause. */
function councilPost(text: string, clause: Span): ParsedRole | undefined {
  const passage = text.slice(clause.start, clause.end);
  const role = passage.trim();
  if (!COUNCIL_POST.test(role)) return undefined;
  const start = clause.start + passage.indexOf(role);
  return { role, span: { start, end: start + role.length } };
}

function roleStatement(person: string, parsed: ParsedRole, evidence: Span): RoleStatement {
  const statement: RoleStatement = { person, role: parsed.role, evidence };
  if (parsed.organisation) statement.organisation = parsed.organisation;
  return statement;
}

/** Words joining an organisation's name: "and", "&", "of", "for", and "on" after an organisation word ("Commission on …"). */
function joinsOrganisation(word: string, before: Token[]): boolean {
  const w = word.toLowerCase();
  if (w === "on" || w === "upon") {
    return ORGANISATION_WORDS.has(
      before
        .at(-1)!
        .word.toLowerCase()
        .replace(/[^\p{L}]/gu, ""),
    );
  }
  return w === "and" || w === "&" || w === "of" || w === "for";
}

const ORG_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?${CAP_TOKEN}(?:\\s+(?:(?:and|of|for|&)\\s+)?(?:${CAP_TOKEN}|&|\\p{Lu}{2,}s?))*`,
  "gu",
);

/**
 * Acronyms a text defines for organisations: "the Association of Directors of Adult Social Services (ADASS)", the
 * acronym's letters the initials of the name's capitalised words, in order. Acronym → the name as written.
 */
function acronymsIn(text: string, known: KnownEntities): Map<string, string> {
  const out = new Map<string, string>();
  const pattern =
    /(\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*\p{Lu}[\p{L}’'&-]*)+)\s+\((\p{Lu}{2,8})\)/gu;
  for (const m of text.matchAll(pattern)) {
    const acronym = m[2]!;
    const words = m[1]!.split(/\s+/u);
    // The shortest tail of the name whose capitalised words' initials spell the acronym (small words may be left out).
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from);
      const initials = tail
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
      if (initials.length < acronym.length || !/^\p{Lu}/u.test(tail[0]!)) continue;
      if (initials.length > acronym.length + 2) break;
      if (initials === acronym || spells(acronym, tail)) {
        const label = tail.join(" ").replace(/^(?:The)\s+/u, "");
        if (looksLikeOrganisation(label, known) || label.split(/\s+/u).length >= 3) out.set(acronym, label);
        break;
      }
    }
  }
  // "the Harbury Trades Union … works for the HTU": an acronym the text never defines is the one organisation it names
  // in full whose capitalised words' initials spell it (three letters at least; none where two names would).
  const byInitials = new Map<string, Set<string>>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*\p{Lu}[\p{L}’'&-]*)+/gu)) {
    const label = m[0].replace(/^(?:The)\s+/u, "");
    const words = label.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 3 || !looksLikeOrganisation(label, known)) continue;
    const initials = words.map((w) => w[0]).join("");
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(label));
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{3,6})(?![\p{L}\p{N}])/gu)) {
    const acronym = m[1]!;
    const labels = byInitials.get(acronym);
    if (out.has(acronym) || !labels || labels.size !== 1 || known.byName("organisation", acronym)) continue;
    out.set(acronym, [...labels][0]!);
  }
  return out;
}

/** Whether the acronym's letters are the initials of the capitalised words, in order, each word giving one or none. */
function spells(acronym: string, words: string[]): boolean {
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  let k = 0;
  for (const i of initials) if (k < acronym.length && i === acronym[k]) k++;
  return k === acronym.length && initials[0] === acronym[0];
}

/** Organisations: those in role statements, those the corpus knows by name, and capitalised names ending in Council, Trust, … */
function organisationsIn(
  text: string,
  paragraphs: Paragraph[],
  roles: RoleStatement[],
  mentions: Mention[],
  known: KnownEntities,
  acronyms: Map<string, string> = new Map(),
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
  // The post of each role statement: from its start to its organisation (or its end).
  const posts = new SpanSet(
    roles.map((r) => ({
      start: r.evidence.start,
      end: r.organisation && r.organisation.start > r.evidence.start ? r.organisation.start : r.evidence.end,
    })),
  );
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(ORG_RUN)) {
      const at = p.start + m.index;
      if (added.overlaps({ start: at, end: at + 1 })) continue; // inside a name read whole already
      // The name read on from the run's start: through "of"/"for"/"on" after an organisation word, a possessive it
      // holds ("The King's Fund"), a list of fields ("Department for Culture, Media and Sport"), "county council".
      const ts = tokens(text, { start: at, end: Math.min(p.end, at + 200) });
      const the = ts[0]?.word === "the" ? 1 : 0;
      let words = ts
        .slice(the, readName(text, ts, the, joinsOrganisation).to)
        .map((t) => ({ word: t.word, at: t.start - p.start }));
      const cut = words.findIndex((w, k) => /['’]s$/u.test(w.word) && !possessiveInName(ts, k + 1));
      if (cut !== -1) words = words.slice(0, cut + 1);
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      while (words.length && CONNECTORS.has(words.at(-1)!.word.toLowerCase())) words = words.slice(0, -1);
      const head = words.findIndex((w) =>
        ORGANISATION_WORDS.has(w.word.toLowerCase().replace(/['’]s?[,;:.)]*$|[,;:.)]+$/u, "")),
      );
      if (head === -1 || words.length < 2) continue;
      // "HOUSE OF COMMONS MINUTES OF EVIDENCE", "COMMITTEE MEMBERS": a heading in capitals, not a name.
      const capitals = words.filter((w) => /^\p{Lu}{3,}$/u.test(w.word.replace(/[,;:.)]+$/u, ""))).length;
      if (capitals > 2 || (capitals >= 2 && capitals === words.length)) continue;
      // "Senior Executive", "Chief Executive": a post, not the Health and Safety Executive; "Minister for the Cabinet
      // Office": a post, then the organisation (read from its own start).
      if (words.every((w) => isRoleWord(w.word) || ROLE_MODIFIERS.test(w.word))) continue;
      const joint = words.findIndex((w) => /^(?:of|for)$/iu.test(w.word));
      const lead = joint === -1 ? [] : words.slice(0, joint);
      if (lead.some((w) => isRoleWord(w.word)) && !lead.some((w) => ORGANISATION_WORDS.has(w.word.toLowerCase()))) {
        continue;
      }
      const start = p.start + words[0]!.at;
      const last = words.at(-1)!;
      let end = p.start + last.at + last.word.length;
      while (end > start && /[,;:.)]/u.test(text[end - 1]!)) end--;
      if (/['’]s$/u.test(text.slice(start, end))) end -= 2;
      const span = { start, end };
      if (named.overlaps(span) || before.overlaps(span) || added.overlaps(span)) continue;
      // Inside a post ("Senior Health Network Strategy Executive at X"): part of the role, not an organisation.
      if (posts.covers(span)) continue;
      const count = spans.length;
      add(text.slice(start, end), span);
      if (spans.length > count) added.add(span);
    }
  }
  for (const [acronym, full] of acronyms) {
    const entry = found.get(known.byName("organisation", full)?.id ?? nameKey(full));
    if (entry) entry.aliases = [...new Set([...(entry.aliases ?? []), acronym])];
  }
  // Each acronym, wherever it stands on its own, is its organisation.
  if (acronyms.size > 0) {
    const positions = wordPositions(text, [...acronyms.keys()]);
    for (const [acronym, full] of acronyms) {
      for (const at of positions(acronym)) {
        const span = { start: at, end: at + acronym.length };
        if (named.overlaps(span) || before.overlaps(span) || added.overlaps(span)) continue;
        add(full, span);
      }
    }
  }
  return found;
}
