// Node labels that never pile up. Sigma hands each frame's labels (its label grid's picks plus every forced label) to
// `draw`, which only queues them; once the frame is done they are placed by core/label-selection.ts (most important
// first, around their node, clear of each other and of the controls over the graph) and drawn.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import {
  MOST_CENTRAL,
  MUST_LABEL,
  placeLabels,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
} from "./label-selection.ts";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };

export const LABEL_COLOUR = "#1d2330";
const HALO = "rgba(251, 251, 253, 0.92)";
const LEADER_COLOUR = "rgba(29, 35, 48, 0.45)";
/** Space kept free around a label, in pixels. */
const MARGIN = 3;
/** Added to a lit node's importance (the selection's neighbourhood, a who-spoke-on answer). */
const LIT_PRIORITY = 10;
/** Up to this many labels in a frame (a filter leaves a handful of nodes), every one is shown. */
export const SHOW_ALL_LABELS = 15;
/**
 * A graph area narrower than this (a phone) labels only its most important nodes, one label to `NARROW_LABEL_AREA`
 * square pixels, more as the user zooms in; people, organisations and each type's most central node come first and may
 * cover a small node, as on a wider screen, but are not set away from their node on a leader line: only the graph's
 * most central node and the selection's neighbourhood are.
 */
export const NARROW_LABELS_WIDTH = 600;
export const NARROW_LABEL_AREA = 20_000;

/** The boxed label the hover layer draws for the selected or hovered node (renderer.ts `drawHover`). */
export function hoverLabelFont(settings: Pick<Settings, "labelSize" | "labelFont">): { font: string; size: number } {
  const size = settings.labelSize + 1;
  return { font: `600 ${size}px ${settings.labelFont}`, size };
}

export interface LabelLayer {
  /** Sigma's `defaultDrawNodeLabel`: queues the label instead of drawing it. */
  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void;
  /**
   * Draws each frame's queued labels on `renderer`'s label canvas when the frame is done, from the current frame on,
   * keeping clear of `blocked` (boxes in the canvas's CSS pixels).
   */
  attach<N extends Attributes, E extends Attributes, G extends Attributes>(
    renderer: Sigma<N, E, G>,
    blocked?: () => Box[],
  ): void;
  /** The labels drawn in `renderer`'s last frame (for the tests: window.panelgraph.labels()). */
  drawn<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): PlacedLabel[];
}

interface Queued extends LabelCandidate {
  font: string;
  fontSize: number;
}

/** `importance`: each node's weight for a label (core/label-selection.ts `labelImportance`). */
export function createLabelLayer(importance: ReadonlyMap<string, number>): LabelLayer {
  const queues = new Map<CanvasRenderingContext2D, Queued[]>();
  /** Nodes drawn without a label (faded ones), which labels do not cover either. */
  const discs = new Map<CanvasRenderingContext2D, { x: number; y: number; size: number }[]>();
  const drawn = new WeakMap<CanvasRenderingContext2D, PlacedLabel[]>();
  const widths = new Map<string, Map<string, number>>();

  const measure = (context: CanvasRenderingContext2D, font: string, text: string) => {
    let cache = widths.get(font);
    if (!cache) widths.set(font, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };

  const flush = (context: CanvasRenderingContext2D, blocked: () => Box[]) => {
    const candidates = queues.get(context) ?? [];
    queues.set(context, []);
    const unlabelled = discs.get(context) ?? [];
    discs.set(context, []);
    const ratio = context.getTransform().a || 1;
    const first = candidates.find((c) => !c.reserved);
    const font = first?.font ?? "";
    const width = context.canvas.width / ratio;
    const height = context.canvas.height / ratio;
    const narrow = width < NARROW_LABELS_WIDTH;
    const placed = placeLabels(candidates, (text) => measure(context, font, text), {
      width,
      height,
      fontSize: first?.fontSize ?? 12,
      margin: MARGIN,
      blocked: blocked(),
      discs: unlabelled,
      // People, organisations and each type's most central node may cover a small node when nothing beside them is
      // free, on a phone too (w48: with only places clear of every node, 5 of 7 people and the main theme went
      // unlabelled there while minor themes at the edge were labelled); only the most central node and the
      // selection's neighbourhood are set away on a leader line, and only on a wider screen is that for people too.
      mayCoverNodesFrom: MUST_LABEL,
      leadersFrom: narrow ? MOST_CENTRAL : MUST_LABEL,
      showAllUpTo: SHOW_ALL_LABELS,
      ...(narrow
        ? { maxLabels: Math.max(1, Math.floor((width * height) / NARROW_LABEL_AREA)), alwaysFrom: LIT_PRIORITY }
        : {}),
    });
    drawn.set(context, placed);
    context.lineJoin = "round";
    context.lineWidth = 3.5;
    context.strokeStyle = HALO;
    context.fillStyle = LABEL_COLOUR;
    context.font = font;
    context.save();
    context.strokeStyle = LEADER_COLOUR;
    context.lineWidth = 1;
    for (const { leader, node } of placed) {
      if (!leader) continue;
      const from = candidates.find((c) => c.node === node)!;
      const angle = Math.atan2(leader.y - from.y, leader.x - from.x);
      context.beginPath();
      context.moveTo(from.x + Math.cos(angle) * from.size, from.y + Math.sin(angle) * from.size);
      context.lineTo(leader.x, leader.y);
      context.stroke();
    }
    context.restore();
    for (const label of placed) {
      if (label.reserved) continue;
      const y = label.y + (first?.fontSize ?? 12) / 3;
      context.strokeText(label.text, label.x, y);
      context.fillText(label.text, label.x, y);
    }
  };

  return {
    draw(context, data, settings) {
      if (!data.label) {
        if (!discs.has(context)) discs.set(context, []);
        discs.get(context)!.push({ x: data.x, y: data.y, size: data.size });
        return;
      }
      if (!queues.has(context)) queues.set(context, []);
      const node = data.key ?? data.label;
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      let reserved: Box | undefined;
      if (data.highlighted) {
        // Drawn boxed by the hover layer: keep its place free (as renderer.ts `drawHover` lays it out).
        const hover = hoverLabelFont(settings);
        const width = measure(context, hover.font, data.label) + 12;
        const height = hover.size + 10;
        const left = data.x + data.size + 3;
        reserved = {
          left: left - MARGIN,
          right: left + width + MARGIN,
          top: data.y - height / 2 - MARGIN,
          bottom: data.y + height / 2 + MARGIN,
        };
      }
      queues.get(context)!.push({
        node,
        x: data.x,
        y: data.y,
        size: data.size,
        text: data.label,
        priority: (importance.get(node) ?? 0) + ((data.zIndex ?? 0) >= 2 ? LIT_PRIORITY : 0),
        ...(reserved ? { reserved } : {}),
        font,
        fontSize: settings.labelSize,
      });
    },
    attach(renderer, blocked = () => []) {
      const context = renderer.getCanvases().labels?.getContext("2d");
      if (!context) return;
      renderer.on("beforeRender", () => {
        queues.set(context, []);
        discs.set(context, []);
      });
      renderer.on("afterRender", () => flush(context, blocked));
      // The renderer drew its first frame in its constructor, before this layer was attached: draw those labels now.
      flush(context, blocked);
    },
    drawn(renderer) {
      const context = renderer.getCanvases().labels?.getContext("2d");
      return (context && drawn.get(context)) ?? [];
    },
  };
}

/**
 * The controls laid over the graph (every other visible child of the graph's parent, but the tooltip): their boxes
 * in the graph container's CSS pixels, which labels keep clear of.
 */
export function overlayBoxes(container: HTMLElement): Box[] {
  const parent = container.parentElement;
  if (!parent) return [];
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of parent.children) {
    if (element === container || !(element instanceof HTMLElement) || element.id === "tooltip") continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    boxes.push({
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      right: rect.right - origin.left,
      bottom: rect.bottom - origin.top,
    });
  }
  return boxes;
}
