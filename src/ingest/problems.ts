// Problems found while reading a corpus (their type is in model/problem.ts): formatting, sorting, and the error that
// carries them. Loading collects all of them in one run instead of stopping at the first.
import type { Problem } from "../model/problem.js";
import { MERGE_CONFLICT } from "./yaml-file.js";

const MAX_VALUE_CHARS = 120;

/** A value as JSON, cut to about MAX_VALUE_CHARS: a string keeps its closing quote and is cut between words. */
function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= MAX_VALUE_CHARS) return text;
  if (typeof value !== "string") return `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
  const chars = [...value]; // by code point: never half an emoji
  let kept = MAX_VALUE_CHARS - 3;
  while (kept > 0 && JSON.stringify(`${chars.slice(0, kept).join("")}…`).length > MAX_VALUE_CHARS) kept--;
  let cut = chars.slice(0, kept).join("");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.7) cut = cut.slice(0, space);
  return JSON.stringify(`${cut.trimEnd()}…`);
}

/** `file:line  field  message (value seen: …; hint)`: one problem on one line. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const details: string[] = [];
  if (problem.value !== undefined) details.push(`value seen: ${showValue(problem.value)}`);
  if (problem.hint) details.push(problem.hint);
  const tail = details.length > 0 ? ` (${details.join("; ")})` : "";
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${where}  ${problem.field || "-"}  ${prefix}${problem.message}${tail}`;
}

/** An unresolved merge conflict comes first: problems elsewhere may only follow from it. */
const rank = (problem: Problem) => (problem.message.startsWith(MERGE_CONFLICT) ? 0 : 1);

/**
 * Sorts problems by file, line and field so reports are stable whatever order files were read in; unresolved merge
 * conflicts first.
 */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** Thrown when a corpus has errors; carries every problem found. The only error loading throws for bad input. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  /** Warnings failed too (`--strict`): the summary says so, or "0 errors" would read as a pass. */
  readonly strict: boolean;
  /** The problems are in a file given to a command (the source to add), not in the corpus: what it left undone. */
  readonly notDone?: string;
  constructor(
    readonly problems: Problem[],
    options: { strict?: boolean; notDone?: string } = {},
  ) {
    const errors = problems.filter((p) => p.severity === "error").length;
    super(`${errors} error${errors === 1 ? "" : "s"} ${options.notDone ? "in the input" : "in the corpus"}`);
    this.strict = options.strict ?? false;
    if (options.notDone !== undefined) this.notDone = options.notDone;
  }
}

/** What `--strict` adds to a summary of problems with warnings: why they fail. */
export const STRICT_NOTE = " (--strict: warnings fail too)";
