// What the viewer shows as "Changed since …": the difference between the graph a build replaced and the one it wrote,
// as `panelgraph diff` finds it (graph-diff.ts: this file only shapes its answer), kept in graph.changes.json beside
// graph.json. Not in graph.json itself: that file is an export (`export --format json` writes the same bytes) and the
// same corpus gives the same graph.json; a build's history and its time would make neither true.
import type { PanelGraph } from "../model/graph.js";
import {
  diffGraphs,
  EDGE_FIELDS,
  graphView,
  type ChangedConflictRef,
  type ConflictRef,
  type EdgeChange,
  type GraphDiff,
  type NodeRef,
  type NodeRename,
} from "./graph-diff.js";

export const GRAPH_CHANGES_FORMAT = "panelgraph-changes/1";

/** A connection added or removed, with the sources of its passages. */
export type ChangedEdge = EdgeChange & { sources: string[] };

/** A node in both builds whose label, aliases, roles or facts differ: each field with the values removed and added. */
export type ChangedNode = GraphDiff["attributes"][number];

/** A connection in both builds whose roles, current role, periods, end or link's wording differ: each field's values removed and added. */
export type ChangedEdgeAttributes = GraphDiff["edgeAttributes"][number];

/** A conflict (`panelgraph conflicts`'s rule) that one build has and the other has not. */
export type ChangedConflict = ConflictRef;

/** A conflict in both builds whose readings differ (a source added to a side, a value corrected): now, and before. */
export type AlteredConflict = ChangedConflictRef;

/** A connection in both builds whose passages differ: how many were added and removed, and from which sources. */
export type ChangedEvidence = EdgeChange & { added: number; removed: number; sources: string[] };

/**
 * A node merged into another (`merge-entity`, found as `panelgraph diff` finds it: graph-diff.ts NodeMerge): the node
 * gone, the node it went into, and its connections to that node, which the merge made the node's own (not removed).
 */
export interface MergedNode {
  from: NodeRef;
  into: NodeRef;
  connections: ChangedEdge[];
}

/** A build's record of itself: when it wrote graph.json (ISO 8601, UTC) and the SHA-256 of graph.json's bytes. */
export interface BuiltGraph {
  at: string;
  sha256: string;
}

/** graph.changes.json. Lists are in `panelgraph diff`'s order (nodes by type, then label; edges by relation, then ends). */
export interface GraphChanges {
  format: typeof GRAPH_CHANGES_FORMAT;
  /** The size in bytes of the graph.json written with it: the viewer ignores a file left beside another graph. */
  graphBytes: number;
  /**
   * This build, by which the next one knows when the graph it replaces was built, from that graph's bytes (not from
   * the file's time, which a copy or a touch changes). Absent from files written before builds recorded it.
   */
  built?: BuiltGraph;
  /**
   * The build replaced: when it was built (as its own record says; absent when it recorded none: a graph.json built
   * by an older panelgraph, or one copied without its graph.changes.json), and its size. Null when the build replaced
   * none (a first or a `--fresh` build, which records only itself): nothing to compare, every list empty.
   */
  previous: { builtAt?: string; nodes: number; edges: number } | null;
  /** Nodes other than sources (those are under `sources`). */
  nodes: { added: NodeRef[]; removed: NodeRef[] };
  sources: { added: NodeRef[]; removed: NodeRef[] };
  /** Nodes under a new id (`rename-entity`), sources too: their old id and name, and the new. */
  renamed: NodeRename[];
  /** Nodes merged into another; absent from files written before merges were recorded (read as none). */
  merged: MergedNode[];
  edges: { added: ChangedEdge[]; removed: ChangedEdge[] };
  /** Label, aliases, roles ("Role, Organisation (source)") and facts ("name: value (source)"). */
  attributes: ChangedNode[];
  evidence: ChangedEvidence[];
  /**
   * Connections whose roles ("Chair, since 2020 (source)"), current role, periods, end or link's wording (linked-to)
   * changed; absent from older files (none).
   */
  edgeAttributes: ChangedEdgeAttributes[];
  /**
   * Conflicts that appeared (`added`), were resolved (`removed`), or are still open with other readings (`changed`);
   * absent from older files (none), as `changed` is from files written before it was recorded.
   */
  conflicts: { added: ChangedConflict[]; removed: ChangedConflict[]; changed: AlteredConflict[] };
}

const isSource = (n: NodeRef) => n.type === "source";
const passages = (groups: { passages: string[] }[]) => groups.reduce((sum, g) => sum + g.passages.length, 0);

/**
 * What changed from `previous` (the graph.json a build replaced, built at `previousBuilt` when its record says) to
 * `current`, whose graph.json is `graphBytes` long and was written as `built` says. Community numbers are left out:
 * they say where a node was drawn, not what the sources say (`panelgraph diff` lists them).
 */
export function graphChanges(
  previous: PanelGraph,
  current: PanelGraph,
  { previousBuilt, graphBytes, built }: { previousBuilt: Date | undefined; graphBytes: number; built?: BuiltGraph },
): ComparedChanges {
  const diff = diffGraphs(
    { file: "graph.previous.json", view: graphView(previous, "json") },
    { file: "graph.json", view: graphView(current, "json") },
  );
  const edge = ({ passages: groups, ...rest }: GraphDiff["edges"]["added"][number]): ChangedEdge => ({
    ...rest,
    sources: groups.map((g) => g.source),
  });
  return {
    format: GRAPH_CHANGES_FORMAT,
    graphBytes,
    ...(built ? { built } : {}),
    previous: {
      ...(previousBuilt ? { builtAt: previousBuilt.toISOString() } : {}),
      nodes: diff.old.nodes,
      edges: diff.old.edges,
    },
    nodes: {
      added: diff.nodes.added.filter((n) => !isSource(n)),
      removed: diff.nodes.removed.filter((n) => !isSource(n)),
    },
    sources: { added: diff.nodes.added.filter(isSource), removed: diff.nodes.removed.filter(isSource) },
    renamed: diff.nodes.renamed,
    merged: diff.nodes.merged.map(({ from, into, connections }) => ({
      from,
      into,
      connections: connections.map(edge),
    })),
    edges: { added: diff.edges.added.map(edge), removed: diff.edges.removed.map(edge) },
    attributes: diff.attributes,
    evidence: diff.evidence.map(({ added, removed, ...rest }) => ({
      ...rest,
      added: passages(added),
      removed: passages(removed),
      sources: [...new Set([...added, ...removed].map((g) => g.source))].sort(),
    })),
    edgeAttributes: diff.edgeAttributes,
    // Both sides are graph.json: never null. A renamed or merged node's conflict is matched under its new id.
    conflicts: {
      added: diff.conflicts?.added ?? [],
      removed: diff.conflicts?.removed ?? [],
      changed: diff.conflicts?.changed ?? [],
    },
  };
}

/** A record of changes with a build to compare with (what the viewer shows). */
export type ComparedChanges = GraphChanges & { previous: NonNullable<GraphChanges["previous"]> };

/** The record of a build that replaced no graph (a first or a `--fresh` one): itself only, nothing to compare. */
export function buildRecord(graphBytes: number, built: BuiltGraph): GraphChanges {
  const none = () => ({ added: [], removed: [] });
  return {
    format: GRAPH_CHANGES_FORMAT,
    graphBytes,
    built,
    previous: null,
    nodes: none(),
    sources: none(),
    renamed: [],
    merged: [],
    edges: none(),
    attributes: [],
    evidence: [],
    edgeAttributes: [],
    conflicts: { ...none(), changed: [] },
  };
}

/** How many changes `changes` lists, all kinds together (0: the two builds say the same). */
export function changeCount(changes: GraphChanges): number {
  const { nodes, sources, renamed, merged, edges, attributes, evidence, edgeAttributes, conflicts } = changes;
  return (
    renamed.length +
    merged.length +
    nodes.added.length +
    nodes.removed.length +
    sources.added.length +
    sources.removed.length +
    edges.added.length +
    edges.removed.length +
    attributes.length +
    evidence.length +
    edgeAttributes.length +
    conflicts.added.length +
    conflicts.removed.length +
    conflicts.changed.length
  );
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isNodeRef = (value: unknown) =>
  isObject(value) && typeof value.id === "string" && typeof value.type === "string" && typeof value.label === "string";
const isEdge = (value: unknown) =>
  isObject(value) &&
  typeof value.id === "string" &&
  typeof value.relation === "string" &&
  isNodeRef(value.from) &&
  isNodeRef(value.to) &&
  Array.isArray(value.sources);
const listOf = (value: unknown, item: (value: unknown) => boolean) => Array.isArray(value) && value.every(item);
const isRename = (value: unknown) => isObject(value) && isNodeRef(value.from) && isNodeRef(value.to);
const isMerge = (value: unknown) =>
  isObject(value) && isNodeRef(value.from) && isNodeRef(value.into) && listOf(value.connections, isEdge);
const isText = (value: unknown) => typeof value === "string";
const FIELDS: readonly unknown[] = ["label", "aliases", "roles", "facts"];
const isFieldChange = (value: unknown) =>
  isObject(value) && FIELDS.includes(value.field) && listOf(value.removed, isText) && listOf(value.added, isText);
const isChangedNode = (value: unknown) => isNodeRef(value) && listOf((value as Json).changes, isFieldChange);
const isChangedEvidence = (value: unknown) =>
  isEdge(value) && typeof (value as Json).added === "number" && typeof (value as Json).removed === "number";
const isEdgeFieldChange = (value: unknown) =>
  isObject(value) &&
  (EDGE_FIELDS as readonly unknown[]).includes(value.field) &&
  listOf(value.removed, isText) &&
  listOf(value.added, isText);
const isChangedEdgeAttributes = (value: unknown) =>
  isObject(value) &&
  typeof value.id === "string" &&
  typeof value.relation === "string" &&
  isNodeRef(value.from) &&
  isNodeRef(value.to) &&
  listOf(value.changes, isEdgeFieldChange);
const isLabelled = (value: unknown) =>
  isObject(value) && typeof value.id === "string" && typeof value.label === "string";
const isConflict = (value: unknown) =>
  isObject(value) &&
  isLabelled(value.entity) &&
  typeof value.field === "string" &&
  (value.organisation === undefined || isLabelled(value.organisation)) &&
  listOf(value.readings, isText);
const isAlteredConflict = (value: unknown) =>
  isConflict(value) && isObject(value) && listOf(value.previousReadings, isText);
const addedRemoved = (value: unknown, item: (value: unknown) => boolean) =>
  isObject(value) && listOf(value.added, item) && listOf(value.removed, item);

/**
 * `data` (a parsed graph.changes.json) when it has the shape `graphChanges` writes; else what is wrong with it, for
 * the viewer to say in the console and show no changes.
 */
export function checkGraphChanges(data: unknown): GraphChanges | string {
  if (!isObject(data)) return "it is not an object";
  if (data.format !== GRAPH_CHANGES_FORMAT)
    return `its format is ${JSON.stringify(data.format)}, not "${GRAPH_CHANGES_FORMAT}"`;
  const isDate = (value: unknown) => typeof value === "string" && !Number.isNaN(Date.parse(value));
  const previous = data.previous;
  if (previous !== null && !isObject(previous)) return "previous is neither an object nor null";
  if (previous !== null && previous.builtAt !== undefined && !isDate(previous.builtAt))
    return "previous.builtAt is not a date";
  const built = data.built;
  if (built !== undefined && (!isObject(built) || !isDate(built.at) || typeof built.sha256 !== "string"))
    return "built is not {at: a date, sha256}";
  if (typeof data.graphBytes !== "number") return "graphBytes is not a number";
  for (const key of ["nodes", "sources"] as const)
    if (!addedRemoved(data[key], isNodeRef)) return `${key} is not {added, removed} lists of nodes`;
  // A file written before renames were found has none; one written before merges were recorded none merged (it lists
  // a merged node as removed, with its connection to the node it went into).
  const renamed = data.renamed ?? [];
  if (!listOf(renamed, isRename)) return "renamed is not a list of {from, to} nodes";
  const merged = data.merged ?? [];
  if (!listOf(merged, isMerge))
    return "merged is not a list of {from, into, connections} (two nodes and a list of edges)";
  if (!addedRemoved(data.edges, isEdge)) return "edges is not {added, removed} lists of edges";
  if (!listOf(data.attributes, isChangedNode)) return "attributes is not a list of nodes with their changes";
  if (!listOf(data.evidence, isChangedEvidence)) return "evidence is not a list of edges with passages counted";
  // Files written before edge attributes and conflicts were recorded have none.
  const edgeAttributes = data.edgeAttributes ?? [];
  if (!listOf(edgeAttributes, isChangedEdgeAttributes))
    return "edgeAttributes is not a list of edges with their changes";
  const conflicts = data.conflicts ?? { added: [], removed: [] };
  if (!addedRemoved(conflicts, isConflict)) return "conflicts is not {added, removed} lists of conflicts";
  const changed = isObject(conflicts) ? (conflicts.changed ?? []) : [];
  if (!listOf(changed, isAlteredConflict)) return "conflicts.changed is not a list of conflicts with previousReadings";
  return {
    ...data,
    renamed,
    merged,
    edgeAttributes,
    conflicts: { ...conflicts, changed },
  } as unknown as GraphChanges;
}
