// `npm test`: the lint (scripts/lint.ts) and vitest's two projects, `unit` and `browser`, side by side in three
// processes; fails if any fails. Side by side because the browser tests leave most of a core idle (a page waits on
// Chromium's frames) while the unit tests keep both busy: run one after the other they took 4 min 35 s on this 2-core
// machine, side by side about 40 s less. vitest runs two projects of different worker counts only one after the other,
// hence two vitest processes. The unit run prints as it goes; the browser run and the lint, once all three have ended.
//
// Arguments after `npm test --` go to both vitest runs (`--reporter=…`); a file filter runs the projects it names files
// of. A JSON report (`--outputFile.json=<file>`, what .ci/run reads) is written by each run beside <file> and merged
// into <file>: the totals summed, the files' results put together. With `--project <name>` only that project runs, in
// one process.
//
// First, the CLI's bundle is made fresh if src/ changed since it was made (src/cli/bundle.mjs): the tests start the
// `panelgraph` binary dozens of times, and with a stale bundle each start runs the sources through tsx instead, about
// half a second of CPU more. `npm ci` makes the bundle (the "prepare" script), so CI runs the binary that way already;
// a bundle that cannot be made fails npm test, as it fails `npm ci`.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freshBundle } from "../src/cli/bundle.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROJECTS = ["unit", "browser"] as const;

interface Ended {
  name: string;
  code: number | null;
  output: string;
}

/** Runs `command`; its output printed as it comes (`live`) or kept for the end. */
function run(name: string, command: string[], env: NodeJS.ProcessEnv, live: boolean): Promise<Ended> {
  return new Promise((done) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...process.env, ...env, PATH: [join(ROOT, "node_modules/.bin"), process.env.PATH].join(delimiter) },
      stdio: live ? "inherit" : "pipe",
    });
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", (error) => done({ name, code: null, output: `${output}${error.message}\n` }));
    child.on("close", (code) => done({ name, code, output }));
  });
}

/** The JSON report's file named in `args` (`--outputFile.json=<file>` or `--outputFile.json <file>`), and `args`
 * with that file replaced by `rename(file)`. */
function jsonReport(args: string[], rename: (file: string) => string): { file?: string; args: string[] } {
  const flag = "--outputFile.json";
  const at = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (at === -1) return { args };
  const file = args[at] === flag ? args[at + 1] : args[at]!.slice(flag.length + 1);
  if (file === undefined) return { args };
  const renamed = [...args];
  if (args[at] === flag) renamed[at + 1] = rename(file);
  else renamed[at] = `${flag}=${rename(file)}`;
  return { file: resolve(file), args: renamed };
}

type Report = Record<string, unknown> & { testResults: unknown[]; success: boolean; startTime: number };

/** One report of vitest's JSON shape from the projects' reports: counts summed, results concatenated. */
function mergeReports(reports: Report[]): Report {
  const merged: Report = { ...reports[0]!, testResults: [], success: true };
  for (const key of Object.keys(merged)) if (key.startsWith("num")) merged[key] = 0;
  for (const report of reports) {
    for (const [key, value] of Object.entries(report))
      if (key.startsWith("num") && typeof value === "number") merged[key] = (merged[key] as number) + value;
    merged.testResults.push(...report.testResults);
    merged.success &&= report.success;
    merged.startTime = Math.min(merged.startTime, report.startTime);
  }
  return merged;
}

/** An option given without "=" whose value is the next argument (`--reporter json`), not a file filter. */
function valueTaking(arg: string): boolean {
  return (
    arg.startsWith("-") && !arg.includes("=") && !/^--(no-|run$|watch$|silent$|update$|passWithNoTests$)/.test(arg)
  );
}

/** The test files of a project (vitest.config.ts's include and exclude), relative to the checkout. */
function testFiles(project: (typeof PROJECTS)[number]): string[] {
  const files = (readdirSync(join(ROOT, "tests"), { recursive: true }) as string[])
    .map((file) => join("tests", file))
    .filter((file) => file.endsWith(".test.ts"));
  return files.filter((file) =>
    project === "browser" ? file.startsWith(join("tests", "e2e")) : !/^tests[/\\](e2e|interop)[/\\]/.test(file),
  );
}

const bundled: Ended[] = freshBundle() ? [] : [await run("bundle", ["node", "scripts/bundle-cli.mjs"], {}, false)];

const args = process.argv.slice(2);
let runs: Promise<Ended>[];
let report: { file?: string; parts: string[] } = { parts: [] };
if (args.includes("--project") || args.some((arg) => arg.startsWith("--project="))) {
  runs = [run("vitest", ["vitest", "run", ...args], {}, true)];
} else {
  // A file filter (`npm test -- tests/query`) runs the projects that have a file it names, and a filter that names no
  // file is an error, as in one vitest run: not two runs each passing with nothing to run.
  const filters = args.filter((arg, i) => !arg.startsWith("-") && !(i > 0 && valueTaking(args[i - 1]!)));
  const chosen = PROJECTS.filter(
    (project) => filters.length === 0 || testFiles(project).some((file) => filters.some((f) => file.includes(f))),
  );
  if (chosen.length === 0) {
    process.stderr.write(`npm test: no test file matches ${filters.join(", ")}\n`);
    process.exit(1);
  }
  runs = chosen.map((project) => {
    const own = jsonReport(args, (file) => `${file}.${project}.json`);
    if (own.file) report = { file: own.file, parts: [...report.parts, `${own.file}.${project}.json`] };
    // Each run's own Vite cache (vitest's results and the dev server's optimised dependencies): two dev servers
    // writing one cache at once would re-bundle under each other's pages.
    const env = project === "unit" ? {} : { PANELGRAPH_VITE_CACHE_DIR: join(ROOT, "node_modules/.vite-browser") };
    return run(project, ["vitest", "run", "--project", project, ...own.args], env, project === chosen[0]);
  });
}

const lint = run("lint", ["node", "--import", "tsx", "scripts/lint.ts"], {}, false);
const ended = [...bundled, ...(await Promise.all([...runs, lint]))];
let failed = false;
for (const { name, code, output } of ended) {
  if (output) process.stdout.write(`\n── ${name} ──\n${output}`);
  if (code !== 0) {
    failed = true;
    process.stderr.write(`npm test: the ${name} run failed (exit ${code ?? "not started"})\n`);
  }
}
if (report.file) {
  try {
    const reports = report.parts.map((part) => JSON.parse(readFileSync(part, "utf8")) as Report);
    const merged = mergeReports(reports);
    writeFileSync(report.file, JSON.stringify(merged));
    if (merged.numTotalTests === 0) {
      failed = true;
      process.stderr.write("npm test: no test ran (does the filter name a test file?)\n");
    }
  } catch (error) {
    // A run that crashed wrote no report: no merged report either, so nothing reads as a pass.
    failed = true;
    process.stderr.write(`npm test: could not merge the JSON reports: ${(error as Error).message}\n`);
  }
  for (const part of report.parts) rmSync(part, { force: true });
}
process.exitCode = failed ? 1 : 0;
