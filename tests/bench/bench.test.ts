// `npm run bench` end to end on the smallest size: not a timed test (the numbers are not checked), only that the
// bench runs the pipeline and writes results in the shape of bench/results.ts (`Results`) where it is told to.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { Results } from "../../bench/results.js";
import { ROOT, tempDir } from "../helpers/corpus.js";

const PIPELINE = [
  "parse",
  "validate",
  "build",
  "louvain",
  "louvain-core",
  "centrality",
  "layout",
  "export-gexf",
  "export-graphml",
  "export-csv",
  "query-p50",
  "query-p99",
  "pipeline",
];

describe("npm run bench", () => {
  it("runs on the 1k size and writes results of the `Results` shape to --out, and a chart beside them", () => {
    // No Python here: the peers are missing, which the bench must say loudly, and still run ours.
    const dir = tempDir();
    const out = join(dir, "results.json");
    const latest = join(ROOT, "bench/results/latest.json");
    const before = existsSync(latest) ? statSync(latest).mtimeMs : undefined;
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "bench/run.ts", "--sizes", "1k", "--skip-viewer", "--skip-texts", "--queries", "200"].concat([
        "--out",
        out,
        "--cache",
        join(dir, "cache"),
      ]),
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 600_000,
        env: { ...process.env, PANELGRAPH_BENCH_PYTHONS: "/nonexistent/python3" },
      },
    );
    expect(run.status, run.stderr).toBe(0);

    const results = JSON.parse(readFileSync(out, "utf8")) as Results;
    expect(Object.keys(results).sort()).toEqual(["machine", "runs"]);
    expect(results.machine).toMatchObject({ cores: expect.any(Number), node: process.version, seed: 1 });
    for (const run of results.runs) {
      expect(
        Object.keys(run).every((k) =>
          ["size", "nodes", "edges", "stage", "system", "seconds", "modularity", "peakRssMb"].includes(k),
        ),
      ).toBe(true);
      expect(run).toMatchObject({ size: "1k", nodes: 1_000, system: "panelgraph" });
      expect(run.edges).toBeGreaterThan(4_000);
      expect(run.seconds).toBeGreaterThan(0);
      expect(run.peakRssMb).toBeGreaterThan(0);
    }
    expect(results.runs.map((r) => r.stage)).toEqual(PIPELINE);
    const louvain = results.runs.find((r) => r.stage === "louvain")!;
    expect(louvain.modularity).toBeGreaterThan(0.3);
    expect(louvain.modularity).toBeLessThan(1);

    const svg = readFileSync(join(dir, "results.svg"), "utf8");
    const errors: string[] = [];
    const document = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(svg, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(document.documentElement?.nodeName).toBe("svg");

    // The table and the targets on stdout; on stderr (not a terminal: no progress), only the missing peers.
    expect(run.stdout).toMatch(/^size\s+nodes\s+edges\s+stage\s+system\s+time\s+peak RSS\s+modularity$/m);
    expect(run.stdout).toMatch(/^N\/A +Louvain at 100k/m);
    expect(run.stdout).toContain("PEERS MISSING: networkx, igraph");
    const stderr = run.stderr.replace(/npm warn.*\n?/g, "");
    expect(stderr).toContain("*** PEER MISSING: networkx was not found in /nonexistent/python3");
    expect(stderr).toContain("*** PEER MISSING: igraph");
    expect(stderr).not.toMatch(/\r/);
    // The committed results are left alone.
    expect(existsSync(latest) ? statSync(latest).mtimeMs : undefined).toBe(before);
  }, 600_000);

  it("runs the large-source cases alone: validate with a near-miss quote and suggest at two sizes, a PDF at one", () => {
    const dir = tempDir();
    const out = join(dir, "texts.json");
    const committed = join(ROOT, "bench/results/texts.json");
    const before = existsSync(committed) ? statSync(committed).mtimeMs : undefined;
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/run.ts",
        "--skip-graphs",
        "--validate-sizes",
        "10k,20k",
        "--suggest-sizes",
        "5k,10k",
        "--pdf-pages",
        "2",
      ].concat(["--out", out, "--cache", join(dir, "cache")]),
      { cwd: ROOT, encoding: "utf8", timeout: 600_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(out, "utf8")) as Results;
    expect(results.runs).toEqual([]);
    // The smallest sizes that still double: the cases' plumbing is tested here, not their times (the loading of the
    // suggester and of the PDF reader is most of each case's time at any of these sizes).
    expect(results.texts!.map((t) => [t.case, Math.round(t.bytes / 5_000)])).toEqual([
      ["validate-near-miss", 2],
      ["validate-near-miss", 4],
      ["suggest", 1],
      ["suggest", 2],
      ["add-source-pdf", 1],
      ["suggest-pdf", 1],
    ]);
    expect(results.texts!.filter((t) => t.pages !== undefined).map((t) => t.pages)).toEqual([2, 2]);
    for (const t of results.texts!) {
      expect(t.seconds).toBeGreaterThan(0);
      expect(t.peakRssMb).toBeGreaterThan(0);
    }
    // No graph, so no chart; the table and one growth check a case on stdout, nothing on stderr.
    expect(existsSync(join(dir, "texts.svg"))).toBe(false);
    expect(run.stdout).toMatch(/^case\s+source\s+time\s+peak RSS$/m);
    // Sizes as generated: whole sessions, so a little over the size asked for.
    expect(run.stdout).toMatch(/^(PASS|FAIL) +Growth 1\d KB → 2\d KB, validate-near-miss: time × ≤ 2.5 per doubling/m);
    expect(run.stdout).toMatch(/^(PASS|FAIL) +Growth \d KB → 1\d KB, suggest: time × ≤ 2.5 per doubling/m);
    expect(run.stdout).toMatch(/^(PASS|FAIL) +A 2-page transcript PDF: add-source \+ suggest < 10 s: /m);
    expect(run.stdout).not.toMatch(/^size\s+nodes/m);
    expect(run.stderr.replace(/npm warn.*\n?/g, "")).toBe("");
    expect(existsSync(committed) ? statSync(committed).mtimeMs : undefined).toBe(before);
    // Six cases, each a process of its own loading the suggester or the PDF reader: a limit for a hang (beside other
    // work on a 2-core machine it has taken 239 s).
  }, 600_000);
});
