// Edge labels that never pile up. Sigma writes an edge's label along its middle, whatever is there already: around a
// selected node with many connections (a panellist who spoke on twenty themes) the "spoke on the theme" labels all
// sit near the node and cover each other. Like the node labels (labels.ts), each frame's edge labels are only queued
// by `draw`; once the frame is done they are placed, the hovered edge's first, then one label for each relation, then
// the rest, each only where it covers no label already placed (edge or node) and no control over the graph.
// A connection left without its label is still named on hover and in the panel.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Box } from "./label-selection.ts";

export interface Point {
  x: number;
  y: number;
}

export interface PlacedEdgeLabel {
  edge: string;
  text: string;
  /** The label's corners (its text plus a margin, turned along the edge), in the canvas's CSS pixels. */
  corners: Point[];
}

type EdgeLabelData = Partial<EdgeDisplayData> & { key?: string; label?: string | null; size: number };
type EndData = Partial<NodeDisplayData> & { x: number; y: number; size: number };

interface Queued {
  edge: string;
  text: string;
  /** Where the text is drawn: the middle of the label, turned by `angle`, the text starting at `dx`, its baseline `dy`. */
  x: number;
  y: number;
  angle: number;
  dx: number;
  dy: number;
  corners: Point[];
  /** The edge's zIndex: the selected edge (3) and lit ones (2) before the others. */
  rank: number;
}

/** Space kept free around an edge label, in pixels. */
const MARGIN = 2;
/** A label cut to fit its edge keeps at least this many characters, or is not written. */
const MIN_CUT_LENGTH = 12;
const HALO = "rgba(251, 251, 253, 0.9)";

export interface EdgeLabelLayer {
  /** Sigma's `defaultDrawEdgeLabel`: queues the label instead of drawing it. */
  draw(
    context: CanvasRenderingContext2D,
    edge: EdgeLabelData,
    source: EndData,
    target: EndData,
    settings: Settings,
  ): void;
  /** Draws each frame's queued labels on `renderer`'s edge label canvas once the frame is done, clear of `blocked`. */
  attach<N extends Attributes, E extends Attributes, G extends Attributes>(
    renderer: Sigma<N, E, G>,
    blocked?: () => Box[],
  ): void;
  /** The edge labels drawn in `renderer`'s last frame (for the tests: window.panelgraph.edgeLabels()). */
  drawn<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): PlacedEdgeLabel[];
}

/** `first()`: the edge whose label is drawn whatever it covers (the hovered one), or null. */
export function createEdgeLabelLayer(first: () => string | null): EdgeLabelLayer {
  const queues = new Map<CanvasRenderingContext2D, Queued[]>();
  const fonts = new Map<CanvasRenderingContext2D, string>();
  const drawn = new WeakMap<CanvasRenderingContext2D, PlacedEdgeLabel[]>();

  const flush = (context: CanvasRenderingContext2D, blocked: () => Box[]) => {
    const queued = queues.get(context) ?? [];
    queues.set(context, []);
    const placed = placeEdgeLabels(queued, first(), blocked().map(boxCorners));
    drawn.set(
      context,
      placed.map(({ edge, text, corners }) => ({ edge, text, corners })),
    );
    context.save();
    context.font = fonts.get(context) ?? context.font;
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = HALO;
    for (const label of placed) {
      context.save();
      context.translate(label.x, label.y);
      context.rotate(label.angle);
      context.strokeText(label.text, label.dx, label.dy);
      context.fillText(label.text, label.dx, label.dy);
      context.restore();
    }
    context.restore();
  };

  return {
    draw(context, edge, source, target, settings) {
      if (!edge.label) return;
      const size = settings.edgeLabelSize;
      const font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
      context.font = font;
      context.fillStyle = settings.edgeLabelColor.attribute
        ? String((edge as Record<string, unknown>)[settings.edgeLabelColor.attribute] ?? settings.edgeLabelColor.color)
        : (settings.edgeLabelColor.color ?? "#000");
      fonts.set(context, font);
      const label = layOut(context, edge, source, target, size);
      if (!label) return;
      if (!queues.has(context)) queues.set(context, []);
      queues.get(context)!.push(label);
    },
    attach(renderer, blocked = () => []) {
      const context = renderer.getCanvases().edgeLabels?.getContext("2d");
      if (!context) return;
      renderer.on("beforeRender", () => queues.set(context, []));
      renderer.on("afterRender", () => flush(context, blocked));
      flush(context, blocked);
    },
    drawn(renderer) {
      const context = renderer.getCanvases().edgeLabels?.getContext("2d");
      return (context && drawn.get(context)) ?? [];
    },
  };
}

/** Where Sigma would write the label (sigma's drawStraightEdgeLabel): along the edge between the nodes' rims. */
function layOut(
  context: CanvasRenderingContext2D,
  edge: EdgeLabelData,
  source: EndData,
  target: EndData,
  size: number,
): Queued | null {
  let dx = target.x - source.x;
  let dy = target.y - source.y;
  let d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return null;
  const sx = source.x + (dx * source.size) / d;
  const sy = source.y + (dy * source.size) / d;
  const tx = target.x - (dx * target.size) / d;
  const ty = target.y - (dy * target.size) / d;
  dx = tx - sx;
  dy = ty - sy;
  d = Math.hypot(dx, dy);
  let text = edge.label!;
  let width = context.measureText(text).width;
  if (width > d) {
    // Cut to the edge's length; a label cut to a word or two says nothing ("works …"), so it is not written.
    text += "…";
    while (width > d && text.length > 1) {
      text = `${text.slice(0, -2)}…`;
      width = context.measureText(text).width;
    }
    if (text.length < MIN_CUT_LENGTH) return null;
  }
  // Along the edge, never upside down.
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle <= -Math.PI / 2) angle += Math.PI;
  const x = (sx + tx) / 2;
  const y = (sy + ty) / 2;
  const baseline = edge.size / 2 + size;
  const local = {
    left: -width / 2 - MARGIN,
    right: width / 2 + MARGIN,
    top: baseline - size * 0.85 - MARGIN,
    bottom: baseline + size * 0.25 + MARGIN,
  };
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners = boxCorners(local).map((p) => ({ x: x + p.x * cos - p.y * sin, y: y + p.x * sin + p.y * cos }));
  return {
    edge: edge.key ?? text,
    text,
    x,
    y,
    angle,
    dx: -width / 2,
    dy: baseline,
    corners,
    rank: edge.zIndex ?? 0,
  };
}

/**
 * The labels to draw, in order: `first` (drawn whatever it covers), then by rank, one label for each text before a
 * second one of the same text, each kept only where it overlaps no label kept before it and nothing `blocked`.
 */
export function placeEdgeLabels<L extends { edge: string; text: string; corners: Point[]; rank?: number }>(
  labels: readonly L[],
  first: string | null,
  blocked: readonly Point[][],
): L[] {
  const ordered = labels
    .map((label, index) => ({ label, index }))
    .sort((a, b) => (b.label.rank ?? 0) - (a.label.rank ?? 0) || a.index - b.index)
    .map(({ label }) => label);
  const kept: L[] = [];
  const taken: Point[][] = [...blocked];
  const keep = (label: L) => {
    kept.push(label);
    taken.push(label.corners);
  };
  const fits = (label: L) => !taken.some((other) => overlaps(label.corners, other));
  const hovered = ordered.find((label) => label.edge === first);
  if (hovered) keep(hovered);
  const texts = new Set(kept.map((label) => label.text));
  const rest: L[] = [];
  for (const label of ordered) {
    if (label === hovered) continue;
    if (texts.has(label.text)) rest.push(label);
    else if (fits(label)) {
      keep(label);
      texts.add(label.text);
    }
  }
  for (const label of rest) if (fits(label)) keep(label);
  return kept;
}

function boxCorners(box: Box): Point[] {
  return [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.right, y: box.bottom },
    { x: box.left, y: box.bottom },
  ];
}

/** Whether two convex polygons (turned rectangles) overlap: the separating axis test over their sides' normals. */
export function overlaps(a: readonly Point[], b: readonly Point[]): boolean {
  for (const polygon of [a, b]) {
    for (let i = 0; i < polygon.length; i++) {
      const p = polygon[i]!;
      const q = polygon[(i + 1) % polygon.length]!;
      const normal = { x: q.y - p.y, y: p.x - q.x };
      const project = (points: readonly Point[]) => points.map((r) => r.x * normal.x + r.y * normal.y);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return false;
    }
  }
  return true;
}
