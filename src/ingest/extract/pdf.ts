// A PDF as a source: its text layer read with Mozilla's pdf.js, put back into paragraphs. Lines are rebuilt from the
// positioned pieces of text pdf.js gives; running headers and footers (a line at the top or bottom of most pages, its
// numbers aside) and page numbers are dropped; a paragraph goes on across a line break or a page break, a word broken
// by a hyphen at the end of a line is joined again; and the offset at which each page starts in the text is kept, so a
// passage can be cited by its page.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { oneLine, type FoundMetadata } from "./found.js";

export interface PdfText {
  text: string;
  /** pages[i]: the offset in `text` of the first character of page i + 1 (where it has none, of the next text). */
  pages: number[];
  found: FoundMetadata;
}

/** Why a PDF gives no text: its `kind` says which of the errors add-source explains. */
export class PdfProblem extends Error {
  override readonly name = "PdfProblem";
  constructor(
    readonly kind: "encrypted" | "damaged" | "no-text",
    message: string,
    readonly pageCount?: number,
  ) {
    super(message);
  }
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

interface Piece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Where pdf.js finds the metrics of the 14 standard PDF fonts (a PDF may use them without embedding them). */
function standardFontDataUrl(): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;
}

/**
 * pdf.js, loaded with source maps off: a polyfill in it formats an Error's stack as it loads, and with source maps on
 * (the CLI runs through tsx, which turns them on) that parses the maps of every module loaded so far, half a second.
 */
async function loadPdfjs() {
  const enabled = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return await import("pdfjs-dist/legacy/build/pdf.mjs");
  } finally {
    process.setSourceMapsEnabled(enabled);
  }
}

export interface PdfOptions {
  /** Called after each page is read, for progress on a terminal. */
  onPage?: (page: number, pages: number) => void;
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js takes over the buffer it is given
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as Error).name;
    if (name === "PasswordException") {
      throw new PdfProblem("encrypted", "the PDF is encrypted and needs a password to open");
    }
    throw new PdfProblem("damaged", `pdf.js cannot read it (${(error as Error).message})`);
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((item) => "str" in item) as Piece[]));
      page.cleanup();
      options.onPage?.(n, document.numPages);
    }
    if (!pages.some((lines) => lines.some((line) => /\S/u.test(line.text)))) {
      throw new PdfProblem("no-text", "the PDF has no text layer", document.numPages);
    }
    const info = ((await document.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const found: FoundMetadata = {};
    const title = oneLine(info.Title);
    // Print-to-PDF names an untitled page after its file; that is no title.
    if (title !== undefined && !/\.(html?|pdf|docx?|txt)$/iu.test(title))
      found.title = { value: title, from: "PDF Title" };
    const author = oneLine(info.Author);
    if (author !== undefined) found.author = { value: author, from: "PDF Author" };
    return { ...paragraphs(withoutRunningLines(pages)), found };
  } finally {
    await document.destroy();
  }
}

/** Lines from positioned pieces of text, in the order the page draws them. */
function linesOf(items: Piece[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  // pdf.js marks the end of a line where the next piece is set higher or lower, a footnote's mark too: the line ends
  // at the next piece that is not one.
  let endOfLine = false;
  const end = () => {
    if (line && /\S/u.test(line.text)) lines.push({ ...line, text: line.text.replace(/\s+/gu, " ").trim() });
    line = undefined;
    endOfLine = false;
  };
  for (const item of items) {
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = Math.hypot(a, b) || item.height || 1;
    if (line && item.str !== "" && !/\S/u.test(item.str)) {
      // White space set at another height (after a footnote's mark, in its type) is a space, not a line of its own.
      if (!/\s$/u.test(line.text)) line.text += " ";
    } else if (item.str !== "") {
      if (line && footnoteMark(item.str, x, y, size, line)) {
        line.text += superscript(item.str.trim());
        line.right = Math.max(line.right, x + item.width);
        endOfLine = false;
        continue;
      }
      if (endOfLine) end();
      if (line && Math.abs(y - line.y) > size * 0.4) end();
      if (!line) line = { text: "", x, y, right: x, size };
      else if (x - line.right > size * 0.15 && !/\s$/u.test(line.text) && !/^\s/u.test(item.str)) line.text += " ";
      line.text += item.str;
      line.right = Math.max(line.right, x + item.width);
      line.size = Math.max(line.size, size);
    }
    if (item.hasEOL) endOfLine = true;
  }
  end();
  return lines;
}

/** A footnote's mark as it is set: a number of up to three digits, or up to three of * † ‡ § ¶. */
const FOOTNOTE_MARK = /^(?:\d{1,3}|[*†‡§¶]{1,3})$/u;

/**
 * Whether a piece of text is a footnote's mark (or an exponent) set after the line's last word: smaller type, raised
 * above the line's baseline by less than the line's height, where the line's last piece ends. Read as a new line, it
 * would be a paragraph "1" of its own between two of the text's.
 */
function footnoteMark(str: string, x: number, y: number, size: number, line: Line): boolean {
  const raised = y - line.y;
  return (
    FOOTNOTE_MARK.test(str.trim()) &&
    size < line.size * 0.9 &&
    raised > line.size * 0.15 &&
    raised < line.size * 0.75 &&
    x >= line.right - line.size * 0.3 &&
    x - line.right < line.size * 0.6
  );
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A mark's digits as superscript digits ("river.¹"): read as a number, a "1" after "2023." would make it "2023.1". */
const superscript = (mark: string) => mark.replace(/\d/gu, (d) => SUPERSCRIPT_DIGITS[Number(d)]!);

/** What a running header or footer keeps from page to page: its words, not its numbers. */
const runningKey = (text: string) => text.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const EDGE_LINES = 3;

/**
 * The lines at a page's top (or bottom) edge: those before the first gap wider than the body's line spacing, when
 * there are at most EDGE_LINES of them. A header stands apart from the text; the first line of the text does not.
 */
function edgeLines(byHeight: Line[], lineGap: number): Line[] {
  for (let i = 0; i < Math.min(EDGE_LINES, byHeight.length - 1); i++) {
    if (Math.abs(byHeight[i]!.y - byHeight[i + 1]!.y) > lineGap * 1.4) return byHeight.slice(0, i + 1);
  }
  return [];
}

/**
 * Pages without their running headers and footers: a line at the top (or bottom) edge of a page whose words recur
 * there on at least half the pages with text (two at least), and a line there that is only a page number.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const lineGap = lineSpacing(pages);
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((p, q) => q.y - p.y);
    return { top: edgeLines(byHeight, lineGap), bottom: edgeLines(byHeight.reverse(), lineGap) };
  });
  const withText = pages.filter((lines) => lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(withText / 2));
  const count = (edge: "top" | "bottom") => {
    const counts = new Map<string, number>();
    for (const page of edges) {
      for (const key of new Set(page[edge].map((l) => runningKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const top = count("top");
  const bottom = count("bottom");
  return pages.map((lines, i) => {
    const edge = edges[i]!;
    const dropped = new Set<Line>();
    for (const [side, counts] of [
      ["top", top],
      ["bottom", bottom],
    ] as const) {
      for (const line of edge[side]) {
        const running = (counts.get(runningKey(line.text)) ?? 0) >= needed;
        if (running || (pages.length > 1 && PAGE_NUMBER.test(line.text))) dropped.add(line);
      }
    }
    return lines.filter((line) => !dropped.has(line));
  });
}

/**
 * The usual distance between two lines of one paragraph: the smallest step down between lines of one size that recurs
 * (the steps within 10% of it at least twice and a tenth of all steps), else the smallest. Not the median of all steps:
 * in a text of short paragraphs (a transcript's turns of a line or two) the wider gaps between paragraphs are as many
 * as the steps inside them, or more, and would be taken for the line spacing.
 */
function lineSpacing(pages: Line[][]): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > 0 && Math.abs(lines[i - 1]!.size - lines[i]!.size) < 0.5) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return 14;
  gaps.sort((a, b) => a - b);
  const needed = Math.max(2, Math.ceil(gaps.length / 10));
  for (let i = 0, end = 0; i < gaps.length; i++) {
    while (end < gaps.length && gaps[end]! <= gaps[i]! * 1.1) end++;
    if (end - i >= needed) return median(gaps.slice(i, end))!;
  }
  return gaps[0]!;
}

const median = (values: number[]) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A sentence's end, a footnote's mark after it at most ("river.¹"). */
const ENDS_SENTENCE = /[.?!:;"”’)\]][⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§¶]*$/u;
/**
 * A line that begins a paragraph by what it begins with, whatever the line before it: a speaker's label ("Q12 Anna
 * Bell:", "The Chair:"), a question number, a list item's mark or number.
 */
const OPENS_PARAGRAPH =
  /^(?:Q\d+\b|[•–—-]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s|(?:Q\d+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{Lu}(][\p{L}'’.()-]*){0,5}:\s)/u;

/**
 * Words after a line-end hyphen that go on a word rather than start one ("how-ever", "some-thing", "account-able"):
 * with them the hyphen is the break of one word, even where both parts are words of the text.
 */
const CONTINUATIONS = new Set([
  "able", "ably", "ible", "less", "ness", "ment", "ments", "ever", "ward", "wards", "ship", "ships", "hood", "ful",
  "fully", "self", "selves", "thing", "things", "body", "where", "fore", "ing", "ers", "est", "tion", "tions", "sion",
  "ity", "ism", "ist", "ists", "ise", "ize", "ance", "ence",
]); // prettier-ignore
/** Words before a line-end hyphen that start closed compounds ("with-out", "there-fore", "any-one"). */
const CLOSED_HEADS = new Set([
  "any", "some", "every", "there", "where", "here", "how", "what", "when", "who", "with", "through", "never", "none",
]); // prettier-ignore
/** Prefixes written with a hyphen ("self-funded", "non-statutory", "well-being"), whatever follows. */
const HYPHEN_PREFIXES = new Set(["self", "non", "well", "cross", "half", "semi", "multi", "anti", "mid", "ex"]);

/** The words of a text, lower case, counted; and its hyphenated compounds written within a line. */
function wordsOf(lines: Line[]): { words: Map<string, number>; compounds: Set<string> } {
  const words = new Map<string, number>();
  const compounds = new Set<string>();
  for (const line of lines) {
    for (const [token] of line.text
      .replace(/\u00ad/gu, "")
      .toLowerCase()
      .matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      if (token.includes("-")) compounds.add(token);
      for (const word of token.split("-")) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return { words, compounds };
}

/**
 * Whether a hard hyphen at a line end, between `head` and `tail` (the word parts either side), is the hyphen of a
 * compound ("demand-" + "responsive") rather than a word broken by the typesetter ("account-" + "ability"): the text
 * writes the compound with its hyphen elsewhere; else not if it writes the two as one word elsewhere; else if a part
 * is shorter than a typesetter leaves (one letter before, two after), the part before is a prefix written with a
 * hyphen ("self-", "non-"), or both parts are words the text uses on their own elsewhere and the part after is not one
 * that goes on a word ("-able", "-ever", "-thing").
 */
function keepsHyphen(head: string, tail: string, found: ReturnType<typeof wordsOf>): boolean {
  const [h, t] = [head.toLowerCase(), tail.toLowerCase()];
  if (found.compounds.has(`${h}-${t}`)) return true;
  if (found.words.has(h + t)) return false;
  // Typesetters leave two letters at least before a break and three after it: "e-" + "mail", "roll-" + "out" and
  // "knock-" + "on" are hyphens of the words.
  if (h.length < 2 || t.length < 3 || HYPHEN_PREFIXES.has(h)) return true;
  if (CONTINUATIONS.has(t) || CLOSED_HEADS.has(h)) return false;
  // Each part is counted once where it stands at the line end: elsewhere means twice.
  return (found.words.get(h) ?? 0) >= 2 && (found.words.get(t) ?? 0) >= 2;
}

/**
 * The lines of every page as paragraphs. Within a page a paragraph ends at a wider gap than the usual line spacing, a
 * change of type size, an indented first line, a short line that ends a sentence, or a line that stops before 60% of
 * the width. At a page break the paragraph goes on unless the page's last line stops before 60% of the width (a
 * heading, the last line of a block: "Questions 1 - 20" above a page that begins "Witnesses"), the type size changes,
 * or the last line ends a sentence and is short, or ends one and the next page's first line begins a paragraph by its
 * first words (a speaker's label, a question number, a list item) or its indent. A paragraph whose last line on the
 * page runs to the margin and ends a sentence goes on when the next page begins with plain words: the page break fell
 * between two sentences of one paragraph.
 *
 * A word at a line end followed by a hyphen is joined to the next line without a space. A soft hyphen (U+00AD) there is
 * the typesetter's break and goes; a hard hyphen goes when the next line begins in lower case and the hyphen is not
 * one of a compound (keepsHyphen).
 */
function paragraphs(pages: Line[][]): { text: string; pages: number[] } {
  const all = pages.flat();
  const lineGap = lineSpacing(pages);
  const left = median(all.map((l) => l.x)) ?? 0;
  const right = median(all.map((l) => l.right)) ?? 0;
  const found = wordsOf(all);
  const short = (line: Line) => line.right < right - 4 * line.size;
  // A line that stops before 60% of the width is a heading, a line of a list or address, or a paragraph's end.
  const veryShort = (line: Line) => line.right < left + (right - left) * 0.6;
  const indented = (line: Line, previous: Line) => line.x > left + line.size && previous.x <= left + line.size / 2;
  const resized = (line: Line, previous: Line) =>
    Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * 0.05;

  // The text as pieces (joiners and lines) and its length so far: a string built by += and read at its end would be
  // flattened again at every line.
  const pieces: string[] = [];
  let length = 0;
  const starts: number[] = [];
  let waiting = 0; // pages whose start is the offset of the next text
  let previous: Line | undefined;
  for (const lines of pages) {
    waiting++;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      let joiner: string;
      if (!previous) joiner = "";
      else if (i === 0) {
        const ends = ENDS_SENTENCE.test(previous.text);
        const breaks =
          veryShort(previous) ||
          resized(line, previous) ||
          (ends && (short(previous) || OPENS_PARAGRAPH.test(line.text) || indented(line, previous)));
        joiner = breaks ? "\n\n" : " ";
      } else {
        const gap = previous.y - line.y;
        const breaks =
          gap > lineGap * 1.2 ||
          gap < 0 ||
          resized(line, previous) ||
          indented(line, previous) ||
          (short(previous) && ENDS_SENTENCE.test(previous.text)) ||
          veryShort(previous);
        joiner = breaks ? "\n\n" : " ";
      }
      const last = pieces.length - 1;
      const broken = joiner === " " ? /([\p{L}\p{N}]+)([-\u00ad])$/u.exec(pieces[last] ?? "") : null;
      const tail = /^[\p{L}\p{N}]+/u.exec(line.text)?.[0];
      if (broken && tail !== undefined) {
        const [, head, hyphen] = broken;
        joiner = "";
        const soft = hyphen === "\u00ad";
        if (soft || (/^\p{Ll}/u.test(tail) && !keepsHyphen(head!, tail, found))) {
          pieces[last] = pieces[last]!.slice(0, -1); // a word broken at the end of a line
          length--;
        }
      }
      // A soft hyphen at the end of a paragraph's line: there it is a hyphen like any other.
      if (pieces[last]?.endsWith("\u00ad")) pieces[last] = `${pieces[last]!.slice(0, -1)}-`;
      pieces.push(joiner);
      length += joiner.length;
      for (; waiting > 0; waiting--) starts.push(length);
      // A soft hyphen shows only where it breaks a line (and is dealt with above when the next line goes on the word).
      const piece = line.text.replace(/\u00ad(?!$)/gu, "");
      pieces.push(piece);
      length += piece.length;
      previous = line;
    }
  }
  const end = pieces.length - 1;
  if (end >= 0 && pieces[end]!.endsWith("\u00ad")) pieces[end] = `${pieces[end]!.slice(0, -1)}-`;
  for (; waiting > 0; waiting--) starts.push(length);
  const text = pieces.join("");
  return { text: text ? `${text}\n` : "", pages: starts };
}
