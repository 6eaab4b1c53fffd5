// A script's main() (scripts/train-*.ts) run in the test's own process, its output kept: what spawning
// `node --import tsx scripts/…` gives, without a second node loading tsx and the suggester (~2 s of CPU a run). A test
// of the script as a process spawns it (its usage error, which loads the modules the way `npm run` does).
import type { ScriptOutput } from "../../scripts/folders.js";

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runScript(main: (argv: string[], io: ScriptOutput) => number, argv: string[]): ScriptRun {
  let stdout = "";
  let stderr = "";
  const status = main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}
