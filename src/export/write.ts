// Writing an export to disk: each of the exporter's files streamed to a temporary file and renamed into place (a
// folder format's whole folder written beside its target and swapped in), so a failure or a kill half-way leaves
// whatever was there before; every path is checked before the first is written.
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { OutputError, outputError, replaceFolder, writeChunksAtomic } from "../io/atomic.js";
import { assertWritableOutput } from "../io/output.js";
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
  /** The corpus folder the graph was built from: nothing is written inside it. */
  corpusDir?: string;
  /** Hears what was cleared of a folder export that was stopped half-way (a line each), before this one is written. */
  onLeftovers?: (notes: string[]) => void;
}

/**
 * Refuses (OutputError, nothing written) a target that is not what `exporter` writes (a regular file, or a folder for
 * the folder formats; or nothing yet) or lies inside the corpus folder.
 */
export function assertExportTarget(exporter: Exporter, target: string, corpusDir?: string): void {
  assertWritableOutput(target, {
    expect: exporter.folder ? "folder" : "file",
    writer: `--format ${exporter.format}`,
    ...(corpusDir === undefined ? {} : { corpus: { dir: corpusDir } }),
  });
}

/** Writes `graph` with `exporter` to `target` (a file, or a folder for the exporters that write several files). */
export async function writeExport(
  exporter: Exporter,
  graph: PanelGraph,
  target: string,
  options: WriteExportOptions,
): Promise<ExportReport> {
  const { onProgress, corpusDir, onLeftovers, ...exportOptions } = options;
  assertExportTarget(exporter, target, corpusDir);
  const files = exporter.files(graph, exportOptions).map((file) => ({
    ...file,
    path: file.name ? join(target, file.name) : target,
  }));
  const corpus = corpusDir === undefined ? {} : { corpus: { dir: corpusDir } };
  for (const file of files)
    if (file.name) assertWritableOutput(file.path, { writer: `--format ${exporter.format}`, ...corpus });
  const total = graph.order + graph.size;
  const written: ExportReport["files"] = [];
  // A folder format's files are written into a new folder beside the target, swapped in whole at the end
  // (replaceFolder): the folder is the previous export or this one, never some files of each.
  const writeAll = async (into: string) => {
    for (const file of files) {
      const path = file.name ? join(into, file.name) : file.path;
      const name = file.name || exporter.format;
      const progress = onProgress && ((count: number) => onProgress(name, count / total));
      try {
        written.push({ path: file.path, bytes: await writeChunksAtomic(path, file.chunks, progress) });
      } catch (error) {
        throw outputError(file.path, error);
      }
    }
  };
  if (exporter.folder) {
    const names = new Set(files.map((file) => file.name));
    try {
      await replaceFolder(target, writeAll, (name) => names.has(name), onLeftovers);
    } catch (error) {
      throw error instanceof OutputError ? error : outputError(target, error);
    }
  } else await writeAll(target);
  return { format: exporter.format, nodes: graph.order, edges: graph.size, files: written };
}

/** Characters gathered before a write to a stream (~1 MB of mostly ASCII). */
const STREAM_BLOCK = 1 << 20;

/** Where a streamed export goes: a write that may ask to be waited for (a pipe that is full). */
export type StreamSink = (block: string) => void | Promise<void>;

/**
 * Writes a single-file export to a stream (standard output, a FIFO) as it is made, a block at a time, so memory stays
 * flat however large the graph; returns the bytes written. No temporary file: a stream is not replaced, it is read.
 */
export async function streamExport(
  exporter: Exporter,
  graph: PanelGraph,
  sink: StreamSink,
  options: ExportOptions,
): Promise<number> {
  const [file] = exporter.files(graph, options);
  if (!file || exporter.folder) throw new Error(`--format ${exporter.format} writes a folder, not one stream`);
  let bytes = 0;
  let block = "";
  const send = async () => {
    bytes += Buffer.byteLength(block, "utf8");
    const sent = block;
    block = "";
    await sink(sent);
  };
  for (const chunk of file.chunks) {
    block += chunk;
    if (block.length >= STREAM_BLOCK) await send();
  }
  if (block) await send();
  return bytes;
}

/** A sink writing into the FIFO at `path` (opened when the first block comes), and how to close it. */
export function fifoSink(path: string): { sink: StreamSink; close: () => Promise<void> } {
  const stream = createWriteStream(path, { flags: "w" });
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  return {
    sink: async (block) => {
      if (!stream.write(block)) await Promise.race([new Promise<void>((r) => stream.once("drain", r)), failed]);
    },
    close: () => Promise.race([new Promise<void>((r) => stream.end(r)), failed]),
  };
}
