// While `panelgraph serve` runs, the folder of its graph.json holds serving.json: which process serves the graph, and
// from which corpus. `build` reads it so that a build of another corpus does not replace the graph under the viewer, and
// a second serve so that it does not share the folder (graph.json, graph.view.json, build-status.json) with the first.
// Serve removes it when it stops (Ctrl-C, SIGTERM, exit). One left behind (a crash, SIGKILL) is told from a live claim
// by its process: gone, or, as process ids are reused, started at another time than the one the claim recorded.
import { readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { running, writeFileAtomic } from "./atomic.js";
import { OutputError, outputError, realPath } from "./output.js";

export const SERVING_FILE = "serving.json";

/** A running serve: its process (id and start, see processStart), the real path of its corpus folder, and its graph.json. */
export interface Serving {
  pid: number;
  /** Absent where the system does not tell (no /proc), or in a claim written before serve recorded it. */
  started?: string;
  corpus: string;
  graphFile: string;
}

/** The serving.json that claims `graphFile`'s folder. */
export const servingPath = (graphFile: string) => join(dirname(resolve(graphFile)), SERVING_FILE);

const bootId = (() => {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "";
  }
})();

/**
 * When process `pid` started, as Linux tells it (/proc/<pid>/stat, field 22: clock ticks since boot, with the boot's
 * id), so that a process that was given the id of an ended one is not taken for it; undefined where there is no /proc.
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2, in parentheses) may hold spaces and parentheses: count from the last ")".
    const ticks = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return ticks && /^\d+$/.test(ticks) ? `${bootId}:${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process of a claim still runs: its id does, and (where the start is known) started when it did. */
function claimantRuns({ pid, started }: Pick<Serving, "pid" | "started">): boolean {
  if (!running(pid)) return false;
  const now = started === undefined ? undefined : processStart(pid);
  return now === undefined || now === started;
}

/** The serve whose graph is in `graphFile`'s folder (any file of it), if one runs. */
export function runningServe(graphFile: string): Serving | undefined {
  let serving: Partial<Serving>;
  try {
    serving = JSON.parse(readFileSync(servingPath(graphFile), "utf8")) as Partial<Serving>;
  } catch {
    return undefined;
  }
  const { pid, started, corpus, graphFile: served } = serving;
  if (typeof pid !== "number" || typeof corpus !== "string" || typeof served !== "string") return undefined;
  if (started !== undefined && typeof started !== "string") return undefined;
  return claimantRuns({ pid, started }) ? { pid, started, corpus, graphFile: served } : undefined;
}

/** Whether `serving` builds its graph from the corpus folder `dataDir`. */
export const servesCorpus = (serving: Serving, dataDir: string) => serving.corpus === realPath(dataDir);

/**
 * Says that this process serves `graphFile` built from `dataDir`; returns what takes it back (when serving stops). It is
 * also taken back when the process exits; a signal that would end it without an exit is the caller's to handle.
 */
export function claimServedGraph(graphFile: string, dataDir: string): () => void {
  const serving: Serving = {
    pid: process.pid,
    started: processStart(process.pid),
    corpus: realPath(dataDir),
    graphFile: resolve(graphFile),
  };
  const path = servingPath(graphFile);
  try {
    writeFileAtomic(path, `${JSON.stringify(serving, null, 1)}\n`);
  } catch (error) {
    throw outputError(path, error);
  }
  const release = () => {
    process.off("exit", release);
    const now = runningServe(graphFile);
    // Another serve of the same corpus may have taken the folder over since: its claim stays.
    try {
      if (now?.pid === serving.pid && now.graphFile === serving.graphFile) rmSync(path, { force: true });
    } catch {
      // Not ours to remove any longer (the folder changed hands or rights): a claim left is told stale by its process.
    }
  };
  process.once("exit", release);
  return release;
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
    `\`panelgraph serve\` (process ${serving.pid}, as ${shown(servingPath(graphFile))} says) shows it in the viewer, ` +
      `built from ${shown(serving.corpus)}, and rewrites it on every change there; give ${corpus} a file of its own ` +
      `(--out ${shown(ownGraphFile(graphFile, dataDir))}), or stop that server first (if none runs, delete ` +
      `${shown(servingPath(graphFile))})`,
    true,
  );
}
