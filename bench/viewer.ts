// The viewer in headless Chromium, as the browser tests run it (tests/helpers/browser.ts: the static build served by
// vite preview, Debian's Chromium): time to the first frame, and how long selecting a node takes to reach the screen.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { mulberry32 } from "../src/analysis/random.js";
import { deserializeGraph, serializeViewerPayload } from "../src/graph/serialize.js";
import { LARGE_GRAPH_NODES, VIEWER_PAYLOAD_MIN_BYTES } from "../src/model/settings.js";
import { buildViewer, launchChromium, serveBuilt } from "../tests/helpers/browser.js";
import { installFrameLog, measureInteractions, type InteractionTimes, type Interactions } from "./frames.js";

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Interactions timed to the painted frame: from the input event (its `timeStamp`) to the animation frame after the
 * first `afterRender` that shows the result, i.e. the frame that reaches the screen. Medians.
 */
export interface FrameMeasure extends InteractionTimes {
  /** Navigation start to the animation frame after the first render (`panelgraph:first-frame`). */
  firstFrameSeconds: number;
}

export interface ViewerMeasure {
  /** From navigation start to the first animation frame after `panelgraph:first-frame` (the frame on screen). */
  firstFrameSeconds: number;
  /** Where main.ts puts the mark (after the first render, before the browser paints it). */
  markSeconds: number;
  /**
   * Above 20,000 nodes the first frame has the nodes and labels and the edges follow (docs/viewer.md, “Large
   * graphs”): from navigation start to the animation frame after `panelgraph:edges-drawn`; else the first frame.
   */
  edgesSeconds: number;
  /** Select-node latencies: from `panelgraph.select(id)` to the next animation frame, median and slowest. */
  selectMedianSeconds: number;
  selectMaxSeconds: number;
  selects: number;
  /** Our viewer's interactions, to the painted frame. */
  ours: FrameMeasure;
  /** The same interactions on stock sigma (bench/stock: `new Sigma(graph, container)`, default settings), same run. */
  stock: FrameMeasure;
  /** Sum of the peak RSS of Chromium's processes (browser, renderer, GPU …) during the run. */
  peakRssMb: number;
  chromium: string;
}

interface PageApi {
  ready: boolean;
  graph: { nodes(): string[] };
  renderer: { getCamera(): { isAnimated(): boolean } };
  select(node: string | null): void;
}
declare const window: Window & {
  panelgraph: PageApi;
  panelgraphBench: { firstFrame?: number; mark?: number; edges?: number };
};

/** Chromium processes started by this process (descendants of our pid), with their peak RSS in MB. */
function chromiumPeakRssMb(): number {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(" ")[1]));
    } catch {
      // Gone since the listing.
    }
  }
  let total = 0;
  for (const [pid] of parents) {
    let at = parents.get(pid);
    while (at !== undefined && at > 1 && at !== process.pid) at = parents.get(at);
    if (at !== process.pid || !/chrom/i.test(names.get(pid) ?? "")) continue;
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) / 1024;
    } catch {
      // Gone since the listing.
    }
  }
  return Math.round(total);
}

/** The stock sigma page (bench/stock), built into `outDir`/stock so that it reads the viewer's graph files. */
export async function buildStockPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(HERE, "stock"),
    base: "./",
    build: { outDir: join(outDir, "stock"), emptyOutDir: true, modulePreload: { polyfill: false } },
    logLevel: "error",
  });
}

/**
 * Opens `url` in a new page and waits for its first frame: navigation start to the animation frame after the
 * `panelgraph:first-frame` mark (both pages set it right after their first render), and, when the page marks
 * `panelgraph:edges-drawn`, to the animation frame after that.
 */
export async function openMeasured(browser: Browser, url: string, waitForEdges: boolean) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.panelgraphBench = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "panelgraph:edges-drawn") {
          requestAnimationFrame(() => (window.panelgraphBench.edges = performance.now()));
        }
        if (entry.name !== "panelgraph:first-frame") continue;
        window.panelgraphBench.mark = entry.startTime;
        requestAnimationFrame(() => (window.panelgraphBench.firstFrame = performance.now()));
      }
    }).observe({ type: "mark", buffered: true });
  });
  await page.goto(url);
  await page
    .waitForFunction(() => window.panelgraphBench?.firstFrame !== undefined, null, { timeout: 300_000, polling: 100 })
    .catch((error: Error) => {
      throw new Error(`${url} did not draw its first frame: ${errors.join("; ") || error.message}`);
    });
  if (waitForEdges) {
    await page.waitForFunction(() => window.panelgraphBench.edges !== undefined, null, {
      timeout: 300_000,
      polling: 100,
    });
  }
  const { firstFrame, mark, edges } = await page.evaluate(() => window.panelgraphBench);
  return { page, errors, firstFrame: firstFrame!, mark: mark!, edges: edges ?? firstFrame! };
}

/** How many of each interaction are timed (the median is reported). */
const ROUNDS = { clicks: 5, searches: 3, pans: 3 };

export async function measureViewer(
  graphJson: string,
  options: { seed: number; selects: number },
): Promise<ViewerMeasure> {
  const outDir = await buildViewer(graphJson);
  await buildStockPage(outDir);
  // What `panelgraph build` writes beside a large graph.json (src/export/graph-file.ts writeViewerPayload).
  const graphBytes = Buffer.byteLength(graphJson);
  const graph = deserializeGraph(graphJson);
  if (graphBytes >= VIEWER_PAYLOAD_MIN_BYTES) {
    writeFileSync(join(outDir, "graph.view.json"), serializeViewerPayload(graph, graphBytes));
  }
  const large = graph.order > LARGE_GRAPH_NODES;
  // The nodes clicked and searched for, in a seeded order (the first ones on screen are used).
  const random = mulberry32(options.seed);
  const ids = graph.nodes();
  const candidates = Array.from({ length: 400 }, () => ids[Math.floor(random() * ids.length)]!);
  const { server, url } = await serveBuilt(outDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const ours = await openMeasured(browser, url, large);
    const page = ours.page;

    // Select random nodes one after another, each once the camera has stopped moving from the previous one.
    const latencies: number[] = [];
    for (let i = 0; i < options.selects; i++) {
      const id = ids[Math.floor(random() * ids.length)]!;
      latencies.push(
        await page.evaluate(
          (node) =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              window.panelgraph.select(node);
              requestAnimationFrame(() => resolve(performance.now() - start));
            }),
          id,
        ),
      );
      // At 50k nodes a frame can take seconds, and the camera's 400 ms move several frames.
      await page.waitForFunction(() => !window.panelgraph.renderer.getCamera().isAnimated(), null, {
        polling: 50,
        timeout: 300_000,
      });
    }
    latencies.sort((a, b) => a - b);
    await installFrameLog(page, "ours");
    const oursInteractions = await measureInteractions(page, "ours", candidates, ROUNDS);
    if (ours.errors.length > 0) throw new Error(`the viewer failed: ${ours.errors.join("; ")}`);
    await page.close();

    // Stock sigma on the same graph, in the same Chromium.
    const stock = await openMeasured(browser, `${url}stock/`, false);
    await installFrameLog(stock.page, "stock");
    const stockInteractions = await measureInteractions(stock.page, "stock", candidates, ROUNDS);
    if (stock.errors.length > 0) throw new Error(`stock sigma failed: ${stock.errors.join("; ")}`);
    await stock.page.close();

    const frames = (first: number, { clicked: _c, searched: _s, ...times }: Interactions): FrameMeasure => ({
      firstFrameSeconds: first / 1000,
      ...times,
    });
    return {
      firstFrameSeconds: ours.firstFrame / 1000,
      markSeconds: ours.mark / 1000,
      edgesSeconds: ours.edges / 1000,
      selectMedianSeconds: latencies[Math.floor((latencies.length - 1) / 2)]! / 1000,
      selectMaxSeconds: latencies.at(-1)! / 1000,
      selects: latencies.length,
      ours: frames(ours.firstFrame, oursInteractions),
      stock: frames(stock.firstFrame, stockInteractions),
      peakRssMb: chromiumPeakRssMb(),
      chromium: browser.version(),
    };
  } finally {
    await browser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
