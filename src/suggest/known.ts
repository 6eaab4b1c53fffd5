// The entities a corpus already knows (registry, accepted and suggested entities of annotation files), found by name
// in a text. Matching follows how names are written: people by their exact capitalisation (never "little" for
// Little), one-word names exactly (NHS, Bury), longer names and themes in any case, with a plural on the last word.
import type { Entity } from "../model/corpus.js";
import { COMMON_TITLES, TITLE_WORDS } from "../model/name-words.js";
import type { NodeType } from "../model/schema.js";
import { CoveredText } from "./spans.js";
import { escapeRegExp, foldName, type Span } from "./text.js";
import { dayOf } from "./occasions.js";
import { ORGANISATION_WORDS } from "./words.js";

export interface KnownEntity {
  id: string;
  type: NodeType;
  label: string;
  aliases: string[];
  text?: string;
  /** A registry person's `distinctFrom`: people spelt alike who are someone else, by id. */
  distinctFrom?: string[];
}

/** What the corpus says of a known session: the bodies that held it and the days (YYYY-MM-DD) it was held on. */
export interface SessionFacts {
  organisers: Set<string>;
  days: Set<string>;
}

export interface NameMatch extends Span {
  id: string;
  type: NodeType;
}

/**
 * Titles a person's key drops (src/model/name-words.ts's, with "Rt Hon" whole and "Baron"): not the plural ones, which
 * list several people ("Councillors Dee Mount, …"), not a title of one.
 */
const TITLES = [
  "the rt hon",
  "rt hon",
  ...[...TITLE_WORDS, ...COMMON_TITLES].filter((t) => t !== "cllrs" && t !== "councillors"),
  "baron",
];
const TITLE = new RegExp(`^(?:(?:${TITLES.join("|")})\\.?\\s+)+`, "u");

/** A person's name without honorifics: "Cllr Jane Smith MP" → "jane smith". */
export function personKey(name: string): string {
  return foldName(name)
    .replace(
      /^the\s+(?=(?:lord|lady|duke|duchess|earl|countess|marquess|viscount|baroness|baron|bishop|archbishop)\b)/u,
      "",
    )
    .replace(TITLE, "")
    .replace(/\s+(?:mp|msp|ms|mla|obe|mbe|cbe|frcp)$/u, "")
    .trim();
}

/** An organisation's or theme's name without a leading article. */
export function nameKey(name: string): string {
  return foldName(name).replace(/^the\s+/u, "");
}

/**
 * A name's pattern, as its source and whether it ignores case: most names of a registry are never written in a given text, and making a
 * RegExp of one (its letter classes, in any case) costs more than reading a text with it, so it is made only for a text
 * that holds the name's letters (`letters`), once for the process.
 */
interface NamePattern {
  source: string;
  ignoreCase: boolean;
  letters: string[];
}

/** Each name's pattern, made once for the process: the sources of an evaluation meet mostly the same names. */
const NAME_PATTERNS = new Map<string, NamePattern | undefined>();
/** Each pattern's RegExp, made once for the process; only ever read with `matchAll`, which leaves it as it is. */
const REGEXPS = new Map<string, RegExp>();

/** The pattern for one name: spaces and hyphens interchangeable, curly and straight apostrophes alike. */
function namePattern(name: string, type: NodeType, isLabel = false): NamePattern | undefined {
  const key = `${type} ${isLabel} ${name}`;
  if (!NAME_PATTERNS.has(key)) {
    const made = makeNamePattern(name, type, isLabel);
    NAME_PATTERNS.set(key, made && { ...made, letters: nameLetters(name, type, made.ignoreCase) });
  }
  return NAME_PATTERNS.get(key);
}

function regExpOf(pattern: NamePattern): RegExp {
  const flags = pattern.ignoreCase ? "giu" : "gu";
  const key = `${flags} ${pattern.source}`;
  let made = REGEXPS.get(key);
  if (!made) {
    made = new RegExp(pattern.source, flags);
    REGEXPS.set(key, made);
  }
  return made;
}

function makeNamePattern(
  name: string,
  type: NodeType,
  isLabel: boolean,
): { source: string; ignoreCase: boolean } | undefined {
  const words = name
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const body = words.map((w) => escapeRegExp(w).replace(/['’]/gu, "['’]")).join("[\\s-]+");
  const oneWord = words.length === 1;
  const hasInnerCapital = /\p{Lu}/u.test(name.slice(1));
  const exactCase = type === "person" || (type !== "theme" && oneWord) || (type === "theme" && hasInnerCapital);
  // Plurals: themes and lower-case names take -s/-es on the last word ("inequality" finds "inequalities").
  let tail = "";
  if (type === "theme" && !hasInnerCapital) tail = /y$/u.test(words.at(-1)!) ? "" : "(?:s|es)?";
  let pattern = body + tail;
  if (type === "theme" && !hasInnerCapital && /y$/u.test(words.at(-1)!)) pattern = `${body.slice(0, -1)}(?:y|ies)`;
  // And a label's singular ("Market towns" finds "market town", "Bus subsidies" "bus subsidy"): one theme in either
  // number. Not an alias's: aliases are matched as the texts write them ("care workers" is not "a care worker").
  else if (type === "theme" && isLabel && !hasInnerCapital && /[^aeiouy]ies$/u.test(words.at(-1)!))
    pattern = `${body.slice(0, -3)}(?:y|ies)`;
  else if (type === "theme" && isLabel && !hasInnerCapital && /[^aeiousy]s$/u.test(words.at(-1)!))
    pattern = `${body.slice(0, -1)}(?:s|es)?`;
  return { source: `(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, ignoreCase: !exactCase };
}

/**
 * Letters a text must hold for a name's pattern to match in it, to skip the patterns of names a text never writes
 * (most of a registry's, in most texts): each run of ASCII letters and digits in the name's words, in lower case when
 * the pattern ignores case. A theme's last word may lose its last three letters ("inequality" → "inequalities"), so
 * they are left out.
 */
function nameLetters(name: string, type: NodeType, ignoreCase: boolean): string[] {
  const words = name
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (type === "theme" && words.length > 0) words.push(words.pop()!.slice(0, -3));
  const runs = words.flatMap((w) => w.match(/[A-Za-z0-9]+/gu) ?? []);
  return ignoreCase ? runs.map((r) => r.toLowerCase()) : runs;
}

/**
 * A text as `nameLetters` are looked for in it when case is ignored: in lower case, with the long s, which a pattern
 * that ignores case reads as "s", as "s" (the Kelvin sign, read as "k", is "k" in lower case already).
 */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/ſ/gu, "s");
}

/**
 * What `find` has learnt of a text, kept for the last texts searched: whether it holds a run of letters, and where a
 * name's pattern matches in it. A draft looks for names in its text several times (people, organisations, themes), and
 * an evaluation in the same texts once per registry mode, mostly with the same names: searching the whole text for
 * each name again was most of the time `find` took.
 */
interface TextMemo {
  holds: Map<string, boolean>;
  matches: Map<RegExp, Span[]>;
}

const MEMOS = new Map<string, TextMemo>();
const MEMO_TEXTS = 64;

function memoOf(text: string): TextMemo {
  let memo = MEMOS.get(text);
  if (!memo) {
    if (MEMOS.size >= MEMO_TEXTS) MEMOS.delete(MEMOS.keys().next().value!);
    MEMOS.set(text, (memo = { holds: new Map(), matches: new Map() }));
  }
  return memo;
}

/** Whether `text` holds `letters`, asked of a text through its memo. */
function holdsIn(text: string): (letters: string) => boolean {
  const { holds } = memoOf(text);
  return (letters) => {
    let held = holds.get(letters);
    if (held === undefined) holds.set(letters, (held = text.includes(letters)));
    return held;
  };
}

/** Where a name's pattern matches in `text`, in order. */
function matchesIn(text: string, pattern: RegExp): Span[] {
  const { matches } = memoOf(text);
  let found = matches.get(pattern);
  if (!found) {
    found = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    matches.set(pattern, found);
  }
  return found;
}

/** The word that says what kind of body an organisation is, wherever the name puts it. */
const HEAD_WORDS = new Set([
  "university",
  "institute",
  "centre",
  "center",
  "college",
  "foundation",
  "trust",
  "society",
  "association",
  "school",
  "academy",
  "observatory",
  "commission",
  "network",
  "alliance",
]);
/** Words a shorter spelling drops: "Institute for Rural Transport Policy" is "the Rural Transport Institute". */
const FIELD_WORDS = new Set(["policy", "studies", "research", "the", "of", "for", "and", "&", "on", "in"]);

/**
 * An organisation's name reduced to what survives rewording: its one head word, then its other words in order of
 * the alphabet ("University of Tressington" and "Tressington University" → "university tressington"). Undefined for a
 * name without exactly one head word, or with nothing else.
 */
export function organisationVariantKey(name: string): string | undefined {
  const words = nameKey(name)
    .replace(/['’]s\b/gu, "")
    .split(/\s+/u);
  const heads = words.filter((w) => HEAD_WORDS.has(w));
  const rest = words.filter((w) => !HEAD_WORDS.has(w) && !FIELD_WORDS.has(w)).sort();
  if (heads.length !== 1 || rest.length === 0) return undefined;
  return [heads[0], ...rest].join(" ");
}

/**
 * An alias that only refers back to a name given before: "the council", "the city council", "the Trust", "the
 * charity" (an article, then words in lower case or head words of organisations' names).
 */
function isBackReference(alias: string): boolean {
  const words = alias.split(/\s+/u);
  if (words.length < 2 || words[0]!.toLowerCase() !== "the") return false;
  return words.slice(1).every((w) => /^\p{Ll}/u.test(w) || ORGANISATION_WORDS.has(w.toLowerCase()));
}

export class KnownEntities {
  readonly byId = new Map<string, KnownEntity>();
  private readonly patterns: {
    id: string;
    type: NodeType;
    pattern: NamePattern;
    backReference: boolean;
  }[] = [];
  private readonly keys = new Map<string, string[]>();
  private readonly variants = new Map<string, Set<string>>();
  /** Each known session's organisers and days, from the corpus's claims (`addSessionFacts`) and its own names. */
  private readonly sessionFacts = new Map<string, SessionFacts>();

  constructor(entities: Iterable<KnownEntity>) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const name of new Set([entity.label, ...entity.aliases])) {
        const pattern = namePattern(name, entity.type, name === entity.label);
        if (pattern) {
          const backReference = name !== entity.label && isBackReference(name);
          this.patterns.push({ id: entity.id, type: entity.type, pattern, backReference });
        }
        const key = `${entity.type} ${entity.type === "person" ? personKey(name) : nameKey(name)}`;
        this.keys.set(key, [...new Set([...(this.keys.get(key) ?? []), entity.id])]);
        const variant = entity.type === "organisation" ? organisationVariantKey(name) : undefined;
        if (variant) this.variants.set(variant, (this.variants.get(variant) ?? new Set()).add(entity.id));
      }
    }
  }

  static fromCorpus(entities: Iterable<Entity>): KnownEntities {
    const known: KnownEntity[] = [];
    for (const e of entities) {
      if (e.type === "source") continue;
      const entity: KnownEntity = { id: e.id, type: e.type, label: e.label, aliases: e.aliases };
      if (e.text !== undefined) entity.text = e.text;
      if (e.distinctFrom !== undefined) entity.distinctFrom = e.distinctFrom;
      known.push(entity);
    }
    return new KnownEntities(known);
  }

  /** The entity of this type with this name (label or alias), when exactly one has it. */
  byName(type: NodeType, name: string): KnownEntity | undefined {
    const ids = this.keys.get(`${type} ${type === "person" ? personKey(name) : nameKey(name)}`);
    return ids?.length === 1 ? this.byId.get(ids[0]!) : undefined;
  }

  /**
   * The one known person whose name (label or alias, two words or more) ends with `surname` ("Parry-Jones" → Rhian
   * Parry-Jones), for a text that gives only a title and the surname ("Councillor Parry-Jones", "Dr Kerr").
   */
  bySurname(surname: string): KnownEntity | undefined {
    const key = personKey(surname);
    if (key === "") return undefined;
    const found = this.ofType("person").filter((e) =>
      [e.label, ...e.aliases].some((name) => {
        // The last word as written: "Carter" is not the surname of "Ann Bell-Carter".
        const words = name.trim().split(/\s+/u);
        return words.length >= 2 && personKey(words.at(-1)!) === key;
      }),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * The one known person whose surname (the last word, as in bySurname) is `surname` and whose given name is longer
   * than and begins with `initial` ("T. Feld", "Dr T Feld" → Tomas Feld), for a text that gives only the initial.
   */
  byInitialAndSurname(initial: string, surname: string): KnownEntity | undefined {
    const [letter, key] = [foldName(initial), personKey(surname)];
    if (!/^\p{L}$/u.test(letter) || key === "") return undefined;
    const found = this.ofType("person").filter((e) =>
      [e.label, ...e.aliases].some((name) => {
        const words = personKey(name).split(/\s+/u);
        return words.length >= 2 && words.at(-1) === key && words[0]!.length > 1 && words[0]!.startsWith(letter);
      }),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /** Whether a known person's surname is written with a hyphen as these words are without ("Parry Jones"). */
  hasHyphenedSurname(words: string[]): boolean {
    const hyphened = words.join("-");
    return this.ofType("person").some((e) => [e.label, ...e.aliases].some((name) => name.endsWith(` ${hyphened}`)));
  }

  /**
   * The organisation a name writes differently ("Tressington University" for "University of Tressington", "the Rural
   * Transport Institute" for "Institute for Rural Transport Policy"), when exactly one known organisation reads so.
   */
  byVariant(name: string): KnownEntity | undefined {
    const key = organisationVariantKey(name);
    const ids = key ? this.variants.get(key) : undefined;
    return ids?.size === 1 ? this.byId.get([...ids][0]!) : undefined;
  }

  /**
   * The known organisations a shorter name may write: those whose label or an alias ends with its words and has more
   * ("Transport Board", "the Board" → "Wexmoor Transport Board").
   */
  endingWith(name: string): KnownEntity[] {
    const tail = nameKey(name);
    if (tail === "") return [];
    const found: KnownEntity[] = [];
    for (const entity of this.ofType("organisation")) {
      const names = [entity.label, ...entity.aliases].map(nameKey);
      if (names.some((n) => n.length > tail.length && n.endsWith(` ${tail}`))) found.push(entity);
    }
    return found;
  }

  /** Records what an accepted claim says of a known session: a body that held it (`organised-by`), a day it was held. */
  addSessionFacts(session: string, facts: { organiser?: string; day?: string }): void {
    const known = this.factsOf(session);
    if (facts.organiser !== undefined) known.organisers.add(facts.organiser);
    if (facts.day !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(facts.day)) known.days.add(facts.day);
  }

  /**
   * A session's organisers and days: those the corpus's claims give, and those its label and aliases write ("Fenby
   * Transport Committee: Rural bus services, 12 March 2024": a known body the name opens with, a day it gives).
   */
  private factsOf(session: string): SessionFacts {
    let facts = this.sessionFacts.get(session);
    if (facts) return facts;
    facts = { organisers: new Set(), days: new Set() };
    this.sessionFacts.set(session, facts);
    const entity = this.byId.get(session);
    for (const name of entity ? [entity.label, ...entity.aliases] : []) {
      const day = dayOf(name);
      if (day) facts.days.add(day);
      const opening = this.find(name, ["organisation"]).find((m) => /^(?:the\s+)?$/iu.test(name.slice(0, m.start)));
      if (opening) facts.organisers.add(opening.id);
    }
    return facts;
  }

  /** The known sessions `organiser` held on `day` (YYYY-MM-DD), as far as the corpus says. */
  sessionsHeld(organiser: string, day: string): KnownEntity[] {
    return this.ofType("session").filter((s) => {
      const facts = this.factsOf(s.id);
      return facts.organisers.has(organiser) && facts.days.has(day);
    });
  }

  ofType(type: NodeType): KnownEntity[] {
    return [...this.byId.values()].filter((e) => e.type === type);
  }

  /**
   * Every place a name of an entity of these types occurs in `text`, longest first and without overlaps within a
   * type (so "NHS England" is not also "NHS"); a name two entities share is left out as ambiguous.
   */
  find(text: string, types: readonly NodeType[]): NameMatch[] {
    const found: NameMatch[] = [];
    let lower: ((letters: string) => boolean) | undefined;
    const exact = holdsIn(text);
    for (const type of types) {
      const candidates: (NameMatch & { backReference: boolean })[] = [];
      for (const { id, pattern, backReference } of this.patterns.filter((p) => p.type === type)) {
        const holds = pattern.ignoreCase ? (lower ??= holdsIn(lettersOf(text))) : exact;
        if (!pattern.letters.every(holds)) continue;
        for (const m of matchesIn(text, regExpOf(pattern)))
          candidates.push({ start: m.start, end: m.end, id, type, backReference });
      }
      // "the council", "the Trust": an alias that only refers back is that entity's only where the text names it too.
      const named = new Set(candidates.filter((c) => !c.backReference).map((c) => c.id));
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id));
      const taken: NameMatch[] = [];
      // The first name taken at each place, and the characters taken names cover (names are never empty).
      const takenAt = new Map<string, NameMatch>();
      const covered = new CoveredText(text.length);
      for (const candidate of candidates) {
        if (candidate.backReference && !named.has(candidate.id)) continue;
        const { backReference: _, ...c } = candidate;
        const same = takenAt.get(`${c.start} ${c.end}`);
        if (same && same.id !== c.id) {
          same.id = ""; // two entities, one name: ambiguous
          continue;
        }
        if (!covered.overlaps(c)) {
          taken.push(c);
          if (!takenAt.has(`${c.start} ${c.end}`)) takenAt.set(`${c.start} ${c.end}`, c);
          covered.add(c);
        }
      }
      for (const t of taken) if (t.id !== "") found.push(t);
    }
    return found.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  }
}
