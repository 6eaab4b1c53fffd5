// Runs the CLI as a user does. `panelgraph(...)` calls `run()` in this process (as the binary does, with the
// repository root as the working folder): fast, so most CLI tests use it. `spawnPanelgraph(...)` starts the real
// binary, `node src/cli/panelgraph.mjs …`, for what only a process shows: its exit code, signals, `node --import`
// faults, concurrent processes; `startPanelgraph(...)` hands back the running child, to signal it mid-run.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { run } from "../../src/cli/main.js";
import { ROOT } from "./paths.js";

export const PANELGRAPH = join(ROOT, "src/cli/panelgraph.mjs");

/** A line of a JavaScript stack trace: bad input must never print one. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  /** Working folder (default: the repository root). */
  cwd?: string;
  /** Standard input, for `add-source -`. */
  stdin?: string | Buffer;
  /** Whether stderr is a terminal (progress is shown only there). */
  tty?: boolean;
}

/** `panelgraph <args>` in this process, with the repository root as its working folder. */
export function panelgraph(...args: string[]): Promise<CliRun> {
  return panelgraphIn(args);
}

/** `panelgraph <args>` in this process, with a working folder and standard input of the test's choosing. */
export async function panelgraphIn(args: string[], options: InProcessOptions = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const stdin = options.stdin;
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: !!options.tty },
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    ...(stdin === undefined ? {} : { stdin: () => Buffer.from(stdin) }),
  });
  return { code, stdout, stderr };
}

/**
 * The real binary in a child process; `cwd` defaults to the repository root, `node` options go before the script
 * (e.g. `--import` of a simulated fault), `input` is its standard input. With `timeout` (ms), a run that takes longer
 * is killed and its `code` is null: how a test sees a hang without hanging itself.
 */
export function spawnPanelgraph(
  args: string[],
  options: { cwd?: string; node?: string[]; input?: string | Buffer; timeout?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.node ?? []), PANELGRAPH, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      ...(options.timeout === undefined ? {} : { timeout: options.timeout, killSignal: "SIGKILL" as const }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

export interface StartedPanelgraph {
  /** The running binary: send it signals with `child.kill(…)`, write to or end its `child.stdin`. */
  child: ChildProcess;
  /** Settles when it has exited: its exit code (null when a signal ended it), the signal, and what it printed. */
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/**
 * The real binary in a child process that the test drives: unlike `spawnPanelgraph`, its standard input stays open
 * until the test ends it, so a test can signal it while it waits there. `env` is added to the environment.
 */
export function startPanelgraph(
  args: string[],
  options: { cwd?: string; node?: string[]; env?: Record<string, string> } = {},
): StartedPanelgraph {
  const child = spawn(process.execPath, [...(options.node ?? []), PANELGRAPH, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}
