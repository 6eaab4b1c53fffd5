// Small hand-made graphs for tests that need an exact shape the corpora do not have (e.g. one person with many
// reported passages against one with a single direct quote). Built the way src/graph/build.ts stores things.
import { MultiDirectedGraph } from "graphology";
import type { PanelGraph } from "../../src/model/graph.js";
import type { EvidenceKind, NodeType, Relation } from "../../src/model/schema.js";

export type NodeSpec = [id: string, type: NodeType, label?: string, aliases?: string[]];
/** A passage: its kind alone (the quote is made up, unique), or with the quote's words and the source it is in. */
export type PassageSpec = EvidenceKind | { kind: EvidenceKind; quote: string; source?: string };
export type EdgeSpec = [relation: Relation, from: string, to: string, passages: PassageSpec[]];

/**
 * Passages are slices of their source's text (one line each), by default source `s`. A source named in a passage is
 * added as a node when the nodes do not declare it.
 */
export function syntheticGraph(nodes: NodeSpec[], edges: EdgeSpec[]): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const lines = new Map<string, string[]>([["s", []]]);
  graph.addNode("s", { type: "source", label: "Synthetic source", aliases: [], facts: [], text: "" });
  for (const [id, type, label, aliases] of nodes) {
    graph.addNode(id, { type, label: label ?? id, aliases: aliases ?? [], facts: [] });
  }
  for (const [relation, from, to, passages] of edges) {
    const evidence = passages.map((p) => {
      const { kind, quote, source } =
        typeof p === "string" ? { kind: p, quote: undefined, source: "s" } : { source: "s", ...p };
      if (!lines.has(source)) lines.set(source, []);
      if (!graph.hasNode(source)) {
        graph.addNode(source, { type: "source", label: source, aliases: [], facts: [], text: "" });
      }
      const text = lines.get(source)!;
      const words = quote ?? `${from} ${relation} ${to} (${text.length})`;
      const start = text.join("\n").length + (text.length > 0 ? 1 : 0);
      text.push(words);
      return { source, quote: words, kind, start, end: start + words.length };
    });
    graph.addDirectedEdgeWithKey(`${relation}:${from}->${to}`, from, to, {
      relation,
      evidence,
      sources: [...new Set(evidence.map((e) => e.source))].sort(),
      weight: Math.max(1, passages.length),
      origin: relation === "sub-theme-of" ? "registry" : "annotation",
    });
  }
  for (const [source, text] of lines) graph.setNodeAttribute(source, "text", text.join("\n"));
  return graph;
}
