// The tools, as Gephi Lite offers them: appearance, the data table, statistics, layout and the picture export, one
// tab each in a panel over the graph's right side. A tab's content is built the first time it is opened; clicking the
// open tab (or Escape inside it) closes the panel.
import type { PanelGraph } from "../../src/model/graph.ts";
import { bindEdgeLabels } from "../controllers/edge-labels.ts";
import type { Details } from "../core/details.ts";
import { moveCamera, type Look, type PanelSigma } from "../core/renderer.ts";
import type { ViewStore } from "../core/state.ts";
import { createAppearancePanel } from "./appearance-panel.ts";
import { createDataTable } from "./data-table.ts";
import { byId, h } from "./dom.ts";
import { createExportPanel } from "./export-png.ts";
import { createLayoutPanel } from "./layout-panel.ts";
import { createStatistics } from "./statistics.ts";

/** What every tool gets: the graph, the state, the renderer and its look, and how to select. */
export interface ToolContext {
  graph: PanelGraph;
  store: ViewStore;
  renderer: PanelSigma;
  look: Look;
  signal: AbortSignal;
  /** Passages, facts and roles of a lean graph (core/details.ts). */
  details: Details;
  /** Selects a node and moves the camera to it, as search does. */
  select(node: string): void;
}

interface Tool {
  id: string;
  name: string;
  /** Builds the tab's content into `body`; `shown` says whether the tab is open now (tools that follow the state). */
  create(context: ToolContext, body: HTMLElement, shown: () => boolean): void;
}

export const TOOLS: Tool[] = [
  { id: "appearance", name: "Appearance", create: createAppearancePanel },
  { id: "table", name: "Data table", create: createDataTable },
  { id: "statistics", name: "Statistics", create: createStatistics },
  { id: "layout", name: "Layout", create: createLayoutPanel },
  { id: "picture", name: "Picture", create: createExportPanel },
];

export function createTools(app: ToolContext): void {
  bindEdgeLabels(app.graph, app.renderer, app.store, app.look);
  const root = byId("tools");
  // A node chosen in a tool is brought into view beside the tool's panel, not under it.
  const context: ToolContext = { ...app, select: (node) => selectBeside(app, node, root) };
  const tabs = h("div", { className: "tool-tabs", attrs: { role: "tablist", "aria-label": "Tools" } });
  const panel = h("div", { className: "tool-panel", attrs: { role: "tabpanel" } });
  panel.hidden = true;
  root.replaceChildren(tabs, panel);
  root.dataset.open = "";
  const bodies = new Map<string, HTMLElement>();
  const buttons = new Map<string, HTMLButtonElement>();
  let open: string | null = null;

  const show = (id: string | null) => {
    open = id;
    root.dataset.open = id ?? "";
    panel.hidden = id === null;
    for (const [tool, button] of buttons) button.setAttribute("aria-selected", String(tool === id));
    for (const [tool, body] of bodies) body.hidden = tool !== id;
    if (id === null) return;
    const tool = TOOLS.find((t) => t.id === id)!;
    panel.setAttribute("aria-labelledby", `tool-tab-${id}`);
    if (!bodies.has(id)) {
      const body = h("div", { className: `tool tool-${id}`, attrs: { id: `tool-${id}` } });
      bodies.set(id, body);
      panel.append(body);
      tool.create(context, body, () => open === id);
    }
    bodies.get(id)!.dispatchEvent(new Event("toolshown"));
  };

  for (const tool of TOOLS) {
    const button = h("button", {
      text: tool.name,
      attrs: { type: "button", role: "tab", id: `tool-tab-${tool.id}`, "aria-selected": "false" },
    });
    button.addEventListener("click", () => show(open === tool.id ? null : tool.id), { signal: context.signal });
    buttons.set(tool.id, button);
    tabs.append(button);
  }
  panel.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      const was = open;
      show(null);
      if (was) buttons.get(was)?.focus();
    },
    { signal: context.signal },
  );
}

/**
 * Selects a node and moves the camera so that it lands in the middle of the part of the graph the tools' panel leaves
 * uncovered (as search does, at the same zoom), in one move.
 */
function selectBeside({ store, renderer }: ToolContext, node: string, tools: HTMLElement): void {
  store.update({ selected: node, edge: null });
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const camera = renderer.getCamera();
  const ratio = Math.min(camera.ratio, 0.6);
  const centred = { x: data.x, y: data.y, ratio, angle: camera.angle };
  const stage = renderer.getContainer().getBoundingClientRect();
  const panel = tools.querySelector(".tool-panel");
  const covered =
    panel instanceof HTMLElement && !panel.hidden ? Math.max(0, stage.right - panel.getBoundingClientRect().left) : 0;
  const { width, height } = renderer.getDimensions();
  // With the node centred, which graph point is at the middle of the uncovered part: the camera moves by the difference.
  const middle = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: centred });
  const beside = renderer.viewportToFramedGraph({ x: (width - covered) / 2, y: height / 2 }, { cameraState: centred });
  moveCamera(camera, { ...centred, x: data.x + middle.x - beside.x, y: data.y + middle.y - beside.y }, 400);
}
