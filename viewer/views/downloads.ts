// Downloads: the current view as PNG, and the graph (whole or the visible part) as GEXF through the CLI's exporter.
import { toBlob } from "@sigma/export-image";
import { drawLabelsOn, type PanelSigma } from "../core/renderer.ts";

export const BACKGROUND = "#fbfbfd";

/** The picture as it is on screen (same camera, same reducers), at the screen's size. */
export function pngBlob(renderer: PanelSigma): Promise<Blob> {
  // The helper is typed for Sigma over any attributes; it only reads the renderer.
  return toBlob(renderer as unknown as Parameters<typeof toBlob>[0], {
    format: "png",
    backgroundColor: BACKGROUND,
    withTempRenderer: (copy) => drawLabelsOn(renderer, copy as unknown as PanelSigma),
  });
}

/** A file name from the graph's name and today's date: `panelgraph-2026-11-23.png`. */
export function fileName(base: string, extension: string, date = new Date()): string {
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "graph"}-${date.toISOString().slice(0, 10)}.${extension}`;
}
