// What closes a list of problems on stderr: the summary says why a run failed (--strict) and whose problems they are
// (the corpus's, or the file given to add-source); a long value seen is cut between words and keeps its closing quote.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/ingest/problems.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

/** mini with one warning and no error: a session that no annotation refers to. */
function corpusWithAWarning(): string {
  const dir = copyFixture();
  appendFileSync(join(dir, "registry.yaml"), "  - id: forum-meeting-2\n    label: Example Forum, meeting 2\n");
  return dir;
}

describe("the summary after the problems", () => {
  it("validate --strict and build --strict say that warnings are why they fail", async () => {
    const dir = corpusWithAWarning();
    const plain = await panelgraph("validate", dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trimEnd().split("\n").at(-1)).toMatch(/; 0 errors, 1 warning$/);

    const strict = await panelgraph("validate", dir, "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /; 0 errors, 1 warning \(--strict: warnings fail too\)$/,
    );

    const out = join(tempDir(), "graph.json");
    const build = await panelgraph("build", dir, "--strict", "--out", out);
    expect(build.code).toBe(1);
    expect(build.stderr.trimEnd().split("\n").at(-1)).toBe(
      "panelgraph: 0 errors, 1 warning in the corpus (--strict: warnings fail too); nothing was written",
    );
  });

  it("add-source of a file that is not there: a problem with the input, not with the corpus", async () => {
    const dir = copyFixture();
    const registry = readFileSync(join(dir, "registry.yaml"));
    const missing = join(tempDir(), "nope.txt");
    const run = await panelgraph("add-source", missing, "--title", "T", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `${missing}  -  file not found (give the path of a .txt, .md, .html or .pdf file)\n` +
        "panelgraph: the source was not added; nothing was written\n",
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(join(dir, "registry.yaml"))).toEqual(registry);
  });
});

describe("a long value seen", () => {
  it("is cut between words, with the closing quote kept", () => {
    const value =
      "recommends → the-department-of-health-publish-a-workforce-plan-for-health-visitors-with-funding-for-five-years " +
      "and a review of the grant formula every two years";
    const line = formatProblem({
      severity: "error",
      file: "a.yaml",
      line: 3,
      field: "x",
      message: "m",
      value,
      hint: "h",
    });
    const seen = /\(value seen: (".*?"); h\)$/.exec(line)?.[1];
    expect(seen).toBeDefined();
    expect(seen!.length).toBeLessThanOrEqual(120);
    expect(seen!.endsWith('…"')).toBe(true);
    const shown = JSON.parse(seen!) as string;
    expect(value.startsWith(shown.slice(0, -1))).toBe(true);
    expect(value[shown.length - 1]).toBe(" "); // the cut falls between two words
  });

  it("a short value is shown whole", () => {
    const line = formatProblem({ severity: "error", file: "a.yaml", field: "x", message: "m", value: "housng" });
    expect(line).toBe('a.yaml  x  m (value seen: "housng")');
  });
});
