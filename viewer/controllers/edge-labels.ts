// The hovered edge's relation is written along it (core/appearance-layer.ts keeps which edges are labelled): only
// that edge goes through the edge reducer again.
import type { PanelGraph } from "../../src/model/graph.ts";
import { hoverEdge } from "../core/appearance-layer.ts";
import type { Look, PanelSigma } from "../core/renderer.ts";
import type { ViewStore } from "../core/state.ts";

export function bindEdgeLabels(graph: PanelGraph, renderer: PanelSigma, store: ViewStore, look: Look): void {
  const redraw = (edges: string[]) => {
    if (edges.length > 0) renderer.refresh({ partialGraph: { edges }, skipIndexation: true });
  };
  renderer.on("enterEdge", ({ edge }) => redraw(hoverEdge(graph, look, store.state.selected, edge)));
  renderer.on("leaveEdge", () => redraw(hoverEdge(graph, look, store.state.selected, null)));
}
