// How the CLI answers a wrong call: the message and the usage (or the candidates for a name) on stderr, nothing on
// stdout, a non-zero exit code and never a stack trace, which only `--debug` adds, and only to an internal error.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { panelgraph, PANELGRAPH, STACK_LINE, type CliRun } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

type Run = CliRun;

/** Runs calls one after the other, in this process; results in the order of the calls. */
async function runAll(calls: string[][]): Promise<Run[]> {
  const results: Run[] = [];
  for (const call of calls) results.push(await panelgraph(...call));
  return results;
}

/** Every command `panelgraph --help` lists, so a command added later is checked too. */
async function listedCommands(): Promise<string[]> {
  const { stdout } = await panelgraph("--help");
  const list = stdout.slice(stdout.indexOf("Commands:"));
  return [...list.matchAll(/^ {2}([a-z][a-z-]*) {2,}/gm)].map((m) => m[1]!);
}

/** A failed call: exit `code`, nothing on stdout, no stack trace on stderr. */
function expectRefused(run: Run, code: number, what: string): void {
  expect(run.code, what).toBe(code);
  expect(run.stdout, what).toBe("");
  expect(run.stderr, what).not.toMatch(STACK_LINE);
}

describe("wrong calls: usage on stderr, exit 2, no stack trace", () => {
  it("an unknown command names the nearest command and prints the list of commands", async () => {
    const run = await panelgraph("valdiate", MINI_DIR);
    expectRefused(run, 2, "valdiate");
    expect(run.stderr).toContain('panelgraph: unknown command "valdiate" (did you mean validate?)');
    expect(run.stderr).toContain("Usage: panelgraph <command> [options]");
    expect(run.stderr).toMatch(/^ {2}validate {2,}check the corpus/m);
  });

  it("an unknown option is refused by every command, with a pointer to that command's --help", async () => {
    const commands = await listedCommands();
    expect(commands).toEqual(expect.arrayContaining(["build", "validate", "serve", "query", "export", "stats"]));
    const runs = await runAll(commands.map((command) => [command, "--no-such-option"]));
    for (const [i, command] of commands.entries()) {
      const run = runs[i]!;
      expectRefused(run, 2, command);
      expect(run.stderr, command).toBe(
        `panelgraph: Unknown option '--no-such-option'\nRun \`panelgraph ${command} --help\` for its options.\n`,
      );
    }
  });

  it("a misspelt option names the nearest option of that command, on every command", async () => {
    const commands = await listedCommands();
    const help = await runAll(commands.map((command) => [command, "--help"]));
    // The first option each command's help lists, misspelt by swapping its last two letters.
    const cases = commands.flatMap((command, i) => {
      const option = /^ {2}--([a-z][a-z-]{3,})/m.exec(help[i]!.stdout)?.[1];
      return option ? [{ command, option, typo: `${option.slice(0, -2)}${option.at(-1)}${option.at(-2)}` }] : [];
    });
    expect(cases.length).toBeGreaterThan(10);
    const runs = await runAll(cases.map(({ command, typo }) => [command, `--${typo}`]));
    for (const [i, { command, option, typo }] of cases.entries()) {
      const run = runs[i]!;
      expectRefused(run, 2, command);
      expect(run.stderr, command).toContain(`panelgraph: Unknown option '--${typo}' (did you mean --${option}?)`);
      expect(run.stderr, command).toContain(`Run \`panelgraph ${command} --help\` for its options.`);
      expect(run.stderr, command).not.toContain("Usage:");
    }
    const titel = await panelgraph("add-source", "notes.md", "--titel", "X");
    expect(titel.stderr).toContain("Unknown option '--titel' (did you mean --title?)");
  });

  it("a missing argument says what is missing", async () => {
    const cases: [string[], string][] = [
      [["query", "who-spoke-on"], "query who-spoke-on needs <theme>"],
      [["query", "themes-of"], "query themes-of needs <person>"],
      [["query", "neighbours"], "query neighbours needs <entity>"],
      [["query", "recommendations-on"], "query recommendations-on needs <theme>"],
      [["query", "search"], "query search needs <text>"],
      [["query", "path", "ada-park"], "query path needs two names, got 1"],
      [["build", "--out"], "Option '--out <value>' argument missing"],
      [["export", "--format"], "Option '--format <value>' argument missing"],
      [["export"], "--format is required: one of gexf, graphml, json, csv, turtle, neo4j"],
    ];
    const runs = await runAll(cases.map(([args]) => args));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      expectRefused(run, 2, args.join(" "));
      expect(run.stderr, args.join(" ")).toContain(`panelgraph: ${message}`);
      // The usage line, except for `export`, whose message lists the formats it takes instead.
      if (args[0] !== "export" || args.length > 1) expect(run.stderr, args.join(" ")).toContain("Usage: panelgraph ");
    }
  });
});

describe("a name several entities share: the candidates on stderr, exit 1", () => {
  it("is refused the same way by every command that takes a name", async () => {
    const dir = copyFixture();
    // "park" becomes a name of two people, "delegation" of two themes.
    edit(dir, "registry.yaml", "    label: Ben Ode\n", "    label: Ben Ode\n    aliases: [Park]\n");
    edit(dir, "registry.yaml", "    label: Local data\n", "    label: Local data\n    aliases: [delegation]\n");
    const out = join(tempDir(), "theme.json");
    const people = ["ada-park  Ada Park  (person)", "ben-ode   Ben Ode   (person)"];
    const themes = ["devolution  Devolution  (theme)", "local-data  Local data  (theme)"];
    const cases: [string[], string, string[]][] = [
      [["query", "who-spoke-on", "delegation", "--data", dir], '"delegation" names 2 theme entities', themes],
      [["query", "recommendations-on", "Delegation", "--data", dir], '"Delegation" names 2 theme entities', themes],
      [["query", "themes-of", "park", "--data", dir], '"park" names 2 person entities', people],
      [["query", "neighbours", "park", "--data", dir], '"park" names 2 entities', people],
      [["query", "path", "lee-moss", "park", "--data", dir], '"park" names 2 entities', people],
      [["export", dir, "--format", "json", "--theme", "delegation", "--out", out], '"delegation" names 2', themes],
    ];
    const runs = await runAll(cases.map(([args]) => args));
    for (const [i, [args, message, candidates]] of cases.entries()) {
      const run = runs[i]!;
      expectRefused(run, 1, args.join(" "));
      expect(run.stderr, args.join(" ")).toContain(`panelgraph: ${message}`);
      expect(run.stderr, args.join(" ")).toContain("give the id of the one you mean\nCandidates:\n");
      for (const candidate of candidates) expect(run.stderr, args.join(" ")).toContain(`\n  ${candidate}\n`);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe("output that cannot be written", () => {
  /** run() in this process with writes that fail as a full disk (ENOSPC) or a closed pipe (EPIPE) make them fail. */
  async function runWith(args: string[], failing: { stdout?: string; stderr?: string }) {
    const written = { stdout: "", stderr: "" };
    const stream = (name: "stdout" | "stderr") => ({
      write(text: string) {
        const code = failing[name];
        if (code) throw Object.assign(new Error(`${code}: simulated, write`), { code, syscall: "write" });
        written[name] += text;
      },
    });
    const code = await run(args, { stdout: stream("stdout"), stderr: stream("stderr"), cwd: ROOT, env: {} });
    return { code, ...written };
  }

  it("a full disk on stdout: exit 1, one line on stderr and no stack trace, whatever the command", async () => {
    for (const args of [["validate", MINI_DIR], ["stats"], ["--help"], ["query", "who-spoke-on", "devolution"]]) {
      const result = await runWith(args, { stdout: "ENOSPC" });
      expect(result, args.join(" ")).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "panelgraph: could not write to standard output (ENOSPC: no space left on the device); the output is incomplete\n",
      });
    }
  });

  it("a reader that went away (EPIPE): exit 0, nothing said; stderr that fails: the exit code stands", async () => {
    expect(await runWith(["stats"], { stdout: "EPIPE" })).toEqual({ code: 0, stdout: "", stderr: "" });
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    const broken = await runWith(["validate", dir], { stderr: "EIO" });
    expect(broken.code).toBe(1);
    expect(await runWith(["build", dir, "--out", join(dir, "graph.json")], { stderr: "EIO" })).toEqual({
      code: 1,
      stdout: "",
      stderr: "",
    });
    expect(existsSync(join(dir, "graph.json"))).toBe(false);
  });
});

describe("--debug", () => {
  /**
   * Runs the CLI with a fault put into node:fs before it starts: renaming a file into `dir` throws a TypeError, as a
   * bug in our code would. The CLI itself is unchanged, so this is the path a real internal error takes.
   */
  function withInternalError(dir: string, ...args: string[]) {
    const fault = join(tempDir(), "fault.mjs");
    writeFileSync(
      fault,
      [
        'import fs from "node:fs";',
        'import { syncBuiltinESMExports } from "node:module";',
        "const renameSync = fs.renameSync;",
        "fs.renameSync = (from, to) => {",
        `  if (String(to).startsWith(${JSON.stringify(dir)})) throw new TypeError("simulated internal error");`,
        "  return renameSync(from, to);",
        "};",
        "syncBuiltinESMExports();",
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["--import", pathToFileURL(fault).href, PANELGRAPH, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("an internal error exits 70 with its message and no stack trace; --debug adds the stack trace", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    const plain = withInternalError(dir, "build", MINI_DIR, "--out", out);
    expect(plain.code).toBe(70);
    expect(plain.stderr).toBe(
      "panelgraph: simulated internal error\n(run again with --debug to see where it happened)\n",
    );
    const debug = withInternalError(dir, "build", MINI_DIR, "--out", out, "--debug");
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/^panelgraph: simulated internal error\nTypeError: simulated internal error\n/);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr).toMatch(/at writeFileAtomic \(.*src\/io\/atomic\.ts:\d+:\d+\)/);
    // Nothing half-written is left behind either.
    expect(readdirSync(dir)).toEqual([]);
  });

  it("adds no stack trace to a corpus error or a usage error: those are the user's to fix, not ours", async () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    const corpus = await panelgraph("validate", dir, "--debug");
    expect(corpus.code).toBe(1);
    expect(corpus.stderr).toContain('claims.2.to  unknown entity id (value seen: "pooled-budget"');
    expect(corpus.stderr).not.toMatch(STACK_LINE);
    const usage = await panelgraph("build", "--outt", "x", "--debug");
    expectRefused(usage, 2, "build --outt");
    expect(usage.stderr).toContain("Unknown option '--outt'");
  });
});
