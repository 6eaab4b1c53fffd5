// The text model the suggester works on: paragraphs, sentences and quoted speech, each as offsets into the repaired
// source text, so every piece of evidence it proposes is `text.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** A short line without closing punctuation: a heading such as "Changing the culture". */
  heading: boolean;
  /** Starts with a list marker (`-`, `•`, `*`, `1.`). */
  listItem: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** A passage between quotation marks; `start`/`end` include the marks, `inner` excludes them. */
export interface QuoteSpan extends Span {
  inner: Span;
}

const LIST_MARKER = /^(?:[-•*·▪–]|\d+[.)])\s+/u;

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body !== "") {
      const marker = LIST_MARKER.exec(body);
      const start = offset + lead + (marker ? marker[0].length : 0);
      const end = offset + lead + body.length;
      const words = body.split(/\s+/).length;
      paragraphs.push({
        start,
        end,
        index: paragraphs.length,
        heading: !marker && words <= 12 && !/[.!?:;,"”’)]$/u.test(body),
        listItem: !!marker,
      });
    }
    offset += line.length + 1;
  }
  return paragraphs;
}

/** A line that ends a sentence or a heading's phrase: a full stop, a question, a colon, then any closing marks. */
const LINE_END = /[.!?:;]["”’')\]]*\s*$/u;

/**
 * A text whose lines break inside sentences, as a PDF's or an e-mail's text is hard-wrapped ("… Kit Lamb of Reed\n&
 * Holt LLP moderated a panel that included Ann\nFrith of …"), with each such break a space: the same length, so every
 * offset stays the source's. Undefined for a text whose lines are its paragraphs: one is hard-wrapped when a quarter of
 * its lines at least (and five) are long, end with no sentence's mark and go on in lower case on the next line.
 * A line joins the next when it is long (40 characters or more) and ends with no mark; short lines (a heading, a
 * byline, a page number) and lines that end a sentence keep their breaks.
 */
export function unwrappedLines(text: string): string | undefined {
  const lines = text.split("\n");
  const long = (line: string) => line.trim().length >= 40 && !LINE_END.test(line);
  const filled = lines.filter((l) => l.trim() !== "").length;
  const goesOn = lines.filter((l, i) => long(l) && /^\s*[\p{Ll}&(]/u.test(lines[i + 1] ?? "")).length;
  if (goesOn < 5 || goesOn < filled / 4) return undefined;
  return lines
    .map((l, i) => (i < lines.length - 1 && long(l) && (lines[i + 1] ?? "").trim() !== "" ? `${l} ` : `${l}\n`))
    .join("")
    .slice(0, text.length);
}

// "hon." as Hansard writes "the hon. Lady", "my hon. Friend": no sentence ends there.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "cllr",
  "vs",
  "e.g",
  "i.e",
  "approx",
  "rev",
  "hon",
]);

/**
 * Splits a paragraph at sentence ends: `.`, `!` or `?` (then any closing marks), a space, up to two opening marks and
 * a capital or digit.
 */
export function sentencesOf(text: string, paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  // The next may open with two marks, a quotation's and one nested in it ("… the scene. “‘Fenby First’ needs …").
  // A footnote's marker, printed as superscript digits after the mark ("… the river.¹ Next"), ends with it.
  const boundary = /[.!?]+["”’')\]]*[⁰¹²³⁴-⁹]*(?=\s+["“‘'(\[]{0,2}[\p{Lu}\p{N}])/gu;
  let from = 0;
  for (const match of body.matchAll(boundary)) {
    const before = body
      .slice(from, match.index)
      .match(/([\p{L}.]+)$/u)?.[1]
      ?.toLowerCase();
    if (match[0] === "." && before !== undefined && ABBREVIATIONS.has(before)) continue;
    // A middle initial after a given name ("Jonathan M. Tarrant", "Gareth T. C. Pryce"), or an initial after a title
    // ("Mr. N. Selvan"), ends no sentence.
    if (
      match[0] === "." &&
      /(?:^|\s)(?:\p{Lu}\p{Ll}[\p{L}'’-]*|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev)\.)(?:\s+\p{Lu}\.)?\s+\p{Lu}$/u.test(
        body.slice(from, match.index),
      )
    )
      continue;
    const end = match.index + match[0].length;
    sentences.push({ start: paragraph.start + from, end: paragraph.start + end, paragraph: paragraph.index });
    from = end;
    while (/\s/u.test(body[from] ?? "")) from++;
  }
  if (from < body.length)
    sentences.push({ start: paragraph.start + from, end: paragraph.end, paragraph: paragraph.index });
  return sentences;
}

const WORD = /[\p{L}\p{N}]/u;

function opensDouble(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1] ?? "\n";
  if (ch === "“") return !closesTypedOpen(text, i);
  // ”words …” (a closing mark typed where an opening one belongs): after a space, before a letter.
  if (ch === "”") return /[\s(]/u.test(prev) && WORD.test(text[i + 1] ?? "");
  if (ch !== '"') return false;
  if (/\s/u.test(text[i + 1] ?? " ")) return false;
  // 'she said ..."words"', 'with …"words"': an ellipsis after a space leads into the quotation it opens.
  return /[\s([{—–-]/u.test(prev) || /(?:^|\s)(?:\.{3}|…)$/u.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * “words here“ (an opening mark typed where the closing one belongs): a “ right after a word or its stop, before a
 * space, a stop or the line's end, closes the quotation; it opens none.
 */
function closesTypedOpen(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? "\n") && /^(?:[\s.,;:!?…)]|$)/u.test(text[i + 1] ?? "");
}

function opensSingle(text: string, i: number): boolean {
  if (text[i] !== "‘" && text[i] !== "'") return false;
  if (!WORD.test(text[i + 1] ?? "")) return false;
  return /[\s([{—–"“]/u.test(text[i - 1] ?? "\n") || /(?:^|\s)(?:\.{3}|…)$/u.test(text.slice(Math.max(0, i - 4), i));
}

/**
 * Where a straight single quotation mark ('…', news style) closes within its paragraph: a mark after a non-space
 * and before no letter (not "can't"), preferring one that is not a plural's possessive ("members' boats") when the
 * paragraph has such a one later. Undefined when it never closes: then it was an apostrophe ('90s, 'em).
 */
function closingOfStraight(text: string, open: number): number | undefined {
  let loose: number | undefined;
  for (let i = open + 1; i < text.length && text[i] !== "\n"; i++) {
    if (text[i] !== "'" || /\s/u.test(text[i - 1] ?? " ") || WORD.test(text[i + 1] ?? "")) continue;
    // "members' boats": an s, the mark, then a lowercase word goes on with the sentence.
    if (/s/u.test(text[i - 1]!) && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) {
      loose ??= i;
      continue;
    }
    return i;
  }
  return loose;
}

/** Where the quotation opened at `open` closes, or undefined when it never does. Nested “…” inside are skipped. */
function closingOf(text: string, open: number, singleStyle = false): number | undefined {
  const mark = text[open] === "”" ? "“" : text[open]!;
  let depth = 1;
  let paragraphs = 0;
  // A straight mark opened inside a “…” quotation, whose closing mark is its own.
  let straight = false;
  // ‘…' closed by a straight mark (one typed where a curly one belongs), when no ’ closes it in its paragraph.
  let straightClose: number | undefined;
  let looseClose: number | undefined;
  // Where the quotation's own paragraph ends: one that runs on over paragraphs and meets a new quotation opening a
  // paragraph before any closing mark ends there (with continued quotes reopened at each paragraph's start, a
  // paragraph that opens with no mark between them is the writer's).
  let firstBreak: number | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (straightClose !== undefined || looseClose !== undefined) return (straightClose ?? looseClose)!;
      firstBreak ??= i;
      // Continued quotes: when the next paragraph opens a new quotation, this one ends with its paragraph. A straight
      // single mark opens one only when it closes in its paragraph ('90s, 'em are apostrophes).
      const from = i + 1 + (text.slice(i + 1).length - text.slice(i + 1).trimStart().length);
      const next = text[from];
      const opensStraight =
        next === "'" && opensSingle(text, from) && (singleStyle || closingOfStraight(text, from) !== undefined);
      if (next === "“" || next === '"' || next === "‘" || opensStraight) return firstBreak;
      if (++paragraphs > 8) return i;
      // Nor over a heading: a short line with no sentence's end ("From the shelter to a flat") is the writer's.
      const lineEnd = (text.indexOf("\n", from) + 1 || text.length + 1) - 1;
      const line = text.slice(from, lineEnd).trim();
      // Nor over a line set apart by blank lines with no sentence's end, up to twenty words: a link to a related story
      // a news page puts between the paragraphs of a speech ("Strikes spread to the ports – the latest").
      const apart = /\n[^\S\n]*\n/u.test(text.slice(i, from)) && /^[^\S\n]*\n[^\S\n]*\n/u.test(text.slice(lineEnd));
      const words = wordCount(line);
      if (line !== "" && (words <= 8 || (apart && words <= 20)) && !/[.!?…:;,"”’'—–-]$/u.test(line)) return i;
      straight = false;
      continue;
    }
    if (mark === "‘" && ch === "'" && !/\s/u.test(text[i - 1] ?? " ") && !WORD.test(text[i + 1] ?? "")) {
      // "members' boats": an s, the mark, then a lowercase word may go on with the sentence; taken only when nothing
      // else closes the quotation in its paragraph (‘troubling signs' in …).
      if (/s/u.test(text[i - 1]!) && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) looseClose ??= i;
      else straightClose ??= i;
    }
    if (mark === "“") {
      // “…it went well. “The next one …,” he added.: a quotation left open, and a new one opening a sentence after it,
      // not nested in it; the first ends before the second.
      if (
        ch === "“" &&
        depth === 1 &&
        /[.!?][^\S\n]+$/u.test(text.slice(Math.max(open, i - 3), i)) &&
        !closesTypedOpen(text, i)
      )
        return i - 1;
      if (ch === "“" && closesTypedOpen(text, i)) {
        if (--depth === 0) return i;
      } else if (ch === "“") depth++;
      else if (ch === "”" && --depth === 0) return i;
      // “…" closed by a straight mark (one typed where a curly one belongs), not one closing a straight "…" inside.
      else if (ch === '"') {
        if (opensDouble(text, i)) straight = true;
        else if (straight) straight = false;
        else if (depth === 1) return i;
      }
    } else if (mark === '"') {
      if (ch === '"' && !opensDouble(text, i)) return i;
      // "…” (a straight mark opening, a curly one closing, as a text that mixes them types): a ” closes it, past any
      // “…” nested inside.
      if (ch === "“" && !closesTypedOpen(text, i)) depth++;
      else if (ch === "”" && --depth === 0) return i;
    } else if (ch === "’" && !(WORD.test(text[i - 1] ?? "") && WORD.test(text[i + 1] ?? "")))
      // "‘a shared failure', the councils’ chief said": the straight mark came first and closes it.
      return straightClose ?? i;
    // "‘fight every cut’at the yard": a closing mark with its space lost, before a word no apostrophe begins (not
    // don’t, Reed’s, we’re, they’ve, she’ll, I’d, I’m); taken only when nothing else closes the quotation in its
    // paragraph.
    else if (
      ch === "’" &&
      /\p{Ll}/u.test(text[i - 1] ?? "") &&
      !/^(?:s|t|re|ve|ll|d|m|n|em)\b/u.test(text.slice(i + 1))
    )
      looseClose ??= i;
    // ‘…” (a single mark opening, a double one closing, as a text that mixes them types): a ” closes it, past any
    // “…” nested inside.
    else if (ch === "“" && !closesTypedOpen(text, i)) depth++;
    else if (ch === "”" && --depth === 0) return straightClose ?? i;
  }
  return straightClose ?? looseClose;
}

/**
 * The text with each pair of guillemets around words («…», as a news aggregator prints a quotation) written as double
 * curly marks, one character for one, so that every offset stays the source's; undefined when it has none. A mark
 * set apart by a space ("« Previous", "Next »", a page's links) is no quotation's.
 */
export function guillemetsAsMarks(text: string): string | undefined {
  if (!text.includes("«")) return undefined;
  const marked = text.replace(/«(?=\S)([^«»\n]*?\S)»/gu, "“$1”");
  return marked === text ? undefined : marked;
}

/** A word that an apostrophe before it shortens, not a quotation it opens: 'em, 'til, 'cause, 'n', '90s. */
const ELISION = /^(?:\p{N}|(?:em|til|tis|twas|cause|cos|n|round|bout|neath|kay)\b)/iu;

/**
 * Every top-level quotation: “…”, "…", ‘…’ and '…', a quotation running over paragraphs included. In a text whose
 * quotations are in single marks (a British paper's '…', two at least and more than in double marks), a straight mark
 * opening a word (after a space or at a paragraph's start, not an elision) opens a quotation even when it does not
 * close in its paragraph: the speech runs on to the paragraph's end, as "'We will go on.⏎'And we will win,' she said."
 * runs over two. In other texts such a mark is an apostrophe ('90s, 'em) unless it closes.
 */
export function quoteSpansOf(text: string): QuoteSpan[] {
  const spans = quoteSpansIn(text, false);
  const single = spans.filter((q) => text[q.start] === "'" || text[q.start] === "‘").length;
  return single >= 2 && single > spans.length - single ? quoteSpansIn(text, true) : spans;
}

function quoteSpansIn(text: string, singleStyle: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!opensDouble(text, i) && !opensSingle(text, i)) continue;
    if (text[i] === "'") {
      // A straight single mark opens a quotation only when it closes in its paragraph (or, in a text quoting in
      // single marks, runs to its paragraph's end).
      let shut = closingOfStraight(text, i);
      if (shut === undefined && singleStyle && !ELISION.test(text.slice(i + 1, i + 6))) {
        const newline = text.indexOf("\n", i);
        const end = newline === -1 ? text.length : newline;
        spans.push({ start: i, end, inner: { start: i + 1, end } });
        i = end - 1;
        continue;
      }
      // 'n' (rock 'n' roll) is two apostrophes around a letter.
      if (shut === undefined || !/\p{L}{2}/u.test(text.slice(i + 1, shut))) continue;
      spans.push({ start: i, end: shut + 1, inner: { start: i + 1, end: shut } });
      i = shut;
      continue;
    }
    let close = closingOf(text, i, singleStyle);
    if (close === undefined) {
      // Never closed: take it to the end of its paragraph.
      const newline = text.indexOf("\n", i);
      close = newline === -1 ? text.length : newline;
    }
    const closed = close < text.length && text[close] !== "\n";
    const end = closed ? close + 1 : close;
    spans.push({ start: i, end, inner: { start: i + 1, end: closed ? close : end } });
    i = end - 1;
  }
  return spans;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => WORD.test(w)).length;
}

/** Trims spaces, quotation marks and trailing commas from a span, so the passage reads as a quote on its own. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”‘]/u.test(text[start]!)) start++;
  if (start < end && text[start] === "'" && WORD.test(text[start + 1] ?? "")) start++;
  while (end > start && /[\s"“”,;:–—-]/u.test(text[end - 1]!)) end--;
  // A closing single quote or apostrophe at the end belongs to the text only after a letter (councils’).
  while (end > start && (text[end - 1] === "’" || text[end - 1] === "'") && !WORD.test(text[end - 2] ?? "")) end--;
  return { start, end };
}

/**
 * A passage that opens a bracket it does not close, when the text closes it right after the passage, takes the closing
 * bracket too: a minister's label line "The Minister for Care (Ann Bell)" is quoted whole, not "… (Ann Bell".
 */
export function closeBrackets(text: string, span: Span): Span {
  let end = span.end;
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
  ] as const) {
    const passage = text.slice(span.start, end);
    const unclosed = passage.split(open).length - passage.split(close).length;
    if (unclosed > 0 && text[end] === close) end++;
  }
  return { start: span.start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether a passage starts or ends inside a quotation without holding it whole (`Eastshore Council, said: "Priya`):
 * a fragment cut across someone's words, no passage of its own. One wholly inside a quotation, or around one, is not.
 */
export function cutsAcrossQuotation(span: Span, quotes: readonly QuoteSpan[]): boolean {
  return quotes.some(
    (q) =>
      (q.start < span.start && span.start < q.end && span.end > q.end) ||
      (span.start < q.start && q.start < span.end && span.end < q.end),
  );
}

/** Folds the differences that do not make a name different: case, curly apostrophes, dashes, spacing. */
export function foldName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[’‘`]/gu, "'")
    .replace(/[–—-]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/** How long an id made from a name may be. */
export const ID_LENGTH = 60;

/**
 * An id from a name: lowercase ASCII words joined by hyphens, at most `max` characters, cut at a word, and when cut,
 * not after a function word ("of", "in", "the", …).
 */
export function slugify(name: string, max = ID_LENGTH): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/gu, "s")
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    if (kept.length > 0 && length + 1 + word.length > max) break;
    kept.push(word);
    length += (kept.length > 1 ? 1 : 0) + word.length;
  }
  // An id cut short ends on a word that says something, not mid-phrase ("…-bus-services-in"); nor on a lone word
  // the cut parted from the rest of its phrase ("…-flood-defences-and-local" of "… and local funding"): that phrase
  // goes with the word that opens it.
  if (kept.length < words.length) {
    const opener = kept.findLastIndex((w) => CUT_AFTER_NOT.has(w));
    if (opener > 0 && opener === kept.length - 2 && !CUT_AFTER_NOT.has(words[kept.length]!)) kept.length = opener;
    while (kept.length > 1 && CUT_AFTER_NOT.has(kept.at(-1)!)) kept.pop();
  }
  return kept.join("-").slice(0, max) || "untitled";
}

/** Words an id cut short must not end on: they begin a phrase that the cut leaves out. */
const CUT_AFTER_NOT = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into",
  "onto", "over", "under", "about", "as", "than", "after", "before", "between", "through", "during", "without",
  "within", "across", "against", "towards", "via", "per", "vs", "its", "their", "his", "her", "our", "your", "my",
  "this", "that", "these", "those", "is", "are", "was", "were", "be", "how", "what", "why", "who", "when", "where",
  "which", "do", "does", "if", "s", "has", "have", "had", "will", "would", "can", "could", "should", "must", "might",
  "shall", "not", // (not "may": a month)
]); // prettier-ignore

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
