// Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser). Without Chromium they
// fail with a message saying how to install it; they never skip. `openViewer` is the one way a test starts a page on
// a served viewer: the site built and served (or the dev server), Chromium, and a page that has said it is ready.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build, mergeConfig, preview, type PreviewServer, type Rolldown } from "vite";
import { expect } from "vitest";
import { viewerConfig } from "../../vite.config.js";
import { createViewerServer, serveViewer, type ServedViewer } from "../../src/cli/serve.js";
import { ROOT } from "./paths.js";

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A Chromium of its own, which `close()` ends (the bench measures its processes). Tests take `testChromium()`. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium. ` +
        "Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

let running: Promise<Browser> | undefined;

/**
 * Chromium for a browser test: one started for the worker (its files run one after another, vitest.config.ts) and
 * kept from file to file, as starting it, its first page and closing it cost about a second a file. What a test gets
 * holds its pages in browser contexts of their own (cookies, storage, cache, downloads: nothing is shared between
 * pages), and its `close()` closes those contexts, not Chromium, which playwright ends when the worker exits.
 * Its pages ask for reduced motion (`prefers-reduced-motion: reduce`) unless told `reducedMotion: "no-preference"`:
 * the viewer's camera then jumps where it would glide, where each glide drew a few dozen frames in software
 * (SwiftShader); the tests of the glides themselves ask for motion.
 */
export async function testChromium(): Promise<Browser> {
  let browser = await (running ??= launchChromium());
  if (!browser.isConnected()) browser = await (running = launchChromium());
  const contexts = new Set<BrowserContext>();
  const own = <T extends Page | BrowserContext>(opened: T): T => {
    contexts.add("context" in opened ? opened.context() : opened);
    return opened;
  };
  return new Proxy(browser, {
    get(target, name) {
      if (name === "newPage") {
        return async (options?: Parameters<Browser["newPage"]>[0]) =>
          own(await target.newPage({ reducedMotion: "reduce", ...options }));
      }
      if (name === "newContext") {
        return async (options?: Parameters<Browser["newContext"]>[0]) =>
          own(await target.newContext({ reducedMotion: "reduce", ...options }));
      }
      if (name === "contexts") return () => [...contexts];
      if (name === "close") return async () => void (await Promise.all([...contexts].map((c) => c.close())));
      const value = Reflect.get(target, name, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The viewer's files as `vite build` writes them, but graph.json: built once a process (see buildViewer). */
let bundle: Promise<{ fileName: string; source: string | Uint8Array }[]> | undefined;

async function viewerBundle() {
  // The config `npm run build` uses, publishing a placeholder graph (each call writes its own graph.json).
  const graphDir = mkdtempSync(join(tmpdir(), "panelgraph-graph-"));
  writeFileSync(join(graphDir, "graph.json"), "{}");
  try {
    const built = await build(
      mergeConfig(viewerConfig({ graphFile: join(graphDir, "graph.json") }), {
        configFile: false,
        build: { write: false },
        logLevel: "error",
      }),
    );
    // With `write: false`, vite hands back what it would have written.
    return ((Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[])
      .flatMap(({ output }) =>
        output.map((file) => ({ fileName: file.fileName, source: file.type === "chunk" ? file.code : file.source })),
      )
      .filter((file) => file.fileName !== "graph.json");
  } finally {
    rmSync(graphDir, { recursive: true, force: true });
  }
}

/**
 * Builds the viewer as `npm run build` does (same vite.config.ts) into a temporary folder, with `graphJson` as its
 * graph.json, and returns that folder: the tests exercise the static site users host, not the dev server. The build
 * is made once and its files written again for each call: `vite build` publishes graph.json as it is (publishGraph),
 * and nothing else it writes depends on it.
 */
export async function buildViewer(graphJson: string): Promise<string> {
  const files = await (bundle ??= viewerBundle());
  const outDir = mkdtempSync(join(tmpdir(), "panelgraph-dist-"));
  for (const { fileName, source } of files) {
    mkdirSync(dirname(join(outDir, fileName)), { recursive: true });
    writeFileSync(join(outDir, fileName), source);
  }
  writeFileSync(join(outDir, "graph.json"), graphJson);
  return outDir;
}

/**
 * Builds the site as `npm run build` does, publishing `graphFile` and the files `panelgraph build` wrote beside it
 * (graph.view.json, graph.changes.json), into a new temporary folder, and returns that folder. A whole `vite build`
 * (a few seconds): for a test of what the build publishes with the graph; `buildViewer` reuses one bundle.
 */
export async function buildSite(graphFile: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "panelgraph-site-"));
  await build(
    mergeConfig(viewerConfig({ graphFile }), {
      configFile: false,
      logLevel: "error",
      build: { outDir, emptyOutDir: true },
    }),
  );
  return outDir;
}

/** Serves a built viewer folder with `vite preview` (the config's preview settings) on a free port of 127.0.0.1. */
export async function serveBuilt(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const port = await freePort();
  const server = await preview({
    configFile: `${ROOT}vite.config.ts`,
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: "error",
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

/**
 * `panelgraph serve` on the corpus in `dataDir`, as the review tests use it: a free port of 127.0.0.1, the graph built
 * into a temporary folder, nothing printed, rebuilds 100 ms after a change.
 */
export async function serveCorpus(dataDir: string): Promise<ServedViewer> {
  return serveViewer({
    dataDir,
    graphFile: join(mkdtempSync(join(tmpdir(), "panelgraph-serve-")), "graph.json"),
    port: await freePort(),
    host: "127.0.0.1",
    write: () => {},
    debounce: 100,
  });
}

/** How the viewer is served: the static site `npm run build` makes (`vite preview`), or the dev server of `npm start`. */
export type Serving = "build" | "dev";

export interface SiteOptions {
  /** Default "build". */
  serving?: Serving;
  /** With "build": called on the built folder before it is served, to add files beside graph.json. */
  prepare?: (outDir: string) => Promise<void> | void;
}

export interface PageOptions {
  /** Default 1440 × 900. */
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel (default 1): a laptop's 150 % display scaling is 1.5. */
  deviceScaleFactor?: number;
  /** What the page's `prefers-reduced-motion` says (default "reduce", testChromium): "no-preference" for the glides. */
  reducedMotion?: "reduce" | "no-preference";
  /** Added to the site's URL: a query (`?node=…`) or a path under it (`stock/`). */
  search?: string;
  /** Called on the new page before it loads, for what must see the load: request listeners, init scripts. */
  beforeLoad?: (page: Page) => unknown;
  /** How long the page may take to say it is ready, in ms (default 60 s). */
  timeout?: number;
}

export interface ViewerPage {
  page: Page;
  /** Console errors and uncaught exceptions, in the order they came. */
  errors: string[];
  /** Uncaught exceptions only. */
  pageErrors: string[];
  /** Messages of the dialogs (alert, confirm, …) the page opened; each is dismissed. */
  dialogs: string[];
}

export interface ViewerSite {
  url: string;
  browser: Browser;
  /** A new page on the site, loaded and ready. */
  open(options?: PageOptions): Promise<ViewerPage>;
  /** Closes the browser and the server and removes the files made for them. */
  close(): Promise<void>;
}

export type OpenedViewer = ViewerSite & ViewerPage;

/** Keeps a picture a test made as test-output/<name>, for a person to look at (no test reads it back). */
export function keepScreenshot(name: string, png: Buffer): void {
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", name), png);
}

/**
 * How the source reader's title stands against the banners over the graph's top (#top-banners: the build banner, the
 * review hint): the room from the lowest one shown to the title's top (negative where one covers it), and the id of
 * what is drawn at the title's middle ("reader-title" when nothing covers it).
 */
export function readerTitleClearance(page: Page): Promise<{ room: number; atTitle: string | undefined }> {
  return page.evaluate(() => {
    const title = document.querySelector("#reader-title")!.getBoundingClientRect();
    const banners = [...document.querySelectorAll("#build-banner:not([hidden]), #review-hint:not([hidden])")];
    const bottom = Math.max(...banners.map((banner) => banner.getBoundingClientRect().bottom));
    const at = document.elementFromPoint(title.left + title.width / 2, title.top + title.height / 2);
    return { room: title.top - bottom, atTitle: at?.closest("#reader-title, #build-banner, #review-hint")?.id };
  });
}

/** How many rows the elements take: one starts a new row when its top is below the bottom of the row above. */
export function rowCount(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (elements) => {
    const boxes = elements
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => e.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let count = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      if (box.top >= bottom) count++;
      bottom = Math.max(bottom, box.bottom);
    }
    return count;
  });
}

/** Waits until the viewer on `page` has drawn its graph and set `window.panelgraph.ready`. */
export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { panelgraph?: { ready: boolean } }).panelgraph?.ready === true,
    null,
    { timeout },
  );
}

/** Loads `url` (the viewer, with a query perhaps) in `page` and waits until the viewer there is ready. */
export async function loadViewer(page: Page, url: string, timeout?: number): Promise<void> {
  await page.goto(url);
  await waitReady(page, timeout);
}

/** Waits until the viewer's camera has stopped moving (a search, a zoom button, a selection's fit). */
export async function cameraStill(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () =>
      !(
        window as unknown as { panelgraph: { renderer: { getCamera(): { isAnimated(): boolean } } } }
      ).panelgraph.renderer
        .getCamera()
        .isAnimated(),
    null,
    timeout === undefined ? {} : { timeout },
  );
}

/**
 * Decodes the PNG `png` in `page` (as the browser draws it) and runs `analyse` there on its pixels, or on those of
 * `box` (outside the image they are transparent black), with `arg`: what `analyse` returns comes back.
 */
export async function analysePng<A, R>(
  page: Page,
  png: Buffer,
  analyse: (pixels: ImageData, arg: A) => R,
  arg: A,
  box?: { x: number; y: number; width: number; height: number },
): Promise<R> {
  const pixels = await page.evaluateHandle(
    async ({ base64, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { x, y, width, height } = box ?? { x: 0, y: 0, width: image.width, height: image.height };
      return context.getImageData(x, y, width, height);
    },
    { base64: png.toString("base64"), box },
  );
  try {
    // `arg` reaches the page serialised, as the callers give it.
    return await pixels.evaluate(analyse as (pixels: ImageData, arg: unknown) => R, arg);
  } finally {
    await pixels.dispose();
  }
}

/**
 * Counts the pixels of the PNG `png`, inside `box`, that are dark (text) and that are each of `colours` (hex, as
 * "#1f77b4": swatches, nodes), decoded in `page` as the browser draws it.
 */
export function countPixels(
  page: Page,
  png: Buffer,
  box: { x: number; y: number; width: number; height: number },
  colours: string[],
): Promise<{ dark: number; found: number[] }> {
  return analysePng(
    page,
    png,
    ({ data }, colours) => {
      const wanted = colours.map((hex) => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)));
      const found = colours.map(() => 0);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r + g + b < 3 * 110) dark++;
        wanted.forEach(([wr, wg, wb], k) => {
          if (Math.abs(r - wr!) + Math.abs(g - wg!) + Math.abs(b - wb!) < 12) found[k]!++;
        });
      }
      return { dark, found };
    },
    colours,
    box,
  );
}

/** A new page of `browser` on the viewer at `url`, collecting its errors and dialogs, once the viewer is ready. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<ViewerPage> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    acceptDownloads: true,
  });
  const opened: ViewerPage = { page, errors: [], pageErrors: [], dialogs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") opened.errors.push(message.text());
  });
  page.on("pageerror", (error) => {
    opened.errors.push(error.message);
    opened.pageErrors.push(error.message);
  });
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await options.beforeLoad?.(page);
  await loadViewer(page, url + (options.search ?? ""), options.timeout);
  return opened;
}

/** Serves the viewer on `graphJson` (built and previewed, or the dev server) and starts Chromium for it. */
export async function startViewer(graphJson: string, options: SiteOptions = {}): Promise<ViewerSite> {
  const cleanup: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const step of cleanup.reverse()) await step();
  };
  try {
    let url: string;
    if ((options.serving ?? "build") === "build") {
      const outDir = await buildViewer(graphJson);
      cleanup.push(() => rmSync(outDir, { recursive: true, force: true }));
      await options.prepare?.(outDir);
      const served = await serveBuilt(outDir);
      cleanup.push(() => served.server.close());
      url = served.url;
    } else {
      const dir = mkdtempSync(join(tmpdir(), "panelgraph-dev-"));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      writeFileSync(join(dir, "graph.json"), graphJson);
      // As `panelgraph serve` leaves it after a good build (the page asks for it).
      writeFileSync(join(dir, "build-status.json"), JSON.stringify({ ok: true, summary: "", problems: [] }));
      const port = await freePort();
      const server = await createViewerServer({ graphFile: join(dir, "graph.json"), port, strictPort: true });
      cleanup.push(() => server.close());
      url = `http://127.0.0.1:${port}/`;
    }
    const browser = await testChromium();
    cleanup.push(() => browser.close());
    return { url, browser, open: (pageOptions) => openPage(browser, url, pageOptions), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** `startViewer` and one page on it: what most browser tests need. `close()` ends them all. */
export async function openViewer(graphJson: string, options: SiteOptions & PageOptions = {}): Promise<OpenedViewer> {
  const site = await startViewer(graphJson, options);
  try {
    return { ...site, ...(await site.open(options)) };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/**
 * Where `words` (their `occurrence`-th time, counted over the whole text) stand in the review's source text: the
 * points just inside their first and last character, for a mouse to select them as a reader would; null if absent.
 */
export async function wordsBox(
  page: Page,
  words: string,
  occurrence = 1,
): Promise<{ x1: number; y1: number; x2: number; y2: number } | null> {
  return await page.evaluate(
    ([wanted, nth]) => {
      const body = document.querySelector(".review-text-body")!;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join("");
      let at = -1;
      for (let n = 0; n < nth; n++) at = whole.indexOf(wanted, at + 1);
      if (at === -1) return null;
      /** The text node and offset of a character offset of the whole text. */
      const point = (offset: number): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (offset <= seen + n.data.length) return [n, offset - seen];
          seen += n.data.length;
        }
        throw new Error("past the end");
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + wanted.length));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const [first, last] = [rects[0]!, rects[rects.length - 1]!];
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    [words, occurrence] as const,
  );
}

/** Selects `words` in Review's source text with the mouse, as a reader would, and waits for the new claim's form. */
export async function selectWordsForClaim(page: Page, words: string): Promise<void> {
  const box = await wordsBox(page, words, 1);
  expect(box, words).not.toBeNull();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move(box!.x2, box!.y2, { steps: 5 });
  await page.mouse.up();
  await page.waitForSelector(".review-form");
}

/** The value of the open review form's field `name`. */
export const formField = (page: Page, name: string) => page.inputValue(`.review-form [name="${name}"]`);
