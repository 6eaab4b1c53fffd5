// Adding a source: its metadata (id from the title, SHA-256 of the bytes), duplicate checks against the corpus, and a
// look for the damaged-punctuation symptom the loader can repair. The text itself is never changed.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { listCorpusFolder, readRegularFile } from "../ingest/files.js";
import { parseYamlFile } from "../ingest/yaml-file.js";
import { nearest } from "../model/nearest.js";
import { MAX_SOURCE_BYTES } from "../model/settings.js";
import { SOURCE_KINDS, SourceMetaSchema, WEB_ADDRESS_HINT, type SourceMeta } from "../model/schema.js";
import { slugify } from "./text.js";

export interface SourceFields {
  title: string;
  id?: string;
  kind?: string;
  date?: string;
  publisher?: string;
  url?: string;
  origin: string;
  damagedCharacter?: string;
  author?: string;
  /** The file the text was extracted from, kept beside it. */
  original?: { file: string; format: "html" | "pdf" | "md"; sha256: string };
  /** PDF: where each page starts in the text. */
  pages?: number[];
}

export interface FieldProblem {
  /** The command-line option the value came from, e.g. `--date`. */
  option: string;
  message: string;
  value: unknown;
  hint?: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The last word of a body's name: a page titled so ("Housing and Communities Committee") is named as the body is. */
const BODY_HEAD =
  /^(?:Committee|Sub-Committee|Subcommittee|Commission|Council|Board|Authority|Assembly|Parliament|Senedd|Trust|Association|Agency|Department|Ministry|Foundation|Institute|Society|Federation|Partnership|Alliance|Coalition|Executive|Government|Tribunal|Ombudsman)$/u;
const NAME_CONNECTORS = new Set(["and", "&", "of", "for", "the", "on"]);

/** Whether a title is a body's name alone: capitalised words (and "and", "of" …) ending in a body's word. */
export function titleNamesABody(title: string): boolean {
  const words = title.trim().split(/\s+/u);
  return BODY_HEAD.test(words.at(-1)!) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w));
}

/**
 * A source's id from its title. A title that is a body's name alone takes its date (else its kind) after it, so the
 * body's own entity, which suggest names from the same words, can have the plain id ("fenby-trust" the body,
 * "fenby-trust-2025-02-05" the page).
 */
export function sourceIdFromTitle(title: string, date: string | undefined, kind: string | undefined): string {
  const id = slugify(title);
  if (!id || !titleNamesABody(title)) return id;
  return `${id}-${date !== undefined && /^\d{4}(?:-\d{2}){0,2}$/u.test(date) ? date : (kind ?? "article")}`;
}

/** Source metadata checked against the schema; problems name the option to correct. */
export function sourceMeta(fields: SourceFields, bytes: Uint8Array): { meta?: SourceMeta; problems: FieldProblem[] } {
  const candidate: Record<string, unknown> = {
    id: fields.id ?? sourceIdFromTitle(fields.title, fields.date, fields.kind),
    title: fields.title,
    kind: fields.kind ?? "article",
    origin: fields.origin,
    sha256: sha256(bytes),
  };
  for (const key of ["publisher", "date", "url", "damagedCharacter", "author", "original", "pages"] as const) {
    if (fields[key] !== undefined) candidate[key] = fields[key];
  }
  const result = SourceMetaSchema.safeParse(candidate);
  if (result.success) return { meta: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const option = field === "damagedCharacter" ? "--damaged-character" : `--${field}`;
    let hint: string | undefined;
    let message = issue.message;
    if (field === "kind") {
      // zod's own words ("Invalid option: expected one of …") are not the CLI's: say it as other options say it.
      const close = nearest(String(candidate.kind), SOURCE_KINDS, 1);
      message = `must be one of ${SOURCE_KINDS.join(", ")}`;
      hint = close.length ? `did you mean ${close[0]}?` : undefined;
    }
    if (field === "id") hint = fields.id === undefined ? "the title gives no usable id; pass --id" : undefined;
    if (issue.code === "custom" && typeof issue.params?.hint === "string") hint = issue.params.hint;
    if (field === "url") hint = `${WEB_ADDRESS_HINT}; where a copy came from goes in --origin`;
    return { option, message, value: candidate[field], hint };
  });
  return { problems };
}

/** Metadata in the style of graph-data/sources/*.yaml. */
export function sourceMetaYaml(meta: SourceMeta, note: string): string {
  const q = (v: string) => JSON.stringify(v);
  const lines = [`# ${note}`, `id: ${meta.id}`, `title: ${q(meta.title)}`, `kind: ${meta.kind}`];
  if (meta.publisher !== undefined) lines.push(`publisher: ${q(meta.publisher)}`);
  if (meta.date !== undefined) lines.push(`date: ${q(meta.date)}`);
  lines.push(`origin: ${q(meta.origin)}`);
  if (meta.url !== undefined) lines.push(`url: ${meta.url}`);
  lines.push(`sha256: ${meta.sha256}`);
  if (meta.damagedCharacter !== undefined) lines.push(`damagedCharacter: ${meta.damagedCharacter}`);
  if (meta.author !== undefined) lines.push(`author: ${q(meta.author)}`);
  if (meta.original !== undefined) {
    lines.push("original:", `  file: ${meta.original.file}`, `  format: ${meta.original.format}`);
    lines.push(`  sha256: ${meta.original.sha256}`);
    if (meta.original.encoding !== undefined) lines.push(`  encoding: ${meta.original.encoding}`);
  }
  if (meta.pages !== undefined) {
    lines.push("# The offset in the .txt at which each page of the PDF starts: page n at the n-th.");
    const rows: string[] = [];
    for (let i = 0; i < meta.pages.length; i += 12) rows.push(meta.pages.slice(i, i + 12).join(", "));
    lines.push(`pages: [${rows.join(",\n    ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** Line endings, trailing spaces and blank lines at either end do not make a different text. */
function comparable(text: string): string {
  return text
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

export interface Duplicate {
  id: string;
  how: "same-bytes" | "same-text";
}

/**
 * A source of the corpus with the same text: the same bytes (as a text or as an original file), or the same text apart
 * from line endings and spacing. `original` is the file given, when the text was extracted from it.
 */
export function findDuplicate(dataDir: string, bytes: Uint8Array, original?: Uint8Array): Duplicate | undefined {
  const dir = join(dataDir, "sources");
  const hash = sha256(bytes);
  const hashes = new Set([hash, ...(original ? [sha256(original)] : [])]);
  const text = comparable(Buffer.from(bytes).toString("utf8"));
  const names = listCorpusFolder(dir, "sources", "", []);
  // Only regular files, as the loader reads them (a named pipe or a device in sources/ is validate's to report).
  const read = (name: string) => {
    const file = readRegularFile(join(dir, name), name, MAX_SOURCE_BYTES);
    return "bytes" in file ? file.bytes : undefined;
  };
  for (const name of names.filter((n) => n.endsWith(".yaml"))) {
    // Read as the loader reads YAML (its limits and schema); a file it cannot parse is validate's to report, and the
    // text itself is compared below.
    const bytes = read(name);
    if (bytes === undefined) continue;
    const meta = parseYamlFile(name, bytes.toString("utf8"), []).data as {
      sha256?: unknown;
      original?: { sha256?: unknown };
    } | null;
    const recorded = [meta?.sha256, meta?.original?.sha256];
    if (recorded.some((h) => typeof h === "string" && hashes.has(h))) {
      return { id: name.replace(/\.yaml$/u, ""), how: "same-bytes" };
    }
  }
  for (const name of names.filter((n) => n.endsWith(".txt") && !n.includes(".original."))) {
    const other = read(name);
    if (other === undefined) continue;
    const id = name.replace(/\.txt$/u, "");
    if (sha256(other) === hash) return { id, how: "same-bytes" };
    if (comparable(other.toString("utf8")) === text) return { id, how: "same-text" };
  }
  return undefined;
}

export interface DamagedCharacter {
  character: string;
  /** As the metadata field takes it: `U+0E42`. */
  codePoint: string;
  count: number;
  line: number;
  example: string;
}

/** Marks a text uses as they are; superscript digits are a PDF's footnote marks ("river.¹"). */
const TYPOGRAPHIC = /[’‘“”–—…•·£€$°×⁰¹²³⁴⁵⁶⁷⁸⁹]/u;

/**
 * The symptom the loader repairs: one character, foreign to the text's script (or U+FFFD), standing where ’ “ ” and –
 * belong (inside words, at the edges of words, between spaces). Reported when it occurs three times or more and at
 * least four times in five in such a place.
 */
export function detectDamagedCharacter(text: string): DamagedCharacter | undefined {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length === 0 || latin / letters.length < 0.9) return undefined;
  const counts = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80 || TYPOGRAPHIC.test(c) || /\p{Script=Latin}/u.test(c) || /\s/u.test(c)) continue;
    if (/[\ud800-\udfff]/u.test(c)) continue; // half of a surrogate pair: not one UTF-16 unit the loader can repair
    const offsets = counts.get(c);
    if (offsets) offsets.push(i);
    else counts.set(c, [i]);
  }
  let best: DamagedCharacter | undefined;
  for (const [c, offsets] of counts) {
    if (offsets.length < 3) continue;
    const inPlace = offsets.filter((i) => {
      const prev = text[i - 1] ?? " ";
      const next = text[i + 1] ?? " ";
      const word = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
      return (word(prev) && word(next)) || /\s/u.test(prev) !== /\s/u.test(next) || (prev === " " && next === " ");
    }).length;
    if (inPlace / offsets.length < 0.8) continue;
    if (best && best.count >= offsets.length) continue;
    const at = offsets[0]!;
    best = {
      character: c,
      codePoint: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
      count: offsets.length,
      line: text.slice(0, at).split("\n").length,
      example: text.slice(Math.max(0, at - 20), at + 20).replace(/\s+/gu, " "),
    };
  }
  return best;
}
