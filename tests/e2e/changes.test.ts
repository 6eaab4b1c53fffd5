// "Changed since …" in the built site: the mini corpus built, then a week's work on it (a third meeting added as a
// source, a role corrected: tests/helpers/changes-corpus.ts) built over it, and the site built as `npm run build`
// builds it from that folder. The control is off at first; on, it rings the added and changed nodes, colours the added
// connections, names them in the legend (and the PNG draws them) and lists every change, each node a button that
// selects it; the URL keeps it. `npm start`'s dev server shows the same. A graph.json replaced by hand is not matched
// with the changes of another; a graph with no recorded changes shows no control and asks for no file. A node renamed
// (rename-entity) is listed as renamed and ringed as changed; one merged into another (merge-entity) as merged, the
// node it went into a button and ringed as changed.
import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createViewerServer } from "../../src/cli/serve.js";
import { buildGraphFile, changesPath, previousGraphPath } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { CHANGE_COLOUR } from "../../viewer/core/appearance.js";
import {
  buildSite,
  countPixels,
  freePort,
  keepScreenshot,
  loadViewer,
  openPage,
  openViewer,
  serveBuilt,
  testChromium,
  type ViewerPage,
} from "../helpers/browser.js";
import { addThirdMeeting, WEEK } from "../helpers/changes-corpus.js";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, MINI_DIR, tempDir } from "../helpers/corpus.js";

interface Ring {
  node: string;
  kind: "added" | "changed";
  x: number;
  y: number;
  radius: number;
}
interface PageApi {
  state: { selected: string | null; edge: string | null; changes: boolean };
  changeRings(): Ring[];
  renderer: { getEdgeDisplayData(edge: string): { color: string } | undefined };
  exportPng(): Promise<Blob>;
}
declare const window: Window & { panelgraph: PageApi };

/** When the first build was made, as its record says: the control says "Changed since" then. */
const FIRST_BUILT = new Date("2026-11-30T08:15:00Z");
/** A later time the first graph.json is touched at (a copy, a backup): not its build's time. */
const TOUCHED = new Date("2026-12-03T17:40:00Z");

describe("“Changed since …” in the built site", () => {
  let out: string;
  let outDir: string;
  let server: PreviewServer;
  let url: string;
  let browser: Browser;
  let viewer: ViewerPage;
  let page: Page;

  beforeAll(async () => {
    // A folder named as a corpus would be: the status line and the picture in docs/viewer.md show its name.
    const corpus = join(tempDir(), "example-forum");
    cpSync(MINI_DIR, corpus, { recursive: true });
    out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    // The first build as if made on 30 November (its own record of itself), its graph.json touched since.
    const record = JSON.parse(readFileSync(changesPath(out), "utf8")) as { built: { at: string } };
    record.built.at = FIRST_BUILT.toISOString();
    writeFileSync(changesPath(out), JSON.stringify(record));
    utimesSync(out, TOUCHED, TOUCHED);
    addThirdMeeting(corpus);
    buildGraphFile(corpus, out);
    outDir = await buildSite(out);
    // The first build's graph, to stand in for a graph.json replaced by hand below.
    writeFileSync(join(outDir, "first-graph.json"), readFileSync(previousGraphPath(out)));
    const served = await serveBuilt(outDir);
    server = served.server;
    url = served.url;
    browser = await testChromium();
    viewer = await openPage(browser, url);
    page = viewer.page;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("offers the control, off, with the previous build's date and what changed in a line", async () => {
    expect(await page.isVisible("#changes")).toBe(true);
    expect(await page.textContent("#changes-since")).toMatch(/^Changed since 30 Nov 2026, \d\d:\d\d$/);
    expect(await page.getAttribute("#changes-since time", "datetime")).toBe("2026-11-30T08:15:00.000Z");
    // What it compares: the two builds, by the times they recorded (not the file's time, 3 Dec).
    expect(await page.textContent("#changes-compared")).toMatch(
      /^Compares this build \(\d{1,2} \w{3} 20\d\d, \d\d:\d\d\) with the one before it \(30 Nov 2026, \d\d:\d\d\), by the times the builds recorded\.$/,
    );
    keepScreenshot("changes-compared.png", await page.locator("#changes").screenshot());
    expect(await page.textContent("#changes-summary")).toBe(
      "3 nodes and 3 connections added, 1 node changed, 1 connection with roles changed, 1 conflict resolved, nothing removed.",
    );
    expect(await page.isChecked("#changes-toggle")).toBe(false);
    expect(await page.isVisible("#changes-list")).toBe(false);
    expect(await page.evaluate(() => window.panelgraph.changeRings())).toEqual([]);
    const colour = await page.evaluate(
      () => window.panelgraph.renderer.getEdgeDisplayData("spoke-on:cora-lind->local-data")?.color,
    );
    expect(colour).not.toBe(CHANGE_COLOUR);
  });

  it("turned on from the keyboard, rings the added and changed nodes and colours the added connections", async () => {
    await page.focus("#changes-toggle");
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => window.panelgraph.state.changes)).toBe(true);
    expect(new URL(page.url()).searchParams.get("changes")).toBe("1");
    const rings = await page.evaluate(() => window.panelgraph.changeRings());
    const byNode = Object.fromEntries(rings.map((r) => [r.node, r.kind]));
    expect(byNode).toEqual({
      [WEEK.source]: "added",
      [WEEK.person]: "added",
      [WEEK.organisation]: "added",
      [WEEK.changed]: "changed",
    });
    for (const edge of WEEK.edges) {
      expect(await page.evaluate((e) => window.panelgraph.renderer.getEdgeDisplayData(e)?.color, edge), edge).toBe(
        CHANGE_COLOUR,
      );
    }
    expect(
      await page.evaluate(
        () => window.panelgraph.renderer.getEdgeDisplayData("chaired:lee-moss->forum-meeting-1")?.color,
      ),
    ).not.toBe(CHANGE_COLOUR);
    const legend = (await page.textContent("#legend"))!;
    expect(legend).toContain("Added since the last build");
    expect(legend).toContain("Changed (name, role, fact)");
    expect(legend).toContain("Connection added");

    // The ring is on the picture, in its colour, around the new person.
    const shot = await page.screenshot();
    keepScreenshot("changes.png", shot);
    const canvas = (await page.locator("#graph").boundingBox())!;
    const cora = rings.find((r) => r.node === WEEK.person)!;
    const r = Math.ceil(cora.radius + 3);
    const box = {
      x: Math.round(canvas.x + cora.x - r),
      y: Math.round(canvas.y + cora.y - r),
      width: 2 * r,
      height: 2 * r,
    };
    const { found } = await countPixels(page, shot, box, [CHANGE_COLOUR]);
    expect(found[0]).toBeGreaterThan(10);

    // The PNG download draws them too: the ring around the new source, which has no connection to colour its box.
    const png = Buffer.from(
      await page.evaluate(async () => [...new Uint8Array(await (await window.panelgraph.exportPng()).arrayBuffer())]),
    );
    keepScreenshot("changes-export.png", png);
    const source = rings.find((r) => r.node === WEEK.source)!;
    const s = Math.ceil(source.radius + 3);
    const around = { x: Math.round(source.x - s), y: Math.round(source.y - s), width: 2 * s, height: 2 * s };
    expect((await countPixels(page, png, around, [CHANGE_COLOUR])).found[0]).toBeGreaterThan(10);
  });

  it("lists each change: buttons for what is in the graph, the role before and after", async () => {
    const list = page.locator("#changes-list");
    expect(await list.isVisible()).toBe(true);
    const headings = await list.locator("h3").allTextContents();
    expect(headings).toEqual([
      "Sources added (1)",
      "Nodes added (2)",
      "Connections added (3)",
      "Changed (1)",
      "Roles changed (2)",
      "Conflicts resolved (1)",
    ]);
    expect(await list.locator(`button[data-node="${WEEK.source}"]`).textContent()).toContain(
      "Example Forum, third meeting",
    );
    expect(await list.locator(".change-group").nth(1).locator("button.node-link").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Cora Lind"), expect.stringContaining("Fenby Trust")]),
    );
    expect(await list.locator(".change-group").nth(2).textContent()).toContain(
      "Cora Lind spoke on the theme Local data",
    );
    const ada = list.locator(".change-group").nth(3);
    expect(await ada.locator("button.node-link").textContent()).toContain("Ada Park");
    expect(await ada.locator(".change-details li").allTextContents()).toEqual([
      "− role: Deputy Director of Health, Northtown Council (panel-b)",
      "+ role: Director of Health, Northtown Council (panel-b)",
    ]);
    keepScreenshot("changes-list.png", await page.locator("#controls").screenshot());

    // A node's button selects it; a connection's opens its evidence, from its first node.
    await list.locator(`button[data-node="${WEEK.person}"]`).click();
    expect(await page.evaluate(() => window.panelgraph.state.selected)).toBe(WEEK.person);
    expect(await page.textContent("#panel-title")).toBe("Cora Lind");
    keepScreenshot("changes-selected.png", await page.screenshot());
    const edge = list.locator('button[data-edge="spoke-on:ada-park->local-data"]');
    await edge.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => [window.panelgraph.state.selected, window.panelgraph.state.edge])).toEqual([
      "ada-park",
      "spoke-on:ada-park->local-data",
    ]);
    expect(await page.isVisible("#edge-drawer")).toBe(true);

    // The role corrected on Ada Park's affiliation, and the conflict it resolved, as `panelgraph diff` lists them.
    const roles = list.locator(".change-group").nth(4).locator("button.edge-link");
    expect(await roles.allTextContents()).toEqual([
      "Role: Deputy Director of Health (panel-b) → Director of Health (panel-b) (Ada Park → Northtown Council)",
      // While the sources disagreed, no current role was given.
      "Current role added: Director of Health (Ada Park → Northtown Council)",
    ]);
    const role = roles.first();
    await role.click();
    const roleEdge = await role.getAttribute("data-edge");
    expect(await page.evaluate(() => [window.panelgraph.state.selected, window.panelgraph.state.edge])).toEqual([
      "ada-park",
      roleEdge,
    ]);
    const resolved = list.locator(".change-group").nth(5).locator("li");
    expect(await resolved.textContent()).toMatch(/^Conflict resolved: Ada Park's role at Northtown Council · /);
    await list.locator(`button[data-node="${WEEK.person}"]`).click();
    await resolved.locator("button").click();
    expect(await page.evaluate(() => window.panelgraph.state.selected)).toBe("ada-park");
  });

  it("comes back on reload from the URL, and goes off again", async () => {
    await loadViewer(page, `${url}?changes=1`);
    expect(await page.isChecked("#changes-toggle")).toBe(true);
    expect(await page.isVisible("#changes-list")).toBe(true);
    expect((await page.evaluate(() => window.panelgraph.changeRings())).length).toBe(4);
    await page.click("#changes-toggle");
    expect(await page.evaluate(() => window.panelgraph.changeRings())).toEqual([]);
    expect(await page.isVisible("#changes-list")).toBe(false);
    expect(new URL(page.url()).searchParams.has("changes")).toBe(false);
    expect(await page.textContent("#legend")).not.toContain("Added since the last build");
    expect(viewer.errors).toEqual([]);
  });

  it("shows the same under `npm start`, whose page is told of the file while it is there", async () => {
    // As `panelgraph serve` leaves the folder after a good build (the page asks for its status).
    writeFileSync(join(dirname(out), "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
    const port = await freePort();
    const dev = await createViewerServer({ graphFile: out, port, strictPort: true });
    try {
      const opened = await openPage(browser, `http://127.0.0.1:${port}/`, { search: "?changes=1" });
      expect(await opened.page.textContent("#changes-since")).toMatch(/^Changed since 30 Nov 2026/);
      expect((await opened.page.evaluate(() => window.panelgraph.changeRings())).length).toBe(4);
      expect(opened.errors).toEqual([]);
      // With no file (a graph built by an older panelgraph, the file removed) the next page has no control, and asks
      // for no file; a first or --fresh build's record of itself is tested below.
      const kept = readFileSync(changesPath(out));
      rmSync(changesPath(out));
      try {
        await loadViewer(opened.page, `http://127.0.0.1:${port}/?changes=1`);
        expect(await opened.page.isVisible("#changes")).toBe(false);
        expect(opened.errors).toEqual([]);
      } finally {
        writeFileSync(changesPath(out), kept);
        await opened.page.close();
      }
    } finally {
      await dev.close();
    }
  }, 120_000);

  it("ignores the file beside a graph.json replaced by hand", async () => {
    const published = readFileSync(join(outDir, "graph.json"));
    writeFileSync(join(outDir, "graph.json"), readFileSync(join(outDir, "first-graph.json")));
    const info: string[] = [];
    const listen = (message: { type(): string; text(): string }) =>
      message.type() === "info" && info.push(message.text());
    page.on("console", listen);
    try {
      await loadViewer(page, `${url}?changes=1`);
      expect(await page.isVisible("#changes")).toBe(false);
      expect(
        await page.evaluate(() => [window.panelgraph.state.changes, window.panelgraph.changeRings().length]),
      ).toEqual([false, 0]);
      expect(info.join("\n")).toMatch(/graph\.changes\.json not shown: written with a graph\.json of \d+ bytes/);
    } finally {
      page.off("console", listen);
      writeFileSync(join(outDir, "graph.json"), published);
    }
  });
});

describe("a graph without recorded changes", () => {
  it("shows no control and asks for no graph.changes.json", async () => {
    const corpus = copyFixture();
    const { graph } = buildGraphFile(corpus, join(tempDir(), "graph.json"));
    const asked: string[] = [];
    const viewer = await openViewer(serializeGraph(graph), {
      search: "?changes=1",
      beforeLoad: (page) => page.on("request", (request) => asked.push(new URL(request.url()).pathname)),
    });
    try {
      expect(await viewer.page.isVisible("#changes")).toBe(false);
      expect(await viewer.page.evaluate(() => window.panelgraph.state.changes)).toBe(false);
      expect(asked.filter((path) => path.includes("changes"))).toEqual([]);
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});

describe("builds whose times are recorded or not", () => {
  /** The built site of `out`, opened: the page, the console's information lines and the files it asked for. */
  async function site(out: string) {
    const outDir = await buildSite(out);
    const { server, url } = await serveBuilt(outDir);
    const browser = await testChromium();
    const info: string[] = [];
    // Listening from the start of the one load (not loading the page again once it listens).
    const opened = await openPage(browser, url, {
      search: "?changes=1",
      beforeLoad: (page) => page.on("console", (message) => message.type() === "info" && info.push(message.text())),
    });
    const close = async () => {
      await opened.page.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    };
    return { ...opened, info, close };
  }

  it("a first build, rebuilt with no change, records only itself: ?changes=1 says no changes since it", async () => {
    const out = join(tempDir(), "graph.json");
    const corpus = copyFixture();
    buildGraphFile(corpus, out);
    // As `serve` starting over that folder: a rebuild that changes nothing keeps the record there.
    buildGraphFile(corpus, out);
    const opened = await site(out);
    try {
      expect(await opened.page.isVisible("#changes")).toBe(true);
      expect(await opened.page.textContent("#changes-since")).toMatch(
        /^No changes since \d{1,2} \w{3} 20\d\d, \d\d:\d\d$/,
      );
      expect(await opened.page.isVisible("#changes-toggle")).toBe(false);
      expect(await opened.page.isVisible("#changes-summary")).toBe(false);
      expect(await opened.page.evaluate(() => window.panelgraph.changeRings())).toEqual([]);
      expect(await opened.page.textContent("#legend")).not.toContain("Added since the last build");
      // Without ?changes=1 the control stays away, as before.
      await loadViewer(opened.page, opened.page.url().replace("?changes=1", ""));
      expect(await opened.page.isVisible("#changes")).toBe(false);
      expect(opened.info.filter((line) => line.includes("graph.changes.json"))).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("a graph.json copied in on its own: changes since the previous build, whose time it cannot give", async () => {
    const corpus = copyFixture();
    const first = join(tempDir(), "graph.json");
    buildGraphFile(corpus, first);
    const out = join(tempDir(), "graph.json");
    cpSync(first, out);
    addThirdMeeting(corpus);
    buildGraphFile(corpus, out);
    const opened = await site(out);
    try {
      expect(await opened.page.textContent("#changes-since")).toBe("Changed since the previous build");
      expect(await opened.page.textContent("#changes-compared")).toMatch(
        /^Compares this build \(.+\) with the graph\.json it replaced, which has no build time recorded with it/,
      );
      expect(await opened.page.textContent("#legend")).toContain("since the previous build");
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe("a node renamed (rename-entity) and one merged into another (merge-entity) since the last build", () => {
  it("are listed as renamed and merged and ringed as changed, not as nodes added and removed", async () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    for (const file of ["registry.yaml", "annotations/panel-a.yaml", "annotations/panel-b.yaml"]) {
      const path = join(corpus, file);
      writeFileSync(path, readFileSync(path, "utf8").replaceAll("northtown-council", "northtown"));
    }
    expect((await panelgraph("merge-entity", "ben-ode", "lee-moss", "--force", "--data", corpus)).code).toBe(0);
    buildGraphFile(corpus, out);
    writeFileSync(join(dirname(out), "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
    const port = await freePort();
    const dev = await createViewerServer({ graphFile: out, port, strictPort: true });
    const browser = await testChromium();
    try {
      const { page, errors } = await openPage(browser, `http://127.0.0.1:${port}/`, { search: "?changes=1" });
      expect(await page.textContent("#changes-summary")).toBe(
        "1 node renamed, 1 node merged into another, 1 node changed, nothing removed.",
      );
      const list = page.locator("#changes-list");
      expect(await list.locator("h3").allTextContents()).toEqual(["Renamed (1)", "Merged (1)", "Changed (1)"]);
      expect(await list.locator('button[data-node="northtown"]').textContent()).toContain("Northtown Council");
      expect(await list.textContent()).toContain("renamed from northtown-council");
      const merged = list.locator(".change-group", { hasText: "Merged (1)" }).locator("li");
      expect(await merged.textContent()).toBe("Ben Ode merged into Lee Moss · person");
      // The rings before a selection: selecting a node brings it into view, which may leave the other out of the frame.
      const rings = await page.evaluate(() => window.panelgraph.changeRings());
      expect(rings.map((r) => [r.node, r.kind]).sort()).toEqual([
        ["lee-moss", "changed"],
        ["northtown", "changed"],
      ]);
      await merged.locator('button[data-node="lee-moss"]').click();
      expect(await page.evaluate(() => window.panelgraph.state.selected)).toBe("lee-moss");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await dev.close();
    }
  }, 120_000);
});
