// Output files are written to a temporary file beside the target and renamed into place, so a failure half-way
// (or a second build at the same time) never leaves a truncated file where the previous one was.
import { createWriteStream, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** Characters gathered before a write (~1 MB of mostly ASCII). */
const BLOCK_SIZE = 1 << 20;

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
}

/** Writes `content` to a temporary file beside `path`, then puts it in place with `place`; the temporary file goes. */
function writeThrough(path: string, content: string | Uint8Array, place: (temporary: string) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, content);
    place(temporary);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Replaces `path` (or creates it) in one step: a reader sees the old file or the new one, never a part. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeThrough(path, content, (temporary) => renameSync(temporary, path));
}

/** Writes a file that must not exist yet: a temporary file, then a hard link into place (fails if the target exists). */
export function writeNewFileAtomic(path: string, content: string | Uint8Array): void {
  writeThrough(path, content, (temporary) => linkSync(temporary, path));
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
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
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
  }
}

/** Turns a file-system failure on an output path into an OutputError with a hint; other errors pass through. */
export function outputError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const hints: Record<string, string> = {
    EACCES: "no permission to write there; choose another --out",
    EPERM: "no permission to write there; choose another --out",
    EROFS: "the file system is read-only; choose another --out",
    ENOTDIR: "a part of the path is a file, not a folder",
    // mkdir of a folder on the way finds a file there.
    EEXIST: "a part of the path is a file, not a folder",
    EISDIR: "that path is a folder; give a file name",
    ENOSPC: "the disk is full",
  };
  const hint = code ? hints[code] : undefined;
  if (!hint) return error;
  return new OutputError(path, code!, hint);
}

/** An output that cannot be written (no permission, not a folder …): printed with the path and a hint, exit code 1. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(
    readonly path: string,
    readonly code: string,
    readonly hint: string,
  ) {
    super(`cannot write ${path}: ${hint} (${code})`);
  }
}
