// A source file as text: what add-source reads (.txt as it is; .md, .html and .pdf extracted), checked to be what its
// name says it is. Every evidence offset points into the text this gives, which is kept as sources/<id>.txt; the file
// itself is kept byte for byte beside it as sources/<id>.original.<ext>.
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { Marked } from "marked";
import { parse as parseYaml } from "yaml";
import type { Problem } from "../../model/problem.js";
import { decodeText } from "../read.js";
import { joinParagraphs, paragraphsOf } from "./blocks.js";
import { isoDate, oneLine, webAddress, type FoundMetadata } from "./found.js";
import { extractHtml, MIN_ARTICLE_WORDS, NoArticleText } from "./html.js";
import { extractPdf, PdfProblem, type PdfOptions, type PdfText } from "./pdf.js";

export const SOURCE_FORMATS = ["txt", "md", "html", "pdf"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Formats whose file is kept beside the text it gives (a .txt is its own text). */
export type OriginalFormat = Exclude<SourceFormat, "txt">;

const EXTENSIONS: Record<string, SourceFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
};

/** The format a file name says; a name without one of these endings is read as plain text, as before. */
export function formatOfName(name: string): SourceFormat {
  return EXTENSIONS[extname(name).toLowerCase()] ?? "txt";
}

export interface ExtractedSource {
  format: SourceFormat;
  /** The bytes of the file as given. */
  original: Buffer;
  /** The text as it is kept (UTF-8); for a .txt the file's own bytes. */
  bytes: Buffer;
  text: string;
  found: FoundMetadata;
  /** PDF: the offset in `text` where each page starts. */
  pages?: number[];
  /** PDF: the words a hard hyphen broke at a line end, joined or kept (PdfText.lineEndHyphens). */
  lineEndHyphens?: PdfText["lineEndHyphens"];
  /** The encoding the file's bytes were read in, when not UTF-8 (its text is kept as UTF-8, the file beside it). */
  encoding?: string;
}

export interface ExtractOptions extends PdfOptions {
  /** The encoding to read a text file in (a TextDecoder label: utf-8, utf-16le, utf-16be, windows-1252, latin1). */
  encoding?: string;
}

/** The encodings add-source's --encoding is documented with; any other label TextDecoder knows is taken too. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "latin1"] as const;

/** The TextDecoder name of an encoding's label, or undefined when it knows none by that label. */
export function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** What the bytes are, from how they begin: a PDF, an HTML page, or something else. */
export function sniff(bytes: Buffer): "pdf" | "html" | "other" {
  const head = bytes.subarray(0, 1024).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  const start = head
    .replace(/^\ufeff|^\xef\xbb\xbf/u, "")
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<\?xml[^>]*>\s*<!doctype html/u.test(start)) return "html";
  return "other";
}

/** The encoding an HTML page declares in its first 2 KB (`<meta charset>` or `http-equiv`), when it is not UTF-8. */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1]?.toLowerCase();
  if (label === undefined || label === "utf-8" || label === "utf8") return undefined;
  try {
    return new TextDecoder(label).encoding === "utf-8" ? undefined : label;
  } catch {
    return undefined; // an encoding the runtime does not know: read as UTF-8, which says so if it is not
  }
}

/** Windows-1252's characters at 0x80–0x9F (the WHATWG table), which Node 20's decoder reads as ISO-8859-1's controls. */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeDeclared(bytes: Buffer, charset: string, shownAs: string, problems: Problem[]) {
  if (bytes.includes(0)) return decodeText(bytes, shownAs, problems); // binary: say so as for any text
  return { bytes, text: decodeIn(bytes, charset) };
}

/**
 * Bytes read in an encoding: strictly (a UTF-16 or UTF-8 file with bytes that are not its encoding throws), a BOM of
 * it dropped. ISO-8859-1 and ASCII labels mean windows-1252, as browsers read them (the WHATWG encoding standard).
 */
function decodeIn(bytes: Uint8Array, encoding: string): string {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
}

/** The UTF-16 a file's byte-order mark says (Notepad's "Unicode" and "Unicode big endian"), if it begins with one. */
function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * The UTF-16 a file looks like when it begins with its byte-order mark, or when a third of the bytes at even (odd)
 * offsets in its first 4 KB are 0, as the high bytes of Latin letters in UTF-16 BE (LE) are.
 */
function utf16Share(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const bom = utf16Bom(bytes);
  if (bom !== undefined) return bom;
  const end = Math.min(bytes.length, 4096);
  const zeros = (start: number) => {
    let n = 0;
    for (let i = start; i < end; i += 2) if (bytes[i] === 0) n++;
    return n / Math.max(1, end / 2);
  };
  if (zeros(1) > 0.3 && zeros(0) < 0.05) return "utf-16le";
  if (zeros(0) > 0.3 && zeros(1) < 0.05) return "utf-16be";
  return undefined;
}

/**
 * A text file's bytes as text: in the encoding asked for; else in the UTF-16 its byte-order mark says; else strictly
 * as UTF-8. Nothing else is guessed: bytes that are not UTF-8 are refused, with the --encoding that reads them when
 * they look like windows-1252 (Windows' "ANSI"), or like UTF-16 without its mark. `encoding` is set when the text is
 * not the file's own bytes as UTF-8.
 */
function decodeTextFile(
  bytes: Buffer,
  shownAs: string,
  problems: Problem[],
  asked: string | undefined,
): { text: string; encoding?: string } | undefined {
  const encoding = asked === undefined ? utf16Bom(bytes) : encodingOf(asked);
  if (encoding === undefined || encoding === "utf-8") {
    const decoded = decodeText(bytes, shownAs, problems);
    if (decoded === undefined) explainNotUtf8(bytes, problems);
    return decoded && { text: decoded.text };
  }
  if (bytes.length === 0) return decodeText(bytes, shownAs, problems); // empty: said as for any text
  let text: string;
  try {
    text = decodeIn(bytes, encoding);
  } catch {
    return fail(
      problems,
      shownAs,
      `file is not valid ${encoding}${asked === undefined ? " (its first bytes are the byte-order mark of it)" : ""}`,
      asked === undefined
        ? "the file may be damaged: open it in a text editor and save it again as UTF-8"
        : `check the file's encoding in the editor that saved it and give that with --encoding (${ENCODINGS.join(", ")})`,
      encoding,
    );
  }
  if (asked !== undefined && encoding !== "utf-8" && /[^\x00-\x7f]/u.test(bytes.toString("latin1"))) {
    try {
      const asUtf8 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      if (!encoding.startsWith("utf-16")) {
        return fail(
          problems,
          shownAs,
          `file is valid UTF-8, and --encoding ${asked} would read its letters as others (${JSON.stringify(firstNonAscii(asUtf8))} as ${JSON.stringify(firstNonAscii(text))})`,
          "leave out --encoding: add-source reads UTF-8 without it",
          asked,
        );
      }
    } catch {
      // not UTF-8: the encoding asked for is the only reading
    }
  }
  return { text, encoding };
}

/** The first few characters from the first one that is not ASCII, for a message. */
const firstNonAscii = (text: string) => /[^\x00-\x7f][^\s]{0,3}/u.exec(text)?.[0] ?? "";

/**
 * The hint of decodeText's "not valid UTF-8" problem (the last one), with add-source's --encoding: windows-1252 when
 * every byte reads as a character of it, UTF-16 when every other byte is NUL (a file saved without its mark).
 */
function explainNotUtf8(bytes: Buffer, problems: Problem[]): void {
  const problem = problems.at(-1);
  if (problem === undefined) return;
  const utf16 = utf16Share(bytes);
  if (/binary/u.test(problem.message) && utf16 !== undefined && utf16Bom(bytes) !== undefined) {
    problem.message = `file is not UTF-8: it is ${utf16}, as the byte-order mark it begins with says`;
    problem.hint = "leave out --encoding utf-8: add-source reads a file with its byte-order mark in its encoding";
    return;
  }
  if (/binary/u.test(problem.message) && utf16 !== undefined) {
    problem.message = "file is not UTF-8: every other byte is 0, as in UTF-16 saved without its byte-order mark";
    problem.hint = `re-run add-source with \`--encoding ${utf16}\`, or save it as UTF-8 in its editor`;
    return;
  }
  if (!/not valid UTF-8/u.test(problem.message)) return;
  const undefinedIn1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
  const bad = Number(/at offset (\d+)/u.exec(problem.message)?.[1] ?? -1);
  if (!bytes.some((b) => undefinedIn1252.includes(b))) {
    const seen = bad >= 0 ? decodeIn(bytes.subarray(bad, bad + 1), "windows-1252") : "";
    problem.hint =
      `it looks like windows-1252 (Windows' "ANSI"; byte 0x${bytes[bad]?.toString(16).padStart(2, "0")} is ${JSON.stringify(seen)} in it): ` +
      "re-run add-source with `--encoding windows-1252`, or save the file as UTF-8 in its editor (Notepad: File › Save As, Encoding UTF-8)";
  } else {
    problem.hint = `re-run add-source with the file's encoding, \`--encoding <name>\` (${ENCODINGS.join(", ")}), or save the file as UTF-8 in its editor`;
  }
}

/** How a file begins, for a message: its first characters, printable ones only. */
function openingText(bytes: Buffer): string {
  return bytes
    .subarray(0, 40)
    .toString("latin1")
    .replace(/[^\x20-\x7e]/gu, "·")
    .trim();
}

/** The file's opening as a message quotes it (a problem's value is quoted where it is shown: give it openingText). */
function opening(bytes: Buffer): string {
  return JSON.stringify(openingText(bytes));
}

/** What add-source reads, for a message: every format it takes, by its ending. */
export const READABLE_TYPES = "plain text (.txt), Markdown (.md), a saved web page (.html) and PDF (.pdf)";

/** Documents stored as ZIP archives, by their ending. */
const ZIPPED: Record<string, string> = {
  ".docx": "a Word document",
  ".docm": "a Word document",
  ".odt": "an OpenDocument text",
  ".xlsx": "an Excel workbook",
  ".ods": "an OpenDocument spreadsheet",
  ".pptx": "a PowerPoint presentation",
  ".odp": "an OpenDocument presentation",
  ".epub": "an e-book",
  ".pages": "a Pages document",
};

/**
 * What a file is when it is a document or data add-source does not read (a Word document, an image, a binary file),
 * from its first bytes and its name; undefined for text, a PDF or an HTML page. An RTF file is text, but its words
 * are inside markup no reader of the corpus would want as the source's text.
 */
export function unreadableKind(bytes: Buffer, name: string): { what: string; image: boolean } | undefined {
  const head = bytes.subarray(0, 8).toString("latin1");
  const ending = extname(name).toLowerCase();
  if (head.startsWith("PK\x03\x04")) {
    const what = ZIPPED[ending];
    return { what: what ? `${what} (${ending})` : "a ZIP archive (a .docx, .odt or .xlsx is one)", image: false };
  }
  if (head.startsWith("\xd0\xcf\x11\xe0")) {
    return { what: "an older Office document (.doc, .xls or .ppt)", image: false };
  }
  if (head.startsWith("{\\rtf")) return { what: "an RTF document (.rtf)", image: false };
  const image = /^\x89PNG|^\xff\xd8\xff|^GIF8|^II\*\x00|^MM\x00\*|^RIFF....WEBP/su.exec(
    bytes.subarray(0, 12).toString("latin1"),
  );
  if (image) return { what: "an image", image: true };
  if (sniff(bytes) === "other" && utf16Share(bytes) === undefined && bytes.subarray(0, 8192).includes(0)) {
    return { what: "a binary file (it contains NUL bytes)", image: false };
  }
  return undefined;
}

const fail = (problems: Problem[], file: string, message: string, hint: string, value?: unknown): undefined => {
  problems.push({ severity: "error", file, field: "", message, hint, ...(value === undefined ? {} : { value }) });
  return undefined;
};

/** A Markdown file's front matter: a YAML block between `---` lines at its very start (Jekyll's, Hugo's, Obsidian's). */
const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** The front matter's keys add-source takes, by the field they give. */
const FRONT_MATTER_KEYS: Record<keyof FoundMetadata, string[]> = {
  title: ["title"],
  date: ["date", "published", "pubdate"],
  author: ["author", "authors"],
  publisher: ["publisher", "organisation", "organization"],
  url: ["url", "link", "source"],
};

/**
 * A Markdown file split into its front matter's fields and the Markdown after it (the text the claims quote). Front
 * matter that is not YAML is an error (undefined): the fields would be lost, or read as the text's first paragraph.
 */
function frontMatter(
  text: string,
  shownAs: string,
  problems: Problem[],
): { body: string; found: FoundMetadata } | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, found: {} };
  let fields: unknown;
  try {
    fields = parseYaml(match[1]!);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return fail(
      problems,
      `${shownAs}${line === undefined ? "" : `:${line + 1}`}`,
      `its front matter (the block between the --- lines at the top) is not YAML: ${(error as Error).message.split("\n")[0]}`,
      "write each field as `key: value` (quote a value with a colon in it), or remove the block",
    );
  }
  // A block that is not key: value pairs (a thematic break above a paragraph and below it) is the text's own.
  if (fields === null || typeof fields !== "object" || Array.isArray(fields)) return { body: text, found: {} };
  const record = fields as Record<string, unknown>;
  const found: FoundMetadata = {};
  for (const [field, keys] of Object.entries(FRONT_MATTER_KEYS) as [keyof FoundMetadata, string[]][]) {
    for (const key of keys) {
      const raw = record[key];
      const value = field === "date" ? frontMatterDate(raw) : frontMatterText(raw);
      if (value !== undefined) {
        found[field] = { value, from: `front matter ${key}` };
        break;
      }
    }
  }
  if (found.url !== undefined && webAddress(found.url.value) === undefined) delete found.url;
  return { body: text.slice(match[0].length), found };
}

/** A front matter's value as one line: a string, a number, or a list's items joined ("Ann Bell and Carl Dunn"). */
function frontMatterText(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const items = value.map(frontMatterText).filter((v): v is string => v !== undefined);
    return items.length === 0
      ? undefined
      : items.length === 1
        ? items[0]
        : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  }
  if (value !== null && typeof value === "object" && "name" in value) return frontMatterText(value.name);
  return oneLine(value);
}

function frontMatterDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = frontMatterText(value);
  return text === undefined ? undefined : isoDate(text);
}

/**
 * Reads a source file in the format its name says. Problems (the file is not what its name says, holds no text, is
 * encrypted, …) are added to `problems` and nothing is returned.
 */
export async function extractSource(
  bytes: Buffer,
  shownAs: string,
  format: SourceFormat,
  problems: Problem[],
  options: ExtractOptions = {},
): Promise<ExtractedSource | undefined> {
  const seen = sniff(bytes);
  // What the file is comes before what its name says: a Word document named .txt is no text.
  const unreadable = unreadableKind(bytes, shownAs);
  if (unreadable) {
    return fail(
      problems,
      shownAs,
      `${unreadable.what}, not a file add-source reads: it reads ${READABLE_TYPES}`,
      unreadable.image
        ? "an image holds no text to read: run text recognition on it and add the result, e.g. `ocrmypdf scan.pdf out.pdf` for a scan saved as PDF, or type its text into a .txt file"
        : "open it in the program that made it and save or export it as PDF or as a web page, File › Save As or Export; or copy its text into a .txt file saved as UTF-8; then add that file",
    );
  }
  if (format === "pdf") {
    if (seen !== "pdf") {
      return fail(
        problems,
        shownAs,
        `not a PDF: a PDF begins with %PDF-, this file with ${opening(bytes)}`,
        seen === "html"
          ? "it is an HTML page: rename it to .html"
          : "save or export the document as PDF again, or give the file with the ending of what it is (.txt, .md, .html)",
      );
    }
    try {
      const pdf = await extractPdf(bytes, options);
      const text = Buffer.from(pdf.text, "utf8");
      const { found, pages, lineEndHyphens } = pdf;
      return { format, original: bytes, bytes: text, text: pdf.text, found, pages, lineEndHyphens };
    } catch (error) {
      if (!(error instanceof PdfProblem)) throw error;
      const hints = {
        encrypted:
          "open it with its password and save an unprotected copy (e.g. `qpdf --decrypt --password=… in.pdf out.pdf`), then add that",
        damaged: "the file may be cut short or damaged: download or export it again",
        "no-text": `it looks like a scan (${error.pageCount} page${error.pageCount === 1 ? "" : "s"} of images): run text recognition on it first (e.g. \`ocrmypdf in.pdf out.pdf\`) and add the result, or add its text as .txt`,
      };
      return fail(problems, shownAs, error.message, hints[error.kind]);
    }
  }
  if (seen === "pdf") {
    return fail(
      problems,
      shownAs,
      `a PDF, not ${format === "html" ? "an HTML page" : format === "md" ? "Markdown" : "plain text"} (it begins with %PDF-)`,
      "rename it to .pdf so panelgraph reads its text layer",
    );
  }
  // Markdown, HTML and text are all text: strict UTF-8, not empty, no NUL bytes (a binary file). A web page saved in
  // the encoding it declares (windows-1252, ISO-8859-1, …) is read in that encoding: the .txt made from it is UTF-8.
  const charset = format === "html" && options.encoding === undefined ? declaredCharset(bytes) : undefined;
  const decoded: { text: string; encoding?: string } | undefined = charset
    ? decodeDeclared(bytes, charset, shownAs, problems)
    : decodeTextFile(bytes, shownAs, problems, options.encoding);
  if (!decoded) return undefined;
  // Read in another encoding, the text is kept as UTF-8 and the file byte for byte beside it.
  const encoding = decoded.encoding === undefined ? {} : { encoding: decoded.encoding };
  if (format === "txt") {
    if (seen === "html") {
      return fail(
        problems,
        shownAs,
        "an HTML page, not plain text (it begins with an HTML document type or <html>)",
        "rename it to .html so panelgraph takes the article's text from it",
        openingText(bytes),
      );
    }
    if (decoded.encoding !== undefined) {
      return {
        format,
        original: bytes,
        bytes: Buffer.from(decoded.text, "utf8"),
        text: decoded.text,
        found: {},
        ...encoding,
      };
    }
    return { format, original: bytes, bytes, text: decoded.text, found: {} };
  }
  if (format === "md") {
    const front = frontMatter(decoded.text, shownAs, problems);
    if (front === undefined) return undefined;
    const html = new Marked({ gfm: true, async: false }).parse(front.body) as string;
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    const text = joinParagraphs(paragraphsOf(document.body as never, { cellSeparator: " | " }));
    if (!/\S/u.test(text)) {
      return fail(problems, shownAs, "no text in the Markdown file", "add its content, or give the right file");
    }
    const heading = oneLine(document.querySelector("h1")?.textContent);
    const found: FoundMetadata = {
      ...(heading === undefined ? {} : { title: { value: heading, from: "the first # heading" } }),
      ...front.found,
    };
    return { format, original: bytes, bytes: Buffer.from(text, "utf8"), text, found, ...encoding };
  }
  if (seen !== "html" && !/<(body|p|div|article|main)[\s>]/iu.test(decoded.text.slice(0, 200_000))) {
    return fail(
      problems,
      shownAs,
      `not an HTML page: it has no <html>, <body> or <p> (it begins with ${opening(bytes)})`,
      "save the page from the browser again (File › Save Page As, “Web Page, HTML only”), or name a text file .txt",
    );
  }
  try {
    const page = extractHtml(decoded.text);
    const text = Buffer.from(page.text, "utf8");
    return { format, original: bytes, bytes: text, text: page.text, found: page.found, ...encoding };
  } catch (error) {
    if (!(error instanceof NoArticleText)) throw error;
    return fail(
      problems,
      shownAs,
      `no article text found: the page's main content has ${error.words} word${error.words === 1 ? "" : "s"} (at least ${MIN_ARTICLE_WORDS} are needed)`,
      "the saved page may be a cookie wall, a login page or a list of links: open the article itself in the browser, save that page, and add it; or copy its text into a .txt file",
    );
  }
}
