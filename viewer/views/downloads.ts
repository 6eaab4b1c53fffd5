// Downloads: the current view as PNG, and the graph (whole or the visible part) as GEXF through the CLI's exporter.
import { toBlob } from "@sigma/export-image";
import { gexfExporter } from "../../src/export/gexf.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { ColourMode } from "../core/state.ts";
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
