// What a command sees of the world: where to print, the working folder and the environment. `run()` takes it as an
// argument, so the whole CLI runs in-process (tests call it directly) as well as from the `panelgraph` binary.
import { isAbsolute, relative, resolve, sep } from "node:path";

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
  /** A path as the user should read it: relative to `cwd` when inside it, absolute when not (see `shownPath`). */
  shown(path: string): string;
}

/** Standard output or error could not be written (a full disk, a closed pipe): `run()` ends with the code it gives. */
export class StreamError extends Error {
  override readonly name = "StreamError";
  constructor(
    readonly stream: "standard output" | "standard error",
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(streamFailure(stream, cause).message);
  }
}

/**
 * How a failed write to standard output or error ends the run. A reader that went away (`| head`: EPIPE) has what it
 * wanted, so 0 and nothing said; anything else (ENOSPC: `> /dev/full`, EIO, …) 1, with one line for stderr.
 */
export function streamFailure(
  stream: "standard output" | "standard error",
  error: NodeJS.ErrnoException,
): { code: number; message: string } {
  if (error.code === "EPIPE") return { code: 0, message: "" };
  const reason =
    error.code === "ENOSPC"
      ? "ENOSPC: no space left on the device"
      : error.code && !error.message.startsWith(error.code)
        ? `${error.code}: ${error.message}`
        : error.message;
  return { code: 1, message: `panelgraph: could not write to ${stream} (${reason}); the output is incomplete` };
}

function writer(output: Output, stream: StreamError["stream"]): (line: string) => void {
  return (line) => {
    try {
      output.write(`${line}\n`);
    } catch (error) {
      throw new StreamError(stream, error as NodeJS.ErrnoException);
    }
  };
}

export function commandContext(options: RunOptions): CommandContext {
  const { stdout, stderr, cwd } = options;
  return {
    ...options,
    out: writer(stdout, "standard output"),
    err: writer(stderr, "standard error"),
    // Relative paths stay relative when they mean the same thing, so messages show them as the user typed them.
    path: (given) => (isAbsolute(given) || resolve(cwd) === process.cwd() ? given : resolve(cwd, given)),
    shown: (path) => shownPath(cwd, path),
  };
}

/**
 * A path as the user should read it: relative to `cwd` when inside it (`build/graph.json`), absolute when outside
 * (`/tmp/comm.gexf`, not `../../tmp/comm.gexf`, which the reader would have to work out from where they stand).
 */
export function shownPath(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  const inside = relative(resolve(cwd), absolute);
  if (inside === "") return path;
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? absolute : inside;
}
