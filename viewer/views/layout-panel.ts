// Layout in the browser: run ForceAtlas2 from the picture on screen (core/layout-run.ts), stop it (noverlap then
// spreads overlapping nodes apart), or go back to the build's layout. Sigma draws positions from the graph's x/y
// (its indexing reads them, not the reducers), so a run writes them there; the build's are kept aside when a run
// starts and written back exactly by "reset". A reload or a shared link always opens on the build's layout.
import type { PanelGraph } from "../../src/model/graph.ts";
import { createLayoutRun, type LayoutRun, type Positions } from "../core/layout-run.ts";
import { moveCamera, WHOLE_GRAPH } from "../core/renderer.ts";
import { button, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

/** Writes positions into the graph's x/y in one update (Sigma redraws once, at its next frame). */
function place(graph: PanelGraph, at: (id: string) => { x: number; y: number } | undefined): void {
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const p = at(id);
      if (p) {
        attributes.x = p.x;
        attributes.y = p.y;
      }
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

export function createLayoutPanel({ graph, renderer, signal }: ToolContext, body: HTMLElement): void {
  const status = h("p", { className: "meta layout-status", attrs: { role: "status" } });
  let run: LayoutRun | null = null;
  /** The build's positions, while a layout computed here is on screen. */
  let built: Map<string, { x: number; y: number }> | null = null;

  const show = (positions: Positions) =>
    place(graph, (id) => {
      const i = positions.index.get(id);
      return i === undefined ? undefined : { x: positions.xy[2 * i]!, y: positions.xy[2 * i + 1]! };
    });
  /** A node's disc in the layout's units: its size on screen times the graph units a pixel spans at the default zoom. */
  const sizeInLayout = () => {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((_, { x = 0, y = 0 }) => {
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    });
    const { width, height } = renderer.getDimensions();
    const perPixel = Math.max(maxX - minX, maxY - minY, 1e-9) / Math.max(1, Math.min(width, height));
    return (id: string) => (renderer.getNodeDisplayData(id)?.size ?? 4) * perPixel;
  };
  // From Stop until noverlap's picture is drawn: the batch under way still arrives (and is drawn) after Stop, and Sigma
  // draws the last positions at its next frame, so the status says "computed" only once the last picture is on screen.
  let stopping = false;
  const describe = () => {
    const running = run?.running ?? false;
    start.disabled = running || stopping;
    stop.disabled = !running;
    reset.disabled = built === null;
    status.textContent = stopping
      ? "Stopping, then spreading overlapping nodes apart…"
      : running
        ? `ForceAtlas2 running: ${run!.iterations.toLocaleString("en-GB")} iterations`
        : built
          ? `Layout computed here (${(run?.iterations ?? 0).toLocaleString("en-GB")} iterations of ForceAtlas2, then noverlap)`
          : "The build's layout";
  };

  const start = button("Start ForceAtlas2", () => {
    run?.destroy();
    built ??= new Map(graph.mapNodes((id, { x = 0, y = 0 }) => [id, { x, y }] as const));
    run = createLayoutRun(graph, {
      from: (id) => {
        const { x = 0, y = 0 } = graph.getNodeAttributes(id);
        return { x, y };
      },
      size: sizeInLayout(),
      onPositions: (positions) => {
        show(positions);
        describe();
      },
    });
    run.start();
    describe();
  });
  start.id = "layout-start";
  const stop = button("Stop", async () => {
    const stopped = run;
    stopping = true;
    describe();
    await stopped?.stop();
    // Sigma asked for its frame when the positions were written, before this one: it has drawn them when this runs.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // A reset while stopping has ended this run (and said so).
    if (run !== stopped) return;
    stopping = false;
    describe();
  });
  stop.id = "layout-stop";
  const reset = button("Back to the build's layout", () => {
    run?.destroy();
    run = null;
    stopping = false;
    if (built) {
      const saved = built;
      place(graph, (id) => saved.get(id));
      built = null;
    }
    moveCamera(renderer.getCamera(), WHOLE_GRAPH, 300);
    describe();
  });
  reset.id = "layout-reset";
  signal.addEventListener("abort", () => run?.destroy());

  body.append(
    h("h2", { text: "Layout" }),
    h("p", {
      className: "meta",
      text:
        "The graph opens with the layout computed when it was built. ForceAtlas2 runs here in the background from " +
        "the picture on screen; stopping it spreads overlapping nodes apart (noverlap). The build's layout stays " +
        "the default: “Back to the build's layout”, a reload or a shared link shows it again.",
    }),
    h("div", { className: "buttons" }, start, stop, reset),
    status,
  );
  describe();
}
