// merge-entity, rename-entity and remove-source stopped by Ctrl-C (SIGINT) or SIGTERM while they write: the corpus is
// left as it was, byte for byte, with no temporary file beside its files, and the process ends as the signal ends it.
// The real binary runs with a module (`node --import`) that sends the signal at a chosen moment of the write: while
// the new files are written, or once a file has been replaced (or deleted) and the others not yet.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { startPanelgraph } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

/** Every file under `dir` (hidden ones too) with its bytes. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(
        join(entry.parentPath, entry.name),
        "latin1", // one character a byte: the same text is the same bytes
      );
  return files;
}

type Moment = "writing" | "after-rename-1" | "after-rename-2";

/**
 * A module that sends the process `signal` once, inside `corpus`: once the first temporary file is written ("writing"),
 * or right after the first or second file was moved (a file moved aside, or a new one moved in).
 */
function signalAt(corpus: string, moment: Moment, signal: NodeJS.Signals): string {
  const module = join(tempDir(), "stop.mjs");
  const inCorpus = `String(path).startsWith(${JSON.stringify(corpus)})`;
  const send = `process.kill(process.pid, ${JSON.stringify(signal)})`;
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const { renameSync, writeFileSync } = fs;",
      "let sent = false;",
      "let renames = 0;",
      moment === "writing"
        ? [
            "fs.writeFileSync = (path, ...rest) => {",
            "  const result = writeFileSync(path, ...rest);",
            `  if (!sent && ${inCorpus} && String(path).endsWith(".tmp")) { sent = true; ${send}; }`,
            "  return result;",
            "};",
          ].join("\n")
        : [
            "fs.renameSync = (path, ...rest) => {",
            "  const result = renameSync(path, ...rest);",
            `  if (!sent && ${inCorpus} && ++renames === ${moment === "after-rename-1" ? 1 : 2}) { sent = true; ${send}; }`,
            "  return result;",
            "};",
          ].join("\n"),
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

describe("a corpus edit stopped while it writes", () => {
  const cases: [string, string[], Moment, NodeJS.Signals][] = [
    [
      "rename-entity, while its new files are written",
      ["rename-entity", "ada-park", "ada-park-2"],
      "writing",
      "SIGTERM",
    ],
    [
      "rename-entity, once its first file was replaced",
      ["rename-entity", "ada-park", "ada-park-2"],
      "after-rename-2",
      "SIGINT",
    ],
    ["remove-source, once its first file was deleted", ["remove-source", "panel-a"], "after-rename-1", "SIGTERM"],
  ];
  for (const [name, args, moment, signal] of cases) {
    it(`${name} (${signal}): the corpus is as it was, byte for byte, with no temporary file`, async () => {
      const dir = copyFixture();
      const before = contents(dir);
      const stopped = startPanelgraph([...args, "--data", dir], { node: ["--import", signalAt(dir, moment, signal)] });
      const run = await stopped.done;
      // It got as far as writing (its report is printed first), and ended by the signal.
      expect(run.stdout).not.toBe("");
      expect([run.signal, run.stderr]).toEqual([signal, ""]);
      expect(contents(dir)).toEqual(before);
    });
  }
});
