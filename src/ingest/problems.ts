// Problems found while reading a corpus (their type is in model/problem.ts): formatting, sorting, and the error that
// carries them. Loading collects all of them in one run instead of stopping at the first.
import type { Problem } from "../model/problem.js";

const MAX_VALUE_CHARS = 120;

function showValue(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
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

/** Sorts problems by file, line and field so reports are stable whatever order files were read in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** Thrown when a corpus has errors; carries every problem found. The only error loading throws for bad input. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error").length;
    super(`${errors} error${errors === 1 ? "" : "s"} in the corpus`);
  }
}
