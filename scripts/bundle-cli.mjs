// `npm run bundle`, and the "prepare" script of `npm install` / `npm ci`: bundles the CLI into .cache/cli/
// (src/cli/bundle.mjs says why), which the `panelgraph` binary then runs while it is fresh.
import { relative } from "node:path";
import { buildBundle } from "../src/cli/bundle.mjs";

try {
  const { dir, inputs } = await buildBundle();
  process.stdout.write(`panelgraph: bundled the CLI (${inputs} files) into ${relative(process.cwd(), dir)}\n`);
} catch (error) {
  process.stderr.write(`panelgraph: could not bundle the CLI: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
}
