// The built viewer (vite build, served by vite preview) in Chromium, on the shipped corpus: what a user does, checked
// against the graph and the CLI.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gexfExporter } from "../../src/export/gexf.js";
import { passageKey } from "../../src/model/evidence.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { UnknownEntityError } from "../../src/query/errors.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import {
  analysePng,
  cameraStill,
  keepScreenshot,
  loadViewer,
  type OpenedViewer,
  openViewer,
  waitReady,
} from "../helpers/browser.js";
import { panelgraph } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";
import { corpusGraph } from "./viewer-graph.js";

/** What the page exposes on `window.panelgraph` that these tests read. */
interface PageApi {
  ready: boolean;
  state: { selected: string | null; edge: string | null; passage: unknown; theme: string; colourBy: string };
  visibleNodeCount: number;
  visibleNodes(): string[];
  visibleEdges(): string[];
  renderer: import("sigma").default;
  update(change: object): void;
  select(node: string | null): void;
}
declare const window: Window & { panelgraph: PageApi };

/**
 * Share of pixels in a PNG that are not greyish (the background and edges are grey; nodes are coloured), or with
 * `dark`, that are clearly darker than the background (grey nodes and edges count).
 */
async function colouredShare(page: Page, png: Buffer, dark = false): Promise<number> {
  return analysePng(
    page,
    png,
    ({ data }, dark) => {
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (dark ? r + g + b < 3 * 225 : Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      return coloured / (data.length / 4);
    },
    dark,
  );
}

describe("the built viewer in Chromium, on the shipped corpus", () => {
  const graph = corpusGraph();
  let viewer: OpenedViewer;
  let page: Page;
  let gexf = "";

  const state = () => page.evaluate(() => window.panelgraph.state);

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
  });
  afterAll(async () => viewer?.close());

  it("loads the graph and says how big it is", async () => {
    expect(await page.textContent("#status")).toBe(
      `Corpus graph-data: ${graph.order} nodes, ${graph.size} edges from ${graph.getAttribute("sources").length} sources`,
    );
    expect(await page.evaluate(() => performance.getEntriesByName("panelgraph:first-frame").length)).toBe(1);
  });

  it("draws the stored layout: every node where its x/y put it, the first frame included", async () => {
    // The build stores a position for every node; the viewer computes none.
    expect(graph.filterNodes((_, a) => typeof a.x !== "number" || typeof a.y !== "number")).toEqual([]);
    expect(await page.textContent("#status")).not.toContain("without a stored position");
    const stored = graph.mapNodes((id, a) => ({ id, x: a.x!, y: a.y! }));
    const offsets = await page.evaluate((nodes) => {
      const { renderer } = window.panelgraph;
      return nodes.map(({ id, x, y }) => {
        const drawn = renderer.framedGraphToViewport(renderer.getNodeDisplayData(id)!);
        const expected = renderer.graphToViewport({ x, y });
        return Math.hypot(drawn.x - expected.x, drawn.y - expected.y);
      });
    }, stored);
    expect(Math.max(...offsets)).toBeLessThan(0.5);
  });

  it("draws the network: the canvas is not blank", async () => {
    const png = await page.screenshot();
    keepScreenshot("viewer.png", png);
    expect(await colouredShare(page, await page.locator("#graph").screenshot())).toBeGreaterThan(0.005);
  });

  it("search: typing a name and choosing it with the keyboard selects the node and shows its panel", async () => {
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("Geoff Lit");
    await page.locator("#search-options [role=option]").first().waitFor();
    expect(await page.locator("#search-options [role=option]").first().textContent()).toContain("Geoff Little");
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBeTruthy();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("geoff-little");
    expect(await page.textContent("#panel-title")).toBe("Geoff Little");

    // His organisation, with the role the source gives, and his quotes.
    const organisations = await page.locator("#panel-body .connection-list").first().textContent();
    expect(organisations).toContain("Bury Council");
    const quotes = await page.locator("#panel-body button.quote q").allTextContents();
    expect(quotes).toContain("My first suggestion would be to push for further delegation of power.");
    const hisQuotes = new Set<string>();
    graph.forEachEdge("geoff-little", (_, a) => a.evidence.forEach((e) => hisQuotes.add(e.quote)));
    for (const fact of graph.getNodeAttribute("geoff-little", "facts"))
      fact.evidence.forEach((e) => hisQuotes.add(e.quote));
    for (const quote of quotes) expect(hisQuotes).toContain(quote);

    // The connections as a text list for screen readers: one item per edge.
    const items = await page.locator("#panel-body .connection").count();
    expect(items).toBe(graph.degree("geoff-little"));
    // The passages behind his connections, each counted once as `stats` counts them (a sentence behind two of his
    // edges is one passage): not the sum over the edges, which this node's edges make larger.
    const cited = graph.edges("geoff-little").flatMap((edge) => graph.getEdgeAttribute(edge, "evidence"));
    const distinct = new Set(cited.map(passageKey)).size;
    expect(cited.length).toBeGreaterThan(distinct);
    expect(await page.textContent("#panel-body .meta")).toContain(
      `${graph.degree("geoff-little")} connections · ${distinct} passages`,
    );
    await cameraStill(page);
    const centred = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData("geoff-little")!);
      const { width, height } = renderer.getDimensions();
      return Math.hypot(p.x - width / 2, p.y - height / 2) / Math.min(width, height);
    });
    expect(centred).toBeLessThan(0.05);
    keepScreenshot("viewer-selected.png", await page.screenshot());
  });

  it("hover or selection dims the rest: only the selected node's neighbourhood keeps its colour", async () => {
    const colours = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      return renderer
        .getGraph()
        .nodes()
        .map((id) => ({ id, colour: renderer.getNodeDisplayData(id)!.color }));
    });
    const bright = new Set(["geoff-little", ...graph.neighbors("geoff-little")]);
    const faded = colours.filter((c) => !bright.has(c.id)).map((c) => c.colour);
    expect(new Set(faded).size).toBe(1);
    for (const c of colours.filter((c) => bright.has(c.id))) expect(c.colour).not.toBe(faded[0]);
  });

  it("clicking a quote opens the reader at that passage, highlighted and scrolled into view", async () => {
    const quote = page.locator("#panel-body button.quote", { hasText: "My first suggestion" }).first();
    const source = (await quote.getAttribute("data-source"))!;
    const start = Number(await quote.getAttribute("data-start"));
    const end = Number(await quote.getAttribute("data-end"));
    await quote.click();
    await page.locator("#reader-mark").waitFor();
    const text = graph.getNodeAttribute(source, "text")!;
    expect(await page.textContent("#reader-mark")).toBe(text.slice(start, end));
    expect(await page.textContent("#reader-title")).toBe(graph.getNodeAttribute(source, "label"));
    // The whole text is there, as text, around the mark.
    expect(await page.textContent("#reader-body .source-text")).toBe(text);
    const inView = await page.evaluate(() => {
      const mark = document.getElementById("reader-mark")!.getBoundingClientRect();
      const body = document.getElementById("reader-body")!.getBoundingClientRect();
      return mark.top >= body.top && mark.bottom <= body.bottom && mark.height > 0;
    });
    expect(inView).toBe(true);
    expect((await state()).passage).toEqual({ source, start, end });
    // His other passages in this source are marked too, each inside one of his quotes.
    const related = await page.locator("#reader-body mark.related").allTextContents();
    expect(related.length).toBeGreaterThan(0);
    const his: string[] = [];
    graph.forEachEdge("geoff-little", (_, a) => a.evidence.forEach((e) => e.source === source && his.push(e.quote)));
    for (const piece of related) expect(his.some((q) => q.includes(piece))).toBe(true);
    keepScreenshot("viewer-reader.png", await page.screenshot());
  });

  it("Escape closes the reader first, then the selection", async () => {
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("reader-close");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#reader")).toBe(true);
    // Keyboard focus goes back to the quote that opened the reader.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("My first suggestion");
    expect((await state()).selected).toBe("geoff-little");
    await page.keyboard.press("Escape");
    expect((await state()).selected).toBe(null);
  });

  it("a connection's evidence drawer lists every passage behind it, with source, kind and offsets", async () => {
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    const edge = "spoke-on:geoff-little->delegation";
    await page.locator(`#panel-body .connection[data-edge="${edge}"] button.passages`).click();
    await expect.poll(async () => (await state()).edge).toBe(edge);
    const evidence = graph.getEdgeAttribute(edge, "evidence");
    const quotes = await page.locator("#edge-body button.quote").evaluateAll((buttons) =>
      buttons.map((b) => ({
        quote: b.querySelector("q")!.textContent,
        source: b.getAttribute("data-source"),
        start: Number(b.getAttribute("data-start")),
        end: Number(b.getAttribute("data-end")),
        meta: b.querySelector(".meta")!.textContent!,
      })),
    );
    expect(quotes.map(({ quote, source, start, end }) => ({ quote, source, start, end }))).toEqual(
      evidence.map(({ quote, source, start, end }) => ({ quote, source, start, end })),
    );
    evidence.forEach((e, i) => {
      expect(quotes[i]!.meta).toContain(e.kind.replace("-", " "));
      expect(quotes[i]!.meta).toContain(`characters ${e.start}–${e.end}`);
    });
    await page.keyboard.press("Escape");
    expect((await state()).edge).toBe(null);
    await page.keyboard.press("Escape");
  });

  it("who spoke on “delegation” lists the same people in the same order as whoSpokeOn and the CLI", async () => {
    const cli = await panelgraph("query", "who-spoke-on", "delegation", "--json");
    expect(cli.code).toBe(0);
    const fromCli = (JSON.parse(cli.stdout) as { speakers: { id: string }[] }).speakers.map((s) => s.id);
    const fromQuery = whoSpokeOn(graph, "delegation").speakers.map((s) => s.id);
    expect(fromQuery).toEqual(fromCli);

    await page.fill("#theme-input", "delegation");
    await page.keyboard.press("Enter");
    await page.locator("#who-result .speakers").waitFor();
    const shown = await page
      .locator("#who-result .speakers > li")
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node));
    expect(shown).toEqual(fromCli);
    expect(await page.locator("#who-result .speakers > li .node-link").allTextContents()).toEqual(
      fromCli.map((id) => graph.getNodeAttribute(id, "label")),
    );
    // Each speaker's passages counted as the CLI counts them: "8 direct quotes", "1 direct quote".
    const speakerLines = (await page.locator("#who-result .speakers > li").allTextContents()).join("\n");
    expect(speakerLines).toMatch(/\b([2-9]|\d{2,}) direct quotes\b/);
    expect(speakerLines).not.toMatch(/\b([02-9]|\d{2,}) direct quote\b(?!s)/);
    // The panels that agreed on it come after, apart, as the CLI lists them.
    const fromCliPanels = (JSON.parse(cli.stdout) as { panels: { id: string }[] }).panels.map((p) => p.id);
    expect(
      await page
        .locator("#who-result .panels > li")
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node)),
    ).toEqual(fromCliPanels);
    // An alias answers the same, and the speakers light up on the graph.
    await page.fill("#theme-input", "delegated powers");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).theme).toBe("delegated powers");
    expect(
      await page
        .locator("#who-result .speakers > li")
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node)),
    ).toEqual(fromCli);
    const lit = await page.evaluate(
      (ids) => ids.map((id) => window.panelgraph.renderer.getNodeDisplayData(id)!.zIndex),
      fromCli,
    );
    expect(lit.every((z) => z === 2)).toBe(true);
  });

  it("an unknown theme says so and offers the nearest names", async () => {
    await page.fill("#theme-input", "devolushun");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#who-result .problem")).toContain('no theme is called "devolushun"');
    // The nearest name the resolver offers (the CLI's `who-spoke-on` says the same).
    const nearest = (() => {
      try {
        whoSpokeOn(graph, "devolushun");
      } catch (error) {
        if (error instanceof UnknownEntityError) return error.candidates[0]?.label;
      }
      return undefined;
    })();
    expect(nearest).toBeDefined();
    expect(await page.locator("#who-result .candidates button").first().textContent()).toBe(nearest);
    await page.click("#theme-clear");
    expect((await state()).theme).toBe("");
  });

  it("a type filter hides exactly the nodes of that type, and showing it again brings them back", async () => {
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(graph.order);
    await page.locator('#type-filter input[value="theme"]').uncheck();
    const themes = graph.filterNodes((_, a) => a.type === "theme");
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(graph.order - themes.length);
    const hidden = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      return renderer
        .getGraph()
        .filterNodes((id) => renderer.getNodeDisplayData(id)!.hidden === true)
        .sort();
    });
    expect(hidden).toEqual([...themes].sort());
    expect(await page.textContent("#visible-count")).toContain(
      `${graph.order - themes.length} of ${graph.order} nodes`,
    );
    // A node chosen in the search stays visible even where a filter hides its kind.
    await page.fill("#search", "Delegation of power");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("delegation");
    expect(await page.evaluate(() => window.panelgraph.renderer.getNodeDisplayData("delegation")!.hidden)).toBe(false);
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(graph.order - themes.length + 1);
    await page.keyboard.press("Escape");
    await page.evaluate(() => window.panelgraph.select(null));
    await page.locator('#type-filter input[value="theme"]').check();
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(graph.order);
  });

  it("focus mode shows only the selected node's neighbourhood, to depth 1 or 2", async () => {
    await page.evaluate(() => window.panelgraph.select("sarah-reed"));
    await page.locator('input[name="focus"][value="1"]').check();
    const one = new Set(["sarah-reed", ...graph.neighbors("sarah-reed")]);
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(one.size);
    await page.locator('input[name="focus"][value="2"]').check();
    const two = new Set(one);
    for (const n of one) graph.neighbors(n).forEach((m) => two.add(m));
    expect((await page.evaluate(() => window.panelgraph.visibleNodes())).sort()).toEqual([...two].sort());
    await page.locator('input[name="focus"][value="0"]').check();
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(graph.order);
  });

  it("minimum connections, community and source filters hide what they say", async () => {
    const visibleNodes = async () => (await page.evaluate(() => window.panelgraph.visibleNodes())).sort();
    await page.evaluate(() => window.panelgraph.select(null));

    await page.locator("#min-degree").fill("5");
    expect(await visibleNodes()).toEqual(graph.filterNodes((id) => graph.degree(id) >= 5).sort());
    await page.click("#reset-filters");
    expect(await visibleNodes()).toHaveLength(graph.order);

    const community = graph.getNodeAttribute("geoff-little", "community")!;
    await page.locator(`#community-filter input[value="${community}"]`).uncheck();
    expect(await visibleNodes()).toEqual(graph.filterNodes((_, a) => a.community !== community).sort());
    await page.click("#reset-filters");

    // Only one source shown: the other sources disappear, and every edge left rests on the one shown.
    const [kept, ...others] = graph.getAttribute("sources");
    for (const source of others) await page.locator(`#source-filter input[value="${source}"]`).uncheck();
    const nodes = await visibleNodes();
    for (const source of others) expect(nodes).not.toContain(source);
    expect(nodes).toContain(kept);
    const edges = await page.evaluate(() => window.panelgraph.visibleEdges());
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const sources = graph.getEdgeAttribute(edge, "sources");
      expect(sources.length === 0 || sources.includes(kept!)).toBe(true);
    }
    // A node none of whose passages come from the source shown is hidden.
    for (const node of nodes) {
      if (node === kept) continue;
      expect(graph.someEdge(node, (_, a) => a.sources.includes(kept!))).toBe(true);
    }
    await page.click("#reset-filters");
    expect(await visibleNodes()).toHaveLength(graph.order);
  });

  it("the URL keeps the view: a clicked node, filters, colours and the theme come back after a reload", async () => {
    await page.keyboard.press("Escape");
    await page.click("#zoom-fit");
    await cameraStill(page);
    const point = await page.evaluate(() => {
      const { renderer } = window.panelgraph;
      return renderer.framedGraphToViewport(renderer.getNodeDisplayData("richard-stubbs")!);
    });
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(async () => (await state()).selected).toBe("richard-stubbs");
    expect(new URL(page.url()).searchParams.get("node")).toBe("richard-stubbs");
    // The conflict between the two sources on his role is visible in the panel.
    expect(await page.textContent("#panel-body .roles")).toContain("sources disagree");

    await page.locator('input[name="colour"][value="community"]').check();
    await page.locator('#type-filter input[value="finding"]').uncheck();
    await page.fill("#theme-input", "health inequalities");
    await page.keyboard.press("Enter");
    const before = await state();
    const visibleBefore = await page.evaluate(() => window.panelgraph.visibleNodeCount);
    await page.reload();
    await waitReady(page);
    expect(await state()).toEqual(before);
    expect(await page.textContent("#panel-title")).toBe("Richard Stubbs");
    expect(await page.evaluate(() => window.panelgraph.visibleNodeCount)).toBe(visibleBefore);
    expect(await page.isChecked('input[name="colour"][value="community"]')).toBe(true);
    expect(await page.isChecked('#type-filter input[value="finding"]')).toBe(false);
    expect(await page.inputValue("#theme-input")).toBe("health inequalities");

    // Back returns to the view before the selection.
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    await page.goBack();
    await expect.poll(async () => (await state()).selected).toBe("richard-stubbs");
    await loadViewer(page, viewer.url);
    expect((await state()).selected).toBe(null);
  });

  it("the zoom buttons glide the camera, or jump it when the reader asks for reduced motion", async () => {
    /** Clicks a zoom button; the camera's ratio before, and its ratio and whether it is moving just after. */
    const zoom = (on: Page, button: string) =>
      on.evaluate((button) => {
        const camera = window.panelgraph.renderer.getCamera();
        const before = camera.ratio;
        document.getElementById(button)!.click();
        return { before, after: camera.ratio, moving: camera.isAnimated() };
      }, button);
    // This page asks for reduced motion (tests/helpers/browser.ts): the camera is there at once.
    await cameraStill(page);
    const jumped = await zoom(page, "zoom-in");
    expect(jumped.moving).toBe(false);
    expect(jumped.after).toBeCloseTo(jumped.before / 1.5, 6);
    const reset = await zoom(page, "zoom-fit");
    expect(reset).toMatchObject({ after: 1, moving: false });

    const moving = await viewer.open({ reducedMotion: "no-preference" });
    try {
      // A camera still settling from the page's opening would move the ratio before the click's glide begins.
      await cameraStill(moving.page);
      const glide = await zoom(moving.page, "zoom-in");
      expect(glide.moving).toBe(true);
      // Not there at once: sigma's first animation step runs inside the click, so a millisecond's tick may already
      // have moved the ratio a little (0.99999), but a jump would land it at before / 1.5.
      expect(glide.after).toBeGreaterThan(glide.before - (glide.before - glide.before / 1.5) / 2);
      await cameraStill(moving.page);
      const landed = await moving.page.evaluate(() => window.panelgraph.renderer.getCamera().ratio);
      expect(landed).toBeCloseTo(glide.before / 1.5, 6);
      expect(moving.errors).toEqual([]);
    } finally {
      await moving.page.close();
    }
  });

  it("downloads the current view as a PNG that is not blank", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-png")]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = join(tempDir(), "download.png");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(await colouredShare(page, bytes)).toBeGreaterThan(0.005);
  });

  it("downloads the graph as GEXF, byte for byte what the CLI's exporter writes, well-formed, every node and edge", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-gexf")]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const file = join(tempDir(), "download.gexf");
    await download.saveAs(file);
    gexf = readFileSync(file, "utf8");
    const date = /lastmodifieddate="(\d{4}-\d{2}-\d{2})"/.exec(gexf)?.[1];
    expect(date).toBeDefined();
    const expected = gexfExporter
      .files(graph, { colorBy: "type", date: date! })
      .flatMap((f) => [...f.chunks])
      .join("");
    expect(gexf).toBe(expected);
    // Chromium's XML parser is strict: any well-formedness error gives a <parsererror> document.
    const error = await page.evaluate(
      (xml) =>
        new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror")?.textContent ?? null,
      gexf,
    );
    expect(error).toBeNull();
    const parsed = parseGexf(MultiDirectedGraph, gexf);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
  });

  it("downloads the visible part as GEXF: exactly the nodes and edges on screen", async () => {
    await page.locator('#type-filter input[value="theme"]').uncheck();
    const visible = await page.evaluate(() => ({
      nodes: window.panelgraph.visibleNodeCount,
      edges: (window.panelgraph as unknown as { visibleEdgeCount: number }).visibleEdgeCount,
    }));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-gexf-visible")]);
    const file = join(tempDir(), "visible.gexf");
    await download.saveAs(file);
    const parsed = parseGexf(MultiDirectedGraph, readFileSync(file, "utf8"));
    expect(parsed.order).toBe(visible.nodes);
    expect(parsed.size).toBe(visible.edges);
    expect(parsed.order).toBe(graph.order - graph.filterNodes((_, a) => a.type === "theme").length);
    expect(parsed.someNode((_, a) => a.type === "theme")).toBe(false);
    await page.locator('#type-filter input[value="theme"]').check();
  });

  it("opens a GEXF file dropped on the page: the same nodes, types, positions and evidence", async () => {
    await page.evaluate((xml) => {
      Object.assign(window, { loadedBefore: (window.panelgraph as unknown as { graph: object }).graph });
      const transfer = new DataTransfer();
      transfer.items.add(new File([xml], "dropped.gexf", { type: "application/gexf+xml" }));
      document.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, gexf);
    await expect
      .poll(() => page.textContent("#status"))
      .toBe(`${graph.order} nodes, ${graph.size} edges from 3 sources · dropped.gexf`);
    expect(
      await page.evaluate(
        () =>
          (window.panelgraph as unknown as { graph: object }).graph !==
          (window as unknown as { loadedBefore: object }).loadedBefore,
      ),
    ).toBe(true);
    const dropped = await page.evaluate(() => {
      const g = (window.panelgraph as unknown as { graph: import("graphology").MultiDirectedGraph }).graph;
      return g.mapNodes((id, a) => ({ id, type: a.type as string, x: a.x as number, y: a.y as number }));
    });
    expect(dropped.length).toBe(graph.order);
    for (const node of dropped) {
      const original = graph.getNodeAttributes(node.id);
      expect(node).toEqual({ id: node.id, type: original.type, x: original.x, y: original.y });
    }
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    expect(await page.textContent("#panel-title")).toBe("Geoff Little");
    expect(await page.locator("#panel-body button.quote q").allTextContents()).toContain(
      "My first suggestion would be to push for further delegation of power.",
    );
    expect(await page.isHidden("#drop-hint")).toBe(true);
  });

  it("opens a foreign GEXF file (undirected, no types, no positions) and explores it the same way", async () => {
    const foreign = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <graph defaultedgetype="undirected">',
      '    <attributes class="node"><attribute id="0" title="category" type="string"/></attributes>',
      "    <nodes>",
      '      <node id="a" label="Alpha"><attvalues><attvalue for="0" value="x"/></attvalues></node>',
      '      <node id="b" label="Beta"/>',
      '      <node id="c" label="Gamma"/>',
      "    </nodes>",
      "    <edges>",
      '      <edge id="e1" source="a" target="b" label="knows"/>',
      '      <edge id="e2" source="b" target="c"/>',
      "    </edges>",
      "  </graph>",
      "</gexf>",
    ].join("\n");
    await page.setInputFiles("#open-file", {
      name: "foreign.gexf",
      mimeType: "text/xml",
      buffer: Buffer.from(foreign),
    });
    await expect
      .poll(() => page.textContent("#status"))
      .toBe("3 nodes, 2 edges · foreign.gexf · 3 without a stored position, placed on a spiral");
    const positions = await page.evaluate(() =>
      ["a", "b", "c"].map((id) => window.panelgraph.renderer.getNodeDisplayData(id)!),
    );
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    await page.evaluate(() => window.panelgraph.select("a"));
    expect(await page.textContent("#panel-title")).toBe("Alpha");
    expect(await page.textContent("#panel-body h3")).toContain("knows");
    expect(await colouredShare(page, await page.locator("#graph").screenshot(), true)).toBeGreaterThan(0.001);
  });

  it("logs no console errors and opens no dialog", async () => {
    expect(viewer.errors).toEqual([]);
    expect(viewer.dialogs).toEqual([]);
  });
});
