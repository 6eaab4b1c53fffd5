// The viewer in a narrow window (a phone at 390 × 844, a small window at 800 × 600): the side columns fold (the
// controls into a drawer, the node's panel into a sheet under the graph), the graph keeps the width, a shared ?node=
// link opens that node's panel; and the downloads a user makes there say which corpus they come from.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDate } from "../../src/analysis/data-date.js";
import { newestSourceDate } from "../../src/export/gexf.js";
import { TYPE_COLORS } from "../../src/export/palette.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { countPixels, keepScreenshot, startViewer, waitReady, type ViewerSite } from "../helpers/browser.js";
import { MINI_DIR } from "../helpers/paths.js";

interface PageApi {
  ready: boolean;
  state: { selected: string | null; focus: number };
  renderer: {
    getNodeDisplayData(node: string): { x: number; y: number } | undefined;
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  };
}
declare const window: Window & { panelgraph: PageApi };

/** The box of an element on the page, null when it is not laid out (display: none). */
const box = (page: Page, selector: string) => page.locator(selector).boundingBox();

/** Where `node` is drawn, in the graph area's pixels. */
const drawnAt = (page: Page, node: string) =>
  page.evaluate((id) => {
    const { renderer } = window.panelgraph;
    return renderer.framedGraphToViewport(renderer.getNodeDisplayData(id)!);
  }, node);

describe("the viewer in a narrow window", () => {
  // The mini corpus (tests/fixtures/mini): its folder's name, "mini", is the graph's `corpus`.
  const graph = buildCorpusGraph(MINI_DIR).graph;
  // A session dated after every source (as a write-up published undated, or before the sessions it reports): the
  // downloads are dated by the session, never by the older source.
  const session = graph.filterNodes((_, a) => a.type === "session")[0]!;
  graph.updateNodeAttribute(session, "facts", (facts = []) => [
    ...facts,
    { name: "date", value: "2099-02-03", source: graph.getAttribute("sources")[0]!, evidence: [] },
  ]);
  const person = "ada-park";
  let site: ViewerSite;

  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  for (const [width, height] of [
    [390, 844],
    [800, 600],
  ] as const) {
    it(`at ${width} × ${height}: the graph takes the width and is drawn; the controls are a drawer`, async () => {
      const { page, errors } = await site.open({ viewport: { width, height } });
      expect(await page.textContent("#status")).toBe(
        `Corpus mini: ${graph.order} nodes, ${graph.size} edges from 2 sources`,
      );
      const area = (await box(page, "#graph"))!;
      expect(area.width).toBe(width);
      expect(area.height).toBeGreaterThan(height * 0.5);
      // Nothing selected: no panel beside or under the graph, no controls over it.
      expect(await box(page, "#panel")).toBeNull();
      expect(await box(page, "#controls")).toBeNull();
      const at = await drawnAt(page, person);
      expect(at.x).toBeGreaterThan(0);
      expect(at.x).toBeLessThan(area.width);
      expect(at.y).toBeGreaterThan(0);
      expect(at.y).toBeLessThan(area.height);
      keepScreenshot(`narrow-${width}.png`, await page.screenshot());

      await page.click("#controls-toggle");
      expect(await page.getAttribute("#controls-toggle", "aria-expanded")).toBe("true");
      expect((await box(page, "#controls"))!.width).toBeGreaterThan(250);
      keepScreenshot(`narrow-${width}-controls.png`, await page.screenshot());
      await page.keyboard.press("Escape");
      expect(await box(page, "#controls")).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`at ${width} × ${height}: a shared ?node= link opens that node's panel under the graph`, async () => {
      const { page, errors } = await site.open({ viewport: { width, height }, search: `?node=${person}` });
      expect(await page.textContent("#panel-title")).toBe(graph.getNodeAttribute(person, "label"));
      const panel = (await box(page, "#panel"))!;
      const area = (await box(page, "#graph"))!;
      expect(panel.width).toBe(width);
      expect(panel.y).toBeGreaterThanOrEqual(area.y + area.height - 1);
      expect(area.width).toBe(width);
      expect(area.height).toBeGreaterThan(height * 0.35);
      const at = await drawnAt(page, person);
      expect(at.x).toBeGreaterThan(0);
      expect(at.x).toBeLessThan(area.width);
      expect(at.y).toBeGreaterThan(0);
      expect(at.y).toBeLessThan(area.height);
      keepScreenshot(`narrow-${width}-node.png`, await page.screenshot());
      // The panel's × gives the graph its height back.
      await page.click("#panel-close");
      expect(await box(page, "#panel")).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("draws the graph only once its area has room, and says so meanwhile (never Sigma's own error)", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The graph's area squeezed to nothing, as a window too narrow for its columns once did (through the element's
    // style: the site's Content-Security-Policy refuses a <style> element).
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const area = document.getElementById("graph")!;
        for (const property of ["width", "height", "flex"])
          area.style.setProperty(property, property === "flex" ? "none" : "0", "important");
      });
    });
    await page.goto(site.url);
    await expect.poll(() => page.textContent("#status")).toMatch(/^The graph has no room to be drawn/);
    expect(await page.evaluate(() => window.panelgraph.ready)).toBe(false);
    await page.evaluate(() => document.getElementById("graph")!.removeAttribute("style"));
    await waitReady(page);
    expect(await page.textContent("#status")).toMatch(/^Corpus mini: /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Escape, deselecting, also drops the focus from the URL", async () => {
    const { page } = await site.open({ viewport: { width: 800, height: 600 }, search: `?node=${person}&focus=1` });
    expect(new URL(page.url()).searchParams.get("focus")).toBe("1");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBeNull();
    expect(await page.evaluate(() => window.panelgraph.state.focus)).toBe(0);
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("names downloads after the corpus and the newest date in it, and captions the PNG with the corpus, that date and the colours", async () => {
    const { page } = await site.open({ viewport: { width: 800, height: 600 } });
    await page.click("#controls-toggle");
    // The date the caption gives (the newest anywhere in the graph: here the session's, later than any source's), not
    // the day of the download: the same corpus, the same name.
    const dated = dataDate(graph).newest!;
    expect(dated).toBe("2099-02-03");
    expect(newestSourceDate(graph)).not.toBe(dated);
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("#download-gexf")]);
    expect(gexf.suggestedFilename()).toBe(`panelgraph-mini-${dated}.gexf`);
    const [visible] = await Promise.all([page.waitForEvent("download"), page.click("#download-gexf-visible")]);
    expect(visible.suggestedFilename()).toBe(`panelgraph-mini-visible-${dated}.gexf`);
    const [picture] = await Promise.all([page.waitForEvent("download"), page.click("#download-png")]);
    expect(picture.suggestedFilename()).toBe(`panelgraph-mini-${dated}.png`);
    const png = await import("node:fs").then((fs) => picture.path().then((path) => fs.readFileSync(path!)));
    keepScreenshot("narrow-download.png", png);
    const area = (await box(page, "#graph"))!;
    const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(w).toBe(Math.round(area.width * ratio));
    // The band under the picture of the graph: text, and a swatch of each type's colour.
    const graphHeight = Math.round(area.height * ratio);
    expect(h).toBeGreaterThan(graphHeight + 30);
    const types = [...new Set(graph.mapNodes((_, a) => a.type))];
    const band = await countPixels(
      page,
      png,
      { x: 0, y: graphHeight, width: w, height: h - graphHeight },
      types.map((t) => TYPE_COLORS[t]),
    );
    expect(band.dark).toBeGreaterThan(300);
    for (const [i, type] of types.entries())
      expect({ type, swatch: band.found[i]! > 10 }).toEqual({ type, swatch: true });
    await page.close();
  });
});
