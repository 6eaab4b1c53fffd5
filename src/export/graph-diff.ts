// What changed between two builds (`panelgraph diff old new`): nodes and edges added and removed, nodes renamed, the
// passages behind an edge, a node's names, roles and facts, and its community number. Either side may be a graph.json or a GEXF
// export; both are first read into the same plain form, in the exporters' own words (src/export/columns.ts), so a
// graph.json and the GEXF exported from it compare as equal.
import { conflictReadings, findConflicts, readingSources, type Conflict } from "../analysis/conflicts.js";
import type { PanelGraph } from "../model/graph.js";
import { idForm, normaliseName } from "../model/names.js";
import { NODE_TYPES } from "../model/vocabulary.js";
import { EDGE_COLUMNS, NODE_COLUMNS, NodeRow, parsePassage, readableQuote, type ListColumn } from "./columns.js";

/** A node as the diff compares it. */
interface NodeView {
  type: string;
  label: string;
  community: number | null;
  /** The ids it had before (`formerIds`, which rename-entity and merge-entity record; a GEXF file has none). */
  formerIds: string[];
  /** Lists compared item by item: aliases, roles ("Role, Organisation (source)"), facts ("name: value (source)"). */
  lists: Record<ListField, string[]>;
}

const LIST_FIELDS = ["aliases", "roles", "facts"] as const;
type ListField = (typeof LIST_FIELDS)[number];

/**
 * An edge's attributes the diff compares, as the exporters' columns write them: roles `Chair, since 2020 (source)`; an
 * affiliation's claims without a role, `periods` `until 2024-04 (source)`, and when the sources end it, `ended`; a
 * linked-to edge's wordings (`link`).
 */
export const EDGE_FIELDS = ["roles", "current_role", "periods", "ended", "link"] as const;
type EdgeField = (typeof EDGE_FIELDS)[number];

/** An edge as the diff compares it: its ends, its passages, each `“quote” (kind)`, by source, and its roles. */
interface EdgeView {
  relation: string;
  from: string;
  to: string;
  passages: Map<string, Set<string>>;
  lists: Record<EdgeField, string[]>;
}

/** A conflict (src/analysis/conflicts.ts) as the diff compares it: where, and each reading with its sources. */
export interface ConflictRef {
  entity: { id: string; label: string };
  field: string;
  organisation?: { id: string; label: string };
  /** Each value once with the sources that give it: `Chair (a)`, `Director (2 sources: b, c)`. */
  readings: string[];
}

/** A conflict in both builds whose readings differ: as it is now, with the readings it had before. */
export type ChangedConflictRef = ConflictRef & { previousReadings: string[] };

interface GraphView {
  nodes: Map<string, NodeView>;
  edges: Map<string, EdgeView>;
  /** By the rule `panelgraph conflicts` uses; undefined for a GEXF file, which keeps roles and facts only as text. */
  conflicts?: ConflictRef[];
}

export interface NodeRef {
  id: string;
  type: string;
  label: string;
}

export interface SourcePassages {
  source: string;
  passages: string[];
}

export interface EdgeChange {
  id: string;
  relation: string;
  from: NodeRef;
  to: NodeRef;
}

/**
 * A node under a new id (`rename-entity`): the old id gone, the new one there, of the same type, under the same name
 * (a label or alias in common, the old id the id form of a new name, or among its formerIds) and with every old
 * connection there, between the same nodes (findRenames). Its connections are then compared as for any node in both
 * builds, not listed as added and removed.
 */
export interface NodeRename {
  from: NodeRef;
  to: NodeRef;
}

/**
 * A node gone into another (`merge-entity`): the old id gone, and a node of the same type in both builds that has its
 * label, or its id, among its names now, and not before (merge-entity leaves the merged one's names as aliases;
 * findMerges). Its
 * connections that are connections of the other node now are compared as for any node in both builds. `connections`:
 * those it had with the node it went into, which the merge made a node's connection to itself (merge-entity drops
 * such a claim): part of the merge, not edges removed.
 */
export interface NodeMerge {
  from: NodeRef;
  into: NodeRef;
  connections: (EdgeChange & { passages: SourcePassages[] })[];
}

export interface GraphDiff {
  old: { file: string; nodes: number; edges: number };
  new: { file: string; nodes: number; edges: number };
  nodes: { added: NodeRef[]; removed: NodeRef[]; renamed: NodeRename[]; merged: NodeMerge[] };
  edges: {
    added: (EdgeChange & { passages: SourcePassages[] })[];
    removed: (EdgeChange & { passages: SourcePassages[] })[];
  };
  /** Edges in both whose passages differ: the passages added and removed, by source. */
  evidence: (EdgeChange & { added: SourcePassages[]; removed: SourcePassages[] })[];
  /** Nodes in both whose label, aliases, roles or facts differ: each field with the values removed and added. */
  attributes: (NodeRef & { changes: { field: "label" | ListField; removed: string[]; added: string[] }[] })[];
  /**
   * Edges in both whose roles (each `Role, period (source)`), current role, periods (an affiliation's claims without a
   * role, `until 2024-04 (source)`) or end (`ended`) differ: each field's values removed and added.
   */
  edgeAttributes: (EdgeChange & { changes: { field: EdgeField; removed: string[]; added: string[] }[] })[];
  /**
   * The conflicts (`panelgraph conflicts`) in each build: those that appeared (`added`), went away (`removed`), or are
   * in both with other readings (`changed`: a source added to a side, a value corrected). A conflict is where it is (the
   * entity, the field, the organisation; a renamed or merged node's under its new id), not what its sides say, so one
   * still open is never listed as resolved. null when either side is a GEXF file.
   */
  conflicts: {
    old: number;
    new: number;
    added: ConflictRef[];
    removed: ConflictRef[];
    changed: ChangedConflictRef[];
  } | null;
  /** Nodes in both whose community number differs (null: none, as for a node outside the projection). */
  communities: (NodeRef & { from: number | null; to: number | null })[];
}

const passageText = (quote: string, kind: string) => `“${readableQuote(quote)}” (${kind})`;

function listItems(id: ListField, row: NodeRow): string[] {
  const column = NODE_COLUMNS.find((c) => c.id === id) as ListColumn<NodeRow>;
  return [...column.items(row)];
}

const conflictRef = (c: Conflict): ConflictRef => ({
  entity: c.entity,
  field: c.field,
  ...(c.organisation && { organisation: c.organisation }),
  readings: conflictReadings(c).map((r) => `${r.value} ${readingSources(r)}`),
});

/** A GEXF list attribute: graphology-gexf reads a `liststring` as an array. */
const gexfList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value !== "" ? [value] : [];

/** A `lines` cell (src/export/columns.ts listCell) back into its items. */
function gexfLines(value: unknown): string[] {
  if (typeof value !== "string" || value === "") return [];
  const escapes: Record<string, string> = { "\\": "\\", n: "\n", r: "\r", e: "" };
  return value.split("\n").map((item) => item.replace(/\\([\\nre])/g, (_, c: string) => escapes[c]!));
}

const communityOf = (value: unknown): number | null => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) ? n : null;
};

function addPassage(passages: Map<string, Set<string>>, source: string, text: string): void {
  const set = passages.get(source) ?? new Set<string>();
  set.add(text);
  passages.set(source, set);
}

/** A graph.json's graph, or a GEXF file's (its attributes as the exporter's columns wrote them), in one plain form. */
export function graphView(graph: PanelGraph, format: "json" | "gexf"): GraphView {
  const nodes = new Map<string, NodeView>();
  const edges = new Map<string, EdgeView>();
  graph.forEachNode((id, a) => {
    const raw = a as unknown as Record<string, unknown>;
    const lists =
      format === "json"
        ? Object.fromEntries(LIST_FIELDS.map((f) => [f, listItems(f, new NodeRow(graph, id))]))
        : Object.fromEntries(LIST_FIELDS.map((f) => [f, gexfList(raw[f])]));
    nodes.set(id, {
      type: String(a.type ?? "node"),
      label: String(a.label ?? id),
      community: communityOf(a.community),
      formerIds: a.formerIds ?? [],
      lists: lists as NodeView["lists"],
    });
  });
  graph.forEachEdge((id, a, from, to) => {
    const passages = new Map<string, Set<string>>();
    if (format === "json") {
      for (const e of a.evidence) addPassage(passages, e.source, passageText(e.quote, e.kind));
    } else {
      for (const line of gexfLines((a as unknown as Record<string, unknown>).evidence)) {
        const p = parsePassage(line);
        if (p) addPassage(passages, p.source, passageText(p.quote, p.kind));
      }
    }
    const raw = a as unknown as Record<string, unknown>;
    const lists =
      format === "json"
        ? Object.fromEntries(
            EDGE_FIELDS.map((f) => {
              const column = EDGE_COLUMNS.find((c) => c.id === f)!;
              const row = { graph, id, attributes: a };
              const value = column.type === "list" || column.type === "lines" ? column.items(row) : column.value(row);
              return [f, Array.isArray(value) ? [...value] : value === undefined ? [] : [String(value)]];
            }),
          )
        : Object.fromEntries(EDGE_FIELDS.map((f) => [f, gexfList(raw[f])]));
    edges.set(id, {
      relation: String(a.relation ?? "connected"),
      from,
      to,
      passages,
      lists: lists as EdgeView["lists"],
    });
  });
  return { nodes, edges, ...(format === "json" && { conflicts: findConflicts(graph).map(conflictRef) }) };
}

const TYPE_ORDER: readonly string[] = NODE_TYPES;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nodes by type (in the model's order), then label, then id: the same order for the same two files. */
function byNode(a: NodeRef, b: NodeRef): number {
  const rank = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  return rank(a.type) - rank(b.type) || byText(a.label, b.label) || byText(a.id, b.id);
}

/** Edges by relation, then their ends' labels, then id: diff's order (graph-changes.ts keeps it). */
export function byEdge(a: EdgeChange, b: EdgeChange): number {
  return (
    byText(a.relation, b.relation) ||
    byText(a.from.label, b.from.label) ||
    byText(a.to.label, b.to.label) ||
    byText(a.id, b.id)
  );
}

function sourcePassages(passages: Map<string, Set<string>>, keep: (source: string, text: string) => boolean) {
  const found: SourcePassages[] = [];
  for (const source of [...passages.keys()].sort(byText)) {
    const kept = [...passages.get(source)!].filter((text) => keep(source, text)).sort(byText);
    if (kept.length > 0) found.push({ source, passages: kept });
  }
  return found;
}

const namesOf = (n: NodeView) => [n.label, ...n.lists.aliases];

/** An edge's place, its ends taken through `rename`: the same place in two builds is the same connection. */
const placeOf = (e: EdgeView, rename: (id: string) => string) =>
  `${e.relation}\u0000${rename(e.from)}\u0000${rename(e.to)}`;

function byEnd(edges: EdgeView[]): Map<string, EdgeView[]> {
  const found = new Map<string, EdgeView[]>();
  for (const e of edges) for (const end of new Set([e.from, e.to])) found.set(end, [...(found.get(end) ?? []), e]);
  return found;
}

/**
 * The nodes removed that are nodes added under a new id (NodeRename), old id → new id. A removed node is paired with
 * the first added node (by id) of its type that shares a name with it (a label or alias, compared as names are:
 * src/model/names.ts) or has its old id as a name, the id form of one or a former id, and has every one of its connections (the
 * new one may have more: a source added in the same build). Each added node is paired once.
 */
function findRenames(
  removed: string[],
  added: string[],
  before: GraphView,
  after: GraphView,
  edges: { removed: EdgeView[]; added: EdgeView[] },
): Map<string, string> {
  // The added nodes by each name, normalised, and by each name's id form.
  const byName = new Map<string, string[]>();
  const index = (key: string, id: string) => {
    const ids = byName.get(key) ?? [];
    if (!ids.includes(id)) byName.set(key, [...ids, id]);
  };
  for (const id of [...added].sort(byText)) {
    const n = after.nodes.get(id)!;
    for (const name of namesOf(n)) {
      index(`${n.type}\u0000name\u0000${normaliseName(name)}`, id);
      index(`${n.type}\u0000id\u0000${idForm(name)}`, id);
      index(`${n.type}\u0000id\u0000${name}`, id);
    }
    // An id it had before, as rename-entity records it, whatever its names read.
    for (const former of n.formerIds) index(`${n.type}\u0000id\u0000${former}`, id);
  }
  const candidates = new Map<string, string[]>();
  for (const oldId of [...removed].sort(byText)) {
    const old = before.nodes.get(oldId)!;
    const keys = [
      ...namesOf(old).map((name) => `${old.type}\u0000name\u0000${normaliseName(name)}`),
      `${old.type}\u0000id\u0000${oldId}`,
    ];
    const matches = [...new Set(keys.flatMap((key) => byName.get(key) ?? []))].sort(byText);
    if (matches.length > 0) candidates.set(oldId, matches);
  }
  if (candidates.size === 0) return new Map();
  const oldEdges = byEnd(edges.removed);
  const newEdges = byEnd(edges.added);
  // Connections between two renamed nodes: the other end read through its first candidate while pairs are chosen.
  const first = new Map([...candidates].map(([oldId, [newId]]) => [oldId, newId!]));
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const [oldId, matches] of candidates) {
    const found = matches.find((newId) => {
      if (taken.has(newId)) return false;
      const through = (id: string) => (id === oldId ? newId : (first.get(id) ?? id));
      const newPlaces = new Set((newEdges.get(newId) ?? []).map((e) => placeOf(e, (id) => id)));
      return (oldEdges.get(oldId) ?? []).every((e) => newPlaces.has(placeOf(e, through)));
    });
    if (found !== undefined) {
      renames.set(oldId, found);
      taken.add(found);
    }
  }
  return renames;
}

/**
 * The removed nodes (not renamed) that were merged into a node kept from the old build, old id → that node's id: of
 * the same type, with the old label, or the old id (as written or as the id form of a name), among its names now and
 * not in the old build (they came with the merge). A new node of the same name is another node; when more than one
 * kept node took the name, none (the node stays removed).
 */
function findMerges(removed: string[], before: GraphView, after: GraphView): Map<string, string> {
  const holders = new Map<string, string[]>();
  for (const [id, n] of after.nodes)
    if (before.nodes.has(id))
      for (const name of namesOf(n))
        for (const key of [`name\u0000${normaliseName(name)}`, `id\u0000${idForm(name)}`, `id\u0000${name}`]) {
          const ids = holders.get(`${n.type}\u0000${key}`) ?? [];
          if (!ids.includes(id)) holders.set(`${n.type}\u0000${key}`, [...ids, id]);
        }
  const merges = new Map<string, string>();
  for (const oldId of [...removed].sort(byText)) {
    const old = before.nodes.get(oldId)!;
    const keys = [`name\u0000${normaliseName(old.label)}`, `id\u0000${oldId}`].map((k) => `${old.type}\u0000${k}`);
    const candidates = [...new Set(keys.flatMap((key) => holders.get(key) ?? []))].filter((id) => id !== oldId);
    // A name the node had already (two entities sharing a surname) says nothing of a merge.
    const hadIt = (id: string) => {
      const names = namesOf(before.nodes.get(id)!);
      return (
        names.some((name) => normaliseName(name) === normaliseName(old.label)) ||
        names.some((name) => name === oldId || idForm(name) === oldId)
      );
    };
    const fresh = candidates.filter((id) => !hadIt(id));
    if (fresh.length === 1) merges.set(oldId, fresh[0]!);
  }
  return merges;
}

/** The values of each list that differ from `old` to `next`. */
function listChanges<Field extends string>(
  fields: readonly Field[],
  old: Record<Field, string[]>,
  next: Record<Field, string[]>,
): { field: Field; removed: string[]; added: string[] }[] {
  const changes: { field: Field; removed: string[]; added: string[] }[] = [];
  for (const field of fields) {
    const removed = old[field].filter((v) => !next[field].includes(v)).sort(byText);
    const added = next[field].filter((v) => !old[field].includes(v)).sort(byText);
    if (removed.length + added.length > 0) changes.push({ field, removed, added });
  }
  return changes;
}

/**
 * The conflicts in `after` and not `before` (added), in `before` and not `after` (removed), and in both with other
 * readings (changed). A conflict is matched by where it is, `through` taking an old node id to its new one (a rename, a
 * merge): at most one conflict a build has on one entity's field (at one organisation).
 */
function conflictChanges(
  before: ConflictRef[] | undefined,
  after: ConflictRef[] | undefined,
  through: (id: string) => string,
): GraphDiff["conflicts"] {
  if (before === undefined || after === undefined) return null;
  const place = (c: ConflictRef, id: (id: string) => string) =>
    JSON.stringify([id(c.entity.id), c.field, c.organisation ? id(c.organisation.id) : ""]);
  const old = new Map<string, ConflictRef>();
  for (const c of before) if (!old.has(place(c, through))) old.set(place(c, through), c);
  const newPlaces = new Set(after.map((c) => place(c, (id) => id)));
  const sorted = (readings: string[]) => JSON.stringify([...readings].sort(byText));
  const changed: ChangedConflictRef[] = [];
  const added: ConflictRef[] = [];
  for (const c of after) {
    const was = old.get(place(c, (id) => id));
    if (was === undefined) added.push(c);
    else if (sorted(was.readings) !== sorted(c.readings)) changed.push({ ...c, previousReadings: was.readings });
  }
  return {
    old: before.length,
    new: after.length,
    added,
    removed: before.filter((c) => !newPlaces.has(place(c, through))),
    changed,
  };
}

/** The label, aliases, roles and facts that differ from `old` to `next`. */
function nodeChanges(old: NodeView, next: NodeView): GraphDiff["attributes"][number]["changes"] {
  const changes: GraphDiff["attributes"][number]["changes"] = [];
  if (old.label !== next.label) changes.push({ field: "label", removed: [old.label], added: [next.label] });
  changes.push(...listChanges(LIST_FIELDS, old.lists, next.lists));
  return changes;
}

/**
 * The nodes of `after` that `before` had under another id (rename-entity), old id → new id, found as diffGraphs finds
 * them (findRenames) from names and connections only: what a build needs to keep a renamed node where it was drawn.
 * `before` may be a graph.json or a GEXF file's graph; `after` a graph just built, before its computed layers.
 */
export function renamedNodes(before: PanelGraph, after: PanelGraph): Map<string, string> {
  const added = after.filterNodes((id) => !before.hasNode(id));
  const removed = before.filterNodes((id) => !after.hasNode(id));
  if (added.length === 0 || removed.length === 0) return new Map();
  // Names and connections are all findRenames reads: the rest of a view (passages, roles, conflicts) is not made.
  const view = (graph: PanelGraph): GraphView => {
    const nodes = new Map<string, NodeView>();
    graph.forEachNode((id, a) =>
      nodes.set(id, {
        type: String(a.type ?? "node"),
        label: String(a.label ?? id),
        community: null,
        formerIds: a.formerIds ?? [],
        lists: { aliases: gexfList((a as unknown as Record<string, unknown>).aliases), roles: [], facts: [] },
      }),
    );
    return { nodes, edges: new Map() };
  };
  const edges = (graph: PanelGraph, other: PanelGraph): EdgeView[] =>
    graph
      .filterEdges((id) => !other.hasEdge(id))
      .map((id) => ({
        relation: String(graph.getEdgeAttribute(id, "relation") ?? "connected"),
        from: graph.source(id),
        to: graph.target(id),
        passages: new Map(),
        lists: { roles: [], current_role: [], periods: [], ended: [], link: [] },
      }));
  return findRenames(removed, added, view(before), view(after), {
    removed: edges(before, after),
    added: edges(after, before),
  });
}

/** What changed from `before` (the older build) to `after`; the files' names are for the report only. */
export function diffGraphs(
  before: { file: string; view: GraphView },
  after: { file: string; view: GraphView },
): GraphDiff {
  const { nodes: oldNodes, edges: oldEdges } = before.view;
  const { nodes: newNodes, edges: newEdges } = after.view;
  const ref = (id: string): NodeRef => {
    const n = newNodes.get(id) ?? oldNodes.get(id);
    return { id, type: n?.type ?? "node", label: n?.label ?? id };
  };
  const edgeRef = (id: string, e: EdgeView): EdgeChange => ({
    id,
    relation: e.relation,
    from: ref(e.from),
    to: ref(e.to),
  });
  const all = () => true;

  const addedNodes = [...newNodes.keys()].filter((id) => !oldNodes.has(id));
  const removedNodes = [...oldNodes.keys()].filter((id) => !newNodes.has(id));
  const addedEdges = [...newEdges.keys()].filter((id) => !oldEdges.has(id));
  const removedEdges = [...oldEdges.keys()].filter((id) => !newEdges.has(id));
  const renames = findRenames(removedNodes, addedNodes, before.view, after.view, {
    removed: removedEdges.map((id) => oldEdges.get(id)!),
    added: addedEdges.map((id) => newEdges.get(id)!),
  });
  const renamedTo = new Set(renames.values());
  const merges = findMerges(
    removedNodes.filter((id) => !renames.has(id)),
    before.view,
    after.view,
  );
  // A renamed (or merged) node's connections have new ids (they name its ends): each old one paired with the new one
  // in its place. A merged node's connection that the node it went into had already is folded into that one: its
  // passages are that connection's, listed as evidence added to it, not as a connection removed.
  const through = (id: string) => renames.get(id) ?? merges.get(id) ?? id;
  const addedByPlace = new Map(addedEdges.map((id) => [placeOf(newEdges.get(id)!, (end) => end), id]));
  const keptPlaces = new Set([...newEdges].filter(([id]) => oldEdges.has(id)).map(([, e]) => placeOf(e, (end) => end)));
  const edgePairs = new Map<string, string>();
  const pairedNew = new Set<string>();
  const folded = new Set<string>();
  // A merged node's connections to the node it went into, by the merged node: the merge made them one node's own.
  const withMerge = new Map<string, string[]>();
  for (const id of removedEdges) {
    const e = oldEdges.get(id)!;
    if (through(e.from) === e.from && through(e.to) === e.to) continue;
    if (through(e.from) === through(e.to) && (merges.has(e.from) || merges.has(e.to))) {
      const merged = merges.has(e.from) ? e.from : e.to;
      withMerge.set(merged, [...(withMerge.get(merged) ?? []), id]);
      continue;
    }
    const place = placeOf(e, through);
    const newId = addedByPlace.get(place);
    if (newId !== undefined && !pairedNew.has(newId)) {
      edgePairs.set(id, newId);
      pairedNew.add(newId);
    } else if (keptPlaces.has(place) && (merges.has(e.from) || merges.has(e.to))) folded.add(id);
  }

  const gone = new Set([...withMerge.values()].flat());
  const diff: GraphDiff = {
    old: { file: before.file, nodes: oldNodes.size, edges: oldEdges.size },
    new: { file: after.file, nodes: newNodes.size, edges: newEdges.size },
    nodes: {
      added: addedNodes.filter((id) => !renamedTo.has(id)).map(ref),
      removed: removedNodes.filter((id) => !renames.has(id) && !merges.has(id)).map(ref),
      renamed: [...renames].map(([from, to]) => ({ from: ref(from), to: ref(to) })),
      merged: [...merges].map(([from, into]) => ({
        from: ref(from),
        into: ref(into),
        connections: (withMerge.get(from) ?? []).map((id) => ({
          ...edgeRef(id, oldEdges.get(id)!),
          passages: sourcePassages(oldEdges.get(id)!.passages, all),
        })),
      })),
    },
    edges: {
      added: addedEdges
        .filter((id) => !pairedNew.has(id))
        .map((id) => ({
          ...edgeRef(id, newEdges.get(id)!),
          passages: sourcePassages(newEdges.get(id)!.passages, all),
        })),
      removed: removedEdges
        .filter((id) => !edgePairs.has(id) && !folded.has(id) && !gone.has(id))
        .map((id) => ({
          ...edgeRef(id, oldEdges.get(id)!),
          passages: sourcePassages(oldEdges.get(id)!.passages, all),
        })),
    },
    evidence: [],
    attributes: [],
    edgeAttributes: [],
    conflicts: conflictChanges(before.view.conflicts, after.view.conflicts, through),
    communities: [],
  };
  const edgesInBoth = [
    ...[...newEdges.keys()].filter((id) => oldEdges.has(id)).map((id) => [id, id] as const),
    ...[...edgePairs].map(([oldId, newId]) => [oldId, newId] as const),
  ];
  for (const [oldId, id] of edgesInBoth) {
    const old = oldEdges.get(oldId)!;
    const e = newEdges.get(id)!;
    const added = sourcePassages(e.passages, (s, text) => !old.passages.get(s)?.has(text));
    const removed = sourcePassages(old.passages, (s, text) => !e.passages.get(s)?.has(text));
    if (added.length + removed.length > 0) diff.evidence.push({ ...edgeRef(id, e), added, removed });
    const changes = listChanges(EDGE_FIELDS, old.lists, e.lists);
    if (changes.length > 0) diff.edgeAttributes.push({ ...edgeRef(id, e), changes });
  }
  const nodesInBoth = [
    ...[...newNodes.keys()].filter((id) => oldNodes.has(id)).map((id) => [id, id] as const),
    ...[...renames],
  ];
  for (const [oldId, id] of nodesInBoth) {
    const old = oldNodes.get(oldId)!;
    const n = newNodes.get(id)!;
    const changes = nodeChanges(old, n);
    if (changes.length > 0) diff.attributes.push({ ...ref(id), changes });
    if (old.community !== n.community) diff.communities.push({ ...ref(id), from: old.community, to: n.community });
  }
  diff.nodes.added.sort(byNode);
  diff.nodes.removed.sort(byNode);
  diff.nodes.renamed.sort((a, b) => byNode(a.to, b.to) || byText(a.from.id, b.from.id));
  diff.nodes.merged.sort((a, b) => byNode(a.from, b.from));
  for (const merge of diff.nodes.merged) merge.connections.sort(byEdge);
  diff.edges.added.sort(byEdge);
  diff.edges.removed.sort(byEdge);
  diff.evidence.sort(byEdge);
  diff.edgeAttributes.sort(byEdge);
  diff.attributes.sort(byNode);
  diff.communities.sort(byNode);
  return diff;
}
