// networkx and python-igraph, run on the files bench/pipeline.ts wrote from our graph. Each task is its own Python
// process (bench/peers/peer.py), so its peak RSS is its own. A peer that cannot be found is reported loudly and
// skipped; ours still runs.
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type PeerName = "networkx" | "igraph";

export interface Peer {
  name: PeerName;
  python: string;
  version: string;
}

const SCRIPT = fileURLToPath(new URL("./peers/peer.py", import.meta.url));

/**
 * Interpreters tried, in order: the machine's `python3` (networkx 3.x), then Debian's (python3-igraph).
 * PANELGRAPH_BENCH_PYTHONS (comma-separated) replaces the list.
 */
export const PYTHONS = process.env.PANELGRAPH_BENCH_PYTHONS?.split(",").filter(Boolean) ?? [
  "python3",
  "/usr/bin/python3",
];

function which(command: string): string | undefined {
  if (command.includes("/")) return command;
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The first interpreter that imports the module (networkx must be 3.x, whose GEXF writer and Louvain we compare). */
export function findPeer(name: PeerName, pythons = PYTHONS): Peer | undefined {
  const seen = new Set<string>();
  for (const candidate of pythons) {
    const path = which(candidate);
    if (!path) continue;
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const result = spawnSync(path, [SCRIPT, "version", name], { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) continue;
    const version = (JSON.parse(result.stdout) as { version: string }).version;
    if (name === "networkx" && Number(version.split(".")[0]) < 3) continue;
    return { name, python: path, version };
  }
  return undefined;
}

export interface PeerResult {
  seconds: number;
  peakRssMb: number;
  version: string;
  communities?: number;
  iterations?: number;
}

/** Runs one task; throws with the peer's stderr when it fails. */
export function runPeer(peer: Peer, task: string, args: string[]): PeerResult {
  const result = spawnSync(peer.python, [SCRIPT, task, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${peer.name} ${task} failed (exit ${result.status}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    );
  }
  const last = result.stdout.trim().split("\n").at(-1)!;
  return JSON.parse(last) as PeerResult;
}

const OWN_LOUVAIN = fileURLToPath(new URL("./peers/louvain.ts", import.meta.url));

/** Our Louvain in a process of its own, timed as the peers' calls are (bench/peers/louvain.ts). */
export function runOwnLouvain(edgesPath: string, partitionOut: string): PeerResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", OWN_LOUVAIN, edgesPath, partitionOut], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `our Louvain failed (exit ${result.status}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    );
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as PeerResult;
}
