// Filter lists and community colours in the built viewer, on a graph made here (seeded): 60 sources with titles that
// begin alike, 20 communities of decreasing size. The source list is compact (only what the search matches), every
// list has counts, full names on hover and All/None; the 12 largest communities have colours of their own and the
// rest share one that the legend names. Dated, under a date range, the source list's header counts the greyed sources
// before they are listed.
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/analysis/random.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";

interface PageApi {
  ready: boolean;
  state: { hiddenSources: string[]; hiddenCommunities: number[]; hiddenTypes: string[] };
  renderer: import("sigma").default;
  update(change: object): void;
  visibleNodes(): string[];
}
declare const window: Window & { panelgraph: PageApi };

const SOURCES = 60;
const COMMUNITIES = 20;
const TOPICS = ["housing", "transport", "skills", "health", "energy", "water"];

function listsGraph(): PanelGraph {
  const random = mulberry32(5);
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
  const sources = Array.from({ length: SOURCES }, (_, i) => `hearing-${i}`);
  graph.replaceAttributes({ name: "lists", sources });
  const base = { aliases: [], facts: [] };
  sources.forEach((id, i) => {
    // Long titles that differ only at the end: cut to the list's width they would look the same.
    const label = `Select Committee on Regional Development, oral evidence session ${i + 1} on ${TOPICS[i % TOPICS.length]}`;
    graph.addNode(id, { ...base, type: "source", label, x: random() * 100, y: random() * 100, centrality: 0 });
  });
  // Community c (1 the largest) has 22 - c people and one theme.
  let person = 0;
  for (let c = 1; c <= COMMUNITIES; c++) {
    const theme = `theme-${c}`;
    graph.addNode(theme, {
      ...base,
      type: "theme",
      label: `Theme ${c}`,
      community: c,
      x: random() * 100,
      y: random() * 100,
      centrality: 0.1,
    });
    for (let k = 0; k < 22 - c; k++, person++) {
      const id = `person-${person}`;
      graph.addNode(id, {
        ...base,
        type: "person",
        label: `Person ${person}`,
        community: c,
        x: random() * 100,
        y: random() * 100,
        centrality: random() * 0.05,
      });
      const source = sources[person % SOURCES]!;
      graph.addEdgeWithKey(`spoke-on:${id}->${theme}`, id, theme, {
        relation: "spoke-on",
        evidence: [],
        sources: [source],
        weight: 1,
        origin: "annotation",
      });
    }
  }
  return graph;
}

describe("filter lists and community colours in the built viewer", () => {
  const graph = listsGraph();
  let viewer: OpenedViewer;
  let page: Page;
  const state = () => page.evaluate(() => window.panelgraph.state);
  const rows = (box: string) =>
    page.locator(`${box} .filter-items label:not([hidden])`).evaluateAll((labels) =>
      labels.map((l) => ({
        value: l.querySelector("input")!.value,
        checked: l.querySelector("input")!.checked,
        title: l.getAttribute("title"),
        count: l.querySelector(".count")!.textContent,
        name: l.querySelector(".name")!.textContent,
      })),
    );
  const connections = (source: string) => graph.filterEdges((_, a) => a.sources.includes(source)).length;

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("shows a long source list compactly: a search box and a few rows, not a checkbox a source", async () => {
    expect(await page.locator("#source-filter .filter-search").count()).toBe(1);
    const shown = await rows("#source-filter");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(10);
    expect(await page.textContent("#source-filter legend")).toContain(`(${SOURCES})`);
  });

  it("finds sources by any word of their title, each row with its full title on hover and its edges", async () => {
    await page.fill("#source-filter .filter-search", "TRANSPORT");
    const expected = graph
      .getAttribute("sources")
      .filter((s) => graph.getNodeAttribute(s, "label").includes("transport"));
    const shown = await rows("#source-filter");
    expect(shown.map((r) => r.value)).toEqual(expected);
    // The titles differ only at their end: the names shown keep it, so no two rows read the same.
    expect(new Set(shown.map((r) => r.name)).size).toBe(shown.length);
    for (const row of shown) {
      const title = graph.getNodeAttribute(row.value, "label");
      expect(row.title).toBe(`${title} · ${connections(row.value)} edge${connections(row.value) === 1 ? "" : "s"}`);
      expect(row.count).toBe(String(connections(row.value)));
    }
    // The counts are edges, and the list says so over them, as the node types' list says its counts are nodes (w48).
    expect(await page.textContent("#source-filter .filter-unit")).toBe("edges");
    expect(await page.textContent("#type-filter .filter-unit")).toBe("nodes");
    keepScreenshot("lists-sources.png", await page.locator("#controls").screenshot());
    // More words narrow it down: session 14 (hearing-13) is on transport.
    await page.fill("#source-filter .filter-search", "session 14 transport");
    expect((await rows("#source-filter")).map((r) => r.value)).toEqual(["hearing-13"]);
    await page.fill("#source-filter .filter-search", "no such hearing");
    expect(await rows("#source-filter")).toEqual([]);
    expect(await page.textContent("#source-filter .filter-note")).toContain("No source matches");
  });

  it("hides a source found by the search, and All/None act on the matches only", async () => {
    await page.fill("#source-filter .filter-search", "housing");
    const housing = graph.getAttribute("sources").filter((s) => graph.getNodeAttribute(s, "label").endsWith("housing"));
    await page.locator(`#source-filter input[value="${housing[0]}"]`).uncheck();
    expect((await state()).hiddenSources).toEqual([housing[0]]);
    expect(await page.evaluate(() => window.panelgraph.visibleNodes())).not.toContain(housing[0]);
    await page.click("#source-filter button:has-text('None matching')");
    expect((await state()).hiddenSources).toEqual([...housing].sort());
    // Cleared, the search shows the hidden sources (to bring them back) beside the largest.
    await page.fill("#source-filter .filter-search", "");
    const shown = (await rows("#source-filter")).map((r) => r.value);
    for (const s of housing) expect(shown).toContain(s);
    expect(await page.textContent("#source-filter legend")).toContain(
      `(${SOURCES - housing.length} of ${SOURCES} shown)`,
    );
    await page.click("#source-filter button:has-text('All')");
    expect((await state()).hiddenSources).toEqual([]);
  });

  it("lists every community with its size; None hides them all and All brings them back", async () => {
    const shown = await rows("#community-filter");
    expect(shown.map((r) => Number(r.value))).toEqual(Array.from({ length: COMMUNITIES }, (_, i) => i + 1));
    for (const row of shown) {
      const size = graph.filterNodes((_, a) => a.community === Number(row.value)).length;
      expect(row.count).toBe(String(size));
    }
    await page.click("#community-filter button:has-text('None')");
    expect((await state()).hiddenCommunities).toEqual(Array.from({ length: COMMUNITIES }, (_, i) => i + 1));
    expect(await page.evaluate(() => window.panelgraph.visibleNodes().length)).toBe(
      graph.filterNodes((_, a) => a.community === undefined).length,
    );
    await page.click("#community-filter button:has-text('All')");
    expect((await state()).hiddenCommunities).toEqual([]);
    // The type list has All and None too.
    await page.click("#type-filter button:has-text('None')");
    expect((await state()).hiddenTypes).toEqual(["person", "source", "theme"]);
    await page.click("#type-filter button:has-text('All')");
    expect((await state()).hiddenTypes).toEqual([]);
  });

  it("colours the 12 largest communities apart and the rest in one “other” colour, which the legend names", async () => {
    await page.evaluate(() => window.panelgraph.update({ colourBy: "community" }));
    const colours = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      return renderer.getGraph().mapNodes((id, a) => ({
        community: a.community as number | undefined,
        colour: renderer.getNodeDisplayData(id)!.color,
      }));
    });
    const byCommunity = new Map<number, Set<string>>();
    for (const { community, colour } of colours) {
      if (community === undefined) continue;
      if (!byCommunity.has(community)) byCommunity.set(community, new Set());
      byCommunity.get(community)!.add(colour);
    }
    const colourOf = (c: number) => [...byCommunity.get(c)!][0]!;
    for (const set of byCommunity.values()) expect(set.size).toBe(1);
    const twelve = Array.from({ length: 12 }, (_, i) => colourOf(i + 1));
    expect(new Set(twelve).size).toBe(12);
    const rest = new Set(Array.from({ length: COMMUNITIES - 12 }, (_, i) => colourOf(i + 13)));
    expect(rest.size).toBe(1);
    const other = [...rest][0]!;
    expect(twelve).not.toContain(other);
    const noCommunity = colours.find((c) => c.community === undefined)!.colour;
    expect([...twelve, other]).not.toContain(noCommunity);
    // The legend: twelve named communities, then "Other communities (8)" in the other colour, then the grey.
    const legend = await page.locator("#legend .legend-nodes li").evaluateAll((items) =>
      items.map((li) => ({
        text: li.querySelector(".legend-text")!.textContent!,
        colour: getComputedStyle(li.querySelector(".swatch")!).backgroundColor,
      })),
    );
    expect(legend).toHaveLength(14);
    expect(legend[12]!.text).toBe(`Other communities (${COMMUNITIES - 12})`);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    expect(legend[12]!.colour).toBe(rgb(other));
    expect(legend[13]!.text).toMatch(/no community/i);
    expect(legend[13]!.colour).toBe(rgb(noCommunity));
    expect(legend.slice(0, 12).map((l) => l.colour)).toEqual(twelve.map(rgb));
  });
});

describe("a long source list under a date range", () => {
  // The same 60 sources, dated: the first 20 in March 2021, the other 40 in June 2023.
  const graph = listsGraph();
  graph.forEachNode((id, a) => {
    if (a.type === "source")
      graph.setNodeAttribute(id, "date", Number(id.split("-")[1]) < 20 ? "2021-03-01" : "2023-06-01");
  });
  let viewer: OpenedViewer;
  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
  });
  afterAll(async () => viewer?.close());

  it("says in the list's header how many sources the dates grey, before any of them is listed", async () => {
    const { page } = viewer;
    await page.fill("#date-to", "2022-12-31");
    expect(await page.textContent("#source-filter .filter-summary")).toBe(
      "(20 of 60 shown; 40 greyed: outside the dates)",
    );
    // The compact list shows the largest few and the hidden ones: most greyed sources are not listed yet.
    const listed = await page.locator("#source-filter .filter-items label.excluded").count();
    expect(listed).toBeLessThan(40);
    await page.fill("#source-filter .filter-search", "session 60");
    expect(await page.locator('#source-filter label.excluded[data-value="hearing-59"]').count()).toBe(1);
  });
});
