// Layout in the browser: ForceAtlas2 runs in a worker and moves what Sigma draws, stops (then noverlap), and "reset"
// brings back exactly the build's positions. In the static build (whose Content-Security-Policy allows only the
// site's own scripts) and under the dev server `npm start` runs.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { keepScreenshot, type OpenedViewer, openViewer, type Serving } from "../helpers/browser.js";
import { generatedGraph, openTool } from "./tools-page.js";
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

/**
 * Starts watching, in the page, what the layout status says and which pictures Sigma draws: after each render, if the
 * positions drawn (the graph's x/y, which the render has just drawn) differ from the previous picture's, the status at
 * that moment is noted; every status the panel shows is noted as it is shown, with the positions written then.
 */
const watchPictures = (page: Page) =>
  page.evaluate(() => {
    const { renderer, graph } = window.panelgraph;
    const status = document.querySelector(".layout-status")!;
    const key = () => graph.mapNodes((_, a) => `${a.x},${a.y}`).join(" ");
    let drawn = key();
    const watched = { pictures: [] as string[], statuses: [] as { text: string; written: string }[], drawn };
    renderer.on("afterRender", () => {
      const now = key();
      if (now === drawn) return;
      watched.pictures.push(status.textContent!);
      watched.drawn = drawn = now;
    });
    new MutationObserver(() => watched.statuses.push({ text: status.textContent!, written: key() })).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    (window as unknown as { watched: typeof watched }).watched = watched;
  });

interface Watched {
  /** The status shown as each new picture was drawn. */
  pictures: string[];
  statuses: { text: string; written: string }[];
  /** The positions of the last picture drawn. */
  drawn: string;
}
const watched = (page: Page) => page.evaluate(() => (window as unknown as { watched: Watched }).watched);
/** The positions the graph holds now (what the next picture draws). */
const written = (page: Page) =>
  page.evaluate(() => window.panelgraph.graph.mapNodes((_, a) => `${a.x},${a.y}`).join(" "));

for (const serving of ["build", "dev"] as Serving[]) {
  describe(`layout in the browser (${serving === "build" ? "static build" : "dev server"})`, () => {
    const graph = corpusGraph();
    let viewer: OpenedViewer;
    let page: Page;

    beforeAll(async () => {
      viewer = await openViewer(serializeGraph(graph), { serving });
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
      await expect.poll(async () => largestMove(await positions(page), built)).toBeGreaterThan(0.02);

      await page.click("#layout-stop");
      await page.waitForFunction(() =>
        document.querySelector(".layout-status")!.textContent!.startsWith("Layout computed"),
      );
      const stopped = await positions(page);
      // Still for 400 ms and at least ten of the page's frames (which a loaded machine spaces out): a layout that went
      // on would have drawn the nodes elsewhere by then.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            const since = performance.now();
            let frames = 0;
            const frame = () =>
              ++frames >= 10 && performance.now() - since >= 400 ? done() : requestAnimationFrame(frame);
            requestAnimationFrame(frame);
          }),
      );
      expect(await positions(page)).toEqual(stopped);
      expect(largestMove(stopped, built)).toBeGreaterThan(0.02);

      if (serving === "build") {
        keepScreenshot("tools-layout.png", await page.screenshot());
      }
      await page.click("#layout-reset");
      // Sigma redraws at its next frame (on a loaded machine, a second or more away).
      await expect.poll(() => positions(page)).toEqual(built);
      expect((await positions(page)).map((p) => [p.ax, p.ay])).toEqual(graph.mapNodes((_, a) => [a.x, a.y]));
      expect(await page.textContent(".layout-status")).toBe("The build's layout");
      expect(viewer.errors).toEqual([]);
    });
  });
}

describe("stopping a layout", () => {
  // Enough nodes in the window that some overlap when ForceAtlas2 stops: noverlap then moves them, and its picture is
  // the last (on the shipped corpus it moves none, and the picture before it is the last).
  const graph = generatedGraph(600);
  let viewer: OpenedViewer;
  let page: Page;

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
    await openTool(page, "Layout");
  });
  afterAll(async () => viewer?.close());

  it("says Stopping… from Stop until noverlap's last picture is drawn, and Layout computed only then", async () => {
    const built = await positions(page);
    await page.click("#layout-start");
    await expect.poll(async () => largestMove(await positions(page), built)).toBeGreaterThan(0.02);
    await watchPictures(page);
    await page.click("#layout-stop");
    await page.waitForFunction(() =>
      document.querySelector(".layout-status")!.textContent!.startsWith("Layout computed"),
    );
    // Until every position written has been drawn (the pictures stop changing): polled, not a fixed wait.
    await expect.poll(async () => (await watched(page)).drawn === (await written(page))).toBe(true);
    const seen = await watched(page);
    const stopping = "Stopping, then spreading overlapping nodes apart…";
    const texts = seen.statuses.map((s) => s.text);
    // From Stop: Stopping… (again as each picture comes), then Layout computed, once, last.
    const afterStop = texts.slice(texts.indexOf(stopping));
    expect(afterStop.slice(0, -1).filter((t) => t !== stopping)).toEqual([]);
    expect(afterStop.at(-1)).toMatch(/^Layout computed here \([\d,]+ iterations of ForceAtlas2, then noverlap\)$/);
    // noverlap moved nodes apart: its picture differs from the one before it, so this test sees the last picture.
    expect(seen.statuses.at(-2)!.written).not.toBe(seen.statuses.at(-3)!.written);
    // The pictures after Stop (the batch under way, then noverlap's) were all drawn while it said Stopping…, and
    // the one on screen when it said computed is the last.
    expect(seen.pictures.filter((t) => t === stopping).length).toBeGreaterThan(0);
    expect(seen.pictures.filter((t) => t !== stopping && !t.startsWith("ForceAtlas2 running"))).toEqual([]);
    expect(seen.statuses.at(-1)!.written).toBe(seen.drawn);
    expect(await page.isDisabled("#layout-stop")).toBe(true);
    expect(await page.isDisabled("#layout-start")).toBe(false);

    await page.click("#layout-reset");
    await expect.poll(() => positions(page)).toEqual(built);
    expect(viewer.errors).toEqual([]);
  });
});

describe("layout and appearance at 10,000 nodes", () => {
  const graph = generatedGraph(10_000);
  let viewer: OpenedViewer;
  let page: Page;

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("colours by degree and runs ForceAtlas2 without blocking the page, then resets", async () => {
    await openTool(page, "Appearance");
    const colouring = Date.now();
    await page.selectOption("#appearance-colourBy", "degree");
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const colourMs = Date.now() - colouring;

    await openTool(page, "Layout");
    const built = await positions(page);
    await page.click("#layout-start");
    const started = Date.now();
    // Until the worker has sent a second batch and the nodes have moved (not a fixed 5 s): the run is under way.
    const ran = async () =>
      Number(/running: ([\d,]+)/.exec((await page.textContent(".layout-status")) ?? "")?.[1]?.replace(/,/g, "") ?? 0);
    await expect.poll(ran).toBeGreaterThan(0);
    const first = await ran();
    await expect.poll(ran).toBeGreaterThan(first);
    await expect.poll(async () => largestMove(await positions(page), built)).toBeGreaterThan(0.01);
    expect(await page.textContent(".layout-status")).toMatch(/^ForceAtlas2 running: /);
    // The page answers while the worker computes: a frame comes within a fraction of a second.
    const frameMs = await page.evaluate(() => {
      const t = performance.now();
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - t)));
    });
    await page.click("#layout-stop");
    await page.waitForFunction(() =>
      document.querySelector(".layout-status")!.textContent!.startsWith("Layout computed"),
    );
    const seconds = (Date.now() - started) / 1000;
    const iterations = Number(
      /\((\d[\d,]*) iterations/.exec((await page.textContent(".layout-status"))!)![1]!.replace(/,/g, ""),
    );
    expect(iterations).toBeGreaterThan(0);
    expect(largestMove(await positions(page), built)).toBeGreaterThan(0.01);
    await page.click("#layout-reset");
    await expect.poll(() => positions(page)).toEqual(built);
    console.log(
      `10,000 nodes: colour by degree drawn in ${colourMs} ms; ForceAtlas2 ${iterations} iterations in ${seconds.toFixed(1)} s ` +
        `(with stop and noverlap); a frame during the run after ${frameMs.toFixed(0)} ms`,
    );
    expect(frameMs).toBeLessThan(1000);
    expect(viewer.errors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
  });
});
