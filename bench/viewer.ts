// The viewer in headless Chromium, as the browser tests run it (tests/helpers/browser.ts: the static build served by
// vite preview, Debian's Chromium): time to the first frame, and how long selecting a node takes to reach the screen.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { mulberry32 } from "../src/analysis/random.js";
import { deserializeGraph, serializeViewerPayload } from "../src/graph/serialize.js";
import { LARGE_GRAPH_NODES, VIEWER_PAYLOAD_MIN_BYTES } from "../src/model/settings.js";
import { buildViewer, launchChromium, serveBuilt } from "../tests/helpers/browser.js";

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

export async function measureViewer(
  graphJson: string,
  options: { seed: number; selects: number },
): Promise<ViewerMeasure> {
  const outDir = await buildViewer(graphJson);
  // What `panelgraph build` writes beside a large graph.json (src/export/graph-file.ts writeViewerPayload).
  const graphBytes = Buffer.byteLength(graphJson);
  if (graphBytes >= VIEWER_PAYLOAD_MIN_BYTES) {
    writeFileSync(join(outDir, "graph.view.json"), serializeViewerPayload(deserializeGraph(graphJson), graphBytes));
  }
  const { server, url } = await serveBuilt(outDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
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
        throw new Error(`the viewer did not draw its first frame: ${errors.join("; ") || error.message}`);
      });
    const { firstFrame, mark } = await page.evaluate(() => window.panelgraphBench);
    const large = await page.evaluate((limit) => window.panelgraph.graph.nodes().length > limit, LARGE_GRAPH_NODES);
    if (large) {
      await page.waitForFunction(() => window.panelgraphBench.edges !== undefined, null, {
        timeout: 300_000,
        polling: 100,
      });
    }
    const edges = large ? (await page.evaluate(() => window.panelgraphBench.edges))! : firstFrame!;

    // Select random nodes one after another, each once the camera has stopped moving from the previous one.
    const ids = await page.evaluate(() => window.panelgraph.graph.nodes());
    const random = mulberry32(options.seed);
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
    return {
      firstFrameSeconds: firstFrame! / 1000,
      markSeconds: mark! / 1000,
      edgesSeconds: edges / 1000,
      selectMedianSeconds: latencies[Math.floor((latencies.length - 1) / 2)]! / 1000,
      selectMaxSeconds: latencies.at(-1)! / 1000,
      selects: latencies.length,
      peakRssMb: chromiumPeakRssMb(),
      chromium: browser.version(),
    };
  } finally {
    await browser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
