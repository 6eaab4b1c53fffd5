// The near-duplicate check shingles every source on every validate and build (a 100-page text takes 150–230 ms).
// A text's runs are kept between runs in a cache folder, one file per text named by the SHA-256 of the text, so a text
// that changes is shingled afresh (its new hash names another file) and the file of its old text goes at the next run.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve, isAbsolute } from "node:path";
import { makeFolders, writeFileAtomic } from "../io/atomic.js";
import { isFolder } from "./files.js";
import { shingledFrom, shingleRuns, SHINGLE_VERSION, type Shingled, type Shingler } from "./near-duplicates.js";

const EXTENSION = ".runs";

/**
 * Shingles kept in `<cacheDir>/near-duplicates/<version>/<corpus>/`, where `<corpus>` stands for the corpus folder's
 * path: each corpus drops only its own stale files. Used only when `cacheDir` is a folder already (a command makes no
 * cache folder where there was none) and is not inside the corpus, which panelgraph only reads (and `serve` watches).
 * A cache that cannot be read or written is passed over: the shingles are computed, as without one.
 */
export class ShingleCache implements Shingler {
  readonly folder: string | undefined;
  private readonly used = new Set<string>();

  constructor(cacheDir: string, corpusDir: string) {
    const corpus = resolve(corpusDir);
    const inside = relative(corpus, resolve(cacheDir));
    const inCorpus = inside === "" || (!inside.startsWith("..") && !isAbsolute(inside));
    const name = createHash("sha256").update(corpus).digest("hex").slice(0, 16);
    this.folder =
      inCorpus || !isFolder(cacheDir) ? undefined : join(resolve(cacheDir), "near-duplicates", SHINGLE_VERSION, name);
  }

  shingle(id: string, text: string): Shingled {
    if (this.folder === undefined) return shingledFrom(id, shingleRuns(text));
    const key = createHash("sha256").update(text).digest("hex");
    this.used.add(key);
    const path = join(this.folder, key + EXTENSION);
    const kept = this.read(path);
    if (kept) return shingledFrom(id, kept);
    const runs = shingleRuns(text);
    try {
      makeFolders(this.folder);
      writeFileAtomic(path, new Uint8Array(runs.buffer, runs.byteOffset, runs.byteLength));
    } catch {
      // A cache that cannot be written costs time, never a result.
    }
    return shingledFrom(id, runs);
  }

  /** Drops the files of texts no source has now (a text that changed, a source removed). */
  done(): void {
    if (this.folder === undefined) return;
    try {
      for (const name of readdirSync(this.folder))
        if (name.endsWith(EXTENSION) && !this.used.has(name.slice(0, -EXTENSION.length)))
          rmSync(join(this.folder, name), { force: true });
    } catch {
      // Nothing kept yet, or not readable: nothing to drop.
    }
  }

  /** The runs a file holds, ascending as shingleRuns gives them; undefined when it is missing or not such a file. */
  private read(path: string): Uint32Array | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (bytes.length % 4 !== 0) return undefined;
    // Copied out of the Buffer, whose offset in its pool need not be a multiple of 4.
    const runs = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    for (let i = 1; i < runs.length; i++) if (runs[i - 1]! >= runs[i]!) return undefined;
    return runs;
  }
}
