// Reading the corpus for a command, and printing its problems.
import { buildGraph } from "../graph/build.js";
import { readCorpus } from "../ingest/validate.js";
import type { PanelGraph } from "../model/graph.js";
import { formatProblem, type Problem } from "../ingest/problems.js";

export const DEFAULT_DATA_DIR = "graph-data";
export const DEFAULT_GRAPH_FILE = "build/graph.json";

export function printProblems(problems: Problem[], write: (line: string) => void): void {
  for (const problem of problems) write(formatProblem(problem));
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Reads, validates and builds the graph of a corpus folder (fast enough to do per command at corpus sizes here). */
export function loadGraph(dir: string = DEFAULT_DATA_DIR): PanelGraph {
  return buildGraph(readCorpus(dir));
}
