// What `panelgraph build` and `serve` write: graph.json (and, beside a large one, the viewer's graph.view.json; beside
// one that replaced another, graph.previous.json; beside every one, graph.changes.json: the build's record of its time
// and of what it changed), with a report of what was read and made.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { buildAnalysedGraph, type PreviousBuild } from "../analysis/analysed-graph.js";
import { findConflicts, findSuccessions, type Conflict, type Succession } from "../analysis/conflicts.js";
import { buildGraph } from "../graph/build.js";
import { GraphFileError, readGraphFile } from "../graph/read-graph-file.js";
import { serializeGraph, serializeViewerPayload } from "../graph/serialize.js";
import { loadValidCorpus } from "../ingest/validate.js";
import type { Shingler } from "../ingest/near-duplicates.js";
import { outputError, writeFileAtomic } from "../io/atomic.js";
import { assertWritableOutput } from "../io/output.js";
import type { Corpus } from "../model/corpus.js";
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES, RELATION_NAMES } from "../model/schema.js";
import { VIEWER_PAYLOAD_MIN_BYTES } from "../model/settings.js";
import { buildRecord, checkGraphChanges, graphChanges } from "./graph-changes.js";
import { followedBuildOf, PreviousFileError, readGraphOrGexf } from "./previous-file.js";

export interface BuildReport {
  dataDir: string;
  out: string;
  bytes: number;
  sources: { id: string; repairs: number }[];
  nodes: Record<string, number>;
  edges: Record<string, number>;
  evidence: number;
  conflicts: Conflict[];
  /** Titles that the dates put one after another: a change of post, not a conflict. */
  successions: Succession[];
  warnings: number;
  /**
   * The previous build whose community numbers and positions were kept: its file and how many of the graph's nodes
   * it had; or, when the file at `out` could not be read, why (the layout then starts afresh); null when there was none.
   */
  previous: FollowedBuild | { file: string; unreadable: string } | NotFollowedBuild | null;
}

/**
 * The build whose numbers and positions were kept: `nodes` of this graph's nodes were in its `had`; `communities.kept`
 * of this graph's `communities.total` communities have a number it had (the others took numbers it did not use).
 * `other`: it looks like another corpus's (sharing less than half the nodes of the smaller graph; `corpus`, the folder
 * it was built from, when that is another name): followed all the same, as `--previous` asked.
 */
export interface FollowedBuild {
  file: string;
  nodes: number;
  had: number;
  communities: { kept: number; total: number };
  other?: { corpus?: string };
}

/**
 * The graph.json at `out` was another corpus's (`corpus`, when it names one), sharing `shared` of its `had` nodes
 * with this graph: not followed (communities numbered by size, layout afresh, no changes recorded), kept as
 * graph.previous.json.
 */
export interface NotFollowedBuild {
  file: string;
  notFollowed: { shared: number; had: number; corpus?: string };
}

/**
 * Whether a previous build (its node count and the corpus folder it was built from), `shared` of whose nodes are among
 * this graph's `nodes`, is another corpus's than the folder `name` ("": any): another folder's name, or less than half
 * the smaller graph in common (a corpus that grew or shrank has all of the smaller one's nodes, less what was renamed
 * or merged).
 */
export function isAnotherCorpus(
  previous: { nodes: number; corpus?: string },
  shared: number,
  nodes: number,
  name: string,
): boolean {
  const named = previous.corpus !== undefined && name !== "" && previous.corpus !== name;
  return named || shared * 2 < Math.min(previous.nodes, nodes);
}

/**
 * What a graph built before (`replaced`, read as `previous`) shares with this corpus's graph (its node ids `ids`, built
 * from the folder `name`) when it is another corpus's (isAnotherCorpus); null when it is this corpus's, to follow. The
 * one rule for a graph followed without being asked for: build's graph.json at --out, export's and communities'
 * build/graph.json.
 */
export function anotherCorpusGraph(
  replaced: PanelGraph,
  previous: PreviousBuild,
  ids: readonly string[],
  name: string,
): NotFollowedBuild["notFollowed"] | null {
  const shared = ids.filter((id) => replaced.hasNode(id)).length;
  if (!isAnotherCorpus(previous, shared, ids.length, name)) return null;
  return { shared, had: previous.nodes, ...(previous.corpus !== undefined ? { corpus: previous.corpus } : {}) };
}

export interface BuildResult {
  corpus: Corpus;
  graph: PanelGraph;
  report: BuildReport;
}

/** Where the viewer's lean first load of a large graph goes: graph.view.json beside graph.json. */
export function viewerPayloadPath(out: string): string {
  return `${out.replace(/\.json$/, "")}.view.json`;
}

/**
 * Where `build` keeps the graph.json it replaced: graph.previous.json beside it, for `panelgraph diff
 * build/graph.previous.json build/graph.json` ("what did this build change?").
 */
export function previousGraphPath(out: string): string {
  return `${out.replace(/\.json$/, "")}.previous.json`;
}

/**
 * Where `build` records what it changed, for the viewer's "Changed since …": graph.changes.json beside graph.json
 * (src/export/graph-changes.ts).
 */
export function changesPath(out: string): string {
  return `${out.replace(/\.json$/, "")}.changes.json`;
}

/** The SHA-256 of a graph.json's text, by which a build's record names the graph it was written with. */
function graphSha256(json: string): string {
  return createHash("sha256").update(json, "utf8").digest("hex");
}

/**
 * When the graph.json whose text is `text` was built, as the build that wrote it recorded in the graph.changes.json
 * beside it (`built`, matched by the graph's SHA-256): so a copy of the folder or a touched file keeps its date.
 * Undefined when no record there is this graph's (an older panelgraph's build, a graph.json copied in on its own).
 */
function recordedBuildTime(out: string, text: string): Date | undefined {
  const path = changesPath(out);
  if (!existsSync(path)) return undefined;
  try {
    const record = checkGraphChanges(JSON.parse(readFileSync(path, "utf8")));
    if (typeof record === "string" || record.built?.sha256 !== graphSha256(text)) return undefined;
    return new Date(record.built.at);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * The graph.json at `out`, about to be replaced by `json`, kept as graph.previous.json when it is a graph and differs
 * (a rebuild that changes nothing keeps the last change to compare with); anything else at `out` is not kept.
 * Returns the graph kept, with when it was built (recordedBuildTime); "unchanged" when `json` is what `out` holds;
 * null when nothing was kept. `replaced` is the graph at `out` when the caller has read it already.
 */
function keepReplacedGraph(
  out: string,
  json: string,
  replaced: PanelGraph | undefined,
): { graph: PanelGraph; written: Date | undefined } | "unchanged" | null {
  if (!existsSync(out)) return null;
  const text = readFileSync(out, "utf8");
  if (text === json) return "unchanged";
  let graph = replaced;
  if (!graph) {
    try {
      graph = readGraphFile(text);
    } catch (error) {
      if (error instanceof GraphFileError) return null;
      throw error;
    }
  }
  const written = recordedBuildTime(out, text);
  writeFileAtomic(previousGraphPath(out), text);
  return { graph, written };
}

/**
 * The graph "Changed since …" compares with now: graph.previous.json, with when it was built (as graph.changes.json
 * records it); null when no changes are recorded or the two files cannot be read (a first build, a `--fresh` one,
 * files removed by hand).
 */
function recordedBaseline(out: string): { graph: PanelGraph; written: Date | undefined } | null {
  const previousPath = previousGraphPath(out);
  const path = changesPath(out);
  if (!existsSync(path) || !existsSync(previousPath)) return null;
  try {
    const changes = checkGraphChanges(JSON.parse(readFileSync(path, "utf8")));
    if (typeof changes === "string" || changes.previous === null) return null;
    const { builtAt } = changes.previous;
    return {
      graph: readGraphFile(readFileSync(previousPath, "utf8")),
      written: builtAt === undefined ? undefined : new Date(builtAt),
    };
  } catch (error) {
    if (error instanceof GraphFileError || error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * Beside graph.json, what this build changed since the graph it replaced (`kept`), and when this build was made:
 * graph.changes.json. A build that replaced none, or one made `fresh`, records only itself (no changes: the viewer
 * shows none), so that the next build knows when it was made; a rebuild that changed nothing keeps the one there,
 * which still compares graph.previous.json with the same graph.json.
 */
function writeChanges(
  out: string,
  graph: PanelGraph,
  json: string,
  kept: ReturnType<typeof keepReplacedGraph>,
  fresh: boolean,
): void {
  // Unchanged: the record there stays (it lists the last change); with none at all, this build records itself.
  if (kept === "unchanged" && !fresh && existsSync(changesPath(out))) return;
  const graphBytes = Buffer.byteLength(json);
  const built = { at: new Date().toISOString(), sha256: graphSha256(json) };
  const changes =
    fresh || kept === null || kept === "unchanged"
      ? buildRecord(graphBytes, built)
      : graphChanges(kept.graph, graph, { previousBuilt: kept.written, graphBytes, built });
  writeFileAtomic(changesPath(out), `${JSON.stringify(changes, null, 1)}\n`);
}

/**
 * Beside a graph.json of VIEWER_PAYLOAD_MIN_BYTES or more, the viewer's graph.view.json (src/graph/serialize.ts);
 * beside a smaller one, none (an older one is removed, so it cannot stand for a graph it was not written with).
 */
export function writeViewerPayload(graph: PanelGraph, out: string, graphBytes: number): void {
  const path = viewerPayloadPath(out);
  if (graphBytes < VIEWER_PAYLOAD_MIN_BYTES) return void rmSync(path, { force: true });
  writeFileAtomic(path, serializeViewerPayload(graph, graphBytes));
}

/**
 * Refuses (OutputError, nothing written) a graph.json path that is not a regular file or a new one, or lies inside the
 * corpus folder; the same for the graph.view.json, graph.previous.json and graph.changes.json that may go beside it.
 */
export function assertGraphFileOutput(out: string, dataDir: string): void {
  for (const path of [out, viewerPayloadPath(out), previousGraphPath(out), changesPath(out)])
    assertWritableOutput(path, { corpus: { dir: dataDir } });
}

/**
 * Reads, validates and builds the corpus in `dataDir`, with the computed layers and the corpus folder's name: the
 * graph `build` writes and `export` exports (so `export --format json` is graph.json, byte for byte).
 */
export function buildCorpusGraph(
  dataDir: string,
  options: {
    strict?: boolean;
    /** The build to follow, or how to choose it once the corpus's node ids and folder name are known. */
    previous?: PreviousBuild | ((ids: readonly string[], name: string) => PreviousBuild | undefined);
    shingler?: Shingler;
    /** ValidateOptions.dataOption: how the corpus-edit commands a hint prints reach this corpus. */
    dataOption?: string;
  } = {},
): { corpus: Corpus; graph: PanelGraph } {
  const corpus = loadValidCorpus(dataDir, options);
  const { previous } = options;
  const followed =
    typeof previous === "function" ? previous(buildGraph(corpus).nodes(), corpusName(dataDir)) : previous;
  return { corpus, graph: analysedCorpusGraph(corpus, dataDir, followed) };
}

/** buildCorpusGraph's graph, of a corpus read already. */
function analysedCorpusGraph(corpus: Corpus, dataDir: string, previous: PreviousBuild | undefined): PanelGraph {
  const graph = buildAnalysedGraph(corpus, previous);
  const name = corpusName(dataDir);
  if (name) graph.setAttribute("corpus", name);
  return graph;
}

/**
 * The corpus folder's own name (`graph-data` for `--data ./graph-data/` or `.` inside it); "" for the root folder. A
 * link is followed to the real folder (`current -> corpus-2025` names corpus-2025), so a corpus is the same corpus
 * whichever path reaches it: same graph.json bytes, and each build follows the last.
 */
export function corpusName(dataDir: string): string {
  let real: string;
  try {
    real = realpathSync(resolve(dataDir));
  } catch {
    real = resolve(dataDir);
  }
  return basename(real);
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Reads, validates and builds; writes graph.json atomically. Throws CorpusError (nothing written) on bad input, and
 * OutputError, before reading anything, when `out` may not be written (assertGraphFileOutput).
 *
 * Communities keep the numbers and nodes the positions of the previous build: `options.previous` (read by the caller
 * from its file), else the graph.json at `out` when there is one (when it
 * cannot be read, the layout starts afresh and the report says why); `fresh` ignores both.
 */
export function buildGraphFile(
  dataDir: string,
  out: string,
  options: {
    strict?: boolean;
    previous?: { build: PreviousBuild; file: string };
    fresh?: boolean;
    shingler?: Shingler;
    /** ValidateOptions.dataOption: how the corpus-edit commands a hint prints reach this corpus. */
    dataOption?: string;
    /**
     * serve's rebuilds during a session: graph.previous.json stays as it is (the graph before the session) and
     * graph.changes.json compares with it, so a save does not lose what the session's start showed. Only when no
     * changes are recorded is the graph at `out` kept, as by any build.
     */
    keepBaseline?: boolean;
  } = {},
): BuildResult {
  assertGraphFileOutput(out, dataDir);
  let previous: PreviousBuild | undefined;
  let previousReport: BuildReport["previous"] = null;
  // The graph at `out`, when it was read for its layout: kept as graph.previous.json and compared with the new one.
  let replaced: PanelGraph | undefined;
  let file = "";
  if (!options.fresh && options.previous !== undefined) {
    previous = options.previous.build;
    file = options.previous.file;
  } else if (!options.fresh && existsSync(out)) {
    try {
      replaced = readGraphOrGexf(out, out).graph;
      previous = followedBuildOf(replaced);
      file = out;
    } catch (error) {
      if (!(error instanceof PreviousFileError)) throw error;
      previousReport = { file: out, unreadable: error.message };
    }
  }
  const corpus = loadValidCorpus(dataDir, {
    strict: options.strict,
    ...(options.shingler ? { shingler: options.shingler } : {}),
    ...(options.dataOption ? { dataOption: options.dataOption } : {}),
  });
  const name = corpusName(dataDir);
  if (previous && replaced) {
    // The graph.json at `out` is followed only when it is this corpus's: `build/graph.json` is under the folder build
    // runs from, so two corpora built from one folder would each follow the other's.
    const notFollowed = anotherCorpusGraph(replaced, previous, buildGraph(corpus).nodes(), name);
    if (notFollowed) {
      previousReport = { file, notFollowed };
      previous = undefined;
    }
  }
  const graph = analysedCorpusGraph(corpus, dataDir, previous);
  if (previous) {
    // A renamed node was there, under its old id.
    const renamed = new Set(previous.renames?.(graph).values() ?? []);
    const shared = graph.filterNodes((id) => previous.layout.positions.has(id) || renamed.has(id)).length;
    const numbers = new Set(previous.communities.values());
    const communities = new Set(graph.mapNodes((_, a) => a.community).filter((c) => c !== undefined));
    const kept = [...communities].filter((c) => numbers.has(c)).length;
    previousReport = {
      file,
      nodes: shared,
      had: previous.nodes,
      communities: { kept, total: communities.size },
      // Asked for by --previous: only one that shares little is said to look like another corpus's.
      ...(isAnotherCorpus(previous, shared, graph.order, "")
        ? { other: previous.corpus !== undefined && previous.corpus !== name ? { corpus: previous.corpus } : {} }
        : {}),
    };
  }
  const followed = previous !== undefined || replaced === undefined;
  const json = serializeGraph(graph);
  try {
    const baseline = options.keepBaseline && !options.fresh && followed ? recordedBaseline(out) : null;
    const kept = baseline ?? keepReplacedGraph(out, json, replaced);
    writeFileAtomic(out, json);
    writeViewerPayload(graph, out, Buffer.byteLength(json));
    // Another corpus's graph is kept as graph.previous.json, but what changed since it means nothing: this build
    // records itself, as a fresh one does.
    writeChanges(out, graph, json, kept, options.fresh === true || !followed);
  } catch (error) {
    throw outputError(out, error);
  }
  const nodeCounts = countBy(graph.nodes(), (n) => graph.getNodeAttribute(n, "type"));
  const edgeCounts = countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "relation"));
  const report: BuildReport = {
    dataDir,
    out,
    bytes: statSync(out).size,
    sources: corpus.sources.map((s) => ({ id: s.meta.id, repairs: s.repairs.length })),
    nodes: Object.fromEntries(NODE_TYPES.map((t) => [t, nodeCounts.get(t) ?? 0])),
    edges: Object.fromEntries(RELATION_NAMES.map((r) => [r, edgeCounts.get(r) ?? 0])),
    evidence: graph.reduceEdges((sum, _, a) => sum + a.evidence.length, 0),
    conflicts: findConflicts(graph),
    successions: findSuccessions(graph),
    warnings: corpus.problems.filter((p) => p.severity === "warning").length,
    previous: previousReport,
  };
  return { corpus, graph, report };
}
