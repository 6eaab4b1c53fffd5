// The search box after a search (w48): the name it found stays in the box while that node is selected; Escape (or any
// other way the selection goes) empties it, so the box never names a node no longer shown. A name typed but not chosen
// is left as typed.
import type { Page } from "playwright-core";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { type OpenedViewer, openViewer } from "../helpers/browser.js";

interface PageApi {
  state: { selected: string | null };
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

/** An invented panel: two people and a theme. */
function quayPanel(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "quay", sources: ["quay-notes"] });
  const add = (id: string, label: string, type: "person" | "theme", x: number, y: number) =>
    graph.addNode(id, { type, label, aliases: [], facts: [], x, y, centrality: 0.1 });
  add("orla-finch", "Orla Finch", "person", 0, 0);
  add("tam-ode", "Tam Ode", "person", 10, 0);
  add("harbour-dues", "Harbour dues", "theme", 5, 8);
  return graph;
}

describe("the search box after a search", () => {
  let viewer: OpenedViewer;
  let page: Page;
  const selected = () => page.evaluate(() => window.panelgraph.state.selected);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(quayPanel()));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("is emptied when Escape clears the selection the search made", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("Orla Fich");
    await page.keyboard.press("Enter");
    await expect.poll(selected).toBe("orla-finch");
    expect(await page.inputValue("#search")).toBe("Orla Finch");
    await page.keyboard.press("Escape");
    await expect.poll(selected).toBeNull();
    expect(await page.inputValue("#search")).toBe("");
  });

  it("is emptied when another node is selected, and keeps text typed but not chosen", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("Tam");
    await page.keyboard.press("Enter");
    await expect.poll(selected).toBe("tam-ode");
    await page.evaluate(() => window.panelgraph.select("harbour-dues"));
    expect(await page.inputValue("#search")).toBe("");
    await page.fill("#search", "Harb");
    await page.evaluate(() => window.panelgraph.select(null));
    expect(await page.inputValue("#search")).toBe("Harb");
  });
});
