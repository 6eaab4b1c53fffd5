// `--previous file` (build, export, communities): a graph.json or GEXF file written before, whose community numbers
// (and, for build and export, positions) are kept.
import { existsSync } from "node:fs";
import type { PreviousBuild } from "../analysis/analysed-graph.js";
import { loadGexfParser, PreviousFileError, readGraphOrGexf, readPreviousBuild } from "../export/previous-file.js";
import type { CommandContext } from "./context.js";
import { UsageError } from "./errors.js";

/** The file given with --previous, read; a UsageError saying what to give when it is missing or not such a file. */
export async function previousOption(given: string, context: CommandContext): Promise<PreviousBuild> {
  if (!existsSync(context.path(given))) {
    throw new UsageError(`--previous ${given}: no such file (give a graph.json or GEXF file written before)`);
  }
  try {
    return readPreviousBuild(context.path(given), given, await loadGexfParser());
  } catch (error) {
    if (error instanceof PreviousFileError) throw new UsageError(`--previous ${error.message}`);
    throw error;
  }
}

/**
 * A graph.json or GEXF file named on the command line (`diff old new`), read; a UsageError saying what to give when
 * it is missing or not such a file.
 */
export async function graphFileArgument(
  given: string,
  context: CommandContext,
): Promise<ReturnType<typeof readGraphOrGexf>> {
  if (!existsSync(context.path(given))) {
    throw new UsageError(`${given}: no such file (give a graph.json or GEXF file written before)`);
  }
  try {
    return readGraphOrGexf(context.path(given), given, await loadGexfParser());
  } catch (error) {
    if (error instanceof PreviousFileError) throw new UsageError(error.message);
    throw error;
  }
}
