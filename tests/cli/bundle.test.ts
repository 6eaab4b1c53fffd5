// The CLI bundled ahead of time (src/cli/bundle.mjs) and how the `panelgraph` binary chooses it: the bundle while it
// was made from the sources as they are, else the sources through tsx. Each test bundles a copy of the repository's
// sources (its node_modules linked), so what it edits there is never the checkout's.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { panelgraph, STACK_LINE, type CliRun } from "../helpers/cli.js";
import { MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

/** A copy of what the binary and the bundling read, with the checkout's node_modules; bundled unless told not to. */
function repositoryCopy({ bundled = true } = {}): string {
  const dir = tempDir();
  for (const path of ["src", "scripts/bundle-cli.mjs", "package.json", "tsconfig.json", "tsconfig.base.json"])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true, preserveTimestamps: true });
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(dir, "node_modules"));
  if (bundled) expect(bundle(dir)).toMatchObject({ code: 0, stderr: "" });
  return dir;
}

/** `npm run bundle` in `dir`. */
function bundle(dir: string): CliRun {
  const run = spawnSync(process.execPath, [join(dir, "scripts/bundle-cli.mjs")], { cwd: dir, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A `node --import` under which importing any of `packages` fails, saying so: with "tsx/esm/api", a run that goes
 * through tsx fails, so one that succeeds ran the bundle.
 */
function without(...packages: string[]): string[] {
  const dir = tempDir();
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `const BLOCKED = ${JSON.stringify(packages)};\n` +
      "export async function resolve(specifier, context, next) {\n" +
      "  if (BLOCKED.includes(specifier)) throw new Error(`${specifier} was loaded`);\n" +
      "  return next(specifier, context);\n}\n",
  );
  const register = join(dir, "register.mjs");
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return ["--import", pathToFileURL(register).href];
}

/** The copy's binary, `node [node…] <dir>/src/cli/panelgraph.mjs <args>`, run from the checkout's root. */
async function binaryOf(dir: string, args: string[], node: string[] = []): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      [...node, join(dir, "src/cli/panelgraph.mjs"), ...args],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const execFileAsync = promisify(execFile);

const HEADLINE = "panelgraph: annotated panel sources → an evidence-backed knowledge graph";

describe("the bundled CLI", () => {
  // One bundled copy for the tests that only run it (bundling takes a second or more on a busy machine).
  let shared = "";
  beforeAll(() => {
    shared = repositoryCopy();
  });
  const bundledCopy = () => shared;

  it("is what the binary runs when fresh: without tsx, printing what run() prints, with the same exit codes", async () => {
    const dir = bundledCopy();
    const noTsx = without("tsx/esm/api");
    // Packages only some commands use stay lazy: validate runs with them unloadable too (the language model, the
    // extraction of web pages and PDFs, the viewer's server).
    const lazy = without("tsx/esm/api", "compromise", "linkedom", "pdfjs-dist/legacy/build/pdf.mjs", "vite");
    const cases: [string[], string[]][] = [
      [["validate", MINI_DIR], noTsx],
      [["query", "who-spoke-on", "no such theme"], noTsx],
      [["biuld"], noTsx],
      [["validate", MINI_DIR], lazy],
    ];
    // The binaries run side by side, while the same commands run here.
    const binaries = cases.map(([args, node]) => binaryOf(dir, args, node));
    for (const [i, [args]] of cases.entries())
      expect(await binaries[i], args.join(" ")).toEqual(await panelgraph(...args));
  });

  // suggest loads the language model twice (here and in the binary): seconds of CPU, many more on a busy machine.
  it(
    "finds the files its sources name beside them (package.json, the suggest models), not beside the bundle",
    {
      timeout: 120_000,
    },
    async () => {
      const dir = bundledCopy();
      const noTsx = without("tsx/esm/api");
      // The copy's own package.json, not the checkout's: found from src/cli/main.ts where the copy keeps it.
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
      writeFileSync(join(dir, "package.json"), JSON.stringify({ ...manifest, version: "9.9.9-copy" }));
      expect(await binaryOf(dir, ["--version"], noTsx)).toEqual({
        code: 0,
        stdout: "panelgraph 9.9.9-copy\n",
        stderr: "",
      });
      // suggest: its lazily loaded chunk, and the learned models read from src/suggest/models/.
      const out = tempDir();
      const running = binaryOf(dir, ["suggest", "panel-a", "--data", MINI_DIR, "--out", join(out, "b.yaml")], noTsx);
      const inProcess = await panelgraph("suggest", "panel-a", "--data", MINI_DIR, "--out", join(out, "a.yaml"));
      const bundled = await running;
      expect(bundled.code).toBe(0);
      expect(bundled.stderr).toBe(inProcess.stderr.replaceAll("a.yaml", "b.yaml"));
      expect(readFileSync(join(out, "b.yaml"), "utf8")).toBe(readFileSync(join(out, "a.yaml"), "utf8"));
    },
  );

  it("is never run stale: after an edit in src/ the next run is the edited code (through tsx), until it is rebundled", async () => {
    const dir = repositoryCopy();
    const noTsx = without("tsx/esm/api");
    const main = join(dir, "src/cli/main.ts");
    writeFileSync(main, readFileSync(main, "utf8").replace(HEADLINE, "panelgraph, edited"));
    const edited = await binaryOf(dir, ["--help"]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain("panelgraph, edited");
    // It was tsx that ran it: with tsx unloadable the run fails.
    expect(await binaryOf(dir, ["--help"], noTsx)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("tsx/esm/api was loaded"),
    });
    // Rebundled, the edited code runs without tsx.
    expect(bundle(dir).code).toBe(0);
    expect(await binaryOf(dir, ["--help"], noTsx)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("panelgraph, edited"),
    });
  });

  it("runs the sources through tsx when the bundle's files are gone (a .cache/ cleaned by hand)", async () => {
    const dir = repositoryCopy();
    const manifest = JSON.parse(readFileSync(join(dir, ".cache/cli/manifest.json"), "utf8")) as { main: string };
    rmSync(join(dir, ".cache/cli", dirname(manifest.main)), { recursive: true });
    expect(await binaryOf(dir, ["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining(HEADLINE) });
  });

  it("stays fresh when a source's time changes but not its content (a checkout, a touch)", async () => {
    const dir = bundledCopy();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, "src/model/schema.ts"), later, later);
    utimesSync(join(dir, "src/cli/main.ts"), later, later);
    expect(await binaryOf(dir, ["--help"], without("tsx/esm/api"))).toMatchObject({ code: 0, stderr: "" });
  });

  it("is not made when a source imports a package by a name Node cannot load (tsx would), and says where", async () => {
    const dir = repositoryCopy({ bundled: false });
    const path = join(dir, "src/query/path.ts");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        "graphology-shortest-path/unweighted.js",
        "graphology-shortest-path/unweighted",
      ),
    );
    const run = bundle(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^panelgraph: could not bundle the CLI: /);
    expect(run.stderr).toContain("src/query/path.ts:2:");
    expect(run.stderr).toContain('Node cannot load "graphology-shortest-path/unweighted"');
    expect(run.stderr).not.toMatch(STACK_LINE);
    // With no bundle, the binary runs the sources through tsx.
    expect(await binaryOf(dir, ["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining(HEADLINE) });
  });
});
