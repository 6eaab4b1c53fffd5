// Runs the CLI as a user does: `node src/cli/panelgraph.mjs …` from the repository root.
import { spawnSync } from "node:child_process";
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
