// What the last build changed (graph.changes.json, written by `panelgraph build` beside graph.json:
// src/export/graph-changes.ts), for "Changed since …". Fetched only when the page says the file is there (a <meta>
// that `npm run build` and `npm start` add: src/model/build-status.ts CHANGES_META), so a graph without one costs no request
// and no 404; used only when it was written with this graph.json.
import {
  buildRecord,
  checkGraphChanges,
  type ComparedChanges,
  type GraphChanges,
} from "../../src/export/graph-changes.ts";
import { CHANGES_META } from "../../src/model/build-status.ts";
import type { PanelGraph } from "../../src/model/graph.ts";

/**
 * The recorded changes, with what the picture marks: nodes and edges added, nodes changed (renamed ones too, and the
 * nodes others were merged into).
 */
export interface Changes {
  recorded: ComparedChanges;
  addedNodes: ReadonlySet<string>;
  changedNodes: ReadonlySet<string>;
  addedEdges: ReadonlySet<string>;
  /**
   * The build replaced none it could compare with (a first or a --fresh build, or a `serve` whose rebuild changed
   * nothing over one): nothing to mark; `?changes=1` then says "No changes since" this build's time.
   */
  unchanged?: true;
}

/**
 * The changes recorded for `graph` (whose graph.json is `graphBytes` long, when the server said), or null: none
 * recorded, or a file that is not one or was written with another graph.json (one replaced by hand). Why it is not
 * used goes to the console, as information: the graph itself is fine.
 */
export async function fetchChanges(
  graph: PanelGraph,
  graphBytes: number | null,
  graphUrl = "./graph.json",
): Promise<Changes | null> {
  const url = document.querySelector<HTMLMetaElement>(`meta[name="${CHANGES_META}"]`)?.content;
  if (!url) return null;
  let data: unknown;
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return null;
    data = await response.json();
  } catch {
    return null;
  }
  const checked = checkGraphChanges(data);
  const ignored = (why: string) => void console.info(`panelgraph: ${url} not shown: ${why}`);
  if (typeof checked === "string") return (ignored(checked), null);
  if (graphBytes !== null && checked.graphBytes !== graphBytes) {
    if (checked.previous === null) return null;
    // `npm start` rebuilt the graph since this one was read (fast accepts in Review): the file is the next build's,
    // which the page loads next. Nothing to say then; only a graph.json replaced by hand is worth a word.
    if (await replacedSince(graphUrl, graphBytes)) return null;
    return (ignored(`written with a graph.json of ${checked.graphBytes} bytes, not this one (${graphBytes})`), null);
  }
  // A first or --fresh build records only itself, for the next build: nothing to compare, nothing since its time.
  if (checked.previous === null) return unchangedSince(graph, checked.built?.at);
  const stale = changesOutside(graph, checked);
  if (stale) return (ignored(stale), null);
  return marksOf(graph, { ...checked, previous: checked.previous });
}

/** No changes since `builtAt` (this build's time, when recorded): empty lists, nothing marked. */
function unchangedSince(graph: PanelGraph, builtAt: string | undefined): Changes {
  const none = buildRecord(0, { at: "", sha256: "" });
  const previous = { ...(builtAt !== undefined && { builtAt }), nodes: graph.order, edges: graph.size };
  return { ...marksOf(graph, { ...none, previous }), unchanged: true };
}

/** Whether the served graph.json is no longer `bytes` long: a newer build replaced the one read. */
async function replacedSince(graphUrl: string, bytes: number): Promise<boolean> {
  try {
    const head = await fetch(graphUrl, { method: "HEAD", cache: "no-cache" });
    const now = Number(head.headers.get("content-length") ?? NaN);
    return head.ok && Number.isFinite(now) && now !== bytes;
  } catch {
    return false;
  }
}

/** What in `changes` does not fit `graph` (an added node it lacks, a removed one it has), or "" when all does. */
export function changesOutside(graph: PanelGraph, changes: GraphChanges): string {
  const renamedTo = changes.renamed.map((r) => r.to);
  const mergedInto = changes.merged.map((m) => m.into);
  const added = [
    ...changes.nodes.added,
    ...changes.sources.added,
    ...changes.attributes,
    ...renamedTo,
    ...mergedInto,
    ...[...changes.conflicts.added, ...changes.conflicts.changed].map((c) => c.entity),
  ].find((n) => !graph.hasNode(n.id));
  if (added) return `it names ${added.id}, which this graph lacks`;
  const gone = [...changes.renamed, ...changes.merged].map((r) => r.from);
  const removed = [...changes.nodes.removed, ...changes.sources.removed, ...gone].find((n) => graph.hasNode(n.id));
  if (removed) return `it says ${removed.id} was removed, but this graph has it`;
  const edge = [...changes.edges.added, ...changes.evidence, ...changes.edgeAttributes].find(
    (e) => !graph.hasEdge(e.id),
  );
  if (edge) return `it names the connection ${edge.id}, which this graph lacks`;
  return "";
}

export function marksOf(graph: PanelGraph, recorded: ComparedChanges): Changes {
  const has = (id: string) => graph.hasNode(id);
  return {
    recorded,
    addedNodes: new Set([...recorded.nodes.added, ...recorded.sources.added].map((n) => n.id).filter(has)),
    // A renamed node is a changed one (a dashed ring), not an added one; so is a node another was merged into.
    changedNodes: new Set(
      [...recorded.attributes, ...recorded.renamed.map((r) => r.to), ...recorded.merged.map((m) => m.into)]
        .map((n) => n.id)
        .filter(has),
    ),
    addedEdges: new Set(recorded.edges.added.map((e) => e.id).filter((e) => graph.hasEdge(e))),
  };
}
