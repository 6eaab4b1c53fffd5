#!/usr/bin/env node
// The `panelgraph` command: runs the TypeScript CLI through tsx, so no build step is needed after `npm install`.
import { register } from "tsx/esm/api";

register();
const { run } = await import("./main.ts");

// `panelgraph … | head` closes stdout early: stop quietly rather than die on EPIPE.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
