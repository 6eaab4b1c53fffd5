// Entry point: loads the built graph (graph.json) and starts the viewer on it; a GEXF file dropped on the page (or
// opened with the button) replaces it. The app's state is on `window.panelgraph` for tests and benchmarks.
import type { PanelGraph } from "../src/model/graph.ts";
import { createApp, type App } from "./app.ts";
import { lastBuildStatus, showBuildStatus, watchBuilds } from "./controllers/build-status.ts";
import { bindNarrowLayout, roomToDraw } from "./controllers/narrow.ts";
import { keepReaderBelowBanners } from "./controllers/top-banners.ts";
import { drawnChangeRings } from "./core/change-rings.ts";
import { fetchChanges, type Changes } from "./core/changes.ts";
import { drawnCommunityLabels } from "./core/community-labels.ts";
import { detailsFromWorker, WHOLE, type Details } from "./core/details.ts";
import { fetchGraph, graphFromGexf, withPositions } from "./core/load.ts";
import { drawnEdgeLabels, drawnLabels } from "./core/renderer.ts";
import { reviewToken } from "./review/api.ts";
import { byId } from "./views/dom.ts";

let app: App | null = null;

/**
 * Shows a graph, once its area has room to be drawn in; nodes without a stored position (an old graph.json, a GEXF
 * file without them) get a fallback.
 */
async function start(
  loaded: PanelGraph,
  urlState: boolean,
  origin: string,
  details?: (graph: PanelGraph) => Details,
  changes: Changes | null = null,
): Promise<void> {
  await roomToDraw(byId("graph"), byId("status"));
  const { graph, placed } = withPositions(loaded);
  const note = placed > 0 ? `${placed} without a stored position, placed on a spiral` : "";
  app?.destroy();
  app = createApp(graph, {
    urlState,
    origin: [origin, note].filter(Boolean).join(" · "),
    details: details?.(graph) ?? WHOLE,
    changes,
  });
}

/** What tests and `npm run bench` read: the current graph, renderer and state, and a few actions. */
const api = {
  get app() {
    return app;
  },
  get graph() {
    return app?.graph;
  },
  get renderer() {
    return app?.renderer;
  },
  get state() {
    return app?.store.state;
  },
  get visibleNodeCount() {
    return app?.visible.nodes.size ?? 0;
  },
  get visibleEdgeCount() {
    return app?.visible.edges.size ?? 0;
  },
  /** The rings "Changed since …" drew in the last frame, around the nodes the last build added or changed. */
  changeRings: () => (app ? drawnChangeRings(app.renderer) : []),
  /** The community names the last frame drew (large graphs, zoomed out). */
  communityLabels: () => (app ? drawnCommunityLabels(app.renderer) : []),
  visibleNodes: () => [...(app?.visible.nodes ?? [])],
  visibleEdges: () => [...(app?.visible.edges ?? [])],
  select: (node: string | null) => app?.select(node),
  update: (change: Parameters<App["store"]["update"]>[0]) => app?.store.update(change),
  exportPng: () => app?.exportPng(),
  /** The node labels drawn in the last frame, with their boxes in the graph canvas's CSS pixels. */
  labels: () =>
    app
      ? drawnLabels(app.renderer).map(({ node, text, box, leader }) => ({
          node,
          text,
          ...box,
          ...(leader ? { leader } : {}),
        }))
      : [],
  /** The edge labels drawn in the last frame, with their corners in the graph canvas's CSS pixels. */
  edgeLabels: () => (app ? drawnEdgeLabels(app.renderer) : []),
  ready: false,
};
Object.assign(window, { panelgraph: api });

async function openFile(file: File): Promise<void> {
  const status = byId("status");
  status.textContent = `Reading ${file.name}…`;
  try {
    const graph = await graphFromGexf(await file.text(), file.name);
    await start(graph, false, file.name);
  } catch (error) {
    status.textContent = `Could not read ${file.name} as GEXF: ${(error as Error).message}`;
  }
}

function bindFileOpening(): void {
  const hint = byId("drop-hint");
  const picker = byId<HTMLInputElement>("open-file");
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    if (file) void openFile(file);
    picker.value = "";
  });
  let depth = 0;
  document.addEventListener("dragenter", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    depth++;
    hint.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hidden = true;
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    hint.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}

/** Shows the built graph (graph.json, or a large one's graph.view.json first), with what its build changed. */
async function startBuilt(fetched: Awaited<ReturnType<typeof fetchGraph>>): Promise<void> {
  const changes = await fetchChanges(fetched.graph, fetched.bytes);
  const details = fetched.lean ? (graph: PanelGraph) => detailsFromWorker(graph, "./graph.json") : undefined;
  await start(fetched.graph, true, "", details, changes);
}

async function main(): Promise<void> {
  bindFileOpening();
  bindNarrowLayout();
  keepReaderBelowBanners();
  watchBuilds();
  const status = await lastBuildStatus();
  showBuildStatus(status);
  let fetched: Awaited<ReturnType<typeof fetchGraph>>;
  try {
    fetched = await fetchGraph();
  } catch (error) {
    // A corpus broken from the start: no graph to show yet, only its problems (the page reloads once fixed).
    if (status?.ok !== false) throw error;
    byId("status").textContent = "No graph yet: the corpus has errors";
    return;
  }
  await startBuilt(fetched);
  performance.mark("panelgraph:first-frame");
  api.ready = true;
  startReviewMode();
}

/**
 * The review mode, under `npm start` only (the page then carries a review token): loaded on demand, and left out of
 * the static build altogether (`import.meta.hot` is undefined there, so the import is dead code).
 */
function startReviewMode(): void {
  if (!import.meta.hot || !reviewToken()) return;
  void import("./review/index.ts").then(({ startReview }) =>
    startReview({
      app: () => app,
      // A rebuild while reviewing redraws the graph in place: the review keeps its place, the view its URL state.
      reloadGraph: async () => startBuilt(await fetchGraph()),
    }),
  );
}

main().catch((error: Error) => {
  byId("status").textContent = `Error: ${error.message}`;
  console.error(error);
});
