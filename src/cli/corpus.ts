// Defaults and small printing helpers shared by the commands.
import { readdirSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { isFile, isFolder, somethingAt } from "../ingest/files.js";
import { CorpusError, formatProblem } from "../ingest/problems.js";
import { ShingleCache } from "../ingest/shingle-cache.js";
import type { Problem } from "../model/problem.js";
import { UsageError } from "./errors.js";

export const DEFAULT_DATA_DIR = "graph-data";
export const DEFAULT_GRAPH_FILE = "build/graph.json";

/**
 * The corpus folder of the commands that take it as their argument (build, validate, serve, export): the `dir`
 * argument, or `--data dir` as every command takes it, so a call copied from another command works here too. With
 * `context`, checked as every command checks the corpus it reads (checkCorpusFolder).
 */
export function corpusDir(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  context?: { cwd: string; path(given: string): string },
): string {
  const data = typeof values.data === "string" ? values.data : undefined;
  if (positionals.length > 1)
    throw new UsageError(
      `one corpus folder, please: got ${positionals.map((p) => JSON.stringify(p)).join(" ")}; give one folder, ` +
        "as the argument or with --data dir",
    );
  const dir = positionals[0];
  if (dir !== undefined && data !== undefined && dir !== data)
    throw new UsageError(
      `two corpus folders given, ${JSON.stringify(dir)} and --data ${JSON.stringify(data)}: give one of them`,
    );
  const given = dir ?? data ?? DEFAULT_DATA_DIR;
  // Without `context`, the folder is only named (export --graph reads no corpus), so it is not checked.
  if (context) checkCorpusFolder(given, context);
  return given;
}

/** Whether `dir` looks like a corpus: registry.yaml and sources/ in it. */
export function isCorpus(dir: string): boolean {
  return isFile(resolve(dir, "registry.yaml")) && isFolder(resolve(dir, "sources"));
}

/** Whether `dir` or a folder above it is a corpus (where `init` would make a corpus inside a corpus). */
export function insideCorpus(dir: string): boolean {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (isCorpus(at)) return true;
    if (dirname(at) === at) return false;
  }
}

/**
 * The check every command that reads a corpus makes first (build, validate, serve, export, query, stats, communities,
 * conflicts, add-source, suggest and the corpus edits): a folder that is plainly not the corpus meant is refused with
 * the folder that is. `given` is the corpus folder as the user wrote it. The default stays graph-data/ (docs/cli.md):
 * a corpus at the working folder is named in the error, not read in its place, so what a command reads never depends
 * on whether a graph-data/ happens to be there.
 */
export function checkCorpusFolder(given: string, context: { cwd: string; path(given: string): string }): void {
  const dir = context.path(given);
  if (isCorpus(dir)) return;
  const asWritten = (folder: string) => relative(context.cwd, folder) || ".";
  const partOfCorpus = (folder: string) =>
    ["sources", "annotations"].includes(basename(folder)) && isCorpus(dirname(folder)) ? dirname(folder) : undefined;
  const fail = (message: string, hint: string) => {
    throw new CorpusError([{ severity: "error", file: given, field: "", message, hint }]);
  };
  const corpus = partOfCorpus(dir);
  if (corpus !== undefined) {
    const parent = asWritten(corpus);
    fail(
      `this is the ${basename(dir)} folder of the corpus ${parent}, not a corpus`,
      `run from ${parent} or pass --data ${shellWord(parent)}`,
    );
  }
  // Any other folder of a corpus (a copy, drafts/): read, it would be "registry not found", and init refuses there.
  if (isFolder(dir) && !isFile(resolve(dir, "registry.yaml")) && isCorpus(dirname(dir))) {
    const parent = asWritten(dirname(dir));
    fail(
      `no registry.yaml here: this folder is inside the corpus ${parent}, not a corpus`,
      `to read that corpus, run from ${parent} or pass --data ${shellWord(parent)}`,
    );
  }
  if (!somethingAt(dir)) {
    // Forgetting --data, or a typo in it: the corpora beside the folder meant are most likely the one meant.
    const beside = corporaIn(dirname(dir)).map((folder) => `--data ${shellWord(asWritten(folder))}`);
    const where = given === DEFAULT_DATA_DIR ? `here; ${given}/ is read when no --data is given` : "beside it";
    const found = beside.length === 1 ? "a corpus folder" : "corpus folders";
    if (beside.length > 0)
      fail("corpus folder not found", `did you mean ${beside.slice(0, 3).join(" or ")}? (${found} ${where})`);
  }
  if (given !== DEFAULT_DATA_DIR || isFolder(dir)) return;
  const here = partOfCorpus(context.cwd);
  if (here !== undefined) {
    const parent = asWritten(here);
    fail(
      `no ${given}/ here: this is the ${basename(context.cwd)} folder of the corpus ${parent}`,
      `run from ${parent} or pass --data ${shellWord(parent)}`,
    );
  }
  if (isCorpus(context.cwd))
    fail(
      `no ${given}/ here, but this folder is a corpus itself (registry.yaml, sources/)`,
      "pass --data . to read it (graph-data/ is the folder read when none is given)",
    );
}

/** The corpora (isCorpus) directly in `folder`, by name; none where it cannot be read. */
function corporaIn(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isCorpus(join(folder, entry.name)))
      .map((entry) => join(folder, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A path (or id) as one word for a shell, as every command a message prints quotes it: as it is when it holds only the
 * usual path characters, else in single quotes ('Tarn corpus'), which POSIX shells and PowerShell both read as one word;
 * one with an apostrophe in double quotes ("Bell's notes"), as both read it, unless it holds what either expands there.
 */
export function shellWord(path: string): string {
  if (/^[\w./@%+=:,-]+$/.test(path)) return path;
  if (!path.includes("'")) return `'${path}'`;
  // An apostrophe ("Bell's notes"): in double quotes, which both read alike while nothing in it is special there.
  if (!/["$`\\!]/.test(path)) return `"${path}"`;
  return `'${path.replace(/'/g, "'\\''")}'`;
}

/** ` <dir>` for a command a message prints that takes the folder as its argument (validate, build, serve), or nothing. */
export function dirArgument(given: string): string {
  return given === DEFAULT_DATA_DIR ? "" : ` ${shellWord(given)}`;
}

/** ` --data <dir>` for a command a message prints, or nothing when `given` is the default corpus folder. */
export function dataOption(given: string): string {
  return given === DEFAULT_DATA_DIR ? "" : ` --data ${shellWord(given)}`;
}

/**
 * The near-duplicate check's cache of shingled texts for corpus `dir` (src/ingest/shingle-cache.ts): in .cache/ of the
 * working folder when it has one (a checkout of panelgraph does, after `npm install`; its .gitignore leaves it out), as
 * build/ is there. Elsewhere no cache folder is made: the texts are shingled on every run, as before.
 */
export function shinglerFor(dir: string, cwd: string): ShingleCache {
  return new ShingleCache(resolve(cwd, ".cache"), dir);
}

export function printProblems(problems: Problem[], write: (line: string) => void): void {
  for (const problem of problems) write(formatProblem(problem));
}

export { plural } from "../model/words.js";
