import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { panelgraph, PANELGRAPH, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

/** graph.json of the mini fixture as the library builds it, with the corpus folder's name `build` adds. */
function miniGraphJson(): string {
  const graph = buildAnalysedGraph(loadValidCorpus(MINI_DIR));
  graph.setAttribute("corpus", "mini");
  return serializeGraph(graph);
}
describe("panelgraph CLI", () => {
  it("--help lists every command", async () => {
    const { code, stdout } = await panelgraph("--help");
    expect(code).toBe(0);
    for (const command of ["build", "validate", "serve"]) expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("--version (and -v, version) prints package.json's version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v", "version"]) {
      const { code, stdout, stderr } = await panelgraph(flag);
      expect([code, stdout.trim(), stderr]).toEqual([0, `panelgraph ${version}`, ""]);
    }
  });

  it("validate reports a sound corpus and exits 0", async () => {
    const { code, stdout } = await panelgraph("validate", MINI_DIR);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 sources, 12 entities, 14 claims with 15 evidence passages; 0 errors, 0 warnings/);
  });

  it("validate and build take the corpus folder as --data too, as add-source, suggest and the queries do", async () => {
    const positional = await panelgraph("validate", MINI_DIR);
    const data = await panelgraph("validate", "--data", MINI_DIR);
    expect(data.code).toBe(0);
    expect(data.stdout).toBe(positional.stdout);
    const both = await panelgraph("validate", MINI_DIR, "--data", MINI_DIR);
    expect(both.code).toBe(0);
    const out = join(tempDir(), "graph.json");
    const build = await panelgraph("build", "--data", MINI_DIR, "--out", out);
    expect(build.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('"nodes"');
  });

  it("two different corpus folders, as dir and as --data, are a usage error", async () => {
    const other = tempDir();
    const { code, stderr } = await panelgraph("validate", MINI_DIR, "--data", other);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `two corpus folders given, ${JSON.stringify(MINI_DIR)} and --data ${JSON.stringify(other)}`,
    );
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("validate lists every problem as file:line  field  message on stderr, exits 1, and shows no stack trace", async () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    edit(dir, "registry.yaml", "    parent: devolution", "    parent: devolutions");
    const { code, stderr } = await panelgraph("validate", dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'annotations/panel-b.yaml:16  claims.2.to  unknown entity id (value seen: "pooled-budget"; did you mean pooled-budgets?)',
    );
    expect(stderr).toContain(
      'registry.yaml:25  themes.1.parent  unknown parent theme (value seen: "devolutions"; did you mean devolution?)',
    );
    expect(stderr).toMatch(/2 errors, 1 warning$/m);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("validate --json gives the problems as data", async () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    const { code, stdout } = await panelgraph("validate", dir, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({
      file: "annotations/panel-b.yaml",
      line: 16,
      field: "claims.2.to",
      value: "pooled-budget",
    });
  });

  it("build writes the same graph.json the library builds, and says what it did", async () => {
    const out = join(tempDir(), "out/graph.json");
    const { code, stdout } = await panelgraph("build", MINI_DIR, "--out", out);
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(miniGraphJson());
    const people = JSON.parse(readFileSync(out, "utf8")).nodes.filter(
      (n: { attributes: { type: string } }) => n.attributes.type === "person",
    );
    expect(people.map((n: { attributes: { community?: unknown } }) => typeof n.attributes.community)).toEqual([
      "number",
      "number",
      "number",
    ]);
    expect(stdout).toContain("Read 2 sources from");
    expect(stdout).toContain("repaired 4 damaged characters in panel-a");
    expect(stdout).toMatch(
      /Nodes: 14 — 2 sources, 1 event, 1 session, 3 people, 3 organisations, 3 themes, 1 recommendation/,
    );
    expect(stdout).toContain(
      'Conflict: Ada Park, role at Northtown Council: "Director of Health" (panel-a) vs "Deputy Director of Health" (panel-b)',
    );
    expect(stdout).toMatch(/Wrote .*graph\.json \(\d+\.\d kB\)/);
  });

  it("build --json prints the report as JSON", async () => {
    const out = join(tempDir(), "graph.json");
    const { code, stdout } = await panelgraph("build", MINI_DIR, "--out", out, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.nodes.person).toBe(3);
    expect(report.edges["spoke-on"]).toBe(2);
    expect(report.edges["agreed-on"]).toBe(1);
    expect(report.conflicts).toHaveLength(1);
  });

  it("a failed build leaves the previous output untouched", async () => {
    const out = join(tempDir(), "graph.json");
    writeFileSync(out, "previous");
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    const { code, stderr } = await panelgraph("build", dir, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toContain("nothing was written");
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  it("two builds writing the same file at once leave a complete graph", async () => {
    const out = join(tempDir(), "graph.json");
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [PANELGRAPH, "build", MINI_DIR, "--out", out], {
          cwd: ROOT,
          stdio: "ignore",
        });
        child.on("exit", resolve);
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
    expect(readFileSync(out, "utf8")).toBe(miniGraphJson());
    // Beside it the last build's record of itself (graph.changes.json), and no temporary file.
    expect(readdirSync(dirname(out))).toEqual(["graph.changes.json", "graph.json"]);
  });

  it("an unknown command gets usage on stderr, an unknown flag the nearest flag, and exit 2", async () => {
    const command = await panelgraph("biuld");
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('panelgraph: unknown command "biuld"');
    expect(command.stderr).toContain("Usage: panelgraph <command>");
    const flag = await panelgraph("build", "--outt", "x");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--outt' (did you mean --out?)");
    expect(flag.stderr).toContain("Run `panelgraph build --help` for its options.");
  });

  it("a missing corpus folder is a clear error", async () => {
    const { code, stderr } = await panelgraph("validate", "no-such-folder");
    expect(code).toBe(1);
    expect(stderr).toContain("no-such-folder  -  corpus folder not found");
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
