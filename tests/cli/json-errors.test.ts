// With --json, an error is one JSON object on stdout as well as the plain lines on stderr, for every command that takes
// --json (docs/cli.md, "Errors with --json"); the exit code is what it is without --json.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, STACK_LINE, type CliRun } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, tempDir } from "../helpers/corpus.js";

interface ErrorJson {
  ok: false;
  error: { code: number; message: string; problems?: Record<string, unknown>[]; [key: string]: unknown };
}

/** A failed --json run: exit `code`, one JSON error object on stdout, the plain message on stderr. */
function jsonError(run: CliRun, code: number, stderr: string | RegExp): ErrorJson {
  expect(run.code).toBe(code);
  expect(run.stderr).not.toMatch(STACK_LINE);
  if (typeof stderr === "string") expect(run.stderr).toContain(stderr);
  else expect(run.stderr).toMatch(stderr);
  const parsed = JSON.parse(run.stdout) as ErrorJson;
  expect(parsed.ok).toBe(false);
  expect(parsed.error.code).toBe(code);
  // The message is stderr's first line, without "panelgraph: " (or its summary line, for a corpus's problems).
  expect(run.stderr).toContain(`panelgraph: ${parsed.error.message}`);
  return parsed;
}

/** A copy of the mini corpus with one quote its source does not have. */
function brokenCorpus(): string {
  const dir = copyFixture();
  edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
  return dir;
}

describe("--json errors: one JSON object on stdout, plain lines on stderr, the same exit code", () => {
  it("build, stats and a query on a corpus with problems list the problems with file, line, field and hint", async () => {
    const dir = brokenCorpus();
    const out = join(tempDir(), "graph.json");
    for (const args of [
      ["build", dir, "--out", out],
      ["stats", "--data", dir],
      ["query", "coverage", "--data", dir],
    ]) {
      const plain = await panelgraph(...args);
      const run = await panelgraph(...args, "--json");
      expect(run.code, args[0]).toBe(plain.code);
      expect(run.stderr, args[0]).toBe(plain.stderr);
      const { error } = jsonError(run, 1, /in the corpus/);
      expect(error.problems!.length).toBeGreaterThan(0);
      const problem = error.problems!.find((p) => p.severity === "error")!;
      expect(problem).toMatchObject({ file: "annotations/panel-b.yaml", field: expect.any(String) });
      expect(problem.line).toEqual(expect.any(Number));
      expect(problem.message).toEqual(expect.any(String));
    }
  });

  it("a name that matches nothing gives the candidates; a usage error gives code 2", async () => {
    const unknown = await panelgraph("query", "themes-of", "Zed Quorn", "--data", MINI_DIR, "--json");
    const { error } = jsonError(unknown, 1, "panelgraph: ");
    expect(error).toMatchObject({ query: "Zed Quorn", candidates: expect.any(Array), mentioned: expect.any(Array) });
    const usage = [
      ["stats", "--top", "0", "--data", MINI_DIR],
      ["query", "who-spke-on", "x", "--data", MINI_DIR],
      ["build", MINI_DIR, "--bogus"],
      ["validate", MINI_DIR, "--bogus"],
    ];
    for (const args of usage) jsonError(await panelgraph(...args, "--json"), 2, /^panelgraph: /);
  });

  it("export and diff with a file that is not there: exit 1, with the file named", async () => {
    const dir = tempDir();
    const missing = join(dir, "nothere.json");
    const exported = await panelgraph("export", "--format", "json", "--graph", missing, "--json");
    expect(jsonError(exported, 1, "no such file").error.message).toContain("nothere.json");
    const diffed = await panelgraph("diff", missing, missing, "--json");
    expect(jsonError(diffed, 1, "no such file").error.message).toContain("nothere.json");
    jsonError(await panelgraph("stats", "--data", join(dir, "nothere"), "--json"), 1, "corpus folder not found");
  });

  it("suggest over a draft already there, without --force: exit 1, the file named", async () => {
    const dir = copyFixture();
    const refused = await panelgraph("suggest", "panel-a", "--data", dir, "--json");
    expect(jsonError(refused, 1, "--force replaces it").error.message).toBe(
      "annotations/panel-a.yaml already exists; nothing was written",
    );
  });

  it("validate keeps its own shape and adds the same error object", async () => {
    const run = await panelgraph("validate", brokenCorpus(), "--json");
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as ErrorJson & { errors: number; problems: unknown[] };
    expect(parsed).toMatchObject({ ok: false, errors: 1 });
    expect(parsed.error).toEqual({ code: 1, message: expect.stringMatching(/^1 error, /), problems: parsed.problems });
  });

  it("without --json stdout stays empty on an error", async () => {
    const run = await panelgraph("build", brokenCorpus(), "--out", join(tempDir(), "g.json"));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
  });
});
