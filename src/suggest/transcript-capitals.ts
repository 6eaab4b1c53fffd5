// Transcripts that write their speakers' names in capitals: a US congressional hearing ("Chairman HALDANE. The
// committee will come to order.", "Mr. REYES. Thank you.", "STATEMENT OF HON. DANIEL REYES, SECRETARY, DEPARTMENT
// OF X"), Australia's committee Hansard ("Senator McQUARRIE:", "Ms MERRIWEATHER:", the witness list "MERRIWEATHER,
// Ms Joanne, Chief Executive Officer, Org") and New Zealand's Hansard ("Hon RUTH TAMSIN (Minister of Housing):",
// "1. TAMATI WHAANGA (Labour—Te Awaroa) to the Minister of Housing: …"). The names are read as if written as names
// are ("Mr. Reyes", "Ms Joanne Merriweather"), in a copy of the text as long as it, so every offset stays; the draft
// quotes the text itself.
import { isGivenName } from "./names.js";
import type { Paragraph, Span } from "./text.js";

/** A turn's label read here, where the transcript's own reading would not find it (a full stop ends it). */
export interface CapitalLabel {
  /** The label with its full stop or colon. */
  label: Span;
  /** Who speaks: "Mr. Reyes", "Senator Pruett", "The Chairman", "Haldane" in "Chairman Haldane". */
  speaker: Span;
  /** "The CHAIRMAN.": the chair's office; the person is the one presiding. */
  chair: boolean;
  /** "Chairman HALDANE.": the chair, named. */
  chairNamed: boolean;
  /** A member who asks: a Senator, a Representative, one the members list names, or no witness. */
  member: boolean;
}

export interface Capitals {
  /** The text with its names in capitals written as names are, as long as the text. */
  readable: string;
  /** The labels read here, by paragraph. */
  labels: (CapitalLabel | undefined)[];
  /** A US hearing's labels ending in a full stop: members ask, witnesses answer. */
  hearing: boolean;
  /** The witnesses the title block names: "STATEMENT OF …" lines, a witness list "SURNAME, Ms Given, Role, Org". */
  witnesses: Span[];
  /** Paragraphs that are no one's words and end the turn before them: a heading "STATEMENT OF …", a witness's line. */
  breaks: Set<number>;
  /** "Chairman Haldane presiding.", "CHAIR (Senator Quinlivan)": who chairs. */
  chair?: Span;
}

/** A surname in capitals: "REYES", "McQUARRIE", "O'BRIEN", "SMITH-JONES", "VAN HOLLEN" (two words at most besides). */
const CAPS_NAME = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}{2,}[\p{Lu}'’-]*`;
const CAPS_NAMES = `${CAPS_NAME}(?:\\s+${CAPS_NAME}){0,2}`;
/**
 * A US congressional label: "The CHAIRMAN.", "Chairman HALDANE.", "Mr. REYES.", "Senator PRUETT.", "Mr. SMITH of
 * Ohio." (a House member told from another of that name by their state). Its speech follows on the line.
 */
const STOP_LABEL = new RegExp(
  String.raw`^(?:The\s+(CHAIRMAN|CHAIRWOMAN|CHAIR|ACTING\s+CHAIRMAN|VICE\s+CHAIRMAN|SPEAKER|PRESIDING\s+OFFICER|CLERK)|(Chairman|Chairwoman|Chair|Vice\s+Chairman|Vice\s+Chair|Acting\s+Chairman|Ranking\s+Member|Mr\.|Ms\.|Mrs\.|Miss|Dr\.|Senator|Representative|Delegate|Commissioner|Secretary|General|Admiral|Governor|Judge|Hon\.)\s+(${CAPS_NAMES})(\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?)\.\s+(?=\S)`,
  "u",
);
/** The titles of a US hearing's members: they ask. */
const MEMBER_TITLES =
  /^(?:Chairman|Chairwoman|Chair|Vice\s+Chairman|Vice\s+Chair|Acting\s+Chairman|Ranking\s+Member|Senator|Representative|Delegate)$/u;
/**
 * A label with a colon whose name is in capitals, as Australia's and New Zealand's Hansard print them: "Senator
 * McQUARRIE:", "Ms MERRIWEATHER:", "Hon RUTH TAMSIN (Minister of Housing):", "TAMATI WHAANGA (Labour—Te Awaroa):".
 */
const COLON_LABEL = new RegExp(
  String.raw`^((?:(?:Rt\s+)?Hon\.?\s+|Senator\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+|Dr\.?\s+|Dame\s+|Sir\s+|Prof\.?\s+|Professor\s+|(?:REP|SEN|GOV|GEN|DR)\.\s+){0,3})(${CAPS_NAMES}(?:\s+${CAPS_NAME})?)(\s*\([^():]{1,80}\))?(,\s+[^:\p{Ll}\n]{2,80}?)?:\s+(?=\S)`,
  "u",
);
/**
 * New Zealand's oral question: "1. TAMATI WHAANGA (Labour—Te Awaroa) to the Minister of Housing: What …": the
 * member asks.
 */
const NZ_QUESTION = new RegExp(
  String.raw`^(?:\d{1,3}\.\s+)?(${CAPS_NAMES}(?:\s+${CAPS_NAME})?)(\s*\([^():]{1,80}\))?\s+to\s+the\s+(?:(?:Associate|Deputy)\s+)?(?:Prime\s+)?Minister\b[^:\n]{0,100}:\s+(?=\S)`,
  "u",
);
/**
 * A US hearing's heading over a witness's (or a member's) statement: "STATEMENT OF HON. DANIEL REYES, SECRETARY,
 * DEPARTMENT OF X", "OPENING STATEMENT OF …", "TESTIMONY OF …". Those of a member ("OPENING", "U.S. SENATOR")
 * name no witness.
 */
const STATEMENT_OF =
  /^((?:(?:OPENING|PREPARED|JOINT)\s+)?(?:STATEMENTS?|TESTIMONY)\s+OF\s+)((?:(?:HON|DR|MR|MS|MRS)\.?\s+)?[\p{Lu}.'’ -]+?)(?:,\s*(.*))?$/u;
/** The same heading as some pages print it, in capitals and small letters: "Statement of Hon. Daniel Reyes, Secretary, …". */
const MIXED_STATEMENT =
  /^((?:(?:Opening|Prepared|Joint)\s+)?(?:Statements?|Testimony)\s+of\s+)((?:(?:Hon|Dr|Mr|Ms|Mrs)\.?\s+|the\s+Honorable\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})(?:,\s*(.*))?$/u;
/** Australia's witness list: "MERRIWEATHER, Ms Joanne, Chief Executive Officer, Murray Plains Irrigators". */
const SURNAME_FIRST = new RegExp(
  String.raw`^(${CAPS_NAMES}),\s+((?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Associate\s+Professor|Adjunct\s+Professor|Sir|Dame|Rear\s+Admiral|Air\s+Marshal|Major\s+General|Brigadier|Colonel|Commissioner|Superintendent|Inspector|Councillor|Cr|Senator|Hon)\.?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=,|$)`,
  "u",
);
/** "Chairman Haldane presiding.", "Senator Haldane (chairman of the committee) presiding.": who chairs. */
const PRESIDING_LINE =
  /^((?:Chairman|Chairwoman|Chair|Senator|Representative|Mr\.|Ms\.|Mrs\.|Dr\.|Hon\.)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*(?:\([^()]{1,80}\)\s*)?,?\s*presiding\.?$/u;
/** "CHAIR (Senator Quinlivan)", "Chair: Senator Quinlivan" alone on a line, as Australia's title block names the chair. */
const CHAIR_NAMED =
  /^(?:CHAIR|Chair)\s*(?:\(\s*((?:Senator|Mr|Ms|Mrs|Dr)\.?\s+[^()]+?)\s*\)|:\s*((?:Senator|Mr|Ms|Mrs|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))$/u;
/** A title block's line in capitals naming the body: "HEARING BEFORE THE COMMITTEE ON X", "ECONOMICS COMMITTEE". */
const BODY_LINE = /^(?=[^\p{Ll}]*$)[^\n]*\b(?:COMMITTEE|SUBCOMMITTEE|COMMISSION)\b[^\n]*$/u;
/** A list of those present by surname: "Present: Senators Haldane, Pruett, and Okonkwo." */
const PRESENT_SURNAMES =
  /^(?:present|(?:committee\s+)?members(?:\s+(?:present|in\s+attendance))?)\s*:\s*(?:Senators?|Representatives?|Members?)\s+(.+?)\.?$/iu;

const JOINERS = new Set(["of", "and", "the", "on", "for", "in", "to", "from", "at", "a", "an", "by", "with", "de"]);

/** A word in capitals written as a name is: "REYES" → "Reyes", "McQUARRIE" → "McQuarrie", "O'BRIEN" → "O'Brien". */
function nameCase(word: string, first: boolean): string {
  if (!/\p{Lu}{2}/u.test(word) || /\p{Ll}{2}/u.test(word.replace(/^(?:Mc|Mac)/u, ""))) return word;
  if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return word; // "U.S."
  if (!first && JOINERS.has(word.toLowerCase())) return word.toLowerCase();
  if (/^[^AEIOUY]+$/u.test(word.replace(/[^\p{L}]/gu, ""))) return word; // "NDP", "HHS": letters, not a word
  const prefix = /^(?:Mc|Mac|O['’]|D['’])/u.exec(word)?.[0] ?? "";
  return (
    prefix +
    word
      .slice(prefix.length)
      .toLowerCase()
      .replace(/(^|[-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
  );
}

/** The words of a span written as names are, the first capitalised. */
export function caseWords(s: string): string {
  let first = true;
  return s.replace(/\S+/gu, (w) => {
    const out = nameCase(w, first);
    first = false;
    return out;
  });
}

/**
 * The names in capitals of a transcript, read: its labels, its witnesses and its chair. Undefined when the text has no
 * such form, or only one label of it (prose that opens a paragraph with "Mr. JONES." once is no hearing).
 */
export function readCapitals(text: string, paragraphs: Paragraph[]): Capitals | undefined {
  const bodies = paragraphs.map((p) => text.slice(p.start, p.end));
  const stops = bodies.map((b) => STOP_LABEL.exec(b));
  const stopSpeakers = new Set(stops.flatMap((m) => (m ? [(m[1] ?? m[3])!] : [])));
  const hearing = stops.filter(Boolean).length >= 3 && stopSpeakers.size >= 2;
  const colons = bodies.map((b) => COLON_LABEL.exec(b));
  const questions = bodies.map((b) => NZ_QUESTION.exec(b));
  // A title, brackets or a full name's post mark a name in capitals before a colon ("SEN. DALE PRUITT:", "HELEN VOSS
  // (D-VT):", "MARGARET OKAFOR, U.S. TREASURY SECRETARY:"): "WARNING:" and "UPDATE, 3PM:" are none.
  const marked =
    colons.filter((m) => m && (m[1] !== "" || m[3] !== undefined || (m[4] !== undefined && /\s/u.test(m[2]!)))).length +
    questions.filter(Boolean).length;
  // A speaker named in full once, a given name first ("JAMES ORR:", "ANN FRITH, HARBOUR MINISTER:"), then by the
  // surname alone ("ORR:"), as a minister's office transcribes an interview: the pair is one person's turns, which
  // a notice's heading ("HARBOUR NEWS:" … "NEWS:") never is.
  const colonNames = colons.flatMap((m) => (m && m[1] === "" ? [m[2]!] : []));
  const fullNames = colonNames.filter((n) => /\s/u.test(n) && isGivenName(nameCase(n.split(/\s+/u)[0]!, true)));
  const named = new Set(colonNames);
  const surnameAlone = fullNames.some((n) => named.has(n.split(/\s+/u).at(-1)!));
  const colonForm = marked >= 2 || (surnameAlone && colonNames.length >= 3);
  if (!hearing && !colonForm) return undefined;
  const surnameFirst = bodies.map((b) => SURNAME_FIRST.exec(b));

  // Code units: a name's cased form is written over it only when it is as long.
  const chars = text.split("");
  const write = (at: number, s: string) => {
    for (let k = 0; k < s.length; k++) chars[at + k] = s[k]!;
  };
  const recase = (from: number, to: number) => {
    const cased = caseWords(text.slice(from, to));
    if (cased.length === to - from) write(from, cased);
  };

  const labels: (CapitalLabel | undefined)[] = paragraphs.map(() => undefined);
  const witnesses: Span[] = [];
  const breaks = new Set<number>();
  let chair: Span | undefined;
  const witnessNames = new Set<string>();
  const memberNames = new Set<string>();
  paragraphs.forEach((p, i) => {
    const body = bodies[i]!;
    const capitals = !/\p{Ll}/u.test(body);
    const statement = capitals
      ? STATEMENT_OF.exec(body)
      : p.heading || !/[.!?]$/u.test(body)
        ? MIXED_STATEMENT.exec(body)
        : null;
    if (hearing && statement) {
      breaks.add(i);
      const at = p.start + statement[1]!.length;
      const member =
        /^(?:OPENING|JOINT)\b/iu.test(statement[1]!) || /\b(?:SENATOR|REPRESENTATIVE|CONGRESS)/iu.test(body);
      // A witness's post and organisation are read too; a member's line only for the name ("U.S. SENATOR FROM X" is
      // no one).
      recase(p.start, member ? at + statement[2]!.length : p.end);
      const name = statement[2]!.trim().split(/\s+/u).at(-1)!;
      (member ? memberNames : witnessNames).add(name.toUpperCase());
      if (!member) witnesses.push({ start: at, end: p.end });
      return;
    }
    const present = PRESENT_SURNAMES.exec(body);
    if (present) {
      const from = p.start + body.length - present[1]!.length - (/\.$/u.test(body) ? 1 : 0);
      for (const n of present[1]!.split(/\s*(?:,|\band\b)\s*/u)) {
        const surname = /\p{Lu}[\p{L}'’-]+/u.exec(n)?.[0];
        if (surname) memberNames.add(surname.toUpperCase());
        // "Present: Senators Haldane [presiding], Pruett": the one presiding chairs.
        if (surname && /\[presiding\]/iu.test(n)) {
          const at = text.indexOf(surname, from);
          // The list's title with the first name ("Senators Haldane") is read with it.
          const title = /(?:Senators?|Representatives?)\s+$/u.exec(text.slice(Math.max(p.start, at - 20), at))?.[0];
          if (at !== -1 && at < p.end) chair ??= { start: at - (title?.length ?? 0), end: at + surname.length };
        }
      }
    }
    const presiding = PRESIDING_LINE.exec(body);
    if (presiding) {
      chair ??= { start: p.start, end: p.start + presiding[1]!.length };
      breaks.add(i);
      return;
    }
    const chairNamed = CHAIR_NAMED.exec(body);
    if (chairNamed) {
      const name = chairNamed[1] ?? chairNamed[2]!;
      const at = p.start + body.indexOf(name, 5);
      chair ??= { start: at, end: at + name.length };
      breaks.add(i);
      return;
    }
    const first = surnameFirst[i];
    if (first && colonForm) {
      // "MERRIWEATHER, Ms Joanne, Role": read as "Ms Joanne Merriweather, Role", one space more after the comma.
      const rewritten = `${first[2]} ${caseWords(first[1]!)},`;
      write(p.start, rewritten.padEnd(first[0].length + 1, " "));
      witnesses.push({ start: p.start, end: p.end });
      witnessNames.add(first[1]!.toUpperCase());
      breaks.add(i);
      return;
    }
    if (BODY_LINE.test(body) && body.length <= 160) recase(p.start, p.end);
  });

  paragraphs.forEach((p, i) => {
    const stop = hearing ? stops[i] : null;
    if (stop) {
      const labelEnd = p.start + stop[0].trimEnd().length;
      const nameEnd = labelEnd - 1;
      recase(p.start, nameEnd);
      const office = stop[1] !== undefined;
      const title = stop[2];
      const surname = stop[3];
      const titled = title !== undefined && MEMBER_TITLES.test(title);
      const isChairTitle = title !== undefined && /^(?:Chairman|Chairwoman|Chair|Acting\s+Chairman)$/u.test(title);
      const surnameAt = surname !== undefined ? p.start + stop[0].indexOf(surname, title!.length) : p.start;
      const speaker = isChairTitle
        ? { start: surnameAt, end: surnameAt + surname!.length }
        : { start: p.start, end: nameEnd };
      const key = surname?.toUpperCase() ?? "";
      // A member by title or by the members list; "Mr. X" no STATEMENT OF line names is a member where such lines name the witnesses.
      // A Senator is one whatever witness shares the surname.
      const member =
        !office &&
        (titled ||
          (!witnessNames.has(key) &&
            (memberNames.has(key) || (witnessNames.size > 0 && /^(?:Mr|Ms|Mrs|Miss|Dr)\.?$/u.test(title ?? "")))));
      labels[i] = {
        label: { start: p.start, end: labelEnd },
        speaker,
        chair: office,
        chairNamed: isChairTitle,
        member,
      };
      if (office && /SPEAKER|PRESIDING|CLERK/u.test(stop[1]!)) labels[i]!.chair = false;
      return;
    }
    const question = colonForm ? questions[i] : null;
    if (question) {
      const at = p.start + question[0].indexOf(question[1]!);
      recase(at, at + question[1]!.length);
      const end = p.start + question[0].trimEnd().length;
      labels[i] = {
        label: { start: p.start, end },
        speaker: { start: at, end: at + question[1]!.length },
        chair: false,
        chairNamed: false,
        member: true,
      };
      return;
    }
    const colon = colonForm ? colons[i] : null;
    if (colon) {
      // A network's title in capitals ("SEN.", "REP.") is read as the name is; its post ("…, U.S. TREASURY
      // SECRETARY:") stays in capitals, so the post is never read as a name.
      const at = p.start + colon[1]!.length;
      recase(/^(?:REP|SEN|GOV|GEN|DR)\./u.test(colon[1]!) ? p.start : at, at + colon[2]!.length);
      // Its post is read as a post is written, "Foreign Minister", "Shadow Treasurer": in capitals, its first word
      // ("FOREIGN MINISTER", "HARBOUR MINISTER") would be read as a body's initials.
      if (colon[4] !== undefined) {
        const post = p.start + colon[0].indexOf(colon[4], colon[1]!.length + colon[2]!.length);
        recase(post, post + colon[4].length);
      }
    }
  });
  return { readable: chars.join(""), labels, hearing, witnesses, breaks, ...(chair ? { chair } : {}) };
}
