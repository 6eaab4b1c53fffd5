// Runs the CLI as a user does: `node src/cli/panelgraph.mjs …` from the repository root.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.js";

export const PANELGRAPH = join(ROOT, "src/cli/panelgraph.mjs");

export function panelgraph(...args: string[]) {
  const result = spawnSync(process.execPath, [PANELGRAPH, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A line of a JavaScript stack trace: bad input must never print one. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

export type CliRun = ReturnType<typeof panelgraph>;

/**
 * `panelgraph(...args)` in the background, so independent calls can run side by side; `cwd` defaults to the
 * repository root, `node` options go before the script (e.g. `--import` of a simulated fault).
 */
export function panelgraphAsync(args: string[], options: { cwd?: string; node?: string[] } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.node ?? []), PANELGRAPH, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
