// People's names as a text writes them: capitalised runs of words, titles, peerages and letters after a name
// ("Dr Jane Smith MP", "Baroness Green of Deddington", "MR ROBERT ASHBY"), and the short names that point to one person.
import nlp from "compromise";
import { COMMON_TITLES, HONORIFICS, SURNAME_PARTICLE, TITLE_WORDS } from "../model/name-words.js";
import { personKey } from "./known.js";
import { escapeRegExp, type Paragraph, type Span } from "./text.js";
import {
  GENERAL_POSTS,
  isRoleWord,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  SENTENCE_WORDS,
  SUBJECT_VERBS,
} from "./words.js";

// The titles and surname particles are src/model/name-words.ts's, shared with merge-entity; kept importable from here.
export { HONORIFICS, TITLE_WORDS };

export interface Mention extends Span {
  person: string;
  how: "name" | "short" | "role";
}

/**
 * Every mention of a one-word name standing alone, outside what is `taken`: not beside another capitalised word
 * ("Rosa Hale", "Dear Rosa"). For a person the text names by a given name only.
 */
export function mentionsStandingAlone(
  text: string,
  word: string,
  person: string,
  taken: { overlaps(span: Span): boolean },
): Mention[] {
  const alone = new RegExp(
    String.raw`(?<![\p{L}'’-])(?<!\p{Lu}[\p{L}'’.-]*[^\S\n]+)${escapeRegExp(word)}(?![\p{L}'’-])(?![^\S\n]+\p{Lu}\p{Ll})`,
    "gu",
  );
  const out: Mention[] = [];
  for (const n of text.matchAll(alone)) {
    const span = { start: n.index, end: n.index + word.length };
    if (!taken.overlaps(span)) out.push({ ...span, person, how: "name" });
  }
  return out;
}

/**
 * A capitalised word: "Fenby", "O’Hara", "McAllister", "Lloyd-Rees", and an Irish "O’" or a French "D’" written with
 * the rest in lower case ("O’hara", "D’arcy"), as some pages print them (never "O’s", a letter's plural).
 */
export const CAP_TOKEN =
  "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{Lu}[\\p{Ll}\\p{M}]+|(?<=(?<!\\p{L})[OD])['’]\\p{Ll}{3,})?(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*";
// "an"/"na" only after a Gaelic "Mac"/"Nic"/"Mhic" ("Kevin Mac an Bhaird"), where it is part of the surname.
// "ap" is the Welsh "son of" before a surname ("Emyr ap Tudur").
const PARTICLE = "(?:de|van|von|der|den|ter|bin|al|da|del|le|la|du|ap|(?<=\\b(?:Mac|Nic|Mhic)[ ])(?:an|na))";
/**
 * A word of a name: a capitalised word or initials written together ("J.R", "A.J", its last point read as a break),
 * but never the style "H.E." (His or Her Excellency), which is no part of the name after it.
 */
const NAME_TOKEN = `(?:(?!H\\.E\\.)(?:\\p{Lu}\\.){1,2}\\p{Lu}(?=\\.[ ])|${CAP_TOKEN})`;
/** A regnal number of two letters or more after a name: "Henry VIII", "Elizabeth II", "Louis XIV". */
const REGNAL = "(?:X{1,2}(?:IX|IV|V?I{0,3})|IX|IV|V?I{2,3}|VI)";
const REGNAL_WORD = new RegExp(`^${REGNAL}$`, "u");
/** A post's word, "for" or "of", a field in capitals, then "and": "Vice Principal for Research and ". */
const FIELD_AND_BEFORE = /(?:^|[^\p{L}])([\p{L}-]+)\s+(?:for|of)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and|&)\s+$/u;
/** A generation's mark after a name: "Jr.", "Sr", "Jnr". */
const GENERATION = /^(?:Jr|Sr|Jnr|Snr)\.?,?$/u;
/** A run of name words; it never starts or ends inside initials written together ("H.E", "U.N."). */
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{L}\\.)${NAME_TOKEN}(?:\\.?[ ](?:${PARTICLE}[ ]){0,2}(?:${REGNAL}(?![\\p{L}\\p{N}])|${NAME_TOKEN}))*(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  "gu",
);
/** Titles of peers, known by title and surname ("Lord Brown", "Baroness Green of Deddington"). */
const PEERAGES = new Set(["lord", "baroness", "lady", "viscount", "earl", "countess"]);
/** Titles said with a surname alone ("Dr Grey", "Professor Lopes") or, Sir and Dame, a first name. */
const SHORT_TITLES = new Set([...TITLE_WORDS, ...COMMON_TITLES].filter((t) => !PEERAGES.has(t)));
/** Letters after a name: not part of it ("Jane Smith MP", "Sir Alan Grey FRS"). */
const POSTNOMINALS = new Set([
  "MP",
  "MSP",
  "MLA",
  "AM",
  "AS", // Aelod o'r Senedd, the Senedd's "MS" in Welsh ("Eluned Rees AS Cadeirydd y Pwyllgor")
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
  // The British Empire Medal; the Order of Merit and Companions of Honour; Senior Counsel (Australia, Ireland).
  "BEM",
  "OM",
  "CH",
  "SC",
]);
/** Whether a word is letters after a name ("MP", "OBE", "FRS"). */
export const isPostnominal = (word: string): boolean => POSTNOMINALS.has(word);
export const isCapitalised = (word: string) => /^[\p{Lu}\p{N}&]/u.test(word);

export interface Token extends Span {
  word: string;
}

export function tokens(text: string, span: Span): Token[] {
  return [...text.slice(span.start, span.end).matchAll(/\S+/gu)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    word: m[0],
  }));
}

export interface Candidate extends Span {
  key: string;
  label: string;
  titled?: string;
  /**
   * A title and one word ("Dr Grey", "Sir Michael") or one surname with its particle ("Ms Ní Bhriain"): the person of
   * that surname (first name) in the text, if one.
   */
  short?: "surname" | "given";
  /** Where the title before the name starts ("Dr" of "Dr Miriam Fenwick"), if it has one. */
  titleStart?: number;
  /** A peer, "Lord Brown": never the Brown of another name. */
  peer?: boolean;
  /** Capitalised words run into the name from before ("Harbour Foundation Jane Smith"): a role may precede it. */
  joined?: boolean;
  /** After a party's adjective ("Liberal Democrat Pippa Quayle"): a person's name, whatever the lexicon has of it. */
  party?: boolean;
  /** A registry alias written in the text ("President Marrow", "Kessler"): a short name of a known person. */
  alias?: boolean;
}

const ORGANISATION_OF = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...ORGANISATION_WORDS].join("|")})\\s+(?:of|for|on)\\s+(?:the\\s+)?$`,
  "iu",
);

export const POSTNOMINAL_RUN = new RegExp(`^(?:,?\\s+(?:${[...POSTNOMINALS].join("|")})\\b)+`, "u");

/** Where a name's letters after it end ("Catherine Morland MP in the chair": after "MP"), from the name's end `at`. */
export function afterPostnominals(text: string, at: number): number {
  return at + (POSTNOMINAL_RUN.exec(text.slice(at, at + 40))?.[0].length ?? 0);
}

/**
 * "Lord Brown of Ashford": the territorial part after a peer's name, as written, or undefined. It ends before
 * "and" when two capitalised words follow ("of Ashford and Lord Fenner", "of Ashford and Tom Reed": the next person;
 * "of Ashford and Deal" is one place), and before "Portrait" (a photo's text, then the name again: "Lord Brown of Ashford Portrait Lord Brown of Ashford (Con)").
 */
const PLACE =
  /^ of (?:the )?\p{Lu}[\p{L}’'-]*(?: (?:upon |on |in |and (?=\p{Lu}[\p{L}’'-]*(?![\p{L}’'-]| \p{Lu})))?(?!Portrait\b)\p{Lu}[\p{L}’'-]*){0,3}/u;

/** Welsh words of posts, as the Senedd's bilingual records print them after a name: never part of one. */
const WELSH_POSTS = new Set([
  "cadeirydd",
  "is-gadeirydd",
  "cyfarwyddwr",
  "rheolwr",
  "swyddog",
  "uwch-swyddog",
  "uwch",
  "llefarydd",
  "clerc",
  "glerc",
  "ymchwilydd",
  "dirprwy",
  "prif",
  "ail",
  "aelod",
  "gweinidog",
  "ysgrifennydd",
  "pennaeth",
  "cynghorydd",
  "cynghorwr",
  "cyfreithiwr",
  "swyddogion",
  "ymgeisydd",
]);

/** Months that are surnames too: "Rosalind May", "Harriet June". */
const MONTH_SURNAMES = new Set(["may", "june", "april", "august"]);
/** Nations, a city and points of the compass that are surnames too: "Margaret England", "Ann Holland", "Nell East". */
const PLACE_SURNAMES = new Set(["scotland", "england", "wales", "ireland", "holland", "london", "east", "west"]);
/** A colour no name has as a rule ("White Paper", "White House") that is a common surname too: "Rosalind White". */
const COLOUR_SURNAMES = new Set(["white"]);

/**
 * Whether the word at `k` of a run, a word no name has as a rule ("May", "Bill"), is a name's there: a month, a nation or
 * "White" after a given name the lexicon has as nothing else ("Rosalind May", "Margaret England"), or "Bill" before a last word that is a surname or no
 * word at all ("Bill Rammell", not "Bill Committee" or "Bill Stages").
 */
function nameThoughWord(words: string[], k: number): boolean {
  const word = words[k]!.replace(/['’]s$|[,.;:]$/gu, "").toLowerCase();
  // "May Lantry", "June Okafor": a month as the given name, before a surname the lexicon has as a name or not at all
  // (not "May Conference", "June Statement": a thing's ending).
  if (MONTH_SURNAMES.has(word) && k === 0 && words.length === 2) {
    const next = bareWord(words[1]!);
    return (
      /^\p{Lu}\p{Ll}+$/u.test(next) &&
      namesOnly(next) &&
      !NOT_NAME_WORDS.has(next.toLowerCase()) &&
      !pluralOfWord(next) &&
      !/(?:ment|tion|sion|ence|ance|ity|ship|ism|ogy|ing|al|s)$/u.test(next)
    );
  }
  // "Poppy May Jenkins", "Lily June Parr": a month as the second given name, between a first word the lexicon has as
  // a given name or a noun only (a flower's name, "Daisy"), and a last word it has as a name ("James", "Hollins").
  if (MONTH_SURNAMES.has(word) && k === 1 && words.length === 3) {
    const first = tagsOf(bareWord(words[0]!));
    const last = bareWord(words[2]!);
    const lastTags = tagsOf(last);
    return (
      /^\p{Lu}\p{Ll}+$/u.test(bareWord(words[0]!)) &&
      /^\p{Lu}\p{Ll}+$/u.test(last) &&
      first.length > 0 &&
      first.every((t) => /^(?:Noun|Singular|FemaleName|MaleName|FirstName|Person|ProperNoun)$/u.test(t)) &&
      lastTags.some((t) => /^(?:LastName|MaleName|FemaleName|FirstName|Person)$/u.test(t)) &&
      !NOT_NAME_WORDS.has(last.toLowerCase())
    );
  }
  if (MONTH_SURNAMES.has(word) || PLACE_SURNAMES.has(word) || COLOUR_SURNAMES.has(word))
    return k > 0 && k === words.length - 1 && isGivenName(words[k - 1]!);
  if (word !== "bill" || k !== words.length - 2) return false;
  const last = words[k + 1]!.replace(/['’]s$|[,.;:]$/gu, "");
  const bareLast = last.toLowerCase().replace(/(?:es|s)$/u, "");
  if ([last.toLowerCase(), bareLast, `${bareLast}e`].some((w) => NOT_NAME_WORDS.has(w))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
  const tags = tagsOf(last);
  return tags.every((t) => t === "LastName" || t === "Person") && !pluralOfWord(last);
}

/** Words of posts that are people's names too: "Dean Ashworth", "Janet Dean". */
/** Offices written with a peer's title: "Lord Speaker", "Lord Provost", "Lord Lieutenant" (words in lower case). */
const PEER_OFFICES = /^(?:speaker|provost|lieutenant|advocate|chamberlain|steward|president|privy)$/u;
const NAMES_TOO = new Set(["dean", "judge", "major", "sheriff", "bishop"]);
/** Ranks and church titles written before a name: "Major Dean Farrow", "Captain Judge Smith", "Rev Dean Marsh". */
const RANKS =
  /^(?:major|captain|capt|colonel|col|general|gen|lieutenant|lt|sergeant|sgt|commander|cdr|brigadier|admiral|reverend|rev|canon|father|pastor)$/u;

/** Words that make a rank with those above: "Lieutenant General", "Rear Admiral", "Air Chief Marshal", "Field Marshal". */
const RANK_WORDS = /^(?:rear|vice|air|chief|field|marshal|wing|squadron|flight|lance|corporal|staff)$/u;

/** A title and a name in capitals: "MR ROBERT ASHBY", "PROFESSOR DAME ANN O'NEILL". */
const CAPITALS_NAME =
  /(?<![\p{L}\p{N}])((?:(?:MR|MRS|MS|MISS|DR|SIR|DAME|PROFESSOR|PROF|LORD|LADY|BARONESS|CLLR|COUNCILLOR|THE RT HON|RT HON)\.?\s+)+)(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})(?![\p{L}\p{N}])/gu;

/** A photo's credit in capitals at a line's start: "CREDIT: ANN BELL/PA", "Photograph: TOM REED / Fenby Wire". */
const CAPITALS_CREDIT =
  /(?<=^|\n)((?:(?:[Cc]redit|CREDIT|[Pp]hoto(?:graph)?|PHOTO(?:GRAPH)?|[Pp]icture|PICTURE|[Ii]mage|IMAGE)[Ss]?:[ \t]*)?)(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){1,2})(?=[ \t]?\/[ \t]?\p{Lu})/gu;

/** A surname's word: capitalised, or a prefix and a capital after it ("McCrae", "MacLeod", "O'Dowd", "D'Arcy"). */
const SURNAME_WORD = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’-]+`;
/**
 * A list line that gives a name surname first, then brackets (a seat, a party or a post): "† Larkin, Edmund (Fenby and
 * Marlow) (Con)", "Hollins, Dr Carys (Saltmarsh) (Con)", "Smale, Kirsten (Minister for Care)". Groups: the lead (a
 * dagger), the surname, the comma, a title, the forename. A surname may have a capital inside it after its prefix
 * ("McCrae, Ann (Fenby) (Lab)", "O'Dowd, Mr Tom (Marlow) (Con)").
 */
const INVERTED_LIST_NAME = new RegExp(
  String.raw`^((?:†\s*)?)(${SURNAME_WORD}(?:\s${SURNAME_WORD})?)(,\s)((?:(?:Dr|Sir|Dame|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s)?)(\p{Lu}[\p{Ll}'’-]+)(?=\s\([^()]+\)(?:\s\([^()]+\))?$)`,
  "u",
);

/**
 * A Lords committee's line of those present, surname first and the rank in a letter: "Hale of Tarnmoor, B" (a baroness),
 * "Fenner, L (Chairman)" (a lord), "Exeter, Bp" (a bishop). Groups: the surname, its "of Place", the rank.
 */
const LORDS_LIST_LINE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)((?:\sof\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:upon\s|on\s|in\s)?\p{Lu}[\p{L}'’-]*){0,3})?),\s(L|B|Bp|V|E|Ld|Lord|Baroness|Bishop|Viscount|Earl)\.?(?:\s\((?:the\s)?(?:Chairman|Chairwoman|Chair)\))?\s*$/u;
const LORDS_RANKS: Record<string, string> = {
  l: "Lord",
  ld: "Lord",
  lord: "Lord",
  b: "Baroness",
  baroness: "Baroness",
  bp: "Bishop",
  bishop: "Bishop",
  v: "Viscount",
  viscount: "Viscount",
  e: "Earl",
  earl: "Earl",
};

/** A party's name that opens a run of capitalised words before a person's name: "Liberal Democrat", "Tory". */
const PARTY_WORDS =
  /^(?:Liberal Democrat|Lib Dem|Conservative|Labour|Tory|Green|SNP|Plaid Cymru|Plaid|Reform UK|Reform|Alba|DUP|SDLP|UUP)\s/u;

/** A party's word that may follow a member's name on a page's header or in a byline ("Green" is a surname too). */
const PARTY_AFTER_NAME = /^(?:Conservative|Labour|Tory|Republican|Democrat|Liberal)$/u;

/** After a seat, its member in brackets: " (Sir Peter Dunmore)", " (Tom Crane)". */
const SEAT_BRACKET = /^ \((?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss)\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\)/u;

/** "ROBERT MCASHBY-JONES" as "Robert Mcashby-Jones": each word's first letter kept, the rest lower case. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Runs of capitalised words that could be a person's full name (two to four words, none an organisation word). */
/** The courtesy titles, which stand before a person's name and inside no other name: "Mr", "Ms.", "Dr". */
/** A royal title and its place: "Prince of Fenland", "Duchess of Wold"; or the one title with no place, "Princess Royal". */
const ROYAL = String.raw`(?:(?:Prince|Princess|Duke|Duchess)\s+of\s+\p{Lu}[\p{L}’'-]+|Princess\s+Royal)`;
/** "HRH (the) <royal title>", and "and the <royal title>" joined to it: group 1 is "HRH" and what stands before the title. */
const ROYAL_STYLE = new RegExp(
  String.raw`(HRH\s+(?:(?:the|then)\s+){0,2})${ROYAL}(?:\s+and\s+(?:the|The)\s+${ROYAL})?`,
  "gu",
);
/** Each royal title of a `ROYAL_STYLE` match (group 1), after "the" or nothing. */
const ROYAL_TITLE = new RegExp(String.raw`(?:^|\b(?:the|The)\s+)(${ROYAL})`, "gu");
/** Titles that open a name inside a run; "Cllr" and "Coun" (a councillor's, "Labour Cllr Ann Frith") are no post's word. */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Coun)\.?$/u;

/**
 * "Photo of Ann Frith Ann Frith Chair, …", "Photo of Tom ReedTom Reed (Fenby North, Labour)": a name written twice in a
 * row (a photo's text, then the name), with a space or none between, as TheyWorkForYou's and KildareStreet's pages head
 * a speech, is two mentions of one name, never a name of its own ("Ann Frith Ann Frith", "ReedTom").
 */
function splitRepeatedName(words: { word: string; at: number }[]): { word: string; at: number }[][] {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, Math.floor((words.length - i) / 2)); n >= 2; n--) {
      const first = words.slice(i, i + n);
      const second = words.slice(i + n, i + 2 * n);
      if (first.every((w, k) => w.word === second[k]!.word))
        return [...(i > 0 ? [words.slice(0, i)] : []), first, words.slice(i + n)];
    }
    // Run together: "Tom ReedTom Reed" is the words "Tom", "ReedTom", "Reed".
    for (let n = Math.min(4, words.length - i - 1); n >= 2; n--) {
      const joint = words[i + n - 1]!;
      const given = words[i]!.word;
      const rest = words.slice(i + n, i + 2 * n - 1);
      if (rest.length !== n - 1 || !joint.word.endsWith(given) || joint.word.length === given.length) continue;
      const head = joint.word.slice(0, -given.length);
      const names = [...words.slice(i + 1, i + n - 1).map((w) => w.word), head];
      if (!names.every((w, k) => w === rest[k]!.word)) continue;
      const cut = { word: head, at: joint.at };
      const again = { word: given, at: joint.at + head.length };
      return [
        ...(i > 0 ? [words.slice(0, i)] : []),
        [...words.slice(i, i + n - 1), cut],
        [again, ...words.slice(i + n)],
      ];
    }
  }
  return [words];
}

/** A capitalised word and a Gaelic or Welsh article in lower case right before a run: "Comhairle nan ", "Coleg y ". */
const NAME_ARTICLE_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*)\s+(?:nan|na|nam|an|y|yr)\s+$/u;
/** Offices "Deputy" opens whose next word is no post's word of the role list: "Deputy Speaker", "Deputy First Minister". */
const DEPUTY_OFFICES =
  /^(?:speaker|first|prime|lieutenant|sheriff|premier|ombudsman|judge|vice|lord|general|chair|chairs|mayor|provost|whip)$/u;
/** Modals and auxiliaries that open a question before "I": "Can I", "May I", "Could I", "Shall I", "Do I". */
const QUESTION_OPENER = /^(?:Can|Could|May|Might|Must|Shall|Should|Will|Would|Do|Does|Did|Am|Have|Had|Let)$/u;

/**
 * Where a person's name starts in a run that ends an organisation's name ("Law Tom Hale", "Law Dean Ida Pike", "Mass
 * Communications Kit Tan"): after a post's word, or at a given name that is no post's word, the name two or three
 * capitalised words; undefined when the run is the organisation's alone ("Urban Futures").
 */
function nameAfterOrganisation(words: string[]): number | undefined {
  const nameFrom = (k: number) =>
    words.length - k >= 2 &&
    words.length - k <= 3 &&
    words.slice(k).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !isRoleWord(w));
  for (let k = 1; k < words.length - 1; k++) {
    const word = words[k]!;
    const post = isRoleWord(word) || NAMES_TOO.has(word.toLowerCase());
    if (post && nameFrom(k + 1) && isGivenName(words[k + 1]!)) return k + 1;
    if (post && nameFrom(k + 1) && words.length - k - 1 === 2) return k + 1;
    if (!post && isGivenName(word) && nameFrom(k)) return k;
  }
  return undefined;
}

/** A members list's head and its chair, up to a run of names with no separator after it. */
const MEMBERS_RUN_BEFORE = /\bMembers\s+present\s*:[^.;:]*,\s*in\s+the\s+(?:[Cc]hair\s+(?:[^.;:,]*\s)?)?$/u;

/** A minister's office right before a run of capitalised words: "Minister for ", "Secretary of State for the ". */
const MINISTER_BEFORE_RUN = /\b(?:Minister|Secretary)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?$/u;

export function nameCandidates(text: string, paragraphs: Paragraph[]): Candidate[] {
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
      // "Members present: Mr Ann Bell, in the Chair Mr Tom Reed Jo Marsh Kit Lamb": a members list run together with
      // no separator, where a given name after a name of two words opens the next member's.
      const runMembers = MEMBERS_RUN_BEFORE.test(body.slice(Math.max(0, m.index - 400), m.index));
      for (const [k, w] of all.entries()) {
        const current = out.at(-1)!;
        if (
          runMembers &&
          current.filter((x) => !HONORIFICS.has(bare(x.word))).length >= 2 &&
          tagsOf(bare(w.word)).some((t) => /^(?:Male|Female|First)Name$/u.test(t))
        )
          out.push([]);
        // "Lord Brown of Ashford Portrait Lord Brown of Ashford (Con)": the online Hansard heads a speech with the
        // name, its picture's caption word, and the name again; the caption word ends one name and opens the next.
        if (w.word === "Portrait" && out.at(-1)!.length > 0 && HONORIFICS.has(bare(all[k + 1]?.word ?? ""))) {
          out.push([]);
          continue;
        }
        // "By Ann Bell The Fenby Courier": "The" inside a run opens another name (a paper's); no one's name runs on
        // into it.
        if (w.word === "The" && out.at(-1)!.length > 0) out.push([]);
        // "the Dean of the Faculty of Law Ms. Indira Perera": a courtesy title inside a run opens a name; the words
        // before it end an organisation's name or a post.
        if (COURTESY_TITLE.test(w.word) && out.at(-1)!.length > 0 && !HONORIFICS.has(bare(out.at(-1)!.at(-1)!.word)))
          out.push([]);
        out.at(-1)!.push(w);
        // "[Ann Bellin the Chair]": a page whose markup set the sitting's chair apart lost the space after the name,
        // which ends before the "in" run on to it (as `SITTING_CHAIR` reads the line).
        if (/\p{Ll}in$/u.test(w.word) && /^\s+the\s+chair\]/iu.test(body.slice(w.at + w.word.length))) {
          const last = out.at(-1)!;
          last[last.length - 1] = { word: w.word.slice(0, -2), at: w.at };
        }
        const stop = /\p{Ll}{2,}\.$/u.test(w.word) && !HONORIFICS.has(bare(w.word)) && !/^(?:St|Mt)\.$/u.test(w.word);
        if (stop) {
          const last = out.at(-1)!;
          last[last.length - 1] = { word: w.word.slice(0, -1), at: w.at };
          out.push([]);
        }
      }
      return out.filter((ws) => ws.length > 0).flatMap(splitRepeatedName);
    });
    for (let words of runs) {
      const at = words[0]!.at;
      if (p.start + at < placeEnd) continue;
      // "Stoke-on-Trent Central", "Southend-on-Sea": a place's name joined by hyphens around a word in lower case; no
      // name starts inside it (not "al-Rashid", whose particle opens the word).
      if (/\p{L}-\p{Ll}+-$/u.test(body.slice(Math.max(0, at - 12), at))) continue;
      // "Centre for Urban Futures", "University of the West": the end of an organisation's name, not a person. But a
      // name may follow that end in the same run, a post's word or a given name opening it: "the Dean of the Fenby
      // School of Law Tom Hale", "Fenby School of Law Dean Ida Pike" (the post's word, then the name).
      let afterOrganisation = false;
      if (ORGANISATION_OF.test(text.slice(Math.max(p.start, p.start + at - 40), p.start + at))) {
        const opens = nameAfterOrganisation(words.map((w) => w.word));
        if (opens === undefined) continue;
        words = words.slice(opens);
        afterOrganisation = true;
      }
      // "Comhairle nan Tir Mor", "Coleg y Bryniau": the end of a Gaelic or Welsh name joined by its article in lower
      // case, after a word that is no given name ("Kevin Mac an Bhaird" is read whole, its "an" a particle).
      const joinedBy = NAME_ARTICLE_BEFORE.exec(text.slice(Math.max(p.start, p.start + at - 40), p.start + at));
      if (joinedBy && !isGivenName(joinedBy[1]!)) continue;
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      // "Her Honour Judge Ann Frith", "His Honour Tom Reed": a judge's style, no part of the name.
      if (words.length > 2 && /^(?:His|Her)$/u.test(words[0]!.word) && words[1]!.word === "Honour")
        words = words.slice(2);
      if (words.length > 1 && words[0]!.word === "Honour" && /\b(?:His|Her)\s+$/u.test(body.slice(0, words[0]!.at)))
        words = words.slice(1);
      // "Can I therefore welcome", "May I ask", "Could I thank": a question's opening, a modal or an auxiliary then
      // "I", is no one's name; the name, if any, starts after it ("Elizabeth I" is one: a given name, then the number).
      const pronoun = words.findLastIndex(
        (w, k) => k > 0 && w.word === "I" && QUESTION_OPENER.test(words[k - 1]!.word),
      );
      if (pronoun > 0) words = words.slice(pronoun + 1);
      // "Liberal Democrat Pippa Grey", "Tory Ann Frith": the party the person is of, then the name.
      const party = PARTY_WORDS.exec(words.map((w) => w.word).join(" "));
      // A name of two words the lexicon has as names or not at all ("Liberal Democrat Pippa Quayle") is a person's too:
      // a party's adjective goes before a person's name, never a place's or a thing's.
      let partied = false;
      if (party) {
        const n = party[0].trim().split(/\s+/u).length;
        const rest = words.slice(n).map((w) => bare(w.word));
        if (words.length - n >= 2 && isGivenName(words[n]!.word)) words = words.slice(n);
        else if (
          rest.length === 2 &&
          namesOnly(
            words
              .slice(n)
              .map((w) => w.word)
              .join(" "),
          ) &&
          words.slice(n).every((w) => /^\p{Lu}\p{Ll}/u.test(w.word)) &&
          !rest.some((w) => NOT_NAME_WORDS.has(w) || pluralOfWord(w))
        ) {
          words = words.slice(n);
          partied = true;
        }
      }
      // "the Members for Marlow and Lea (Sir Peter Dunmore) and for Upper Hadley (Tom Crane)": a seat, the member's
      // name in the brackets after it.
      if (words.length && /(?:^|\s)for\s+$/u.test(body.slice(Math.max(0, words[0]!.at - 8), words[0]!.at))) {
        const close = words.at(-1)!.at + words.at(-1)!.word.length;
        if (SEAT_BRACKET.test(body.slice(close, close + 80))) continue;
      }
      while (words.length && POSTNOMINALS.has(words.at(-1)!.word.replace(/[,.]$/u, ""))) words = words.slice(0, -1);
      // "Ann Frith Conservative MP for Fenby", "Photo of Ann Frith Ann Frith Labour, Fenby North": the member's party
      // after the name, before a comma or a member's letters, is no word of the name.
      if (words.length >= 3) {
        const last = words.at(-1)!;
        const close = last.at + last.word.length;
        if (PARTY_AFTER_NAME.test(last.word) && /^(?:,|\s+(?:MP|MSP|MS|MLA|AM|MEP)\b)/u.test(body.slice(close))) {
          words = words.slice(0, -1);
        }
      }
      // "Secretary of State for Work and Pensions Ann Frith": the run's first word ends the office's name before it.
      let office = false;
      // (Particles are no words here: "… and Sally de la Pike" is a name of two.)
      const capitalWords = words.filter((w) => !PARTICLE_WORD.test(w.word)).length;
      const joiner = /\p{Lu}[\p{L}’'-]*\s+(and|&|of|for)\s+$/u.exec(body.slice(Math.max(0, at - 40), at))?.[1];
      // (Not "Tom Reed and Anne Marie Frith": a given name after "and" opens the second person's name.)
      const secondPerson = (joiner === "and" || joiner === "&") && words.length > 0 && isGivenName(words[0]!.word);
      // "Vice Principal for Research and Knowledge Exchange, University of Fenby": after a post's field and its "and",
      // words that name no one are the rest of the field, no person's name.
      const field = FIELD_AND_BEFORE.exec(body.slice(Math.max(0, at - 60), at));
      if (
        field &&
        isRoleWord(field[1]!) &&
        !secondPerson &&
        words.length >= 2 &&
        madeOfWords(words.map((w) => w.word.replace(/[,;:.]$/u, "")).join(" "))
      )
        continue;
      // But "Tom Arden, Managing Director of Marsh Valley Coaches", "Tom Arden of Marsh Valley Coaches": after a name and
      // its post (or its "of"), the run is the post's body, whatever its words; so is a run whose second word the
      // lexicon has as a word and not a name ("… of Fenby Rose Gardens"). "Professor of Law Ann Bell" opens a name.
      const previous = candidates.at(-1);
      const namedBefore =
        (joiner === "of" || joiner === "for") &&
        previous !== undefined &&
        previous.start >= p.start &&
        NAME_AND_POST_BEFORE.test(text.slice(previous.end, p.start + at));
      const secondWord = words[1] === undefined ? [] : tagsOf(bare(words[1].word));
      const wordNotName =
        secondWord.length > 0 && !secondWord.some((t) => /Name$/u.test(t)) && !HONORIFICS.has(bare(words[1]!.word));
      // "The Managing Director of Marsh Valley Coaches said": a run ending in a plural or a verb the lexicon has as no
      // name ("Coaches", "Homes") is a body's name, not a field's word and a person's.
      const lastWord = words.length > 0 ? tagsOf(bare(words.at(-1)!.word)) : [];
      const thingLast =
        lastWord.some((t) => t === "Plural" || t === "PresentTense") && !lastWord.some((t) => /Name$/u.test(t));
      if (capitalWords >= 3 && joiner !== undefined && !secondPerson && !namedBefore && !wordNotName && !thingLast) {
        words = words.slice(1);
        office = true;
      }
      // "NATO Secretary General Ann Frith", "the Attorney General Ann Frith": "General" after a post's word is the
      // post's last word, not a general's rank, and the name starts after it.
      const general = words.findIndex(
        (w, k) => k > 0 && bare(w.word) === "general" && GENERAL_POSTS.test(bare(words[k - 1]!.word)),
      );
      if (general > 0 && words.length - general - 1 >= 2) {
        words = words.slice(general + 1);
        office = true;
      }
      // "Members present: …; Dean Ashworth; …", "Mrs Janet Dean" on a line of its own: a list entry that is only a name,
      // where a post's word that is also a name ("Dean") is the name.
      const runEnd = words.length ? words.at(-1)!.at + words.at(-1)!.word.length : 0;
      const wholeEntry =
        words.length >= 2 &&
        words.length <= 4 &&
        /(?:^|\n|[;:]\s*)$/u.test(body.slice(0, words[0]!.at)) &&
        /^[ \t]*(?:[;.\n]|\((?:the\s+)?chair\)|,\s*in\s+the\s+chair|$)/iu.test(body.slice(runEnd));
      // "Elin Rowe Clerc", "Owain Bevan Cadeirydd y Pwyllgor": a Senedd record's list line, the name then its Welsh post.
      const welsh = words.findIndex((w) => WELSH_POSTS.has(bare(w.word)));
      if (welsh >= 2) words = words.slice(0, welsh);
      // "Major Dean Farrow": a post's word that is a name too, after a rank and before the surname, is the given name.
      const rankAt = words.findIndex(
        (w, k) =>
          NAMES_TOO.has(bare(w.word)) &&
          k > 0 &&
          k === words.length - 2 &&
          RANKS.test(bare(words[k - 1]!.word)) &&
          /^\p{Lu}\p{Ll}/u.test(words[k + 1]!.word),
      );
      const givenAfterRank = new Set(rankAt > 0 ? [words[rankAt]!] : []);
      if (rankAt > 0) words = words.slice(rankAt);
      // "Deputy Hanlon", "Deputy Ann Frith": a member of the Dáil, as the Oireachtas names one, "Deputy" a title before
      // a surname or a whole name (not "Deputy Director", "Deputy Speaker", "Deputy First Minister": an office). So
      // "Senator Ann Frith" of the Seanad, and a list's "Deputies Ann Frith and …", "Senators Ann Frith, …" (a whole
      // name only: "Senators Haldane, Pruett" is read by `officesBeforeSurnames`).
      const deputyAt = words.findIndex(
        (w, k) =>
          (/^(?:Deputy|Senator)$/u.test(w.word) ||
            (/^(?:Deputies|Senators)$/u.test(w.word) && words.length - k - 1 >= 2)) &&
          words.length - k - 1 >= 1 &&
          words.length - k - 1 <= 3 &&
          words
            .slice(k + 1)
            .every(
              (x) =>
                /^\p{Lu}\p{Ll}/u.test(x.word) &&
                !NOT_NAME_WORDS.has(bare(x.word)) &&
                !isRoleWord(x.word) &&
                !DEPUTY_OFFICES.test(bare(x.word)),
            ),
      );
      const deputyTitle = new Set(deputyAt >= 0 ? [words[deputyAt]!] : []);
      const isTitle = (w: { word: string }) =>
        HONORIFICS.has(bare(w.word)) || deputyTitle.has(w as (typeof words)[number]);
      const notName = (w: { word: string }, k: number, all: { word: string }[]) =>
        NOT_NAME_WORDS.has(bare(w.word)) &&
        !deputyTitle.has(w as (typeof words)[number]) &&
        !(wholeEntry && NAMES_TOO.has(bare(w.word))) &&
        !givenAfterRank.has(w as (typeof words)[number]) &&
        !nameThoughWord(
          all.map((x) => x.word),
          k,
        );
      // "Harbour Foundation Chief Executive Dr Jane Smith": the name starts after the last word that cannot be in one.
      const lastNotName = words.findLastIndex(
        (w, k, all) => (notName(w, k, all) || (w.word.includes("-") && isRoleWord(w.word))) && !isTitle(w),
      );
      let joined = lastNotName !== -1 || office || afterOrganisation;
      if (joined) words = words.slice(lastNotName + 1);
      while (words.length && POSTNOMINALS.has(words.at(-1)!.word.replace(/[,.]$/u, ""))) words = words.slice(0, -1);
      // "Tom Reed Jr.", "Kit Lamb Sr", "Sam Yeo III": a generation's mark after a given name and a surname is part of
      // the name, kept in its label, no word the name is judged by.
      const generation =
        words.length >= 3 &&
        (GENERATION.test(words.at(-1)!.word) || REGNAL_WORD.test(words.at(-1)!.word.replace(/,$/u, ""))) &&
        /^\p{Lu}\p{Ll}/u.test(words.at(-2)!.word)
          ? words.at(-1)!
          : undefined;
      if (generation) words = words.slice(0, -1);
      // "Secretary of State for Work and Pensions Esther Vane": a word that is no given name before one that is
      // ends what came before the name. Not in a list entry that is only a name ("Members present: Angus Ewan Tarr
      // (Chair); …"), where the first word is the name's, whatever the lexicon makes of it.
      // "the Coastal News Reporting Peter Quayle", "U.S. Representatives Ann Lee": two such words or more, the same.
      const givenAt = words.findIndex((w, k) => k > 0 && isGivenName(w.word));
      if (
        givenAt > 0 &&
        words.length - givenAt >= 2 &&
        !wholeEntry &&
        words
          .slice(0, givenAt)
          .every(
            (w) =>
              !isGivenName(w.word) &&
              !isTitle(w) &&
              !tagsOf(bare(w.word)).some((t) => t === "LastName" || t === "FirstName" || t === "Person"),
          )
      ) {
        words = words.slice(givenAt);
        joined = true;
      }
      // "Minister for School Standards Mark Hale": a minister's field of two words or more, then a given name the
      // lexicon has as a word too ("Nick", "Mark"), which opens the name of two words that ends the run.
      const nameTagged = (w: { word: string }) =>
        tagsOf(bare(w.word)).some((t) => /^(?:Male|Female|First)Name$/u.test(t));
      const k = words.length - 2;
      if (
        k >= 1 &&
        MINISTER_BEFORE_RUN.test(body.slice(Math.max(0, at - 60), at)) &&
        nameTagged(words[k]!) &&
        !tagsOf(bare(words[k + 1]!.word)).some((t) => t === "Plural" || t === "PresentTense" || t === "Verb") &&
        words.slice(0, k).every((w) => !isTitle(w) && !tagsOf(bare(w.word)).some((t) => /Name$/u.test(t)))
      ) {
        words = words.slice(k);
        joined = true;
      }
      // "Owen Pryce Political editor": the word before a post in lower case is the post's.
      if (words.length >= 3) {
        const last = words.at(-1)!;
        const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(body.slice(last.at + last.word.length))?.[1];
        if (next && isRoleWord(next)) words = words.slice(0, -1);
      }
      // "Lieutenant General Sir Tom Reed", "Rear Admiral Dame Ann Frith": a rank before a title is no word of the name.
      const afterRank = words.findIndex((w) => !RANKS.test(bare(w.word)) && !RANK_WORDS.test(bare(w.word)));
      if (afterRank > 0 && words.length - afterRank >= 3 && isTitle(words[afterRank]!)) words = words.slice(afterRank);
      let title: string | undefined;
      const titles: string[] = [];
      const titleStart = words.length ? p.start + words[0]!.at : 0;
      while (words.length && isTitle(words[0]!)) {
        titles.push(bare(words[0]!.word));
        title = title ? `${title} ${words[0]!.word}` : words[0]!.word;
        words = words.slice(1);
      }
      const peer = titles.some((t) => PEERAGES.has(t));
      if (words.length === 0 && peer && titles.length === 1) {
        // "Earl of Tarnmoor": a peer known by the title and place alone.
        const titleEnd = titleStart + title!.length;
        const place = PLACE.exec(text.slice(titleEnd, Math.min(p.end, titleEnd + 80)));
        if (place) {
          placeEnd = titleEnd + place[0].length;
          const label = text.slice(titleStart, placeEnd);
          candidates.push({ start: titleStart, end: placeEnd, key: personKey(label), label, peer: true });
        }
        continue;
      }
      // "Ms Ní Bhriain", "Dr van der Berg": a title before a surname with its particle is a title and one surname too.
      const oneSurname =
        words.length === 1 ||
        (!peer &&
          surnameWithParticle(
            words.map((w) => w.word),
            titles,
          ));
      const short =
        oneSurname &&
        title !== undefined &&
        (peer || titles.some((t) => SHORT_TITLES.has(t) || t === "deputy" || t === "senator"));
      if ((words.length < 2 && !short) || words.length > 4) continue;
      if (words.some(notName)) continue;
      // "The Lord Speaker (Lord X)", "the Lord Provost": an office a peer's title names, not a peer.
      if (peer && words.length === 1 && PEER_OFFICES.test(bare(words[0]!.word))) continue;
      // Acronyms, and their plurals: "Labour MPs", "the two MSPs".
      // "Henry VIII", "Elizabeth II": a regnal number, last, after a given name, is part of the name.
      const regnal = (w: { word: string }, k: number) =>
        k > 0 && k === words.length - 1 && REGNAL_WORD.test(w.word) && isGivenName(words[k - 1]!.word);
      if (words.some((w, k) => /^\p{Lu}{2,}s?$/u.test(w.word.replace(/[,.]$/u, "")) && !regnal(w, k))) continue;
      const last = generation ?? words.at(-1)!;
      const start = p.start + words[0]!.at;
      let end = p.start + last.at + last.word.replace(/,$/u, "").length;
      if (/['’]s$/u.test(last.word)) end -= 2;
      if (generation && /^(?:Jr|Sr|Jnr|Snr)$/u.test(generation.word) && text[end] === ".") end++;
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
      if (partied && !title) candidate.party = true;
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
    // "† Larkin, Edmund (Fenby and Marlow) (Con)": a list line surname first, as Hansard lists a bill committee's
    // members, read as "Edmund Larkin"; the words of the inverted name are no name of their own.
    const inverted = INVERTED_LIST_NAME.exec(body);
    if (inverted) {
      const start = p.start + inverted[1]!.length;
      const end = start + inverted[2]!.length + inverted[3]!.length + inverted[4]!.length + inverted[5]!.length;
      const label = `${inverted[5]} ${inverted[2]}`;
      const title = inverted[4]!.trim();
      // The line's other capitalised words (a seat: "(Bury St Edmunds and Stowmarket)") are no one's name.
      for (let k = candidates.length - 1; k >= 0 && candidates[k]!.end > p.start; k--) candidates.splice(k, 1);
      const candidate: Candidate = { start, end, key: personKey(label), label };
      if (title) candidate.titled = `${title} ${label}`;
      candidates.push(candidate);
    }
    // "Hale of Tarnmoor, B", "Fenner, L (Chairman)": a Lords list line, read as "Baroness Hale" and "Lord Fenner"; a
    // see alone with "B" ("Ripon, B": a place, no surname) is its bishop, and the line's words are no other name.
    const lords = LORDS_LIST_LINE.exec(body);
    if (lords) {
      const [, surname, of, letter] = lords as unknown as [string, string, string, string];
      let rank = LORDS_RANKS[letter.toLowerCase()]!;
      const see =
        !of && !surname.includes(" ") && tagsOf(surname.toLowerCase()).some((t) => t === "City" || t === "Place");
      if (rank === "Baroness" && see) rank = "Bishop";
      const start = p.start;
      const end = p.start + surname.length + of.length;
      for (let k = candidates.length - 1; k >= 0 && candidates[k]!.end > p.start; k--) candidates.splice(k, 1);
      const label = rank === "Bishop" || rank === "Earl" ? `${rank} of ${surname}` : `${rank} ${surname}`;
      const candidate: Candidate = { start, end, key: personKey(label), label, peer: true };
      if (rank !== "Bishop" && rank !== "Earl") candidate.key = `${rank.toLowerCase()} ${personKey(surname)}`;
      if (of && rank !== "Bishop" && rank !== "Earl") candidate.titled = `${rank} ${surname}${of}`;
      candidates.push(candidate);
    }
    // "HRH the Prince of Fenland", "HRH Princess of Tarn and the Duchess of Wold": a royal style, the person known by the
    // title and its place; the words are no other name.
    for (const m of body.matchAll(ROYAL_STYLE)) {
      const start = p.start + m.index + m[1]!.length;
      const end = p.start + m.index + m[0].length;
      for (let k = candidates.length - 1; k >= 0; k--) {
        if (candidates[k]!.start < end && candidates[k]!.end > p.start + m.index) candidates.splice(k, 1);
      }
      for (const r of text.slice(start, end).matchAll(ROYAL_TITLE)) {
        const label = `The ${r[1]}`;
        const at = start + r.index + r[0].length - r[1]!.length;
        const candidate: Candidate = { start: at, end: at + r[1]!.length, key: personKey(label), label, peer: true };
        // The style kept as the title: "HRH The Prince of Fenland".
        if (r.index === 0) candidate.titled = text.slice(p.start + m.index, candidate.end);
        candidates.push(candidate);
      }
    }
    // "Thomas R. (Tom) Pollard", "Margaret (Peggy) Lyle": a given name (an initial after it at most), the name the
    // person goes by in brackets, then the surname: one person, read without the brackets ("Thomas R. Pollard"); the
    // run cut at the bracket had made a person "Thomas R" and left the surname alone. Not "Ann (Fenby) Bell", a word
    // no given name in the brackets, nor "Tom (and Ann) Bell".
    for (const m of body.matchAll(NICKNAME_IN_NAME)) {
      const [, given, nickname, surname] = m as unknown as [string, string, string, string];
      if (!isGivenName(given.split(/\s+/u)[0]!) || !isGivenName(nickname)) continue;
      const start = p.start + m.index;
      const end = start + m[0].length;
      for (let k = candidates.length - 1; k >= 0; k--) {
        if (candidates[k]!.start < end && candidates[k]!.end > start) candidates.splice(k, 1);
      }
      const label = `${given} ${surname}`;
      candidates.push({ start, end, key: personKey(label), label });
    }
    // "CREDIT: ANN BELL/PA", "TOM REED/The Courier": a photo's credit in capitals, the photographer's name before the
    // slash and the agency's or the paper's after it, read as "Ann Bell" where it has a person's shape.
    for (const m of body.matchAll(CAPITALS_CREDIT)) {
      const start = p.start + m.index + m[1]!.length;
      const label = titleCase(m[2]!);
      const candidate: Candidate = { start, end: start + m[2]!.length, key: personKey(label), label };
      if (personShaped(candidate)) candidates.push(candidate);
    }
    // "MR ROBERT ASHBY", as older Commons pages print a witness: a title and a name in capitals, read as "Robert Ashby".
    for (const m of body.matchAll(CAPITALS_NAME)) {
      // "GENERAL SIR TOM REED GCB CMG": the letters after the name in capitals are no words of it.
      const nameWords = m[2]!.split(/\s+/u);
      while (nameWords.length > 2 && POSTNOMINALS.has(nameWords.at(-1)!)) nameWords.pop();
      const written = nameWords.join(" ");
      const start = p.start + m.index + m[1]!.length;
      const end = start + written.length;
      const label = titleCase(written);
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
  return candidates.filter((c) => !PART_OF_PROGRAMME.test(c.label)).sort((a, b) => a.start - b.start);
}

/**
 * A part of a programme numbered in words, "Day Three", "Week Two", "Session One", "Stage Four": no one's name, though
 * its head word is a surname too ("Day", "Week").
 */
const PART_OF_PROGRAMME =
  /^(?:Day|Week|Session|Stage|Phase|Round|Part|Module|Panel|Track)\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|First|Second|Third|Fourth|Fifth|Final|Last)$/u;

/** "Thomas R. (Tom) Pollard", "Margaret (Peggy) Lyle": a given name and initial, a nickname in brackets, a surname. */
const NICKNAME_IN_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?)\s+\((\p{Lu}\p{Ll}+)\)\s+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** Between a name and a run of capitalised words: the name's post and its "of" ("…, Managing Director of "), or "of". */
const NAME_AND_POST_BEFORE = /^(?:\s*,\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,6}|\s+)(?:of|for)\s+(?:the\s+)?$/u;

/** The NLP library's lexicon: word (lower case) → its tags ("MaleName", "LastName", "City", "Adjective", …). */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): string[] => {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
const taggerTags = new Map<string, string[]>();
/** Whether the lexicon has a word as a place, a people or a description only ("UK", "British", "Northern"). */
export function placeOrDescription(word: string): boolean {
  let tags = tagsOf(word);
  // A word the lexicon lacks, by the tagger's rules: "British", "Anglian" (not "Ofwat"); the tagger's answer kept.
  if (tags.length === 0) {
    const lower = word.toLowerCase();
    tags = taggerTags.get(lower) ?? nlp(lower).json()[0]?.terms[0]?.tags ?? [];
    taggerTags.set(lower, tags);
  }
  return (
    /^(?:UK|GB|EU|US|USA|NHS)$/u.test(word) ||
    (tags.length > 0 &&
      tags.every((t) =>
        /^(?:Place|City|Country|Region|Demonym|Adjective|Comparative|Superlative|Direction|Noun|ProperNoun)$/u.test(t),
      ) &&
      tags.some((t) => t !== "Noun" && t !== "ProperNoun"))
  );
}
/**
 * Whether a capitalised word could only be a name: the lexicon lacks it as a word ("Stagecoach", "Zoopla") or knows it
 * as an organisation's ("Google"), not as a noun, a place or a person's name ("Police", "Leeds", "Smith").
 */
export function nameOnlyWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length === 0 || tags.includes("Organization");
}
/** Tags of a word that is a place, a date or a thing, never a surname: "Victoria Station", "Grace Period". */
const NOT_SURNAME_TAGS = new Set([
  "Place",
  "City",
  "Country",
  "Region",
  "Month",
  "WeekDay",
  "Date",
  "Organization",
  "SportsTeam",
  "Demonym",
  "Currency",
  "Unit",
  "Pronoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Modal",
]);
/** Last words of places named after people: "Victoria Road", "Albert Square". */
const PLACE_ENDS = new Set([
  "road",
  "street",
  "avenue",
  "lane",
  "square",
  "park",
  "station",
  "bridge",
  "gardens",
  "place",
  "way",
  "close",
  "crescent",
  "drive",
  "terrace",
  "estate",
  "airport",
  "embankment",
  "quay",
  "wharf",
  "room",
  "building",
  "suite",
  "theatre",
  "lecture",
]);
/** A given name the NLP library's lexicon has as nothing else: "Esther", "Jonathan" (not "Mark", "Grace", "Will"). */
export const isGivenName = (word: string): boolean => {
  const tags = tagsOf(word.replace(/['’]s$|[’']$|[,.;:]$/gu, ""));
  return tags.length > 0 && tags.every((t) => t === "MaleName" || t === "FemaleName");
};
/** Given names the lexicon has as one sex's that are often given to either ("Sam", "Jo", "Hilary", "Alex"). */
const EITHER_SEX = new Set(
  (
    "alex alexis ali ashley billie bobbie casey charlie chris dale drew frankie hilary jackie jamie jean jess jo jody " +
    "jordan kelly kerry kim lee leslie lesley mel morgan nicky pat robin sam sasha stevie taylor terry toni val"
  ).split(" "),
);
/**
 * "he" or "she" by a given name the lexicon has as a man's only or a woman's only ("Martin", "Clara"), not one often
 * given to either; undefined otherwise.
 */
export function givenNamePronoun(word: string): "he" | "she" | undefined {
  const bare = word.replace(/['’]s$|[’']$|[,.;:]$/gu, "");
  if (EITHER_SEX.has(bare.toLowerCase())) return undefined;
  const tags = tagsOf(bare);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  return male === female ? undefined : male ? "he" : "she";
}
const bareWord = (word: string) => word.replace(/['’]s$|[’']$|[,.;:]$/gu, "");

/**
 * Whether a candidate has the shape of a person's name with nothing else around it to say so ("as Jane Doe argued",
 * "Ministers including Helen Price", "Gordon Pike’s 2002 budget"): a title before it ("Mr Henry", "Dr R. Stoker"); a
 * given name the NLP library's lexicon knows (male, female or either) before a surname that is not a place, a month or
 * a word like "Period"; an initial before a surname; or a surname the lexicon knows after a word it does not know at
 * all ("Tino Hernandez").
 */
/** A name of words the lexicon knows as names or not at all ("Chuka Obi"), not as other words ("Senior Conservative"). */
export function namesOnly(label: string): boolean {
  const nameTag = (t: string) =>
    t === "MaleName" || t === "FemaleName" || t === "LastName" || t === "Person" || t === "FirstName";
  return label.split(/\s+/u).every((w) => tagsOf(bareWord(w)).every(nameTag));
}

/**
 * A name whose words the lexicon knows as names or not at all, nor as plurals of its nouns ("Tova Reid", not "Harbourline
 * Hotels", "Civic Lantern"): two or three words, the shape a given name the lexicon lacks has ("Niall", "Rhys").
 */
function unknownNameShape(label: string): boolean {
  const words = withoutParticles(label.split(/\s+/u)).map(bareWord);
  if (words.length < 2 || words.length > 3 || !namesOnly(label)) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) || !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  return !words.some(pluralOfWord);
}

/**
 * Whether a name opens with a word the lexicon has, but not as a name: "Sailor Bell", "Skipper Lamb" (a word before a
 * surname), not "Ewan Brannock" (a given name the lexicon lacks) nor "Robin Hale" (one it has as a name too).
 */
export function opensWithCommonWord(label: string): boolean {
  const tags = tagsOf(bareWord(label.split(/\s+/u)[0] ?? ""));
  return tags.length > 0 && !tags.some((t) => /Name$|^Person$/u.test(t));
}

/** The lexicon's tags of words that open no person's name: adjectives, verbs, uncountable nouns, plurals, "actors". */
const NOT_GIVEN_NAME_TAGS = new Set([
  "Adjective",
  "Uncountable",
  "Infinitive",
  "PresentTense",
  "PastTense",
  "Gerund",
  "Actor",
  "Plural",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
]);

/**
 * A name that opens with a word the lexicon has as an adjective, a verb, an uncountable noun or a plural, and never as
 * a name, and ends with a word too (below): "New Mapping Methodologies", "Overseas Territories", "Survey
 * International", "Open Streets Week", "Safe Harbour". A person's name opens with a given name, which the lexicon knows
 * as a name ("Lee", "Florence", "Mark"), as a singular noun ("Leo", "Rose", "Robin", "Holly") or a comparative
 * ("Frank"), or not at all ("Priya", "Kofi").
 */
export function opensWithWord(label: string): boolean {
  const words = label.split(/\s+/u).map(bareWord);
  const tags = tagsOf(words[0] ?? "");
  if (tags.length === 0 || !tags.every((t) => NOT_GIVEN_NAME_TAGS.has(t))) return false;
  // Some given names are words too ("Blessing", "Patience", "Prince"): the name is a thing's only when its last word
  // is a word as well — the lexicon's, not as a name ("Ground", "Week"), a plural of one ("Persons"), or of a thing's
  // ending ("Security", "Territories", "International") — not a surname ("Blessing Okafor", "Happy Davies").
  if (words.length < 2) return false;
  const last = words.at(-1)!;
  const lastTags = tagsOf(last);
  if (lastTags.some((t) => /Name$|^Person$/u.test(t))) return false;
  return (
    lastTags.length > 0 ||
    pluralOfWord(last) ||
    (last.length >= 6 && /(?:ies|ity|ment|tion|sion|ship|ism|ogy|al)$/u.test(last))
  );
}

/**
 * A name whose words the lexicon has as other words, not as names: its last a word of another kind ("Water", "Store"),
 * its first no given name ("Upland Water", "Convenience Store", not "Will Tarrant" nor "Robert Fields"). Said to say
 * something and nothing more, such a name is a body's (a firm, a paper), not a person's.
 */
export function wordsNotNames(label: string): boolean {
  const words = label.split(/\s+/u).map(bareWord);
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  const nameTag = (t: string) =>
    t === "MaleName" || t === "FemaleName" || t === "FirstName" || t === "LastName" || t === "Person";
  const lastTags = tagsOf(words.at(-1)!);
  return lastTags.length > 0 && !lastTags.some(nameTag) && !tagsOf(words[0]!).some(nameTag);
}

/** Tags of words no name is made of: verbs, pronouns, function words, uncountable nouns. */
const THING_WORD_TAGS = new Set([
  "Infinitive",
  "PresentTense",
  "Gerund",
  "Verb",
  "Modal",
  "Pronoun",
  "Possessive",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Uncountable",
]);
/** The tags the lexicon gives a word that also mean "not a name": a plural, a past tense, an adjective as well. */
const LEXICON_THING_TAGS = new Set([...THING_WORD_TAGS, "Plural", "PastTense", "Adjective", "Actor"]);
const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person", "Honorific"]);

/**
 * "Game Day Notes", "Stop Our Flooding Scandal", "Women Talk Football": a name with a word that is a verb, a pronoun, a
 * function word or an uncountable noun (by the lexicon, or by the tagger's reading of a word it lacks: "Flooding"),
 * and no word that is a name's: what a list of people names beside them (a blog, a campaign, a unit), not a person.
 * The tagger's guesses from a word's ending alone (a plural, a past tense, an adjective: "Burns", "Ned", "Hollen") are
 * no evidence, for unknown surnames end so too.
 */
export function madeOfWords(label: string): boolean {
  let thing = false;
  for (const word of label.split(/\s+/u).map(bareWord)) {
    const lexicon = tagsOf(word);
    const lower = word.toLowerCase();
    const tagger: string[] = taggerTags.get(lower) ?? nlp(lower).json()[0]?.terms[0]?.tags ?? [];
    taggerTags.set(lower, tagger);
    if (lexicon.some((t) => NAME_TAGS.has(t)) || tagger.some((t) => NAME_TAGS.has(t))) return false;
    if (lexicon.some((t) => LEXICON_THING_TAGS.has(t)) || tagger.some((t) => THING_WORD_TAGS.has(t))) thing = true;
  }
  return thing;
}

/** Words that open a place's name, not a person's: "West Langley", "Upper Whittle", "St Ives". */
const PLACE_OPENERS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Great|Greater|Little|New|Old|Mid|Central|Port|St|Saint|Fort|Mount|Royal)$/u;

/**
 * A name in a list of people ("A, Koby Hastings, B and C") whose surname the lexicon has as a place: two or three
 * words, the first a given name or a word the lexicon lacks (no "West", no "Upper"), the others names, places or
 * words it lacks, none a plural, a region or a country.
 */
export function listNameShape(c: Candidate): boolean {
  if (c.titled || c.peer || c.short) return false;
  const words = withoutParticles(c.label.split(/\s+/u)).map(bareWord);
  if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  const given = (t: string) => t === "MaleName" || t === "FemaleName" || t === "FirstName" || t === "Person";
  if (PLACE_OPENERS.test(words[0]!) || !tagsOf(words[0]!).every(given)) return false;
  const nameOrPlace = new Set([
    "MaleName",
    "FemaleName",
    "FirstName",
    "LastName",
    "Person",
    "Place",
    "City",
    "ProperNoun",
  ]);
  return words
    .slice(1)
    .every((w) => !pluralOfWord(w) && !PLACE_ENDS.has(w.toLowerCase()) && tagsOf(w).every((t) => nameOrPlace.has(t)));
}

/**
 * Whether a name may be an item of a list of people that the list's other items vouch for ("Ann Frith, Dawn Pellow and
 * Lorin Sayer"), though the lexicon has its given name as a word: two or three capitalised words, none an
 * organisation's, a place's opener, a plural, nor a word that opens a thing's name ("Open Streets").
 */
export function listItemShape(c: Candidate): boolean {
  if (c.peer || c.short) return false;
  const words = withoutParticles(c.label.split(/\s+/u)).map(bareWord);
  if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (PLACE_OPENERS.test(words[0]!)) return false;
  if (
    words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()) || pluralOfWord(w))
  )
    return false;
  return !opensWithWord(c.label) && !wordsNotNames(c.label);
}

/** "Hotels", "Buses", "Stages": the plural of a word the lexicon knows as other than a name (not "Crothers"). */
function pluralOfWord(word: string): boolean {
  const singular = /(?:ses|xes|ches|shes)$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1);
  return /s$/u.test(word) && [singular, word.slice(0, -1)].some((w) => tagsOf(w).length > 0 && !namesOnly(w));
}

/**
 * A person's post in lower case right after the name, no comma between, then its organisation: "Euan Pryde founder
 * and CEO of BrightLoom", "Jo Marsh director at Fenby Trust".
 */
const POST_RIGHT_AFTER =
  /^\s+(?:(?:co-?)?founder|chief\s+executive|director|managing\s+director|head|chair|chairman|chairwoman|president|editor|partner|secretary)(?:\s+(?:and|&)\s+(?:(?:co-?)?founder|CEO|MD|chief\s+executive|director|chair|editor|president))?\s+(?:of|at)\s+(?:the\s+)?\p{Lu}/u;

/** After a name, "of Org" or "from the Org" (up to six capitalised words) before what the person did. */
const OF_ORGANISATION =
  /^\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}’'&-]*){0,5}/u;

/**
 * Whether what stands around a name says it is a person's when the name's words alone do not ("Niall Brennock", a given
 * name the lexicon lacks): an age after it ("Jade Holt, 19, an apprentice,"); or a name of unknown words (no noun,
 * adjective or place among them) as a sentence's subject, "Kayley Pardoe of Tenants Advice has outlined …", "Make
 * Buses Count’s Tova Reid called on …"; a post in lower case right after it ("Euan Pryde founder and CEO of
 * BrightLoom"); or in a pair or a list with a person ("Jim Corran and Niall Brisco").
 * `after`: the text after the name (and its letters); `pairedWithPerson`: whether "and" (or a list) joins it to a
 * person's name.
 */
export function personInContext(c: Candidate, after: string, pairedWithPerson: boolean): boolean {
  if (/^,\s+(?:aged\s+)?\d{1,3},/u.test(after)) return true;
  if (c.titled || c.peer || c.short || !unknownNameShape(c.label)) return false;
  if (pairedWithPerson || POST_RIGHT_AFTER.test(after)) return true;
  const from = OF_ORGANISATION.exec(after);
  if (from) return SUBJECT_VERBS.test(after.slice(from[0].length));
  // Bare, a verb only people take: not "is", "has", "opened" ("Whittle Woods is a village", "X Hotels has opened").
  return /^\s+(?:(?:has|had|also|then|later)\s+)?(?:called\s+on|spoke|speaks|described|describes|chaired|believes|believed|thinks|thought|feels|felt)\b/u.test(
    after,
  );
}

/**
 * Whether a name alone on its line (a byline, a turn's caption: "Robin Tallis.") has a person's shape though the
 * lexicon has its given name as a noun ("Robin", "Kelvin"): two or three words, the last one the lexicon knows as a
 * surname or not at all, the others as nouns or names only (the first known to it), none a plural of a word ("Harbourline Hotels") or an
 * organisation's ("Policy Forge" has a verb; "Key Findings" a plural).
 */
export function bylineShaped(c: Candidate): boolean {
  if (c.titled || c.peer || c.short) return false;
  const words = withoutParticles(c.label.split(/\s+/u)).map(bareWord);
  if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || pluralOfWord(w))) return false;
  const lastTags = tagsOf(words.at(-1)!);
  if (!lastTags.every((t) => t === "LastName" || t === "Person")) return false;
  const nameOrNoun = new Set(["Noun", "MaleName", "FemaleName", "FirstName", "LastName", "Person"]);
  // The given name one the lexicon knows (as a noun or a name): not two words it lacks ("Pwyllgor Tai", a heading).
  if (tagsOf(words[0]!).length === 0) return false;
  return words.slice(0, -1).every((w) => tagsOf(w).every((t) => nameOrNoun.has(t)));
}

export function personShaped(c: Candidate): boolean {
  if (c.titled || c.peer || c.short || c.party) return true;
  // "Kit Lamb Jr", "Tom Reed Sr", "Ann Bell III": a generation's mark after the surname is no word of the shape.
  const generation = /^(.+\S)\s+(?:Jr|Sr|Snr|Jnr|II|III|IV)\.?$/u.exec(c.label);
  if (generation) return personShaped({ ...c, label: generation[1]! });
  // "Ann de Frith", "Ida de la Pike", "Jan van der Berg": the particles before the surname are no words of the shape.
  const words = withoutParticles(c.label.split(/\s+/u)).map(bareWord);
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words.at(-1)!;
  const lastTags = tagsOf(last);
  // "Rosalind May", "Harriet June": a surname that is a month or a modal after a given name the lexicon has as nothing else.
  const monthName = words.length === 2 && isGivenName(first) && lastTags.every((t) => t === "Month" || t === "Modal");
  if (PLACE_ENDS.has(last.toLowerCase()) || (lastTags.some((t) => NOT_SURNAME_TAGS.has(t)) && !monthName)) {
    return false;
  }
  const firstTags = tagsOf(first);
  const nameTag = (t: string) => t === "MaleName" || t === "FemaleName" || t === "LastName" || t === "Person";
  // A surname the lexicon knows, or that no other word is written like: "McTaggart", "O'Rourke", "Lowther-Price".
  const surname = lastTags.some(nameTag) || /^\p{Lu}[\p{Ll}]*(?:['’-]\p{Lu}|\p{Lu}\p{Ll})/u.test(last);
  // "Jonathan Pell", "Helen Price": a given name the lexicon has as nothing else; with three words or more, a
  // surname ends it ("Laura Kemble Smith", not "Leonard Harcourt Disability" or a name run into a role in Welsh).
  // "Arne M. Tollefsen", "Christopher J. Marden", "Gareth T. C. Pryce": one or two middle initials with their stops,
  // as only people's names have.
  const written = c.label.split(/\s+/u);
  const middle = written.slice(1, -1);
  if (
    (written.length === 3 || written.length === 4) &&
    middle.every((w) => /^\p{Lu}\.$/u.test(w)) &&
    /^\p{Lu}\p{Ll}/u.test(written[0]!)
  )
    return true;
  // "Bill Rammell": "Bill", a word as a rule, is a given name where the run was read as a name (`nameThoughWord`).
  if (isGivenName(first) || (first === "Bill" && words.length === 2)) {
    return words.length === 2 || surname || (words.length === 3 && isGivenName(words[1]!)); // "Mary Jane Oakes"
  }
  // "Mark Doyle", "Grace Kerr": a given name that is also a word ("mark", "grace") before a surname.
  if (firstTags.includes("FirstName")) return surname;
  // "J. Smith", "R. Stoker", "J.R. Hartley": initials before a surname, or a word that is nothing else.
  // An initial with no stop starts a name of two words only, and is not a word: "A", "I", Welsh "Y" ("Y Cadeirydd").
  if (/^(?:\p{Lu}\.){1,3}$/u.test(c.label.split(/\s+/u)[0]!) || (/^[B-HJ-XZ]$/u.test(first) && words.length === 2)) {
    return surname || lastTags.length === 0;
  }
  // "Tino Hernandez": a word the lexicon does not know, then a surname it knows.
  return words.length === 2 && firstTags.length === 0 && lastTags.includes("LastName");
}

/** A name's words without the particles in lower case before its surname ("de", "de la", "van der"). */
function withoutParticles(words: string[]): string[] {
  const last = words.length - 1;
  let from = last;
  while (from > 1 && PARTICLE_WORD.test(words[from - 1]!)) from--;
  return from === last ? words : [...words.slice(0, from), words[last]!];
}
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, "u");

/**
 * "Ní Bhriain", "van der Berg" after a title ("Ms Ní Bhriain", "Dr van der Berg"): one surname, its particles and one
 * capitalised word, not a given name and a surname. Not after Sir or Dame, which go before a given name.
 */
function surnameWithParticle(words: string[], titles: string[]): boolean {
  if (words.length < 2 || words.length > 3 || titles.some((t) => t === "sir" || t === "dame")) return false;
  const last = words.at(-1)!;
  return (
    /^\p{Lu}/u.test(last) && !SURNAME_PARTICLE.test(last) && words.slice(0, -1).every((w) => SURNAME_PARTICLE.test(w))
  );
}

/**
 * The surnames with their particles a full name ends in, folded (case and accents): "Zoë Ní Bhriain" → "ni bhriain";
 * "Jan van der Berg" → "der berg", "van der berg". A title's "Ms Ní Bhriain" is looked for among them, as written
 * or with the accents a page or a PDF dropped ("Ms Ni Bhriain").
 */
function particleSurnames(words: string[]): string[] {
  const out: string[] = [];
  for (let k = words.length - 2; k >= 1 && SURNAME_PARTICLE.test(words[k]!); k--) {
    out.push(words.slice(k).join(" ").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  }
  return out;
}

/**
 * "Dr Grey", "Sir Michael": the person of the text whose full name ends (Sir, Dame: starts) with that word, when
 * exactly one does; otherwise a person of their own, called as written.
 */
/** Short forms of given names, as a knight or dame is called by them ("Sir Bob", "Dame Meg"): the full forms. */
const SHORT_FORMS: Record<string, string[]> = {
  bob: ["Robert"],
  rob: ["Robert"],
  bill: ["William"],
  will: ["William"],
  jim: ["James"],
  jamie: ["James"],
  mike: ["Michael"],
  mick: ["Michael"],
  dick: ["Richard"],
  rick: ["Richard"],
  tony: ["Anthony"],
  tom: ["Thomas"],
  ted: ["Edward"],
  ed: ["Edward", "Edwin"],
  ken: ["Kenneth"],
  nick: ["Nicholas"],
  chris: ["Christopher", "Christine", "Christina"],
  steve: ["Stephen", "Steven"],
  dave: ["David"],
  pete: ["Peter"],
  andy: ["Andrew"],
  alex: ["Alexander", "Alexandra"],
  ben: ["Benjamin"],
  dan: ["Daniel"],
  sam: ["Samuel", "Samantha"],
  meg: ["Margaret"],
  maggie: ["Margaret"],
  peggy: ["Margaret"],
  liz: ["Elizabeth"],
  beth: ["Elizabeth"],
  kate: ["Katherine", "Catherine"],
  cathy: ["Catherine", "Katherine"],
  sue: ["Susan"],
  jenny: ["Jennifer"],
  annie: ["Anne", "Ann"],
  pat: ["Patricia", "Patrick"],
  val: ["Valerie"],
};

/**
 * The short forms a text may call someone of this given name by alone ("Ed" for Edward, "Steve" for Stephen): those of
 * `SHORT_FORMS` that are no other word (not "Bill", "Will", "Pat", "Rob", "Nick", "Sue": the Bill, will, to rob).
 */
export function shortFormsOf(given: string): string[] {
  return Object.entries(SHORT_FORMS)
    .filter(([short, full]) => full.includes(given) && !WORD_TOO.has(short))
    .map(([short]) => short[0]!.toUpperCase() + short.slice(1));
}

/** Short forms of `SHORT_FORMS` that are also words of the language, never read as a name alone. */
const WORD_TOO = new Set([
  "bob",
  "rob",
  "bill",
  "will",
  "dick",
  "mick",
  "nick",
  "pat",
  "sue",
  "val",
  "ken",
  "dan",
  "pete",
]);

export function resolveShortNames(candidates: Candidate[]): void {
  const full = new Map<string, Set<string>>();
  const labelOf = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.short || c.peer) continue;
    if (!labelOf.has(c.key)) labelOf.set(c.key, c);
    const words = c.label.split(/\s+/u);
    for (const [how, word] of [
      ["surname", words.at(-1)!],
      ["given", words[0]!],
      ...particleSurnames(words).map((w) => ["surname", w] as const),
    ] as const) {
      const k = `${how} ${word}`;
      full.set(k, (full.get(k) ?? new Set()).add(c.key));
    }
  }
  for (const c of candidates) {
    if (!c.short) continue;
    // "Sir Bob" for the text's Sir Robert: the given name's usual short form.
    const formal = c.short === "given" ? SHORT_FORMS[c.label.toLowerCase()] : undefined;
    const particled = c.label.includes(" ") ? particleSurnames(["", ...c.label.split(/\s+/u)]).at(-1) : undefined;
    const owners =
      full.get(`${c.short} ${particled ?? c.label}`) ??
      formal?.map((f) => full.get(`given ${f}`)).find((o) => o?.size === 1);
    if (owners?.size === 1) {
      const owner = labelOf.get([...owners][0]!)!;
      c.key = owner.key;
      c.label = owner.label;
      if (owner.titled) c.titled = owner.titled;
      else delete c.titled;
    } else if (particled) {
      // "Ms Ní Bhriain" with no one of the text of that surname: read as before, a person "Ní Bhriain".
      delete c.short;
    } else {
      c.label = c.titled!;
      c.key = personKey(c.label);
      delete c.titled;
    }
  }
}

const WORD_RUN = /[\p{L}\p{N}-]+/gu;

/**
 * Where each of `words` occurs as a word of its own (no letter, digit or hyphen on either side), in text order: one
 * pass over the text for all the words made of those characters only, and a search of its own for any other.
 */
export function wordPositions(text: string, words: string[]): (word: string) => number[] {
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
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, "gu");
    return [...text.matchAll(pattern)].map((m) => m.index);
  };
}
