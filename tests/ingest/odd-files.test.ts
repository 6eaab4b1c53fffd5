// Odd files in a corpus folder (docs/reliability.md, "Odd files and user mistakes: exit 1, never 70"): a name that
// promises a file but is a folder, a broken or looping link, a named pipe, a device, a socket, a file that may not be
// read. Links, pipes, sockets and devices cannot be committed as fixtures, so each test makes its own in a copy of
// tests/fixtures/mini. What would hang runs in a child process with a time limit, so a hang fails the test.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { describe, expect, it, onTestFinished } from "vitest";
import { panelgraph, panelgraphIn, spawnPanelgraph, STACK_LINE, type CliRun } from "../helpers/cli.js";
import { copyFixture, MINI_DIR, tempDir } from "../helpers/corpus.js";

/** Long enough for a cold start on a busy machine; a read of a pipe or of /dev/zero never ends. */
const HANG = 30_000;

/** The problem lines of a failed `validate` (its stderr without the summary line), checked for the rest of its shape. */
function problemLines(run: CliRun, dir: string, errors: number): string[] {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(STACK_LINE);
  const lines = run.stderr.split("\n").filter(Boolean);
  expect(lines.at(-1)).toMatch(new RegExp(`^${dir}: .*; ${errors} errors?, 0 warnings$`));
  return lines.slice(0, -1);
}

function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

describe("what is not a file where a file belongs: exit 1 with the file named, never 70", () => {
  it("a folder named like an annotation file, and a folder where registry.yaml belongs", async () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "annotations/panel-b.notes.yaml"));
    writeFileSync(join(dir, "annotations/panel-b.notes.yaml/draft.txt"), "to do\n");
    rmSync(join(dir, "registry.yaml"));
    mkdirSync(join(dir, "registry.yaml"));
    expect(problemLines(await panelgraph("validate", dir), dir, 2)).toEqual([
      "annotations/panel-b.notes.yaml  -  a folder where a file belongs (move what it holds out and remove or rename the folder: a name ending in .yaml is read as a file)",
      "registry.yaml  -  a folder where a file belongs (move what it holds out and remove or rename the folder: a name ending in .yaml is read as a file)",
    ]);
  });

  it("a broken link and a loop of links", async () => {
    const dir = copyFixture();
    symlinkSync(join(dir, "no-such-file.yaml"), join(dir, "annotations/panel-b.moved.yaml"));
    symlinkSync("panel-b.loop-2.yaml", join(dir, "annotations/panel-b.loop-1.yaml"));
    symlinkSync("panel-b.loop-1.yaml", join(dir, "annotations/panel-b.loop-2.yaml"));
    rmSync(join(dir, "registry.yaml"));
    symlinkSync("registry.old.yaml", join(dir, "registry.yaml"));
    expect(problemLines(await panelgraph("validate", dir), dir, 4)).toEqual([
      'annotations/panel-b.loop-1.yaml  -  link loop: the link leads back to itself (value seen: "panel-b.loop-2.yaml"; point the link at a file, not at itself or at a link back to it)',
      'annotations/panel-b.loop-2.yaml  -  link loop: the link leads back to itself (value seen: "panel-b.loop-1.yaml"; point the link at a file, not at itself or at a link back to it)',
      `annotations/panel-b.moved.yaml  -  broken link: what it points at does not exist (value seen: ${JSON.stringify(join(dir, "no-such-file.yaml"))}; point the link at an existing file, or delete it)`,
      'registry.yaml  -  broken link: what it points at does not exist (value seen: "registry.old.yaml"; point the link at an existing file, or delete it)',
    ]);
  });

  it("a file where sources/ or annotations/ belongs; the annotations then wait for their sources", async () => {
    const dir = copyFixture();
    rmSync(join(dir, "sources"), { recursive: true });
    writeFileSync(join(dir, "sources"), "panel-a.txt\n");
    expect(problemLines(await panelgraph("validate", dir), dir, 1)).toEqual([
      "sources  -  a file where the folder sources/ belongs (rename or remove the file and make sources/ a folder; docs/annotation-format.md describes the layout)",
    ]);
    const other = copyFixture();
    rmSync(join(other, "annotations"), { recursive: true });
    symlinkSync(join(MINI_DIR, "annotations/panel-a.yaml"), join(other, "annotations"));
    const run = await panelgraph("validate", other);
    expect(run.stderr).toContain(
      "annotations  -  a file where the folder annotations/ belongs (rename or remove the file and make annotations/ a folder; docs/annotation-format.md describes the layout)\n",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("a corpus folder that is a file is not a corpus folder", async () => {
    const run = await panelgraph("validate", join(MINI_DIR, "registry.yaml"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${join(MINI_DIR, "registry.yaml")}  -  not a folder (the corpus is a folder) (pass the folder that holds`,
    );
  });
});

describe("named pipes, devices and sockets are refused without being read: no hang", () => {
  /** A socket file at `path`, closed when the test ends. */
  async function socketAt(path: string): Promise<void> {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }

  it("validate: a named pipe as an annotation file, a link to /dev/zero as a source text, a socket", async () => {
    const dir = copyFixture();
    mkfifo(join(dir, "annotations/panel-b.pipe.yaml"));
    rmSync(join(dir, "sources/panel-b.txt"));
    symlinkSync("/dev/zero", join(dir, "sources/panel-b.txt"));
    await socketAt(join(dir, "annotations/panel-a.socket.yaml"));
    const run = await spawnPanelgraph(["validate", dir], { timeout: HANG });
    expect(problemLines(run, dir, 3)).toEqual([
      "annotations/panel-a.socket.yaml  -  a socket where a file belongs (panelgraph reads only regular files: put a file that holds the content in its place)",
      "annotations/panel-b.pipe.yaml  -  a named pipe (FIFO) where a file belongs (panelgraph reads only regular files: put a file that holds the content in its place)",
      'sources/panel-b.txt  -  a link to a device where a file belongs (value seen: "/dev/zero"; panelgraph reads only regular files: put a file that holds the content in its place)',
    ]);
  });

  it("build, add-source, suggest and export --graph stop too", async () => {
    const dir = copyFixture();
    mkfifo(join(dir, "sources/panel-c.txt"));
    mkfifo(join(dir, "sources/panel-c.yaml"));
    const build = await spawnPanelgraph(["build", dir, "--out", join(tempDir(), "graph.json")], { timeout: HANG });
    expect(build.code, build.stderr).toBe(1);
    expect(build.stderr).toContain("sources/panel-c.yaml  -  a named pipe (FIFO) where a file belongs");
    // add-source compares the new text with every source: the pipes are passed over, not read.
    const text = join(tempDir(), "new.txt");
    writeFileSync(text, "A new text, not in the corpus.\n");
    const added = await spawnPanelgraph(["add-source", text, "--title", "New", "--data", dir], { timeout: HANG });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("Added source new: sources/new.txt");
    // What add-source is given to add (a pipe, a device, a folder), and export --graph, are refused too.
    const pipe = join(tempDir(), "pipe.txt");
    mkfifo(pipe);
    for (const given of [pipe, "/dev/zero", tempDir()]) {
      const run = await spawnPanelgraph(["add-source", given, "--title", "T", "--data", dir], { timeout: HANG });
      expect(run.code, given).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^${given}  -  a (named pipe \\(FIFO\\)|device|folder) where a file belongs \\(give the path of the source to add \\(\\.txt, \\.md, \\.html or \\.pdf\\), or - for standard input\\)\n`,
        ),
      );
    }
    const graph = await spawnPanelgraph(["export", "--graph", "/dev/zero", "--format", "json", "--out", text], {
      timeout: HANG,
    });
    // A named file that is not one is bad input (exit 1), as a missing one is (docs/cli.md, exit codes).
    expect(graph.code).toBe(1);
    expect(graph.stderr).toContain("panelgraph: --graph /dev/zero: a device where a file belongs\n");
  });
});

describe("a file that may not be read (simulated: the tests run as root, where chmod 000 does not stop a read)", () => {
  /** Runs the binary with a fault put into node:fs: opening or listing a path that ends in `ending` fails with EACCES. */
  function withoutPermission(ending: string, args: string[]) {
    const fault = join(tempDir(), "eacces.mjs");
    writeFileSync(
      fault,
      [
        'import fs from "node:fs";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const denied = (path) => String(path).endsWith(" + JSON.stringify(ending) + ");",
        "const eacces = (call, path) => Object.assign(new Error(`EACCES: permission denied, ${call} '${path}'`), { code: 'EACCES', errno: -13, syscall: call, path: String(path) });",
        "for (const name of ['openSync', 'readdirSync', 'readFileSync']) {",
        "  const real = fs[name];",
        "  fs[name] = (path, ...rest) => { if (denied(path)) throw eacces(name.replace('Sync', ''), path); return real(path, ...rest); };",
        "}",
        "syncBuiltinESMExports();",
      ].join("\n"),
    );
    return spawnPanelgraph(args, { node: ["--import", pathToFileURL(fault).href], timeout: HANG });
  }

  it("an annotation file, and the folder annotations/", async () => {
    const dir = copyFixture();
    const file = await withoutPermission("annotations/panel-b.yaml", ["validate", dir]);
    expect(problemLines(file, dir, 1)).toEqual([
      "annotations/panel-b.yaml  -  cannot be read: permission denied (give yourself read permission: chmod u+r annotations/panel-b.yaml)",
    ]);
    const folder = await withoutPermission("/annotations", ["validate", dir]);
    expect(problemLines(folder, dir, 1)).toEqual([
      "annotations  -  cannot be read: permission denied (give yourself read permission: chmod u+r annotations)",
    ]);
  });
});

describe("a command that writes into the corpus checks what is there first", () => {
  it("add-source into sources/ that is a file, suggest over annotations/ that is a file or a folder named like the draft", async () => {
    const text = join(tempDir(), "new.txt");
    writeFileSync(text, "A new text, not in the corpus.\n");
    const noSources = copyFixture();
    rmSync(join(noSources, "sources"), { recursive: true });
    writeFileSync(join(noSources, "sources"), "");
    const added = await panelgraph("add-source", text, "--title", "New", "--data", noSources);
    expect(added.code).toBe(1);
    expect(added.stderr).toBe(
      "sources  -  a file where the folder sources/ belongs (rename or remove the file and make sources/ a folder; docs/annotation-format.md describes the layout)\n" +
        "panelgraph: 1 error, 0 warnings in the corpus\n",
    );

    const noAnnotations = copyFixture();
    rmSync(join(noAnnotations, "annotations"), { recursive: true });
    writeFileSync(join(noAnnotations, "annotations"), "");
    const suggested = await panelgraphIn(["suggest", "panel-a", "--data", noAnnotations]);
    expect(suggested.code).toBe(1);
    // The output check (src/io/output.ts) sees it first: where the draft would go, a part of the path is a file.
    expect(suggested.stderr).toContain("annotations/panel-a.yaml: a part of the path is a file, not a folder");
    expect(suggested.stderr).not.toMatch(STACK_LINE);

    const folderThere = copyFixture();
    rmSync(join(folderThere, "annotations/panel-a.yaml"));
    mkdirSync(join(folderThere, "annotations/panel-a.yaml"));
    const forced = await panelgraphIn(["suggest", "panel-a", "--data", folderThere, "--force"]);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toContain("annotations/panel-a.yaml: it is a folder; give a file name with --out");
    expect(forced.stderr).not.toMatch(STACK_LINE);
  });
});
