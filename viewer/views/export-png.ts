// The picture at a chosen size: Sigma draws the current view (same camera, reducers and labels) off screen at that
// size (@sigma/export-image), under a title band, and the legend of the current colouring is drawn in its corner.
import { drawOnCanvas } from "@sigma/export-image";
import type { PanelGraph } from "../../src/model/graph.ts";
import { legendFor, sizeName, type LegendEntry } from "../core/appearance-mapping.ts";
import { drawLabelsOn, type PanelSigma } from "../core/renderer.ts";
import { shortLabelToFit } from "../core/short-label.ts";
import type { ViewState } from "../core/state.ts";
import { BACKGROUND, downloadBase, fileName } from "./downloads.ts";
import { button, download, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

/** WebGL canvases above this many pixels a side fail on many machines. */
export const MAX_SIDE = 8000;
const INK = "#1d2330";
const MUTED = "#5b6273";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface PictureOptions {
  width: number;
  height: number;
  title: string;
  legend: boolean;
}

export interface Picture {
  blob: Blob;
  /** Where the legend was drawn, in the picture's pixels (null without a legend). */
  legendBox: { x: number; y: number; width: number; height: number } | null;
  /** The title as drawn: the one given, or cut to fit the picture's width ("" without a title). */
  title: string;
}

/** Everything on the picture scales with it: text and margins are sized for a 1200-pixel-wide picture. */
const scaleOf = (width: number, height: number) => Math.max(0.75, Math.min(width / 1200, height / 800, 4));

export async function drawPicture(
  graph: PanelGraph,
  renderer: PanelSigma,
  state: ViewState,
  options: PictureOptions,
): Promise<Picture> {
  const width = Math.round(Math.min(MAX_SIDE, Math.max(64, options.width)));
  const height = Math.round(Math.min(MAX_SIDE, Math.max(64, options.height)));
  const scale = scaleOf(width, height);
  const band = options.title ? Math.round(48 * scale) : 0;
  // drawOnCanvas sizes its canvas in CSS pixels times the device's pixel ratio: ask for the device pixels we want.
  const ratio = window.devicePixelRatio || 1;
  const graphCanvas = await drawOnCanvas(renderer as unknown as Parameters<typeof drawOnCanvas>[0], {
    width: width / ratio,
    height: (height - band) / ratio,
    backgroundColor: BACKGROUND,
    withTempRenderer: (copy) => drawLabelsOn(renderer, copy as unknown as PanelSigma),
  });
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d")!;
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);
  context.drawImage(graphCanvas, 0, band, width, height - band);
  const title = options.title ? drawTitle(context, options.title, width, band, scale) : "";
  const legendBox = options.legend
    ? drawLegend(context, legendFor(graph, state.colourBy), `Size: ${sizeName(state.sizeBy)}`, height, scale)
    : null;
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the picture"))), "image/png"),
  );
  return { blob, legendBox, title };
}

function drawTitle(
  context: CanvasRenderingContext2D,
  title: string,
  width: number,
  band: number,
  scale: number,
): string {
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, band);
  context.fillStyle = "#e1e3ea";
  context.fillRect(0, band - Math.max(1, scale), width, Math.max(1, scale));
  context.fillStyle = INK;
  context.font = `650 ${Math.round(22 * scale)}px ${FONT}`;
  context.textBaseline = "middle";
  const fitted = fitText(context, title, width - 32 * scale);
  context.fillText(fitted, 16 * scale, band / 2);
  return fitted;
}

/** Cut as the graph cuts its labels (core/short-label.ts): a numbered end, a meeting's date, is kept. */
function fitText(context: CanvasRenderingContext2D, text: string, room: number): string {
  return shortLabelToFit(text, (t) => context.measureText(t).width <= room);
}

/** The legend in the bottom-left corner: one swatch and name a colour, then what the sizes show. */
function drawLegend(
  context: CanvasRenderingContext2D,
  entries: LegendEntry[],
  sizeLine: string,
  height: number,
  scale: number,
): Picture["legendBox"] {
  const font = Math.round(13 * scale);
  const line = Math.round(font * 1.5);
  const pad = Math.round(10 * scale);
  const dot = Math.round(font * 0.8);
  context.font = `500 ${font}px ${FONT}`;
  const shown = entries.slice(0, 16);
  const textWidth = Math.max(...[...shown.map((e) => e.text), sizeLine].map((t) => context.measureText(t).width));
  const box = {
    x: Math.round(16 * scale),
    y: 0,
    width: Math.round(pad * 2 + dot + pad * 0.7 + textWidth),
    height: Math.round(pad * 2 + line * (shown.length + 1)),
  };
  box.y = Math.round(height - box.height - 16 * scale);
  context.fillStyle = "rgba(255, 255, 255, 0.95)";
  context.strokeStyle = "#cfd3dd";
  context.lineWidth = Math.max(1, scale);
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, 6 * scale);
  context.fill();
  context.stroke();
  context.textBaseline = "middle";
  shown.forEach((entry, i) => {
    const y = box.y + pad + line * i + line / 2;
    context.fillStyle = entry.colour;
    context.beginPath();
    context.arc(box.x + pad + dot / 2, y, dot / 2, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = INK;
    context.fillText(entry.text, box.x + pad + dot + pad * 0.7, y);
  });
  context.fillStyle = MUTED;
  context.fillText(sizeLine, box.x + pad, box.y + pad + line * shown.length + line / 2);
  return box;
}

export function createExportPanel({ graph, renderer, store, signal }: ToolContext, body: HTMLElement): void {
  const number = (id: string, value: number) =>
    h("input", { attrs: { id, type: "number", min: "64", max: String(MAX_SIDE), step: "1", value: String(value) } });
  const { width: screenWidth, height: screenHeight } = renderer.getDimensions();
  const width = number("picture-width", Math.round(screenWidth * 2));
  const height = number("picture-height", Math.round(screenHeight * 2));
  const title = h("input", { attrs: { id: "picture-title", type: "text", value: graph.getAttribute("name") ?? "" } });
  const legend = h("input", { attrs: { id: "picture-legend", type: "checkbox" } });
  legend.checked = true;
  const status = h("p", { className: "meta picture-status", attrs: { role: "status" } });
  const presets = h("div", { className: "buttons" });
  for (const [name, w, h_] of [
    ["Screen × 2", screenWidth * 2, screenHeight * 2],
    ["1920 × 1080", 1920, 1080],
    ["A4 landscape, 300 dpi", 3508, 2480],
  ] as const) {
    presets.append(
      button(name, () => {
        width.value = String(Math.round(w));
        height.value = String(Math.round(h_));
      }),
    );
  }
  const save = button("Download PNG", async () => {
    save.disabled = true;
    status.textContent = "Drawing…";
    try {
      const picture = await drawPicture(graph, renderer, store.state, {
        width: Number(width.value) || screenWidth,
        height: Number(height.value) || screenHeight,
        title: title.value.trim(),
        legend: legend.checked,
      });
      if (signal.aborted) return;
      body.dataset.legendBox = picture.legendBox ? JSON.stringify(picture.legendBox) : "";
      download(picture.blob, fileName(downloadBase(graph), "png", graph));
      const cut = picture.title !== title.value.trim() ? `; its title cut to fit: “${picture.title}”` : "";
      status.textContent = `Saved a ${width.value} × ${height.value} picture${cut}.`;
    } catch (error) {
      status.textContent = `Could not draw the picture: ${(error as Error).message}`;
    } finally {
      save.disabled = false;
    }
  });
  save.id = "picture-save";
  const field = (text: string, input: HTMLInputElement) =>
    h("label", { className: "field", attrs: { for: input.id } }, h("span", { text }), input);
  body.append(
    h("h2", { text: "Picture" }),
    h(
      "p",
      { className: "meta" },
      "The view as it is now (camera, colours, sizes, filters, labels), drawn at the size you choose, with a title and the legend.",
    ),
    h("div", { className: "field-row" }, field("Width (px)", width), field("Height (px)", height)),
    presets,
    field("Title", title),
    h("label", { className: "check", attrs: { for: legend.id } }, legend, " Draw the legend"),
    h("div", { className: "buttons" }, save),
    status,
  );
}
