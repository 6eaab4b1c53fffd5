// User input: the renderer's pointer events and the page's keyboard shortcuts, turned into state changes.
import type { Camera } from "sigma";
import type { PanelGraph } from "../../src/model/graph.ts";
import { moveCamera, revealNeighbours, WHOLE_GRAPH, ZOOM_STEP, type PanelSigma } from "../core/renderer.ts";
import type { FocusDepth, ViewStore } from "../core/state.ts";
import { count } from "../views/dom.ts";
import { edgePhrase } from "../core/edge-phrase.ts";

export interface PointerHandlers {
  /** The node under the pointer changed (null: none). */
  hover(node: string | null): void;
}

export function bindRendererEvents(
  graph: PanelGraph,
  renderer: PanelSigma,
  store: ViewStore,
  tooltip: HTMLElement,
  handlers: PointerHandlers,
): void {
  const container = renderer.getContainer();
  renderer.on("clickNode", ({ node }) => {
    store.update({ selected: node, edge: null });
    // Focus mode fits the neighbourhood itself (app.ts `frame`).
    if (store.state.focus === 0) revealNeighbours(renderer, node);
  });
  renderer.on("clickEdge", ({ edge }) => store.update({ edge }));
  renderer.on("clickStage", () => store.update({ selected: null, edge: null }));
  renderer.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    handlers.hover(node);
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    handlers.hover(null);
  });
  renderer.on("enterEdge", ({ edge }) => {
    container.style.cursor = "pointer";
    const [from, to] = graph.extremities(edge);
    const attributes = graph.getEdgeAttributes(edge);
    const passages = attributes.evidence.length > 0 ? ` · ${count(attributes.evidence.length, "passage")}` : "";
    tooltip.textContent =
      `${graph.getNodeAttribute(from, "label")} — ${edgePhrase(attributes)} → ` +
      `${graph.getNodeAttribute(to, "label")}${passages}`;
    const a = renderer.getNodeDisplayData(from);
    const b = renderer.getNodeDisplayData(to);
    if (a && b) {
      const p = renderer.framedGraphToViewport({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      tooltip.style.left = `${Math.round(p.x)}px`;
      tooltip.style.top = `${Math.round(p.y)}px`;
    }
    tooltip.hidden = false;
  });
  renderer.on("leaveEdge", () => {
    container.style.cursor = "";
    tooltip.hidden = true;
  });
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * `/` focuses the search box; Escape closes the reader, else the evidence drawer, else the selection; `f` steps the
 * focus depth (off, 1, 2) while a node is selected; `+`, `-` and `0` zoom in, out and back to the whole graph.
 */
export function bindKeyboard(store: ViewStore, search: HTMLInputElement, camera: Camera, signal: AbortSignal): void {
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Escape") {
        const { passage, edge, selected } = store.state;
        if (passage !== null) store.update({ passage: null });
        else if (edge !== null) store.update({ edge: null });
        else if (selected !== null) store.update({ selected: null });
        else return;
        event.preventDefault();
        return;
      }
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/") {
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === "f" && store.state.selected !== null) {
        store.update({ focus: ((store.state.focus + 1) % 3) as FocusDepth });
      } else if (event.key === "+" || event.key === "=") {
        moveCamera(camera, { ratio: camera.ratio / ZOOM_STEP }, 250);
      } else if (event.key === "-") {
        moveCamera(camera, { ratio: camera.ratio * ZOOM_STEP }, 250);
      } else if (event.key === "0") {
        moveCamera(camera, WHOLE_GRAPH, 300);
      }
    },
    { signal },
  );
}
