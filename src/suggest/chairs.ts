// Who chaired the session a text reports: the person a sentence names as its chair, never the next person named, nor
// someone who chairs another body.
import { MONTHS } from "../model/dates.js";
import { nameKey } from "./known.js";
import { afterPostnominals, type Mention } from "./names.js";
import type { PeopleInText } from "./people.js";
import type { Transcript } from "./transcript.js";
import type { TranscriptPeople } from "./speech.js";
import { type SpanSet, SpansInOrder } from "./spans.js";
import type { Span } from "./text.js";
import {
  DEPARTMENT_WORDS,
  isRoleWord,
  NOT_SESSION_NOUNS,
  ORGANISATION_WORDS,
  PIECES_OF_WORK,
  SESSION_NOUNS,
} from "./words.js";

/** A chair: the person's key in the text and the sentence that names them as chair. */
export interface Chair {
  person: string;
  sentence: Span;
}

/** What the chair finder reads of a text. */
export interface ChairReading {
  text: string;
  sentences: Span[];
  /** The mentions of people, in text order. */
  mentions: SpansInOrder<Mention>;
  found: PeopleInText;
  /** The transcript the text is, if it is one. */
  transcript?: Transcript;
  /** The key of the author the source's metadata names, if the text names them too: whom "I" is. */
  authorKey?: string;
}

/** The nouns of a session's chair. A host is no chair when someone else chairs: see `isHost`. */
const CHAIR_NOUNS = String.raw`(?:chair|chairman|chairwoman|chairperson|moderator|facilitator|convener|convenor|host)`;
/** The words a chair word can be modified by when it is a session's ("debate chair X", "the session's moderator, X"). */
const SESSION_MODIFIERS = String.raw`(?:session|panel|event|debate|meeting|discussion|roundtable|round-table|seminar|webinar|workshop|committee|evening|conference)`;

/**
 * "chaired by", "moderated by", "led by", "hosted by", "Chaired by: X", "under the chairmanship of X": the chair is named
 * after "by" (or "of"). Group 1 is the verb, group 2 the noun: "led" and "hosted" make a chair only of a thing the
 * sentence names as a session ("the debate, led by X"); "compèred" and "emceed" are a host's.
 */
const CHAIRED_BY =
  /\b((?:co-?)?chaired|hosted|moderated|convened|facilitated|presided\s+over|led|steered|comp[eè]red|emceed)\s+by(?:\s*[:–—-])?\s+|\bunder\s+the\s+(chairmanship|chairwomanship|chairpersonship|chairing|chair|presidency)\s+of\s+/giu;
/** A chair word as a line's label: "Chair", "Co-chairs", "Chair/Moderator", "Panel chair", "Chair of the session". */
/**
 * The one who runs an occasion's proceedings from the stage, named after "as" ("X, <post>, as the cheerful MC,", "X acted
 * as master of ceremonies", "X served as the evening's compère"): its chair, an adjective before the word or none.
 */
const CEREMONY_NOUNS = String.raw`(?:MC|M\.C\.|emcee|comp[eè]re|(?:master|mistress)\s+of\s+ceremonies)(?![\p{L}-])`;
const LABEL_NOUN = String.raw`(?:co-?)?(?:chairperson|${CHAIR_NOUNS})s?`;
const LABEL = String.raw`(?:${SESSION_MODIFIERS}[ \t]+)?${LABEL_NOUN}(?:[ \t]*[/&][ \t]*${LABEL_NOUN})?(?:[ \t]+(?:of|for)[ \t]+(?:the|this|today['’]s|tonight['’]s)[ \t]+(?:${SESSION_MODIFIERS}|day|morning|afternoon))?`;
/**
 * A title block's label alone on its line, the chair named at the start of the next: "Chair\nDr X, Director, Org",
 * "Moderator:\n\nX", "Chaired by\nX".
 */
const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(${LABEL}|(?:chaired|moderated|facilitated|convened|hosted)[ \t]+by|in[ \t]+the[ \t]+chair)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*`,
  "gimu",
);
/** A chair's label opening a line, then the speaker's self-introduction in its first words: "Chair: Hello. I'm ". */
const LABEL_SELF_INTRODUCTION =
  /^[ \t]*(?:co-?)?(?:chair|chairman|chairwoman|chairperson|moderator|facilitator|convener|convenor)[ \t]*:[ \t]*[^\n:]{0,120}?\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+/gimu;
/** A label of more than one chair: "Co-chairs: A and B", "Chairs – A, B". */
const PLURAL_LABEL = /\b(?:co-?chair|chair(?:person|man|woman)?s\b|moderators\b|convenors\b|conveners\b)/iu;

/**
 * The session words that make "<word> chair Name" the session's: not "committee chair", a standing post ("the health
 * committee chair X has called for …"). A conference is an occasion: "announced conference chairman X in his
 * introduction"; its standing posts have their body before them ("Party conference chair X", "the union's conference
 * chair X"), which `CONFERENCE_CHAIR_BEFORE_NAME` refuses. An inquiry is one: "Inquiry chair X" chairs the hearings the
 * text reports.
 */
const OCCASION_MODIFIERS = String.raw`(?:session|panel|event|debate|meeting|discussion|roundtable|round-table|seminar|webinar|workshop|evening|inquiry|hearing)`;
/**
 * "In the chair was X", "Chairing the meeting was X", "Chair: X", "Session chair: X", "In the Chair: Cllr X" or
 * "Moderator – X" (a line's label), "the chair, X,", "the session's moderator, X", "our chair for the evening, X": the chair is named right
 * after, with at most a title between ("Its chair, X" is an organisation's). Group 1 is what an inverted clause says
 * was chaired, group 2 what a chair "of the …" or "for the …" is for ("the chair of the Trust, X" is the Trust's).
 */
const CHAIR_BEFORE_NAME = new RegExp(
  [
    String.raw`\bin\s+the\s+chair(?:\s+(?:for|at)\s+(?:the|this|today['’]s|tonight['’]s)\s+(?:session|panel|event|debate|meeting|discussion|evening|day|morning|afternoon))?\s+(?:was|is|were|sat)\s+`,
    String.raw`(?:^|(?<=[,;:–—]\s*)|(?<=\band\s+))(?:chairing|moderating|facilitating|presiding(?:\s+over)?|convening|hosting|comp[eè]ring|emceeing)\b([^,.;:]{0,40}?)\s+(?:was|is|were|will\s+be)\s+`,
    String.raw`^[ \t]*(?:${LABEL}|in[ \t]+the[ \t]+chair)[ \t]*(?::|[–—-](?=[ \t]))[ \t]*`,
    // (Not "with X in the chair, Y spoke": "the chair, Y" there is no apposition.) "The moderator was X", "Our chair
    // for the evening is X": the noun as the subject of a copula, its complement the name.
    String.raw`(?<!\bin\s+)\b(?:the|our|this|today['’]s|tonight['’]s)\s+(?:${SESSION_MODIFIERS}['’]s\s+|${SESSION_MODIFIERS}\s+)?${CHAIR_NOUNS}(?:\s+(?:of|for)\s+(?:the|this|today['’]s|tonight['’]s)\s+(\p{L}+))?,?\s+(?:(?:was|is|will\s+be)\s+)?`,
    // "As chair, X asked …", "As the session's moderator, X …", "As chair of the panel, X …" (not "As chair of the
    // Fenby Trust, X": another body's).
    String.raw`^\s*as\s+(?:(?:the|our)\s+)?(?:${SESSION_MODIFIERS}['’]s\s+|${SESSION_MODIFIERS}\s+)?${CHAIR_NOUNS}(?:\s+(?:of|for)\s+(?:the|this|today['’]s|tonight['’]s)\s+(\p{L}+))?,\s+`,
    // "Chairing the panel, X asked …", "Moderating, X …": a participle that opens the sentence is its subject's.
    String.raw`^\s*(?:chairing|moderating|facilitating|presiding(?:\s+over)?|convening|hosting|comp[eè]ring|emceeing)\b([^,.;:]{0,40}?),\s+`,
    // "Director of the Fenby Trust and chair of the debate, X", "Chair of the panel, X, opened …": the chair word
    // coordinated with the person's post (or opening the sentence) before the name, what it is of a session.
    String.raw`(?:^\s*|\band\s+)(?:(?:the|our)\s+)?(?:${SESSION_MODIFIERS}\s+)?${CHAIR_NOUNS}\s+(?:of|for)\s+(?:the|this|today['’]s|tonight['’]s)\s+(\p{L}+),\s+`,
    // "Chief executive of the Fenby Trust and event chair, X": an occasion's chair word (not "committee chair", a
    // post) coordinated with the person's post, the name after its comma.
    String.raw`\band\s+(?:(?:the|our)\s+)?${OCCASION_MODIFIERS}\s+${CHAIR_NOUNS},\s+`,
  ].join("|"),
  "gimu",
);
/** "our chair, " alone: the post of the body that writes, no session's chair. */
const OUR_BODYS_CHAIR = new RegExp(String.raw`^\bour\s+${CHAIR_NOUNS},?\s+$`, "iu");
/** A word in either case of its first letter, for a pattern that must tell capitals apart: "[Dd]ebate". */
const eitherCase = (words: string) => words.replace(/\b([a-z])/gu, (_, c: string) => `[${c.toUpperCase()}${c}]`);
/**
 * "debate chair Cllr X", "Panel moderator Dr X": a session's chair word right before the name, with no comma; not
 * "Trust chair X" nor "Party conference chair X", where a name before makes it an organisation's.
 */
const SESSION_CHAIR_BEFORE_NAME = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}'’-]*\s+)\b${eitherCase(OCCASION_MODIFIERS)}\s+${eitherCase(CHAIR_NOUNS)}\s+(?=\p{Lu})`,
  "gu",
);
/**
 * "announced conference chairman X", "summit chair Dr X": the chair of the conference the text reports; not a body's
 * standing post, with the body before it ("Party conference chair X", "the union's conference chair X", "its annual
 * conference chair X"). Not "Conference host X": the host of an occasion is its organiser, as "The Fenby Summit, hosted
 * by X" is (`hostsAnOccasion`), who chairs nothing for asking a question or two.
 */
const CONFERENCE_CHAIR_BEFORE_NAME = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}'’-]*\s+|['’]s\s+|\b(?:its|their|his|her|annual|national)\s+)\b(?:[Cc]onference|[Ss]ummit|[Ss]ymposium)\s+${eitherCase("(?:chair|chairman|chairwoman|chairperson|moderator|facilitator|convener|convenor)")}\s+(?=\p{Lu})`,
  "gu",
);
/**
 * A post handed on, in the sentence of a "Conference Chair X": "and incoming Chair Y", "the outgoing chairman": the
 * conference's chair is then a body's standing post, its holders succeeding each other, not the chair of a session.
 */
const SUCCESSION_OF_CHAIRS =
  /\b(?:incoming|outgoing|retiring|former|past|next|previous|new)\s+(?:[Cc]onference\s+)?(?:chair|chairman|chairwoman|chairperson)\b/iu;
/**
 * "Moderator Ruth Bell asked …", "opened by moderator Ruth Bell", "When facilitator Ruth Bell opened the workshop": a
 * word only a session has, right before the name; not after a name ("the Church's Moderator X", "Fenby Trust
 * facilitator X" hold a post), though a sentence's opening word may stand there ("When", "After").
 */
const MODERATOR_BEFORE_NAME =
  /(?<!\b(?!(?:When|While|After|Before|As|Once|Then|With|Our|Their|Today|Tonight)\s)\p{Lu}[\p{L}'’-]*\s+)\b(?:[Mm]oderator|[Ff]acilitator)\s+(?=\p{Lu})/gu;
/** A verb whose subject chaired the session (a host's verbs make a host: see `isHost`). */
const FINITE_CHAIR_VERBS =
  "co-chaired|co-moderated|co-hosted|chaired|chairs|chairing|hosted|hosts|hosting|moderated|moderates|moderating|convened|convenes|convening|facilitated|facilitates|facilitating|presided|presides|presiding";
const CHAIR_VERBS = String.raw`(${FINITE_CHAIR_VERBS})`;
/** The same verbs' bare forms, read as verbs only after "to" or a modal ("agreed to chair", "will moderate"). */
const BASE_CHAIR_VERBS = "chair|moderate|host|facilitate|convene|preside";
const AFTER_TO = String.raw`(?<=\b(?:to|will|would|shall|may|might|can|could|should|must)\s+)`;
/**
 * The words that may stand between a subject and its chair verb: auxiliaries, adverbs, and the verbs and adjectives
 * that take "to" ("X will chair", "X kindly agreed to chair", "X proceeded to moderate", "she was pleased to be chairing").
 */
const VERB_GAP = String.raw`(?:(?:also|had|has|have|then|later|will|would|shall|may|might|can|could|should|must|is|was|were|are|to|be|been|being|going|due|set|once|again|kindly|proceeded|went\s+on|on\s+hand|agreed|asked|invited|able|delighted|pleased|proud|happy|honoured|honored|glad|\p{Ll}+ly)\s+){0,4}`;
const BEFORE_VERB = String.raw`(?:who\s+)?${VERB_GAP}`;
/**
 * A chair verb whose subject is named further back: a pronoun right before it ("she was pleased to be chairing such a
 * panel") or the sentence's own subject, when an "and" joins it to an earlier verb of that subject ("X introduced the
 * panellists and proceeded to moderate the debate").
 */
const LATER_CHAIR_VERB = new RegExp(
  String.raw`\b(?:(?<pronoun>he|she)|and)\s+${VERB_GAP}(?:(?<finite>${FINITE_CHAIR_VERBS})|${AFTER_TO}(?<base>${BASE_CHAIR_VERBS}))\b`,
  "giu",
);
/**
 * "X, the chair," or "X, moderator," (the chair word alone in apposition), then a comma and a capitalised name: "Ian
 * Pell, the Chairman, Fenby Arts Council" writes a post and its body as a list entry does, with a comma for "of", so
 * the chair word is that body's (stop 46, set 76); "X, the chair, opened the debate" and "X, the chair, and the
 * panellists" are the session's. Case matters, so apart from `CHAIRED_AFTER_NAME`.
 */
const CHAIR_WORD_ALONE = new RegExp(String.raw`^,\s+(?:(?:the|our)\s+)?${CHAIR_NOUNS}$`, "iu");
const ANOTHER_BODY_AFTER = /^\s*,\s*\p{Lu}/u;
/**
 * "X chaired", "X, who chaired", "X ably chaired", "X, chairing the session,", "X was the chair", "X in the chair", "X
 * took the chair", "X was called to the Chair", "X, the chair,", "X (Chair)", "X (in the Chair)", "X, chair of the panel,", "X, our chair for the evening,", "X, the debate's chair,": the
 * chair is named before; "X will chair", "X agreed to moderate" (group 2, a bare verb). Groups 1–6 are the verb or the
 * noun whose object (if any) says what was chaired.
 */
const CHAIRED_AFTER_NAME = new RegExp(
  [
    String.raw`^(?:,?\s+${BEFORE_VERB}${CHAIR_VERBS}\b`,
    String.raw`,?\s+${BEFORE_VERB}${AFTER_TO}(${BASE_CHAIR_VERBS})\b`,
    String.raw`,?\s+(?:who\s+(?:is|was)\s+|was\s+|sat\s+)?in\s+the\s+chair\b|,?\s+${BEFORE_VERB}(?:took|was\s+called\s+to)\s+the\s+chair\b`,
    String.raw`,?\s+(?:who\s+(?:is|was)\s+|was\s+|is\s+|as\s+|acted\s+as\s+|acting\s+as\s+|served\s+as\s+|serving\s+as\s+)(?:(?:the|our)\s+)?(?:${SESSION_MODIFIERS}(?:['’]s)?\s+)?(${CHAIR_NOUNS}\b|(?:[\p{L}-]+\s+)?${CEREMONY_NOUNS})`,
    String.raw`,\s+(?:(?:the|our|this|today['’]s|tonight['’]s)\s+)?(${CHAIR_NOUNS})(?=\s+(?:of|for)\s)|,\s+the\s+(${CHAIR_NOUNS})(?=\s*[,;)])`,
    String.raw`,\s+(?:the|our|this|today['’]s|tonight['’]s)\s+${SESSION_MODIFIERS}(?:['’]s)?\s+(${CHAIR_NOUNS})\b`,
    String.raw`\s*\((?:the\s+|in\s+the\s+)?(?:chairperson|chair|chairman|chairwoman|moderator|facilitator|convener|convenor|chairing|moderating|presiding)\)`,
    // "X, moderator, asked …": a session's word alone (a bare "X, Chair," may be another body's post).
    String.raw`,\s+(?:our\s+)?(?:moderator|facilitator)(?=\s*[,;)])`,
    // The Senedd's attendance line "Name Cadeirydd y Pwyllgor" (Welsh: "Committee Chair"), also with the member's
    // letters before the post, "Name AS Cadeirydd y Pwyllgor" (Aelod o'r Senedd; "MS", Member of the Senedd).
    String.raw`\s+(?:(?:AS|MS|AM)\s+)?cadeirydd(?:\s+y\s+pwyllgor)?\b`,
    // "X, the councillor chairing the meeting,", "X, the minister hosting the talks,", "X, the member who chaired the
    // session,": a post in apposition whose own words say it chairs (group 7; the session must be named after it).
    String.raw`,\s+(?:the|our|a|an)\s+(?:(?!(?:of|at|for|from|in|on|with|and|or|whose|which|that)\b)[\p{L}'’-]+\s+){1,4}(?:who\s+${VERB_GAP})?${CHAIR_VERBS}(?=\s)(?!\s+by\b)`,
    // "X, editor of the Fenby Post and moderator for the event", "X, Harbour Chair at Fenby College and chair of the
    // panel,": a chair word coordinated with the person's post, of or for what follows (group 8; a session, not "and
    // chair of the Trust"); a session's word alone at the apposition's end ("X, editor and moderator,"). A serial comma
    // may stand before the "and" ("X, head of the Y Division, and Chair of the Conference, said").
    String.raw`,\s+[^,;:()“”"]{1,80}?,?\s+and\s+(?:(?:the|our)\s+)?(?:${SESSION_MODIFIERS}(?:['’]s)?\s+)?(?:(${CHAIR_NOUNS})(?=\s+(?:of|for)\s)|(?:moderator|facilitator)(?=\s*[,;.)])))`,
  ].join("|"),
  "iu",
);
/**
 * A presiding officer's title with the holder in brackets, as debate records print it: "Madam Deputy Speaker (Dame X)",
 * "Mr Speaker (X)", "The Deputy Presiding Officer (X)", "The Convener (X)" (Holyrood's committees),
 * "The Chairman (Lord X)", the Senedd's "Y Llywydd (X)" and "Y Dirprwy Lywydd (X)": the one who presides chairs the
 * debate.
 * Capitals only: "thanked the deputy speaker (who …)" names no holder.
 */
const PRESIDING_TITLE =
  /\b(?:(?:(?:Madam|Mr|Mister)\s+)?(?:(?:Principal|First|Second)\s+)?(?:Deputy\s+)?Speaker|Y\s+(?:Dirprwy\s+)?(?:Llywydd|Lywydd)|(?:The\s+)?(?:(?:First|Second)\s+)?(?:Deputy\s+)?Presiding\s+Officer|(?:The\s+)?Lord\s+Speaker|(?:The\s+)?Chairman\s+of\s+Ways\s+and\s+Means|(?:The\s+)?(?:Temporary\s+|Deputy\s+)?(?:Chair|Chairman|Chairwoman|Convener|Convenor|Llywydd)|Madam\s+Chair(?:man)?|Mr\s+Chairman)\s*\(/gu;
/** "The chairman (Professor X) and the panellists": a session's chair word with its holder in brackets. */
const CHAIR_WORD_HOLDER = new RegExp(
  String.raw`\b(?:the|our)\s+(?:${SESSION_MODIFIERS}(?:['’]s)?\s+)?(?:chairperson|${CHAIR_NOUNS})\s*\(`,
  "giu",
);
/** "(chair)" closing a list entry "Name, Role of Org (chair)": the entry's person chaired. */
const CHAIR_MARK = new RegExp(String.raw`^\s*\((?:the\s+)?(chairperson|${CHAIR_NOUNS})\)`, "iu");
/** The start of a list entry before a name: a line's start, a bullet or a number, and at most two titles ("Prof."). */
const LIST_ENTRY_START = /(?:^|\n)[ \t]*(?:[-•*·–—]|\d{1,3}[.)])?[ \t]*(?:\p{Lu}[\p{L}]*\.?[ \t]+){0,2}$/u;
/**
 * A list entry's post marked as the chair's: " – Lay Trustee (Chairman) and voting member"; or the post
 * alone, a chair's, ending the entry: " – Chair", ", Moderator" (not " – Chair, Org", another body's).
 */
const LIST_ENTRY_CHAIR =
  /^(?:,|\s+[-–—:])(?:[^()\n]{0,80}?\((?:the\s+)?(chairperson|chair|chairman|chairwoman|moderator|facilitator|convener|convenor)\)|\s*(?:the\s+)?(chairperson|chair|chairman|chairwoman|moderator|facilitator|convener|convenor)[ \t]*$)/iu;
/**
 * ", Chairman of Fenby Forum" before a chair verb (or "was in the chair") with no comma between: a post (group 1, before "of"/"at") and its
 * organisation's capitalised name, the verb not a passive's ("moderated by"). The name may hold a short word in lower
 * case between its capitalised ones: ", chief executive of Friends Together to End Hunger chaired the session".
 */
const UNCLOSED_POST =
  /^,\s+((?:[\p{L}-]+\s+){1,4})(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:&|and|of|for|the|to|on|in)\s+)?\p{Lu}[\p{L}&'’-]*){0,5}(?=\s+(?:chaired|moderated|facilitated|convened)\s+(?!by\b)|\s+(?:was|sat)\s+in\s+the\s+chair\b)/u;
/**
 * " of Harbour & Reed LLP in Marlow" before a chair verb: the person's organisation (and its town) with no comma, as in
 * "X of Fenby Trust moderated a panel", "X from the Marlow Institute chaired the debate", "X of the University of
 * Fenby, Marlow moderated a conversation" (its town after a comma: group `place`, where no one else may be named); not
 * a passive ("… of Fenby Trust, chaired by Y").
 */
const OF_ORGANISATION =
  /^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:&|and|of|for|the|to|on)\s+)?\p{Lu}[\p{L}&'’.-]*){0,5}(?:,?\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|(?<place>,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?))?(?=\s+(?:chaired|moderated|facilitated|convened|hosted|presided)\s+(?!by\b)|\s+(?:was|sat)\s+in\s+the\s+chair\b)/u;
/**
 * "The session saw X moderate a panel", "Delegates watched X, the forum's director, chair the debate", "The council
 * had X host the evening": a verb of seeing or causing before the name, its bare chair verb after it.
 */
const SAW_BEFORE_NAME =
  /\b(?:saw|see|sees|seeing|watched|watch|watches|had|let|lets)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
const BARE_CHAIR_VERB = new RegExp(String.raw`^\s+(${BASE_CHAIR_VERBS})\b`, "iu");
/**
 * "X led the discussion", "X led a lively panel discussion on …", "We welcomed X to lead a small panel of users …": "lead"
 * with a session as its object, a word or two between (group 1, the modifiers; group 2, the session's noun). Not a
 * debate (an MP leads a debate as its mover, not its chair), nor "a delegation", "the review panel", "calls for".
 */
const LED_AFTER_NAME = new RegExp(
  String.raw`^,?\s+(?:who\s+)?${VERB_GAP}(?:led|leads|leading|steered|steers|steering|${AFTER_TO}(?:lead|steer))\s+(?:(?:a|an|the|this|that|our|today['’]s|tonight['’]s)\s+)?((?:[\p{Ll}-]+\s+){0,2}?)(panel|discussion|session|roundtable|round-table|conversation|workshop|seminar|webinar|q&a)\b(?!['’])`,
  "u",
);
/**
 * "I chaired the second of four panel debates", "I will be joined by X as we lead a workshop": the writer's own
 * chair verb (or "lead", "steer"), with "I" or "we" its subject (group `who`); `finite` a verb of its own, `base` one
 * after "to" or a modal.
 */
const FIRST_PERSON_CHAIR = new RegExp(
  String.raw`(?<![\p{L}'’])(?<who>I|[Ww]e)\s+${VERB_GAP}(?:(?<finite>${FINITE_CHAIR_VERBS}|led|lead|steered)|${AFTER_TO}(?<base>${BASE_CHAIR_VERBS}|lead|steer))\b`,
  "gu",
);
/** "I will be joined by", "I was joined on stage by": those named after it chair with the writer when "we" chair. */
const JOINED_BY = /\bjoined\s+(?:on\s+(?:stage|the\s+panel)\s+)?by\s+/giu;

/**
 * "X took on moderating duties", "X did a great job as moderator", "X returned as chair of the panel": the person's
 * own verb phrase (words in lower case), then the chair's duties or "as" a session's chair word (group 1, "chair" and
 * the like only with "of"/"for" after, what it is of; "re-elected as chair" is a body's post).
 */
const AS_CHAIR_AFTER_NAME = new RegExp(
  String.raw`^\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,8}?(?:(?:moderating|moderation|chairing|facilitating)\s+duties\b(?!\s+(?:at|of|for|on)\s+(?:the\s+)?\p{Lu})|as\s+(?:(?:the|our)\s+)?(?:${SESSION_MODIFIERS}(?:['’]s)?\s+)?(?:(?:moderator|facilitator)\b(?!\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu})|(chair|chairman|chairwoman|chairperson|convener|convenor)(?=\s+(?:of|for)\s)))`,
  "u",
);
/** "Thanks to X for chairing", "We thank X for moderating the panel": the verb after "for" (group 1). */
const THANKS_BEFORE_NAME = /\bthank(?:s|ed|ing)?\s+(?:(?:go|goes|went)\s+)?(?:to\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/iu;
const FOR_CHAIRING =
  /^\s+for\s+(?:so\s+\p{Ll}+\s+|\p{Ll}+ly\s+)?(chairing|moderating|facilitating|presiding\s+over|hosting)\b/u;
/** ", <apposition>," after a name: a role or a description, no clause of its own ("who", "and"), no quotation. */
const APPOSITION = /^,\s+(?!(?:and|but|or|who|which|whose|when|while|as|if|so|then)\b)[^,;:.()“”"]{1,100},(?=\s)/u;

/**
 * "X opened the debate by asking …", "X opened proceedings by inviting …", "X introduced the panellists", "X welcomed
 * the speakers": the one who opens a session by putting questions to it or bringing in its speakers, like a host,
 * chairs it when no one else is named chair (a keynote speaker who "opened the conference" puts no question).
 */
const OPENED_BY_ASKING =
  /^,?\s+(?:then\s+)?(?:opened(?:\s+(?:the\s+)?(?:session|debate|discussion|panel|meeting|roundtable|proceedings|evening|event))?\s+by\s+(?:asking|inviting|introducing|welcoming|putting)\b|(?:introduced|welcomed)\s+(?:the|our|all\s+the)\s+(?:[\p{Ll}-]+\s+)?(?:panel|panellists|panelists|speakers|witnesses|contributors)\b)/iu;

/**
 * "Speaking at <an occasion>" opening a sentence, the occasion and what follows it to a comma in group 1 ("Speaking in
 * the House of Commons,", "Speaking at the Fenby Venues Day conference earlier this week X said").
 */
const SPEAKING_ELSEWHERE = /^\s*(?:Speaking|Addressing|Appearing)\s+(?:(?:at|in|to|on)\s+)?([^,.;:]{3,160})/u;
/** A sentence that reports a committee hearing evidence: "Witnesses told the X Committee", "the X Committee heard". */
const HEARING_CUE =
  /\b(?:told|heard|hearing|evidence|appeared\s+before|appearing\s+before|questioned|questioning|grilled|session)\b/iu;
/** A chair's post, and no other ("vice-chair", "former chair" and "co-chair" are other posts). */
const CHAIR_POST = /^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)$/iu;
/**
 * "Committee chair X", "The committee's chair, X", "the chair of the committee, X", "Labour Committee Chair X" (a party
 * before the post): the chair of the committee the text reports, with no name of another committee before ("the
 * health committee chair X" is another's).
 */
const COMMITTEE_CHAIR_BEFORE_NAME =
  /(?:^|(?<=[.;:!?]\s+)|\bthe\s+|(?<=\p{Ll}\s+and\s+)|(?<=(?:^|[\s,])(?:Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|SNP|Green|Plaid\s+Cymru|Reform|Democratic|Republican)\s+))(?:[Cc]ommittee(?:['’]s)?\s+(?:[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]onvener|[Cc]onvenor),?|chair(?:man|woman|person)?\s+of\s+the\s+committee,)\s+/gu;

/**
 * ", the chair of the harbours committee," after a name: the chair of a committee however its name is written, a
 * newspaper's lower case too ("Ann Frith, the chair of the harbours committee, said").
 */
const CHAIR_OF_A_COMMITTEE =
  /^,\s+(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)\s+of\s+the\s+(?:[\p{L}'’&-]+\s+){1,6}committee,/iu;
/** The chair's own question to those before the committee: "He asked the harbour bosses: …", "Frith asked whether …". */
const PUTS_QUESTION = /\b(?:asked|questioned|challenged|pressed|quizzed)\b/iu;

/** "the Senate Harbours committee": a committee's capitalised name with "committee" in lower case (group 1). */
const COMMITTEE_IN_LOWER_CASE = /\bthe\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,4}committee)\b/gu;

/**
 * Whether a chair word is a host's (or an opener's): a host is the chair only when no one else is ("hosted by X MP and
 * chaired by Y").
 */
const isHost = (word: string | undefined) => word !== undefined && /^(?:host|opened|comp[eè]r|emcee)/iu.test(word);

/** The last of up to `limit` words of `passage` before a word that ends its noun phrase (a preposition, a clause). */
function headNoun(words: string[]): string | undefined {
  const phrase: string[] = [];
  for (const word of words) {
    const w = word.toLowerCase().replace(/['’]s$/u, "");
    if (
      /^(?:of|on|for|in|at|into|about|with|and|or|which|who|that|where|to|from|by|until|since|between|as|when|while|but)$/u.test(
        w,
      )
    )
      break;
    // A participle after the session ends its noun phrase: "a panel discussion looking at …", "a debate exploring …".
    if (phrase.length > 0 && SESSION_NOUNS.has(phrase.at(-1)!) && /^\p{Ll}+ing$/u.test(w) && !SESSION_NOUNS.has(w))
      break;
    phrase.push(w.replace(/[^\p{L}\p{N}&-]/gu, ""));
    if (/[,.;:!?)]$/u.test(word)) break;
  }
  return phrase.at(-1);
}

/**
 * Whether the words after "chaired" (or "chair") leave it the chair of the session: no object ("Ruth Bell chaired."),
 * unless `needObject`, or an object that is a session ("chaired the discussion", "chair of the panel"). "who chaired the 2019 review",
 * "chairs the board of X", "as chair of the Housing Board" are jobs or other bodies, not this session.
 */
function chairsTheSession(verb: string, after: string, asVerb = false, needObject = false): boolean {
  const noun = !asVerb && /^chair/iu.test(verb) && !/^chair(?:ed|s|ing)$/iu.test(verb);
  if (!noun && /^\s+by\b/iu.test(after)) return false; // "X, chaired by Y": Y chaired, X is what was chaired
  // "as chair and vice-chair of the harbour section committee": the chair word coordinated with another post shares
  // its object.
  const coordinated = noun ? COORDINATED_POST.exec(after) : null;
  if (coordinated) after = after.slice(coordinated[0].length);
  // "chaired the second of four panel debates": what one of several was is what the several are.
  const partitive = PARTITIVE.exec(after);
  if (partitive) after = ` ${after.slice(partitive[0].length)}`;
  // A verb's object is the words right after it, unless they start an adverbial ("chaired with skill", "chaired
  // expertly") or another clause ("chaired, and"); "presided over the hearing" is the hearing.
  const object = noun
    ? /^\s+(?:of|at|for)\s+(.*)$/su.exec(after)?.[1]
    : /^(?:\s+over)?\s+(?!(?:and|but|or|with|as|in|at|on|for|from|to|by|until|since|when|while|after|before|during|throughout|alongside|again|also|then|too|well|so|who|which|that|where|because|if|until|once)\b|\p{Ll}+ly\b)((?:\p{L}|\p{N})[\s\S]*)$/u.exec(
        after,
      )?.[1];
  if (object === undefined) return !needObject;
  const words = object.split(/\s+/u).filter(Boolean);
  while (words.length && /^(?:the|this|that|a|an|its|their|his|her|our|today['’]s)$/iu.test(words[0]!)) words.shift();
  // "as chair of the Governors' Forum", "X, chair of the Rivers Trust": a body's name, so a job.
  // But "Chair of the Conference, said": an occasion's word alone in capitals, no name run on from it, is the session.
  const occasion =
    /^(?:Conference|Session|Panel|Debate|Meeting|Seminar|Workshop|Event|Summit|Symposium|Discussion|Roundtable)[,;.)]?$/u.test(
      words[0] ?? "",
    ) &&
    (/[,;.)]$/u.test(words[0]!) || !/^\p{Lu}/u.test(words[1] ?? ""));
  if (noun && /^\p{Lu}/u.test(words[0] ?? "") && !occasion) return false;
  const head = headNoun(words.slice(0, 6));
  // "who chairs the committee" is the hearing's chair; "who also chairs the local medical committee" chairs another.
  const phrase = words.slice(
    0,
    Math.max(
      0,
      words.findIndex((w) => headNoun([w]) === head),
    ),
  );
  if (head === "committee" && phrase.some((w) => /^\p{Ll}/u.test(w))) return false;
  // "chair of the expert panel of the Relief Fund", "chaired the independent review panel": a panel that is a body
  // doing work, a post (stop 45, set 74); not "the expert panel discussion", whose head is the session.
  if (phrase.length > 0 && BODY_OF_WORK.has(phrase.at(-1)!.toLowerCase())) return false;
  if (head === undefined || SESSION_NOUNS.has(head)) return true;
  // "will chair the meetings", "chaired both sessions": a session's plural names the sessions too, not a body's ("chairs
  // the meetings of the Fenby Trust board").
  const singular = head.replace(/s$/u, "");
  return SESSION_NOUNS.has(singular) && !/^of$/iu.test(words[phrase.length + 1] ?? "");
}

/** "and vice-chair" after a chair word, before what both are of: "chair and vice-chair of the …". */
const COORDINATED_POST =
  /^\s+(?:and|&|\/)\s+(?:(?:vice|deputy|co)[ -]?)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)s?(?=\s+(?:of|at|for)\s)/iu;
/** "the first of three", "one of the", "each of the": the words before the noun the one is one of. */
const PARTITIVE =
  /^(?:\s+over)?\s+(?:the\s+)?(?:first|second|third|fourth|last|final|opening|closing|one|each|either|both|all)\s+of\s+(?:the\s+|these\s+|those\s+|our\s+)?(?:(?:two|three|four|five|six|several|many)\s+)?(?=\p{L})/iu;

/** The last eight words of a phrase, lowercased, without a possessive "'s" and without punctuation. */
const lastWords = (phrase: string): string[] =>
  phrase
    .split(/\s+/u)
    .slice(-8)
    .map((w) =>
      w
        .toLowerCase()
        .replace(/['’]s$/u, "")
        .replace(/[^\p{L}-]/gu, ""),
    );

/**
 * Whether "chaired by" in `before` (the sentence up to it) is about the session: not "The Commission on Rented Homes,
 * chaired by X" or "the 2019 review chaired by X", another body whose chair is not the session's.
 */
function chairedThingIsSession(before: string, strict = false): boolean {
  const segments = (text: string) => text.split(/[,;:(]/u);
  // "The event, organised by the Institute, was chaired by": what was chaired is the sentence's subject, when the words
  // before are a clause of their own (after a comma, an "and", a participle's "by"); else the phrase right before.
  const rest = before
    .replace(/(?:\s+(?:which|that|who))?\s+(?:(?:has|had)\s+been|was|were|is|are|being|been)\s*$/iu, "")
    .trimEnd();
  const last = segments(rest).at(-1)!;
  // "the Fenby Trust, now chaired by X": a participle with no verb before it, after a comma, is said of the phrase
  // before the comma (a body's chair), not of the sentence's subject as "…, was chaired by" is.
  const participle =
    rest === before.trimEnd() && /,\s*(?:(?:now|currently|still|then|later|also|formerly)\s+)?$/iu.exec(before);
  if (participle) {
    const phrase = segments(before.slice(0, participle.index)).at(-1)!;
    const heads = lastWords(phrase);
    if (!heads.some((w) => SESSION_NOUNS.has(w)) && heads.some((w) => NOT_SESSION_NOUNS.has(w))) return false;
  }
  const ownClause = /(?:,|\band)$/iu.test(rest) || /\sby\s/iu.test(last);
  // The subject is the sentence's first words ("The roundtable was hosted by the Association … and chaired by");
  // the phrase right before is its last ones ("The Commission on Rented Homes, chaired by"). A participle after a
  // phrase that ends in a session, however many words before it ("The inquiry held its second evidence session on
  // Tuesday, chaired by"), is said of that session.
  const session = participle ? sessionEndingPhrase(segments(before.slice(0, participle.index)).at(-1)!) : undefined;
  let thing = session ?? (ownClause ? subjectSegment(segments(before)).split(/\s+/u).slice(0, 6).join(" ") : last);
  // "The day opened with a breakfast at Parliament hosted by X": what was hosted is the noun phrase right before (a
  // breakfast), not the sentence's subject; a place after it is its own ("the debate at the Guildhall, led by X").
  if (strict && !ownClause) {
    const list = thing.split(/\s+/u);
    const determiner = (w: string | undefined) => /^(?:a|an|the|this|that|our|its|their|his|her)$/iu.test(w ?? "");
    let at = list.findLastIndex((w) => determiner(w));
    while (at > 0 && /^(?:at|in|on|near)$/iu.test(list[at - 1]!)) {
      const earlier = list.slice(0, at - 1).findLastIndex((w) => determiner(w));
      if (earlier < 0) break;
      at = earlier;
    }
    if (at >= 0) thing = list.slice(at).join(" ");
    // "The day's programme included talks on X, and also a lively workshop about Y led by A and B": a session the
    // sentence introduces with "a"/"an" as one item of a programme is one part of the event, its leader no chair of it.
    if (
      at >= 0 &&
      /^(?:a|an)$/iu.test(list[at]!) &&
      /\b(?:included?|including|featured?|featuring|as\s+well\s+as)\b/iu.test(before)
    )
      return false;
  }
  const words = lastWords(thing);
  // "led by" a body is no chair: "The review panel, led by X", "an expert panel led by X" (a panel that is a body).
  if (strict && words.some((w) => BODY_OF_WORK.has(w))) return false;
  // Another occasion: one still to come ("A workshop on rivers will be led by X on 9 May", "the next seminar, chaired
  // by X"), not the one the text reports; the chair of a standing body named as doing work or having members ("feeds
  // into the work of the Fenby growers' panel – chaired by X").
  if (OTHER_OCCASION.test(thing) || (INDEFINITE_START.test(thing.trimStart()) && FUTURE_PASSIVE.test(before)))
    return false;
  if (BODY_DOING_WORK.test(ownClause ? thing : last)) return false;
  if (words.some((w) => SESSION_NOUNS.has(w))) return true;
  return !strict && !words.some((w) => NOT_SESSION_NOUNS.has(w));
}

const DAYS = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const MONTH_NAMES = `(?:${MONTHS.join("|")})`;
/**
 * A phrase of time or place that may close a session's noun phrase: "on Tuesday", "on 3 May 2024", "last week",
 * "yesterday", "in March", "in Marlow", "at the Guildhall", "on housing" (its topic, in lower case). Not "next week"
 * (another occasion, which `OTHER_OCCASION` must still see) nor a place that is a body ("at the Fenby Commission").
 */
const AFTER_SESSION = new RegExp(
  [
    String.raw`\s+on\s+(?:${DAYS}(?:\s+(?:morning|afternoon|evening|night))?|(?:the\s+)?\p{N}{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH_NAMES}(?:\s+\p{N}{4})?|${MONTH_NAMES}\s+\p{N}{1,2}(?:st|nd|rd|th)?(?:\s+\p{N}{4})?)`,
    String.raw`\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night|${DAYS})`,
    String.raw`\s+(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?`,
    String.raw`\s+in\s+(?:${MONTH_NAMES}(?:\s+\p{N}{4})?|\p{N}{4})`,
    String.raw`\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`,
    String.raw`\s+(?:on|about)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*`,
  ]
    .map((form) => `(?:${form})`)
    .join("|") + "$",
  "u",
);

/**
 * The words of `phrase` up to the session noun it ends in, once the phrases of time, place and topic after that noun
 * are set aside ("The inquiry held its second evidence session on Tuesday": "… second evidence session"); undefined
 * when it ends in something else, a body's word among them ("… gave evidence to the Fenby Commission").
 */
function sessionEndingPhrase(phrase: string): string | undefined {
  let rest = phrase.trimEnd();
  for (let i = 0; i < 3; i++) {
    const closing = AFTER_SESSION.exec(rest);
    if (!closing) break;
    if (lastWords(closing[0]).some((w) => NOT_SESSION_NOUNS.has(w))) return undefined;
    rest = rest.slice(0, closing.index);
  }
  const head = lastWords(rest).at(-1) ?? "";
  const noun = SESSION_NOUNS.has(head) ? head : head.replace(/s$/u, "");
  return SESSION_NOUNS.has(noun) && !NOT_SESSION_NOUNS.has(noun) ? rest : undefined;
}

/**
 * A phrase of time or place that opens a sentence before its subject: "After the break,", "In the afternoon,", "On 3 May,",
 * "Later,": a preposition or a time adverb, a few words, no verb of its own.
 */
const FRONTED_ADVERBIAL =
  /^\s*(?:(?:before|after|during|following|in|on|at|by|over|across|throughout)\s+(?:[\p{L}\p{N}'’-]+\s*){1,4}|(?:later|earlier|then|next|finally|afterwards|meanwhile|first|subsequently)(?:\s+(?:on|that\s+\p{L}+))?)\s*$/iu;

/**
 * The segment of a sentence that holds its subject: the first, unless that is a fronted phrase of time or place and a
 * clause follows ("After the break, the members' meeting was held, led by X": the meeting, not the break).
 */
function subjectSegment(segments: string[]): string {
  return segments.length > 2 && FRONTED_ADVERBIAL.test(segments[0]!) ? segments[1]! : segments[0]!;
}

/** A chaired thing marked as an occasion still to come: "the next seminar", "an upcoming webinar". */
const OTHER_OCCASION = /\b(?:next|upcoming|forthcoming)\b/iu;
/** A chaired thing introduced as new ("A dialogue on …", "another session"), in a sentence about what is to come. */
const INDEFINITE_START = /^(?:a|an|another)\s/iu;
/** "… will be led by", "… is to be chaired by": a passive of the future, the chair verb after it. */
const FUTURE_PASSIVE = /\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to)\s+be\s*$/iu;
/** A body named as one that works or has members: "the work of the … panel", "a member of the … group". */
const BODY_DOING_WORK =
  /\b(?:work|remit|membership|members?|findings|recommendations|terms\s+of\s+reference)\s+of\s+(?:the|its|their|a|an)\s+(?:(?!(?:at|during|in|on|to|for|with|by)\s)[^\s,;:]+\s+){0,9}[–—-]?\s*$/iu;

/** Words that make a "panel" or "group" a body doing a piece of work, not a session: "the review panel". */
const BODY_OF_WORK = new Set(["advisory", "expert", "independent", ...PIECES_OF_WORK]);

/** What one hosts as an organiser: an occasion, not a conversation. */
const OCCASION_NOUNS = new Set([
  "conference",
  "dinner",
  "event",
  "forum",
  "launch",
  "lunch",
  "reception",
  "summit",
  "symposium",
]);
/** What one hosts by leading the talk: a conversation, whose host asks the questions. */
const CONVERSATION_NOUNS = new Set([
  "conversation",
  "debate",
  "dialogue",
  "discussion",
  "interview",
  "panel",
  "podcast",
  "q&a",
  "questions",
  "roundtable",
  "round-table",
  "seminar",
  "session",
  "sessions",
  "webinar",
  "workshop",
]);
/**
 * Whether the words before "hosted by" (or the subject after a fronted "Hosted by X,") name an occasion and no
 * conversation: "The Fenby Summit, hosted by …", "A reception hosted by …" (not "a panel at the summit, hosted by …").
 */
function hostsAnOccasion(words: string): boolean {
  const list = lastWords(words.split(/[;:(]/u).at(-1)!);
  return list.some((w) => OCCASION_NOUNS.has(w)) && !list.some((w) => CONVERSATION_NOUNS.has(w));
}

/** Whether a few words ("the meeting", "today's debate", "evening") name a session, by their head noun. */
function thingIsSession(words: string): boolean {
  const list = words.split(/\s+/u).filter(Boolean);
  while (list.length && /^(?:the|this|that|its|their|our|today['’]s|tonight['’]s)$/iu.test(list[0]!)) list.shift();
  const head = headNoun(list.slice(0, 4));
  return head === undefined || SESSION_NOUNS.has(head) || /^(?:day|morning|afternoon|night)$/u.test(head);
}

/** Whether the words between two names are only a post ("chairman and CEO", "editor"): the first name is its organisation's. */
function isPostBetween(gap: string): boolean {
  const words = gap.trim().split(/\s+/u);
  return (
    /^\s+\S/u.test(gap) &&
    words.length <= 6 &&
    words.some((w) => isRoleWord(w)) &&
    words.every(
      (w, k) =>
        (isRoleWord(w) && /^(?:\p{Ll}|[A-Z]{2,4}$)/u.test(w)) ||
        /^(?:and|&|of|deputy|vice|chief)$/u.test(w) ||
        // "board member", "council leader": a body's word in lower case before a role word (stop 46, set 76).
        (/^\p{Ll}/u.test(w) && ORGANISATION_WORDS.has(w) && isRoleWord(words[k + 1] ?? "")),
    )
  );
}

/**
 * A full stop that abbreviates and ends nothing: a person's title as American English writes it ("Dr.", "Mr.",
 * "Prof."), a body's or a place's initials ("D.C.", "U.K.", "N.H.A."; stop 46, set 76).
 */
const TITLE_STOP =
  /(?<![\p{L}\p{N}])(Dr|Mr|Mrs|Ms|Mx|Prof|Rev)\.(?=\s)|(?<![\p{L}\p{N}])((?:\p{Lu}\.){1,4}\p{Lu})\.(?=\s)/gu;
/** Whether the words between "chaired by" and a name are only a role or title ("the Forum's policy director, Dr"). */
function onlyARoleBetween(gap: string): boolean {
  // "moderated by Dr. Kit Lamb": a title's abbreviating full stop ends nothing.
  gap = gap.replace(
    TITLE_STOP,
    (_, title: string | undefined, initials: string | undefined) => title ?? initials!.replace(/\./gu, ""),
  );
  if (/[.;:]/u.test(gap) || (gap.match(/,/gu)?.length ?? 0) > 1) return false;
  // "moderated by harbour-trade favourite, Kit Lamb", "chaired by veteran broadcaster Kit Lamb": up to three words that
  // describe the person, no function word, session or body among them; "chaired by ferry skipper and harbour pilot
  // Kit Lamb": two such descriptions joined by one "and" (stop 45), up to four words then.
  const words = gap.split(/[\s,]+/u).filter(Boolean);
  const and = words.findIndex((w) => /^(?:and|&)$/u.test(w));
  const joined =
    and > 0 && and < words.length - 1 && !/,/u.test(gap) && words.filter((w) => /^(?:and|&)$/u.test(w)).length === 1;
  let description = 0;
  return words.every(
    (w, k) =>
      (joined && k === and) ||
      /^\p{Lu}/u.test(w) ||
      isRoleWord(w) ||
      DEPARTMENT_WORDS.has(w.toLowerCase()) ||
      /^(?:the|a|an|of|for|at|its|their|our|his|her|own|senior|deputy|vice|assistant|associate|principal|interim|acting|co|long-serving|new|newly|appointed)$/iu.test(
        w,
      ) ||
      // "board member", "council leader", "trust director": a body's word in lower case that makes a post with the
      // role word after it (stop 46, set 76).
      (/^\p{Ll}/u.test(w) && ORGANISATION_WORDS.has(w) && isRoleWord(words[k + 1] ?? "")) ||
      (isDescription(w) && ++description <= (joined ? 4 : 3)),
  );
}

/**
 * Whether the words between "and" and a second name after "chaired by A" are that person's post, so that both chaired:
 * "the Fenby Trust's president, B", "harbour master B" — a role word among them, within what `onlyARoleBetween` takes,
 * and no word in "-ed" ("and featured speaker B" names a speaker, "and attended by B" another verb).
 */
function postBeforeSecondChair(gap: string): boolean {
  const words = gap.split(/[\s,]+/u).filter(Boolean);
  return (
    words.some((w) => isRoleWord(w) && /^\p{Ll}/u.test(w)) &&
    !words.some((w) => /^\p{Ll}[\p{Ll}-]*ed$/u.test(w)) &&
    onlyARoleBetween(gap)
  );
}

/** Words that never describe a person before a name: function words, verbs of a clause, adverbs. */
const NOT_DESCRIPTION =
  /^(?:and|or|but|nor|with|without|from|to|in|on|by|into|onto|via|about|over|under|as|than|who|whom|which|that|whose|where|when|while|he|she|it|they|we|you|i|me|him|them|us|is|was|were|are|be|been|being|has|had|have|will|would|also|including|such|not|no|then|each|both|all|several|some|many|two|three)$/iu;

/** A lowercase word that may describe the person named after it: "trade", "favourite", "veteran", "broadcaster". */
function isDescription(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /^\p{Ll}[\p{Ll}'’-]*$/u.test(word) &&
    !NOT_DESCRIPTION.test(w) &&
    !/ly$/u.test(w) &&
    !SESSION_NOUNS.has(w) &&
    !NOT_SESSION_NOUNS.has(w.replace(/s$/u, "")) &&
    !NOT_SESSION_NOUNS.has(w)
  );
}

/** A sentence that the splitter ended at a body's initials right after a chair verb's "by": "moderated by D.C.". */
const BY_INITIALS_AT_END = /\bby\s+(?:\p{Lu}\.){2,5}$/u;

/**
 * The sentence `s`, read on into `next` when the splitter cut it at a body's or a place's initials written with full
 * stops right after "chaired by", "moderated by" (a capital after them, as a new sentence would have): "The panel,
 * moderated by D.C. Press Club board member X, …", "chaired by U.K. Harbour Guild president X" (stop 46, set 76).
 */
function joinedAtInitials(text: string, s: Span, next: Span | undefined): Span {
  if (!next || !/^ +$/u.test(text.slice(s.end, next.start))) return s;
  const passage = text.slice(s.start, s.end);
  const by = BY_INITIALS_AT_END.exec(passage);
  if (!by) return s;
  CHAIRED_BY.lastIndex = 0;
  const verb = [...passage.matchAll(CHAIRED_BY)].at(-1);
  return verb && verb.index + verb[0].length >= by.index + 2 ? { ...s, end: next.end } : s;
}

/**
 * Who chaired the panel: a person a sentence ties, in one clause, to a chair word whose object is the session or
 * none — named after it ("chaired by", "Chairing the meeting was", "debate chair", "Chair:"; titles and a role
 * between aside), before it ("chaired", "who chaired", "<apposition>, ably chaired", "was the chair", "(Chair)"), or
 * in a list entry marked "(chair)" — never just the next person the sentence names, nor someone who chairs another
 * body. Hosts and openers only when no one else chairs, and only of a session with two others or more of
 * `takingPart` (who speak, or whose posts the text gives). `outside` leaves out passages that are someone's own words
 * (a witness's "the board I chaired").
 */
export function findChairs(
  { text, sentences, mentions, found, transcript, authorKey }: ChairReading,
  outside: SpanSet,
  takingPart: ReadonlySet<string> = new Set(),
): Chair[] {
  const chairs: Chair[] = [];
  const hosts: Chair[] = [];
  const add = (person: string, sentence: Span, word?: string) => {
    const list = isHost(word) ? hosts : chairs;
    if (!list.some((c) => c.person === person)) list.push({ person, sentence });
  };
  // "chaired by X's deputy": not X, but someone of X's.
  const possessive = (x: Mention) => /^['’]s?\s/u.test(text.slice(x.end, x.end + 3));
  // The first person named from `end`, with at most a title between ("In the chair was Councillor Ian Mercer").
  const namedRightAfter = (inSentence: Mention[], end: number) => {
    const named = inSentence.find((x) => x.start >= end);
    const gap = text.slice(end, named?.start);
    const onlyTitles = /^(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(gap);
    return named && gap.length <= 30 && onlyTitles && !possessive(named) ? named : undefined;
  };
  // `first` and the people named right after it, with only a comma, "and" or "&" and titles between ("A, B and Dr C").
  const namesInARow = (first: Mention) => {
    const row = [first];
    for (const x of mentions.items) {
      const last = row.at(-1)!;
      if (x.start < afterPostnominals(text, last.end)) continue;
      const gap = text.slice(afterPostnominals(text, last.end), x.start);
      if (!/^(?:[ \t]*,)?[ \t]+(?:(?:and|&)[ \t]+)?(?:(?:the|\p{Lu}[\p{L}.'’-]*)[ \t]+)*$|^[ \t]*,[ \t]*$/u.test(gap))
        break;
      row.push(x);
    }
    return row;
  };
  // The person a sentence opens with, its subject ("Mr. Attwell introduced …"), when no one else is named before `at`.
  // With `alone`, no one else may be named before `at` either (who else would be the subject of "and chaired").
  const openingSubject = (s: Span, at: number, alone = true) => {
    const before = mentions.inside(s).filter((x) => x.start < at);
    const first = before[0];
    if (!first || possessive(first) || (alone && before.some((x) => x.person !== first.person))) return undefined;
    const gap = text.slice(s.start, first.start);
    return gap.length <= 30 && /^[\s\p{P}]*(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(gap) ? first : undefined;
  };
  // Whom "he" or "she" at `at` stands for: the subject of its own sentence, if someone is named before it there (and no
  // one else: "X thanked Y, who said he …" is Y's), else that of the sentence before in the paragraph (up to two back)
  // that names someone, whoever else it names.
  const antecedent = (s: Span, at: number) => {
    if (mentions.inside(s).some((x) => x.start < at)) return openingSubject(s, at);
    const i = sentences.indexOf(s);
    for (const prev of sentences.slice(Math.max(0, i - 2), i).reverse()) {
      if (/\n\s*\n/u.test(text.slice(prev.end, s.start))) return undefined;
      if (mentions.inside(prev).length > 0) return openingSubject(prev, prev.end, false);
    }
    return undefined;
  };
  // "Madam Deputy Speaker (Dame X)", "the chairman (Professor X)": the holder alone in the brackets after a presiding
  // office or a session's chair word.
  const holdersInBrackets = (s: Span, passage: string) => {
    for (const m of [...passage.matchAll(PRESIDING_TITLE), ...passage.matchAll(CHAIR_WORD_HOLDER)]) {
      // The holder's initials may end the sentence as the splitter reads it ("The Chairman (Mr A. H. Bell)"): the
      // brackets are read to their close.
      const close = text.indexOf(")", s.start + m.index + m[0].length);
      const brackets =
        close === -1 ? s : { start: s.start, end: Math.max(s.end, Math.min(close, s.start + m.index + 90)) };
      const named = namedRightAfter(mentions.inside(brackets), s.start + m.index + m[0].length);
      // The holder alone in the brackets: "(Dame X)", not "(who had called X)"; letters written with stops may close
      // them: "The Chairman (Mr A. Bell, F.R.S.)".
      const word = /\bhost/iu.test(m[0]) ? "host" : undefined;
      const rest = named ? text.slice(afterPostnominals(text, named.end)) : "";
      if (named && /^(?:,\s*(?:\p{Lu}\.){2,6})?\s*[)]/u.test(rest)) add(named.person, s, word);
    }
  };
  // Whether `at` lies inside a quotation its paragraph opens before it (someone's own words, not the writer's).
  const quoted = (at: number) => {
    const before = text.slice(Math.max(text.lastIndexOf("\n", at) + 1, at - 2000), at);
    const count = (re: RegExp) => before.match(re)?.length ?? 0;
    return count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
  };
  for (const s of sentences.map((y, i) => joinedAtInitials(text, y, sentences[i + 1]))) {
    if (outside.overlaps(s)) continue;
    const passage = text.slice(s.start, s.end);
    // The writer's "I chaired the first panel" (the author the metadata names), and "I will be joined by X as we
    // lead a workshop" (X, and the writer if named): not in a transcript, whose "I" is each speaker's, nor in a quotation.
    for (const m of transcript ? [] : passage.matchAll(FIRST_PERSON_CHAIR)) {
      const { who, finite, base } = m.groups!;
      const verb = (finite ?? base)!;
      const after = passage.slice(m.index + m[0].length);
      if (!chairsTheSession(verb, after, base !== undefined || /^lead$/u.test(verb), true)) continue;
      // "we led the review panel", "I led a delegation": a body doing a piece of work, no session.
      const object = after.split(/\s+/u).slice(0, 4);
      if (/^(?:led|lead|steer|steered)$/u.test(verb) && object.some((w) => BODY_OF_WORK.has(w.toLowerCase()))) continue;
      if (quoted(s.start + m.index)) continue;
      const joiners: Mention[] = [];
      if (who !== "I") {
        const joined = [...passage.slice(0, m.index).matchAll(JOINED_BY)].at(-1);
        const byEnd = joined ? s.start + joined.index + joined[0].length : -1;
        const named = joined ? mentions.inside(s).find((x) => x.start >= byEnd) : undefined;
        if (named && named.start - byEnd <= 60 && onlyARoleBetween(text.slice(byEnd, named.start))) {
          joiners.push(...namesInARow(named));
        }
        if (joiners.length === 0) continue;
      }
      if (authorKey) add(authorKey, s, verb);
      for (const x of joiners) add(x.person, s, verb);
    }
    // Before the sentence's own names: "She chaired the discussion" names no one.
    for (const m of passage.matchAll(LATER_CHAIR_VERB)) {
      const { pronoun, finite, base } = m.groups!;
      const verb = (finite ?? base)!;
      // The verb must say what was chaired: "and chaired the debate", not "which the council organised and hosted".
      if (!chairsTheSession(verb, passage.slice(m.index + m[0].length), base !== undefined, true)) continue;
      const at = s.start + m.index;
      const subject = pronoun ? antecedent(s, at) : openingSubject(s, at);
      if (subject) add(subject.person, s, verb);
    }
    const inSentence = mentions.inside(s);
    if (inSentence.length === 0) {
      // "The Chairman (Mr A." and "H. Bell, F.R.S.):" as the splitter cuts a holder's initials.
      holdersInBrackets(s, passage);
      continue;
    }
    for (const m of passage.matchAll(CHAIRED_BY)) {
      const byEnd = s.start + m.index + m[0].length;
      // "led by" and "hosted by" chair only a thing the sentence names as a session: not "a delegation led by X".
      const word = m[1] ?? m[2]!;
      // "The forum, convened by the party's leader X": who called the meeting together, an organiser, not its chair.
      if (/^convened$/iu.test(word)) continue;
      const strict = /^(?:led|steered|hosted)$/iu.test(word);
      // "Hosted by X, the webinar heard from …": a participle that opens the sentence is said of the subject after it.
      const fronted = /^\s*$/u.test(passage.slice(0, m.index))
        ? /,\s+((?:\S+\s+){0,2}\S+)/u.exec(passage.slice(m.index + m[0].length))?.[1]
        : undefined;
      if (strict && fronted !== undefined) {
        if (!fronted.split(/\s+/u).some((w) => SESSION_NOUNS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, "")))) continue;
      } else if (!chairedThingIsSession(passage.slice(0, m.index), strict)) continue;
      // "The Fenby Summit, hosted by Senator X, heard …": the host of an occasion (a summit, a reception, a day) is its
      // organiser; the host of a conversation (a panel, a webinar, a debate) may chair it.
      if (/^hosted$/iu.test(word) && hostsAnOccasion(fronted ?? passage.slice(0, m.index))) continue;
      // The first person named after "by", with at most a role or a title between ("chaired by the Forum's chair, Dr Price").
      let named = inSentence.find((x) => x.start >= byEnd);
      // "Moderated by Marlow Hotels chairman and CEO Ruth Okafor": a name before a post is the post's organisation; the
      // one who chaired is named after the post.
      const holder = named && inSentence.find((x) => x.start >= named!.end);
      if (holder && isPostBetween(text.slice(afterPostnominals(text, named!.end), holder.start))) named = holder;
      if (
        named &&
        named.start - byEnd <= 80 &&
        onlyARoleBetween(text.slice(byEnd, named.start)) &&
        !possessive(named)
      ) {
        add(named.person, s, word);
        // "co-chaired by A and B": the next person too, when only "and" and a title lie between, or "and" and a post
        // ("chaired by A and the Fenby Trust's president, B"; stop 45).
        const second = inSentence.find((x) => x.start >= afterPostnominals(text, named.end));
        const between = second ? text.slice(afterPostnominals(text, named.end), second.start) : "";
        if (
          second &&
          (/^\s+and\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(between) ||
            (/^\s+and\s/u.test(between) && postBeforeSecondChair(between.replace(/^\s+and\s+/u, "")))) &&
          !possessive(second)
        ) {
          add(second.person, s, word);
        }
      }
    }
    for (const m of passage.matchAll(CHAIR_BEFORE_NAME)) {
      // "Chairing the meeting was X": what was chaired, if the clause says, is a session; "our chair for the evening".
      const object = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      if (object !== undefined && !thingIsSession(object)) continue;
      // "Last week our chair, X, gave evidence to the panel": the writer's body's chair, a post (what "our" is, not
      // what an occasion has) unless the words say what it chairs ("our chair for the evening, X").
      if (OUR_BODYS_CHAIR.test(m[0])) continue;
      const named = namedRightAfter(inSentence, s.start + m.index + m[0].length);
      const word = /\b(?:host|comp[eè]r|emcee)/iu.test(m[0]) ? "host" : undefined;
      if (named) for (const x of PLURAL_LABEL.test(m[0]) ? namesInARow(named) : [named]) add(x.person, s, word);
    }
    holdersInBrackets(s, passage);
    for (const m of [
      ...passage.matchAll(SESSION_CHAIR_BEFORE_NAME),
      ...(SUCCESSION_OF_CHAIRS.test(passage) ? [] : passage.matchAll(CONFERENCE_CHAIR_BEFORE_NAME)),
      ...passage.matchAll(MODERATOR_BEFORE_NAME),
    ]) {
      const named = namedRightAfter(inSentence, s.start + m.index + m[0].length);
      if (named) add(named.person, s, /\bhost\b/iu.test(m[0]) ? "host" : undefined);
    }
    // Where a name's organisation runs up to a chair verb ("X, chief executive of Friends Together to End Hunger
    // chaired"), a name read inside the organisation's ("End Hunger") is no one who chaired.
    let swallowedTo = -1;
    for (const x of inSentence) {
      if (x.start < swallowedTo) continue;
      // The chair word right after the name (and its letters), or after an apposition: "X, <role at Org>, ably chaired".
      const ends = [afterPostnominals(text, x.end)];
      const apposition = APPOSITION.exec(text.slice(ends[0]!, Math.min(s.end, ends[0]! + 110)));
      if (apposition && !inSentence.some((y) => y.start >= ends[0]! && y.start < ends[0]! + apposition[0].length)) {
        ends.push(ends[0]! + apposition[0].length);
      }
      // "X, Chairman of Fenby Forum moderated a panel": a post of an organisation in apposition whose closing comma is
      // left out, the chair verb right after the organisation's name.
      const open = UNCLOSED_POST.exec(text.slice(ends[0]!, Math.min(s.end, ends[0]! + 110)));
      if (open && open[1]!.split(/\s+/u).some((w) => isRoleWord(w))) ends.push(ends[0]! + open[0].length);
      const of = OF_ORGANISATION.exec(text.slice(ends[0]!, Math.min(s.end, ends[0]! + 110)));
      const place = of?.groups?.place;
      const placeStart = of && place ? ends[0]! + of[0].length - place.length : 0;
      if (of && !(place && inSentence.some((y) => y.start >= placeStart && y.start < ends[0]! + of[0].length))) {
        ends.push(ends[0]! + of[0].length);
      }
      // "saw X, <apposition>, moderate a panel": the bare verb names what was chaired.
      if (SAW_BEFORE_NAME.test(text.slice(Math.max(s.start, x.start - 40), x.start))) {
        for (const end of ends) {
          const bare = BARE_CHAIR_VERB.exec(text.slice(end, Math.min(s.end, end + 20)));
          if (bare && chairsTheSession(bare[1]!, text.slice(end + bare[0].length, s.end), true, true)) {
            add(x.person, s, bare[1]);
            break;
          }
        }
      }
      // (Not a name that ends an apposition, "X, a member of the Y Panel, introduced the panellists": Y's comma shows
      // the verb is another's.)
      const opens = OPENED_BY_ASKING.exec(text.slice(ends[0]!, Math.min(s.end, ends[0]! + 80)));
      const closesApposition = opens?.[0].startsWith(",") && /,[^,.;:]{1,100}$/u.test(text.slice(s.start, x.start));
      if (opens && !closesApposition) add(x.person, s, "opened");
      const thanked = THANKS_BEFORE_NAME.test(text.slice(Math.max(s.start, x.start - 40), x.start))
        ? FOR_CHAIRING.exec(text.slice(ends[0]!, Math.min(s.end, ends[0]! + 40)))
        : null;
      if (thanked && chairsTheSession(thanked[1]!, text.slice(ends[0]! + thanked[0].length, s.end))) {
        add(x.person, s, thanked[1]);
      }
      for (const end of ends) {
        const as = AS_CHAIR_AFTER_NAME.exec(text.slice(end, Math.min(s.end, end + 120)));
        if (as && (!as[1] || chairsTheSession(as[1], text.slice(end + as[0].length, s.end)))) {
          add(x.person, s);
          break;
        }
        const led = LED_AFTER_NAME.exec(text.slice(end, Math.min(s.end, end + 80)));
        if (led && !led[1]!.split(/\s+/u).some((w) => BODY_OF_WORK.has(w) || NOT_SESSION_NOUNS.has(w))) {
          add(x.person, s);
          break;
        }
        const m = CHAIRED_AFTER_NAME.exec(text.slice(end, Math.min(s.end, end + 80)));
        const verb = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6] ?? m?.[7] ?? m?.[8];
        const after = text.slice(end + (m?.[0].length ?? 0), s.end);
        // "The event closed with X hosting a debate between …": the host of one part of the occasion (a debate, a
        // Q&A), not its chair.
        const part =
          isHost(verb) &&
          /^\s+(?:a|an)\s/iu.test(after) &&
          /\bwith\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(Math.max(s.start, x.start - 60), x.start));
        // "X hosted a reception for …", "X hosted the summit": an occasion's host, its organiser.
        const occasion = isHost(verb) && hostsAnOccasion(after.split(/\s+/u).slice(0, 5).join(" "));
        const anotherBodys = m && CHAIR_WORD_ALONE.test(m[0]) && ANOTHER_BODY_AFTER.test(text.slice(end + m[0].length));
        if (
          m &&
          !part &&
          !occasion &&
          !anotherBodys &&
          (!verb || chairsTheSession(verb, after, m[2] !== undefined, m[7] !== undefined))
        ) {
          add(x.person, s, verb);
          if (end > ends[0]!) swallowedTo = end;
          break;
        }
      }
    }
  }
  // "Chair\nDr X, Director, Org": a title block's label on a line of its own, the chair named first on the next, alone or
  // with a post after a comma, a bracket or a dash (not "Chair\nX spoke about …").
  // Not a label that follows a line naming someone: "Ruth Bell\nChair\nTom Tan\nDirector" gives each name's post on the
  // line after it, and the Senedd's "X Cadeirydd y Pwyllgor\nCommittee Chair\nY" glosses X's.
  for (const m of text.matchAll(LABEL_LINE)) {
    const end = m.index + m[0].length;
    const lineBefore = text.lastIndexOf("\n", m.index - 2) + 1;
    if (mentions.items.some((x) => x.start >= lineBefore && x.start < m.index)) continue;
    const named = namedRightAfter(
      mentions.items.filter((x) => x.start >= end && x.start < end + 40),
      end,
    );
    if (!named || /\n/u.test(text.slice(end, named.start))) continue;
    const row = PLURAL_LABEL.test(m[1]!) ? namesInARow(named) : [named];
    if (!/^[ \t]*(?:$|[,(–—-])/mu.test(text.slice(afterPostnominals(text, row.at(-1)!.end)))) continue;
    const sentence = sentences.find((y) => y.start <= named.start && named.start < y.end);
    if (sentence && !outside.overlaps(sentence)) {
      for (const x of row) add(x.person, sentence, /host/iu.test(m[1]!) ? "host" : undefined);
    }
  }
  // "Moderator: Good morning, everyone. I'm Ann Bell, and I …": a chair's label opening a line whose words name their
  // speaker, in a text not read as a transcript (its other turns unrecognised).
  for (const m of text.matchAll(LABEL_SELF_INTRODUCTION)) {
    const end = m.index + m[0].length;
    const named = mentions.items.find((x) => x.start >= end && x.start - end <= 14);
    if (
      !named ||
      !/^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Cllr|Councillor|Sir|Dame)\.?\s+)?$/u.test(text.slice(end, named.start))
    )
      continue;
    const sentence = sentences.find((y) => y.start <= named.start && named.start < y.end);
    if (sentence && !outside.overlaps(sentence)) add(named.person, sentence);
  }
  // "- Prof. A Bell – Lay Trustee (Chairman) and voting member": a list entry, one line that opens with the
  // person, whose post holds the chair's mark.
  const inOrder = mentions.items;
  inOrder.forEach((x, i) => {
    if (!LIST_ENTRY_START.test(text.slice(Math.max(0, x.start - 30), x.start))) return;
    const next = inOrder[i + 1]?.start ?? text.length;
    const entry = text.slice(afterPostnominals(text, x.end), Math.min(next, x.end + 120)).split("\n")[0]!;
    const mark = LIST_ENTRY_CHAIR.exec(entry);
    if (!mark || /[.;]\s/u.test(entry.slice(0, mark.index))) return;
    const sentence = sentences.find((s) => s.start <= x.start && x.start < s.end);
    if (sentence && !outside.overlaps(sentence)) add(x.person, sentence, mark[1] ?? mark[2]);
  });
  // "- Gil Tan, Chief Executive of the Fairmile Foundation (chair)": the mark closes the person's role statement.
  for (const r of found.roles) {
    const mark = CHAIR_MARK.exec(text.slice(r.evidence.end, r.evidence.end + 20));
    if (!mark) continue;
    const sentence = sentences.find((x) => x.start <= r.evidence.start && r.evidence.start < x.end);
    if (sentence && !outside.overlaps(sentence)) add(r.person, sentence, mark[1]);
  }
  // The chair of a committee whose hearing the text reports ("Witnesses told the Fenby Transport Committee …"), named
  // as that committee's chair ("X, chair of the Fenby Transport Committee,", "Committee chair X"), presides at it.
  if (chairs.length > 0) return chairs;
  // A transcript's chair is its title block's or its turns' (`addTitleBlockChair`), not a witness who chairs a
  // committee of their own.
  const sentencesInOrder = new SpansInOrder(sentences);
  const sentenceAt = (at: number) => sentencesInOrder.at(at, (y: Span) => y.start <= at && at < y.end);
  const heard = new Set(
    (transcript ? [] : [...found.organisations.values()])
      .filter(
        (o) =>
          /\bCommittee\b/u.test(o.label) &&
          o.spans.some((x) => {
            const y = sentenceAt(x.start);
            return y !== undefined && !outside.overlaps(y) && HEARING_CUE.test(text.slice(y.start, y.end));
          }),
      )
      // A registry's body keeps its id as key, while a role names its body by the written name: both are kept.
      .flatMap((o) => [o.key, nameKey(o.label)]),
  );
  // How many committees are heard, each once (by its written name), whatever keys name it.
  const committees = new Set(
    [...found.organisations.values()].filter((o) => heard.has(o.key)).map((o) => nameKey(o.label)),
  );
  // A committee a newspaper names in lower case, "before the Senate Harbours committee", in a sentence about its
  // hearing: no organisation is drafted for it, but it is the committee heard all the same.
  if (!transcript) {
    for (const s of sentences) {
      if (outside.overlaps(s) || !HEARING_CUE.test(text.slice(s.start, s.end))) continue;
      for (const m of text.slice(s.start, s.end).matchAll(COMMITTEE_IN_LOWER_CASE)) {
        heard.add(m[1]!.toLowerCase());
        committees.add(m[1]!.toLowerCase());
      }
    }
  }
  // "Speaking at the Fenby Venues Day conference, X said", "Speaking in the House of Commons, X asked", "Addressing
  // the Marlow Forum, X said": the text reports the committee's chair speaking at another occasion, its hearings the
  // story's background; that chair presides at none the text reports.
  const elsewhere = new Set<string>();
  for (const s of sentences) {
    const m = SPEAKING_ELSEWHERE.exec(text.slice(s.start, s.end));
    if (!m || /\b(?:committee|hearing|inquiry|evidence|session)\b/iu.test(m[1]!)) continue;
    for (const x of mentions.inside(s)) elsewhere.add(x.person);
  }
  const presides = (person: string) => !elsewhere.has(person);
  if (heard.size > 0) {
    for (const r of found.roles) {
      if (
        !CHAIR_POST.test(r.role) ||
        !r.organisation ||
        (!heard.has(r.organisation.key) && !heard.has(nameKey(r.organisation.label)))
      )
        continue;
      const sentence = sentenceAt(r.evidence.start);
      if (sentence && !outside.overlaps(sentence) && presides(r.person)) add(r.person, sentence);
    }
    if (committees.size === 1) {
      for (const s of sentences) {
        if (outside.overlaps(s)) continue;
        for (const m of text.slice(s.start, s.end).matchAll(COMMITTEE_CHAIR_BEFORE_NAME)) {
          const named = namedRightAfter(mentions.inside(s), s.start + m.index + m[0].length);
          if (named && presides(named.person)) add(named.person, s);
        }
      }
    }
  }
  // A report of a hearing ("were questioned", "told MPs") whose committee is named only in its chair's post, "X, the
  // chair of the harbours committee, said …", where that chair puts the questions ("He asked the bosses: …"): the one
  // such chair presides at it. A member who asks and whom no post calls chair is not.
  if (
    chairs.length === 0 &&
    !transcript &&
    sentences.some((s) => !outside.overlaps(s) && HEARING_CUE.test(text.slice(s.start, s.end)))
  ) {
    const asking: Chair[] = [];
    sentences.forEach((s, i) => {
      if (outside.overlaps(s)) return;
      for (const x of mentions.inside(s)) {
        const post = CHAIR_OF_A_COMMITTEE.exec(text.slice(afterPostnominals(text, x.end), s.end));
        if (!post) continue;
        const next = sentences[i + 1];
        const after = text.slice(afterPostnominals(text, x.end) + post[0].length, s.end);
        if (PUTS_QUESTION.test(after) || (next && PUTS_QUESTION.test(text.slice(next.start, next.end)))) {
          if (!asking.some((c) => c.person === x.person)) asking.push({ person: x.person, sentence: s });
        }
      }
    });
    if (asking.length === 1) add(asking[0]!.person, asking[0]!.sentence);
  }
  // "It is a pleasure to serve under your chairmanship, Mr Reed": a debate's speaker addresses its chair by name, as
  // every speech in a debate chaired from a panel opens. Only where nothing else names the chair. Always said in a
  // speaker's own words, so read inside them too (a transcript's turn).
  if (chairs.length === 0) {
    for (const s of sentences) {
      for (const m of text.slice(s.start, s.end).matchAll(UNDER_YOUR_CHAIR)) {
        const named = namedRightAfter(mentions.inside(s), s.start + m.index + m[0].length);
        if (named) add(named.person, s);
      }
      // "Ms Reed, it is a pleasure to speak under your Chair", "Sir Tom, it is good to see you in the
      // Chair": the one the sentence opens by addressing, when it speaks of "your" chair.
      const addressed = YOUR_CHAIR.test(text.slice(s.start, s.end)) ? openingSubject(s, s.end, false) : undefined;
      if (addressed && /^,/u.test(text.slice(afterPostnominals(text, addressed.end)))) add(addressed.person, s);
    }
  }
  // A host chairs when no one else does ("Both sessions were hosted by X"), not beside a chair ("hosted by X MP and
  // chaired by Y"), and only a session of two speakers or more: the host of a lecture, a keynote or a minister's
  // speech introduces its one speaker, and chairs nothing.
  if (chairs.length > 0) return chairs;
  return hosts.filter((h) => [...takingPart].filter((p) => p !== h.person).length >= 2);
}

/**
 * "to serve under your chairmanship, " before the name of the chair a speaker addresses, a few words in between or none
 * ("to serve under your chairmanship for the first time, Mr Reed").
 */
const UNDER_YOUR_CHAIR =
  /\bserve\s+under\s+your\s+(?:chairmanship|chairship|chairwomanship|chair)(?:\s+(?!of\b|at\b)[^\s,.;:?!()]+){0,6},\s+/giu;
/** "under your chairmanship", "with you in the Chair": the chair of the debate the speaker addresses (not "your chair of"). */
const YOUR_CHAIR =
  /\b(?:under\s+your\s+(?:chairmanship|chairship|chairwomanship|chair)|(?:with|see|seeing)\s+you\s+in\s+the\s+chair)\b(?!\s+(?:of|at)\b)/iu;

/** A transcript's chair named in its title block ("Baroness A (The Chair)"), first, unless a sentence named them already. */
export function addTitleBlockChair(chairs: Chair[], transcript?: Transcript, cast?: TranscriptPeople): void {
  // Or the chair who names themselves in their first turn ("Moderator: Good morning. I'm Ann Bell.").
  const named = transcript?.chair ?? cast?.introduced;
  if (transcript && cast?.chair && named && !chairs.some((c) => c.person === cast.chair)) {
    chairs.unshift({ person: cast.chair, sentence: named });
  }
}
