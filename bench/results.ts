// The results of a bench run: the file's shape (bench/results/latest.json), the table printed on stdout, and the
// targets (docs/performance.md, "Targets") checked as ratios within the run.

/** `sigma`: stock sigma (bench/stock), the viewer's reference. */
export type System = "panelgraph" | "igraph" | "networkx" | "sigma";

export interface Run {
  size: string;
  nodes: number;
  edges: number;
  stage: string;
  system: System;
  seconds: number;
  modularity?: number;
  peakRssMb: number;
}

export interface Results {
  machine: Record<string, unknown>;
  runs: Run[];
  /** The large-source cases (bench/text-child.ts), when they ran. */
  texts?: TextMeasure[];
}

/**
 * A large-source case: `panelgraph validate` with one near-miss quote, or `panelgraph suggest`, on one source; or, on a
 * generated transcript PDF, `panelgraph add-source` of the PDF and `panelgraph suggest` on what it added.
 */
export type TextCase = "validate-near-miss" | "suggest" | "add-source-pdf" | "suggest-pdf";

export interface TextMeasure {
  case: TextCase;
  /** The generated source's size in bytes (UTF-8): for the PDF cases, of the text extracted from it. */
  bytes: number;
  seconds: number;
  peakRssMb: number;
  /** The PDF cases: the PDF's pages. */
  pages?: number;
  /** CPU time of the process (user + system) over the measure: what the command costs when the machine is busy. */
  cpuSeconds?: number;
}

/** The PDF target (issue 19): `suggest` on a 100-page transcript PDF, from the PDF to the draft, in under 10 s. */
export const PDF_TARGET_SECONDS = 10;

/** PASS when add-source of the PDF and suggest on it, together, take under PDF_TARGET_SECONDS (wall and CPU time). */
export function checkPdfTarget(texts: TextMeasure[]): TargetCheck[] {
  const add = texts.find((t) => t.case === "add-source-pdf");
  const suggest = texts.find((t) => t.case === "suggest-pdf");
  const target = `A ${add?.pages ?? suggest?.pages ?? "?"}-page transcript PDF: add-source + suggest < ${PDF_TARGET_SECONDS} s`;
  if (!add || !suggest) return [{ target, pass: null, detail: "not measured" }];
  const seconds = add.seconds + suggest.seconds;
  const cpu = (add.cpuSeconds ?? NaN) + (suggest.cpuSeconds ?? NaN);
  return [
    {
      target,
      pass: seconds < PDF_TARGET_SECONDS,
      detail:
        `${formatSeconds(add.seconds)} + ${formatSeconds(suggest.seconds)} = ${formatSeconds(seconds)} ` +
        `(CPU ${formatSeconds(cpu)})`,
    },
  ];
}

/** Sizes in bytes as a person reads them: 250 KB, 1.0 MB. */
export function formatBytes(bytes: number): string {
  return bytes < 1e6 ? `${Math.round(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The most a case's time may grow each time the source doubles (docs/performance.md, "Large sources"). */
export const TEXT_GROWTH_PER_DOUBLING = 2.5;

/**
 * Growth of each large-source case between consecutive sizes, as the factor per doubling of the source
 * ((t₂ / t₁) ^ (1 / log₂(bytes₂ / bytes₁))): 2 is linear, 4 quadratic. PASS when at most TEXT_GROWTH_PER_DOUBLING.
 */
export function checkTextGrowth(texts: TextMeasure[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const kind of ["validate-near-miss", "suggest"] as const) {
    const sizes = texts.filter((t) => t.case === kind).sort((a, b) => a.bytes - b.bytes);
    const target = (from: string, to: string) =>
      `Growth ${from} → ${to}, ${kind}: time × ≤ ${TEXT_GROWTH_PER_DOUBLING} per doubling of the source`;
    if (sizes.length < 2) {
      const only = sizes[0] ? formatBytes(sizes[0].bytes) : "no size";
      checks.push({ target: target("?", "?"), pass: null, detail: `not measured: ${kind} ran at ${only}` });
      continue;
    }
    for (let i = 1; i < sizes.length; i++) {
      const [small, big] = [sizes[i - 1]!, sizes[i]!];
      const doublings = Math.log2(big.bytes / small.bytes);
      const perDoubling = (big.seconds / small.seconds) ** (1 / doublings);
      checks.push({
        target: target(formatBytes(small.bytes), formatBytes(big.bytes)),
        pass: perDoubling <= TEXT_GROWTH_PER_DOUBLING,
        detail:
          `${formatSeconds(small.seconds)} → ${formatSeconds(big.seconds)} (${x(big.seconds / small.seconds)} over ` +
          `${doublings.toFixed(2)} doublings): ${x(perDoubling)} per doubling`,
      });
    }
  }
  return checks;
}

/** The large-source cases as an aligned text table (or Markdown). */
export function formatTextTable(texts: TextMeasure[], markdown = false): string {
  const header = ["case", "source", "time", "peak RSS"];
  const rows = [...texts]
    .sort((a, b) => a.case.localeCompare(b.case) || a.bytes - b.bytes)
    .map((t) => [
      t.case,
      `${t.pages === undefined ? "" : `${t.pages} pages, `}${formatBytes(t.bytes)}`,
      formatSeconds(t.seconds),
      `${t.peakRssMb} MB`,
    ]);
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    return [line(header), line(["---", "---:", "---:", "---:"]), ...rows.map(line)].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [pad(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(pad)].join("\n");
}

/** Stages in the order the pipeline runs them (named as in docs/performance.md), then derived and viewer stages. */
export const STAGE_ORDER = [
  "parse",
  "validate",
  "build",
  "louvain",
  "louvain-core",
  "louvain-alone",
  "centrality",
  "layout",
  "export-gexf",
  "export-graphml",
  "export-csv",
  "query-p50",
  "query-p99",
  "pipeline",
  "export-gexf-1m",
  "viewer-first-frame",
  "viewer-edges-frame",
  "viewer-click-frame",
  "viewer-search-frame",
  "viewer-pan-frame",
  "viewer-select-node",
];

/** docs/performance.md's "whole pipeline": parse → validate → build → Louvain → layout → GEXF (no centrality). */
export const PIPELINE_STAGES = ["parse", "validate", "build", "louvain", "layout", "export-gexf"];

/** "1k" → 1000, "100k" → 100000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${JSON.stringify(text)} (write e.g. 1k, 10k, 100k or 2500)`);
  const factor = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(match[1]) * factor);
}

const stageRank = (stage: string) => {
  const i = STAGE_ORDER.indexOf(stage);
  return i === -1 ? STAGE_ORDER.length : i;
};
const systemRank: Record<System, number> = { panelgraph: 0, igraph: 1, networkx: 2, sigma: 3 };

export function sortRuns(runs: Run[]): Run[] {
  return [...runs].sort(
    (a, b) =>
      parseSize(a.size) - parseSize(b.size) ||
      stageRank(a.stage) - stageRank(b.stage) ||
      systemRank[a.system] - systemRank[b.system],
  );
}

/** Seconds as a person reads them: milliseconds below one second. */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.001) return `${(seconds * 1000).toFixed(3)} ms`;
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 1)} ms`;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** The runs as an aligned text table (or Markdown, for docs/performance.md). */
export function formatTable(runs: Run[], markdown = false): string {
  const header = ["size", "nodes", "edges", "stage", "system", "time", "peak RSS", "modularity"];
  const rows = sortRuns(runs).map((r) => [
    r.size,
    String(r.nodes),
    String(r.edges),
    r.stage,
    r.system,
    formatSeconds(r.seconds),
    `${r.peakRssMb} MB`,
    r.modularity === undefined ? "" : r.modularity.toFixed(4),
  ]);
  const numeric = new Set([1, 2, 5, 6, 7]);
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    return [line(header), line(header.map((_, i) => (numeric.has(i) ? "---:" : "---"))), ...rows.map(line)].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [pad(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(pad)].join("\n");
}

export interface TargetCheck {
  target: string;
  pass: boolean | null;
  detail: string;
}

function find(runs: Run[], size: string, stage: string, system: System = "panelgraph"): Run | undefined {
  return runs.find((r) => r.size === size && r.stage === stage && r.system === system);
}

const x = (ratio: number) => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;

/**
 * The targets of docs/performance.md ("Targets"), as ratios within this run. `pass` is null when the run lacks what
 * a target needs (a size not run, a peer missing), and `detail` says what is missing.
 */
export function checkTargets(
  runs: Run[],
  facts: { layoutSeparation?: Record<string, number> } = {},
  at = "100k",
  from = "10k",
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const missing = (target: string, what: string) =>
    checks.push({ target, pass: null, detail: `not measured: ${what}` });

  // Louvain: the algorithm against the peers' calls. Like for like is `louvain-alone` (ours in a process of its own
  // that holds only the projection, as each peer's does); without it (peers skipped), `louvain-core`, the same call
  // inside the pipeline's process. The other figures are shown beside it.
  {
    const alone = find(runs, at, "louvain-alone");
    const inPipeline = find(runs, at, "louvain-core");
    const core = alone ?? inPipeline;
    const step = find(runs, at, "louvain");
    const igraph = find(runs, at, "louvain", "igraph");
    const networkx = find(runs, at, "louvain", "networkx");
    const q = (alone ?? step)?.modularity;
    const label = alone ? "in its own process" : "in the pipeline's process";
    const notes = [
      alone && inPipeline
        ? `in the pipeline's process, with the corpus in memory: ${formatSeconds(inPipeline.seconds)}`
        : "",
      step ? `the whole louvain stage, projection and naming included: ${formatSeconds(step.seconds)}` : "",
    ].filter(Boolean);
    const stepNote = notes.length > 0 ? ` (${notes.join("; ")})` : "";
    const target = `Louvain at ${at}: no slower than igraph, modularity ≥ igraph's − 0.005`;
    if (!core || !igraph) missing(target, !core ? `panelgraph at ${at}` : `igraph at ${at}`);
    else {
      const fast = core.seconds <= igraph.seconds;
      const good = (q ?? 0) >= (igraph.modularity ?? 0) - 0.005;
      checks.push({
        target,
        pass: fast && good,
        detail:
          `${formatSeconds(core.seconds)} ${label} vs ${formatSeconds(igraph.seconds)} (${x(igraph.seconds / core.seconds)} igraph's speed)${stepNote}; ` +
          `Q ${q?.toFixed(4)} vs ${igraph.modularity?.toFixed(4)}`,
      });
    }
    const target2 = `Louvain at ${at}: ≥ 20× faster than networkx`;
    if (!core || !networkx) missing(target2, !core ? `panelgraph at ${at}` : `networkx at ${at}`);
    else {
      checks.push({
        target: target2,
        pass: networkx.seconds / core.seconds >= 20,
        detail:
          `${formatSeconds(core.seconds)} ${label} vs ${formatSeconds(networkx.seconds)}: ${x(networkx.seconds / core.seconds)}${stepNote}; ` +
          `Q ${q?.toFixed(4)} vs ${networkx.modularity?.toFixed(4)}`,
      });
    }
  }

  // GEXF.
  {
    const ours = find(runs, at, "export-gexf");
    const networkx = find(runs, at, "export-gexf", "networkx");
    const target = `GEXF export at ${at}: ≥ 2× faster than networkx write_gexf, peak memory no higher`;
    if (!ours || !networkx) missing(target, !ours ? `panelgraph at ${at}` : `networkx at ${at}`);
    else {
      checks.push({
        target,
        pass: networkx.seconds / ours.seconds >= 2 && ours.peakRssMb <= networkx.peakRssMb,
        detail:
          `${formatSeconds(ours.seconds)} vs ${formatSeconds(networkx.seconds)} (${x(networkx.seconds / ours.seconds)}); ` +
          `peak ${ours.peakRssMb} MB vs ${networkx.peakRssMb} MB`,
      });
    }
    const million = runs.find((r) => r.stage === "export-gexf-1m" && r.system === "panelgraph");
    const target2 = "GEXF export: a 1M-edge graph exports with node's default heap";
    if (!million) missing(target2, "the 1M-edge export (run with 100k)");
    else {
      checks.push({
        target: target2,
        pass: million.edges >= 1_000_000,
        detail: `${million.nodes} nodes, ${million.edges} edges in ${formatSeconds(million.seconds)}, peak ${million.peakRssMb} MB`,
      });
    }
  }

  // Layout.
  {
    const ours = find(runs, at, "layout");
    const igraph = find(runs, at, "layout", "igraph");
    const separation = facts.layoutSeparation?.[at];
    const target = `Layout at ${at}: under 30 s, communities visibly apart (separation ≥ 1.25)`;
    if (!ours) missing(target, `panelgraph at ${at}`);
    else {
      checks.push({
        target,
        pass: ours.seconds < 30 && (separation ?? 0) >= 1.25,
        detail: `${formatSeconds(ours.seconds)}; separation ${separation ?? "?"} (mean distance across communities / within)`,
      });
    }
    const target2 = `Layout at ${at}: within 10× igraph Fruchterman-Reingold (grid) at the same iteration count`;
    if (!ours || !igraph) missing(target2, !ours ? `panelgraph at ${at}` : `igraph at ${at}`);
    else {
      checks.push({
        target: target2,
        pass: ours.seconds / igraph.seconds <= 10,
        detail: `${formatSeconds(ours.seconds)} vs ${formatSeconds(igraph.seconds)}: ${x(ours.seconds / igraph.seconds)} igraph's time`,
      });
    }
  }

  // Whole pipeline.
  {
    const pipeline = find(runs, at, "pipeline");
    const target = `Pipeline at ${at} (parse → validate → build → Louvain → layout → GEXF): under 60 s and 4 GB RSS`;
    if (!pipeline) missing(target, `panelgraph at ${at}`);
    else {
      checks.push({
        target,
        pass: pipeline.seconds < 60 && pipeline.peakRssMb < 4096,
        detail: `${formatSeconds(pipeline.seconds)}, peak ${pipeline.peakRssMb} MB`,
      });
    }
    const stages = [...new Set(runs.filter((r) => r.size === at && r.system === "panelgraph").map((r) => r.stage))];
    for (const stage of sortRuns(stages.map((s) => find(runs, at, s)!)).map((r) => r.stage)) {
      if (stage.startsWith("viewer") || stage === "export-gexf-1m") continue;
      const big = find(runs, at, stage)!;
      const small = find(runs, from, stage);
      if (!small) continue;
      const ratio = big.seconds / small.seconds;
      checks.push({
        target: `Growth ${from} → ${at}, ${stage}: time × ≤ 15`,
        pass: ratio <= 15,
        detail: `${formatSeconds(small.seconds)} → ${formatSeconds(big.seconds)}: ${x(ratio)}`,
      });
    }
  }

  // who-spoke-on.
  {
    const p99 = find(runs, at, "query-p99");
    const target = `who-spoke-on p99 at ${at}: under 5 ms`;
    if (!p99) missing(target, `panelgraph at ${at}`);
    else checks.push({ target, pass: p99.seconds < 0.005, detail: formatSeconds(p99.seconds) });
  }

  // Viewer.
  for (const [size, frame, select] of [
    ["50k", 6, 0.25],
    ["10k", undefined, 0.1],
  ] as const) {
    if (frame !== undefined) {
      const run = find(runs, size, "viewer-first-frame");
      const target = `Viewer at ${size}: first frame under ${frame} s`;
      if (!run) missing(target, `the viewer at ${size}`);
      else checks.push({ target, pass: run.seconds < frame, detail: formatSeconds(run.seconds) });
    }
    const run = find(runs, size, "viewer-select-node");
    const target = `Viewer at ${size}: select-node update under ${select * 1000} ms`;
    if (!run) missing(target, `the viewer at ${size}`);
    else checks.push({ target, pass: run.seconds < select, detail: `${formatSeconds(run.seconds)} (median)` });
  }

  // Viewer against stock sigma, to the painted frame (bench/frames.ts), same graph, same Chromium, same run.
  for (const size of ["10k", "50k"]) {
    const stages: [string, string][] = [
      ["viewer-click-frame", "click → panel and highlighted frame"],
      ["viewer-pan-frame", "pan 100 px → frame"],
      ...(size === "50k" ? ([["viewer-first-frame", "first frame"]] as [string, string][]) : []),
    ];
    for (const [stage, what] of stages) {
      const target = `Viewer at ${size}: ${what} within 1.5× stock sigma's`;
      const ours = find(runs, size, stage);
      const stock = find(runs, size, stage, "sigma");
      if (!ours || !stock) missing(target, `the viewer or stock sigma at ${size}`);
      else {
        const ratio = ours.seconds / stock.seconds;
        checks.push({
          target,
          pass: ratio <= 1.5,
          detail: `${formatSeconds(ours.seconds)} vs ${formatSeconds(stock.seconds)}: ${x(ratio)}`,
        });
      }
    }
  }
  return checks;
}

export function formatChecks(checks: TargetCheck[]): string {
  const word = (pass: boolean | null) => (pass === null ? "N/A " : pass ? "PASS" : "FAIL");
  return checks.map((c) => `${word(c.pass)}  ${c.target}: ${c.detail}`).join("\n");
}
