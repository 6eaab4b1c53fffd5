// "Changed since …" on the picture: a ring around each node the last build added (solid) or changed (dashed: a label,
// alias, role or fact), drawn on a canvas layer of its own above the nodes and under the labels after every frame. A
// ring, not only a colour, so that it reads whatever the node's own colour and for colour-blind readers too; the
// added connections are coloured by the edge reducer (renderer.ts).
import { CHANGE_COLOUR, FADED_NODE_COLOUR } from "./appearance.ts";
import type { Look, PanelSigma } from "./renderer.ts";

/** Gap between a node's edge and its ring, and the ring's width, in pixels. */
const GAP = 2.5;
const WIDTH = 2.5;

/** The rings the last frame drew, in the container's pixels (for the tests). */
export interface DrawnRing {
  node: string;
  kind: "added" | "changed";
  x: number;
  y: number;
  radius: number;
}

const drawnBy = new WeakMap<PanelSigma, () => DrawnRing[]>();
/** The look each renderer's rings follow, for a copy of it to draw the same (the PNG export). */
const looks = new WeakMap<PanelSigma, Look>();

export function drawnChangeRings(renderer: PanelSigma): DrawnRing[] {
  return drawnBy.get(renderer)?.() ?? [];
}

/** Draws on `copy` (the PNG export's off-screen renderer) the rings `renderer` draws. */
export function copyChangeRings(renderer: PanelSigma, copy: PanelSigma): void {
  const look = looks.get(renderer);
  if (look?.changes) attachChangeRings(copy, look);
}

/** Draws the rings of `look.changes` (none while it is null) after every frame of `renderer`, and at once. */
export function attachChangeRings(renderer: PanelSigma, look: Look): void {
  looks.set(renderer, look);
  // Sigma passes the options on to createCanvas, whose `afterLayer` its types leave out of createCanvasContext's.
  type Options = Parameters<PanelSigma["createCanvasContext"]>[1];
  renderer.createCanvasContext("changeRings", { afterLayer: "nodes" } as Options);
  const canvas = renderer.getCanvases()["changeRings"]!;
  canvas.setAttribute("aria-hidden", "true");
  const context = canvas.getContext("2d")!;
  let drawn: DrawnRing[] = [];
  drawnBy.set(renderer, () => drawn);
  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const pixelRatio = window.devicePixelRatio || 1;
    // Sized here, not only by Sigma (which sizes its canvases when it starts and on resize): this one came later.
    if (canvas.width !== Math.round(width * pixelRatio) || canvas.height !== Math.round(height * pixelRatio)) {
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.width = Math.round(width * pixelRatio);
      canvas.height = Math.round(height * pixelRatio);
    }
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    context.clearRect(0, 0, width, height);
    drawn = [];
    const { changes } = look;
    if (!changes) return;
    const rings: [string, DrawnRing["kind"]][] = [
      ...[...changes.changedNodes].map((n) => [n, "changed"] as [string, DrawnRing["kind"]]),
      ...[...changes.addedNodes].map((n) => [n, "added"] as [string, DrawnRing["kind"]]),
    ];
    for (const [node, kind] of rings) {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size) + GAP + WIDTH / 2;
      if (x < -radius || y < -radius || x > width + radius || y > height + radius) continue;
      // A node faded by a selection keeps a faded ring.
      const faded = data.color === FADED_NODE_COLOUR;
      context.beginPath();
      context.arc(x, y, radius, 0, Math.PI * 2);
      context.setLineDash([]);
      context.lineWidth = WIDTH + 2;
      context.strokeStyle = "rgba(255, 255, 255, 0.9)";
      context.stroke();
      context.setLineDash(kind === "changed" ? [3, 2.5] : []);
      context.lineWidth = WIDTH;
      context.strokeStyle = faded ? "rgba(123, 50, 148, 0.3)" : CHANGE_COLOUR;
      context.stroke();
      drawn.push({ node, kind, x, y, radius });
    }
    context.setLineDash([]);
  };
  renderer.on("afterRender", draw);
  draw();
}
