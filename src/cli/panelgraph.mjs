#!/usr/bin/env node
// The `panelgraph` command: runs the CLI bundled ahead of time (./bundle.mjs) when the bundle was made from the
// sources as they are, else the TypeScript itself through tsx, without a word: an edit in src/ shows in the next run
// either way, and what a command prints does not depend on which one ran. `npm run bundle` makes it fresh again.
import { freshBundle } from "./bundle.mjs";

const { run, streamFailure } = await loadCli();

async function loadCli() {
  const bundle = freshBundle();
  if (bundle) {
    // As under tsx, a stack trace (--debug) names the lines of src/, through the bundle's source maps.
    process.setSourceMapsEnabled(true);
    const [{ run }, { streamFailure }] = await Promise.all([import(bundle.main), import(bundle.context)]);
    return { run, streamFailure };
  }
  const [{ register }, { PRELOADED }] = await Promise.all([import("tsx/esm/api"), import("./preload.mjs")]);
  // Node's loader reads the packages every command needs before tsx is registered (./preload.mjs says why).
  await Promise.all(PRELOADED.map((name) => import(name)));
  register();
  const { run } = await import("./main.ts");
  const { streamFailure } = await import("./context.ts");
  return { run, streamFailure };
}

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
// One more turn of the event loop before the process ends: a Ctrl-C or SIGTERM that came during a synchronous write
// (build's graph.json) is handled now, so the process still ends as the signal ends it (130, 143), its temporary
// files removed (src/io/atomic.ts), rather than with the code of a run that finished.
for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
