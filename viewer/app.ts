// One exploration of one graph: the state, the renderer over the graph, the panels and the controllers, wired
// together. main.ts makes one for graph.json and a new one for each GEXF file the user opens.
import type { PanelGraph } from "../src/model/graph.ts";
import { HOVER_DIMMING_LIMIT } from "../src/model/settings.ts";
import { subThemesOf } from "../src/query/sub-themes.ts";
import type { Details } from "./core/details.ts";
import { answerLit, lit } from "./core/highlight.ts";
import { createNameIndex, type NameIndex } from "./core/name-index.ts";
import {
  createRenderer,
  fitNodes,
  lookBefore,
  repaint,
  showNode,
  type Look,
  type PanelSigma,
} from "./core/renderer.ts";
import { DEFAULT_STATE, ViewStore, type ViewState } from "./core/state.ts";
import { visibleChanged, visibleGraph, visibleSubgraph, type VisibleGraph } from "./core/visible.ts";
import { bindKeyboard, bindRendererEvents } from "./controllers/events.ts";
import { stateFromUrl, syncUrl } from "./controllers/url.ts";
import { combobox } from "./views/combobox.ts";
import { createControls } from "./views/controls.ts";
import { renderDetails } from "./views/details.ts";
import { byId, count, download, h } from "./views/dom.ts";
import { fileName, gexfBlob, pngBlob } from "./views/downloads.ts";
import { renderEdgeEvidence } from "./views/edge-evidence.ts";
import { renderReader } from "./views/reader.ts";
import { answer, renderWhoSpokeOn, type Answer } from "./views/who-spoke-on.ts";

export interface AppOptions {
  /** Read the initial state from the URL and keep the URL in step (graph.json); off for a dropped file. */
  urlState: boolean;
  /** Where the graph came from, for the status line. */
  origin: string;
  /** Where passages, source texts and facts come from when the graph was loaded lean (core/details.ts). */
  details: Details;
}

export interface App {
  graph: PanelGraph;
  renderer: PanelSigma;
  store: ViewStore;
  readonly visible: VisibleGraph;
  /** The who-spoke-on answer on show, if any. */
  readonly answer: Answer | null;
  select(node: string | null): void;
  exportPng(): Promise<Blob>;
  /** The visible part of the graph (everything when no filter is on), with the same attributes. */
  visibleGraph(): PanelGraph;
  destroy(): void;
}

export function createApp(graph: PanelGraph, options: AppOptions): App {
  const controller = new AbortController();
  const { signal } = controller;
  const { details } = options;
  /** Loads what a panel needs, then draws it again if it is still the one on show. */
  const whenLoaded = (request: Parameters<Details["load"]>[0], still: () => boolean, redraw: () => void) => {
    details.load(request).then(
      () => !signal.aborted && still() && redraw(),
      (error: Error) => {
        if (!signal.aborted) byId("status").textContent = `Error: ${error.message}`;
      },
    );
  };
  const initial: ViewState = options.urlState ? stateFromUrl(location.search, graph) : { ...DEFAULT_STATE };
  const store = new ViewStore(initial);

  let visible = visibleGraph(graph, initial);
  let currentAnswer = answer(graph, initial.theme);
  let hovered: string | null = null;
  const look: Look = { colourBy: initial.colourBy, visible, selected: null, selectedEdge: null, lit: null };
  const emphasise = () => {
    const state = store.state;
    look.colourBy = state.colourBy;
    look.visible = visible;
    look.selected = state.selected;
    look.selectedEdge = state.edge;
    look.lit = lit(graph, {
      hovered,
      selected: state.selected,
      selectedEdge: state.edge,
      answer: currentAnswer?.ok ? currentAnswer.answer : null,
    });
  };
  emphasise();

  const container = byId("graph");
  const renderer = createRenderer(graph, container, look);

  // ---- panels --------------------------------------------------------------------------------------------------
  const actions = {
    select: (node: string) => {
      store.update({ selected: node, edge: null });
      showNode(renderer, node);
    },
    openEdge: (edge: string) => store.update({ edge }),
    openPassage: (passage: { source: string; start: number; end: number }) => store.update({ passage }),
    ask: (theme: string) => store.update({ theme }),
  };

  const panel = byId("panel");
  const panelTitle = byId("panel-title");
  const panelBody = byId("panel-body");
  const edgeDrawer = byId("edge-drawer");
  const reader = byId("reader");
  const whoResult = byId("who-result");
  const themeInput = byId<HTMLInputElement>("theme-input");
  const searchInput = byId<HTMLInputElement>("search");
  const controls = createControls(graph, store, signal);

  const announcer = byId("announce");
  const renderPanel = (state: ViewState) => {
    if (state.selected === null) {
      panelTitle.textContent = "Select a node";
      panelBody.replaceChildren(
        h("p", {
          className: "hint",
          text: "Click a node, or search for a name, to see its connections and every passage behind them.",
        }),
      );
      panel.classList.remove("has-selection");
      return;
    }
    const id = state.selected;
    const loading = !details.hasConnections(id);
    renderDetails(panelBody, panelTitle, graph, id, state.colourBy, actions, loading);
    if (loading) {
      whenLoaded(
        { connectionsOf: [id] },
        () => store.state.selected === id,
        () => {
          const top = panelBody.scrollTop;
          renderDetails(panelBody, panelTitle, graph, id, store.state.colourBy, actions);
          panelBody.scrollTop = top;
          // The reader marks the selection's other passages, which have just arrived.
          if (store.state.passage !== null && store.state.edge === null) renderReaderPanel(store.state, store.state);
        },
      );
    }
    const { label, type } = graph.getNodeAttributes(state.selected);
    announcer.textContent = `Selected ${label}, ${type}, ${count(graph.degree(state.selected), "connection")}.`;
    panel.classList.add("has-selection");
    panelBody.scrollTop = 0;
  };
  const renderEdgeDrawer = (state: ViewState) => {
    edgeDrawer.hidden = state.edge === null;
    if (state.edge !== null) {
      const edge = state.edge;
      const loading = !details.hasEdge(edge);
      renderEdgeEvidence(byId("edge-body"), byId("edge-title"), graph, edge, state.colourBy, actions, loading);
      byId("edge-body").scrollTop = 0;
      if (loading) {
        whenLoaded(
          { edges: [edge] },
          () => store.state.edge === edge,
          () => {
            renderEdgeEvidence(byId("edge-body"), byId("edge-title"), graph, edge, store.state.colourBy, actions);
            if (store.state.passage !== null) renderReaderPanel(store.state, store.state);
          },
        );
      }
    }
  };
  /** The passages behind what is selected (the open connection, else the selected node), to mark in the reader. */
  const relatedPassages = (state: ViewState) => {
    const passages: { source: string; start: number; end: number }[] = [];
    if (state.edge !== null && graph.hasEdge(state.edge))
      passages.push(...graph.getEdgeAttribute(state.edge, "evidence"));
    else if (state.selected !== null && graph.hasNode(state.selected)) {
      graph.forEachEdge(state.selected, (_, a) => passages.push(...a.evidence));
      for (const fact of graph.getNodeAttribute(state.selected, "facts")) passages.push(...fact.evidence);
    }
    return passages;
  };
  // Where keyboard focus was when the reader opened (the quote's button), to return it there when it closes.
  let focusBeforeReader: HTMLElement | null = null;
  const renderReaderPanel = (state: ViewState, previous: ViewState | null) => {
    reader.hidden = state.passage === null;
    if (state.passage === null) {
      if (focusBeforeReader?.isConnected) focusBeforeReader.focus({ preventScroll: true });
      focusBeforeReader = null;
      return;
    }
    if (previous !== null && previous.passage === null && document.activeElement instanceof HTMLElement) {
      focusBeforeReader = document.activeElement;
    }
    const passage = state.passage;
    if (!details.hasNode(passage.source)) {
      byId("reader-title").textContent = graph.hasNode(passage.source)
        ? graph.getNodeAttribute(passage.source, "label")
        : passage.source;
      byId("reader-meta").textContent = "";
      byId("reader-body").replaceChildren(
        h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the source text…" }),
      );
      if (previous !== null && previous.passage === null) byId("reader-close").focus({ preventScroll: true });
      whenLoaded(
        { nodes: [passage.source] },
        () => JSON.stringify(store.state.passage) === JSON.stringify(passage),
        () => renderReaderPanel(store.state, store.state),
      );
      return;
    }
    const mark = renderReader(
      byId("reader-body"),
      byId("reader-title"),
      byId("reader-meta"),
      graph,
      state.passage,
      relatedPassages(state),
    );
    // Scroll the reader itself (scrollIntoView would move every scrollable ancestor, the page included).
    const body = byId("reader-body");
    body.scrollTop = mark ? Math.max(0, mark.offsetTop - (body.clientHeight - mark.offsetHeight) / 2) : 0;
    if (previous !== null && previous.passage === null) byId("reader-close").focus({ preventScroll: true });
  };
  const renderAnswer = (state: ViewState) => {
    if (document.activeElement !== themeInput) themeInput.value = state.theme;
    // The ranking rests on the passages: with a lean graph, the theme's and its sub-themes' connections come first.
    if (currentAnswer?.ok) {
      const themes = [currentAnswer.answer.theme.id, ...subThemesOf(graph, currentAnswer.answer.theme.id)];
      if (!themes.every((t) => details.hasConnections(t))) {
        whoResult.replaceChildren(
          h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the passages…" }),
        );
        const theme = state.theme;
        whenLoaded(
          { connectionsOf: themes },
          () => store.state.theme === theme,
          () => {
            currentAnswer = answer(graph, theme);
            renderAnswer(store.state);
          },
        );
        return;
      }
    }
    renderWhoSpokeOn(whoResult, graph, currentAnswer, state.colourBy, actions);
  };

  // Built when first needed, or when the page is idle after the first frame: at 50,000 nodes it takes a moment.
  let nameIndex: NameIndex | null = null;
  const names = () => (nameIndex ??= createNameIndex(graph));
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => !signal.aborted && names());
  combobox({
    input: searchInput,
    list: byId<HTMLUListElement>("search-options"),
    suggest: (query) => names().find(query, { limit: 12 }),
    describe: (m) => ({
      text: m.label,
      detail: m.alias ? `${m.type} · “${m.alias}”` : m.type,
      swatch: undefined,
    }),
    choose: (m) => {
      searchInput.value = m.label;
      actions.select(m.id);
    },
    onEnter: "first",
    signal,
  });
  combobox({
    input: themeInput,
    list: byId<HTMLUListElement>("theme-options"),
    suggest: (query) => names().find(query, { types: ["theme"], limit: 10 }),
    describe: (m) => ({ text: m.label, ...(m.alias ? { detail: `“${m.alias}”` } : {}) }),
    choose: (m) => {
      themeInput.value = m.label;
      store.update({ theme: m.id });
    },
    onEnter: "text",
    submitText: (text) => store.update({ theme: text.trim() }),
    signal,
  });
  byId("theme-clear").addEventListener("click", () => store.update({ theme: "" }), { signal });
  for (const [id, change] of [
    ["panel-close", { selected: null, edge: null }],
    ["edge-close", { edge: null }],
    ["reader-close", { passage: null }],
  ] as const) {
    byId(id).addEventListener("click", () => store.update(change), { signal });
  }

  // ---- zoom ---------------------------------------------------------------------------------------------------------
  const camera = renderer.getCamera();
  byId("zoom-in").addEventListener("click", () => void camera.animatedZoom({ duration: 250 }), { signal });
  byId("zoom-out").addEventListener("click", () => void camera.animatedUnzoom({ duration: 250 }), { signal });
  byId("zoom-fit").addEventListener("click", () => void camera.animatedReset({ duration: 300 }), { signal });

  // ---- downloads --------------------------------------------------------------------------------------------------
  const exportPng = () => pngBlob(renderer);
  const name = graph.getAttribute("name") || "panelgraph";
  // A GEXF file carries every passage: a lean graph is filled in from graph.json first.
  byId("download-gexf").addEventListener(
    "click",
    async () => {
      await details.loadAll();
      download(gexfBlob(graph, store.state.colourBy), fileName(name, "gexf"));
    },
    { signal },
  );
  byId("download-gexf-visible").addEventListener(
    "click",
    async () => {
      await details.loadAll();
      download(gexfBlob(visibleSubgraph(graph, visible), store.state.colourBy), fileName(`${name}-visible`, "gexf"));
    },
    { signal },
  );
  byId("download-png").addEventListener("click", async () => download(await exportPng(), fileName(name, "png")), {
    signal,
  });

  // ---- state → picture and panels --------------------------------------------------------------------------------
  const status = byId("status");
  const sources = graph.getAttribute("sources") ?? [];
  status.textContent =
    `${count(graph.order, "node")}, ${count(graph.size, "edge")}` +
    (sources.length > 0 ? ` from ${count(sources.length, "source")}` : "") +
    (options.origin ? ` · ${options.origin}` : "");

  /** What to bring into view after a change: a focused neighbourhood, or a new who-spoke-on answer's speakers. */
  const frame = (state: ViewState, previous: ViewState | null, animate: boolean) => {
    const focusChanged = previous === null || previous.focus !== state.focus || previous.selected !== state.selected;
    if (state.focus > 0 && state.selected !== null && focusChanged) return fitNodes(renderer, visible.nodes, animate);
    // Leaving focus (turning it off, or clearing the selection it follows) shows the whole graph again.
    const leftFocus =
      previous !== null &&
      previous.focus > 0 &&
      previous.selected !== null &&
      (state.focus === 0 || state.selected === null);
    if (leftFocus) return void renderer.getCamera().animatedReset();
    if ((previous === null || previous.theme !== state.theme) && currentAnswer?.ok && state.selected === null) {
      fitNodes(renderer, answerLit(graph, currentAnswer.answer).nodes, animate);
    }
  };

  const sync = (state: ViewState, previous: ViewState | null) => {
    if (previous === null || visibleChanged(previous, state, visible)) visible = visibleGraph(graph, state);
    if (previous === null || previous.theme !== state.theme) currentAnswer = answer(graph, state.theme);
    emphasise();
    controls.sync(state, visible);
    if (previous === null || previous.selected !== state.selected || previous.colourBy !== state.colourBy) {
      renderPanel(state);
    }
    if (previous === null || previous.edge !== state.edge || previous.colourBy !== state.colourBy) {
      renderEdgeDrawer(state);
    }
    if (previous === null || JSON.stringify(previous.passage) !== JSON.stringify(state.passage)) {
      renderReaderPanel(state, previous);
    }
    if (previous === null || previous.theme !== state.theme || previous.colourBy !== state.colourBy) {
      renderAnswer(state);
    }
  };
  store.subscribe((state, previous) => {
    const before = lookBefore(look);
    sync(state, previous);
    repaint(renderer, look, before);
    frame(state, previous, true);
  });
  // The renderer's first frame already shows this state (it was built from the same look): no second render.
  sync(store.state, null);
  if (store.state.selected !== null && store.state.focus === 0) showNode(renderer, store.state.selected, false);
  frame(store.state, null, false);

  // Dimming on hover re-colours every node; above this size it would lag behind the pointer, so only a click dims.
  const dimOnHover = graph.order <= HOVER_DIMMING_LIMIT;
  bindRendererEvents(graph, renderer, store, byId("tooltip"), {
    hover: (node) => {
      if (!dimOnHover) return;
      hovered = node;
      emphasise();
      renderer.refresh({ skipIndexation: true });
    },
  });
  bindKeyboard(store, searchInput, camera, signal);
  if (options.urlState) syncUrl(graph, store, signal);

  return {
    graph,
    renderer,
    store,
    get visible() {
      return visible;
    },
    get answer() {
      return currentAnswer;
    },
    select: (node) => (node === null ? store.update({ selected: null, edge: null }) : actions.select(node)),
    exportPng,
    visibleGraph: () => visibleSubgraph(graph, visible),
    destroy() {
      controller.abort();
      details.destroy();
      renderer.kill();
    },
  };
}
