// Node labels that never pile up. Sigma's label grid picks candidates (one per cell, the largest first) and forced
// labels come on top; here each frame's candidates are collected and drawn once the frame is done, most important
// first (selected and lit nodes, then larger nodes), skipping any label that would overlap one already drawn.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

interface Candidate {
  x: number;
  y: number;
  size: number;
  label: string;
  priority: number;
  font: string;
  fontSize: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const LABEL_COLOUR = "#1d2330";
const HALO = "rgba(251, 251, 253, 0.92)";
/** Space kept free around a label, in pixels. */
const MARGIN = 3;

export interface LabelLayer {
  /** Sigma's `defaultDrawNodeLabel`: queues the label instead of drawing it. */
  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void;
  /** Draws each frame's queued labels on `renderer`'s label canvas when the frame is done, from the current frame on. */
  attach<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): void;
}

export function createLabelLayer(): LabelLayer {
  const queues = new Map<CanvasRenderingContext2D, Candidate[]>();

  const flush = (context: CanvasRenderingContext2D) => {
    const candidates = queues.get(context) ?? [];
    queues.set(context, []);
    candidates.sort((a, b) => b.priority - a.priority || b.size - a.size || a.label.localeCompare(b.label));
    const placed: Box[] = [];
    const ratio = context.getTransform().a || 1;
    const canvasWidth = context.canvas.width / ratio;
    const canvasHeight = context.canvas.height / ratio;
    context.lineJoin = "round";
    context.lineWidth = 3.5;
    context.strokeStyle = HALO;
    context.fillStyle = LABEL_COLOUR;
    for (const c of candidates) {
      // A node out of sight keeps its label out of sight too (no half words at the edges).
      if (c.x < 0 || c.x > canvasWidth || c.y < 0 || c.y > canvasHeight) continue;
      context.font = c.font;
      const width = context.measureText(c.label).width;
      // A label that would run off the right edge goes on the node's left instead.
      let x = c.x + c.size + 4;
      if (x + width > canvasWidth - 4 && c.x - c.size - 4 - width >= 4) x = c.x - c.size - 4 - width;
      const box = {
        left: x - MARGIN,
        right: x + width + MARGIN,
        top: c.y - c.fontSize / 2 - MARGIN,
        bottom: c.y + c.fontSize / 2 + MARGIN,
      };
      if (placed.some((p) => p.left < box.right && box.left < p.right && p.top < box.bottom && box.top < p.bottom)) {
        continue;
      }
      placed.push(box);
      const y = c.y + c.fontSize / 3;
      context.strokeText(c.label, x, y);
      context.fillText(c.label, x, y);
    }
  };

  return {
    draw(context, data, settings) {
      if (!data.label) return;
      if (!queues.has(context)) queues.set(context, []);
      const priority = (data.highlighted ? 10 : 0) + (data.zIndex ?? 0) + (data.forceLabel ? 1 : 0);
      queues.get(context)!.push({
        x: data.x,
        y: data.y,
        size: data.size,
        label: data.label,
        priority,
        font: `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`,
        fontSize: settings.labelSize,
      });
    },
    attach(renderer) {
      const context = renderer.getCanvases().labels?.getContext("2d");
      if (!context) return;
      renderer.on("beforeRender", () => queues.set(context, []));
      renderer.on("afterRender", () => flush(context));
      // The renderer drew its first frame in its constructor, before this layer was attached: draw those labels now.
      flush(context);
    },
  };
}
