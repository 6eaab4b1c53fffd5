// Writing an export to disk: each of the exporter's files streamed to a temporary file and renamed into place, so a
// failure half-way leaves whatever was there before.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { OutputError, outputError, writeChunksAtomic } from "../io/atomic.js";
import type { PanelGraph } from "../model/graph.js";
import type { Exporter, ExportOptions } from "./types.js";

export interface ExportReport {
  format: string;
  nodes: number;
  edges: number;
  files: { path: string; bytes: number }[];
}

export interface WriteExportOptions extends ExportOptions {
  /** Called as chunks are written: the file being written and the share of the graph's nodes and edges done. */
  onProgress?: (file: string, fraction: number) => void;
}

/** Writes `graph` with `exporter` to `target` (a file, or a folder for the exporters that write several files). */
export async function writeExport(
  exporter: Exporter,
  graph: PanelGraph,
  target: string,
  options: WriteExportOptions,
): Promise<ExportReport> {
  if (exporter.folder && existsSync(target) && !statSync(target).isDirectory()) {
    throw new OutputError(target, "ENOTDIR", `it is a file, and --format ${exporter.format} writes a folder of files`);
  }
  const { onProgress, ...exportOptions } = options;
  const total = graph.order + graph.size;
  const written: ExportReport["files"] = [];
  for (const file of exporter.files(graph, exportOptions)) {
    const path = file.name ? join(target, file.name) : target;
    const name = file.name || exporter.format;
    const progress = onProgress && ((count: number) => onProgress(name, count / total));
    try {
      written.push({ path, bytes: await writeChunksAtomic(path, file.chunks, progress) });
    } catch (error) {
      throw outputError(path, error);
    }
  }
  return { format: exporter.format, nodes: graph.order, edges: graph.size, files: written };
}
