// Nothing lost: builds running at the same time leave one complete graph and no temporary files; a write that fails
// half-way leaves the previous graph; and no command that only reads the corpus writes into its folder.
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { deserializeGraph } from "../../src/graph/serialize.js";
import { panelgraph, panelgraphIn, spawnPanelgraph } from "../helpers/cli.js";
import { copyFixture, DATA_DIR, tempDir } from "../helpers/corpus.js";

/** Every file and folder under `dir` with its bytes' SHA-256 and its modification time: any write changes it. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      const stat = statSync(path);
      if (entry.isDirectory()) {
        entries.set(`${relative(dir, path)}/`, `folder ${stat.mtimeMs}`);
        walk(path);
      } else {
        const sha256 = createHash("sha256").update(readFileSync(path)).digest("hex");
        entries.set(relative(dir, path), `${sha256} ${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return entries;
}

/**
 * A module for `node --import` that makes writes into `outDir` overlap: each process waits at a barrier until both
 * have reached their write, then writes in 20 slow steps. Without it the writes take a millisecond and never meet.
 */
function overlappingWrites(outDir: string): string {
  const barrier = tempDir();
  const module = join(tempDir(), "overlap.mjs");
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { join } from "node:path";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const { writeFileSync, readdirSync, openSync, writeSync, closeSync } = fs;",
      "const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);",
      "fs.writeFileSync = (path, data, ...rest) => {",
      `  if (!String(path).startsWith(${JSON.stringify(outDir)})) return writeFileSync(path, data, ...rest);`,
      `  writeFileSync(join(${JSON.stringify(barrier)}, String(process.pid)), "");`,
      `  for (let t = 0; readdirSync(${JSON.stringify(barrier)}).length < 2 && t < 60000; t += 20) sleep(20);`,
      "  const bytes = Buffer.from(data);",
      "  const fd = openSync(path, 'w');",
      "  const step = Math.ceil(bytes.length / 20);",
      "  for (let at = 0; at < bytes.length; at += step) {",
      "    writeSync(fd, bytes, at, Math.min(step, bytes.length - at));",
      "    sleep(25);",
      "  }",
      "  closeSync(fd);",
      "};",
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

describe("two builds at once", () => {
  it("both succeed and leave one complete graph.json, byte for byte a single build's, and no temporary file", async () => {
    const corpus = copyFixture(DATA_DIR);
    const single = join(tempDir(), "graph.json");
    // The single build in this process (a process of its own would show nothing more, and costs a second of loading).
    expect((await panelgraphIn(["build", corpus, "--out", single], { cwd: tempDir() })).code).toBe(0);

    const outDir = tempDir();
    const out = join(outDir, "graph.json");
    writeFileSync(out, "the graph of an earlier build");
    const overlap = overlappingWrites(outDir);
    const runs = await Promise.all(
      [1, 2].map(() => spawnPanelgraph(["build", corpus, "--out", out], { cwd: outDir, node: ["--import", overlap] })),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    const json = readFileSync(out, "utf8");
    expect(json).toBe(readFileSync(single, "utf8"));
    const graph = deserializeGraph(JSON.parse(json));
    expect(graph.order).toBeGreaterThan(100);
    // Beside it, the build's record of itself (graph.changes.json: when it was made, for the next build).
    expect(readdirSync(outDir)).toEqual(["graph.changes.json", "graph.json"]);
  });
});

describe("a build that fails half-way through writing", () => {
  it("leaves the previous graph.json as it was and no temporary file", async () => {
    const outDir = tempDir();
    const out = join(outDir, "graph.json");
    writeFileSync(out, "the graph of an earlier build");
    // The disk fills up half-way through the write: half the bytes land, then ENOSPC, as a real full disk does.
    const fault = join(tempDir(), "disk-full.mjs");
    writeFileSync(
      fault,
      [
        'import fs from "node:fs";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const writeFileSync = fs.writeFileSync;",
        "fs.writeFileSync = (path, data, ...rest) => {",
        `  if (!String(path).startsWith(${JSON.stringify(outDir)})) return writeFileSync(path, data, ...rest);`,
        "  writeFileSync(path, data.slice(0, Math.floor(data.length / 2)), ...rest);",
        '  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });',
        "};",
        "syncBuiltinESMExports();",
      ].join("\n"),
    );
    const run = await spawnPanelgraph(["build", copyFixture(DATA_DIR), "--out", out], {
      cwd: outDir,
      node: ["--import", pathToFileURL(fault).href],
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("ENOSPC");
    expect(readFileSync(out, "utf8")).toBe("the graph of an earlier build");
    expect(readdirSync(outDir)).toEqual(["graph.json"]);
  });
});

describe("no command writes into the corpus folder", () => {
  it("build, validate, every query, stats, communities, conflicts and export leave graph-data/ as it was", async () => {
    // A project folder like the repository's: the corpus at graph-data/, every command run with its defaults.
    const project = tempDir();
    cpSync(DATA_DIR, join(project, "graph-data"), { recursive: true });
    const exportDir = tempDir();
    const questions: Record<string, string[]> = {
      "who-spoke-on": ["devolution"],
      "themes-of": ["Sarah Reed"],
      said: ["Sarah Reed"],
      "sessions-of": ["Janet Budd"],
      session: ["part one"],
      neighbours: ["Richard Stubbs"],
      "people-at": ["Nuffield Trust"],
      "across-sources": [],
      path: ["Geoff Little", "Sarah Reed"],
      "recommendations-on": ["delegation"],
      coverage: [],
      search: ["delegation"],
    };
    const help = (await panelgraph("query", "--help")).stdout;
    const listed = [...help.slice(help.indexOf("Questions:")).matchAll(/^ {4}([a-z-]+)/gm)].map((m) => m[1]);
    expect(Object.keys(questions).sort()).toEqual(listed.sort());
    const calls = [
      ["build"],
      ["validate"],
      ...Object.entries(questions).map(([question, names]) => ["query", question, ...names]),
      ["stats"],
      ["communities"],
      ["conflicts"],
      ["export", "--format", "gexf", "--out", join(exportDir, "graph.gexf")],
    ];

    const before = snapshot(join(project, "graph-data"));
    // Modification times have a granularity; a write in the same tick as the copy would keep the time.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const args of calls) {
      const run = await panelgraphIn(args, { cwd: project });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
      expect(run.stdout.length, args.join(" ")).toBeGreaterThan(0);
    }
    expect(snapshot(join(project, "graph-data"))).toEqual(before);
    // What they did write went where it should: build/graph.json (with the build's record) and the export.
    expect(readdirSync(project).sort()).toEqual(["build", "graph-data"]);
    expect(readdirSync(join(project, "build"))).toEqual(["graph.changes.json", "graph.json"]);
    expect(readdirSync(exportDir)).toEqual(["graph.gexf"]);
  });
});
