// Output files are written to a temporary file beside the target and renamed into place, so a failure half-way
// (or a second build at the same time) never leaves a truncated file where the previous one was. Only a regular file
// is replaced (src/io/output.ts), and the temporary files a killed process left beside the target go on the next write.
import {
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { assertWritableOutput, OutputError, outputError } from "./output.js";

export { OutputError, outputError } from "./output.js";

let counter = 0;

/** When this process started: a temporary file named with an earlier time and a pid that has ended is a leftover. */
const STARTED = Math.floor(performance.timeOrigin);

/** Characters gathered before a write (~1 MB of mostly ASCII). */
const BLOCK_SIZE = 1 << 20;

function temporaryPath(path: string, ending = "tmp"): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.${ending}`);
}

/** A file a change to several (writeFilesTogether) moved aside: `.<name>.<pid>.<time>.<n>.aside`. */
const SET_ASIDE = /^\.(.+)\.(\d+)\.(\d+)\.(\d+)\.aside$/;

/**
 * What undoes the writes this process has under way: removing the temporary files and folders it is writing, or
 * putting back the files a change to several (writeFilesTogether) has replaced. Ctrl-C (SIGINT) or SIGTERM runs them
 * before the process ends as the signal ends it (exit code 130 or 143), so a stopped export leaves no large hidden
 * file behind and a stopped edit leaves the files as they were. The handler stays once a write has begun: a signal
 * that came during a synchronous write is handled when the write returns, and must still end the process then.
 */
const inProgress = new Set<() => void>();
const STOPPING_SIGNALS = ["SIGINT", "SIGTERM"] as const;
let handling = false;

function stopWriting(signal: NodeJS.Signals): void {
  for (const undo of inProgress) {
    try {
      undo();
    } catch {
      // Ending anyway: the next write to that output removes what is left (removeStaleTemporaries).
    }
  }
  inProgress.clear();
  for (const s of STOPPING_SIGNALS) process.removeListener(s, stopWriting);
  handling = false;
  // Ended as the signal ends a process, unless a command handles it itself (serve stops its own way).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Runs `undo` on SIGINT/SIGTERM, before the process ends, until the function returned is called. */
function undoneIfStopped(undo: () => void): () => void {
  if (!handling) for (const s of STOPPING_SIGNALS) process.on(s, stopWriting);
  handling = true;
  inProgress.add(undo);
  return () => void inProgress.delete(undo);
}

/** Marks `path` as being written (removed on SIGINT/SIGTERM) until the function returned is called. */
function writing(path: string): () => void {
  return undoneIfStopped(() => rmSync(path, { recursive: true, force: true }));
}

/** Whether process `pid` exists (EPERM: it does, and belongs to another user). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files of `path` (named as temporaryPath names them) that a process killed mid-write left: from
 * before this process started, by a pid that no longer runs. A file of a write still going on is never one of them.
 */
export function removeStaleTemporaries(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const parts = /^(\d+)\.(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!parts) continue;
    const [pid, time] = [Number(parts[1]), Number(parts[2])];
    if (pid === process.pid || time >= STARTED || running(pid)) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) rmSync(join(dir, name));
    } catch {
      // Gone already (another build cleaned it) or not ours to remove: the write goes on either way.
    }
  }
}

/**
 * Makes `dir` and the folders on the way to it that are missing, one at a time, throwing the first failure. Node's own
 * recursive mkdir never returns where a folder cannot be made for want of its parent (inside /proc it retries for ever).
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(folder).isDirectory()) throw error;
    }
  }
}

/** Checks that `path` may be replaced, makes its folder and clears stale temporary files; returns a temporary path. */
function prepare(path: string): string {
  assertWritableOutput(path);
  makeFolders(dirname(path));
  removeStaleTemporaries(path);
  return temporaryPath(path);
}

/** Writes `content` to a temporary file beside `path`, then puts it in place with `place`; the temporary file goes. */
function writeThrough(path: string, content: string | Uint8Array, place: (temporary: string) => void): void {
  const temporary = prepare(path);
  const done = writing(temporary);
  try {
    // "wx": the temporary file is new, never something already at that name.
    writeFileSync(temporary, content, { flag: "wx" });
    place(temporary);
  } finally {
    rmSync(temporary, { force: true });
    done();
  }
}

/** Replaces `path` (or creates it) in one step: a reader sees the old file or the new one, never a part. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeThrough(path, content, (temporary) => renameSync(temporary, path));
}

/** Writes a file that must not exist yet: a temporary file, then a hard link into place (fails if the target exists). */
export function writeNewFileAtomic(path: string, content: string | Uint8Array): void {
  writeThrough(path, content, (temporary) => {
    try {
      linkSync(temporary, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      throw new OutputError(path, "EEXIST", "it was made meanwhile (by another command?), and is left as it is");
    }
  });
}

/** The first of `<path>.bak`, `<path>.1.bak`, `<path>.2.bak` … that does not exist. */
export function backupName(path: string): string {
  for (let n = 0; ; n++) {
    const candidate = `${path}${n === 0 ? "" : `.${n}`}.bak`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes `path` and returns where the file that was there is kept (backupName), or undefined when there was none (the
 * new file is put in place as writeNewFileAtomic does). Only a regular file is ever kept. The backup is taken at the
 * moment of writing: a hard link to the file in place (so an edit saved into it until the new file replaces it is in
 * the backup too), or a copy where links cannot be made. If the write fails, the backup goes again: the old file is
 * still in place. Failures are OutputErrors where a hint is known.
 */
export function writeFileKeepingBackup(path: string, content: string | Uint8Array): string | undefined {
  assertWritableOutput(path);
  if (!existsSync(path)) {
    try {
      writeNewFileAtomic(path, content);
      return undefined;
    } catch (error) {
      // Made meanwhile: kept as the backup below, like a file that was there from the start.
      if (!(error instanceof OutputError && error.code === "EEXIST")) throw outputError(path, error);
    }
  }
  let backup = backupName(path);
  try {
    for (;;) {
      try {
        linkSync(path, backup);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A backup of that name made meanwhile: the next name.
        if (code === "EEXIST") backup = backupName(path);
        else if (code === "ENOENT") throw error;
        else {
          // No hard links on this file system (or not to this file): a copy.
          copyFileSync(path, backup);
          break;
        }
      }
    }
  } catch (error) {
    throw outputError(backup, error);
  }
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    rmSync(backup, { force: true });
    throw outputError(path, error);
  }
  return backup;
}

/**
 * Streams chunks into a temporary file (waiting when the disk is slower than the producer, so memory stays flat) and
 * renames it into place. If the producer throws or the disk fails, the temporary file is removed and whatever was at
 * `path` before is untouched. Returns the bytes written.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string>,
  onChunk?: (count: number) => void,
): Promise<number> {
  const temporary = prepare(path);
  const done = writing(temporary);
  const stream = createWriteStream(temporary, { flags: "wx" });
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  // Small chunks (one per node or edge) are encoded straight into ~1 MB blocks: one write per chunk costs more than
  // the export, and gathering them in a string first makes a rope that must be flattened before it is encoded.
  let block = Buffer.allocUnsafe(BLOCK_SIZE);
  let used = 0;
  const send = async (data: Buffer) => {
    if (!stream.write(data))
      await Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), failed]);
  };
  const flush = async () => {
    if (used === 0) return;
    const data = block.subarray(0, used);
    block = Buffer.allocUnsafe(BLOCK_SIZE);
    used = 0;
    await send(data);
  };
  try {
    let count = 0;
    // A surrogate pair split between two chunks is joined again before it is encoded.
    let carried = "";
    for (let chunk of chunks) {
      if (carried) [chunk, carried] = [carried + chunk, ""];
      const last = chunk.charCodeAt(chunk.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) [chunk, carried] = [chunk.slice(0, -1), chunk.slice(-1)];
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (used + chunk.length * 3 > BLOCK_SIZE) {
        await flush();
        if (chunk.length * 3 > BLOCK_SIZE) await send(Buffer.from(chunk, "utf8"));
      }
      if (chunk.length * 3 <= BLOCK_SIZE) used += block.write(chunk, used, "utf8");
      onChunk?.(++count);
    }
    await flush();
    if (carried) await send(Buffer.from(carried, "utf8"));
    await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
    renameSync(temporary, path);
    return statSync(path).size;
  } catch (error) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    done();
  }
}

/** A folder beside `target` that `replaceFolder` writes (`new`) or moves the previous one to (`old`). */
function folderTemporary(target: string, role: "new" | "old"): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.${counter++}.${role}`);
}

/**
 * Clears what a replaceFolder killed half-way left beside `target` (by a pid that no longer runs, from before this
 * process started): a folder being written goes; a previous folder moved aside comes back when nothing is at `target`
 * (the kill came between the two renames), else goes. Returns a line for each, for the user.
 */
function clearFolderLeftovers(target: string): string[] {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const notes: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue;
    const parts = /^(\d+)\.(\d+)\.\d+\.(new|old)$/.exec(name.slice(prefix.length));
    if (!parts) continue;
    const [pid, time] = [Number(parts[1]), Number(parts[2])];
    if (pid === process.pid || time >= STARTED || running(pid)) continue;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isDirectory()) continue;
      if (parts[3] === "old" && !existsSync(target)) {
        renameSync(path, target);
        notes.push(`put back ${target}, which a stopped export (pid ${pid}) had moved aside`);
      } else {
        rmSync(path, { recursive: true, force: true });
        notes.push(`removed ${path}, left by a stopped export (pid ${pid})`);
      }
    } catch {
      // Gone already (another export cleaned it): the write goes on either way.
    }
  }
  return notes;
}

/**
 * Replaces the folder `target` whole: `fill` writes the new folder's files into a folder beside it, then the previous
 * folder is moved aside, the new one moved in, and the previous one removed. A reader (or a kill at any moment) finds
 * the previous folder whole or the new one whole, never a mix. Files of the previous folder that `fill` did not write
 * (`written` names those it did) are carried over as they were (linked, or copied where links cannot be made).
 * `onLeftovers` hears of the leftovers of a replacement that was killed, cleared first.
 */
export async function replaceFolder<T>(
  target: string,
  fill: (staging: string) => Promise<T>,
  written: (name: string) => boolean,
  onLeftovers?: (notes: string[]) => void,
): Promise<T> {
  makeFolders(dirname(target));
  const notes = clearFolderLeftovers(target);
  if (notes.length) onLeftovers?.(notes);
  const staging = folderTemporary(target, "new");
  const done = writing(staging);
  try {
    mkdirSync(staging);
    const result = await fill(staging);
    const previous = lstatSync(target, { throwIfNoEntry: false });
    if (previous?.isDirectory()) {
      for (const entry of readdirSync(target, { withFileTypes: true })) {
        // The export's own files, and temporary files of writes into the old folder, are not carried over.
        if (written(entry.name) || /^\..+\.tmp$/.test(entry.name)) continue;
        const [from, to] = [join(target, entry.name), join(staging, entry.name)];
        if (entry.isFile()) {
          try {
            linkSync(from, to);
          } catch {
            copyFileSync(from, to);
          }
        } else cpSync(from, to, { recursive: true, verbatimSymlinks: true });
      }
      const aside = folderTemporary(target, "old");
      renameSync(target, aside);
      renameSync(staging, target);
      rmSync(aside, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
    return result;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    done();
  }
}

/** Whether the file at `path` holds `text` now. */
function holds(path: string, text: string): boolean {
  try {
    return readFileSync(path, "utf8") === text;
  } catch {
    return false;
  }
}

const WRITE_ADVICE = "check that you may write to the corpus folder";

/** One file of a change to several: its new content, or null to delete it. */
export interface FileWrite {
  path: string;
  content: string | Uint8Array | null;
  /** The text the file held when the change was planned: if it holds another now, nothing is written (ECHANGED). */
  expected?: string | undefined;
}

/** One turn of the event loop, twice: a signal that came during synchronous work has had its handler run. */
async function signalsHandled(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes and deletes several files as one change: every new content goes to a temporary file beside its target first,
 * then each target is moved aside and the new file moved in. If any step fails, what was moved is put back, so the
 * files are all changed or all as they were. Ctrl-C (SIGINT) or SIGTERM before the change is kept puts them back too,
 * and removes the temporary files, before the process ends as the signal ends it. Failures are OutputErrors.
 */
export async function writeFilesTogether(writes: FileWrite[]): Promise<void> {
  putBackSetAside([...new Set(writes.map(({ path }) => dirname(path)))]);
  const staged: { path: string; expected?: string | undefined; temporary?: string; aside?: string }[] = [];
  const done: typeof staged = [];
  // What was moved goes back (the new files out, the previous ones in), and the temporary files go.
  const putBack = () => {
    for (const step of done.splice(0).reverse()) {
      if (step.temporary && !existsSync(step.temporary)) rmSync(step.path, { force: true });
      if (step.aside) renameSync(step.aside, step.path);
    }
    for (const { temporary } of staged) if (temporary) rmSync(temporary, { force: true });
  };
  const finished = undoneIfStopped(putBack);
  try {
    let current = "";
    try {
      for (const { path, content, expected } of writes) {
        current = path;
        if (content === null) {
          staged.push({ path, expected });
          continue;
        }
        const temporary = prepare(path);
        staged.push({ path, expected, temporary });
        writeFileSync(temporary, content, { flag: "wx" });
      }
    } catch (error) {
      putBack();
      throw outputError(current, error, WRITE_ADVICE);
    }
    try {
      for (const step of staged) {
        current = step.path;
        if (step.expected !== undefined && !holds(step.path, step.expected))
          throw new OutputError(
            step.path,
            "ECHANGED",
            "it changed since it was read (saved elsewhere?); nothing was written",
          );
        if (existsSync(step.path)) {
          // Not a ".tmp": a process killed (SIGKILL, a crash) before the change was kept leaves this, the file as it
          // was, which removeStaleTemporaries must never remove; putBackSetAside puts it back.
          step.aside = temporaryPath(step.path, "aside");
          renameSync(step.path, step.aside);
        }
        done.push(step);
        if (step.temporary) renameSync(step.temporary, step.path);
      }
    } catch (error) {
      putBack();
      throw outputError(current, error, WRITE_ADVICE);
    }
    // The steps above are synchronous: a signal that came meanwhile is handled here, while the files moved aside can
    // still come back (putBack), not after the change is kept.
    await signalsHandled();
    done.length = 0;
    for (const { aside } of staged) if (aside) rmSync(aside, { force: true });
  } finally {
    finished();
  }
}

/**
 * Puts back, in each of `dirs`, the files a change to several (writeFilesTogether) had moved aside when its process
 * ended before the change was kept (killed with SIGKILL, a crash, the machine stopped): each moved-aside file goes back
 * over what is at its name now, so that change is undone whole, as if it had not run. Files of a process still running
 * are left alone (its change is under way). Returns the paths put back, in the order put back.
 */
export function putBackSetAside(dirs: string[]): string[] {
  const found: { aside: string; path: string; time: number; n: number }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const parts = SET_ASIDE.exec(name);
      if (!parts) continue;
      const [pid, time, n] = [Number(parts[2]), Number(parts[3]), Number(parts[4])];
      if (pid === process.pid || running(pid)) continue;
      found.push({ aside: join(dir, name), path: join(dir, parts[1] as string), time, n });
    }
  }
  // Newest first: where two stopped changes set aside one file, the older one's copy, put back last, is what was there.
  found.sort((a, b) => b.time - a.time || b.n - a.n || (a.path < b.path ? -1 : 1));
  const putBack: string[] = [];
  for (const { aside, path } of found) {
    try {
      renameSync(aside, path);
      putBack.push(path);
    } catch {
      // Put back by another process meanwhile, or not ours to move: the file stays where it is, nothing is lost.
    }
  }
  return putBack;
}
