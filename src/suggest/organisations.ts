// Organisations' names as a text writes them: capitalised words joined by "of", "for", "and" ("Centre for Cities",
// "Department for Culture, Media and Sport", "Fenby county council"), the acronyms a text defines, and parties.
import { type KnownEntities, nameKey } from "./known.js";
import { escapeRegExp, type Span } from "./text.js";
import { DEPARTMENT_WORDS, isRoleWord, NOT_NAME_WORDS, ORGANISATION_WORDS, SENTENCE_WORDS } from "./words.js";
import {
  CAP_TOKEN,
  isCapitalised,
  isGivenName,
  isPostnominal,
  nameOnlyWord,
  placeOrDescription,
  type Token,
  tokens,
} from "./names.js";

export interface OrganisationRef extends Span {
  key: string;
  label: string;
}

export interface OrganisationFound {
  key: string;
  label: string;
  first: number;
  spans: Span[];
  /** Other names the text gives it: the acronym it defines ("ADASS"). */
  aliases?: string[];
}

export const CONNECTORS = new Set(["and", "&", "of", "for", "upon", "on"]);
/** The head word of a body named after its aim: "Campaign to …", "Coalition to …", "Alliance to …". */
const CAMPAIGN_WORDS = /^(?:Campaign|Coalition|Alliance|Movement|Initiative)$/u;
/** The last word of a name that is a condition, a document or a law, no body: "… Disorder (PTSD)", "… Report (DCR)". */
const THING_HEADS =
  /^(?:Disorder|Disorders|Disease|Diseases|Syndrome|Injury|Injuries|Illness|Condition|Conditions|Infection|Deficiency|Impairment|Report|Review|Strategy|Plan|Act|Bill|Regulations|Scheme|Index|Survey|Framework|Agreement|Treaty|Directive|Standard|Standards)$/u;
/**
 * Last words of a name given an acronym that is a place, a language, a method or a goal, not a body, unless a body's
 * word is in it too: "the Clean Harbour Air Zone (CHAZ)", "Fenby Sign Language (FSL)", "New Test Methods (NTMs)".
 */
const THING_HEADS_UNLESS_BODY =
  /^(?:Zone|Zones|Area|Areas|Language|Languages|Method|Methods|Methodology|Methodologies|Goal|Goals|Target|Targets)$/u;

/** Whether a name given an acronym names a thing: a condition, a document, a law, a zone, a language, a method. */
function namesThing(words: string[]): boolean {
  const last = words.at(-1)!;
  if (THING_HEADS.test(last)) return true;
  return (
    THING_HEADS_UNLESS_BODY.test(last) &&
    !words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/u, "")))
  );
}
/** The first word of a charity named for what it does or who its members are: "Action for …", "Friends of …". */
const CAUSE_HEADS = /^(?:Action|Friends)$/u;
/** Right before a name, a campaign's head word and "to": the name is the campaign's aim ("Campaign to End Winter Hunger"). */
export const CAMPAIGN_AIM_BEFORE = /\b(?:Campaign|Coalition|Alliance|Movement|Initiative)\s+to\s+$/u;
/**
 * "and" joins a name's words; "of"/"for" only after an organisation word ("Centre for Cities", "University of X");
 * "to" only after a campaign's word ("Campaign to End Winter Hunger").
 */
export function joinsName(word: string, before: Token[], after: Token[] = []): boolean {
  const w = word.toLowerCase();
  // "Campaign to End Winter Hunger", "Coalition to Save Our Libraries": a campaign's name holds its aim, a verb after "to".
  if (w === "to") return before.length > 0 && CAMPAIGN_WORDS.test(before.at(-1)!.word);
  if (w === "of" || w === "for") {
    // "Action for Ferry Towns", "Friends of the Estuary": a charity named for what it does or who its members are.
    if (before.length === 1 && CAUSE_HEADS.test(before[0]!.word)) return true;
    const organisational = (t: Token) => ORGANISATION_WORDS.has(t.word.toLowerCase().replace(/[^a-z]/gu, ""));
    // "National Campaign for the Tides", "Coalition for Safer Lanes": a campaign's head word leads a name as a body's does.
    if (before.some((t) => organisational(t) || CAMPAIGN_WORDS.test(t.word))) return true;
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

/**
 * "the Centre for Tides and Policy’s (CTP) conference": after a body's word and "of" or "for", a possessive after "and"
 * is the last word of the name's field, where what the possessive owns is no name (a bracket or a word in lower case
 * follows, not "Marlow’s Harbour Trust"). `and` is the index of the "and".
 */
function fieldsLastWord(ts: Token[], from: number, and: number): boolean {
  const after = ts[and + 2]?.word ?? "";
  if (isCapitalised(after) && !/^\(/u.test(after)) return false;
  return ts
    .slice(from, and)
    .some(
      (t, k, run) => /^(?:of|for)$/u.test(t.word) && k > 0 && ORGANISATION_WORDS.has(run[k - 1]!.word.toLowerCase()),
    );
}

/** "The Warden's Fund", "St Brigid's Hospice": a possessive inside a name, the word or two after it ending in an organisation word. */
export function possessiveInName(ts: Token[], next: number): boolean {
  // "Fenbyco's Executive Vice President", "the Trust's Chief Executive": the possessive owns a post, not a body's word.
  if (opensPost(ts, next)) return false;
  for (let k = next; k < Math.min(ts.length, next + 2); k++) {
    const word = ts[k]!.word;
    if (!isCapitalised(word) || /['’]s$/u.test(word)) return false;
    const bare = word.toLowerCase().replace(/[^\p{L}]/gu, "");
    // "National Federation of Netmakers' Organisations": a body's word in the plural, or "Organisation(s)" itself.
    if (ORGANISATION_WORDS.has(bare) || ORGANISATION_WORDS.has(bare.replace(/s$/u, ""))) return true;
    if (/^organi[sz]ations?$/u.test(bare)) return true;
  }
  // "the chief executive of Marram’s Pledge.": one word after the possessive, ending the clause, is the name's own
  // (a charity named for a person's promise, gift or home), unless it is a place's, a date's, a person's or a body's
  // possessive ("the Fenby Council’s Cabinet.").
  const owner = ts[next - 1]?.word.replace(/['’]s$/u, "") ?? "";
  const word = ts[next]?.word ?? "";
  const bare = word.replace(/[,;:.)]+$/u, "");
  return (
    /^\p{Lu}\p{Ll}+$/u.test(bare) &&
    (bare !== word || !ts[next + 1]) &&
    !DATE_WORDS.test(bare) &&
    !placeOrDescription(bare) &&
    !placeOrDescription(owner) &&
    !isGivenName(owner) &&
    !ORGANISATION_WORDS.has(owner.toLowerCase()) &&
    !isRoleWord(bare) &&
    /^\p{Lu}\p{Ll}+$/u.test(owner)
  );
}

/**
 * Whether a post opens at `at`: capitalised post words, a qualifier first ("Chief Executive", "Senior Vice President")
 * or one a role's word and no body's ("Executive Director"; not "Executive Committee", a body's name).
 */
function opensPost(ts: Token[], at: number): boolean {
  const run: string[] = [];
  for (let k = at; k < ts.length && k < at + 4; k++) {
    const word = ts[k]!.word.replace(/[,;:.)]+$/u, "");
    if (!isCapitalised(word) || !(isRoleWord(word) || POST_QUALIFIER.test(word))) break;
    run.push(word);
    if (word !== ts[k]!.word) break;
  }
  if (!run.some((w) => isRoleWord(w))) return false;
  if (
    ts[at + run.length] &&
    isCapitalised(ts[at + run.length]!.word) &&
    ORGANISATION_WORDS.has(ts[at + run.length]!.word.toLowerCase().replace(/[^\p{L}]/gu, ""))
  )
    return false;
  return POST_QUALIFIER.test(run[0]!) || run.some((w) => isRoleWord(w) && !ORGANISATION_WORDS.has(w.toLowerCase()));
}

/** A name's list of fields after a comma, "for Culture, Media and Sport": one-word items, the last after "and". */
const FIELD_LIST =
  /^,\s+(?:\p{Lu}[\p{L}-]*,\s+){0,3}\p{Lu}[\p{L}-]*,?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?![\p{L}\p{N}])/u;
// "for Culture", "for Coastal Renewal": the first field, of one word or two, right before the comma.
const FIELD_LIST_BEFORE = /\b(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;
/**
 * A list of fields that a committee's word ends, with no "for" before it: "the Environment, Food and Rural Affairs
 * Committee", "Equality, Local Government and Communities Committee" (items of one or two words, the name's word
 * right after the last).
 */
const FIELDS_THEN_BODY =
  /^,\s+(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,\s+){0,3}\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?=(?:Select\s+|Sub-)?(?:Committee|Sub-Committee|Commission|Department|Ministry|Directorate|Board)(?![\p{L}\p{N}]))/u;
const FIELDS_THEN_BODY_BEFORE = /(?:^|[^\p{L}\p{N}’'])(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;

/**
 * A post's list of fields in lower case after a comma, then where the post is: "director of research, education and
 * knowledge exchange at the", "head of policy, campaigns and research for".
 */
const LOWER_FIELD_LIST =
  /^,\s+(?:[\p{Ll}-]+(?:\s[\p{Ll}-]+)?,\s+){0,3}[\p{Ll}-]+(?:\s[\p{Ll}-]+)?,?\s+(?:and|&)\s+[\p{Ll}-]+(?:\s[\p{Ll}-]+){0,2}(?=\s+(?:at|for|with)\s+(?:the\s+)?\p{Lu})/u;
/** Fields in capitals listed, then the post's word: ", Safety, Environment and Sustainability Director". */
const FIELDS_THEN_POST =
  /^,\s+(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,\s+){0,4}\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(\p{Lu}[\p{L}-]*)(?=\s*[,;(]|\s+(?:at|of|for)\s)/u;
/** The first field, one word in capitals, opening an entry's post after the name's comma (or a list's opening). */
const FIELDS_THEN_POST_BEFORE = /(?:^|[,:;]\s+|\n)\p{Lu}[\p{L}-]*$/u;
/** "director of research", "head of policy": a post's word, "of" or "for", and the first field (one word or two). */
const LOWER_FIELD_BEFORE = /(?:^|[^\p{L}])([\p{L}-]+)\s+(?:of|for)\s+[\p{Ll}-]+(?:\s[\p{Ll}-]+)?$/u;

/** Where the list of fields that a comma at `comma` opens ends ("Department for Culture, Media and Sport"), if it opens one. */
export function fieldListEnd(text: string, comma: number): number | undefined {
  if (text[comma] !== ",") return undefined;
  const before = text.slice(Math.max(0, comma - 40), comma);
  // "Name, Health, Safety, Environment and Sustainability Director, Org": a post whose fields, listed in capitals,
  // open it, its last word a post's.
  if (FIELDS_THEN_POST_BEFORE.test(before)) {
    const m = FIELDS_THEN_POST.exec(text.slice(comma, comma + 120));
    if (m && isRoleWord(m[1]!) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)$/u.test(m[1]!)) return comma + m[0].length;
  }
  const post = LOWER_FIELD_BEFORE.exec(before);
  if (post && isRoleWord(post[1]!)) {
    const m = LOWER_FIELD_LIST.exec(text.slice(comma, comma + 120));
    // (No word of the list a conjunction or a verb's: "and" only before the last field.)
    if (m && !/\s(?:and|&|or|who|which|is|was|said)\s[^]*\s(?:and|&)\s/u.test(m[0])) return comma + m[0].length;
  }
  if (FIELD_LIST_BEFORE.test(before)) {
    const m = FIELD_LIST.exec(text.slice(comma, comma + 120));
    if (m) return comma + m[0].length;
  }
  // "Business, Energy and Industrial Strategy Committee": the fields, then the committee's word.
  if (FIELDS_THEN_BODY_BEFORE.test(before)) {
    const m = FIELDS_THEN_BODY.exec(text.slice(comma, comma + 120));
    // Not a person's post ("Ms A, Director, Homelessness and Housing Support Directorate"): fields, no posts.
    const words = [...(FIELDS_THEN_BODY_BEFORE.exec(before)![0] + (m?.[0] ?? "")).matchAll(/\p{L}+/gu)];
    if (m && !words.some((w) => isRoleWord(w[0]) || /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)$/u.test(w[0]))) {
      return comma + m[0].trimEnd().length;
    }
  }
  return undefined;
}

/** A field's last word after "and the" in a body's name: "… on Coastal Change and the Environment". */
const FIELD_AFTER_THE = /^(?:Environment|Economy|Arts|Humanities|Sea|Countryside|Regions|Society|Community|Law)$/u;

/** Members of a house or a council, in the plural: "for MPs" says whom something is for, never a body's field. */
const MEMBERS_PLURAL = /^(?:MPs|MSPs|MEPs|MSs|MLAs|AMs|Peers|Members|Councillors)[,;:.)]*$/u;

/** A person's title: after "and", it opens a person's name, never the rest of an organisation's ("FHE and Dr. Grey"). */
const PERSON_TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Councillor|Rev|Revd)\.?,?$/u;

/** A council's kind in lower case after a place: "Fenby county council", "Bury council". */
const COUNCIL_TAIL = /^(?:(?:county|city|district|borough|parish|town|metropolitan)\s+)?council(?![\p{L}])/u;

/** Words that say which post it is, before a post's word in capitals: "Permanent Secretary", "National Officer". */
export const POST_FIELD_WORD = /^(?:National|International|Regional|Permanent|Principal|Joint|Honorary)$/u;

/** Words that qualify a post before its holder's name: "Executive Director", "Vice President", "Senior Fellow". */
const POST_QUALIFIER =
  /^(?:Vice|Deputy|Executive|Senior|Chief|Managing|Associate|Assistant|Acting|Interim|General|Global|Founding)$/u;
/** Other words that open a post before its role's word: "Regional Director", "Joint Head", "Former Chair", "Adjunct Professor", "Shadow Minister". */
const POST_OPENER =
  /^(?:Junior|Principal|Lead|Joint|Co|National|Regional|Clinical|Permanent|Former|Outgoing|Incoming|Honorary|Programme|Project|Group|Adjunct|Emeritus|Visiting|Distinguished|Shadow|Substantive)$/u;

/**
 * Whether `ts[at]` opens a post written before its holder's name ("CEO Tom Reed", "Executive Director Dr. Jo Pratt"):
 * capitalised post words (one a role's word), then a title or a given name and a surname. The post and the person are
 * no part of a body's name run on before them.
 */
function postThenHolder(ts: Token[], at: number): boolean {
  let k = at;
  let role = false;
  // "Quillmedia Group Digital Media Consultant Tara Vale": after a body's word, a field's words open the post too.
  const afterBody = ORGANISATION_WORDS.has(ts[at - 1]!.word.toLowerCase().replace(/[^\p{L}]/gu, ""));
  while (k < ts.length && k < at + 4) {
    const word = ts[k]!.word;
    if (!isCapitalised(word) || /[,;:.)]$/u.test(word)) break;
    const bare = word.toLowerCase();
    if (isRoleWord(word) && !ORGANISATION_WORDS.has(bare)) role = true;
    else if (!(POST_QUALIFIER.test(word) || (afterBody && !role && DEPARTMENT_WORDS.has(bare)))) break;
    k++;
  }
  if (!role || k === at || !ts[k] || !ts[k + 1]) return false;
  const next = ts[k]!.word;
  if (PERSON_TITLE.test(next)) return isCapitalised(ts[k + 1]!.word);
  // "Marlow Institute President Ruth P. Amsel", "Fenby University President Idris K. Tannor": a given name (known or
  // not), a middle initial, a surname (past the reach, where a sentence was taken to end at the initial's stop).
  if (/^\p{Lu}\.$/u.test(ts[k + 1]!.word)) {
    const surname = ts[k + 2]?.word.replace(/[,;:.)]+$/u, "") ?? "Surname";
    return (
      /^\p{Lu}\p{Ll}+$/u.test(next) && /^\p{Lu}\p{Ll}/u.test(surname) && !ORGANISATION_WORDS.has(surname.toLowerCase())
    );
  }
  return (
    isGivenName(next) &&
    /^\p{Lu}\p{Ll}/u.test(ts[k + 1]!.word) &&
    !ORGANISATION_WORDS.has(ts[k + 1]!.word.toLowerCase())
  );
}

/**
 * Reads an organisation's name in `ts` from `from`: capitalised words, joined where `joins` allows ("and", "of", …),
 * through a possessive the name holds ("The Warden's Fund"), a list of fields ("Department for Culture, Media and Sport")
 * and a council's kind in lower case ("Fenby county council"). Returns the index after its last word, and whether a
 * possessive ends it ("Bury Council's Health and Care": what follows is not the organisation's).
 */
export function readName(
  text: string,
  ts: Token[],
  from: number,
  joins: (word: string, before: Token[], after?: Token[]) => boolean,
): { to: number; possessive: boolean } {
  let i = from;
  while (i < ts.length) {
    const token = ts[i]!;
    const word = token.word.replace(/[,;:.)]+$/u, "");
    // "Fenby Power Company CEO Tom Reed", "Marlow Lab Director Dr. Jo Pratt": a post, then its holder, ends the name.
    if (i > from && postThenHolder(ts, i)) {
      // "President of Fenby Sports Ann Frith and Marlow Rovers COO Tom Reed": the name ran on through a list's entries
      // (a holder's given name and surname, then "and"); the body is the words before the first holder.
      const and = ts.slice(from, i).findIndex((t, k) => k >= 2 && t.word === "and");
      if (and >= 2 && isGivenName(ts[from + and - 2]!.word) && from + and - 2 > from)
        return { to: from + and - 2, possessive: false };
      break;
    }
    // "Harbours Committee 1:55, 8 February": a time (a debate page's header) is no word of a name.
    if (/^\d{1,2}[:.]\d{2}$/u.test(word)) break;
    if (isCapitalised(word) && !/[“”"(]/u.test(word)) i++;
    else if (
      i > from &&
      joins(word, ts.slice(from, i), ts.slice(i + 1, i + 8)) &&
      ts[i + 1] &&
      isCapitalised(ts[i + 1]!.word) &&
      // "Committee on 21st June": a date is no part of a name, nor "of Session 2022-23".
      !(/^(?:on|upon)$/iu.test(word) && (/^\p{N}/u.test(ts[i + 1]!.word) || DATE_WORDS.test(ts[i + 1]!.word))) &&
      !(/^of$/iu.test(word) && /^Session$/u.test(ts[i + 1]!.word)) &&
      // "a second Chamber for MPs", "a Forum for Members": whom a place or a meeting is for, no body's name.
      !(/^for$/iu.test(word) && MEMBERS_PLURAL.test(ts[i + 1]!.word)) &&
      // "the Royal Society of Tides and Minister for …": a post after "and" starts a clause of its own, as does a
      // possessive ("Marlow’s Greater Fenby Council and Tarrant’s Saltmarsh").
      // "at the FHE and Dr. Jo Pratt": a person's title after "and" opens the next entry of a list of people.
      // "at the University of Brackwater and I led the survey": the speaker's "I" after "and" opens a clause.
      !(
        /^(?:and|&)$/iu.test(word) &&
        (isRoleWord(ts[i + 1]!.word) ||
          PERSON_TITLE.test(ts[i + 1]!.word) ||
          // "chaired by Ann Frith and The Fenby Trust’s president": a capital "The" opens the next name.
          ts[i + 1]!.word === "The" ||
          /^I(?:['’](?:m|ve|d|ll))?[,;:.]?$/u.test(ts[i + 1]!.word) ||
          (/['’]s$/u.test(ts[i + 1]!.word) && !possessiveInName(ts, i + 2) && !fieldsLastWord(ts, from, i)))
      )
    )
      i++;
    else if (
      // "Office of the Deputy Prime Minister", "Institute for the Study of X", and "on the" after a body's word:
      // "Commission on the Future of Fenby", "Committee on the Rights of Tenants".
      i > from &&
      (/^(?:of|for)$/iu.test(word) ||
        // (Not "the Committee on the Bill", "… on the Monday": what follows is two names' words or one "of" another.)
        (/^on$/iu.test(word) &&
          ORGANISATION_WORDS.has(ts[i - 1]!.word.toLowerCase().replace(/[^\p{L}]/gu, "")) &&
          !DATE_WORDS.test(ts[i + 2]?.word ?? "") &&
          (isCapitalised(ts[i + 3]?.word ?? "") || ts[i + 3]?.word === "of"))) &&
      joins(word, ts.slice(from, i)) &&
      ts[i + 1]?.word === "the" &&
      ts[i + 2] &&
      isCapitalised(ts[i + 2]!.word)
    )
      i += 2;
    else if (
      // "Institute on Coastal Change and the Environment", "Centre for Ports and the Economy": after a body's word and
      // "on", "of" or "for", "and the" then a field's last word (ending the name) goes on with the field.
      i > from &&
      /^(?:and|&)$/u.test(word) &&
      ts[i + 1]?.word === "the" &&
      FIELD_AFTER_THE.test(ts[i + 2]?.word.replace(/[,;:.)]+$/u, "") ?? "") &&
      (ts[i + 2]!.word !== ts[i + 2]!.word.replace(/[,;:.)]+$/u, "") || !isCapitalised(ts[i + 3]?.word ?? "x")) &&
      ts
        .slice(from, i)
        .some(
          (t, k, run) =>
            /^(?:of|for|on)$/u.test(t.word) && k > 0 && ORGANISATION_WORDS.has(run[k - 1]!.word.toLowerCase()),
        )
    )
      i += 2;
    else if (i > from && /^party$/u.test(word) && !/[,;:.)]$/u.test(ts[i - 1]!.word)) {
      // "the Scottish Conservative and Unionist party": a party's name with "party" in lower case.
      i++;
      break;
    } else if (i > from && COUNCIL_TAIL.test(text.slice(token.start, token.start + 40))) {
      const end = token.start + COUNCIL_TAIL.exec(text.slice(token.start, token.start + 40))![0].length;
      while (i < ts.length && ts[i]!.start < end) i++;
      break;
    } else break;
    if (/['’]s$/u.test(word) && word === token.word) {
      if (possessiveInName(ts, i)) continue;
      // "CEO of Fenby’s and Chairman of X": a possessive owns a word after it; before "and", the "’s" is the name's
      // own (a shop's: "Fenby’s").
      if (ts[i] && /^(?:and|&|or)$/u.test(ts[i]!.word)) return { to: i, possessive: false };
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

/**
 * `onePostOfMany`: the post is one of several ("a director of …", an indefinite article before it): a field of work
 * has one head, so a name of three words or more ending in a field's word is a body's ("a director of Tarn Public
 * Affairs", not "Director of Public Affairs").
 */
export function isOrganisationName(
  name: string,
  preposition: string,
  known: KnownEntities,
  onePostOfMany = false,
): boolean {
  const words = name.split(/\s+/u).map((w) => w.toLowerCase().replace(/['’]s$/u, ""));
  if (known.byName("organisation", name)) return true;
  // "Adviser to Kwame Osei MP and Dame …": a member's letters, or a knight's title, inside are people's, not a body's.
  if (/\s(?:MP|MSP|MLA)(?:\s|$)|(?:^|\s)(?:Sir|Dame)\s/u.test(name)) return false;
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return true;
  if (/^\p{Lu}{2,}[s]?$/u.test(name)) return true; // an acronym: CIPFA, NICE
  // "a Health Lead in Bury", "Lead on Transport": a place or a subject, unless named as an organisation.
  if (preposition === "in" || preposition === "on") return false;
  // "Head of Justice Research", "Director of Social Care Policy": a field of work ends in a department's word.
  if (
    preposition === "of" &&
    words.length > 1 &&
    FIELD_ENDS.has(words.at(-1)!) &&
    !(onePostOfMany && words.length >= 3)
  )
    return false;
  // "Head of Fostering", "Director of Commissioning": one word of a trade, in "-ing", is the field, not a place.
  if (preposition === "of" && words.length === 1 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(name) && !placeOrDescription(name))
    return false;
  return !words.every((w) => DEPARTMENT_WORDS.has(w));
}

/**
 * The organisation named right before `end` (a space between): capitalised words, joined by "of", "for", "and", "&",
 * not those a sentence starts with. Two words at least, or an acronym or a known name ("Age UK chief executive", "NHSE
 * director", not "Blacon councillor").
 */
export function nameBefore(
  text: string,
  floor: number,
  end: number,
  known: KnownEntities,
): OrganisationRef | undefined {
  const m = /((?:\p{Lu}[\p{L}&’'-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&’'-]*)\s+$/u.exec(
    text.slice(Math.max(floor, end - 80), end),
  );
  if (!m) return undefined;
  let words = m[1]!.split(/\s+/u);
  // "Ruth P. Amsel and Fenby University President": after a middle initial, the run's first word is a person's surname;
  // the body is what follows the "and".
  if (/(?:^|\s)\p{Lu}\.\s+$/u.test(text.slice(Math.max(floor, end - 80), end).slice(0, m.index))) {
    const and = words.findIndex((w) => /^(?:and|&)$/u.test(w));
    words = words.slice(and + 1);
  }
  // "Last Monday Fenby Rowing Society chairman", "On Tuesday FHA chief executive", "Yesterday Fenby Trust director": a
  // time opening the sentence is no part of the body's name.
  const time = TIME_OPENING.exec(words.join(" "));
  if (time) words = words.slice(time[0].split(" ").length - 1);
  while (
    words.length &&
    (SENTENCE_WORDS.has(words[0]!.toLowerCase()) ||
      CONNECTORS.has(words[0]!.toLowerCase()) ||
      POST_TIME_OPENING.test(words[0]!))
  ) {
    words = words.slice(1);
  }
  // "Fenby CEO Ann Frith and FHA": a post and a person's name, then "and" — the organisation is what follows the "and".
  const post = words.findIndex(
    (w, i) => i < words.length - 1 && isRoleWord(w) && !ORGANISATION_WORDS.has(w.toLowerCase()),
  );
  if (post >= 0) {
    const and = words.findIndex((w, i) => i > post && /^(?:and|&)$/u.test(w));
    if (and > post + 1) words = words.slice(and + 1);
  }
  // "Quillmedia Group Digital Media consultant": a field's words right after the body's last word open the post.
  const head = words.findLastIndex((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  if (head >= 1 && words.slice(head + 1).every((w) => DEPARTMENT_WORDS.has(w.toLowerCase()))) {
    words = words.slice(0, head + 1);
  }
  // "FHTA Permanent Secretary", "FVSA International Officer": before a post written in capitals, the words that say
  // which post it is belong to the post, not to the acronym of the body before them.
  const acronym = words.findLastIndex((w) => /^\p{Lu}{2,}s?$/u.test(w) && !isPostnominal(w));
  if (
    acronym >= 0 &&
    acronym < words.length - 1 &&
    /^\p{Lu}/u.test(text.slice(end)) &&
    words.slice(acronym + 1).every((w) => POST_FIELD_WORD.test(w) || DEPARTMENT_WORDS.has(w.toLowerCase()))
  ) {
    words = words.slice(0, acronym + 1);
  }
  let label = words.join(" ");
  if (words.length === 0 || /['’]s$/u.test(label)) return undefined;
  // "UK Prime Minister Tom Reyes", "Shadow Home Secretary": the word before the post is the post's.
  if (/^(?:Prime|Shadow|Deputy|Vice|Acting|Interim|Junior|Senior|Foreign|Home)$/u.test(words.at(-1)!)) return undefined;
  // "Plaid Cymru Work and Pensions spokesman": the party, whose spokesman for a field of work the rest names.
  const party = partyOpening(label);
  if (party) {
    const at = text.lastIndexOf(label, end);
    return { start: at, end: at + party.written.length, key: nameKey(party.label), label: party.label };
  }
  if (words.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !ORGANISATION_WORDS.has(w.toLowerCase())))
    return undefined;
  // One word: an acronym or a name the corpus knows, never a bare "Committee" opening a sentence.
  if (words.length < 2 && !/^\p{Lu}{2,}s?$/u.test(label) && !known.byName("organisation", label)) return undefined;
  const at = text.lastIndexOf(label, end);
  return { start: at, end: at + label.length, key: nameKey(label), label };
}

/**
 * Last words of a field of work, never of an organisation's name: "Head of Justice Research", "Director of Data
 * Protection", "Director of Human Resources", "Head of Legal Services". (Not "Care": "Brightwater Care" is a body.)
 */
const FIELD_ENDS = new Set([
  "affairs",
  // "Director of Consumers and Markets", "Head of Retail Price Regulation", "Director of Policy and Evidence", "Deputy
  // Director, Food and Materials Security": a body's own unit, named by what it does (stop 47).
  "analysis",
  "assurance",
  "delivery",
  "enforcement",
  "evaluation",
  "evidence",
  "intelligence",
  "licensing",
  "markets",
  "performance",
  "pricing",
  "regulation",
  "security",
  "standards",
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
  "protection",
  "relations",
  "research",
  "resources",
  "services",
  "strategy",
  "transformation",
]);

/** The body's acronym in brackets, then the entry's end: "(AFP);", "(FHT)." (stop 42: a witness line's last entry). */
const ACRONYM_THEN_END = /^\s*\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\)\s*(?:[;,.]|$)/u;
/** What ends a list entry after its organisation: a stop, the paragraph's end, or a mark "(chair)". */
const ENTRY_END =
  /^\s*(?:[;,.):]|$|\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|moderator|convener|host)\)|as\s+well\s+as\s)/iu;

/**
 * A time opening a sentence, and the space after it: "Last Monday ", "On Tuesday ", "In March ", "Yesterday ". (A day or
 * a month alone may be a name's: "March Town Council", "the Monday Club".)
 */
const TIME_OPENING =
  /^(?:(?:Last|Next|This|On|In|Since|Until|By|Early|Late|Earlier|Mid)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)|Yesterday|Today|Tonight|Tomorrow)\s/u;

/** Words saying when a post is held, before a body's name and its post: "Outgoing FCVS chief executive X". */
export const POST_TIME_OPENING = /^(?:Outgoing|Incoming|Retiring|Departing|Newly-appointed|Newly-elected)$/u;

/** Days and months: "on Monday", "on 21st June" end an organisation's name. */
const DATE_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

/** UK parties as a name's bracket gives them, "(Lab)", "(Labour)", "(Crossbench)", and their names. */
export const PARTIES = new Map([
  ["con", "Conservative Party"],
  ["conservative", "Conservative Party"],
  ["lab", "Labour Party"],
  ["labour", "Labour Party"],
  ["lab/co-op", "Labour Party"],
  ["lab/co op", "Labour Party"],
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
export const PARTY_BRACKET = new RegExp(
  `^\\s*\\((${[...PARTIES.keys()].map((k) => k.replace("/", "\\/")).join("|")})(?:,\\s*\\p{Lu}[\\p{L}’'&-]*(?:\\s+\\p{Lu}[\\p{L}’'&-]*){0,3})?\\)`,
  "iu",
);
/**
 * A US member's party and state in brackets, as American papers and hearing transcripts write them after a name:
 * "(D-CA)", "(R-Ohio)", "(D-Calif.)"; the letter is the party. A state's postal code or its AP-style abbreviation only,
 * so "(D-Day)" and "(R-value)" are none.
 */
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|GU|VI|AS|MP|" +
  "Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|" +
  "Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.|N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|R\\.I\\.|S\\.C\\.|S\\.D\\.|Tenn\\.|Vt\\.|Va\\.|Wash\\.|W\\.Va\\.|Wis\\.|Wyo\\.|" +
  "Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah";
export const US_PARTY_BRACKET = new RegExp(`^\\s*\\(([DR])\\s?[-–]\\s?(?:${US_STATES})\\)`, "u");
/** A US state's postal code or abbreviation alone: "RI", "N.J.", "Ohio" (a governor's "Name (RI)" says where, no body). */
export const US_STATE = new RegExp(`^(?:${US_STATES})$`, "u");
/** Whether an organisation's name is a political party's ("Labour Party", "Plaid Cymru", "Lib Dem"). */
const PARTY_NAMES = new Set([...PARTIES.values()].map((l) => l.toLowerCase()));
export function isParty(label: string): boolean {
  return PARTY_NAMES.has(label.toLowerCase()) || PARTIES.has(label.toLowerCase()) || /\sParty$/u.test(label);
}

export const US_PARTIES = new Map([
  ["D", "Democratic Party"],
  ["R", "Republican Party"],
]);
/** A constituency in brackets, then the party: "Kim Jones (Fenby Riverside) (Lab)". */
export const SEAT_THEN_PARTY = new RegExp(`^\\s*\\([^()]{1,40}\\)(?=${PARTY_BRACKET.source.slice(1)})`, "iu");

/**
 * Parties as prose names them, with no bracket: "Conservative councillors", "the Tories", "Labour wants …",
 * "Liberal Democrat-run authority", "New Labour", "Plaid Cymru spokesman"; Ireland's parties, with or without their
 * accents as pages print them ("(Fenby North, Sinn Fein)"). Not the labour of economics ("Labour
 * market", "Labour costs"), nor a party word inside another name ("International Labour Organization").
 */
const PARTY_IN_PROSE =
  /(?<![\p{L}\p{N}])(?:(Conservative Party|Conservatives?|Tory Party|Tory|Tories)|(New Labour|Labour Party|Labour)|(Liberal Democrats?|Lib Dems?)|(Green Party|Greens)|(Plaid Cymru)|(Scottish National Party|SNP)|(Reform UK)|(Sinn F[ée]in)|(Fianna F[áa]il)|(Fine Gael))(?![\p{L}\p{N}])(?!\s+(?:market|markets|force|costs?|shortages?|supply|productivity|mobility|estimates?|relations|law|laws|exchange|exchanges|movement)\b)/gu;
const PARTY_LABELS = [
  "Conservative Party",
  "Labour Party",
  "Liberal Democrats",
  "Green Party",
  "Plaid Cymru",
  "Scottish National Party",
  "Reform UK",
  "Sinn Féin",
  "Fianna Fáil",
  "Fine Gael",
];

/** The parties a text names in its prose: each mention's span and the party's name. */
export function partiesInProse(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  for (const m of text.matchAll(PARTY_IN_PROSE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    // "International Labour Organization", "Fenby Green Party"? Another capitalised word before it: part of a name.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/\p{Lu}[\p{L}’'-]*\s+$/u.test(before) && !/(?:^|[.!?:;]\s+|\n)\p{Lu}[\p{L}’'-]*\s+$/u.test(before)) {
      if (!/\b(?:The|New)\s+$/u.test(before)) continue;
    }
    // "no Lib Dem MP opposed it": a member the party's name describes, no one named, is not the party's mention.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (
      /^\s+(?:MP|MSP|MLA|MS|AM)s?\b(?!\s+\p{Lu})/u.test(after) &&
      /\b(?:a|an|one|single|every|no)\s+$/u.test(before)
    ) {
      continue;
    }
    const label = PARTY_LABELS[group]!;
    out.push({ start: m.index, end: m.index + m[0].length, key: nameKey(label), label });
  }
  return out;
}

/**
 * The party a name opens with when the rest is no organisation's name ("Plaid Cymru Work and Pensions", "Labour
 * shadow Housing"): the party's name and the words that wrote it; not "Labour Group" (the party's own body).
 */
export function partyOpening(label: string): { label: string; written: string } | undefined {
  const m =
    /^(Conservative Party|Labour Party|Liberal Democrats|Green Party|Plaid Cymru|Scottish National Party|Conservative|Labour|Liberal Democrat|Lib Dem|Tory)\s+\p{Lu}/u.exec(
      label,
    );
  if (!m) return undefined;
  const rest = label.slice(m[1]!.length).trim().split(/\s+/u);
  if (rest.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined;
  const first = m[1]!.split(" ")[0]!;
  const party = first === "Tory" ? "Conservative Party" : PARTY_LABELS.find((p) => p.startsWith(first.slice(0, 4)));
  return party ? { label: party, written: m[1]! } : undefined;
}

/**
 * The state's bodies named with no organisation word: "the Welsh Government", "the Scottish government", "HM Treasury",
 * "Her Majesty's Treasury" (as "HM Treasury"). Not "the UK Government" nor "the House of Commons": in a UK text the
 * background every text has (where a hearing sits, who governs), not a body the text names as taking part.
 */
const STATE_BODY =
  /(?<![\p{L}\p{N}])(?:(?:Scottish|Welsh|Northern Ireland) [Gg]overnment|(?:HM|Her Majesty['’]s|His Majesty['’]s) (?:Treasury|Revenue (?:and|&) Customs|Prison (?:and Probation )?Service))(?![\p{L}\p{N}])/gu;

/**
 * A committee of a parliament written in lower case, as news writes it: "the harbours select committee", "the commons
 * harbours committee", "the Lords fisheries committee" (a house's name or "select" says it is the house's, not any
 * committee: "the planning committee" is none). The field's words, then "committee".
 */
const HOUSE_COMMITTEE =
  /(?<![\p{L}\p{N}])[Tt]he\s+(?:(?:[Cc]ommons|[Ll]ords)\s+((?:[\p{Ll}-]+\s+(?:and\s+)?){1,3}?)(?:select\s+)?|((?:[\p{Ll}-]+\s+(?:and\s+)?){1,3}?)select\s+)committee(?![\p{L}\p{N}-])/gu;
/** Words before "committee" that say what kind of committee it is, not its field: "the cross-party select committee". */
const NOT_COMMITTEE_FIELD =
  /^(?:cross-party|all-party|parliamentary|influential|powerful|new|same|relevant|joint|former|whole|main|select|liaison|and)$/u;

/** Parliaments' committees a text names in lower case (`HOUSE_COMMITTEE`): the field capitalised, then "Committee". */
function houseCommitteesIn(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  for (const m of text.matchAll(HOUSE_COMMITTEE)) {
    const field = (m[1] ?? m[2]!).trim().split(/\s+/u);
    if (NOT_COMMITTEE_FIELD.test(field[0]!) || field.some((w) => w !== "and" && NOT_COMMITTEE_FIELD.test(w))) continue;
    const label = `${field.map((w) => (w === "and" ? w : w[0]!.toUpperCase() + w.slice(1))).join(" ")} Committee`;
    const start = m.index + /^\S+\s+/u.exec(m[0])![0].length;
    out.push({ start, end: m.index + m[0].length, key: nameKey(label), label });
  }
  return out;
}

/** The state's bodies a text names with no organisation word in their names (`STATE_BODY`, `HOUSE_COMMITTEE`). */
export function stateBodiesIn(text: string): OrganisationRef[] {
  const named = [...text.matchAll(STATE_BODY)].map((m) => {
    const label = m[0].replace(/^(?:Her|His) Majesty['’]s/u, "HM");
    return { start: m.index, end: m.index + m[0].length, key: nameKey(label), label };
  });
  return [...named, ...houseCommitteesIn(text)];
}

/**
 * Newspapers and magazines, named as where words were published: "writing in The Guardian", "has written for The
 * Times", "told The Observer", "in an interview with The Courier", "The Herald newspaper". Not a book ("author of The Long Wait"): only after words of
 * writing to or for a paper, or before "newspaper"/"magazine".
 */
const PUBLICATION =
  /(?:\b(?:[Ww]riting|[Ww]ritten|[Ww]rote|[Ww]rites|[Pp]ublished|[Qq]uoted|[Rr]eported|[Pp]iece|[Aa]rticle|[Cc]olumn|[Ii]nterview|[Oo]p-ed|[Ll]etter)\s+(?:in|for|to|by)\s+|\btold\s+|\b[Ii]nterviews?\s+with\s+|\b[Ss]een\s+by\s+|\b[Aa]ccording\s+to\s+)(The(?:\s+\p{Lu}[\p{L}’'-]*){1,2})(?![\p{L}\p{N}]|\s+\p{Lu})|(?<![\p{L}\p{N}])(The(?:\s+\p{Lu}[\p{L}’'-]*){1,2})(?=\s+(?:newspaper|magazine)\b)|\btold\s+(?:(?:sister|its)\s+publication\s+)?(\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/**
 * A paper named with "the" in lower case or with no article, after words of writing for it or of a piece in it:
 * "Writing for Fenwire, she says", "an interview to the Clarion", "his column in the Courier" (one word with no article:
 * "writing for Kit Lamb" is for a person).
 */
const PUBLICATION_LOWER =
  /\b(?:(?:[Ww]riting|[Ww]rites|[Ww]rote|[Ww]ritten|[Cc]olumnist|[Cc]orrespondent)\s+for\s+(?:the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)|(\p{Lu}[\p{L}’'-]*))|(?:[Ii]nterview|[Aa]rticle|[Pp]iece|[Cc]olumn|[Oo]p-ed)\s+(?:to|with|in|for)\s+the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?))(?![\p{L}\p{N}’']|\s+\p{Lu})/gu;

/**
 * A newspaper named in a photo's credit: "Photograph: Ann Bell for the Clarion", "ANN BELL/The Courier" (a
 * photographer's name in capitals, a slash, the paper). Only a paper's "The": "Tom Reed/Fenwire Images" sells pictures.
 */
const CREDIT_PAPER =
  /\b(?:Photograph|Photo|Picture|Image)s?:\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}for\s+the\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}\p{N}’'])|(?<![\p{L}\p{N}])\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,2}\s?\/\s?(The(?:\s+(?:Sunday|Daily|Evening|Morning|Weekly))?\s+\p{Lu}[\p{L}’'-]*)(?![\p{L}\p{N}’'])/gu;

/**
 * A picture's credit, the photographer's name, a slash and the agency: "Credit: Ann Frith/Fenpix" on a line of its own,
 * "(Tom Reed/FPA)" closing a caption. The agency is a body (the photographer is tied to it by no rule: the source
 * mentions it).
 */
const CREDIT_AGENCY =
  /(?:^[ \t]*(?:Photo(?:graph)?|Picture|Image|Credit)s?:[ \t]*|\()\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){1,3}[ \t]?\/[ \t]?((?:\p{Lu}|\d+\p{Lu})[\p{L}\p{N}&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&-]*){0,2})(?=[ \t]*(?:\)|$))/dgmu;

/** The agencies of pictures' credits (`CREDIT_AGENCY`): not a licence ("CC BY"), nor a place. */
export function creditAgenciesIn(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  for (const m of text.matchAll(CREDIT_AGENCY)) {
    const label = m[1]!;
    if (/^CC(?:0|\s+BY)\b/u.test(label) || label.split(/\s+/u).every((w) => placeOrDescription(w))) continue;
    const start = m.indices![1]![0];
    out.push({ start, end: start + label.length, key: nameKey(label), label });
  }
  return out;
}

/** A newspaper's or a magazine's name by its head word: "the Mirror", "Financial Times", "the Sunday Telegraph". */
const PAPER_NAME =
  "((?:The\\s+)?(?:(?:Daily|Sunday|Evening|Morning|Weekly|Financial|\\p{Lu}\\p{Ll}+)\\s+){0,2}(?:Times|Telegraph|Mirror|Guardian|Observer|Herald|Gazette|Chronicle|Courier|Economist|Independent|Express|Echo|Argus|Tribune|Mail|Standard|Journal|Scotsman|Spectator))";
/** Words of a journalist's post: "the Daily Clarion’s chief political correspondent", "Associate Editor, The Courier". */
const JOURNALIST_POST =
  "(?:[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Rr]eporter|[Jj]ournalist|[Ww]riter|[Cc]ommentator)";
/** Words before a paper that say it published, was told or employs: "according to", "Speaking to", "Editor, ". */
const BEFORE_PAPER = `(?:\\b(?:[Aa]ccording\\s+to|[Rr]eports|[Rr]eported\\s+(?:by|in)|[Ss]peaking\\s+to|[Tt]alking\\s+to|[Tt]old|[Pp]roduced\\s+by|[Pp]ublished\\s+(?:by|in)|[Ww]riting\\s+in|[Ww]rote\\s+in|[Ii]nterview\\s+with)\\s+(?:the\\s+)?|\\b${JOURNALIST_POST}s?,\\s+)`;
/** Words after a paper that say it reported, or a journalist's post it owns: "the Clarion reported", "the Courier’s political editor". */
const AFTER_PAPER = `(?=\\s+(?:reported|reports|revealed|says|said|understands)\\b|[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}${JOURNALIST_POST}\\b)`;
/**
 * Such a name where the words around it say it published or was told something, its "the" in lower case too:
 * "according to the Mirror", "reports the Clarion", "Speaking to the Sunday Courier", "a chart produced by the
 * Financial Times", "the Guardian reported", "the Daily Courier’s political editor", "Associate Editor, London Evening
 * Standard". (Not a longer name: "the Times Higher Education Awards".)
 */
const PAPER_IN_CONTEXT = new RegExp(
  `${BEFORE_PAPER}${PAPER_NAME}(?![\\p{L}\\p{N}]|\\s+\\p{Lu}|[’']s\\s+\\p{Lu})|(?<![\\p{L}\\p{N}])(?:the\\s+)?${PAPER_NAME}${AFTER_PAPER}`,
  "gu",
);

/** The newspapers and magazines a text names as where words were published (`PUBLICATION`, `PUBLICATION_LOWER`). */
export function publicationsIn(text: string): OrganisationRef[] {
  // (Not a post: "an interview with The Prime Minister".)
  const found = [...text.matchAll(PUBLICATION)]
    .map((m) => ({ m, label: m[1] ?? m[2] ?? m[3]! }))
    .filter(({ label }) => !label.split(/\s+/u).some((w) => isRoleWord(w)));
  for (const m of text.matchAll(PUBLICATION_LOWER)) {
    const label = (m[1] ?? m[2] ?? m[3])!;
    // Not a post, a body's word alone, a date or a month ("an interview with the Minister", "writing for the Committee").
    const words = label.split(/\s+/u);
    if (words.some((w) => isRoleWord(w) || DATE_WORDS.test(w) || ORGANISATION_WORDS.has(w.toLowerCase()))) continue;
    if (m[2] !== undefined && NOT_NAME_WORDS.has(label.toLowerCase())) continue;
    found.push({ m, label });
  }
  for (const m of text.matchAll(PAPER_IN_CONTEXT)) {
    const label = (m[1] ?? m[2])!;
    // Not a post's word: "Chief Economist", "told the Chief Herald".
    if (label.split(/\s+/u).some((w) => isRoleWord(w))) continue;
    found.push({ m, label });
  }
  for (const m of text.matchAll(CREDIT_PAPER)) {
    const label = (m[1] ?? m[2])!;
    // Not a body's word or a post: "Photograph: Jo Pratt for the Committee".
    if (label.split(/\s+/u).some((w) => isRoleWord(w) || ORGANISATION_WORDS.has(w.toLowerCase()))) continue;
    found.push({ m, label });
  }
  return found.map(({ m, label: raw }) => {
    const label = raw.replace(/['’]s?$/u, "");
    const start = m.index + m[0].indexOf(label);
    return { start, end: start + label.length, key: nameKey(label), label };
  });
}

/**
 * Kinds of body a text names one by, in lower case: "the regulator Ofwat", "water company Eastmere Water", "the Harbour
 * Help charity", "Fenby Rising, a charity for young people". Words that name a body's kind only, never a post.
 */
const BODY_KINDS =
  "charity|regulator|watchdog|think[ -]tank|company|firm|housebuilder|consultancy|(?:bus|rail|train|water|energy) operator|" +
  "campaign group|pressure group|lobby group|trade body|trade association|newspaper|supermarket|retailer|airline|" +
  "insurer|lender|social enterprise|website|outsourcer|[\\p{Ll}-]+ giant|" +
  // "Residents' group Save Our Fen", "community group Fenby Green": a group its members' kind names.
  "(?:[Rr]esidents|[Tt]enants|[Pp]arents|[Cc]ommunity|[Aa]ction|[Pp]rotest|[Aa]dvocacy|[Vv]olunteer)['’]? group";
/**
 * Kinds that also stand before a person in apposition ("the union, Kim Hale,"): a name right after them, with no comma,
 * and not shaped like a person's ("the nonprofit newsroom X", "the union Y", "a network affiliate Z").
 */
const KINDS_BEFORE_NAME =
  "newsroom|news site|news network|union|affiliate|theatre (?:group|company)|law firm|contractor";
/** Kinds said after a name, "the Harbour Help charity": the kinds a name's own word could never be. */
const KINDS_AFTER =
  "charity|regulator|watchdog|think[ -]tank|consultancy|housebuilder|campaign group|pressure group|lobby group|" +
  "trade body|trade association|social enterprise|newsroom|law firm|\\p{Ll}+(?:ing|ment) agency";
const KIND_NAME = "(\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\s+(?:(?:and|of|for|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}’'&-]*){0,4})";
/** "the regulator Ofwat", "bus operator Busline", "the lettings website, Zoopla,": a kind, then the name. */
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${BODY_KINDS})(?:,\\s+(?=${KIND_NAME.replace("(", "(?:")},)|\\s+)${KIND_NAME}(?![\\p{L}\\p{N}’'])`,
  "dgu",
);
/** "the nonprofit newsroom X", "the union Y": a kind that may also stand before a person, then the name. */
const NEWER_KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${KINDS_BEFORE_NAME})\\s+${KIND_NAME}(?![\\p{L}\\p{N}’'])`,
  "dgu",
);
/** "the Harbour Help charity", "the Fenby Policy think tank": the name, then its kind. */
const NAME_THEN_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}])[Tt]he\\s+${KIND_NAME}\\s+(?:${KINDS_AFTER})(?![\\p{L}\\p{N}’'-])`,
  "dgu",
);
/** "Fenby Rising, a charity for young people,", "Ofwat, the regulator, said": the name, then its kind in apposition. */
const NAME_COMMA_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}’'])${KIND_NAME}\\s*(?:,|\\s[–—-])\\s+(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_KINDS}|${KINDS_BEFORE_NAME})(?=\\s*[,.;:)–—]|\\s+(?:that|which|who|for|based|working|set|founded|run|in|of|with|whose|and)\\s)`,
  "dgu",
);

/**
 * "who chairs the Save Fenby Meadows campaign", "founder of the Fair Fares campaign": a campaign someone chairs, leads
 * or speaks for is a body, whatever its name's last word ("… Meadows", "… Park").
 */
const LED_CAMPAIGN = new RegExp(
  `(?<![\\p{L}])(?:chairs|chaired|chair\\s+of|chairman\\s+of|chairwoman\\s+of|leads|led|founded|founder\\s+of|co-founder\\s+of|runs|ran|coordinator\\s+of|organiser\\s+of|spokesperson\\s+for|spokeswoman\\s+for|spokesman\\s+for)\\s+the\\s+${KIND_NAME}\\s+campaign(?![\\p{L}\\p{N}’'-])`,
  "dgu",
);

/** "Northline Buses, which runs …": a name, then a relative clause of what a body does. */
const NAME_WHICH = new RegExp(
  `(?<![\\p{L}\\p{N}’'])${KIND_NAME},\\s+which\\s+(?:(?:has|have|now|also|still)\\s+)?(?:supplies|supplied|runs|ran|operates|operated|employs|represents|provides|provided|owns|owned|manages|managed|campaigns|funds|funded|builds|built|sells|sold|delivers|serves|supports|offers|trains|lobbies|publishes|replaced|invests|advises|commissions|commissioned|organises|organised|hosts|hosted|sponsors|sponsored|founded|set\\s+up|works|worked|helps|helped|lobbied|represents|won|bought|acquired)\\b`,
  "dgu",
);
/** "Make Buses Count’s Tova Reid said": a name of two words or more, possessive, before a person's full name. */
const NAME_BEFORE_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}’'])${KIND_NAME}[’']s\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}’'-]+(?:,|\\s+\\p{Ll}))`,
  "dgu",
);
/**
 * A name after words that only a body's name follows: "an application by X", "plans by X", "a spokesman for X", "shares
 * in X" (a company's; a person's name, a place or a post there is left out below); and the body that hosts, organises,
 * runs, commissions or publishes something: "Hosted by Fenby Digital", "a fair organised by Quayside Events", "figures
 * released by the Campaign for Safer Lanes".
 */
const BODY_AFTER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:applications?|bids?|offers?|takeover|proposals?|plans|cuts|event|events|announcement)\\s+by|(?:[Hh]osted|[Oo]rgani[sz]ed|[Cc]o-organi[sz]ed|[Rr]un|[Cc]ommissioned|(?:figures|data|statistics|research|survey|poll|those)\\s+(?:released|published|carried\\s+out|conducted))\\s+by|(?:[Aa]|[Tt]he)\\s+(?:spokesman|spokeswoman|spokesperson)\\s+for|(?:shares|stakes?)\\s+in)\\s+(?:the\\s+)?${KIND_NAME}(?![\\p{L}\\p{N}’'])`,
  "dgu",
);
/**
 * A name of one word that a body's verb follows: "Busline announced earlier this month", "Last night Quillstone
 * hosted", "X employs 300 people", "X said in a statement", "X reported pre-tax profits".
 */
const BODY_DOES =
  /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{L}\p{N}&-]*)(?:\s+(?:has|have|had|also|recently|now|(?:this|last|earlier\s+this)\s+\p{Ll}+))?\s+(?:announced|hosted|employs|employed|resubmitted|(?:said|confirmed)\s+in\s+a\s+statement|(?:reported|posted)\s+(?:an?\s+)?(?:annual\s+|record\s+|pre-tax\s+|half-year\s+)*(?:profits?|losses?|revenues?|turnover|sales))(?![\p{L}\p{N}])/dgu;

/**
 * An acronym the text does not define, standing where a body's name stands: "an address to QMIS", "the T30 has called",
 * "in association with QTL" (after a word that a name follows, with no capitalised word after it).
 */
const ACRONYM_AS_BODY =
  /(?<=(?:^|[^\p{L}\p{N}])(?:the|at|to|by|from|with|of|and|for|on|The)\s+)(\p{Lu}{3,7}|\p{Lu}{1,3}\d{1,3})(?![\p{L}\p{N}’'&-])(?!\s+(?:\p{Lu}|\d|&))/dgu;
/** Acronyms that are no body's: of things, places, posts and formats. */
const NOT_BODY_ACRONYMS = new Set([
  "UK",
  "USA",
  "EU",
  "GDP",
  "VAT",
  "CEO",
  "CFO",
  "COO",
  "CTO",
  "PDF",
  "HTML",
  "COVID",
  "SEND",
  "PPE",
  "ESG",
  "LGBT",
  "LGBTQ",
  "BAME",
  "BME",
  "ICS",
  "SME",
  "ICT",
  "AGM",
  "FAQ",
  "API",
  "KPI",
  "PFI",
  "GCSE",
  "STEM",
  "ESOL",
  "AI",
  "CCTV",
  "NEET",
  "EHCP",
  "ASB",
  "CO2",
  "Q1",
  "Q2",
  "Q3",
  "Q4",
  "MP",
  "MPS",
  "MSP",
  "OBE",
  "MBE",
  "CBE",
  "AM",
  "PM",
  "HRH",
  // Conditions: "who has cerebral palsy and ADHD".
  "ADHD",
  "PTSD",
  "HIV",
  "AIDS",
  "COPD",
  "OCD",
]);
/** Words of places' names: "Greater Manchester", "South Cambridgeshire". */
const PLACE_WORD = /^(?:North|South|East|West|Central|Greater|Upper|Lower|Mid|New|\p{Lu}\p{Ll}+shire)$/u;
/** "Lodgers UK", "Ferries UK": a name of one or two words ending in "UK", as national bodies are called. */
/** "Carers Together UK", and a county branch of one: "Age UK Marlshire". */
const NAME_UK = /(?<![\p{L}\p{N}’'])((?:\p{Lu}[\p{Ll}’'-]+\s+){1,2}UK(?:\s+\p{Lu}\p{Ll}+shire)?)(?![\p{L}\p{N}])/dgu;
/** Last words of names that are places, papers or events, not bodies: "the River Fen, which …", "the Bill, which …". */
const NOT_BODY_ENDS =
  /^(?:river|road|street|lane|square|park|station|bridge|hall|valley|hill|island|lake|bay|forest|estate|village|town|city|county|bill|act|plan|strategy|report|review|scheme|programme|policy|paper|budget|statement|conference|summit|festival|awards?|lunch|dinner|week|day|year|centre)$/iu;

/**
 * Organisations a text names by their kind, whatever their names' words (`KIND_THEN_NAME`, `NAME_THEN_KIND`,
 * `NAME_COMMA_KIND`): a name no organisation word, acronym or registry shows is one, and a name shaped like a
 * person's ("the charity Leonard Harcourt") that its kind shows is none.
 */
export function organisationsByKind(text: string): OrganisationRef[] {
  if (byKindCache?.text === text) return byKindCache.found;
  const found = readByKind(text);
  byKindCache = { text, found };
  return found;
}
/** The last text read by `organisationsByKind` (people and organisations both ask) and what it found. */
let byKindCache: { text: string; found: OrganisationRef[] } | undefined;

/**
 * Patterns that start with a name are tried only near what must follow the name (a cheap search for it first), so
 * that a long text is not tried at every capital letter: pattern → that search.
 */
const TRIGGERS = new Map<RegExp, RegExp>([
  [
    NAME_COMMA_KIND,
    new RegExp(
      `(?:,|\\s[–—-])\\s+(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_KINDS}|${KINDS_BEFORE_NAME})`,
      "gu",
    ),
  ],
  [NAME_WHICH, /,\s+which\s/gu],
  [NAME_UK, /\sUK(?![\p{L}\p{N}])/gu],
  [NAME_BEFORE_PERSON, /[’']s\s+\p{Lu}\p{Ll}+\s+\p{Lu}/gu],
  [ACRONYM_AS_BODY, /(?<![\p{L}\p{N}])(?:\p{Lu}{3,7}|\p{Lu}{1,3}\d{1,3})(?![\p{L}\p{N}’'&-])/gu],
]);

/** The matches of `pattern` in `text`; with a trigger, only in windows around the trigger's matches, each once. */
function* matchesOf(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const trigger = TRIGGERS.get(pattern);
  if (!trigger) {
    yield* text.matchAll(pattern);
    return;
  }
  const seen = new Set<number>();
  for (const t of text.matchAll(trigger)) {
    // From the start of the trigger's sentence (at most 300 characters before it) to 60 characters after it.
    const reach = Math.max(0, t.index - 300);
    const before = text.slice(reach, t.index);
    const stop = Math.max(before.lastIndexOf("\n"), before.search(/[.!?;:]\s[^.!?;:]*$/u));
    let from = reach + (stop === -1 ? 0 : stop + 1);
    if (stop === -1 && reach > 0) from += before.search(/\s/u) + 1;
    const to = Math.min(text.length, t.index + t[0].length + 60);
    for (const m of text.slice(from, to).matchAll(pattern)) {
      const start = from + m.index;
      if (seen.has(start)) continue;
      seen.add(start);
      const shifted = m as RegExpExecArray;
      shifted.index = start;
      shifted.indices = m.indices!.map((x) => (x ? [x[0] + from, x[1] + from] : x)) as never;
      yield shifted;
    }
  }
}

/**
 * The acronyms a text defines for things that are no body ("the Clean Harbour Air Zone (CHAZ)", "Fenby Sign Language
 * (FSL)"): the name before the bracket ends in a word of such things (`namesThing`).
 */
function thingAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  const pattern =
    /(\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*\p{Lu}[\p{L}’'&-]*)*)\s+\((\p{Lu}{2,8}s?)\)/gu;
  for (const m of text.matchAll(pattern)) if (namesThing(m[1]!.split(/\s+/u))) out.add(m[2]!);
  // "the Fenby Nature Recovery Strategy … make the FNRS a plan": a thing's name of three capitalised words or more,
  // whose initials the acronym is, though the text never puts it in brackets.
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|&|the|on|in)\s+)*\p{Lu}[\p{L}’'-]*){2,}/gu)) {
    const words = m[0].split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && w !== "The");
    if (words.length >= 3 && namesThing(words)) out.add(words.map((w) => w[0]).join(""));
  }
  return out;
}

function readByKind(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  const things = thingAcronyms(text);
  for (const pattern of [
    KIND_THEN_NAME,
    NEWER_KIND_THEN_NAME,
    NAME_THEN_KIND,
    NAME_COMMA_KIND,
    NAME_WHICH,
    NAME_UK,
    LED_CAMPAIGN,
    NAME_BEFORE_PERSON,
    ACRONYM_AS_BODY,
    BODY_AFTER,
    BODY_DOES,
  ]) {
    for (const m of matchesOf(text, pattern)) {
      const at = m.indices![1]![0];
      let words = [...m[1]!.matchAll(/\S+/gu)].map((w) => ({ word: w[0], at: at + w.index }));
      // "the company Chief Executive", "its partner Dr Ann Frith": a post or a person's title is no body's name.
      if (words.some((w) => isRoleWord(w.word) || HONORIFIC.test(w.word))) continue;
      while (words.length && (SENTENCE_WORDS.has(words[0]!.word.toLowerCase()) || words[0]!.word === "The")) {
        words = words.slice(1);
      }
      // "Tom Radley of Greenplate Catering, which …": the name after "of" where the words before it name no body.
      const joint = words.findLastIndex((w) => /^(?:of|for)$/u.test(w.word));
      // ("the Campaign for Safer Lanes", "Friends of the Estuary": a campaign's or a cause's head word is a body's.)
      const bodyHead = (w: { word: string }) =>
        ORGANISATION_WORDS.has(w.word.toLowerCase()) || CAMPAIGN_WORDS.test(w.word) || CAUSE_HEADS.test(w.word);
      if (joint > 0 && !words.slice(0, joint).some(bodyHead)) {
        words = words.slice(joint + 1);
      }
      if (words.length === 0 || /['’]s$/u.test(words.at(-1)!.word)) continue;
      // "the UK regulator", "the British charity", "the London firm": a place or where it is from, not the name.
      if (words.every((w) => placeOrDescription(w.word))) continue;
      if (
        pattern !== NAME_UK &&
        pattern !== LED_CAMPAIGN &&
        (NOT_BODY_ENDS.test(words.at(-1)!.word) || NOT_BODY_ENDS.test(words[0]!.word))
      ) {
        continue;
      }
      if (pattern === NAME_UK && (words.length < 2 || placeOrDescription(words[0]!.word))) continue;
      // (Nor a summit: "COP26".)
      const acronym = words[0]!.word;
      if (
        pattern === ACRONYM_AS_BODY &&
        (NOT_BODY_ACRONYMS.has(acronym) || things.has(acronym) || isPostnominal(acronym) || /^COP\d/u.test(acronym))
      ) {
        continue;
      }
      // "Greater Marlshire’s Andy Pell", "Ann Frith’s Tom Reed": a place, a person, one word, are no body here.
      if (
        pattern === NAME_BEFORE_PERSON &&
        (words.length < 2 ||
          words.some((w) => PLACE_WORD.test(w.word)) ||
          looksLikePersonName(words.map((w) => w.word)))
      ) {
        continue;
      }
      // Known only from the clause ("an application by X", "X announced"): no person's name, no noun, no party.
      if (
        (pattern === BODY_AFTER || pattern === BODY_DOES) &&
        !nameFromClause(
          text,
          words.map((w) => w.word),
        )
      )
        continue;
      // "the union Kim Hale joined": after a kind that also stands before a person, no person's name.
      if (pattern === NEWER_KIND_THEN_NAME && words.some((w) => isGivenName(w.word.replace(/[,;:.)]+$/u, ""))))
        continue;
      const start = words[0]!.at;
      const end = words.at(-1)!.at + words.at(-1)!.word.length;
      const label = text.slice(start, end);
      out.push({ start, end, key: nameKey(label), label });
    }
  }
  out.push(...speakerLineBodies(text), ...utilityBodies(text), ...oneWordBodies(text));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A company named by a place or a name and what it supplies, with no body's word: "Marlow Water", "South Fen Energy",
 * "Quill Power", "Dunmore Buses", "Fenby Homes" (one to three capitalised words, then the service's noun, no capitalised
 * word after it: not "the Green Homes Grant").
 */
const UTILITY_NAME =
  /(?<![\p{L}\p{N}’'&-])((?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Water|Energy|Power|Gas|Electricity|Rail|Trains|Buses|Homes|Housing|Telecom|Media))(?![\p{L}\p{N}&-]|[’'](?!s(?![\p{L}\p{N}])))(?!\s+(?:\p{Lu}|\d|&))/dgu;
/** First words that make such a name a thing, not a company: "Fresh Water", "Clean Energy", "Social Housing". */
const UTILITY_THING_WORDS = new Set(
  (
    "fresh clean green renewable drinking hot cold safe social public private national local affordable mains tap " +
    "nuclear solar wind natural community waste storm surface ground rain sea salt bottled tidal wave hydro fossil low " +
    "high zero net rural urban smart cheap cheaper free open new modern digital mass council shared supported " +
    "sheltered temporary emergency starter family first more better good warm future electric light heavy regional " +
    "commuter school night express intercity budget broadcast news print state sustainable alternative old mobile " +
    "cheap liquid bottled heat carbon empty quality our your their his her its my this that these those"
  ).split(" "),
);
/** What a company does after its name: "Marlow Water said", "Quill Power has supplied", "Fenby Gas was fined". */
const UTILITY_DOES =
  /^\s+(?:(?:has|have|had|also|now|later|then|previously)\s+)?(?:said|says|told|added|announced|confirmed|declined|refused|apologi[sz]ed|admitted|insisted|argued|warned|claimed|responded|stated|supplies|supplied|serves|served|employs|employed|operates|operated|runs|ran|owns|owned|invested|spent|blamed|denied|disputed|welcomed|(?:was|were|has\s+been|had\s+been)\s+fined)(?![\p{L}\p{N}])/u;
/** What may follow the name where the words before it make it a body: a stop, a clause, a verb, a possessive. */
const UTILITY_END = /^(?:$|\s*[,.;:)!?–—]|\s+(?:and|or|who|which|where|said|says|told|has|had|have|is|was)\s|[’']s\s)/u;
/** Words of people who work for a body, before "of" or "at": "staff at Fenby Homes", "bosses of Marlow Water". */
const STAFF_WORDS = /^(?:staff|employees|workers|engineers|bosses|spokesman|spokeswoman|spokesperson|customers)$/u;

/**
 * Companies named by a place and what they supply (`UTILITY_NAME`), where the words around the name make it a body: it
 * speaks or acts ("Marlow Water said"), it has a post or a person ("Quill Power’s chief executive", "Fenby Gas’s Ann
 * Bell"), a person is of it ("Tom Reed, of Marlow Water,", "chief executive of Fenby Energy", "works at Fenby Homes"),
 * or two such names stand in one list ("Marlow Water, Eastfen Water and Fenby Water"). Once one is a body, it is one
 * wherever the text writes it again. Not a thing ("Fresh Water", "Clean Energy"), nor a place's water ("Fenby Water
 * levels rose").
 */
export function utilityBodies(text: string): OrganisationRef[] {
  const candidates: OrganisationRef[] = [];
  for (const m of text.matchAll(UTILITY_NAME)) {
    let words = [...m[1]!.matchAll(/\S+/gu)].map((w) => ({ word: w[0], at: m.index + w.index }));
    while (words.length > 1 && (SENTENCE_WORDS.has(words[0]!.word.toLowerCase()) || words[0]!.word === "The")) {
      words = words.slice(1);
    }
    if (words.length < 2 || UTILITY_THING_WORDS.has(words[0]!.word.toLowerCase())) continue;
    if (words.some((w) => isRoleWord(w.word) || HONORIFIC.test(w.word) || ORGANISATION_WORDS.has(w.word.toLowerCase())))
      continue;
    const start = words[0]!.at;
    const end = m.index + m[1]!.length;
    const label = text.slice(start, end);
    candidates.push({ start, end, key: nameKey(label), label });
  }
  const bodies = new Set<string>();
  candidates.forEach((c, i) => {
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const after = text.slice(c.end, c.end + 60);
    const ends = UTILITY_END.test(after);
    const does = UTILITY_DOES.test(after);
    const post = /^[’']s\s+(?:(?:new|former|interim|acting|outgoing)\s+)?(\p{Ll}+)/u.exec(after);
    const person = /^[’']s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(after);
    const personOf = /(\p{Lu}[\p{L}’'-]*)\s+(\p{Lu}[\p{L}’'-]*),?\s+(?:of|from)\s+(?:the\s+)?$/u.exec(before);
    const staffOf = /(?:^|\s)(\p{Ll}+)\s+(?:of|at|for)\s+(?:the\s+)?$/u.exec(before);
    const worksAt = /(?:^|\s)(?:works?|worked|working)\s+(?:at|for)\s+(?:the\s+)?$|(?:^|\s)(?:joined|left|quit)\s+$/u;
    const listed = [candidates[i - 1], candidates[i + 1]].some((o) => {
      if (!o) return false;
      const gap = text.slice(Math.min(o.end, c.end), Math.max(o.start, c.start));
      return /^(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})*,?\s+(?:(?:and|&)\s+)?$/u.test(gap);
    });
    if (
      does ||
      (post && isRoleWord(post[1]!)) ||
      (person && isGivenName(person[1]!)) ||
      (ends &&
        ((personOf &&
          ![personOf[1]!, personOf[2]!].some((w) => isRoleWord(w) || ORGANISATION_WORDS.has(w.toLowerCase()))) ||
          (staffOf && (isRoleWord(staffOf[1]!) || STAFF_WORDS.test(staffOf[1]!))) ||
          worksAt.test(before) ||
          listed))
    ) {
      bodies.add(c.label);
    }
  });
  return candidates.filter((c) => bodies.has(c.label));
}

/** A post whose holder a body has: "chief executive", "Director", "spokeswoman" (not a place's: "Mayor", "MP"). */
const BODY_POST =
  "(?:[Cc]hief\\s+[Ee]xecutive|[Cc]hief\\s+[Ee]xec|CEO|[Mm]anaging\\s+[Dd]irector|[Ee]xecutive\\s+[Dd]irector|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead|boss|spokes(?:man|woman|person)|[Ff]ounder)";
/** One word and the post of its holder: "Ofwem’s chief executive", "chief executive of Ofwem", "Director of Fenpol,". */
const ONE_WORD_POST = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*)[’']s\\s+(?:(?:new|former|interim|acting|outgoing)\\s+)?${BODY_POST}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${BODY_POST}\\s+(?:of|at)\\s+(\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*)(?=\\s*[,.;:)]|\\s+(?:said|says|who|has|had)\\s)`,
  "dgu",
);
/** One word that a regulator's or a ministry's deed names: "told by Ofwem to publish", "fined by Fenreg". */
const ONE_WORD_BY =
  /(?<![\p{L}\p{N}])(?:told|fined|ordered|regulated|licensed|censured|criticised|criticized|instructed|required|approved|rejected|investigated|overseen)\s+by\s+(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?![\p{L}\p{N}’'-])(?!\s+(?:\p{Lu}|&|of\s))/dgu;

/**
 * Bodies of one word with no body's word, read only where the text gives the word a post's holder ("Ofwem’s chief
 * executive", "Ann Bell, Director of Fenpol,") or a regulator's deed ("told by Ofwem to publish"): a word the lexicon
 * lacks, no person's (`nameFromClause`: no given name, no surname the text gives a given name), no place.
 */
export function oneWordBodies(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  for (const pattern of [ONE_WORD_POST, ONE_WORD_BY]) {
    for (const m of text.matchAll(pattern)) {
      const group = m[1] === undefined ? 2 : 1;
      const label = m[group]!;
      if (!nameOnlyWord(label) || !nameFromClause(text, [label])) continue;
      const start = m.indices![group]![0];
      const end = start + label.length;
      // Part of a longer name ("St Fenwick’s head of …"), a word the text also writes in lower case ("Director of
      // Environment" where "environment" stands), a post's plural field ("Director of Sales", "Chair of Trustees"), a
      // field before the body ("Director of Environment, Severnside Water").
      if (/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (new RegExp(`(?<![\\p{L}\\p{N}])${label.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text)) continue;
      if (group === 2 && (/s$/u.test(label) || /^,\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 8)))) continue;
      // "Director of Environment", "Head of Procurement": a department's word is the post's field (w50).
      if (group === 2 && DEPARTMENT_WORDS.has(label.toLowerCase())) continue;
      out.push({ start, end, key: nameKey(label), label });
    }
  }
  return out;
}

/**
 * A line that holds only a person's name and, after a comma, a body's: "Ann Frith, Fenbyco", "- Tom Reed, Marlow
 * Water: spoke on …" (a bullet before, a colon and what they said after).
 */
const SPEAKER_LINE =
  /^[ \t]*(?:[-•*–·][ \t]+)?((?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Cllr)\.?[ \t]+)?\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){1,3}),[ \t]+(\p{Lu}[\p{L}\p{N}’'&.-]*(?:[ \t]+(?:(?:of|for|and|&|the)[ \t]+)?\p{Lu}[\p{L}\p{N}’'&.-]*){0,5})[ \t]*(?::[ \t].*)?$/dgmu;

/**
 * The bodies of a list of speakers, a line each: "Ann Frith, Fenbyco" / "Tom Reed, Marlow Water". Two lines of that
 * shape at least, two of them opening with a given name or a title: the words after each name's comma are its body,
 * whatever they are ("Fenbyco" reads as no body alone), unless a post ("Dr Jo Pratt, Consultant Surgeon") or a place
 * ("Ann Frith, Leeds").
 */
function speakerLineBodies(text: string): OrganisationRef[] {
  const lines: { person: string[]; body: OrganisationRef }[] = [];
  for (const m of text.matchAll(SPEAKER_LINE)) {
    const person = m[1]!.split(/[ \t]+/u);
    const words = m[2]!.replace(/[.]$/u, "").split(/[ \t]+/u);
    if ([...person, ...words].some((w) => isRoleWord(w) || (HONORIFIC.test(w) && w !== person[0]))) continue;
    if (words.every((w) => placeOrDescription(w) || PLACE_WORD.test(w) || /^(?:of|for|and|&|the)$/u.test(w))) continue;
    if (person.every((w) => placeOrDescription(w))) continue;
    const start = m.indices![2]![0];
    const label = text.slice(start, start + m[2]!.replace(/[.]$/u, "").length);
    lines.push({ person, body: { start, end: start + label.length, key: nameKey(label), label } });
  }
  if (lines.length < 2 || lines.filter((l) => looksLikePersonName(l.person)).length < 2) return [];
  return lines.map((l) => l.body);
}

/**
 * Whether one capitalised word with no body's word can be a body's name where the text gives it a post ("Ofwem
 * Director of Markets", "Ofwem’s Head of Pricing"): a word the lexicon lacks, no person's (`nameFromClause`), never
 * written in lower case in the text ("Research" where "research" stands is a field).
 */
export function oneWordBodyName(text: string, word: string): boolean {
  // ("Vice Chair of …", "Regional Director of …": a word of the post.)
  if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(word) || isRoleWord(word) || POST_QUALIFIER.test(word) || POST_OPENER.test(word))
    return false;
  if (!nameOnlyWord(word) || !nameFromClause(text, [word])) return false;
  return !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * Whether words known only from what a clause says of them ("an application by X", "X announced") name a body: not a
 * person (a given name or a title in them, or a surname a given name goes before elsewhere in the text: "Ann Frith …
 * Frith announced"), a party, a place, or a word the language has (one word: "Ministers", "Police", "Leeds").
 */
function nameFromClause(text: string, words: string[]): boolean {
  const bare = words.map((w) => w.replace(/[,;:.)]+$/u, ""));
  if (bare.some((w) => isGivenName(w) || HONORIFIC.test(w) || PARTIES.has(w.toLowerCase()))) return false;
  if (bare.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || placeOrDescription(w))) return false;
  if (bare.length === 1) {
    const word = bare[0]!;
    if (!nameOnlyWord(word) || NOT_NAME_WORDS.has(word.toLowerCase()) || /^\p{Lu}+$/u.test(word)) return false;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const surname = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}’'-]*\\.?)\\s+${escaped}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(surname)) if (isGivenName(m[1]!) || HONORIFIC.test(m[1]!)) return false;
  }
  return true;
}

/** An item of a list of bodies: "Kestrel", "the Joseph Tarrant Foundation", "Warden’s Foundation for Building Community". */
const LIST_ITEM =
  "(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\s+(?:(?:of|for|the|on)\\s+){0,2}\\p{Lu}[\\p{L}\\p{N}’'&-]*){0,6}";
/** A list: items after commas, the last after "and" or "&". */
const LIST_OF_NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}’'])${LIST_ITEM}(?:,\\s+${LIST_ITEM}){0,8},?\\s+(?:and|&)\\s+${LIST_ITEM}(?![\\p{L}\\p{N}’'])`,
  "gu",
);
/** What introduces a list of bodies: "charities such as", "These include", "sponsored by", "our friends at". */
const LIST_OF_BODIES_BEFORE =
  /(?:(?:experts|representatives|colleagues|staff|officials|officers|scientists|speakers|delegates|researchers|teams)\s+(?:from|at)|such\s+as|including|include|includes|included|like|(?:sponsored|supported|funded|backed|hosted|organised|organized|run)\s+by|in\s+(?:association|partnership)\s+with|partners|members|organisations|organizations|charities|bodies|companies|firms|friends\s+at|thanks\s+to)\s*:?\s*$/iu;

/** Things, not bodies, that a list's opening word follows: "issues including", "topics such as", "approaches like". */
const THINGS_LISTED_BEFORE =
  /\b(?:issues|topics|themes|subjects|matters|questions|things|approaches|frameworks|strategies|policies|methods|interventions|conditions|presentations|talks|workshops|tools|ideas)\s*,?\s+(?:such\s+as|including|like)\s*:?\s*$/iu;

/** An entry "Name of Org" of a list of people: a name (initials too), "of", "from" or "at", an organisation's name. */
const PERSON_OF_BODY =
  "\\p{Lu}[\\p{L}’'-]*\\.?(?:\\s+\\p{Lu}[\\p{L}’'-]*\\.?){1,3}\\s+(?:of|from|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}’'&-]*(?:\\s+(?:(?:of|for|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}’'&-]*){0,5})";
const PEOPLE_OF_BODIES = new RegExp(
  `(?<![\\p{L}\\p{N}’'])${PERSON_OF_BODY}(?:,\\s+(?:and\\s+)?${PERSON_OF_BODY.replace("(\\p{Lu}", "(?:\\p{Lu}")}){1,9}`,
  "gu",
);

/**
 * The organisations of a list of people, each "Name of Org" ("Keith Marr of Harbourline Hotels Group, Sébastien
 * M. Duval of Tarnel, and Arne M. Tollefsen of Quayside International"): where one entry's organisation reads as one
 * on its own (an organisation's word, an acronym), the others' names, whatever their words, are organisations too
 * (not places: "Ann Frith of Leeds").
 */
export function bodiesOfListedPeople(text: string): OrganisationRef[] {
  const out: OrganisationRef[] = [];
  const entry = new RegExp(PERSON_OF_BODY, "dgu");
  for (const m of text.matchAll(PEOPLE_OF_BODIES)) {
    const bodies = [...m[0].matchAll(entry)].map((e) => {
      const start = m.index + e.indices![1]![0];
      const label = e[1]!;
      return { start, end: start + label.length, key: nameKey(label), label };
    });
    if (bodies.length < 2 || !bodies.some((b) => bodyItem(b.label))) continue;
    for (const b of bodies) {
      const words = b.label.split(/\s+/u);
      if (words.some((w) => PLACE_WORD.test(w)) || words.every((w) => placeOrDescription(w))) continue;
      out.push(b);
    }
  }
  return out;
}

export interface BodiesList {
  items: OrganisationRef[];
  /** Where the list's last "and" (or "&") is: no name runs over it. */
  and: number;
  /** Opened by words that only bodies follow ("sponsored by", "charities such as"): a person's shape is a body's too. */
  strong: boolean;
  /** Opened by words that say its items are things ("issues including"): no item, nor a name inside one, is a body. */
  things: boolean;
}
const STRONG_BODIES_BEFORE =
  /(?:(?:sponsored|funded|backed)\s+by|(?:organisations|organizations|charities|bodies|companies|firms|businesses)\s+(?:such\s+as|including|like)|(?:organisations|organizations|charities|bodies|companies|firms|businesses)\s*:)\s*$/iu;

/** Whether a list item reads as a body's name on its own: an organisation's word, an acronym, "… UK". */
const bodyItem = (label: string) =>
  label.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/u, ""))) ||
  /^\p{Lu}{3,}$|\sUK$/u.test(label);

/**
 * Lists that name bodies ("charities such as Kestrel, Oakapple and the Marram Trust", "These include Civic Lantern, the
 * Market Towns Forum and Build Streets", "sponsored by Fenpower Energy and Marlow Event Group"): opened by words
 * that introduce bodies, one item at least a body's name on its own. Their items are bodies, unless a person's.
 */
export function bodiesLists(text: string): BodiesList[] {
  const out: BodiesList[] = [];
  for (const m of text.matchAll(LIST_OF_NAMES)) {
    if (!LIST_OF_BODIES_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const items = [...m[0].matchAll(new RegExp(LIST_ITEM, "gu"))].map((x) => {
      const the = /^the\s+/u.exec(x[0])?.[0].length ?? 0;
      const start = m.index + x.index + the;
      const label = x[0].slice(the).replace(/[.]$/u, "");
      return { start, end: start + label.length, key: nameKey(label), label };
    });
    if (items.length < 2 || !items.some((x) => bodyItem(x.label))) continue;
    // "the Department of Ferries and Harbours": "and" after "of" goes on with the name's field, not to another name.
    if (/\s(?:of|for)\s/u.test(items.at(-2)!.label) && !/,/u.test(m[0])) continue;
    const kept = items.filter((x) => {
      const words = x.label.split(/\s+/u);
      if (words.every((w) => placeOrDescription(w)) || SENTENCE_WORDS.has(words[0]!.toLowerCase())) return false;
      return !words.some((w) => isRoleWord(w) || HONORIFIC.test(w));
    });
    const and = m.index + text.slice(m.index, items.at(-1)!.start).search(/(?:and|&)\s+(?:the\s+)?$/u);
    const strong = STRONG_BODIES_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    // "presentations on issues including Fenby Reads and TACT": what the list is of says its items are things.
    const things = THINGS_LISTED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
    out.push({ items: kept, and, strong: strong && !things, things });
  }
  return out;
}

/** "Ann Frith", "Dr Tom Reed": a given name the lexicon knows first, or a title. */
const looksLikePersonName = (words: string[]) => HONORIFIC.test(words[0]!) || isGivenName(words[0]!);

const HONORIFIC = /^(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?$/u;

/**
 * How many words at the start of a name are a modifier of it, not part of it: "Fenby Vale-based Rowan
 * Foundation", "Conservative-run Marlshire Council" (the words up to one ending "-based", "-run", "-led", …).
 */
export function modifierWords(words: string[]): number {
  const k = words.findLastIndex((w) => /^\p{Lu}/u.test(w) && MODIFIER_END.test(w));
  return k + 1;
}

/** The end of a word that says where a body is or who runs or pays for it: "Fenby-based", "FRC-funded", "EU-backed". */
const MODIFIER_END =
  /^[\p{L}\p{N}’'&-]*-(?:based|run|led|controlled|owned|funded|backed|registered|headquartered|founded|supported|sponsored)$/u;

/** A post's word in the plural, capitalised: "Clerks", "Members", "Officers" (not a post's own word: "Ministers"). */
export function pluralPost(word: string): boolean {
  const singular = /^(\p{Lu}[\p{Ll}-]+)s$/u.exec(word)?.[1];
  return singular !== undefined && isRoleWord(singular) && !isRoleWord(word);
}

/**
 * How many words at the end of a name are a post at the body, not its name: "Warden's Fund Chief Executive" (two),
 * "Fenby Trust Director" (one); none where the words before them would name no body ("Health and Safety Executive").
 */
export function postAtEnd(words: string[]): number {
  const bare = (w: string) => w.toLowerCase().replace(/[,;:.)]+$/u, "");
  let k = words.length;
  // "Committee Clerks", "Board Members": a post in the plural right after the body's word, its holders listed before
  // (not a body of the post's holders, "Guild of Harbour Pilots").
  if (
    k >= 2 &&
    pluralPost(words[k - 1]!.replace(/[,;:.)]+$/u, "")) &&
    ORGANISATION_WORDS.has(bare(words[k - 2]!)) &&
    !words.some((w) => /^(?:of|for)$/iu.test(w))
  )
    k--;
  while (k > 1) {
    const w = bare(words[k - 1]!);
    const chief = w === "executive" && k > 2 && bare(words[k - 2]!) === "chief";
    if (!chief && (!isRoleWord(w) || ORGANISATION_WORDS.has(w))) break;
    k -= chief ? 2 : 1;
  }
  const bodyWord = (w: string) => ORGANISATION_WORDS.has(bare(w).replace(/['’]s$/u, ""));
  const body = words.slice(0, k).some(bodyWord);
  // "Office of the Fenby Advocate", "Office of the Chief Harbourmaster": a body named "of the" holder of a post (one word at
  // most before the post's one word), the post part of its name.
  const the = words.findIndex((w, i) => /^(?:of|for)$/iu.test(w) && bare(words[i + 1] ?? "") === "the");
  if (the > 0 && words.length - k === 1 && k - (the + 2) <= 1 && words.slice(0, the).some(bodyWord)) {
    if (!words.slice(the).some(bodyWord)) return 0;
  }
  return body ? words.length - k : 0;
}

/** Words of a body's papers and meetings: "Report of the X Committee", "Minutes of the Y Board". */
const PAPER_WORDS = new Set([
  "report",
  "reports",
  "review",
  "minutes",
  "inquiry",
  "evidence",
  "meeting",
  "session",
  "response",
  "consultation",
  "statement",
  "submission",
  "proceedings",
]);

/**
 * How many words at the start of a name are a paper or a meeting of the body the rest names ("Second Report of the
 * Environmental Audit Committee": five, up to "Environmental"); none when the words before "of" name a body themselves.
 */
export function paperOfBody(words: string[]): number {
  const joint = words.findIndex((w) => /^(?:of|for)$/iu.test(w));
  if (joint < 1) return 0;
  const lead = words.slice(0, joint).map((w) => w.toLowerCase());
  if (!PAPER_WORDS.has(lead.at(-1)!) || lead.some((w) => ORGANISATION_WORDS.has(w))) return 0;
  return joint + 1 + (words[joint + 1]?.toLowerCase() === "the" ? 1 : 0);
}

/** Last words that make a name an event, a tax or a paper, not an organisation: "Labour Party Conference", "Council Tax". */
export const NOT_ORGANISATION_ENDS = new Set([
  "conference",
  "conferences",
  "tax",
  "taxes",
  "precept",
  "manifesto",
  "election",
  "elections",
]);

/**
 * Last words that make a name a document, whatever body's word it holds: "the Fenby Housing Service Business Plan",
 * "the Harbour Trust Strategy", "the Coastal Authorities Act" (not "Review", "Survey" or "Standard", also bodies' words:
 * "the Harbour Review" may be a panel, "the Fenby Standard" a paper).
 */
export const DOCUMENT_ENDS =
  /^(?:plan|plans|strategy|strategies|act|bill|regulations|framework|agreement|treaty|directive)$/u;

/** Parties as Hansard writes them after a name, "(Lab)": not an organisation read from parentheses. */
const PARTY_ABBREVIATION = /^(?:Con|Lab|LD|SNP|CB|Ind|DUP|PC|SDLP|UUP|Green|Alba|Reform)$/u;

/** Whether a name reads as an organisation's: known, or with an organisation word, an acronym, or a company suffix. */
export function looksLikeOrganisation(name: string, known: KnownEntities): boolean {
  if (known.byName("organisation", name)) return true;
  const words = name.split(/\s+/u);
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/u, "")))) return true;
  if (words.length === 1 && PARTY_ABBREVIATION.test(name)) return false;
  // "Ed Vale MP", "Sir Ann Frith FRS": letters after a name are a person's, not an acronym of a body.
  return words.some(
    (w) => (/^\p{Lu}{2,}s?$/u.test(w) && !isPostnominal(w)) || /^(?:Ltd|Limited|plc|LLP|Inc)\.?$/u.test(w),
  );
}

/**
 * "Fenby Rowing Association and the Marlow Sculling Forum", "FRA and Marlow Sculling Group": two bodies joined by
 * "and" read as one name. They are two when the part before "and" ends in a body's word (the head of an English body's
 * name is its last word: "… Association", "… Office"), is an acronym or is known, and the part after reads as a body's
 * name too (known, a body's word, an acronym) and is not that word alone. "Foreign and Commonwealth Office", "Marks and
 * Spencer", "Institute of Health and Society" (its body's word leads), "School of Hygiene and Tropical Medicine",
 * "Association of School and College Pilots" (a body's word after "of" is the field's) stay one. The first "and" that
 * splits so is taken. Returns the two parts, or the name as it is.
 */
export function bodiesJoinedByAnd(text: string, o: OrganisationRef, known: KnownEntities): OrganisationRef[] {
  const name = text.slice(o.start, o.end);
  if (known.byName("organisation", name)) return [o];
  for (const m of name.matchAll(/\s+(?:and|&)\s+(?:the\s+)?/gu)) {
    const left = name.slice(0, m.index);
    const right = name.slice(m.index + m[0].length);
    if (!left || !right || /[()]/u.test(left + right)) continue;
    // "correspondence with Fenby Ferries and Tarn Public Affairs": two names the text gives alone elsewhere.
    if (namedElsewhere(text, left, o) && namedElsewhere(text, right, o)) {
      const second = o.start + m.index + m[0].length;
      return [
        { start: o.start, end: o.start + left.length, key: nameKey(left), label: left },
        { start: second, end: o.end, key: nameKey(right), label: right },
      ];
    }
    const lastLeft = left.split(/\s+/u).at(-1)!;
    const headFinal =
      known.byName("organisation", left) !== undefined ||
      /^\p{Lu}{2,}s?$/u.test(left) ||
      ORGANISATION_WORDS.has(lastLeft.toLowerCase().replace(/['’]s$/u, ""));
    if (!headFinal || !looksLikeOrganisation(left, known) || !looksLikeOrganisation(right, known)) continue;
    // "Association of School and College Pilots": after "of" or "for", a body's word is the name's field, and "and"
    // (no "the" after it) goes on with it, as in "Department of Ferries and Harbours".
    if (/\s(?:of|for)\s/u.test(left) && !/the\s+$/u.test(m[0]) && !known.byName("organisation", left)) continue;
    const rightWords = right.split(/\s+/u);
    if (rightWords.every((w) => ORGANISATION_WORDS.has(w.toLowerCase())) && !known.byName("organisation", right))
      continue;
    const second = o.start + m.index + m[0].length;
    return [
      { start: o.start, end: o.start + left.length, key: nameKey(left), label: left },
      { start: second, end: o.end, key: nameKey(right), label: right },
    ];
  }
  return [o];
}

/**
 * Whether the text gives `part` of a joined name as a name of its own outside it (two capitalised words or more,
 * whole words, not run on with "and" or another capitalised word): "Fenby Ferries" alone in another sentence.
 */
function namedElsewhere(text: string, part: string, o: OrganisationRef): boolean {
  if (part.split(/\s+/u).length < 2 || !/^\p{Lu}/u.test(part)) return false;
  const escaped = part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}&])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) {
    if (m.index >= o.start && m.index < o.end) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + part.length, m.index + part.length + 20);
    if (/(?:\s(?:and|&)|\p{Lu}[\p{L}'’-]*)\s+$/u.test(before) || /^\s+(?:and|&|of|for|\p{Lu})/u.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * Where a name starts after where its body is based: "the Fenby-based Harbour Trust", "the Kings Lynn-based charity X"
 * (the place and a word saying what kind of body it is are no part of its name). `i` if no "-based" word opens it.
 */
export function afterWhereBased(ts: Token[], i: number): number {
  // "cross-party London Councils", "not-for-profit Fenby Homes": a word in lower case saying what kind of body.
  if (ts[i] && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(ts[i]!.word) && ts[i + 1] && isCapitalised(ts[i + 1]!.word)) return i + 1;
  for (let k = i; k < Math.min(ts.length, i + 4); k++) {
    if (!isCapitalised(ts[k]!.word)) return i;
    // "Fenby-based charity X", "FRC-funded X", "EU-backed X": where the body is, or who pays for it, is no part of its name.
    if (MODIFIER_END.test(ts[k]!.word)) {
      let next = k + 1;
      while (next < ts.length && next < k + 4 && /^\p{Ll}+$/u.test(ts[next]!.word) && ts[next]!.word !== "and") next++;
      return ts[next] && isCapitalised(ts[next]!.word) ? next : i;
    }
  }
  return i;
}

/**
 * The organisation named at `at` ("the Institute for Health Policy", "Northshire ICB"): capitalised words, joined by
 * "and", "of", "for", "&" when a capitalised word follows, up to a possessive. With `whole`, it must end its list entry
 * (";", ",", ".", ")" or the paragraph's end follow; with `acronymEnds`, its acronym in brackets before them too).
 */
export function organisationAt(
  text: string,
  at: number,
  limit: number,
  known: KnownEntities,
  whole: boolean,
  anyName = false,
  possessive = false,
  acronymEnds = false,
): OrganisationRef | undefined {
  const reach = { start: at, end: Math.min(limit, at + 160) };
  const ts = tokens(text, reach);
  let i = 0;
  if (ts[i] && ts[i]!.word.toLowerCase() === "the") i++;
  i = afterWhereBased(ts, i);
  const from = i;
  i = readName(text, ts, from, (word) => CONNECTORS.has(word.toLowerCase())).to;
  if (i === from) return undefined;
  const first = ts[from]!;
  let end = ts[i - 1]!.end;
  while (end > first.start && /[,;:.)]/u.test(text[end - 1]!)) end--;
  if (/['’]s$/u.test(text.slice(first.start, end))) {
    if (whole) return undefined;
    end -= 2;
  } else if (possessive && /s['’]$/u.test(text.slice(first.start, end))) end -= 1; // "The Times’"
  const label = text.slice(first.start, end);
  // "…, HC 130", "HL Paper 12": a parliamentary paper's number, as a hearing's title line ends, is no organisation.
  if (PAPER_NUMBER.test(label)) return undefined;
  // "Name, Head of Media, 01234 567 890": a telephone number, a year or a sum ending a list entry is no name.
  if (!/\p{L}/u.test(label)) return undefined;
  // "Lantern’s chief executive": a possessive before a post makes any name an organisation's.
  if (possessive && /^['’]s?\s/u.test(text.slice(end, end + 3)))
    return { start: first.start, end, key: nameKey(label), label };
  // After a role, the name ending a list entry is the organisation whatever its words ("managing consultant, Quillstone"),
  // unless it is a place or a month.
  // (Nor one word the lexicon has as a place: "Regional Schools Commissioner, Portugal" says where the post is.)
  // (Nor a body's own unit named by what it does, fields joined by "and": "Deputy Director, Food and Materials
  // Security", "Director, Policy and Evidence"; stop 47.)
  const unit = /\s(?:and|&)\s/u.test(label) && FIELD_ENDS.has(label.split(/\s+/u).at(-1)!.toLowerCase());
  const named =
    anyName &&
    !unit &&
    !label.split(/\s+/u).every((w) => NOT_NAME_WORDS.has(w.toLowerCase())) &&
    !(!/\s/u.test(label) && !/^\p{Lu}{2,}$/u.test(label) && placeOrDescription(label));
  if (!named && !looksLikeOrganisation(label, known)) return undefined;
  const after = text.slice(end, Math.min(limit, end + 24));
  if (whole && !ENTRY_END.test(after) && !(acronymEnds && ACRONYM_THEN_END.test(after))) return undefined;
  return { start: first.start, end, key: nameKey(label), label };
}

/** A parliamentary paper's number: "HC 130", "HL Paper 45". */
const PAPER_NUMBER = /^(?:HC|HL)(?:\s+Paper)?\s+\d+$/u;

/** A council's name: "Fenby County Council", "Kent CC", "Southwark LBC". */
export const COUNCIL_NAME = /\bCouncil$|\s(?:CC|LBC|MBC|DC|BC)$/u;
/** Words joining an organisation's name: "and", "&", "of", "for", and "on" after an organisation word ("Commission on …"). */
export function joinsOrganisation(word: string, before: Token[]): boolean {
  const w = word.toLowerCase();
  if (w === "on" || w === "upon") {
    const last = before
      .at(-1)!
      .word.toLowerCase()
      .replace(/[^\p{L}]/gu, "");
    // "Centre for Research on Harbour Families": research's subject after "on", in a body's name that "for" opened.
    if (/^(?:research|studies|study)$/u.test(last) && /\s(?:for|of)\s/u.test(before.map((t) => t.word).join(" ")))
      return before.some((t) => ORGANISATION_WORDS.has(t.word.toLowerCase()));
    return ORGANISATION_WORDS.has(last);
  }
  return w === "and" || w === "&" || w === "of" || w === "for";
}

// (Not "and The": a capital "The" after "and" opens the next name, "Ann Frith and The Fenby Trust".)
export const ORG_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?${CAP_TOKEN}(?:\\s+(?:(?:and|&)\\s+(?!The\\s)|(?:of|for)\\s+)?(?:${CAP_TOKEN}|&|\\p{Lu}{2,}s?))*`,
  "gu",
);

/**
 * Acronyms a text defines for organisations: "the Association of Directors of Adult Social Services (ADASS)", the
 * acronym's letters the initials of the name's capitalised words, in order. Acronym → the name as written.
 */
export function acronymsIn(text: string, known: KnownEntities): Map<string, string> {
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
        // "the Fenby Trust’s (FT) report": the possessive is the sentence's, not the name's.
        const label = tail
          .join(" ")
          .replace(/^(?:The)\s+/u, "")
          .replace(/['’]s$/u, "");
        // "Post Traumatic Stress Disorder (PTSD)", "the Development Co-operation Report (DCR)": a condition, a
        // document or a law, no body, however many words; nor a zone, a language, a method or a goal with no body's
        // word in its name ("the Clean Harbour Zone (CHZ)", "Fenby Sign Language (FSL)").
        const thing = namesThing(tail) && !known.byName("organisation", label);
        if (!thing && (looksLikeOrganisation(label, known) || label.split(/\s+/u).length >= 3)) out.set(acronym, label);
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
export function spells(acronym: string, words: string[]): boolean {
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  let k = 0;
  for (const i of initials) if (k < acronym.length && i === acronym[k]) k++;
  return k === acronym.length && initials[0] === acronym[0];
}
