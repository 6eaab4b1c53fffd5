// The large-graph mode (more than 20,000 nodes, docs/viewer.md “Large graphs”), on a synthetic graph of 20,001 nodes
// made here (seeded; positions, centrality and communities random, no corpus): edges as lines, hidden while the camera
// moves, the first frame without them and the edges in the next, and a selection draws only the lit edges.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/analysis/random.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { cameraStill, openViewer, type OpenedViewer } from "../helpers/browser.js";
import { randomGraph } from "../helpers/generated-graph.js";

interface PageApi {
  ready: boolean;
  renderer: {
    getSetting(name: string): unknown;
    getEdgeDisplayData(edge: string): { hidden?: boolean } | undefined;
    getNodeDisplayData(node: string): { color: string; x: number; y: number } | undefined;
    getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number; ratio: number } };
  };
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

const NODES = 20_001;
const FADED = "#e3e5eb";

function syntheticGraph(): PanelGraph {
  const random = mulberry32(11);
  return randomGraph({
    name: "synthetic",
    nodes: NODES,
    edgesPerNode: 2,
    random,
    node: (i) => ({
      type: i % 5 === 0 ? "theme" : "person",
      label: `Node ${i}`,
      aliases: [],
      facts: [],
      community: i % 12,
      centrality: random() ** 4,
      x: random() * 1000,
      y: random() * 1000,
    }),
  });
}

describe(`the viewer in the large-graph mode (${NODES.toLocaleString("en-GB")} nodes)`, () => {
  const graph = syntheticGraph();
  let viewer: OpenedViewer;
  let page: Page;

  const hidden = (edges: string[]) =>
    page.evaluate((list) => list.map((e) => window.panelgraph.renderer.getEdgeDisplayData(e)?.hidden === true), edges);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph), { timeout: 120_000 });
    page = viewer.page;
  }, 180_000);
  afterAll(async () => viewer?.close());

  it("hides edges while the camera moves, and draws them in the frame after the first", async () => {
    expect(await page.evaluate(() => window.panelgraph.renderer.getSetting("hideEdgesOnMove"))).toBe(true);
    await page.waitForFunction(() => performance.getEntriesByName("panelgraph:edges-drawn").length === 1, null, {
      timeout: 60_000,
    });
    const [firstFrame, edges] = await page.evaluate(() =>
      ["panelgraph:first-frame", "panelgraph:edges-drawn"].map((m) => performance.getEntriesByName(m)[0]!.startTime),
    );
    expect(edges).toBeGreaterThan(firstFrame!);
    // Nothing selected: every edge is drawn.
    expect(await hidden(graph.edges().slice(0, 200))).not.toContain(true);
  });

  it("a selection draws only its own edges; selecting another node moves the light to its neighbourhood", async () => {
    const [a, b] = graph.filterNodes((n) => graph.degree(n) >= 4).slice(0, 2) as [string, string];
    const others = graph.filterEdges((e) => !graph.extremities(e).some((n) => n === a || n === b)).slice(0, 200);
    await page.evaluate((id) => window.panelgraph.select(id), a);
    await cameraStill(page, 60_000);
    // The camera comes to rest on the node, in Sigma's framed coordinates (0–1), not at its raw x, y (0–1000): the
    // first selection re-indexes the whole graph, and a deferred frame once left the camera aiming at raw values.
    const onNode = (id: string) =>
      page.evaluate((n) => {
        const camera = window.panelgraph.renderer.getCamera().getState();
        const node = window.panelgraph.renderer.getNodeDisplayData(n)!;
        return Math.hypot(camera.x - node.x, camera.y - node.y) < 1e-6 && camera.x >= 0 && camera.x <= 1;
      }, id);
    expect(await onNode(a)).toBe(true);
    expect(await hidden(graph.edges(a))).not.toContain(true);
    expect(await hidden(others)).not.toContain(false);

    await page.evaluate((id) => window.panelgraph.select(id), b);
    await cameraStill(page, 60_000);
    expect(await onNode(b)).toBe(true);
    const onlyA = graph.edges(a).filter((e) => !graph.extremities(e).includes(b));
    expect(await hidden(graph.edges(b))).not.toContain(true);
    expect(await hidden(onlyA)).not.toContain(false);
    const colours = await page.evaluate(
      (nodes) => nodes.map((n) => window.panelgraph.renderer.getNodeDisplayData(n)!.color),
      [...graph.neighbors(b), ...graph.neighbors(a).filter((n) => n !== b && !graph.areNeighbors(n, b))],
    );
    const nb = graph.neighbors(b).length;
    expect(colours.slice(0, nb)).not.toContain(FADED);
    expect(colours.slice(nb).every((c) => c === FADED)).toBe(true);

    await page.evaluate(() => window.panelgraph.select(null));
    await cameraStill(page, 60_000);
    expect(await hidden(others)).not.toContain(true);
  });

  it("logs no error", () => {
    expect(viewer.pageErrors).toEqual([]);
  });
});
