// People, their roles and organisations, as a text gives them: "Name, the Role of Org", "Role of Org, Name",
// "Org’s Role Name", "Role Name", "Name (Role at Org)", "Name, who works as a Role for Org"; then every later mention
// of each person: full name, surname or first name alone, or "the Role of Org".
import { endedOn, roleDatesAfter } from "./dates.js";
import { type KnownEntities, nameKey, personKey } from "./known.js";
import { CoveredText, SpanSet, SpansInOrder } from "./spans.js";
import { escapeRegExp, type Paragraph, type Sentence, type Span, wordCount } from "./text.js";
import {
  DEPARTMENT_WORDS,
  GENERAL_POSTS,
  INQUIRY_HEAD,
  isRoleWord,
  ORGANISATION_WORDS,
  SENTENCE_WORDS,
  SPEECH_VERBS,
  SUBJECT_VERBS,
} from "./words.js";
import { headlineParty, isPresidingOffice, pastHeadlineName } from "./transcript.js";
import {
  type Candidate,
  HONORIFICS,
  isCapitalised,
  type Mention,
  nameCandidates,
  namesOnly,
  personInContext,
  bylineShaped,
  placeOrDescription,
  personShaped,
  POSTNOMINAL_RUN,
  nameOnlyWord,
  resolveShortNames,
  TITLE_WORDS,
  tokens,
  listNameShape,
  listItemShape,
  wordPositions,
  opensWithCommonWord,
  opensWithWord,
  wordsNotNames,
  madeOfWords,
  isGivenName,
  mentionsStandingAlone,
  shortFormsOf,
} from "./names.js";
import {
  acronymsIn,
  spells,
  CAMPAIGN_AIM_BEFORE,
  CONNECTORS,
  COUNCIL_NAME,
  fieldListEnd,
  paperOfBody,
  postAtEnd,
  pluralPost,
  joinsOrganisation,
  looksLikeOrganisation,
  modifierWords,
  NOT_ORGANISATION_ENDS,
  DOCUMENT_ENDS,
  ORG_RUN,
  organisationAt,
  organisationsByKind,
  utilityBodies,
  POST_FIELD_WORD,
  POST_TIME_OPENING,
  bodiesJoinedByAnd,
  bodiesLists,
  bodiesOfListedPeople,
  creditAgenciesIn,
  type OrganisationFound,
  type OrganisationRef,
  isParty,
  PARTIES,
  partiesInProse,
  publicationsIn,
  stateBodiesIn,
  PARTY_BRACKET,
  possessiveInName,
  readName,
  SEAT_THEN_PARTY,
  US_PARTIES,
  US_PARTY_BRACKET,
  US_STATE,
} from "./organisations.js";
import {
  AND_ALSO,
  ARTICLES,
  CHAIR_VERBS,
  clauseAfter,
  DATING,
  ROYAL,
  ROYAL_LETTERS,
  ENDED,
  clausesBefore,
  COUNCIL_POST,
  councilPost,
  describedPost,
  FIELD_THEN_AT,
  fieldThenOrganisation,
  acronymOpening,
  chairedBodies,
  lowerRoleAt,
  ORGS_POST,
  organisationBeforePost,
  organisationOpening,
  ownSentencePost,
  partyPost,
  partyBeforeName,
  partyOfListedMembers,
  partyOfPost,
  parseRole,
  parseRoleAnywhere,
  POSITION_AS,
  possessiveRole,
  QUALIFIER,
  readBefore,
  representedBy,
  ROLE_MODIFIERS,
  roleMentions,
  type RoleStatement,
  roleStatement,
  SPEAKING_FOR,
  THE_ORGS_ROLE,
  theOrgs,
  WHO_LEADS,
  STATE_BEFORE_OFFICE,
} from "./posts.js";

export interface PersonFound {
  key: string;
  label: string;
  /** Honorific as written ("Cllr", "Dr"), kept as an alias. */
  titled?: string;
  first: number;
  /** What shows this is a person: a role beside the name, speech, chairing, the registry, or the NLP tagger. */
  signals: Set<"role" | "speech" | "chair" | "known" | "nlp" | "listed" | "shape">;
}

export interface PeopleInText {
  people: Map<string, PersonFound>;
  /** Every mention of a person, in text order. */
  mentions: Mention[];
  roles: RoleStatement[];
  organisations: Map<string, OrganisationFound>;
}

export interface PeopleOptions {
  known: KnownEntities;
  /** Spans the NLP tagger calls people. */
  nlpPeople: Span[];
  /** A transcript's speaker labels: a name in one is a person who speaks. */
  speakers?: Span[];
  /** A transcript's lists of members and witnesses: a name in one is a person. */
  lists?: Span[];
  /** A transcript's turns: who speaks (the label's name, or the chair's office) and the words spoken. */
  turns?: { speaker: Span; words: Span; chair: boolean }[];
  /** The entry of a transcript's title block that names its chair, for the turns of "The Chair". */
  chair?: Span;
}

/** A paragraph listing people: "Members present:", "Witnesses:", "Speakers:", "Panel:". */
const PEOPLE_LIST =
  /^\s*(?:(?:committee\s+)?members\s+present|present|members|witnesses|speakers|panellists|panelists|panel)\s*:/iu;

/** Before a name, words that give the text's words to that person. */
const WORDS_OF = /\b(?:(?:the|in\s+the|these\s+are\s+the)\s+words\s+of|hear(?:d)?\s+from|quoting)\s+$/iu;
/** A paragraph that is only a byline: "By" (or nothing) before the name, a date (or nothing) after it. */
const BYLINE = /^\s*(?:(?:by|posted\s+by|written\s+by)\s+)?$/iu;
// "By Ann Bell The": the paper's name after the writer's, run into the byline, its "The" all that is left of it.
const BYLINE_END =
  /^\s*(?:[,|–—-]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|The(?:\s+\p{Lu}[\p{L}'’-]*){0,4})?\s*$/u;
/** "By", "Posted by", "Written by" opening a paragraph, right before the name. */
const BYLINE_BY = /^\s*(?:(?:posted|written)\s+)?by\s+$/iu;
/** After a byline's name, its organisation alone: ", Fenby Marine Trust". */
const BYLINE_ORGANISATION =
  /^\s*,\s*\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|and|&|for|the)\s+)?\p{Lu}[\p{L}&'’.-]*){0,6}\s*$/u;

/** Words no post's field has: articles, verbs, dating words. */
const NOT_A_FIELD = /^(?:the|a|an|is|was|has|had|new|former|own|very|then|now|also)$/u;
/** A social media handle in brackets after a name: " (@janepike)". */
const HANDLE = /^\s*\(@[\p{L}\p{N}_.]+\)/u;
/** Pronouns in brackets after a name: "(she/her)", "(they/them)", "(he/they)". */
const PRONOUNS = /^\s*\((?:she|he|they|ze|xe)\s?\/\s?(?:her|hers|him|his|them|theirs|they|she|he|ze|xe|zir|xem)\)/iu;
/** "Ann Frith (pictured), chief executive of …": a note on the page's photograph, in brackets after the name. */
const PICTURE_NOTE =
  /^\s*\((?:(?:also\s+)?pictured(?:\s+(?:left|right|above|below|centre|center))?|(?:far\s+)?(?:left|right)|centre|center|above|below|inset|top|bottom)\)/iu;
/** A member's letters: "MP", "MSP". */
const MEMBER_LETTERS = /^(?:MP|MSP|MS|AM|MLA|MEP)$/u;
/** A member's seat: "MP for Fenby", "MSP for Harbour East", "the MP for Fenby in Marlshire" (the county it is in). */
const MEMBER_FOR =
  /^,?\s+((?:the\s+)?(?:MP|MSP|MS|AM|MLA)\s+for\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|upon|on)\s+)?\p{Lu}[\p{L}’'-]*){0,4}(?:\s+in\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?)/u;

/** A speech verb right after a name: "… said", "…, has warned". */
const SPEAKS_NEXT = new RegExp(`^,?\\s+(?:(?:has|had|also)\\s+)?(?:${SPEECH_VERBS})\\b`, "u");

/**
 * A clause about a person between the name and a speech verb: "…, who runs a bakery on Fen Road, said", "…, whose shop
 * closed in May, told the paper", "…, a baker who has traded here for years, said" (an appositive whose "who" makes it a
 * person's, not a body's "which"). The clause has no comma, stop or quotation mark of its own, so the verb is the
 * named person's, not a later one's.
 */
const SPEAKS_AFTER_CLAUSE = new RegExp(
  `^,\\s+(?:(?:a|an|the)\\s+[^,;:.!?"“”()]{1,60}?\\s+)?(?:who|whose)\\s+[^,;:.!?"“”()]{1,120}?,\\s+` +
    `(?:(?:has|had|also|then|later|further)\\s+)?(?:${SPEECH_VERBS})\\b`,
  "u",
);

/** Before a name, a photo's credit: "Photo by", "Image:", "Credit:". */
const PHOTO_CREDIT = /\b(?:(?:photo(?:graph)?|image|picture)s?\s+(?:by|:|courtesy\s+of)|credit:|©)\s*$/iu;
/** After a credit's name, the stock library it is taken from: "Photo by Ann Bell on Fenpix". */
const STOCK_LIBRARY = /^\s+on\s+\p{Lu}/u;
/** After a surname, its given name and a bracket, as a list of members gives them: "Kemble Smith, Laura (Marlow)". */
const INVERTED_NAME = /^,\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\s+)?\p{Lu}[\p{L}'’-]+\s+\(/u;

/** What the stages of `findPeople` share: the text, its names, and the people and posts found so far. */
interface Reading {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  options: PeopleOptions;
  known: KnownEntities;
  /** Acronyms the text defines: acronym → the organisation's name as written. */
  acronyms: Map<string, string>;
  candidates: Candidate[];
  candidatesInOrder: SpansInOrder<Candidate>;
  paragraphOf: (at: number) => Paragraph;
  sentencesInOrder: SpansInOrder<Sentence>;
  limitAt: (from: number, end: number) => number;
  clauseBefore: (paragraph: Span, end: number) => Span;
  speakerLabels: SpanSet;
  lists: SpanSet;
  nlpPeople: SpanSet;
  people: Map<string, PersonFound>;
  roles: RoleStatement[];
  /** Statements "Its Role, Name", by index: their organisation is the last one named before them. */
  possessed: number[];
  /** Statements "Name, the Trust’s Role", by index: their organisation is the last one named before whose name ends so. */
  possessedBy: Map<number, string>;
  /** The passages of the role statements made so far. */
  statedRoles: SpanSet;
  signal: (c: Candidate, s: Signal) => PersonFound;
  /** `postStatedAt` for this reading. */
  postAt: (c: Candidate, from: number, comma: boolean, paren: boolean) => RoleStatement | undefined;
}

type Signal = PersonFound["signals"] extends Set<infer T> ? T : never;

/** A name and what stands around it in its paragraph, as the stages that read its posts see it. */
interface NameInContext {
  c: Candidate;
  p: Paragraph;
  /** How far the letters and party after the name run from its end. */
  post: number;
  /** The paragraph after the name (and its letters and party). */
  after: string;
  /** Where the name starts, its title included. */
  nameStart: number;
  before: ReturnType<typeof readBefore>;
  /** How many role statements there were before this name's, and after its party's. */
  rolesBefore: number;
  rolesAfterParty: number;
}

/**
 * People, their posts and organisations, and their mentions: the names in the text; what each name's paragraph says
 * beside it; the mentions of the people found; posts stated away from a name (a sentence of its own, a post with no
 * name); then the organisations, and the posts whose organisation is named elsewhere.
 */
export function findPeople(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  options: PeopleOptions,
): PeopleInText {
  const reading = startReading(text, paragraphs, sentences, options);
  // Each statement is tagged with the reading that made it (a feature of the affiliation model).
  const tag = (rule: string) => {
    for (const r of reading.roles) r.rule ??= rule;
  };
  for (const c of reading.candidates) readAroundName(reading, c);
  tag("aroundName");
  namesListedWithPeople(reading);
  partiesBeforeNames(reading);
  tag("partiesBeforeNames");
  listEntryPosts(reading);
  tag("listEntryPosts");
  postsSharedByList(reading);
  evidenceGroups(reading);
  tag("evidenceGroups");
  witnessPostsSharingOrganisation(reading);
  tag("witnessPostsSharingOrganisation");
  postOnNextLine(reading);
  tag("postOnNextLine");
  officialsOfBody(reading);
  tag("officialsOfBody");
  postsStatedInTurns(reading);
  tag("postsStatedInTurns");
  const { mentions, shortNames } = mentionsOf(reading);
  const kept = keepPeople(reading, mentions);
  postsInOwnSentences(reading, kept, shortNames);
  tag("postsInOwnSentences");
  postsWithNoName(reading, kept);
  tag("postsWithNoName");
  chairsOfBodies(reading, kept);
  tag("chairsOfBodies");
  headWordsReferBack(reading);
  tag("headWordsReferBack");
  splitJoinedBodies(reading);
  seatsAreNoBodies(reading);
  datesAreNoBodies(reading);
  remitsAreNoBodies(reading);
  const organisations = organisationsIn(text, paragraphs, reading.roles, kept, reading.known, reading.acronyms);
  organisationsNamedBefore(reading, organisations);
  tag("organisationsNamedBefore");
  witnessListOrganisations(reading);
  tag("witnessListOrganisations");
  colleaguesJoining(reading);
  councilPosts(reading, organisations);
  tag("councilPosts");
  postsGivenApart(reading);
  return { people: reading.people, mentions: kept, roles: reading.roles, organisations };
}

/**
 * "Name is MP for Fenby North", "the Labour MSP for Marlow East", "TD for Marlow West", "Member of Parliament for Fenby":
 * what a member's post is "for" is their seat, no body, whichever reading found it. A party named before the letters
 * is the member's, with the letters as the post; with none, the statement keeps the person's post and no body.
 */
function seatsAreNoBodies(reading: Reading): void {
  const { text } = reading;
  reading.roles = reading.roles.flatMap((r) => {
    const o = r.organisation;
    const inLabel = o && SEAT_IN_LABEL.exec(o.label);
    if (!o || !(inLabel || SEAT_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start)))) return [r];
    const party = partyOfPost(text, r.role, r.evidence.start);
    if (party) return [{ ...r, organisation: party.organisation, role: party.role }];
    const { organisation: seat, ...post } = r;
    // ("Name, TD for Marlow West": the letters read as the body's first word are the post.)
    const role = post.role || (inLabel?.[1] ?? "");
    return role ? [{ ...post, role, seat }] : [];
  });
}
/** A member's letters, or "Member of Parliament", then "for": what follows is the seat. */
const SEAT_BEFORE =
  /(?:(?<![\p{L}])(?:MP|MSP|MS|AM|MLA|MEP|TD|MLC|MHK|MPP|MNA)|Member\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:Parliament|Assembly))\s+for\s+(?:the\s+)?$/u;
/** A seat read whole as a body's name: "TD for Marlow West", "Parliament for Fenby North". */
const SEAT_IN_LABEL = /^(?:the\s+)?(MP|MSP|MS|AM|MLA|MEP|TD|MLC|MHK|MPP|MNA|Parliament)\s+for\s+\p{Lu}/u;

/**
 * "By X, Local Democracy Reporter, 4 June 2024": a date after a post is when the text was written, never the post's
 * organisation, whichever reading took it for one, nor is a word dating the post; the statement keeps the post.
 */
function datesAreNoBodies(reading: Reading): void {
  reading.roles = reading.roles.flatMap((r) => {
    const dated = DATE_AFTER_POST.exec(r.role);
    // "By X, Senior Fellow · 3 June 2024": a date after a post, past a mark, is no part of the post either.
    if (dated && !r.organisation) {
      const evidence = reading.text.slice(r.evidence.start, r.evidence.end);
      const end = evidence.endsWith(dated[0]) ? r.evidence.end - dated[0].length : r.evidence.end;
      const role = r.role.slice(0, dated.index);
      return role ? [{ ...r, role, evidence: { start: r.evidence.start, end } }] : [];
    }
    // "New harbours secretary Name", "Outgoing chair Name": a word dating the post, opening the sentence, is no body.
    const o = r.organisation;
    if (!o || !(A_DATE.test(o.label) || POST_DATING_WORD.test(o.label))) return [r];
    const { organisation: _date, ...post } = r;
    return post.role ? [post] : [];
  });
}
/** A word alone that dates a post, capitalised where it opens a sentence: "New", "Former", "Outgoing". */
const POST_DATING_WORD = /^(?:New|Newly|Former|Then|Outgoing|Incoming|Retiring|Departing|Interim|Acting|Current)$/u;
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A date alone: "4 June 2024", "June 4, 2024", "June 2024", "2024-06-04", with or without a weekday before it. */
const A_DATE = new RegExp(
  String.raw`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS},?\s+\d{4}|${MONTHS}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{4}-\d{2}-\d{2})$`,
  "u",
);

/** A date closing a post's words, past a mark: " · 3 June 2024", " | June 2024", ", 2024-06-03". */
const DATE_AFTER_POST = new RegExp(
  String.raw`\s*[·•|,–—-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS},?\s+\d{4}|${MONTHS}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{4}-\d{2}-\d{2})$`,
  "u",
);

/**
 * "Fenby Fire & Rescue Commissioner, Ann Bell", "the Police and Crime Commissioner for Marlshire": a post whose first
 * words are its remit (two fields joined by "and") or that serves an area ("Commissioner for <place>") names no body,
 * whichever reading took the fields or the place for one; the statement keeps the post.
 */
function remitsAreNoBodies(reading: Reading): void {
  const { text, known } = reading;
  reading.roles = reading.roles.flatMap((r) => {
    const o = r.organisation;
    if (!o || known.byName("organisation", o.label)) return [r];
    const role = REMIT_THEN_POST.exec(text.slice(o.end, o.end + 60));
    const remit = role !== null && isRoleWord(role[1]!) && remitEnds(o.label.split(/\s+/u));
    const area =
      /\bCommissioner$/u.test(r.role) &&
      /\bfor\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, o.start - 30), o.start)) &&
      !/\p{L}\p{Lu}/u.test(o.label) && // (no acronym: "FfH", "FRA")
      !o.label.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
    if (!remit && !area) return [r];
    const { organisation: _place, ...post } = r;
    return [remit ? { ...post, role: `${o.label} ${role[1]!}` } : post];
  });
}
/** A post's word (or its plural) right after a name: "… Commissioner", "… Commissioners of". */
const REMIT_THEN_POST = /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;
/** Whether words end in a remit, two fields joined by "and": "Police and Crime", "Fire & Rescue" (not "… and Fenby Trust"). */
function remitEnds(words: string[]): boolean {
  const last = words.at(-1) ?? "";
  return (
    words.length >= 3 &&
    /^(?:and|&)$/u.test(words.at(-2)!) &&
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    !ORGANISATION_WORDS.has(last.toLowerCase()) &&
    words.slice(0, -2).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))
  );
}
/** "Police and Crime Commissioners", "Fire & Rescue Commissioner": a remit, then a post's word or its plural. */
function remitPost(words: string[]): boolean {
  return words.some((w, k) => {
    const bare = w.replace(/[,;:.)’']+$/u, "");
    if (!(isRoleWord(bare) || isRoleWord(bare.replace(/s$/u, "")))) return false;
    if (ORGANISATION_WORDS.has(bare.toLowerCase())) return false;
    // ("Guild of Harbour and Ferry Commissioners": a body of the post's holders.)
    if (words.slice(0, k).some((x) => /^(?:of|for)$/iu.test(x))) return false;
    return remitEnds(words.slice(0, k)) && !words.slice(k + 1).some((x) => ORGANISATION_WORDS.has(x.toLowerCase()));
  });
}

/** "Name, Role, Org and Org2": a post's organisation that is two bodies joined by "and" is a post at each. */
function splitJoinedBodies(reading: Reading): void {
  reading.roles = reading.roles.flatMap((r) => {
    if (!r.organisation) return [r];
    const parts = bodiesJoinedByAnd(reading.text, r.organisation, reading.known);
    return parts.length === 1 ? [r] : parts.map((o) => ({ ...r, organisation: o }));
  });
}

/**
 * A list's line "Odile Brassard  Commander, Fenby Health Services, Champion for Women, Department of X" (a witness, as
 * openparliament.ca lists them under "Also speaking"): the name, two spaces, then that person's posts and bodies with
 * commas, where a run of capitalised words ("Harbour Resource Management", "Tarnak Uvagut") is no one's name.
 */
const NAME_THEN_POSTS =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4} {2,}(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Rt|Hon)\b)(?=\p{Lu}[^\n]*,)/u;

function withoutPostsOfListedNames(
  text: string,
  paragraphs: Paragraph[],
  candidates: Candidate[],
  lists: Span[],
): Candidate[] {
  const spans = lists.flatMap((l) => {
    const m = NAME_THEN_POSTS.exec(text.slice(l.start, l.end));
    const end = text.indexOf("\n", l.start);
    return m ? [{ start: l.start + m[0].length, end: end === -1 || end > l.end ? l.end : end }] : [];
  });
  if (spans.length === 0) return candidates;
  // The same posts on a line of their own, over the witness's turn, are no one's name either.
  const written = new Set(spans.map((s) => text.slice(s.start, s.end).trim()));
  for (const p of paragraphs) if (written.has(text.slice(p.start, p.end).trim())) spans.push(p);
  const posts = new SpanSet(spans);
  // A name with a title there is a person's ("Ann Bell  Cllr Tom Reed, …", a list printed in columns).
  return candidates.filter((c) => c.titleStart !== undefined || !posts.covers(c));
}

/**
 * "Tory MP defects from Harwood to Penlow": a person the registry knows by one word (a surname, as the annotator
 * registered them), named by that word alone, outside any run of capitalised words; only a word the lexicon has as a
 * name or not at all ("Penlow", not "Brown" or "May"). So too a known person the text names only by a name the
 * registry gives as their alias: "President Marrow said …", "Kessler's plan" for the registry's "Ida Kessler" (aliases
 * "President Marrow", "Kessler"), after an office or a title at most ("Prime Minister Kessler"), never as a
 * modifier after an article ("the Kessler plan", "a Marrow government": a plan, a government).
 */
function withKnownNamesAndAliases(text: string, known: KnownEntities, candidates: Candidate[]): Candidate[] {
  const names = new Map<string, { label: string; written: Set<string> }>();
  for (const e of known.ofType("person")) {
    const written = [e.label, ...e.aliases].filter((n) => {
      const words = n.split(/\s+/u);
      const shape = n === e.label ? ONE_WORD_NAME.test(n) : ONE_WORD_NAME.test(words.at(-1)!) && words.length <= 3;
      return shape && namesOnly(words.at(-1)!) && words.slice(0, -1).every(officeOrTitle);
    });
    if (written.length) names.set(e.id, { label: e.label, written: new Set(written) });
  }
  if (names.size === 0) return candidates;
  const taken = new SpanSet(candidates);
  // "Paul Kessler said …" beside the registry's Olaf Kessler: a surname another person in the text has is theirs.
  const surnames = new Map<string, Set<string>>();
  for (const c of candidates) {
    const last = c.label.split(/\s+/u).at(-1)!;
    surnames.set(last, (surnames.get(last) ?? new Set()).add(c.key));
  }
  const added: Candidate[] = [];
  for (const m of known.find(text, ["person"])) {
    const name = names.get(m.id);
    if (name === undefined || !name.written.has(text.slice(m.start, m.end)) || taken.overlaps(m)) continue;
    const others = [...(surnames.get(text.slice(m.start, m.end).split(/\s+/u).at(-1)!) ?? [])];
    if (others.some((key) => key !== personKey(name.label))) continue;
    // A person the text names in full is followed by their short names already (`mentionsOf`).
    if (others.includes(personKey(name.label))) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // Capitalised words before it: an office or a title only ("Prime Minister Kessler", "President-elect Kessler").
    const lead = /((?:\p{Lu}[\p{L}’'.-]*[^\S\n])+)$/u.exec(before)?.[1];
    if (lead && !lead.trim().split(/\s+/u).every(officeOrTitle)) continue;
    if (/\b(?:the|a|an|this|that)\s+$/iu.test(lead ? before.slice(0, -lead.length) : before)) continue;
    if (/^[^\S\n]\p{Lu}/u.test(text.slice(m.end, m.end + 2))) continue;
    // Not a part of a longer name: "Okafor" of "Tom Okafor-Hughes".
    if (/^[-‐\p{L}]/u.test(text.slice(m.end, m.end + 1)) || /[-‐\p{L}]$/u.test(before)) continue;
    added.push({ start: m.start, end: m.end, key: personKey(name.label), label: name.label, alias: true });
  }
  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.start - b.start);
}

/** A name of one word: "Penlow", "Kessler", "McAdam", "O'Dowd". */
const ONE_WORD_NAME = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}’'-]{2,}$/u;
/** A capitalised word of an office or a title: "President", "President-elect", "Minister", "Mr.". */
const officeOrTitle = (word: string) =>
  /^\p{Lu}/u.test(word) &&
  (isRoleWord(word.replace(/-elect$/u, "")) || HONORIFICS.has(word.toLowerCase().replace(/\.$/u, "")));

/** What opens a list of people whose entries ";" divides: "Witnesses:", "Witnesses II:", "Members present:". */
const ENTRIES_OPENER =
  /\b(?:(?:Committee\s+)?Members\s+present|Present|Witnesses(?:\s+[IVX]{1,4})?|Speakers|Panellists|Panelists|Panel)\s*:/gu;
/** A name as a members list gives it: a title or none, then two to five capitalised words ("Mrs Ann Bell-Reed"). */
const LISTED_NAME =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Lady|Professor|Prof|Rt\s+Hon)\.?\s+)*\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){1,4}$/u;
/** A list's end: a full stop that is no title's or initial's ("Dr.", "J."), or "gave evidence". */
const ENTRIES_END =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|St|Prof|Rt|Hon|Cllr|No|\p{Lu}))\.(?=\s|$)|,?\s+gave\s+(?:oral\s+)?evidence\b/u;
/** Before a later name of one entry, what joins a second person to it: "and", "&", "with", "accompanied by". */
const SECOND_PERSON = /(?:\band|&|\bwith|\baccompanied\s+by)\s+$/u;

/**
 * "Witnesses: Ann Frith, Director, Fenby Trust; Tom Reed, Head of Policy, Campaign for Better Roads, on behalf of the
 * Harbour Alliance; and Kit Lamb, Chief Executive, Marlow Retail Skills": a list of people whose entries ";" divides,
 * each entry one person (or two joined by "and") named before its first comma, the pieces after it their posts and
 * bodies, where a run of capitalised words ("Better Roads", "Marlow Retail") is no one's name — unless a title or
 * "and" before it makes it a second person's ("…, and Dr Jo Pratt, Secretary, Fenby Trust;").
 */
function withoutLaterPiecesOfEntries(text: string, paragraphs: Paragraph[], candidates: Candidate[]): Candidate[] {
  const pieces: Span[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const opener of body.matchAll(ENTRIES_OPENER)) {
      const from = opener.index + opener[0].length;
      const end = ENTRIES_END.exec(body.slice(from));
      const list = body.slice(from, end ? from + end.index : body.length);
      if (!list.includes(";")) continue;
      const members = /^(?:(?:Committee\s+)?Members\s+present|Present)\b/u.test(opener[0]);
      let at = from;
      for (const entry of list.split(";")) {
        const comma = entry.indexOf(",");
        // "Members present: Ann Bell (Chair); Tom Reed, Jo Marsh,Mrs Kit Lamb": after the chair, the other members
        // parted by commas, each a name (no post's or body's word): every one a member, no post of the first.
        const names =
          members &&
          entry.split(/,|\s+and\s+/u).every((x) => {
            const words = x.trim().split(/\s+/u);
            return (
              LISTED_NAME.test(words.join(" ")) &&
              !words.some((w) => isRoleWord(w) || ORGANISATION_WORDS.has(w.toLowerCase()))
            );
          });
        if (comma !== -1 && !names) pieces.push({ start: p.start + at + comma, end: p.start + at + entry.length });
        at += entry.length + 1;
      }
    }
  }
  if (pieces.length === 0) return candidates;
  const inPieces = new SpanSet(pieces);
  return candidates.filter(
    (c) =>
      !inPieces.covers(c) ||
      c.titleStart !== undefined ||
      SECOND_PERSON.test(text.slice(Math.max(0, c.start - 20), c.start)),
  );
}

/** The names in the text, and the state that the stages of `findPeople` share (`Reading`). */
function startReading(text: string, paragraphs: Paragraph[], sentences: Sentence[], options: PeopleOptions): Reading {
  const { known } = options;
  // "the Association of Directors of Adult Social Services (ADASS)": the acronym is that organisation wherever it
  // stands ("president of ADASS"), and the name's last words before it are no person ("Coastal Services (ADCS)").
  const acronyms = acronymsIn(text, known);
  const candidates = withKnownNamesAndAliases(
    text,
    known,
    withoutLaterPiecesOfEntries(
      text,
      paragraphs,
      withoutPostsOfListedNames(text, paragraphs, namesInText(text, paragraphs, acronyms), options.lists ?? []),
    ),
  );
  const speakerLabels = new SpanSet(options.speakers ?? []);
  const lists = new SpanSet(options.lists ?? []);
  const paragraphsInOrder = new SpansInOrder(paragraphs);
  const paragraphOf = (at: number) => paragraphsInOrder.at(at, (p) => p.start <= at && at <= p.end)!;
  const sentencesInOrder = new SpansInOrder(sentences);
  const nlpPeople = new SpanSet(options.nlpPeople);
  const limitAt = limitsBeforeAnd(text, candidates);
  const clauseBefore = clausesBefore(text);
  const candidatesInOrder = new SpansInOrder(candidates);
  const people = new Map<string, PersonFound>();
  const roles: RoleStatement[] = [];
  const possessed: number[] = [];
  const possessedBy = new Map<number, string>();
  const statedRoles = new SpanSet();
  const signal = (c: Candidate, s: Signal) => {
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
  const reading: Reading = {
    text,
    paragraphs,
    sentences,
    options,
    known,
    acronyms,
    candidates,
    candidatesInOrder,
    paragraphOf,
    sentencesInOrder,
    limitAt,
    clauseBefore,
    speakerLabels,
    lists,
    nlpPeople,
    people,
    roles,
    possessed,
    possessedBy,
    statedRoles,
    signal,
    postAt: (c, from, comma, paren) => postStatedAt(reading, c, from, comma, paren),
  };
  return reading;
}

/** A post written after its organisation's name, then "and": "FHT Chair and", "Fenby Trust Chief Executive and". */
const OWN_POST_AND =
  /^\s*((?:\p{Lu}[\p{L}&’'-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&’'-]*)\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?=\s+and\s+\p{L})/u;

/**
 * The post a role phrase at `from` states for `c` (person left blank): "Role of Org", "Role at Org", and after a
 * comma or in parentheses "Role, Organisation" ("Cabinet Member for Highways, Marlshire County Council": what the role
 * was for is its department, the organisation comes after the comma), as witness lists and bylines give it.
 */
/**
 * "Name, Fenby Bus Users' Group secretary,": a body's name, then the post in lower case (group 2), which may end in its
 * field after "of" or "for": "Fenby Harbour Trust director of policy", "Marlow Post head of harbour affairs".
 */
const BODY_THEN_LOWER_POST =
  /^\s*(?:an?\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+(?:(?:of|for|and|&)\s+)?)+)((?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+|CEO|MD|CFO|COO|CTO|VP)(?:\s+(?:of|for)\s+(?!(?:the|an?|one|two|three|four|five|six|ten|many|several|some|years?|months?)\s)(?:[\p{Ll}-]+\s+(?:and\s+)?){0,2}[\p{Ll}-]+)?)\s*$/u;
/** A post's qualifier in lower case before the body's name: "acting", "interim", "deputy" (of "acting FRA general secretary"). */
const POST_QUALIFIER_FIRST = /^\s*(?:an?\s+|the\s+)?(acting|interim|joint|deputy|assistant)\s+(?=\p{Lu})/u;
/** The field a lower-case post ends in: " of policy", " for harbour affairs". */
const POST_FIELD = /\s+(?:of|for)\s.*$/u;

function postStatedAt(
  reading: Reading,
  c: Candidate,
  from: number,
  comma: boolean,
  paren: boolean,
): RoleStatement | undefined {
  const { text, known, paragraphOf, limitAt, candidatesInOrder } = reading;
  const p = paragraphOf(c.start);
  const limit = limitAt(from, p.end);
  let clause = clauseAfter(text, from, limit);
  // "Senior Research Fellow (Transport) at X", "Senior Consultant & Programme Director, Learning and Organisational
  // Change at X": a post's qualifier in brackets, or its field after a comma, before "at Org".
  let extended = false;
  let unitEnd: number | undefined;
  for (let k = 0; k < 2; k++) {
    const rest = text.slice(clause.end, limit);
    const field = QUALIFIER.exec(rest) ? undefined : FIELD_THEN_AT.exec(rest);
    const more = QUALIFIER.exec(rest) ?? field;
    if (!more) break;
    if (field && /\s(?:of|for)\s/u.test(field[0])) unitEnd = clause.end + field[0].length;
    clause = { start: clause.start, end: clauseAfter(text, clause.end + more[0].length, limit).end };
    extended = true;
  }
  // "who stepped down as chief executive of X": a relative clause is read by its verb (above and below), not as a post.
  if (/^\s*(?:who|which|that)\s/iu.test(text.slice(clause.start, clause.end))) return undefined;
  // "FHT Chair and CEO, Marlow Consulting": a post with its organisation's name before it is whole before the "and"; the
  // post after it is a second one, read as such. (The name is one of two words or more, or an acronym: "Party Chair
  // and Chair of X" names no party.)
  const whole = OWN_POST_AND.exec(text.slice(clause.start, clause.end));
  const owner = whole?.[1] ?? "";
  if (
    whole &&
    isRoleWord(whole[2]!.split(/\s+/u).at(-1)!) &&
    (/\s/u.test(owner) || /^\p{Lu}{2,}$/u.test(owner)) &&
    looksLikeOrganisation(owner, known)
  ) {
    clause = { start: clause.start, end: clause.start + whole[0].length };
  }
  // "Senior Lecturer at X and Academic Lead for Y, Z": a post with its organisation, then a second post (read as such).
  // (The first organisation named after "at" or "with", where a post's place is: not "Chair of Yorkshire and Humber …".)
  for (const m of text.slice(clause.start, clause.end).matchAll(/\s+and\s+(?:also\s+)?/gu)) {
    const end = clause.start + m.index;
    const head = parseRole(text, { start: clause.start, end }, known, false, extended ? 12 : 6);
    const tail = { start: end + m[0].length, end: clause.end };
    // (Or the "at Org" after a unit: "…, School of Law at X and Academic Lead for Y, Z".)
    const placed =
      (head?.organisation && /\s(?:at|with)\s+(?:the\s+)?$/u.test(text.slice(clause.start, head.organisation.start))) ||
      (unitEnd !== undefined && unitEnd < end && /^\s+(?:at|with)\s+\p{Lu}/u.test(text.slice(unitEnd, end)));
    if (placed && parseRole(text, tail, known) && !nameAt(candidatesInOrder, tail.start)) {
      clause = { start: clause.start, end };
      break;
    }
  }
  const parsed = parseRole(text, clause, known, false, extended ? 12 : 6);
  if (!parsed) return undefined;
  // "Senior Lecturer in Law, School of Law at X", "Professor of History, Faculty of Arts at Y": a unit of the
  // organisation after the post's comma stays in the post; the organisation is the name after its "at".
  if (unitEnd !== undefined && !(parsed.organisation && parsed.organisation.start > unitEnd)) {
    const at = /^\s+(?:at|with)\s+/u.exec(text.slice(unitEnd, clause.end));
    const organisation = at && organisationAt(text, unitEnd + at[0].length, clause.end, known, true, true);
    if (organisation) {
      parsed.organisation = organisation;
      parsed.role = text
        .slice(clause.start, unitEnd)
        .replace(/^\s*(?:the|an?)\s+/iu, "")
        .trim();
      parsed.span = { start: clause.start, end: organisation.end };
    }
  }
  // "now chief executive of X", "currently policy director at Y": the post without the word that dates it.
  // "you are chief executive of X" (a chair to a witness): the post alone.
  parsed.role = parsed.role.replace(DATING, "");
  // Not another person's name ("…, and Professor Bo Chen, Director of …": a title is a role word too).
  const lead = clause.start + (/^\s*(?:(?:the|an?)\s+)?/iu.exec(text.slice(clause.start, clause.end))?.[0].length ?? 0);
  // Nor another person's name with no title ("…, and Tom Reyes, Director at …": that post is Tom Reyes's).
  // Nor a name with letters after it ("Representing Leeds Central, Ann Frith MP said": "Ann Frith MP" is no post).
  const titled = (x: Candidate) =>
    x !== c &&
    (x.titleStart ?? x.start) === lead &&
    (x.titleStart !== undefined || text[x.end] === "," || POSTNOMINAL_RUN.test(text.slice(x.end, x.end + 12)));
  if (candidatesInOrder.startingIn(clause.start, clause.end).some(titled)) return undefined;
  let end = parsed.organisation ? Math.max(parsed.organisation.end, parsed.span.end) : parsed.span.end;
  if (paren && text[end] === ")") end++; // "Name (Role of Org)" whole
  // "Name, Fenby Bus Users' Group secretary,": the organisation's name, then the post in lower case.
  if (!parsed.organisation) {
    const phrase = text.slice(clause.start, clause.end);
    // "Name, acting FRA general secretary,", "Name, interim Fenby Trust chief executive,": a word in lower case that
    // qualifies the post opens it, before the body's name; it stays in the post.
    const qualifier = POST_QUALIFIER_FIRST.exec(phrase);
    const m = BODY_THEN_LOWER_POST.exec(qualifier ? phrase.slice(qualifier[0].length) : phrase);
    const label = m?.[1]!.trim().replace(/['’]s$/u, "");
    // "Medical Director and voting member": no name ends with "and"; a post and a status, as board minutes list them.
    // "Name, General Secretary of FHTU was in the chair": a post of a body, then a verb, no body's name and its post.
    if (
      m &&
      label &&
      !/\s(?:and|&|of|for)$/u.test(label) &&
      !/^(?:was|is|were|are|sat|has|had)\s/u.test(m[2]!) &&
      !(
        /\sand\s/u.test(label) &&
        isRoleWord(
          label
            .split(/\s+and\s+/u)[0]!
            .split(/\s+/u)
            .at(-1)!,
        )
      ) &&
      isRoleWord(m[2]!.replace(POST_FIELD, "").split(/\s+/u).at(-1)!) &&
      (label.includes(" ") || looksLikeOrganisation(label, known))
    ) {
      const start = clause.start + phrase.indexOf(label);
      parsed.organisation = { start, end: start + label.length, key: nameKey(label), label };
      parsed.role = qualifier ? `${qualifier[1]!} ${m[2]!}` : m[2]!;
    } else {
      // "Name, LGA President;", "Name, Fenby Trust Chief Executive,": an organisation's name, then the post capitalised.
      const words = tokens(text, clause);
      let k = words.length;
      while (k > 0 && (isRoleWord(words[k - 1]!.word) || ROLE_MODIFIERS.test(words[k - 1]!.word))) k--;
      // "Name, Outgoing FCVS Chief Executive": a word of when the post is held is no part of the body's name.
      const name = words.slice(POST_TIME_OPENING.test(words[0]?.word ?? "") ? 1 : 0, k);
      const post = words.slice(k);
      if (
        name.length > 0 &&
        post.some((t) => isRoleWord(t.word)) &&
        [...name, ...post].every((t) => isCapitalised(t.word) || CONNECTORS.has(t.word.toLowerCase()))
      ) {
        const label = text.slice(name[0]!.start, name.at(-1)!.end);
        if (looksLikeOrganisation(label, known) && !CONNECTORS.has(name.at(-1)!.word.toLowerCase())) {
          // "Name, FHA Tenant Support Manager": the acronym is the organisation, the rest the post's field.
          const acronym = acronymOpening(label, known);
          const owner = acronym ?? label;
          const start = name[0]!.start;
          parsed.organisation = { start, end: start + owner.length, key: nameKey(owner), label: owner };
          parsed.role = text.slice(acronym ? start + owner.length + 1 : post[0]!.start, post.at(-1)!.end);
        }
      }
    }
  }
  // "author of The Long Wait": a book, not an organisation.
  if (/^(?:co-?)?author$|^writer$/iu.test(parsed.role)) delete parsed.organisation;
  const statement = roleStatement("", parsed, { start: c.start, end }, text);
  if ((comma || paren) && text[clause.end] === ",") {
    let organisation =
      organisationAt(text, clause.end + 1, p.end, known, true, !statement.organisation, false, true) ??
      firstOfTwo(reading, clause.end + 1, p.end, !statement.organisation);
    // A name that only its place reads as an organisation's is a person's where a role follows it (a list "A, Role
    // at Org, B, the Role at Org2").
    if (organisation && !looksLikeOrganisation(organisation.label, known)) {
      const next = /^,\s+/u.exec(text.slice(organisation.end, p.end));
      const from = organisation.end + (next?.[0].length ?? 0);
      if (next && parseRole(text, clauseAfter(text, from, p.end), known)) organisation = undefined;
    }
    // "She is joined by Mr. A, commissioner, Mr. B, commissioner", "Witnesses: A MP, Minister for X, B, Programme
    // Manager, …": after the post's comma, the next person of the list (a title, or a person's name), no body.
    if (organisation && nextPersonAt(reading, organisation)) organisation = undefined;
    // "Name, Senior Policy Manager, Further Learning, Association of Fenby Colleges": a part that reads as no body's, then
    // one ending the entry: the first is the post's field, the last its organisation.
    let roleEnd = clause.end;
    if (organisation && !looksLikeOrganisation(organisation.label, known)) {
      const later = fieldThenOrganisation(text, organisation.end, p.end, known);
      if (later) {
        roleEnd = organisation.end;
        organisation = later;
      }
    }
    // "Name, Associate Director, Policy, Fenby Trust;", "Name, Head of Research, Europe, Marlow Grid": a post with no
    // body, a field no name is read as, then the body ending the entry: the field is the post's.
    if (!organisation && !statement.organisation && comma) {
      const later = fieldThenOrganisation(text, clause.end, p.end, known);
      if (later && later.fields === 1 && !nextPersonAt(reading, later)) {
        roleEnd = text.lastIndexOf(",", later.start);
        organisation = later;
      }
    }
    // "Name, director general of Marlow Science Agency, MSA,": the name after the comma is the acronym of the body the
    // post is of, read already; the post is the words before that body, the acronym no second body.
    const read = statement.organisation;
    if (organisation && read && sameBodyShort(read.label, organisation.label, known)) {
      statement.evidence.end = organisation.end;
      organisation = undefined;
    }
    if (organisation) {
      statement.organisation = organisation;
      statement.role = text
        .slice(clause.start, roleEnd)
        .replace(/^(?:the|an?)\s+/iu, "")
        .trim();
      statement.evidence.end = organisation.end + (paren && text[organisation.end] === ")" ? 1 : 0);
    }
  }
  // "Name, Director of Coastal Change and Data (The Fenby Trusts) & Name2 …": a post with no body (its field read
  // as none), then the body in brackets, ending the entry.
  if (comma && !statement.organisation) {
    const open = /^\s*\(/u.exec(text.slice(parsed.span.end, p.end));
    const organisation = open && organisationAt(text, parsed.span.end + open[0].length, p.end, known, false, true);
    if (organisation && /^\)\s*(?:[;,.\n&]|and\s|$)/u.test(text.slice(organisation.end, p.end))) {
      statement.organisation = organisation;
      statement.evidence.end = organisation.end + 1;
    }
  }
  // "Name, Assistant Director of Heritage and Creative Industries, Fenby City Authority (FCA);": what the post is "of"
  // reads as no body's, and a body ends the entry after a comma: the first is the post's field, the last its body.
  const field = statement.organisation;
  if ((comma || paren) && field && field.end <= clause.end + 1 && !looksLikeOrganisation(field.label, known)) {
    const rest = FIELD_REST.exec(text.slice(field.end, p.end));
    const at = field.end + (rest?.[0].length ?? 0);
    const body = rest && text[at] === "," ? organisationAt(text, at + 1, p.end, known, false) : undefined;
    if (body && looksLikeOrganisation(body.label, known) && ENTRY_ENDS.test(text.slice(body.end, p.end))) {
      statement.organisation = { start: body.start, end: body.end, key: body.key, label: body.label };
      statement.role = text
        .slice(clause.start, at)
        .replace(/^(?:the|an?)\s+/iu, "")
        .trim();
      statement.evidence.end = body.end;
    }
  }
  return statement;
}

/**
 * Whether `short`, set off after a body's name, is that body's acronym: its letters the initials of the name's
 * capitalised words ("Marlow Science Agency, MSA"), or the registry's alias of the same body.
 */
function sameBodyShort(name: string, short: string, known: KnownEntities): boolean {
  const letters = short.replace(/^the\s+/iu, "");
  if (!/^\p{Lu}{2,8}s?$/u.test(letters)) return false;
  const id = known.byName("organisation", name.replace(/^the\s+/iu, ""))?.id;
  if (id !== undefined && known.byName("organisation", letters)?.id === id) return true;
  return spells(letters.replace(/s$/u, ""), name.replace(/^the\s+/iu, "").split(/\s+/u));
}

/**
 * Whether a name read as a post's organisation after its comma opens the next person of a list instead: a courtesy title
 * alone ("Mr." before "Jim Reed", the stop ending the read), or a person's name shaped as one that reads as no body's,
 * its own comma after it.
 */
function nextPersonAt(reading: Reading, organisation: OrganisationRef): boolean {
  const { known, candidatesInOrder } = reading;
  if (HONORIFICS.has(organisation.label.toLowerCase())) return true;
  if (looksLikeOrganisation(organisation.label, known)) return false;
  // (Followed by its own comma, as a list's next entry is: "… Manager, Fenby Cheshire as well as …" is a body named
  // after a person.)
  const c = nameAt(candidatesInOrder, organisation.start);
  return (
    c !== undefined &&
    personShaped(c) &&
    !known.byName("organisation", c.label) &&
    /^(?:\s+(?:MP|MSP|MS|MLA|AM|TD))?,/u.test(reading.text.slice(c.end, c.end + 6))
  );
}

/** What ends a list entry after a body's name: its acronym in brackets, then a semicolon, a full stop or ", and". */
const ENTRY_ENDS = /^\s*(?:\(\p{Lu}{2,8}\))?\s*(?:[;.)\n]|,?\s+and\s|$)/u;
/** The rest of a post's field after its first name, up to a comma: " and Creative Industries", " & the Arts". */
const FIELD_REST = /^(?:\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?(?=,)/u;

/**
 * "Founder, Brightway Trust and the Harbour Scheme": after a post and its comma, the first of two organisations that
 * end the entry between them (the second is the same post's, as a second post is read).
 */
function firstOfTwo(reading: Reading, from: number, end: number, anyName: boolean): OrganisationRef | undefined {
  const { text, known } = reading;
  const first = organisationAt(text, from, end, known, false, anyName);
  const and = first && /^\s+and\s+(?:the\s+)?/u.exec(text.slice(first.end, end));
  if (!first || !and) return undefined;
  return organisationAt(text, first.end + and[0].length, end, known, true, anyName) ? first : undefined;
}

/**
 * Runs of capitalised words that could be people's names: not the name's last words that an acronym follows ("Coastal
 * Services (ADCS)"), nor the last items of a name's list of fields; short names resolved to the full ones.
 */
function namesInText(text: string, paragraphs: Paragraph[], acronyms: Map<string, string>): Candidate[] {
  // "the charity Leonard Harcourt": a name the text calls a body by its kind is no person's, wherever it stands.
  const bodies = new Set(organisationsByKind(text).map((o) => personKey(o.label)));
  // "charities such as Kestrel, Civic Lantern and the Marram Trust": an item of a list of bodies, unless a person's shape.
  const lists = bodiesLists(text);
  for (const o of lists.flatMap((l) => (l.strong ? l.items : []))) bodies.add(personKey(o.label));
  const listed = new Set(lists.flatMap((l) => l.items.map((o) => personKey(o.label))));
  // "Tom Reed of Severn Fen Water": a run inside a company named by a place and what it supplies is no person's.
  const utilities = utilityBodies(text);
  const candidates = nameCandidates(text, paragraphs).filter((c) => {
    if (bodies.has(c.key) || (listed.has(c.key) && !personShaped(c))) return false;
    if (utilities.some((o) => o.start <= c.start && c.end <= o.end)) return false;
    // "Ann Bell Liberal Fenby—St. Marlow, MB": openparliament.ca's headline names its member first; past the name is
    // the party and riding. The transcript reader may have broken the line at the name's edge ("Ann Bell\nLiberal …").
    // A headline is short: its line is looked for within 160 characters of the name.
    if (pastHeadlineName(...lineAround(text, c))) return false;
    const acronym = /^\s+\((\p{Lu}{2,8})\)/u.exec(text.slice(c.end, c.end + 12))?.[1];
    if (acronym && acronyms.get(acronym)?.endsWith(c.label)) return false;
    // "Universal Credit (UC)": a name its initials abbreviate is a thing's, not a person's.
    if (
      acronym &&
      acronym ===
        c.label
          .split(/\s+/u)
          .map((w) => w[0])
          .join("")
    )
      return false;
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
  return candidates;
}

/**
 * The line a name stands in, read whole where a transcript's reader broke it at a name's edge, and where the name is
 * in it; an empty line when the line is longer than a headline (160 characters either side).
 */
function lineAround(text: string, c: Span): [string, number] {
  const low = Math.max(0, c.start - 160);
  const before = text.slice(low, c.start);
  let k = before.lastIndexOf("\n");
  if (k > 0 && /\S/u.test(before[k - 1]!)) k = before.lastIndexOf("\n", k - 1);
  const after = text.slice(c.end, c.end + 160);
  const e = after.indexOf("\n");
  if ((k < 0 && low > 0) || (e < 0 && c.end + 160 < text.length)) return ["", 0];
  const from = low + k + 1;
  return [text.slice(from, e < 0 ? c.end + after.length : c.end + e).replace(/\n/gu, " "), c.start - from];
}

/** What the text says beside one name in its paragraph: its posts, before and after it, and signs that it is a person's. */
function readAroundName(reading: Reading, c: Candidate): void {
  const { text, roles, paragraphOf, statedRoles } = reading;
  const rolesBefore = roles.length;
  const p = paragraphOf(c.start);
  const post = lettersAndParty(reading, c, p);
  const rolesAfterParty = roles.length;
  const after = text.slice(c.end + post, p.end);
  // What precedes the name and its title ("our Director of Research, Dr Miriam Fenwick").
  const nameStart = c.titleStart ?? c.start;
  const before = readBefore(text, p.start, nameStart);
  const at: NameInContext = { c, p, post, after, nameStart, before, rolesBefore, rolesAfterParty };
  const tag = (rule: string) => {
    for (let k = Math.min(rolesBefore, roles.length); k < roles.length; k++) roles[k]!.rule ??= rule;
  };
  tag("lettersAndParty");
  postAfterName(reading, at);
  tag("postAfterName");
  theirPostAfterName(reading, at);
  tag("theirPostAfterName");
  postInOwnWordsAfterName(reading, at);
  tag("postInOwnWordsAfterName");
  postBeforeName(reading, at);
  tag("postBeforeName");
  postElsewhereInSentence(reading, at);
  tag("postElsewhereInSentence");
  personSignals(reading, at);
  for (let k = rolesBefore; k < roles.length; k++) statedRoles.add(roles[k]!.evidence);
}

/**
 * A party right after the name in a debate's speaker header, then a comma and the seat or the time: "Labour, Fenby
 * North", "Plaid Cymru 2:30, 4 May 2028", "Labour/Co-operative, Marlow". Not a party word that opens a post ("Labour
 * MP for …", "Conservative spokesperson"), nor "Independent" (no body).
 */
const LABEL_PARTY_WORDS =
  "Conservative|Labour\\/Co-operative|Labour|Liberal\\s+Democrat|Plaid\\s+Cymru|Scottish\\s+National\\s+Party|SNP|Green|DUP|Democratic\\s+Unionist\\s+Party|Alba\\s+Party|Reform\\s+UK|Sinn\\s+F[ée]in|SDLP|Alliance";
const SEAT_OR_TIME = "(?=,\\s+\\p{Lu}|\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?[\\s,])";
const LABEL_PARTY = new RegExp(`^[ \\t]*\\n?[ \\t]*(${LABEL_PARTY_WORDS})${SEAT_OR_TIME}`, "u");
/** The party's word a name ran on into ("Ann Bell Labour"), and the rest of the party after it ("/Co-operative"). */
const NAME_RUN_INTO_PARTY = new RegExp(`\\s(${LABEL_PARTY_WORDS})$`, "u");
const PARTY_REST = new RegExp(`^(\\/Co-operative)?${SEAT_OR_TIME}`, "u");

/** The party of a speaker header after a name (or that the name ran on into): its words, and where (from the name's end). */
function labelParty(label: string, after: string): { written: string; at: number } | undefined {
  const m = LABEL_PARTY.exec(after);
  if (m) return { written: m[1]!, at: m[0].length - m[1]!.length };
  const tail = NAME_RUN_INTO_PARTY.exec(label);
  const rest = tail && PARTY_REST.exec(after);
  if (!tail || !rest) return undefined;
  return { written: tail[1]! + (rest[1] ?? ""), at: -tail[1]!.length };
}

/** "Clare Dunmore MP", "Paul Corran (Con)": how far the letters and party after a name run; the party is an affiliation. */
function lettersAndParty(reading: Reading, c: Candidate, p: Paragraph): number {
  const { text, known, roles, signal } = reading;
  // Letters after the name ("Clare Dunmore MP, Secretary of State"): what follows them is what follows the name.
  let post = POSTNOMINAL_RUN.exec(text.slice(c.end, Math.min(p.end, c.end + 40)))?.[0].length ?? 0;
  // "Jane Pike (@janepike) is …": a social media handle in brackets, as author boxes give it.
  post += HANDLE.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 40)))?.[0].length ?? 0;
  // "Sam Yeo (they/them), a lecturer at …": the pronouns a person gives, in brackets after the name.
  post += PRONOUNS.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 40)))?.[0].length ?? 0;
  post += PICTURE_NOTE.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 40)))?.[0].length ?? 0;
  // "Adviser to Kwame Osei MP and Rishi Javed MP": a member's letters after a full name say it is a person's.
  const member = post > 0 && /\b(?:MP|MSP|MS|AM|MLA)\b/u.test(text.slice(c.end, c.end + post));
  // (Not a party's name before a member's letters: "The Fenian Party MLA asks", "no Lib Dem MP".)
  if (member && c.label.includes(" ") && (personShaped(c) || namesOnly(c.label)) && !partyName(c.label)) {
    signal(c, "role");
  }
  // "Paul Corran (Con), leader, Fenshire CC": the party, then what follows it is what follows the name.
  post += SEAT_THEN_PARTY.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 80)))?.[0].length ?? 0;
  const after = text.slice(c.end + post, Math.min(p.end, c.end + post + 40));
  // "Jo Pratt (R-OH)": a US member's party letter and state.
  const us = US_PARTY_BRACKET.exec(after);
  const party = PARTY_BRACKET.exec(after) ?? us;
  if (party) {
    const start = c.end + post + party[0].indexOf(party[1]!);
    const written = party[1]!;
    const label =
      known.byName("organisation", written)?.label ??
      (us ? US_PARTIES.get(written) : PARTIES.get(written.toLowerCase())) ??
      written;
    const person = signal(c, "role");
    roles.push({
      person: person.key,
      role: "",
      organisation: { start, end: start + written.length, key: nameKey(label), label },
      evidence: { start: c.start, end: c.end + post + party[0].length },
    });
    post += party[0].length;
  } else if (reading.speakerLabels.overlaps(c) && labelParty(c.label, after)) {
    // "Photo of Ann Bell Ann Bell Labour, Fenby North 2:30 pm", "Ann Bell⏎Conservative, Marlow": a debate's speaker
    // header gives the member's party right after the name, then a comma and the seat, or the time.
    // (The name may have run on into the party's word: "Ann Bell Labour" before ", Fenby North".)
    // Then the person is the name without it, as the header writes it too ("Photo of Ann Bell Ann Bell Labour, …").
    const { written, at } = labelParty(c.label, after)!;
    const start = at < 0 ? c.end + at : c.end + post + at;
    const label =
      known.byName("organisation", written)?.label ??
      PARTIES.get(written.toLowerCase()) ??
      written.replace(/\s+/gu, " ");
    const name = at < 0 ? c.label.slice(0, at).trimEnd() : c.label;
    const own = at < 0 ? reading.candidates.find((x) => x.label === name && x.end <= c.start) : c;
    const person = own && signal(own, "role");
    if (person)
      roles.push({
        person: person.key,
        role: "",
        organisation: { start, end: start + written.length, key: nameKey(label), label },
        evidence: { start: c.start, end: start + written.length },
      });
  } else if (reading.speakerLabels.overlaps(c)) {
    // "Ann Bell Liberal Fenby—Marlow, ON", "The Chair Liberal Ann Bell": openparliament.ca's headline gives the party.
    // The transcript reader broke the line at the name's edge ("Ann Bell\nLiberal …"): read it whole again. A headline
    // is short: the line is looked for within 160 characters of the name, in its paragraph.
    const low = Math.max(p.start, c.start - 160);
    const high = Math.min(p.end, c.end + 160);
    const lineStart = (at: number) => low + text.slice(low, at).lastIndexOf("\n") + 1;
    const lineEnd = (at: number) => {
      const k = text.slice(at, high).indexOf("\n");
      return k < 0 ? high : at + k;
    };
    const broken = (at: number) =>
      text[at] === "\n" && /\S/u.test(text[at - 1] ?? "") && /\S/u.test(text[at + 1] ?? "");
    const from = broken(c.start - 1) ? lineStart(c.start - 1) : lineStart(c.start);
    const to = broken(c.end) ? lineEnd(c.end + 1) : lineEnd(c.end);
    const line = text.slice(from, to).replace(/\n/gu, " ").trimEnd();
    const headline = headlineParty(line, { start: c.start - from, end: c.end - from });
    if (headline) {
      const start = from + headline.index;
      const label = known.byName("organisation", headline.label)?.label ?? headline.label;
      const person = signal(c, "role");
      roles.push({
        person: person.key,
        role: "",
        organisation: { start, end: start + headline.written.length, key: nameKey(label), label },
        evidence: { start: from, end: from + line.length },
      });
    }
  }
  return post;
}

/** After a name, what opens a post: a comma (", who is"), a dash, a bracket, "is the" / "was a". */
// (Not "Name, and featured our Chief Executive, Name2": "and" then a verb opens the sentence's next clause, no post.)
const POST_OPENER =
  /^(?:['’]s)?(?:,\s+(?!and\s+\p{Ll}+ed\s)(?:who\s+(?:is|was|works|worked|serves|served)\s+(?:as\s+)?)?|\s+[–—-]\s+|\s+\(|\s+(?:is|was)\s+(?=the\s|an?\s))/u;

/** "Name, Role of Org", "Name (Role at Org)", "Name, Org;", "Name (Org)", "Name from Org": a post or affiliation after a name. */
function postAfterName(reading: Reading, at: NameInContext): void {
  const { c, p, post, after } = at;
  // Name, [the] Role (of|at|for) Org  ·  Name (Role at Org)  ·  Name, who works as a Role for Org  ·  Name is the Role
  // "Ann Frith: Head of Policy at the Fenby Trust" on a line of its own (a speakers' list): the colon opens her post,
  // when the line is no speaker's turn.
  const listLine =
    /^:\s/u.test(after) &&
    !/\S/u.test(reading.text.slice(p.start, at.nameStart)) &&
    !reading.speakerLabels.overlaps({ start: c.start, end: c.end + 1 });
  const opener = POST_OPENER.exec(after) ?? (listLine ? /^:\s+/u.exec(after) : null);
  // "Name, MP for Fenby, and co-chair of X": a seat, no organisation's post, then the person's other posts.
  const seat = MEMBER_FOR.exec(reading.text.slice(c.end, p.end));
  if (!opener && !seat) {
    organisationByPreposition(reading, at);
    return;
  }
  const dash = /[–—-]/u.test(opener?.[0] ?? "");
  const opening: PostOpening = seat
    ? { from: c.end + seat[0].length, comma: true, paren: false, dash }
    : {
        from: c.end + post + opener![0].length,
        comma: /^(?:,|:|\s+[–—-]\s)/u.test(opener![0]) && !opener![0].includes("who"),
        paren: opener![0].trim() === "(",
        dash,
      };
  const first = ownPost(
    reading,
    at,
    opening,
    seat
      ? { person: "", role: seat[1]!, evidence: { start: c.start, end: opening.from } }
      : reading.postAt(c, opening.from, opening.comma, opening.paren),
  );
  if (first) postsAfterName(reading, at, first);
  // (Not the brackets of a turn's label that names its speaker, nor those after a presiding officer's office: "Y
  // Llywydd (Elin Rowe)", "The Lord Speaker (Lord Hale)", an office and its holder.)
  // (After a list line's colon, a post only: "Item: Org; Org2" is an agenda's heading, no person's organisations.)
  else if (
    (opening.comma || opening.paren) &&
    !/^:/u.test(opener?.[0] ?? "") &&
    !(
      opening.paren &&
      (reading.speakerLabels.overlaps({ start: opening.from, end: opening.from + 1 }) || isPresidingOffice(c.label))
    )
  ) {
    organisationAfterName(reading, at, opening);
  }
}

/** Where the words after a name start, and how they are set off from it. */
interface PostOpening {
  from: number;
  /** After a comma or a spaced dash (not ", who is"). */
  comma: boolean;
  /** In brackets. */
  paren: boolean;
  /** After a dash. */
  dash: boolean;
}

/**
 * The post read right after a name, unless it is the next name's: "We have the chief executive of the Wardens Fund, Ruth
 * Mallory, the chief executive of the Quarry Trust, Neil Edgar": posts before names; the post after this name is
 * the next name's when that name has none after it.
 */
function ownPost(
  reading: Reading,
  at: NameInContext,
  opening: PostOpening,
  first: RoleStatement | undefined,
): RoleStatement | undefined {
  const { p, before } = at;
  const { text, known, candidatesInOrder } = reading;
  // "including Ann Frith, Tom Reyes and the CEO of Marlow Council, Sam Yeo": a person named where the post would be is
  // the next entry of a list of names, no word of a post.
  const postEnd = first?.organisation?.start ?? first?.evidence.end ?? opening.from;
  if (first && candidatesInOrder.startingIn(opening.from, postEnd).some((x) => x.end <= postEnd && aPerson(x)))
    return undefined;
  if (first && before.comma && opening.comma) {
    const gap = /^,\s+/u.exec(text.slice(first.evidence.end, p.end));
    const next = gap && nameAt(candidatesInOrder, first.evidence.end + gap[0].length);
    if (next) {
      const own = /^,\s+/u.exec(text.slice(next.end, p.end));
      const clause = own && clauseAfter(text, next.end + own[0].length, p.end);
      if (!clause || !parseRole(text, clause, known)) return undefined;
    }
  }
  return first;
}

/** Whether a name is shaped as a person's (a title, a given name and surname), not an organisation's. */
const aPerson = (c: Candidate | undefined): boolean => c !== undefined && personShaped(c);

/** The name (its title included) that starts at `at`. */
function nameAt(candidatesInOrder: SpansInOrder<Candidate>, at: number): Candidate | undefined {
  return candidatesInOrder.startingIn(at, at + 40).find((x) => (x.titleStart ?? x.start) === at);
}

/** The person's posts after their name, from the first: each one still held is the person's. */
function postsAfterName(reading: Reading, at: NameInContext, first: RoleStatement): void {
  const { c, p } = at;
  const { text, known, roles, signal, postAt } = reading;
  const person = signal(c, "role");
  const statements = morePosts(reading, at, first);
  // "Name, director of X, who also chairs Y": a relative clause after the posts gives more.
  const last = statements.at(-1)!.evidence.end;
  if (/^,\s+who\s/u.test(text.slice(last, last + 6))) {
    const ties = ownSentencePost(text, last, p.end, known, (from, comma) => postAt(c, from, comma, false));
    for (const tie of ties) if (tie.statement.organisation) statements.push({ ...tie.statement, person: "" });
  }
  // "Name, who was Chief Executive of X until January 2024, joined the trust's board in February": after a post the
  // text ends at a date, the sentence's own "joined" gives the post taken then.
  // (A month alone, "until January", counts: its year is settled from the source's date when the post is drafted.)
  const ended = roleDatesAfter(text, statements.at(-1)!.evidence.end);
  const joined =
    ended !== undefined &&
    (ended.until !== undefined || ended.undated?.field === "until") &&
    /^,(?=\s+joined\s)/u.test(text.slice(ended.end, p.end));
  const joinedTies = joined
    ? ownSentencePost(text, ended.end + 1, p.end, known, (from, comma) => postAt(c, from, comma, false))
    : [];
  for (const statement of statements) {
    // "Name, former President of Y" (or "Name, then Chair of Y", of a past year) is a post no longer held: the person,
    // but no affiliation. With the date it ended ("former Chair of Y until 2023"), the post is drafted with that end,
    // under its own title.
    const former = /^(?:former|formerly|ex|previously|retired|outgoing|late|until)\b/iu.exec(statement.role);
    if (former) {
      const title = statement.role.slice(former[0].length).trim();
      if (/^(?:former|ex)$/iu.test(former[0]) && title && endedOn(text, statement.evidence.end))
        roles.push({ ...statement, role: title, person: person.key });
      continue;
    }
    // "Name, who was director of X until 2019": a post the text dates as ended, kept when the draft can write its end
    // ("until 2019", "from 2019 to 2023"; not "until recently").
    if (ENDED.test(text.slice(statement.evidence.end, p.end)) && !endedOn(text, statement.evidence.end)) continue;
    // "Name, Labour leader of Fenby Council": the post at the council, and the person in the party.
    const party = statement.organisation ? partyOfPost(text, statement.role, statement.evidence.start) : undefined;
    if (party) {
      roles.push({ ...statement, role: party.role, person: person.key });
      roles.push({ ...statement, role: "", organisation: party.organisation, person: person.key });
      continue;
    }
    roles.push({ ...statement, person: person.key });
  }
  for (const tie of joinedTies) {
    if (!tie.statement.organisation && !tie.head) continue;
    if (tie.head) {
      reading.possessedBy.set(roles.length, tie.head);
      reading.possessed.push(roles.length);
    }
    roles.push({ ...tie.statement, person: person.key });
  }
}

const SECOND_POST_AFTER_COMMA = /^,\s+(?=(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s)/u;

/**
 * The first post and those joined to it: "…, and Executive Director of Z, Org", "president of ADASS and also chief
 * executive of Org": more posts of the same person, each with its organisation.
 */
function morePosts(reading: Reading, at: NameInContext, first: RoleStatement): RoleStatement[] {
  const { c, p } = at;
  const { text, known, postAt } = reading;
  const statements = [first];
  const joined = (from: number) => {
    const rest = text.slice(from, p.end);
    // "Name, managing director of X, chair of the Y Council for Z": a second post in lower case after a comma, with
    // its own "of", "at" or "for" (not a name: "…, chief executive Tom Reed").
    const comma = SECOND_POST_AFTER_COMMA.exec(rest);
    return AND_ALSO.exec(rest) ?? (comma && isRoleWord(comma[1]!) ? comma : null);
  };
  for (let more = joined(first.evidence.end); more;) {
    const from = statements.at(-1)!.evidence.end + more[0].length;
    let next = postAt(c, from, true, false);
    // "…, and the Fenby Trust's director, Kit Lamb": the body opens the next person's post.
    if (next?.organisation && opensNextPost(reading, next.organisation)) break;
    // "trustee of Roofline and the Harbour Housing Association": the same post at a second organisation.
    // (Whatever its words, where the first was set off by a comma and this one ends the entry: "Founder, Brightway
    // Trust and the Harbour Scheme".)
    // (Not after a comma, nor another person's name: "…, Member, Org, and Carl Ennis, Member, Org".)
    const setOff =
      !more[0].includes(",") &&
      !aPerson(nameAt(reading.candidatesInOrder, from)) &&
      /,\s*$/u.test(text.slice(Math.max(p.start, first.evidence.start), first.organisation?.start ?? 0));
    const also = next
      ? undefined
      : (organisationAt(text, from, p.end, known, false) ??
        (setOff && !/also/u.test(more[0]) ? organisationAt(text, from, p.end, known, true, true) : undefined));
    // (Nor a name with a post of its own after its comma: "… and Jo Baker, Ofwem’s Head of Pricing" is the next person.)
    const ownPost =
      also && /^,\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?(\p{Lu}\p{Ll}+)/u.exec(text.slice(also.end, also.end + 60));
    if (
      also &&
      !(ownPost && isRoleWord(ownPost[1]!)) &&
      statements.at(-1)!.organisation &&
      !/also/u.test(more[0]) &&
      !opensNextPost(reading, also)
    ) {
      next = { ...statements.at(-1)!, organisation: also, evidence: { start: c.start, end: also.end } };
    }
    if (!next?.organisation) break;
    statements.push(next);
    more = joined(next.evidence.end);
  }
  return statements;
}

/**
 * Whether the words after a body are a post and then a person's name: "…, and Harbour Group chief executive Ann Bell",
 * "and the Fenby Trust's director, Kit Lamb". The body opens the next person's post, not a second post of the person
 * before: that person's post at the body is read here (a body no rule before a name reads, "419 Harbour Group", is
 * still theirs).
 */
function opensNextPost(reading: Reading, body: OrganisationRef): boolean {
  const post = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?:,\s+|\s+)(?=\p{Lu})/u.exec(
    reading.text.slice(body.end, body.end + 80),
  );
  if (!post || !post[1]!.trim().split(/\s+/u).some(isRoleWord)) return false;
  // (A name of two words or more that reads as no body's: "Kit Lamb", though "Lamb" is also a word.)
  const name = nameAt(reading.candidatesInOrder, body.end + post[0].length);
  if (
    name === undefined ||
    !(aPerson(name) || (/\s/u.test(name.label) && !looksLikeOrganisation(name.label, reading.known)))
  )
    return false;
  const person = reading.signal(name, "role");
  const evidence = { start: body.start, end: name.end };
  reading.roles.push({ person: person.key, role: post[1]!, organisation: body, evidence, rule: "postBeforeName" });
  return true;
}

/**
 * "Name, Organisation;" in a list, "Name (Organisation)", "Name, speaking for Organisation": an affiliation without a
 * role. ("Name, formerly of Organisation" is none: no longer theirs.)
 */
function organisationAfterName(reading: Reading, at: NameInContext, opening: PostOpening): void {
  const { c } = at;
  const { text, roles, signal } = reading;
  const { from, paren } = opening;
  const organisation = organisationSetOff(reading, at, opening);
  // "Albert Fenn, CC BY-NC-SA": a photo's credit names its photographer, with no body.
  if (!organisation && LICENCE_AFTER.test(text.slice(from, from + 8))) signal(c, "shape");
  const closes = !paren || text[organisation?.end ?? -1] === ")";
  if (!organisation || !closes) return;
  const person = signal(c, "role");
  const end = organisation.end + (paren ? 1 : 0);
  // "A, B and C, all from Organisation": the list's names before this one share it.
  let first = c;
  if (/^(?:all|both)\s/iu.test(text.slice(from, from + 5))) {
    const listed = namesListedBefore(reading, c);
    for (const prev of [...listed].reverse()) {
      const other = signal(prev, "role");
      roles.push({ person: other.key, role: "", organisation, evidence: { start: prev.start, end } });
    }
    first = listed.at(-1) ?? c;
  }
  for (const o of paren ? bodiesJoined(reading, organisation) : [organisation])
    roles.push({ person: person.key, role: "", organisation: o, evidence: { start: first.start, end } });
}

/**
 * "Ann Frith (Fenby Trust and Marlow Housing Group)": two bodies in one bracket, each a name that reads as a body's
 * (known, or with a body's word or an acronym), are the person's two organisations; else the one name as written
 * ("Marks and Spencer", "Department for Business and Trade").
 */
function bodiesJoined(reading: Reading, o: OrganisationRef): OrganisationRef[] {
  const m = /^(.+?)\s+(?:and|&)\s+(?:the\s+)?(.+)$/u.exec(reading.text.slice(o.start, o.end));
  if (!m || /\s(?:and|&)\s/u.test(m[2]!)) return [o];
  const parts = [m[1]!, m[2]!];
  if (!parts.every((x) => looksLikeOrganisation(x, reading.known))) return [o];
  const second = o.end - parts[1]!.length;
  return [
    { start: o.start, end: o.start + parts[0]!.length, key: nameKey(parts[0]!), label: parts[0]! },
    { start: second, end: o.end, key: nameKey(parts[1]!), label: parts[1]! },
  ];
}

/** The organisation set off after a name by a comma, a bracket or a dash, with no post. */
function organisationSetOff(reading: Reading, at: NameInContext, opening: PostOpening): OrganisationRef | undefined {
  const found = organisationSetOffAt(reading, at, opening);
  // "(PDF 88 KB)": a link's file type and size in brackets after a name, no organisation.
  if (
    found &&
    opening.paren &&
    FILE_LINK.test(reading.text.slice(opening.from, reading.text.indexOf(")", found.end)))
  ) {
    return undefined;
  }
  // "Kim Hale MP, Ben Lowe MP, …": a list of people's names with their letters, not the first one's organisation;
  // "DR ANN FRITH, MR TOM REYES and …": nor with their titles.
  if (found && (nameWithLetters(reading, found) || HONORIFICS.has(found.label.split(/\s+/u)[0]!.toLowerCase()))) {
    return undefined;
  }
  // "Governors Ann Bell (RI), Tom Reed (NJ)": a US state's letters in brackets say where the person serves, no body.
  if (found && opening.paren && US_STATE.test(found.label)) return undefined;
  // "Tom Reed, CC BY-NC-SA": a photo's credit and its licence, no body.
  if (found && LICENCE.test(found.label)) return undefined;
  // "Jo Hale, Ian Dunn, Committee Clerks": a post in the plural after a body's word is the listed people's post, no body
  // ("Marlow Surveyors", a firm named by its trade, has no body's word before the plural; "Association of University
  // Teachers" is a body of the post's holders).
  if (found && pluralPostAfterBodyWord(found.label)) return undefined;
  return found;
}

/** "Committee Clerks", "Board Members": a body's word, then a post's word in the plural, ending a name. */
function pluralPostAfterBodyWord(label: string): boolean {
  const words = label.split(/\s+/u);
  return (
    words.length >= 2 &&
    pluralPost(words.at(-1)!) &&
    ORGANISATION_WORDS.has(words.at(-2)!.toLowerCase()) &&
    !words.some((w) => /^(?:of|for)$/iu.test(w))
  );
}

/** A Creative Commons licence's letters: "CC BY", "CC BY-NC-SA 4.0", "CC0". */
const LICENCE = /^CC(?:0|\s+BY(?:-[A-Z]{2})*)(?:\s+\d(?:\.\d)?)?$/u;
/** A licence's letters opening the words after a name's comma. */
const LICENCE_AFTER = /^CC(?:0|\s+BY)\b/u;

/** A link's file type or size: "PDF", "88 KB", "1.2 MB", "Word document". */
const FILE_LINK = /\b(?:PDF|DOCX?|XLSX?|PPTX?|ODT|CSV)\b|\b\d+(?:\.\d+)?\s*(?:KB|kB|MB|GB)\b/u;

/** Whether an organisation read after a name is another person's name with letters after it ("Ben Lowe MP"). */
function nameWithLetters(reading: Reading, organisation: OrganisationRef): boolean {
  const { text, candidatesInOrder } = reading;
  const name = nameAt(candidatesInOrder, organisation.start);
  if (!name) return false;
  const letters = POSTNOMINAL_RUN.exec(text.slice(name.end, name.end + 40))?.[0].length ?? 0;
  return letters > 0 && name.end + letters >= organisation.end;
}

/**
 * "Tom Reyes (Marlowsoft), Ann Frith (FHT) and Sam Yeo (Dunmore Harbour Trust)": one word in brackets after a name is
 * an organisation's when another name's brackets in the same list (within 200 characters) hold a body's name (an
 * acronym, a body's word, one the registry knows) — a list of members' seats holds none ("Alan Pike (Havant)").
 */
function oneWordAmongBodies(reading: Reading, from: number, p: Paragraph): boolean {
  const { text, known } = reading;
  if (!/^\p{Lu}[\p{L}\p{N}’'-]+\)/u.test(text.slice(from, from + 40))) return false;
  const start = Math.max(p.start, from - 200);
  const around = text.slice(start, Math.min(p.end, from + 200));
  for (const m of around.matchAll(/\p{L}\s+\(([^()\n]{2,60})\)/gu)) {
    if (start + m.index + m[0].indexOf("(") + 1 === from) continue;
    const inside = m[1]!.trim();
    if (isRoleWord(inside.split(/\s+/u).at(-1)!) || PARTY_BRACKET.test(`(${inside})`)) continue;
    if (looksLikeOrganisation(inside, known)) return true;
  }
  return false;
}

/** Words of a place's name that no body's name ends or opens with: "North Fenby", "Saltby Central", "Marlowshire". */
const PLACE_SHAPED =
  /^(?:North|South|East|West|Central|Mid|Greater|Upper|Lower)\s|\s(?:North|South|East|West|Central)$|shire\b|-on-/u;
/** The members a list of seats is of: "Conservative backbenchers", "Labour MPs", "the councillors". */
const MEMBERS_WORD = /\b(?:MPs|MSPs|MSs|MLAs|TDs|backbenchers|frontbenchers|councillors|members)\b/u;

/**
 * "The Conservative backbenchers opposing it are Ann Frith (North Fenby), Kit Lamb (Marlow) and Jo Pratt (Dunmore and
 * Saltby)": brackets after the names of a list in prose that each hold a member's seat, a place, not a body. So when
 * three or more names of the sentence carry brackets, none holding a body's name (a body's word, an acronym, one the
 * registry knows), a party or a post, and the list is of members or one of its brackets reads as a place's name.
 */
function seatsInBrackets(reading: Reading, from: number, p: Paragraph): boolean {
  const { text, known } = reading;
  const own = /^([^()\n]{2,60})\)/u.exec(text.slice(from, from + 62));
  if (!own || looksLikeOrganisation(own[1]!.trim(), known)) return false;
  const start = Math.max(p.start, text.lastIndexOf(".", from) + 1);
  const stop = text.indexOf(".", from);
  const sentence = text.slice(start, stop < 0 || stop > p.end ? p.end : stop);
  let entries = 0;
  let placeShaped = false;
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}\p{M}’'-]+\s+\(([^()\n]{2,60})\)/gu)) {
    const inside = m[1]!.trim();
    if (looksLikeOrganisation(inside, known) || PARTY_BRACKET.test(`(${inside})`)) return false;
    if (isRoleWord(inside.split(/\s+/u).at(-1)!) || !/^\p{Lu}/u.test(inside)) return false;
    if (PLACE_SHAPED.test(inside)) placeShaped = true;
    entries++;
  }
  return entries >= 3 && (placeShaped || MEMBERS_WORD.test(sentence.slice(0, from - start)));
}

/** A date in brackets: "(Thursday 12 May)", "(12 May 2024)", "(April 2021)", "(Tuesday)". */
const DATE_IN_BRACKETS =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^()]*|(?:\p{N}{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\p{N}{1,4})?)\)$/u;

/** A line that is a name and its brackets, no sentence: "Ann Bell (Fenby North)", "Tom Reed (Chair) (Marsh Vale)". */
const NAME_AND_BRACKETS = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\([^()]{1,60}\))+$/u;
/** A heading over a committee's members: "Current membership", "Members of the Committee", "Committee members". */
const MEMBERSHIP_HEADING =
  /^(?:(?:current|committee|the\s+committee['’]s)\s+)?(?:membership|members)(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:committee|commission|board|panel))?:?$/iu;

/**
 * Whether paragraph `p` is an entry of a committee's membership list: lines of a name and its brackets, two or more
 * together, under a heading that names the members or with one marked as the chair ("Helen Crane (Chair) (Dunholm
 * East)"). The brackets hold each member's seat (a constituency) or party, not a body they work for.
 */
function membershipEntry({ text, paragraphs }: Reading, p: Paragraph): boolean {
  let entries = membershipEntries.get(paragraphs);
  if (!entries) {
    // Each run of such lines once: a list of any length is read in one pass.
    entries = new Set();
    const line = (i: number) => (paragraphs[i] ? text.slice(paragraphs[i]!.start, paragraphs[i]!.end).trim() : "");
    for (let first = 0; first < paragraphs.length; first++) {
      if (!NAME_AND_BRACKETS.test(line(first))) continue;
      let last = first;
      while (NAME_AND_BRACKETS.test(line(last + 1))) last++;
      const run = Array.from({ length: last - first + 1 }, (_, k) => first + k);
      const chaired = run.some((i) => /\((?:the\s+)?chair(?:man|woman|person)?\)/iu.test(line(i)));
      if (last > first && (chaired || MEMBERSHIP_HEADING.test(line(first - 1)))) for (const i of run) entries.add(i);
      first = last;
    }
    membershipEntries.set(paragraphs, entries);
  }
  return entries.has(p.index);
}
/** The paragraphs of a text's membership lists, by its paragraphs (`membershipEntry`), read once. */
const membershipEntries = new WeakMap<Paragraph[], Set<number>>();

function organisationSetOffAt(reading: Reading, at: NameInContext, opening: PostOpening): OrganisationRef | undefined {
  const { p } = at;
  const { text, known, limitAt } = reading;
  const { from, comma, paren, dash } = opening;
  const lead = comma ? (SPEAKING_FOR.exec(text.slice(from, p.end))?.[0].length ?? 0) : 0;
  // In brackets right after a name, a name of two words or more is an organisation's whatever its words.
  // (Not a constituency before a party: "Kim Jones (Fenby Riverside) (Lab)".)
  // (Nor a date: "Day Two (Thursday 12 May)", "Kit Lamb (3 May 2024)".)
  const bracket = /^[^()]*\s[^()]*\)/u.exec(text.slice(from + lead, from + lead + 80));
  // (Nor a member's seat in a committee's membership list: "Ann Bell (Fenby North)" under "Current membership".)
  if (paren && membershipEntry(reading, p)) return undefined;
  // (Nor a member's seat in a list of names in prose: "Ann Frith (North Fenby), Kit Lamb (Marlow) and …".)
  if (paren && seatsInBrackets(reading, from, p)) return undefined;
  const inBrackets =
    (!comma &&
      bracket !== null &&
      !DATE_IN_BRACKETS.test(bracket[0]) &&
      !PARTY_BRACKET.test(text.slice(from + lead + bracket[0].length, p.end))) ||
    (paren && oneWordAmongBodies(reading, from, p));
  const organisation = organisationAt(text, from + lead, limitAt(from, p.end), known, true, inBrackets);
  if (organisation) return organisation;
  // "Tom Fenner – Northgate Water, Ruth Okafor – …": after a dash, a name of two words or more that ends the list's
  // entry is the person's organisation whatever its words (not a place: "– Upper Marlshire").
  if (!paren && dash) {
    const any = organisationAt(text, from, limitAt(from, p.end), known, true, true);
    const place = any && /^(?:North|South|East|West|Central|Greater|Upper|Lower)\b|shire\b/u.test(any.label);
    const ends = any && /^(?:\s*[,;.]|\s+and\s|\s*$)/u.test(text.slice(any.end, p.end));
    // One word will do in a list of such entries: "Nick Hale – The Fenby Trust, Mara Lowe – Corvane".
    if (any && !place && ends && (any.label.includes(" ") || inListOfEntries(reading, at.c, any, DASH_ENTRY))) {
      return any;
    }
  }
  // "Professor X, of the Institute for Urban Air at Fenby University,": the first organisation, where the second
  // says where it is.
  if (lead > 0 && comma) {
    const first = organisationAt(text, from + lead, limitAt(from, p.end), known, false);
    const where =
      first && /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,;.()“”"]{0,60}[,;.)]/u.test(text.slice(first.end, p.end));
    if (where && looksLikeOrganisation(first.label, known)) return first;
  }
  return undefined;
}

/** The names listed right before `c` ("A, B and C"), nearest first. */
function namesListedBefore(reading: Reading, c: Candidate): Candidate[] {
  const { text, candidates } = reading;
  const listed: Candidate[] = [];
  for (let i = candidates.indexOf(c) - 1; i >= 0; i--) {
    const prev = candidates[i]!;
    const next = listed.at(-1) ?? c;
    if (!/^(?:,\s*|,?\s+and\s+)$/u.test(text.slice(prev.end, next.titleStart ?? next.start))) break;
    listed.push(prev);
  }
  return listed;
}

/** How an entry of a list ties a name to its organisation: "Name of Org", "Name from Org"; "Name – Org". */
const PREPOSITION_ENTRY = /^\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu})/u;
const DASH_ENTRY = /^\s+[–—-]\s+(?:the\s+)?(?=\p{Lu})/iu;
/** The most entries either side of a name that `inListOfEntries` reads. */
const LIST_REACH = 8;

/**
 * Whether the name `c` and what `entry` ties it to (`found`) are an entry of a comma list of such entries ("A of X, B of
 * Y, and C of Z"), another of which names something that reads as an organisation: then every entry's is one.
 */
function inListOfEntries(reading: Reading, c: Candidate, found: OrganisationRef, entry: RegExp): boolean {
  const { text, known, candidates, candidatesInOrder, paragraphOf } = reading;
  const p = paragraphOf(c.start);
  const organisationOf = (x: Candidate) => {
    const tie = entry.exec(text.slice(x.end, Math.min(p.end, x.end + 12)));
    return tie ? organisationAt(text, x.end + tie[0].length, p.end, known, false, true) : undefined;
  };
  const between = /^,\s+(?:and\s+)?$|^,?\s+and\s+$/u;
  let siblings = 0;
  let organisations = 0;
  // The entries after this one, then those before it.
  for (let k = 0, end = found.end; k < LIST_REACH; k++) {
    const gap = /^,\s+(?:and\s+)?|^,?\s+and\s+/u.exec(text.slice(end, Math.min(p.end, end + 8)));
    const next = gap && nameAt(candidatesInOrder, end + gap[0].length);
    const theirs = next && organisationOf(next);
    if (!theirs) break;
    siblings++;
    if (looksLikeOrganisation(theirs.label, known)) organisations++;
    end = theirs.end;
  }
  for (let i = candidates.indexOf(c), k = 0; i > 0 && k < LIST_REACH; k++) {
    const next = candidates[i]!;
    const prev = candidates[i - 1]!;
    const theirs = organisationOf(prev);
    if (!theirs || !between.test(text.slice(theirs.end, next.titleStart ?? next.start))) break;
    siblings++;
    if (looksLikeOrganisation(theirs.label, known)) organisations++;
    i--;
  }
  return siblings > 0 && organisations > 0;
}

/**
 * " arranged two meetings", " wrote the statement": a verb in the past with its object, after "Name of Org" as the
 * sentence's subject ("We learned that Ann Bell of Tarn Public Affairs arranged two meetings").
 */
const PAST_VERB_OBJECT =
  /^\s+(?:also\s+)?\p{Ll}{3,}ed\s+(?:the|a|an|his|her|their|its|two|three|four|five|six|several|many|some|every|all)\s/u;

/** "Name from Organisation", "Name of the Organisation", "Name at Organisation". */
function organisationByPreposition(reading: Reading, at: NameInContext): void {
  const { c, p, post } = at;
  const { text, known, limitAt, roles, signal } = reading;
  // "Douglas Brodie MSP from the Scottish Green Party": the letters after the name first.
  const preposition = /^\s+(?:from|of|at)\s+/u.exec(text.slice(c.end + post, Math.min(p.end, c.end + post + 8)));
  // Not a department inside a role: "Professor of Urban Planning at …".
  const inRole = /(?:^|\s)(?:of|for|in|on|the)\s+$/iu.test(text.slice(Math.max(p.start, c.start - 5), c.start));
  if (!preposition || inRole) return;
  // "a lecture given by Ann Bell MP at Fenby College": where the occasion was held, no post there.
  const sentence = reading.sentencesInOrder.at(c.start, (x) => x.start <= c.start && c.start < x.end);
  if (
    /^\s+at\s/u.test(preposition[0]) &&
    OCCASION_BY.test(text.slice(Math.max(sentence?.start ?? p.start, at.nameStart - 100), at.nameStart))
  )
    return;
  // "Sue Lang of the Bus Users Alliance and Raj Mehta": the name stops before the next person's.
  const from = c.end + post + preposition[0].length;
  let organisation = organisationAt(text, from, limitAt(from, p.end), known, false);
  // "Ann Frith from Fenby Homes said": the speaker is the person; the name the speech verb follows is where they are
  // from, whatever its words.
  const any = organisation ? undefined : organisationAt(text, from, limitAt(from, p.end), known, false, true);
  // (Not a place: "from North Yorkshire", "of Leeds Central".)
  const place = any && /\b(?:North|South|East|West|Central|Greater|Upper|Lower|\p{Lu}\p{Ll}+shire)\b/u.test(any.label);
  // So too where the name and its "of Org" are the subject of any verb: "Kim Hale of Citizens Support has outlined …".
  // One word after "from" ("Ann Frith from Tidewell made …") where only a name could stand: not "from Leeds".
  const oneWord = any && !any.label.includes(" ") && /^\s+from\s/u.test(preposition[0]) && nameOnlyWord(any.label);
  // And the agent of a passive verb or a noun: "opened by Ann Frith of Marlow Partners", "a talk by Ann Frith of X".
  const agent = /\bby\s+$/u.test(text.slice(Math.max(p.start, at.nameStart - 4), at.nameStart));
  if (
    any &&
    !place &&
    (any.label.includes(" ") || oneWord) &&
    (SUBJECT_VERBS.test(text.slice(any.end, any.end + 40)) ||
      PAST_VERB_OBJECT.test(text.slice(any.end, any.end + 40)) ||
      agent)
  ) {
    organisation = any;
  }
  // "Kim Hale of Brightway Hotels Group, Ben Lowe of Corvane, and …": in a list of such entries, one of them an
  // organisation's, each entry's name is its person's organisation whatever its words.
  // (Not a list of places: "Ann Frith of Leeds, Tom Reed of York and Jo Hale of Fenby Council".)
  const town = any && any.label.split(/\s+/u).every((w) => placeOrDescription(w));
  if (any && !place && !town && !organisation && inListOfEntries(reading, c, any, PREPOSITION_ENTRY))
    organisation = any;
  if (!organisation) return;
  const person = signal(c, "role");
  // "Prof Ann Beck of Fenby University": a professor's title is their post there ("Dr" is no post). "Prof Ann Beck from
  // Fenby University" says where she comes from, no post.
  const professor = /^\s+(?:of|at)\s/u.test(preposition[0])
    ? /^(Prof(?:essor)?\.?)\s/u.exec(c.titled ?? "")?.[1]
    : undefined;
  roles.push({
    person: person.key,
    role: professor ?? "",
    organisation,
    evidence: { start: c.start, end: organisation.end },
  });
  // "Ann Frith of Fenby Meadow Trust and Facilitator of the Marlow Farmer Group": after "and", a post at a second body
  // (its words before "of" all a post's: not "and director Tom Reed of X", another person's).
  const and = /^\s+and\s+(?:also\s+)?/u.exec(text.slice(organisation.end, p.end));
  const second = and ? reading.postAt(c, organisation.end + and[0].length, false, false) : undefined;
  const head = second?.role.split(/\s+(?:of|for|at|with)\s/u)[0]!.split(/\s+/u) ?? [];
  if (second?.organisation && head.length > 0 && head.every((w) => isRoleWord(w) || ROLE_MODIFIERS.test(w)))
    roles.push({ ...second, person: person.key });
}

/** An occasion given by someone, then its speaker: "a lecture given by", "a speech by senior Fenby politician". */
const OCCASION_BY =
  /\b(?:lecture|talk|speech|address|keynote|presentation|sermon)s?\s+(?:(?:given|delivered|made)\s+)?by\s+(?!.*\b(?:of|from|at)\s)[^.;:]{0,80}$/iu;

/** "Name, the Forum’s Director of Programmes": a post at an organisation named before, by its last word. */
function theirPostAfterName(reading: Reading, at: NameInContext): void {
  const { c, post, after, rolesBefore } = at;
  const { roles, possessed, possessedBy, signal } = reading;
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
    return;
  }
  // "Name, from the charity’s public affairs unit,": a part of the organisation named before, no post.
  const unit = FROM_THEIR_UNIT.exec(after);
  if (unit && !last?.organisation) {
    const person = signal(c, "role");
    possessedBy.set(roles.length, unit[1]!);
    possessed.push(roles.length);
    roles.push({ person: person.key, role: "", evidence: { start: c.start, end: c.end + post + unit[0].length } });
  }
}

/** ", from the charity’s policy team", ", of the Trust's research unit": a part of an organisation named before. */
const FROM_THEIR_UNIT =
  /^,\s+(?:from|of|in)\s+the\s+(\p{L}[\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:unit|team|department|division|directorate|office|section|secretariat)(?=\s*[,.;)])/u;

/** "Name, who heads learning at Org", "Name, Org’s charity director,": a post in the text's own words after a name. */
function postInOwnWordsAfterName(reading: Reading, at: NameInContext): void {
  const { c, p, post, after, rolesAfterParty } = at;
  const { text, known, roles, signal } = reading;
  // "Name, who heads learning at Org": the post in the text's own words. "Name, Org’s charity director,": the
  // organisation's name, then the post.
  if (!roles.slice(rolesAfterParty).some((r) => r.organisation)) {
    const leads = WHO_LEADS.exec(after);
    const owned = leads ? undefined : ORGS_POST.exec(after);
    const from = c.end + post + ((leads ?? owned)?.[0].length ?? 0);
    const organisation = leads
      ? organisationAt(text, from, p.end, known, false, true)
      : owned && owned[2]!.split(/\s+/u).some(isRoleWord) && !ROYAL.test(owned[1]!)
        ? organisationAt(text, c.end + post + owned[0].indexOf(owned[1]!), p.end, known, false, false, true)
        : undefined;
    if (organisation) {
      const person = signal(c, "role");
      const role = (leads?.[1] ?? owned![2]!).replace(/\s+/gu, " ").replace(DATING, "");
      const end = leads ? organisation.end : from;
      roles.length = rolesAfterParty; // a post read without its organisation ("Age UK’s charity director") gives way
      roles.push({ person: person.key, role, organisation, evidence: { start: c.start, end } });
    }
  }
}

/** Two capitalised words or more, then a comma: a list's name before a post ("Tom “Leek Man” Reed, "). */
const NAME_THEN_COMMA = /\p{Lu}[\p{L}’'.-]*[”"’]?\s+(?:[^,;:()\s]+\s+){0,3}[“"‘]?\p{Lu}[\p{L}’'-]*,\s*$/u;

/** "Role of Org, Name", "Org’s Role, Name", "Its chair, Name", "chief executive Name": a post before a name. */
function postBeforeName(reading: Reading, at: NameInContext): void {
  // [Org’s] Role of Org, Name  ·  Role Name
  if (at.before.comma) postBeforeComma(reading, at);
  else {
    const prefix = roleWordsBefore(reading.text, at);
    if (prefix) postRightBeforeName(reading, at, prefix);
    else if (at.c.joined) postRunIntoName(reading, at);
  }
}

/** The clause before a name's comma: "A spokesperson for the Department for Work and Skills, Name". */
function clauseBeforeComma(reading: Reading, at: NameInContext): Span {
  const { p, nameStart, before } = at;
  const { text, clauseBefore } = reading;
  let clause = clauseBefore(p, nameStart - before.comma!.length);
  // An "and" inside a name does not end the clause; "and The …" opens another name ("chaired by Kit Lamb and The Fenby
  // Trust's president, Name": Kit Lamb is no part of the Trust's; stop 45).
  for (let k = 0; k < 2 && /\p{Lu}[\p{L}’'-]*\s+(?:and|&)\s$/u.test(text.slice(p.start, clause.start)); k++) {
    if (!isCapitalised(text.slice(clause.start, clause.start + 1))) break;
    if (/^The\s/u.test(text.slice(clause.start, clause.start + 4))) break;
    clause = { start: clauseBefore(p, clause.start - 5).start, end: clause.end };
  }
  return clause;
}

/** "Role of Org, Name", "Org’s Role, Name", "The Trust’s director, Name", "Its chair, Name": the clause before the comma. */
function postBeforeComma(reading: Reading, at: NameInContext): void {
  const { c, p } = at;
  const { text, known, roles, possessed, possessedBy, statedRoles, signal } = reading;
  const clause = clauseBeforeComma(reading, at);
  // In a list "A, Role at Org, B, Role at Org", the role before B's comma is A's: when B's own post at a body follows
  // B, and a name ends before the role's comma, even one A's reading did not give a post ("Tom “Leek Man” Reed, owner
  // of X, Kit Lamb, partner at Y").
  const ownAfter = roles.slice(at.rolesAfterParty).some((r) => r.organisation && r.evidence.start >= c.start);
  const read =
    statedRoles.overlaps(clause) || (ownAfter && NAME_THEN_COMMA.test(text.slice(p.start, clause.start)))
      ? undefined
      : (possessiveRole(text, clause) ??
        parseRoleAnywhere(text, clause, known) ??
        lowerRoleAt(text, clause, known) ??
        councilPost(text, clause) ??
        partyPost(text, clause));
  // "New Fenby Rivers Agency (FRA) chair, Name", "alongside FRA chief executive, Name": a post in lower case after a
  // body's acronym the text defines (or the registry knows), or after the body's name with that acronym in brackets.
  const parsed = read?.organisation ? read : (postAfterAcronym(reading, p, clause) ?? read);
  // "FBC Chief Foreign Correspondent, Name", "Marlow Housing Trust Chief Executive, Name": a post with no
  // organisation after it, whose first words are a body's name (an acronym, a body's word), is a post at that body.
  if (parsed && !parsed.organisation && !/\s(?:of|for|at|with|from)\s/u.test(parsed.role)) {
    const opening = organisationOpening(text, parsed.role, parsed.span.start, known);
    if (opening && !isParty(opening.organisation.label)) {
      parsed.organisation = opening.organisation;
      parsed.role = opening.role;
    }
  }
  // "The FNA organiser for Marlshire, Name": what the post is "for" is a place, where it is held; an acronym before the
  // post is its body.
  const place = parsed?.organisation;
  // "HM Chief Inspector of Harbours, Name": "HM" (His Majesty's) says whose office it is; its field is no body.
  const royal = parsed && /^(?:(?:the|an?)\s+)?(?:HM|HRH)\s/iu.test(text.slice(clause.start, parsed.span.end));
  if (royal && place && !looksLikeOrganisation(place.label, known)) delete parsed.organisation;
  else if (place && !looksLikeOrganisation(place.label, known) && place.label.split(/\s+/u).every(placeOrDescription)) {
    const lead = /^(?:(?:the|an?)\s+)?(\p{Lu}{2,6})\s+$/iu.exec(text.slice(clause.start, parsed.span.start));
    const acronym = lead?.[1];
    if (acronym && /^\p{Lu}+$/u.test(acronym) && !MEMBER_LETTERS.test(acronym) && !ROYAL_LETTERS.test(acronym)) {
      const start = parsed.span.start - lead[0].length + lead[0].indexOf(acronym);
      parsed.organisation = { start, end: start + acronym.length, key: nameKey(acronym), label: acronym };
      parsed.role = text.slice(parsed.span.start, place.end);
    }
  }
  // "Its chair, Derek Osei": the role at the organisation the sentence before is about (found below).
  const its = /^(?:Its|Their)\s+((?:\S+\s+){0,3}\S+)$/u.exec(text.slice(clause.start, clause.end).trim());
  // "the former deputy governor of the Fenby Bank, Name", "the ex-chief executive of X, Name": a post no longer held.
  const upTo = parsed?.organisation?.start ?? clause.end;
  const former = /(?:^|[\s(])(?:former|ex-|erstwhile|one-time)/iu.test(text.slice(clause.start, upTo));
  // "The Trust’s director, Ian Moss": the organisation named before whose name ends in "Trust" (found below).
  // ("the charity's director of policy and campaigns, Ian Moss": an "and" inside the post.)
  const theirs = parsed ? undefined : (theOrgs(text, clause) ?? theOrgs(text, punctuatedClause(text, p, clause.end)));
  if (parsed && former) {
    signal(c, "role");
  } else if (parsed) {
    const person = signal(c, "role");
    roles.push(roleStatement(person.key, parsed, { start: parsed.span.start, end: c.end }, text));
  } else if (theirs) {
    const [head, role, start] = theirs;
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
}

/** A post in lower case ending a clause, its last word a role word: "chief executive", "chair". */
const LOWER_POST_END = /(?<=^|\s)((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;

/**
 * "Fenby Rivers Agency (FRA) chair, Name", "FRA chief executive, Name": the body of a post in lower case, where the
 * words right before the post are an acronym the text defines (or the registry knows as a body's), or a body's name
 * followed by its acronym in brackets (the name read from the acronym's letters, so that a word opening the sentence,
 * "New Fenby Rivers Agency (FRA) chair", is no part of it).
 */
function postAfterAcronym(
  reading: Reading,
  p: Paragraph,
  clause: Span,
): { role: string; organisation: OrganisationRef; span: Span } | undefined {
  const { text, known, acronyms } = reading;
  const phrase = text.slice(clause.start, clause.end);
  const post = LOWER_POST_END.exec(phrase);
  if (!post || !isRoleWord(post[1]!.split(/\s+/u).at(-1)!)) return undefined;
  const lead = phrase.slice(0, post.index);
  const body = (acronym: string) =>
    known.byName("organisation", acronym)?.label ?? (acronyms.has(acronym) ? acronyms.get(acronym) : undefined);
  const inClause = /(?:^|\s)(\p{Lu}{2,8})\s+$/u.exec(lead);
  if (inClause) {
    const label = body(inClause[1]!);
    if (!label) return undefined;
    const start = clause.start + inClause.index + inClause[0].indexOf(inClause[1]!);
    const organisation = { start, end: start + inClause[1]!.length, key: nameKey(label), label };
    return { role: post[1]!, organisation, span: { start, end: clause.end } };
  }
  if (lead.trim() !== "") return undefined;
  const bracket = /(\S[^()]{0,120}?)\s+\((\p{Lu}{2,8})\)\s*$/u.exec(text.slice(p.start, clause.start));
  const label = bracket && acronyms.get(bracket[2]!);
  if (!bracket || !label || !bracket[1]!.endsWith(label)) return undefined;
  const start = p.start + bracket.index + bracket[1]!.length - label.length;
  const organisation = { start, end: start + label.length, key: nameKey(label), label };
  return { role: post[1]!, organisation, span: { start, end: clause.end } };
}

/** A preposition as a headline in capitals writes it ("Testifies Before House Lawmakers"), never a word of a name. */
const HEADLINE_PREPOSITION = /\b(?:Before|After|Against|Over|Under|With|Without|Into|From|About|Amid|Ahead)\b/u;

/** The words right before a name, with no comma, when they end in a role word: "chief executive Jane Smith". */
function roleWordsBefore(text: string, at: NameInContext): RegExpExecArray | undefined {
  const prefix = at.before.role?.match;
  const words = prefix?.[2]!.split(/\s+/u) ?? [];
  // "NATO Secretary General Name": "General" ends a post whose word is before it. Not a headline in capitals ("Attorney
  // General Testifies Before House Lawmakers"): a name holds no preposition.
  const general =
    words.length >= 2 &&
    words.at(-1) === "General" &&
    GENERAL_POSTS.test(words.at(-2)!.toLowerCase()) &&
    !HEADLINE_PREPOSITION.test(at.c.label);
  if (!prefix || !(general || isRoleWord(words.at(-1)!)) || TITLE_WORDS.has(prefix[2]!.toLowerCase())) {
    return fieldPostBefore(text, at);
  }
  return prefix;
}

/**
 * "the FHA's head of tides and coastal change Tania Reed", "Fenby Trust's director for policy and research Name": after
 * a body's possessive (or its acronym: "FHA head of tides Tania Reed"), a post in lower case whose field ("of …",
 * "for …", "and" inside it) runs up to the name. The post's words before "of"/"for" hold a role word; the field has no
 * role word, article or verb of its own.
 */
function fieldPostBefore(text: string, at: NameInContext): RegExpExecArray | undefined {
  const from = Math.max(at.p.start, at.nameStart - 120);
  const m =
    FIELD_POST_BEFORE.exec(text.slice(from, at.nameStart)) ??
    ACRONYM_FIELD_POST_BEFORE.exec(text.slice(from, at.nameStart));
  if (!m) return undefined;
  const [post, field] = m[2]!.split(/\s+(?:of|for|on)\s+/u);
  if (
    !post!.split(/\s+/u).some(isRoleWord) ||
    // (A list's commas end with its "and": "housing, roads and planning", not "housing, roads" before a name.)
    (field!.includes(",") && !/,[^,]*\sand\s[^,]*$/u.test(field!)) ||
    field!
      .replace(/,/gu, "")
      .split(/\s+/u)
      .some(
        (w) => isRoleWord(w) || NOT_A_FIELD.test(w) || SPEECH_WORD.test(w) || (SENTENCE_WORDS.has(w) && w !== "and"),
      )
  )
    return undefined;
  at.before.role = { match: m, index: from - at.p.start + m.index };
  return m;
}
const SPEECH_WORD = new RegExp(`^(?:${SPEECH_VERBS})$`, "u");
// (The field may list its parts, commas between, and a spokesperson's is "on" it: "Labour's spokesperson on housing,
// roads and planning Name", "the Trust's head of research, policy and campaigns Name"; stop 47.)
const FIELD_POST_BEFORE =
  /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}’'-]*['’]s\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:of|for|on)\s+(?:[\p{Ll}-]+,?\s+){0,5}[\p{Ll}-]+)\s+$/u;
/** "FHA head of tides Tania Reed": the same post after a body's acronym, with no possessive. */
const ACRONYM_FIELD_POST_BEFORE =
  /(?<![\p{L}\p{N}’'-])(\p{Lu}{2,8}\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){0,5}[\p{Ll}-]+)\s+$/u;

/**
 * Of the role words before a name, the post: only the title words next to the name ("chief executive" in "said chief
 * executive Jane Smith"). "Policy Manager", a title in capitals, is one role; in lower case, only the role words by the
 * name. A council post keeps the words that say whose: "Council leader Cllr X", "Marsh End councillor Y".
 */
function postNextToName(prefix: RegExpExecArray): { role: string; k: number } {
  const roleWords = prefix[2]!.split(/\s+/u);
  // ("the FHA's head of tides and coastal change": a post whose field runs up to the name is whole.)
  const fielded = !isRoleWord(roleWords.at(-1)!) && /\s(?:of|for|on)\s/u.test(prefix[2]!) && !!prefix[1];
  let k = (roleWords.every((w) => isCapitalised(w)) && prefix[1]) || fielded ? 0 : roleWords.length - 1;
  while (
    k > 0 &&
    (isRoleWord(roleWords[k - 1]!) ||
      /^(?:senior|deputy|vice|assistant|associate|principal|lead|interim|acting|co|prime|general)$/iu.test(
        roleWords[k - 1]!,
      ))
  )
    k--;
  if (k > 0 && /^holder$/iu.test(roleWords[k]!) && /^portfolio$/iu.test(roleWords[k - 1]!)) k--;
  if (/^(?:councillor|leader)$/iu.test(roleWords[k]!)) {
    const whose = (w: string) =>
      /^(?:council|\p{Lu}\p{Ll}+)$/u.test(w) && !SENTENCE_WORDS.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase());
    for (let n = 0; n < 3 && k > 0 && whose(roleWords[k - 1]!); n++) k--;
  }
  return { role: roleWords.slice(k).join(" "), k };
}

/** "chief executive Jane Smith", "Labour leader Ann Frith", "Lantern’s Policy Manager X": a post right before a name. */
function postRightBeforeName(reading: Reading, at: NameInContext, prefix: RegExpExecArray): void {
  const { c, p, nameStart } = at;
  const { text, roles, signal, possessed } = reading;
  const next = postNextToName(prefix);
  const { k } = next;
  let { role } = next;
  let roleStart = p.start + text.slice(p.start, nameStart).lastIndexOf(role, nameStart - p.start - 1);
  // "says our policy officer Jane Pike": the post's field, back to "our" (the publisher's post).
  const ours = /\bour\s+((?:[\p{Ll}-]+\s+){1,2})$/u.exec(text.slice(Math.max(p.start, roleStart - 40), roleStart));
  if (ours && !/^\p{Lu}/u.test(role) && !ours[1]!.split(/\s+/u).some((w) => NOT_A_FIELD.test(w))) {
    role = `${ours[1]!}${role}`;
    roleStart -= ours[1]!.length;
  }
  // "Its policy co-chairman Tom Reed said": the post, its field back to "Its", at the body named before (as "Its
  // chair, Name" is read).
  const its = /(?:^|[.!?]\s+|\n)Its\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(
    text.slice(Math.max(p.start, roleStart - 40), roleStart),
  );
  const field = its?.[1] ?? "";
  if (its && !/^\p{Lu}/u.test(role) && !field.split(/\s+/u).some((w) => NOT_A_FIELD.test(w))) {
    role = `${field}${role}`;
    roleStart -= field.length;
  }
  const person = signal(c, "role");
  const statement: RoleStatement = { person: person.key, role, evidence: { start: roleStart, end: c.end } };
  if (its && !/^\p{Lu}/u.test(role)) possessed.push(roles.length);
  else whosePost(reading, at, statement, prefix, k === 0);
  if (!statement.organisation) sharedPossessor(reading, statement);
  roles.push(statement);
}

/**
 * "Marlow Heritage’s chairman Tom Reed, chief executive Kit Lamb and treasurer Jo Pratt": a list of posts before names
 * whose first entry names its body by a possessive; the later entries' posts, with no body of their own, are at it.
 */
const OWN_OFFICE =
  /\b(?:minister|mayor|senator|governor|councillor|cllr|ambassador|judge|king|queen|prince|princess|MP|MSP|MS|MLA|AM|MEP|TD)\b/iu;
function sharedPossessor(reading: Reading, statement: RoleStatement): void {
  const { text, roles } = reading;
  const last = roles.at(-1);
  const o = last?.organisation;
  if (!last || !o || !/^['’]s\s/u.test(text.slice(o.end, o.end + 3))) return;
  // (Not an office of its own: "… chairman Tom Reed and Prime Minister Kit Lamb".)
  if (OWN_OFFICE.test(statement.role)) return;
  if (!/^(?:,\s+(?:and\s+)?|\s+and\s+)$/u.test(text.slice(last.evidence.end, statement.evidence.start))) return;
  statement.organisation = o;
}

/** The organisation a post right before a name is held at, as the words before the post name it (set on `statement`). */
function whosePost(
  reading: Reading,
  at: NameInContext,
  statement: RoleStatement,
  prefix: RegExpExecArray,
  whole: boolean,
): void {
  const { p, before } = at;
  const { text, known } = reading;
  const { role } = statement;
  const roleStart = statement.evidence.start;
  // "Labour leader Ann Frith": the party's name kept as the post's whose is the party.
  const opening = partyOfPost(text, role, roleStart) ?? organisationOpening(text, role, roleStart, known);
  const former = /\b(?:former|ex-?)\s*$/iu.test(text.slice(Math.max(p.start, roleStart - 8), roleStart));
  if (opening) {
    if (!former) {
      statement.organisation = opening.organisation;
      statement.role = opening.role;
    }
  } else if (
    prefix[1] &&
    whole &&
    !STATE_BEFORE_OFFICE.test(prefix[1].replace(/(?:['’]s)?\s+$/u, "").toLowerCase()) &&
    !MEMBER_LETTERS.test(prefix[1].trim())
  ) {
    // (Not a state's: "Britain's Foreign Secretary X".)
    const label = prefix[1].replace(/(?:['’]s)?\s+$/u, "");
    const start = p.start + before.role!.index;
    statement.organisation = { start, end: start + label.length, key: nameKey(label), label };
    statement.evidence.start = start;
  } else if (MEMBER_LETTERS.test(role)) {
    // "Fenby North MP Ann Frith": the words before a member's letters are the seat, no organisation ("Labour MP" is
    // the party's, above), and later "the MP for Fenby North" is the member.
    const seat = organisationBeforePost(text, p.start, roleStart, known);
    if (seat && seat.postStart === roleStart) statement.seat = seat.organisation;
  } else if (!isCapitalised(role) || /^\p{Lu}{2,3}$/u.test(role)) {
    // (An abbreviated post, "Fenby Homes CEO Ann Frith", reads the same way.)
    // "Community Power England chief executive Rhys Abbott": the organisation's name, then the post in lower case;
    // "Tory work and pensions secretary X", "Unison general secretary Y": the post's field between them.
    const found = stateless(organisationBeforePost(text, p.start, roleStart, known), role);
    if (found) {
      statement.organisation = found.organisation;
      statement.role = text.slice(found.postStart, roleStart) + role;
      statement.evidence.start = found.organisation.start;
    }
  } else {
    // "IEA Executive Director Tom Reyes", "Fenby Borough Council Leader Ann Frith": a capitalised post after an
    // organisation's name (an acronym, a name with an organisation's word, or one the registry knows).
    const found = stateless(organisationBeforePost(text, p.start, roleStart, known), role);
    // "FVSA International Officer Ann Holt": words that say which post it is, between the acronym and the post's word.
    const field = found ? text.slice(found.postStart, roleStart) : "";
    if (
      found &&
      (field === "" ||
        (/^\p{Lu}{2,}s?$/u.test(found.organisation.label) &&
          field
            .trim()
            .split(/\s+/u)
            .every((w) => POST_FIELD_WORD.test(w)))) &&
      (looksLikeOrganisation(found.organisation.label, known) || headOfOneWord(found.organisation.label, role))
    ) {
      statement.organisation = found.organisation;
      statement.role = field + role;
      statement.evidence.start = found.organisation.start;
    }
  }
}

/**
 * A body read before an office, unless it names a state or a ministry's field ("US President X", "Home secretary X"),
 * or a state and a ministry's field before a minister's office ("UK Defence Secretary X", "US Treasury Secretary X").
 */
function stateless<T extends { organisation: OrganisationRef }>(found: T | undefined, role: string): T | undefined {
  if (!found) return undefined;
  const words = found.organisation.label.toLowerCase().split(/\s+/u);
  if (STATE_BEFORE_OFFICE.test(words.join(" "))) return undefined;
  if (words.length === 2 && STATE_BEFORE_OFFICE.test(words[0]!) && MINISTER_OFFICE.test(role)) return undefined;
  return found;
}

/** A minister's office: "Secretary", "Minister", "Chancellor". */
const MINISTER_OFFICE = /^(?:Secretary|Minister|Chancellor)$/iu;

/**
 * "Marlowtech CEO Tom Reyes", "Fenbyco Chair Ann Frith": one word before a capitalised post that heads a body is the
 * body's name, whatever its letters (with an empty registry nothing else says so), unless it reads as an adjective
 * ("Honorary Director", "Regional Chair", "Executive Director": those are the post's own words).
 */
function headOfOneWord(label: string, role: string): boolean {
  return (
    /^\p{Lu}[\p{L}\p{N}-]+$/u.test(label) &&
    HEAD_POST.test(role) &&
    !/(?:ary|al|ive|ian|ish|ese|ic|ed|ing|ern|ly)$/u.test(label.toLowerCase())
  );
}

/** The posts that head a body: "CEO", "Chief Executive", "Chair", "Director-General", "President", "Founder", "Owner". */
const HEAD_POST =
  /^(?:CEO|Chief\s+Executive(?:\s+Officer)?|Chair(?:man|woman|person)?|(?:Managing\s+)?Director(?:[\s-]General)?|President|(?:Co-?)?[Ff]ounder|(?:Co-?)?[Oo]wner|Proprietor)$/u;

/**
 * "Chief Executive of the Harbour Foundation Jane Smith": a role and organisation run into the name. ("the Secretary of
 * State for Work and Pensions Ann Frith": an "and" inside the office, no organisation.)
 */
function postRunIntoName(reading: Reading, at: NameInContext): void {
  const { c, p } = at;
  const { text, known, clauseBefore, roles, signal } = reading;
  const clause = clauseBefore(p, c.start);
  const parsed =
    parseRoleAnywhere(text, { start: clause.start, end: Math.max(clause.start, c.start - 1) }, known) ??
    parseRoleAnywhere(text, { start: punctuatedClause(text, p, c.start).start, end: c.start - 1 }, known);
  if (parsed && !parsed.organisation && /^(?:Secretary|Minister)\b/u.test(parsed.role)) signal(c, "role");
  if (parsed?.organisation) {
    const person = signal(c, "role");
    roles.push(roleStatement(person.key, parsed, { start: parsed.span.start, end: c.end }, text));
  } else if (parsed) {
    // "Our Head of Communications Mike Dunn": a post at the publisher, the text's own organisation (which the draft
    // links it to, by the "our" before it).
    const our = /^Our\s+/u.exec(text.slice(parsed.span.start, c.start))?.[0].length ?? 0;
    if (!our && !/\b[Oo]ur\s+$/u.test(text.slice(Math.max(p.start, parsed.span.start - 5), parsed.span.start))) return;
    const person = signal(c, "role");
    const start = parsed.span.start + our;
    roles.push({ person: person.key, role: text.slice(start, c.start).trim(), evidence: { start, end: c.end } });
  }
}

/** The clause ending at `end` from the last punctuation before it in its paragraph ("and", "by" do not end it). */
function punctuatedClause(text: string, p: Paragraph, end: number): Span {
  const before = text.slice(p.start, end);
  const m = /(?:[,;:()\n“”"]|[.!?]\s)[^,;:()\n“”"]*$/u.exec(before);
  return { start: m ? p.start + m.index + 1 : p.start, end };
}

/** "Name works for Org", "Representing Org, Name said": a post elsewhere in the name's sentence, where none is yet. */
function postElsewhereInSentence(reading: Reading, at: NameInContext): void {
  const { c, p, post, nameStart, rolesAfterParty } = at;
  const { text, known, sentencesInOrder, roles, possessed, possessedBy, signal, postAt } = reading;
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
      // "Gareth Dunmore, who runs the Fenby Trust": the passage names whom it ties, not ", who runs the Fenby Trust".
      const evidence =
        tie.statement.evidence.start === c.end + post && /^,\s+who\s/u.test(text.slice(c.end + post, c.end + post + 6))
          ? { start: nameStart, end: tie.statement.evidence.end }
          : tie.statement.evidence;
      roles.push({ ...tie.statement, evidence, person: person.key });
    }
  }
}

/**
 * After a name, the chair taken or to be taken: "took the chair", "was called to the Chair", "kindly agreed to chair
 * the debate", "will moderate the panel".
 */
const TOOK_THE_CHAIR =
  /^,?\s+(?:who\s+)?(?:(?:also|then|later|kindly|\p{Ll}+ly)\s+)?(?:(?:took|takes|was\s+called\s+to)\s+the\s+chair\b|(?:(?:has|had|have|was|is|agreed|asked|invited|due|set|proceeded|went\s+on|be|been)\s+){0,3}(?:to|will|would|shall)\s+(?:chair|moderate|facilitate|convene|preside\s+over)\s+(?:the|this|our|today['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:session|debate|discussion|panel|meeting|roundtable|event|evening|seminar|webinar|workshop|hearing|conference)\b)/iu;

/** Hosting: what an organiser does, a body or a place as well as a person. */
const HOST_VERB = /\bhost(?:s|ed|ing)?$/iu;

/** Between two names of a pair: "A and B". */
const PAIRED = /^\s+(?:and|&)\s+$/u;
/** After a list's item, before the next: "A, B, C and D". */
const LISTED_NEXT = /^,(?:\s+and)?\s+$/u;

/** Between two items of a list of names: ", ", ", and ", " and ". */
const LIST_JOINT = /^(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)$/u;

/**
 * "These include Eva Hart, Dawn Pellow and Lorin Sayer", "Graeme Ross, Craig Lyle, Derek Moss and Darren Cole": a list
 * of three names or more, joined by commas and a last "and" with nothing else between, where one item at least is a
 * person by its own signs (the tagger and a person's shape, a post, speech): the other items of a person's shape are
 * people too, though named once and unknown to the tagger.
 */
function namesListedWithPeople(reading: Reading): void {
  const { text, candidates, people, signal } = reading;
  const vouched = (c: Candidate) => {
    const person = people.get(c.key);
    if (!person) return false;
    const s = person.signals;
    return s.has("role") || s.has("speech") || s.has("known") || (s.has("nlp") && s.has("shape"));
  };
  let run: Candidate[] = [];
  const close = () => {
    const commas = run.filter((c, i) => i > 0 && text.slice(run[i - 1]!.end, c.titleStart ?? c.start).includes(","));
    if (run.length >= 3 && commas.length >= 1 && run.some(vouched)) {
      for (const c of run) if (!people.has(c.key) && listItemShape(c)) signal(c, "listed");
    }
    run = [];
  };
  for (const c of candidates) {
    const last = run.at(-1);
    if (last && c.start > last.end && LIST_JOINT.test(text.slice(last.end, c.titleStart ?? c.start))) run.push(c);
    else {
      close();
      run = [c];
    }
  }
  close();
}

/** Signs that a name is a person's: speech, chairing, a list of people, a byline, the registry, the NLP tagger. */
function personSignals(reading: Reading, at: NameInContext): void {
  const { c, p, post, after, nameStart, before } = at;
  const { text, options, known, speakerLabels, lists, nlpPeople, signal } = reading;
  // A party speaks and is listed as bodies do, not as people ("The Fenian Party MLA asks …", "Lib Dem MPs said").
  if (partyName(c.label)) return;
  if (speakerLabels.covers(c)) signal(c, "speech");
  if (lists.covers(c)) signal(c, "listed");
  // "Members present: A (Chair); B; Dr C; …", "Witnesses: A, B and C.": a list of people, transcript or not.
  if (PEOPLE_LIST.test(text.slice(p.start, Math.min(p.end, p.start + 40)))) signal(c, "listed");
  if (new RegExp(`^\\s+(?:(?:has|had|also|then|later|further)\\s+)?(?:${SPEECH_VERBS})\\b`, "u").test(after)) {
    signal(c, "speech");
  }
  if (before.speech) signal(c, "speech");
  // Not "Sailor Bell, who …, said" (a word before a surname the text gives its own person).
  if (SPEAKS_AFTER_CLAUSE.test(after) && !opensWithCommonWord(c.label)) signal(c, "speech");
  // "Ann Frith from Fenby Homes said", "Ann Frith of North Shore said": the speaker is the person named first.
  const from = /^\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}’'-]*){0,5}/u.exec(
    after,
  );
  if (from && SPEAKS_NEXT.test(after.slice(from[0].length, from[0].length + 40))) signal(c, "speech");
  // "These are the words of Sir Michael X", "we heard from Y MP about …": words the text gives that person.
  if (WORDS_OF.test(text.slice(Math.max(p.start, nameStart - 30), nameStart))) signal(c, "speech");
  // A byline of its own: "Laura Pellow 07 August 2014", "By Jo Bell".
  // Not in a transcript, which has no byline: there a line of two capitalised words is a heading ("Subordinate
  // Legislation").
  if (
    !options.lists &&
    BYLINE.test(text.slice(p.start, nameStart)) &&
    BYLINE_END.test(text.slice(c.end + post, p.end))
  ) {
    signal(c, "listed");
  }
  // "By Jo Bell, Fenby Marine Trust" on a line of its own: an author's byline, their organisation after the comma.
  if (
    options.turns === undefined &&
    BYLINE_BY.test(text.slice(p.start, nameStart)) &&
    p.end - c.end <= 80 &&
    !wordsNotNames(c.label) &&
    !opensWithWord(c.label) &&
    BYLINE_ORGANISATION.test(text.slice(c.end + post, p.end))
  ) {
    signal(c, "listed");
  }
  if (before.chair) signal(c, "chair");
  // "Moderator Ann Frith began the session": a word only a session's chair has, right before the name (not "the
  // Church's Moderator X", a post after a name).
  if (/(?<!\p{Lu}[\p{L}'’-]*\s+)\b[Mm]oderator\s+$/u.test(text.slice(Math.max(p.start, nameStart - 60), nameStart))) {
    signal(c, "chair");
  }
  // "Fenby Athletics hosted the panel", "an event Fenby Seeds hosts each year": a body or a place hosts as an organiser,
  // so hosting is a sign of a person only in a name of a person's shape ("Ann Frith hosted the panel").
  const chairVerb = new RegExp(`^,?\\s+(?:who\\s+)?(?:${CHAIR_VERBS})\\b`, "u").exec(after);
  if (chairVerb && (!HOST_VERB.test(chairVerb[0]) || personShaped(c) || nlpPeople.covers(c))) signal(c, "chair");
  if (/^,?\s+(?:was\s+|sat\s+)?in\s+the\s+chair\b/iu.test(after) || TOOK_THE_CHAIR.test(after)) signal(c, "chair");
  if (known.byName("person", c.label)) signal(c, "known");
  if (nlpPeople.covers(c)) signal(c, "nlp");
  // "as Jane Doe argued in 2019", "Sir John Roe’s report": a name in passing, known by its shape alone. So is a
  // photographer a photo's credit names ("Photograph: Ann Bell", "CREDIT: ANN BELL/PA", "(Photo by Ann Bell)"), but
  // not one a stock library's credit names ("Photo by X on Y", the library's boilerplate under a picture not taken for
  // the text), nor a surname before its given name in a list ("Kemble Smith, Laura (Seat)").
  if (
    personShaped(c) &&
    !(PHOTO_CREDIT.test(text.slice(Math.max(p.start, nameStart - 30), nameStart)) && STOCK_LIBRARY.test(after)) &&
    !INVERTED_NAME.test(after)
  ) {
    signal(c, "shape");
  }
  // "Niall Brennock of X has said", "Jim Corran and Niall Brisco", "A, Koby Hastings, B and C": a name the lexicon
  // lacks, shaped by its sentence.
  const near = [...reading.candidatesInOrder.startingIn(Math.max(p.start, nameStart - 60), c.end + 60)];
  const paired = near.some(
    (x) =>
      x !== c &&
      personShaped(x) &&
      (PAIRED.test(text.slice(x.end, nameStart)) || PAIRED.test(text.slice(c.end, x.titleStart ?? x.start))),
  );
  // A list's middle item, commas on both sides and a person's name next: not "Representing Fenby Central, Ann Frith
  // MP said".
  const listMiddle =
    /,\s+$/u.test(text.slice(Math.max(p.start, nameStart - 3), nameStart)) &&
    near.some((x) => x !== c && personShaped(x) && LISTED_NEXT.test(text.slice(c.end, x.titleStart ?? x.start)));
  if (personInContext(c, after, paired || listMiddle)) signal(c, "shape");
  else if (listMiddle && listNameShape(c)) signal(c, "shape");
  // "Robin Tallis." alone on its line: a byline or a caption, a name whose given name the lexicon has as a noun.
  if (!text.slice(p.start, nameStart).trim() && /^\.?\s*$/u.test(text.slice(c.end, p.end)) && bylineShaped(c)) {
    signal(c, "shape");
  }
}

/**
 * "Name, Role, Role's field, Organisation, with commas": an entry of a transcript's list of witnesses or members, read
 * whole. Its last pieces are the organisation: the longest the registry knows, else from the last piece that reads as
 * an organisation's name on its own ("Department for Levelling Up, Housing and Communities" after "Director General,
 * Housing Supply, Estates and Net Zero"), else the last piece ("Executive Director of Strategy, Impact and Social
 * Change, Lanterns"); the pieces before it are the role. What the reading of the name alone made of the entry gives way,
 * and the words of the role are no one's name ("Net Zero").
 */
function listEntryPosts(reading: Reading): void {
  const { text, known, candidatesInOrder, roles, people, signal } = reading;
  for (const entry of reading.options.lists ?? []) {
    const inside = candidatesInOrder.startingIn(entry.start, entry.end);
    const c = inside[0];
    if (!c || (c.titleStart ?? c.start) - entry.start > 4) continue;
    const post = POSTNOMINAL_RUN.exec(text.slice(c.end, entry.end))?.[0].length ?? 0;
    // "Name  Post, Unit, Department" (openparliament.ca's "Also speaking" line): the post after two spaces, on one line,
    // and the body the last piece ("…, As an Individual": none).
    const head = NAME_THEN_POSTS.exec(text.slice(entry.start, entry.end));
    const headEnd = head ? entry.start + head[0].length : -1;
    const lineEnd = text.indexOf("\n", c.end);
    const spaced =
      post === 0 &&
      headEnd > c.end &&
      (lineEnd === -1 || lineEnd >= entry.end) &&
      /^ {2,}$/u.test(text.slice(c.end, headEnd));
    const opener = spaced ? text.slice(c.end, headEnd) : /^,\s+/u.exec(text.slice(c.end + post, entry.end))?.[0];
    if (opener === undefined) continue;
    const from = c.end + post + opener.length;
    const body = text
      .slice(from, entry.end)
      .replace(spaced ? /\s*,\s*As\s+an\s+Individual\s*$/iu : /$^/u, "")
      .replace(/[\s.,]+$/u, "");
    const pieces = body.split(/,\s+/u);
    if (pieces.length < (spaced ? 2 : 3) || pieces.some((x) => !/^\p{Lu}/u.test(x) || /[;:()]/u.test(x))) continue;
    if (!spaced && !pieces[0]!.split(/\s+/u).some((w) => isRoleWord(w))) continue;
    const bare = (name: string) => name.replace(/^the\s+/iu, "");
    // The first run of pieces the registry knows as one name, the longest from there.
    let k = -1;
    let last = pieces.length;
    for (let j = 1; j < pieces.length && k === -1; j++) {
      for (let e = pieces.length; e > j; e--) {
        if (known.byName("organisation", bare(pieces.slice(j, e).join(", ")))) {
          k = j;
          last = e;
          break;
        }
      }
    }
    // Else the first piece that reads as an organisation's name, with the pieces after it that do not ("…, Housing
    // and Communities"); one that does is a body it belongs to ("Institute for X, University of Y": the Institute).
    if (k === -1 && spaced) k = pieces.length - 1;
    if (k === -1) {
      const own = (j: number) => looksLikeOrganisation(bare(pieces[j]!), known);
      k = pieces.findIndex((_, j) => j > 0 && own(j));
      if (k !== -1) {
        last = k + 1;
        while (last < pieces.length && !own(last)) last++;
      }
    }
    if (k === -1) k = pieces.length - 1;
    // A name in the pieces that the text names elsewhere is a person's ("…, Org, and Dr Ann Bell"): not one post.
    const elsewhere = (x: Candidate) =>
      reading.candidates.some((y) => y.key === x.key && (y.start < entry.start || y.start >= entry.end));
    const others = inside.filter((x) => x !== c && x.start >= from);
    if (others.some(elsewhere)) continue;
    const separators = [...body.matchAll(/,\s+/gu)];
    const orgAt = from + separators[k - 1]!.index + separators[k - 1]![0].length;
    const written = text.slice(orgAt, last < pieces.length ? from + separators[last - 1]!.index : from + body.length);
    const lead = /^the\s+/iu.exec(written)?.[0].length ?? 0;
    const label = written.slice(lead);
    const organisation = { start: orgAt + lead, end: orgAt + written.length, key: nameKey(label), label };
    const role = text.slice(from, from + separators[k - 1]!.index);
    // The posts the entry's words were read as before give way, and names inside the role are no one's.
    for (let r = roles.length - 1; r >= 0; r--) {
      const e = roles[r]!.evidence;
      if (e.start >= entry.start && e.start < entry.end) roles.splice(r, 1);
    }
    for (const x of others) people.delete(x.key);
    signal(c, "role");
    roles.push({ person: c.key, role, organisation, evidence: { start: c.start, end: organisation.end } });
  }
}

/** A post in the plural ("officials", "co-chairs"), as a list of names' shared post writes it. */
const PLURAL_POST = "(?:(?:co|vice|deputy)-)?\\p{Ll}{3,}s";
/** "the Fenby Council officials " before a list of names: the body, then the post in the plural. */
const BODY_THEN_POSTS = new RegExp(`\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}’'&-]*\\s+){1,6})(${PLURAL_POST})\\s+$`, "u");
/** "the co-chairs of the Fenby Caucus, " (and a plural title, "Reps.", "Councillors") before a list of names. */
const POSTS_OF_BODY = new RegExp(
  `\\b[Tt]he\\s+(${PLURAL_POST})\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}’'&-]*\\s+)*\\p{Lu}[\\p{L}’'&-]*),\\s+` +
    `(?:(?:U\\.S\\.\\s+)?(?:Reps|Sens|Drs|Cllrs|Councillors|Professors)\\.?\\s+)?$`,
  "u",
);
/** Between two names of a list: a comma or "and", after a bracket of the first's ("(D-CA)") if any. */
const LIST_GAP = /^(?:\s*\([^()]{1,12}\))?(?:,\s+|,?\s+and\s+)$/u;

/**
 * A post in the plural shared by the list of names after it: "I welcome the Fenby Council officials Ann Frith, Kit
 * Lamb and Jo Pratt", "the co-chairs of the Fenby Caucus, Reps. Ann Frith (D-CA) and Kit Lamb (R-OH)". Each name holds
 * the post at the body; two names at least, and the body reads as one on its own.
 */
function postsSharedByList(reading: Reading): void {
  const { text, known, paragraphOf, candidatesInOrder, roles, people, signal } = reading;
  const singular = (plural: string) => plural.slice(0, -1);
  const isPost = (plural: string) => singular(plural) === "official" || isRoleWord(singular(plural));
  // Each name a person's, not a body's ("the members of the Fenby Forum, Marlow Sailing and Fenby Rowing").
  const person = (c: Candidate) => !looksLikeOrganisation(c.label, known) && (people.has(c.key) || personShaped(c));
  const inOrder = candidatesInOrder.startingIn(0, text.length);
  for (let i = 0; i < inOrder.length; i++) {
    const first = inOrder[i]!;
    const start = first.titleStart ?? first.start;
    const p = paragraphOf(start);
    const before = text.slice(Math.max(p.start, start - 120), start);
    const shape = BODY_THEN_POSTS.exec(before);
    const posts = shape ? undefined : POSTS_OF_BODY.exec(before);
    const plural = shape?.[2] ?? posts?.[1];
    const written = (shape?.[1] ?? posts?.[2])?.trim();
    if (!plural || !written || !isPost(plural) || !looksLikeOrganisation(written, known)) continue;
    const list = [first];
    for (let k = i + 1; k < inOrder.length; k++) {
      const next = inOrder[k]!;
      if (!LIST_GAP.test(text.slice(list.at(-1)!.end, next.titleStart ?? next.start))) break;
      list.push(next);
    }
    if (list.length < 2 || !list.every(person)) continue;
    const opening = start - before.length + (shape ?? posts)!.index;
    const orgAt = opening + (shape ?? posts)![0].indexOf(written);
    const label = known.byName("organisation", written)?.label ?? written;
    const organisation = { start: orgAt, end: orgAt + written.length, key: nameKey(label), label };
    // Each holds a post the lexicon knows in the singular ("co-chair"); "officials" names no post, and stays as written.
    const role = isRoleWord(singular(plural)) ? singular(plural) : plural;
    for (const c of list) {
      const person = signal(c, "role");
      // A statement the name's own reading made at the body keeps its place, given the post if it had none.
      const made = roles.find((r) => r.person === person.key && r.organisation?.key === organisation.key);
      if (made) {
        made.role ||= role;
        continue;
      }
      roles.push({
        person: person.key,
        role,
        organisation,
        evidence: { start: opening, end: c.end },
        rule: "postBeforeName",
      });
    }
    i += list.length - 1;
  }
}

/**
 * A name on a line of its own, its post on the next line: "Jane Harper" / "Chief Executive, Fenby Housing Trust", as
 * lists of speakers print them; and the Senedd's bilingual lists, "Alys Morgan Cyfarwyddwr, Tai Cymru" / "Director,
 * Housing Wales" (the post in Welsh on the name's line, in English on the next). Capitalised words after the name on
 * its line are then the post in another language, and no one's name.
 */
function postOnNextLine(reading: Reading): void {
  const { text, known, paragraphs, paragraphOf, candidates, candidatesInOrder, roles, people, signal } = reading;
  // The lines read so far: the rest of each name's line and its post's line, where no one is named.
  const postLines: Span[] = [];
  for (const c of candidates) {
    const p = paragraphOf(c.start);
    if ((c.titleStart ?? c.start) !== p.start || wordCount(text.slice(p.start, p.end)) > 18) continue;
    if (/[.!?:;]$/u.test(text.slice(p.start, p.end))) continue;
    if (roles.some((r) => r.person === c.key && r.evidence.start >= p.start && r.evidence.start < p.end)) continue;
    const q = paragraphs[p.index + 1];
    if (!q || wordCount(text.slice(q.start, q.end)) > 16 || /[!?:;]$/u.test(text.slice(q.start, q.end))) continue;
    if (candidatesInOrder.startingIn(q.start, q.start + 1).length > 0) continue;
    const clause = clauseAfter(text, q.start, q.end);
    if (!/^\p{Lu}/u.test(text.slice(clause.start, clause.end))) continue;
    const parsed = parseRole(text, clause, known, false, 8);
    if (!parsed) continue;
    let organisation = parsed.organisation;
    let role = parsed.role;
    // "Director, Housing Wales"; "Director of Policy and Public Affairs, and Deputy Chief Executive, Community
    // Homes Cymru": the organisation after the line's last comma, the posts before it.
    const lastComma = text.lastIndexOf(",", q.end);
    if (text[clause.end] === "," && lastComma >= clause.end) {
      const after = organisationAt(text, lastComma + 1, q.end, known, true, true);
      if (after && /^[\s.]*$/u.test(text.slice(after.end, q.end))) {
        organisation = after;
        role = text.slice(clause.start, lastComma).trim();
      }
    }
    if (!organisation) continue;
    postLines.push({ start: c.end, end: q.end });
    signal(c, "role");
    roles.push({ person: c.key, role, organisation, evidence: { start: c.start, end: organisation.end } });
  }
  if (postLines.length === 0) return;
  const inPostLines = new SpanSet(postLines);
  const named = new Set(candidates.filter((y) => !inPostLines.covers(y)).map((y) => y.key));
  for (const x of candidates) {
    if (inPostLines.covers(x) && !named.has(x.key)) {
      people.delete(x.key);
      for (let r = roles.length - 1; r >= 0; r--) if (roles[r]!.person === x.key) roles.splice(r, 1);
    }
  }
}

/** A heading that names whose officials it lists: "Fenby Assembly Officials in Attendance", "Fenby Staff Present". */
const BODY_OFFICIALS_HEAD =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s+(?:[Oo]fficials|[Oo]fficers|[Ss]taff)\s+(?:[Ii]n\s+[Aa]ttendance|[Pp]resent)\s*:?\s*$/u;

/**
 * A record's list of the officials of a body, under a heading that names it ("Fenby Assembly Officials in
 * Attendance"): each one listed is the body's, with the post their line gives after the name ("Elin Rowe Clerc") or,
 * where the next line glosses it ("Deputy Clerk"), that. The list ends at the first line that opens with no name and
 * glosses none.
 */
function officialsOfBody(reading: Reading): void {
  const { text, paragraphs, candidatesInOrder, roles, signal } = reading;
  for (const head of paragraphs) {
    const m = BODY_OFFICIALS_HEAD.exec(text.slice(head.start, head.end));
    if (!m) continue;
    const label = m[1]!;
    // "Council Officers Present", "Senior Officials in Attendance": a kind of body or a grade, not a body's name.
    if (
      label.split(/\s+/u).every((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || /^(?:senior|other|also)$/iu.test(w))
    )
      continue;
    const organisation = { start: head.start, end: head.start + label.length, key: nameKey(label), label };
    for (let i = head.index + 1; i < paragraphs.length; i++) {
      const line = paragraphs[i]!;
      const c = candidatesInOrder.startingIn(line.start, line.end)[0];
      if (!c || (c.titleStart ?? c.start) !== line.start || wordCount(text.slice(line.start, line.end)) > 12) break;
      // The line after the name's: its post glossed, when no one is named on it.
      const next = paragraphs[i + 1];
      const nextLine = next && text.slice(next.start, next.end);
      const gloss =
        next &&
        candidatesInOrder.startingIn(next.start, next.end).length === 0 &&
        /^\p{Lu}[\p{L}'’ -]*$/u.test(nextLine!) &&
        wordCount(nextLine!) <= 6 &&
        !BODY_OFFICIALS_HEAD.test(nextLine!) &&
        !/\b(?:in\s+attendance|present)$/iu.test(nextLine!);
      const own = text.slice(c.end, line.end).trim();
      const role = gloss ? nextLine! : own;
      if (gloss) i++;
      const stated = (r: RoleStatement) => r.evidence.start >= line.start && r.evidence.start < line.end;
      if (roles.some((r) => r.person === c.key && r.organisation && stated(r))) continue;
      const person = signal(c, "role");
      roles.push({
        person: person.key,
        role,
        organisation,
        evidence: { start: c.start, end: gloss ? next.end : line.end },
      });
    }
  }
}

/** "Liberal Democrat Ann Frith", "Labour’s housing secretary Tom Reed": the party the text names the person by. */
function partiesBeforeNames(reading: Reading): void {
  const { text, roles, signal, paragraphOf } = reading;
  for (const c of reading.candidates) {
    const nameStart = c.titleStart ?? c.start;
    const found = partyBeforeName(text, paragraphOf(nameStart).start, nameStart);
    if (!found) continue;
    const person = signal(c, "role");
    if (roles.some((r) => r.person === person.key && r.organisation?.key === found.organisation.key)) continue;
    roles.push({
      person: person.key,
      role: found.role,
      organisation: found.organisation,
      evidence: { start: found.start, end: c.end },
    });
  }
  // "The Conservative backbenchers opposing it are A (Seat), B (Seat) and C": the party of each name of the list.
  const ordered = [...reading.candidates].sort((a, b) => a.start - b.start);
  for (const p of reading.paragraphs) {
    const names = ordered.filter((c) => c.start >= p.start && c.end <= p.end);
    const spans = names.map((c) => ({ start: c.titleStart ?? c.start, end: c.end }));
    for (const [i, party] of partyOfListedMembers(text, p.start, spans)) {
      const person = signal(names[i]!, "role");
      if (roles.some((r) => r.person === person.key && r.organisation?.key === party.key)) continue;
      roles.push({
        person: person.key,
        role: "",
        organisation: party,
        evidence: { start: party.start, end: names[i]!.end },
      });
    }
  }
}

/** The end of a committee's formal minutes' sentence naming the witnesses: ", gave oral evidence." */
const GAVE_EVIDENCE = /,?\s+(?:gave\s+(?:oral\s+)?evidence|were\s+examined|was\s+examined)\.?\s*$/u;

/**
 * Formal minutes' witnesses, a group to a clause: "A (Chief Executive, Org1) and B (Director of Fares), Org2; C
 * (General Secretary), Org3, gave oral evidence." Each group's organisation after its last bracket is every one of
 * its people's (the body they spoke for), a bracket with no comma is the post there, and a bracket with two posts
 * ("Chair of X and Director General of Y", "Director General, Y and Chairman of Z") gives both.
 */
function evidenceGroups(reading: Reading): void {
  const { text, known, paragraphs, candidatesInOrder, roles, signal } = reading;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    const end = GAVE_EVIDENCE.exec(body);
    if (!end) continue;
    let at = p.start;
    for (const segment of body.slice(0, end.index).split(";")) {
      const from = at;
      at += segment.length + 1;
      const people = candidatesInOrder
        .startingIn(from, from + segment.length)
        .filter((c) => /^\s*\(/u.test(text.slice(c.end, c.end + 3)));
      if (people.length === 0) continue;
      const close = text.lastIndexOf(")", from + segment.length);
      const tail = /^\s*,\s*(?:the\s+)?(\p{Lu}[^,()]*?)\s*$/u.exec(text.slice(close + 1, from + segment.length));
      const groupAt = tail ? text.indexOf(tail[1]!, close + 1) : -1;
      const group = tail
        ? { start: groupAt, end: groupAt + tail[1]!.length, key: nameKey(tail[1]!), label: tail[1]! }
        : undefined;
      for (const c of people) {
        const open = text.indexOf("(", c.end);
        const shut = text.indexOf(")", open);
        if (open < 0 || shut < 0 || shut > from + segment.length) continue;
        const bracket = text.slice(open + 1, shut);
        // What the bracket was read as before gives way.
        for (let r = roles.length - 1; r >= 0; r--) {
          const e = roles[r]!.evidence;
          if (roles[r]!.person === c.key && e.start >= c.start && e.start <= shut) roles.splice(r, 1);
        }
        signal(c, "role");
        const posts: string[] = bracket.split(/\s+and\s+(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:of|for|at|,))/u);
        let offset = open + 1;
        let bare = "";
        // "(Director of Fares & Ticketing), Transport for London": one post with no comma is the post at the group's
        // organisation, what it is "of" its field.
        if (posts.length === 1 && !bracket.includes(",") && group) posts.length = 0;
        if (posts.length === 0) bare = bracket;
        for (const post of posts) {
          const start = text.indexOf(post, offset);
          offset = start + post.length;
          const clause = clauseAfter(text, start, start + post.length);
          const parsed = parseRole(text, clause, known, false, 8);
          let organisation = parsed?.organisation;
          let role = parsed?.role ?? post;
          if (text[clause.end] === ",") {
            organisation = organisationAt(text, clause.end + 1, start + post.length, known, false, true);
            role = text.slice(clause.start, clause.end);
          }
          // "Chair of pteg": an acronym in lower case is the group's own.
          if (organisation && group && organisation.label.toLowerCase() === group.label.toLowerCase()) continue;
          if (organisation && /^\p{Ll}/u.test(organisation.label)) organisation = undefined;
          if (organisation) {
            roles.push({ person: c.key, role, organisation, evidence: { start: c.start, end: shut + 1 } });
          } else if (posts.length === 1) bare = post;
        }
        if (group) {
          roles.push({ person: c.key, role: bare, organisation: group, evidence: { start: c.start, end: group.end } });
        }
      }
    }
  }
}

/**
 * Witnesses listed "Name, Post;" with the organisation once, at the list's end: "Witnesses: Ms A, Head of Audio; Mr B,
 * Controller, Radio 2; and Mr C, Head of News, Org, gave evidence." Every witness is the closing organisation's, with
 * the post written after their name (where no other entry names an organisation of its own); the capitalised words of
 * a post ("Head of Radio News") are no one's name.
 */
function witnessPostsSharingOrganisation(reading: Reading): void {
  const { text, known, paragraphs, candidatesInOrder, roles, people, signal } = reading;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    const end = GAVE_EVIDENCE.exec(body);
    if (!end || body.includes("(")) continue;
    const entries: { c: Candidate; post: Span }[] = [];
    for (const segment of witnessEntries(text, p.start, p.start + end.index, candidatesInOrder)) {
      const c = candidatesInOrder.startingIn(segment.start, segment.end)[0];
      const lead = c && text.slice(segment.start, c.titleStart ?? c.start);
      // (A member's letters after the name: "Ann Bell MP, Minister for X".)
      const comma = c && /^(?:\s+(?:MP|MSP|MS|MLA|AM|MEP|TD))?,\s+/u.exec(text.slice(c.end, segment.end));
      if (!c || !comma || !/^\s*(?:witnesses\s*:\s*)?(?:and\s+)?$/iu.test(lead!)) {
        entries.length = 0;
        break;
      }
      const postStart = c.end + comma[0].length;
      // A post, capitalised as list entries write one ("Head of Audio", "Controller, Radio 2").
      if (!/^\p{Lu}/u.test(text.slice(postStart, postStart + 1))) {
        entries.length = 0;
        break;
      }
      const postEnd =
        segment.start + text.slice(segment.start, segment.end).replace(/(?:,?\s+and)?[\s,]*$/u, "").length;
      entries.push({ c, post: { start: postStart, end: postEnd } });
    }
    const postWord = ({ post }: { post: Span }) => isRoleWord(/^\p{L}+/u.exec(text.slice(post.start))?.[0] ?? "");
    if (entries.length < 2 || !entries.some(postWord)) continue;
    const last = entries.at(-1)!;
    const lastPost = text.slice(last.post.start, last.post.end);
    const comma = lastPost.lastIndexOf(", ");
    if (comma < 0) continue;
    const written = lastPost.slice(comma + 2).replace(/^the\s+/iu, "");
    if (!/^\p{Lu}/u.test(written) || /\s\p{Ll}+\s+\p{Ll}/u.test(written)) continue;
    // Another entry's own organisation ("Director, Fenby Trust") leaves the list to the rules of each entry; not a part
    // of the closing one ("Controller, Radio 2 and NBC Six" before "…, NBC").
    const partOf = new RegExp(`(?:^|\\s)${escapeRegExp(written)}(?:\\s|$)`, "u");
    const own = entries.slice(0, -1).some(({ post }) => {
      const words = text.slice(post.start, post.end);
      const tail = words.slice(words.lastIndexOf(", ") + 2);
      return words.includes(", ") && looksLikeOrganisation(tail, known) && !partOf.test(tail);
    });
    if (own) continue;
    const orgStart = last.post.start + comma + 2 + (lastPost.length - comma - 2 - written.length);
    const organisation = { start: orgStart, end: orgStart + written.length, key: nameKey(written), label: written };
    last.post = { start: last.post.start, end: last.post.start + comma };
    const listed = new Set(entries.map(({ c }) => c.key));
    for (const { c, post } of entries) {
      // What the entry was read as before gives way, and so do names inside its post.
      for (const x of candidatesInOrder.startingIn(post.start, post.end)) {
        if (listed.has(x.key)) continue;
        people.delete(x.key);
        for (let r = roles.length - 1; r >= 0; r--) if (roles[r]!.person === x.key) roles.splice(r, 1);
      }
      for (let r = roles.length - 1; r >= 0; r--) {
        const e = roles[r]!.evidence;
        if (roles[r]!.person === c.key && e.start >= c.start && e.start <= post.end) roles.splice(r, 1);
      }
      const person = signal(c, "role");
      const role = text.slice(post.start, post.end);
      roles.push({ person: person.key, role, organisation, evidence: { start: c.start, end: organisation.end } });
    }
  }
}

/**
 * A witness list's entries, from `start` to `end`: one to a semicolon; with no semicolon, one to each name a title opens
 * after a comma or "and" ("Witnesses: Ms A, President, Mr B, Deputy Director, Ms C, Policy Officer, Org"), as older
 * Commons pages write it. With no semicolon and a name with no title, one entry: no post's words can be told from a name.
 */
function witnessEntries(text: string, start: number, end: number, candidatesInOrder: SpansInOrder<Candidate>): Span[] {
  const body = text.slice(start, end);
  const split = (cuts: number[]) => cuts.map((from, k) => ({ start: from, end: cuts[k + 1] ?? end }));
  if (body.includes(";")) {
    const cuts = [start];
    for (let k = body.indexOf(";"); k >= 0; k = body.indexOf(";", k + 1)) cuts.push(start + k + 1);
    return split(cuts).map((e, k, all) => (k < all.length - 1 ? { start: e.start, end: e.end - 1 } : e));
  }
  const all = candidatesInOrder.startingIn(start, end);
  const titled = (c: Candidate) => c.titleStart !== undefined && c.titleStart < c.start;
  const opensEntry = (c: Candidate) =>
    /(?:^\s*(?:witnesses\s*:\s*)?|,\s+(?:and\s+)?)$/iu.test(text.slice(start, c.titleStart ?? c.start));
  // (With a title on some only, the names shaped as people's open the entries too, and capitalised posts between them
  // are none: "Witnesses: Ann Bell MP, Minister for X, Tom Reed, Harbour Policy Manager, and Dr Kit Lamb, …". With no
  // title at all, a post's words could be a name: no split.)
  const mixed = all.some(titled) && !all.every(titled);
  const names = mixed ? all.filter((c) => titled(c) || personShaped(c)) : all;
  if (names.length < 2 || names[0] !== all[0] || !names.every((c) => (mixed || titled(c)) && opensEntry(c))) {
    return [{ start, end }];
  }
  return split([start, ...names.slice(1).map((c) => c.titleStart ?? c.start)]);
}

/** "I am a vice chair of the LGA", "I am director of nursing at X": a speaker's own post, in their turn. */
const I_AM = /\b(?:I\s+am|I['’]m)\s+(?:also\s+|now\s+|currently\s+)?(?=(?:(?:a|an|the)\s+)?\p{L})/gu;

/**
 * A transcript's speakers who state their own post in their turn ("My name is X. I am the chief executive of Y.",
 * "I am a vice chair of the LGA", as members declare interests): the post is the speaker's, the chair's for the
 * turns of "The Chair".
 */
function postsStatedInTurns(reading: Reading): void {
  const { text, known, candidatesInOrder, roles, signal, sentencesInOrder } = reading;
  const { turns = [], chair } = reading.options;
  const chairName = chair ? candidatesInOrder.startingIn(chair.start, chair.end)[0] : undefined;
  for (const turn of turns) {
    const c = turn.chair ? chairName : candidatesInOrder.startingIn(turn.speaker.start, turn.speaker.end)[0];
    if (!c) continue;
    const words = text.slice(turn.words.start, turn.words.end);
    for (const m of words.matchAll(I_AM)) {
      const at = turn.words.start + m.index + m[0].length;
      const sentence = sentencesInOrder.at(at, (x) => x.start <= at && at < x.end);
      const limit = Math.min(turn.words.end, sentence?.end ?? turn.words.end);
      const parsed = parseRole(text, clauseAfter(text, at, limit), known, false, 8);
      if (!parsed?.organisation || !parsed.role.split(/\s+/u).some((w) => isRoleWord(w))) continue;
      let role = parsed.role.replace(/^(?:the|an?)\s+/iu, "");
      let organisation = parsed.organisation;
      // "I am the Labour MP for Fenby North": a member's seat after "for" is no body; a party named before the
      // letters is the member's ("I am the MP for Fenby" says none).
      const before = text.slice(Math.max(turn.words.start, organisation.start - 24), organisation.start);
      if (MEMBER_LETTERS.test(role.split(/\s+/u).at(-1)!) && /\s+for\s+(?:the\s+)?$/u.test(before)) {
        const party = partyOfPost(text, role, turn.words.start + m.index);
        if (!party) continue;
        ({ organisation, role } = party);
      }
      // "I am the Chair of the X Committee", said by the one who chairs: the hearing's chair, which `chaired` says.
      if (
        (turn.chair || c === chairName) &&
        /^(?:chair|chairman|chairwoman|chairperson|convener|convenor)$/iu.test(role)
      )
        continue;
      signal(c, "role");
      roles.push({
        person: c.key,
        role,
        organisation,
        evidence: { start: turn.words.start + m.index, end: parsed.organisation.end },
      });
    }
  }
}

/** Mentions: full names, then bare surnames or first names that point to one person, then "the Role of Org". */
function mentionsOf(reading: Reading): { mentions: Mention[]; shortNames: Map<string, Set<string>> } {
  const { text, candidates, sentencesInOrder, people, roles } = reading;
  const candidateAt = new Map(candidates.map((c) => [c.start, c]));
  // Mentions: full names, then bare surnames or first names that point to one person, then "the Role of Org".
  const mentions: Mention[] = [];
  // Mentions never overlap one another, so far: a short name is taken only where no mention is yet.
  const mentioned = new CoveredText(text.length);
  for (const c of candidates) {
    if (people.has(c.key)) {
      // A registry alias is a short name of the person ("Kessler said"), read as a surname is.
      mentions.push({ start: c.start, end: c.end, person: c.key, how: c.alias ? "short" : "name" });
      mentioned.add(c);
    }
  }
  const shortNames = new Map<string, Set<string>>();
  for (const person of people.values()) {
    const words = person.label.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/u, "")));
    if (words.length === 0) continue;
    // "Ed spoke of his worry …" of the text's Edward Pennick: a given name's usual short form, when the name has two
    // words or more.
    const short = words.length >= 2 ? shortFormsOf(words[0]!) : [];
    for (const word of [words[0]!, words.at(-1)!, ...short]) {
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
      // "Sally also warned us …": a verb, after an adverb or two, makes the sentence's first word its subject.
      const verbNext = /^(?::|\s+(?:(?:also|then|later|further|again|now|\p{Ll}+ly)\s+){0,2}[a-z]+(?:ed|es)\b)/u;
      // "Bell, who chairs the committee, asked": a relative "who" after the word makes it a person's name.
      const who = /^,\s+who\s/u;
      if (initial && !SUBJECT_VERBS.test(next) && !verbNext.test(next) && !who.test(next)) continue;
      mentions.push({ ...span, person: owner, how: "short" });
      mentioned.add(span);
    }
  }
  for (const m of roleMentions(text, roles)) mentions.push(m);
  return { mentions, shortNames };
}

/** Drops names only the NLP tagger vouches for (named once) or that are organisations'; the rest's mentions in text order. */
function keepPeople(reading: Reading, mentions: Mention[]): Mention[] {
  const { people, roles } = reading;
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
  const aims = new Set<string>();
  const notAims = new Set<string>();
  for (const m of mentions) {
    const aim = CAMPAIGN_AIM_BEFORE.test(reading.text.slice(Math.max(0, m.start - 20), m.start));
    (aim ? aims : notAims).add(m.person);
  }
  const ownMentions = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.how !== "name") continue;
    const list = ownMentions.get(m.person);
    if (list) list.push(m);
    else ownMentions.set(m.person, [m]);
  }
  const knownThings = new SpanSet(reading.known.find(reading.text, KNOWN_THINGS));
  const statementsOf = new Map<string, RoleStatement[]>();
  for (const r of roles) {
    const list = statementsOf.get(r.person);
    if (list) list.push(r);
    else statementsOf.set(r.person, [r]);
  }
  for (const person of [...people.values()]) {
    const weak = [...person.signals].every((x) => x === "nlp" || x === "known" || x === "listed" || x === "shape");
    // "Upland Water said it …": a name of words, not names, that only speaks is a body's. "the Campaign to End
    // Winter Hunger presented …": a name that is always a campaign's aim is part of the campaign's name.
    const body =
      ([...person.signals].every((x) => x === "speech") && wordsNotNames(person.label)) ||
      (!person.signals.has("known") && aims.has(person.key) && !notAims.has(person.key));
    const organisation =
      organisationKeys.has(person.key) && !person.signals.has("role") && !person.signals.has("chair");
    // "the role of New Mapping Methodologies (NMMs)", "Head of Fenwick Survey International": a name nothing shows
    // to be a person's (no title, not the tagger's, not of a person's shape, not known) that opens with a word the
    // lexicon has as another word is a thing's, whatever post or speech the rules read beside it.
    const unshaped =
      !person.titled &&
      !["nlp", "shape", "known"].some((x) => person.signals.has(x as Signal)) &&
      opensWithWord(person.label);
    // "Mr Speaker", "Madam Deputy Speaker": the chamber's presiding office, no one's name.
    const presiding = !person.signals.has("known") && isPresidingOffice(person.label);
    // "Panellists: Ann Frith, Game Day Notes, Tom Reed, Harbour Watch": a list of people names what each is of beside
    // them; an item only the list vouches for, made of words and none a name's, is that (a blog, a campaign, a unit).
    const listedThing = !person.titled && [...person.signals].every((x) => x === "listed") && madeOfWords(person.label);
    // "Harbour Rivers Inquiry", "the Fenby Review": a name ending in the word for an inquiry or a committee is the
    // body's, whatever speaks under it (a transcript's title line read as a speaker's label).
    const inquiry = INQUIRY_HEAD.test(person.label);
    // "the Guild's Autumn Conference that featured …", "Addressing Congress, Tom Reed said": a name ending in the word
    // for a gathering is the gathering's.
    const gathering = !person.signals.has("known") && GATHERING_HEAD.test(person.label);
    const knownThing = namedOnlyAsKnownThing(reading, person, ownMentions.get(person.key) ?? [], knownThings);
    // "Professor of Marine Studies and Harbour Connectedness", "Head of Coastal Habitats and Dune Ecology": the last
    // field of a post, after "and", is no person's, when nothing but a post or a list shows it to be.
    const postField =
      [...person.signals].every((x) => x === "role" || x === "listed") &&
      !person.titled &&
      (ownMentions.get(person.key) ?? []).length > 0 &&
      ownMentions.get(person.key)!.every((m) => {
        const field = POST_FIELD_BEFORE.exec(reading.text.slice(Math.max(0, m.start - 80), m.start));
        return field !== null && isRoleWord(field[1]!);
      });
    if (
      postField ||
      (weak && !elsewhere.has(person.key)) ||
      organisation ||
      body ||
      unshaped ||
      presiding ||
      listedThing ||
      inquiry ||
      gathering ||
      knownThing
    )
      people.delete(person.key);
    else if (
      !person.signals.has("known") &&
      !person.signals.has("chair") &&
      notAPersonByPlace(reading, person, ownMentions, statementsOf)
    )
      people.delete(person.key);
  }
  const kept = mentions.filter((m) => people.has(m.person)).sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}

/** The people of a place, right after its name: "Milton Marsh residents", "Fenby villagers". */
const PLACE_PEOPLE_AFTER = /^[^\S\n]+(?:residents|villagers|householders|homeowners|townsfolk|locals)\b/u;

/** A post's word, "of", its field's first words and "and" right before a name: "Professor of Marine Studies and ". */
const POST_FIELD_BEFORE = /(\p{Lu}\p{Ll}+)\s+of\s+(?:\p{Lu}[\p{L}’'-]*,?\s+){1,4}(?:and|&)\s+$/u;

/** The last word of a venue's name: "the Harbour Hotel", "Committee Room", "the Fenby Arena". */
const VENUE_END = /^(?:Hotel|Room|Rooms|Arena|Stadium|Theatre|Theater|Auditorium|Pavilion|Suite|Ballroom)$/u;
/** A centre for events: "Convention Centre", "Conference Center", "Exhibition Centre". */
const EVENTS_CENTRE = /^(?:Convention|Conference|Exhibition|Events?|Congress)\s+Cent(?:re|er)$/u;

/** A run of capitalised words that names a venue, not a body. */
function isVenue(words: string[]): boolean {
  if (words.length < 2) return false;
  return VENUE_END.test(words.at(-1)!) || EVENTS_CENTRE.test(words.slice(-2).join(" "));
}

/** The last word of a gathering's name: "Autumn Conference", "Congress", "Harbour Summit". */
const GATHERING_HEAD = /(?:^|\s)(?:Conference|Congress|Convention|Summit|Symposium)$/u;

/** What the registry knows that is no one's name: bodies, events, sessions and programmes. */
const KNOWN_THINGS = ["organisation", "event", "session", "programme"] as const;

/**
 * A name the corpus does not know as a person's whose every mention is a body's, an event's or a programme's name the
 * corpus knows, or a piece of one: "Director The Fenby Campaign for Clean Tides" (the known campaign's name cut at
 * "for"), "U.K. Harbours, Marlow Trust" (a known charity in a list), "the Guild's Autumn Conference that featured"
 * (a known event). Where the text names them elsewhere too ("Ann Frith said"), the person stays.
 */
function namedOnlyAsKnownThing(reading: Reading, person: PersonFound, own: Mention[], knownThings: SpanSet): boolean {
  if (person.signals.has("known") || reading.known.byName("person", person.label)) return false;
  return own.length > 0 && own.every((m) => knownThings.covers(m));
}

/**
 * A post word and "of", "for" or "in" right before a name: "Head of", "Vice President for the", "Director of", "Senior
 * Lecturer in": what follows is the post's subject or body.
 */
const POST_OF_BEFORE = /(\p{L}[\p{L}-]*)\s+(?:of|for|in)\s+(?:the\s+)?$/u;

/** An abbreviation in brackets right after a name: "(NAMs)", "(UN-GGIM)", "(AOs)". */
const ABBREVIATION_AFTER = /^\s+\((?:\p{Lu}{1,4}-)?(\p{Lu}{2,8})s?\)/u;

/**
 * A name where a person's never stands, nothing else showing it is one's (not known, not the chair):
 * - every mention right after a post and "of"/"for"/"in" ("Head of Coastal Resilience, Fenby Council", "Vice President
 *   for Clean Freight", "Senior Lecturer in Transport Geography, Fenby University", "Trustee of Florence Hartley" (a
 *   charity)): the post's field or body, for a person's name comes before the post;
 * - given only by statements with no words of a post whose organisation is a date or is named before it ("Open
 *   Gardens Day (10th Edition)", "the Trust's Winter Lecture Series"), no tagger, no person's shape, no title, no
 *   speech: a heading's or a programme's name. ("Raj Mehta (Fenby Transport)" is a person's: the form people take.)
 */
function notAPersonByPlace(
  reading: Reading,
  person: PersonFound,
  mentionsOf: Map<string, Mention[]>,
  statementsOf: Map<string, RoleStatement[]>,
): boolean {
  const { text } = reading;
  const own = mentionsOf.get(person.key) ?? [];
  if (own.length === 0) return false;
  const afterPost = own.every((m) => {
    const before = POST_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return before !== null && isRoleWord(before[1]!);
  });
  if (afterPost && !person.titled) return true;
  // "talks to Milton Marsh residents": a name before the word for those who live there is a place's.
  if (!person.titled && own.every((m) => PLACE_PEOPLE_AFTER.test(text.slice(m.end, m.end + 20)))) return true;
  // "Shared Learning Networks (SLNs)", "the Forum on Data Ethics (UN-FDE)": spelled out before its own abbreviation,
  // a thing's name, for people are not introduced by their initials.
  const words = person.label.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  const spelledOut = own.some((m) => {
    const abbreviation = ABBREVIATION_AFTER.exec(text.slice(m.end, m.end + 20))?.[1];
    if (!abbreviation || abbreviation.length > words.length) return false;
    return words.slice(-abbreviation.length).every((w, i) => w[0] === abbreviation[i]);
  });
  if (spelledOut && !person.titled && !person.signals.has("speech")) return true;
  const statements = statementsOf.get(person.key) ?? [];
  // What the statements give as the organisation is none (a date, an edition: "Open Gardens Day (10th Edition)"), or
  // is named before the name with no post ("the Trust's Winter Lecture Series"), as a thing's owner is.
  const noPost = (r: RoleStatement) =>
    r.role.trim() === "" &&
    r.organisation !== undefined &&
    // (A party named before the name is what its member is, no owner: "Conservative backbenchers … are Name".)
    !(isParty(r.organisation.label) && !/^['’]s/u.test(text.slice(r.organisation.end, r.organisation.end + 2))) &&
    (/^\p{N}/u.test(r.organisation.label) || r.organisation.end <= own[0]!.start);
  return (
    statements.length > 0 &&
    statements.every(noPost) &&
    [...person.signals].every((x) => x === "role" || x === "listed") &&
    !person.titled
  );
}

/**
 * "Dr Hartigan, you …", "Ms Vell, you have run …" (after a hearing's question label, "Q10 The Chair: "): words put to
 * the one named, who is their subject.
 */
const VOCATIVE_YOU =
  /^((?:Q\d+\s+[^:\n]{1,40}:\s+)?)((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?\p{Lu}[\p{L}’'-]+),\s+you\s/u;

/** "She joined Org in 2019 as its chief economist", "Ellerby is director of X at Org": a post in a sentence of its own. */
function postsInOwnSentences(reading: Reading, kept: Mention[], shortNames: Map<string, Set<string>>): void {
  const { text, sentences, known, paragraphOf, sentencesInOrder, people, roles, postAt } = reading;
  // "She joined Org in 2019 as its chief economist", "He has run Org since 2015", "Ellerby is director of X at Org": a
  // post in a sentence of its own whose subject is a pronoun, for the one person the sentences before it name, or a
  // person's surname alone.
  const keptInOrder = new SpansInOrder(kept);
  for (const sentence of sentences) {
    const lead = /^[\s"“‘]*/u.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)))![0].length;
    // "Dr Hartigan, you joined the Board in March 2024": a question that tells the one it is put to their posts.
    const vocative = VOCATIVE_YOU.exec(text.slice(sentence.start + lead, sentence.end));
    const addressedEnd = vocative && sentence.start + lead + vocative[1]!.length + vocative[2]!.length;
    const addressed = addressedEnd
      ? keptInOrder.startingIn(sentence.start + lead, addressedEnd).find((m) => m.end === addressedEnd)
      : undefined;
    const pronoun = addressed
      ? /^.*you(?=\s)/su.exec(vocative![0])
      : /^(?:He|She)\s/u.exec(text.slice(sentence.start + lead, sentence.start + lead + 4));
    const short =
      pronoun && !addressed
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
    const subject = addressed ?? short ?? named;
    if (!pronoun && !subject) continue;
    const at = addressed
      ? sentence.start + lead + pronoun![0].length
      : subject
        ? subject.end
        : sentence.start + lead + pronoun![0].length - 1;
    const p = paragraphOf(sentence.start);
    const c = { start: sentence.start, end: at, key: "", label: "" };
    const ties = ownSentencePost(text, at, p.end, known, (from, comma) => postAt(c, from, comma, false)).filter(
      (t) => t.statement.organisation,
    );
    // "He is on secondment from his usual post as chief executive of Org": the post the person holds.
    const position = POSITION_AS.exec(text.slice(at, sentence.end));
    // "Welcome to Tom Reyes, in his role as Chair of …": "his" is the one named just before it, not the subject.
    const between = position ? keptInOrder.startingIn(at, at + position.index) : [];
    if (ties.length === 0 && position && !between.some((m) => m.person !== subject?.person)) {
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
}

/** "the strategy director at Fenshire CC said": a post with no name, the one person named in the sentences next to it. */
function postsWithNoName(reading: Reading, kept: Mention[]): void {
  const { text, paragraphs, sentences, known, paragraphOf, roles } = reading;
  // "Fiona Hale admits … / But according to the strategy director at Fenshire CC, …", "Lantern’s chief executive has
  // called for … / Speaking at X, Polly Pardew said": a post with no name in its sentence is the one person named in the
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
}

/**
 * "The Fenby Committee, chaired by X": the person named after "chaired by" chairs the body named before it; "the A, B
 * and C Committees, chaired respectively by myself and …": each of as many people, in order, "myself" the turn's
 * speaker. With one body, the person is the first named after "by" ("by the former head of Y, Sir X"), with no comma
 * before the name but the one that sets it off.
 */
/** A sentence's end, not an abbreviation's full stop ("hon.", "Dr."). */
const SENTENCE_STOP = /(?<!\b(?:hon|Hon|Rt|Dr|Mr|Mrs|Ms|St|Prof|No|Gen|Col|Capt|Cllr))[.!?](?=\s|$)/u;
function chairsOfBodies(reading: Reading, kept: Mention[]): void {
  const { text, sentences, known, roles, options, paragraphOf, possessed, possessedBy } = reading;
  const mentionsInOrder = new SpansInOrder(kept);
  const speakers = [...(options.speakers ?? [])].sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    if (!text.slice(sentence.start, sentence.end).includes("chaired")) continue;
    for (const { bodies, from, respectively, role, head } of chairedBodies(text, sentence, known)) {
      // (To the sentence's end, past the full stop of "my right hon. Friend".)
      const stop = SENTENCE_STOP.exec(text.slice(from, paragraphOf(from).end));
      const named = mentionsInOrder.startingIn(from, stop ? from + stop.index : paragraphOf(from).end);
      const people: { person: string; end: number }[] = [];
      if (respectively) {
        if (/^myself\b/iu.test(text.slice(from, from + 7))) {
          const label = speakers.findLast((s) => s.end <= from);
          const speaker = label && mentionsInOrder.startingIn(label.start, label.end)[0];
          if (!speaker) continue;
          people.push({ person: speaker.person, end: from + 6 });
        }
        for (const m of named) if (!people.some((x) => x.person === m.person)) people.push(m);
        if (people.length !== bodies.length) continue;
      } else {
        const first = named[0];
        const between = first && text.slice(from, first.start);
        if (!first || between!.length > 100 || /,(?!\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$)/u.test(between!)) continue;
        people.push(first);
      }
      // "the new commission, chaired by X": the organisation named before whose name ends in "Commission".
      if (head) {
        const at = text.lastIndexOf(head, from);
        possessedBy.set(roles.length, head[0]!.toUpperCase() + head.slice(1));
        possessed.push(roles.length);
        roles.push({ person: people[0]!.person, role, evidence: { start: at, end: from } });
      }
      // (The passage from the body to "by": the words before a chair's name may name other bodies, "the former head of
      // the Fenby Bank, Sir X", read as organisations of their own.)
      bodies.forEach((organisation, k) => {
        roles.push({
          person: people[k]!.person,
          role,
          organisation,
          evidence: { start: organisation.start, end: from },
        });
      });
    }
  }
}

/** "director of the Trust": a head word alone refers back to an organisation; a defined acronym is its full name. */
function headWordsReferBack(reading: Reading): void {
  const { known, acronyms, roles, possessed, possessedBy } = reading;
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
}

/** Parties of Ireland, North and South, whose names have no "Party" in them, as prose writes them. */
const IRISH_PARTIES =
  /^(?:Sinn\s+F[ée]in|Fianna\s+F[áa]il|Fine\s+Gael|Aont[úu]|People\s+Before\s+Profit|Social\s+Democrats)$/u;
/** Whether a name is a party's, as a bracket or prose writes it ("Lib Dem", "Sinn Féin", "Labour Party"). */
const partyName = (label: string): boolean => isParty(label) || IRISH_PARTIES.test(label);

/** Where the sentence before the one holding `at` starts (a paragraph of spaces between them passed over). */
function sentenceBefore(reading: Reading, at: number): number {
  const { sentencesInOrder, text } = reading;
  const own = sentencesInOrder.at(at, (x) => x.start <= at && at < x.end);
  if (!own) return at;
  const before = sentencesInOrder.items.findLast(
    (x) => x.end <= own.start && /\p{L}/u.test(text.slice(x.start, x.end)),
  );
  return before?.start ?? own.start;
}

/** "Its chair", "the Trust’s director": the post's organisation is the one named before it (by its head word). */
function organisationsNamedBefore(reading: Reading, organisations: Map<string, OrganisationFound>): void {
  const { roles, possessed, possessedBy } = reading;
  if (possessed.length > 0) {
    const spans = [...organisations.values()]
      .flatMap((o) => o.spans.map((span) => ({ ...span, organisation: o })))
      .sort((a, b) => a.start - b.start);
    const inOrder = new SpansInOrder(spans);
    for (const k of possessed) {
      const statement = roles[k]!;
      const head = possessedBy.get(k)?.toLowerCase();
      // (A body may be named as the text wrote it: "the FHA has said … Name, the FHA's spokesperson".)
      const written = (x: (typeof spans)[number]) =>
        reading.text
          .slice(x.start, x.end)
          .toLowerCase()
          .replace(/^the\s+/u, "") === head;
      const byHead =
        (head &&
          spans.findLast(
            (x) =>
              x.end <= statement.evidence.start &&
              (x.organisation.label.toLowerCase().split(/\s+/u).at(-1) === head || written(x)),
          )) ||
        // "Name, the FHA's spokesperson": the possessor itself is a body, named there.
        (head &&
          spans.find((x) => x.start >= statement.evidence.start && x.end <= statement.evidence.end && written(x)));
      // "the charity's director": a kind of body in lower case, no name's last word, is the last organisation named
      // before, not far before.
      const kind = head !== undefined && possessedBy.get(k) === head;
      // (A kind of body other than a party is no party named before: "Labour’s pledge … the charity’s unit".)
      const fits = (x: (typeof spans)[number]) => !kind || head === "party" || !isParty(x.organisation.label);
      // "Name, the council's Principal Air Quality Officer": the one council the text names, wherever; none where it
      // names none or two (not the school named last before; w50).
      if (kind && head === "council") {
        const councils = [...organisations.values()].filter((o) => COUNCIL_NAME.test(o.label));
        if (councils.length !== 1) continue;
        const span = councils[0]!.spans[0]!;
        const { label } = councils[0]!;
        statement.organisation = { start: span.start, end: span.end, key: nameKey(label), label };
        continue;
      }
      const last = !byHead && (!head || kind) ? inOrder.lastEndingBy(statement.evidence.start) : undefined;
      const named =
        byHead || (last && !fits(last) ? spans.findLast((x) => x.end <= statement.evidence.start && fits(x)) : last);
      // "Think-tank the Fenby Trust said … [a long sentence]. Its chief executive, Name, …": "its" goes back to the
      // sentence before, however long.
      const near = (x: (typeof spans)[number]) =>
        statement.evidence.start - x.end <= (byHead ? 2000 : kind ? 600 : 200) ||
        (!head && x.start >= sentenceBefore(reading, statement.evidence.start));
      if (!named || !near(named)) continue;
      const { label } = named.organisation;
      statement.organisation = { start: named.start, end: named.end, key: nameKey(label), label };
    }
  }
}

/** "Mr A, Chief Executive, and Ms B, Head of Safety, Network Rail": a witness list's organisation given once, last. */
function witnessListOrganisations(reading: Reading): void {
  const { text, paragraphOf, roles } = reading;
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
}

/**
 * "She is joined by", "who is accompanied by", "They were joined by", "— who will be joined by": the colleagues named
 * next are with the one before.
 */
const JOINED_BY =
  /(?:^|(?:,|\s+[–—-])\s+who\s+|\s+and\s+)(?:(?:She|He|They|she|he|they)\s+)?(?:is|are|was|were|will\s+be)\s+(?:also\s+)?(?:joined|accompanied)\s+(?:today\s+)?by\s+/u;
/** A post in lower case after a listed name's comma, up to the next comma, "who" or the sentence's end. */
const LISTED_POST = /^,\s+((?:the\s+)?\p{Ll}[\p{Ll}’'-]*(?:\s+(?:&\s+)?[\p{Ll}’'-]+){0,9})(?=,|\s+who\s|\s*[.;]|\s*$)/u;

/**
 * "Ms Ann Bell, chair of the Fenby Harbour Board, is welcome. She is joined by Mr. Tom Reed, commissioner, and Ms Jo
 * Kent, director of ferries.": colleagues who join a person whose post at a body the sentence before (or the same one)
 * gives, each with a post of their own in lower case and no body, hold their posts at that body. A colleague named with
 * a body of their own ("Mr Kit Lamb from the Fenby Trust") keeps it.
 */
function colleaguesJoining(reading: Reading): void {
  const { text, roles, sentencesInOrder } = reading;
  for (const sentence of sentencesInOrder.items) {
    const words = text.slice(sentence.start, sentence.end);
    const joined = JOINED_BY.exec(words);
    if (!joined) continue;
    const from = sentence.start + joined.index + joined[0].length;
    const floor = joined.index === 0 ? sentenceBefore(reading, sentence.start) : sentence.start;
    // The person joined: the last one stated to hold a post at a body before "joined by", in this sentence or the one
    // before; no other person's statement between.
    const earlier = roles.filter((r) => r.evidence.start >= floor && r.evidence.end <= from);
    const host = earlier.at(-1);
    // (A host "from" the body, with no post, is at it too: "Ms Ann Bell from the Fenby Trust — who will be joined by".)
    if (!host?.organisation || (!host.role && !/\sfrom\s/u.test(text.slice(host.evidence.start, host.evidence.end))))
      continue;
    const listed = roles.filter((r) => r.evidence.start >= from && r.evidence.start < sentence.end);
    const bare = listed.filter((r) => !r.organisation && !r.seat && r.role && r.role.split(/\s+/u).some(isRoleWord));
    if (bare.length === 0) continue;
    for (const r of bare) {
      const name = reading.candidatesInOrder.startingIn(r.evidence.start, r.evidence.start + 1)[0];
      const post = name && LISTED_POST.exec(text.slice(name.end, sentence.end));
      const written = post?.[1]!.replace(/^the\s+/u, "");
      if (written && written.startsWith(r.role)) r.role = written;
      r.organisation = { ...host.organisation };
    }
  }
}

/**
 * A body given with no post ("Mr Tom Reed, Fenby Growers' Union" in a list of witnesses) and the post given apart with
 * no body, in a list of such posts ("I welcome Tom Reed, the deputy president; and Ann Bell, the CEO."): the bare post
 * is the one held at the body, where the person has that one body and that one post. A post that names where it is
 * held ("chair of the panel") is its own, and so is one post given alone.
 */
function postsGivenApart(reading: Reading): void {
  const { roles, paragraphOf } = reading;
  const byPerson = new Map<string, RoleStatement[]>();
  for (const r of roles) {
    const list = byPerson.get(r.person);
    if (list) list.push(r);
    else byPerson.set(r.person, [r]);
  }
  // The fills by the paragraph that gives the posts: only a list of posts ("A, the president; B, the CEO") gives them.
  const fills = new Map<number, { atBody: RoleStatement[]; role: string }[]>();
  for (const statements of byPerson.values()) {
    const atBody = statements.filter((r) => r.organisation);
    const bare = statements.filter((r) => !r.organisation && !r.seat && r.role);
    if (atBody.length === 0 || bare.length !== 1 || atBody.some((r) => r.role)) continue;
    if (new Set(atBody.map((r) => r.organisation!.key)).size !== 1) continue;
    const role = bare[0]!.role.replace(/^(?:the|an?)\s+/iu, "");
    if (!BARE_POST.test(role) || !role.split(/\s+/u).some(isRoleWord)) continue;
    const at = paragraphOf(bare[0]!.evidence.start).start;
    const list = fills.get(at);
    if (list) list.push({ atBody, role });
    else fills.set(at, [{ atBody, role }]);
  }
  for (const list of fills.values()) {
    if (list.length < 2) continue;
    for (const { atBody, role } of list) for (const r of atBody) r.role = role;
  }
}

/** A post with no body or field in it: a few words, none a preposition ("deputy president", "chief finance officer"). */
const BARE_POST = /^(?!.*\s(?:of|for|at|with|from|in|on|to)\s)[\p{L}-]+(?:\s+[\p{L}-]+){0,5}$/u;

/** "council " or "the council's " right before a post, or before its field ("the council's planning officer"). */
const COUNCIL_BEFORE = /(?<![\p{L}-])[Cc]ouncil(?:['’]s)?\s+(?:(?!(?:and|or|the|a|an)\s)[\p{Ll}-]+\s+){0,2}$/u;

/** "Council leader Cllr X": a council post with no organisation is at the one council the text names. */
function councilPosts(reading: Reading, organisations: Map<string, OrganisationFound>): void {
  const { roles } = reading;
  // Local news: the council named once, then "Council leader Cllr X", "Blacon councillor Y", "Portfolio holder Cllr Z":
  // a council post with no organisation is at the one council the text names (none where it names two).
  const councils = [...organisations.values()].filter((o) => COUNCIL_NAME.test(o.label));
  if (councils.length === 1) {
    const council = councils[0]!;
    const span = council.spans[0]!;
    for (const r of roles) {
      // "council chief executive Ann Frith", "the council's planning officer Name": a post the word "council" says
      // is the council's.
      const councils = COUNCIL_BEFORE.test(reading.text.slice(Math.max(0, r.evidence.start - 40), r.evidence.start));
      if (r.organisation || !(COUNCIL_POST.test(r.role) || (councils && r.role))) continue;
      r.organisation = { start: span.start, end: span.end, key: nameKey(council.label), label: council.label };
    }
    // "Conservative Council Leader Coun X", "X, the Labour group leader on the council": a party's council post is
    // held at the council too (the party read before it stays the person's).
    const text = reading.text;
    for (const r of [...roles]) {
      if (!r.organisation || !isParty(r.organisation.label) || !r.role) continue;
      const roleAt = text.indexOf(r.role, r.evidence.start);
      const onCouncil = roleAt >= 0 && /^\s+on\s+the\s+council\b/u.test(text.slice(roleAt + r.role.length));
      if (!/\bcouncil\b/iu.test(r.role) && !onCouncil) continue;
      if (!COUNCIL_POST.test(r.role) && !/\bleader$/iu.test(r.role)) continue;
      if (roles.some((x) => x.person === r.person && x.organisation?.key === nameKey(council.label))) continue;
      const organisation = { start: span.start, end: span.end, key: nameKey(council.label), label: council.label };
      roles.push({ ...r, organisation });
    }
  }
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
    const c = candidates[k]!;
    nextAnd[k] = at >= 5 && /^\sand\s$/u.test(text.slice(at - 5, at)) && !fieldAfterAnd(text, c) ? k : nextAnd[k + 1]!;
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

/** "School of Hygiene and " before "and": a body's word, "of" or "for" and a field's capitalised words. */
const BODY_FIELD_AND = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...ORGANISATION_WORDS].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}and\\s$`,
  "u",
);

/**
 * "the Fenby School of Hygiene and Tropical Medicine": the capitalised words after "and" are the second field of the
 * body's name, not a person's name ending it, when they follow "<body's word> of <field> and", open with a word the
 * lexicon or its tagger has as an adjective or a place (or are words, not names) and have no title ("… School of
 * Hydrology and Kit Lamb" still ends at the name).
 */
function fieldAfterAnd(text: string, c: Candidate): boolean {
  const first = c.label.split(/\s+/u)[0]!;
  if (bodyAfterAnd(text, c)) return true;
  if (c.titled || !(placeOrDescription(first) || opensWithWord(c.label) || wordsNotNames(c.label))) return false;
  return BODY_FIELD_AND.test(text.slice(Math.max(0, c.start - 60), c.start));
}

/**
 * "director of Fenby and Marlow Archives and Museums", "the Harbour and Docks Trusts": the capitalised words after
 * "and", run on through the name's own "and", "of", "&", end in a body's word, singular or plural: the rest of the
 * body's name, not a person's. (Not a name with a title or a given name first: "… and Tom Church".)
 */
function bodyAfterAnd(text: string, c: Candidate): boolean {
  if (c.titled || isGivenName(c.label.split(/\s+/u)[0]!)) return false;
  const run = NAME_RUN_ON.exec(text.slice(c.start, c.start + 120))?.[0].trim() ?? "";
  const last = run.split(/\s+/u).at(-1)!.toLowerCase();
  const one = last.replace(/ies$/u, "y").replace(/s$/u, "");
  return ORGANISATION_WORDS.has(last) || ORGANISATION_WORDS.has(one) || COLLECTIONS.test(one);
}
const COLLECTIONS = /^(?:archive|library|gallery|museum)$/u;
const NAME_RUN_ON = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}’'-]*)*/u;

/** Organisations: those in role statements, those the corpus knows by name, and capitalised names ending in Council, Trust, … */
/** A date's words opening a run of capitalised words: "20", "September", "2026,". */
const DATE_OPENING =
  /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}|January|February|March|April|June|July|August|September|October|November|December)[,.]?$/u;

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
  // One-word names a post was read with ("Fenby CEO Ann Frith", "Head of Engagement at Include"), not the registry's.
  const oneWord = [...found.values()]
    .filter((o) => /^\p{Lu}[\p{L}\p{N}-]+$/u.test(o.label) && !known.byName("organisation", o.label))
    .map((o) => o.label);
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
  // Lists of bodies: their last "and" joins two names, not the words of one ("… Fenby Central and Marlow Group").
  const lists = bodiesLists(text);
  const listAnds = new Set(lists.map((l) => l.and));
  // Items of a list of things ("issues including Fenby Reads and TACT"): no body is read inside them.
  // (Nor where the text writes such an item again: "The TACT programme was run by …".)
  const things = new SpanSet(lists.flatMap((l) => (l.things ? l.items : [])));
  const thingNames = new Set(lists.flatMap((l) => (l.things ? l.items.map((x) => x.label) : [])));
  /** Bodies of a body named with its possessive ("the University of Fenby's Marlow Centre"), added after the loop. */
  const units: Span[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(ORG_RUN)) {
      const at = p.start + m.index;
      if (added.overlaps({ start: at, end: at + 1 })) continue; // inside a name read whole already
      // The name read on from the run's start: through "of"/"for"/"on" after an organisation word, a possessive it
      // holds ("The Warden's Fund"), a list of fields ("Department for Culture, Media and Sport"), "county council".
      const ts = tokens(text, { start: at, end: Math.min(p.end, at + 200) });
      const the = ts[0]?.word === "the" ? 1 : 0;
      let words = ts
        .slice(the, readName(text, ts, the, joinsOrganisation).to)
        .map((t) => ({ word: t.word, at: t.start - p.start }));
      const cut = words.findIndex((w, k) => /['’]s$/u.test(w.word) && !possessiveInName(ts, the + k + 1));
      if (cut !== -1) words = words.slice(0, cut + 1);
      // "the University of Fenby's Marlow Centre": a body's full name, its possessive, then a body of its own — two.
      const bodyWord = (w: { word: string }) => ORGANISATION_WORDS.has(w.word.toLowerCase().replace(/['’]s$/u, ""));
      const parent = words.findIndex(
        (w, k) => k >= 1 && /['’]s$/u.test(w.word) && words.slice(0, k + 1).some(bodyWord),
      );
      const unit = parent === -1 ? [] : words.slice(parent + 1);
      if (parent !== -1) words = words.slice(0, parent + 1);
      if (unit.length >= 2 && bodyWord(unit.at(-1)!) && unit.every((w) => isCapitalised(w.word))) {
        const last = unit.at(-1)!;
        units.push({
          start: p.start + unit[0]!.at,
          end: p.start + last.at + last.word.replace(/[,;:.)]+$/u, "").length,
        });
      }
      const and = words.findIndex((w) => listAnds.has(p.start + w.at));
      if (and > 0) words = words.slice(0, and);
      while (words.length && SENTENCE_WORDS.has(words[0]!.word.toLowerCase())) words = words.slice(1);
      // "On 20 September 2026 Fenby’s Assessment Centre": a date's day, month and year are no words of the name.
      while (words.length > 1 && DATE_OPENING.test(words[0]!.word)) words = words.slice(1);
      // "Fenby Vale-based Rowan Foundation", "Conservative-run Marlshire Council": the name after its modifier.
      words = words.slice(modifierWords(words.map((w) => w.word)));
      // "Labour Party Conference", "Council Tax": an event or a tax, the organisation (if any) the words before it.
      while (
        words.length &&
        NOT_ORGANISATION_ENDS.has(
          words
            .at(-1)!
            .word.toLowerCase()
            .replace(/[,;:.)]+$/u, ""),
        )
      ) {
        words = words.slice(0, -1);
      }
      while (words.length && CONNECTORS.has(words.at(-1)!.word.toLowerCase())) words = words.slice(0, -1);
      // "the County Council's Harbour Service Business Plan": a document, no body.
      if (
        words.length &&
        DOCUMENT_ENDS.test(
          words
            .at(-1)!
            .word.toLowerCase()
            .replace(/[,;:.)]+$/u, ""),
        )
      )
        continue;
      // "a dinner at the Marlow Conference Centre Hotel", "took place at the Fenby Convention Centre", "Committee Room":
      // a venue, where the text names no post at it, is no body.
      if (isVenue(words.map((w) => w.word.replace(/[,;:.)]+$/u, "")))) continue;
      // "Second Report of the Environmental Audit Committee": a paper of the body, the body after "of"; "Warden's Fund
      // Chief Executive": the body, then a post at it.
      words = words.slice(paperOfBody(words.map((w) => w.word)));
      // "… School of Coastal Studies Anna Pike", "… School of Law Dean Ruth Okafor": a person's name (a given name, then
      // one or two capitalised words) after the body's word, and a post before the name, are no part of the body's.
      const person = words.findIndex(
        (w, k) =>
          k >= 2 &&
          isGivenName(w.word) &&
          words.length - k >= 2 &&
          words.length - k <= 3 &&
          words.slice(k).every((x) => isCapitalised(x.word) && !ORGANISATION_WORDS.has(x.word.toLowerCase())) &&
          words.slice(0, k).some((x) => ORGANISATION_WORDS.has(x.word.toLowerCase())),
      );
      if (person !== -1) words = words.slice(0, person);
      if (remitPost(words.map((w) => w.word))) continue;
      const post = postAtEnd(words.map((w) => w.word));
      words = words.slice(0, words.length - post);
      // "Quillmedia Group Digital Media Consultant": a field's words between the body's last word and a post are the
      // post's.
      const bodyEnd = words.findLastIndex((w) => ORGANISATION_WORDS.has(w.word.toLowerCase()));
      if (
        post > 0 &&
        bodyEnd >= 1 &&
        words.slice(bodyEnd + 1).every((w) => DEPARTMENT_WORDS.has(w.word.toLowerCase()))
      ) {
        words = words.slice(0, bodyEnd + 1);
      }
      const head = words.findIndex((w) =>
        ORGANISATION_WORDS.has(w.word.toLowerCase().replace(/['’]s?[,;:.)]*$|[,;:.)]+$/u, "")),
      );
      if (head === -1 || words.length < 2) continue;
      // "the County Council's plan", "the City Council": a council's kind with no place names no council of its own.
      if (words.every((w) => COUNCIL_KIND.test(w.word.replace(/['’]s$|[,;:.)]+$/u, "")))) continue;
      // "our Annual Forum on 3rd May", "the Annual Meeting": a yearly event, no body.
      if (words[0]!.word === "Annual") continue;
      const start0 = p.start + words[0]!.at;
      const last0 = words.at(-1)!;
      const end0 = p.start + last0.at + last0.word.length;
      // "established an Improvement Board to look into it": a body of a kind, no name — after "a" or "an", a body's
      // words and words the text also writes in lower case ("improvement"), then a small word or a stop (not "a Home
      // Office spokesman", "a Fenby Board report").
      if (
        /(?:^|\s)(?:[Aa]n?)\s+$/u.test(text.slice(Math.max(p.start, start0 - 4), start0)) &&
        words.every((w) => {
          const bare = w.word.replace(/[,;:.)]+$/u, "");
          return ORGANISATION_WORDS.has(bare.toLowerCase()) || writtenInLowerCase(text, bare);
        }) &&
        (/[,;:.)]$/u.test(last0.word) ||
          /^\s+(?:to|that|which|who|of|for|in|on|with|was|is|has|had|and|or|will|would)\b/u.test(
            text.slice(end0, end0 + 10),
          ))
      )
        continue;
      // "HOUSE OF COMMONS MINUTES OF EVIDENCE", "COMMITTEE MEMBERS": a heading in capitals, not a name.
      const capitals = words.filter((w) => /^\p{Lu}{3,}$/u.test(w.word.replace(/[,;:.)]+$/u, ""))).length;
      if (capitals > 2 || (capitals >= 2 && capitals === words.length)) continue;
      // "Senior Executive", "Chief Executive": a post, not the Health and Safety Executive; "Minister for the Cabinet
      // Office": a post, then the organisation (read from its own start).
      if (words.every((w) => isRoleWord(w.word) || ROLE_MODIFIERS.test(w.word))) continue;
      // "Members of Parliament": people, not a body.
      if (/^(?:Members?|MPs|Ministers)$/u.test(words[0]!.word)) continue;
      const joint = words.findIndex((w) => /^(?:of|for)$/iu.test(w.word));
      const lead = joint === -1 ? [] : words.slice(0, joint);
      // "Chief Executive of X", and "Company Secretary of X", "Executive Director of X Ltd" (a post ending in a role
      // word, whatever words of bodies it holds): a post, then the organisation (read from its own start).
      if (
        lead.some((w) => isRoleWord(w.word)) &&
        (!lead.some((w) => ORGANISATION_WORDS.has(w.word.toLowerCase())) || isRoleWord(lead.at(-1)!.word))
      ) {
        continue;
      }
      const start = p.start + words[0]!.at;
      const last = words.at(-1)!;
      let end = p.start + last.at + last.word.length;
      while (end > start && /[,;:.)]/u.test(text[end - 1]!)) end--;
      if (/['’]s$/u.test(text.slice(start, end))) end -= 2;
      const span = { start, end };
      if (named.overlaps(span) || before.overlaps(span) || added.overlaps(span) || things.overlaps(span)) continue;
      // Inside a post ("Senior Care Network Planning Executive at X"): part of the role, not an organisation.
      if (posts.covers(span)) continue;
      const count = spans.length;
      for (const part of bodiesJoinedByAnd(text, { ...span, key: "", label: "" }, known))
        add(text.slice(part.start, part.end), { start: part.start, end: part.end });
      if (spans.length > count) added.add(span);
    }
  }
  for (const unit of units) {
    if (named.overlaps(unit) || before.overlaps(unit) || added.overlaps(unit)) continue;
    add(text.slice(unit.start, unit.end), unit);
  }
  // "Conservative councillors", "the Tories", "Labour wants …": a party named in prose; "the Welsh Government", "HM
  // Treasury": a body of the state with no organisation word in its name; "writing in The Guardian": a newspaper.
  for (const party of [
    ...lists.flatMap((l) => (l.things ? [] : l.items)),
    ...bodiesOfListedPeople(text),
    ...partiesInProse(text),
    ...stateBodiesIn(text),
    ...publicationsIn(text),
    ...creditAgenciesIn(text),
    ...organisationsByKind(text),
  ]) {
    if (named.overlaps(party) || before.overlaps(party) || added.overlaps(party) || things.overlaps(party)) continue;
    if (thingNames.has(party.label)) continue;
    add(known.byName("organisation", party.label)?.label ?? party.label, party);
  }
  for (const [acronym, full] of acronyms) {
    const entry = found.get(known.byName("organisation", full)?.id ?? nameKey(full));
    if (entry) entry.aliases = [...new Set([...(entry.aliases ?? []), acronym])];
  }
  // Such a name written again elsewhere ("scientists from Fenby, including …") is the same organisation: the registry's
  // names are found wherever they stand, and so is a one-word name the text has shown to be a body's.
  if (oneWord.length > 0) {
    const positions = wordPositions(text, oneWord);
    for (const label of oneWord) {
      for (const at of positions(label)) {
        const span = { start: at, end: at + label.length };
        if (named.overlaps(span) || before.overlaps(span) || added.overlaps(span)) continue;
        // Not a capitalised word opening a sentence ("Include them early"), unless a capital is inside it ("FHA").
        if (!/\p{Lu}.*\p{Lu}/u.test(label) && /(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at)))
          continue;
        add(label, span);
      }
    }
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

/** Whether the text also writes a capitalised word in lower case, as a word of the language ("improvement"). */
function writtenInLowerCase(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** A council's kind and the word "Council", which name no council without a place: "County Council". */
const COUNCIL_KIND = /^(?:County|City|District|Borough|Town|Parish|Metropolitan|Unitary|Council)$/u;

/**
 * A case study's subject named by a given name alone at the start of a paragraph, then what a person is or has:
 * "Nadia and her partner have two daughters.", "Tomasz has two sons.", "Priya, 34, lives in Fenby.", "Marek is a
 * carer for his mother.", with the person's own words after it ("She says:", "he said") in that paragraph or the next.
 */
const CASE_STUDY_OPENING =
  /^(\p{Lu}\p{Ll}+)(?:,\s+\d{1,3},|\s+and\s+(?:her|his|their)\s+\p{Ll}+)?\s+(?:has|have|had|is|was|lives|lived|works|worked|cares|cared)\s/u;
/** The subject's words announced by a pronoun: "She says:", "He told us", "she said". */
const PRONOUN_SPEAKS = /\b(?:[Ss]he|[Hh]e)\s+(?:says|said|told\s+us|tells\s+us|explains|explained|adds|added)\b/u;

/**
 * Adds the subjects of case studies (`CASE_STUDY_OPENING`) as people, with a mention wherever the given name stands
 * alone: not a word the lexicon has as anything but a given name, a word of a name found, nor a word a body or a name
 * found covers.
 */
export function addCaseStudyNames(text: string, paragraphs: Paragraph[], found: PeopleInText): void {
  const taken = new SpanSet([...found.mentions, ...[...found.organisations.values()].flatMap((o) => o.spans)]);
  const nameWords = new Set([...found.people.values()].flatMap((p) => p.label.split(/\s+/u)));
  const added: Mention[] = [];
  paragraphs.forEach((p, i) => {
    const m = CASE_STUDY_OPENING.exec(text.slice(p.start, p.end));
    const word = m?.[1];
    if (!word || !isGivenName(word) || nameWords.has(word)) return;
    if (taken.overlaps({ start: p.start, end: p.start + word.length })) return;
    const next = paragraphs[i + 1];
    if (!PRONOUN_SPEAKS.test(text.slice(p.start, next && next.start - p.end < 3 ? next.end : p.end))) return;
    const key = personKey(word);
    if (found.people.has(key)) return;
    found.people.set(key, { key, label: word, first: p.start, signals: new Set(["speech"]) });
    nameWords.add(word);
    added.push(...mentionsStandingAlone(text, word, key, taken));
  });
  if (added.length === 0) return;
  found.mentions.push(...added);
  found.mentions.sort((a, b) => a.start - b.start);
}

/**
 * A byline that names its author by a given name alone, the team after a comma or nothing, as a charity's blog signs
 * its posts: "By Harriet, Campaigns team", "Posted by Harriet". Only among a text's first paragraphs, on a line of its
 * own with no sentence in it.
 */
const GIVEN_NAME_BYLINE = /^(?:(?:posted|written)\s+)?by\s+(\p{Lu}\p{Ll}+)(?:\s*,\s*[^.!?;:\n]{1,60})?$/iu;

/** Adds a byline's author named by a given name alone (`GIVEN_NAME_BYLINE`), with a mention where the name stands alone. */
export function addBylineGivenNames(text: string, paragraphs: Paragraph[], found: PeopleInText): void {
  const taken = new SpanSet([...found.mentions, ...[...found.organisations.values()].flatMap((o) => o.spans)]);
  const nameWords = new Set([...found.people.values()].flatMap((p) => p.label.split(/\s+/u)));
  for (const p of paragraphs.slice(0, 6)) {
    const line = text.slice(p.start, p.end).trim();
    const word = GIVEN_NAME_BYLINE.exec(line)?.[1];
    if (!word || !isGivenName(word) || nameWords.has(word) || found.people.has(personKey(word))) continue;
    const key = personKey(word);
    const at = p.start + text.slice(p.start, p.end).indexOf(word, 2);
    const byline = { start: at, end: at + word.length };
    if (taken.overlaps(byline)) continue;
    found.people.set(key, { key, label: word, first: at, signals: new Set(["listed"]) });
    // (After "By", a capitalised word, the byline's name is not one `mentionsStandingAlone` finds.)
    const added = mentionsStandingAlone(text, word, key, taken).filter((m) => m.start !== at);
    found.mentions.push({ ...byline, person: key, how: "name" }, ...added);
    found.mentions.sort((a, b) => a.start - b.start);
    return;
  }
}

/**
 * A person the text names only by the name it gives them to keep them anonymous, after a word for a person: "One of
 * the mothers, known to the court as ‘KLM’, …", "a tenant, referred to as ‘Jo’, …".
 */
const PSEUDONYM =
  /\b(?:mothers?|fathers?|parents?|wom[ae]n|m[ae]n|girls?|boys?|claimants?|applicants?|tenants?|residents?|carers?|patients?|pupils?|students?|workers?|survivors?|victims?|daughters?|sons?|child|individuals?|person)\b[^.!?;\n]{0,40}?\b(?:known(?:\s+to\s+(?:the\s+)?(?:court|tribunal|judge|us))?|referred\s+to|identified)\s+(?:only\s+)?as\s+[‘'"“](\p{Lu}[\p{L}'’-]*)[’'"”]/giu;

/**
 * Adds the people named by a pseudonym (`PSEUDONYM`) who speak under it ("KLM says:", "KLM told us"), with a mention
 * wherever the pseudonym stands alone: not a name found already, nor a word a body or a name found covers.
 */
export function addPseudonyms(text: string, found: PeopleInText): void {
  const taken = new SpanSet([...found.mentions, ...[...found.organisations.values()].flatMap((o) => o.spans)]);
  const added: Mention[] = [];
  for (const m of text.matchAll(PSEUDONYM)) {
    const name = m[1]!;
    const key = personKey(name);
    if (found.people.has(key)) continue;
    const speaks = new RegExp(
      `(?<![\\p{L}'’-])${escapeRegExp(name)}\\s+(?:says|said|told|tells|explains|explained|adds|added|writes|wrote)\\b`,
      "u",
    );
    if (!speaks.test(text)) continue;
    found.people.set(key, { key, label: name, first: m.index + m[0].lastIndexOf(name), signals: new Set(["speech"]) });
    added.push(...mentionsStandingAlone(text, name, key, taken));
  }
  if (added.length === 0) return;
  found.mentions.push(...added);
  found.mentions.sort((a, b) => a.start - b.start);
}

/** A minister's office and its field: "Secretary of State for Harbours", "Minister for the Coast", "Secretary of Ports". */
export const MINISTER_FOR =
  /^(?:[Tt]he\s+)?(?:(?:Parliamentary\s+)?(?:Under[-\s])?Secretary\s+of\s+State|Secretary|Minister(?:\s+of\s+State)?)\s+(?:for|of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}’'-]*){0,4})$/u;

/** The same office right before a name, after the word before it (group 1): "… as well as Secretary of Ports Tom Reed". */
const TITLES_BEFORE_NAME = "(?:Dr|Sir|Dame|Mr|Mrs|Ms|Lord|Lady|Baroness|Rt|Hon|Prof|Professor|General|Admiral)";
const MINISTER_BEFORE = new RegExp(
  String.raw`(?:^|(\S+)\s+)((?:(?:Parliamentary\s+)?(?:Under[-\s])?Secretary\s+of\s+State|Secretary|Minister(?:\s+of\s+State)?)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+|&\s+)?(?!${TITLES_BEFORE_NAME}\b)\p{Lu}[\p{L}’'-]*){0,4})\s+(?:${TITLES_BEFORE_NAME}\.?\s+)*$`,
  "u",
);
/** The same office after a name, its first or second piece between commas: ", a Member of the House, Secretary of X,". */
const MINISTER_AFTER = new RegExp(
  String.raw`^(?:\s+(?:MP|MSP|MS|MLA|KCB|CMG|CBE|OBE|MBE))*,\s+(?:([^,;:()\n]{1,60}),\s+)?((?:(?:Parliamentary\s+)?(?:Under[-\s])?Secretary\s+of\s+State|Secretary|Minister(?:\s+of\s+State)?)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}’'-]*){0,4})(\s*(?=[,;.)]|\s+(?:and|examined)\b))`,
  "u",
);
/** Words before an office that make it no minister's of the department: "Shadow", "former", "General Secretary of". */
const NOT_THE_MINISTER = /^(?:shadow|former|ex-?|general|opposition)$/iu;

/**
 * "The Secretary of State for Harbours (Dr Ann Frith)", "Secretary of Coastal Affairs Tom Reed": a minister's office
 * names no body, but its department is the minister's, where the registry or the text names one for the office's field
 * ("Ministry of Harbours", "Department of Coastal Affairs", "Department for Harbours", "Harbours Department"); in prose,
 * where the text names it in the office's paragraph (stop 42: an office in a news report or a blog whose department the
 * text never names, or names paragraphs away, is the gold's post with no body). Not a shadow's office, nor an office
 * whose field names no department the corpus or the text knows.
 */
export function departmentsOfOffices(
  text: string,
  found: PeopleInText,
  known: KnownEntities,
  form: "prose" | "transcript",
): void {
  const inText = new Map([...found.organisations.values()].map((o) => [nameKey(o.label), o]));
  // "Secretary of Coastal Affairs Tom Reed": the office right before the name, read as the minister's post here.
  const before: RoleStatement[] = [];
  for (const m of found.mentions) {
    if (m.how !== "name") continue;
    const from = Math.max(0, m.start - 120);
    const office = MINISTER_BEFORE.exec(text.slice(from, m.start));
    if (office && !NOT_THE_MINISTER.test(office[1] ?? "")) {
      const role = office[2]!;
      if (found.roles.some((r) => r.person === m.person && r.role.includes(role))) continue;
      const start = from + office.index + office[0].lastIndexOf(role);
      before.push({ person: m.person, role, evidence: { start, end: m.end } });
      continue;
    }
    // "Witnesses: Rt Hon Tom Reed, a Member of the House, Secretary of State for Harbours, Sir …": the office as the
    // first or the second piece after the name's comma, no one else named before it.
    const after = MINISTER_AFTER.exec(text.slice(m.end, m.end + 160));
    if (!after) continue;
    const pieceStart = m.end + after[0].length - after[2]!.length - (after[3]?.length ?? 0);
    if (found.mentions.some((x) => x.start > m.end && x.start < pieceStart)) continue;
    const role = after[2]!;
    if (found.roles.some((r) => r.person === m.person && r.role.includes(role))) continue;
    before.push({ person: m.person, role, evidence: { start: m.start, end: pieceStart + role.length } });
  }
  for (const r of [...found.roles, ...before]) {
    if (r.organisation) continue;
    const field = MINISTER_FOR.exec(r.role.trim())?.[1];
    if (!field) continue;
    const names = [`Ministry of ${field}`, `Department of ${field}`, `Department for ${field}`, `${field} Department`];
    const departments = new Map<string, { key: string; label: string }>();
    // In prose the text itself ties the office to its department: named in the office's paragraph ("Ann Bell praised
    // the Department of Tides and Secretary of Tides Tom Reed"), not only known to the registry or named paragraphs away.
    const paragraph = { start: text.lastIndexOf("\n", r.evidence.start) + 1, end: text.indexOf("\n", r.evidence.end) };
    if (paragraph.end < 0) paragraph.end = text.length;
    const inParagraph = (o: OrganisationFound | undefined) =>
      o !== undefined && o.spans.some((s) => s.start >= paragraph.start && s.end <= paragraph.end);
    for (const name of names) {
      const entity = known.byName("organisation", name);
      const o = inText.get(nameKey(name));
      if (form === "prose" && !inParagraph(o)) continue;
      if (entity) departments.set(entity.id, { key: entity.id, label: entity.label });
      else if (o) departments.set(o.key, { key: o.key, label: o.label });
    }
    if (departments.size !== 1) continue;
    const department = [...departments.values()][0]!;
    const at = text.indexOf(field, r.evidence.start);
    const span = at >= 0 && at < r.evidence.end ? { start: at, end: at + field.length } : r.evidence;
    r.organisation = { ...span, ...department };
    if (before.includes(r)) found.roles.push({ ...r, rule: "postBeforeName" });
    const entry = found.organisations.get(department.key);
    if (entry) entry.first = Math.min(entry.first, span.start);
    else found.organisations.set(department.key, { ...department, first: span.start, spans: [span] });
  }
}
