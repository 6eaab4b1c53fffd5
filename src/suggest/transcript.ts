// Transcripts, recognised from the text: a UK select-committee hearing (a title block with the committee, the inquiry
// and the date; "Members present: …"; a witness list "I: Name, Role, Organisation; …"; "Examination of witnesses";
// numbered questions "Q12 The Chair: …" and answers "Dr Grey: …"), a plain "Speaker: words" panel transcript, and
// Hansard-style debate turns ("Jane Smith (Leeds Central) (Lab): …", "Lord Brown of Ashford (Con): …"). Each turn is
// its speaker's own words. Every pattern here is tried once per paragraph, at its start, so reading stays linear.
import { isGivenName } from "./names.js";
import { wordCount, type Paragraph, type Span } from "./text.js";
import { caseWords, readCapitals } from "./transcript-capitals.js";
import { readSections } from "./transcript-sections.js";
import { ORGANISATION_WORDS } from "./words.js";

export type TranscriptForm = "committee" | "panel" | "debate";

export interface Turn {
  /** The label before the colon, question number included ("Q12 The Chair"). */
  label: Span;
  /** Where the label names the speaker: "The Chair", "Dr Grey", the name in "The Minister for Care (Tom Brown)". */
  speaker: Span;
  /** The label is the chair's office ("The Chair", "Chair", "Moderator"): the person is named elsewhere. */
  chair: boolean;
  /** The label names no one who can be identified ("Audience member", "Mr Speaker"): the words stay unattributed. */
  anonymous: boolean;
  /** A numbered question ("Q12 …"): asked by a member of the committee. */
  numbered: boolean;
  /** A member's header (a party, a constituency, a photo): in a hearing, a member of the committee who asks. */
  member?: boolean;
  /** The words spoken: from after the colon to the end of the turn's last paragraph. */
  words: Span;
  /** The office a minister's label line gives before its holder: "The Minister for Care" of "The Minister for Care (Ann Bell)". */
  post?: Span;
  /** A motion tabled in the speaker's name ("Motion NDM1234 Ann Bell" over its clauses): proposed, not said. */
  tabled?: boolean;
}

export interface Transcript {
  form: TranscriptForm;
  /** The text with its names in capitals written as names are ("Mr. REYES." as "Mr. Reyes."), when it has any. */
  readable?: string;
  turns: Turn[];
  /** The hearing's own name, from its title block: committee, inquiry and date as far as given. */
  title?: string;
  /** The passages of the title block that give the name, for evidence. */
  titleEvidence?: Span;
  /** Where the title block gives the hearing's date ("Tuesday 9 June 2026"), the date in its title. */
  dateEvidence?: Span;
  /** The committee the title block names ("Rural Services Committee"): the body that holds the hearing. */
  committee?: Span;
  /**
   * What the hearing is on, as its title block names it ("Oral evidence: Rural bus services", "Rural bus services:
   * evidence session"): what a member's question is about when it names no theme and draws no answer on one.
   */
  subject?: Span;
  /** The entries of "Members present: …" (or "Panel: …" lists of a panel's questioners). */
  members: Span[];
  /** The entry or line that names the chair: "Jane Smith (Chair)", "Chair: Jane Smith". */
  chair?: Span;
  /**
   * The label of the first turn when it opens a hearing by welcoming its witnesses and no list or chair word names a
   * chair: a member who asks, not the chair ("the text never calls them the chair").
   */
  opener?: Span;
  /** The entries of the witness list ("I: Dr Alan Grey, Chief Executive, …; …", "Witnesses: …", "Panellists: …"). */
  witnesses: Span[];
  /** Names a page's labels give above its "Transcript" heading (a show's notes: "- Ann Bell: Why Grids Matter"): people, no turns. */
  noted?: Span[];
  /** The text's paragraphs where a transcript run together into one is read as the paragraphs it had. */
  paragraphs?: Paragraph[];
}

const JOINERS = new Set([
  "of",
  "for",
  "and",
  "the",
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "del",
  "le",
  "la",
  "du",
  "bin",
  "al",
]);
const CHAIR_OFFICE =
  /^(?:the\s+)?(?:(?:madam|mr|madame)\s+)?(?:co-?)?(?:chair|chairman|chairwoman|chairperson|convener|convenor|moderator|host|presenter|facilitator)$|^y\s+cadeirydd$/iu;
/**
 * The presiding officer of a chamber: the Commons' and Stormont's Speaker and deputies ("Madam Deputy Speaker", "The
 * Principal Deputy Speaker"), the Lords' ("The Lord Speaker", "The Deputy Chairman of Committees"), Holyrood's
 * Presiding Officer and the Senedd's, in Welsh ("Y Llywydd", "Y Dirprwy Lywydd").
 */
const PRESIDING =
  /^(?:the\s+|y\s+)?(?:(?:mr\.?|madam)\s+)?(?:(?:principal|first|second|temporary|assistant|acting)\s+)?(?:deputy\s+|dirprwy\s+)?(?:(?:lord\s+)?speaker|presiding\s+officer|llywydd|lywydd|chairman\s+of\s+(?:committees|ways\s+and\s+means))$|^the\s+deputy\s+chairman\b/iu;
/** Whether words name a chamber's presiding officer ("Lord Speaker", "Y Dirprwy Lywydd"), not a person. */
export const isPresidingOffice = (words: string): boolean => PRESIDING.test(words.trim());

/** A person's name as a label's brackets give it: "Tom Brown", "Ms Bell", "Lord Hale of Marlow", "Dame Ann Bell". */
const PERSON_IN_BRACKETS = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|van|von|le|la|du|da)\s+)?\p{Lu}[\p{L}'’-]*){1,5}$/u;
/**
 * Whether a label's brackets give a person: a name's shape, and no organisation's word ("(Police Service of Fenland)"
 * after "Chief Inspector Ann Bell" is where she works, not who speaks).
 */
const personInBrackets = (words: string): boolean =>
  PERSON_IN_BRACKETS.test(words) && !words.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
/**
 * A rank or office written before a name in a label, as police officers, judges and the armed forces are labelled:
 * "Assistant Chief Constable Tom Brown", "Detective Superintendent Bell", "Chief Inspector Ann Hale". The name is who
 * speaks; the rank is their post.
 */
const RANK_BEFORE_NAME =
  /^(?:(?:Assistant|Deputy|Chief|Acting|Temporary|Detective|Police|Vice|Rear|Air|Lieutenant|Major|Sub)\s+)*(?:Constable|Inspector|Sergeant|Superintendent|Commander|Commissioner|Colonel|Lieutenant|Brigadier|Captain|Admiral|Marshal|Judge)\s+(?=\p{Lu})/u;
/**
 * An office a label names before its holder in brackets: a post's word, or an office written with the article, in
 * English or Welsh ("The Minister for Care", "Y Prif Weinidog"), but not "The Rt Hon", which opens a name.
 */
const OFFICE =
  /\b(?:minister|secretary|chancellor|leader|chair|chairman|chairwoman|chairperson|convener|convenor|presiding\s+officer|moderator|host|spokesperson|solicitor|attorney|advocate|paymaster|chief|mayor|commissioner)\b|^(?:the|y)\s+(?!(?:rt\.?|right)\s|hon\b)/iu;
const ANONYMOUS =
  /^(?:(?:an?|the)\s+)?(?:audience\s+member|member\s+of\s+the\s+(?:audience|public)|participant|questioner|interviewer|unidentified\s+speaker|speaker|voice|several\s+hon\.?\s+members|hon\.?\s+members?|(?:acting|deputy)\s+chair(?:man|woman|person)?|interruption|question\s+from\s+the\s+floor)(?:\s+\d+)?$/iu;
/** Labels of a title block's lists, not of turns. */
const LIST_LABEL =
  /^(?:(?:committee\s+)?members(?:\s+present)?|present|witness(?:es)?|panel(?:lists|ists)?|speakers|participants|in\s+attendance|apologies|the\s+following\s+also\s+participated)$/iu;
/** Labels of a page's title lines, not of turns: "Official Report: Minutes of Evidence", "Agenda item 4: …". */
const TITLE_LABEL = new RegExp(
  String.raw`^(?:official\s+report|minutes\s+of\s+evidence|oral\s+evidence|written\s+evidence|uncorrected(?:\s+(?:evidence|transcript))?|(?:verbatim\s+)?transcript(?:\s+of\s+.+)?|hansard|agenda\s+item(?:\s+\d+)?|item\s+\d+|appendix\s+\d+|evidence\s+session|inquiry|session|topic|subject|debate|meeting|date|venue|location|` +
    // "Part I: <title>", "Session 2: …", "Chapter 3: …": a programme's or a document's parts, numbered.
    `(?:part|section|session|chapter|panel|round|day|module|unit|theme|question)\\s+(?:\\d+|[IVX]+|one|two|three|four|five|six))$`,
  "iu",
);
/**
 * Labels of a web page's furniture, not of turns: "Photo: …", "Image credit: …", "Source: …", "Editor's note: …",
 * "Update: …", "Tags: …", "Email: …".
 */
const FURNITURE_LABEL =
  /^(?:(?:main|top|header|cover|featured)\s+)?(?:photo(?:graph)?s?|pictures?|pictured|images?|videos?|audio|graphics?|charts?|maps?|illustrations?|captions?|credits?|copyright|sources?|notes?|editor['’]?s\s+notes?|updates?|updated|corrections?|clarifications?|tags?|topics|categor(?:y|ies)|filed\s+under|posted\s+in|published|read\s+more|related|see\s+also|watch|listen|contact|e-?mail|tel|telephone|phone|web(?:site)?|twitter|follow|share|disclaimer|disclosure|footnotes?)(?:\s+(?:credits?|sources?|captions?|by))?$/iu;
/** A form's field names its value, a preposition last: "Question By", "Asked Of", "Answered By", "Submitted To". */
const FIELD_LABEL = /\s(?:by|of|for|to|on|at|from|with)$/iu;
/** Labels of a line naming who took part: "Chair:", "Moderator:", "Panelist-1:", "Speaker 2:", "Discussant:". */
const PARTICIPANT_LABEL =
  /^(?:chair|co-chair|chairman|chairwoman|chairperson|moderator|host|panel(?:l)?ist|speaker|discussant|respondent|presenter|keynote)(?:[\s-]*\d+)?$/iu;
const CHAIR_LINE =
  /^(?:chair(?:ed\s+by)?|chairman|chairwoman|chairperson|convener|moderator|host(?:ed\s+by)?|in\s+the\s+chair)$/iu;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/u;
/** "(Fenwick, Lib.)", "(Cape Morrow, CPC)": a Canadian member's riding and party, as committee evidence prints them. */
const RIDING_PARTY = /^\([^()]{1,60},\s*(?:Lib\.|CPC|NDP|BQ|GP|Ind\.|Cons\.)\)$/u;
const PARTY =
  /^\((?:Con|Lab|LD|Lib\s?Dem|SNP|CB|Ind|Green|DUP|PC|SDLP|UUP|Alba|Reform|Bishop|Non-Afl|Lab\/Co-op|Lab Co-op)\)$/u;
/** Headings inside a transcript that end the turn before them, a bill's stage among them ("Second Reading" over "2.14 pm"). */
const SECTION =
  /^(?:examination\s+of\s+witness(?:es)?|witness(?:es)?|questions?\s+\d+(?:\s*[-–]\s*\d+)?|members\s+present|(?:first|second|third)\s+reading|(?:report|committee|remaining)\s+stages?|consideration\s+of\s+(?:lords\s+|commons\s+)?amendments)\b/iu;

/**
 * A speaker's label before a colon at a paragraph's start, a question's number perhaps before it; the old Hansard puts
 * a space before the colon ("Mr. Pennick : …").
 */
const LABEL = /^(?:Q\s?(\d+)[.:]?\s+)?([^\s:]+(?:\s+[^\s:]+){0,11})\s?:\s+(?=\S)/u;
/** How far into a paragraph a label can reach. */
const LABEL_REACH = 160;

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE = new RegExp(
  `\\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  "u",
);
/** A debate's title as TheyWorkForYou prints it: "<Title> – in the House of Commons at <time> on <date>". */
const DEBATE_TITLE =
  /^(\S.{0,150}?)\s+[–—-]\s+in\s+(?:the\s+|a\s+)?(?:House\s+of\s+(?:Commons|Lords)|Westminster\s+Hall|Grand\s+Committee|Public\s+Bill\s+Committee|General\s+Committee|Scottish\s+Parliament|Senedd|Northern\s+Ireland\s+Assembly)\b/u;
const INQUIRY = /^(?:oral\s+evidence|evidence\s+session|inquiry|hearing|session|topic|subject|debate)\s*[:–—-]\s*/iu;
/** "Rural bus services: evidence session", "Coastal erosion – oral evidence": a hearing's subject, then its kind. */
const SUBJECT_FIRST = /^(\p{Lu}[^:–—]{2,80}?)\s*[:–—]\s*(?:[Oo]ral\s+)?[Ee]vidence(?:\s+[Ss]ession)?\.?$/u;

interface Label {
  label: Span;
  speaker: Span;
  chair: boolean;
  anonymous: boolean;
  numbered: boolean;
  /** "(Con)", "(Lab)": a party, as Hansard writes it. */
  party: boolean;
  /** "The Convener (Clare Hale)": the chair's office with the name in brackets, so the speaker chairs. */
  chairNamed?: boolean;
  /** The presiding officer's office ("Mr Speaker", "The Lord Speaker (Lord X)"): a debate's. */
  presiding?: boolean;
  /** "(Mr Ewart) …": the speaker in brackets opening the paragraph. */
  bracket?: boolean;
  /** A member of the committee by what the title block says of them ("Present: Senators A, B"): they ask. */
  member?: boolean;
  words: number;
}

/**
 * "(Mr Ewart) Yes. I am …", "(Chairman) Thank you.": the speaker in brackets opening the paragraph, as older Commons
 * minutes of evidence print an answer; a title or the chair's office inside, so that no "(Reuters)" is a speaker.
 */
const BRACKET_LABEL =
  /^\(((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor|Rev)\.?\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+)|(?:the\s+)?chair(?:man|woman|person)?)\)\s+(?=\S)/iu;
/** "43. Good afternoon.": a question numbered and no one named, as older minutes of evidence print the committee's. */
const NUMBERED_QUESTION = /^\d{1,4}\.\s+(?=\p{Lu})/u;

/** The speaker label at the start of a paragraph, if it has one that reads as a speaker's. */
/** "<Topic>: Discussion.", "<Bill>: Second Stage.": an agenda item's title over the record of it. */
const AGENDA_ITEM =
  /^[^:\n]{3,120}:\s*(?:Discussion|Motion|Statements?|Second\s+Stage|Committee\s+Stage|Report\s+Stage|Resumed)\.?$/u;

function labelOf(text: string, p: Paragraph): Label | undefined {
  const head = text.slice(p.start, Math.min(p.end, p.start + LABEL_REACH));
  const bracket = BRACKET_LABEL.exec(head);
  if (bracket) {
    const name = bracket[1]!;
    const at = p.start + 1;
    const chair = CHAIR_OFFICE.test(name);
    return {
      label: { start: p.start, end: at + name.length + 1 },
      speaker: { start: at, end: at + name.length },
      chair,
      anonymous: false,
      numbered: false,
      party: false,
      bracket: true,
      words: name.split(/\s+/u).length,
    };
  }
  // "Peter Carbery:" on a line of its own, the words in the paragraphs under it (as TheyWorkForYou pages print a
  // bill committee's witnesses): a label only when it is written as a name is.
  // "Ann Frith (Fenby na Mara Trust):", as Holyrood's and Stormont's reports print a witness's label: the name, then
  // the organisation in brackets, which may hold lower-case words.
  const alone = /^((?:Q\s?\d+[.:]?\s+)?(([^\s:()]+(?:\s+[^\s:()]+){0,5})(?:\s+\([^():]{1,60}\)){0,2})):$/u.exec(
    head.trimEnd(),
  );
  if (alone && !NAME_WORDS.test(alone[3]!)) return undefined;
  // "Island Ferry Services: Discussion.": an agenda item's title as the Oireachtas record prints it, not a turn.
  if (AGENDA_ITEM.test(text.slice(p.start, p.end))) return undefined;
  const m = alone ? ([`${alone[1]}: `, alone[1]!.match(/^Q\s?(\d+)/u)?.[1], alone[2]!] as const) : LABEL.exec(head);
  if (!m) return undefined;
  // "The Chair (Mr. Ann Bell (Fenwick, Lib.))", as Canada's Commons prints its chair: the brackets nested are read one
  // after the other, "(Mr. Ann Bell) (Fenwick, Lib.)", which is as long, so that every offset stays.
  const labelText = m[2]!.replace(/\(([^()]*?)\s\(([^()]*)\)\)/u, (_, a: string, b: string) => `(${a}) (${b})`);
  const labelStart = p.start + m[0].indexOf(m[2]!, m[1] ? m[1].length + 1 : 0);
  const label = { start: p.start, end: labelStart + labelText.length };
  if (LIST_LABEL.test(labelText) || ROMAN.test(labelText) || TITLE_LABEL.test(labelText)) return undefined;
  if (FURNITURE_LABEL.test(labelText)) return undefined;
  // The parts in parentheses: "(Leeds Central)", "(Lab)", "(Tom Brown)".
  const parts = [...labelText.matchAll(/\(([^()]*)\)/gu)];
  // "Cadeirydd / Chair", "Y Llywydd / The Presiding Officer": the Senedd's bilingual label, read in English.
  const welsh = /^[^/()]{1,60}\/\s*(?=\p{Lu})/u.exec(labelText)?.[0].length ?? 0;
  const outside = labelText
    .slice(welsh)
    .replace(/\s*\([^()]*\)/gu, "")
    .trim();
  if (outside === "" || /[()]/u.test(outside)) return undefined;
  const words = outside.split(/\s+/u);
  if (!/^\p{Lu}/u.test(words[0]!)) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || JOINERS.has(w.toLowerCase()) || /^(?:hon\.?|rt)$/iu.test(w))) {
    return undefined;
  }
  if (/[.!?,;]$/u.test(outside) && !/\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.$/u.test(outside)) return undefined;
  const party = parts.some((x) => PARTY.test(x[0]) || RIDING_PARTY.test(x[0]));
  const numbered = m[1] !== undefined;
  const chair = CHAIR_OFFICE.test(outside);
  const presiding = PRESIDING.test(outside);
  let speaker = { start: labelStart + welsh, end: labelStart + welsh + outside.length };
  // An office outside the brackets, its holder inside: "The Minister for Care (Tom Brown)", "The Lord Speaker (Lord
  // Hale of Marlow)", "Madam Deputy Speaker (Dame Ann Bell)", "Y Prif Weinidog (Name)", "The Chairperson (Ms Bell)".
  const named = parts.find((x) => personInBrackets(x[1]!) && !PARTY.test(x[0]));
  const office = named !== undefined && (chair || presiding || OFFICE.test(outside));
  if (office) {
    const at = labelStart + labelText.indexOf(named[1]!, labelText.indexOf("("));
    speaker = { start: at, end: at + named[1]!.length };
  } else if (!/^(?:\S+\s+){0,5}\S+$/u.test(outside)) {
    return undefined; // a name is at most six words; longer is a clause
  } else {
    const rank = RANK_BEFORE_NAME.exec(text.slice(speaker.start, speaker.end));
    if (rank) speaker = { start: speaker.start + rank[0].length, end: speaker.end };
  }
  // The presiding officer no label names ("Mr Speaker", "Y Llywydd") and those who are no one ("Audience member").
  // "Question By:", "Asked Of:", "Answered By:": a form's field, a preposition last as no name ends, is no one either.
  const anonymous = !chair && !office && (presiding || ANONYMOUS.test(outside) || FIELD_LABEL.test(outside));
  const found: Label = { label, speaker, chair: chair && !office, anonymous, numbered, party, words: words.length };
  if (presiding) found.presiding = true;
  // The one who chairs or presides, named: "The Chairperson (Dr Hale)", "The Deputy Speaker (Lord Hale)", and "Ann Bell
  // AM (Chairman)" as London Assembly transcripts label the chair ("(Chairman, TfL)" is a post at an organisation).
  if (((chair || presiding) && office) || (!chair && parts.some((x) => IN_THE_CHAIR.test(x[0])))) {
    found.chairNamed = true;
  }
  return found;
}

/** The words of a turn after its label, to the paragraph's end: none (an empty span) when the label stands alone. */
function wordsAfter(text: string, labelEnd: number, end: number): Span {
  const at = text.slice(labelEnd, end).search(/[^:\s]/u);
  return at === -1 ? { start: end, end } : { start: labelEnd + at, end };
}

/** The entries of a list line: split at ";" (or at "," when there is no ";"), each trimmed, without "and" or the end stop. */
function entries(text: string, from: number, to: number): Span[] {
  const body = text.slice(from, to);
  const run = runTogetherMembers(body);
  if (run) return run.map(([start, end]) => ({ start: from + start, end: from + end }));
  // "Scott Brodie () Ben Moray (Minister for X)": a Scottish Official Report's list, each name with its brackets and
  // no separator between them.
  const separator = body.includes(";")
    ? /;/gu
    : body.includes(",") || !/\)\s+\p{Lu}/u.test(body)
      ? /,/gu
      : /(?<=\))\s(?=\s*\p{Lu})/gu;
  const out: Span[] = [];
  let at = 0;
  for (const piece of body.split(separator)) {
    let start = from + at;
    let end = start + piece.length;
    at += piece.length + 1;
    while (start < end && /\s/u.test(text[start]!)) start++;
    if (/^and\s/u.test(text.slice(start, end))) start += 4;
    while (end > start && /[\s.]/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A title before a member's name in a list: "Mr", "Dame", "Rt Hon". */
const LIST_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Lady|Professor|Prof|Rt|Hon)\.?$/u;

/**
 * "Mr Ann Bell, in the Chair Mr Tom Reed Jo Marsh Mr Kit Lamb": an older Commons page's members list run together
 * with no separator after the chair's mark. Each entry (offsets in `body`) opens at a title, or at a given name after
 * a name of two words at least; undefined when the list is not of that form (a ";" or another comma in it).
 */
function runTogetherMembers(whole: string): [number, number][] | undefined {
  // The list ends at a rule ("________"), as the page prints one under it.
  const body = whole.slice(0, whole.search(/\s_{3,}|$/u));
  const mark = /,\s*in\s+the\s+chair\s+(?=\p{Lu})/iu.exec(body);
  if (!mark || body.includes(";") || body.slice(mark.index + 1).includes(",")) return undefined;
  const out: [number, number][] = [[0, mark.index + mark[0].trimEnd().length]];
  let names = 0;
  for (const w of body.slice(mark.index + mark[0].length).matchAll(/\S+/gu)) {
    const at = mark.index + mark[0].length + w.index;
    const word = w[0].replace(/[.;]$/u, "");
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word)) return undefined;
    const title = LIST_TITLE.test(word);
    const opens = out.length === 1 || (names >= 2 && (title || isGivenName(word)));
    if (opens) {
      out.push([at, at + word.length]);
      names = 0;
    } else out.at(-1)![1] = at + word.length;
    if (!title) names++;
  }
  return out.length > 2 ? out : undefined;
}

/**
 * A line of a members list written one a line: a name (middle initials with stops: "Ann T. C. Bell"), perhaps with letters after it, ", in the Chair", a post in
 * brackets ("(Chair)", "(Deputy Chairperson)") or the Senedd's post in Welsh ("Cadeirydd y Pwyllgor"), or as Hansard lists a bill committee, surname first, "attended"
 * dagger, seat and party: "† Larkin, Edmund (Fenby and Marlow) (Con)".
 */
const MEMBER_LINE =
  /^(?:†\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Lady|Professor|Prof|Rt\s+Hon)\.?\s+)*\p{Lu}[\p{L}'’-]*(?:,?\s+(?:of\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Prof)\.?\s+)?\p{Lu}(?:\.|[\p{L}'’-]*)){0,5}(?:\s*\([^()]{1,60}\)){0,2}(?:,\s*in\s+the\s+[Cc]hair|\s+(?:Cadeirydd|Is-gadeirydd|Aelod)(?:\s+y\s+Pwyllgor)?)?[.;,]?$/u;
/** A heading over a members list written one a line. */
const MEMBERS_HEAD =
  /^(?:(?:committee\s+)?members\s+(?:present(?:\s+for\s+all\s+or\s+part\s+of\s+the\s+proceedings)?|in\s+attendance)|present|the\s+committee\s+consisted\s+of\s+the\s+following\s+members)\s*:?\s*$/iu;
/**
 * "[Sir Ann Bell in the Chair]": the one who chairs this sitting, as Hansard prints it; "Deputy Ann Bell in the Chair."
 * as the Oireachtas prints it, without brackets. A page whose markup set the name apart may lose the space after it,
 * "[Ann Bellin the Chair]": the name then ends before "in" run on to its last small letter.
 */
const SITTING_CHAIR =
  /^(?:\[((?:\S+\s+){0,6}?\S+?)(?:\s+|(?<=\p{Ll})(?=in\s+the\s+chair\]$))in\s+the\s+chair\]|((?:\S+\s+){0,6}?\S+)\s+in\s+the\s+chair\.?)$/iu;

/** How a debate's speech opens: the mover's words, or the chair addressed (see `readTranscript`). */
const DEBATE_SPEECH =
  /^(?:(?:My\s+Lords|(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker),\s+)?I\s+beg\s+to\s+move\b|^(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker,\s|^(?:It\s+is\s+)?(?:a|an)\s+(?:\p{Ll}+\s+)?(?:pleasure|privilege|honour)\s+to\s+serve\s+under\s+your\s+(?:chairmanship|chairship|chairwomanship|chair)\b/iu;
/** How a hearing's title block opens its lists: it makes a transcript of an excerpt with a single turn. */
const HEARING_BLOCK =
  /^(?:members\s+present|examination\s+of\s+witness(?:es)?|witness(?:es)?\s*(?::|$)|I:\s|the\s+following\s+also\s+participated\s*:|the\s+committee\s+consisted\s+of|\[[^\]]{3,60}(?:\s+|(?<=\p{Ll}))in\s+the\s+chair\]$)/iu;

/**
 * A heading over the chair's opening turn: "Introductory Remarks by the Chair", "Opening statement of the Chairman",
 * "Chair's opening remarks", "Remarks from the Convener".
 */
const CHAIR_REMARKS =
  /^(?:(?:introductory|opening|welcoming)\s+)?(?:remarks|statement|address|words)\s+(?:by|from|of)\s+the\s+(?:chair(?:man|woman|person)?|convener|presiding\s+officer)$|^(?:the\s+)?(?:chair(?:man|woman|person)?|convener)['’]s\s+(?:(?:introductory|opening|welcoming)\s+)?(?:remarks|statement|address)$/iu;

/** Parties and benches as a debate's speaker line describes them. */
const PARTY_WORDS =
  /\b(?:Conservative|Labour|Liberal\s+Democrat|Lib\s+Dem|SNP|Scottish\s+National\s+Party|DUP|Democratic\s+Unionist|Plaid\s+Cymru|Green|Crossbench|Non-affiliated|Independent|Sinn\s+Féin|SDLP|Alliance|Reform\s+UK|Labour\/Co-operative|Bishops?)\b/u;
/** A speaker line that opens with the party and a comma, then the seat: "Labour, Saltmarsh North". */
const PARTY_LINE = new RegExp(`^(?:${PARTY_WORDS.source})(?:\\s*\\/\\s*[\\p{L}-]+)?,\\s`, "u");
/** A title that opens a person's name. */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Lord|Baroness|Lady|Cllr|Councillor)$/u;
/** A time of day as a debate's speaker line gives it ("2:00 pm", "10.30 am"). */
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?=[\s,]|$)/u;
/** A name as a speaker line writes it: two to six capitalised words (titles, "of Place", "Jnr" included). */
const NAME_WORDS =
  /^(?:(?:The\s+)?(?:Rt\.?\s+Hon\.?\s+)?)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|van|von|der|da|du|le|la|bin|al)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,5}$/u;

/** "Meeting date: 4 May 2028", "Meeting date: Wednesday, May 4, 2028": the date line of an official report's page. */
const MEETING_DATE = new RegExp(
  `^Meeting\\s+date:\\s*(?:\\p{L}+,?\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}),?\\s+\\d{4}$`,
  "u",
);
/**
 * A line of a list of people: a name and its brackets, no sentence ("Ann Bell (Fenby North)", "Dr Tom Reed (Chair)
 * (Lab)"), as a committee's membership list gives each member.
 */
const NAME_IN_BRACKETS_LINE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\([^()]{1,60}\))+$/u;
/**
 * A chamber's record of its own proceedings, printed between the speeches: "Question put and agreed to.", "Question
 * accordingly agreed to.", "Bill accordingly read a Second time.", "Resolved, That …", "The House divided: Ayes 280,
 * Noes 190.", "Debate adjourned." The clerk's words, not the last speaker's.
 */
const PROCEEDINGS_LINE =
  /^(?:Question(?:\s+accordingly)?\s+(?:put|agreed\s+to|negatived)\b|(?:Main\s+)?Question\s+put\s+forthwith\b|Motion\s+made,?\s+and\s+Question\s+proposed\b|Amendment\s+(?:proposed|made|negatived|agreed\s+to)\b|(?:Bill|Clause|Schedule|Motion|Amendment|Resolution)s?\s+(?:accordingly\s+)?(?:read\s+an?\s+(?:First|Second|Third)\s+time|agreed\s+to|negatived|withdrawn|committed|ordered)\b|(?:Resolved|Ordered),\s+That\b|The\s+(?:House|Committee|Senate|Chamber)\s+(?:divided|proceeded\s+to\s+a\s+Division)\b|Division\s+No\.?\s*\d+|Debate\s+adjourned\b|Sitting\s+(?:suspended|adjourned)\b|Adjourned\s+(?:at|accordingly)\b)/u;
/**
 * An official report's note of a meeting's course: "10:02 Meeting suspended.", "Meeting continued in private until
 * 12:15.", a hearing's "Hearing closed at 12.40pm.", "The session ended at 4pm." (a short line of its own).
 */
const MEETING_NOTE =
  /^(?:\d{1,2}[:.]\d{2}\s+)?Meeting\s+(?:continued\s+in\s+private|suspended|closed|resumed)\b|^(?:the\s+)?(?:hearing|session|sitting|meeting|evidence\s+session)\s+(?:was\s+)?(?:closed|ended|adjourned|suspended|resumed|concluded|finished)\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\.?$/iu;
/** A heading over a page's transcript: "Transcript", "Episode transcript", "Full transcript:". */
const TRANSCRIPT_HEAD = /^(?:(?:full|episode|podcast|interview|video|edited)\s+)?transcript:?$/iu;
/**
 * A transcriber's note over a recorded event's words: "Transcribed from the audio recording", "Transcript of the video
 * recording", "Transcription of a webcast". The turns under it are speech, one alone too (an opening speech).
 */
const TRANSCRIBED =
  /^(?:transcribed|transcript(?:ion)?)\s+(?:from|of)\s+(?:the\s+|an?\s+)?(?:(?:audio|video|sound)\s+)?(?:recording|tape|broadcast|webcast|livestream)\.?$/iu;
/** What the one who chairs says to open a hearing. */
const OPENS_HEARING =
  /\b(?:I\s+welcome|welcome\s+(?:back|to\s+(?:the|this|our))|(?:we\s+will\s+now|we\s+shall\s+now|we\s+now)\s+hear\s+(?:oral\s+)?evidence|I\s+(?:will\s+)?call\s+(?:our|the)\s+first|order,\s+order)\b/iu;
/**
 * Words only the one presiding says to open a sitting, in a hearing or out of one: "The subcommittee will come to
 * order", "I call this meeting to order", "I now open this session", "This is the opening preliminary hearing of Phase
 * 2", "This is the third public hearing of the inquiry", "It is the fifth of our public hearings to discuss …", "This
 * meeting has been convened to hear from …" (an Irish committee's record, its chair's turn under no chair's word).
 */
const OPENS_SITTING =
  /\b(?:(?:hearing|meeting|committee|session|subcommittee)\s+will\s+(?:now\s+)?come\s+to\s+order|I\s+(?:now\s+)?call\s+(?:this|the)\s+(?:hearing|meeting|session)\s+to\s+order|I\s+(?:now\s+)?(?:open|declare\s+open)\s+(?:this|the(?:se)?)\s+(?:hearing|meeting|session|proceedings)|(?:this|it)\s+is\s+(?:the|our)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|\d+(?:st|nd|rd|th))\s+(?:of\s+(?:our|the|its)\s+)?(?:(?:preliminary|public|oral|evidence)\s+)?(?:hearings?|evidence\s+sessions?)\s+(?:in|into|of|on|for|to\s+(?:discuss|consider|examine|scrutinise|scrutinize))|(?:this|the(?:se)?)\s+(?:meeting|hearing|session)\s+(?:has|have)\s+been\s+convened\s+to\s+(?:hear|discuss|consider|examine))\b/iu;

/**
 * Words a committee's convener says to run its agenda: "Our next agenda item is an evidence session on …", "Our
 * next item of business is an evidence session …", "The first item on our agenda is …", "I refer members to papers 2
 * and 3". Only in a committee's record (its title block
 * names the committee, or members question witnesses): a parliament's presiding officer says "The next item of
 * business is a debate on …" in a chamber's debate, where the page that never calls them chair names no chair.
 */
const RUNS_AGENDA =
  /\b(?:(?:our|the)\s+(?:next|first|second|third|final|last)\s+(?:agenda\s+item|item\s+of\s+business)\s+(?:today\s+)?is|(?:the|our)\s+(?:next|first|second|third|final|last)\s+item\s+on\s+(?:our|the|today['’]s)\s+agenda\s+is|I\s+refer\s+members\s+to\s+(?:the\s+)?papers?\s+\d)/iu;

/** A turn's first sentence addressing the presiding office: "Diolch, Dirprwy Lywydd", "Thank you, Madam Deputy Speaker". */
const ADDRESSES_PRESIDING =
  /^[^.!?\n]{0,60}?\b(?:(?:Dirprwy\s+)?(?:Llywydd|Lywydd)|(?:Deputy\s+)?Presiding\s+Officer|(?:Madam|Mr)\s+(?:Deputy\s+)?Speaker)\b/u;
/** "welcome to the 9th meeting in 2028 of the Harbours Committee": a convener's opening of a numbered meeting. */
const MEETING_WELCOME =
  /\bwelcome\s+(?:you\s+)?to\s+the\s+\d+(?:st|nd|rd|th)\s+meeting\s+(?:in\s+\d{4}\s+)?of\s+the\s+(?:[\p{Lu}][\p{L}'’-]*\s+(?:and\s+|on\s+|of\s+|for\s+)?){1,8}(?:Committee|Sub-committee|Subcommittee)\b/u;
/** A heading line of a page: a few words, no sentence's end ("Harbours Committee", "Ferries Bill: Stage 1"). */
const headingLine = (body: string) => wordCount(body) <= 12 && !/[.!?…;,"”’]$/u.test(body.trim()) && body.trim() !== "";

interface Header {
  label: Span;
  speaker: Span;
  /** How many paragraphs the header takes before the speech. */
  lines: number;
  /** The header describes a member: a party, or a photo as a parliament's pages give its members. */
  member: boolean;
  /** The header is the chair's office alone ("The Chair"): the person is named elsewhere. */
  chair?: boolean;
  /** The header names the one who chairs: "Sir Ann Bell (in the Chair)", "The Chairperson (Dr Hale)". */
  chairNamed?: boolean;
  /** The presiding officer ("Madam Deputy Speaker"): the words stay unattributed. */
  anonymous?: boolean;
  /** A header no other text has: a photo's text, a chair's mark, or the label printed twice or with furniture. */
  strong?: boolean;
  /** The header is a minister's office with its holder in brackets ("The Minister for Care (Ann Bell)"). */
  post?: boolean;
  /** Where the office is written, for a minister's label. */
  office?: Span;
}

/**
 * A debate's speaker header at paragraph `i`: TheyWorkForYou's "Photo of Name Name description", the name written
 * twice (once as the photo's text) and a description with a party, office or time after it; or a line that is only a
 * name, then a line that describes the speaker with a party or a time. The speech is the paragraph after the header.
 */
function speakerHeader(
  text: string,
  paragraphs: Paragraph[],
  i: number,
  officeLine = false,
  headlines = false,
  chamber: ReadonlySet<string> | undefined = undefined,
  alone: ReadonlySet<number> = new Set(),
): Header | undefined {
  const p = paragraphs[i]!;
  const body = text.slice(p.start, p.end);
  const photo = /^Photo of\s+/u.exec(body);
  if (photo) {
    const rest = body.slice(photo[0].length);
    const words = rest.split(" ");
    // The name run into the photo's text, as KildareStreet prints it: "Photo of Tom ReedTom Reed (Fenby North, …)".
    const joined = /^(\p{Lu}\S*(?: \S+){1,5}?)\1(?=\s|$)/u.exec(rest)?.[1];
    for (let n = Math.min(6, Math.floor(words.length / 2)); n >= 2; n--) {
      const name = joined ?? words.slice(0, n).join(" ");
      if (!(joined || rest.startsWith(`${name} ${name}`)) || !NAME_WORDS.test(name)) continue;
      const at = p.start + photo[0].length + name.length + (joined ? 0 : 1);
      // The links printed under the label ("Link to this: Individually | In context | …") are the header's too.
      const lines = headerLines(text, paragraphs, i);
      const header: Header = {
        label: { start: p.start, end: paragraphs[i + lines - 1]!.end },
        speaker: { start: at, end: at + name.length },
        lines,
        member: true,
        // A photo's text then the name again is a parliament's page's, never a write-up's: one speech is an excerpt.
        strong: true,
      };
      // "Photo of Ann Bell Ann Bell Deputy Speaker (Second Deputy Chairman of Ways and Means)": the post the header
      // gives is the presiding office, so its holder chairs the sitting (as "Ann Bell Portrait Mr Speaker" does). Not
      // "Chair, Harbours Committee": a committee's chair speaking in the debate holds a post of another body.
      const post = /^\s*([^(),\d]+?)\s*(?:[(,]|\d|$)/u.exec(text.slice(at + name.length, p.end))?.[1];
      if (post && PRESIDING.test(post)) header.chairNamed = true;
      return header;
    }
    return undefined;
  }
  const next = paragraphs[i + 1];
  const memberPage = memberPageHeader(text, paragraphs, i);
  if (memberPage) return memberPage;
  const headline = headlineBlock(text, paragraphs, i, headlines);
  if (headline || headlines) return headline;
  const line = labelLine(text, paragraphs, i, officeLine, chamber, alone.has(i));
  if (line) return line;
  // "Chair's Opening Remarks:", "Opening remarks by the Chair", "Remarks from the Convener" over the chair's own words (a
  // sentence in the first or second person): the chair's label, the holder named elsewhere ("Chair: Ann Bell MP").
  if (next && CHAIR_REMARKS.test(body.trim().replace(/\s*[:.–—-]$/u, ""))) {
    const words = text.slice(next.start, next.end);
    if (wordCount(words) > 8 && FIRST_OR_SECOND_PERSON.test(words) && !labelOf(text, next)) {
      return {
        label: { start: p.start, end: p.end },
        speaker: { start: p.start, end: p.end },
        lines: 1,
        member: false,
        chair: true,
        strong: true,
      };
    }
  }
  // "Meeting date: Wednesday 4 May 2028" over a line that is only a name, the speech under it: a contribution as the
  // Scottish Parliament's official report prints one on its own page (and in its search of what a member said).
  const before = paragraphs[i - 1];
  // Words spoken under it, not another label: a debate's own heading ("Harbour Ferries") over "The Deputy Presiding
  // Officer (Ann Bell)" is the page's title, not a speaker.
  const spoken = next && wordCount(text.slice(next.start, next.end)) > 8;
  if (
    spoken &&
    before &&
    MEETING_DATE.test(text.slice(before.start, before.end)) &&
    wordCount(body) <= 6 &&
    NAME_WORDS.test(body) &&
    !OFFICE_LINE.test(body)
  ) {
    return {
      label: { start: p.start, end: p.end },
      speaker: { start: p.start, end: p.end },
      lines: 1,
      member: false,
      strong: true,
    };
  }
  if (!next || !p.heading || p.listItem || wordCount(body) > 6 || !NAME_WORDS.test(body)) return undefined;
  // "Business of Committee" over "2:00 pm": an agenda item's heading over its time, as KildareStreet prints one, not a
  // speaker; a body's word names no one.
  if (body.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined;
  // "Examination of Witnesses" over "<Bill> – in a Public Bill Committee at 2:00 pm …": a section of the hearing.
  if (HEARING_BLOCK.test(body) || SECTION.test(body)) return undefined;
  const description = text.slice(next.start, next.end);
  // "Harbour Budget" over "Department for Harbours – in the House of Commons at 4:15 pm on …": a debate's heading over
  // its title line, as TheyWorkForYou prints one, not a speaker over a time.
  if (DEBATE_TITLE.test(description)) return undefined;
  // "Ann Bell" / "Lab" / "Fenby North", a line each over the speech, as Parallel Parliament's summary of a debate
  // prints a member: the party's short form alone on its line, then the seat, then words spoken.
  const seat = paragraphs[i + 2];
  const speech = paragraphs[i + 3];
  if (PARTY_SHORT.test(description.trim())) {
    const seatLine = seat ? text.slice(seat.start, seat.end) : "";
    const spoken = speech ? text.slice(speech.start, speech.end) : "";
    if (!seat?.heading || wordCount(seatLine) > 6 || !/^\p{Lu}/u.test(seatLine)) return undefined;
    if (wordCount(spoken) <= 8 || !/[.!?…]["”’)]?$/u.test(spoken)) return undefined;
    // A name, a party alone and a seat over a speech are a parliament's page's, never a write-up's.
    const speaker = { start: p.start, end: p.end };
    return { label: { start: p.start, end: seat.end }, speaker, lines: 3, member: true, strong: true };
  }
  // "Conservative, Saltmarsh and North Fenby" (a party, a comma, a seat) or a time: not "Labour MP for Brent", as a
  // write-up's list of panellists says.
  const partyLine = PARTY_LINE.test(description);
  if (wordCount(description) > 24 || !(partyLine || TIME_OF_DAY.test(description))) return undefined;
  if (/[.!?]$/u.test(description) && !TIME_OF_DAY.test(description)) return undefined;
  return {
    label: { start: p.start, end: next.end },
    speaker: { start: p.start, end: p.end },
    lines: 2,
    member: partyLine,
  };
}

/** A Westminster party's short form as a debate's summary prints it alone on a line under a member's name. */
const PARTY_SHORT =
  /^(?:Lab|Con|LD|Lib\s+Dem|SNP|Ind|DUP|PC|SDLP|UUP|Green|Alliance|Reform|RUK|TUV|Lab\/Co-op|Lab\s+Co-op|CB|Spkr)$/u;

/** A Canadian party as openparliament.ca prints it alone on the line over a member's headline. */
const CANADA_PARTY =
  /^(?:Liberal|Conservative|NDP|New\s+Democratic\s+Party|Bloc(?:\s+Québécois)?|Green(?:\s+Party)?|Independent|People['’]s\s+Party)$/u;
/** A short line that is no sentence: a witness's post and organisation over their name ("President, Fenby Growers"). */
const SHORT_LINE = (line: string) => /^\p{Lu}/u.test(line) && wordCount(line) <= 10 && !/[.!?:;]$/u.test(line);

/** A Canadian party inside openparliament.ca's headline, between a member's name and riding or an office and its holder. */
const HEADLINE_PARTY =
  "Liberal|Conservative|NDP|Bloc(?:\\s+Québécois)?|Green(?:\\s+Party)?|Independent|People['’]s\\s+Party|CCF|Reform|Canadian\\s+Alliance|Progressive\\s+Conservative";
/**
 * "Ann Bell Liberal Fenby—Marlow, ON": a member's name, party and riding on one line, as openparliament.ca heads a
 * speech. A riding's short word with its full stop is an abbreviation, no sentence's end: "Fenby—St. Marlow, MB",
 * "Ste. Agathe, QC", "Mt. Harrow, BC".
 */
const MEMBER_HEADLINE = new RegExp(
  `^(.+?)\\s+(?:${HEADLINE_PARTY})\\s+(\\p{Lu}(?:[^.!?:;]|(?<=(?:^|[\\s—–-])\\p{Lu}\\p{Ll}{0,2})\\.(?=\\s\\p{Lu})){0,80})$`,
  "u",
);
/** "The Chair Liberal Ann Bell", "The Joint Chair NDP Tom Reed": the office, the holder's party, the holder. */
const OFFICE_HEADLINE = new RegExp(
  `^The\\s+((?:Joint\\s+|Vice-?|Acting\\s+)?Chair|(?:(?:Assistant\\s+)?Deputy\\s+|Acting\\s+)?Speaker)\\s+(?:${HEADLINE_PARTY})\\s+(.+)$`,
  "iu",
);
/** "Some hon. members", "An hon. member": the House's voices, no one's. */
const HON_MEMBERS = /^(?:some|an)\s+hon\.?\s+members?$/iu;
/** Canada's provinces and territories as a riding's letters write them ("ON", "NL"). */
const PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT";

/** A riding as openparliament.ca prints it: capitalised words, dashes, a province's letters last ("Fenby—Marlow, ON"). */
const RIDING = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}'’.\\s—–-]{0,70}(?:,\\s*(?:${PROVINCES}))?$`, "u");

/** A province's letters ending a riding: "Fenby—Marlow, ON". */
const PROVINCE_LAST = new RegExp(`,\\s*(?:${PROVINCES})$`, "u");

/** The member's name in a headline "Name Party Riding", when the line is one. */
function memberHeadline(line: string): string | undefined {
  const m = MEMBER_HEADLINE.exec(line);
  return m && NAME_WORDS.test(m[1]!) && wordCount(m[1]!) <= 5 && RIDING.test(m[2]!) ? m[1] : undefined;
}

/**
 * Whether `at` (an offset in `line`) is past the member's name in openparliament.ca's headline "Ann Bell Liberal
 * Fenby—St. Marlow, MB": in its party or riding, where no person's name is ("St. Marlow" is a place).
 */
export function pastHeadlineName(line: string, at: number): boolean {
  const m = MEMBER_HEADLINE.exec(line);
  return m != null && PROVINCE_LAST.test(line) && NAME_WORDS.test(m[1]!) && at > m[1]!.length;
}

/** The Canadian parties' names, by the word openparliament.ca's headline gives them. */
const CANADA_PARTIES: [RegExp, string][] = [
  [/^Liberal$/u, "Liberal Party of Canada"],
  [/^Conservative$/u, "Conservative Party of Canada"],
  [/^NDP$/u, "New Democratic Party"],
  [/^Bloc(?:\s+Québécois)?$/u, "Bloc Québécois"],
  [/^Green(?:\s+Party)?$/u, "Green Party of Canada"],
  [/^People['’]s\s+Party$/u, "People's Party of Canada"],
];

/**
 * The party in openparliament.ca's headline that names `name`: "Ann Bell Liberal Fenby—Marlow, ON" (the name, the
 * party, a riding with its province's letters) or "The Chair Liberal Ann Bell" (an office, the party, the holder).
 * `name` is where the name is in the line. Where the party's word is in the line, and the party's name; "Independent"
 * is none.
 */
export function headlineParty(line: string, name: Span): { index: number; written: string; label: string } | undefined {
  const party = new RegExp(`^(?:${HEADLINE_PARTY})$`, "u");
  const office = OFFICE_HEADLINE.exec(line);
  const member = office ? undefined : MEMBER_HEADLINE.exec(line);
  // The name is the holder, last on the line, or the member, first on it.
  const named = office
    ? name.end === line.length && office[2]!.trim() === line.slice(name.start)
    : member != null && name.start === 0 && member[1] === line.slice(0, name.end) && PROVINCE_LAST.test(line);
  if (!named) return undefined;
  const from = office ? office[0].indexOf(office[1]!) + office[1]!.length : name.end;
  const written = /^\s+(\S+(?:\s+(?:Québécois|Party))?)/u.exec(line.slice(from))?.[1];
  if (!written || !party.test(written)) return undefined;
  const label = CANADA_PARTIES.find(([r]) => r.test(written))?.[1];
  return label ? { index: line.indexOf(written, from), written, label } : undefined;
}

/** The first turn's words (to the next label, 600 characters at most) open a sitting, or a heading over it gives the chair's remarks. */
function opensSitting(text: string, paragraphs: Paragraph[], turns: Label[]): boolean {
  const first = turns[0];
  if (!first) return false;
  const end = Math.min(turns[1]?.label.start ?? text.length, first.label.end + 600);
  if (OPENS_SITTING.test(text.slice(first.label.end, end))) return true;
  return chairRemarksOver(text, paragraphs, first.label.start);
}

/** Whether the paragraph right above `at` (a time in brackets between) is a heading giving the chair's remarks. */
function chairRemarksOver(text: string, paragraphs: Paragraph[], at: number): boolean {
  let i = paragraphs.findIndex((p) => p.end > at) - 1;
  while (
    i >= 0 &&
    /^\(?\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\)?$/iu.test(text.slice(paragraphs[i]!.start, paragraphs[i]!.end).trim())
  )
    i--;
  return i >= 0 && CHAIR_REMARKS.test(text.slice(paragraphs[i]!.start, paragraphs[i]!.end).trim());
}

/**
 * Whether the text is an openparliament.ca page: two headlines at least, each a member's name, party and riding on one
 * line ("Ann Bell Liberal Fenby—Marlow, ON") or an office, party and holder ("The Chair Liberal Ann Bell"); or one,
 * under its party's line alone ("Liberal", then "The Chair Liberal Ann Bell"), as a page that is the chair's opening
 * only prints it: the party's line over the headline naming the same party is the site's, no prose's.
 */
function hasHeadlines(text: string, paragraphs: Paragraph[]): boolean {
  let n = 0;
  let underParty = false;
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end).trim();
    const above = i > 0 ? text.slice(paragraphs[i - 1]!.start, paragraphs[i - 1]!.end).trim() : "";
    // A member's headline counts with its province ("…, ON") or under its party's line: "Ann Bell Conservative MP for
    // Fenby" in a list of a write-up's panellists is none.
    const member = memberHeadline(line) !== undefined && (PROVINCE_LAST.test(line) || CANADA_PARTY.test(above));
    if (member || OFFICE_HEADLINE.test(line)) {
      n += 1;
      // The party alone above, and named again in the headline: "Conservative" over "Ann Bell Conservative …".
      if (CANADA_PARTY.test(above) && new RegExp(`\\s${above.replace(/\s+/gu, "\\s+")}\\s`, "u").test(line))
        underParty = true;
    }
  });
  return n >= 2 || underParty;
}

/** "Main Page: Ann Bell (Labour - Fenby North)…": the line under the name on a parliament site's page of a member. */
const MEMBER_MAIN_PAGE = /^Main\s+Page:\s*(.+?)\s*\(/u;
/**
 * The notes such a page prints between the member and their speech: "(3 years ago)", and the site's note that the text
 * is its own copy ("This information is provided by <site>", then that the copy is no part of the official record, its
 * "official" also misspelt "offical").
 */
const MEMBER_PAGE_NOTE =
  /^(?:\(\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+ago\)|This\s+information\s+is\s+provided\s+by\b.{0,80}\boffici?al\s+record\.?)$/iu;

/**
 * A parliament site's page of one member's speech: the name on a line of its own, "Main Page: <the same name> (Party
 * - Seat)…" under it, the page's notes ("(9 years ago)", the chamber's description, the site's note that its text is
 * no official record), then the speech, with no label over it. The header runs to the last note within five lines; a
 * page without such a note is not read this way (the chamber's description would be read as speech).
 */
function memberPageHeader(text: string, paragraphs: Paragraph[], i: number): Header | undefined {
  const p = paragraphs[i]!;
  const main = paragraphs[i + 1];
  const name = text.slice(p.start, p.end).trim();
  if (!main || !NAME_WORDS.test(name) || name.split(/\s+/u).length > 6) return undefined;
  if (MEMBER_MAIN_PAGE.exec(text.slice(main.start, main.end))?.[1] !== name) return undefined;
  let last = -1;
  for (let k = i + 2; k < Math.min(paragraphs.length, i + 7); k++) {
    const note = text.slice(paragraphs[k]!.start, paragraphs[k]!.end).trim();
    if (MEMBER_PAGE_NOTE.test(note)) last = k;
  }
  if (last === -1 || last + 1 >= paragraphs.length) return undefined;
  return {
    label: { start: p.start, end: paragraphs[last]!.end },
    speaker: { start: p.start, end: p.start + name.length },
    lines: last - i + 1,
    member: true,
    // A member's page on a parliament's site, never a write-up's: one speech is an excerpt.
    strong: true,
  };
}

/** A name in capitals on a cover page: two to four words ("ANN FRITH", "JO-ANNE O'HARA"), a title before it. */
const COVER_NAME =
  /^(?:(?:THE\s+)?RT\.?\s+HON\.?\s+)?(?:(?:SIR|DAME|DR|PROFESSOR|LORD|BARONESS|LADY|MR|MRS|MS)\s+)?(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3}?)(?:\s+(?:CBE|OBE|MBE|KBE|DBE|CB|KC|QC|JP|MP|MSP|MS|MLA))*$/u;

/**
 * A committee's evidence transcript whose cover page names its witnesses in capitals on one line, before any turn:
 * "ANN FRITH CBE, TOM REED CBE, JO PRATT and KIT LAMB". Each is a witness (the text may hold only the first one's
 * session), read in the readable copy as names are written ("Ann Frith CBE"). Two names at least, each opening with a
 * given name or a title, the whole line in capitals but its "and": a heading in capitals ("HARBOUR BOARD AND FERRY
 * TRUST", "TOWARDS SAFER HARBOURS") names no one.
 */
function coverWitnesses(
  text: string,
  paragraphs: Paragraph[],
  labels: readonly (Label | undefined)[],
  headers: readonly (Header | undefined)[],
  transcript: Transcript,
): void {
  const first = paragraphs.findIndex((_p, i) => labels[i] !== undefined || headers[i] !== undefined);
  let readable: string[] | undefined;
  for (const p of paragraphs.slice(0, first === -1 ? paragraphs.length : first)) {
    const body = text.slice(p.start, p.end);
    if (/\p{Ll}/u.test(body.replace(/\sand\s/gu, " AND "))) continue;
    const names: Span[] = [];
    let at = 0;
    let valid = true;
    for (const item of body.split(/(,\s+|\s+(?:and|AND)\s+)/u)) {
      const start = at;
      at += item.length;
      if (/^(?:,\s+|\s+(?:and|AND)\s+)$/u.test(item)) continue;
      const m = COVER_NAME.exec(item.trim());
      const name = m?.[1];
      const titled = m !== null && m[0].length > 0 && !m[0].startsWith(name ?? "");
      if (!name || !(titled || isGivenName(caseWords(name).split(" ")[0]!))) {
        valid = false;
        break;
      }
      const from = p.start + start + item.indexOf(name);
      names.push({ start: from, end: from + name.length });
    }
    if (!valid || names.length < 2) continue;
    readable ??= (transcript.readable ?? text).split("");
    for (const n of names) {
      const cased = caseWords(text.slice(n.start, n.end));
      if (cased.length === n.end - n.start) for (let k = 0; k < cased.length; k++) readable[n.start + k] = cased[k]!;
      transcript.witnesses.push(n);
    }
  }
  if (readable) transcript.readable = readable.join("");
}

/**
 * openparliament.ca's speaker blocks, as its pages print them: a time ("5:15 p.m."), the speaker's party or post on its
 * line, then a headline: "Ann Bell Liberal Fenby—Marlow, ON" (a member), "The Chair Liberal Ann Bell" (the chair),
 * "The Speaker Liberal Ann Bell" (the presiding officer, no one's words), "Some hon. members", or a witness's name
 * alone under their post ("Fenby Grain Growers" / "Odile Brassard"). The header begins at the party or post line.
 */
function headlineBlock(text: string, paragraphs: Paragraph[], i: number, headlines: boolean): Header | undefined {
  if (!headlines) return undefined;
  const line = (k: number) => (paragraphs[k] ? text.slice(paragraphs[k]!.start, paragraphs[k]!.end).trim() : "");
  const speech = (k: number) => paragraphs[k] !== undefined && !TIME_STAMP.test(line(k));
  // The party or post line over the headline belongs to the header.
  const above = (k: number) => CANADA_PARTY.test(line(k)) || (SHORT_LINE(line(k)) && TIME_STAMP.test(line(k - 1)));
  const at = above(i) && !memberHeadline(line(i)) ? i + 1 : i;
  const start = paragraphs[i]!.start;
  const head = paragraphs[at];
  if (!head || !speech(at + 1)) return undefined;
  const body = line(at);
  const lines = at - i + 1;
  const label = { start, end: head.start + body.length };
  const office = OFFICE_HEADLINE.exec(body);
  if (office) {
    const name = office[2]!.trim();
    if (!NAME_WORDS.test(name)) return undefined;
    const from = head.start + body.lastIndexOf(name);
    const header: Header = { label, speaker: { start: from, end: from + name.length }, lines, member: false };
    if (/chair/iu.test(office[1]!)) header.chairNamed = true;
    else header.anonymous = true;
    return header;
  }
  if (HON_MEMBERS.test(body)) {
    return {
      label,
      speaker: { start: head.start, end: head.start + body.length },
      lines,
      member: false,
      anonymous: true,
    };
  }
  const member = memberHeadline(body);
  if (member !== undefined) {
    return {
      label,
      speaker: { start: head.start, end: head.start + member.length },
      lines,
      member: true,
      strong: true,
    };
  }
  // A witness: a name alone, under a post line that follows the time, or named in the page's "Also speaking" list
  // ("Odile Brassard  President, Fenby Grain Growers").
  if (!NAME_WORDS.test(body) || wordCount(body) > 5 || CHAIR_OFFICE.test(body) || PRESIDING.test(body))
    return undefined;
  const listed = text.includes(`\n${body}  `) || text.startsWith(`${body}  `);
  if (!(at > i && !CANADA_PARTY.test(line(i))) && !listed) return undefined;
  return { label, speaker: { start: head.start, end: head.start + body.length }, lines, member: false, strong: true };
}

/**
 * Hansard prints a speaker's seat and party (or office) above their first speech only, and the name alone above the
 * later ones: "Helen Garrow" on its line, her words under it. A line that is only the name of one a header labels is
 * that speaker's header too, when words follow it. Fills `headers` in place; one pass, a map of names.
 */
function repeatedHeaders(text: string, paragraphs: Paragraph[], headers: (Header | undefined)[]): void {
  const named = new Map<string, Header>();
  for (const h of headers) {
    if (h && (h.member || h.strong || h.chairNamed)) named.set(text.slice(h.speaker.start, h.speaker.end), h);
  }
  if (named.size === 0) return;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const h = headers[i] ? undefined : named.get(text.slice(p.start, p.end).trim());
    if (!h) continue;
    const next = paragraphs[i + 1]!;
    const words = text.slice(next.start, next.end).trim();
    // The words under it must read as speech, not as the next line of a list of names (a division's).
    const spoken = /[.!?…]["”’)]?$/u.test(words) || wordCount(words) > 8;
    if (headers[i + 1] || named.has(words) || !spoken) continue;
    headers[i] = {
      label: { start: p.start, end: p.end },
      speaker: { start: p.start, end: p.end },
      lines: 1,
      member: h.member,
    };
  }
}

/**
 * The furniture of a re-published Hansard page between speeches: TheyWorkForYou's "Share this speech" and "Hansard
 * source (Citation: …)", Parallel Parliament's "<Name> Excerpts" over a speaker's label, share and link buttons.
 */
const PAGE_FURNITURE =
  /^(?:share(?:\s+this(?:\s+(?:speech|contribution|debate|page))?)?|hansard\s+source(?:\s*\([^()]{0,120}\))?|link\s+to\s+this\s+(?:speech|contribution)|in\s+context|individually|permalink|(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}Excerpts|-\s*(?:View\s+Speech\s*-\s*)?Hansard(?:\s*-)*(?:\s*Excerpts)?)$/iu;

/**
 * Page furniture printed under a speaker's label on re-published Hansard pages: "- Hansard - - - Excerpts", and as
 * Parallel Parliament prints it, with a link to the speech first and the excerpts link not always there: "- View Speech
 * - Hansard - -".
 */
const LABEL_FURNITURE =
  /^(?:-\s*)?(?:(?:View\s+Speech\s*-\s*)?Hansard(?:\s*-)*(?:\s*Excerpts)?|Link\s+to\s+this:?\s*(?:\|\s*)?Individually\s*\|\s*In\s+context\s*(?:\|\s*[\p{L} ]{1,30}\s+source)?|Link\s+to\s+this\s+(?:speech|contribution)|In\s+context|Share)$/iu;
/**
 * "Link to this: Individually | In context | Oireachtas source": the links TheyWorkForYou's pages and the sites built on
 * them (KildareStreet for the Oireachtas) print under a speaker's label, which makes the line above it a label whatever
 * its brackets hold ("Ann Bell (Fenby, Independent)").
 */
const SPEECH_LINKS = /^Link\s+to\s+this:?\s*(?:\|\s*)?Individually\s*\|\s*In\s+context\b/iu;
/** "(Fenby North, Fine Gael)": a member's constituency and party in brackets, as KildareStreet prints a deputy's. */
const SEAT_PARTY =
  /^\([^(),]{1,40},\s*(?:Fianna\s+F[áa]il|Fine\s+Gael|Social\s+Democrats?|People\s+Before\s+Profit|Independent|Labour|Sinn\s+F[ée]in|Green\s+Party|Aont[úu]|Solidarity)\)$/u;
/** "(Harbour Child Care Trust)": an organisation's name in brackets, capitalised words and joiners. */
const BODY_IN_BRACKETS =
  /^\(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|for|and|the|in|on|&)){0,8}\)$/u;
/**
 * A witness's label line in a Holyrood official report, "Name (Organisation)": only in a text that has the chair's
 * office on a line of its own ("The Convener", "The Convener (Ann Bell)"), so that no write-up's list of "Name
 * (Organisation)" lines is turns;
 * with that office line, it makes the text a hearing's.
 */
/** The chair's office alone on a line, as an official report prints the chair's label: "The Convener". */
const OFFICE_LINE = /^the\s+(?:deputy\s+)?(?:convener|convenor|chair|chairman|chairwoman|chairperson)$/iu;
/** The chair's office with its holder in brackets alone on a line: "The Convener (Ann Bell)", as such a report prints its first label. */
const OFFICE_HOLDER_LINE =
  /^the\s+(?:deputy\s+)?(?:convener|convenor|chair|chairman|chairwoman|chairperson)\s+\(([^()]{3,60})\)$/iu;
/** Whether a line is the chair's office alone, or with its holder's name in brackets. */
const chairOfficeLine = (line: string): boolean => {
  if (OFFICE_LINE.test(line)) return true;
  const holder = OFFICE_HOLDER_LINE.exec(line)?.[1];
  return holder !== undefined && personInBrackets(holder);
};
const bodyBracket = (brackets: string[], officeLine: boolean) =>
  officeLine && brackets.length === 1 && BODY_IN_BRACKETS.test(brackets[0]!);

/**
 * "Professor John Baskin" alone on its line in a report that prints the chair's office on a line of its own: a
 * witness's label without an organisation, as Holyrood's official report prints one; a title makes it a person's.
 */
const titledAlone = (name: string, brackets: string[], officeLine: boolean) =>
  officeLine &&
  brackets.length === 0 &&
  /^(?:Professor|Prof|Dr|Sir|Dame|Lord|Baroness|Lady|Mr|Mrs|Ms|Miss|Councillor|Cllr)\.?\s+\p{Lu}/u.test(name);
/**
 * "Ms Ann Bell" alone on its line after the chair's unlabelled words invite her ("I invite Ms Bell to commence her
 * presentation", "I call on Dr Bell"), as the Oireachtas record prints a witness's label: a title, the name, and the
 * invitation, by title and surname, in a paragraph before it.
 */
function invited(text: string, at: number, name: string, brackets: string[]): boolean {
  const m =
    /^(Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Deputy|Senator|Councillor|Cllr)\.?\s+(?:\S+\s+){0,3}(\p{Lu}[\p{L}'’-]+)$/u.exec(
      name,
    );
  if (!m || brackets.length > 0) return false;
  const surname = m[2]!.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const title = /^Prof/u.test(m[1]!) ? "Prof(?:essor)?" : m[1];
  return new RegExp(
    `\\bI\\s+(?:now\\s+)?(?:invite|call(?:\\s+(?:on|upon))?|ask)\\s+${title}\\.?\\s+${surname}\\b`,
    "u",
  ).test(text.slice(Math.max(0, at - 2000), at));
}

/** A sentence's end inside a line, another sentence after it: "I am grateful. The charter said". */
const SENTENCE_INSIDE = /\p{Ll}[.!?]["”’]?\s+\p{Lu}[\p{L}’'-]*\s+\p{Ll}/u;

/** "(in the Chair)" after a name on a label line: the one who chairs the sitting. */
const IN_THE_CHAIR = /^\((?:in\s+the\s+chair|chair(?:man|woman|person)?|the\s+chair)\)$/iu;

/**
 * A speaker's label on a line of its own, the speech in the paragraphs after it, as Hansard's pages and the sites
 * that re-publish them print a debate: "Tom Reed (Leeds Central) (Lab)", "Sir Ann Bell (in the Chair)", "Lord Hale
 * Portrait Lord Hale (Con)" (the photo's text, then the name), "The Chair", "The Chairperson (Dr Hale)". The label may
 * be printed twice (once as a link) and be followed by furniture ("- Hansard - - - Excerpts"): those lines belong to
 * the header. A line that is only a name is not a label: it needs a party, a chair's mark, a photo or the chair's office.
 */
function labelLine(
  text: string,
  paragraphs: Paragraph[],
  i: number,
  officeLine = false,
  chamber: ReadonlySet<string> | undefined = undefined,
  alone = false,
): Header | undefined {
  const p = paragraphs[i]!;
  const body = text.slice(p.start, p.end);
  if (/[.:;!?,]$/u.test(body)) return undefined;
  const m = /^(?:(.+?)\s+Portrait\s+)?([^()]+?)((?:\s+\([^()]{1,60}\))*)$/u.exec(body);
  if (!m) return undefined;
  // A minister's label is long: "The Parliamentary Under-Secretary of State, Department for X (Lord Y of Z) (Con)",
  // and longer under the holder's photo, whose text is the name again: the label is counted from after the photo.
  const label = m[1] === undefined ? body : body.slice(m[1].length).replace(/^\s+Portrait\s+/u, "");
  if (wordCount(label) > 20) return undefined;
  const name = m[2]!;
  const brackets = [...m[3]!.matchAll(/\([^()]*\)/gu)].map((b) => b[0]);
  const portrait = m[1] !== undefined;
  const below = paragraphs[i + 1];
  const linked = below !== undefined && SPEECH_LINKS.test(text.slice(below.start, below.end));
  const party = brackets.length > 0 && (PARTY.test(brackets.at(-1)!) || (linked && SEAT_PARTY.test(brackets.at(-1)!)));
  const chairMark = brackets.some((b) => IN_THE_CHAIR.test(b));
  const office = CHAIR_OFFICE.test(name);
  const presiding = PRESIDING.test(name);
  // "The Chairperson (Dr Hale)", "Madam Deputy Speaker (Dame Ann Bell)", "The Deputy Speaker (Lord Hale) (Lab)": the
  // office, its holder in brackets (and a party after).
  const holder = /^\(([^()]+)\)$/u.exec(brackets[0] ?? "")?.[1];
  const holderNamed =
    holder && personInBrackets(holder) && brackets.slice(1).every((b) => PARTY.test(b)) ? holder : undefined;
  // "The Minister for Local Transport (Dan Reed)", "The Parliamentary Under-Secretary of State, Department for Farming
  // (Lord Hale of Marlow) (Con)": a minister's office as Hansard prints it, the holder in brackets, who speaks. Under
  // the holder's photo too, its text the holder's name: "Dan Reed Portrait The Minister for Local Transport (Dan Reed)".
  const photoOfHolder = !portrait || (holderNamed !== undefined && holderNamed.includes(m[1]!));
  const post = !office && !presiding && photoOfHolder && holderNamed !== undefined && OFFICE.test(name);
  // "Ann Bell Portrait Mr Speaker": the presiding office alone, its holder named only by the photo's text.
  const photoHolder =
    presiding && portrait && brackets.length === 0 && NAME_WORDS.test(m[1]!) && !/^None$/u.test(m[1]!)
      ? m[1]
      : undefined;
  const officeNamed = office || presiding || post ? (holderNamed ?? photoHolder) : undefined;
  if (!officeNamed && wordCount(label) > 14) return undefined;
  if (office || presiding) {
    if (brackets.length > 0 && !officeNamed) return undefined;
  } else if (
    !post &&
    (!NAME_WORDS.test(name) ||
      !(
        portrait ||
        party ||
        linked ||
        chairMark ||
        bodyBracket(brackets, officeLine) ||
        titledAlone(name, brackets, officeLine) ||
        invited(text, p.start, name, brackets) ||
        bareLabel(name, brackets, chamber) ||
        alone
      ))
  ) {
    return undefined;
  }
  // The lines the header takes: the label, a copy of it, furniture; then the speech, which must be words spoken.
  const lines = headerLines(text, paragraphs, i);
  const speech = paragraphs[i + lines];
  if (!speech) return undefined;
  const words = text.slice(speech.start, speech.end);
  // A short speech that breaks off before a quotation printed on its own line ("I am grateful. The charter said that
  // it would", then "“run every sailing”.") has no closing mark, but a sentence ends inside it: words spoken.
  if (speech.heading && !/^(?:order|orders?,\s*order)\b/iu.test(words) && !SENTENCE_INSIDE.test(words)) {
    return undefined;
  }
  // A name alone is a label only over words spoken: a sentence, not a heading or another name.
  if (bareLabel(name, brackets, chamber) && !(wordCount(words) > 8 && /[.!?…]["”’)]?$/u.test(words))) return undefined;
  // Over another name with its brackets ("Ann Bell (Fenby North)"), the line is the head of a list of people, as a
  // committee's membership list prints its chair first ("Tom Reed (Chair) (Fenby East)"): no one speaks under it.
  if (NAME_IN_BRACKETS_LINE.test(words)) return undefined;
  const last = paragraphs[i + lines - 1]!;
  const at = officeNamed
    ? p.start + body.lastIndexOf(officeNamed)
    : p.start + (m[1] ? m[1].length + " Portrait ".length : 0);
  const header: Header = {
    label: { start: p.start, end: last.end },
    speaker: { start: at, end: at + (officeNamed ?? name).length },
    lines,
    // A parliament's letters after the name ("Ann Bell MSP") mark a member as a party does.
    member: party || (alone && (MEMBER_LETTERS.test(name) || MEMBER_TITLE.test(name))),
  };
  if (office && !officeNamed) header.chair = true;
  else if (office || chairMark || (officeNamed && !post)) header.chairNamed = true;
  // "None Portrait Hon. Members" over "Hear, hear.": the House's cry, as the unnamed presiding officer's words, no one's.
  if ((presiding && !officeNamed) || ANONYMOUS.test(name)) header.anonymous = true;
  header.strong =
    portrait || chairMark || lines > 1 || bodyBracket(brackets, officeLine) || invited(text, p.start, name, brackets);
  if (post) {
    header.post = true;
    // (Under the holder's photo, the office follows the photo's text: "Dan Reed Portrait The Minister for …".)
    const from = p.start + (portrait ? m[1]!.length + body.slice(m[1]!.length).indexOf(name) : 0);
    header.office = { start: from, end: from + name.length };
  }
  return header;
}

/**
 * How many lines a speaker's label at paragraph `i` takes: the label, a copy of it (printed again as a link), and the
 * page furniture under it ("- Hansard - - - Excerpts", "Link to this: Individually | In context").
 */
function headerLines(text: string, paragraphs: Paragraph[], i: number): number {
  const body = text.slice(paragraphs[i]!.start, paragraphs[i]!.end);
  let lines = 1;
  while (paragraphs[i + lines]) {
    const q = paragraphs[i + lines]!;
    const line = text.slice(q.start, q.end);
    if (line === body || LABEL_FURNITURE.test(line)) lines++;
    else break;
  }
  return lines;
}

/** Letters after a name on a label line: a parliament's ("MSP", "MS", "MP") and honours ("OBE", "KC"). */
const POST_NOMINALS = /(?:\s+(?:MSP|MS|AS|AM|MP|MLA|TD|MLC|MBE|OBE|CBE|KBE|DBE|KC|QC|FRSE|FRS))+$/u;
/** Words spoken in the first or second person: a turn's, not a profile's or a caption's. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Uu]s)\b/u;

/**
 * The speaker a line names when it may be a speaker's label standing alone, with nothing after it: the chair's or
 * presiding officer's office ("The Convener", "The Chair (Tom Reed)", "The Deputy Presiding Officer (Ann Bell)"), an
 * office with its holder in brackets ("The Minister for Ferries (Ann Bell)"), or a name, with a title or letters after
 * it and brackets ("Dr Ann Bell (Fenby Trust)", "Ann Bell MSP", "Ann Bell (Fenby North) (Lab)"). The office is the
 * key for the chair's lines, so that "The Convener (Tom Reed)" and "The Convener" are one speaker's.
 */
function labelAloneKey(line: string): { key: string; person: boolean } | undefined {
  if (wordCount(line) > 16 || /[.:;!?,]$/u.test(line)) return undefined;
  const m = /^([^()]+?)((?:\s+\([^()]{1,60}\))*)$/u.exec(line);
  if (!m) return undefined;
  const name = m[1]!;
  const holder = /^\s*\(([^()]+)\)/u.exec(m[2]!)?.[1];
  const holderNamed = holder !== undefined && personInBrackets(holder);
  if (CHAIR_OFFICE.test(name) || PRESIDING.test(name)) {
    return holder === undefined || holderNamed ? { key: name.toLowerCase(), person: true } : undefined;
  }
  if (holderNamed && OFFICE.test(name)) return { key: holder, person: true };
  const bare = name.replace(POST_NOMINALS, "");
  if (/^The\s/u.test(bare) || wordCount(bare) > 5 || !NAME_WORDS.test(bare)) return undefined;
  if (bare.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined;
  // A person's by a title or a given name first, or by the letters after it ("Kit Lamb MSP").
  const opener = /^\S+/u.exec(bare)![0].replace(/\.$/u, "");
  return { key: bare, person: bare !== name || PERSON_TITLE.test(opener) || isGivenName(opener) };
}

/**
 * A transcript whose every label stands alone on its line, the words in the paragraphs under it, with no party, photo
 * or chair's mark to tell the label from a heading: "Ann Bell", "The Convener (Tom Reed)", "Mr Kaur MSP", each over
 * the turn it opens. The paragraphs that are such labels, when the layout repeats: three labels at least, each over
 * words that end a sentence, by two speakers at least, one of them speaking again, and two turns in the first or
 * second person. A name counts when a title or a given name opens it, letters follow it ("MSP"), or it labels two
 * turns. Refused: names one a line (a list), a name over a paragraph about that person (a profile: "Ann has run …"), a
 * heading, a date line.
 */
function labelsAlone(text: string, paragraphs: Paragraph[]): Set<number> {
  const line = (k: number) => (paragraphs[k] ? text.slice(paragraphs[k]!.start, paragraphs[k]!.end).trim() : "");
  const keys = paragraphs.map((_p, k) => (line(k).includes("\n") ? undefined : labelAloneKey(line(k))));
  const found: { at: number; key: string; person: boolean }[] = [];
  keys.forEach((k, i) => {
    // Not under another name (a list, one a line); under a heading ("Ferry Services") it may be.
    if (!k || keys[i - 1]?.person || !paragraphs[i + 1]) return;
    const words = line(i + 1);
    // Words that end a sentence, or break off as an official report prints an interruption ("… the fares—").
    if (!/(?:[.!?…]["”’)]?|\p{L}[—–])$/u.test(words)) return;
    // A profile opens with the one it is about ("Ann has run the trust …"): no one speaks of themself so.
    const first = /^[\p{L}'’-]+/u.exec(words)?.[0];
    if (first && k.key.split(/\s+/u).includes(first)) return;
    found.push({ at: i, ...k });
  });
  const count = new Map<string, number>();
  for (const f of found) count.set(f.key, (count.get(f.key) ?? 0) + 1);
  const labels = found.filter((f) => f.person || count.get(f.key)! >= 2);
  const speakers = new Set(labels.map((f) => f.key));
  const again = labels.some((f) => count.get(f.key)! >= 2);
  const spoken = labels.filter((f) => FIRST_OR_SECOND_PERSON.test(line(f.at + 1))).length;
  if (labels.length < 3 || speakers.size < 2 || !again || spoken < 2) return new Set();
  return new Set(labels.map((f) => f.at));
}

/**
 * The heading of a page of Hansard's own site and of the sites that re-publish it, over a contribution: the chamber
 * or the hall it was said in.
 */
const CHAMBER_HEAD = /^(?:(?:house\s+of\s+)?commons\s+chamber|lords\s+chamber|westminster\s+hall|grand\s+committee)$/iu;

/**
 * "Mrs Fenwick", "Ann Bell" alone on a line over a speech, on a Hansard page that prints no party after the name (as
 * Parallel Parliament's exchanges between two members do, and Hansard does for a minister speaking again): a label in
 * a text headed by a chamber ("Commons Chamber") or with a minister's label line ("The Minister for Care (Ann
 * Bell)"), when the name has a title first, a given name first, or is a minister's the page names so. `chamber` holds
 * the ministers' names, and is undefined on a page of neither kind.
 */
const bareLabel = (name: string, brackets: string[], chamber: ReadonlySet<string> | undefined): boolean => {
  if (!chamber || brackets.length > 0 || wordCount(name) > 5 || !NAME_WORDS.test(name)) return false;
  const first = /^\S+/u.exec(name)![0].replace(/\.$/u, "");
  return chamber.has(name) || PERSON_TITLE.test(first) || isGivenName(first);
};

/**
 * A public inquiry's line calling a witness: "MR TOM REYES (affirmed)", "Professor Ann Bell (sworn)". The "A." paragraphs
 * after it are the witness's answers.
 */
const SWORN =
  /^((?:(?:MR|MRS|MS|MISS|DR|PROFESSOR|SIR|DAME|LORD|BARONESS|LADY|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame|Lord|Baroness|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,5})\s*\((?:[Ss]worn|SWORN|[Aa]ffirmed|AFFIRMED|[Rr]e-?sworn|[Rr]ecalled)\)\.?$/u;
/** An inquiry transcript's question or answer: "Q. …", "A. …". */
const QUESTION_ANSWER = /^([QA])[.:]\s+(?=\S)/u;
/**
 * A note that a paper is printed next, not spoken: "[The prepared statement of Mr. Reyes follows:]", "[The
 * information referred to follows:]"; or that the sitting ended: "[Whereupon, at 11:45 a.m., the hearing was adjourned.]".
 */
const PAPER_FOLLOWS = /^\[(?:[^\]]{0,160}\bfollows?\b[^\]]{0,20}|whereupon\b[^\]]{0,200})\]$/iu;
/** "Motion debated,", "Motion moved,": an official report's line over the text of a motion. */
const MOTION_LINE = /^motions?\s+(?:debated|moved|proposed)[,.:]?$/iu;
/**
 * A bill's order paper printed between the speeches of a committee's sitting, as Hansard's pages give it: a clause's
 * heading ("Clause 1 : Duty to dredge", "Schedule 2"), an amendment's number ("Amendment 1", "Amendments 3 to 5"),
 * "Moved by" over the amendment, and the amendment's printed text ("1: Clause 1, page 1, line 6, leave out …"). No
 * one's words (a document's, whoever moves it): the turn before them ends.
 */
const ORDER_PAPER_LINE =
  /^(?:(?:New\s+)?(?:Clause|Schedule)\s+\d+[A-Z]?(?:\s*:\s*[^.!?:]+)?|Amendments?\s+\d+[A-Z]?(?:\s+(?:to|and)\s+\d+[A-Z]?)?|Moved\s+by|\d+[A-Z]?\s*:\s*(?:Clause|Schedule)\s+\d+[A-Z]?,\s+page\s+\d+,\s+line\s+\d+\b.*)$/u;
/**
 * A tabled motion's reference over its text, the member it stands in the name of after it: "Motion NDM1234 Ann Bell",
 * "Motion S6M-01234: Ann Bell", "Amendment 2 — Tom Reed" is no such line (a reference is letters then digits).
 */
const MOTION_REFERENCE =
  /^(?:[Mm]otion|[Aa]mendment)\s+(?:[Nn]o\.?\s*)?\p{Lu}{1,5}\d*[-‐]?\d{2,}\b(?:\s*[:–—-])?((?:\s+[^\s.!?]+){0,8})$/u;
/** A time of day alone on its line, as official reports print one between turns: "10:01", "14.30", "2.31 pm". */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\s*$/iu;

const NAME_RUN_CHAR = /[\p{L}'’.-]/u;
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** The code point that ends at `end` in `s` (a surrogate pair whole), or "". */
function charBefore(s: string, end: number): string {
  if (end <= 0) return "";
  const low = s.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(end - 2, end);
  }
  return s.slice(end - 1, end);
}

/**
 * Which of `words` (each with no space or colon) the text writes as part of a name: right after a capitalised word
 * across a space on the line, not run on by a letter or a colon ("Ruth Okafor", "Ruth Okafor,"), or right before one,
 * not run on from a letter ("Okafor Ruth", "(Okafor Ruth"). One pass over the text, however many words are asked
 * about: a pattern a word run over the whole text made reading a page of many one-word labels quadratic, and so did
 * a long run of capitals under such a pattern.
 */
function wordsInNames(text: string, words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  if (longest === 0) return found;
  const chunks = [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, s: m[0] }));
  // Whether a chunk ends in a run of name characters with a capital in it ("Ruth", "(Okafor", "O’Neill").
  const endsCapitalised = (c: string): boolean => {
    let k = c.length;
    while (k > 0) {
      const ch = charBefore(c, k);
      if (!NAME_RUN_CHAR.test(ch)) return false;
      if (CAPITAL.test(ch)) return true;
      k -= ch.length;
    }
    return false;
  };
  const sameLine = (from: number, to: number) => !text.slice(from, to).includes("\n");
  for (let i = 0; i < chunks.length; i++) {
    const { s: c } = chunks[i]!;
    const before = chunks[i - 1];
    const after = chunks[i + 1];
    // After a capitalised word: a word opening this chunk, then no letter and no colon.
    if (before && sameLine(before.end, chunks[i]!.start) && endsCapitalised(before.s)) {
      for (let b = 1; b <= Math.min(c.length, longest); b++) {
        const next = c.slice(b, b + 1);
        if (next === ":") break;
        if (b < c.length && LETTER.test(String.fromCodePoint(c.codePointAt(b)!))) continue;
        if (words.has(c.slice(0, b))) found.add(c.slice(0, b));
      }
    }
    // Before a capitalised word: a word closing this chunk, no letter before it.
    if (after && sameLine(chunks[i]!.end, after.start) && CAPITAL.test(String.fromCodePoint(after.s.codePointAt(0)!))) {
      for (let a = c.length - 1; a >= Math.max(0, c.length - longest); a--) {
        if (c[a] === ":") break;
        if (a > 0 && LETTER.test(charBefore(c, a))) continue;
        if (words.has(c.slice(a))) found.add(c.slice(a));
      }
    }
  }
  return found;
}

/** The chair's mark in a list: "(Chair)", ", in the Chair", and in the Senedd's lists "Cadeirydd y Pwyllgor" (Committee Chair). */
const CHAIR_MARK =
  /\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)\)|\bin\s+the\s+chair\b|\bcadeirydd(?:\s+y\s+pwyllgor)?$/iu;

/** "I am Ann Bell, the Chair of the committee", "My name is Ann Bell and I chair …": the chair naming herself. */
const SELF_NAMED_CHAIR =
  /\b(?:I\s+am|I['’]m|my\s+name\s+is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),?\s+(?:(?:and\s+)?I\s+(?:am\s+)?(?:chair|convene)\b|(?:the\s+)?(?:[Cc]hair(?:man|woman|person)?|[Cc]onven[eo]r)\s+of\s+(?:the|this)\s+(?:committee|inquiry|hearing|panel|session|meeting))/u;

/**
 * A UK committee's numbered question inside a run of text: "… on the regulations. Q12 Chair: Welcome …", the number
 * with the chair's office or a name.
 */
const INLINE_QUESTION =
  /(?<=[.!?…”’)]\s+)Q\s?\d{1,4}\s+(?=(?:The\s+)?Chair(?:man|woman|person)?:|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}:)/u;
/** A label inside a run of text, after a sentence: "… Thank you. Ann Bell: I agree.", "… Q12 Chair: Welcome." */
const INLINE_LABEL =
  /(?<=[.!?…”’)]\s+)(?:Q\s?\d{1,4}\s+)?((?:The\s+)?Chair(?:man|woman|person)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}):\s+(?=\S)/gu;
/** The parts of a UK committee's title block, run together: "… Members present: …", "Questions 12 - 30", "Witnesses I: …". */
const INLINE_BLOCK =
  /\s(?=Members\s+present\s*:|Questions?\s+\d{1,4}\s*[-–]\s*\d{1,4}\b|Witnesses?(?:\s+I:|\s*:)|I:\s|Examination\s+of\s+witness(?:es)?\b)/gu;

/**
 * A paragraph cut at `cuts` (offsets in its text `body`) into paragraphs of their own, each trimmed, added to `out`; a
 * short piece with no end stop is a heading (only the first piece, with `firstOnly`).
 */
function pushPieces(p: Paragraph, body: string, cuts: Set<number>, out: Paragraph[], firstOnly: boolean): void {
  const at = [0, ...[...cuts].filter((c) => c > 0).sort((a, b) => a - b), body.length];
  for (let k = 0; k + 1 < at.length; k++) {
    const trimmed = body.slice(at[k], at[k + 1]).trimEnd();
    if (trimmed === "") continue;
    out.push({
      start: p.start + at[k]!,
      end: p.start + at[k]! + trimmed.length,
      index: out.length,
      heading: (!firstOnly || k === 0) && wordCount(trimmed) <= 12 && !/[.!?:;,"”’)]$/u.test(trimmed),
      listItem: false,
    });
  }
}

/**
 * A UK committee's transcript as a document-sharing site gives it, all one run of text ("… Members present: Ann Bell
 * (Chair); … Q12 Chair: Welcome. Tom Reed: Thank you. Chair: …"): its title block's parts and its turns as the
 * paragraphs the printed page has. Only a run with a numbered question ("Q12 Chair:") is read so, and only its labels
 * that are the chair's or name one its title block names; the paragraphs are as they were otherwise.
 */
function runTogether(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const initials = initialsRunTogether(text, paragraphs);
  if (initials) return initials;
  if (!paragraphs.some((p) => INLINE_QUESTION.test(text.slice(p.start, p.end)))) return paragraphs;
  const out: Paragraph[] = [];
  const membersAt = text.search(/\bMembers\s+present\s*:/u);
  const firstQuestion = paragraphs.findIndex((p) => INLINE_QUESTION.test(text.slice(p.start, p.end)));
  for (const [i, p] of paragraphs.entries()) {
    const body = text.slice(p.start, p.end);
    const first = INLINE_QUESTION.exec(body);
    // The title block run together in a paragraph above the questions' ("Oral evidence taken before … Members
    // present: … Examination of Witnesses"): its parts as paragraphs, so that the members list is read as one.
    if (!first && i < firstQuestion && /\S\s+Members\s+present\s*:/u.test(body)) {
      pushPieces(p, body, new Set([...body.matchAll(INLINE_BLOCK)].map((m) => m.index + 1)), out, false);
      continue;
    }
    if (!first) {
      out.push({ ...p, index: out.length });
      continue;
    }
    const block = body.slice(0, first.index);
    const cuts = new Set<number>();
    for (const m of block.matchAll(INLINE_BLOCK)) cuts.add(m.index + 1);
    let labels = 0;
    for (const m of body.matchAll(INLINE_LABEL)) {
      const name = m[1]!;
      if (m.index < first.index || (!/^(?:The\s+)?Chair(?:man|woman|person)?$/u.test(name) && !block.includes(name)))
        continue;
      cuts.add(m.index);
      labels++;
    }
    // Two labels are enough under the run's own title block ("Members present: …" before the first numbered
    // question, in its run or a paragraph above it), as an excerpt of the chair's opening and the first answer has them.
    const titleBlock = /\bMembers\s+present\s*:/u.test(block) || (membersAt !== -1 && membersAt < p.start);
    if (labels < (titleBlock ? 2 : 3)) {
      out.push({ ...p, index: out.length });
      continue;
    }
    pushPieces(p, body, cuts, out, false);
  }
  return out;
}

/** A person's name written in full: a given name, then one or two capitalised words ("Ann Bell", "Ann Marie Bell"). */
const FULL_NAME = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}'’-])/gu;

/**
 * The initials of the people a text names in full ("AB" for "Ann Bell", "AMB" for "Ann Marie Bell"), each with the
 * names that have them: only names whose first word is a given name.
 */
export function nameInitials(text: string): Map<string, Set<string>> {
  const byInitials = new Map<string, Set<string>>();
  for (const m of text.matchAll(FULL_NAME)) {
    const words = m[0].split(/\s+/u);
    if (!isGivenName(words[0]!)) continue;
    const initials = words.map((w) => w[0]!).join("");
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(m[0]));
  }
  return byInitials;
}

/** A speaker's initials as a label inside a run of text, after a sentence or a note: "… here. [Applause] AB: Thanks." */
const INLINE_INITIALS = /(?<=(?:^|[.!?…"”’)\]])\s*)(\p{Lu}{2,3}):\s+(?=\S)/gu;

/**
 * A transcript whose speakers are labelled by their initials, run together into one paragraph, as a transcription
 * service's file prints a podcast ("… Start of Audio AB: Welcome to the show. I’m Ann Bell … [Break] TR: Thanks,
 * Ann. …"): its turns as paragraphs, cut before each label and before a note in square brackets between turns
 * ("[Applause]"). Only labels whose letters are the initials of someone the text names in full count, and only a run
 * with three such labels by two speakers at least is read so.
 */
function initialsRunTogether(text: string, paragraphs: Paragraph[]): Paragraph[] | undefined {
  const known = nameInitials(text);
  let changed = false;
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    const labels = [...body.matchAll(INLINE_INITIALS)].filter((m) => m.index > 0 && known.has(m[1]!));
    if (labels.length < 3 || new Set(labels.map((m) => m[1])).size < 2) {
      out.push({ ...p, index: out.length });
      continue;
    }
    const cuts = new Set<number>(labels.map((m) => m.index));
    // The first turn, right after the file's details ("… Start of Audio AB: Welcome …"): a label of those initials
    // after any word.
    const first = [...body.slice(0, labels[0]!.index).matchAll(/(?<=\s)(\p{Lu}{2,3}):\s+(?=\S)/gu)].find((m) =>
      known.has(m[1]!),
    );
    if (first) cuts.add(first.index);
    // A note in square brackets after a turn's last sentence, before the next label: no one's words.
    for (const m of body.matchAll(/(?<=[.!?…"”’)]\s+)\[[^[\]]{1,40}\]/gu)) cuts.add(m.index);
    pushPieces(p, body, cuts, out, true);
    changed = true;
  }
  return changed ? out : undefined;
}

/**
 * The transcript in a text, or undefined when the text is not one: at least three turns, by at least two speakers,
 * turns being paragraphs that open with a speaker's label and a colon. A transcript run together into one paragraph
 * is read as its paragraphs (the transcript's `paragraphs`).
 */
export function readTranscript(source: string, given: Paragraph[]): Transcript | undefined {
  const paragraphs = runTogether(source, given);
  // Names in capitals ("Mr. REYES.", "Senator McQUARRIE:") read as names are written, every offset the same.
  const capitals = readCapitals(source, paragraphs);
  // Contributions each opening "§", the label run on into the words ("§ Mr. Bellasked the …"), as a historic
  // Hansard page's text gives them: read with each label apart from the words, every offset the same.
  const sections = capitals ? undefined : readSections(source, paragraphs);
  const text = capitals?.readable ?? sections?.readable ?? source;
  const labels: (Label | undefined)[] = paragraphs.map((p, i) => {
    const s = sections?.labels[i];
    if (s) return { ...s, chair: false, anonymous: false, numbered: false, party: false };
    const c = capitals?.labels[i];
    if (!c) return capitals?.breaks.has(i) ? undefined : labelOf(text, p);
    const found: Label = {
      label: c.label,
      speaker: c.speaker,
      chair: c.chair,
      anonymous: !c.chair && /^The\s/u.test(text.slice(c.speaker.start, c.speaker.end)),
      numbered: false,
      party: false,
      words: 2,
    };
    if (c.chairNamed) found.chairNamed = true;
    if (c.member) found.member = true;
    return found;
  });
  // Where answers open "(Mr Ewart)", a paragraph that opens with a number alone is a question of the committee's,
  // its asker unnamed: a turn of no one that ends the answer before it.
  if (labels.filter((l) => l?.bracket && !l.chair).length >= 1) {
    paragraphs.forEach((p, i) => {
      // The number is the paragraph's list marker: read from the line's start.
      const line = text.lastIndexOf("\n", p.start - 1) + 1;
      const numbered = labels[i] || !p.listItem ? undefined : NUMBERED_QUESTION.exec(text.slice(line, p.end));
      if (!numbered) return;
      const label = { start: line, end: line + numbered[0].trimEnd().length };
      labels[i] = { label, speaker: label, chair: false, anonymous: true, numbered: true, party: false, words: 1 };
    });
  }
  const speakerOf = (l: Label) => text.slice(l.speaker.start, l.speaker.end);
  // Single-word labels ("Sarah:") count only when they recur, as a speaker's do ("Note:" once is not a turn), and when
  // the word is a given name or part of a name the text writes in full ("Okafor:" for Ruth Okafor), not "Summary:".
  const singles = new Map<string, number>();
  for (const l of labels) if (l) singles.set(speakerOf(l), (singles.get(speakerOf(l)) ?? 0) + 1);
  // "Orr:" once, where another turn's label is the full name a given name opens ("James Orr:", "James Orr, Host:"):
  // that speaker again, by surname, as an interview's transcript labels them after the first turn.
  const labelSurnames = new Set(
    labels.flatMap((l) => {
      const name = l ? speakerOf(l).replace(/,.*$/u, "").split(/\s+/u) : [];
      return name.length >= 2 && name.length <= 3 && isGivenName(name[0]!) ? [name.at(-1)!] : [];
    }),
  );
  let inNames: Set<string> | undefined;
  let initialsInText: Map<string, Set<string>> | undefined;
  const initials = () => (initialsInText ??= nameInitials(text));
  const nameWord = (word: string): boolean => {
    inNames ??= wordsInNames(
      text,
      new Set(labels.flatMap((l) => (l && !/\s/u.test(speakerOf(l)) ? [speakerOf(l)] : []))),
    );
    return isGivenName(word) || inNames.has(word) || (/^\p{Lu}{2,3}$/u.test(word) && initials().has(word));
  };
  // Initials ("AB:") of people the text names in full, three labels by two speakers at least: each is a turn, once or
  // more, as a transcription service's file labels a podcast's speakers.
  const initialsLabels = labels.flatMap((l) =>
    l && /^\p{Lu}{2,3}$/u.test(speakerOf(l)) && initials().has(speakerOf(l)) ? [speakerOf(l)] : [],
  );
  const byInitials = initialsLabels.length >= 3 && new Set(initialsLabels).size >= 2;
  const isTurn = (l: Label | undefined): l is Label =>
    !!l &&
    (l.words >= 2 ||
      (byInitials && initialsLabels.includes(speakerOf(l))) ||
      l.chair ||
      l.presiding === true ||
      // "CHAIR (Senator Quinlivan):": the chair's office in one word, its holder in brackets.
      l.chairNamed === true ||
      l.numbered ||
      l.party ||
      // "Questioner:", "Interviewer:" recurring: no name, but a label of one who speaks.
      (singles.get(speakerOf(l))! >= 2 && (/\s/u.test(speakerOf(l)) || l.anonymous || nameWord(speakerOf(l)))) ||
      labelSurnames.has(speakerOf(l)));
  const turns = labels.filter(isTurn);
  // "The Convener" alone on its line (or "The Convener (Ann Bell)"): the witnesses' lines "Name (Organisation)" are
  // labels too.
  const officeLine = paragraphs.some((p) => chairOfficeLine(text.slice(p.start, p.end).trim()));
  // openparliament.ca's headlines ("Ann Bell Liberal Fenby—Marlow, ON"): its own blocks, and no other header form.
  const headlines = hasHeadlines(text, paragraphs);
  // A Hansard page headed by its chamber, or with a minister's label line: a name alone over a speech is a label too.
  const posts = headlines
    ? []
    : paragraphs.flatMap((_p, i) => {
        const h = labelLine(text, paragraphs, i, officeLine);
        return h?.post ? [text.slice(h.speaker.start, h.speaker.end)] : [];
      });
  // The chamber's heading opens the page, or follows its short lines of furniture ("(4 days, 8 hours ago)", a date).
  const chamberAt = paragraphs.findIndex((p) => CHAMBER_HEAD.test(text.slice(p.start, p.end).trim()));
  const headedByChamber =
    chamberAt !== -1 &&
    chamberAt <= 2 &&
    paragraphs.slice(0, chamberAt).every((p) => {
      const line = text.slice(p.start, p.end).trim();
      return wordCount(line) <= 8 && !/[.!?:;]$/u.test(line);
    });
  const chamber = posts.length > 0 || headedByChamber ? new Set(posts) : undefined;
  // Labels alone on their lines, in a layout that repeats them over turns ("Ann Bell", then her words).
  const alone = headlines ? new Set<number>() : labelsAlone(text, paragraphs);
  const headers = paragraphs.map((_p, i) => speakerHeader(text, paragraphs, i, officeLine, headlines, chamber, alone));
  repeatedHeaders(text, paragraphs, headers);
  const speakerNames = [
    ...turns.map(speakerOf),
    ...headers.flatMap((h) => (h ? [text.slice(h.speaker.start, h.speaker.end)] : [])),
  ];
  // A hearing's own title block ("Members present: …", "Examination of witnesses") makes a transcript of a text with
  // a single turn, as an excerpt with only the Chair's opening has; other texts need three turns by two speakers.
  // So does a speaker's label printed as Hansard's pages print one (a photo's text, "(in the Chair)", the label twice).
  const hearing =
    paragraphs.some((p) => HEARING_BLOCK.test(text.slice(p.start, Math.min(p.end, p.start + 60)))) ||
    paragraphs.some((p) => SWORN.test(text.slice(p.start, p.end).trim())) ||
    headers.some((h) => h?.strong) ||
    // The first turn's words open a sitting ("This is the opening preliminary hearing of …", "This hearing will come
    // to order"), or a heading over it gives the chair's remarks: an inquiry's excerpt of two turns is a hearing's.
    opensSitting(text, paragraphs, turns) ||
    // openparliament.ca's page (its headlines read, the party alone over one): its one block is a turn, as a page
    // with only the chair's opening has.
    (headlines && headers.some(Boolean)) ||
    // A member's label line ("Ann Bell (Fenby North) (LD)") over words only a debate's speech opens with: the mover's
    // "I beg to move", or the chair addressed ("It is a pleasure to serve under your chairmanship", "Madam Deputy
    // Speaker,"). A page printing one member's speech alone is a debate's excerpt.
    headers.some((h, i) => {
      if (!h?.member) return false;
      const speech = paragraphs[i + h.lines];
      return (
        speech !== undefined && DEBATE_SPEECH.test(text.slice(speech.start, Math.min(speech.end, speech.start + 300)))
      );
    });
  // The single turn must look like a hearing's: the Chair's, a numbered question or a speaker's header ("Photo
  // credit: Jane Smith" under a "Witnesses:" line makes no transcript).
  const hearingTurn = headers.some(Boolean) || turns.some((l) => l.chair || l.numbered || l.party);
  // A label that names the one in the chair ("Ann Bell AM (Chair):", "The Convener (Name):") is a hearing's or a
  // debate's: two turns by two speakers make a transcript of an excerpt.
  // So does a label line naming the one presiding ("The Deputy Presiding Officer (Name)" over the speech).
  const chairLabelled = turns.some((l) => l.chairNamed) || headers.some((h) => h?.chairNamed);
  // Otherwise, a conversation: three turns, someone speaking twice, or four. Three "Label: words" lines by three
  // speakers once each are a page's lines ("<Event title>: <subtitle>", "Name: Role at Organisation", "Chair: Name,
  // Role"), not turns; numbered questions, a party after a name or "(Mr Ewart)" opening an answer are a hearing's.
  // Only turns that read as speech count: a label over a few words with no sentence's end is a list's or a
  // programme's line ("Name: Leader, Fenby Council", "Name: Welcome and opening remarks").
  // So is "Chair: Name, Role of Org": who chairs, a name then a post, not the chair speaking.
  const spokenTurns = labels.filter((l, i): l is Label => {
    if (!isTurn(l)) return false;
    const words = text.slice(l.label.end + 1, paragraphs[i]!.end).trim();
    const post = /^([^,]+),\s+\p{Lu}/u.exec(words);
    if (PARTICIPANT_LABEL.test(speakerOf(l)) && post && NAME_WORDS.test(post[1]!)) return false;
    return wordCount(words) > 8 || /[.!?…—–-]["”’)]?$/u.test(words) || words === "";
  });
  const said = [
    ...spokenTurns.map(speakerOf),
    ...headers.flatMap((h) => (h ? [text.slice(h.speaker.start, h.speaker.end)] : [])),
  ];
  // Three turns by three speakers are a conversation when one is the chair's or a hearing's mark is there.
  // So are three turns by three people, each label a person's name (a given name or a title first), one speaking in
  // the first or second person: a short excerpt of a panel, not a page's "Key Findings: …" lines nor a programme's
  // "Name: Director of X, which …" lines.
  const lineOf = (l: Label) => text.slice(l.label.end, (text.indexOf("\n", l.label.end) + 1 || text.length + 1) - 1);
  const firstPerson = () => spokenTurns.some((l) => /\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us)\b/u.test(lineOf(l)));
  const person = (l: Label) => {
    const first = /^\S+/u.exec(speakerOf(l))![0].replace(/\.$/u, "");
    return /\s/u.test(speakerOf(l)) && (isGivenName(first) || PERSON_TITLE.test(first));
  };
  const conversation =
    said.length >= 4 ||
    (said.length === 3 &&
      (new Set(said).size < 3 ||
        spokenTurns.some((l) => l.numbered || l.party || l.bracket || l.chair) ||
        (headers.every((h) => !h) && spokenTurns.length === 3 && firstPerson() && spokenTurns.every(person))));
  // "The Convener:" speaking, then a witness answering: the chair's office with its article, as an official report
  // labels the chair, makes an excerpt of two turns by two speakers a hearing's.
  const officeSpeaks = spokenTurns.some((l) => l.chair && /^the\s/iu.test(speakerOf(l)));
  // "Transcript" alone on its line over the turns, as a podcast's or a hearing's page heads them: two turns by two
  // speakers under it are an excerpt of a conversation.
  // The labels above the heading are the page's notes ("- Ann Bell: Why Grids Matter", a past episode's title).
  const head = paragraphs.findIndex((p) => TRANSCRIPT_HEAD.test(text.slice(p.start, p.end).trim()));
  const under = head === -1 ? [] : spokenTurns.filter((l) => l.label.start > paragraphs[head]!.end);
  const headed = new Set(under.map(speakerOf)).size >= 2;
  // One speaker's turn under it is enough when the label is a person's name (a given name or a title first) and the
  // words, more than a few, speak in the first or second person: a webinar's page printing its host's opening alone
  // ("Transcript", then "Ann Bell: Good morning and welcome. My name is Ann Bell and I …").
  const headedSpeech =
    under.length >= 1 &&
    new Set(under.map(speakerOf)).size === 1 &&
    under.every(person) &&
    under.some((l) => wordCount(lineOf(l)) > 8 && FIRST_OR_SECOND_PERSON.test(lineOf(l)));
  // Under a transcriber's note, one turn is enough when its label is a person's: a title or a given name first, past
  // a style ("The Honourable Mrs Justice Hale:", "Dr Ann Bell:"), and its words fill a sentence at least.
  const note = paragraphs.findIndex((p) => TRANSCRIBED.test(text.slice(p.start, p.end).trim()));
  const transcribed =
    note !== -1 &&
    spokenTurns.some((l) => {
      const name = speakerOf(l).replace(/^(?:The\s+)?(?:Right\s+)?(?:Hon(?:ourable|\.)?)\s+/u, "");
      const first = /^\S+/u.exec(name)![0].replace(/\.$/u, "");
      return (
        l.label.start > paragraphs[note]!.end &&
        /\s/u.test(name) &&
        NAME_WORDS.test(name) &&
        (isGivenName(first) || PERSON_TITLE.test(first)) &&
        wordCount(text.slice(l.label.end, text.indexOf("\n", l.label.end) + 1 || text.length)) > 8
      );
    });
  // Turns under the text's own introduction of those who speak ("The panelists included: Ann Bell, …", "The moderator
  // was Tom Reed, …"): two turns by two people, each label a person's name the text gave before the first turn, one
  // speaking in the first or second person. A write-up's excerpt of its panel.
  const firstLabel = Math.min(...spokenTurns.map((l) => l.label.start));
  const introduced =
    spokenTurns.length >= 2 &&
    new Set(spokenTurns.map(speakerOf)).size >= 2 &&
    spokenTurns.every((l) => person(l) && text.lastIndexOf(speakerOf(l), firstLabel - 1) !== -1) &&
    firstPerson();
  // Turns under a list of those taking part, a line each ("Ann Bell, Fenby Trust" / "Tom Reed, Marlow Bank"), as a
  // page of a panel's highlights gives them: one turn or more, each label a name the list gives, one speaking in the
  // first or second person.
  const listedNames = new Set<string>();
  const listLines = paragraphs.filter((p) => p.end <= firstLabel);
  for (let k = 0; k < listLines.length; k++) {
    const name = (q: Paragraph | undefined) =>
      q ? LISTED_NAME.exec(text.slice(q.start, q.end).trim())?.[1] : undefined;
    const here = name(listLines[k]);
    if (here && (name(listLines[k - 1]) || name(listLines[k + 1]))) listedNames.add(here);
  }
  const listed =
    spokenTurns.length >= 1 &&
    listedNames.size >= 2 &&
    spokenTurns.every((l) => listedNames.has(speakerOf(l))) &&
    firstPerson();
  const enough =
    transcribed || introduced || listed || headedSpeech || (hearing && (hearingTurn || speakerNames.length >= 2))
      ? speakerNames.length >= 1
      : (conversation || ((chairLabelled || officeSpeaks || headed) && speakerNames.length >= 2)) &&
        new Set(speakerNames).size >= 2;
  if (!enough) return undefined;

  const transcript: Transcript = { form: "panel", turns: [], members: [], witnesses: [] };
  // A chamber's record of members' questions and ministers' answers.
  if (sections) {
    transcript.readable = text;
    transcript.form = "debate";
  }
  if (capitals) {
    transcript.readable = text;
    transcript.witnesses.push(...capitals.witnesses);
    if (capitals.chair) transcript.chair = capitals.chair;
  }
  coverWitnesses(text, paragraphs, labels, headers, transcript);
  // A headline's name runs on into its party and riding for the people finder ("Ann Bell Liberal Baie-Verte"): read
  // with a line break between them, one character for one, so every offset stays.
  if (headlines) {
    const chars = (transcript.readable ?? text).split("");
    let changed = false;
    const breakAt = (at: number) => {
      if (chars[at] === " ") ((chars[at] = "\n"), (changed = true));
    };
    for (const h of headers) {
      if (!h) continue;
      if (h.member) breakAt(h.speaker.end);
      else breakAt(h.speaker.start - 1);
    }
    if (changed) transcript.readable = chars.join("");
  }
  // openparliament.ca's "Also speaking" list: "Odile Brassard  President, Fenby Grain Growers", a witness a line, the
  // name and post two spaces apart; not "Clerk of the Committee  Ms. Ann Bell", a post and its holder.
  if (headlines) {
    const also = paragraphs.findIndex((p) => /^also\s+speaking$/iu.test(text.slice(p.start, p.end).trim()));
    for (const p of also === -1 ? [] : paragraphs.slice(also + 1)) {
      if (headers[paragraphs.indexOf(p)] || TIME_STAMP.test(text.slice(p.start, p.end))) break;
      for (const m of text.slice(p.start, p.end).matchAll(/^(\p{Lu}[^\n]*?) {2,}(\S[^\n]*)$/gmu)) {
        if (
          !NAME_WORDS.test(m[1]!) ||
          /^(?:Mr|Mrs|Ms|Miss|Dr|Hon)\b/u.test(m[2]!) ||
          /^(?:the\s+)?(?:joint\s+)?(?:clerk|chair|vice-chair)\b/iu.test(m[1]!)
        )
          continue;
        transcript.witnesses.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
      }
    }
  }
  // The words of the speakers' labels without letters after them ("Ann Bell AM" → "Ann Bell"), for a tabled question.
  const speakerWords = new Set(
    speakerNames.map((n) => n.replace(/\s+(?:AM|MP|MS|AS|MSP|MLA)$/u, "")).filter((n) => n.includes(" ")),
  );
  let inWitnessList = false;
  let inMembersList = false;
  let firstTurn = -1;
  let current: Turn | undefined;
  // An inquiry's witness called "(sworn)", and the last one who asked by name: whose "A." and "Q." paragraphs are.
  let witness: Span | undefined;
  let lastAsker: Turn | undefined;
  // A chamber's presiding officer speaks: a debate, not a committee's hearing.
  let presided = false;
  const chairDeclaration = (l: Label, p: Paragraph) => {
    // "Chair: Jane Smith" in a title block: a short name, not words spoken.
    const rest = text.slice(l.label.end + 1, p.end).trim();
    return (
      CHAIR_LINE.test(text.slice(l.speaker.start, l.speaker.end)) &&
      /^(?:\S+\s+){0,5}\S+$/u.test(rest) &&
      // A name: two capitalised words first ("Jane Smith", "Dr Smith"), not words spoken ("Good morning, everyone.").
      /^\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(rest) &&
      !/[?!]$/u.test(rest)
    );
  };
  const paragraphText = (i: number) => (paragraphs[i] ? text.slice(paragraphs[i]!.start, paragraphs[i]!.end) : "");
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const body = text.slice(p.start, p.end);
    // A line in capitals the title block names a witness or the chair with ("STATEMENT OF …", "SURNAME, Ms Given,
    // Role", "Chairman Smith presiding."), and a note that what follows is a paper, not speech ("[The prepared
    // statement of Mr. Reyes follows:]"): no one's words, and the turn before them ends.
    if (capitals?.breaks.has(i) || PAPER_FOLLOWS.test(body.trim())) {
      current = undefined;
      continue;
    }
    // List lines: "Members present: …", "Witnesses: …", "I: Name, Role, Org; …", "Chair: Name".
    const list = /^([^:\n]{1,40}):\s*/u.exec(body.slice(0, 60));
    const listLabel = list?.[1]!.trim();
    if (
      list &&
      listLabel &&
      /^(?:(?:committee\s+)?members(?:\s+(?:present|in\s+attendance))?|present)$/iu.test(listLabel)
    ) {
      transcript.members.push(...entries(text, p.start + list[0].length, p.end));
      for (const e of transcript.members) if (CHAIR_MARK.test(text.slice(e.start, e.end))) transcript.chair ??= e;
      // "Members present:" alone on its line: the members follow, one a line ("Mr Edwin Larch, in the Chair").
      inMembersList = text.slice(p.start + list[0].length, p.end).trim() === "";
      current = undefined;
      continue;
    }
    // "[Sir Ann Bell in the Chair]": the sitting's chair, whoever else a "Chairs:" list names.
    const sitting = SITTING_CHAIR.exec(body);
    if (sitting) {
      const at = sitting[1] ? p.start + 1 : p.start;
      transcript.chair ??= { start: at, end: at + (sitting[1] ?? sitting[2]!).length };
      current = undefined;
      continue;
    }
    // "Chairs: † Sir A, Dr B, C": a bill committee's panel of chairs, people of the committee; none chairs yet.
    if (list && listLabel && /^chairs$/iu.test(listLabel)) {
      transcript.members.push(...entries(text, p.start + list[0].length, p.end));
      continue;
    }
    // "Members present" alone on its line, without a colon, as older Commons pages print it; "Members present for all
    // or part of the proceedings:", "Committee Members in Attendance", "Present".
    if (MEMBERS_HEAD.test(body)) {
      inMembersList = true;
      current = undefined;
      continue;
    }
    if (inMembersList && firstTurn === -1 && MEMBER_LINE.test(body) && !SECTION.test(body)) {
      transcript.members.push({ start: p.start, end: p.end - (/[.;,]$/u.test(body) ? 1 : 0) });
      if (CHAIR_MARK.test(body)) transcript.chair ??= { start: p.start, end: p.end };
      continue;
    }
    inMembersList = false;
    if (
      list &&
      listLabel &&
      (/^(?:witness(?:es)?|panel(?:lists|ists)?|speakers|the\s+following\s+also\s+participated)$/iu.test(listLabel) ||
        ROMAN.test(listLabel))
    ) {
      const rest = text.slice(p.start + list[0].length, p.end);
      if (rest.trim() !== "") transcript.witnesses.push(...entries(text, p.start + list[0].length, p.end));
      inWitnessList = rest.trim() === "";
      current = undefined;
      continue;
    }
    // A speaker's header, then their speech: "Photo of Name Name Role, Party 2:00 pm, 4th May 2026", or a name line
    // and a line describing them ("Conservative, Place"), as Hansard and TheyWorkForYou print a debate.
    const header = headers[i];
    if (header && i + header.lines < paragraphs.length) {
      inWitnessList = false;
      const speech = paragraphs[i + header.lines]!;
      if (firstTurn === -1) firstTurn = i;
      current = {
        label: header.label,
        speaker: header.speaker,
        chair: header.chair === true,
        anonymous: header.anonymous === true,
        numbered: false,
        words: { start: speech.start, end: speech.end },
      };
      if (header.member) current.member = true;
      if (header.office) current.post = header.office;
      if (header.chairNamed) transcript.chair ??= header.speaker;
      // "Moved by" above the label: the words under it are the motion, not a speech.
      if (/^moved\s+by$/iu.test(paragraphText(i - 1))) {
        current = undefined;
        i += header.lines;
        continue;
      }
      transcript.turns.push(current);
      if (transcript.form === "panel") transcript.form = "debate";
      i += header.lines;
      continue;
    }
    const sworn = SWORN.exec(body.trim());
    if (sworn) {
      witness = { start: p.start, end: p.start + sworn[1]!.length };
      current = undefined;
      continue;
    }
    const qa = witness ? QUESTION_ANSWER.exec(body) : null;
    const qaSpeaker = qa ? (qa[1] === "A" ? witness : lastAsker?.speaker) : undefined;
    if (qa && qaSpeaker) {
      current = {
        label: { start: p.start, end: p.start + 1 },
        speaker: qaSpeaker,
        chair: qa[1] === "Q" && lastAsker!.chair,
        anonymous: false,
        numbered: false,
        words: { start: p.start + qa[0].length, end: p.end },
      };
      transcript.turns.push(current);
      continue;
    }
    const l = labels[i];
    // "Chair: Jane Smith" declares the chair only in the title block; after the first turn it is the chair speaking.
    if (l && firstTurn === -1 && chairDeclaration(l, p)) {
      const from = l.label.end + 1;
      transcript.chair ??= { start: from + text.slice(from, p.end).search(/\S/u), end: p.end };
      current = undefined;
      continue;
    }
    // "Panelist-1: Meredith Rowe (Univ. Fenby)", "Chair: Name (Org)" under a programme's part: a line of a list
    // of who took part, wherever it stands, not words spoken.
    if (l && PARTICIPANT_LABEL.test(text.slice(l.speaker.start, l.speaker.end))) {
      const rest = text.slice(l.label.end + 1, p.end).trim();
      const name = /^([^()]+?)\s*(?:\([^()]{1,80}\))?$/u.exec(rest)?.[1];
      if (name && NAME_WORDS.test(name)) {
        if (firstTurn === -1 && CHAIR_LINE.test(text.slice(l.speaker.start, l.speaker.end)))
          transcript.chair ??= {
            start: l.label.end + 1 + text.slice(l.label.end + 1, p.end).search(/\S/u),
            end: p.end,
          };
        current = undefined;
        continue;
      }
    }
    if (SECTION.test(body) && p.heading) {
      inWitnessList = /^witness/iu.test(body);
      current = undefined;
      continue;
    }
    // Before the first turn, a label over a title ("Official Report: Minutes of Evidence", "<Item>: <Org>") is the
    // page's title block: capitalised words with no sentence's end are no one's words.
    if (
      isTurn(l) &&
      firstTurn === -1 &&
      !l.chair &&
      !l.numbered &&
      (titleLine(text, l, p) ||
        (!spokenTurns.includes(l) && /^\p{Ll}/u.test(text.slice(l.label.end + 1, p.end).trim())))
    ) {
      current = undefined;
      continue;
    }
    if (isTurn(l) && !(headed && i < head)) {
      inWitnessList = false;
      if (firstTurn === -1) firstTurn = i;
      current = {
        label: l.label,
        speaker: l.speaker,
        chair: l.chair,
        anonymous: l.anonymous,
        numbered: l.numbered,
        words: wordsAfter(text, l.label.end, p.end),
      };
      // A member's label: a party after the name, or a parliament's letters ("Ann Bell MSP", "Ann Bell AS").
      const who = text.slice(l.speaker.start, l.speaker.end);
      if (l.party || l.member || MEMBER_LETTERS.test(who) || MEMBER_TITLE.test(who)) current.member = true;
      transcript.turns.push(current);
      lastAsker = current;
      if (l.chairNamed) transcript.chair ??= l.speaker;
      if (l.presiding) presided = true;
      if (l.party || l.presiding) {
        transcript.form = transcript.form === "committee" ? "committee" : "debate";
      }
      if (l.numbered) transcript.form = "committee";
      continue;
    }
    if (inWitnessList && firstTurn === -1) {
      if (list) {
        // "<Item>: <Organisation>", an agenda heading: the list has ended.
        inWitnessList = false;
        current = undefined;
        continue;
      }
      // One witness a line ("Ms Ann Bell, Department of Finance"; "Dr Ann Bell, Chair, NHS Body"), unless the line
      // lists several with ";" or "A, B and C".
      // A line after one that ends with a comma goes on with that witness's entry ("Valerie Hale,", "Executive
      // Director,", "Fenby Trust"): their post or body, not another witness.
      if (/,$/u.test(paragraphText(i - 1).trim()) && transcript.witnesses.length > 0) continue;
      if (body.includes(";") || /,[^,]*\band\s+\p{Lu}[^,]*$/u.test(body)) {
        transcript.witnesses.push(...entries(text, p.start, p.end));
      } else {
        transcript.witnesses.push({ start: p.start, end: p.end - (/[.;,]$/u.test(body) ? 1 : 0) });
      }
      continue;
    }
    // "2019/1234 - Holding Down Fares Ann Bell": a tabled question's number, title and asker, as London Assembly
    // transcripts print one; the question under it is the asker's words. The asker is one who speaks in a turn.
    const tabled = TABLED_QUESTION.exec(body);
    const asker = tabled ? speakerAtEnd(body, speakerWords) : undefined;
    if (tabled && asker !== undefined && paragraphs[i + 1] && !labels[i + 1]) {
      const question = paragraphs[i + 1]!;
      current = {
        label: { start: p.start, end: p.end },
        speaker: { start: p.start + asker, end: p.end },
        chair: false,
        anonymous: false,
        numbered: true,
        words: { start: question.start, end: question.end },
      };
      transcript.turns.push(current);
      transcript.form = "committee"; // members question a guest, as in a hearing
      current = undefined;
      i += 1;
      continue;
    }
    // A time stamp between turns ("10:01", as an official report prints one) ends the turn before it, and so does
    // "Motion debated," over a motion's text ("That the Parliament …"), which is no one's speech; so does a tabled
    // motion's reference line ("Motion NDM1234 Ann Bell") over its numbered clauses, inside the presiding officer's turn.
    // Page furniture between speeches ("Share this speech", "Hansard source", "<Name> Excerpts") ends the turn before it.
    // So do an official report's page's date line and the title line over it, and its note of the meeting's course
    // ("10:02 Meeting suspended.", "Meeting continued in private until 12:15."), and a chamber's record of its
    // proceedings ("Question put and agreed to.", "Bill accordingly read a Second time."), and a bill's order paper
    // printed between the speeches ("Clause 1 : Duty to dredge", "Amendment 1", "Moved by", the amendment's text).
    // The reference's line names the member the motion stands in the name of: the clauses under it are theirs, tabled.
    const reference = MOTION_REFERENCE.exec(body.trim());
    if (reference) {
      const name = reference[1]!.trim();
      const at = p.start + body.length - body.trimStart().length + reference[0].length - name.length;
      current =
        name && NAME_WORDS.test(name)
          ? {
              label: { start: p.start, end: p.end },
              speaker: { start: at, end: at + name.length },
              chair: false,
              anonymous: false,
              numbered: false,
              tabled: true,
              words: { start: p.end, end: p.end },
            }
          : undefined;
      if (current) transcript.turns.push(current);
      continue;
    }
    if (
      TIME_STAMP.test(body) ||
      MOTION_LINE.test(body) ||
      ORDER_PAPER_LINE.test(body.trim()) ||
      PAGE_FURNITURE.test(body.trim()) ||
      MEETING_DATE.test(body.trim()) ||
      MEETING_DATE.test(paragraphText(i + 1).trim()) ||
      // The committee's name over the item's title over the date ("Harbours Committee" / "Ferries Bill" / "Meeting
      // date: …"), as the official report's search pages print each contribution: two lines that are no sentences.
      (MEETING_DATE.test(paragraphText(i + 2).trim()) && headingLine(body) && headingLine(paragraphText(i + 1))) ||
      MEETING_NOTE.test(body) ||
      PROCEEDINGS_LINE.test(body.trim())
    ) {
      current = undefined;
      continue;
    }
    // openparliament.ca's topic line over the next block's time ("Sitting ResumedFenby Harbours ActGovernment Orders"),
    // no sentence: no one's words.
    if (headlines && TIME_STAMP.test(paragraphText(i + 1)) && !/[.!?…:;,"”’)\]—–-]$/u.test(body.trim())) {
      current = undefined;
      continue;
    }
    // A paragraph without a label continues the turn before it, unless it is a heading right before a new turn (or
    // before a time stamp and a new turn).
    const next = labels[i + 1] ?? (TIME_STAMP.test(paragraphText(i + 1)) ? labels[i + 2] : undefined);
    // Where every label stands alone on its line, a heading that is none ("Annex") ends the turn: no one says it.
    if (alone.size > 0 && p.heading) {
      current = undefined;
      continue;
    }
    // A turn whose label stood alone on its line has its words from this paragraph on.
    if (current && !(p.heading && next))
      current.words = { start: current.words.end <= current.words.start ? p.start : current.words.start, end: p.end };
    else current = undefined;
  }
  askedByField(text, paragraphs, transcript);
  // "And I am Ann Bell, the Chair of the committee.": the chair's office labels her turns and she names herself in them.
  if (!transcript.chair) {
    for (const t of transcript.turns) {
      if (!t.chair) continue;
      const said = SELF_NAMED_CHAIR.exec(text.slice(t.words.start, t.words.end));
      if (!said) continue;
      const at = t.words.start + said.index + said[0].indexOf(said[1]!);
      transcript.chair = { start: at, end: at + said[1]!.length };
      break;
    }
  }
  // "Good morning, and welcome to the 9th meeting in 2028 of the Harbours Committee": only the convener opens a
  // meeting so, in whatever turn of the page the words stand (a search page of contributions prints the latest first).
  if (!transcript.chair) {
    const opener = transcript.turns.find(
      (t) => !t.chair && !t.anonymous && MEETING_WELCOME.test(text.slice(t.words.start, t.words.end)),
    );
    if (opener) transcript.chair = opener.speaker;
  }
  // "… and I call on Ann Bell to move the motion." over Ann Bell's "Thank you, Dirprwy Lywydd": the one who calls the
  // next speaker, who opens by addressing the presiding office, presides, where no label names the office (a
  // debate page heading each speech with the member's photo line alone). A motion's turn between them is no one's.
  if (!transcript.chair) {
    // Each turn's next turn that is no motion's, found in one pass from the end.
    const nextSpoken: (Turn | undefined)[] = [];
    let spoken: Turn | undefined;
    for (let k = transcript.turns.length - 1; k >= 0; k--) {
      nextSpoken[k] = spoken;
      if (!transcript.turns[k]!.tabled) spoken = transcript.turns[k];
    }
    for (const [k, t] of transcript.turns.entries()) {
      const next = nextSpoken[k];
      if (!next || t.chair || t.anonymous || t.tabled || next.anonymous || sameSpan(text, t.speaker, next.speaker))
        continue;
      const words = text.slice(t.words.start, t.words.end);
      if (!/\bcall\b/u.test(words)) continue;
      const called = text.slice(next.speaker.start, next.speaker.end);
      const calls = new RegExp(
        String.raw`\bI\s+(?:now\s+)?call\s+(?:on\s+|upon\s+)?${called.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}\b`,
        "u",
      );
      if (calls.test(words) && ADDRESSES_PRESIDING.test(text.slice(next.words.start, next.words.end))) {
        transcript.chair = t.speaker;
        break;
      }
    }
  }
  const examination = paragraphs.some((p) => /^examination\s+of\s+witness/iu.test(text.slice(p.start, p.end)));
  if (transcript.members.length > 0 || examination) transcript.form = "committee";
  // A US hearing: its members ask (a Senator, a Representative), its witnesses answer.
  if (capitals?.hearing && transcript.turns.some((t) => t.member)) transcript.form = "committee";
  // A hearing whose chair no list names (a public bill committee's page): the one who opens it, welcoming the
  // witnesses or calling the first questioner, is a member who asks, not a chair: no chair word names them (the
  // gold's "the text never calls them the chair").
  const opening = transcript.turns[0];
  const block = paragraphs.slice(0, firstTurn === -1 ? paragraphs.length : firstTurn);
  const titled = hearingTitle(text, block);
  // Words that open a sitting ("The subcommittee will come to order", "This is the opening preliminary hearing of
  // …") say so in any layout, an inquiry's as well as a committee's, as does a heading over the chair's remarks: those
  // name the one presiding.
  const openingWords = opening ? text.slice(opening.words.start, opening.words.end) : "";
  const openerOnly = opening !== undefined && !opening.chair && !opening.anonymous && !transcript.chair;
  // So does a welcome where the chair's office labels later turns ("Chair: Thank you all."): the office is the opener's.
  const committeeRecord = transcript.form === "committee" || titled.committee !== undefined;
  const opensHearing = committeeRecord && OPENS_HEARING.test(openingWords);
  if (
    openerOnly &&
    (OPENS_SITTING.test(openingWords) ||
      (committeeRecord && RUNS_AGENDA.test(openingWords)) ||
      chairRemarksOver(text, paragraphs, opening.label.start) ||
      (opensHearing && transcript.turns.some((t) => t.chair)))
  ) {
    transcript.chair = opening.speaker;
  } else if (openerOnly && opensHearing) {
    transcript.opener = opening.speaker;
  }
  // A committee's meeting (the title block names the committee) with a chair, where members, known by their party or
  // their parliament's letters, question others: a hearing, whatever its labels' form ("Name (Seat) (Party):" as
  // Holyrood prints a member, "Name AS:" as the Senedd does). The members ask; the others answer.
  if (
    transcript.form !== "committee" &&
    titled.committee !== undefined &&
    (transcript.chair !== undefined || transcript.opener !== undefined || transcript.turns.some((t) => t.chair)) &&
    !presided &&
    headers.every((h) => !h?.anonymous) &&
    transcript.turns.some((t) => t.member) &&
    transcript.turns.some(
      (t) =>
        !t.member &&
        !t.chair &&
        !t.anonymous &&
        (transcript.chair === undefined || !sameSpan(text, t.speaker, transcript.chair)) &&
        (transcript.opener === undefined || !sameSpan(text, t.speaker, transcript.opener)),
    )
  ) {
    transcript.form = "committee";
  }
  // openparliament.ca's committee page: members, known by their party, question witnesses, named under their post.
  if (
    headlines &&
    transcript.turns.some((t) => t.member) &&
    transcript.turns.some(
      (t) =>
        !t.member && !t.chair && !t.anonymous && headers.some((h) => h?.strong && sameSpan(text, h.speaker, t.speaker)),
    )
  ) {
    transcript.form = "committee";
  }
  if (headed) {
    const noted = labels.filter((l, i): l is Label => i < head && isTurn(l)).map((l) => l.speaker);
    if (noted.length > 0) transcript.noted = noted;
  }
  selfIntroduced(text, transcript.turns);
  Object.assign(transcript, titled);
  if (paragraphs !== given) transcript.paragraphs = paragraphs;
  return transcript;
}

/**
 * "Jay:" over a show's turns, and in one of its first turns "I'm Jay Marlowe": a one-word label, recurring, is the given
 * name of the one who names themself so in their own words, whatever else the word may be ("Jay", "Christian",
 * "Hope"). Their turns name that person: each turn's speaker is the name they give. Only "I'm", "I am" and "my name
 * is" followed by the label's word and one capitalised word; "This is Jay Marlowe" may introduce another.
 */
function selfIntroduced(text: string, turns: Turn[]): void {
  const byLabel = new Map<string, Turn[]>();
  for (const t of turns) {
    if (t.chair || t.anonymous) continue;
    const label = text.slice(t.speaker.start, t.speaker.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(label)) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), t]);
  }
  for (const [label, own] of byLabel) {
    if (own.length < 2) continue;
    const intro = new RegExp(
      `(?<![\\p{L}'’])(?:I['’]m|I\\s+am|[Mm]y\\s+name\\s+is)\\s+(${label}\\s+\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-])(?!\\s+\\p{Lu})`,
      "u",
    );
    let name: Span | undefined;
    for (const t of own.slice(0, 3)) {
      const m = intro.exec(text.slice(t.words.start, t.words.end));
      if (!m) continue;
      const at = t.words.start + m.index + m[0].length - m[1]!.length;
      name = { start: at, end: at + m[1]!.length };
      break;
    }
    if (name) for (const t of own) t.speaker = { ...name };
  }
}

/** A line of a list of those taking part: a name of two or three capitalised words, then perhaps ", Organisation". */
const LISTED_NAME = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})(?:,\s+\p{Lu}[^\n:;]{1,80})?$/u;

/** Whether two spans hold the same words, or one holds the other's name ("Ann Bell" in "Ann Bell (Chair)"). */
function sameSpan(text: string, a: Span, b: Span): boolean {
  const x = text.slice(a.start, a.end);
  const y = text.slice(b.start, b.end);
  return x === y || y.startsWith(`${x} `) || x.startsWith(`${y} `);
}

/**
 * A parliament's title before a member's name: "Senator Ann Bell", "Deputy Ann Bell" (a member of the Dáil), not a
 * post ("Deputy Chief Constable Ann Bell", "Deputy Director Ann Bell").
 */
const MEMBER_TITLE =
  /^(?:Senator|Deputy)\s+(?!(?:Chief|Chair|Chairman|Chairperson|Speaker|Director|Head|Minister|Commissioner|Presiding|Mayor|Leader|Governor|Secretary|Principal|Clerk)\b)\p{Lu}/u;

/** A parliament's letters after a member's name: "AM", "MS", "AS", "MSP", "MLA", "MP", "TD". */
const MEMBER_LETTERS = /\s(?:AM|MS|AS|MSP|MLA|MP|TD|MLC|MHK|MPP|MNA)$/u;

/** A form's field naming who asked a question: "Question By", "Asked By", "Submitted By". */
const ASKED_BY_FIELD = /^(?:question(?:\s+asked)?|asked|submitted|tabled)\s+by$/iu;

/**
 * "Question By:" over the member's name (and party), "Asked Of:" over "The Mayor", then the question, as the London
 * Assembly's page of a Mayor's question prints it: the fields are no one's words (their labels are anonymous), and
 * each question under them (a paragraph ending in "?") is the named member's, asked as a member asks in a hearing.
 */
function askedByField(text: string, paragraphs: Paragraph[], transcript: Transcript): void {
  const asked: Turn[] = [];
  for (const [k, t] of transcript.turns.entries()) {
    if (!t.anonymous || !ASKED_BY_FIELD.test(text.slice(t.speaker.start, t.speaker.end))) continue;
    const line = /^[^\n]*/u.exec(text.slice(t.words.start, t.words.end))![0].trim();
    if (!NAME_WORDS.test(line) || OFFICE_LINE.test(line) || /^The\s/u.test(line)) continue;
    const speaker = { start: t.words.start, end: t.words.start + line.length };
    // The questions under this field and the anonymous fields after it ("Asked Of:"), up to the next one who speaks.
    const fields = [t];
    for (const u of transcript.turns.slice(k + 1)) {
      if (!u.anonymous) break;
      fields.push(u);
    }
    const end = fields.at(-1)!.words.end;
    for (const p of paragraphs) {
      if (p.start < speaker.end || p.end > end) continue;
      if (!/\?["”’]?$/u.test(text.slice(p.start, p.end).trim())) continue;
      // The field the question stands under ends before it.
      for (const u of fields) if (u.words.start < p.start && p.start < u.words.end) u.words.end = p.start;
      asked.push({
        label: t.label,
        speaker,
        chair: false,
        anonymous: false,
        numbered: true,
        words: { start: p.start, end: p.end },
      });
    }
  }
  if (asked.length === 0) return;
  transcript.turns.push(...asked);
  transcript.turns.sort((a, b) => a.words.start - b.words.start);
  transcript.form = "committee"; // members question a guest, as in a hearing
}

/** A tabled question's line: its number ("2014/2976"), a dash, then its title and the member who tabled it. */
const TABLED_QUESTION = /^\d{4}\/\d+\s*[-–—]\s*\S/u;

/** Where the line ends with the name of one who speaks in a turn ("… Fares Ann Bell"), or undefined. */
function speakerAtEnd(line: string, speakers: Set<string>): number | undefined {
  for (const name of speakers) if (line.endsWith(` ${name}`)) return line.length - name.length;
  return undefined;
}

/**
 * Words that read as a title, not speech: a few capitalised words (joiners and numbers aside), no sentence's end, or a
 * list of such names with ";" ("<Item>: <Organisation>; <Organisation>").
 */
function titleWords(words: string): boolean {
  const all = words.trim();
  if (/[.!?]$/u.test(all)) return false;
  const pieces = all.split(/\s*;\s*/u);
  return (
    pieces.length <= 6 &&
    pieces.every((piece) => {
      const w = piece.split(/\s+/u);
      return (
        w.length <= 8 &&
        w.every((x) => /^[\p{Lu}\p{N}(]/u.test(x) || JOINERS.has(x.toLowerCase()) || /^[–—&-]$/u.test(x))
      );
    })
  );
}

/**
 * A title block's line with a colon, not a turn: "<Item>: <Organisation>; <Organisation>", or a heading in capitals
 * over a few words with no sentence's end ("PENSION ISSUES: the ombudsman's report"), as older Commons pages print an
 * inquiry's name. A speaker's label is no heading: a name in capitals speaks in sentences.
 */
function titleLine(text: string, l: Label, p: Paragraph): boolean {
  const rest = text.slice(l.label.end + 1, p.end).trim();
  if (titleWords(rest)) return true;
  const label = text.slice(l.label.start, l.label.end);
  return !/\p{Ll}/u.test(label) && wordCount(rest) <= 8 && !/[.!?…,;]/u.test(rest);
}

/** A heading over a committee's members, as a report's front matter gives them: "Current membership", "Membership". */
const MEMBERSHIP_HEAD =
  /^(?:(?:current|committee)\s+)?membership(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:committee|commission|board|panel))?\s*:?\s*$/iu;

/** A heading over a list of those attending who are not members: witnesses, officials, others. */
const OTHERS_HEAD =
  /^(?:witnesses|(?:(?:\p{Lu}[\p{L}-]*\s+)?officials|others|officers|staff)\s+in\s+attendance|in\s+attendance|also\s+(?:present|in\s+attendance)|officers(?:\s+present)?)\s*:?\s*$/iu;

/**
 * The lists of those present in a record that has no turns (minutes, a Senedd record's title block): the lines under
 * "Present", "Members present", "Committee Members in Attendance", "Others in Attendance", "Witnesses" (and a report's
 * "Current membership" of its committee), one entry a
 * line, up to the first line that reads as prose. A name in one is a person's.
 */
export function attendanceLists(text: string, paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  let open = false;
  let seats = false;
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (MEMBERS_HEAD.test(body) || OTHERS_HEAD.test(body) || MEMBERSHIP_HEAD.test(body)) {
      open = true;
      seats = MEMBERSHIP_HEAD.test(body);
      continue;
    }
    if (!open) continue;
    const words = wordCount(body);
    if (!/^[\p{Lu}†]/u.test(body) || words > 16 || (words > 8 && /[.!?]$/u.test(body))) {
      // A heading in another language over the next list ("Y rhai eraill a oedd yn bresennol") keeps it open.
      open = p.heading;
      continue;
    }
    // A membership list's brackets hold each member's seat or party ("Ann Bell (Fenby North)"): only the name vouches.
    const bracket = seats ? body.search(/\s+\(/u) : -1;
    out.push({ start: p.start, end: bracket > 0 ? p.start + bracket : p.end });
  }
  return out;
}

/** The hearing's name from the title block: "<Committee>: <inquiry>, <date>", as much as the block gives. */
function hearingTitle(
  text: string,
  block: Paragraph[],
): Pick<Transcript, "title" | "titleEvidence" | "dateEvidence" | "committee" | "subject"> {
  let committee: Span | undefined;
  let inquiry: Span | undefined;
  let subject: Span | undefined;
  let date: string | undefined;
  let dateAt: Span | undefined;
  let heading: Span | undefined;
  for (const p of block) {
    const body = text.slice(p.start, p.end);
    if (/^(?:(?:committee\s+)?members|present|witness|chair|moderator|host|panel|speakers|I|II)\b[^:]*:/iu.test(body))
      continue;
    const inq = INQUIRY.exec(body);
    // "Rural bus services: evidence session": the subject before the session's kind, as the Senedd's agenda heads it.
    const subjectFirst = SUBJECT_FIRST.exec(body);
    if (!subject && subjectFirst) subject = { start: p.start, end: p.start + subjectFirst[1]!.length };
    // "Rural Buses – in the House of Commons at 2:32 pm on 14 March 2028.": a re-published debate's title line.
    const debate = DEBATE_TITLE.exec(body);
    if (!inquiry && debate) {
      inquiry = { start: p.start, end: p.start + debate[1]!.length };
    } else if (!inquiry && inq) {
      let end = p.end;
      const hc = /,?\s*(?:HC|HL(?:\s+Paper)?)\s+\d+\b.*$/u.exec(body);
      if (hc) end = p.start + hc.index;
      const dated = DATE.exec(text.slice(p.start + inq[0].length, end));
      if (dated) end = Math.min(end, p.start + inq[0].length + dated.index);
      inquiry = { start: p.start + inq[0].length, end };
      while (inquiry.end > inquiry.start && /[\s,.;–—-]/u.test(text[inquiry.end - 1]!)) inquiry.end--;
    } else if (
      !committee &&
      /^\p{Lu}/u.test(body) &&
      // (A "Scrutiny Panel" is a council's committee; the authority's name over it in the block is no committee's.)
      /\b(?:Committee|Commission|Sub-Committee|Select Committee)\b|(?<=\p{Lu}[\p{L}'’-]*\s)Panel\b(?!\s*:)/u.test(
        body,
      ) &&
      !/:\s*$|\bclerks?\b/iu.test(body) &&
      body.split(/\s+/u).length <= 14
    ) {
      // "Committee for Finance, meeting on Wednesday, 3 March 2021": the committee, without the meeting's date.
      // "London Assembly Transport Committee – Tuesday, 4 March 2025": without the date after a dash or a comma.
      const meeting = /,\s*(?:meeting|sitting|held)\b/iu.exec(body);
      const dated = DATE.exec(body);
      const beforeDate = dated
        ? /\s*[,–—-]\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$/u.exec(
            body.slice(0, dated.index),
          )
        : null;
      const cut = meeting?.index ?? (beforeDate && beforeDate.index > 0 ? beforeDate.index : undefined);
      // "Taken before the Public Accounts Committee": the committee, without the words that lead to it.
      const lead = /^(?:(?:oral\s+)?evidence\s+)?taken\s+before\s+(?:the\s+)?/iu.exec(body)?.[0].length ?? 0;
      committee = { start: p.start + lead, end: cut !== undefined ? p.start + cut : p.end };
      while (committee.end > committee.start && /[\s.]/u.test(text[committee.end - 1]!)) committee.end--;
    } else if (!heading && p.heading && !DATE.test(body)) {
      heading = { start: p.start, end: p.end };
    }
    const d = DATE.exec(body);
    if (!date && d) {
      date = d[0].replace(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+/u, "");
      dateAt = { start: p.start + d.index, end: p.start + d.index + d[0].length };
    }
  }
  const name = [committee, inquiry ?? (committee ? undefined : heading)].filter((s): s is Span => !!s);
  const about = inquiry ?? subject;
  if (name.length === 0) return about ? { subject: about } : {};
  const title = name.map((s) => text.slice(s.start, s.end)).join(": ") + (date ? `, ${date}` : "");
  const found: Pick<Transcript, "title" | "titleEvidence" | "dateEvidence" | "committee" | "subject"> = { title };
  const evidence = inquiry ?? committee ?? heading ?? dateAt;
  if (evidence) found.titleEvidence = evidence;
  if (dateAt) found.dateEvidence = dateAt;
  if (committee) found.committee = committee;
  if (about) found.subject = about;
  return found;
}
