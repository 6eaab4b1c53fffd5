// The picture export in the built viewer: a PNG of exactly the chosen size, with the title in its band and the
// legend of the current colouring drawn in its corner.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TYPE_COLORS } from "../../src/export/palette.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { countPixels, keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { openTool } from "./tools-page.js";
import { corpusGraph } from "./viewer-graph.js";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the picture export", () => {
  const graph = corpusGraph();
  let viewer: OpenedViewer;
  let page: Page;

  /** Sets the size, title and legend, downloads the PNG; returns it and where the legend was drawn. */
  async function exportPicture(width: number, height: number, title: string, legend: boolean) {
    await openTool(page, "Picture");
    await page.fill("#picture-width", String(width));
    await page.fill("#picture-height", String(height));
    await page.fill("#picture-title", title);
    await page.setChecked("#picture-legend", legend);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#picture-save")]);
    const png = readFileSync((await download.path())!);
    const box = await page.evaluate(() => document.querySelector<HTMLElement>("#tool-picture")!.dataset.legendBox);
    return { png, legendBox: box ? (JSON.parse(box) as Box) : null, name: download.suggestedFilename() };
  }

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("is a PNG of exactly the chosen size, with the legend's colours and text in the legend's corner", async () => {
    const { png, legendBox, name } = await exportPicture(1000, 700, "A test title", true);
    expect(name).toMatch(/\.png$/);
    expect(pngSize(png)).toEqual({ width: 1000, height: 700 });
    keepScreenshot("tools-picture.png", png);

    expect(legendBox).not.toBeNull();
    const box = legendBox!;
    expect(box.x).toBeLessThan(1000 / 2);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    // One swatch per node type present, in the type's colour, and the names written in dark ink.
    const types = [...new Set(graph.mapNodes((_, a) => a.type))];
    const { dark, found } = await countPixels(
      page,
      png,
      box,
      types.map((t) => TYPE_COLORS[t]),
    );
    for (const [i, type] of types.entries()) expect({ type, pixels: found[i]! > 10 }).toEqual({ type, pixels: true });
    expect(dark).toBeGreaterThan(200);
    // The title: dark text in the band at the top.
    const title = await countPixels(page, png, { x: 0, y: 0, width: 1000, height: 40 }, []);
    expect(title.dark).toBeGreaterThan(100);
  });

  it("cuts a title too wide for the picture in its middle, keeping its numbered end, and says so", async () => {
    const long =
      "Fenby Harbour Transport Committee and the Island Ferries Working Group, minutes of the meeting, 14 October 2026";
    const { png } = await exportPicture(600, 400, long, false);
    keepScreenshot("tools-picture-long-title.png", png);
    const status = (await page.textContent("#tool-picture .picture-status"))!;
    keepScreenshot("tools-picture-long-title-status.png", await page.screenshot());
    const drawn = /its title cut to fit: “(.*)”\.$/.exec(status)?.[1];
    expect(status).toMatch(/^Saved a 600 × 400 picture; its title cut to fit: /);
    // The meeting's date, which tells this title from its series' others, is kept after the cut; the start too.
    expect(drawn).toMatch(/^Fenby Harbour Transport .*\S… 14 October 2026$/);
    expect(drawn!.length).toBeLessThan(long.length);
    // And what was drawn fits: no ink in the band's right margin (16 px at this size's scale of 0.75: 12 px).
    const margin = await countPixels(page, png, { x: 600 - 10, y: 0, width: 10, height: 36 }, []);
    expect(margin.dark).toBe(0);
    const band = await countPixels(page, png, { x: 0, y: 0, width: 600, height: 36 }, []);
    expect(band.dark).toBeGreaterThan(100);
  });

  it("follows the size asked for, and leaves the legend out when asked", async () => {
    const withLegend = await exportPicture(1600, 1200, "", true);
    expect(pngSize(withLegend.png)).toEqual({ width: 1600, height: 1200 });
    const without = await exportPicture(1600, 1200, "", false);
    expect(pngSize(without.png)).toEqual({ width: 1600, height: 1200 });
    expect(without.legendBox).toBeNull();
    const box = withLegend.legendBox!;
    const on = await countPixels(page, withLegend.png, box, []);
    const off = await countPixels(page, without.png, box, []);
    expect(on.dark).toBeGreaterThan(off.dark + 200);
    expect(viewer.errors).toEqual([]);
  });
});
