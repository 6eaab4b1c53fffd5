// Outputs that never clobber: an `--out` that is a device, a FIFO, a socket, a folder or anything inside the corpus
// folder is refused (exit 1, nothing written, no .bak); the temporary file of a killed write goes on the next write;
// add-source and suggest report a write that fails as `cannot write <path>: <hint>` (exit 1); and SIGTERM while
// add-source reads standard input leaves no temporary file behind.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { panelgraph, panelgraphIn, spawnPanelgraph, STACK_LINE, startPanelgraph, type CliRun } from "../helpers/cli.js";
import { copyFixture, MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

const ARTICLE = join(ROOT, "tests/fixtures/unseen/article.txt");

/**
 * The system's own devices, used as a user would mistype them. Tests run as root, so a regression would replace them:
 * after each test they must still be character devices (and are put back, failing the test, if they are not).
 */
const DEVICES = { "/dev/null": [1, 3], "/dev/full": [1, 7] } as const;

afterEach(() => {
  for (const [device, [major, minor]] of Object.entries(DEVICES)) {
    if (statSync(device, { throwIfNoEntry: false })?.isCharacterDevice()) continue;
    rmSync(device, { force: true });
    spawnSync("mknod", ["-m", "666", device, "c", String(major), String(minor)]);
    expect.fail(`${device} was replaced by a regular file (it has been made again)`);
  }
  for (const device of Object.keys(DEVICES)) {
    if (!statSync(`${device}.bak`, { throwIfNoEntry: false })?.isFile()) continue;
    rmSync(`${device}.bak`);
    expect.fail(`suggest --force made ${device}.bak (it has been removed)`);
  }
});

const sockets: Server[] = [];
afterEach(() => {
  for (const server of sockets.splice(0)) server.close();
});

function fifo(dir: string, name = "graph.json"): string {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

/** Reads the FIFO at `path` to its end, in a child process (`cat`): what another program got from it. */
function startReader(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const cat = spawn("cat", [path]);
    const chunks: Buffer[] = [];
    cat.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    cat.on("error", reject);
    cat.on("close", () => resolve(Buffer.concat(chunks)));
  });
}

async function socket(dir: string): Promise<string> {
  const path = join(dir, "graph.sock");
  const server = createServer();
  sockets.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return path;
}

/** What a path is, without following a link: "file", "folder", "character device", "FIFO", "socket" or "link". */
function kind(path: string): string {
  const stat = lstatSync(path);
  if (stat.isFile()) return "file";
  if (stat.isDirectory()) return "folder";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isFIFO()) return "FIFO";
  if (stat.isSocket()) return "socket";
  return stat.isSymbolicLink() ? "link" : "other";
}

/** A refused output: exit 1, nothing on stdout, the path and what is wrong on stderr, no stack trace. */
function expectRefused(run: CliRun, target: string, problem: string): void {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(`panelgraph: cannot write ${target}: ${problem}`);
  expect(run.stderr).toContain("nothing was written");
  expect(run.stderr).not.toMatch(STACK_LINE);
}

/** Every file under `dir` with its bytes' SHA-256 and modification time. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        entries[relative(dir, path)] =
          `${createHash("sha256").update(readFileSync(path)).digest("hex")} ${statSync(path).mtimeMs}`;
    }
  };
  walk(dir);
  return entries;
}

/** A module for `node --import` that changes `node:fs` in the child process only (`lines` use `fs` and `original`). */
function fault(lines: string[]): string {
  const module = join(tempDir(), "fault.mjs");
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const original = { ...fs };",
      "const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);",
      ...lines,
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

/** Waits until `check` holds (polling every 50 ms), or fails after `ms` (a limit for a hang, not a speed check). */
async function until(what: string, check: () => boolean, ms = 120_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** A corpus with one source (roundtable) and no annotations, for suggest. */
async function corpusWithSource(): Promise<string> {
  const dir = copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
  const run = await panelgraph(
    "add-source",
    ARTICLE,
    "--title",
    "Housing roundtable",
    "--id",
    "roundtable",
    "--data",
    dir,
  );
  expect(run.code).toBe(0);
  return dir;
}

describe("an --out that is not a regular file", () => {
  it("build refuses a character device, a FIFO, a socket and a folder, and leaves each as it was", async () => {
    const dir = tempDir();
    const folder = join(dir, "folder");
    mkdirSync(folder);
    const targets: [string, string][] = [
      ["/dev/null", "it is a character device, not a file"],
      ["/dev/full", "it is a character device, not a file"],
      [fifo(dir), "it is a FIFO (named pipe), not a file"],
      [await socket(dir), "it is a socket, not a file"],
      [folder, "it is a folder; give a file name"],
    ];
    const before = targets.map(([target]) => kind(target));
    for (const [target, problem] of targets) {
      expectRefused(await panelgraph("build", MINI_DIR, "--out", target), target, problem);
    }
    expect(targets.map(([target]) => kind(target))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["folder", "graph.json", "graph.sock"]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("export refuses them as a file and, for csv, as a folder, and checks every file of a folder before writing", async () => {
    const dir = tempDir();
    const pipe = fifo(dir, "graph.gexf");
    expectRefused(
      await panelgraph("export", MINI_DIR, "--format", "gexf", "--out", "/dev/null"),
      "/dev/null",
      "it is a character device, not a file",
    );
    // A FIFO is streamed into (as `--out -`) by a single-file format: see the FIFO test below.
    expectRefused(
      await panelgraph("export", MINI_DIR, "--format", "csv", "--out", "/dev/null"),
      "/dev/null",
      "it is a character device, and --format csv writes a folder of files",
    );
    // The csv folder's last file is a FIFO: refused before nodes.csv and edges.csv are written.
    const tables = join(dir, "tables");
    mkdirSync(tables);
    const evidence = fifo(tables, "evidence.csv");
    expectRefused(
      await panelgraph("export", MINI_DIR, "--format", "csv", "--out", tables),
      evidence,
      "it is a FIFO (named pipe), not a file",
    );
    expect(readdirSync(tables)).toEqual(["evidence.csv"]);
    expect(kind(evidence)).toBe("FIFO");
    expect(kind(pipe)).toBe("FIFO");
  });

  it("export streams a single-file format into a FIFO another program reads, and refuses one for a folder format", async () => {
    const dir = tempDir();
    const file = join(dir, "graph.gexf");
    expect((await panelgraph("export", MINI_DIR, "--format", "gexf", "--out", file)).code).toBe(0);
    const pipe = fifo(dir, "pipe");
    const cat = startReader(pipe);
    const run = await spawnPanelgraph(["export", MINI_DIR, "--format", "gexf", "--out", pipe], { timeout: 60_000 });
    expect([run.code, run.stdout]).toEqual([0, ""]);
    expect(run.stderr).toMatch(/^Wrote .*pipe \([\d.]+ kB\)\n/);
    expect(await cat).toEqual(readFileSync(file));
    expect(kind(pipe)).toBe("FIFO");
    const csv = await panelgraph("export", MINI_DIR, "--format", "csv", "--out", pipe);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("--format csv writes a folder of files, which cannot go to a FIFO");
    expect(kind(pipe)).toBe("FIFO");
  });

  it("suggest --force refuses /dev/full and makes no /dev/full.bak", async () => {
    const dir = await corpusWithSource();
    const run = await panelgraph("suggest", "roundtable", "--data", dir, "--out", "/dev/full", "--force");
    expectRefused(run, "/dev/full", "it is a character device, not a file");
    expect(existsSync(join(dir, "annotations/roundtable.yaml"))).toBe(false);
  });

  it("serve refuses a FIFO as --out before it starts", async () => {
    const target = fifo(tempDir());
    const serve = startPanelgraph(["serve", MINI_DIR, "--port", "0", "--out", target]);
    const timeout = setTimeout(() => serve.child.kill("SIGTERM"), 120_000);
    const run = await serve.done;
    clearTimeout(timeout);
    expectRefused(run, target, "it is a FIFO (named pipe), not a file");
    expect(kind(target)).toBe("FIFO");
  });
});

describe("an --out inside the corpus folder", () => {
  it("build and export refuse a file of the corpus, a new file in it, and a path that leads into it by a link", async () => {
    const project = tempDir();
    const corpus = join(project, "graph-data");
    cpSync(MINI_DIR, corpus, { recursive: true });
    const link = join(tempDir(), "link");
    symlinkSync(corpus, link);
    const before = snapshot(corpus);
    const targets = [
      join(corpus, "registry.yaml"),
      join(corpus, "sources/panel-a.txt"),
      join(corpus, "graph.json"),
      join(corpus, "annotations/graph.gexf"),
      join(link, "registry.yaml"),
    ];
    const problem = `it is inside the corpus folder ${corpus}`;
    for (const target of targets) {
      expectRefused(await panelgraph("build", corpus, "--out", target), target, problem);
      expectRefused(await panelgraph("export", corpus, "--format", "gexf", "--out", target), target, problem);
    }
    expectRefused(
      await panelgraph("export", corpus, "--format", "csv", "--out", join(corpus, "tables")),
      join(corpus, "tables"),
      problem,
    );
    // As the issue found it: the default corpus, and --out a file of it, from the project folder.
    const relative = await panelgraphIn(["build", "--out", "graph-data/registry.yaml"], { cwd: project });
    expectRefused(relative, join(corpus, "registry.yaml"), problem);
    expect(snapshot(corpus)).toEqual(before);
    expect(readdirSync(project)).toEqual(["graph-data"]);
  });

  it("suggest writes into annotations/ but refuses any other file of the corpus, even with --force", async () => {
    const dir = await corpusWithSource();
    const before = snapshot(dir);
    for (const file of ["registry.yaml", "sources/roundtable.txt", "sources/roundtable.yaml"]) {
      const target = join(dir, file);
      const run = await panelgraph("suggest", "roundtable", "--data", dir, "--out", target, "--force");
      expectRefused(run, target, `it is inside the corpus folder ${dir}, where suggest writes only into annotations/`);
    }
    expect(snapshot(dir)).toEqual(before);
    const draft = join(dir, "annotations/roundtable.suggested.yaml");
    expect((await panelgraph("suggest", "roundtable", "--data", dir, "--out", draft)).code).toBe(0);
  });
});

describe("the temporary file of a write that was killed", () => {
  it("is left by a build killed half-way through its write, and removed by the next build", async () => {
    const outDir = tempDir();
    const out = join(outDir, "graph.json");
    const marker = join(tempDir(), "writing");
    const hang = fault([
      "fs.writeFileSync = (path, data, ...rest) => {",
      `  if (!String(path).startsWith(${JSON.stringify(outDir)})) return original.writeFileSync(path, data, ...rest);`,
      "  original.writeFileSync(path, data.slice(0, Math.floor(data.length / 2)), ...rest);",
      `  original.writeFileSync(${JSON.stringify(marker)}, "");`,
      "  sleep(60_000);",
      "};",
    ]);
    const killed = startPanelgraph(["build", MINI_DIR, "--out", out], { node: ["--import", hang] });
    await until("the build to be half-way through its write", () => existsSync(marker));
    killed.child.kill("SIGKILL");
    expect((await killed.done).signal).toBe("SIGKILL");
    const left = readdirSync(outDir);
    expect(left).toEqual([
      expect.stringMatching(new RegExp(`^\\.graph\\.json\\.${killed.child.pid}\\.\\d+\\.0\\.tmp$`)),
    ]);

    const next = await spawnPanelgraph(["build", MINI_DIR, "--out", out]);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(outDir)).toEqual(["graph.changes.json", "graph.json"]);
  });
});

describe("add-source and suggest when a write fails", () => {
  it("add-source: cannot write <path>: no permission (exit 1), and nothing is left in sources/", async () => {
    const dir = copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
    const denied = fault([
      "fs.writeFileSync = (path, ...rest) => {",
      `  if (String(path).startsWith(${JSON.stringify(dir)}))`,
      "    throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: \"EACCES\" });",
      "  return original.writeFileSync(path, ...rest);",
      "};",
    ]);
    const before = snapshot(dir);
    const run = await spawnPanelgraph(["add-source", ARTICLE, "--title", "Roundtable", "--data", dir], {
      node: ["--import", denied],
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`panelgraph: cannot write ${join(dir, "sources/roundtable.txt")}: no permission`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain("--debug");
    expect(snapshot(dir)).toEqual(before);
  });

  it("suggest: cannot write <path>: the disk is full (exit 1); with --force the old file stays and no .bak", async () => {
    const dir = await corpusWithSource();
    const annotations = join(dir, "annotations");
    const full = fault([
      "fs.writeFileSync = (path, data, ...rest) => {",
      `  if (!String(path).startsWith(${JSON.stringify(annotations)})) return original.writeFileSync(path, data, ...rest);`,
      "  original.writeFileSync(path, data.slice(0, Math.floor(data.length / 2)), ...rest);",
      '  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });',
      "};",
    ]);
    const target = join(annotations, "roundtable.yaml");
    const fresh = await spawnPanelgraph(["suggest", "roundtable", "--data", dir], { node: ["--import", full] });
    expect(fresh.code, fresh.stderr).toBe(1);
    expect(fresh.stderr).toContain(`panelgraph: cannot write ${target}: the disk is full`);
    expect(fresh.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(annotations)).toEqual([]);

    expect((await panelgraph("suggest", "roundtable", "--data", dir)).code).toBe(0);
    const reviewed = `${readFileSync(target, "utf8")}# my review notes\n`;
    writeFileSync(target, reviewed);
    const forced = await spawnPanelgraph(["suggest", "roundtable", "--data", dir, "--force"], {
      node: ["--import", full],
    });
    expect(forced.code, forced.stderr).toBe(1);
    expect(forced.stderr).toContain(`panelgraph: cannot write ${target}: the disk is full`);
    expect(readdirSync(annotations)).toEqual(["roundtable.yaml"]);
    expect(readFileSync(target, "utf8")).toBe(reviewed);
  });
});

describe("add-source - stopped while it reads standard input", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} leaves no temporary file and nothing in the corpus`, async () => {
      const dir = copyFixture(join(ROOT, "tests/fixtures/unseen/corpus"));
      const tmp = tempDir();
      // tsx keeps its compile cache in $TMPDIR/tsx-<uid>: linked to the one this machine has, the child need not
      // compile the CLI anew in the empty TMPDIR (2 s). The link is tsx's, and left out of the check below as the cache is.
      const tsxCache = `tsx-${process.geteuid?.() ?? userInfo().username}`;
      if (existsSync(join(tmpdir(), tsxCache))) symlinkSync(join(tmpdir(), tsxCache), join(tmp, tsxCache));
      const marker = join(tempDir(), "reading");
      // Tells the test when the command has reached its read of standard input.
      const reading = fault([
        "fs.readFileSync = (path, ...rest) => {",
        `  if (path === 0) original.writeFileSync(${JSON.stringify(marker)}, "");`,
        "  return original.readFileSync(path, ...rest);",
        "};",
      ]);
      const before = snapshot(dir);
      const started = startPanelgraph(["add-source", "-", "--title", "Pasted", "--data", dir], {
        node: ["--import", reading],
        env: { TMPDIR: tmp },
      });
      started.child.stdin!.write("The first half of a pasted article, and");
      await until("add-source to read standard input", () => existsSync(marker));
      started.child.kill(signal);
      const run = await started.done;
      started.child.stdin!.destroy();
      expect(run.signal ?? run.code).not.toBe(0);
      // tsx, which runs the TypeScript, keeps its compile cache there (tsx-<uid>); nothing else may be left.
      expect(readdirSync(tmp).filter((name) => !name.startsWith("tsx-"))).toEqual([]);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
