// The `panelgraph` binary itself (src/cli/panelgraph.mjs), in a child process: what only a real process shows. The
// rest of the CLI is tested in-process through run().
import { spawnSync } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { panelgraph, PANELGRAPH, spawnPanelgraph, STACK_LINE } from "../helpers/cli.js";
import { MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

describe("the panelgraph binary", () => {
  it("prints what run() prints and exits with the code run() returns", async () => {
    for (const args of [["validate", MINI_DIR], ["query", "who-spoke-on", "no such theme"], ["biuld"]]) {
      const inProcess = await panelgraph(...args);
      const binary = await spawnPanelgraph(args);
      expect(binary, args.join(" ")).toEqual(inProcess);
    }
  });

  it("stops quietly with exit code 0 when the reader of its output goes away (`| head`)", () => {
    // Far more than a pipe holds, so a write after `head` has gone fails with EPIPE.
    const command = `"${process.execPath}" "${PANELGRAPH}" query search the --limit 1000 --json`;
    const run = spawnSync("bash", ["-c", `${command} | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stdout).toBe("exit 0\n");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("stops with exit code 1 and one line on stderr when stdout cannot be written (a full disk: `> /dev/full`)", () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [["stats"], ["validate", MINI_DIR], ["--help"], ["query", "who-spoke-on", "devolution"]]) {
        const run = spawnSync(process.execPath, [PANELGRAPH, ...args], {
          cwd: ROOT,
          encoding: "utf8",
          stdio: ["ignore", full, "pipe"],
        });
        expect(run.status, args.join(" ")).toBe(1);
        expect(run.stderr, args.join(" ")).toBe(
          "panelgraph: could not write to standard output (ENOSPC: no space left on the device); the output is incomplete\n",
        );
      }
    } finally {
      closeSync(full);
    }
  });

  it("loads the language model only for suggest: the other commands start without it", async () => {
    // A module hook (node --import) under which the language model cannot be loaded: a command that imports it fails.
    const dir = tempDir();
    const hooks = join(dir, "hooks.mjs");
    writeFileSync(
      hooks,
      "export async function resolve(specifier, context, next) {\n" +
        '  if (specifier === "compromise") throw new Error("the language model was loaded");\n' +
        "  return next(specifier, context);\n}\n",
    );
    const register = join(dir, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const node = ["--import", pathToFileURL(register).href];
    const validate = await spawnPanelgraph(["validate", MINI_DIR], { node });
    expect(validate).toEqual(await panelgraph("validate", MINI_DIR));
    // The hook does stop a command that needs the model.
    const suggest = await spawnPanelgraph(["suggest", "panel-a", "--data", MINI_DIR, "--out", join(dir, "d.yaml")], {
      node,
    });
    expect(suggest.code).not.toBe(0);
    expect(suggest.stderr).toContain("the language model was loaded");
  });
});
