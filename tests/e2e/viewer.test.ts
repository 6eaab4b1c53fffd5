import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { readCorpus } from "../../src/ingest/validate.js";
import { launchChromium, serveViewer } from "../helpers/browser.js";
import { DATA_DIR, ROOT, tempDir } from "../helpers/corpus.js";

describe("viewer in Chromium, on the shipped corpus", () => {
  let browser: Browser;
  let server: ViteDevServer;
  let page: Page;
  const consoleErrors: string[] = [];
  const graph = buildGraph(readCorpus(DATA_DIR));

  beforeAll(async () => {
    const publicDir = tempDir();
    writeFileSync(join(publicDir, "graph.json"), serializeGraph(graph));
    const served = await serveViewer(publicDir);
    server = served.server;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(served.url);
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("nodes"), null, {
      timeout: 30_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the built graph and says how big it is", async () => {
    expect(await page.textContent("#status")).toBe(
      `${graph.order} nodes, ${graph.size} edges from ${graph.getAttribute("sources").length} sources`,
    );
  });

  it("draws the network: the canvas is not blank", async () => {
    const png = await page.locator("#graph").screenshot();
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(join(ROOT, "test-output/viewer.png"), png);
    // Decode the screenshot in the page and count pixels that are not the background.
    const drawn = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      return coloured / (data.length / 4);
    }, png.toString("base64"));
    expect(drawn).toBeGreaterThan(0.005);
  });

  it("clicking a node shows its connections with the quotes behind them", async () => {
    const target = "geoff-little";
    const point = await page.evaluate((id) => {
      const { renderer } = (window as unknown as { panelgraph: { renderer: import("sigma").default } }).panelgraph;
      const display = renderer.getNodeDisplayData(id)!;
      return renderer.framedGraphToViewport(display);
    }, target);
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.textContent("#panel-title")).toBe(graph.getNodeAttribute(target, "label"));
    const quotes = await page.locator("#panel-body blockquote").allTextContents();
    const expected = graph.reduceEdges(target, (n, _, a) => n + a.evidence.length, 0);
    expect(quotes).toHaveLength(expected);
    expect(quotes.join(" ")).toContain("delegation");
  });

  it("logs no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
