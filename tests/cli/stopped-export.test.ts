// An export stopped half-way: by Ctrl-C or SIGTERM (the temporary files it was writing go with it, and it ends as the
// signal ends it), or killed outright (SIGKILL: a csv or neo4j folder is still the previous export whole, and the
// next export clears what was left and says so). Each test stops the real binary at a chosen moment of its write,
// through a module loaded with `node --import` that watches the file system calls.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { panelgraph, spawnPanelgraph, startPanelgraph } from "../helpers/cli.js";
import { folderContents, MINI_DIR, tempDir } from "../helpers/corpus.js";

/** A module that sends the process `signal` once a temporary file of the export is open, and slows its write. */
function signalWhileWriting(signal: NodeJS.Signals): string {
  const module = join(tempDir(), "stop.mjs");
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const createWriteStream = fs.createWriteStream;",
      "let sent = false;",
      "fs.createWriteStream = (path, ...rest) => {",
      "  const stream = createWriteStream(path, ...rest);",
      '  if (sent || !String(path).endsWith(".tmp")) return stream;',
      "  sent = true;",
      `  stream.once("open", () => process.kill(process.pid, ${JSON.stringify(signal)}));`,
      "  // The write pauses, as a large one takes time: the signal comes while the file is half-written.",
      "  const write = stream._write;",
      "  stream._write = (...args) => setTimeout(() => write.apply(stream, args), 500);",
      "  return stream;",
      "};",
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

/** A module that kills the process (SIGKILL: no handler runs) when the export's second file is put in place. */
function killAtSecondFile(): string {
  const module = join(tempDir(), "kill.mjs");
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const renameSync = fs.renameSync;",
      "let files = 0;",
      "fs.renameSync = (from, to, ...rest) => {",
      "  const result = renameSync(from, to, ...rest);",
      '  if (String(from).endsWith(".tmp") && ++files === 2) process.kill(process.pid, "SIGKILL");',
      "  return result;",
      "};",
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

describe("an export stopped by SIGINT or SIGTERM", () => {
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal} removes the temporary files it was writing and ends as the signal ends it (${code})`, async () => {
      for (const [format, out] of [
        ["gexf", "graph.gexf"],
        ["csv", "tables"],
      ] as const) {
        const dir = tempDir();
        const stopped = startPanelgraph(["export", MINI_DIR, "--format", format, "--out", join(dir, out)], {
          node: ["--import", signalWhileWriting(signal)],
        });
        const run = await stopped.done;
        expect({ format, signal: run.signal }).toEqual({ format, signal });
        expect({ format, left: readdirSync(dir) }).toEqual({ format, left: [] });
      }
    });
  }
});

describe("a build stopped during its synchronous write", () => {
  it("SIGTERM while graph.json is written: the write ends whole, no temporary file is left, and build ends by SIGTERM", async () => {
    const module = join(tempDir(), "stop-sync.mjs");
    writeFileSync(
      module,
      [
        'import fs from "node:fs";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const writeFileSync = fs.writeFileSync;",
        "let sent = false;",
        "fs.writeFileSync = (path, ...rest) => {",
        '  if (!sent && String(path).endsWith(".tmp")) { sent = true; process.kill(process.pid, "SIGTERM"); }',
        "  return writeFileSync(path, ...rest);",
        "};",
        "syncBuiltinESMExports();",
      ].join("\n"),
    );
    const dir = tempDir();
    const stopped = startPanelgraph(["build", MINI_DIR, "--out", join(dir, "graph.json")], {
      node: ["--import", pathToFileURL(module).href],
    });
    const run = await stopped.done;
    expect(run.signal).toBe("SIGTERM");
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
    JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));
  });
});

describe("a folder export killed half-way", () => {
  it("leaves the previous folder whole (never a mix of two exports); the next export clears the rest and says so", async () => {
    const dir = tempDir();
    const out = join(dir, "tables");
    expect((await panelgraph("export", MINI_DIR, "--format", "csv", "--out", out)).code).toBe(0);
    writeFileSync(join(out, "notes.txt"), "the desk's own notes\n");
    const before = folderContents(out);
    const graphFile = join(dir, "graph.json");
    expect((await panelgraph("build", MINI_DIR, "--out", graphFile)).code).toBe(0);
    // A second graph that differs in every node's label, as w44's " v2" export did.
    const graph = JSON.parse(readFileSync(graphFile, "utf8")) as { nodes: { attributes: { label: string } }[] };
    for (const node of graph.nodes) node.attributes.label += " v2";
    writeFileSync(graphFile, JSON.stringify(graph));
    const killed = await spawnPanelgraph(["export", "--graph", graphFile, "--format", "csv", "--out", out], {
      node: ["--import", killAtSecondFile()],
    });
    expect(killed.code).toBe(null);
    expect(folderContents(out)).toEqual(before);
    // A process of its own, started after the killed one: leftovers are told by their time and pid.
    const next = await spawnPanelgraph(["export", "--graph", graphFile, "--format", "csv", "--out", out]);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/^panelgraph: removed .*\.tables\.\d+\.\d+\.\d+\.new, left by a stopped export/m);
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
    const after = folderContents(out);
    expect(after["nodes.csv"]).toContain("Ada Park v2");
    // A file of the folder that is not the export's is kept.
    expect(after["notes.txt"]).toBe("the desk's own notes\n");
  });
});
