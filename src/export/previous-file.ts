// Reading what a previous build or export wrote (graph.json or GEXF), for the next one to keep its community numbers
// and positions (`build`, `export --previous`, `communities --previous`).
import { MultiDirectedGraph } from "graphology";
import { previousBuildOf, type PreviousBuild } from "../analysis/analysed-graph.js";
import { GraphFileError, readGraphFile } from "../graph/read-graph-file.js";
import { readRegularFile } from "../ingest/files.js";
import type { PanelGraph } from "../model/graph.js";
import { renamedNodes } from "./graph-diff.js";

/** The file given is not a graph.json or GEXF file that can be read; the message says why and what to give. */
export class PreviousFileError extends Error {
  override readonly name = "PreviousFileError";
}

/** Reads a GEXF file into a graph: graphology-gexf's parser, loaded only by a command that reads one (loadGexfParser). */
export type GexfParser = (text: string) => PanelGraph;

/** graphology-gexf (with its XML parser) is loaded when a GEXF file is to be read, not by every command at start-up. */
export async function loadGexfParser(): Promise<GexfParser> {
  const { parse } = await import("graphology-gexf");
  return (text) => parse(MultiDirectedGraph, text) as unknown as PanelGraph;
}

/**
 * A graph.json (`build`, `export --format json`) or, given `parseGexf`, a GEXF file (`export --format gexf`);
 * PreviousFileError when it is neither.
 */
export function readPreviousBuild(path: string, shownAs: string, parseGexf?: GexfParser): PreviousBuild {
  return followedBuildOf(readGraphOrGexf(path, shownAs, parseGexf).graph);
}

/**
 * What `graph` (a previous build or export, graph.json or GEXF) leaves for the next build to keep, its renamed nodes
 * (`rename-entity`) found as `panelgraph diff` finds them, so that they keep their community and position.
 */
export function followedBuildOf(graph: PanelGraph): PreviousBuild {
  // Asked again of the same graph (build's report counts the nodes kept): found once.
  let last: { built: PanelGraph; renames: Map<string, string> } | undefined;
  const renames = (built: PanelGraph) => {
    if (last?.built !== built) last = { built, renames: renamedNodes(graph, built) };
    return last.renames;
  };
  return { ...previousBuildOf(graph), renames };
}

/**
 * The graph in a graph.json or, given `parseGexf`, a GEXF file, and which it was (a GEXF file's graph has its
 * attributes as the exporter's columns: src/export/columns.ts); PreviousFileError when it is neither.
 */
export function readGraphOrGexf(
  path: string,
  shownAs: string,
  parseGexf?: GexfParser,
): { graph: PanelGraph; format: "json" | "gexf" } {
  const read = readRegularFile(path, shownAs, Infinity);
  if ("problem" in read) {
    throw new PreviousFileError(`${shownAs}: ${read.problem.message} (${read.problem.hint})`);
  }
  const text = "bytes" in read ? read.bytes.toString("utf8") : "";
  const wanted = "give a graph.json that `panelgraph build` wrote or a GEXF file that `panelgraph export` wrote";
  if (text.trimStart().startsWith("<")) {
    if (!parseGexf) throw new PreviousFileError(`${shownAs} is a GEXF file where a graph.json was expected; ${wanted}`);
    // xmldom (under graphology-gexf) prints what it finds wrong to the console: kept, and the first said in the message.
    const said: string[] = [];
    const { warn, error: printError } = console;
    console.warn = console.error = (...parts: unknown[]) => void said.push(parts.join(" ").replace(/\s+/g, " "));
    let graph: PanelGraph | undefined;
    let failure = "";
    try {
      graph = parseGexf(text);
    } catch (error) {
      failure = (error as Error).message;
    } finally {
      console.warn = warn;
      console.error = printError;
    }
    const broken = said.find((line) => /error/i.test(line));
    if (!graph || broken) {
      const why = (broken ?? failure).replace(/^\[xmldom [a-z ]+\]\s*/i, "").trim();
      throw new PreviousFileError(`${shownAs} is not a GEXF file that can be read (${why}); ${wanted}`);
    }
    return { graph, format: "gexf" };
  }
  try {
    return { graph: readGraphFile(text), format: "json" };
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    throw new PreviousFileError(`${shownAs} is not a graph.json or GEXF file: ${error.message}; ${wanted}`);
  }
}
