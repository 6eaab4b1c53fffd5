// `panelgraph add-source` and `panelgraph suggest`: argument parsing, file writing and printing; the work is done in
// src/suggest. These are the only commands that write into the corpus folder, and they never overwrite silently.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { listCorpusFolder, notRegularFile, readRegularFile, somethingAt } from "../ingest/files.js";
import type { ExtractedSource, SourceFormat } from "../ingest/extract/index.js";
import { decodeText, readCorpusFiles, tooLarge } from "../ingest/read.js";
import { MAX_ORIGINAL_BYTES, MAX_SOURCE_BYTES } from "../model/settings.js";
import { CorpusError, formatProblem, sortProblems } from "../ingest/problems.js";
import { validateCorpus } from "../ingest/validate.js";
import { nearDuplicateShare, percent, shingle } from "../ingest/near-duplicates.js";
import { parseCharacter, repairText } from "../ingest/repair.js";
import type { RawCorpus } from "../model/corpus.js";
import { nearest } from "../model/nearest.js";
import type { Problem } from "../model/problem.js";
import { openingDate, type OpeningDate } from "../ingest/extract/opening-date.js";
import { openingTitle } from "../ingest/extract/opening-title.js";
import { datedSourceId } from "../ingest/dated-id.js";
import { checkDraft } from "../suggest/check-draft.js";
import { clashingIds, otherDeclarations, sharedWithOtherFiles } from "../suggest/other-drafts.js";
import {
  detectDamagedCharacter,
  findDuplicate,
  sha256,
  sourceMeta,
  sourceMetaYaml,
  type SourceFields,
} from "../suggest/source-file.js";
import { slugify } from "../suggest/text.js";
import type { SetEvaluation } from "../suggest/evaluate.js";
import type { Draft } from "../suggest/suggest.js";
import type { Command } from "./command.js";
import type { CommandContext, Output } from "./context.js";
import {
  checkCorpusFolder,
  dataOption,
  DEFAULT_DATA_DIR,
  dirArgument,
  insideCorpus,
  plural,
  shellWord,
} from "./corpus.js";
import { backupName, OutputError, outputError, writeFileKeepingBackup, writeNewFileAtomic } from "../io/atomic.js";
import { assertWritableOutput } from "../io/output.js";
import { InputError, UsageError } from "./errors.js";

function shown(dataDir: string, path: string): string {
  const inside = relative(dataDir, path);
  return inside.startsWith("..") ? path : inside;
}

/** The problems of add-source's input (the file to add), not of the corpus: nothing was done. */
const NOT_ADDED = { notDone: "the source was not added; nothing was written" };

/** The corpus folder of `--data`, for the file system (messages show it as given). */
export function corpusFolder(given: string, context: CommandContext): string {
  checkCorpusFolder(given, context);
  const dir = context.path(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusError([
      {
        severity: "error",
        file: given,
        field: "",
        message: "corpus folder not found",
        hint:
          "pass the folder that holds registry.yaml, sources/ and annotations/ with --data (default: graph-data)" +
          // A corpus is never begun inside another one.
          (insideCorpus(dirname(dir))
            ? ""
            : `, or start a new corpus there with \`panelgraph init ${shellWord(given)}\``),
      },
    ]);
  }
  return dir;
}

/** A folder a command writes into: a file (or anything else) in its place is a problem, as `validate` reports it. */
function writableFolder(path: string, shownAs: string): void {
  const problems: Problem[] = [];
  listCorpusFolder(path, shownAs, "", problems);
  if (problems.length) throw new CorpusError(problems);
}

const string = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

/** What add-source can say it found in a page or a PDF, in the order it says them. */
const FOUND_FIELDS = ["title", "date", "author", "publisher", "url"] as const;

/** What add-source calls the file it read, when it says what it found there. */
const FROM_THE: Record<SourceFormat, string> = { txt: "text", md: "Markdown file", html: "page", pdf: "PDF" };

/**
 * Says that the source has no date, why none was taken, and how to give it: the viewer's Dates filter and the
 * exports' date of a source need one, and nothing else would tell the user it is missing.
 */
function missingDate(format: SourceFormat, opening: OpeningDate, id: string, out: (line: string) => void): void {
  const where =
    format === "pdf"
      ? "the PDF's text does not state one at its opening (its metadata's dates say when the file was made, not when the hearing was held, and are not read)"
      : format === "html"
        ? "neither the page's metadata nor its text's opening states one"
        : "its text does not state one at its opening";
  const why = opening.differing
    ? `its opening gives more than one date (${opening.differing.join(", ")}), so none was taken`
    : opening.inSentence
      ? `${where} (line ${opening.inSentence.line} names ${opening.inSentence.written} in a sentence, not a dateline ` +
        `or byline: a date a text speaks of is not the date it is of)`
      : where;
  out(`No date: ${why}.`);
  out(
    `  Give the date the text is of: date: "YYYY-MM-DD" (or "YYYY-MM", "YYYY") in sources/${id}.yaml, or --date ` +
      "YYYY-MM-DD when adding a file; the viewer's Dates filter shows only dated sources.",
  );
}

const addSource: Command = {
  name: "add-source",
  summary: "add a text, Markdown file, saved web page or PDF to the corpus as a new source, with its metadata",
  usage:
    "panelgraph add-source <file.txt|.md|.html|.pdf | -> [--title T] [--date D] [--author A] [--publisher P] [--url U] [--id ID] [--kind K] [--encoding E] [--data dir] [--json]",
  options: {
    title: { type: "string" },
    date: { type: "string" },
    author: { type: "string" },
    publisher: { type: "string" },
    url: { type: "string" },
    id: { type: "string" },
    kind: { type: "string" },
    origin: { type: "string" },
    "damaged-character": { type: "string" },
    encoding: { type: "string" },
    data: { type: "string" },
    json: { type: "boolean" },
  },
  help: [
    "file                 the source, by its ending: .txt (plain UTF-8, kept as it is), .md (Markdown: its text,",
    "                     markup removed), .html (a saved web page: the article's main text) or .pdf (its text layer,",
    "                     without running headers, footers and page numbers); `-` reads plain text from standard input.",
    "                     Another type (a Word document: save it as PDF or as a web page first) is refused",
    "--title T            its title; else taken from the page or PDF when it has one, or from a .txt's first line",
    "                     when that is plainly a title (a short line, then a blank line; standard input needs it).",
    '                     The id is made from it unless --id is given (a body\'s name alone, e.g. "Fenby Trust",',
    "                     takes the date after it, leaving the plain id to the body; a title that ends or opens",
    '                     with a full date, "Rivers Panel, 9 September 2026", ends its id with the date as',
    "                     YYYY-MM-DD: rivers-panel-2026-09-09)",
    "--date D             YYYY, YYYY-MM or YYYY-MM-DD, only where the text gives it (a page's publication date, else",
    "                     the date the text's opening states, is used; with none, add-source says so)",
    "--author A           who wrote it (a page's or PDF's author is used)",
    "--publisher P        who published it (a page's publisher or site name is used)",
    "--url U              where it was published (a page's canonical address is used); also the origin unless --origin",
    "--id ID              the source id (lowercase words joined by hyphens)",
    "--kind K             article (default), transcript, transcript-report or report-summary; without it, a text",
    "                     that reads as a transcript (turns by two speakers or more) is recorded as one",
    "--origin O           where the text came from, when not a URL (default: the file name)",
    "--damaged-character C  a character that stands in for ’ “ ” and – (e.g. U+0E42); the loader repairs it",
    "--encoding E         the encoding of a .txt, .md or .html file that is not UTF-8: utf-16le, utf-16be,",
    "                     windows-1252 or latin1 (any TextDecoder label). A UTF-16 file with its byte-order mark",
    '                     (Notepad\'s "Unicode") is read without it; nothing else is guessed. The text is kept as UTF-8,',
    "                     the file byte for byte as <dir>/sources/<id>.original.<ext>, the encoding in the metadata",
    `--data dir           corpus folder (default: ${DEFAULT_DATA_DIR})`,
    "--json               print what was added as JSON: {ok, id, kind, title, date, sha256, files, report}",
    "Writes <dir>/sources/<id>.txt (the text; a .txt file's bytes unchanged) and <dir>/sources/<id>.yaml, and for",
    ".md, .html and .pdf the file itself, byte for byte, as <dir>/sources/<id>.original.<ext>; never overwrites a file.",
  ],
  async run({ positionals, values }, context) {
    // The HTML and PDF readers load only when this command runs: every other command starts faster.
    const { extractSource, formatOfName, encodingOf, ENCODINGS } = await import("../ingest/extract/index.js");
    const { err } = context;
    // With --json, the report's lines go into the one JSON object printed at the end, not on stdout one by one.
    const report: string[] = [];
    const out = values.json ? (line: string) => void report.push(line) : context.out;
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError("add-source needs the file to add (or `-` for standard input)");
    if (extra.length) throw new UsageError(`add-source takes one file, got also ${JSON.stringify(extra.join(" "))}`);
    const titleOption = string(values.title);
    if (titleOption !== undefined && titleOption.trim() === "") throw new UsageError("add-source: --title is empty");
    const given = String(values.data ?? DEFAULT_DATA_DIR);
    const dataDir = corpusFolder(given, context);

    const problems: Problem[] = [];
    const fromStdin = file === "-";
    const format: SourceFormat = fromStdin ? "txt" : formatOfName(file);
    const encoding = string(values.encoding);
    if (encoding !== undefined) {
      if (encodingOf(encoding) === undefined) {
        throw new UsageError(
          `add-source: --encoding ${JSON.stringify(encoding)} is not an encoding TextDecoder knows; give one of ${ENCODINGS.join(", ")}`,
        );
      }
      if (format === "pdf" || fromStdin) {
        throw new UsageError(
          `add-source: --encoding is for a .txt, .md or .html file, not ${fromStdin ? "standard input (give it as UTF-8)" : "a PDF (its text layer says its own characters)"}; leave it out`,
        );
      }
    }
    // Whether the file is there comes first: asking for a title of a file that is not there (or of an address, which
    // add-source does not fetch) sends the user the wrong way.
    if (!fromStdin && !existsSync(context.path(file))) {
      const address = /^[a-z][a-z0-9+.-]*:\/\//i.test(file);
      throw new CorpusError(
        [
          {
            severity: "error",
            file,
            field: "",
            message: address
              ? "file not found: add-source reads a saved file and does not fetch an address"
              : "file not found",
            hint: address
              ? `save the page (or PDF) from the browser and give that file, with --url ${file} to record where it was published`
              : "give the path of a .txt, .md, .html or .pdf file",
          },
        ],
        NOT_ADDED,
      );
    }
    // Standard input is read only once the title is there; a file's own problems (a Word document, an image) come
    // before asking for a title it may give.
    if (fromStdin && titleOption === undefined) throw new UsageError("add-source needs --title");
    // A folder or a pipe given here is the user's to replace with a file, not the corpus's to move.
    const odd = fromStdin ? undefined : notRegularFile(context.path(file), file);
    if (odd?.message.endsWith("where a file belongs")) {
      throw new CorpusError(
        [{ ...odd, hint: "give the path of the source to add (.txt, .md, .html or .pdf), or - for standard input" }],
        NOT_ADDED,
      );
    }
    let read: ExtractedSource | undefined;
    if (fromStdin) {
      const stdin = readStandardInput(context, problems);
      if (stdin) read = { format, original: stdin.bytes, bytes: stdin.bytes, text: stdin.text, found: {} };
    } else {
      const limit = format === "txt" ? MAX_SOURCE_BYTES : MAX_ORIGINAL_BYTES;
      const bytes = readRegularFile(context.path(file), file, limit);
      if ("problem" in bytes) problems.push(bytes.problem);
      else if ("tooLarge" in bytes) problems.push(tooLarge(bytes.tooLarge, file, limit));
      else {
        const progress = context.stderr.isTTY ? pageProgress(context.stderr) : undefined;
        read = await extractSource(bytes.bytes, file, format, problems, {
          ...(progress ? { onPage: progress.update } : {}),
          ...(encoding === undefined ? {} : { encoding }),
        });
        progress?.clear();
        if (read && read.bytes.length > MAX_SOURCE_BYTES) {
          problems.push(tooLarge(read.bytes.length, `${file} (its text)`, MAX_SOURCE_BYTES));
          read = undefined;
        }
      }
    }
    if (!read) throw new CorpusError(problems, NOT_ADDED);
    // The date the text's opening states, where the file's metadata gives none (a PDF's never does: its dates are
    // when the file was made).
    const opening = read.found.date === undefined && string(values.date) === undefined ? openingDate(read.text) : {};
    if (opening.found) read.found.date = opening.found;

    // A plain text's first line, when it is plainly a title (a line, then a blank line): said below as found there.
    const firstLine = read.format === "txt" && titleOption === undefined ? openingTitle(read.text) : undefined;
    if (firstLine && "found" in firstLine) read.found.title = firstLine.found;
    const title = titleOption?.trim() ?? read.found.title?.value;
    if (title === undefined) {
      const none = {
        txt: `a plain text has no title of its own, and its first line is not plainly one: ${firstLine && "why" in firstLine ? firstLine.why : ""}`,
        md: "no # heading",
        html: "no <title>, og:title or JSON-LD headline",
        pdf: "no Title in the PDF's document information",
      };
      throw new UsageError(`add-source needs --title: ${file} does not give one (${none[format]})`);
    }
    const fields: SourceFields = {
      title,
      origin: string(values.origin) ?? string(values.url) ?? (fromStdin ? "pasted text" : `file ${basename(file)}`),
    };
    const fromFile = new Set<string>();
    for (const key of ["id", "kind", "date", "author", "publisher", "url"] as const) {
      const value = string(values[key]);
      if (value !== undefined) fields[key] = value;
      else if (key !== "id" && key !== "kind" && read.found[key] !== undefined) {
        fields[key] = read.found[key].value;
        fromFile.add(key);
      }
    }
    if (titleOption === undefined) fromFile.add("title");
    // A transcript is a kind the text itself shows, read as suggest reads it: without --kind, a text of turns is one.
    const transcript = fields.kind === undefined ? await transcriptOf(read.text) : undefined;
    if (transcript) fields.kind = "transcript";
    // A dated title's id ends in its date as YYYY-MM-DD: a body's meetings differ by it and sort by it.
    const idGiven = fields.id !== undefined;
    const dated = idGiven ? undefined : datedSourceId(fields.title);
    if (dated !== undefined) fields.id = dated;
    const damagedOption = string(values["damaged-character"]);
    if (damagedOption !== undefined) fields.damagedCharacter = damagedOption;
    if (read.pages !== undefined) fields.pages = read.pages;
    let { meta, problems: fieldProblems } = sourceMeta(fields, read.bytes);
    // What the file says about itself is a suggestion: a value the metadata cannot take is left out, not an error.
    const dropped: string[] = [];
    if (!meta && fieldProblems.every((p) => fromFile.has(p.option.slice(2)) && p.option !== "--title")) {
      for (const p of fieldProblems) {
        const key = p.option.slice(2) as (typeof FOUND_FIELDS)[number];
        dropped.push(`${key} ${JSON.stringify(p.value)} (${p.message})`);
        delete fields[key as "date"];
        fromFile.delete(key);
      }
      ({ meta, problems: fieldProblems } = sourceMeta(fields, read.bytes));
    }
    if (!meta) {
      throw new UsageError(
        fieldProblems
          .map(
            (p) =>
              `${p.option}  ${p.message} (value seen: ${JSON.stringify(p.value)}${fromFile.has(p.option.slice(2)) ? `, taken from ${file}` : ""}${p.hint ? `; ${p.hint}` : ""})`,
          )
          .join("\n"),
      );
    }
    if (read.format !== "txt" || read.encoding !== undefined) {
      meta.original = {
        file: `${meta.id}.original.${read.format}`,
        format: read.format,
        sha256: sha256(read.original),
        ...(read.encoding === undefined ? {} : { encoding: read.encoding }),
      };
    }

    // Refuse what would make two copies of one text, or two things with one id.
    const duplicate = findDuplicate(dataDir, read.bytes, meta.original === undefined ? undefined : read.original);
    if (duplicate) {
      const message =
        `this text is already in the corpus as source ${duplicate.id} (sources/${duplicate.id}.txt` +
        `${duplicate.how === "same-bytes" ? ", same SHA-256" : ", the same text apart from line endings or spacing"}); nothing was written`;
      const next = `To annotate it, run \`panelgraph suggest ${duplicate.id}${dataOption(given)}\`.`;
      throw new InputError(message, [`panelgraph: ${message}`, next], { source: duplicate.id });
    }
    writableFolder(join(dataDir, "sources"), "sources");
    const txt = join(dataDir, "sources", `${meta.id}.txt`);
    const yaml = join(dataDir, "sources", `${meta.id}.yaml`);
    const originalPath = meta.original && join(dataDir, "sources", meta.original.file);
    const raw = readCorpusFiles(dataDir);
    const taken =
      existsSync(txt) || existsSync(yaml) || (originalPath !== undefined && somethingAt(originalPath))
        ? "a source"
        : takenBy(raw, meta.id);
    if (taken) {
      const message = `the id ${meta.id} is already used by ${taken}; nothing was written`;
      throw new InputError(message, [`panelgraph: ${message}`, `Choose another with --id, e.g. --id ${meta.id}-2.`]);
    }

    const advice = "check that you may write to the corpus folder";
    const written: string[] = [];
    const write = (path: string, content: string | Uint8Array) => {
      try {
        writeNewFileAtomic(path, content);
        written.push(path);
      } catch (error) {
        for (const done of written) rmSync(done, { force: true }); // no text without its metadata and original
        throw outputError(path, error, advice);
      }
    };
    write(txt, read.bytes);
    if (originalPath !== undefined) write(originalPath, read.original);
    write(yaml, sourceMetaYaml(meta, `Added with \`panelgraph add-source\` from ${fields.origin}.`));
    if (originalPath === undefined) {
      out(
        `Added source ${meta.id}: ${shown(dataDir, txt)} (${read.bytes.length} bytes, unchanged) and ${shown(dataDir, yaml)}`,
      );
    } else {
      out(`Added source ${meta.id}:`);
      out(`  ${shown(dataDir, txt)}  the text, ${describeText(read)}`);
      out(`  ${shown(dataDir, originalPath)}  ${basename(file)} as it was given (${read.original.length} bytes)`);
      out(`  ${shown(dataDir, yaml)}  its metadata`);
    }
    out(`  sha256 ${meta.sha256}`);
    if (dated !== undefined)
      out(
        `  id ${meta.id}: the title's words, then its date as YYYY-MM-DD, so dated sources sort by it (--id chooses another)`,
      );
    else if (!idGiven && meta.id !== slugify(meta.title))
      out(
        `  id ${meta.id}: the title is a body's name alone, and the body's own entity takes ${slugify(meta.title)} ` +
          "(--id chooses another)",
      );
    const foundLines: string[] = FOUND_FIELDS.filter((key) => fromFile.has(key)).map(
      (key) => `  ${key.padEnd(10)}${JSON.stringify(fields[key])}  (${read.found[key]!.from})`,
    );
    if (transcript) foundLines.push(`  ${"kind".padEnd(10)}"transcript"  (${transcript})`);
    if (foundLines.length) {
      out(`From the ${FROM_THE[read.format]} (a --title, --date, … option given to add-source wins):`);
      for (const line of foundLines) out(line);
    }
    for (const d of dropped) out(`  left out: ${d}`);
    if (meta.date === undefined) missingDate(read.format, opening, meta.id, out);
    if (meta.damagedCharacter !== undefined) {
      const character = parseCharacter(meta.damagedCharacter);
      if (character !== undefined) {
        const result = repairText(read.text, character);
        out(
          `  damagedCharacter ${meta.damagedCharacter}: the loader repairs ${plural(result.repairs.length, "character")}` +
            (result.unresolved.length
              ? `; ${result.unresolved.length} it cannot decide are left (validate lists them)`
              : ""),
        );
      }
    } else {
      damagedHint(read.text, meta.id, out);
    }
    if (originalPath !== undefined) out(`Read ${shown(dataDir, txt)} before annotating: evidence quotes that text.`);
    warnNearDuplicate(raw, meta.id, read.text, err);
    out(`Next: panelgraph suggest ${meta.id}${dataOption(given)}`);
    if (values.json) {
      const { id, kind, title, date, sha256: digest } = meta;
      const files = written.map((path) => shown(dataDir, path));
      const added = { id, kind: kind ?? null, title, date: date ?? null, sha256: digest, files };
      context.out(JSON.stringify({ ok: true, ...added, report }, null, 2));
    }
    return 0;
  },
};

/** Fewer turns, or one speaker: no transcript to record as the source's kind (a report quoting one witness's line). */
const TRANSCRIPT_TURNS = 3;
const TRANSCRIPT_FORMS = { committee: "a committee hearing", panel: "a panel", debate: "a debate" };

/**
 * Where a text reads as a transcript (the suggester's reading: "Speaker: words" turns, a hearing's questions, a
 * debate's members), why: "the text reads as a debate's transcript: 14 turns by 5 speakers"; else undefined.
 */
async function transcriptOf(text: string): Promise<string | undefined> {
  // The suggester's reader loads only here: every other command starts faster.
  const [{ readTranscript }, { paragraphsOf }] = await Promise.all([
    import("../suggest/transcript.js"),
    import("../suggest/text.js"),
  ]);
  const transcript = readTranscript(text, paragraphsOf(text));
  if (!transcript) return undefined;
  const readable = transcript.readable ?? text;
  const speakers = new Set(transcript.turns.map((t) => readable.slice(t.speaker.start, t.speaker.end)));
  if (transcript.turns.length < TRANSCRIPT_TURNS || speakers.size < 2) return undefined;
  return (
    `the text reads as the transcript of ${TRANSCRIPT_FORMS[transcript.form]}: ` +
    `${plural(transcript.turns.length, "turn")} by ${plural(speakers.size, "speaker")}; --kind says otherwise`
  );
}

/**
 * What became of the hard hyphens at line ends (docs/add-a-source.md#hyphens-at-a-line-end): the words joined, where
 * the text differs from the PDF's characters, and the hyphens kept; a few of each, so a reader can check them.
 */
function hyphensNote(read: ExtractedSource): string {
  const listed = (words: string[]) => {
    const distinct = [...new Set(words)];
    return distinct.length <= 4 ? distinct.join(", ") : `${distinct.slice(0, 4).join(", ")}, …`;
  };
  const { joined = [], kept = [] } = read.lineEndHyphens ?? {};
  const parts = [
    ...(joined.length ? [`${plural(joined.length, "word")} broken at a line end joined (${listed(joined)})`] : []),
    ...(kept.length ? [`${plural(kept.length, "line-end hyphen")} kept (${listed(kept)})`] : []),
  ];
  return parts.length ? `; ${parts.join(", ")}` : "";
}

function describeText(read: ExtractedSource): string {
  const paragraphs = read.text.split(/\n\s*\n/u).filter((p) => /\S/u.test(p)).length;
  const what = `${plural(paragraphs, "paragraph")}, ${read.bytes.length} bytes`;
  if (read.format === "pdf")
    return `${what}, from ${plural(read.pages?.length ?? 0, "page")} of PDF${hyphensNote(read)}`;
  if (read.format === "txt") return `${what}, the file's text read as ${read.encoding}, kept as UTF-8`;
  const encoding = read.encoding === undefined ? "" : ` (read as ${read.encoding})`;
  return `${what}, the ${read.format === "html" ? "page's main text" : "Markdown without its markup"}${encoding}`;
}

/** What a command is doing, on one line of a terminal that each stage overwrites; cleared when it is done. */
function stageProgress(terminal: Output): { show: (doing: string) => void; clear: () => void } {
  let shown = false;
  return {
    show(doing) {
      terminal.write(`\r\u001b[K${doing}`);
      shown = true;
    },
    clear() {
      if (shown) terminal.write("\r\u001b[K");
      shown = false;
    },
  };
}

/** Progress through a PDF's pages on a terminal, at most four times a second; cleared at the end. */
function pageProgress(terminal: Output): { update: (page: number, pages: number) => void; clear: () => void } {
  let last = 0;
  return {
    update(page, pages) {
      const now = Date.now();
      if (now - last < 250 && page < pages) return;
      last = now;
      terminal.write(`\rreading page ${page} of ${pages}…`);
    },
    clear: () => void (last > 0 && terminal.write("\r\u001b[K")),
  };
}

/**
 * Standard input, checked like a file (too large, empty, binary, not UTF-8). Held in memory only, with no temporary
 * copy, so a signal that stops the command while it waits for the text leaves nothing behind.
 */
function readStandardInput(context: CommandContext, problems: Problem[]) {
  return decodeText(context.stdin ? context.stdin() : readFileSync(0), "(standard input)", problems);
}

/** Added all the same (a reprint may be wanted), but said: a claim both support looks supported by two sources. */
function warnNearDuplicate(raw: RawCorpus, id: string, text: string, err: (line: string) => void): void {
  const added = shingle(id, text);
  for (const source of raw.sources) {
    const share = nearDuplicateShare(added, shingle(source.meta.id, source.text));
    if (share === undefined) continue;
    err(
      `warning: ${id} is nearly the same text as source ${source.meta.id} (${percent(share)} of their five-word runs ` +
        `shared): a reprint or a second copy? A claim both support would look supported by two sources where there is ` +
        `one; if it adds nothing, remove sources/${id}.* again.`,
    );
  }
}

function takenBy(raw: RawCorpus, id: string): string | undefined {
  const corpus = validateCorpus(raw);
  const entity = corpus.entities.get(id);
  if (entity) return `${entity.type === "source" ? "a source" : `the ${entity.type} ${JSON.stringify(entity.label)}`}`;
  return undefined;
}

function damagedHint(text: string, id: string, out: (line: string) => void): void {
  const damaged = detectDamagedCharacter(text);
  if (!damaged) return;
  out(
    `Note: "${damaged.character}" (${damaged.codePoint}) occurs ${damaged.count} times where punctuation belongs ` +
      `(line ${damaged.line}: "${damaged.example}"). If it stands for ’ “ ” and –, add`,
  );
  out(`  damagedCharacter: ${damaged.codePoint}`);
  out(`to sources/${id}.yaml and the loader repairs it when reading (the text file stays as it is).`);
}

/** The recommendations of an --every-proposal draft that rest only on passages of kinds not drafted by default. */
function listedOnlyCount(draft: Draft): number {
  const kept = new Set<string>();
  const listed = new Set<string>();
  for (const c of draft.claims.filter((c) => c.relation === "recommends"))
    for (const e of c.evidence) (e.listedKind === undefined ? kept : listed).add(c.to);
  return [...listed].filter((id) => !kept.has(id)).length;
}

function printDraftSummary(draft: Draft, where: string, out: (line: string) => void): void {
  const f = draft.found;
  const entities = draft.entities.length;
  out(
    `Wrote ${where}: ${plural(draft.claims.length, "suggested claim")} and ${plural(entities, "new entity", "new entities")}, ` +
      "none in the graph until a person accepts them.",
  );
  const rows: [string, string][] = [
    ["people", `${f.people.linked + f.people.new} (${f.people.linked} already in the corpus, ${f.people.new} new)`],
    [
      "organisations",
      `${f.organisations.linked + f.organisations.new} (${f.organisations.linked} known, ${f.organisations.new} new)`,
    ],
    ["themes", `${f.themes.linked + f.themes.new} (${f.themes.linked} known, ${f.themes.new} new candidates)`],
    ["quotes", `${f.quotes} attributed to their speakers`],
    [
      "recommendations",
      `${f.recommendations.linked + f.recommendations.new} drafted (${f.recommendations.linked} known, ${f.recommendations.new} new)` +
        (draft.held?.length
          ? `, ${draft.held.length} more listed in the draft's header and in Review (possible recommendations)`
          : "") +
        (draft.everyProposal ? `, ${listedOnlyCount(draft)} of them of kinds not drafted by default (marked)` : ""),
    ],
  ];
  for (const [name, text] of rows) out(`  ${name.padEnd(16)}${text}`);
}

const EVALUATE_SETS = ["dev", "held-out", "shipped", "all"] as const;
const EVALUATE_REGISTRIES = ["full", "stripped", "none", "all"] as const;

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(", ")} (value seen: ${JSON.stringify(value)})`);
}

const suggest: Command = {
  name: "suggest",
  summary: "draft the annotations of a source (people, roles, quotes, themes, recommendations) for review",
  usage:
    "panelgraph suggest <source-id> [--data dir] [--out file] [--force] [--every-proposal] [--json]  |  " +
    "panelgraph suggest --evaluate [--set dev|held-out|shipped|all] [--registry full|stripped|none|all] [--by-source] [--misses] [--every-proposal] [--json]",
  options: {
    data: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    "every-proposal": { type: "boolean" },
    evaluate: { type: "boolean" },
    set: { type: "string" },
    registry: { type: "string" },
    "by-source": { type: "boolean" },
    misses: { type: "boolean" },
    json: { type: "boolean" },
  },
  help: [
    "source-id    a source of the corpus (add one with `panelgraph add-source`)",
    `--data dir   corpus folder (default: ${DEFAULT_DATA_DIR})`,
    "--out file   where to write the draft (default: <dir>/annotations/<source-id>.yaml)",
    "--force      replace an existing file; the old one is kept beside it as <file>.bak",
    "--every-proposal  draft every proposal found as a recommendation, also the kinds too often wrong on unseen",
    '             texts to draft by default (a speaker\'s "we need to …", "should", reported calls), which are',
    "             otherwise listed in the draft's header: reject what is not a proposal instead of adding what is;",
    '             their claims say so ("# not drafted by default: <kind>") and the header counts each kind',
    "             (with --evaluate: measure the drafts it makes)",
    "--evaluate   measure the suggester instead: precision, recall and F1 per field against each annotated source,",
    "             its annotations hidden (with the registry as it is, stripped of that source's own entities, and empty)",
    "--set S      with --evaluate: what to measure: shipped (the --data corpus, the default), dev or held-out (the",
    "             halves of the evaluation set in tests/fixtures/eval/), or all three",
    "--registry R with --evaluate: full, stripped, none, or all (the default)",
    "--by-source  with --evaluate: also each source's F1 per field",
    "--misses     with --evaluate: also what each draft got wrong and missed, field by field (not for the held-out",
    "             half: it is measured, never read to tune)",
    "--json       print what was drafted as JSON: {ok, source, draft, claims, newEntities, found (counts by kind),",
    "             report}; with --evaluate: the measurements",
    "Every claim and new entity in the draft is marked `status: suggested`; see docs/add-a-source.md to review it.",
  ],
  async run({ positionals, values }, context) {
    // With --json (a draft, not --evaluate), the report's lines go into the one JSON object printed at the end.
    const report: string[] = [];
    const out = values.json && !values.evaluate ? (line: string) => void report.push(line) : context.out;
    // A large source takes seconds: say on a terminal what is being done (never with --json or into a pipe).
    const progress =
      !values.json && !values.evaluate && context.stderr.isTTY ? stageProgress(context.stderr) : undefined;
    progress?.show("loading the language model…");
    // The suggester and its language model load only when this command runs: every other command starts faster.
    const evaluate = await import("../suggest/evaluate.js");
    const { knownEntities, suggestAnnotations, themeParents } = await import("../suggest/suggest.js");
    // render.ts too: it reaches the language model (through recommendations.ts).
    const { renderDraft } = await import("../suggest/render.js");
    progress?.clear();
    const given = String(values.data ?? DEFAULT_DATA_DIR);
    if (!values.evaluate) {
      for (const option of ["set", "registry", "by-source", "misses"]) {
        if (values[option] !== undefined) throw new UsageError(`--${option} goes with --evaluate`);
      }
    }
    if (values.evaluate) {
      if (positionals.length) throw new UsageError("--evaluate measures every annotated source; give no source id");
      const set = oneOf("--set", values.set, EVALUATE_SETS, "shipped");
      const registry = oneOf("--registry", values.registry, EVALUATE_REGISTRIES, "all");
      const sets = set === "all" ? evaluate.EVALUATION_SETS : [set];
      if (sets.some((s) => s !== "shipped") && !evaluate.hasEvaluationSet()) {
        throw new UsageError(
          "the evaluation set (tests/fixtures/eval/) is not here: it comes with the repository, not an installed copy",
        );
      }
      const modes = registry === "all" ? evaluate.REGISTRY_MODES : [registry];
      if (values.misses && sets.includes("held-out")) {
        throw new UsageError(
          "--misses lists what the drafts got wrong, to tune on; the held-out half is only measured, never read to " +
            "tune: use --set dev (or shipped)",
        );
      }
      const progress = !values.json && context.stderr.isTTY ? context.stderr : undefined;
      const results: (SetEvaluation & { shown: string })[] = [];
      for (const name of sets) {
        const dir = name === "shipped" ? corpusFolder(given, context) : evaluate.evaluationSetDir(name);
        const onSource = progress
          ? (done: number, total: number, source: string) =>
              void progress.write(`\r\u001b[K${name}: ${done + 1}/${total} ${source}…`)
          : undefined;
        const shown = name === "shipped" ? given : `tests/fixtures/eval/${name}`;
        const options = {
          modes,
          misses: Boolean(values.misses),
          suggest: { everyProposal: Boolean(values["every-proposal"]) },
          ...(onSource ? { onSource } : {}),
        };
        // `--set shipped` measures the --data folder: name it "corpus" unless it is the shipped one.
        const set = name === "shipped" && given !== DEFAULT_DATA_DIR ? "corpus" : name;
        results.push({ set, dir, shown, ...evaluate.evaluateSuggestions(dir, options) });
      }
      progress?.write("\r\u001b[K");
      if (values.json) {
        const sets = results.map(({ shown, dir: _dir, ...r }) => ({ ...r, dir: shown }));
        out(JSON.stringify({ sets }, null, 2));
        return 0;
      }
      out("Suggestions against the hand annotations, each source's annotations hidden in turn.");
      out(
        "P = precision (share of suggestions the annotator also made), R = recall (share of theirs suggested), F1 = both.",
      );
      out("registry: full = all of it; stripped = without the entities only that source uses; none = empty.");
      for (const r of results) {
        const count = new Set(r.sources.map((s) => s.source)).size;
        out("");
        out(`${r.set}: ${r.shown}, ${plural(count, "source")}`);
        for (const line of evaluate.formatTotals(r)) out(line);
        if (values["by-source"]) {
          out("");
          for (const line of evaluate.formatBySource(r)) out(line);
        }
        for (const line of evaluate.formatMisses(r)) out(line);
      }
      return 0;
    }
    const dataDir = corpusFolder(given, context);
    const [sourceId, ...extra] = positionals;
    if (sourceId === undefined) throw new UsageError("suggest needs a source id (or --evaluate)");
    if (extra.length) throw new UsageError(`suggest takes one source id, got also ${JSON.stringify(extra.join(" "))}`);

    progress?.show("reading the corpus…");
    const raw = readCorpusFiles(dataDir);
    progress?.clear();
    const source = raw.sources.find((s) => s.meta.id === sourceId);
    if (!source) {
      const own = raw.problems.filter((p) => p.file.startsWith(`sources/${sourceId}.`));
      if (own.length) throw new CorpusError(own);
      const close = nearest(
        sourceId,
        raw.sources.map((s) => s.meta.id),
      );
      const message = `no source ${JSON.stringify(sourceId)} in ${join(given, "sources")}`;
      const hint = close.length
        ? `Did you mean: ${close.join(", ")}?`
        : "Add it first: panelgraph add-source <file.txt> --title …";
      throw new InputError(message, [`panelgraph: ${message}`, hint], { candidates: close });
    }
    const target = resolve(context.cwd, string(values.out) ?? join(dataDir, "annotations", `${sourceId}.yaml`));
    assertWritableOutput(target, { writer: "suggest", corpus: { dir: dataDir, writable: "annotations" } });
    const where = shown(resolve(dataDir), target);
    writableFolder(dirname(target), shown(resolve(dataDir), dirname(target)));
    const notAFile = somethingAt(target) ? notRegularFile(target, where) : undefined;
    if (notAFile) throw new CorpusError([notAFile]);
    const refuseExisting = (): never => {
      const message = `${where} already exists; nothing was written`;
      throw new InputError(message, [
        `panelgraph: ${message}`,
        `--force replaces it (the old file is kept as ${shown(resolve(dataDir), backupName(target))}), ` +
          `or --out writes the draft elsewhere, e.g. --out ${shellWord(join(given, "annotations", `${sourceId}.suggested.yaml`))}`,
      ]);
    };
    if (existsSync(target) && !values.force) refuseExisting();

    // The file the draft replaces (or adds), as the corpus names its annotation files.
    const replacing = relative(resolve(dataDir), target).split(sep).join("/");
    if (values.force && existsSync(target)) {
      // The review done in it goes with it: said before the seconds of drafting, so it can still be stopped.
      const old = [...raw.annotations, ...(raw.partialAnnotations ?? [])].find((a) => a.file.file === replacing);
      const reviewed = old?.data.claims.filter((c) => c.status !== "suggested").length ?? 0;
      const kept = shown(resolve(dataDir), backupName(target));
      out(
        reviewed > 0
          ? `Replacing ${where}, which has ${plural(reviewed, "accepted claim")} (reviewed or written by hand): ` +
              `the new draft does not keep them; the old file is kept as ${kept}`
          : `Replacing ${where} (no accepted claims in it); the old file is kept as ${kept}`,
      );
    }
    // The corpus without that file: a draft made again is the draft made first, whatever the old one had accepted.
    const without = <T extends { file: { file: string } }>(files: T[] | undefined) =>
      files?.filter((a) => a.file.file !== replacing);
    const corpus = validateCorpus({
      ...raw,
      annotations: without(raw.annotations)!,
      ...(raw.partialAnnotations ? { partialAnnotations: without(raw.partialAnnotations)! } : {}),
    });
    const known = knownEntities(raw, corpus, sourceId, replacing);
    const taken = new Set([...corpus.entities.keys(), ...known.byId.keys(), ...raw.sources.map((s) => s.meta.id)]);
    const others = otherDeclarations(raw, replacing);
    const size = `${Math.max(1, Math.round(Buffer.byteLength(source.text) / 1024))} KB`;
    const draftWith = (ids: Set<string>) =>
      suggestAnnotations(source, known, ids, {
        themeParents: themeParents(corpus),
        onStage: (stage, stages, doing) =>
          progress?.show(`suggest ${sourceId} (${size}): ${stage}/${stages} ${doing}…`),
        everyProposal: Boolean(values["every-proposal"]),
      });
    let draft = draftWith(taken);
    // An id another file gives another kind of entity is the one thing a draft takes from other drafts: drafted again
    // without it (each time only ids are added, so this ends).
    for (let clash = clashingIds(draft, others); clash.length > 0; clash = clashingIds(draft, others)) {
      for (const id of clash) taken.add(id);
      draft = draftWith(taken);
    }
    const labels = new Map([...known.byId.values()].map((e) => [e.id, e.label]));
    for (const e of draft.entities) labels.set(e.id, e.label);
    const text = renderDraft(draft, labels);
    progress?.show(`suggest ${sourceId} (${size}): checking the draft against the corpus…`);
    const problems = checkDraft(raw, where, text);
    progress?.clear();
    if (problems.length) {
      throw new Error(
        `the draft does not validate, so it was not written (a bug in suggest):\n${sortProblems(problems).map(formatProblem).join("\n")}`,
      );
    }

    // Drafting takes seconds: a file made meanwhile (an editor, the viewer's Review, a second suggest) is refused
    // again at the write itself, which creates the file only where none is (writeNewFileAtomic links it into place).
    let backup: string | undefined;
    if (values.force) backup = writeFileKeepingBackup(target, text);
    else {
      try {
        writeNewFileAtomic(target, text);
      } catch (error) {
        if (error instanceof OutputError && error.code === "EEXIST") refuseExisting();
        throw outputError(target, error);
      }
    }
    if (backup) out(`Kept the previous ${where} as ${shown(resolve(dataDir), backup)}`);
    printDraftSummary(draft, where, out);
    for (const [file, ids] of sharedWithOtherFiles(draft, others))
      out(
        `Also declared in ${file}: ${ids.join(", ")} (one entity each: this file keeps its own copy, accepted with ` +
          "either, so reviewing, deleting or re-drafting one file never breaks the other)",
      );
    if (source.meta.damagedCharacter === undefined) damagedHint(source.original, sourceId, out);
    out("Review it (docs/add-a-source.md): accept a claim by changing `status: suggested` to `status: accepted`.");
    out(`\`panelgraph validate${dirArgument(given)}\` lists what is still suggested.`);
    if (values.json) {
      const summary = {
        source: sourceId,
        draft: where,
        claims: draft.claims.length,
        newEntities: draft.entities.length,
      };
      context.out(JSON.stringify({ ok: true, ...summary, found: draft.found, report }, null, 2));
    }
    return 0;
  },
};

export const SOURCE_COMMANDS: Command[] = [addSource, suggest];
