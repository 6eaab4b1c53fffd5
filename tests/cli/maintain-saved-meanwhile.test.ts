// merge-entity, rename-entity and remove-source read the corpus, plan the change and check the corpus it would leave
// (seconds on a large one) before they write: a file saved in that moment (an editor, the viewer's Review) must not be
// replaced by the change. The real binary runs with a module (`node --import`) that saves the file as the change
// begins to write its new files: the last moment before it would replace the file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { panelgraphIn, spawnPanelgraph } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

/** A module that writes `text` to `file` when the process first writes a temporary file beside it. */
function saveWhenWriting(file: string, text: string): string {
  const module = join(tempDir(), "save.mjs");
  writeFileSync(
    module,
    [
      'import fs from "node:fs";',
      'import { dirname } from "node:path";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const writeFileSync = fs.writeFileSync;",
      "let saved = false;",
      "fs.writeFileSync = (path, ...rest) => {",
      `  if (!saved && String(path).endsWith(".tmp") && dirname(String(path)) === ${JSON.stringify(join(file, ".."))}) {`,
      "    saved = true;",
      `    writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)});`,
      "  }",
      "  return writeFileSync(path, ...rest);",
      "};",
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return pathToFileURL(module).href;
}

it("rename-entity writes nothing when a file it changes was saved meanwhile, and says so (exit 1)", async () => {
  const dir = copyFixture();
  const file = join(dir, "annotations/panel-b.yaml");
  const registry = readFileSync(join(dir, "registry.yaml"), "utf8");
  const saved = `${readFileSync(file, "utf8")}# accepted in an editor meanwhile\n`;
  const run = await spawnPanelgraph(["rename-entity", "ada-park", "ada-park-2", "--data", dir], {
    node: ["--import", saveWhenWriting(file, saved)],
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("panelgraph: annotations/panel-b.yaml changed while the change was made");
  expect(run.stderr).toContain("Nothing was written");
  expect(readFileSync(file, "utf8")).toBe(saved);
  expect(readFileSync(join(dir, "registry.yaml"), "utf8")).toBe(registry);
});

// In this process: only the saving module needs a process of its own, and without it the binary runs what run() runs.
it("rename-entity writes as before when nothing changed meanwhile", async () => {
  const dir = copyFixture();
  const run = await panelgraphIn(["rename-entity", "ada-park", "ada-park-2", "--data", dir]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  expect(readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8")).toContain("ada-park-2");
});
