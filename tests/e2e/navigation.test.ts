// Getting around the built viewer, on the shipped corpus: edges are hit a few pixels off their line, the evidence
// drawer takes the whole panel, and the keyboard goes from the search to a result's first quote in a few presses.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadViewer, openViewer, type OpenedViewer } from "../helpers/browser.js";
import { corpusGraph } from "./viewer-graph.js";

interface PageApi {
  ready: boolean;
  state: {
    selected: string | null;
    edge: string | null;
    passage: { source: string; start: number; end: number } | null;
  };
  renderer: import("sigma").default;
  select(node: string | null): void;
  update(change: object): void;
}
declare const window: Window & { panelgraph: PageApi; hoveredEdge: string | null };

/** Edges tried: their midpoints and the points this many pixels either side of the line. */
const OFFSET = 3;
const EDGES = 15;

describe("getting around the built viewer (shipped corpus)", () => {
  const graph = corpusGraph();
  let viewer: OpenedViewer;
  let page: Page;
  const state = () => page.evaluate(() => window.panelgraph.state);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it(`hits the right edge at the midpoints of ${EDGES} edges and ${OFFSET} px either side of them`, async () => {
    // Edges whose midpoint is clear: no node within 12 px, no other edge within 10 px of the points tried, no control.
    const targets = await page.evaluate(
      ({ offset, wanted }) => {
        const { renderer } = window.panelgraph;
        const graph = renderer.getGraph();
        const at = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!);
        const segments = graph.mapEdges((edge, _, s, t) => ({ edge, a: at(s), b: at(t) }));
        const distance = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
          const [dx, dy] = [b.x - a.x, b.y - a.y];
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
        };
        const { width, height } = renderer.getDimensions();
        const found: { edge: string; points: { x: number; y: number }[] }[] = [];
        for (const { edge, a, b } of [...segments].sort((p, q) => p.edge.localeCompare(q.edge))) {
          const length = Math.hypot(b.x - a.x, b.y - a.y);
          if (length < 60) continue;
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
          const points = [0, offset, -offset].map((k) => ({ x: mid.x + normal.x * k, y: mid.y + normal.y * k }));
          if (points.some((p) => p.x < 60 || p.y < 20 || p.x > width - 20 || p.y > height - 20)) continue;
          // Not under a control laid over the graph (the zoom buttons, the tools' tabs).
          const origin = renderer.getContainer().getBoundingClientRect();
          const onGraph = (p: { x: number; y: number }) =>
            renderer.getContainer().contains(document.elementFromPoint(origin.left + p.x, origin.top + p.y));
          if (!points.every(onGraph)) continue;
          const nearNode = graph.someNode((n) => {
            const d = renderer.getNodeDisplayData(n)!;
            const p = at(n);
            return Math.hypot(p.x - mid.x, p.y - mid.y) < renderer.scaleSize(d.size) + 12;
          });
          if (nearNode) continue;
          const nearEdge = segments.some((s) => s.edge !== edge && points.some((p) => distance(p, s.a, s.b) < 10));
          if (nearEdge) continue;
          found.push({ edge, points });
          if (found.length === wanted) break;
        }
        window.hoveredEdge = null;
        renderer.on("enterEdge", ({ edge }) => (window.hoveredEdge = edge));
        renderer.on("leaveEdge", () => (window.hoveredEdge = null));
        return found;
      },
      { offset: OFFSET, wanted: EDGES },
    );
    expect(targets).toHaveLength(EDGES);
    const box = (await page.locator("#graph").boundingBox())!;
    const misses: string[] = [];
    for (const { edge, points } of targets) {
      for (const [i, p] of points.entries()) {
        // Leave the edge first (a point off every edge), so each hover is a fresh enterEdge.
        await page.mouse.move(box.x + 5, box.y + box.height - 5);
        await page.mouse.move(box.x + p.x, box.y + p.y);
        const hovered = await page.evaluate(() => window.hoveredEdge);
        if (hovered !== edge) misses.push(`${edge} at ${["midpoint", `+${OFFSET}px`, `-${OFFSET}px`][i]}: ${hovered}`);
      }
    }
    expect(misses).toEqual([]);
    // Clicking one opens its evidence.
    const { edge, points } = targets[0]!;
    await page.mouse.click(box.x + points[1]!.x, box.y + points[1]!.y);
    await expect.poll(async () => (await state()).edge).toBe(edge);
  });

  it("gives the evidence drawer the whole panel while it is open", async () => {
    await page.evaluate(() => window.panelgraph.update({ edge: null }));
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    const edge = graph.outEdges("geoff-little").find((e) => graph.getEdgeAttribute(e, "evidence").length > 2)!;
    await page.locator(`#panel-body .connection[data-edge="${edge}"] button.passages`).click();
    await expect.poll(async () => (await state()).edge).toBe(edge);
    const [panel, drawer] = await page.evaluate(() =>
      ["panel", "edge-drawer"].map((id) => document.getElementById(id)!.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(drawer!.height).toBeGreaterThan(panel!.height - 2);
    expect(await page.isHidden("#panel-body")).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#panel-body")).toBe(true);
  });

  it("moves the keyboard into the evidence drawer when it opens, and back to its button when Escape closes it", async () => {
    await page.evaluate(() => window.panelgraph.update({ edge: null }));
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    const edge = graph.outEdges("geoff-little").find((e) => graph.getEdgeAttribute(e, "evidence").length > 2)!;
    const opener = page.locator(`#panel-body .connection[data-edge="${edge}"] button.passages`);
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).edge).toBe(edge);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("edge-title");
    // Tab goes on inside the drawer, to its passages.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("#edge-drawer"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await state()).edge).toBe(null);
    expect(await page.evaluate(() => document.activeElement?.closest(".connection")?.getAttribute("data-edge"))).toBe(
      edge,
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains("passages"))).toBe(true);
  });

  it("reaches a search result's first quote, open in the reader, in at most 5 key presses besides the name", async () => {
    await loadViewer(page, viewer.url);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press("/");
    await page.keyboard.type("Geoff Lit");
    await page.locator("#search-options [role=option]").first().waitFor();
    await press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("geoff-little");
    await press("q");
    const first = page.locator("#panel-body button.quote").first();
    const wanted = {
      source: await first.getAttribute("data-source"),
      start: Number(await first.getAttribute("data-start")),
      end: Number(await first.getAttribute("data-end")),
    };
    await press("Enter");
    await expect.poll(async () => (await state()).passage).toEqual(wanted);
    expect(await page.isVisible("#reader-mark")).toBe(true);
    expect(presses).toBeLessThanOrEqual(5);
    await page.keyboard.press("Escape");
  });

  it("offers skip buttons as the first Tab stops: to the search, the panel and the first quote", async () => {
    // A fresh page with a node selected (from the URL): the first Tab is the first skip button.
    await loadViewer(page, `${viewer.url}?node=geoff-little`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Skip to the search");
    expect(await page.isVisible("button[data-skip=search]")).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-skip"))).toBe("quote");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("quote"))).toBe(true);
    // `p` goes to the panel's heading.
    await page.keyboard.press("p");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("panel-title");
  });
});
