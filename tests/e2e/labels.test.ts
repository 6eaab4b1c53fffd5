// Labels, legend and camera in the built viewer, on the shipped corpus: at the default view every person and
// organisation is labelled, no two labels overlap and none is under a control or the legend; the legend sits beside
// the graph, not over it, and names every colour drawn; a selection labels all its neighbours and the camera shows them.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/serialize.js";
import { cameraStill, keepScreenshot, type OpenedViewer, openViewer } from "../helpers/browser.js";
import { overlaps as cornersOverlap } from "../../viewer/core/edge-label-layer.js";
import { corpusGraph } from "./viewer-graph.js";
import { syntheticGraph } from "../query/synthetic.js";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface DrawnLabel extends Box {
  node: string;
  text: string;
}
interface PageApi {
  ready: boolean;
  state: { selected: string | null };
  renderer: import("sigma").default;
  labels(): DrawnLabel[];
  edgeLabels(): { edge: string; text: string; corners: { x: number; y: number }[] }[];
  select(node: string | null): void;
  update(change: object): void;
  visibleNodes(): string[];
}
declare const window: Window & { panelgraph: PageApi };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("labels, legend and camera in the built viewer (shipped corpus)", () => {
  const graph = corpusGraph();
  let viewer: OpenedViewer;
  let page: Page;

  const labels = () => page.evaluate(() => window.panelgraph.labels());
  /** Waits until the camera stops and a frame has been drawn since. */
  const settled = async () => {
    await cameraStill(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.panelgraph.renderer.once("afterRender", () => resolve());
          window.panelgraph.renderer.refresh();
        }),
    );
  };
  /** The boxes of the controls over the graph and of the legend, in the graph canvas's pixels. */
  const obstacles = () =>
    page.evaluate(() => {
      const origin = document.getElementById("graph")!.getBoundingClientRect();
      return ["zoom", "legend"].map((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return {
          id,
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
      });
    });

  /** No two drawn labels overlap; every one is inside the canvas and clear of the controls and the legend. */
  async function expectClearLabels(drawn: DrawnLabel[]) {
    const { width, height } = await page.evaluate(() => window.panelgraph.renderer.getDimensions());
    const blocked = await obstacles();
    for (const [i, a] of drawn.entries()) {
      expect(a.left >= 0 && a.top >= 0 && a.right <= width && a.bottom <= height, `${a.text} leaves the canvas`).toBe(
        true,
      );
      for (const control of blocked) expect(overlaps(a, control), `${a.text} is under #${control.id}`).toBe(false);
      for (const b of drawn.slice(i + 1)) expect(overlaps(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }

  beforeAll(async () => {
    viewer = await openViewer(serializeGraph(graph));
    page = viewer.page;
    await settled();
  });
  afterAll(async () => viewer?.close());

  it("labels every person and organisation at the default view, without overlaps, clear of the controls", async () => {
    const drawn = await labels();
    const labelled = new Set(drawn.map((l) => l.node));
    const mustHave = graph.filterNodes((_, a) => a.type === "person" || a.type === "organisation");
    expect(mustHave.length).toBeGreaterThan(0);
    expect(mustHave.filter((id) => !labelled.has(id))).toEqual([]);
    await expectClearLabels(drawn);
    // Each label's text is its node's label (shortened with an ellipsis when long, its end kept after the ellipsis
    // where it holds a number: viewer/core/short-label.ts).
    for (const l of drawn) {
      const full = graph.getNodeAttribute(l.node, "label");
      const [head = "", tail = ""] = l.text.split("…");
      expect(l.text === full || (full.startsWith(head.trimEnd()) && full.endsWith(tail.trim()))).toBe(true);
    }
    keepScreenshot("labels-default.png", await page.screenshot());
  });

  it("gives every node type a share of the labels", async () => {
    const labelledTypes = new Set((await labels()).map((l) => graph.getNodeAttribute(l.node, "type")));
    const types = new Set(graph.mapNodes((_, a) => a.type));
    expect([...types].filter((t) => !labelledTypes.has(t))).toEqual([]);
  });

  it("labels every node left when a filter leaves 15 or fewer", async () => {
    // The smallest minimum of connections that leaves at most 15 nodes.
    let minDegree = 1;
    while (graph.filterNodes((id) => graph.degree(id) >= minDegree).length > 15) minDegree++;
    const left = graph.filterNodes((id) => graph.degree(id) >= minDegree);
    expect(left.length).toBeGreaterThan(5);
    await page.evaluate((d) => window.panelgraph.update({ minDegree: d }), minDegree);
    try {
      await settled();
      const drawn = await labels();
      expect(left.filter((id) => !drawn.some((l) => l.node === id))).toEqual([]);
      await expectClearLabels(drawn);
    } finally {
      // The later tests see the whole graph even when this one fails.
      await page.evaluate(() => window.panelgraph.update({ minDegree: 0 }));
      await settled();
    }
  });

  it("draws the labels it reports: the label canvas has dark text pixels inside each reported box", async () => {
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("#graph canvas.sigma-labels")!;
      const context = canvas.getContext("2d")!;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      return window.panelgraph.labels().map((l) => {
        const { data } = context.getImageData(
          Math.floor(l.left * ratio),
          Math.floor(l.top * ratio),
          Math.ceil((l.right - l.left) * ratio),
          Math.ceil((l.bottom - l.top) * ratio),
        );
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && data[i]! < 90) dark++;
        return dark;
      });
    });
    expect(inked.length).toBeGreaterThan(0);
    expect(inked.every((n) => n > 10)).toBe(true);
  });

  it("shows more labels as the view zooms in", async () => {
    const before = new Set((await labels()).map((l) => l.node));
    await page.evaluate(() => {
      const camera = window.panelgraph.renderer.getCamera();
      camera.setState({ ...camera.getState(), ratio: camera.ratio / 2.5 });
    });
    await settled();
    const after = await labels();
    // The nodes still on screen: more of them are labelled than were at the default view.
    const onScreen = new Set(
      await page.evaluate(() => {
        const { renderer } = window.panelgraph;
        const { width, height } = renderer.getDimensions();
        return renderer.getGraph().filterNodes((id) => {
          const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(id)!);
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        });
      }),
    );
    const labelledBefore = [...before].filter((id) => onScreen.has(id)).length;
    expect(after.length).toBeGreaterThan(labelledBefore);
    await expectClearLabels(after);
    await page.click("#zoom-fit");
    await settled();
  });

  it("puts the legend beside the graph, not over it, and folds it away", async () => {
    const rects = await page.evaluate(() =>
      ["graph", "legend"].map((id) => document.getElementById(id)!.getBoundingClientRect().toJSON() as DOMRect),
    );
    const [canvas, legend] = rects as [DOMRect, DOMRect];
    expect(legend.height).toBeGreaterThan(0);
    expect(
      overlaps(
        { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom },
        { left: legend.left, top: legend.top, right: legend.right, bottom: legend.bottom },
      ),
    ).toBe(false);
    const heightOpen = await page.evaluate(() => window.panelgraph.renderer.getDimensions().height);
    await page.click("#legend summary");
    expect(await page.evaluate(() => (document.getElementById("legend") as HTMLDetailsElement).open)).toBe(false);
    await settled();
    // Folded, the legend gives its room back to the graph.
    expect(await page.evaluate(() => window.panelgraph.renderer.getDimensions().height)).toBeGreaterThan(heightOpen);
    await page.click("#legend summary");
    await settled();
  });

  /** The node colours drawn now, and the colours of the legend's swatches, as rgb() strings. */
  const coloursDrawnAndExplained = () =>
    page.evaluate(() => {
      const toRgb = (colour: string) => {
        const probe = document.createElement("span");
        probe.style.color = colour;
        document.body.append(probe);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      };
      const { renderer } = window.panelgraph;
      const drawn = new Set(
        renderer
          .getGraph()
          .nodes()
          .map((id) => renderer.getNodeDisplayData(id)!)
          .filter((d) => !d.hidden)
          .map((d) => toRgb(d.color)),
      );
      const legend = [...document.querySelectorAll<HTMLElement>("#legend .swatch")].map(
        (s) => getComputedStyle(s).backgroundColor,
      );
      const texts = [...document.querySelectorAll("#legend li")].map((li) => li.textContent ?? "");
      return { drawn: [...drawn], legend, texts };
    });

  it("names every node colour drawn in the legend: types, communities, the no-community grey, faded nodes", async () => {
    for (const colourBy of ["type", "community"]) {
      await page.evaluate((c) => window.panelgraph.update({ colourBy: c }), colourBy);
      const { drawn, legend } = await coloursDrawnAndExplained();
      expect(drawn.length).toBeGreaterThan(1);
      expect(
        drawn.filter((c) => !legend.includes(c)),
        `colours by ${colourBy} missing from the legend`,
      ).toEqual([]);
    }
    // Community colouring: the grey of nodes outside every community is there, and says what it means.
    const { texts } = await coloursDrawnAndExplained();
    if (graph.someNode((_, a) => a.community === undefined)) {
      expect(texts.some((t) => /no community/i.test(t) && /communities are found among/.test(t))).toBe(true);
    }
    // With a selection, the faded nodes' pale grey is explained too.
    await page.evaluate(() => window.panelgraph.update({ colourBy: "type" }));
    await page.evaluate(() => window.panelgraph.select("geoff-little"));
    const selected = await coloursDrawnAndExplained();
    expect(selected.drawn.filter((c) => !selected.legend.includes(c))).toEqual([]);
    await page.evaluate(() => window.panelgraph.select(null));
  });

  // The most connected person: the largest neighbourhood to fit and label.
  const person = () =>
    graph
      .filterNodes((_, a) => a.type === "person")
      .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))[0]!;
  /** The selected node and its neighbours, where they are on the canvas, and the canvas's size. */
  const neighbourhoodOnScreen = (node: string) =>
    page.evaluate((id) => {
      const { renderer } = window.panelgraph;
      const { width, height } = renderer.getDimensions();
      const at = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!);
      return {
        width,
        height,
        points: [id, ...renderer.getGraph().neighbors(id)].map((n) => ({ n, ...at(n) })),
      };
    }, node);
  const inside = (p: { x: number; y: number }, size: { width: number; height: number }) =>
    p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height;

  it("clicking a node whose neighbours are off-screen moves the camera so that they are all in view", async () => {
    const id = person();
    await settled();
    // Close in on the node: most of its neighbours leave the canvas.
    await page.evaluate((node) => {
      const { renderer } = window.panelgraph;
      const data = renderer.getNodeDisplayData(node)!;
      renderer.getCamera().setState({ x: data.x, y: data.y, ratio: 0.08, angle: 0 });
    }, id);
    await settled();
    const before = await neighbourhoodOnScreen(id);
    expect(before.points.filter((p) => !inside(p, before)).length, JSON.stringify(before)).toBeGreaterThan(0);
    const box = (await page.locator("#graph").boundingBox())!;
    const at = before.points[0]!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(async () => (await page.evaluate(() => window.panelgraph.state)).selected).toBe(id);
    await settled();
    const after = await neighbourhoodOnScreen(id);
    expect(after.points.filter((p) => !inside(p, after)).map((p) => p.n)).toEqual([]);
    await page.evaluate(() => window.panelgraph.select(null));
  });

  it("on selecting a node, fits it and all its neighbours in the canvas and labels every neighbour", async () => {
    const id = person();
    await page.click("#zoom-fit");
    await settled();
    await page.evaluate((node) => window.panelgraph.select(node), id);
    await settled();
    const positions = await neighbourhoodOnScreen(id);
    for (const p of positions.points) {
      expect(p.x >= 0 && p.x <= positions.width && p.y >= 0 && p.y <= positions.height, `${p.n} off-screen`).toBe(true);
    }
    const drawn = await labels();
    const labelled = new Set(drawn.map((l) => l.node));
    expect(graph.neighbors(id).filter((n) => !labelled.has(n))).toEqual([]);
    // Their own organisation among them.
    const organisations = graph.outNeighbors(id).filter((n) => graph.getNodeAttribute(n, "type") === "organisation");
    expect(organisations.length).toBeGreaterThan(0);
    for (const o of organisations) expect(labelled).toContain(o);
    await expectClearLabels(drawn);
    keepScreenshot("labels-selection.png", await page.screenshot());
    await page.evaluate(() => window.panelgraph.select(null));
  });

  it("writes a selection's relations along its edges only where readable: no edge label covers another or a node's", async () => {
    // The people with the most connections: around them the "spoke on the theme" labels used to pile up.
    const people = graph
      .filterNodes((_, a) => a.type === "person")
      .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
    let written = 0;
    for (const id of [...people.slice(0, 3), graph.outNeighbors(people[0]!).find((n) => graph.degree(n) <= 3)!]) {
      await page.evaluate((node) => window.panelgraph.select(node), id);
      await settled();
      const edgeLabels = await page.evaluate(() => window.panelgraph.edgeLabels());
      const nodeLabels = (await labels()).map((b) => [
        { x: b.left, y: b.top },
        { x: b.right, y: b.top },
        { x: b.right, y: b.bottom },
        { x: b.left, y: b.bottom },
      ]);
      for (const [i, a] of edgeLabels.entries()) {
        expect(graph.extremities(a.edge), `${a.text} is not the selection's`).toContain(id);
        for (const b of edgeLabels.slice(i + 1))
          expect(cornersOverlap(a.corners, b.corners), `${id}: ${a.text}`).toBe(false);
        for (const b of nodeLabels)
          expect(cornersOverlap(a.corners, b), `${id}: ${a.text} over a node label`).toBe(false);
      }
      written += edgeLabels.length;
    }
    expect(written).toBeGreaterThan(0);
    await page.evaluate(() => window.panelgraph.select(null));
  });
});

describe("two nodes whose labels cut alike (a source and its session)", () => {
  // Invented: the minutes of a committee meeting and the meeting itself, with a panellist who spoke there.
  const graph = syntheticGraph(
    [
      ["minutes", "source", "Fenby Economy and Infrastructure Committee: Minutes, 12 November 2026"],
      ["meeting", "session", "Fenby Economy and Infrastructure Committee, 12 November 2026"],
      ["ann", "person", "Ann Bell"],
    ],
    [
      ["reported-in", "meeting", "minutes", [{ kind: "reported", quote: "The committee met.", source: "minutes" }]],
      ["panellist-in", "ann", "meeting", [{ kind: "reported", quote: "Ann Bell sat.", source: "minutes" }]],
    ],
  );
  let viewer: OpenedViewer;
  afterAll(async () => viewer?.close());

  it("draws them different, each saying its type, in the graph and on the picture's renderer", async () => {
    viewer = await openViewer(serializeGraph(graph));
    const { page } = viewer;
    await cameraStill(page);
    const drawn = await page.evaluate(() => window.panelgraph.labels());
    const text = (node: string) => drawn.find((l) => l.node === node)?.text;
    expect(text("minutes")).toBe("Fenby Economy a… 12 November 2026 (source)");
    expect(text("meeting")).toBe("Fenby Economy… 12 November 2026 (session)");
    // The picture is drawn off screen with the same reducers: its labels are the renderer's display labels.
    const display = await page.evaluate(() =>
      ["minutes", "meeting"].map((n) => window.panelgraph.renderer.getNodeDisplayData(n)?.label),
    );
    expect(display).toEqual([text("minutes"), text("meeting")]);
  });
});
