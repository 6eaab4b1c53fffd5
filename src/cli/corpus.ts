// Defaults and small printing helpers shared by the commands.
import { formatProblem } from "../ingest/problems.js";
import type { Problem } from "../model/problem.js";

export const DEFAULT_DATA_DIR = "graph-data";
export const DEFAULT_GRAPH_FILE = "build/graph.json";

export function printProblems(problems: Problem[], write: (line: string) => void): void {
  for (const problem of problems) write(formatProblem(problem));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
