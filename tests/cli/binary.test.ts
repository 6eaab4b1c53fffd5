// The `panelgraph` binary itself (src/cli/panelgraph.mjs), in a child process: what only a real process shows. The
// rest of the CLI is tested in-process through run().
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { panelgraph, PANELGRAPH, spawnPanelgraph, STACK_LINE } from "../helpers/cli.js";
import { MINI_DIR, ROOT } from "../helpers/corpus.js";

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
});
