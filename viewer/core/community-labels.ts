// Community names over a large graph's overview: each community's name at the centre of its members, drawn when the
// view is zoomed out and fading as it zooms in (where node labels take over), the largest communities first and none
// over another. Computed once from the graph (names and centres); drawn on a canvas layer of its own after each frame.
import type { PanelGraph } from "../../src/model/graph.ts";
import { COMMUNITY_LABELS_ABOVE } from "../../src/model/settings.ts";
import { LABEL_COLOUR } from "./labels.ts";
import type { PanelSigma } from "./renderer.ts";

export interface CommunityLabel {
  community: number;
  /** Its two most central themes (or members, when it has no theme), as the build names a community. */
  label: string;
  /** The mean position of its members, in graph coordinates. */
  x: number;
  y: number;
  members: number;
}

/** How many themes (or members) name a community, as `panelgraph communities` does (COMMUNITIES_DEFAULTS). */
const NAMED_BY = 2;
/** Communities smaller than this get no name on the overview. */
const MIN_MEMBERS = 5;
/** Full opacity at a camera ratio of FULL_AT and above (the whole graph in view), none at GONE_AT and below. */
const FULL_AT = 0.7;
const GONE_AT = 0.25;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Space kept free around a name, in pixels. */
const MARGIN = 4;

/** The communities of `graph` with a name and a centre, largest first (then by id). */
export function communityLabels(graph: PanelGraph): CommunityLabel[] {
  const byCommunity = new Map<number, string[]>();
  graph.forEachNode((id, { community, x, y }) => {
    if (community === undefined || x === undefined || y === undefined) return;
    if (!byCommunity.has(community)) byCommunity.set(community, []);
    byCommunity.get(community)!.push(id);
  });
  const central = (a: string, b: string) =>
    (graph.getNodeAttribute(b, "centrality") ?? 0) - (graph.getNodeAttribute(a, "centrality") ?? 0) ||
    graph.degree(b) - graph.degree(a) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const labels: CommunityLabel[] = [];
  for (const [community, members] of byCommunity) {
    if (members.length < MIN_MEMBERS) continue;
    let x = 0;
    let y = 0;
    for (const id of members) {
      x += graph.getNodeAttribute(id, "x")! / members.length;
      y += graph.getNodeAttribute(id, "y")! / members.length;
    }
    const themes = members.filter((id) => graph.getNodeAttribute(id, "type") === "theme");
    const named = (themes.length > 0 ? themes : members).sort(central).slice(0, NAMED_BY);
    const label = named.map((id) => graph.getNodeAttribute(id, "label")).join(" · ");
    labels.push({ community, label, x, y, members: members.length });
  }
  return labels.sort((a, b) => b.members - a.members || a.community - b.community);
}

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
    context.lineWidth = 5;
    context.strokeStyle = "rgba(251, 251, 253, 0.95)";
    context.fillStyle = LABEL_COLOUR;
    for (const c of labels) {
      const at = renderer.graphToViewport({ x: c.x, y: c.y });
      // Larger communities get larger names: 13 to 20 px by the square root of their share of the largest.
      const fontSize = Math.round(13 + 7 * Math.sqrt(c.members / biggest));
      context.font = `700 ${fontSize}px ${FONT}`;
      const textWidth = context.measureText(c.label).width;
      const box = {
        left: at.x - textWidth / 2 - MARGIN,
        right: at.x + textWidth / 2 + MARGIN,
        top: at.y - fontSize / 2 - MARGIN,
        bottom: at.y + fontSize / 2 + MARGIN,
      };
      if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) continue;
      if (placed.some((p) => p.left < box.right && box.left < p.right && p.top < box.bottom && box.top < p.bottom)) {
        continue;
      }
      placed.push(box);
      context.strokeText(c.label, at.x, at.y);
      context.fillText(c.label, at.x, at.y);
      drawn.push({ ...box, community: c.community, label: c.label, opacity });
    }
    context.restore();
  };
  renderer.on("afterRender", draw);
  draw();
}
