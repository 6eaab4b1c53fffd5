import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import fc from "fast-check";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildOutputGraph } from "../../src/cli/build.js";
import { writeChunksAtomic } from "../../src/cli/files.js";
import { themeSubgraph } from "../../src/export/subgraph.js";
import { readCorpus } from "../../src/ingest/validate.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { DATA_DIR, tempDir } from "../helpers/corpus.js";

const graph = buildOutputGraph(readCorpus(DATA_DIR));

describe("panelgraph export", () => {
  it("writes a GEXF file of the whole corpus and says what it wrote", () => {
    const out = join(tempDir(), "corpus.gexf");
    const run = panelgraph("export", "--format", "gexf", "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${graph.order} nodes, ${graph.size} edges as gexf`);
    const back = parse(MultiDirectedGraph, readFileSync(out, "utf8"));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  });

  it("gives byte-identical files for the same corpus", () => {
    const dir = tempDir();
    for (const name of ["a", "b"]) panelgraph("export", "--format", "graphml", "--out", join(dir, `${name}.graphml`));
    expect(readFileSync(join(dir, "a.graphml"))).toEqual(readFileSync(join(dir, "b.graphml")));
  });

  it("writes the csv folder and reports every file with --json", () => {
    const out = join(tempDir(), "tables");
    const run = panelgraph("export", "--format", "csv", "--out", out, "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: "csv", nodes: graph.order, edges: graph.size });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(
      ["nodes.csv", "edges.csv", "evidence.csv"].map((f) => join(out, f)),
    );
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "evidence.csv", "nodes.csv"]);
  });

  it("exports a graph.json that build wrote (--graph), and its JSON export has the same bytes as graph.json", () => {
    const dir = tempDir();
    expect(panelgraph("build", "--out", join(dir, "graph.json")).code).toBe(0);
    const run = panelgraph(
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
    const missing = panelgraph("export", "--format", "json", "--graph", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file (run `panelgraph build` first)");
  });

  it("exports only a theme's part with --theme (aliases work): the theme, its speakers and their organisations", () => {
    const out = join(tempDir(), "delegation.gexf");
    const run = panelgraph("export", "--format", "gexf", "--theme", "devolution", "--out", out, "--json");
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

  it("exports one community with --community, and refuses one that does not exist", () => {
    const out = join(tempDir(), "c1.json");
    expect(panelgraph("export", "--format", "json", "--community", "1", "--out", out).code).toBe(0);
    const part = MultiDirectedGraph.from(JSON.parse(readFileSync(out, "utf8")));
    expect(part.filterNodes((_, a) => a.community === 1)).toEqual(graph.filterNodes((_, a) => a.community === 1));
    const missing = panelgraph("export", "--format", "json", "--community", "999", "--out", out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--community 999: no such community");
  });

  it("explains a bad format, an unknown theme and a bad --color-by, without a stack trace", () => {
    const bad = panelgraph("export", "--format", "gefx");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format "gefx" is not a format (did you mean gexf?)');
    const unknown = panelgraph(
      "export",
      "--format",
      "gexf",
      "--theme",
      "delegaton",
      "--out",
      join(tempDir(), "x.gexf"),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Did you mean:");
    const color = panelgraph("export", "--format", "gexf", "--color-by", "colour");
    expect(color.code).toBe(2);
    expect(color.stderr).toContain("--color-by must be type or community");
    for (const run of [bad, unknown, color]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("reports an unwritable path with exit 1 and leaves the file that was there", () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "graph.gexf"), "previous");
    chmodSync(locked, 0o500);
    const run = panelgraph("export", "--format", "gexf", "--out", join(locked, "graph.gexf"));
    chmodSync(locked, 0o700);
    // root ignores directory permissions; a file where a folder should be fails for everyone.
    const asFolder = panelgraph("export", "--format", "gexf", "--out", join(locked, "graph.gexf", "inside.gexf"));
    expect(asFolder.code).toBe(1);
    expect(asFolder.stderr).toContain("cannot write");
    expect(asFolder.stderr).toContain("a part of the path is a file, not a folder");
    expect(asFolder.stderr).not.toMatch(STACK_LINE);
    if (run.code !== 0) {
      expect(run.code).toBe(1);
      expect(readFileSync(join(locked, "graph.gexf"), "utf8")).toBe("previous");
    }
  });
});

describe("atomic streamed writes", () => {
  it("leave the previous file intact, and no temporary file, when the writer fails half-way", async () => {
    const dir = tempDir();
    const path = join(dir, "graph.gexf");
    writeFileSync(path, "previous version");
    function* failing() {
      yield "<gexf>";
      yield "x".repeat(1 << 20);
      throw new Error("exporter failed half-way");
    }
    await expect(writeChunksAtomic(path, failing())).rejects.toThrow("exporter failed half-way");
    expect(readFileSync(path, "utf8")).toBe("previous version");
    expect(readdirSync(dir)).toEqual(["graph.gexf"]);
  });

  it("replace the file only once every chunk is written", async () => {
    const path = join(tempDir(), "out.txt");
    const bytes = await writeChunksAtomic(path, ["a", "b".repeat(100_000), "c"]);
    expect(bytes).toBe(100_002);
    expect(existsSync(path)).toBe(true);
  });

  it("writes exactly the UTF-8 of the chunks joined, whatever their sizes and characters", async () => {
    const dir = tempDir();
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("😀", "\ud83d", "\ude00", "é", "“", "—", "\u2028"),
      fc.integer({ min: 1, max: 2_000_000 }).map((n) => "ŷ".repeat(n)),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 30 }), async (chunks) => {
        const path = join(dir, `out-${run++}.txt`);
        const bytes = await writeChunksAtomic(path, chunks);
        const expected = Buffer.from(chunks.join(""), "utf8");
        expect(bytes).toBe(expected.length);
        expect(readFileSync(path).equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
    // A surrogate pair split between two chunks is one character, not two replacement characters.
    const path = join(dir, "pair.txt");
    await writeChunksAtomic(path, ["a\ud83d", "\ude00b"]);
    expect(readFileSync(path, "utf8")).toBe("a😀b");
  });
});
