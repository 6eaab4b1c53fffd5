// `panelgraph export`: the graph (or a theme's or community's part of it) in a format other tools open. Argument
// parsing and printing only; the formats and the writing are in src/export.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { dateProblem } from "../model/dates.js";
import type { PanelGraph } from "../model/graph.js";
import { nearest } from "../model/nearest.js";
import { EXPORTERS, exporterFor } from "../export/index.js";
import { communityMembers, inducedSubgraph, themeMembers } from "../export/subgraph.js";
import type { Exporter } from "../export/types.js";
import { assertExportTarget, fifoSink, streamExport, writeExport, type StreamSink } from "../export/write.js";
import { mentionedIn } from "../query/mentioned-in.js";
import { findEntity } from "../query/resolve-entity.js";
import { buildCorpusGraph, corpusName } from "../export/graph-file.js";
import {
  builtGraphPath,
  findGraphs,
  followFound,
  previousOption,
  readBuiltGraph,
  type FoundGraph,
} from "./previous.js";
import type { PreviousBuild } from "../analysis/analysed-graph.js";
import type { Command } from "./command.js";
import type { CommandContext, Output } from "./context.js";
import { corpusDir, dataOption, DEFAULT_DATA_DIR, plural, shinglerFor } from "./corpus.js";
import { UsageError } from "./errors.js";
import { answering, noteMatch, positiveInteger } from "./query.js";

/** The --out values that mean standard output. */
const STANDARD_OUTPUT = new Set(["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]);

/**
 * Where a single-file export is streamed rather than written to a file: standard output (`--out -` or /dev/stdout)
 * or a FIFO (a named pipe another program reads). A folder format refuses both: its several files need a folder.
 */
function streamTarget(
  exporter: Exporter,
  out: string | undefined,
  target: string,
): { to: "stdout" } | { to: "fifo"; path: string } | undefined {
  const stdout = out !== undefined && STANDARD_OUTPUT.has(out);
  const fifo = !stdout && out !== undefined && isFifo(target);
  if (!stdout && !fifo) return undefined;
  if (exporter.folder)
    throw new UsageError(
      `--format ${exporter.format} writes a folder of files, which cannot go to ${stdout ? "standard output" : "a FIFO"} ` +
        `(--out ${out}); give --out a folder, or stream one of ${EXPORTERS.filter((e) => !e.folder)
          .map((e) => e.format)
          .join(", ")}`,
    );
  return stdout ? { to: "stdout" } : { to: "fifo", path: target };
}

/** Whether `path` is a FIFO (a path that cannot be looked at is not: the write says why it fails). */
function isFifo(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFIFO() ?? false;
  } catch {
    return false;
  }
}

/** Standard output as a stream sink: each block written, waiting when the reader is slower (a pipe that is full). */
function stdoutSink(output: Output): StreamSink {
  const stream = output as Output & { once?: (event: "drain", listener: () => void) => unknown };
  return (block) => {
    if (output.write(block) === false && stream.once) return new Promise<void>((r) => stream.once!("drain", r));
  };
}

/**
 * Where an export goes without --out: build/export/graph.<ext> (or build/export/<format>/) for the corpus in
 * graph-data; another corpus's name is in the file's (graph-<corpus>.<ext>, <format>-<corpus>/), so exporting a
 * second corpus does not overwrite the first's.
 */
function defaultOut(exporter: Exporter, corpus: string | undefined): string {
  const suffix = corpus === undefined ? "" : `-${corpus}`;
  return exporter.folder
    ? `build/export/${exporter.format}${suffix}`
    : `build/export/graph${suffix}.${exporter.extension}`;
}

/**
 * The graph files an export that builds the corpus follows for its community numbers and positions, unless given
 * --previous: the file at --out when it is a GEXF or JSON export (the export it replaces), else the graph `build` last
 * wrote (build/graph.json, which the viewer shows), so an export's communities are numbered as the viewer's. Each is
 * followed only when it is this corpus's, by build's rule (followFound).
 */
function graphsToFollow(exporter: Exporter, target: string, context: CommandContext): Promise<FoundGraph[]> {
  const replaced = exporter.format === "gexf" || exporter.format === "json";
  return findGraphs(
    [...(replaced ? [{ path: target, gexf: exporter.format === "gexf" }] : []), { path: builtGraphPath(context) }],
    context,
  );
}

/**
 * The whole graph, from the corpus (validated and built now, following `previous`: the build given with --previous,
 * or the graph files found) or from a graph.json that `build` wrote.
 */
async function readGraph(
  dir: string,
  graphFile: string | undefined,
  context: CommandContext,
  previous: () => Promise<PreviousBuild | FoundGraph[]>,
): Promise<PanelGraph> {
  if (graphFile === undefined) {
    const before = await previous();
    let note: string | undefined;
    const follow = (found: FoundGraph[]) => (ids: readonly string[], name: string) => {
      const chosen = followFound(found, ids, name, "communities");
      if ("previous" in chosen) return chosen.previous;
      note = chosen.note;
      return undefined;
    };
    const { graph } = buildCorpusGraph(dir, {
      shingler: shinglerFor(dir, context.cwd),
      dataOption: dataOption(context.shown(dir)),
      previous: Array.isArray(before) ? follow(before) : before,
    });
    if (note) context.err(note);
    return graph;
  }
  return readBuiltGraph(graphFile, context);
}

/**
 * What is exported: the whole graph, or a part of it (`--theme`, `--community`), which holds the nodes chosen and, so
 * every passage can still be checked against its source's text, the sources their passages cite (src/export/subgraph.ts).
 */
interface Selection {
  graph: PanelGraph;
  part?: {
    of: { theme: string } | { community: number };
    /** The chosen nodes, as `communities` counts a community's members; the part's other nodes are cited sources. */
    members: number;
    /** How the summary names them: "community 2's 15 members", "13 around the theme Delegation". */
    chosen: string;
  };
}

/** The part to export: the whole graph, or a theme's part (`--theme`), or one community (`--community`). */
function selectPart(
  graph: PanelGraph,
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  read: { given: string; graphFile: string | undefined },
): Selection | undefined {
  if (values.theme !== undefined && values.community !== undefined) {
    throw new UsageError("give --theme or --community, not both");
  }
  if (typeof values.theme === "string") {
    let selection: Selection | undefined;
    const code = answering(
      () => {
        const text = values.theme as string;
        const found = findEntity(graph, text, { types: ["theme"], mentioned: 3, mentionedIn });
        noteMatch(text, found, context.err, undefined, ["theme"]);
        const members = themeMembers(graph, found.entity.id);
        selection = {
          graph: inducedSubgraph(graph, members),
          part: {
            of: { theme: found.entity.id },
            members: members.size,
            chosen: `${members.size} around the theme ${found.entity.label}`,
          },
        };
        return 0;
      },
      read.given,
      read.graphFile,
    );
    return code === 0 ? selection : undefined;
  }
  if (values.community !== undefined) {
    const community = positiveInteger(values, "community", 1);
    const members = communityMembers(graph, community);
    if (members.size === 0) {
      const ids = [...new Set(graph.mapNodes((_, a) => a.community).filter((c) => c !== undefined))].sort(
        (a, b) => a - b,
      );
      const has = ids.length === 0 ? "no communities yet" : `communities ${numberRanges(ids)}`;
      throw new UsageError(`--community ${community}: no such community; the graph has ${has}`);
    }
    return {
      graph: inducedSubgraph(graph, members),
      part: {
        of: { community },
        members: members.size,
        chosen: `community ${community}'s ${plural(members.size, "member")}`,
      },
    };
  }
  return { graph };
}

/** Community numbers as ranges: "1–4", or with numbers kept from a previous build "1–3, 5". */
function numberRanges(ids: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    ranges.push(j === i ? `${ids[i]}` : `${ids[i]}–${ids[j]}`);
    i = j + 1;
  }
  return ranges.join(", ");
}

/** "121 nodes", or for a part with cited sources "16 nodes (community 2's 15 members and 1 source their passages cite)". */
function nodesWritten({ graph, part }: Selection): string {
  const nodes = plural(graph.order, "node");
  if (!part || graph.order === part.members) return nodes;
  return `${nodes} (${part.chosen} and ${plural(graph.order - part.members, "source")} their passages cite)`;
}

/** Progress on a terminal: the file and its share written, at most four times a second; cleared at the end. */
function terminalProgress(terminal: Output): { update: (file: string, fraction: number) => void; clear: () => void } {
  let last = 0;
  return {
    update(file, fraction) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      terminal.write(`\rexporting ${file}… ${Math.min(100, Math.round(100 * fraction))}%`);
    },
    clear: () => void (last > 0 && terminal.write("\r\u001b[K")),
  };
}

export const EXPORT_COMMAND: Command = {
  name: "export",
  summary: "write the graph as GEXF (Gephi), GraphML, JSON, CSV, Turtle (RDF) or Neo4j import files",
  usage:
    "panelgraph export --format <format> [--out path] [dir | --data dir] [--graph file | --previous file] [--theme t | --community n] …",
  options: {
    format: { type: "string" },
    out: { type: "string" },
    graph: { type: "string" },
    previous: { type: "string" },
    theme: { type: "string" },
    community: { type: "string" },
    "color-by": { type: "string" },
    date: { type: "string" },
    bom: { type: "boolean" },
    json: { type: "boolean" },
    data: { type: "string" },
  },
  help: [
    "--format f      one of: " + EXPORTERS.map((e) => e.format).join(", "),
    ...EXPORTERS.map((e) => `                  ${e.format.padEnd(8)} ${e.describe}`),
    "--out path      file to write (a folder for csv and neo4j); default build/export/graph.<ext> or build/export/<format>",
    "                  (another corpus than graph-data: build/export/graph-<corpus>.<ext> or build/export/<format>-<corpus>)",
    "                  `-` (or /dev/stdout, or a FIFO): stream a gexf, graphml, json or turtle export there",
    "dir             corpus folder to build from (default: graph-data); `--data dir` says the same",
    "--graph file    export a graph.json that `panelgraph build` wrote instead of building the corpus",
    "--previous f    when building the corpus: keep the community numbers and positions of this graph.json or GEXF",
    "                  file (default: the file at --out, for gexf and json; else build/graph.json when `build` wrote it",
    "                  from this corpus, so the export's communities are numbered as the viewer's)",
    "--theme t       only the theme t (name, alias or id), its sub-themes, what connects to them, and speakers' organisations",
    "--community n   only community n's members (as `panelgraph communities` lists them) and the edges between them",
    "                  (--theme and --community: also the sources their passages cite, without their edges)",
    "--color-by c    type (default) or community: the node colours written into GEXF and GraphML",
    "--date d        the GEXF <meta> date (default: the newest source date in the graph)",
    "--bom           csv only: start each file with a UTF-8 byte-order mark, so Excel opens it by double-click with",
    "                  curly quotes, dashes and accents intact (without it: Data → From Text/CSV, UTF-8)",
    "--json          print what was written as JSON",
  ],
  async run({ positionals, values }, context) {
    if (typeof values.format !== "string") {
      throw new UsageError(`--format is required: one of ${EXPORTERS.map((e) => e.format).join(", ")}`);
    }
    const exporter = exporterFor(values.format);
    if (!exporter) {
      const close = nearest(
        values.format,
        EXPORTERS.map((e) => e.format),
        1,
      );
      throw new UsageError(
        `--format ${JSON.stringify(values.format)} is not a format${close.length ? ` (did you mean ${close[0]}?)` : ""}; ` +
          `one of: ${EXPORTERS.map((e) => e.format).join(", ")}`,
      );
    }
    const colorBy = values["color-by"] ?? "type";
    if (colorBy !== "type" && colorBy !== "community") {
      throw new UsageError(`--color-by must be type or community, got ${JSON.stringify(colorBy)}`);
    }
    if (values.date !== undefined) {
      const date = String(values.date);
      const wrong = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dateProblem(date) : "must be YYYY-MM-DD";
      if (wrong) {
        throw new UsageError(
          `--date must be a real date, YYYY-MM-DD${wrong.startsWith("not") ? `: ${wrong}` : ""} (got ${JSON.stringify(date)})`,
        );
      }
    }
    if (values.bom && exporter.format !== "csv") {
      throw new UsageError(`--bom is for --format csv (a byte-order mark is for spreadsheets), not ${exporter.format}`);
    }
    const graphFile = typeof values.graph === "string" ? values.graph : undefined;
    if (graphFile !== undefined && values.previous !== undefined) {
      throw new UsageError(
        "give --graph or --previous, not both: a graph.json given with --graph is exported with its own positions " +
          "(`panelgraph build` keeps them from its previous build)",
      );
    }
    const given = corpusDir(positionals, values, graphFile === undefined ? context : undefined);
    const corpus = context.path(given);
    const out = typeof values.out === "string" ? values.out : undefined;
    const ownCorpus =
      resolve(context.cwd, given) === resolve(context.cwd, DEFAULT_DATA_DIR) ? undefined : corpusName(corpus);
    const target = resolve(context.cwd, out ?? defaultOut(exporter, ownCorpus));
    const stream = streamTarget(exporter, out, target);
    if (stream?.to === "stdout" && values.json)
      throw new UsageError(
        `--json prints its report on standard output, where --out ${out} writes the export; leave out one of them`,
      );
    if (!stream) assertExportTarget(exporter, target, corpus);
    const graph = await readGraph(corpus, graphFile, context, async () =>
      typeof values.previous === "string"
        ? await previousOption(values.previous, context)
        : stream
          ? await findGraphs([{ path: builtGraphPath(context) }], context)
          : await graphsToFollow(exporter, target, context),
    );
    const selection = selectPart(graph, values, context, { given, graphFile });
    if (!selection) return 1;
    const part = selection.graph;
    const exportOptions = {
      colorBy,
      ...(typeof values.date === "string" ? { date: values.date } : {}),
    } as const;
    if (stream) {
      // The export alone on the stream; what was written is said on stderr (or with --json, for a FIFO, on stdout).
      const fifo = stream.to === "fifo" ? fifoSink(stream.path) : undefined;
      let bytes: number;
      try {
        bytes = await streamExport(exporter, part, fifo?.sink ?? stdoutSink(context.stdout), exportOptions);
        await fifo?.close();
      } catch (error) {
        // The reader went away (`| head`): it has what it wanted, as with any output to a pipe.
        if ((error as NodeJS.ErrnoException).code === "EPIPE") return 0;
        throw error;
      }
      const where = stream.to === "fifo" ? context.shown(stream.path) : "standard output";
      if (values.json) {
        const report = {
          format: exporter.format,
          nodes: part.order,
          edges: part.size,
          files: [{ path: stream.to === "fifo" ? stream.path : "-", bytes }],
        };
        context.out(JSON.stringify(report, null, 2));
        return 0;
      }
      context.err(`Wrote ${where} (${(bytes / 1024).toFixed(1)} kB)`);
      context.err(`${nodesWritten(selection)}, ${plural(part.size, "edge")} as ${exporter.format}`);
      return 0;
    }
    const progress = !values.json && context.stderr.isTTY ? terminalProgress(context.stderr) : undefined;
    let report;
    try {
      report = await writeExport(exporter, part, target, {
        ...exportOptions,
        corpusDir: corpus,
        onLeftovers: (notes) => {
          for (const note of notes) context.err(`panelgraph: ${note}`);
        },
        ...(values.bom ? { bom: true } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
      });
    } finally {
      progress?.clear();
    }
    if (values.json) {
      const of = selection.part;
      const citedSources = of ? part.order - of.members : 0;
      const written = of ? { ...report, part: { ...of.of, members: of.members, citedSources } } : report;
      context.out(JSON.stringify(written, null, 2));
      return 0;
    }
    for (const file of report.files) {
      context.out(`Wrote ${context.shown(file.path)} (${(file.bytes / 1024).toFixed(1)} kB)`);
    }
    context.out(`${nodesWritten(selection)}, ${plural(report.edges, "edge")} as ${exporter.format}`);
    return 0;
  },
};
