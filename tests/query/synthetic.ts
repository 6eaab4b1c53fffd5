// Small hand-made graphs for tests that need an exact shape the corpora do not have (e.g. one person with many
// reported passages against one with a single direct quote). Built the way src/graph/build.ts stores things.
import { MultiDirectedGraph } from "graphology";
import type { PanelGraph } from "../../src/model/graph.js";
import type { EvidenceKind, NodeType, Relation } from "../../src/model/schema.js";

export type NodeSpec = [id: string, type: NodeType, label?: string, aliases?: string[]];
export type EdgeSpec = [relation: Relation, from: string, to: string, kinds: EvidenceKind[]];

/** Every passage is a distinct slice of one source, `s`, whose text is one line per passage. */
export function syntheticGraph(nodes: NodeSpec[], edges: EdgeSpec[]): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const lines: string[] = [];
  graph.addNode("s", { type: "source", label: "Synthetic source", aliases: [], facts: [], text: "" });
  for (const [id, type, label, aliases] of nodes) {
    graph.addNode(id, { type, label: label ?? id, aliases: aliases ?? [], facts: [] });
  }
  for (const [relation, from, to, kinds] of edges) {
    const evidence = kinds.map((kind) => {
      const quote = `${from} ${relation} ${to} (${lines.length})`;
      const start = lines.join("\n").length + (lines.length > 0 ? 1 : 0);
      lines.push(quote);
      return { source: "s", quote, kind, start, end: start + quote.length };
    });
    graph.addDirectedEdgeWithKey(`${relation}:${from}->${to}`, from, to, {
      relation,
      evidence,
      sources: kinds.length > 0 ? ["s"] : [],
      weight: Math.max(1, kinds.length),
      origin: relation === "sub-theme-of" ? "registry" : "annotation",
    });
  }
  graph.setNodeAttribute("s", "text", lines.join("\n"));
  return graph;
}
