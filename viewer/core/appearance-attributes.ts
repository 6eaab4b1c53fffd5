// The node and edge attributes the appearance tools, the data table and the statistics read: the graph's own
// (type, community, centrality, kind …) and a few the viewer counts from it (degree, passages, sources, the main
// source, the commonest evidence kind). Computed once per graph and kept beside it, never written into it.
import type { PanelGraph } from "../../src/model/graph.ts";
import { EVIDENCE_KINDS, type EvidenceKind } from "../../src/model/vocabulary.ts";
import type { NumericAttribute } from "./state.ts";

export type AttributeValue = string | number | undefined;

/** One column of the data table, and one thing nodes can be sized, coloured or labelled by. */
export interface Column {
  key: string;
  name: string;
  /** Numbers sort numerically and colour as a ramp; categories colour from a palette; text is only shown. */
  kind: "number" | "category" | "text";
  value(id: string): AttributeValue;
}

/** What the viewer counts per node, in the graph's node order. */
export interface NodeCounts {
  index: Map<string, number>;
  degree: Float64Array;
  /** Passages behind the node's connections (the edges' weights). */
  passages: Float64Array;
  /** Distinct sources among the node's connections. */
  sources: Float64Array;
  /** The source behind most of the node's connections (by passages), or undefined. */
  mainSource: (string | undefined)[];
  /** The commonest kind among the node's passages, or undefined when none is loaded (a lean graph). */
  evidence: (EvidenceKind | undefined)[];
}

const counted = new WeakMap<PanelGraph, NodeCounts>();

export function nodeCounts(graph: PanelGraph): NodeCounts {
  const known = counted.get(graph);
  if (known) return known;
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const degree = new Float64Array(n);
  const passages = new Float64Array(n);
  const perSource: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  const perKind = Array.from({ length: n }, () => new Float64Array(EVIDENCE_KINDS.length));
  graph.forEachEdge((_, attributes, from, to) => {
    for (const end of from === to ? [from] : [from, to]) {
      const i = index.get(end)!;
      degree[i]! += 1;
      passages[i]! += attributes.weight;
      const share = attributes.weight / Math.max(1, attributes.sources.length);
      for (const source of attributes.sources) perSource[i]!.set(source, (perSource[i]!.get(source) ?? 0) + share);
      for (const evidence of attributes.evidence) perKind[i]![EVIDENCE_KINDS.indexOf(evidence.kind)]! += 1;
    }
  });
  const sources = Float64Array.from(perSource, (m) => m.size);
  // Ties go to the source (or kind) first in order, so the answer is the same on every load.
  const mainSource = perSource.map(
    (m) => [...m].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([source]) => source)[0],
  );
  const evidence = perKind.map((kinds) => {
    let best = -1;
    kinds.forEach((k, i) => {
      if (k > 0 && (best < 0 || k > kinds[best]!)) best = i;
    });
    return best < 0 ? undefined : EVIDENCE_KINDS[best];
  });
  const result = { index, degree, passages, sources, mainSource, evidence };
  counted.set(graph, result);
  return result;
}

/** A numeric attribute of a node. */
export function numericValue(graph: PanelGraph, attribute: NumericAttribute, id: string): number {
  if (attribute === "centrality") return graph.getNodeAttribute(id, "centrality") ?? 0;
  const counts = nodeCounts(graph);
  return counts[attribute][counts.index.get(id)!] ?? 0;
}

export const NUMERIC_NAMES: Record<NumericAttribute, string> = {
  centrality: "Centrality (betweenness)",
  degree: "Connections",
  passages: "Passages",
  sources: "Sources",
};

const labelOf = (graph: PanelGraph, id: string | undefined) =>
  id === undefined ? undefined : graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;

/** The nodes' columns: what the data table shows and what the appearance tools offer. */
export function nodeColumns(graph: PanelGraph): Column[] {
  const counts = () => nodeCounts(graph);
  const at = (id: string) => counts().index.get(id)!;
  const attribute =
    <K extends "label" | "type" | "kind" | "community">(key: K) =>
    (id: string) =>
      graph.getNodeAttribute(id, key);
  return [
    { key: "label", name: "Label", kind: "text", value: attribute("label") },
    { key: "type", name: "Type", kind: "category", value: attribute("type") },
    { key: "community", name: "Community", kind: "category", value: attribute("community") },
    {
      key: "centrality",
      name: NUMERIC_NAMES.centrality,
      kind: "number",
      value: (id) => numericValue(graph, "centrality", id),
    },
    { key: "degree", name: NUMERIC_NAMES.degree, kind: "number", value: (id) => counts().degree[at(id)] },
    { key: "passages", name: NUMERIC_NAMES.passages, kind: "number", value: (id) => counts().passages[at(id)] },
    { key: "sources", name: NUMERIC_NAMES.sources, kind: "number", value: (id) => counts().sources[at(id)] },
    {
      key: "source",
      name: "Main source",
      kind: "category",
      value: (id) => labelOf(graph, counts().mainSource[at(id)]),
    },
    { key: "evidence", name: "Evidence kind", kind: "category", value: (id) => counts().evidence[at(id)] },
    { key: "kind", name: "Kind", kind: "category", value: attribute("kind") },
    { key: "id", name: "Id", kind: "text", value: (id) => id },
  ];
}

/** The edges' columns. */
export function edgeColumns(graph: PanelGraph): Column[] {
  const kinds = (edge: string) => {
    const evidence = graph.getEdgeAttribute(edge, "evidence");
    const tally = EVIDENCE_KINDS.map((kind) => evidence.filter((e) => e.kind === kind).length);
    const best = Math.max(...tally);
    return best > 0 ? EVIDENCE_KINDS[tally.indexOf(best)] : undefined;
  };
  return [
    { key: "from", name: "From", kind: "text", value: (e) => labelOf(graph, graph.source(e)) },
    { key: "relation", name: "Relation", kind: "category", value: (e) => graph.getEdgeAttribute(e, "relation") },
    { key: "to", name: "To", kind: "text", value: (e) => labelOf(graph, graph.target(e)) },
    { key: "passages", name: "Passages", kind: "number", value: (e) => graph.getEdgeAttribute(e, "weight") },
    { key: "sources", name: "Sources", kind: "number", value: (e) => graph.getEdgeAttribute(e, "sources").length },
    { key: "evidence", name: "Evidence kind", kind: "category", value: kinds },
    { key: "origin", name: "Origin", kind: "category", value: (e) => graph.getEdgeAttribute(e, "origin") },
  ];
}
