// Defaults and small printing helpers shared by the commands.
import { resolve } from "node:path";
import { formatProblem } from "../ingest/problems.js";
import { ShingleCache } from "../ingest/shingle-cache.js";
import type { Problem } from "../model/problem.js";
import { UsageError } from "./errors.js";

export const DEFAULT_DATA_DIR = "graph-data";
export const DEFAULT_GRAPH_FILE = "build/graph.json";

/**
 * The corpus folder of the commands that take it as their argument (build, validate, serve, export): the `dir`
 * argument, or `--data dir` as every command takes it, so a call copied from another command works here too.
 */
export function corpusDir(positionals: string[], values: Record<string, string | boolean | undefined>): string {
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
  return dir ?? data ?? DEFAULT_DATA_DIR;
}

/**
 * A path (or id) as one word for a shell, as every command a message prints quotes it: as it is when it holds only the
 * usual path characters, else in single quotes ('Tarn corpus'), which POSIX shells and PowerShell both read as one word.
 */
export function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
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
