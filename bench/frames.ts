// Interactions timed to the painted frame, the same way on our viewer and on stock sigma (bench/stock): a log of
// every frame Sigma renders (at `afterRender`, with what it shows: the selected node, the camera) and of the time it
// reaches the screen (the animation frame after that render); the input events' `timeStamp`s; and the time from the
// input to the first painted frame that shows its result. Used by bench/viewer.ts and tests/e2e/bench-frames.test.ts.
import type { Page } from "playwright-core";

/** Our viewer (window.panelgraph) or stock sigma (window.stockSigma, bench/stock/main.ts). */
export type Subject = "ours" | "stock";

interface Camera {
  getState(): { x: number; y: number; ratio: number; angle: number };
  setState(state: { x: number; y: number; ratio: number; angle: number }): void;
  isAnimated(): boolean;
}
interface Renderer {
  on(event: "beforeRender" | "afterRender", listener: () => void): void;
  getCamera(): Camera;
  getContainer(): HTMLElement;
  getNodeDisplayData(node: string): { x: number; y: number } | undefined;
  getSetting(name: "doubleClickTimeout"): number;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
}
export interface FrameEntry {
  /** When the render started and ended, and when the animation frame after it ran (0 until then). */
  started: number;
  rendered: number;
  painted: number;
  selected: string | null;
  x: number;
  y: number;
}
interface FrameLog {
  renderer: Renderer;
  frames: FrameEntry[];
  /** Input events of the `armed` type since it was armed. */
  inputs: number[];
  armed: string | null;
  lastRender: number;
  /** When the last mouse button was released (the start of Sigma's double-click window). */
  lastUp: number;
  clear(): void;
}
declare const window: Window & {
  benchLog: FrameLog;
  panelgraph: {
    renderer: Renderer;
    state: { selected: string | null };
    graph: { getNodeAttribute(node: string, name: "label"): string };
    select(node: string | null): void;
  };
  stockSigma: {
    renderer: Renderer;
    graph: { getNodeAttribute(node: string, name: "label"): string };
    selected(): string | null;
    clear(): void;
  };
};

/** Starts the frame log on the page's renderer. Call once the page has drawn its first frame. */
export async function installFrameLog(page: Page, subject: Subject): Promise<void> {
  // tsx compiles named inner functions with esbuild's `__name` helper, which the page does not have.
  await page.evaluate("globalThis.__name = (f) => f");
  await page.evaluate((subject) => {
    const renderer = subject === "ours" ? window.panelgraph.renderer : window.stockSigma.renderer;
    // Ours counts as showing a selection once the panel shows it too (the panel is filled before the render).
    const selected =
      subject === "ours"
        ? () =>
            document.getElementById("panel")?.classList.contains("has-selection")
              ? window.panelgraph.state.selected
              : null
        : () => window.stockSigma.selected();
    const log: FrameLog = {
      renderer,
      frames: [],
      inputs: [],
      armed: null,
      lastRender: performance.now(),
      lastUp: 0,
      clear() {
        log.frames = [];
        log.inputs = [];
      },
    };
    window.benchLog = log;
    let started = 0;
    renderer.on("beforeRender", () => (started = performance.now()));
    renderer.on("afterRender", () => {
      const { x, y } = renderer.getCamera().getState();
      const entry: FrameEntry = { started, rendered: performance.now(), painted: 0, selected: selected(), x, y };
      log.frames.push(entry);
      log.lastRender = entry.rendered;
      requestAnimationFrame(() => (entry.painted = performance.now()));
    });
    document.addEventListener("mouseup", () => (log.lastUp = performance.now()), { capture: true });
    for (const type of ["mouseup", "keydown", "mousemove"]) {
      document.addEventListener(type, (event) => log.armed === type && log.inputs.push(event.timeStamp), {
        capture: true,
      });
    }
  }, subject);
}

/** Waits until nothing has been rendered for `ms` and the camera is still. */
async function quiet(page: Page, ms = 300): Promise<void> {
  await page.waitForFunction(
    (ms) => performance.now() - window.benchLog.lastRender > ms && !window.benchLog.renderer.getCamera().isAnimated(),
    ms,
    { polling: 50, timeout: 300_000 },
  );
}

/**
 * Waits until a press now would be a click of its own: Sigma counts a second click within `doubleClickTimeout` of the
 * last one as a double click and emits no click for it (on a slow machine the next click can come that soon).
 */
async function pastDoubleClick(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.now() - window.benchLog.lastUp > window.benchLog.renderer.getSetting("doubleClickTimeout") + 50,
    undefined,
    { polling: 50, timeout: 60_000 },
  );
}

/** Clears the log and records the next events of `type`. */
async function arm(page: Page, type: "mouseup" | "keydown" | "mousemove"): Promise<void> {
  await page.evaluate((type) => {
    window.benchLog.clear();
    window.benchLog.armed = type;
  }, type);
}

/**
 * Seconds from the first armed input event to the painted frame that first shows `want`: a selection (any node, or
 * `node`), or the camera at `camera`. Throws if no such frame comes within the timeout.
 */
async function paintedAfterInput(
  page: Page,
  want: { selected: string | true } | { camera: { x: number; y: number } },
): Promise<number> {
  const timeout = 120_000;
  const handle = await page
    .waitForFunction(
      (want) => {
        const log = window.benchLog;
        if (log.inputs.length === 0) return false;
        const shows = (f: FrameEntry) =>
          "selected" in want
            ? want.selected === true
              ? f.selected !== null
              : f.selected === want.selected
            : Math.abs(f.x - want.camera.x) < 1e-9 && Math.abs(f.y - want.camera.y) < 1e-9;
        const frame = log.frames.find(shows);
        if (!frame || frame.painted === 0) return false;
        log.armed = null;
        (window as unknown as { benchLast: unknown }).benchLast = {
          input: log.inputs[0],
          frames: log.frames.map((f) => ({ start: f.started, render: f.rendered - f.started, painted: f.painted })),
        };
        return frame.painted - log.inputs[0]!;
      },
      want,
      { polling: 20, timeout },
    )
    .catch(async (error: unknown) => {
      const seen = await page.evaluate(() => ({
        inputs: window.benchLog.inputs.length,
        frames: window.benchLog.frames.length,
      }));
      throw new Error(
        `no painted frame showed ${JSON.stringify(want)} within ${timeout / 1000} s of the input ` +
          `(${seen.inputs} input events and ${seen.frames} frames seen): ${String(error)}`,
      );
    });
  return ((await handle.jsonValue()) as number) / 1000;
}

/** Back to the whole graph with nothing selected, and nothing left to draw. */
async function reset(page: Page, subject: Subject, quietMs?: number): Promise<void> {
  await page.evaluate((subject) => {
    if (subject === "ours") window.panelgraph.select(null);
    else window.stockSigma.clear();
    window.benchLog.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, subject);
  await page.mouse.move(1, 1);
  await quiet(page, quietMs);
}

/**
 * Up to `count` of `candidates`, in their order, whose node is on screen and can be clicked there (nothing of the page
 * over it, not too close to the edge), each with its position in the page.
 */
async function clickable(page: Page, candidates: string[], count: number) {
  return page.evaluate(
    ({ candidates, count }) => {
      const renderer = window.benchLog.renderer;
      const container = renderer.getContainer();
      const box = container.getBoundingClientRect();
      const found: { node: string; x: number; y: number }[] = [];
      for (const node of candidates) {
        if (found.length >= count) break;
        const data = renderer.getNodeDisplayData(node);
        if (!data) continue;
        const p = renderer.framedGraphToViewport(data);
        const [x, y] = [box.left + p.x, box.top + p.y];
        if (p.x < 30 || p.y < 30 || p.x > box.width - 30 || p.y > box.height - 30) continue;
        if (!container.contains(document.elementFromPoint(x, y))) continue;
        found.push({ node, x, y });
      }
      return found;
    },
    { candidates, count },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Medians of the interactions, each from the input event to the painted frame that shows its result, and counts. */
export interface InteractionTimes {
  /** A click on a node (nothing selected before) to the painted frame that shows it selected (ours: panel filled). */
  clickSeconds: number;
  /** Enter in the search box, the node's label typed, to the painted frame that shows that node selected. */
  searchSeconds: number;
  /** A drag of 100 px (ten mouse moves, button down): first move to the painted frame at the camera's end position. */
  panSeconds: number;
  clicks: number;
  searches: number;
  pans: number;
}

export interface Interactions extends InteractionTimes {
  /** The nodes clicked and searched for, and what each ended up selecting (for tests of the harness). */
  clicked: { node: string; selected: string | null }[];
  searched: { node: string; selected: string | null }[];
}

/**
 * Clicks, searches and pans on the page, each from the whole graph with nothing selected: `candidates` are node ids in
 * a seeded random order (the first on-screen ones are clicked and searched for). Before each input the page must
 * have drawn nothing for `rounds.quietMs` (default 300 ms); a test of the harness, which times nothing, waits less.
 */
export async function measureInteractions(
  page: Page,
  subject: Subject,
  candidates: string[],
  rounds: { clicks: number; searches: number; pans: number; quietMs?: number },
): Promise<Interactions> {
  const quietMs = rounds.quietMs ?? 300;
  const selectedNow = () =>
    page.evaluate(
      (subject) => (subject === "ours" ? window.panelgraph.state.selected : window.stockSigma.selected()),
      subject,
    );
  const clicks: number[] = [];
  const clicked: Interactions["clicked"] = [];
  await reset(page, subject, quietMs);
  for (const { node, x, y } of await clickable(page, candidates, rounds.clicks)) {
    // The pointer rests on the node first (hovering may redraw), then the press and release.
    await page.mouse.move(x, y);
    await quiet(page, quietMs);
    await pastDoubleClick(page);
    await arm(page, "mouseup");
    await page.mouse.down();
    await page.mouse.up();
    clicks.push(await paintedAfterInput(page, { selected: true }));
    clicked.push({ node, selected: await selectedNow() });
    await reset(page, subject, quietMs);
  }

  const searches: number[] = [];
  const searched: Interactions["searched"] = [];
  for (const node of candidates.slice(0, rounds.searches)) {
    const label = await page.evaluate(
      ({ subject, node }) =>
        (subject === "ours" ? window.panelgraph : window.stockSigma).graph.getNodeAttribute(node, "label"),
      { subject, node },
    );
    await page.fill("#search", label);
    if (subject === "ours") await page.waitForSelector("#search-options li", { timeout: 60_000 });
    await quiet(page, quietMs);
    await arm(page, "keydown");
    await page.keyboard.press("Enter");
    searches.push(await paintedAfterInput(page, { selected: true }));
    searched.push({ node, selected: await selectedNow() });
    await page.fill("#search", "");
    await reset(page, subject, quietMs);
  }

  const pans: number[] = [];
  const box = await page.evaluate(() => {
    const r = window.benchLog.renderer.getContainer().getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  for (let i = 0; i < rounds.pans; i++) {
    const y = box.y + (i - 1) * 40;
    await page.mouse.move(box.x - 50, y);
    await quiet(page, quietMs);
    await page.mouse.down();
    await quiet(page, quietMs);
    await arm(page, "mousemove");
    await page.mouse.move(box.x + 50, y, { steps: 10 });
    const camera = await page.evaluate(() => window.benchLog.renderer.getCamera().getState());
    pans.push(await paintedAfterInput(page, { camera }));
    await page.mouse.up();
    await reset(page, subject, quietMs);
  }
  return {
    clickSeconds: median(clicks),
    searchSeconds: median(searches),
    panSeconds: median(pans),
    clicks: clicks.length,
    searches: searches.length,
    pans: pans.length,
    clicked,
    searched,
  };
}
