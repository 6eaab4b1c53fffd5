// The appearance tools in the built viewer: size, colour and label nodes by an attribute through the reducers (what
// Sigma draws changes, the graph does not), kept in the URL; edge labels on the selected node's edges and on hover.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { RELATIONS } from "../../src/model/vocabulary.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { openTool } from "./tools-page.js";
import { corpusGraph } from "./viewer-graph.js";

interface PageApi {
  ready: boolean;
  renderer: import("sigma").default;
  graph: import("graphology").default;
  state: { selected: string | null; sizeBy: string; colourBy: string; labelBy: string };
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

/** What Sigma draws for every node: size, colour, label (from its display data, after the reducers). */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const { renderer } = window.panelgraph;
    return Object.fromEntries(
      renderer
        .getGraph()
        .nodes()
        .map((id) => {
          const d = renderer.getNodeDisplayData(id)!;
          return [id, { size: d.size, color: d.color, label: d.label }];
        }),
    );
  });

describe("appearance by attribute, in the built viewer", () => {
  const graph = corpusGraph();
  let viewer: OpenedViewer;
  let page: Page;
  const choose = async (field: "sizeBy" | "colourBy" | "labelBy", value: string) => {
    await openTool(page, "Appearance");
    await page.selectOption(`#appearance-${field}`, value);
  };

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("size by degree: each node's drawn size grows with its number of connections", async () => {
    const before = await drawn(page);
    await choose("sizeBy", "degree");
    expect(await page.evaluate(() => window.panelgraph.state.sizeBy)).toBe("degree");
    const after = await drawn(page);
    const byDegree = graph.nodes().sort((a, b) => graph.degree(a) - graph.degree(b));
    for (let i = 1; i < byDegree.length; i++) {
      const [a, b] = [byDegree[i - 1]!, byDegree[i]!];
      if (graph.degree(a) < graph.degree(b)) expect(after[b]!.size).toBeGreaterThan(after[a]!.size);
      else expect(after[b]!.size).toBe(after[a]!.size);
    }
    // Centrality (the default) and degree rank the nodes differently, so the picture changed.
    expect(graph.nodes().filter((id) => before[id]!.size !== after[id]!.size).length).toBeGreaterThan(graph.order / 2);
    expect(await page.textContent("#legend")).toContain("Size: connections");
  });

  it("colour by community: members of a community share a colour, the largest communities differ", async () => {
    await choose("colourBy", "community");
    const colours = await drawn(page);
    const byCommunity = new Map<number, Set<string>>();
    graph.forEachNode((id, a) => {
      if (a.community === undefined) return;
      if (!byCommunity.has(a.community)) byCommunity.set(a.community, new Set());
      byCommunity.get(a.community)!.add(colours[id]!.color);
    });
    expect(byCommunity.size).toBeGreaterThan(1);
    for (const set of byCommunity.values()) expect(set.size).toBe(1);
    const largest = [...byCommunity.keys()]
      .map((c) => ({ c, n: graph.filterNodes((_, a) => a.community === c).length }))
      .sort((x, y) => y.n - x.n || x.c - y.c)
      .slice(0, 5);
    const distinct = new Set(largest.map(({ c }) => [...byCommunity.get(c)!][0]));
    expect(distinct.size).toBe(largest.length);
  });

  it("colour by a number is a ramp: the most connected node is darkest, the least connected lightest", async () => {
    await choose("colourBy", "degree");
    const colours = await drawn(page);
    const degrees = graph.nodes().map((id) => graph.degree(id));
    const max = graph.nodes().find((id) => graph.degree(id) === Math.max(...degrees))!;
    const min = graph.nodes().find((id) => graph.degree(id) === Math.min(...degrees))!;
    const lightness = (hex: string) => [1, 3, 5].reduce((s, k) => s + Number.parseInt(hex.slice(k, k + 2), 16), 0);
    expect(lightness(colours[max]!.color)).toBeLessThan(lightness(colours[min]!.color));
    const legend = await page.locator("#legend li").allTextContents();
    expect(legend.join(" ")).toContain(`Connections ${Math.max(...degrees)}`);
  });

  it("colour by evidence kind: one colour per kind, the legend lists the kinds present", async () => {
    await choose("colourBy", "evidence");
    const colours = await drawn(page);
    const legend = (await page.locator("#legend li").allTextContents()).join(" ");
    expect(legend).toContain("direct-quote");
    // Two speakers whose passages are mostly direct quotes are drawn alike.
    const quotedMostly = graph.filterNodes((id) => {
      const kinds = graph.edges(id).flatMap((e) => graph.getEdgeAttribute(e, "evidence").map((x) => x.kind));
      const direct = kinds.filter((k) => k === "direct-quote").length;
      return kinds.length > 0 && direct > kinds.length / 2;
    });
    expect(quotedMostly.length).toBeGreaterThan(1);
    expect(new Set(quotedMostly.map((id) => colours[id]!.color)).size).toBe(1);
  });

  it("label by type: every drawn label is the node's type", async () => {
    await choose("labelBy", "type");
    const labels = await drawn(page);
    for (const id of graph.nodes()) expect(labels[id]!.label).toBe(graph.getNodeAttribute(id, "type"));
  });

  it("keeps the choices in the URL: a reload draws the same, and the graph's own attributes never change", async () => {
    await choose("sizeBy", "passages");
    const url = page.url();
    expect(url).toContain("size=passages");
    expect(url).toContain("colour=evidence");
    expect(url).toContain("label=type");
    const before = await drawn(page);
    await page.reload();
    await page.waitForFunction(() => window.panelgraph?.ready);
    expect(await drawn(page)).toEqual(before);
    const attributes = await page.evaluate(() =>
      window.panelgraph.graph.mapNodes((id: string, a: Record<string, unknown>) => [id, a.label, a.x, a.y]),
    );
    expect(attributes).toEqual(graph.mapNodes((id, a) => [id, a.label, a.x, a.y]));
    await openTool(page, "Appearance");
    expect(await page.inputValue("#appearance-sizeBy")).toBe("passages");
    keepScreenshot("tools-appearance.png", await page.screenshot());
    await page.click("text=Back to the default look");
    expect(await page.evaluate(() => window.panelgraph.state)).toMatchObject({
      sizeBy: "centrality",
      colourBy: "type",
      labelBy: "label",
    });
    expect(new URL(page.url()).search).toBe("");
  });

  it("edge labels: the selected node's edges carry their relation, other edges none; a hovered edge gets its own", async () => {
    const person = graph
      .filterNodes((_, a) => a.type === "person")
      .sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    await page.evaluate((id) => window.panelgraph.select(id), person);
    const labels = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      return Object.fromEntries(
        renderer
          .getGraph()
          .edges()
          .map((e) => [e, renderer.getEdgeDisplayData(e)!.label]),
      );
    });
    const own = new Set(graph.edges(person).slice(0, 40));
    for (const edge of graph.edges()) {
      const relation = graph.getEdgeAttribute(edge, "relation");
      if (own.has(edge)) expect(labels[edge]).toBe(RELATIONS[relation].description);
      else if (!graph.extremities(edge).includes(person)) expect(labels[edge] || null).toBeNull();
    }
    const elsewhere = graph.edges().find((e) => !graph.extremities(e).includes(person))!;
    const hovered = await page.evaluate((edge) => {
      const { renderer } = window.panelgraph;
      renderer.emit("enterEdge", { edge } as never);
      const on = renderer.getEdgeDisplayData(edge)!.label;
      renderer.emit("leaveEdge", { edge } as never);
      return [on, renderer.getEdgeDisplayData(edge)!.label || null];
    }, elsewhere);
    expect(hovered).toEqual([RELATIONS[graph.getEdgeAttribute(elsewhere, "relation")].description, null]);
    await page.evaluate(() => window.panelgraph.select(null));
    expect(viewer.errors).toEqual([]);
  });
});
