// `panelgraph serve` as `npm start` runs it, on a copy of the mini fixture: editing the corpus rebuilds the graph; a
// broken edit is reported in the terminal and in build-status.json (the page's banner) while the last good graph stays.
// The server answers only on 127.0.0.1 here, every request goes there, and every wait is bounded.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { createViewerServer, listeningWarning } from "../../src/cli/serve.js";
import { processStart } from "../../src/io/served-graph.js";
import { freePort } from "../helpers/browser.js";
import { PANELGRAPH, panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";
import { addThirdMeeting, WEEK } from "../helpers/changes-corpus.js";
import { previousGraphPath } from "../../src/export/graph-file.js";

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

// Waits for a state; `ms` only ends a hang (a serve started beside other work on 2 cores has taken tens of seconds).
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; serve printed:\n${printed().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the last serve started printed, for the message of a test that timed out. */
let printed = () => "";

function spawnServe(args: string[], cwd: string, node: string[] = []) {
  const child = spawn(process.execPath, [...node, PANELGRAPH, "serve", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
  });
  running.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  printed = () => output;
  return { child, output: () => output };
}

/** `panelgraph serve <args>` on a free port of 127.0.0.1, once it prints the Viewer: line. */
async function serveIn(cwd: string, args: string[], node: string[] = []) {
  const port = await freePort();
  const { child, output } = spawnServe([...args, "--port", String(port)], cwd, node);
  const url = await until("the Viewer: line", () => {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}:\n${output()}`);
    return /Viewer: (\S+)/.exec(output())?.[1];
  });
  // Every request goes to 127.0.0.1, whatever name the server prints (localhost, when told to listen everywhere).
  expect(["127.0.0.1", "localhost"]).toContain(new URL(url).hostname);
  const local = new URL(url);
  local.hostname = "127.0.0.1";
  const fetched = (path: string) => fetch(new URL(path, local), { signal: AbortSignal.timeout(60_000) });
  const status = async (path: string) => (await fetched(path)).status;
  const get = async (path: string) => (await fetched(path)).json();
  return { url, get, status, output, child };
}

async function serve(corpus: string, out = join(tempDir(), "graph.json")) {
  return { out, ...(await serveIn(ROOT, [corpus, "--out", out])) };
}

/**
 * `panelgraph serve <args>` that should refuse to start: its exit code and output, or `code: null` if it was still
 * running after `ms` (then stopped).
 */
function serveRefused(args: string[], cwd = ROOT, ms = 120_000): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnServe(args, cwd);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGTERM"), ms);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output: output() });
    });
  });
}

/**
 * `panelgraph serve <args>` that should refuse before it listens (a bad option, an --out the watchers would see), run
 * in this process as the CLI tests do: run()'s exit code and output, or `code: null` if it had not returned after `ms`.
 * A process of its own adds a second of loading per run and shows nothing more: the binary sets its exit code to what
 * run() returns (tests/cli/binary.test.ts), and a refusal happens before serve starts a server or writes a file.
 */
async function serveRefusedHere(
  args: string[],
  cwd = ROOT,
  ms = 120_000,
): Promise<{ code: number | null; output: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  const run = await Promise.race([panelgraphIn(["serve", ...args], { cwd }), late]);
  clearTimeout(timer);
  return run === null ? { code: null, output: "" } : { code: run.code, output: run.stdout + run.stderr };
}

type Status = { ok: boolean; summary: string; problems: string[]; warnings: string[] };

const label = (graph: { nodes: { key: string; attributes: { label: string } }[] }, id: string) =>
  graph.nodes.find((n) => n.key === id)?.attributes.label;

describe("panelgraph serve", () => {
  it("rebuilds when a corpus file changes, and keeps the last good graph when an edit breaks the corpus", async () => {
    const corpus = copyFixture();
    const { get, out, output } = await serve(corpus);
    expect(label(await get("graph.json"), "ada-park")).toBe("Ada Park");
    expect(await get("build-status.json")).toMatchObject({ ok: true, problems: [] });

    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    await until("the rebuilt graph", async () =>
      label(await get("graph.json"), "ada-park") === "Ada Parker" ? true : undefined,
    );
    expect(output()).toContain("registry.yaml changed: rebuilding");

    const good = readFileSync(out, "utf8");
    edit(corpus, "registry.yaml", "aliases: [Park]", "aliases: [Park");
    const status = await until("the failed build's status", async () => {
      const s = (await get("build-status.json")) as Status;
      return s.ok ? undefined : s;
    });
    expect(status.summary).toContain("1 error in ");
    expect(status.summary).toContain("showing the last good graph");
    expect(status.problems[0]).toMatch(/^registry\.yaml:\d+ /);
    expect(output()).toContain(status.problems[0]);
    expect(readFileSync(out, "utf8")).toBe(good);

    edit(corpus, "registry.yaml", "aliases: [Park", "aliases: [Park]");
    await until("the repaired build", async () => ((await get("build-status.json")).ok ? true : undefined));
  });

  it("keeps the changes since the graph before the session through two saves (graph.previous.json not replaced)", async () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    expect((await panelgraphIn(["build", corpus, "--out", out], { cwd: ROOT })).code).toBe(0);
    const lastWeek = readFileSync(out, "utf8");
    addThirdMeeting(corpus);
    const { get } = await serveIn(ROOT, [corpus, "--out", out]);
    type Recorded = { sources: { added: { id: string }[] }; attributes: { id: string }[] };
    const sourcesAdded = (c: Recorded) => c.sources.added.map((n) => n.id);
    expect(sourcesAdded((await get("graph.changes.json")) as Recorded)).toEqual([WEEK.source]);

    for (const label of ["Ada Parker", "Ada Parks"]) {
      edit(corpus, "registry.yaml", /label: Ada Park\w*/, `label: ${label}`);
      await until(`the rebuild with ${label}`, async () =>
        label === (await get("graph.json")).nodes.find((n: { key: string }) => n.key === "ada-park")?.attributes.label
          ? true
          : undefined,
      );
    }
    const changes = (await get("graph.changes.json")) as Recorded;
    expect(sourcesAdded(changes)).toEqual([WEEK.source]);
    expect(changes.attributes.map((n) => n.id)).toContain("ada-park");
    expect(readFileSync(previousGraphPath(out), "utf8")).toBe(lastWeek);
  });

  it("prints the first few warnings and their count, with the command that lists them all; errors in full", async () => {
    const corpus = copyFixture();
    // Eight people suggested and not reviewed: eight warnings.
    const names = ["Cara Voss", "Dev Lund", "Eli Marr", "Fay Orme", "Gil Pratt", "Hana Roe", "Ivo Stark", "Jo Tull"];
    const people = names.map((name) => {
      const id = name.toLowerCase().replace(" ", "-");
      return `    - { id: ${id}, label: ${name}, status: suggested }`;
    });
    writeFileSync(
      join(corpus, "annotations", "panel-b.yaml"),
      `${readFileSync(join(corpus, "annotations", "panel-b.yaml"), "utf8")}entities:\n  people:\n${people.join("\n")}\n`,
    );
    const { output, get } = await serve(corpus);
    await until("the Wrote line", () => (output().includes("Wrote ") ? true : undefined));
    const shown = output()
      .split("\n")
      .filter((line) => line.includes("suggested person, not reviewed yet"));
    expect(output()).toContain("Warnings: 8\n");
    expect(shown).toHaveLength(5);
    const more = /  … and 3 more warnings: `panelgraph validate (\S+)` lists them all\n/.exec(output());
    expect(resolve(ROOT, more![1]!)).toBe(resolve(corpus));
    // The page still has every one.
    expect(((await get("build-status.json")) as Status).warnings).toHaveLength(8);

    // A build that fails: its error in full, the warnings as before.
    edit(corpus, "registry.yaml", "aliases: [Park]", "aliases: [Park");
    await until("the failed build", () => (output().includes("Build failed: 1 error") ? true : undefined));
    const failed = output().slice(output().indexOf("registry.yaml changed"));
    expect(failed).toMatch(/registry\.yaml:\d+ .*error/);
    expect(failed.split("\n").filter((line) => line.includes("suggested person, not reviewed yet"))).toHaveLength(5);
    expect(failed).toContain("… and 3 more warnings");
  });

  it("names the corpus folder in the commands its problems print, as validate does", async () => {
    const cwd = tempDir();
    cpSync(MINI_DIR, join(cwd, "Fenby hearings"), { recursive: true });
    // Annotations left by a removed source: the error's hint is remove-source, which needs --data here.
    writeFileSync(join(cwd, "Fenby hearings", "annotations", "reprint.yaml"), "source: reprint\nclaims: []\n");
    const { output } = await serveIn(cwd, ["Fenby hearings", "--out", join(tempDir(), "graph.json")]);
    await until("the failed build", () => (output().includes("Build failed: 1 error") ? true : undefined));
    expect(output()).toContain("`panelgraph remove-source reprint --data 'Fenby hearings'` does");
  });

  it("starts even when the corpus is broken, and says so on the page and in the terminal", async () => {
    const corpus = copyFixture();
    edit(corpus, "registry.yaml", "aliases: [Park]", "aliases: [Park");
    const { get, output } = await serve(corpus);
    expect(await get("build-status.json")).toMatchObject({ ok: false });
    expect(output()).toContain("Build failed: 1 error");
  });
});

describe("what serve serves", () => {
  /** A project folder with more in it than the graph: the corpus, a package.json, git's config, hidden files. */
  function project(): string {
    const dir = tempDir();
    cpSync(MINI_DIR, join(dir, "graph-data"), { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "name": "not-for-the-page" }\n');
    writeFileSync(join(dir, ".env"), "TOKEN=not-for-the-page\n");
    writeFileSync(join(dir, "notes.txt"), "not for the page\n");
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".git", "config"), "[core]\n");
    return dir;
  }

  it("the viewer and the graph's files only, when --out puts graph.json in a folder with other files", async () => {
    const dir = project();
    const { status, get } = await serveIn(dir, ["--out", "graph.json"]);
    const refused = ["/package.json", "/.env", "/notes.txt", "/.git/config", "/graph-data/registry.yaml"];
    refused.push("/graph-data/", "/graph-data/sources/panel-a.txt", "/.git/", "/%2egit/config", "/.%65nv");
    const statuses = await Promise.all(refused.map(async (path) => [path, await status(path)]));
    expect(statuses).toEqual(refused.map((path) => [path, 404]));
    expect(await status("/")).toBe(200);
    expect(await status("/main.ts")).toBe(200);
    expect(label(await get("/graph.json"), "ada-park")).toBe("Ada Park");
    expect(await get("/build-status.json")).toMatchObject({ ok: true });
  });

  it("nothing else from build/ (hidden files, old exports), and graph.json is the file --out names", async () => {
    const dir = project();
    mkdirSync(join(dir, "build"));
    writeFileSync(join(dir, "build", ".env"), "TOKEN=not-for-the-page\n");
    writeFileSync(join(dir, "build", "graph.gexf"), "<gexf/>\n");
    writeFileSync(join(dir, "build", "graph.json"), '{"a graph": "not the one --out names"}\n');
    const { status, get } = await serveIn(dir, ["--out", "build/panel.json"]);
    expect(label(await get("/graph.json"), "ada-park")).toBe("Ada Park");
    expect(await get("/build-status.json")).toMatchObject({ ok: true });
    const refused = ["/.env", "/graph.gexf", "/panel.json", "/build/graph.json"];
    const statuses = await Promise.all(refused.map(async (path) => [path, await status(path)]));
    expect(statuses).toEqual(refused.map((path) => [path, 404]));
  });
});

describe("while serve runs, the graph it shows is built from its own corpus only", () => {
  /** A project as a user has it: the shipped corpus and one of their own beside it. */
  function twoCorpora(): string {
    const dir = tempDir();
    cpSync(MINI_DIR, join(dir, "graph-data"), { recursive: true });
    cpSync(MINI_DIR, join(dir, "my-corpus"), { recursive: true });
    edit(join(dir, "my-corpus"), "registry.yaml", "label: Ada Park", "label: Ada Parker");
    return dir;
  }

  it("`build <other corpus>` is refused, the served graph kept; the same corpus, or a file of its own, builds", async () => {
    const dir = twoCorpora();
    const served = await serveIn(dir, []);
    const graphFile = join(dir, "build", "graph.json");
    const before = readFileSync(graphFile, "utf8");

    const refused = await panelgraphIn(["build", "my-corpus"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^panelgraph: cannot write .*build\/graph\.json: `panelgraph serve` \(process \d+, as build\/serving\.json says\) shows it in the viewer, built from graph-data, and rewrites it on every change there; give my-corpus a file of its own \(--out build\/my-corpus\/graph\.json\), or stop that server first \(if none runs, delete build\/serving\.json\); nothing was written\n$/,
    );
    expect(readFileSync(graphFile, "utf8")).toBe(before);
    expect(label(await served.get("/graph.json"), "ada-park")).toBe("Ada Park");

    expect((await panelgraphIn(["build"], { cwd: dir })).code).toBe(0);
    const own = await panelgraphIn(["build", "my-corpus", "--out", "build/my-corpus/graph.json"], { cwd: dir });
    expect(own.code).toBe(0);
    expect(label(JSON.parse(readFileSync(join(dir, "build", "my-corpus", "graph.json"), "utf8")), "ada-park")).toBe(
      "Ada Parker",
    );

    // A second serve of the other corpus may not share build/ (graph.json, build-status.json) with the first.
    const second = await serveRefusedHere(["my-corpus", "--port", String(await freePort())], dir);
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      "--out build/graph.json: build/ holds the graph another `panelgraph serve` (process ",
    );
    expect(second.output).toContain(
      "as build/serving.json says) shows, built from graph-data; give this one a folder of its own (--out build/my-corpus",
    );
    expect(second.output).toContain("or stop that server first (if none runs, delete build/serving.json)");
    expect(label(await served.get("/graph.json"), "ada-park")).toBe("Ada Park");

    // Stopped with Ctrl-C (SIGINT, which would end the process before any exit handler), it no longer holds the file.
    served.child.kill("SIGINT");
    await until("serve to stop", () => (served.child.exitCode !== null || served.child.signalCode ? true : undefined));
    expect(existsSync(join(dir, "build", "serving.json"))).toBe(false);
    expect(served.child.signalCode).toBe("SIGINT"); // ended by the signal, as before: no failure for npm start to report
    expect((await panelgraphIn(["build", "my-corpus"], { cwd: dir })).code).toBe(0);
  });

  it("a serve that ended without a word (Ctrl-C, a crash) holds nothing: its process no longer runs", async () => {
    const dir = twoCorpora();
    const ended = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => ended.on("close", resolve));
    mkdirSync(join(dir, "build"));
    const claim = { pid: ended.pid, corpus: join(dir, "graph-data"), graphFile: join(dir, "build", "graph.json") };
    writeFileSync(join(dir, "build", "serving.json"), JSON.stringify(claim));
    expect((await panelgraphIn(["build", "my-corpus"], { cwd: dir })).code).toBe(0);
  });

  it("nor does one whose process id now belongs to another process, started after the serve was", async () => {
    const dir = twoCorpora();
    const ended = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10_000)"]);
    await until("the process to start", () => processStart(ended.pid!));
    const started = processStart(ended.pid!);
    ended.kill();
    await new Promise((resolve) => ended.on("close", resolve));
    // The id is given to a process that still runs (this one), as the system reuses ids.
    mkdirSync(join(dir, "build"));
    const claim = {
      pid: process.pid,
      started,
      corpus: join(dir, "graph-data"),
      graphFile: join(dir, "build", "graph.json"),
    };
    writeFileSync(join(dir, "build", "serving.json"), JSON.stringify(claim));
    expect(started).toBeDefined();
    expect((await panelgraphIn(["build", "my-corpus"], { cwd: dir })).code).toBe(0);
  });
});

describe("serve refuses an --out the corpus watcher would see", () => {
  it("inside the corpus folder, below it, or through a link into it: exit 1 at once, nothing written", async () => {
    const corpus = copyFixture();
    const link = join(tempDir(), "link");
    symlinkSync(corpus, link);
    const before = readdirSync(corpus, { recursive: true }).sort();
    const outs = [join(corpus, "graph.json"), join(corpus, "build", "graph.json"), join(link, "graph.json")];
    const runs = await Promise.all(
      outs.map(async (out) => serveRefusedHere([corpus, "--out", out, "--port", String(await freePort())])),
    );
    for (const [i, run] of runs.entries()) {
      expect({ out: outs[i], code: run.code }).toEqual({ out: outs[i], code: 1 });
      expect(run.output).toContain("is inside the corpus folder");
      expect(run.output).not.toContain("rebuilding");
      expect(run.output).not.toMatch(STACK_LINE);
    }
    expect(readdirSync(corpus, { recursive: true }).sort()).toEqual(before);
  });

  it("inside the viewer's folder, which Vite watches and serves: exit 1, nothing written", async () => {
    const out = join(ROOT, "viewer", "graph-of-a-test.json");
    const status = join(ROOT, "viewer", "build-status.json");
    expect(existsSync(status)).toBe(false);
    // Should serve write there after all, the test leaves the repository as it found it.
    onTestFinished(() => [out, status].forEach((file) => rmSync(file, { force: true })));
    const run = await serveRefusedHere([copyFixture(), "--out", out, "--port", String(await freePort())]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("is inside the viewer's folder");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(status)).toBe(false);
  });
});

describe("a rebuild that fails on something other than the corpus", () => {
  it("is shown on the page and in the terminal, and the server keeps serving the last good graph", async () => {
    const corpus = copyFixture();
    // A fault no corpus check knows: while registry.yaml holds the marker, writing the graph throws a plain Error.
    const fault = join(tempDir(), "fault.mjs");
    const registry = join(corpus, "registry.yaml");
    writeFileSync(
      fault,
      [
        'import fs from "node:fs";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const { readFileSync, writeFileSync } = fs;",
        "fs.writeFileSync = (...args) => {",
        "  const faulty = readFileSync(" + JSON.stringify(registry) + ', "utf8").includes("# simulated fault");',
        '  if (faulty && String(args[0]).includes(".graph.json.")) throw new Error("simulated fault in the build");',
        "  return writeFileSync(...args);",
        "};",
        "syncBuiltinESMExports();",
      ].join("\n"),
    );
    const out = join(tempDir(), "graph.json");
    const { get, child, output } = await serveIn(ROOT, [corpus, "--out", out], ["--import", pathToFileURL(fault).href]);
    const failed = () =>
      until("a failed build", async () => {
        const status = (await get("build-status.json")) as Status;
        return status.ok ? undefined : status;
      });
    const repaired = () => until("a good build", async () => ((await get("build-status.json")).ok ? true : undefined));
    const good = readFileSync(out, "utf8");

    // An exception from inside the build.
    writeFileSync(
      join(corpus, "registry.yaml"),
      `${readFileSync(join(corpus, "registry.yaml"), "utf8")}# simulated fault\n`,
    );
    let status = await failed();
    expect(status.summary).toContain("simulated fault in the build");
    expect(status.summary).toContain("showing the last good graph");
    expect(output()).toContain("Build failed: simulated fault in the build");
    expect(label(await get("graph.json"), "ada-park")).toBe("Ada Park");
    edit(corpus, "registry.yaml", "# simulated fault\n", "");
    await repaired();

    // A folder where an annotation file would be.
    mkdirSync(join(corpus, "annotations", "x.yaml"));
    status = await failed();
    // Read as a file, a folder fails with EISDIR, which names no file; a check of the corpus may name it instead.
    expect([status.summary, ...status.problems].join("\n")).toMatch(/x\.yaml|EISDIR/);
    rmSync(join(corpus, "annotations", "x.yaml"), { recursive: true });
    await repaired();

    // graph.json cannot be written: a folder took its place.
    rmSync(out);
    mkdirSync(out);
    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    status = await failed();
    expect(status.summary).toContain(`cannot write ${out}`);
    rmSync(out, { recursive: true });
    edit(corpus, "registry.yaml", "label: Ada Parker", "label: Ada Park");
    await repaired();
    expect(readFileSync(out, "utf8")).toBe(good);

    expect(child.exitCode).toBeNull();
    expect(output()).not.toMatch(STACK_LINE);
  });

  it("the corpus folder removed and put back: the banner says so, and edits rebuild again", async () => {
    const corpus = copyFixture();
    const saved = copyFixture();
    const { get, child, output } = await serve(corpus);
    rmSync(corpus, { recursive: true });
    const status = await until("the failed build", async () => {
      const s = (await get("build-status.json")) as Status;
      return s.ok ? undefined : s;
    });
    expect(status.problems.join("\n")).toContain("corpus folder not found");

    cpSync(saved, corpus, { recursive: true });
    await until("the build of the corpus put back", async () =>
      (await get("build-status.json")).ok ? true : undefined,
    );
    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    await until("the rebuilt graph", async () =>
      label(await get("graph.json"), "ada-park") === "Ada Parker" ? true : undefined,
    );

    // Emptied in place, then filled again.
    for (const name of readdirSync(corpus)) rmSync(join(corpus, name), { recursive: true });
    await until("the failed build", async () => ((await get("build-status.json")).ok ? undefined : true));
    cpSync(saved, corpus, { recursive: true });
    await until("the build of the corpus filled again", async () =>
      label(await get("graph.json"), "ada-park") === "Ada Park" ? true : undefined,
    );
    expect(child.exitCode).toBeNull();
    expect(output()).not.toMatch(STACK_LINE);
  });
});

describe("serve's --host and --port", () => {
  it("an empty --host is refused: it would listen on every interface", async () => {
    const run = await serveRefusedHere([copyFixture(), "--host", "", "--port", String(await freePort())]);
    expect(run.code).toBe(2);
    expect(run.output).toContain('--host must name an address to listen on, got ""');
    expect(run.output).not.toContain("Viewer:");
  });

  it("a host that does not resolve exits 1 at once with the name, and writes nothing", async () => {
    const out = join(tempDir(), "graph.json");
    const run = await serveRefused([
      copyFixture(),
      "--host",
      "nonexistent.invalid",
      "--out",
      out,
      "--port",
      String(await freePort()),
    ]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("panelgraph: cannot listen on nonexistent.invalid");
    expect(run.output).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it("a --port in use is refused, naming the port and what to do; without --port the next free one is taken", async () => {
    const busy = createNetServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => new Promise<void>((resolve) => busy.close(() => resolve())));
    const port = (busy.address() as AddressInfo).port;
    const out = join(tempDir(), "graph.json");
    const run = await serveRefusedHere([copyFixture(), "--out", out, "--port", String(port)]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      `panelgraph: cannot listen on 127.0.0.1: port ${port} is in use (by another server, or another panelgraph ` +
        "serve); give another --port, or leave --port out to serve on the first free one from 5173 (EADDRINUSE)",
    );
    expect(run.output).not.toContain("Viewer:");
    expect(existsSync(out)).toBe(false);
    // The port serve picks itself (5173 when --port is left out) moves on to the next free one.
    const server = await createViewerServer({ graphFile: out, port });
    onTestFinished(() => server.close());
    expect((server.httpServer!.address() as AddressInfo).port).toBeGreaterThan(port);
  });

  it("--port takes decimal whole numbers from 0 to 65535 only", async () => {
    const corpus = copyFixture();
    const ports = ["0x50", "1e3", "80.0", "+80", "65536", "-1", ""];
    const runs = await Promise.all(ports.map((port) => serveRefusedHere([corpus, `--port=${port}`])));
    for (const [i, run] of runs.entries()) {
      expect({ port: ports[i], code: run.code }).toEqual({ port: ports[i], code: 2 });
      expect(run.output).toContain(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(ports[i])}`);
    }
  });

  it("--host 0.0.0.0 is said loudly, with the addresses the viewer is reachable on", async () => {
    // The test stays on this machine: told 0.0.0.0, the server binds 127.0.0.1, and reports the address it was told.
    const loopbackOnly = join(tempDir(), "loopback-only.mjs");
    writeFileSync(
      loopbackOnly,
      [
        'import http from "node:http";',
        "const { listen, address } = http.Server.prototype;",
        "http.Server.prototype.listen = function (port, host, ...rest) {",
        '  if (host === "0.0.0.0") [this.told, host] = [host, "127.0.0.1"];',
        "  return listen.call(this, port, host, ...rest);",
        "};",
        "http.Server.prototype.address = function () {",
        "  const real = address.call(this);",
        "  return this.told && real ? { ...real, address: this.told } : real;",
        "};",
      ].join("\n"),
    );
    const args = [copyFixture(), "--out", join(tempDir(), "graph.json"), "--host", "0.0.0.0"];
    const { output, status, url } = await serveIn(ROOT, args, ["--import", pathToFileURL(loopbackOnly).href]);
    expect(await status("/")).toBe(200);
    const port = new URL(url).port;
    const warning = output().slice(output().indexOf("Warning:"));
    expect(warning).toMatch(/^Warning: listening on every network interface \(0\.0\.0\.0\): anyone who can reach/);
    expect(warning).toContain(`  http://localhost:${port}/`);
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === "IPv4" && !i.internal);
    for (const i of addresses) expect(warning).toContain(`  http://${i!.address}:${port}/`);
    expect(warning).toContain("Leave out --host to listen on 127.0.0.1 (this machine only).");
  });

  it("listening beyond this machine is said loudly, with every address the viewer is reachable on", () => {
    const urls = ["http://127.0.0.1:5321/", "http://192.168.1.20:5321/", "http://10.0.0.7:5321/"];
    for (const address of ["0.0.0.0", "::"]) {
      const lines = listeningWarning(address, urls);
      expect(lines[0]).toMatch(/^Warning: listening on every network interface/);
      for (const url of urls) expect(lines).toContain(`  ${url}`);
    }
    expect(listeningWarning("192.168.1.20", ["http://192.168.1.20:5321/"])[0]).toMatch(
      /^Warning: listening on 192\.168\.1\.20, which other machines can reach/,
    );
    for (const address of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"])
      expect(listeningWarning(address, [])).toEqual([]);
  });
});
