// Downloads: the current view as PNG (with a caption band naming the corpus, the date and the colours), and the graph
// (whole or the visible part) as GEXF through the CLI's exporter.
import { drawOnCanvas } from "@sigma/export-image";
import { dataDate } from "../../src/analysis/data-date.ts";
import { gexfExporter } from "../../src/export/gexf.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import { legendFor, sizeName, type LegendEntry } from "../core/appearance-mapping.ts";
import type { ColourMode, ViewState } from "../core/state.ts";
import { drawLabelsOn, type PanelSigma } from "../core/renderer.ts";
import { captionHeading, corpusTitle, downloadName } from "./words.ts";

export const BACKGROUND = "#fbfbfd";
const INK = "#1d2330";
const MUTED = "#5b6273";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * What a download's name starts with: `panelgraph-<corpus>` for a built graph (the graph attribute `corpus`), so that
 * two corpora's downloads do not overwrite each other; a dropped GEXF file's own name otherwise.
 */
export function downloadBase(graph: PanelGraph): string {
  const corpus = graph.getAttribute("corpus");
  return corpus ? `panelgraph-${corpus}` : graph.getAttribute("name") || "panelgraph";
}

/** What the caption names the graph by: the corpus, as the status line does, else the graph's own name. */
function captionTitle(graph: PanelGraph): string {
  const corpus = graph.getAttribute("corpus");
  return corpus ? corpusTitle(corpus) : graph.getAttribute("name") || "panelgraph";
}

/**
 * The picture as it is on screen (same camera, same reducers), at the screen's size, with a caption band under it:
 * the corpus, the data's date in words (the newest date anywhere in the graph and what carries dates, so a picture is
 * never dated before what it shows; src/analysis/data-date.ts), and the legend of the colours on screen, so that the
 * picture reads on its own.
 */
export async function pngBlob(
  graph: PanelGraph,
  renderer: PanelSigma,
  state: Pick<ViewState, "colourBy" | "sizeBy">,
): Promise<Blob> {
  // The helper is typed for Sigma over any attributes; it only reads the renderer.
  const picture = await drawOnCanvas(renderer as unknown as Parameters<typeof drawOnCanvas>[0], {
    backgroundColor: BACKGROUND,
    withTempRenderer: (copy) => drawLabelsOn(renderer, copy as unknown as PanelSigma),
  });
  const heading = captionHeading(captionTitle(graph), dataDate(graph));
  const entries = legendFor(graph, state.colourBy);
  const sizeLine = `Size: ${sizeName(state.sizeBy)}`;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = picture.width;
  const context = canvas.getContext("2d")!;
  // Laid out once to measure the band, then drawn on the canvas made tall enough for it.
  const band = drawCaption(context, heading, entries, sizeLine, picture.width, 0, ratio, false);
  canvas.height = picture.height + band;
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0);
  drawCaption(context, heading, entries, sizeLine, picture.width, picture.height, ratio, true);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the picture"))), "image/png"),
  );
}

/**
 * The caption band at `top`: the heading in bold, then one swatch and name a colour, wrapped to the width, then what
 * the sizes show. Returns the band's height; `draw` false only measures it.
 */
function drawCaption(
  context: CanvasRenderingContext2D,
  heading: string,
  entries: LegendEntry[],
  sizeLine: string,
  width: number,
  top: number,
  ratio: number,
  draw: boolean,
): number {
  const font = Math.round(12 * ratio);
  const line = Math.round(font * 1.6);
  const pad = Math.round(10 * ratio);
  const dot = Math.round(font * 0.8);
  const gap = Math.round(14 * ratio);
  if (draw) {
    context.fillStyle = "#ffffff";
    context.fillRect(0, top, width, context.canvas.height - top);
    context.fillStyle = "#e1e3ea";
    context.fillRect(0, top, width, Math.max(1, Math.round(ratio)));
    context.textBaseline = "middle";
  }
  let y = top + pad + line / 2;
  context.font = `650 ${Math.round(14 * ratio)}px ${FONT}`;
  if (draw) {
    context.fillStyle = INK;
    context.fillText(heading, pad, y, width - 2 * pad);
  }
  y += line;
  context.font = `500 ${font}px ${FONT}`;
  let x = pad;
  const items = [...entries.map((entry) => ({ entry, text: entry.text })), { entry: null, text: sizeLine }];
  for (const { entry, text } of items) {
    const itemWidth = (entry ? dot + pad * 0.5 : 0) + Math.min(context.measureText(text).width, width - 2 * pad);
    if (x > pad && x + itemWidth > width - pad) {
      x = pad;
      y += line;
    }
    if (draw) {
      if (entry) {
        context.fillStyle = entry.colour;
        context.beginPath();
        context.arc(x + dot / 2, y, dot / 2, 0, Math.PI * 2);
        context.fill();
      }
      context.fillStyle = entry ? INK : MUTED;
      context.fillText(text, x + (entry ? dot + pad * 0.5 : 0), y, width - 2 * pad);
    }
    x += itemWidth + gap;
  }
  return Math.round(y + line / 2 + pad - top);
}

/** A download's name: `downloadName` with the newest date of `graph` (the whole corpus's, as the caption's). */
export function fileName(base: string, extension: string, graph: PanelGraph): string {
  return downloadName(base, extension, dataDate(graph).newest);
}

/**
 * The graph as GEXF 1.3 through the CLI's exporter (its colours by community, else by type) (dated by its newest source, so the same graph gives the same
 * bytes); the chunks go into the Blob as they are, never joined into one string.
 */
export function gexfBlob(graph: PanelGraph, colourBy: ColourMode): Blob {
  const files = gexfExporter.files(graph, { colorBy: colourBy === "community" ? "community" : "type" });
  return new Blob(
    files.flatMap((file) => [...file.chunks]),
    { type: "application/gexf+xml" },
  );
}
