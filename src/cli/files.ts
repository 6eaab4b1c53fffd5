// Output files are written to a temporary file beside the target and renamed into place, so a failure half-way
// (or a second build at the same time) never leaves a truncated file where the previous one was.
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "./errors.js";

let counter = 0;

/** Characters gathered before a write (~1 MB of mostly ASCII). */
const BLOCK_SIZE = 1 << 20;

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
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
  // Small chunks (one per node or edge) are gathered into blocks: one write per chunk costs more than the export.
  let block = "";
  const flush = async () => {
    const data = block;
    block = "";
    if (!stream.write(data)) await Promise.race([new Promise((resolve) => stream.once("drain", resolve)), failed]);
  };
  try {
    let count = 0;
    for (const chunk of chunks) {
      block += chunk;
      if (block.length >= BLOCK_SIZE) await flush();
      onChunk?.(++count);
    }
    if (block) await flush();
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
