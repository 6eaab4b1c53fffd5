import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { themeSubgraph } from "../../src/export/subgraph.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { panelgraph, panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { DATA_DIR, MINI_DIR, ROOT, tempDir } from "../helpers/corpus.js";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));

describe("panelgraph export", () => {
  it("writes a GEXF file of the whole corpus and says what it wrote", async () => {
    const out = join(tempDir(), "corpus.gexf");
    const run = await panelgraph("export", "--format", "gexf", "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${graph.order} nodes, ${graph.size} edges as gexf`);
    // Outside the working folder, the path is shown as it is, not as ../../tmp/…
    expect(run.stdout).toContain(`Wrote ${out} (`);
    const back = parse(MultiDirectedGraph, readFileSync(out, "utf8"));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  });

  it("without --out, another corpus than graph-data is written under its own name, not over graph-data's export", async () => {
    const cwd = tempDir();
    cpSync(MINI_DIR, join(cwd, "graph-data"), { recursive: true });
    cpSync(MINI_DIR, join(cwd, "tarn"), { recursive: true });
    const shipped = await panelgraphIn(["export", "--format", "gexf"], { cwd });
    expect(shipped.stdout).toMatch(/^Wrote build\/export\/graph\.gexf \(/u);
    const other = await panelgraphIn(["export", "--format", "gexf", "--data", "tarn"], { cwd });
    expect(other.code, other.stderr).toBe(0);
    expect(other.stdout).toMatch(/^Wrote build\/export\/graph-tarn\.gexf \(/u);
    const csv = await panelgraphIn(["export", "tarn", "--format", "csv"], { cwd });
    expect(csv.stdout).toMatch(/^Wrote build\/export\/csv-tarn\/nodes\.csv \(/u);
    expect(readdirSync(join(cwd, "build/export")).sort()).toEqual(["csv-tarn", "graph-tarn.gexf", "graph.gexf"]);
  });

  it("--out - streams a single-file format to standard output, alone there, with the same bytes as a file", async () => {
    const dir = tempDir();
    for (const format of ["gexf", "graphml", "json", "turtle"]) {
      const file = join(dir, `graph.${format}`);
      expect((await panelgraph("export", MINI_DIR, "--format", format, "--out", file)).code).toBe(0);
      const streamed = await panelgraphIn(["export", MINI_DIR, "--format", format, "--out", "-"], { cwd: dir });
      expect(streamed.code, streamed.stderr).toBe(0);
      expect(streamed.stdout).toBe(readFileSync(file, "utf8"));
      expect(streamed.stderr).toMatch(/^Wrote standard output \([\d.]+ kB\)\n14 nodes, 13 edges as /);
    }
    // No file named "-" is left in the working folder.
    expect(readdirSync(dir).sort()).toEqual(["graph.gexf", "graph.graphml", "graph.json", "graph.turtle"]);
  });

  it("--out - refuses a folder format and --json (exit 2, nothing written)", async () => {
    const dir = tempDir();
    for (const format of ["csv", "neo4j"]) {
      const run = await panelgraphIn(["export", MINI_DIR, "--format", format, "--out", "-"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`--format ${format} writes a folder of files, which cannot go to standard output`);
    }
    const json = await panelgraphIn(["export", MINI_DIR, "--format", "gexf", "--out", "-", "--json"], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--json prints its report on standard output, where --out - writes the export");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("gives byte-identical files for the same corpus", async () => {
    const dir = tempDir();
    for (const name of ["a", "b"])
      await panelgraph("export", "--format", "graphml", "--out", join(dir, `${name}.graphml`));
    expect(readFileSync(join(dir, "a.graphml"))).toEqual(readFileSync(join(dir, "b.graphml")));
  });

  it("writes the csv folder and reports every file with --json", async () => {
    const out = join(tempDir(), "tables");
    const run = await panelgraph("export", "--format", "csv", "--out", out, "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: "csv", nodes: graph.order, edges: graph.size });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(
      ["nodes.csv", "edges.csv", "evidence.csv"].map((f) => join(out, f)),
    );
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "evidence.csv", "nodes.csv"]);
  });

  it("exports a graph.json that build wrote (--graph), and its JSON export has the same bytes as graph.json", async () => {
    const dir = tempDir();
    expect((await panelgraph("build", "--out", join(dir, "graph.json"))).code).toBe(0);
    const run = await panelgraph(
      "export",
      "--format",
      "json",
      "--graph",
      join(dir, "graph.json"),
      "--out",
      join(dir, "e.json"),
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "e.json"))).toEqual(readFileSync(join(dir, "graph.json")));
    const missing = await panelgraph("export", "--format", "json", "--graph", join(dir, "nope.json"));
    // A named file that is not there is bad input (1), not a wrong call (2).
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file (run `panelgraph build` first)");
  });

  it("refuses a --graph file that is not a graph.json build wrote, with exit 1 and nothing written", async () => {
    const dir = tempDir();
    const files = {
      "build-status.json": '{"ok":true,"summary":"Built","problems":[]}',
      "package.json": readFileSync(join(ROOT, "package.json"), "utf8"),
      "a.json": '{"a":1}',
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const out = join(dir, `from-${name}`);
      const run = await panelgraph("export", "--format", "csv", "--graph", join(dir, name), "--out", out);
      expect(run.code, name).toBe(1);
      expect(run.stdout, name).toBe("");
      expect(run.stderr, name).toContain(
        `panelgraph: --graph ${join(dir, name)} is not a graph.json written by \`panelgraph build\`: it has no "options", ` +
          '"attributes", "nodes", "edges" (its keys: ',
      );
      expect(run.stderr, name).toContain("give the graph.json that `panelgraph build` writes");
      expect(run.stderr, name).not.toMatch(STACK_LINE);
      expect(existsSync(out), name).toBe(false);
    }
  });

  it("takes the corpus folder as --data, as every command does, or as its argument; two different folders are refused", async () => {
    const dir = tempDir();
    const data = await panelgraph("export", "--format", "json", "--data", MINI_DIR, "--out", join(dir, "data.json"));
    expect(data.stderr).toBe("");
    expect(data.code).toBe(0);
    const given = await panelgraph("export", "--format", "json", MINI_DIR, "--out", join(dir, "given.json"));
    expect(given.code).toBe(0);
    expect(readFileSync(join(dir, "data.json"))).toEqual(readFileSync(join(dir, "given.json")));
    expect(JSON.parse(readFileSync(join(dir, "data.json"), "utf8")).nodes.length).toBeLessThan(graph.order);
    const both = await panelgraph("export", "--format", "json", MINI_DIR, "--data", DATA_DIR, "--out", join(dir, "b"));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`two corpus folders given, ${JSON.stringify(MINI_DIR)} and --data`);
    const two = await panelgraph("export", "--format", "json", MINI_DIR, DATA_DIR, "--out", join(dir, "t"));
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("one corpus folder, please");
    expect(existsSync(join(dir, "b")) || existsSync(join(dir, "t"))).toBe(false);
  });

  it("shows --out relative to the working folder inside it, and as an absolute path outside it", async () => {
    const dir = tempDir();
    const cwd = join(dir, "work");
    mkdirSync(cwd);
    const args = (out: string) => ["export", DATA_DIR, "--format", "gexf", "--out", out];
    expect((await panelgraphIn(args("inside.gexf"), { cwd })).stdout).toMatch(/^Wrote inside\.gexf \(/);
    expect((await panelgraphIn(args("../outside.gexf"), { cwd })).stdout).toContain(
      `Wrote ${join(dir, "outside.gexf")} (`,
    );
  });

  it("exports only a theme's part with --theme (aliases work): the theme, its speakers and their organisations", async () => {
    const out = join(tempDir(), "delegation.gexf");
    const run = await panelgraph("export", "--format", "gexf", "--theme", "delegated powers", "--out", out, "--json");
    expect(run.code).toBe(0);
    const part = parse(MultiDirectedGraph, readFileSync(out, "utf8"));
    const theme = whoSpokeOn(graph, "delegation").theme.id;
    expect(part.hasNode(theme)).toBe(true);
    for (const speaker of whoSpokeOn(graph, theme).speakers) expect(part.hasNode(speaker.id)).toBe(true);
    expect(part.order).toBe(themeSubgraph(graph, theme).order);
    expect(part.order).toBeLessThan(graph.order);
    part.forEachNode((id, a) => {
      if (
        a.type === "person" &&
        graph.outEdges(id).some((e) => graph.getEdgeAttribute(e, "relation") === "affiliated-with")
      ) {
        expect(part.outEdges(id).some((e) => part.getEdgeAttribute(e, "relation") === "affiliated-with")).toBe(true);
      }
    });
  });

  it("exports one community with --community, and refuses one that does not exist", async () => {
    const out = join(tempDir(), "c1.json");
    expect((await panelgraph("export", "--format", "json", "--community", "1", "--out", out)).code).toBe(0);
    const part = MultiDirectedGraph.from(JSON.parse(readFileSync(out, "utf8")));
    expect(part.filterNodes((_, a) => a.community === 1)).toEqual(graph.filterNodes((_, a) => a.community === 1));
    // Community 2 as `communities` lists it; the other nodes of its export are the sources its passages cite, and the
    // summary counts them apart, so its numbers agree with `communities`.
    const listed = JSON.parse((await panelgraph("communities", "--json")).stdout).communities[1];
    const csv = join(tempDir(), "c2");
    const run = await panelgraph("export", "--format", "csv", "--community", "2", "--out", csv);
    expect(run.code).toBe(0);
    const rows: { id: string }[] = parseCsv(readFileSync(join(csv, "nodes.csv"), "utf8"), { columns: true, bom: true });
    const ids = rows.map((row) => row.id);
    const members = listed.members.map((m: { id: string }) => m.id);
    const cited = ids.filter((id) => !members.includes(id));
    expect(ids.filter((id) => members.includes(id)).sort()).toEqual([...members].sort());
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(graph.getNodeAttribute(id, "type")).toBe("source");
    expect(run.stdout).toContain(
      `${ids.length} nodes (community 2's ${members.length} members and ${cited.length} source` +
        `${cited.length === 1 ? "" : "s"} their passages cite), `,
    );
    const json = await panelgraph("export", "--format", "csv", "--community", "2", "--out", csv, "--json");
    expect(JSON.parse(json.stdout).part).toEqual({ community: 2, members: members.length, citedSources: cited.length });
    const missing = await panelgraph("export", "--format", "json", "--community", "999", "--out", out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--community 999: no such community");
  });

  it("explains a bad format, an unknown theme and a bad --color-by, without a stack trace", async () => {
    const bad = await panelgraph("export", "--format", "gefx");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format "gefx" is not a format (did you mean gexf?)');
    const unknown = await panelgraph(
      "export",
      "--format",
      "gexf",
      "--theme",
      "delegashun",
      "--out",
      join(tempDir(), "x.gexf"),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Did you mean:");
    const color = await panelgraph("export", "--format", "gexf", "--color-by", "colour");
    expect(color.code).toBe(2);
    expect(color.stderr).toContain("--color-by must be type or community");
    const date = await panelgraph("export", "--format", "gexf", "--date", "2023-02-30", "--out", join(tempDir(), "x"));
    expect(date.code).toBe(2);
    expect(date.stderr).toContain(
      'panelgraph: --date must be a real date, YYYY-MM-DD: not a real date: February 2023 has days 01 to 28 (got "2023-02-30")\n',
    );
    for (const run of [bad, unknown, color, date]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("reports an unwritable path with exit 1 and leaves the file that was there", async () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "graph.gexf"), "previous");
    chmodSync(locked, 0o500);
    const run = await panelgraph("export", "--format", "gexf", "--out", join(locked, "graph.gexf"));
    chmodSync(locked, 0o700);
    // root ignores directory permissions; a file where a folder should be fails for everyone.
    const asFolder = await panelgraph("export", "--format", "gexf", "--out", join(locked, "graph.gexf", "inside.gexf"));
    expect(asFolder.code).toBe(1);
    expect(asFolder.stderr).toContain("cannot write");
    expect(asFolder.stderr).toContain("a part of the path is a file, not a folder");
    expect(asFolder.stderr).not.toMatch(STACK_LINE);
    // A folder that cannot be made for want of its parent (Node's recursive mkdir retries there for ever).
    const system = await panelgraph("export", "--format", "gexf", "--out", "/proc/panelgraph-test/graph.gexf");
    expect(system.code).toBe(1);
    expect(system.stderr).toContain(
      "cannot write /proc/panelgraph-test/graph.gexf: a folder on the way cannot be made",
    );
    if (run.code !== 0) {
      expect(run.code).toBe(1);
      expect(readFileSync(join(locked, "graph.gexf"), "utf8")).toBe("previous");
    }
  });

  it("shows its progress on a terminal only, and clears the line when done", async () => {
    const dir = tempDir();
    const args = (name: string) => ["export", DATA_DIR, "--format", "gexf", "--out", join(dir, name)];
    const terminal = await panelgraphIn(args("a.gexf"), { tty: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(/^\rexporting gexf… \d+%/);
    expect(terminal.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect((await panelgraphIn(args("b.gexf"))).stderr).toBe("");
    expect((await panelgraphIn([...args("c.gexf"), "--json"], { tty: true })).stderr).toBe("");
  });
});
