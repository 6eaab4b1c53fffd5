// The statistics panel in the built viewer: counts by type, the most central people and themes, communities and
// conflicts between sources, each computed as the CLI computes them, and each a button that selects what it names.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findConflicts } from "../../src/analysis/conflicts.js";
import { graphStats } from "../../src/analysis/stats.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { openTool } from "./tools-page.js";
import { corpusGraph } from "./viewer-graph.js";

interface PageApi {
  renderer: import("sigma").default;
  state: { selected: string | null; hiddenTypes: string[]; hiddenCommunities: number[] };
  visibleNodes(): string[];
  update(change: object): void;
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

/**
 * The corpus graph with one more disagreement made here: the first person's first organisation is given two
 * different roles by two sources, so the panel has at least one conflict to list whatever the corpus holds.
 */
function withConflict(graph: PanelGraph): { graph: PanelGraph; person: string } {
  const edge = graph.findEdge((_, a) => a.relation === "affiliated-with")!;
  const [person] = graph.extremities(edge);
  const [first, second] = graph.getAttribute("sources");
  const evidence = graph.getEdgeAttribute(edge, "evidence").slice(0, 1);
  graph.setEdgeAttribute(edge, "roles", [
    { role: "Treasurer (made up for this test)", source: first!, evidence },
    { role: "Auditor (made up for this test)", source: second ?? first!, evidence },
  ]);
  return { graph, person: person! };
}

const weight = (graph: PanelGraph, id: string) => graph.getNodeAttribute(id, "centrality") ?? 0;
const mostCentral = (graph: PanelGraph, type: string) =>
  graph
    .filterNodes((_, a) => a.type === type)
    .sort((a, b) => weight(graph, b) - weight(graph, a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, 10);

describe("the statistics panel", () => {
  const { graph, person } = withConflict(corpusGraph());
  let viewer: OpenedViewer;
  let page: Page;
  const reset = () =>
    page.evaluate(() => {
      window.panelgraph.update({ hiddenTypes: [], hiddenCommunities: [] });
      window.panelgraph.select(null);
    });

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
    await openTool(page, "Statistics");
  });
  afterAll(async () => viewer?.close());

  it("counts the nodes by type; a type shows only that type", async () => {
    const counts = new Map<string, number>();
    graph.forEachNode((_, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    const shown = await page.$$eval("#tool-statistics [data-type]", (items) =>
      items.map((b) => [(b as HTMLElement).dataset.type!, Number(b.querySelector(".count")!.textContent)] as const),
    );
    expect(new Map(shown)).toEqual(counts);
    await page.click('#tool-statistics [data-type="person"]');
    const state = await page.evaluate(() => window.panelgraph.state);
    expect(state.hiddenTypes).toEqual([...counts.keys()].filter((t) => t !== "person").sort());
    const visible = await page.evaluate(() => window.panelgraph.visibleNodes());
    expect(visible.every((id) => graph.getNodeAttribute(id, "type") === "person")).toBe(true);
    await reset();
  });

  it("lists the most central people and themes in the build's centrality order; a name selects its node", async () => {
    for (const [type, heading] of [
      ["person", "Most central people (betweenness)"],
      ["theme", "Most central themes (betweenness)"],
    ] as const) {
      const ids = await page.$$eval(`#tool-statistics section:has(h3:text-is("${heading}")) [data-node]`, (items) =>
        items.map((b) => (b as HTMLElement).dataset.node!),
      );
      expect(ids).toEqual(mostCentral(graph, type));
    }
    const second = mostCentral(graph, "theme")[1]!;
    await page.click(
      `#tool-statistics section:has(h3:text-is("Most central themes (betweenness)")) [data-node="${second}"]`,
    );
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBe(second);
    // The camera brings it into view beside the panel, not under it.
    await page.waitForFunction(() => !window.panelgraph.renderer.getCamera().isAnimated());
    const placed = await page.evaluate((id) => {
      const { renderer } = window.panelgraph;
      const at = renderer.framedGraphToViewport(renderer.getNodeDisplayData(id)!);
      const stage = renderer.getContainer().getBoundingClientRect();
      const panel = document.querySelector(".tool-panel")!.getBoundingClientRect();
      return { x: stage.left + at.x, panelLeft: panel.left, stageLeft: stage.left };
    }, second);
    expect(placed.x).toBeGreaterThan(placed.stageLeft);
    expect(placed.x).toBeLessThan(placed.panelLeft);
    // The screenshot in docs/viewer.md (the graph as built: the conflict made above is not in the theme's panel).
    keepScreenshot("tools-statistics.png", await page.screenshot());
    await reset();
  });

  it("names the measure, and ranks people and themes by degree too, as `panelgraph stats` does", async () => {
    // `stats` ranks every type together; its list cut to one type is what the viewer shows for that type.
    const stats = graphStats(graph, { top: graph.order }).degree;
    for (const [type, heading] of [
      ["person", "Most connected people (degree)"],
      ["theme", "Most connected themes (degree)"],
    ] as const) {
      const shown = await page.$$eval(`#tool-statistics section:has(h3:text-is("${heading}")) [data-node]`, (items) =>
        items.map((b) => [(b as HTMLElement).dataset.node!, Number(b.querySelector(".count")!.textContent)]),
      );
      const cli = stats.filter((r) => r.type === type).slice(0, 10);
      expect(shown).toEqual(cli.map((r) => [r.id, r.value]));
    }
    const notes = await page.locator("#tool-statistics .stat-section .meta").allTextContents();
    expect(notes.some((n) => n.includes("shortest paths"))).toBe(true);
    expect(notes.some((n) => n.includes("Distinct entities linked by evidence"))).toBe(true);
  });

  it("lists the communities with their sizes; a community hides the other communities", async () => {
    const sizes = new Map<number, number>();
    graph.forEachNode((_, a) => a.community !== undefined && sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    const shown = await page.$$eval("#tool-statistics [data-community]", (items) =>
      items.map(
        (b) => [Number((b as HTMLElement).dataset.community), Number(b.querySelector(".count")!.textContent)] as const,
      ),
    );
    expect(new Map(shown)).toEqual(sizes);
    expect(shown.map(([, n]) => n)).toEqual([...shown.map(([, n]) => n)].sort((a, b) => b - a));
    const [community] = shown[0]!;
    await page.click(`#tool-statistics [data-community="${community}"]`);
    const visible = await page.evaluate(() => window.panelgraph.visibleNodes());
    expect(visible.length).toBeGreaterThan(0);
    // As the community filter does: other communities go, nodes in no community (sources, sessions) stay.
    const communitiesShown = new Set(visible.map((id) => graph.getNodeAttribute(id, "community")));
    expect([...communitiesShown].filter((c) => c !== undefined)).toEqual([community]);
    await reset();
  });

  it("lists the conflicts between sources as `panelgraph conflicts` finds them; one selects its person", async () => {
    const conflicts = findConflicts(graph);
    expect(conflicts.some((c) => c.entity.id === person)).toBe(true);
    const items = await page.locator("#tool-statistics .stat-conflicts [data-node]").allTextContents();
    expect(items).toHaveLength(conflicts.length);
    const made = items.find((text) => text.includes("Treasurer (made up for this test)"))!;
    expect(made).toContain("Auditor (made up for this test)");
    await page.click(`#tool-statistics .stat-conflicts [data-node="${person}"]:has-text("Treasurer")`);
    await expect.poll(() => page.evaluate(() => window.panelgraph.state.selected)).toBe(person);
    expect(viewer.errors).toEqual([]);
  });
});
