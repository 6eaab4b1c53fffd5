// `--previous file` (build, export, communities): a graph.json or GEXF file written before, whose community numbers
// (and, for build and export, positions) are kept. Without it, export and communities follow the graph `build` last
// wrote of the corpus (build/graph.json, which the viewer shows) when build's rule says it is this corpus's.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { GraphFileError, readGraphFile } from "../graph/read-graph-file.js";
import { readRegularFile } from "../ingest/files.js";
import type { PreviousBuild } from "../analysis/analysed-graph.js";
import { anotherCorpusGraph, corpusName, type NotFollowedBuild } from "../export/graph-file.js";
import {
  followedBuildOf,
  loadGexfParser,
  PreviousFileError,
  readGraphOrGexf,
  readPreviousBuild,
  type GexfParser,
} from "../export/previous-file.js";
import type { PanelGraph } from "../model/graph.js";
import type { CommandContext } from "./context.js";
import { DEFAULT_DATA_DIR, DEFAULT_GRAPH_FILE, plural, shellWord } from "./corpus.js";
import { InputError } from "./errors.js";

/** "built from alpha, 3 of its 40 nodes in this one": why a graph is taken for another corpus's (build's words). */
export function anotherCorpusWords({ shared, had, corpus }: NotFollowedBuild["notFollowed"]): string {
  return `${corpus !== undefined ? `built from ${corpus}, ` : ""}${shared} of its ${had} nodes in this one`;
}

/** A graph file a command looked for (not one given to it): read, or why it could not be. */
export interface FoundGraph {
  /** As the user should read it (`build/graph.json`). */
  shown: string;
  read: { graph: PanelGraph } | { unreadable: string };
}

/**
 * The graph files that are there of `files` (paths for the file system, in order of preference), read: a GEXF file only
 * when its entry says it may be one.
 */
export async function findGraphs(
  files: { path: string; gexf?: boolean }[],
  context: CommandContext,
): Promise<FoundGraph[]> {
  const found: FoundGraph[] = [];
  for (const { path, gexf } of files) {
    if (!existsSync(path)) continue;
    const shown = context.shown(path);
    const parser: GexfParser | undefined = gexf ? await loadGexfParser() : undefined;
    try {
      found.push({ shown, read: { graph: readGraphOrGexf(path, shown, parser).graph } });
    } catch (error) {
      if (!(error instanceof PreviousFileError)) throw error;
      found.push({ shown, read: { unreadable: error.message } });
    }
  }
  return found;
}

/** build/graph.json under the working folder: the graph `build` last wrote (of some corpus), which the viewer shows. */
export function builtGraphPath(context: CommandContext): string {
  return context.path(DEFAULT_GRAPH_FILE);
}

/**
 * The first of `found` that is this corpus's (node ids `ids`, folder `name`) by build's rule (anotherCorpusGraph), as
 * the build to follow; with none, a line for stderr saying why each was not followed (`what`: what is numbered).
 */
export function followFound(
  found: FoundGraph[],
  ids: readonly string[],
  name: string,
  what: string,
): { previous: PreviousBuild } | { note: string | undefined } {
  const why: string[] = [];
  for (const { shown, read } of found) {
    if ("unreadable" in read) {
      why.push(`${shown}, which could not be read (${read.unreadable})`);
      continue;
    }
    const previous = followedBuildOf(read.graph);
    const other = anotherCorpusGraph(read.graph, previous, ids, name);
    if (!other) return { previous };
    // A folder renamed or copied keeps its nodes: following its last build is then one option away. A plainly other
    // corpus's build (another folder's name, under half its nodes here) goes unsaid: the viewer shows that corpus, so
    // there is no numbering of this one to match.
    const renamed = other.shared * 2 >= other.had;
    if (!renamed && other.corpus !== undefined && other.corpus !== name) continue;
    const asked = renamed ? `; \`--previous ${shown}\` follows it, if it is this corpus's` : "";
    why.push(`${shown}, which is another corpus's graph (${anotherCorpusWords(other)}${asked})`);
  }
  return { note: why.length ? `panelgraph: ${what} numbered by size, not as ${why.join(", nor as ")}` : undefined };
}

/** The file given with --previous, read; an InputError (bad input, exit 1) saying what to give when it is missing or not such a file. */
export async function previousOption(given: string, context: CommandContext): Promise<PreviousBuild> {
  if (!existsSync(context.path(given))) {
    throw new InputError(`--previous ${given}: no such file (give a graph.json or GEXF file written before)`);
  }
  try {
    return readPreviousBuild(context.path(given), given, await loadGexfParser());
  } catch (error) {
    if (error instanceof PreviousFileError) throw new InputError(`--previous ${error.message}`);
    throw error;
  }
}

/**
 * A graph.json or GEXF file named on the command line (`diff old new`), read; an InputError (exit 1) saying what to give when
 * it is missing or not such a file.
 */
export async function graphFileArgument(
  given: string,
  context: CommandContext,
): Promise<ReturnType<typeof readGraphOrGexf>> {
  if (!existsSync(context.path(given))) {
    throw new InputError(`${given}: no such file (give a graph.json or GEXF file written before)`);
  }
  try {
    return readGraphOrGexf(context.path(given), given, await loadGexfParser());
  } catch (error) {
    if (error instanceof PreviousFileError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * The graph.json that `build` wrote, given with --graph (export, query): read as it is, or an InputError (exit 1)
 * saying what to give when it is not there or not such a file.
 */
export function readBuiltGraph(graphFile: string, context: CommandContext): PanelGraph {
  if (!existsSync(context.path(graphFile)))
    throw new InputError(`--graph ${graphFile}: no such file (run \`panelgraph build\` first)`);
  // Only a regular file is read: a named pipe or a device given here would be read for ever.
  const read = readRegularFile(context.path(graphFile), graphFile, Infinity);
  if ("problem" in read) throw new InputError(`--graph ${graphFile}: ${read.problem.message}`);
  try {
    return readGraphFile("bytes" in read ? read.bytes.toString("utf8") : "");
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    throw new InputError(
      `--graph ${graphFile} is not a graph.json written by \`panelgraph build\`: ${error.message}; ` +
        "give the graph.json that `panelgraph build` writes (build/graph.json unless its --out says otherwise)",
    );
  }
}

/** The corpus's files (registry.yaml, sources/, annotations/, each folder's files at any depth), newest first. */
function corpusFilesNewestFirst(dir: string): { file: string; mtimeMs: number }[] {
  const files: { file: string; mtimeMs: number }[] = [];
  const visit = (relativePath: string) => {
    let stats;
    try {
      stats = statSync(join(dir, relativePath));
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(join(dir, relativePath)).sort()) visit(join(relativePath, name));
    } else files.push({ file: relativePath.split(sep).join("/"), mtimeMs: stats.mtimeMs });
  };
  for (const top of ["registry.yaml", "sources", "annotations"]) visit(top);
  return files.sort((a, b) => b.mtimeMs - a.mtimeMs || a.file.localeCompare(b.file));
}

/**
 * `query … --graph file`: the graph `build` wrote of corpus `dir` (`given`: as the user wrote it), read in place of
 * building the corpus again, when it is this corpus's and no file of the corpus changed after it was written; else an
 * InputError naming the corpus it was built from, or the corpus files changed since, and the build that makes it fresh.
 */
export function freshBuiltGraph(graphFile: string, dir: string, given: string, context: CommandContext): PanelGraph {
  const graph = readBuiltGraph(graphFile, context);
  const rebuild =
    `run \`panelgraph build${given === DEFAULT_DATA_DIR ? "" : ` ${shellWord(given)}`} --out ${shellWord(graphFile)}\`, ` +
    "or leave out --graph to answer from the corpus itself";
  const builtFrom = graph.getAttribute("corpus") as string | undefined;
  if (builtFrom !== undefined && builtFrom !== corpusName(dir))
    throw new InputError(`--graph ${graphFile} was built from another corpus (${builtFrom}), not ${given}; ${rebuild}`);
  const built = statSync(context.path(graphFile)).mtimeMs;
  const newer = corpusFilesNewestFirst(dir).filter((f) => f.mtimeMs > built);
  if (newer.length > 0) {
    const more = newer.length > 1 ? ` and ${plural(newer.length - 1, "other file")}` : "";
    throw new InputError(
      `--graph ${graphFile} is older than the corpus: ${given}/${newer[0]!.file}${more} changed after it was built; ${rebuild}`,
      undefined,
      { changed: newer.map((f) => f.file) },
    );
  }
  return graph;
}
