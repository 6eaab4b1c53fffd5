// Where an output may be written (src/io/output.ts): a regular file or a new path, never a device, a FIFO, a socket, a
// folder where a file belongs (or the reverse), nor anything inside the corpus folder; a link counts as what it leads to.
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { assertWritableOutput, OutputError, type OutputRules } from "../../src/io/output.js";
import { tempDir } from "../helpers/corpus.js";

/** What assertWritableOutput throws for `path`: undefined when it may be written, else the refusal's code and hint. */
function refusal(path: string, rules?: OutputRules): { code: string; hint: string } | undefined {
  try {
    assertWritableOutput(path, rules);
    return undefined;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    expect(error.refused).toBe(true);
    expect(error.path).toBe(path);
    return { code: error.code, hint: error.hint };
  }
}

function fifo(path: string): string {
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

describe("an output that is not a regular file", () => {
  it("is refused when it is a character device, a FIFO, a socket or a folder; a file or a new path is not", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "graph.json"), "a graph");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "graph.sock"), resolve));
    try {
      expect(refusal(join(dir, "graph.json"))).toBeUndefined();
      expect(refusal(join(dir, "new.json"))).toBeUndefined();
      expect(refusal(join(dir, "new/folders/graph.json"))).toBeUndefined();
      expect(refusal("/dev/null")).toEqual({
        code: "ENOTREG",
        hint: "it is a character device, not a file; give --out the path of a file",
      });
      expect(refusal(fifo(join(dir, "pipe")))?.hint).toMatch(/^it is a FIFO \(named pipe\), not a file/);
      expect(refusal(join(dir, "graph.sock"))?.hint).toMatch(/^it is a socket, not a file/);
      expect(refusal(dir)).toEqual({ code: "EISDIR", hint: "it is a folder; give a file name with --out" });
      expect(refusal(join(dir, "graph.json/inside.json"))).toEqual({
        code: "ENOTDIR",
        hint: "a part of the path is a file, not a folder",
      });
    } finally {
      server.close();
    }
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("judges a link by what it leads to", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "graph.json"), "a graph");
    symlinkSync(join(dir, "graph.json"), join(dir, "to-file"));
    symlinkSync("/dev/null", join(dir, "to-device"));
    symlinkSync(fifo(join(dir, "pipe")), join(dir, "to-fifo"));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expect(refusal(join(dir, "to-file"))).toBeUndefined();
    expect(refusal(join(dir, "dangling"))).toBeUndefined();
    expect(refusal(join(dir, "to-device"))?.hint).toMatch(/^it is a character device/);
    expect(refusal(join(dir, "to-fifo"))?.hint).toMatch(/^it is a FIFO/);
  });

  it("for a folder of files: a folder or a new path, never a file or a device; the writer and option are named", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "graph.json"), "a graph");
    const rules: OutputRules = { expect: "folder", writer: "--format csv" };
    expect(refusal(dir, rules)).toBeUndefined();
    expect(refusal(join(dir, "tables"), rules)).toBeUndefined();
    expect(refusal(join(dir, "graph.json"), rules)).toEqual({
      code: "ENOTDIR",
      hint: "it is a file, and --format csv writes a folder of files; give --out a folder",
    });
    expect(refusal("/dev/null", { ...rules, option: "--to" })?.hint).toBe(
      "it is a character device, and --format csv writes a folder of files; give --to a folder",
    );
  });
});

describe("an output inside the corpus folder", () => {
  it("is refused: a file of it, a new file or folder in it, the folder itself, and by way of a link or ..", () => {
    const project = tempDir();
    const corpus = join(project, "graph-data");
    mkdirSync(join(corpus, "sources"), { recursive: true });
    writeFileSync(join(corpus, "registry.yaml"), "people: []\n");
    const link = join(tempDir(), "corpus-link");
    symlinkSync(corpus, link);
    const rules = { corpus: { dir: corpus } };
    const hint = `it is inside the corpus folder ${corpus}, which panelgraph only reads; give --out a path outside it`;
    for (const path of [
      join(corpus, "registry.yaml"),
      join(corpus, "graph.json"),
      join(corpus, "build/graph.json"),
      join(corpus, "sources/new.txt"),
      join(link, "registry.yaml"),
      join(project, "elsewhere/../graph-data/graph.json"),
    ]) {
      expect(refusal(path, rules), path).toEqual({ code: "EINCORPUS", hint });
    }
    expect(refusal(corpus, { ...rules, expect: "folder" })?.code).toBe("EINCORPUS");
    // Beside the corpus, and in a folder whose name only begins like it: allowed.
    expect(refusal(join(project, "graph.json"), rules)).toBeUndefined();
    expect(refusal(join(project, "graph-data-export/graph.json"), rules)).toBeUndefined();
  });

  it("is refused for a link inside the corpus, and for a corpus given relative to the working folder", () => {
    const corpus = tempDir();
    writeFileSync(join(corpus, "registry.yaml"), "people: []\n");
    const outside = tempDir();
    symlinkSync(join(corpus, "registry.yaml"), join(outside, "graph.json"));
    const relativeCorpus = relative(process.cwd(), corpus);
    expect(refusal(join(outside, "graph.json"), { corpus: { dir: corpus } })?.code).toBe("EINCORPUS");
    expect(refusal(join(corpus, "graph.json"), { corpus: { dir: relativeCorpus } })?.hint).toContain(
      `inside the corpus folder ${relativeCorpus},`,
    );
  });

  it("is allowed inside the folder a command writes (suggest's annotations/), and nowhere else in the corpus", () => {
    const corpus = tempDir();
    mkdirSync(join(corpus, "annotations"));
    const rules: OutputRules = { writer: "suggest", corpus: { dir: corpus, writable: "annotations" } };
    expect(refusal(join(corpus, "annotations/new.yaml"), rules)).toBeUndefined();
    expect(refusal(join(corpus, "annotations-old/new.yaml"), rules)?.hint).toBe(
      `it is inside the corpus folder ${corpus}, where suggest writes only into annotations/; ` +
        "give --out a path in annotations/ or outside the corpus",
    );
    expect(refusal(join(corpus, "registry.yaml"), rules)?.code).toBe("EINCORPUS");
  });
});
