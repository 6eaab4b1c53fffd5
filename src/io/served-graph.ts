// While `panelgraph serve` runs, the folder of its graph.json holds serving.json: which process serves the graph, and
// from which corpus. `build` reads it so that a build of another corpus does not replace the graph under the viewer, and
// a second serve so that it does not share the folder (graph.json, graph.view.json, build-status.json) with the first.
// A serve that ended without removing it (Ctrl-C) is told by its process id, which no longer runs.
import { readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { running, writeFileAtomic } from "./atomic.js";
import { OutputError, outputError, realPath } from "./output.js";

export const SERVING_FILE = "serving.json";

/** A running serve: its process, the real path of its corpus folder, and the graph.json it writes. */
export interface Serving {
  pid: number;
  corpus: string;
  graphFile: string;
}

const servingPath = (graphFile: string) => join(dirname(resolve(graphFile)), SERVING_FILE);

/** The serve whose graph is in `graphFile`'s folder (any file of it), if one runs. */
export function runningServe(graphFile: string): Serving | undefined {
  let serving: Partial<Serving>;
  try {
    serving = JSON.parse(readFileSync(servingPath(graphFile), "utf8")) as Partial<Serving>;
  } catch {
    return undefined;
  }
  const { pid, corpus, graphFile: served } = serving;
  if (typeof pid !== "number" || typeof corpus !== "string" || typeof served !== "string") return undefined;
  return running(pid) ? { pid, corpus, graphFile: served } : undefined;
}

/** Whether `serving` builds its graph from the corpus folder `dataDir`. */
export const servesCorpus = (serving: Serving, dataDir: string) => serving.corpus === realPath(dataDir);

/** Says that this process serves `graphFile` built from `dataDir`; returns what takes it back (when serving stops). */
export function claimServedGraph(graphFile: string, dataDir: string): () => void {
  const serving: Serving = { pid: process.pid, corpus: realPath(dataDir), graphFile: resolve(graphFile) };
  const path = servingPath(graphFile);
  try {
    writeFileAtomic(path, `${JSON.stringify(serving, null, 1)}\n`);
  } catch (error) {
    throw outputError(path, error);
  }
  return () => {
    const now = runningServe(graphFile);
    // Another serve of the same corpus may have taken the folder over since: its claim stays.
    if (now?.pid === serving.pid && now.graphFile === serving.graphFile) rmSync(path, { force: true });
  };
}

/** Where to suggest a graph of `dataDir` goes instead of `graphFile`: a folder of its own beside it. */
export function ownGraphFile(graphFile: string, dataDir: string): string {
  return join(dirname(resolve(graphFile)), basename(realPath(dataDir)), "graph.json");
}

/**
 * Refuses (OutputError, nothing written) a build of `dataDir` into the graph.json a running serve shows and rebuilds
 * from another corpus: the page would show that corpus's graph as if it were its own, with no word of it. A build of the
 * corpus it serves is let through (the same graph). `corpus` is the folder as the user gave it; `shown` turns a path
 * into what the user should read.
 */
export function assertNotServedFromElsewhere(
  graphFile: string,
  dataDir: string,
  { corpus, shown }: { corpus: string; shown: (path: string) => string },
): void {
  const serving = runningServe(graphFile);
  if (!serving || serving.graphFile !== resolve(graphFile) || servesCorpus(serving, dataDir)) return;
  throw new OutputError(
    graphFile,
    "ESERVED",
    `\`panelgraph serve\` (process ${serving.pid}) shows it in the viewer, built from ${shown(serving.corpus)}, and ` +
      `rewrites it on every change there; give ${corpus} a file of its own (--out ` +
      `${shown(ownGraphFile(graphFile, dataDir))}), or stop that server first`,
    true,
  );
}
