// The date filter in the built viewer, on a graph made here: three sources (2023-05-10, 2024-09-01 and one with no
// date), each the only source of one person's connection to a theme. The range hides the sources outside it and what
// rests only on them, as unticking them in the Sources list does; a source with no date stays; the URL keeps it.
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import { keepScreenshot, loadViewer, type OpenedViewer, openViewer } from "../helpers/browser.js";

interface PageApi {
  state: { hiddenSources: string[]; dateFrom: string; dateTo: string };
  update(change: object): void;
  visibleNodes(): string[];
}
declare const window: Window & { panelgraph: PageApi };

function datedGraph(): PanelGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
  const sources = { "hearing-2023": "2023-05-10", "hearing-2024": "2024-09-01", "undated-note": undefined };
  graph.replaceAttributes({ name: "dates", sources: Object.keys(sources) });
  const base = { aliases: [], facts: [], centrality: 0 };
  graph.addNode("housing", { ...base, type: "theme", label: "Housing", x: 0, y: 0 });
  Object.entries(sources).forEach(([id, date], i) => {
    graph.addNode(id, { ...base, type: "source", label: `Source ${id}`, ...(date ? { date } : {}), x: i, y: 5 });
    const person = `person-${id}`;
    graph.addNode(person, { ...base, type: "person", label: `Speaker at ${id}`, x: i * 3, y: -3 });
    graph.addEdgeWithKey(`spoke-on:${person}->housing`, person, "housing", {
      relation: "spoke-on",
      evidence: [],
      sources: [id],
      weight: 1,
      origin: "annotation",
    });
  });
  return graph;
}

describe("the date filter in the built viewer", () => {
  let viewer: OpenedViewer;
  let page: Page;
  const visible = () => page.evaluate(() => window.panelgraph.visibleNodes().sort());
  const all = datedGraph().nodes().sort();

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(datedGraph()));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("offers the range of the sources' dates, with a hint that undated sources stay", async () => {
    expect(await page.isVisible("#date-filter")).toBe(true);
    expect(await page.getAttribute("#date-from", "min")).toBe("2023-05-10");
    expect(await page.getAttribute("#date-to", "max")).toBe("2024-09-01");
    expect(await page.textContent("#date-hint")).toContain("Sources with no date stay");
  });

  it("hides the later source and what only it supports, as unticking it does, and brings them back", async () => {
    await page.fill("#date-to", "2023-12-31");
    expect((await page.evaluate(() => window.panelgraph.state)).dateTo).toBe("2023-12-31");
    const ranged = await visible();
    expect(ranged).not.toContain("hearing-2024");
    expect(ranged).not.toContain("person-hearing-2024");
    expect(ranged).toContain("person-undated-note");
    expect(ranged).toContain("undated-note");
    expect(await page.textContent("#date-note")).toBe("The range hides 1 of 3 sources.");
    keepScreenshot("date-filter.png", await page.locator("#controls").screenshot());
    // The same as unticking that source in the Sources list.
    await page.evaluate(() => window.panelgraph.update({ dateTo: "", hiddenSources: ["hearing-2024"] }));
    expect(await visible()).toEqual(ranged);
    await page.evaluate(() => window.panelgraph.update({ hiddenSources: [] }));
    await page.fill("#date-from", "2024-01-01");
    expect(await visible()).not.toContain("person-hearing-2023");
    await page.click("#reset-filters");
    expect(await visible()).toEqual(all);
    expect(await page.inputValue("#date-from")).toBe("");
    expect(await page.isVisible("#date-note")).toBe(false);
  });

  it("keeps the range in the URL and restores it on reload", async () => {
    await page.fill("#date-to", "2023-12-31");
    expect(new URL(page.url()).searchParams.get("to")).toBe("2023-12-31");
    await loadViewer(page, page.url());
    expect((await page.evaluate(() => window.panelgraph.state)).dateTo).toBe("2023-12-31");
    expect(await page.inputValue("#date-to")).toBe("2023-12-31");
    expect(await visible()).not.toContain("person-hearing-2024");
    // A month or a year covers all of it; a date the calendar lacks is ignored.
    await loadViewer(page, `${viewer.url}?from=2024&to=2024-02-30`);
    expect(await page.evaluate(() => window.panelgraph.state)).toMatchObject({ dateFrom: "2024", dateTo: "" });
    expect(await page.inputValue("#date-from")).toBe("2024-01-01");
    expect(await visible()).toEqual(all.filter((n) => !n.endsWith("hearing-2023")));
  });
});
