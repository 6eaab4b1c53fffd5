// Atomic writes (src/io/atomic.ts): a failed or interrupted write never leaves a truncated file where the previous one
// was, nor a temporary file beside it; only a regular file is replaced; a killed write's temporary file goes next time.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  makeFolders,
  OutputError,
  removeStaleTemporaries,
  writeChunksAtomic,
  writeFileAtomic,
  writeFileKeepingBackup,
  writeNewFileAtomic,
} from "../../src/io/atomic.js";
import { tempDir } from "../helpers/corpus.js";

describe("makeFolders", () => {
  it("makes the missing folders on the way, and leaves the ones there", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    makeFolders(join(dir, "a", "b", "c"));
    expect(lstatSync(join(dir, "a", "b", "c")).isDirectory()).toBe(true);
    makeFolders(join(dir, "a", "b", "c"));
  });

  it("throws the first failure: a file on the way, or a folder whose parent cannot hold one (not Node's endless retry)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "");
    expect(() => makeFolders(join(dir, "file", "inside"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    expect(() => makeFolders("/proc/panelgraph-test/a")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

describe("atomic streamed writes", () => {
  it("leave the previous file intact, and no temporary file, when the writer fails half-way", async () => {
    const dir = tempDir();
    const path = join(dir, "graph.gexf");
    writeFileSync(path, "previous version");
    function* failing() {
      yield "<gexf>";
      yield "x".repeat(1 << 20);
      throw new Error("exporter failed half-way");
    }
    await expect(writeChunksAtomic(path, failing())).rejects.toThrow("exporter failed half-way");
    expect(readFileSync(path, "utf8")).toBe("previous version");
    expect(readdirSync(dir)).toEqual(["graph.gexf"]);
  });

  it("replace the file only once every chunk is written", async () => {
    const path = join(tempDir(), "out.txt");
    const bytes = await writeChunksAtomic(path, ["a", "b".repeat(100_000), "c"]);
    expect(bytes).toBe(100_002);
    expect(existsSync(path)).toBe(true);
  });

  it("writes exactly the UTF-8 of the chunks joined, whatever their sizes and characters", async () => {
    const dir = tempDir();
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("😀", "\ud83d", "\ude00", "é", "“", "—", "\u2028"),
      // Up to twice the longest chunk a ~1 MB block takes (BLOCK_SIZE / 3 characters, ~350,000): both the chunks
      // encoded into a block and those written on their own.
      fc.integer({ min: 1, max: 700_000 }).map((n) => "ŷ".repeat(n)),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 30 }), async (chunks) => {
        const path = join(dir, `out-${run++}.txt`);
        const bytes = await writeChunksAtomic(path, chunks);
        const expected = Buffer.from(chunks.join(""), "utf8");
        expect(bytes).toBe(expected.length);
        expect(readFileSync(path).equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
    // A surrogate pair split between two chunks is one character, not two replacement characters.
    const path = join(dir, "pair.txt");
    await writeChunksAtomic(path, ["a\ud83d", "\ude00b"]);
    expect(readFileSync(path, "utf8")).toBe("a😀b");
  });
});

describe("atomic writes and what is at the target", () => {
  // Devices are refused by the same check (tests/io/output.test.ts); tests/cli/outputs.test.ts writes to /dev/null.
  it("never replace a FIFO, nor open it: an OutputError, and it stays what it was", async () => {
    const dir = tempDir();
    const pipe = join(dir, "graph.json");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    for (const write of [
      (path: string) => writeFileAtomic(path, "x"),
      (path: string) => writeNewFileAtomic(path, "x"),
      (path: string) => writeChunksAtomic(path, ["x"]),
    ]) {
      await expect(async () => write(pipe)).rejects.toThrow(OutputError);
    }
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});

describe("writeFileKeepingBackup", () => {
  it("keeps the file that was there as .bak, then .1.bak, and makes no backup of a new file", () => {
    const dir = tempDir();
    const path = join(dir, "draft.yaml");
    expect(writeFileKeepingBackup(path, "first")).toBeUndefined();
    expect(writeFileKeepingBackup(path, "second")).toBe(`${path}.bak`);
    expect(writeFileKeepingBackup(path, "third")).toBe(`${path}.1.bak`);
    expect([
      readFileSync(path, "utf8"),
      readFileSync(`${path}.bak`, "utf8"),
      readFileSync(`${path}.1.bak`, "utf8"),
    ]).toEqual(["third", "first", "second"]);
  });

  // A device is refused by the same check; tests/cli/outputs.test.ts tries suggest --force on /dev/full.
  it("never copies a FIFO to a .bak: it refuses it", () => {
    const dir = tempDir();
    const pipe = join(dir, "draft.yaml");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    expect(() => writeFileKeepingBackup(pipe, "x")).toThrow(OutputError);
    expect(readdirSync(dir)).toEqual(["draft.yaml"]);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });
});

describe("temporary files left by a write that was killed", () => {
  /** A pid that no process has any longer: a child that has already exited. */
  const ended = () => spawnSync(process.execPath, ["-e", ""]).pid!;

  it("go on the next write to that output: only its own, from before this process, by a pid that has ended", async () => {
    const living = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    onTestFinished(() => void living.kill());
    const dead = ended();
    // This process's start (what the cleanup compares with): a test worker may have run other files for minutes.
    const started = Math.floor(performance.timeOrigin);
    for (const [write, name] of [
      [(path: string) => writeFileAtomic(path, "new"), "graph.json"],
      [(path: string) => writeNewFileAtomic(path, "new"), "source.txt"],
      [(path: string) => writeChunksAtomic(path, ["new"]), "graph.gexf"],
    ] as const) {
      const dir = tempDir();
      const left = [`.${name}.${dead}.1000.0.tmp`, `.${name}.${dead}.${started - 60_000}.7.tmp`];
      const kept = [
        `.${name}.${living.pid}.1000.0.tmp`, // a write still going on in another process
        `.${name}.${process.pid}.1000.0.tmp`, // this process's own
        `.${name}.${dead}.${started + 60_000}.0.tmp`, // named after this process started
        `.other.json.${dead}.1000.0.tmp`, // another output's
        `.${name}.${dead}.1000.0.tmp.keep`,
        `${name}.${dead}.1000.0.tmp`,
        `.${name}.${dead}.1000.tmp`,
      ];
      for (const file of [...left, ...kept]) writeFileSync(join(dir, file), "part of a graph");
      mkdirSync(join(dir, `.${name}.${dead}.1000.1.tmp`)); // not a file: not ours
      await write(join(dir, name));
      expect(readdirSync(dir).sort()).toEqual([name, `.${name}.${dead}.1000.1.tmp`, ...kept].sort());
      expect(readFileSync(join(dir, name), "utf8")).toBe("new");
    }
  });

  it("are looked for only beside the output being written", () => {
    const dir = tempDir();
    const stale = join(dir, `.graph.json.${ended()}.1000.0.tmp`);
    writeFileSync(stale, "part of a graph");
    removeStaleTemporaries(join(dir, "graph.gexf"));
    expect(existsSync(stale)).toBe(true);
    removeStaleTemporaries(join(dir, "graph.json"));
    expect(existsSync(stale)).toBe(false);
    removeStaleTemporaries(join(dir, "no-such-folder/graph.json"));
  });
});
