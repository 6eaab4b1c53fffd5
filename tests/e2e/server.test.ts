// The servers the project starts (Vite's dev server for `npm start`, `vite preview` for a built site) and the static
// build itself: localhost only, nothing outside the served folders reachable, and a Content-Security-Policy that
// forbids inline script (but the page's one load check, allowed by its hash).
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { preview, type PreviewServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_REGISTRY } from "../../src/cli/init.js";
import { createViewerServer } from "../../src/cli/serve.js";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import {
  analysePng,
  buildViewer,
  freePort,
  keepScreenshot,
  readerTitleClearance,
  testChromium,
  waitReady,
} from "../helpers/browser.js";
import { MINI_DIR, ROOT } from "../helpers/paths.js";
import { corpusGraph } from "./viewer-graph.js";

const CONFIG = join(ROOT, "vite.config.ts");

/** The CSP source that allows the page's one inline script: its SHA-256, as the browser computes it. */
function inlineScriptHash(html: string): string {
  const body = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  return `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
}

/** A GET with the path sent exactly as written (no URL normalisation on the client side). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const REPO = ROOT.replace(/\/$/, "");
/** Requests for files outside what the server should serve: the repository's package.json, the corpus, git. */
const ESCAPES = [
  "/../package.json",
  "/%2e%2e/package.json",
  "/%2E%2E/package.json",
  "/..%2fpackage.json",
  "/%2e%2e%2fpackage.json",
  "/%252e%252e%252fpackage.json",
  "/..\\package.json",
  "/..%5cpackage.json",
  "/./../package.json",
  "/assets/../../package.json",
  "/package.json",
  `/@fs${REPO}/package.json`,
  `/@fs${REPO}/graph-data/registry.yaml`,
  `/@fs${REPO}/.git/config`,
  `/@fs${REPO}/viewer/../package.json`,
  "/@fs/etc/passwd",
];

/** Files beside graph.json that are not the graph's: `panelgraph serve` serves graph.json, graph.view.json,
 * graph.changes.json and build-status.json from that folder, and nothing else. */
const NOT_GRAPH_FILES = ["/.env", "/.graph.json.123.tmp", "/notes.json", "/graph.gexf", "/graph.previous.json"];

function expectNotServed(responses: { path: string; status: number; body: string }[]) {
  for (const { path, status, body } of responses) {
    expect({ path, status }).toEqual({ path, status: 404 });
    expect(body).not.toContain('"name": "panelgraph"');
  }
}

describe("the dev server (`npm start`)", () => {
  const made: string[] = [];
  let publicDir: string;
  let server: ViteDevServer;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    publicDir = mkdtempSync(join(tmpdir(), "panelgraph-public-"));
    writeFileSync(join(publicDir, "graph.json"), serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR))));
    // As `panelgraph serve` leaves it after a good build.
    writeFileSync(join(publicDir, "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
    // What else may lie in the graph's folder: none of it is served.
    for (const name of NOT_GRAPH_FILES) writeFileSync(join(publicDir, name.slice(1)), '{ "name": "panelgraph" }');
    made.push(publicDir);
    // As `panelgraph serve` starts it; only the port and the graph are given: the host is the config's.
    server = await createViewerServer({ graphFile: join(publicDir, "graph.json"), port, strictPort: true });
  });
  afterAll(async () => {
    await server?.close();
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 only", () => {
    expect((server.httpServer!.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it("serves the viewer and the src/ modules it imports", async () => {
    expect((await get(port, "/")).status).toBe(200);
    expect((await get(port, "/main.ts")).status).toBe(200);
    // One the viewer imports: a module it does not import (src/model/schema.ts) would bring a package the page never
    // asks for (zod), and Vite would bundle the packages again under the next test's page (504 Outdated Optimize Dep).
    expect((await get(port, `/@fs${REPO}/src/model/vocabulary.ts`)).status).toBe(200);
  });

  it("runs the viewer in the browser: every module it imports is within the served folders", async () => {
    const browser = await testChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`http://127.0.0.1:${port}/`);
      await waitReady(page);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("shows a failed rebuild's problems over the last good graph, as text, and reloads on a good one", async () => {
    const failed = {
      ok: false,
      summary: "2 errors in graph-data: showing the last good graph",
      problems: ["registry.yaml:3  people.0.id  must be lowercase", "annotations/a.yaml:9  claims.0.to  <img src=x>"],
      // As many as a corpus of drafts not reviewed yet has: they come after the errors, folded.
      warnings: Array.from(
        { length: 40 },
        (_, i) =>
          `annotations/a.yaml:${i + 20}  entities.people.${i}.status  warning: suggested person, not reviewed yet: ` +
          `left out of the graph until accepted (value seen: "person-${i}"; check it, then set \`status: accepted\`)`,
      ),
    };
    writeFileSync(join(publicDir, "build-status.json"), JSON.stringify(failed));
    // The shipped corpus's graph, as in `npm start`: on the small one the banner never hid the graph.
    writeFileSync(join(publicDir, "graph.json"), serializeGraph(corpusGraph()));
    const browser = await testChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      await waitReady(page);
      expect(await page.isVisible("#build-banner")).toBe(true);
      expect(await page.textContent("#build-banner")).toContain(failed.summary);
      // The errors first, each marked as one; the warnings after them, folded under their count.
      expect(await page.locator("#build-banner ul.errors li").allTextContents()).toEqual(
        failed.problems.map((line) => `error ${line}`),
      );
      expect(await page.locator("#build-banner ul.errors li .kind").allTextContents()).toEqual(["error", "error"]);
      const warnings = page.locator("#build-banner details.warnings");
      expect(await warnings.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await warnings.locator("summary").textContent()).toBe("40 warnings (they did not stop the build)");
      expect(await warnings.locator("li").allTextContents()).toEqual(failed.warnings);
      expect(await page.locator("#build-banner img").count()).toBe(0);

      // The corpus is fixed: the server says so, and the page reloads without the banner.
      writeFileSync(join(publicDir, "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
      const reloaded = page.waitForEvent("load");
      server.ws.send({ type: "custom", event: "panelgraph:build", data: { ok: true, summary: "", problems: [] } });
      await reloaded;
      await waitReady(page);
      expect(await page.isHidden("#build-banner")).toBe(true);

      // Broken again: the banner comes back over the graph already shown, without a reload.
      server.ws.send({ type: "custom", event: "panelgraph:build", data: failed });
      await page.locator("#build-banner li").first().waitFor();
      expect(
        await page.evaluate(() => (window as unknown as { panelgraph: { ready: boolean } }).panelgraph.ready),
      ).toBe(true);

      // With the warnings open (a list longer than the banner, which then scrolls), the graph under it is still drawn.
      await page.locator("#build-banner details.warnings summary").click();
      const graphBox = (await page.locator("#graph").boundingBox())!;
      const bannerBox = (await page.locator("#build-banner").boundingBox())!;
      const below = {
        x: Math.round(graphBox.x),
        y: Math.round(bannerBox.y + bannerBox.height + 4),
        width: Math.round(graphBox.width),
        height: Math.round(graphBox.y + graphBox.height - (bannerBox.y + bannerBox.height) - 8),
      };
      const coloured = (png: Buffer) =>
        analysePng(
          page,
          png,
          ({ data }) => {
            let n = 0;
            for (let i = 0; i < data.length; i += 4) {
              if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40)
                n++;
            }
            return n;
          },
          null,
          below,
        );
      const withBanner = await coloured(await page.screenshot());
      keepScreenshot("build-banner-open.png", await page.screenshot());
      expect(withBanner).toBeGreaterThan(200);

      // Closed (by a click that does not move the pointer over the graph): the labels come back where the banner was,
      // without the camera moving.
      const banner = {
        left: bannerBox.x - graphBox.x,
        right: bannerBox.x + bannerBox.width - graphBox.x,
        bottom: bannerBox.y + bannerBox.height - graphBox.y,
      };
      const labelsUnderBanner = () =>
        page.evaluate(
          (b) =>
            (
              window as unknown as { panelgraph: { labels(): { top: number; left: number; right: number }[] } }
            ).panelgraph
              .labels()
              .filter((l) => l.top < b.bottom && l.right > b.left && l.left < b.right).length,
          banner,
        );
      expect(await labelsUnderBanner()).toBe(0);
      await page.evaluate(() => document.querySelector<HTMLButtonElement>("#build-banner .close")!.click());
      await expect.poll(labelsUnderBanner).toBeGreaterThan(0);

      // Stopped by something other than the corpus: the summary says what, and there is no list of problems.
      const stopped = {
        ok: false,
        summary: `cannot write ${publicDir}/graph.json: that path is a folder; showing the last good graph`,
        problems: [],
      };
      server.ws.send({ type: "custom", event: "panelgraph:build", data: stopped });
      await expect.poll(() => page.textContent("#build-banner")).toContain(stopped.summary);
      expect(await page.locator("#build-banner li").count()).toBe(0);
      expect(await page.locator("#build-banner details").count()).toBe(0);
    } finally {
      await browser.close();
      writeFileSync(join(publicDir, "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
      writeFileSync(join(publicDir, "graph.json"), serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR))));
    }
  });

  it("the build banner does not cover the source reader's title, on a wide window and a phone", async () => {
    const failed = {
      ok: false,
      summary: "3 errors in graph-data: showing the last good graph",
      problems: [1, 2, 3].map((n) => `annotations/a.yaml:${n}  claims.${n}.to  not in the registry: "theme-${n}"`),
    };
    const browser = await testChromium();
    try {
      for (const [width, height, bannerFirst] of [
        [1400, 900, true],
        [390, 844, false],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`http://127.0.0.1:${port}/?node=lee-moss`);
        await waitReady(page);
        const showBanner = async () => {
          server.ws.send({ type: "custom", event: "panelgraph:build", data: failed });
          await page.locator("#build-banner .banner-head").waitFor();
        };
        // Opened under a banner already there, or the banner coming over a reader already open.
        if (bannerFirst) await showBanner();
        await page.locator("#panel-body button.quote").first().click();
        await page.locator("#reader-mark").waitFor();
        if (!bannerFirst) await showBanner();
        await expect.poll(() => readerTitleClearance(page)).toMatchObject({ atTitle: "reader-title" });
        expect((await readerTitleClearance(page)).room).toBeGreaterThanOrEqual(0);
        keepScreenshot(`build-banner-reader-${width}.png`, await page.screenshot());
        // On the phone the banner keeps its head line while the reader is open; its list comes back once it closes.
        expect(await page.isVisible("#build-banner li")).toBe(width > 900);
        await page.click("#reader-close");
        expect(await page.isVisible("#build-banner li")).toBe(true);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it("an empty corpus: the page says the graph is empty and what to do, instead of a blank canvas", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "panelgraph-empty-"));
    made.push(corpus);
    writeFileSync(join(corpus, "registry.yaml"), EMPTY_REGISTRY);
    mkdirSync(join(corpus, "sources"));
    mkdirSync(join(corpus, "annotations"));
    writeFileSync(join(publicDir, "graph.json"), serializeGraph(buildAnalysedGraph(loadValidCorpus(corpus))));
    const browser = await testChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await waitReady(page);
      expect(await page.textContent("#status")).toContain("0 nodes, 0 edges");
      expect(await page.isVisible("#empty-hint")).toBe(true);
      const hint = (await page.textContent("#empty-hint"))!;
      expect(hint).toContain("The graph is empty: the corpus has nothing accepted yet.");
      expect(hint).toContain("npx panelgraph add-source <file> --data <corpus>");
      expect(hint).toContain("npx panelgraph suggest <source-id> --data <corpus>");
      expect(hint).toContain("status: accepted");
      keepScreenshot("empty-graph.png", await page.screenshot());
    } finally {
      await browser.close();
      writeFileSync(join(publicDir, "graph.json"), serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR))));
    }
  });

  it("answers 404 to a path that leaves the served folders, in any encoding, and to /@fs/ outside them", async () => {
    const responses = await Promise.all(ESCAPES.map(async (path) => ({ path, ...(await get(port, path)) })));
    expectNotServed(responses);
  });

  it("serves only graph.json and build-status.json from the graph's folder, not its hidden or other files", async () => {
    const responses = await Promise.all(NOT_GRAPH_FILES.map(async (path) => ({ path, ...(await get(port, path)) })));
    expectNotServed(responses);
    expect((await get(port, "/graph.json")).status).toBe(200);
    expect((await get(port, "/build-status.json")).status).toBe(200);
    // Beside a small graph there is no graph.view.json, and asking for one is an ordinary 404.
    expect((await get(port, "/graph.view.json")).status).toBe(404);
  });
});

describe("the static build (`npm run build`) and `vite preview`", () => {
  let outDir: string;
  let server: PreviewServer;
  let port: number;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await buildViewer(serializeGraph(buildAnalysedGraph(loadValidCorpus(MINI_DIR))));
    port = await freePort();
    server = await preview({
      configFile: CONFIG,
      build: { outDir },
      preview: { port, strictPort: true },
      logLevel: "silent",
    });
    browser = await testChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("ships a Content-Security-Policy that allows scripts only from the site itself", () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'");
    const directives = new Map(
      policy.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    // The site's own files, and the one inline script (which says so when the viewer's code does not load) by its hash.
    expect(directives.get("script-src")).toEqual(["'self'", inlineScriptHash(html)]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The policy comes before any script, so it covers all of them.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("has one inline script, the load check; every other <script> has a src, and no element an on… handler", () => {
    const pages = readdirSync(outDir).filter((f) => f.endsWith(".html"));
    expect(pages).toEqual(["index.html"]);
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    const inline = scripts.filter(([, attributes]) => !/\bsrc=/.test(attributes!));
    expect(inline).toHaveLength(1);
    expect(inline[0]![0]).toMatch(/^<script>[\s\S]*The viewer's code did not load/);
    expect(scripts.length).toBeGreaterThan(1);
    for (const [, attributes, body] of scripts.filter((s) => !inline.includes(s))) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("the browser enforces it: the viewer runs, and a script injected inline does not", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitReady(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true;";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("listens on 127.0.0.1 only", () => {
    expect((server.httpServer.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it("serves the site and its graph", async () => {
    expect((await get(port, "/")).status).toBe(200);
    expect((await get(port, "/graph.json")).status).toBe(200);
  });

  it("answers 404 to a path that leaves the site, in any encoding", async () => {
    const responses = await Promise.all(ESCAPES.map(async (path) => ({ path, ...(await get(port, path)) })));
    expectNotServed(responses);
  });
});
