// Where panelgraph may write, checked before anything is written: a regular file (replaced whole) or a path where
// nothing is yet. A device, a FIFO, a socket, a folder where a file belongs (or a file where a folder belongs), and
// anything inside the corpus folder (which the commands read; only add-source and suggest write there, each into its
// own place) are refused with an OutputError. A link is judged by what it leads to.
import { realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

export interface OutputRules {
  /** A file (default) or a folder of files (the csv and neo4j exports). */
  expect?: "file" | "folder";
  /** Who writes, for the messages: "--format csv", "suggest" … (default: "panelgraph"). */
  writer?: string;
  /** The option that chooses the path, named in the hints (default: "--out"). */
  option?: string;
  /** The corpus folder: nothing inside it may be written, except inside `corpus.writable` (a folder of it) if given. */
  corpus?: { dir: string; writable?: string };
}

/** Throws an OutputError (refused: nothing written) when `path` is not a place where this output may be written. */
export function assertWritableOutput(path: string, rules: OutputRules = {}): void {
  const option = rules.option ?? "--out";
  const writer = rules.writer ?? "panelgraph";
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw refusedBy(path, error, option);
  }
  if (stat) {
    const what = kindOf(stat);
    if (rules.expect === "folder" && !stat.isDirectory()) {
      throw new OutputError(
        path,
        "ENOTDIR",
        `it is ${what}, and ${writer} writes a folder of files; give ${option} a folder`,
        true,
      );
    }
    if (rules.expect !== "folder" && stat.isDirectory()) {
      throw new OutputError(path, "EISDIR", `it is a folder; give a file name with ${option}`, true);
    }
    if (rules.expect !== "folder" && !stat.isFile()) {
      throw new OutputError(path, "ENOTREG", `it is ${what}, not a file; give ${option} the path of a file`, true);
    }
  }
  if (rules.corpus) assertOutsideCorpus(path, rules.corpus, writer, option);
}

function assertOutsideCorpus(path: string, corpus: NonNullable<OutputRules["corpus"]>, writer: string, option: string) {
  const folder = realPath(corpus.dir);
  const target = realPath(path);
  if (!within(folder, target)) return;
  if (corpus.writable !== undefined && within(join(folder, corpus.writable), target)) return;
  const where = corpus.writable
    ? `where ${writer} writes only into ${corpus.writable}/; give ${option} a path in ${corpus.writable}/ or outside the corpus`
    : `which panelgraph only reads; give ${option} a path outside it`;
  throw new OutputError(path, "EINCORPUS", `it is inside the corpus folder ${corpus.dir}, ${where}`, true);
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFile()) return "a file";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/** `path` with every link on the way resolved: its nearest existing folder's real path, then the rest as written. */
export function realPath(path: string): string {
  const rest: string[] = [];
  for (let at = resolve(path); ;) {
    try {
      return join(realpathSync(at), ...rest);
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(path);
      rest.unshift(basename(at));
      at = up;
    }
  }
}

/** Whether `path` is `folder` or inside it (both as given: resolve links first with realPath). */
export function within(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === "" || !(inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside));
}

/** Turns a file-system failure on an output path into an OutputError with a hint; other errors pass through. */
export function outputError(path: string, error: unknown, advice = "choose another --out"): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const hints: Record<string, string> = {
    EACCES: `no permission to write there; ${advice}`,
    EPERM: `no permission to write there; ${advice}`,
    EROFS: `the file system is read-only; ${advice}`,
    ENOTDIR: "a part of the path is a file, not a folder",
    // mkdir of a folder on the way finds a file there.
    EEXIST: "a part of the path is a file, not a folder",
    EISDIR: "that path is a folder; give a file name",
    ENOSPC: "the disk is full; free some space and run it again",
    EDQUOT: "the disk quota is used up; free some space and run it again",
    EFBIG: "the file is larger than the file system allows",
    EIO: "the disk reported an input/output error",
    ENAMETOOLONG: "the path is too long",
    ELOOP: "a link on the path leads round in a loop",
    // mkdir of a folder on the way where no folder can be made (a system folder such as /proc).
    ENOENT: `a folder on the way cannot be made there; ${advice}`,
  };
  const hint = code ? hints[code] : undefined;
  if (!hint) return error;
  return new OutputError(path, code!, hint);
}

/** `outputError` for a check that could not even look at the path: the output is refused, nothing written. */
function refusedBy(path: string, error: unknown, option: string): unknown {
  const failure = outputError(path, error, `choose another ${option}`);
  return failure instanceof OutputError ? new OutputError(path, failure.code, failure.hint, true) : failure;
}

/**
 * An output that cannot be written (no permission, not a folder …): printed with the path and a hint, exit code 1.
 * `refused` when panelgraph declined before writing anything (the hint says why; no system error code is shown).
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(
    readonly path: string,
    readonly code: string,
    readonly hint: string,
    readonly refused = false,
  ) {
    super(`cannot write ${path}: ${hint}${refused ? "" : ` (${code})`}`);
  }
}
