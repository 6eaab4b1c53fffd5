// Atomic writes (src/io/atomic.ts): a failed or interrupted write never leaves a truncated file where the previous one
// was, nor a temporary file beside it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeChunksAtomic } from "../../src/io/atomic.js";
import { tempDir } from "../helpers/corpus.js";

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
      fc.integer({ min: 1, max: 2_000_000 }).map((n) => "ŷ".repeat(n)),
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
