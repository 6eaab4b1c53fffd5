// The built viewer on a graph large enough for graph.view.json (a generated corpus, bench/generate.ts): the first
// frame comes from the lean file, and the passages, source texts and who-spoke-on ranking come from graph.json when a
// panel needs them, the same as the graph itself says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { writeViewerPayload } from "../../src/export/graph-file.js";
import { gexfExporter } from "../../src/export/gexf.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { VIEWER_PAYLOAD_MIN_BYTES } from "../../src/model/settings.js";
import { describeSession } from "../../src/query/session.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { openViewer, type OpenedViewer } from "../helpers/browser.js";
import { tempDir } from "../helpers/corpus.js";

interface PageApi {
  ready: boolean;
  graph: {
    order: number;
    size: number;
    getEdgeAttribute(edge: string, name: "evidence"): unknown[];
    getNodeAttribute(node: string, name: string): unknown;
  };
  update(change: object): void;
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

describe("the built viewer on a large graph: lean first load, passages on demand", () => {
  let graph: PanelGraph;
  let corpusDir: string;
  let viewer: OpenedViewer;
  let page: Page;
  const requested: string[] = [];

  /** Waits until no panel says it is loading. */
  const loaded = (selector: string) =>
    page.waitForFunction((s) => document.querySelector(`${s} .loading`) === null, selector, { timeout: 60_000 });

  beforeAll(async () => {
    corpusDir = tempDir();
    generateCorpus(join(corpusDir, "corpus"), { nodes: 1000, seed: 7 });
    graph = buildAnalysedGraph(loadValidCorpus(join(corpusDir, "corpus")));
    const json = serializeGraph(graph);
    expect(Buffer.byteLength(json)).toBeGreaterThanOrEqual(VIEWER_PAYLOAD_MIN_BYTES);
    viewer = await openViewer(json, {
      prepare: (outDir) => writeViewerPayload(graph, join(outDir, "graph.json"), Buffer.byteLength(json)),
      beforeLoad: (page) =>
        page.on("request", (request) => requested.push(`${request.method()} ${new URL(request.url()).pathname}`)),
    });
    page = viewer.page;
  }, 180_000);

  afterAll(async () => viewer?.close());

  it("draws the first frame from graph.view.json: every node and edge, no passage yet", async () => {
    expect(requested).toContain("GET /graph.view.json");
    expect(requested).toContain("HEAD /graph.json");
    const counts = await page.evaluate(() => [window.panelgraph.graph.order, window.panelgraph.graph.size]);
    expect(counts).toEqual([graph.order, graph.size]);
    const edge = graph.findEdge((_, a) => a.evidence.length > 0)!;
    expect(await page.evaluate((e) => window.panelgraph.graph.getEdgeAttribute(e, "evidence").length, edge)).toBe(0);
  });

  it("a selected node's panel lists its connections at once, then the quotes graph.json has for them", async () => {
    const person = graph.findNode(
      (id, a) => a.type === "person" && graph.someOutEdge(id, (_, e) => e.evidence.length > 1),
    )!;
    await page.evaluate((id) => window.panelgraph.select(id), person);
    await loaded("#panel-body");
    const shown = await page.$$eval("#panel-body .connection", (items) =>
      items.map((item) => ({
        edge: (item as HTMLElement).dataset.edge!,
        quotes: [...item.querySelectorAll(".quote q")].map((q) => q.textContent),
      })),
    );
    expect(shown).toHaveLength(graph.degree(person));
    for (const { edge, quotes } of shown) {
      expect(quotes).toEqual(
        graph
          .getEdgeAttribute(edge, "evidence")
          .slice(0, 2)
          .map((e) => e.quote),
      );
    }
    expect(shown.some((s) => s.quotes.length > 0)).toBe(true);
  });

  it("a quote opens the reader on the source text from graph.json, the passage highlighted", async () => {
    const quote = page.locator("#panel-body .quote").first();
    const source = (await quote.getAttribute("data-source"))!;
    const start = Number(await quote.getAttribute("data-start"));
    const end = Number(await quote.getAttribute("data-end"));
    await quote.click();
    await loaded("#reader-body");
    await page.waitForSelector("#reader-mark");
    const text = graph.getNodeAttribute(source, "text")!;
    expect(await page.textContent("#reader-mark")).toBe(text.slice(start, end));
    expect(await page.textContent("#reader-body .source-text")).toBe(text);
    await page.evaluate(() => window.panelgraph.update({ passage: null }));
  });

  it("a connection's evidence drawer lists every passage behind it", async () => {
    const edge = graph.findEdge((_e, a) => a.evidence.length > 2)!;
    await page.evaluate((e) => window.panelgraph.update({ edge: e }), edge);
    await loaded("#edge-body");
    const quotes = await page.$$eval("#edge-body .quote q", (qs) => qs.map((q) => q.textContent));
    expect(quotes).toEqual(graph.getEdgeAttribute(edge, "evidence").map((e) => e.quote));
    await page.evaluate(() => window.panelgraph.update({ edge: null, selected: null }));
  });

  it("a session's page waits for its people's passages, then has the themes describeSession gives the whole graph", async () => {
    // The session with the most themes: its panellists' words decide most of its rows.
    const sessions = graph.filterNodes((_, a) => a.type === "session");
    const themesOf = (id: string) => describeSession(graph, id).themes;
    const session = sessions.sort((a, b) => themesOf(b).length - themesOf(a).length || a.localeCompare(b))[0]!;
    const expected = themesOf(session);
    expect(expected.some((t) => t.speakers.length > 0)).toBe(true);
    await page.evaluate((id) => window.panelgraph.select(id), session);
    await loaded("#panel-body");
    const rows = await page.$$eval("#panel-body tr.theme-row", (trs) =>
      trs.map((tr) => [
        (tr as HTMLElement).dataset.theme,
        ...[...(tr as HTMLTableRowElement).cells].slice(2).map((c) => c.textContent),
      ]),
    );
    expect(rows).toEqual(expected.map((t) => [t.id, String(t.speakers.length), String(t.evidence.length)]));
    await page.evaluate(() => window.panelgraph.select(null));
  });

  it("who spoke on a theme ranks the speakers as whoSpokeOn does on the whole graph", async () => {
    const theme = graph.findNode(
      (id, a) => a.type === "theme" && graph.someInEdge(id, (_, e) => e.relation === "spoke-on"),
    )!;
    await page.evaluate((t) => window.panelgraph.update({ theme: t }), theme);
    await loaded("#who-result");
    await page.waitForSelector("#who-result .speaker");
    const shown = await page.$$eval("#who-result .speaker", (items) =>
      items.map((i) => (i as HTMLElement).dataset.node),
    );
    expect(shown).toEqual(whoSpokeOn(graph, theme).speakers.map((s) => s.id));
  });

  it("downloads the graph as GEXF with every passage: byte for byte what the CLI's exporter writes", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.click("#download-gexf"),
    ]);
    const file = join(corpusDir, "download.gexf");
    await download.saveAs(file);
    const gexf = readFileSync(file, "utf8");
    const date = /lastmodifieddate="(\d{4}-\d{2}-\d{2})"/.exec(gexf)![1]!;
    const expected = gexfExporter
      .files(graph, { colorBy: "type", date })
      .flatMap((f) => [...f.chunks])
      .join("");
    expect(gexf).toBe(expected);
  });

  it("logs no error", () => {
    expect(viewer.errors).toEqual([]);
  });
});
