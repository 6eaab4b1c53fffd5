// `npm run bench -- --sizes 1k,10k,100k [--seed s] [--skip-viewer] [--skip-peers] [--out file]`
//
// Generates synthetic corpora in our annotation format (bench/generate.ts), runs the real pipeline on each size in a
// process of its own (bench/child.ts → bench/pipeline.ts), runs networkx and igraph on the same graph
// (bench/peers.ts), measures the viewer in headless Chromium (bench/viewer.ts), times `validate` with a near-miss
// quote and `suggest` on single large generated sources (bench/text-child.ts, bench/panel-text.ts), then prints
// tables and the targets of docs/performance.md as PASS/FAIL lines, and writes the results (JSON) and a chart (SVG).
// Progress goes to stderr on a terminal.
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { format } from "prettier";
import type { ChildMessage } from "./child.js";
import type { TextChildMessage } from "./text-child.js";
import { ensureCorpus } from "./corpora.js";
import { modularity, readEdgeList, readPartition } from "./modularity.js";
import { findPeer, PYTHONS, runOwnLouvain, runPeer, type Peer, type PeerName } from "./peers.js";
import type { PipelineInfo, StageMeasure } from "./pipeline.js";
import {
  checkTargets,
  checkPdfTarget,
  checkTextGrowth,
  formatBytes,
  formatChecks,
  formatSeconds,
  formatTable,
  formatTextTable,
  parseSize,
  PIPELINE_STAGES,
  type Results,
  type Run,
  type TextCase,
  type TextMeasure,
} from "./results.js";
import { chartSvg } from "./svg.js";
import { LARGE_GRAPH_NODES } from "../src/model/settings.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");

const USAGE = `Usage: npm run bench -- [--sizes 1k,10k,100k] [--seed n] [--skip-viewer] [--skip-peers] [--out file]

  --sizes s           graph sizes to run, in nodes (edges ≈ 5× nodes); default 1k,10k,100k
  --seed n            seed of the generated corpora, Louvain and the random queries; default 1
  --viewer-sizes s    sizes the viewer is measured at in Chromium; default 10k,50k
  --skip-viewer       do not start Chromium
  --skip-peers        do not run networkx and igraph
  --validate-sizes s  sizes of the one source \`panelgraph validate\` checks, with one near-miss quote, in bytes;
                      default 1m,5m
  --suggest-sizes s   sizes of the source \`panelgraph suggest\` drafts annotations for, in bytes; default 250k,1m,2m
  --pdf-pages n       pages of the generated transcript PDF that \`panelgraph add-source\` reads and \`suggest\`
                      drafts annotations for; default 100 (0: not run)
  --skip-texts        do not run those (the large-source cases)
  --skip-graphs       run only the large-source cases (no graph sizes, viewer or peers); their results then go
                      to bench/results/texts.json unless --out says otherwise
  --out file          results file; default bench/results/latest.json (the chart goes beside it, .svg)
  --cache dir         where generated corpora and working files go; default bench/.cache
  --queries n         who-spoke-on queries per size (default 1000), within --query-budget seconds (default 60)
  --keep              keep the exported files in the cache folder`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1k,10k,100k" },
    seed: { type: "string", default: "1" },
    "viewer-sizes": { type: "string", default: "10k,50k" },
    "skip-viewer": { type: "boolean", default: false },
    "skip-peers": { type: "boolean", default: false },
    "validate-sizes": { type: "string", default: "1m,5m" },
    "suggest-sizes": { type: "string", default: "250k,1m,2m" },
    "pdf-pages": { type: "string", default: "100" },
    "skip-texts": { type: "boolean", default: false },
    "skip-graphs": { type: "boolean", default: false },
    out: { type: "string" },
    cache: { type: "string", default: join(ROOT, "bench/.cache") },
    queries: { type: "string", default: "1000" },
    "query-budget": { type: "string", default: "60" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, got ${values.seed}`);
const sizes = values["skip-graphs"] ? [] : values.sizes.split(",").map((s) => s.trim());
const viewerSizes =
  values["skip-viewer"] || values["skip-graphs"] ? [] : values["viewer-sizes"].split(",").map((s) => s.trim());
const textCases: { kind: TextCase; bytes: number }[] = values["skip-texts"]
  ? []
  : [
      ...values["validate-sizes"].split(",").map((s) => ({ kind: "validate-near-miss" as const, bytes: parseSize(s) })),
      ...values["suggest-sizes"].split(",").map((s) => ({ kind: "suggest" as const, bytes: parseSize(s) })),
      // For the PDF cases, `bytes` carries the pages.
      ...(Number(values["pdf-pages"]) > 0
        ? (["add-source-pdf", "suggest-pdf"] as const).map((kind) => ({ kind, bytes: Number(values["pdf-pages"]) }))
        : []),
    ];
const nodesOf = new Map([...sizes, ...viewerSizes].map((s) => [s, parseSize(s)]));
// Each graph once, smallest first; a viewer size that is not a bench size is built for the viewer only.
const graphs = [...new Set([...sizes, ...viewerSizes])].sort((a, b) => nodesOf.get(a)! - nodesOf.get(b)!);
const out = resolve(
  values.out ?? join(ROOT, values["skip-graphs"] ? "bench/results/texts.json" : "bench/results/latest.json"),
);
const svgOut = out.replace(/\.json$/, "") + ".svg";
const cacheDir = resolve(values.cache);

// ---- progress: on a terminal only ------------------------------------------------------------------------------------
const tty = process.stderr.isTTY === true;
const started = performance.now();
function progress(text: string): void {
  if (!tty) return;
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`\r\u001b[K${elapsed} s  ${text}`);
}
function progressDone(): void {
  if (tty) process.stderr.write("\r\u001b[K");
}
/** Loud in any case: a missing peer or a failed step is never silent. */
function warn(text: string): void {
  progressDone();
  process.stderr.write(`${text}\n`);
}

// ---- the pipeline of one size, in a child process --------------------------------------------------------------------
interface ChildResult {
  stages: StageMeasure[];
  info: PipelineInfo;
}

function runChild(size: string, corpusDir: string, workDir: string, extra: string[]): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(
      join(HERE, "child.ts"),
      [
        "--corpus",
        corpusDir,
        "--work",
        workDir,
        "--seed",
        String(seed),
        "--queries",
        values.queries,
        "--query-budget",
        values["query-budget"],
        ...extra,
      ],
      // node's default heap: no --max-old-space-size, as a user runs the CLI.
      { execArgv: ["--import", "tsx", "--expose-gc"], stdio: ["ignore", "ignore", "pipe", "ipc"] },
    );
    const stages: StageMeasure[] = [];
    let info: PipelineInfo | undefined;
    let failure: string | undefined;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on("message", (message: ChildMessage) => {
      if (message.type === "stage") {
        stages.push(message.measure);
        progress(`[${size}] ${message.measure.stage} ${formatSeconds(message.measure.seconds)}; next…`);
      } else if (message.type === "info") info = message.info;
      else if (message.type === "error") failure = message.message;
    });
    child.on("exit", (code, signal) => {
      if (failure || !info) {
        reject(
          new Error(
            `the ${size} pipeline failed (exit ${code ?? signal}) after ${stages.map((s) => s.stage).join(", ") || "no stage"}: ` +
              (failure ?? stderr.trim().split("\n").slice(-5).join("\n")),
          ),
        );
      } else resolvePromise({ stages, info });
    });
  });
}

// ---- a large-source case, in a child process ---------------------------------------------------------------------------
function runTextChild(kind: TextCase, bytes: number, workDir: string): Promise<TextMeasure> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(
      join(HERE, "text-child.ts"),
      ["--case", kind, "--bytes", String(bytes), "--seed", String(seed), "--work", workDir],
      { execArgv: ["--import", "tsx", "--expose-gc"], stdio: ["ignore", "ignore", "pipe", "ipc"] },
    );
    let measure: TextMeasure | undefined;
    let failure: string | undefined;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on("message", (message: TextChildMessage) => {
      if (message.type === "measure") measure = message.measure;
      else failure = message.message;
    });
    child.on("exit", (code, signal) => {
      if (measure) resolvePromise(measure);
      else {
        const why = failure ?? stderr.trim().split("\n").slice(-5).join("\n");
        reject(new Error(`${kind} at ${formatBytes(bytes)} failed (exit ${code ?? signal}): ${why}`));
      }
    });
  });
}

// ---- main ----------------------------------------------------------------------------------------------------------------
const runs: Run[] = [];
const sizeFacts: Record<string, unknown> = {};
const layoutSeparation: Record<string, number> = {};
const peers = new Map<PeerName, Peer>();
const missingPeers: string[] = [];

if (!values["skip-peers"] && sizes.length > 0) {
  progress("looking for networkx and igraph…");
  for (const name of ["networkx", "igraph"] as const) {
    const peer = findPeer(name);
    if (peer) peers.set(name, peer);
    else {
      missingPeers.push(name);
      const install =
        name === "igraph"
          ? "apt-get install -y python3-igraph (Debian's /usr/bin/python3)"
          : "pip install 'networkx>=3' for python3";
      warn(
        `\n*** PEER MISSING: ${name} was not found in ${PYTHONS.join(" or ")} (install: ${install}).\n` +
          `*** Comparisons with ${name} are skipped; panelgraph's own stages still run.\n`,
      );
    }
  }
}

let viewerChromium: string | undefined;
for (const size of graphs) {
  const nodes = nodesOf.get(size)!;
  const benchSize = sizes.includes(size);
  const forViewer = viewerSizes.includes(size);
  progress(`[${size}] corpus…`);
  const corpus = ensureCorpus(cacheDir, nodes, seed);
  const workDir = join(cacheDir, "work", `${size}-seed${seed}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const graphJson = join(workDir, "graph.json");
  const extra = [
    ...(forViewer ? ["--graph-json", graphJson] : []),
    ...(benchSize && peers.size > 0 ? ["--peer-files"] : []),
    // The million-edge GEXF check rides on the 10k graph (copies side by side) in a full run.
    ...(size === "10k" && sizes.some((s) => parseSize(s) >= 100_000) ? ["--gexf-1m"] : []),
  ];
  progress(`[${size}] pipeline…`);
  const { stages, info } = await runChild(size, corpus.dir, workDir, extra);
  const row = (stage: string, system: Run["system"], seconds: number, peakRssMb: number, q?: number): Run => ({
    size,
    nodes: info.nodes,
    edges: info.edges,
    stage,
    system,
    seconds,
    ...(q === undefined ? {} : { modularity: Math.round(q * 10_000) / 10_000 }),
    peakRssMb,
  });

  if (benchSize) {
    const projection = existsSync(join(workDir, "projection.edges"))
      ? readEdgeList(join(workDir, "projection.edges"))
      : undefined;
    for (const s of stages) {
      if (s.stage === "export-gexf-1m") {
        const million = info.million!;
        const label = `${Math.round(million.nodes / 1000)}k`;
        const base = row(s.stage, "panelgraph", s.seconds, s.peakRssMb);
        runs.push({ ...base, size: label, nodes: million.nodes, edges: million.edges });
        continue;
      }
      // Our modularity recomputed by the same function as the peers', on the same projection (graphology's own
      // figure, on the same partition, agrees to the 4th decimal).
      const q =
        s.stage === "louvain"
          ? projection
            ? modularity(projection, readPartition(join(workDir, "projection.ours")))
            : s.modularity
          : undefined;
      runs.push(row(s.stage, "panelgraph", s.seconds, s.peakRssMb, q));
    }
    const pipeline = stages.filter((s) => PIPELINE_STAGES.includes(s.stage));
    runs.push(
      row(
        "pipeline",
        "panelgraph",
        pipeline.reduce((sum, s) => sum + s.seconds, 0),
        Math.max(...pipeline.map((s) => s.peakRssMb)),
      ),
    );
    layoutSeparation[size] = info.layoutSeparation;

    // Peers, on the files the pipeline wrote from the same graph.
    const networkx = peers.get("networkx");
    const igraph = peers.get("igraph");
    const peerRun = (name: string, work: () => void) => {
      try {
        work();
      } catch (error) {
        warn(`*** ${name} at ${size} failed: ${(error as Error).message}`);
      }
    };
    if (projection && networkx) {
      progress(`[${size}] networkx louvain_communities…`);
      peerRun("networkx louvain", () => {
        const partition = join(workDir, "projection.networkx");
        const r = runPeer(networkx, "louvain-networkx", [join(workDir, "projection.edges"), String(seed), partition]);
        runs.push(row("louvain", "networkx", r.seconds, r.peakRssMb, modularity(projection, readPartition(partition))));
      });
    }
    if (projection && igraph) {
      progress(`[${size}] igraph community_multilevel…`);
      peerRun("igraph louvain", () => {
        const partition = join(workDir, "projection.igraph");
        const r = runPeer(igraph, "louvain-igraph", [join(workDir, "projection.edges"), String(seed), partition]);
        runs.push(row("louvain", "igraph", r.seconds, r.peakRssMb, modularity(projection, readPartition(partition))));
      });
    }
    if (projection) {
      progress(`[${size}] our Louvain in a process of its own…`);
      peerRun("panelgraph louvain in its own process", () => {
        const partition = join(workDir, "projection.alone");
        const r = runOwnLouvain(join(workDir, "projection.edges"), partition);
        const [mine, theirs] = [readPartition(join(workDir, "projection.ours")), readPartition(partition)];
        if (Math.abs(modularity(projection, mine) - modularity(projection, theirs)) > 1e-9) {
          warn(`*** our Louvain in its own process found another partition than the pipeline's at ${size}`);
        }
        runs.push(
          row("louvain-alone", "panelgraph", r.seconds, r.peakRssMb, modularity(projection, readPartition(partition))),
        );
      });
    }
    if (networkx && existsSync(join(workDir, "gexf-data.jsonl"))) {
      progress(`[${size}] networkx write_gexf…`);
      peerRun("networkx write_gexf", () => {
        const r = runPeer(networkx, "gexf-networkx", [
          join(workDir, "gexf-data.jsonl"),
          join(workDir, "networkx.gexf"),
        ]);
        runs.push(row("export-gexf", "networkx", r.seconds, r.peakRssMb));
      });
    }
    if (igraph && existsSync(join(workDir, "layout.edges"))) {
      progress(`[${size}] igraph layout_fruchterman_reingold…`);
      peerRun("igraph layout", () => {
        const r = runPeer(igraph, "layout-igraph", [join(workDir, "layout.edges")]);
        runs.push(row("layout", "igraph", r.seconds, r.peakRssMb));
      });
    }
  }

  if (forViewer) {
    progress(`[${size}] viewer in Chromium…`);
    try {
      // Loaded only here: vite, playwright and the viewer's build helpers take about 1.5 s of CPU to load, which a run
      // with --skip-viewer (the test's) never needs.
      const { measureViewer } = await import("./viewer.js");
      const viewer = await measureViewer(readFileSync(graphJson, "utf8"), { seed, selects: 20 });
      viewerChromium = viewer.chromium;
      runs.push(row("viewer-first-frame", "panelgraph", viewer.firstFrameSeconds, viewer.peakRssMb));
      runs.push(row("viewer-select-node", "panelgraph", viewer.selectMedianSeconds, viewer.peakRssMb));
      if (nodes > LARGE_GRAPH_NODES) {
        runs.push(row("viewer-edges-frame", "panelgraph", viewer.edgesSeconds, viewer.peakRssMb));
      }
      for (const [system, measure] of [
        ["panelgraph", viewer.ours],
        ["sigma", viewer.stock],
      ] as const) {
        if (system === "sigma")
          runs.push(row("viewer-first-frame", system, measure.firstFrameSeconds, viewer.peakRssMb));
        runs.push(row("viewer-click-frame", system, measure.clickSeconds, viewer.peakRssMb));
        runs.push(row("viewer-search-frame", system, measure.searchSeconds, viewer.peakRssMb));
        runs.push(row("viewer-pan-frame", system, measure.panSeconds, viewer.peakRssMb));
      }
      sizeFacts[`${size} viewer`] = {
        firstFrameMarkSeconds: round(viewer.markSeconds),
        selectMaxSeconds: round(viewer.selectMaxSeconds),
        selects: viewer.selects,
        interactions: { ours: viewer.ours, stockSigma: viewer.stock },
      };
    } catch (error) {
      warn(`*** the viewer at ${size} could not be measured: ${(error as Error).message}`);
    }
  }

  sizeFacts[size] = {
    nodes: info.nodes,
    edges: info.edges,
    evidence: info.evidence,
    communities: info.communities,
    centrality: info.centrality,
    layoutIterations: info.layoutIterations,
    layoutSeparation: info.layoutSeparation,
    queries: info.queries,
    resolveEntityP50Seconds: round(info.resolveP50),
    resolveEntityP99Seconds: round(info.resolveP99),
    heapWithCorpusMb: info.heapWithCorpusMb,
    heapGraphOnlyMb: info.heapGraphOnlyMb,
    louvainCoreGraphOnlySeconds: round(info.louvainCoreGraphOnlySeconds),
    ...(info.million ? { million: info.million } : {}),
    ...(corpus.generated ? { corpusMb: Math.round(corpus.generated.bytes / 1e5) / 10 } : {}),
    pipelineOnly: !benchSize,
  };
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}
const texts: TextMeasure[] = [];
for (const { kind, bytes } of textCases) {
  progress(`[${kind} ${kind.endsWith("-pdf") ? `${bytes} pages` : formatBytes(bytes)}] …`);
  const workDir = join(cacheDir, "work", `${kind}-${bytes}-seed${seed}`);
  try {
    texts.push(await runTextChild(kind, bytes, workDir));
  } catch (error) {
    warn(`*** ${(error as Error).message}`);
  }
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}
progressDone();

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const cpu = cpus();
const results: Results = {
  machine: {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString().slice(0, 10),
    seed,
    sizes,
    rss: "per stage: VmHWM of the pipeline's process, reset through /proc/self/clear_refs when each stage starts; peers: ru_maxrss of their process; viewer: summed VmHWM of Chromium's processes",
    peers: {
      networkx: peers.get("networkx") ?? "missing",
      igraph: peers.get("igraph") ?? "missing",
    },
    ...(viewerChromium ? { chromium: viewerChromium } : {}),
    details: sizeFacts,
  },
  runs,
  ...(texts.length ? { texts } : {}),
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await format(JSON.stringify(results), { parser: "json", printWidth: 120 }));
const wrote = [relative(process.cwd(), out) || out];
if (runs.length > 0) {
  writeFileSync(
    svgOut,
    chartSvg(runs, `panelgraph bench: time by graph size (seed ${seed}, ${cpu.length} cores, ${results.machine.date})`),
  );
  wrote.push(relative(process.cwd(), svgOut) || svgOut);
}

if (sizes.length > 0 || viewerSizes.length > 0) {
  process.stdout.write(`${formatTable(runs)}\n\n`);
  if (missingPeers.length > 0) {
    process.stdout.write(`PEERS MISSING: ${missingPeers.join(", ")} (their comparisons are N/A below)\n\n`);
  }
  process.stdout.write(`${formatChecks(checkTargets(runs, { layoutSeparation }))}\n\n`);
}
if (textCases.length > 0) {
  const checks = [...checkTextGrowth(texts), ...checkPdfTarget(texts)];
  process.stdout.write(`${formatTextTable(texts)}\n\n${formatChecks(checks)}\n\n`);
}
process.stdout.write(`Wrote ${wrote.join(" and ")}\n`);
