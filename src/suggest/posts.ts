// Posts (roles and affiliations) as a text states them beside a name: "Name, the Role of Org", "Role of Org, Name",
// "Org’s Role Name", "Name, who works as a Role for Org", "She joined Org as its Role", "the Role at Org said"; and
// every later "the Role of Org" that refers back to the person.
import { MONTHS } from "../model/dates.js";
import { endedOn } from "./dates.js";
import { type KnownEntities, nameKey } from "./known.js";
import { SpanSet } from "./spans.js";
import { escapeRegExp, type Span } from "./text.js";
import {
  DEPARTMENT_WORDS,
  isRoleWord,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  SENTENCE_WORDS,
  SPEECH_VERBS,
} from "./words.js";
import { isCapitalised, isPostnominal, type Mention, tokens } from "./names.js";
import {
  afterWhereBased,
  CONNECTORS,
  COUNCIL_NAME,
  fieldListEnd,
  isOrganisationName,
  joinsName,
  looksLikeOrganisation,
  nameBefore,
  oneWordBodyName,
  organisationAt,
  type OrganisationRef,
  POST_TIME_OPENING,
  PARTIES,
  possessiveInName,
  readName,
} from "./organisations.js";

export interface RoleStatement {
  person: string;
  role: string;
  organisation?: OrganisationRef;
  /** A member's seat, no organisation ("Fenby North MP Ann Frith"): later "the MP for Fenby North" is the member. */
  seat?: OrganisationRef;
  /** The passage that states it: from the first to the last of name, role and organisation. */
  evidence: Span;
  /** Which reading of the text found it ("postAfterName", "listEntryPosts", …): a feature of the affiliation model. */
  rule?: string;
}

const PREPOSITIONS = new Set(["of", "at", "for", "in", "on", "with", "from", "to"]);
/** A month's name as a word of the text ("September", "May,"). */
const MONTH_WORD = new RegExp(`^(?:${MONTHS.join("|")})[,.;:]?$`, "u");
export const ARTICLES = new Set(["the", "a", "an"]);
export const CHAIR_VERBS =
  "chaired|chairs|chairing|hosted|hosts|moderated|moderates|moderating|convened|facilitated|presided|presides|presiding|presented|introduced|led|opened";

const DESCRIPTORS =
  /^(?:charity|think[- ]tank|think tank|thinktank|campaign group|pressure group|lobby group|advocacy group|trade body|trade association|consultancy|company|firm|union|trade union|network|watchdog|regulator|body|bookseller|retailer|publisher|broadcaster|supermarket|chain|operator|provider|developer|housing association|foundation|trust|institute|agency|group|organi[sz]ation|association|society|coalition|alliance|social enterprise|non-?profit|ngo|start-?up|insurer|lender|bank|airline|utility|supplier|newsroom|newspaper|news\s+(?:site|outlet|agency|organi[sz]ation|service)|magazine|website|outlet|publication|radio\s+station|station|journal)(?=\s|$)/u;

const AND_AFTER = /^(?:and|&|or)$/u;
/** A minister's office's word, "Under-Secretary" too: what it is "of" or "for" is its field ("of State for X"), no body. */
const OFFICE_WORD = /^(?:(?:under|vice|deputy|assistant)-)?(?:minister|secretary|chancellor|spokesperson)$/iu;

interface ParsedRole {
  role: string;
  organisation?: OrganisationRef;
  /** Where the role phrase (with its organisation) starts and ends. */
  span: Span;
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
    // "Chair of the Fenby Trust from 2019 to 2023": a year after the preposition is the post's dates, no body; so is a
    // month ("from September", "since May 2019").
    // (Not a body a month's name opens: "the May Foundation".)
    const monthThen = MONTH_WORD.test(ts[i + 1]?.word ?? "") && !/^\p{Lu}/u.test(ts[i + 2]?.word ?? "");
    if (/^(?:19|20)\d{2}$/u.test(ts[i + 1]?.word ?? "") || monthThen) break;
    const at = i++;
    if (ts[i] && ts[i]!.word.toLowerCase() === "the") i++;
    i = afterWhereBased(ts, i);
    // "chief executive of the charity Carers First Alliance": what kind of body it is, then its name.
    // "trustee of young people's welfare charity The X Foundation": a few words in lower case may say more of it.
    // (The words are the group's own: not across "at" to another group, "head of campaigns at the charity X".)
    for (
      let lead = 0;
      lead <= 4 &&
      ts[i + lead] &&
      /^[\p{Ll}’'-]+$/u.test(ts[i + lead]!.word) &&
      !PREPOSITIONS.has(ts[i + lead]!.word) &&
      ts[i + lead]!.word !== "and";
      lead++
    ) {
      const kind = DESCRIPTORS.exec(
        ts
          .slice(i + lead, i + lead + 3)
          .map((t) => t.word)
          .join(" "),
      );
      // "at small-state think tank the Fenby Institute": the body's own "the" may follow its kind.
      let skip = kind ? kind[0].split(" ").length : 0;
      if (kind && ts[i + lead + skip]?.word === "the") skip++;
      const after = kind && ts[i + lead + skip];
      if (kind && after && isCapitalised(after.word)) {
        i += lead + skip;
        break;
      }
    }
    const from = i;
    // A possessive ends the name: "Bury Council’s Health and Care".
    const read = readName(text, ts, from, joinsName);
    i = read.to;
    // "Head of the Harbour Policy Unit of the FHO": a unit named inside the body, then "of" the body. The unit stays in
    // the post; the body is read as the next group. (Not a name the unit's word opens: "Division of Marine Fisheries".)
    for (let k = from + 1; k < i - 1 && !read.possessive; k++) {
      if (!partOfBody(ts, k)) continue;
      const rest = ts.slice(ts[k + 2]?.word === "the" ? k + 3 : k + 2, i);
      const body = rest.length ? text.slice(rest[0]!.start, rest.at(-1)!.end).replace(/[,;:.)]+$/u, "") : "";
      // (After "for the", the body's name ends in a body's word: "the Harbour Council for the Fenby Trades
      // Association", not "the Council for the Protection of Rural Fenby".)
      const ends = ORGANISATION_WORDS.has(body.split(/\s+/u).at(-1)!.toLowerCase());
      if (body && looksLikeOrganisation(body, known) && (ts[k + 1]!.word === "of" || ends)) {
        i = k + 1;
        break;
      }
    }
    if (i === from) {
      // "chair of the board of the Fenby Trust", "member of the board of trustees of Marlow Ports": the body's board in
      // lower case, then "of" the body (the board stays in the post).
      const board = LOWER_BOARD.exec(
        ts
          .slice(i, i + 4)
          .map((t) => t.word)
          .join(" "),
      );
      if (board && from === at + 1 + (ts[at + 1]?.word === "the" ? 1 : 0)) {
        const k = i + board[0].split(" ").length;
        if (ts[k]?.word === "of") {
          groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: k, department: true });
          i = k;
          continue;
        }
      }
      // "cabinet member for highways at Marlshire County Council": a department in lower case, then the organisation.
      let k = i;
      // "head of policy for cities at X": a field in lower case, small words in it, up to "at"; or a list of fields
      // ("director of research, education and knowledge exchange at X", "head of policy, campaigns and research for
      // the Y": after a list, "for" too says whose the post is).
      let listed = false;
      while (
        k < ts.length &&
        k - from < 8 &&
        (/^\p{Ll}+$/u.test(ts[k]!.word) || (k - from < 6 && /^\p{Ll}+,$/u.test(ts[k]!.word))) &&
        !["at", "with", "from"].includes(ts[k]!.word) &&
        !(listed && ts[k]!.word === "for")
      )
        if (ts[k++]!.word.endsWith(",")) listed = true;
      const next = ts[k]?.word.toLowerCase();
      if (
        k > from &&
        from === at + 1 &&
        (next === "at" || next === "with" || next === "from" || (listed && next === "for"))
      ) {
        groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: k, department: true });
        i = k;
        continue;
      }
      i = at;
      break;
    }
    // "Director of UK operations for Kestrel's": a name that qualifies a field in lower case; the post's body follows.
    // (A short name, an acronym or an adjective, and a field in nouns: not "of Fenby County Council and speaks today
    // for Y", a second tie.)
    // "of the Coastal, Freight and Passenger sectors at X": a longer name too, when it does not read as a body's.
    if (
      !read.possessive &&
      (i - from <= 2 ||
        !looksLikeOrganisation(text.slice(ts[from]!.start, ts[i - 1]!.end).replace(/[,;:.)]+$/u, ""), known))
    ) {
      let k = i;
      while (
        k < ts.length &&
        k - i < 3 &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(ts[k]!.word) &&
        !PREPOSITIONS.has(ts[k]!.word) &&
        !/^(?:and|or|but|who|which|that|whose|is|was|are|were|has|have|had|also|now|today)$/u.test(ts[k]!.word)
      )
        k++;
      const named = ts[k + 1]?.word === "the" ? ts[k + 2] : ts[k + 1];
      if (k > i && ["for", "at", "with"].includes(ts[k]?.word ?? "") && named && isCapitalised(named.word)) {
        groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: k, department: true });
        i = k;
        continue;
      }
    }
    // "the independent member for Quarry ward", "councillor for Elm division", "MP for Fenby West": a member's seat,
    // no body; the ward's word stays in the post (w50).
    const seatWord = SEAT_WORD.test(ts[i]?.word ?? "");
    if (
      !read.possessive &&
      ts[at]!.word.toLowerCase() === "for" &&
      (seatWord ||
        (SEAT_POST.test(roleTokens.at(-1)!.word) &&
          !looksLikeOrganisation(text.slice(ts[from]!.start, ts[i - 1]!.end).replace(/[,;:.)]+$/u, ""), known)))
    ) {
      if (seatWord) i++;
      groups.push({ preposition: "for", at, from, to: i, department: true });
      continue;
    }
    groups.push({ preposition: ts[at]!.word.toLowerCase(), at, from, to: i, possessive: read.possessive });
    if (read.possessive) {
      // The rest of the group belongs to the role: "for Bury Council’s Health and Care".
      while (i < ts.length && (isCapitalised(ts[i]!.word) || CONNECTORS.has(ts[i]!.word.toLowerCase()))) i++;
      // "director of the Commission's data protection unit": a unit of the organisation in lower case.
      if (i === read.to) i += lowerUnitAt(ts, i);
      groups.at(-1)!.to = i;
      break;
    }
  }
  // "Defra's Director for Rivers and Coasts", "the Trust's Chair of Trustees": the organisation is the possessor; what
  // the post is "for" or "of" is its remit, part of the role. (Not when a group names where the post is: "at", "with".)
  // (A plural body's possessive too: "Fenby Ports’ Director of Customers and Markets", stop 47.)
  const owner = roleTokens.findIndex((t) => /\p{L}(?:['’]s|s['’])$/u.test(t.word));
  if (
    owner !== -1 &&
    owner < roleTokens.length - 1 &&
    groups.length > 0 &&
    !groups.some((g) => strongPrepositions.includes(g.preposition)) &&
    roleTokens.slice(0, owner + 1).every((t, k) => isCapitalised(t.word) || (k > 0 && CONNECTORS.has(t.word))) &&
    roleTokens.slice(owner + 1).some((t) => isRoleWord(t.word))
  ) {
    const possessor = roleTokens[owner]!;
    const mark = /s['’]$/u.test(possessor.word) ? 1 : 2;
    const label = text.slice(roleTokens[0]!.start, possessor.end - mark);
    // (A body's name, not a place's: "Derby's Deputy City Mayor for Housing" is the city's office. One word is a
    // body's when the registry knows it or its capitals make it an acronym: "DfE's", "NHSE's".)
    // Or one word with no body's word when what the post is "of" or "for" does not read as a body's and the post is no
    // place's office: "Ofwem’s Director of Consumers and Markets" (the field is the post's); a plural possessive is the
    // post's own word: "Victims’ Commissioner for Fenshire".
    const placeOffice = roleTokens.some((t) => OFFICE_WORD.test(t.word) || /^(?:mayor|city|county)$/iu.test(t.word));
    const fieldOnly = groups.every(
      (g) => !looksLikeOrganisation(text.slice(ts[g.from]!.start, ts[g.to - 1]!.end), known),
    );
    if (
      looksLikeOrganisation(label, known) ||
      /^\p{Lu}[\p{L}&-]*\p{Lu}[\p{L}&-]*$/u.test(label) ||
      (owner === 0 && mark === 2 && fieldOnly && !placeOffice && oneWordBodyName(text, label))
    ) {
      const roleFrom = roleTokens[owner + 1]!.start;
      const last = ts[(groups.at(-1)?.to ?? roleStart + roleTokens.length) - 1]!;
      return {
        role: text.slice(roleFrom, last.end).replace(/[,.;:]+$/u, ""),
        organisation: { start: roleTokens[0]!.start, end: possessor.end - mark, key: nameKey(label), label },
        span: { start: ts[0]!.start, end: last.end },
      };
    }
  }
  // "the council's Director of Place", "the authority's Head of Highways": a body named before, in lower case, owns
  // the post; what the post is "of" or "for" is its field. No organisation here: "the council" is the one the text
  // names, read after (councilPosts), or none (w50).
  if (
    owner === 0 &&
    owner < roleTokens.length - 1 &&
    /^\p{Ll}+['’]s$/u.test(roleTokens[0]!.word) &&
    ORGANISATION_WORDS.has(roleTokens[0]!.word.slice(0, -2)) &&
    !groups.some((g) => strongPrepositions.includes(g.preposition)) &&
    roleTokens.slice(1).some((t) => isRoleWord(t.word))
  ) {
    const last = ts[(groups.at(-1)?.to ?? roleStart + roleTokens.length) - 1]!;
    return {
      role: text.slice(roleTokens[1]!.start, last.end).replace(/[,.;:]+$/u, ""),
      span: { start: ts[0]!.start, end: last.end },
    };
  }
  const nameOf = (g: (typeof groups)[number]) => {
    const words = ts.slice(g.from, g.to);
    const possessive = g.possessive
      ? words.findIndex((t, k) => /['’]s$/u.test(t.word) && !possessiveInName(words, k + 1))
      : -1;
    const name = possessive === -1 ? words : words.slice(0, possessive + 1);
    const last = name.at(-1)!;
    // (A name's own "’s" stays: "CEO of Fenby’s and …".)
    const own = !g.possessive && AND_AFTER.test(ts[g.to]?.word ?? "");
    const end = /['’]s$/u.test(last.word) && !own ? last.end - 2 : last.end;
    return { start: name[0]!.start, end, rest: possessive === -1 ? undefined : words.slice(possessive + 1) };
  };
  let chosen = [...groups].reverse().find((g) => strongPrepositions.includes(g.preposition));
  chosen ??= groups.find((g) => {
    if (g.department) return false;
    const n = nameOf(g);
    return isOrganisationName(text.slice(n.start, n.end), g.preposition, known, /^an?$/iu.test(ts[0]!.word));
  });
  // "editor of Fenby Lab at the Marlow Foundation at Keld University": with a registry, a body it knows that the post is
  // "of" or "for", before names after "at" it does not know (the hosts of a unit, the registry's body).
  if (chosen && strongPrepositions.includes(chosen.preposition)) {
    const knownName = (g: (typeof groups)[number]) => {
      const n = nameOf(g);
      return known.byName("organisation", text.slice(n.start, n.end).replace(/[,;:.)]+$/u, "")) !== undefined;
    };
    const at = groups.indexOf(chosen);
    const own = groups
      .slice(0, at)
      .find((g) => !g.department && !g.possessive && ["of", "for"].includes(g.preposition) && knownName(g));
    if (own) chosen = own;
  }
  // "Head of the Harbour Policy Unit of the FHO": the unit is part of the post, the body the group after it.
  const partOf = chosen && groups[groups.indexOf(chosen) + 1];
  if (
    chosen &&
    partOf &&
    partOfBody(ts, chosen.to - 1) &&
    partOf.preposition === ts[chosen.to]!.word &&
    partOf.from === chosen.to + 1 + (ts[chosen.to + 1]?.word === "the" ? 1 : 0)
  ) {
    chosen = partOf;
  }
  // "Head of Coastal Shipping for the Fenby Port Authority": a name that does not read as a body's, then one that does
  // (known, a body's word, an acronym): the first is the post's field, the second its organisation.
  if (chosen && !strongPrepositions.includes(chosen.preposition)) {
    const n = nameOf(chosen);
    if (!looksLikeOrganisation(text.slice(n.start, n.end), known)) {
      const later = groups.slice(groups.indexOf(chosen) + 1).find((g) => {
        if (g.department || !["of", "for"].includes(g.preposition)) return false;
        const m = nameOf(g);
        return looksLikeOrganisation(text.slice(m.start, m.end), known);
      });
      if (later) chosen = later;
      // "Head of Future Markets, Marlow Grid", "(Head of Coastal Shipping, Fenby Port Authority)": the name after the
      // comma ends the entry; the one the post is "of" or "for" is its field.
      else if (
        chosen === groups.at(-1) &&
        (FIELD_THEN_ORG.test(text.slice(clause.end, clause.end + 90)) ||
          FIELD_THEN_BRACKETED_ORG.test(text.slice(ts[chosen.to - 1]!.end, ts[chosen.to - 1]!.end + 90)) ||
          fieldThenOrganisation(text, clause.end, text.length, known)?.fields === 1)
      )
        chosen = undefined;
    }
  }
  const roleFrom = roleTokens[0]!.start;
  const lastToken = ts[(groups.at(-1)?.to ?? roleStart + roleTokens.length) - 1]!;
  const span = { start: ts[0]!.start, end: lastToken.end };
  // "FOLT Adviser for Adult Learning", "Ofwem Director of Consumers and Markets": an acronym, or one word that can be a
  // body's name, opens the post and what the post is "for" or "of" does not read as a body's name: the opening word is
  // the organisation, and the field is the post's. So with a body the registry knows, however many words: "Fenport
  // Director of Customers and Markets", "Marsh Harbour Board Head of Pricing" (stop 47). (What the post is of may read
  // as no body's name at all, "Director of Policy and Evidence": the field still.)
  const field = chosen ?? groups.find((g) => !g.department && !g.possessive && ["of", "for"].includes(g.preposition));
  const roleAt = roleTokens.findIndex((t) => isRoleWord(t.word));
  const opener = roleAt >= 1 ? text.slice(roleTokens[0]!.start, roleTokens[roleAt - 1]!.end) : "";
  const oneWordOpener =
    roleAt === 1 &&
    (/^\p{Lu}{2,6}s?$/u.test(opener) || oneWordBodyName(text, opener)) &&
    !isPostnominal(opener) &&
    !ROYAL_LETTERS.test(opener);
  const knownOpener =
    roleAt >= 1 &&
    roleTokens.slice(0, roleAt).every((t) => isCapitalised(t.word)) &&
    known.byName("organisation", opener) !== undefined;
  if (
    field &&
    !strongPrepositions.includes(field.preposition) &&
    (oneWordOpener || knownOpener) &&
    !looksLikeOrganisation(text.slice(nameOf(field).start, nameOf(field).end), known)
  ) {
    const at = roleTokens[0]!;
    return {
      role: text.slice(roleTokens[roleAt]!.start, lastToken.end).replace(/[,.;:]+$/u, ""),
      organisation: { start: at.start, end: at.start + opener.length, key: nameKey(opener), label: opener },
      span,
    };
  }
  if (!chosen) {
    const roleEnd = groups.length ? lastToken.end : roleTokens.at(-1)!.end;
    return { role: text.slice(roleFrom, roleEnd).replace(/[,.;:]+$/u, ""), span };
  }
  // "Chief of Staff", "Member of the Public", as board minutes list those present: a post, no organisation.
  // "Chair of Trustees", "Chair of Governors", "Chair of the Board": the board of an organisation named elsewhere.
  if (
    chosen &&
    /^(?:staff|public|trustees|governors|directors|the\s+board|board|members)$/iu.test(
      text.slice(nameOf(chosen).start, nameOf(chosen).end),
    )
  )
    chosen = undefined;
  // "Chief of the General Staff", "Deputy Chief of the Defence Staff for Military Capability", "Chief of Air Staff": a
  // military office whole, the staff no body of its own.
  if (
    chosen &&
    roleTokens.some((t) => /^chief$/iu.test(t.word)) &&
    /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}Staff$/u.test(text.slice(nameOf(chosen).start, nameOf(chosen).end))
  )
    chosen = undefined;
  // "Secretary of State for Transport", "Minister for Care", "Deputy Mayor for Policing and Crime", "Commissioner for
  // Fenshire": an office, not an organisation called Transport.
  // "Her Majesty’s Chief Inspector of Prisons": a royal office, what it is "of" its field.
  const office =
    /^(?:Her|His)\s+Majesty['’]s\s/u.test(text.slice(roleFrom, clause.end)) ||
    roleTokens.some(
      (t) =>
        OFFICE_WORD.test(t.word) ||
        (chosen?.preposition === "for" && /^(?:mayor|commissioner|champion|envoy|tsar|czar)$/iu.test(t.word)) ||
        // "Mayor of Fenby", "Lord Mayor of Marlow": a place's office, the place no body (its council is named as one).
        (chosen?.preposition === "of" && /^mayor$/iu.test(t.word)),
    );
  if (
    office &&
    chosen &&
    chosen.preposition !== "at" &&
    chosen.preposition !== "with" &&
    chosen.preposition !== "from"
  ) {
    const n = nameOf(chosen);
    const words = text.slice(n.start, n.end).toLowerCase().split(/\s+/u);
    // (An acronym is a body's name: "the Commissioner for TfL".)
    const acronym = text
      .slice(n.start, n.end)
      .split(/\s+/u)
      .some((w) => (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
    const kept = acronym && !OFFICE_WORD.test(roleTokens.at(-1)!.word);
    if (
      !kept &&
      !words.some((w) => ORGANISATION_WORDS.has(w)) &&
      !known.byName("organisation", text.slice(n.start, n.end))
    ) {
      chosen = undefined;
    }
  }
  if (!chosen) {
    const roleEnd = groups.length ? lastToken.end : roleTokens.at(-1)!.end;
    return { role: text.slice(roleFrom, roleEnd).replace(/[,.;:]+$/u, ""), span };
  }
  const name = nameOf(chosen);
  const before = text.slice(roleFrom, ts[chosen.at - 1]!.end);
  // "Lead for Bury Council’s Health and Care", "director of the Commission's data protection unit": the post in the
  // text's own words, its organisation's possessive kept (the organisation is also read out of it).
  const rest = name.rest?.length ? text.slice(ts[chosen.at - 1]!.end, name.rest.at(-1)!.end) : "";
  const label = text.slice(name.start, name.end).replace(/[,.;:]+$/u, "");
  if (
    (!isOrganisationName(label, chosen.preposition, known) &&
      (chosen.preposition === "in" || chosen.preposition === "on")) ||
    // "an expert on PTSD", "lead on AI": what the post is about; a body after "on" is named as one ("on the Board").
    (chosen.preposition === "on" &&
      !known.byName("organisation", label) &&
      !label
        .toLowerCase()
        .split(/\s+/u)
        .some((w) => ORGANISATION_WORDS.has(w.replace(/['’]s$/u, ""))))
  ) {
    return { role: before, span };
  }
  // "Chair of the LGA’s Community Wellbeing Board": a board, group or committee of the organisation is where the post
  // is, named with its organisation ("LGA Community Wellbeing Board").
  const unit = name.rest?.map((t) => t.word.replace(/[,.;:)]+$/u, "")) ?? [];
  if (unit.length > 0 && UNIT_WORDS.test(unit.at(-1)!) && unit.every((w) => isCapitalised(w) || CONNECTORS.has(w))) {
    const last = name.rest!.at(-1)!;
    const unitLabel = `${label} ${unit.join(" ")}`;
    const end = last.start + unit.at(-1)!.length;
    return {
      role: before.replace(/[,.;:]+$/u, ""),
      organisation: { start: name.start, end, key: nameKey(unitLabel), label: unitLabel },
      span,
    };
  }
  return {
    role: `${before}${rest}`.replace(/[,.;:]+$/u, ""),
    organisation: { start: name.start, end: name.start + label.length, key: nameKey(label), label },
    span,
  };
}

/**
 * After a post's field, its organisation ending the entry: ", Fenby Port Authority)", ", Marlow Grid;", ", FHA." —
 * capitalised words (two or more, or an acronym), then a bracket, a semicolon, a full stop, the line's end or "and".
 */
const FIELD_THEN_ORG =
  /^,\s+(?:the\s+)?(?:\p{Lu}{2,}s?|\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'&-]*)+)(?=\s*(?:[);\n]|[.](?:\s|$)|,?\s+and\s|$))/u;

/**
 * After a post's field, its organisation in brackets: "Director of Coastal Change and Data (The Fenby Trusts)",
 * "Head of Energy (Marlowpoll)" — the bracket holds one name (capitalised words, an acronym), nothing after it but the
 * entry's end or "&"/"and" and the next entry.
 */
const FIELD_THEN_BRACKETED_ORG =
  /^\s*\((?:[Tt]he\s+)?(?:\p{Lu}{2,}s?|\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'&-]*)*)\)(?=\s*(?:[;,.\n]|&|and\s|$))/u;

/** A name in a list entry's comma part: capitalised words, small joining words between them, or an acronym. */
const PART = String.raw`(?:\p{Lu}{2,}s?|\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?\p{Lu}[\p{L}’'&-]*)*)`;

/** After a comma, one more part at most (a field), then a last part that ends the entry: ", Technical Skills, Marlowson, on…". */
const PARTS_TO_ENTRY_END = new RegExp(
  String.raw`^,\s+(?:(${PART}),\s+)?(?:the\s+)?(${PART})(?=\s*(?:[);\n]|[.](?:\s|$)|,?\s+and\s|,\s+\p{Ll}|$))`,
  "u",
);

/**
 * "Senior Policy Manager, Further Learning, Association of Fenby Colleges": after a post and a comma part that does not
 * read as a body's (the post's field, at `at` its comma), the organisation is the part that ends the entry (the last of
 * two at most, whatever its words: "…, Technical Skills, Marlowson, on the plans"). Returns it and how many field parts
 * stand between (0 or 1); none when the last part is a place's or a month's only, or a person's name follows.
 */
export function fieldThenOrganisation(
  text: string,
  at: number,
  limit: number,
  known: KnownEntities,
): (OrganisationRef & { fields: number }) | undefined {
  const m = PARTS_TO_ENTRY_END.exec(text.slice(at, Math.min(limit, at + 160)));
  if (!m) return undefined;
  // (A field between reads as no body's either: "Director, Fenby Trust, Marlow Forum" is two bodies, read elsewhere.)
  if (m[1] !== undefined && looksLikeOrganisation(m[1], known)) return undefined;
  const start = at + m[0].length - m[2]!.length;
  const organisation = organisationAt(text, start, Math.min(limit, start + m[2]!.length + 24), known, false, true);
  if (!organisation || organisation.end !== start + m[2]!.length) return undefined;
  return { ...organisation, fields: m[1] === undefined ? 0 : 1 };
}

/** The prepositions that name where a post is held: "Director of Policy at Org". */
const strongPrepositions = ["at", "with", "from"];

/** A member's seat's word after its name: "for Quarry ward", "for Elm division", "for Fenby constituency". */
const SEAT_WORD = /^(?:ward|division|constituency|electoral)[,.;:)]?$/u;
/**
 * Posts what is "for" a place names a seat of: "member for", "councillor for" (a member's letters, "MP for Fenby",
 * are read as seats by `seatsAreNoBodies`, the party before them kept).
 */
const SEAT_POST = /^(?:member|councillor|councilor)$/iu;

/** A body's board in lower case, before "of" the body: "board", "board of trustees", "governing body". */
const LOWER_BOARD =
  /^(?:board(?:\s+of\s+(?:trustees|directors|governors|management))?|trustees|governors|governing\s+body|(?:executive|management)\s+(?:board|committee))(?=\s|$)/u;

/** A part of an organisation in lower case, as its last word says: "data protection unit", "policy team". */
const LOWER_UNIT =
  /^(?:unit|team|department|division|directorate|office|programme|group|service|section|secretariat)$/u;

/** How many tokens from `i` name a part of an organisation in lower case ("data protection unit,"): up to four words. */
function lowerUnitAt(ts: { word: string }[], i: number): number {
  for (let n = 0; n < 4 && ts[i + n] && /^\p{Ll}[\p{Ll}-]*[,;:.)]*$/u.test(ts[i + n]!.word); n++) {
    const word = ts[i + n]!.word.replace(/[,;:.)]+$/u, "");
    if (LOWER_UNIT.test(word)) return n + 1;
    if (word !== ts[i + n]!.word) return 0;
  }
  return 0;
}

/** A part of a body before "of" the body, capitalised: "the Harbour Policy Unit of the FHO". */
const PART_OF_BODY = /^(?:Unit|Team|Division|Directorate|Section|Branch|Secretariat|Desk|Programme|Lab|Laboratory)$/u;
/** A board of a body before "for the" it: "chair of the Harbour Council for the Fenby Trades Association". */
const BOARD_FOR = /^(?:Council|Board|Committee|Group|Panel|Forum)$/u;
/** Whether `ts[k]` ends a part of a body and "of" (or, for a board, "for the") the body follows it. */
function partOfBody(ts: { word: string }[], k: number): boolean {
  const next = ts[k + 1]?.word;
  if (next === "of") return PART_OF_BODY.test(ts[k]!.word);
  return next === "for" && ts[k + 2]?.word === "the" && BOARD_FOR.test(ts[k]!.word);
}

/** Last words of a body inside an organisation: "the LGA’s Community Wellbeing Board", "the party’s Labour Group". */
const UNIT_WORDS = /^(?:Board|Group|Committee|Panel|Forum|Network|Commission|Caucus)$/u;

/** Ends a clause at punctuation, a dash, a relative clause or reported speech. */
export function clauseAfter(text: string, start: number, limit: number): Span {
  // A bracket ends the clause as a parenthesis does: "at the Fenby Council[Inaudible.]", a transcript's note.
  const stops = /[,;:()[\]\n]|[.!?](?:\s|$)|\s[–—-]\s|\s(?:who|which|said|says|added|explained)\b/gu;
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
export function clausesBefore(text: string): (paragraph: Span, end: number) => Span {
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
export const THE_ORGS_ROLE =
  /^(?:\s*\((?:the\s+)?chair\))?,\s+(?:who\s+((?:leads|runs|heads|directs|manages)\s+))?the\s+(\p{Lu}\p{L}*)['’]s\s+([^,.;:()“”"]+?)(?=\s*[,.;)]|\s+and\s|$)/iu;
/** "speaking for", "representing", "on behalf of", "all from" (a list's shared organisation): before an organisation. */
export const SPEAKING_FOR =
  /^(?:speaking\s+(?:for|on\s+behalf\s+of)|representing|on\s+behalf\s+of|(?:(?:all|both)\s+)?(?:from|of|at|with))\s+(?:the\s+)?/iu;
const ROLE_BEFORE =
  /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}’'-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]*\p{L})-?\s+$/u;
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
export function readBefore(text: string, floor: number, end: number) {
  const spaces = runBefore(text, floor, end, SPACE);
  return {
    /** `/,\s*$/u.exec(before)`: a comma, then nothing but spaces. */
    comma: spaces > floor && text[spaces - 1] === "," ? text.slice(spaces - 1, end) : undefined,
    /** ROLE_BEFORE.exec(before): only letters, apostrophes, hyphens and spaces can be in a match. */
    role: (() => {
      // "[Fenby Press chief executive] Ann Frith": an editor's words in a quotation, the post in square brackets that
      // hold nothing else, read as if the brackets were not there.
      const bracket = spaces > floor && text[spaces - 1] === "]";
      const from = runBefore(text, floor, bracket ? spaces - 1 : end, ROLE_CHARACTER);
      if (bracket && text[from - 1] !== "[") return undefined;
      const match = ROLE_BEFORE.exec(bracket ? `${text.slice(from, spaces - 1)} ` : text.slice(from, end));
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

/** "Her Majesty’s Chief Inspector of Prisons": whose office it is, no organisation. */
export const ROYAL = /^(?:Her|His)\s+Majesty$/u;
/** "HM Chief Inspector of Harbours": the same in letters ("HM Harbours Agency" is a body's name, read whole elsewhere). */
export const ROYAL_LETTERS = /^(?:HM|HRH)$/u;

/** Words before a post that date it, not part of it: "now", "current", "new", "newly appointed". */
export const DATING =
  /^(?:[Nn]ow|[Cc]urrent|[Cc]urrently|new|newly[\s-]+appointed|recently[\s-]+appointed|[Yy]ou\s+are|(?:[Nn]ewly\s+)?(?:[Aa]ppointed|[Nn]amed)(?:\s+as)?)\s+/u;

/** Words that make a role more precise: "Senior Fellow", "Deputy Chief Executive". */
export const ROLE_MODIFIERS =
  /^(?:senior|junior|deputy|vice|assistant|associate|principal|lead|interim|acting|co|joint|executive|managing|general|national|regional|clinical|permanent)$/iu;

/** ", who heads learning at", ", who leads the connections team at": a post in the text's own words, then "at Org". */
export const WHO_LEADS =
  /^,\s+who\s+((?:leads|heads|runs|directs|manages|oversees|coordinates|co-ordinates|chairs)\s+[^,.;:()“”"]{1,60}?)\s+(?:at|for|with|of)\s+(?:the\s+)?(?=\p{Lu})/u;
/** ", Age UK’s charity director,": an organisation's name with a possessive, then the post (group 2). */
export const ORGS_POST =
  /^,\s+(?:the\s+(?=\p{Lu}[\p{L}&-]*\s))?((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|&)\s+)?)*\p{Lu}[\p{L}&-]*)['’]s\s+([\p{Ll}\p{Lu}][^,.;:()“”"]{0,50}?)(?=\s*[,.;)]|\s+and\s|$)/u;

/** A post's qualifier in brackets: "(Transport)", "(Energy & Utilities)". */
export const QUALIFIER = /^\s*\(\p{Lu}[\p{L}&,’' -]{0,40}\)/u;
/**
 * A post's field or unit after a comma, then "at Org": ", Learning and Organisational Change at", ", School of
 * Law and Policy at", ", Faculty of Arts at".
 */
export const FIELD_THEN_AT =
  /^,\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|&|of|for)\s+)?\p{Lu}[\p{L}’'-]*){0,5}(?=\s+(?:at|with)\s)/u;

/** What joins a person's second post to their first: ", and", "and also", "and as", "as well as". */
export const AND_ALSO =
  /^(?:\s*\(\p{Lu}{2,8}\))?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:as\s+)?(?:the\s+|an?\s+)?/u;

/** ", having been ", " in March 2024, having previously been the ": a post held before the one just read. */
const HAVING_BEEN = new RegExp(
  String.raw`^(?:\s+in\s+(?:(?:${MONTHS.join("|")})\s+)?(?:19|20)\d{2})?,\s+having\s+(?:previously\s+)?been\s+(?:the\s+)?(?=\p{L})`,
  "u",
);

/** " in January 2024", " in 2022": the date a post was left, right after it. */
const LEFT_ON = new RegExp(String.raw`^\s+in\s+(?:(?:${MONTHS.join("|")})\s+)?(?:19|20)\d{2}\b`, "u");

/** A post the text marks as no longer held, or held until a date: "until 2018", "between 2010 and 2015". */
export const ENDED = /^\s*(?:until|till|between|from\s+\d{4}\s+(?:to|until))\b/iu;

/** After a name: a verb that ties the person to an organisation now ("works for", "runs", "has led … since"). */
const TIE_VERB =
  /^(?:,\s+who\s+|\s+)(?:(?:now|currently|also)\s+)?(works\s+(?:for|at|with)|sits\s+on\s+the\s+(?:board|council|executive)\s+of|(?:co-?)?founded|has\s+(?:run|led|headed|chaired|directed|worked\s+(?:for|at|with))|runs|leads|heads|chairs|directs|joined(?:\s+the\s+board\s+of)?|represents|speaks\s+(?:today\s+|here\s+)?(?:for|on\s+behalf\s+of))\s+(?:the\s+)?(?=\p{Lu})/u;

/** The role a tie verb gives, in the text's words: "founded", "has run", "sits on the board"; none for "works for". */
function verbRole(verb: string): string {
  const v = verb.replace(/\s+/gu, " ");
  if (/^(?:works|speaks|has worked)\s/iu.test(v) || /^(?:joined|represents)$/iu.test(v)) return "";
  if (/^joined the board of$/iu.test(v)) return "board member";
  // "who runs the Fenby Trust": the text gives no post (the gold's convention: no role where the text gives none).
  if (/^(?:runs|leads|heads|directs)$/iu.test(v)) return "";
  return v.replace(/\s+of$/u, "");
}

/** ", its policy lead", " as its chief economist": a post of the organisation just named. */
const ITS_POST =
  /^(?:,\s+|\s+as\s+)(?:its|their|the)\s+((?:[\p{L}&’'-]+\s+){0,5}[\p{L}’'-]+)(?=\s*[,.;:)]|\s+(?:since|from)\s|$)/u;
/** " as head of research in 2020": a post in lower case after "as", up to a date, a clause or the sentence's end. */
const AS_POST =
  /^\s+as\s+(?:an?\s+)?((?:[\p{Ll}-]+\s+){0,5}?[\p{Ll}-]+)(?=\s*[,.;:)]|\s+(?:in|on|since|from|last|this|two|three|four|five|six|\d)\b|$)/u;
const YEAR_PHRASE = /^\s+(?:in|since)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}/u;

interface Tie {
  statement: Omit<RoleStatement, "person">;
  /** The last word of an organisation's name that the text refers back to ("the Trust"), when not named here. */
  head?: string;
}

/** Reads the post that a role phrase at `from` states (after a comma, where `comma`), for the person being read. */
type PostAt = (from: number, comma: boolean) => RoleStatement | undefined;

/**
 * A post in the sentence after a name, with no comma list around it: "X is director of research at Org", "X is Org's
 * founder", "X works for Org", "X, who founded Org", "X has run Org since 2015", "X joined Org in 2019 as its chief
 * economist", "X, an adviser to Org". Not a post held until a date.
 */
export function ownSentencePost(text: string, from: number, end: number, known: KnownEntities, postAt: PostAt): Tie[] {
  const ties: Tie[] = [];
  for (let at = from; ties.length < 3;) {
    // "… and a trustee of Y": after "and", a second post with no verb of its own.
    const tie = onePost(text, at, end, known, postAt) ?? (ties.length ? secondPost(text, at, end, postAt) : undefined);
    if (!tie) break;
    ties.push(tie);
    // "joined X in March 2024, having been Chief Executive of Y until February 2024": the post held before, with its
    // end (kept only where the words give it: "having been … until recently" is no post the draft can date).
    const having = HAVING_BEEN.exec(text.slice(tie.statement.evidence.end, end));
    if (having) {
      const at = tie.statement.evidence.end + having[0].length;
      const before = postAt(at, false);
      if (before?.organisation && endedOn(text, before.evidence.end))
        ties.push({ statement: { ...before, evidence: { start: at, end: before.evidence.end } } });
      break;
    }
    // "Cllr Holt is leader of X and speaks today for Y": a second tie of the same subject.
    const and = /^,?\s+and(?=\s)/u.exec(text.slice(tie.statement.evidence.end, end));
    if (!and) break;
    at = tie.statement.evidence.end + and[0].length;
  }
  return ties;
}

/** " a trustee of Y", " chair of Z": a post after "and", with its organisation, not one held until a date. */
function secondPost(text: string, from: number, end: number, postAt: PostAt): Tie | undefined {
  const statement = postAt(from + (/^\s+/u.exec(text.slice(from, end))?.[0].length ?? 0), false);
  if (!statement?.organisation || ENDED.test(text.slice(statement.evidence.end, end))) return undefined;
  return { statement: { ...statement, evidence: { start: from, end: statement.evidence.end } } };
}

function onePost(text: string, from: number, end: number, known: KnownEntities, postAt: PostAt): Tie | undefined {
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
    // "Jane Pike is our Head of Policy": a post at the publisher, which the draft links it to by the "our" before it.
    const our = /^our\s+/u.exec(after.slice(is[0].length));
    const own = our && postAt(from + is[0].length + our[0].length, false);
    if (own && !own.organisation && !ENDED.test(text.slice(own.evidence.end, end))) {
      const start = from + is[0].length + our[0].length;
      return { statement: { ...own, evidence: { start, end: own.evidence.end } } };
    }
    return undefined;
  }
  // "stepped down as Treasurer of Ashby Council in January 2024": a post the person held until then (its end is the
  // draft's to read: `leftDate`); not one left at no date the sentence gives.
  const left = /^(?:,\s+who\s+|\s+)(?:stepped\s+down|resigned|retired)\s+as\s+(?:the\s+)?(?=\p{L})/u.exec(after);
  if (left) {
    const statement = postAt(from + left[0].length, false);
    if (statement?.organisation && LEFT_ON.test(text.slice(statement.evidence.end, end)))
      return { statement: { ...statement, evidence: { start: from, end: statement.evidence.end } } };
    return undefined;
  }
  // "was appointed Chair of the Fenby Trust in March 2024", "was named chief executive of X", "became director of X":
  // the post is the words between the verb and "of" (its start is the draft's to read: `joinedDate`).
  const appointed =
    /^(?:,\s+who\s+|\s+)(?:(?:was|has\s+been)\s+(?:appointed|named|elected)(?:\s+as)?|became)\s+(?:the\s+)?(?=\p{L})/u.exec(
      after,
    );
  if (appointed) {
    const statement = postAt(from + appointed[0].length, false);
    // "became director of X in 2001 and left in 2005": a post the rest of the sentence ends.
    const rest = /^[^.!?]*/u.exec(text.slice(statement?.evidence.end ?? from, end))![0];
    if (
      statement?.organisation &&
      statement.role &&
      !ENDED.test(rest) &&
      !/\b(?:left|until|till|stepped\s+down|resigned|retired)\b/iu.test(rest)
    )
      return { statement: { ...statement, evidence: { start: from, end: statement.evidence.end } } };
    return undefined;
  }
  // "joined the trust's board": a seat on the board of the body that kind names, named before (by its head word).
  const kindsBoard = /^(?:,\s+who\s+|\s+)joined\s+the\s+(\p{Ll}+)['’]s\s+board\b/u.exec(after);
  if (kindsBoard && ORGANISATION_WORDS.has(kindsBoard[1]!))
    return {
      statement: { role: "board member", evidence: { start: from, end: from + kindsBoard[0].length } },
      head: kindsBoard[1]!,
    };
  const verb = TIE_VERB.exec(after);
  if (!verb) return undefined;
  const at = from + verb[0].length;
  const organisation = organisationAt(text, at, end, known, false);
  // "joined the Fenby Trust's board": a seat on its board.
  const board =
    organisation && /^joined$/iu.test(verb[1]!) && /^['’]s\s+board\b/u.exec(text.slice(organisation.end, end));
  if (board)
    return {
      statement: {
        role: "board member",
        organisation,
        evidence: { start: from, end: organisation.end + board[0].length },
      },
    };
  // "who leads the Trust’s policy team": a part of the organisation, read above.
  if (!organisation || /^['’]s\s/u.test(text.slice(organisation.end, organisation.end + 3))) return undefined;
  const rest = text.slice(organisation.end, end);
  if (ENDED.test(rest)) return undefined;
  // "joined Org in 1995 and left in 2005": a post the rest of the sentence ends (not another post it tells of, held
  // before: "…, having been chair of Y until 2023").
  const sentenceRest = /^[^.!?]*/u.exec(rest)![0].split(/,\s+having\s+(?:previously\s+)?been\s/u)[0]!;
  if (/\b(?:left|until|till|stepped\s+down|resigned|retired)\b/iu.test(sentenceRest)) return undefined;
  const v = verb[1]!.toLowerCase();
  // "has run Org since 2015": a present perfect holds the post still only with "since".
  if (
    v.startsWith("has ") &&
    !/^\s+(?:since|for\s+(?:\S+\s+)?(?:years?|decades?|months))\b/u.test(rest) &&
    !/^\s+for\s+(?:a|the\s+past|the\s+last|over\s+a)\s+(?:decade|year|generation)\b/u.test(rest)
  )
    return undefined;
  let role = verbRole(v);
  let stop = organisation.end;
  if (v.startsWith("joined") || v.startsWith("works")) {
    // "joined Org in 2019 as its chief economist": the post after "as".
    const year = YEAR_PHRASE.exec(rest)?.[0].length ?? 0;
    const its = ITS_POST.exec(rest.slice(year));
    if (its && / as /u.test(` ${its[0]}`) && its[1]!.split(/\s+/u).some(isRoleWord)) {
      role = its[1]!;
      stop = organisation.end + year + its[0].length;
    } else {
      // "joined Org as head of research in 2020": the post after "as", to its last role word or field.
      const as = AS_POST.exec(rest.slice(year));
      const words = as?.[1]!.split(/\s+/u) ?? [];
      const last = words.findLastIndex(isRoleWord);
      if (as && last !== -1 && !/^(?:former|previous)$/iu.test(words[0]!)) {
        const field = words.slice(last + 1);
        const keep = /^(?:of|for)$/u.test(field[0] ?? "") && field.length > 1 ? words : words.slice(0, last + 1);
        role = keep.join(" ");
        stop = organisation.end + year + as[0].indexOf(as[1]!) + role.length;
      }
    }
  }
  return { statement: { role, organisation, evidence: { start: from, end: stop } } };
}

/** "his regular position as", "her day job as": a post the person holds besides the one the sentence is about. */
export const POSITION_AS =
  /\b(?:his|her|their)\s+(?:(?!former\b|previous\b|old\b|earlier\b|last\b)[\p{Ll}-]+\s+){0,2}(?:job|role|position|post)\s+as\s+(?=(?:the\s+)?[\p{L}])/u;

/**
 * Right before a name, an organisation's name with a possessive: "the Trust's", "Channel 4’s", "The Times’", and with
 * the acronym the text defines for it after the possessive ("the Fenby Trust's (FT) Ann Frith").
 */
const POSSESSOR_BEFORE =
  /(?:^|[\s(])((?:the\s+)?\p{Lu}[\p{L}\p{N}&-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?:\p{Lu}[\p{L}\p{N}&-]*|\p{N}+))*)(?:['’]s|(?<=s)['’])(?:\s+\(\p{Lu}{2,8}\))?\s+$/u;

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
export function representedBy(
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
    // The organisation, then only "was"/"were" or a comma before the name, or a comma and the person's post in lower
    // case ("Speaking for the Residents Association, chairman Ann Frith said").
    const between =
      found &&
      /^\s*,\s*(?:(?:its|the)\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+$/u.exec(text.slice(found.end, nameStart));
    if (found && /^\s*(?:,\s*|(?:was|were|is|are)\s+)$/u.test(text.slice(found.end, nameStart))) {
      organisation = found;
      evidenceStart = at;
    } else if (found && between && isRoleWord(between[1]!.split(/\s+/u).at(-1)!)) {
      organisation = found;
      evidenceStart = at;
      role = between[1]!;
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
      // "Channel 4’s Ann Frith", "The Chronicle’s Ann Frith" (a plural's "Times’" too).
      const own = POSSESSOR_BEFORE.exec(before);
      if (own) {
        // "The" inside a sentence is the name's own ("said The Chronicle’s Ann Frith"), at its start an article.
        const named = /^The\s/u.test(own[1]!) && /\S/u.test(before.slice(0, own.index + own[0].indexOf(own[1]!)));
        const words = named ? own[1]! : own[1]!.replace(/^the\s+/iu, "");
        const at = sentenceStart + own.index + own[0].indexOf(words);
        if (!words.includes(" ") && /^the\s/iu.test(own[1]!) && !/^\p{Lu}{2,}$/u.test(words)) {
          return [{ statement: { role: "", evidence: { start: at, end: nameEnd } }, head: words }];
        }
        let found = organisationAt(text, at, nameStart, known, false, false, true);
        if (found && named && found.start > at) {
          const label = text.slice(at, found.end);
          found = { start: at, end: found.end, key: nameKey(label), label };
        }
        // Not a place's ("Greater Marlshire's Andy Pell"): an organisation's name, one the text calls a body right
        // after ("Pennine Engineering's Ruth Kellaway, the firm's MD"), or a name no place has ("The Chronicle",
        // "Channel 4": "The" inside a sentence, a number).
        const body = /^,\s+the\s+\p{Ll}+['’]s\s/u.test(text.slice(nameEnd, nameEnd + 30));
        const noPlace = named || /\s\p{N}+$/u.test(found?.label ?? "");
        if (found && (looksLikeOrganisation(found.label, known) || noPlace || (body && found.label.includes(" ")))) {
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

/** "the strategy director at Fenshire CC", "Lantern’s chief executive": a post and its organisation, with no name. */
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

export function describedPost(
  text: string,
  sentence: Span,
  known: KnownEntities,
): Omit<RoleStatement, "person"> | undefined {
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
    // "Lantern’s chief executive has called": the post ends at its last role word.
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

/** A post on a council: "council leader", "Blacon councillor", "portfolio holder", "cabinet member for transport". */
export const COUNCIL_POST =
  /^(?:(?:deputy\s+)?(?:council\s+)?leader(?:\s+of\s+the\s+council)?|(?:[\p{L}-]+\s+){0,2}councillor|(?:shadow\s+)?(?:portfolio\s+holder|(?:cabinet|executive)\s+member)(?:\s+for\s+[\p{Ll}\s,&-]+)?)$/iu;

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
export function roleMentions(text: string, roles: RoleStatement[]): Mention[] {
  const whose = (r: RoleStatement) => r.organisation ?? r.seat;
  const patterns = new Map<string, { regex: RegExp; roleKey: string; orgKey: string; matches: Span[] }>();
  const sourceOf = (r: RoleStatement) =>
    `\\b[Tt]he\\s+${escapeRegExp(r.role).replace(/\s+/gu, "\\s+")}\\s+(?:of|at|for)\\s+(?:the\\s+)?` +
    escapeRegExp(whose(r)!.label).replace(/\s+/gu, "\\s+");
  // Patterns by role key, then by the key of the organisation's first characters.
  const byRole = new Map<string, Map<string, { regex: RegExp; matches: Span[]; candidates: number[] }[]>>();
  const roleLengths = new Set<number>();
  const slow: { regex: RegExp; matches: Span[] }[] = [];
  for (const r of roles) {
    if (!whose(r) || r.role === "") continue;
    const source = sourceOf(r);
    if (patterns.has(source)) continue;
    const entry = { regex: new RegExp(source, "giu"), roleKey: "", orgKey: "", matches: [] as Span[] };
    patterns.set(source, entry);
    const roleWords = r.role.split(/\s+/u);
    const orgWords = whose(r)!.label.split(/\s+/u);
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
    if (!whose(r) || r.role === "") continue;
    for (const span of patterns.get(sourceOf(r))!.matches) {
      if (statements.overlaps(span)) continue;
      // "the remarks he made to the managing director at X": the object of another's words, not a speaker. ("according
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

export function parseRoleAnywhere(text: string, clause: Span, known: KnownEntities): ParsedRole | undefined {
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
 * "Prior to this, managing director at Busline East, Darren Hollis": a post in lower case that is the whole clause
 * before a name's comma, with its organisation.
 */
export function lowerRoleAt(text: string, clause: Span, known: KnownEntities): ParsedRole | undefined {
  // The post starts at its first role word, with the words that make it more precise and an article before it ("We
  // have the chief executive of X": "the chief executive").
  const ts = tokens(text, clause);
  let k = ts.findIndex((t) => isRoleWord(t.word));
  if (k === -1) return undefined;
  while (k > 0 && ROLE_MODIFIERS.test(ts[k - 1]!.word)) k--;
  // "Housing spokesperson for the Local Government Association, Name": the field the post is for, opening the clause.
  if (k > 0 && ts.slice(0, k).every((t) => DEPARTMENT_WORDS.has(t.word.toLowerCase()))) k = 0;
  if (k > 0 && ARTICLES.has(ts[k - 1]!.word.toLowerCase())) k--;
  const parsed = parseRole(text, { start: ts[k]!.start, end: clause.end }, known);
  return parsed?.organisation && parsed.span.end >= clause.end - 1 ? parsed : undefined;
}

/** "Org's Role of Department" right before a name's comma ("Bramford Council's Head of Libraries, Name"): the role is all
 * that follows the possessive, "of Libraries" included, and the organisation the capitalised name before it (not
 * across "and The": "Ann Frith and The Fenby Trust's president, Tom Reed" is the Fenby Trust's). */
const POSSESSIVE_ROLE =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for)\s+|(?:and|&)\s+(?!The\s))?){0,5}\p{Lu}[\p{L}-]*)['’]s\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}-]*){0,5}|(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*$/u;

export function possessiveRole(text: string, clause: Span): ParsedRole | undefined {
  const passage = text.slice(clause.start, clause.end);
  const m = POSSESSIVE_ROLE.exec(passage);
  // "… Tom Reed and The Fenby Trust's president": "The" after "and" opens the body's name; what is before is not it.
  const joined = m ? /\s(?:and|&)\s+(?=The\s)/u.exec(m[1]!) : null;
  if (m && joined) {
    const cut = joined.index + joined[0].length;
    m.index += cut;
    m[0] = m[0].slice(cut);
    m[1] = m[1]!.slice(cut);
  }
  // "The Society's president": the article is no part of the name.
  if (m && /^the\s/iu.test(m[1]!)) {
    const article = /^the\s+/iu.exec(m[1]!)![0].length;
    m.index += article;
    m[0] = m[0].slice(article);
    m[1] = m[1]!.slice(article);
  }
  if (!m || !m[2]!.split(/\s+/u).some(isRoleWord) || !/\s/u.test(m[1]!) || ROYAL.test(m[1]!)) return undefined;
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
export function theOrgs(text: string, clause: Span): [string, string, number] | undefined {
  const passage = text.slice(clause.start, clause.end);
  const m = /(?:^|\s)the\s+(\p{Lu}\p{Ll}+|think[- ]tank)['’]s\s+((?:[\p{L}-]+\s+){0,6}[\p{L}-]+)\s*$/iu.exec(passage);
  if (!m) return undefined;
  // The post ends in its role word, or goes on with what it is for: "the charity's director of policy and campaigns".
  const words = m[2]!.split(/\s+/u);
  const cut = words.findIndex((w) => /^(?:of|for)$/u.test(w));
  const post = cut === -1 ? words : words.slice(0, cut);
  if (post.length === 0 || post.length > 4 || !isRoleWord(post.at(-1)!)) return undefined;
  if (cut !== -1) {
    const field = words.slice(cut + 1);
    if (field.length === 0 || field.length > 4 || /^(?:and|&|of|for)$/u.test(field.at(-1)!)) return undefined;
    if (!field.every((w) => /^[\p{Ll}&-]+$/u.test(w) && !NOT_FIELD.test(w))) return undefined;
  }
  return [m[1]!, m[2]!, clause.start + m.index + m[0].indexOf(m[1]!) - 4];
}

/**
 * "FHA Tenant Support", "SNP Justice and Home Affairs" before a post's last word: an acronym, then the post's
 * field (two words or more, none naming a body or a place, the whole no name the registry knows) — the acronym is the
 * organisation, the field is the post's. Returns the acronym. ("NHS Greater Fenby", "BBC Scotland" stay whole.)
 */
export function acronymOpening(label: string, known: KnownEntities): string | undefined {
  const words = label.split(/\s+/u);
  const field = words.slice(1);
  if (
    /^\p{Lu}{2,6}s?$/u.test(words[0]!) &&
    field.filter((w) => !/^(?:and|&|of|for)$/u.test(w)).length >= 2 &&
    !known.byName("organisation", label) &&
    !field.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || PLACE_WORD.test(w))
  )
    return words[0]!;
  return undefined;
}

/** Words of places' names: "Greater Fenby", "North Wales", "Lancashire". */
const PLACE_WORD =
  /^(?:North|South|East|West|Central|Greater|Upper|Lower|Mid|New|\p{Lu}\p{Ll}+shire|England|Scotland|Wales|Ireland|London|UK|Britain)$/u;

/**
 * "Fenby Borough Council Leader", "Calderdale Council leader": a post read with the words that say whose, when those
 * words are an organisation's name; the organisation and the post without it.
 */
export function organisationOpening(
  text: string,
  role: string,
  from: number,
  known: KnownEntities,
): { organisation: OrganisationRef; role: string } | undefined {
  const words = role.split(/\s+/u);
  let k = words.length;
  // (The post's own words: "UK Prime Minister", no body "UK Prime".)
  const postWord = (i: number) =>
    isRoleWord(words[i]!) || ROLE_MODIFIERS.test(words[i]!) || (words[i] === "Prime" && words[i + 1] === "Minister");
  while (k > 0 && postWord(k - 1)) k--;
  if (k === 0 || k === words.length) return undefined;
  // "Quillmedia Group Digital Media Consultant": a field's words right after the body's last word are the post's.
  const head = words.slice(0, k).findLastIndex((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  if (head >= 1 && words.slice(head + 1, k).every((w) => DEPARTMENT_WORDS.has(w.toLowerCase()))) k = head + 1;
  // "Outgoing FCVS Chief Executive": a word of when the post is held is no part of the body's name, which may then be
  // an acronym alone.
  if (k >= 2 && POST_TIME_OPENING.test(words[0]!)) {
    const rest = role.slice(words[0]!.length).trimStart();
    const at = text.indexOf(role, from);
    const acronym = words[1]!;
    if (k === 2 && at !== -1 && /^\p{Lu}{2,6}$/u.test(acronym) && !isPostnominal(acronym)) {
      const start = at + role.length - rest.length;
      return {
        organisation: { start, end: start + acronym.length, key: nameKey(acronym), label: acronym },
        role: words.slice(k).join(" "),
      };
    }
    return at === -1 ? undefined : organisationOpening(text, rest, at + role.length - rest.length, known);
  }
  let label = words.slice(0, k).join(" ");
  if (!label.includes(" ") || (!COUNCIL_NAME.test(label) && !looksLikeOrganisation(label, known))) return undefined;
  const at = text.indexOf(role, from);
  if (at === -1) return undefined;
  const acronym = acronymOpening(label, known);
  if (acronym) {
    label = acronym;
    return {
      organisation: { start: at, end: at + label.length, key: nameKey(label), label },
      role: words.slice(1).join(" "),
    };
  }
  // "Telford & Fenby Council Leader": the name's words before an "&" or "and" the post's reading stopped at.
  const more = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+)+(?:&|and|of|for)\s+)$/u.exec(
    text.slice(Math.max(0, at - 60), at),
  );
  const start = more ? at - more[1]!.length : at;
  const name = text.slice(start, at + label.length);
  return {
    organisation: { start, end: at + label.length, key: nameKey(name), label: name },
    role: words.slice(k).join(" "),
  };
}

/** "Conservative shadow resources spokesman, Cllr X": a party, then a post ending in its role word, the whole clause. */
export function partyPost(text: string, clause: Span): ParsedRole | undefined {
  const passage = text.slice(clause.start, clause.end);
  const role = passage.trim();
  const start = clause.start + passage.indexOf(role);
  const party = partyOfPost(text, role, start);
  if (!party || !isRoleWord(party.role.split(/\s+/u).at(-1)!)) return undefined;
  return { role: party.role, organisation: party.organisation, span: { start, end: start + role.length } };
}

/** "shadow executive member for housing, Cllr X": a council post with no organisation, the whole clause. */
export function councilPost(text: string, clause: Span): ParsedRole | undefined {
  const passage = text.slice(clause.start, clause.end);
  const role = passage.trim();
  if (!COUNCIL_POST.test(role)) return undefined;
  const start = clause.start + passage.indexOf(role);
  return { role, span: { start, end: start + role.length } };
}

export function roleStatement(person: string, parsed: ParsedRole, evidence: Span, text?: string): RoleStatement {
  const statement: RoleStatement = { person, role: parsed.role, evidence };
  if (parsed.organisation) statement.organisation = parsed.organisation;
  else if (text !== undefined) {
    // "Liberal Democrat Spokesperson for Housing": a post that opens with a party's name is a post in that party.
    const party = partyOfPost(text, parsed.role, parsed.span.start);
    if (party) {
      statement.organisation = party.organisation;
      statement.role = party.role;
    }
  }
  return statement;
}

/** Parties as news writes them before a post: "Labour leader", "Tory work and pensions secretary", "Plaid Cymru …". */
const PARTY_NAMES = [...PARTIES.keys(), "tory", "tories"].filter(
  (k) => k.length > 3 || ["snp", "dup", "uup"].includes(k),
);
const PARTY_OPENING = new RegExp(
  `^(${PARTY_NAMES.map((k) => k.replace("/", "\\/")).join("|")})(?:\\s+party)?\\s+(?=\\p{L})`,
  "iu",
);
const PARTY_CLOSING = new RegExp(
  `(?:^|[^\\p{L}])(${PARTY_NAMES.map((k) => k.replace("/", "\\/")).join("|")})(?:\\s+party)?\\s+$`,
  "iu",
);

/**
 * The party whose name opens a post written from `from` on ("Labour leader"), and the post without it: the party's name
 * capitalised ("labour market adviser" is no Labour post), a role word after it.
 */
export function partyOfPost(
  text: string,
  role: string,
  from: number,
): { organisation: OrganisationRef; role: string } | undefined {
  const m = PARTY_OPENING.exec(role);
  if (!m) return undefined;
  const rest = role.slice(m[0].length);
  if (!/^\p{Lu}/u.test(m[1]!) || !rest.split(/\s+/u).some(isRoleWord)) return undefined;
  const at = text.indexOf(role, from);
  if (at === -1) return undefined;
  return { organisation: partyRef(m[1]!, at), role: rest };
}

/** Lower-case words that say what a post is for, between an organisation and the post: "work and pensions", "general". */
const FIELD_BEFORE = /(?:(?:\p{Ll}[\p{Ll}-]*|&)\s+){0,4}$/u;
/** Words a post's field never has: verbs, articles, dating words. */
const NOT_FIELD = new RegExp(
  `^(?:${SPEECH_VERBS}|is|was|has|had|will|would|new|former|ex|then|now|who|including|being|having|featuring|following|\\p{Ll}+ed|i|we|you|he|she|they|it|us|him|her|them|that|this)$`,
  "u",
);
/** Posts of a place, not of a one-word organisation before them: "Blacon councillor", "Leeds leader". */
const PLACE_POST = /^(?:councillor|mayor|leader|member|mp|msp|mla|ms|am|minister|resident|official)s?$/iu;

/**
 * The organisation (or party) named before a post in lower case, with the post's field between them: "Tory work and
 * pensions secretary", "Unison general secretary", "Fenby Homes chief executive", "Plaid Cymru Work and Pensions
 * spokesman" (the party, then the field capitalised). Returns it and where the post, field included, starts.
 */
export function organisationBeforePost(
  text: string,
  floor: number,
  roleStart: number,
  known: KnownEntities,
): { organisation: OrganisationRef; postStart: number } | undefined {
  const from = Math.max(floor, roleStart - 60);
  const field = FIELD_BEFORE.exec(text.slice(from, roleStart))!;
  const words = [...field[0].matchAll(/\S+/gu)].map((m) => ({ word: m[0], at: from + field.index + m.index }));
  const role = /^\S+/u.exec(text.slice(roleStart))?.[0] ?? "";
  for (let n = words.length; n >= 0; n--) {
    const own = words.slice(words.length - n);
    if (own.some((w) => NOT_FIELD.test(w.word) || (SENTENCE_WORDS.has(w.word) && w.word !== "and"))) continue;
    if (/^(?:and|&)$/u.test(own[0]?.word ?? "")) continue;
    const end = own[0]?.at ?? roleStart;
    // Not a post held no longer: "former Labour leader".
    const party = partyBefore(text, floor, end);
    if (party) {
      if (/\b(?:former|ex-?)\s*$/iu.test(text.slice(Math.max(floor, party.start - 8), party.start))) return undefined;
      return { organisation: party, postStart: end };
    }
    let name = nameBefore(text, floor, end, known) ?? oneWordBefore(text, floor, end, role);
    if (!name) continue;
    // "New FHTU Director X": "New" says the post is newly held; the body is the acronym alone.
    const dated = /^New\s+(\p{Lu}{2,6})$/u.exec(name.label);
    if (dated && !known.byName("organisation", name.label)) {
      const label = dated[1]!;
      name = { start: name.end - label.length, end: name.end, key: nameKey(label), label };
    }
    if (/\b(?:former|ex-?)\s*$/iu.test(text.slice(Math.max(floor, name.start - 8), name.start))) return undefined;
    // "Former Marlow Institute director X": "Former" opening a sentence, read with the name; "Former harbours
    // secretary X": "Former" alone, no body. "… Dinner Former Council Aide and Harbour Trust founder X" (a headline run
    // into the text): a post held once, "and", then the body of the post held now, the name after the "and".
    const formerAt = /(?:^|\s)(?:Former\s|Ex-)/u.exec(name.label);
    if (formerAt) {
      const and = name.label.lastIndexOf(" and ");
      if (and < formerAt.index) return undefined;
      const label = name.label.slice(and + 5);
      if (!/^\p{Lu}/u.test(label)) return undefined;
      name = { start: name.end - label.length, end: name.end, key: nameKey(label), label };
    }
    // "Fenby on Sea campaigner X", "Marlow upon Tyne councillor Y": the end of a place's name, no body.
    if (/\p{Lu}[\p{L}’'-]*\s+(?:on|upon)\s+$/u.test(text.slice(Math.max(floor, name.start - 40), name.start))) {
      return undefined;
    }
    // "Plaid Cymru Work and Pensions spokesman": the party, then the post's field capitalised.
    const opening = n === 0 ? partyOfPost(text, `${name.label} ${role}`, name.start) : undefined;
    if (opening) {
      const gap = /^\s+/u.exec(text.slice(opening.organisation.end, end))?.[0].length ?? 0;
      return { organisation: opening.organisation, postStart: opening.organisation.end + gap };
    }
    if (name.end < end - 1) {
      const gap = /^\s+/u.exec(text.slice(name.end, end))?.[0].length ?? 0;
      return { organisation: name, postStart: name.end + gap };
    }
    return { organisation: name, postStart: end };
  }
  return undefined;
}

/** "Unison general secretary": one capitalised word before a post of an organisation, not a place's or a sentence's. */
/**
 * One word before an office that says whose state or which ministry it is, not a body: a country's name or letters ("US
 * President X", "UK Foreign Secretary X"), a people's adjective in "-i" ("Israeli Prime Minister X"), a ministry's field
 * ("Home secretary X", "Foreign Secretary X").
 */
export const STATE_BEFORE_OFFICE =
  /^(?:uk|us|usa|u\.s\.|britain|america|england|scotland|wales|ireland|israeli|iraqi|pakistani|saudi|afghan|kuwaiti|qatari|emirati|yemeni|omani|somali|nepali|bangladeshi|home|foreign)$/u;

function oneWordBefore(text: string, floor: number, end: number, role: string): OrganisationRef | undefined {
  const m = /(?:^|[^\p{L}\p{N}’'-])(\p{Lu}[\p{L}\p{N}&-]+)\s+$/u.exec(text.slice(Math.max(floor, end - 40), end));
  if (!m || PLACE_POST.test(role)) return undefined;
  const word = m[1]!;
  const lower = word.toLowerCase();
  // Not a word that says more of the post ("Shadow"), nor a people's adjective ("Welsh", "Scottish", "Italian").
  if (
    SENTENCE_WORDS.has(lower) ||
    NOT_NAME_WORDS.has(lower) ||
    DEPARTMENT_WORDS.has(lower) ||
    ROLE_MODIFIERS.test(lower) ||
    lower === "shadow" ||
    STATE_BEFORE_OFFICE.test(lower)
  )
    return undefined;
  if (/(?:ish|sh|ian|ean|ese|ch|ic)$/u.test(lower)) return undefined;
  if (
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/u.test(
      lower,
    )
  )
    return undefined;
  const at = Math.max(floor, end - 40) + m.index + m[0].indexOf(word);
  return { start: at, end: at + word.length, key: nameKey(word), label: word };
}

/** The party named right before `end` ("Tory " before "work and pensions secretary"). */
export function partyBefore(text: string, floor: number, end: number): OrganisationRef | undefined {
  const m = PARTY_CLOSING.exec(text.slice(Math.max(floor, end - 40), end));
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return undefined;
  const at = Math.max(floor, end - 40) + m.index + m[0].indexOf(m[1]!);
  return partyRef(m[1]!, at);
}

/**
 * A party named before a name, as what the person is in it: "Liberal Democrat Pippa Grey", "Labour’s housing secretary
 * Tom Reed", "Tory MP and former housing secretary Ann Frith". Groups: the party, what comes between (a post: the
 * words before a role word, the first of an "and" list the post they hold). Not after "former" ("former Tory X").
 */
const PARTY_BEFORE_NAME = new RegExp(
  `(?:^|[^\\p{L}])(${PARTY_NAMES.map((k) => k.replace("/", "\\/")).join("|")})(?:['’]s)?((?:\\s+(?:[\\p{Ll}-]+|MP|MSP|MS|AM|MLA)){0,8})\\s+$`,
  "iu",
);

/** The party a person belongs to, named right before their name (from `from` to `nameStart`), and their post in it. */
export function partyBeforeName(
  text: string,
  from: number,
  nameStart: number,
): { organisation: OrganisationRef; role: string; start: number } | undefined {
  const before = text.slice(Math.max(from, nameStart - 120), nameStart);
  const m = PARTY_BEFORE_NAME.exec(before);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return undefined;
  const at = nameStart - before.length + m.index + m[0].indexOf(m[1]!);
  if (/\b(?:former|ex-?|then)\s*$/iu.test(text.slice(Math.max(from, at - 10), at))) return undefined;
  const gap = m[2]!.trim();
  const words = gap ? gap.split(/\s+/u) : [];
  // What lies between is a post ("environment secretary", "MP and former minister"), or nothing.
  const post = (w: string) => isRoleWord(w) || /^(?:MP|MSP|MS|AM|MLA|peer|councillor|candidate)$/iu.test(w);
  if (words.length && !post(words.at(-1)!)) return undefined;
  if (words.some((w) => NOT_FIELD.test(w) && !/^(?:former|ex)$/iu.test(w))) return undefined;
  const first = gap.split(/\s+and\s+/u)[0]!;
  const role = /^(?:former|ex)\b/iu.test(first) ? "" : first;
  return { organisation: partyRef(m[1]!, at), role, start: at };
}

/**
 * A party's members in the plural named before a list of names: "the Conservative backbenchers opposing it are A (Seat),
 * B and C", "Labour councillors A, B and C". Groups: the party. The plural says what the members are to the party, no
 * post of one of them.
 */
const PARTY_MEMBERS_BEFORE_LIST = new RegExp(
  `(?:^|[^\\p{L}])(${PARTY_NAMES.map((k) => k.replace("/", "\\/")).join("|")})\\s+(?:MPs|MSPs|MSs|MLAs|TDs|backbenchers|councillors|peers|members)(?:\\s+[^.;:()“”"]{1,80}?\\s+(?:are|were|include|included))?:?\\s+$`,
  "iu",
);
/** Between two names of a list, after the first one's bracket if it has one: ", ", " and ", ", and ". */
const LIST_GAP_AFTER_BRACKET = /^(?:\s*\([^()]{1,60}\))?(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * The party of each name of a list that a party's members in the plural open ("the Conservative backbenchers … are A
 * (Seat), B (Seat) and C"): `names` in the order of the text (their starts and ends), `from` where the sentence starts.
 * Returns the party for each name it covers, by index into `names`.
 */
export function partyOfListedMembers(
  text: string,
  from: number,
  names: { start: number; end: number }[],
): Map<number, OrganisationRef> {
  const out = new Map<number, OrganisationRef>();
  for (let i = 0; i < names.length; i++) {
    const before = text.slice(Math.max(from, names[i]!.start - 160), names[i]!.start);
    const m = PARTY_MEMBERS_BEFORE_LIST.exec(before);
    if (!m || !/^\p{Lu}/u.test(m[1]!)) continue;
    const at = names[i]!.start - before.length + m.index + m[0].indexOf(m[1]!);
    if (/\b(?:former|ex-?)\s*$/iu.test(text.slice(Math.max(from, at - 10), at))) continue;
    const party = partyRef(m[1]!, at);
    out.set(i, party);
    for (let k = i + 1; k < names.length; k++) {
      if (!LIST_GAP_AFTER_BRACKET.test(text.slice(names[k - 1]!.end, names[k]!.start))) break;
      out.set(k, party);
      i = k;
    }
  }
  return out;
}

function partyRef(written: string, at: number): OrganisationRef {
  const lower = written.toLowerCase();
  const label = lower === "tory" || lower === "tories" ? "Conservative Party" : (PARTIES.get(lower) ?? written);
  return { start: at, end: at + written.length, key: nameKey(label), label };
}

/**
 * ", chaired by", ", which is chaired by", ", co-chaired respectively by": a body's chair named after it, set off by a
 * comma ("the Institute chaired by A and B" may say who chaired something else of the sentence).
 */
const CHAIRED_BY = /,\s+(?:(?:which|that)\s+(?:is|was)\s+)?(co-?)?chaired\s+(respectively\s+)?by\s+/gu;
/** "the new commission", "the independent review": a kind of body in lower case, referring back to its name. */
const BODY_REFERRED_BACK =
  /(?:^|\s)the\s+(?:(?:new|same|independent|joint|select|special)\s+)?(commission|committee|review|inquiry|taskforce|board|council)$/u;
/** Between two bodies of a list: ", ", " and ", ", and ". */
const BODY_LIST_GAP = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;

/** Bodies named right before ", chaired by" (all of a list before "chaired respectively by"), and who is read after. */
export interface ChairedBodies {
  bodies: OrganisationRef[];
  /** Where the names of the chairs start (after "by"). */
  from: number;
  respectively: boolean;
  role: string;
  /** "the new commission, chaired by": no name, the kind of body, whose name the text gave before. */
  head?: string;
}

/**
 * "The Fenby Committee, chaired by X", "the A Committee, the B Committee and the C Committee, chaired respectively by
 * X, Y and Z": the bodies a sentence says are chaired by the people named after it, the list's names read whole ("the
 * Transport, Roads and Rail Committee"). A body is a name of an organisation's shape, not "the debate".
 */
export function chairedBodies(text: string, sentence: Span, known: KnownEntities): ChairedBodies[] {
  const found: ChairedBodies[] = [];
  const stretch = text.slice(sentence.start, sentence.end);
  for (const m of stretch.matchAll(CHAIRED_BY)) {
    const at = sentence.start + m.index;
    const bodies: OrganisationRef[] = [];
    let end = at;
    while (bodies.length < 8) {
      const body = bodyEndingAt(text, sentence.start, end, known);
      if (!body) break;
      bodies.unshift(body);
      const gap = BODY_LIST_GAP.exec(text.slice(Math.max(sentence.start, body.start - 12), body.start));
      if (!m[2] || !gap) break;
      end = body.start - gap[0].length;
    }
    // "the new commission, chaired by X": a body the text named before, referred back to by its kind.
    const back = bodies.length === 0 && !m[2] ? BODY_REFERRED_BACK.exec(text.slice(sentence.start, at)) : null;
    if (bodies.length === 0 && !back) continue;
    const role = m[1] ? "co-chair" : "chair";
    found.push({ bodies, from: at + m[0].length, respectively: !!m[2], role, ...(back ? { head: back[1] } : {}) });
  }
  return found;
}

/** The organisation whose name ends at `end` ("the Science, Innovation and Technology Committee"), from its "the". */
function bodyEndingAt(text: string, floor: number, end: number, known: KnownEntities): OrganisationRef | undefined {
  const before = text.slice(floor, end);
  const starts = [...before.matchAll(/(?:^|[\s(])(?:the\s+)?(?=\p{Lu})/gu)].map((x) => floor + x.index + x[0].length);
  // The longest name that ends there: from the earliest capital whose reading ends at `end`.
  for (const start of starts.filter((s) => end - s <= 90)) {
    const body = organisationAt(text, start, end, known, true);
    if (body && body.end === end && looksLikeOrganisation(body.label, known)) return body;
  }
  return undefined;
}
