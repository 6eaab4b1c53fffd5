// `npm run lint`: the type check of the three projects (tsconfig.json's references) and prettier's check, side by side,
// each one's output printed whole once it ends; fails if any fails. Side by side because each is one thread: on two
// cores the lint takes about as long as its longest part, the Node project, not the sum of all of them.
import { spawn } from "node:child_process";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const CHECKS = [
  // Forced: tsc -b keeps a project it has checked until that project's own files change, whatever the dependencies'
  // types do. The viewer's build checks the core first (it reads the core's declarations).
  ["tsc", "-b", "--force", "tsconfig.node.json"],
  ["tsc", "-b", "--force", "tsconfig.viewer.json"],
  // Its cache in the checkout, by each file's content: a node_modules shared by several checkouts (git worktrees
  // linking theirs to one) would have each run forget what the other checkouts' runs kept.
  ["prettier", "--check", "--cache", "--cache-strategy", "content", "--cache-location", ".cache/prettier", "."],
];

function check(command: string[]): Promise<{ command: string[]; code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...process.env, PATH: [join(ROOT, "node_modules/.bin"), process.env.PATH].join(delimiter) },
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", (error) => done({ command, code: null, output: `${output}${error.message}\n` }));
    child.on("close", (code) => done({ command, code, output }));
  });
}

let failed = false;
for (const { command, code, output } of await Promise.all(CHECKS.map(check))) {
  process.stdout.write(output);
  if (code !== 0) {
    failed = true;
    process.stderr.write(`npm run lint: ${command.join(" ")} failed (exit ${code ?? "not started"})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
