// Opens the viewer on a graph for the tools' browser tests, either as the static site (`npm run build`, served by
// `vite preview`) or through the dev server `npm start` runs (`panelgraph serve`), and collects the page's errors.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import type { Browser, Page } from "playwright-core";
import { mulberry32 } from "../../src/analysis/random.js";
import { createViewerServer } from "../../src/cli/serve.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { NODE_TYPES } from "../../src/model/vocabulary.js";
import { buildViewer, freePort, launchChromium, serveBuilt } from "../helpers/browser.js";

export interface ToolsPage {
  page: Page;
  url: string;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export type Serving = "build" | "dev";

export async function openViewer(graphJson: string, serving: Serving = "build", search = ""): Promise<ToolsPage> {
  const cleanup: (() => Promise<void> | void)[] = [];
  let url: string;
  if (serving === "build") {
    const outDir = await buildViewer(graphJson);
    cleanup.push(() => rmSync(outDir, { recursive: true, force: true }));
    const served = await serveBuilt(outDir);
    cleanup.push(() => served.server.close());
    url = served.url;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "panelgraph-tools-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "graph.json"), graphJson);
    // As `panelgraph serve` leaves it after a good build (the page asks for it).
    writeFileSync(join(dir, "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
    const port = await freePort();
    const server = await createViewerServer({ graphFile: join(dir, "graph.json"), port, strictPort: true });
    cleanup.push(() => server.close());
    url = `http://127.0.0.1:${port}/`;
  }
  const browser: Browser = await launchChromium();
  cleanup.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url + search);
  await page.waitForFunction(() => (window as unknown as { panelgraph: { ready: boolean } }).panelgraph?.ready, null, {
    timeout: 60_000,
  });
  return {
    page,
    url,
    errors,
    close: async () => {
      for (const step of cleanup.reverse()) await step();
    },
  };
}

/** Opens a tool's tab (Appearance, Data table, Statistics, Layout, Picture) unless it is open already. */
export async function openTool(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** A generated graph of `n` nodes and about 3n edges, placed at random (seeded): a table's worth of rows. */
export function generatedGraph(n: number): PanelGraph {
  const random = mulberry32(17);
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.setAttribute("name", "large");
  graph.setAttribute("sources", []);
  for (let i = 0; i < n; i++) {
    graph.addNode(`n${i}`, {
      type: NODE_TYPES[i % NODE_TYPES.length]!,
      label: `Node ${i}`,
      aliases: [],
      facts: [],
      x: random() * 1000,
      y: random() * 1000,
      community: 1 + (i % 40),
      centrality: random(),
    });
  }
  for (let i = 0; i < 3 * n; i++) {
    const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
    const key = `mentions:n${a}->n${b}`;
    if (a === b || graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, `n${a}`, `n${b}`, {
      relation: "mentions",
      evidence: [],
      sources: [],
      weight: 1,
      origin: "annotation",
    });
  }
  return graph;
}
