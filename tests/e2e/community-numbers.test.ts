// The viewer numbers communities as the exports do (w41: the GEXF and CSV files and `stats` gave numbers the viewer did
// not show). The graph is made here with the numbers a later build keeps: 7 is now the largest community and there is
// no community 1, so numbering by size in the page would not give them. The CSV exporter writes the numbers the legend,
// the Communities list, the statistics and the node panel must show.
import { MultiDirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communityNames } from "../../src/analysis/community-names.js";
import { csvExporter } from "../../src/export/csv.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import { keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";

interface PageApi {
  update(change: object): void;
}
declare const window: Window & { panelgraph: PageApi };

// Invented people and themes: community 7 (four nodes), community 3 (three), community 12 (two).
const MEMBERS: [community: number, id: string, label: string, type: "person" | "theme"][] = [
  [7, "ann-bell", "Ann Bell", "person"],
  [7, "cy-dorn", "Cy Dorn", "person"],
  [7, "eda-fenn", "Eda Fenn", "person"],
  [7, "ferries", "Ferries", "theme"],
  [3, "gil-hart", "Gil Hart", "person"],
  [3, "ivy-jude", "Ivy Jude", "person"],
  [3, "moorland", "Moorland", "theme"],
  [12, "kit-lowe", "Kit Lowe", "person"],
  [12, "tolls", "Tolls", "theme"],
];

function numberedGraph(): PanelGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
  graph.replaceAttributes({ name: "numbers", sources: ["fenby-hearing"] });
  const base = { aliases: [], facts: [] };
  graph.addNode("fenby-hearing", { ...base, type: "source", label: "Fenby hearing", x: 0, y: 0, centrality: 0 });
  MEMBERS.forEach(([community, id, label, type], i) => {
    const centrality = type === "theme" ? 0.5 : 0.1 + i / 100;
    const x = community * 10 + (i % 3) * 3;
    graph.addNode(id, { ...base, type, label, community, x, y: (i % 2) * 4, centrality });
  });
  for (const [community, id, , type] of MEMBERS) {
    if (type === "theme") continue;
    const theme = MEMBERS.find(([c, , , t]) => c === community && t === "theme")![1];
    const quote = `${id} on ${theme}`;
    graph.addEdgeWithKey(`spoke-on:${id}->${theme}`, id, theme, {
      relation: "spoke-on",
      evidence: [{ source: "fenby-hearing", quote, kind: "direct-quote", start: 0, end: quote.length }],
      sources: ["fenby-hearing"],
      weight: 1,
      origin: "annotation",
    });
  }
  return graph;
}

/** The `community` column of the CSV export's nodes.csv, by node id. */
function exportedNumbers(graph: PanelGraph): Map<string, string> {
  const nodes = csvExporter.files(graph, { colorBy: "community" }).find((f) => f.name === "nodes.csv")!;
  const [head, ...rows] = [...nodes.chunks].join("").trim().split(/\r\n/);
  const columns = head!.split(",");
  const id = columns.indexOf("id");
  const community = columns.indexOf("community");
  return new Map(rows.map((row) => row.split(",")).map((cells) => [cells[id]!, cells[community]!]));
}

describe("community numbers in the viewer", () => {
  let viewer: OpenedViewer;
  let page: Page;
  const graph = numberedGraph();
  const exported = exportedNumbers(graph);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph), { viewport: { width: 1440, height: 900 } });
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("the export numbers them 7, 3 and 12 (the build's numbers, not by size)", () => {
    expect(exported.get("ann-bell")).toBe("7");
    expect(exported.get("gil-hart")).toBe("3");
    expect(exported.get("tolls")).toBe("12");
  });

  it("shows each community's number in the legend and the Communities list", async () => {
    await page.evaluate(() => window.panelgraph.update({ colourBy: "community" }));
    const legend = await page.locator("#legend .legend-nodes li .legend-text").allTextContents();
    // Named as `panelgraph communities` names them (its themes most tied to the rest of it), not by its members.
    expect(legend.slice(0, 3)).toEqual([
      `${exported.get("ferries")} · Ferries`,
      `${exported.get("moorland")} · Moorland`,
      `${exported.get("tolls")} · Tolls`,
    ]);
    const names = communityNames(graph);
    expect(legend.slice(0, 3)).toEqual([7, 3, 12].map((c) => `${c} · ${names.get(c)}`));
    keepScreenshot("community-numbers-legend.png", await page.locator("#legend").screenshot());
    const list = await page.locator("#community-filter label .name").allTextContents();
    expect(list).toEqual(["3 · Moorland", "7 · Ferries", "12 · Tolls"]);
  });

  it("says the selected node's community number in its panel, as the export gives it", async () => {
    for (const id of ["cy-dorn", "moorland", "kit-lowe"]) {
      await page.evaluate((node) => window.panelgraph.update({ selected: node }), id);
      const meta = await page.locator("#panel-body .meta").first().textContent();
      expect(meta).toContain(`· community ${exported.get(id)} ·`);
    }
    keepScreenshot("community-numbers-panel.png", await page.locator("#panel").screenshot());
    // A node outside every community (the source) says none.
    await page.evaluate(() => window.panelgraph.update({ selected: "fenby-hearing" }));
    expect(await page.locator("#panel-body .meta").first().textContent()).not.toContain("community");
  });
});
