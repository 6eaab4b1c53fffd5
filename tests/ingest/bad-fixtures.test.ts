// The bad-input fixtures (tests/fixtures/bad/, see its README): each folder is one class of mistake a user makes, as
// the files that differ from tests/fixtures/mini, with `expected.txt` holding the lines `panelgraph validate` must
// print for it. Each case is checked alone through the real CLI, then all of them at once in one corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, MINI_DIR, ROOT } from "../helpers/corpus.js";

const BAD_DIR = join(ROOT, "tests/fixtures/bad");

/** The classes of bad input tests/fixtures/bad/README.md lists, one folder each: a case deleted or renamed fails. */
const CASES = [
  "yaml-syntax-error",
  "wrong-type",
  "missing-field",
  "unknown-entity-id",
  "duplicate-id",
  "quote-curly-quotes",
  "quote-double-space",
  "evidence-unknown-source",
  "theme-cycle",
  "empty-file",
  "binary-file",
  "too-large-source",
  "non-utf8-text",
  "alias-bomb",
  "folder-as-file",
  "name-in-two-encodings",
  "impossible-date",
  "url-not-web",
  "misspelt-values",
];

/** Files too big to commit, made here instead: a 20 MB transcript (twice the limit of 10 MB). */
const HEARING_LINE =
  "CHAIR: Thank you. The committee will now hear evidence on pooled budgets from Northtown Council.\n";
const GENERATED: Record<string, Record<string, () => Buffer>> = {
  "too-large-source": { "sources/full-hearing.txt": () => Buffer.alloc(20 * 1024 * 1024, HEARING_LINE) },
};

/** Paths (relative to the case folder) of every file the case puts into the corpus, generated ones included. */
function caseFiles(name: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const root = join(BAD_DIR, name);
  const committed = walk(root)
    .map((path) => relative(root, path))
    .filter((path) => path !== "expected.txt");
  return [...committed, ...Object.keys(GENERATED[name] ?? {})].sort();
}

function caseContent(name: string, file: string): Buffer {
  return GENERATED[name]?.[file]?.() ?? readFileSync(join(BAD_DIR, name, file));
}

function expectedLines(name: string): string[] {
  return readFileSync(join(BAD_DIR, name, "expected.txt"), "utf8")
    .split("\n")
    .filter(Boolean);
}

/**
 * Puts a case's files into `dir` (a copy of mini, maybe with other cases in it already). A file mini has is merged
 * line by line: a case changes lines of mini in place or adds lines at the end, so two cases can change one file as
 * long as they change different lines. A file mini does not have must not have been added by another case.
 */
function overlay(dir: string, name: string): void {
  for (const file of caseFiles(name)) {
    const content = caseContent(name, file);
    const target = join(dir, file);
    if (!existsSync(join(MINI_DIR, file))) {
      if (existsSync(target)) throw new Error(`${name}: ${file} is added by another case too`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      continue;
    }
    const base = readFileSync(join(MINI_DIR, file), "utf8").split("\n");
    const merged = readFileSync(target, "utf8").split("\n");
    const changed = content.toString("utf8").split("\n");
    if (changed.length < base.length) throw new Error(`${name}: ${file} must keep every line of mini in its place`);
    changed.forEach((line, i) => {
      if (line === base[i]) return;
      if (merged[i] !== undefined && merged[i] !== base[i] && merged[i] !== line) {
        throw new Error(`${name}: line ${i + 1} of ${file} is changed by another case too`);
      }
      merged[i] = line;
    });
    writeFileSync(target, merged.join("\n"));
  }
}

/**
 * Runs `panelgraph validate --strict dir` (a case may be a warning: --strict makes it fail too) and splits stderr into
 * the problem lines and the summary line after them.
 */
async function validate(dir: string) {
  const run = await panelgraph("validate", "--strict", dir);
  const lines = run.stderr.split("\n").filter(Boolean);
  return { ...run, problems: lines.slice(0, -1), summary: lines.at(-1) ?? "" };
}

const isWarning = (line: string) => line.includes("  warning: ");

/** The end of validate --strict's summary for these problem lines: `N errors, M warnings`, and why warnings fail. */
function counts(lines: string[]): string {
  const warnings = lines.filter(isWarning).length;
  const errors = lines.length - warnings;
  const strict = warnings > 0 ? " (--strict: warnings fail too)" : "";
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${strict}`;
}

describe("tests/fixtures/bad: one case per class of bad input", () => {
  it("has a folder for every class of bad input, each with its files, its expected lines and a README entry", async () => {
    const folders = readdirSync(BAD_DIR).filter((name) => statSync(join(BAD_DIR, name)).isDirectory());
    expect(folders.sort()).toEqual([...CASES].sort());
    const readme = readFileSync(join(BAD_DIR, "README.md"), "utf8");
    for (const name of CASES) {
      expect(caseFiles(name).length, name).toBeGreaterThan(0);
      expect(expectedLines(name).length, name).toBeGreaterThan(0);
      expect(readme, name).toContain(`\`${name}/\``);
      // Only files that differ from mini: a copy that does not would hide which file holds the mistake.
      for (const file of caseFiles(name).filter((f) => existsSync(join(MINI_DIR, f)))) {
        expect(caseContent(name, file).equals(readFileSync(join(MINI_DIR, file))), `${name}/${file}`).toBe(false);
      }
    }
  });

  it.each(CASES)("%s: validate exits 1 and prints exactly the expected lines, with no stack trace", async (name) => {
    const dir = copyFixture();
    overlay(dir, name);
    const { code, stdout, stderr, problems, summary } = await validate(dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(problems).toEqual(expectedLines(name));
    expect(summary.startsWith(`${dir}: `), summary).toBe(true);
    expect(summary.endsWith(`; ${counts(problems)}`), summary).toBe(true);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

describe("one run reports every case", () => {
  it("a corpus with all the cases at once gets every expected line, and nothing else, from a single validate", async () => {
    const dir = copyFixture();
    for (const name of CASES) overlay(dir, name);
    const { code, stderr, problems, summary } = await validate(dir);
    expect(code).toBe(1);
    const expected = CASES.flatMap(expectedLines);
    expect([...problems].sort()).toEqual([...expected].sort());
    expect(summary.endsWith(`; ${counts(expected)}`), summary).toBe(true);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("--json gives each of those problems its file and a hint, and a line unless the whole file is at fault", async () => {
    const dir = copyFixture();
    for (const name of CASES) overlay(dir, name);
    const run = await panelgraph("validate", dir, "--json", "--strict");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      errors: number;
      warnings: number;
      problems: { file: string; line?: number; field: string; hint?: string }[];
    };
    const expected = CASES.flatMap(expectedLines);
    expect(report.errors).toBe(expected.filter((line) => !isWarning(line)).length);
    expect(report.warnings).toBe(expected.filter(isWarning).length);
    for (const problem of report.problems) {
      expect(problem.file).toMatch(/^(registry\.yaml|annotations\/|sources\/)/);
      expect(problem.hint, problem.file).toMatch(/\w/);
      const wholeFile = ["annotations/panel-b.empty.yaml", "sources/full-hearing.txt", "sources/hearing.txt"].includes(
        problem.file,
      );
      expect(problem.line === undefined, problem.file).toBe(wholeFile);
    }
  });
});
