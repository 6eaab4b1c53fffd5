// A button naming a node, with its colour, that selects it: every panel's way from a name to its node.
import type { PanelGraph } from "../../src/model/graph.ts";
import { nodeColour } from "../core/appearance.ts";
import type { ColourMode } from "../core/state.ts";
import { h } from "./dom.ts";
import { nodeLabel } from "./words.ts";

export function nodeButton(graph: PanelGraph, id: string, mode: ColourMode, select: (id: string) => void) {
  const swatch = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  swatch.style.background = nodeColour(graph.getNodeAttributes(id), mode);
  const button = h("button", { className: "node-link", attrs: { type: "button" } }, swatch, nodeLabel(graph, id));
  button.dataset.node = id;
  button.addEventListener("click", () => select(id));
  return button;
}
