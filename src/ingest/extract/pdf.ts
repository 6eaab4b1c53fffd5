// A PDF as a source: its text layer read with Mozilla's pdf.js, put back into paragraphs. Lines are rebuilt from the
// positioned pieces of text pdf.js gives; running headers and footers (a line at the top or bottom of most pages, its
// numbers aside) and page numbers are dropped; a page set in two columns is read a column at a time; a paragraph goes
// on across a line break, a page break or from one column to the next, a word broken by a hyphen at the end of a line
// is joined again; and the offset at which each page starts in the text is kept, so a passage can be cited by its page.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { oneLine, type FoundMetadata } from "./found.js";

export interface PdfText {
  text: string;
  /** pages[i]: the offset in `text` of the first character of page i + 1 (where it has none, of the next text). */
  pages: number[];
  found: FoundMetadata;
  /**
   * The words broken by a hard hyphen at a line end, the next line going on in lower case, as the text has them: joined
   * (the hyphen dropped, "accountability") or kept ("thirty-two"); so add-source can say which it changed.
   */
  lineEndHyphens: { joined: string[]; kept: string[] };
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
  /** The column the line is set in, on a page of columns (columnsOf); none for a line across the page. */
  column?: Column;
}

/** A column of text: where its lines start and where they usually end. */
interface Column {
  left: number;
  right: number;
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
    const ordered = inReadingOrder(withoutRunningLines(pages));
    const read = paragraphs(ordered);
    const title = oneLine(info.Title);
    const heading = firstHeading(ordered[0] ?? [], read.text);
    if (title !== undefined && !placeholderTitle(title)) found.title = { value: title, from: "PDF Title" };
    else if (heading !== undefined) {
      const instead =
        title === undefined ? "the PDF has no Title" : `the PDF Title ${JSON.stringify(title)} is a placeholder`;
      found.title = { value: heading, from: `the first heading on page 1; ${instead}` };
    }
    const author = oneLine(info.Author);
    if (author !== undefined) found.author = { value: author, from: "PDF Author" };
    return { ...read, found };
  } finally {
    await document.destroy();
  }
}

/**
 * A PDF Title that names no document: what a browser prints for a page without a <title> (`about:blank`, its address),
 * what a word processor writes for a file never titled (`Untitled`, `Document1`, `Microsoft Word - notes.docx`), or a
 * file's name.
 */
export function placeholderTitle(title: string): boolean {
  return (
    /^(?:about:|https?:\/\/|file:\/\/|www\.)/iu.test(title) ||
    /^(?:untitled(?:\s+document)?|document\s*\d*|no title|title|new document)$/iu.test(title) ||
    /^Microsoft (?:Word|PowerPoint|Excel|Office Word)\s+-\s+/iu.test(title) ||
    /\.(?:html?|pdf|docx?|odt|rtf|txt|md|pages|xlsx?|pptx?)$/iu.test(title)
  );
}

/** The longest title taken from a page's heading; a longer "heading" is a paragraph set large. */
const MAX_HEADING = 200;

/**
 * The first page's heading, as the text has it: the paragraph of the first of the page's first five lines set in type
 * larger than the text's body, whole when it runs over two lines.
 */
function firstHeading(lines: Line[], text: string): string | undefined {
  const body = bodySize(lines);
  const line = lines.slice(0, 5).find((l) => l.size > body * 1.1 && /\p{L}/u.test(l.text));
  if (line === undefined) return undefined;
  const start = line.text.replace(/\u00ad/gu, "").slice(0, 24);
  const paragraph = oneLine(text.split("\n\n").find((p) => p.startsWith(start)));
  return paragraph !== undefined && paragraph.length <= MAX_HEADING ? paragraph : undefined;
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

/**
 * A browser's print header, as Chromium sets it by default: the date and time the page was printed ("12/7/26, 10:10 PM",
 * "07/12/2026, 22:10"), then the page's title.
 */
const PRINT_HEADER = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s|$)/iu;
/** A browser's print footer: the page's address and the page's number of the pages' ("file:///… 1/1"), or the count alone. */
const PRINT_FOOTER = /^(?:(?:file|https?):\/\/\S+|about:blank)?\s*\d{1,4}\s*\/\s*\d{1,4}$/iu;

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const EDGE_LINES = 3;

/**
 * The lines at a page's top (or bottom) edge that stand apart from the text: those before the first gap wider than the
 * body's line spacing, when there are at most EDGE_LINES of them; else those set in smaller type than the body's (a
 * browser's header and footer, which a page filled to its foot leaves no wider gap before). The first line of the
 * text does neither.
 */
function edgeLines(byHeight: Line[], lineGap: number, body: number): Line[] {
  for (let i = 0; i < Math.min(EDGE_LINES, byHeight.length - 1); i++) {
    if (Math.abs(byHeight[i]!.y - byHeight[i + 1]!.y) > lineGap * 1.4) return byHeight.slice(0, i + 1);
  }
  const small = byHeight.slice(0, EDGE_LINES).findIndex((line) => line.size >= body * 0.9);
  return small > 0 ? byHeight.slice(0, small) : [];
}

/**
 * Pages without their running headers and footers: a line among the EDGE_LINES at the top (or bottom) of a page whose
 * words recur there on at least half the pages with text (two at least), standing apart from the text on one page at
 * least (so a page whose text runs to its foot loses its footer too); a line standing apart there that is only a
 * page number; and a browser's print header or footer, known by its form (PRINT_HEADER, PRINT_FOOTER).
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const lineGap = lineSpacing(pages);
  const body = bodySize(pages.flat());
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((p, q) => q.y - p.y);
    const fromFoot = [...byHeight].reverse();
    return {
      top: { apart: edgeLines(byHeight, lineGap, body), outer: byHeight.slice(0, EDGE_LINES) },
      bottom: { apart: edgeLines(fromFoot, lineGap, body), outer: fromFoot.slice(0, EDGE_LINES) },
    };
  });
  const withText = pages.filter((lines) => lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(withText / 2));
  /** The words that recur at an edge often enough, apart from the text somewhere. */
  const running = (edge: "top" | "bottom") => {
    const counts = new Map<string, number>();
    const apart = new Set<string>();
    for (const page of edges) {
      for (const key of new Set(page[edge].outer.map((l) => runningKey(l.text)))) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const line of page[edge].apart) apart.add(runningKey(line.text));
    }
    return new Set([...counts].filter(([key, n]) => n >= needed && apart.has(key)).map(([key]) => key));
  };
  const top = running("top");
  const bottom = running("bottom");
  return pages.map((lines, i) => {
    const edge = edges[i]!;
    const dropped = new Set<Line>();
    for (const [side, keys] of [
      ["top", top],
      ["bottom", bottom],
    ] as const) {
      for (const line of edge[side].outer) if (keys.has(runningKey(line.text))) dropped.add(line);
      for (const line of edge[side].apart) if (pages.length > 1 && PAGE_NUMBER.test(line.text)) dropped.add(line);
    }
    // A browser's print header and footer by their form, where nothing recurs to go by (a one-page document): the
    // page's outermost line, apart from the text, in smaller type than the text's, a date and time at the top, an
    // address and "n/m" at the foot.
    for (const [side, form] of [
      ["top", PRINT_HEADER],
      ["bottom", PRINT_FOOTER],
    ] as const) {
      const outermost = edge[side].outer[0];
      if (
        outermost &&
        edge[side].apart.includes(outermost) &&
        outermost.size < body * 0.9 &&
        form.test(outermost.text)
      ) {
        dropped.add(outermost);
      }
    }
    return lines.filter((line) => !dropped.has(line));
  });
}

/** Lines fewer than this on each side of a gutter are not taken for columns. */
const MIN_COLUMN_LINES = 3;

/**
 * The two columns of a page, when it is set in two: a gutter an em wide at least that no line crosses where the two
 * sides stand side by side, three lines at least on each side, most lines of a side starting at one x, each side
 * twelve ems wide at least and not under 40% of the other's width (a column of speakers' names beside their words is
 * no column of text). None otherwise.
 */
function columnsOf(lines: Line[]): Column[] {
  if (lines.length < 2 * MIN_COLUMN_LINES) return [];
  const em = median(lines.map((l) => l.size))!;
  for (const gutter of [...new Set(lines.map((l) => l.right))].sort((a, b) => a - b)) {
    const left = lines.filter((l) => l.right <= gutter);
    const right = lines.filter((l) => l.x >= gutter + em);
    if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES) continue;
    const top = Math.min(Math.max(...left.map((l) => l.y)), Math.max(...right.map((l) => l.y)));
    const bottom = Math.max(Math.min(...left.map((l) => l.y)), Math.min(...right.map((l) => l.y)));
    if (top - bottom < 2 * em) continue;
    const crosses = (l: Line) => l.right > gutter && l.x < gutter + em && l.y < top + em / 2 && l.y > bottom - em / 2;
    if (lines.some(crosses)) continue;
    const columns = [left, right].map((side) => ({
      left: median(side.map((l) => l.x))!,
      right: median(side.map((l) => l.right))!,
    }));
    const widths = columns.map((c) => c.right - c.left);
    const aligned = [left, right].every(
      (side, i) => side.filter((l) => Math.abs(l.x - columns[i]!.left) < 1).length >= side.length * 0.6,
    );
    if (aligned && Math.min(...widths) >= 12 * em && Math.min(...widths) >= 0.4 * Math.max(...widths)) return columns;
  }
  return [];
}

/**
 * Pages with the lines of columns in reading order: a page's lines across the page as they come, and between two of
 * them the lines of each column top to bottom, the left column before the right. A line is a column's when it starts
 * and ends within one found on any page: the last page's few lines are too few to find the columns by, but are set in
 * them all the same.
 */
function inReadingOrder(pages: Line[][]): Line[][] {
  const known = pages.flatMap(columnsOf);
  if (known.length === 0) return pages;
  const columnOf = (line: Line) =>
    known.find((c) => line.x >= c.left - 1 && line.x < (c.left + c.right) / 2 && line.right <= c.right + line.size);
  return pages.map((lines) => {
    const ordered: Line[] = [];
    let block: Line[] = [];
    const flush = () => {
      const lefts = [...new Set(block.map((l) => l.column!.left))].sort((a, b) => a - b);
      for (const left of lefts) ordered.push(...block.filter((l) => l.column!.left === left));
      block = [];
    };
    for (const line of [...lines].sort((p, q) => q.y - p.y || p.x - q.x)) {
      const column = columnOf(line);
      if (column) block.push({ ...line, column });
      else {
        flush();
        ordered.push(line);
      }
    }
    flush();
    return ordered;
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

/** The body text's type size: the size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const bySize = new Map<number, number>();
  for (const l of lines)
    bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...bySize].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 12;
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
 * Word endings that are not words on their own ("account-" + "ment", "neighbour-" + "hood", "care-" + "less"): after a
 * line-end hyphen they go on the word before, so the hyphen is the typesetter's.
 */
const WORD_ENDINGS = new Set([
  "able", "ably", "ible", "ibly", "less", "ness", "ment", "ments", "ship", "ships", "hood", "hoods", "ful", "fully",
  "ing", "ings", "ers", "est", "tion", "tions", "sion", "sions", "ity", "ities", "ism", "isms", "ist", "ists", "ise",
  "ised", "ises", "ize", "ized", "izes", "ance", "ances", "ence", "ences",
]); // prettier-ignore
/** Closed compounds never written with a hyphen, broken after their first word ("how-" + "ever", "with-" + "out"). */
const CLOSED_COMPOUNDS = new Set([
  "however", "whatever", "whenever", "wherever", "whoever", "whichever", "something", "anything", "everything",
  "nothing", "somebody", "anybody", "everybody", "nobody", "someone", "anyone", "everyone", "somewhere", "anywhere",
  "everywhere", "nowhere", "elsewhere", "therefore", "without", "within", "throughout", "nevertheless", "nonetheless",
  "themselves", "ourselves", "yourselves", "yourself", "himself", "herself", "itself", "myself", "whereas", "whereby",
  "thereby", "hereby", "meanwhile", "otherwise", "sometimes", "somehow", "anyway",
]); // prettier-ignore
/** Number words that are written with a hyphen between them ("thirty-" + "two", "twenty-" + "eighth"). */
const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/u;
const UNITS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/u;

/** The words of a text, lower case; and its hyphenated compounds, both as written within a line. */
function wordsOf(lines: Line[]): { words: Set<string>; compounds: Set<string> } {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const line of lines) {
    for (const [token] of line.text
      .replace(/\u00ad/gu, "")
      .toLowerCase()
      .matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      if (token.includes("-")) compounds.add(token);
      else words.add(token);
    }
  }
  return { words, compounds };
}

/**
 * Whether a hard hyphen at a line end, between `head` and `tail` (the word parts either side, the tail in lower case),
 * is the typesetter's break of one word ("account-" + "ability"), to be dropped, rather than the hyphen of a compound
 * ("thirty-" + "two", "demand-" + "responsive"), which is kept. Dropping a real hyphen would misquote the published
 * text, so it goes only on evidence that the word is one: the text writes the two parts as one word elsewhere (and
 * never with the hyphen), the part after is a word ending that is no word on its own ("-ment", "-ness", "-able"), or
 * the two make a closed compound ("how-" + "ever"). Number words ("twenty-" + "eight") always keep it.
 */
function dropsHyphen(head: string, tail: string, found: ReturnType<typeof wordsOf>): boolean {
  const [h, t] = [head.toLowerCase(), tail.toLowerCase()];
  if (TENS.test(h) && UNITS.test(t)) return false;
  if (found.compounds.has(`${h}-${t}`)) return false;
  return found.words.has(h + t) || WORD_ENDINGS.has(t) || CLOSED_COMPOUNDS.has(h + t);
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
 * the typesetter's break and goes; a hard hyphen goes only when the next line begins in lower case and the evidence
 * says the two parts are one word (dropsHyphen); otherwise it stays, as printed.
 */
function paragraphs(pages: Line[][]): Omit<PdfText, "found"> {
  const all = pages.flat();
  const lineGap = lineSpacing(pages);
  const columns = all.flatMap((l) => (l.column ? [l.column] : []));
  // Lines across a page of columns span them all; on pages without columns the lines' usual start and end.
  const page: Column = columns.length
    ? { left: Math.min(...columns.map((c) => c.left)), right: Math.max(...columns.map((c) => c.right)) }
    : { left: median(all.map((l) => l.x)) ?? 0, right: median(all.map((l) => l.right)) ?? 0 };
  const frame = (line: Line) => line.column ?? page;
  const body = bodySize(all);
  const found = wordsOf(all);
  const short = (line: Line) => line.right < frame(line).right - 4 * line.size;
  // A line that stops before 60% of the width is a heading, a line of a list or address, or a paragraph's end.
  const veryShort = (line: Line) => line.right < frame(line).left + (frame(line).right - frame(line).left) * 0.6;
  const indented = (line: Line, previous: Line) =>
    line.x > frame(line).left + line.size && previous.x <= frame(previous).left + line.size / 2;
  const resized = (line: Line, previous: Line) =>
    Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * 0.05;
  // A word broken by a hyphen at the line end, the rest of it in lower case on the next: the line goes on, short or not.
  const hyphenated = (line: Line, previous: Line) => /\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text);
  // A line of a heading (type larger than the body's) that ends where the next line's first word would not have fit.
  const wrappedHeading = (line: Line, previous: Line) => {
    if (previous.size <= body * 1.1 || resized(line, previous)) return false;
    const word = /^\S+/u.exec(line.text)?.[0] ?? "";
    const perCharacter = (previous.right - previous.x) / Math.max(1, previous.text.length);
    return previous.right + perCharacter * (word.length + 1) > frame(previous).right;
  };

  // The text as pieces (joiners and lines) and its length so far: a string built by += and read at its end would be
  // flattened again at every line.
  const pieces: string[] = [];
  const lineEndHyphens: PdfText["lineEndHyphens"] = { joined: [], kept: [] };
  let length = 0;
  const starts: number[] = [];
  let waiting = 0; // pages whose start is the offset of the next text
  let previous: Line | undefined;
  for (const lines of pages) {
    waiting++;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      let joiner: string;
      // The top of the next column is read as the top of the next page.
      const nextColumn =
        previous !== undefined &&
        line.column !== undefined &&
        previous.column !== undefined &&
        line.column !== previous.column;
      if (!previous) joiner = "";
      else if (i === 0 || nextColumn) {
        const ends = ENDS_SENTENCE.test(previous.text);
        const breaks =
          resized(line, previous) ||
          (!hyphenated(line, previous) &&
            (veryShort(previous) ||
              (ends && (short(previous) || OPENS_PARAGRAPH.test(line.text) || indented(line, previous)))));
        joiner = breaks ? "\n\n" : " ";
      } else {
        const gap = previous.y - line.y;
        const breaks = wrappedHeading(line, previous)
          ? gap < 0 || gap > previous.size * 1.5
          : gap > lineGap * 1.2 ||
            gap < 0 ||
            resized(line, previous) ||
            indented(line, previous) ||
            (!hyphenated(line, previous) &&
              ((short(previous) && ENDS_SENTENCE.test(previous.text)) || veryShort(previous)));
        joiner = breaks ? "\n\n" : " ";
      }
      const last = pieces.length - 1;
      const broken = joiner === " " ? /([\p{L}\p{N}]+)([-\u00ad])$/u.exec(pieces[last] ?? "") : null;
      const tail = /^[\p{L}\p{N}]+/u.exec(line.text)?.[0];
      if (broken && tail !== undefined) {
        const [, head, hyphen] = broken;
        joiner = "";
        const soft = hyphen === "\u00ad";
        const ambiguous = !soft && /^\p{Ll}/u.test(tail);
        if (soft || (ambiguous && dropsHyphen(head!, tail, found))) {
          pieces[last] = pieces[last]!.slice(0, -1); // a word broken at the end of a line
          length--;
          if (ambiguous) lineEndHyphens.joined.push(head! + tail);
        } else if (ambiguous) lineEndHyphens.kept.push(`${head}-${tail}`);
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
  return { text: text ? `${text}\n` : "", pages: starts, lineEndHyphens };
}
