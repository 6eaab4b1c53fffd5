// What changed between two builds (`panelgraph diff old new`): nodes and edges added and removed, the passages behind
// an edge, a node's names, roles and facts, and its community number. Either side may be a graph.json or a GEXF
// export; both are first read into the same plain form, in the exporters' own words (src/export/columns.ts), so a
// graph.json and the GEXF exported from it compare as equal.
import type { PanelGraph } from "../model/graph.js";
import { NODE_TYPES } from "../model/vocabulary.js";
import { NODE_COLUMNS, NodeRow, parsePassage, readableQuote, type ListColumn } from "./columns.js";

/** A node as the diff compares it. */
interface NodeView {
  type: string;
  label: string;
  community: number | null;
  /** Lists compared item by item: aliases, roles ("Role, Organisation (source)"), facts ("name: value (source)"). */
  lists: Record<ListField, string[]>;
}

const LIST_FIELDS = ["aliases", "roles", "facts"] as const;
type ListField = (typeof LIST_FIELDS)[number];

/** An edge as the diff compares it: its ends and its passages, each `“quote” (kind)`, by source. */
interface EdgeView {
  relation: string;
  from: string;
  to: string;
  passages: Map<string, Set<string>>;
}

interface GraphView {
  nodes: Map<string, NodeView>;
  edges: Map<string, EdgeView>;
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

export interface GraphDiff {
  old: { file: string; nodes: number; edges: number };
  new: { file: string; nodes: number; edges: number };
  nodes: { added: NodeRef[]; removed: NodeRef[] };
  edges: {
    added: (EdgeChange & { passages: SourcePassages[] })[];
    removed: (EdgeChange & { passages: SourcePassages[] })[];
  };
  /** Edges in both whose passages differ: the passages added and removed, by source. */
  evidence: (EdgeChange & { added: SourcePassages[]; removed: SourcePassages[] })[];
  /** Nodes in both whose label, aliases, roles or facts differ: each field with the values removed and added. */
  attributes: (NodeRef & { changes: { field: "label" | ListField; removed: string[]; added: string[] }[] })[];
  /** Nodes in both whose community number differs (null: none, as for a node outside the projection). */
  communities: (NodeRef & { from: number | null; to: number | null })[];
}

const passageText = (quote: string, kind: string) => `“${readableQuote(quote)}” (${kind})`;

function listItems(id: ListField, row: NodeRow): string[] {
  const column = NODE_COLUMNS.find((c) => c.id === id) as ListColumn<NodeRow>;
  return [...column.items(row)];
}

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
    edges.set(id, { relation: String(a.relation ?? "connected"), from, to, passages });
  });
  return { nodes, edges };
}

const TYPE_ORDER: readonly string[] = NODE_TYPES;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nodes by type (in the model's order), then label, then id: the same order for the same two files. */
function byNode(a: NodeRef, b: NodeRef): number {
  const rank = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  return rank(a.type) - rank(b.type) || byText(a.label, b.label) || byText(a.id, b.id);
}

function byEdge(a: EdgeChange, b: EdgeChange): number {
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

  const diff: GraphDiff = {
    old: { file: before.file, nodes: oldNodes.size, edges: oldEdges.size },
    new: { file: after.file, nodes: newNodes.size, edges: newEdges.size },
    nodes: {
      added: [...newNodes.keys()].filter((id) => !oldNodes.has(id)).map(ref),
      removed: [...oldNodes.keys()].filter((id) => !newNodes.has(id)).map(ref),
    },
    edges: {
      added: [...newEdges]
        .filter(([id]) => !oldEdges.has(id))
        .map(([id, e]) => ({ ...edgeRef(id, e), passages: sourcePassages(e.passages, all) })),
      removed: [...oldEdges]
        .filter(([id]) => !newEdges.has(id))
        .map(([id, e]) => ({ ...edgeRef(id, e), passages: sourcePassages(e.passages, all) })),
    },
    evidence: [],
    attributes: [],
    communities: [],
  };
  for (const [id, e] of newEdges) {
    const old = oldEdges.get(id);
    if (!old) continue;
    const added = sourcePassages(e.passages, (s, text) => !old.passages.get(s)?.has(text));
    const removed = sourcePassages(old.passages, (s, text) => !e.passages.get(s)?.has(text));
    if (added.length + removed.length > 0) diff.evidence.push({ ...edgeRef(id, e), added, removed });
  }
  for (const [id, n] of newNodes) {
    const old = oldNodes.get(id);
    if (!old) continue;
    const changes: GraphDiff["attributes"][number]["changes"] = [];
    if (old.label !== n.label) changes.push({ field: "label", removed: [old.label], added: [n.label] });
    for (const field of LIST_FIELDS) {
      const removed = old.lists[field].filter((v) => !n.lists[field].includes(v)).sort(byText);
      const added = n.lists[field].filter((v) => !old.lists[field].includes(v)).sort(byText);
      if (removed.length + added.length > 0) changes.push({ field, removed, added });
    }
    if (changes.length > 0) diff.attributes.push({ ...ref(id), changes });
    if (old.community !== n.community) diff.communities.push({ ...ref(id), from: old.community, to: n.community });
  }
  diff.nodes.added.sort(byNode);
  diff.nodes.removed.sort(byNode);
  diff.edges.added.sort(byEdge);
  diff.edges.removed.sort(byEdge);
  diff.evidence.sort(byEdge);
  diff.attributes.sort(byNode);
  diff.communities.sort(byNode);
  return diff;
}
