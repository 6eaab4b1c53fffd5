// Community names over a large graph's overview: each community's name at the centre of its members, drawn when the
// view is zoomed out and fading as it zooms in (where node labels take over), the largest communities first and none
// over another. Computed once from the graph (names and centres); drawn on a canvas layer of its own after each frame.
import { communityLabels } from "../../src/analysis/community-labels.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import { COMMUNITY_LABELS_ABOVE } from "../../src/model/settings.ts";
import { LABEL_COLOUR } from "./labels.ts";
import type { PanelSigma } from "./renderer.ts";

/** At most this many names, the largest communities' (as many as the legend gives distinct colours). */
const MAX_NAMES = 12;
/** Full opacity at a camera ratio of FULL_AT and above (the whole graph in view), none at GONE_AT and below. */
const FULL_AT = 0.7;
const GONE_AT = 0.25;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Space kept free around a name, in pixels. */
const MARGIN = 4;

/** How opaque the names are at a camera ratio: 1 zoomed out, 0 zoomed in. */
export function communityLabelOpacity(ratio: number): number {
  return Math.max(0, Math.min(1, (ratio - GONE_AT) / (FULL_AT - GONE_AT)));
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where each name was drawn in the last frame, in the container's pixels (for tests: `data-` attributes are not enough). */
export interface DrawnCommunityLabel extends Box {
  community: number;
  label: string;
  opacity: number;
}

const drawnBy = new WeakMap<PanelSigma, () => DrawnCommunityLabel[]>();

/** What the last frame of `renderer` drew (empty when it draws no community names): for tests and the bench. */
export function drawnCommunityLabels(renderer: PanelSigma): DrawnCommunityLabel[] {
  return drawnBy.get(renderer)?.() ?? [];
}

/**
 * Draws the community names of a graph with more than COMMUNITY_LABELS_ABOVE nodes after every frame of `renderer`
 * (and at once, over the frame already drawn), on a canvas above the node labels and under the hovered node.
 */
export function attachCommunityLabels(renderer: PanelSigma, graph: PanelGraph): void {
  if (graph.order <= COMMUNITY_LABELS_ABOVE) return;
  const labels = communityLabels(graph);
  if (labels.length === 0) return;
  const biggest = labels[0]!.members;
  // Sigma passes the options on to createCanvas, whose `afterLayer` its types leave out of createCanvasContext's.
  type Options = Parameters<PanelSigma["createCanvasContext"]>[1];
  renderer.createCanvasContext("communityLabels", { afterLayer: "labels" } as Options);
  const canvas = renderer.getCanvases()["communityLabels"]!;
  canvas.setAttribute("aria-hidden", "true");
  const context = canvas.getContext("2d")!;
  // Sigma sizes its canvases when it starts and on resize; this one comes after the start, so it is sized here once.
  const { width, height } = renderer.getDimensions();
  const pixelRatio = window.devicePixelRatio || 1;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.setAttribute("width", `${width * pixelRatio}px`);
  canvas.setAttribute("height", `${height * pixelRatio}px`);
  if (pixelRatio !== 1) context.scale(pixelRatio, pixelRatio);

  let drawn: DrawnCommunityLabel[] = [];
  drawnBy.set(renderer, () => drawn);
  const draw = () => {
    const { width, height } = renderer.getDimensions();
    context.clearRect(0, 0, width, height);
    drawn = [];
    const opacity = communityLabelOpacity(renderer.getCamera().getState().ratio);
    if (opacity === 0) return;
    const placed: Box[] = [];
    context.save();
    context.globalAlpha = opacity;
    context.textAlign = "center";
    context.textBaseline = "middle";
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = "rgba(251, 251, 253, 0.95)";
    context.fillStyle = LABEL_COLOUR;
    for (const c of labels) {
      const at = renderer.graphToViewport({ x: c.x, y: c.y });
      if (drawn.length === MAX_NAMES) break;
      // Larger communities get larger names: 12 to 16 px by the square root of their share of the largest.
      const fontSize = Math.round(12 + 4 * Math.sqrt(c.members / biggest));
      context.font = `600 ${fontSize}px ${FONT}`;
      const textWidth = context.measureText(c.label).width;
      // A community whose centre is in view keeps its name in view, moved in from the edge if need be.
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
      const halfWidth = textWidth / 2 + MARGIN;
      const halfHeight = fontSize / 2 + MARGIN;
      if (2 * halfWidth > width || 2 * halfHeight > height) continue;
      const x = Math.min(Math.max(at.x, halfWidth), width - halfWidth);
      const y = Math.min(Math.max(at.y, halfHeight), height - halfHeight);
      const box = { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
      if (placed.some((p) => p.left < box.right && box.left < p.right && p.top < box.bottom && box.top < p.bottom)) {
        continue;
      }
      placed.push(box);
      context.strokeText(c.label, x, y);
      context.fillText(c.label, x, y);
      drawn.push({ ...box, community: c.community, label: c.label, opacity });
    }
    context.restore();
  };
  renderer.on("afterRender", draw);
  draw();
}
