// The viewer on a phone (390 × 844) and a tablet (768 × 1024), on the shipped corpus, as a user sees it (w40): a few
// labels, the most important, none over another and none tied to its node by a leader line; more as the user zooms
// in; the tools' tabs on one row; the Controls button and the search on one row of the top bar.
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { NARROW_LABEL_AREA } from "../../viewer/core/labels.js";
import { cameraStill, keepScreenshot, rowCount, startViewer, type ViewerSite } from "../helpers/browser.js";
import { corpusGraph } from "./viewer-graph.js";

interface DrawnLabel {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  leader?: unknown;
}
interface PageApi {
  renderer: import("sigma").default;
  labels(): DrawnLabel[];
}
declare const window: Window & { panelgraph: PageApi };

const overlap = (a: DrawnLabel, b: DrawnLabel) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The labels of a frame drawn once the camera is still. */
async function labels(page: Page): Promise<DrawnLabel[]> {
  await cameraStill(page);
  return page.evaluate(
    () =>
      new Promise<DrawnLabel[]>((resolve) => {
        window.panelgraph.renderer.once("afterRender", () => resolve(window.panelgraph.labels()));
        window.panelgraph.renderer.refresh();
      }),
  );
}

describe("the viewer on a phone", () => {
  const graph = corpusGraph();
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("at 390 × 844: the most important labels only, none over another, no leader lines; more when zoomed in", async () => {
    const { page, errors } = await site.open({ viewport: { width: 390, height: 844 } });
    const area = (await page.locator("#graph").boundingBox())!;
    const drawn = await labels(page);
    keepScreenshot("phone-390.png", await page.screenshot());
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThanOrEqual(Math.floor((area.width * area.height) / NARROW_LABEL_AREA));
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) expect(overlap(a, b), `${a.node} and ${b.node}`).toBe(false);
    }
    expect(drawn.filter((l) => l.leader)).toEqual([]);
    // The most central node is labelled, though no place beside it is free of other nodes (w40): others move.
    const central = graph.reduceNodes(
      (best, id, a) => ((a.centrality ?? 0) > (graph.getNodeAttribute(best, "centrality") ?? 0) ? id : best),
      graph.nodes()[0]!,
    );
    expect(drawn.map((l) => l.node)).toContain(central);
    // People first (w48: 5 of the 7 people went unlabelled while minor themes at the edge were labelled).
    const people = graph.filterNodes((_, a) => a.type === "person");
    expect(people.filter((id) => !drawn.some((l) => l.node === id))).toEqual([]);
    // Zoomed in on the middle: the labels of the nodes still on screen, as many as there is room for.
    await page.evaluate(() => window.panelgraph.renderer.getCamera().setState({ ratio: 0.35 }));
    const zoomed = await labels(page);
    keepScreenshot("phone-390-zoomed.png", await page.screenshot());
    expect(zoomed.some((l) => !drawn.some((d) => d.node === l.node))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the legend's grey entry says in English which nodes have no community (w40: “nor have 1 people, …”)", async () => {
    const { page, errors } = await site.open({ viewport: { width: 390, height: 844 }, search: "?colour=community" });
    await page.click("#legend summary");
    const grey = page.locator("#legend li", { hasText: "Grey: no community" });
    // The shipped corpus: every source, event, session, programme, recommendation and finding has none; some of its
    // organisations and themes have none either (counted from the graph shown; the corpus's facts are corpus.test's).
    const without = (type: string) => graph.filterNodes((_, a) => a.type === type && a.community === undefined).length;
    expect([without("organisation"), without("theme")].every((n) => n > 1)).toBe(true);
    expect(await grey.getAttribute("title")).toBe(
      "Grey: no community: communities are found among people, the themes they spoke on and their organisations; " +
        "sources, events, sessions, programmes, recommendations and findings have none; " +
        `${without("organisation")} organisations and ${without("theme")} themes have none either, having no ` +
        "“spoke on” or “belongs to” link",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    it(`at ${width} × ${height}: the tools' tabs on one row, inside the graph; the top bar's first row holds the search`, async () => {
      const { page, errors } = await site.open({ viewport: { width, height } });
      const tabs = page.locator(".tool-tabs button");
      expect(await tabs.count()).toBe(5);
      expect(await rowCount(page, ".tool-tabs button")).toBe(1);
      const strip = (await page.locator(".tool-tabs").boundingBox())!;
      const area = (await page.locator("#graph").boundingBox())!;
      expect(strip.x + strip.width).toBeLessThanOrEqual(area.x + area.width);
      // Every tab is on screen, the last ("Picture") included, and opens its tool.
      const last = (await tabs.last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(width);
      await tabs.last().click();
      expect(await page.locator(".tool-panel").isVisible()).toBe(true);
      expect(await rowCount(page, "#controls-toggle, .topbar .search")).toBe(1);
      keepScreenshot(`phone-${width}-tools.png`, await page.screenshot());
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/**
 * An invented panel where each of five people sits among a ring of small themes (no place beside a person is clear
 * of nodes) and six minor themes lie alone at the edge: on a phone, the people and the main theme are labelled first,
 * over a small node if need be, before any minor theme (w48: 5 of 7 people went unlabelled while minor themes were).
 */
function crowdedPanel(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "crowded", sources: ["quay-notes"] });
  const add = (id: string, type: "person" | "theme", x: number, y: number, centrality: number) =>
    graph.addNode(id, { type, label: id, aliases: [], facts: [], x, y, centrality });
  const people = ["orla-finch", "tam-ode", "ines-varga", "bo-hale", "una-kerr"];
  people.forEach((id, i) => {
    const [x, y] = [(i % 3) * 14, Math.floor(i / 3) * 14];
    add(id, "person", x, y, 0.3 + i / 100);
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4;
      add(`${id}-theme-${k}`, "theme", x + 4 * Math.cos(angle), y + 4 * Math.sin(angle), 0.001 * k);
    }
  });
  add("harbour-dues", "theme", 14, 7, 0.6);
  for (let k = 0; k < 6; k++) add(`minor-theme-${k}`, "theme", -40 + 16 * k, k % 2 ? -45 : 60, 0.002);
  return graph;
}

describe("the labels on a phone, on a crowded invented panel", () => {
  const graph = crowdedPanel();
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("labels every person and the main theme before any minor theme, none over another", async () => {
    const { page, errors } = await site.open({ viewport: { width: 390, height: 844 } });
    const drawn = await labels(page);
    keepScreenshot("phone-390-crowded.png", await page.screenshot());
    const shown = drawn.map((l) => l.node);
    for (const id of ["orla-finch", "tam-ode", "ines-varga", "bo-hale", "una-kerr", "harbour-dues"])
      expect(shown, id).toContain(id);
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) expect(overlap(a, b), `${a.node} and ${b.node}`).toBe(false);
    }
    expect(drawn.filter((l) => l.leader)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
