// Layout in the browser: run ForceAtlas2 from the picture on screen (core/layout-run.ts), stop it (noverlap then
// spreads overlapping nodes apart), or go back to the build's layout. The build's layout stays the default: a reload,
// a shared link and every export other than the picture use it.
import { withPositions } from "../core/appearance-layer.ts";
import { createLayoutRun, type LayoutRun, type Positions } from "../core/layout-run.ts";
import { button, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

export function createLayoutPanel({ graph, renderer, look, signal }: ToolContext, body: HTMLElement): void {
  const status = h("p", { className: "meta layout-status", attrs: { role: "status" } });
  let run: LayoutRun | null = null;
  let frame = 0;

  const current = (id: string) => {
    const positions = look.appearance.positions;
    const at = positions?.index.get(id);
    if (positions && at !== undefined) return { x: positions.xy[2 * at]!, y: positions.xy[2 * at + 1]! };
    const { x, y } = graph.getNodeAttributes(id);
    return { x: x ?? 0, y: y ?? 0 };
  };
  /** A node's disc in the layout's units: its size on screen times the graph units a pixel spans at the default zoom. */
  const sizeInLayout = () => {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((id) => {
      const { x, y } = current(id);
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    });
    const { width, height } = renderer.getDimensions();
    const perPixel = Math.max(maxX - minX, maxY - minY, 1e-9) / Math.max(1, Math.min(width, height));
    return (id: string) => (renderer.getNodeDisplayData(id)?.size ?? 4) * perPixel;
  };
  const show = (positions: Positions | null) => {
    look.appearance = withPositions(look.appearance, positions);
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      renderer.refresh();
    });
  };
  const describe = () => {
    start.disabled = run?.running ?? false;
    stop.disabled = !(run?.running ?? false);
    reset.disabled = look.appearance.positions === null && !(run?.running ?? false);
    status.textContent = run?.running
      ? `ForceAtlas2 running: ${run.iterations.toLocaleString("en-GB")} iterations`
      : look.appearance.positions
        ? `Layout computed here (${run?.iterations.toLocaleString("en-GB") ?? 0} iterations of ForceAtlas2, then noverlap)`
        : "The build's layout";
  };

  const start = button("Start ForceAtlas2", () => {
    run?.destroy();
    const sizes = sizeInLayout();
    run = createLayoutRun(graph, {
      from: current,
      size: sizes,
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
    stop.disabled = true;
    status.textContent = "Stopping, then spreading overlapping nodes apart…";
    await run?.stop();
    describe();
  });
  stop.id = "layout-stop";
  const reset = button("Back to the build's layout", () => {
    run?.destroy();
    run = null;
    show(null);
    void renderer.getCamera().animatedReset({ duration: 300 });
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
        "the default: a reload or a shared link shows it again.",
    }),
    h("div", { className: "buttons" }, start, stop, reset),
    status,
  );
  describe();
}
