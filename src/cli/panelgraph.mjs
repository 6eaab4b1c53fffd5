#!/usr/bin/env node
// The `panelgraph` command: runs the TypeScript CLI through tsx, so no build step is needed after `npm install`.
import { register } from "tsx/esm/api";
import { PRELOADED } from "./preload.mjs";

// Node's loader reads the packages every command needs before tsx is registered (./preload.mjs says why).
await Promise.all(PRELOADED.map((name) => import(name)));
register();
const { run } = await import("./main.ts");
const { streamFailure } = await import("./context.ts");

// A write to stdout that fails is reported here, not where it was written. `panelgraph … | head` closes stdout early:
// stop quietly with 0 (EPIPE). Any other failure (`panelgraph stats > /dev/full`: ENOSPC) ends the run with one line
// on stderr and exit code 1, as run() does when a write fails in its hands.
process.stdout.on("error", (error) => {
  const { code, message } = streamFailure("standard output", error);
  if (message) {
    try {
      process.stderr.write(`${message}\n`);
    } catch {
      // stderr is gone too: the exit code says it
    }
  }
  process.exit(code);
});
// stderr that cannot be written has no one to tell: the run goes on and its exit code stands.
process.stderr.on("error", () => {});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
