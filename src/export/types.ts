// What every exporter is: a pure function of the graph that yields its file(s) as chunks of text, so the CLI can
// stream them to disk (no giant string at 500k edges) and the viewer can hand the same chunks to a Blob.
import type { PanelGraph } from "../model/graph.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "turtle", "neo4j"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** What `viz:color` (GEXF) and the colour attributes follow. */
  colorBy: "type" | "community";
  /**
   * Written into the file's metadata where the format has a place for it (GEXF `<meta lastmodifieddate>`); by
   * default the newest source date in the graph, so the same graph gives the same bytes on any day.
   */
  date?: string;
  /**
   * CSV only: each file starts with a UTF-8 byte-order mark, which Excel needs to read “ ” – and accented names right
   * when a file is opened by double-click (other tools read the files without it, so it is off by default).
   */
  bom?: boolean;
}

export const EXPORT_DEFAULTS: ExportOptions = { colorBy: "type" };

/**
 * One output file. `name` is relative to the export's target: "" for a single-file format (the `--out` path itself),
 * a file name inside the `--out` folder for multi-file formats (csv, neo4j).
 */
export interface ExportFile {
  name: string;
  chunks: Iterable<string>;
}

export interface Exporter {
  format: ExportFormat;
  /** The usual file extension, without the dot ("" for folder formats). */
  extension: string;
  /** True when the export is a folder of files. */
  folder: boolean;
  describe: string;
  files(graph: PanelGraph, options?: Partial<ExportOptions>): ExportFile[];
}
