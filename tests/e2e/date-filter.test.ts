// The date filter in the built viewer, on a graph made here: three sources (2023-05-10, 2024-09-01 and one with no
// date), each the only source of one person's connection to a theme. The range hides the sources outside it and what
// rests only on them, as unticking them in the Sources list does; a source with no date stays; the URL keeps it.
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import {
  keepScreenshot,
  loadViewer,
  type OpenedViewer,
  openViewer,
  startViewer,
  type ViewerSite,
} from "../helpers/browser.js";
import { syntheticGraph } from "../query/synthetic.js";

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
    expect(await page.textContent("#date-note")).toBe("The range hides 1 of 3 sources, greyed in the Sources list.");
    // The Sources list shows it: the later source unticked, greyed and disabled, with its date; the others ticked.
    const row = (id: string) => page.locator(`#source-filter label[data-value="${id}"]`);
    expect(await row("hearing-2024").locator("input").isChecked()).toBe(false);
    expect(await row("hearing-2024").locator("input").isDisabled()).toBe(true);
    expect(await row("hearing-2024").getAttribute("class")).toContain("excluded");
    expect(await row("hearing-2024").locator(".reason").textContent()).toBe(
      "dated 1 September 2024: outside the dates shown",
    );
    expect(await row("hearing-2023").locator("input").isChecked()).toBe(true);
    expect(await row("undated-note").locator("input").isChecked()).toBe(true);
    expect(await page.textContent("#source-filter .filter-summary")).toBe(
      "(2 of 3 shown; 1 greyed: outside the dates)",
    );
    keepScreenshot("date-filter.png", await page.locator("#controls").screenshot());
    // Clearing the range ticks it again; a source unticked by hand stays unticked through a range and after it.
    await page.fill("#date-to", "");
    expect(await row("hearing-2024").locator("input").isChecked()).toBe(true);
    expect(await row("hearing-2024").locator("input").isDisabled()).toBe(false);
    expect(await row("hearing-2024").locator(".reason").isVisible()).toBe(false);
    await row("hearing-2023").locator("input").uncheck();
    await page.fill("#date-to", "2023-12-31");
    expect(await row("hearing-2023").locator("input").isChecked()).toBe(false);
    expect(await row("hearing-2024").locator("input").isChecked()).toBe(false);
    expect(await page.textContent("#source-filter .filter-summary")).toBe(
      "(1 of 3 shown; 1 greyed: outside the dates)",
    );
    await page.fill("#date-to", "");
    expect(await row("hearing-2023").locator("input").isChecked()).toBe(false);
    expect(await row("hearing-2024").locator("input").isChecked()).toBe(true);
    await row("hearing-2023").locator("input").check();
    await page.fill("#date-to", "2023-12-31");
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

describe("the person panel under the date range", () => {
  // Ann Bell (invented): Vice Chair of the Fenby Trust and a speaker on housing in a source of October 2022, Chair
  // since May 2023 in a source of March 2024.
  const graph = syntheticGraph(
    [
      ["ann", "person", "Ann Bell"],
      ["trust", "organisation", "Fenby Trust"],
      ["housing", "theme", "Housing"],
      ["a", "source", "Source A"],
      ["b", "source", "Source B"],
    ],
    [
      [
        "affiliated-with",
        "ann",
        "trust",
        [
          { kind: "reported", quote: "Ann Bell, Vice Chair of the Fenby Trust", source: "a" },
          { kind: "reported", quote: "Ann Bell, Chair of the Fenby Trust since May 2023", source: "b" },
        ],
      ],
      [
        "spoke-on",
        "ann",
        "housing",
        [
          { kind: "direct-quote", quote: "Rents have outrun wages", source: "a" },
          { kind: "direct-quote", quote: "We need more homes", source: "a" },
        ],
      ],
    ],
  );
  graph.replaceAttributes({ name: "dates", sources: ["a", "b", "s"] });
  graph.setNodeAttribute("a", "date", "2022-10-14");
  graph.setNodeAttribute("b", "date", "2024-03-05");
  const trust = graph.getEdgeAttribute("affiliated-with:ann->trust", "evidence");
  graph.setEdgeAttribute("affiliated-with:ann->trust", "roles", [
    { role: "Chair", source: "b", since: "2023-05", evidence: [trust[1]!] },
    { role: "Vice Chair", source: "a", evidence: [trust[0]!] },
  ]);
  let site: ViewerSite;
  beforeAll(async () => {
    site = await startViewer(serializeGraph(graph));
  });
  afterAll(async () => site?.close());

  it("lists only the passages and roles of sources in range, and says how many it leaves out", async () => {
    const { page } = await site.open({ viewport: { width: 1440, height: 900 }, search: "?node=ann&from=2024-01-01" });
    const panel = page.locator("#panel-body");
    expect(await panel.locator(".roles").textContent()).toBe("Chair, since May 2023 (Source B)");
    expect(await panel.locator(".connection").count()).toBe(1);
    expect(await panel.textContent()).not.toContain("Rents have outrun wages");
    expect(await panel.locator(".meta").first().textContent()).toContain("1 connection · 1 passage");
    expect(await panel.locator(".outside-dates").textContent()).toBe(
      "3 passages and 1 connection from sources outside the dates shown, not listed here: clear the date range to see them.",
    );
    keepScreenshot("date-filter-panel.png", await page.locator("#panel").screenshot());
    // The connection's drawer lists the passages in range too, and says what it leaves out.
    await panel.locator(".connection .passages").first().click();
    const drawer = page.locator("#edge-body");
    expect(await drawer.locator(".outside-dates").textContent()).toMatch(/^1 passage from sources outside the dates/);
    expect(await drawer.textContent()).not.toContain("Vice Chair");
    expect(await drawer.textContent()).toContain("Ann Bell, Chair of the Fenby Trust since May 2023");
    await page.click("#edge-close");
    // Clearing the range brings everything back, and the note goes.
    await page.click("#reset-filters");
    expect(await panel.locator(".roles").textContent()).toContain("Vice Chair (source of 14 October 2022: Source A)");
    expect(await panel.locator(".connection").count()).toBe(2);
    expect(await panel.locator(".outside-dates").count()).toBe(0);
    // Moving the range redraws the panel at once: the 2024 source out, the 2022 one in.
    await page.fill("#date-to", "2023-12-31");
    expect(await panel.locator(".roles").textContent()).toBe("Vice Chair (source of 14 October 2022: Source A)");
    expect(await panel.locator(".outside-dates").textContent()).toMatch(/^1 passage from sources outside the dates/);
  });
});
