// What a command sees of the world: where to print, the working folder and the environment. `run()` takes it as an
// argument, so the whole CLI runs in-process (tests call it directly) as well as from the `panelgraph` binary.
import { isAbsolute, relative, resolve } from "node:path";

/** Where printed text goes: process.stdout and process.stderr, or a collector in tests. */
export interface Output {
  write(text: string): unknown;
  /** A terminal (progress is shown only there). */
  isTTY?: boolean;
}

export interface RunOptions {
  stdout: Output;
  stderr: Output;
  /** The folder relative paths on the command line are resolved against. */
  cwd: string;
  /** The environment a command sees, in place of process.env (no command reads a variable yet). */
  env: Record<string, string | undefined>;
  /** Standard input, for `add-source -`; by default the process's own (file descriptor 0). */
  stdin?: () => Buffer;
}

export interface CommandContext extends RunOptions {
  /** Prints a line on stdout. */
  out(line: string): void;
  /** Prints a line on stderr. */
  err(line: string): void;
  /** A path from the command line, for the file system: resolved against `cwd` when that is not the process's. */
  path(given: string): string;
  /** A path as the user should read it: relative to `cwd` when inside it. */
  shown(path: string): string;
}

export function commandContext(options: RunOptions): CommandContext {
  const { stdout, stderr, cwd } = options;
  return {
    ...options,
    out: (line) => void stdout.write(`${line}\n`),
    err: (line) => void stderr.write(`${line}\n`),
    // Relative paths stay relative when they mean the same thing, so messages show them as the user typed them.
    path: (given) => (isAbsolute(given) || resolve(cwd) === process.cwd() ? given : resolve(cwd, given)),
    shown: (path) => relative(cwd, resolve(cwd, path)) || path,
  };
}
