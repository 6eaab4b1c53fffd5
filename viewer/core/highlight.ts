// Which nodes and edges stay bright: the hovered node's neighbourhood, else the selected edge's ends, else the
// selected node's neighbourhood, else the speakers of the "who spoke on" answer and their themes.
import type { PanelGraph } from "../../src/model/graph.ts";
import { subThemesOf } from "../../src/query/sub-themes.ts";
import type { WhoSpokeOn } from "../../src/query/who-spoke-on.ts";
import type { Lit } from "./renderer.ts";

export interface Emphasis {
  hovered: string | null;
  selected: string | null;
  selectedEdge: string | null;
  answer: WhoSpokeOn | null;
}

function aroundNode(graph: PanelGraph, node: string): Lit {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** The themes an answer covers (the theme and its sub-themes), its speakers, and the spoke-on edges between them. */
export function answerLit(graph: PanelGraph, answer: WhoSpokeOn): Lit {
  const themes = new Set([answer.theme.id, ...subThemesOf(graph, answer.theme.id)]);
  const speakers = new Set(answer.speakers.map((s) => s.id));
  const edges = new Set<string>();
  for (const speaker of speakers) {
    graph.forEachOutEdge(speaker, (edge, attributes, _, target) => {
      if (attributes.relation === "spoke-on" && themes.has(target)) edges.add(edge);
    });
  }
  return { nodes: new Set([...themes, ...speakers]), edges };
}

export function lit(graph: PanelGraph, emphasis: Emphasis): Lit | null {
  const { hovered, selected, selectedEdge, answer } = emphasis;
  if (hovered !== null && graph.hasNode(hovered)) return aroundNode(graph, hovered);
  if (selectedEdge !== null && graph.hasEdge(selectedEdge)) {
    return { nodes: new Set(graph.extremities(selectedEdge)), edges: new Set([selectedEdge]) };
  }
  if (selected !== null && graph.hasNode(selected)) return aroundNode(graph, selected);
  if (answer !== null) return answerLit(graph, answer);
  return null;
}
