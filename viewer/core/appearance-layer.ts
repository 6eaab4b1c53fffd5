// Keeps the look's appearance layer (renderer.ts AppearanceLayer) in step with the view state: sizes, colours and
// labels by attribute are recomputed only when their choice changes (a new layer object, so `repaint` redraws every
// node); the edges whose relation is written follow the selection and the hovered edge (the same set, changed in
// place, so a new selection stays a partial repaint).
import type { PanelGraph } from "../../src/model/graph.ts";
import { colouringBy, labelsBy, sizesBy } from "./appearance-mapping.ts";
import type { Look } from "./renderer.ts";
import type { ViewState } from "./state.ts";

/** At most this many of the selected node's edges are labelled: the rest would only be a tangle of text. */
export const EDGE_LABELS_MAX = 40;

interface Kept {
  choice: string;
  hoveredEdge: string | null;
}
const kept = new WeakMap<Look, Kept>();

export function updateAppearance(graph: PanelGraph, state: ViewState, look: Look): void {
  const memory = kept.get(look) ?? { choice: "", hoveredEdge: null };
  kept.set(look, memory);
  const choice = `${state.sizeBy}|${state.colourBy}|${state.labelBy}`;
  if (choice !== memory.choice) {
    memory.choice = choice;
    look.appearance = {
      ...look.appearance,
      sizes: sizesBy(graph, state.sizeBy),
      colours: colouringBy(graph, state.colourBy)?.colours ?? null,
      labels: labelsBy(graph, state.labelBy),
    };
  }
  labelEdges(graph, look, state.selected, memory.hoveredEdge);
}

function labelEdges(graph: PanelGraph, look: Look, selected: string | null, hovered: string | null): void {
  const labelled = look.appearance.edgeLabels;
  labelled.clear();
  if (selected !== null && graph.hasNode(selected)) {
    for (const edge of graph.edges(selected)) {
      if (labelled.size >= EDGE_LABELS_MAX) break;
      if (look.visible.complete || look.visible.edges.has(edge)) labelled.add(edge);
    }
  }
  look.appearance.hoveredEdge = hovered !== null && graph.hasEdge(hovered) ? hovered : null;
  if (look.appearance.hoveredEdge !== null) labelled.add(look.appearance.hoveredEdge);
}

/** The hovered edge changed: returns the edges whose label changed, to redraw. */
export function hoverEdge(graph: PanelGraph, look: Look, selected: string | null, edge: string | null): string[] {
  const memory = kept.get(look);
  if (!memory || memory.hoveredEdge === edge) return [];
  const changed = [memory.hoveredEdge, edge].filter((e): e is string => e !== null && graph.hasEdge(e));
  memory.hoveredEdge = edge;
  labelEdges(graph, look, selected, edge);
  return changed;
}
