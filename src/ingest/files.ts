// The file system side of reading a corpus: what a path in it is, before anything is opened. A corpus folder is the
// user's, so it may hold what a file name promises but is not a file: a folder, a link to nothing or to itself, a
// named pipe or a device (reading those never ends), a socket. Each is a problem with the file's name, never an
// exception, and only regular files are opened.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  readlinkSync,
  statSync,
} from "node:fs";
import type { Stats } from "node:fs";
import { extname } from "node:path";
import type { Problem } from "../model/problem.js";

/** Opening a named pipe for reading waits for a writer; without blocking it returns at once (and fstat then says). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const READ_CHUNK = 1024 * 1024;

function problem(file: string, message: string, hint: string, value?: unknown): Problem {
  return { severity: "error", file, field: "", message, hint, ...(value === undefined ? {} : { value }) };
}

/** What a path that is not a regular file is, for a message: "a folder", "a named pipe (FIFO)", … */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function notAFile(path: string, shownAs: string, stats: Stats): Problem {
  const kind = kindOf(stats);
  const link = linkTarget(path);
  const what = link === undefined ? kind : `a link to ${kind}`;
  const ending = extname(shownAs);
  const hint = stats.isDirectory()
    ? `move what it holds out and remove or rename the folder${ending ? `: a name ending in ${ending} is read as a file` : ""}`
    : "panelgraph reads only regular files: put a file that holds the content in its place";
  return problem(shownAs, `${what} where a file belongs`, hint, link);
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** A file-system error on `path` as a problem: what it means for the user, not the system call. */
export function fileErrorProblem(error: unknown, path: string, shownAs: string): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const link = linkTarget(path);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return link === undefined
        ? problem(shownAs, "file not found (it went away while the corpus was read)", "run the command again")
        : problem(
            shownAs,
            "broken link: what it points at does not exist",
            "point the link at an existing file, or delete it",
            link,
          );
    case "ELOOP":
      return problem(
        shownAs,
        "link loop: the link leads back to itself",
        "point the link at a file, not at itself or at a link back to it",
        link,
      );
    case "EISDIR":
      return problem(
        shownAs,
        "a folder where a file belongs",
        "move what it holds out and remove or rename the folder",
      );
    case "EACCES":
    case "EPERM":
      return problem(
        shownAs,
        "cannot be read: permission denied",
        `give yourself read permission: chmod u+r ${shownAs}`,
      );
    default:
      return problem(
        shownAs,
        `cannot be read (${code ?? "error"}: ${(error as Error).message})`,
        "check the file and the disk it is on",
      );
  }
}

export type FileRead = { bytes: Buffer } | { problem: Problem } | { tooLarge: number };

/**
 * Reads a regular file of at most `maxBytes`, following links. Anything else (a folder, a broken or looping link, a
 * named pipe, a device, a socket, a file it may not read) comes back as a problem without being read; a file over the
 * limit as its size, without being read either.
 */
export function readRegularFile(path: string, shownAs: string, maxBytes: number): FileRead {
  let fd: number | undefined;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { problem: notAFile(path, shownAs, stats) };
    if (stats.size > maxBytes) return { tooLarge: stats.size };
    // Checked again on what was opened: the path may have been replaced since.
    fd = openSync(path, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { problem: notAFile(path, shownAs, opened) };
    // Read to the end, but never past the limit: the file may have grown since it was measured.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLarge: total };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: fileErrorProblem(error, path, shownAs) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The names in a folder of the corpus that end in `extension` (hidden ones left out), sorted; none when the folder
 * does not exist. A file where the folder belongs, or a folder that cannot be listed, is a problem.
 */
export function listCorpusFolder(dir: string, shownAs: string, extension: string, problems: Problem[]): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) {
      problems.push(
        problem(
          shownAs,
          `a file where the folder ${shownAs}/ belongs`,
          `rename or remove the file and make ${shownAs}/ a folder; docs/annotation-format.md describes the layout`,
        ),
      );
      return [];
    }
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && linkTarget(dir) === undefined) return [];
    problems.push(fileErrorProblem(error, dir, shownAs));
    return [];
  }
  return names.filter((name) => name.endsWith(extension) && !name.startsWith(".")).sort();
}

/** Why `path` is not a regular file that can be read (following links), or undefined when it is one. */
export function notRegularFile(path: string, shownAs: string): Problem | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? undefined : notAFile(path, shownAs, stats);
  } catch (error) {
    return fileErrorProblem(error, path, shownAs);
  }
}

/** Whether `path` is a folder, following a link; nothing there, a broken link or a path under a file is not. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` is a regular file, following a link; nothing there, a broken link or a path under a file is not. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether anything, even a broken link, is at `path`. */
export function somethingAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
