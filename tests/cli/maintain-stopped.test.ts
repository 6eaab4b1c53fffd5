// merge-entity, rename-entity and remove-source stopped by Ctrl-C (SIGINT) or SIGTERM while they write: the corpus is
// left as it was, byte for byte, with no temporary file beside its files, and the process ends as the signal ends it.
// The real binary runs with a module (`node --import`) that sends the signal at a chosen moment of the write: while
// the new files are written, or once a file has been replaced (or deleted) and the others not yet.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { panelgraph, startPanelgraph } from "../helpers/cli.js";
import { copyFixture, folderContents, tempDir } from "../helpers/corpus.js";

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
      const before = folderContents(dir);
      const stopped = startPanelgraph([...args, "--data", dir], { node: ["--import", signalAt(dir, moment, signal)] });
      const run = await stopped.done;
      // It got as far as writing (its report is printed first), and ended by the signal.
      expect(run.stdout).not.toBe("");
      expect([run.signal, run.stderr]).toEqual([signal, ""]);
      expect(folderContents(dir)).toEqual(before);
    });
  }
});

describe("a corpus edit killed (SIGKILL) while it writes", () => {
  it("leaves the files it moved aside, which the next command puts back: the corpus as it was, nothing lost", async () => {
    const dir = copyFixture();
    const before = folderContents(dir);
    // Killed once the registry was moved aside, before its new text was moved in: no handler runs.
    const killed = await startPanelgraph(["rename-entity", "ada-park", "ada-park-2", "--data", dir], {
      node: ["--import", signalAt(dir, "after-rename-1", "SIGKILL")],
    }).done;
    expect(killed.signal).toBe("SIGKILL");
    const left = folderContents(dir);
    expect(left).not.toEqual(before);
    expect(Object.keys(left).filter((name) => name.endsWith(".aside"))).not.toEqual([]);

    // A new edit first puts back what the killed one moved aside (its own temporaries are not mistaken for them).
    const validate = await panelgraph("validate", dir);
    expect(validate.code).toBe(0);
    expect(validate.stderr + validate.stdout).toContain("put back as it was before a corpus edit that was stopped");
    // Every file as it was; beside them only the killed edit's temporaries, hidden, which the next write removes.
    const putBack = folderContents(dir);
    for (const name of Object.keys(putBack)) if (/\/?\.[^/]+\.tmp$/.test(name)) delete putBack[name];
    expect(putBack).toEqual(before);

    // A process of its own: a temporary file is stale only when made before the process that finds it started.
    const again = await startPanelgraph(["rename-entity", "ada-park", "ada-park-2", "--data", dir]).done;
    expect(again.code).toBe(0);
    expect(Object.keys(folderContents(dir)).filter((name) => /\.(aside|tmp)$/.test(name))).toEqual([]);
  });

  it("a moved-aside file survives the next edit's removal of stale temporaries", async () => {
    const dir = copyFixture();
    const before = folderContents(dir);
    await startPanelgraph(["rename-entity", "ada-park", "ada-park-2", "--data", dir], {
      node: ["--import", signalAt(dir, "after-rename-1", "SIGKILL")],
    }).done;
    // The next edit, not a read, is the first to meet it: it puts it back before writing, then makes its own change.
    // A process of its own: a temporary file is stale only when made before the process that finds it started.
    const again = await startPanelgraph(["rename-entity", "ada-park", "ada-park-2", "--data", dir]).done;
    expect(again.code).toBe(0);
    const after = folderContents(dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after["registry.yaml"]).toContain("ada-park-2");
  });
});
