// Layout in the browser: ForceAtlas2 runs in a worker and moves what Sigma draws, stops (then noverlap), and "reset"
// brings back exactly the build's positions. In the static build (whose Content-Security-Policy allows only the
// site's own scripts) and under the dev server `npm start` runs.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { openTool, openViewer, type Serving, type ToolsPage } from "./tools-page.js";
import { corpusGraph } from "./viewer-graph.js";

interface PageApi {
  renderer: import("sigma").default;
  graph: import("graphology").default;
}
declare const window: Window & { panelgraph: PageApi };

/** Where Sigma draws every node (its display data, after the reducers), and where the graph's attributes put it. */
const positions = (page: Page) =>
  page.evaluate(() => {
    const { renderer, graph } = window.panelgraph;
    return graph.nodes().map((id: string) => {
      const d = renderer.getNodeDisplayData(id)!;
      const [ax, ay] = [graph.getNodeAttribute(id, "x"), graph.getNodeAttribute(id, "y")];
      // Display data is in Sigma's framed coordinates (the graph's extent mapped to 0–1): compare on screen.
      const drawn = renderer.framedGraphToViewport(d);
      const stored = renderer.graphToViewport({ x: ax, y: ay });
      return { id, x: d.x, y: d.y, ax, ay, offset: Math.hypot(drawn.x - stored.x, drawn.y - stored.y) };
    });
  });

const largestMove = (a: { x: number; y: number }[], b: { x: number; y: number }[]) =>
  Math.max(...a.map((p, i) => Math.hypot(p.x - b[i]!.x, p.y - b[i]!.y)));

for (const serving of ["build", "dev"] as Serving[]) {
  describe(`layout in the browser (${serving === "build" ? "static build" : "dev server"})`, () => {
    const graph = corpusGraph();
    let viewer: ToolsPage;
    let page: Page;

    beforeAll(async () => {
      viewer = await openViewer(serializeGraph(graph), serving);
      page = viewer.page;
      await openTool(page, "Layout");
    });
    afterAll(async () => viewer?.close());

    it("start moves the nodes, stop holds them still, reset returns exactly to the build's layout", async () => {
      const built = await positions(page);
      // Drawn where the build put them.
      expect(Math.max(...built.map((p) => p.offset))).toBeLessThan(0.5);
      expect(await page.textContent(".layout-status")).toBe("The build's layout");

      await page.click("#layout-start");
      await page.waitForFunction(() => /running: [1-9]/.test(document.querySelector(".layout-status")!.textContent!));
      await expect
        .poll(async () => largestMove(await positions(page), built), { timeout: 20_000 })
        .toBeGreaterThan(0.02);

      await page.click("#layout-stop");
      await page.waitForFunction(() =>
        document.querySelector(".layout-status")!.textContent!.startsWith("Layout computed"),
      );
      const stopped = await positions(page);
      await page.waitForTimeout(400);
      expect(await positions(page)).toEqual(stopped);
      expect(largestMove(stopped, built)).toBeGreaterThan(0.02);

      await page.click("#layout-reset");
      // Sigma redraws at its next frame.
      await expect.poll(() => positions(page)).toEqual(built);
      expect((await positions(page)).map((p) => [p.ax, p.ay])).toEqual(graph.mapNodes((_, a) => [a.x, a.y]));
      expect(await page.textContent(".layout-status")).toBe("The build's layout");
      expect(viewer.errors).toEqual([]);
    });
  });
}
