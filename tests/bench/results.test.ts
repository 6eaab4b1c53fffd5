// The bench's report: sizes, the table, the targets of docs/performance.md as ratios, and the SVG chart.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  checkTargets,
  checkPdfTarget,
  checkTextGrowth,
  formatTable,
  formatTextTable,
  parseSize,
  type Run,
  type TextMeasure,
} from "../../bench/results.js";
import { chartSvg } from "../../bench/svg.js";

const run = (size: string, stage: string, system: Run["system"], seconds: number, extra: Partial<Run> = {}): Run => ({
  size,
  nodes: parseSize(size),
  edges: parseSize(size) * 5,
  stage,
  system,
  seconds,
  peakRssMb: 100,
  ...extra,
});

describe("bench results", () => {
  it("reads sizes as nodes", () => {
    expect([parseSize("1k"), parseSize("100k"), parseSize("1m"), parseSize("2500")]).toEqual([1e3, 1e5, 1e6, 2500]);
    expect(() => parseSize("big")).toThrow(/not a size/);
  });

  it("checks the Louvain target against igraph's time and modularity, and networkx's time", () => {
    const runs = [
      run("100k", "louvain", "panelgraph", 5, { modularity: 0.7 }),
      run("100k", "louvain-core", "panelgraph", 1),
      run("100k", "louvain", "igraph", 1.5, { modularity: 0.703 }),
      run("100k", "louvain", "networkx", 30, { modularity: 0.69 }),
    ];
    const checks = checkTargets(runs);
    expect(checks.find((c) => c.target.includes("no slower than igraph"))?.pass).toBe(true);
    expect(checks.find((c) => c.target.includes("networkx"))?.pass).toBe(true);
    runs[2]!.modularity = 0.71;
    expect(checkTargets(runs).find((c) => c.target.includes("no slower than igraph"))?.pass).toBe(false);
  });

  it("compares Louvain like for like when ours ran in its own process, as the peers do", () => {
    const runs = [
      run("100k", "louvain", "panelgraph", 4, { modularity: 0.76 }),
      run("100k", "louvain-core", "panelgraph", 1.1),
      run("100k", "louvain-alone", "panelgraph", 0.6, { modularity: 0.7605 }),
      run("100k", "louvain", "igraph", 1.3, { modularity: 0.7601 }),
      run("100k", "louvain", "networkx", 16, { modularity: 0.7598 }),
    ];
    const networkx = () => checkTargets(runs).find((c) => c.target.includes("networkx"))!;
    expect(networkx().pass).toBe(true);
    expect(networkx().detail).toMatch(
      /^600\.0 ms in its own process vs 16\.0 s: 26\.7×.*in the pipeline's process.*1\.10 s/,
    );
    expect(networkx().detail).toContain("Q 0.7605");
    runs.splice(2, 1); // without the own-process run, the pipeline's figure counts: 16 / 1.1 < 20
    expect(networkx().pass).toBe(false);
    expect(networkx().detail).toMatch(/^1\.10 s in the pipeline's process/);
  });

  it("says N/A, not PASS, when what a target needs was not measured", () => {
    const checks = checkTargets([run("1k", "layout", "panelgraph", 1)]);
    expect(checks.length).toBeGreaterThan(5);
    expect(checks.every((c) => c.pass === null && c.detail.startsWith("not measured"))).toBe(true);
  });

  it("checks growth from 10k to 100k stage by stage, and the pipeline's time and memory", () => {
    const runs = [
      run("10k", "parse", "panelgraph", 1),
      run("100k", "parse", "panelgraph", 16),
      run("10k", "layout", "panelgraph", 1),
      run("100k", "layout", "panelgraph", 9),
      run("100k", "pipeline", "panelgraph", 59, { peakRssMb: 4100 }),
    ];
    const checks = checkTargets(runs, { layoutSeparation: { "100k": 3 } });
    expect(checks.find((c) => c.target.includes("parse"))?.pass).toBe(false);
    expect(checks.find((c) => c.target.includes("10k → 100k, layout"))?.pass).toBe(true);
    expect(checks.find((c) => c.target.startsWith("Pipeline"))?.pass).toBe(false);
    expect(checks.find((c) => c.target.startsWith("Layout at 100k: under 30 s"))?.pass).toBe(true);
  });

  it("checks the viewer's click, pan and 50k first frame against stock sigma's, within 1.5×", () => {
    const runs = [
      run("10k", "viewer-click-frame", "panelgraph", 0.3),
      run("10k", "viewer-click-frame", "sigma", 0.25),
      run("10k", "viewer-pan-frame", "panelgraph", 0.4),
      run("10k", "viewer-pan-frame", "sigma", 0.2),
      run("50k", "viewer-first-frame", "panelgraph", 6),
      run("50k", "viewer-first-frame", "sigma", 5),
    ];
    const checks = checkTargets(runs).filter((c) => c.target.includes("stock sigma"));
    const verdict = (text: string) => checks.find((c) => c.target.includes(text))!;
    expect(verdict("10k: click").pass).toBe(true);
    expect(verdict("10k: click").detail).toContain("1.20×");
    expect(verdict("10k: pan").pass).toBe(false);
    expect(verdict("50k: first frame").pass).toBe(true);
    expect(verdict("50k: click").pass).toBeNull();
  });

  it("prints a table with one row a run, smallest size first", () => {
    const table = formatTable([run("10k", "build", "panelgraph", 2), run("1k", "build", "panelgraph", 0.0123)]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^1k\s+1000\s+5000\s+build\s+panelgraph\s+12\.3 ms\s+100 MB$/);
    expect(lines[3]).toMatch(/^10k .* 2\.00 s/);
  });

  it("draws a well-formed SVG with a line for each stage and system run at several sizes", () => {
    const runs = ["1k", "10k", "100k"].flatMap((size, i) => [
      run(size, "layout", "panelgraph", 10 ** i),
      run(size, "layout", "igraph", 10 ** (i - 1)),
      run(size, "query-p99", "panelgraph", 0.001 * 10 ** i),
    ]);
    const svg = chartSvg(runs, "a <test> & chart");
    const errors: string[] = [];
    const document = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(svg, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(document.getElementsByTagName("path").length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain("a &lt;test&gt; &amp; chart");
  });

  it("checks the transcript PDF target on add-source and suggest together, and shows the pages", () => {
    const pdf = (kind: "add-source-pdf" | "suggest-pdf", seconds: number): TextMeasure => ({
      case: kind,
      bytes: 316_000,
      seconds,
      peakRssMb: 300,
      pages: 100,
      cpuSeconds: seconds / 2,
    });
    expect(checkPdfTarget([pdf("add-source-pdf", 2), pdf("suggest-pdf", 5)])).toEqual([
      {
        target: "A 100-page transcript PDF: add-source + suggest < 10 s",
        pass: true,
        detail: "2.00 s + 5.00 s = 7.00 s (CPU 3.50 s)",
      },
    ]);
    expect(checkPdfTarget([pdf("add-source-pdf", 4), pdf("suggest-pdf", 7)])[0]!.pass).toBe(false);
    expect(checkPdfTarget([pdf("suggest-pdf", 7)])[0]!.pass).toBeNull();
    const table = formatTextTable([pdf("suggest-pdf", 5)]).split("\n");
    expect(table[2]!.split(/\s{2,}/u).slice(0, 3)).toEqual(["suggest-pdf", "100 pages, 316 KB", "5.00 s"]);
  });

  it("checks the growth of each large-source case per doubling of the source, size after size", () => {
    const text = (kind: TextMeasure["case"], bytes: number, seconds: number): TextMeasure => ({
      case: kind,
      bytes,
      seconds,
      peakRssMb: 100,
    });
    const checks = checkTextGrowth([
      text("suggest", 2_000_000, 18),
      text("suggest", 250_000, 2),
      text("suggest", 1_000_000, 8.5),
      text("validate-near-miss", 1_000_000, 0.2),
      text("validate-near-miss", 5_000_000, 4), // 20× over 2.32 doublings: 3.63× a doubling
    ]);
    expect(checks.map((c) => [c.target, c.pass])).toEqual([
      ["Growth 1.0 MB → 5.0 MB, validate-near-miss: time × ≤ 2.5 per doubling of the source", false],
      ["Growth 250 KB → 1.0 MB, suggest: time × ≤ 2.5 per doubling of the source", true],
      ["Growth 1.0 MB → 2.0 MB, suggest: time × ≤ 2.5 per doubling of the source", true],
    ]);
    // 8.5 / 2 over two doublings: 2.06× a doubling (linear is 2, quadratic 4).
    expect(checks[1]!.detail).toBe("2.00 s → 8.50 s (4.25× over 2.00 doublings): 2.06× per doubling");
    expect(checks[0]!.detail).toMatch(/20\.0× over 2\.32 doublings\): 3\.63× per doubling$/);
    // A case at one size only is not measured, not passed.
    expect(checkTextGrowth([text("suggest", 250_000, 2)]).map((c) => c.pass)).toEqual([null, null]);
    const table = formatTextTable([text("suggest", 1_000_000, 8.5), text("suggest", 250_000, 2)]).split("\n");
    expect(table[0]).toMatch(/^case\s+source\s+time\s+peak RSS$/);
    expect(table.slice(2).map((l) => l.split(/\s{2,}/u).slice(0, 3))).toEqual([
      ["suggest", "250 KB", "2.00 s"],
      ["suggest", "1.0 MB", "8.50 s"],
    ]);
  });
});
