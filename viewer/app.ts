// One exploration of one graph: the state, the renderer over the graph, the panels and the controllers, wired
// together. main.ts makes one for graph.json and a new one for each GEXF file the user opens.
import type { PanelGraph } from "../src/model/graph.ts";
import { HOVER_DIMMING_LIMIT } from "../src/model/settings.ts";
import { subThemesOf } from "../src/query/sub-themes.ts";
import type { Changes } from "./core/changes.ts";
import type { Details } from "./core/details.ts";
import { answerLit, lit } from "./core/highlight.ts";
import { createNameIndex, namesOf, type NameIndex, type NameMatch, type NameSuggestions } from "./core/name-index.ts";
import { isPassage, searchSuggestions, type SearchOption, type SearchSuggestions } from "./core/search-suggestions.ts";
import { updateAppearance } from "./core/appearance-layer.ts";
import {
  buildAppearance,
  createRenderer,
  fitNodes,
  lookBefore,
  moveCamera,
  repaint,
  showNode,
  WHOLE_GRAPH,
  ZOOM_STEP,
  type Look,
  type PanelSigma,
} from "./core/renderer.ts";
import { DEFAULT_STATE, ViewStore, type ViewState } from "./core/state.ts";
import {
  sourcesOutsideDates,
  visibleChanged,
  visibleGraph,
  visibleSubgraph,
  type VisibleGraph,
} from "./core/visible.ts";
import { bindKeyboard, bindRendererEvents } from "./controllers/events.ts";
import { bindShortcuts, focusPanel } from "./controllers/shortcuts.ts";
import { stateFromUrl, syncUrl, unknownNodeInUrl } from "./controllers/url.ts";
import { createChangesPanel, type ChangesPanel } from "./views/changes.ts";
import { combobox, type Suggestions } from "./views/combobox.ts";
import { createControls, type Controls } from "./views/controls.ts";
import { panelNeeds, renderDetails, type DetailActions } from "./views/details.ts";
import { nodeButton } from "./views/node-button.ts";
import { byId, count, download, h } from "./views/dom.ts";
import { downloadBase, fileName, gexfBlob, pngBlob } from "./views/downloads.ts";
import { createLegend, type Legend } from "./views/legend.ts";
import { renderEdgeEvidence } from "./views/edge-evidence.ts";
import { renderReader } from "./views/reader.ts";
import { createTools } from "./views/tools.ts";
import { answer, renderWhoSpokeOn, type Answer } from "./views/who-spoke-on.ts";
import { corpusTitle } from "./views/words.ts";

export interface AppOptions {
  /** Read the initial state from the URL and keep the URL in step (graph.json); off for a dropped file. */
  urlState: boolean;
  /** Where the graph came from, for the status line. */
  origin: string;
  /** Where passages, source texts and facts come from when the graph was loaded lean (core/details.ts). */
  details: Details;
  /** What the last build changed (graph.changes.json), for "Changed since …"; null when it recorded nothing. */
  changes: Changes | null;
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

/** The state's side as it is drawn: the visible graph, the who-spoke-on answer, the hovered node, and the look. */
interface View {
  visible: VisibleGraph;
  answer: Answer | null;
  hovered: string | null;
  /** The changes the build recorded, marked while the state's `changes` is on. */
  readonly changes: Changes | null;
  readonly look: Look;
}

/** What the panels, the search and the answer ask the app to do. */
interface Actions extends DetailActions {
  ask(theme: string): void;
}

/** What the parts of one app share. */
interface Wiring {
  graph: PanelGraph;
  store: ViewStore;
  renderer: PanelSigma;
  details: Details;
  /** The state is read from the URL and kept in it (graph.json), so a link's `?node=` can name a node it lacks. */
  urlState: boolean;
  /** Aborted when the app is destroyed: every listener is bound with it. */
  signal: AbortSignal;
  view: View;
  actions: Actions;
  /** Loads what a panel needs, then draws it again if it is still the one on show. */
  whenLoaded(request: Parameters<Details["load"]>[0], still: () => boolean, redraw: () => void): void;
}

export function createApp(graph: PanelGraph, options: AppOptions): App {
  const controller = new AbortController();
  const { signal } = controller;
  const { details } = options;
  const fromUrl: ViewState = options.urlState ? stateFromUrl(location.search, graph) : { ...DEFAULT_STATE };
  // `?changes=1` means nothing where the build recorded no changes.
  const initial: ViewState = { ...fromUrl, changes: fromUrl.changes && options.changes !== null };
  const store = new ViewStore(initial);
  const visible = visibleGraph(graph, initial);
  const look: Look = {
    colourBy: initial.colourBy,
    visible,
    selected: null,
    selectedEdge: null,
    lit: null,
    appearance: buildAppearance(),
    changes: initial.changes ? options.changes : null,
  };
  const view: View = { visible, answer: answer(graph, initial.theme), hovered: null, changes: options.changes, look };
  emphasise(graph, store, view);
  // The legend shares the graph's column: filled before the renderer measures its container, so that the first frame
  // has the canvas's final size (Sigma reads its container's size only when it draws).
  const legend = createLegend(
    graph,
    byId<HTMLDetailsElement>("legend"),
    () => renderer.scheduleRender(),
    signal,
    options.changes,
  );
  legend.sync(store.state);
  const renderer = createRenderer(graph, byId("graph"), look);
  keepSized(renderer, signal);
  keepClearOfOverlays(renderer, signal);
  const actions = storeActions(store, renderer);
  const app: Wiring = {
    graph,
    store,
    renderer,
    details,
    urlState: options.urlState,
    signal,
    view,
    actions,
    whenLoaded: loader(details, signal),
  };

  const panels = createPanels(app);
  const controls = createControls(graph, store, signal);
  const changes = createChangesPanel(
    graph,
    options.changes,
    store,
    {
      select: actions.select,
      showEdge: (edge, from) => {
        store.update({ selected: from, edge });
        showNode(renderer, from);
      },
    },
    signal,
  );
  createTools({ graph, store, renderer, look, signal, details, select: actions.select });
  const searchInput = bindSearch(app);
  const camera = renderer.getCamera();
  bindZoom(camera, signal);
  const exportPng = () => pngBlob(graph, renderer, store.state);
  bindDownloads(app, exportPng);
  showStatus(graph, options.origin);
  showEmptyHint(graph, options.origin);

  const sync = syncer(app, controls, legend, panels, changes);
  store.subscribe((state, previous) => {
    const before = lookBefore(look);
    sync(state, previous);
    repaint(renderer, look, before);
    frame(app, state, previous, true);
  });
  // The renderer's first frame already shows this state (it was built from the same look): no second render.
  sync(store.state, null);
  if (store.state.selected !== null && store.state.focus === 0) showNode(renderer, store.state.selected, false);
  frame(app, store.state, null, false);

  bindHover(app);
  bindKeyboard(store, searchInput, camera, signal);
  bindShortcuts(searchInput, signal);
  if (options.urlState) syncUrl(graph, store, signal);

  return {
    graph,
    renderer,
    store,
    get visible() {
      return view.visible;
    },
    get answer() {
      return view.answer;
    },
    select: (node) => (node === null ? store.update({ selected: null, edge: null }) : actions.select(node)),
    exportPng,
    visibleGraph: () => visibleSubgraph(graph, view.visible),
    destroy() {
      controller.abort();
      details.destroy();
      renderer.kill();
    },
  };
}

/**
 * Draws the graph again when its container changes size (the legend folds, a panel opens): Sigma reads the size only
 * when it draws, so until then the picture, the pointer's picking and the positions the camera is aimed by would be
 * those of the old size. A refresh, as Sigma does on a window resize, so that the label grid fits the new size.
 */
function keepSized(renderer: PanelSigma, signal: AbortSignal): void {
  const container = renderer.getContainer();
  const observer = new ResizeObserver(() => {
    const { width, height } = renderer.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height) renderer.refresh();
  });
  observer.observe(container);
  signal.addEventListener("abort", () => observer.disconnect());
}

/**
 * Draws the graph again when a control laid over it appears, goes or changes size (the build banner, a tool's panel):
 * the node labels keep clear of those controls (core/labels.ts `overlayBoxes`) but are placed only when a frame is
 * drawn, so without this they would stay away from a closed banner's place until the camera moved.
 */
function keepClearOfOverlays(renderer: PanelSigma, signal: AbortSignal): void {
  const container = renderer.getContainer();
  const overlays = [...(container.parentElement?.children ?? [])].filter((element) => element !== container);
  // The first call reports the sizes the first frame already used.
  let first = true;
  const observer = new ResizeObserver(() => {
    if (first) first = false;
    else renderer.scheduleRender();
  });
  for (const element of overlays) observer.observe(element);
  signal.addEventListener("abort", () => observer.disconnect());
}

function storeActions(store: ViewStore, renderer: PanelSigma): Actions {
  return {
    select: (node) => {
      store.update({ selected: node, edge: null });
      showNode(renderer, node);
    },
    openEdge: (edge) => store.update({ edge }),
    openPassage: (passage) => store.update({ passage }),
    ask: (theme) => store.update({ theme }),
  };
}

function loader(details: Details, signal: AbortSignal): Wiring["whenLoaded"] {
  return (request, still, redraw) => {
    details.load(request).then(
      () => !signal.aborted && still() && redraw(),
      (error: Error) => {
        if (!signal.aborted) byId("status").textContent = `Error: ${error.message}`;
      },
    );
  };
}

/** Brings the look up to date with the state, the visible graph, the answer and the hovered node. */
function emphasise(graph: PanelGraph, store: ViewStore, view: View) {
  const state = store.state;
  const { look } = view;
  look.colourBy = state.colourBy;
  look.visible = view.visible;
  look.selected = state.selected;
  look.selectedEdge = state.edge;
  look.changes = state.changes ? view.changes : null;
  look.lit = lit(graph, {
    hovered: view.hovered,
    selected: state.selected,
    selectedEdge: state.edge,
    answer: view.answer?.ok ? view.answer.answer : null,
  });
  updateAppearance(graph, state, look);
}

// ---- panels ------------------------------------------------------------------------------------------------------

interface Panels {
  node(state: ViewState): void;
  edge(state: ViewState, previous: ViewState | null): void;
  reader(state: ViewState, previous: ViewState | null): void;
  answer(state: ViewState): void;
}

function createPanels(app: Wiring): Panels {
  const reader = readerPanel(app);
  // Once a node's or an edge's passages arrive, the reader marks them too.
  const readerAgain = () => reader(app.store.state, app.store.state);
  return { node: nodePanel(app, readerAgain), edge: edgeDrawer(app, readerAgain), reader, answer: answerPanel(app) };
}

/** The selected node's panel (or a hint when nothing is selected). */
function nodePanel({ graph, store, details, actions, whenLoaded, urlState }: Wiring, readerAgain: () => void) {
  const panel = byId("panel");
  const panelTitle = byId("panel-title");
  const panelBody = byId("panel-body");
  const announcer = byId("announce");
  return (state: ViewState) => {
    // The address still holds the link that was opened (it is rewritten after the panels are drawn): a `?node=` this
    // graph lacks is said in words, with the nearest names, instead of a blank "Select a node".
    const unknown = state.selected === null && urlState ? unknownNodeInUrl(location.search, graph) : null;
    if (unknown !== null) {
      panelTitle.textContent = `No node “${unknown}” in this graph`;
      const nearest = namesOf(graph).nearest(unknown);
      panelBody.replaceChildren(
        ...[
          h("p", {
            className: "hint unknown-node",
            text:
              `The link names the node “${unknown}” (?node=${unknown}), but this graph has no node with that id: ` +
              "the link may be mistyped, or made for another version of the corpus.",
          }),
          nearest.length > 0
            ? h(
                "p",
                { className: "nearest-nodes" },
                "Did you mean ",
                ...nearest.flatMap((n, i) => [
                  i === 0 ? "" : i === nearest.length - 1 ? " or " : ", ",
                  nodeButton(graph, n.id, state.colourBy, actions.select),
                ]),
                "?",
              )
            : null,
          h("p", { className: "hint", text: "Or search for a name, or click a node." }),
        ].filter((p) => p !== null),
      );
      announcer.textContent = `No node ${unknown} in this graph.`;
      panel.classList.remove("has-selection");
      return;
    }
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
    // A node's connections, and for a session's page those of its people and its events and recommendations too.
    const needs = panelNeeds(graph, id);
    const loading =
      !needs.connectionsOf.every((n) => details.hasConnections(n)) || !needs.nodes.every((n) => details.hasNode(n));
    // The date range leaves out of the panel what it takes out of the picture (saying how much).
    const outside = (now: ViewState) => sourcesOutsideDates(graph, now);
    renderDetails(panelBody, panelTitle, graph, id, state.colourBy, actions, loading, outside(state));
    if (loading) {
      whenLoaded(
        needs,
        () => store.state.selected === id,
        () => {
          const top = panelBody.scrollTop;
          renderDetails(panelBody, panelTitle, graph, id, store.state.colourBy, actions, false, outside(store.state));
          panelBody.scrollTop = top;
          if (store.state.passage !== null && store.state.edge === null) readerAgain();
        },
      );
    }
    const { label, type } = graph.getNodeAttributes(state.selected);
    announcer.textContent = `Selected ${label}, ${type}, ${count(graph.degree(state.selected), "connection")}.`;
    panel.classList.add("has-selection");
    panelBody.scrollTop = 0;
  };
}

/** The open connection's drawer, with the passages behind it. */
function edgeDrawer({ graph, store, details, actions, whenLoaded }: Wiring, readerAgain: () => void) {
  const drawer = byId("edge-drawer");
  // Where keyboard focus was when the drawer opened (the connection's "N passages" button), to return it there when
  // the drawer closes: hiding the drawer would otherwise leave the keyboard on the page's body.
  let focusBeforeDrawer: HTMLElement | null = null;
  // Whether the drawer took the keyboard when it opened (and so gives it back when it closes).
  let tookFocus = false;
  return (state: ViewState, previous: ViewState | null) => {
    const focusWasIn = drawer.contains(document.activeElement) || document.activeElement === document.body;
    drawer.hidden = state.edge === null;
    if (state.edge === null) {
      if (previous !== null && previous.edge !== null && tookFocus && focusWasIn) {
        const opener = focusBeforeDrawer?.isConnected
          ? focusBeforeDrawer
          : byId("panel-body").querySelector<HTMLElement>(
              `.connection[data-edge="${CSS.escape(previous.edge)}"] button.passages`,
            );
        opener?.focus({ preventScroll: true });
      }
      focusBeforeDrawer = null;
      tookFocus = false;
      return;
    }
    // Opened from the panel's "N passages" or the graph (the keyboard on the body), not by the review showing what it
    // accepted: the review keeps the keyboard then.
    const active = document.activeElement;
    const opened =
      previous !== null &&
      previous.edge === null &&
      (active === document.body || byId("panel").contains(active) || byId("graph").contains(active));
    if (opened && active instanceof HTMLElement && active !== document.body) focusBeforeDrawer = active;
    const edge = state.edge;
    const loading = !details.hasEdge(edge);
    const outside = (now: ViewState) => sourcesOutsideDates(graph, now);
    renderEdgeEvidence(
      byId("edge-body"),
      byId("edge-title"),
      graph,
      edge,
      state.colourBy,
      actions,
      loading,
      outside(state),
    );
    byId("edge-body").scrollTop = 0;
    // The keyboard follows the drawer: its heading, from which Tab (or `q`) reaches the passages.
    if (opened) {
      tookFocus = true;
      const heading = byId("edge-title");
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    if (loading) {
      whenLoaded(
        { edges: [edge] },
        () => store.state.edge === edge,
        () => {
          const { colourBy } = store.state;
          renderEdgeEvidence(
            byId("edge-body"),
            byId("edge-title"),
            graph,
            edge,
            colourBy,
            actions,
            false,
            outside(store.state),
          );
          if (store.state.passage !== null) readerAgain();
        },
      );
    }
  };
}

/** The passages behind what is selected (the open connection, else the selected node), to mark in the reader. */
function relatedPassages(graph: PanelGraph, state: ViewState) {
  const passages: { source: string; start: number; end: number }[] = [];
  if (state.edge !== null && graph.hasEdge(state.edge))
    passages.push(...graph.getEdgeAttribute(state.edge, "evidence"));
  else if (state.selected !== null && graph.hasNode(state.selected)) {
    graph.forEachEdge(state.selected, (_, a) => passages.push(...a.evidence));
    for (const fact of graph.getNodeAttribute(state.selected, "facts")) passages.push(...fact.evidence);
  }
  return passages;
}

/** The reader: the open passage in its source text, the selection's other passages marked. */
function readerPanel({ graph, store, details, whenLoaded }: Wiring) {
  const reader = byId("reader");
  // Where keyboard focus was when the reader opened (the quote's button), to return it there when it closes.
  let focusBeforeReader: HTMLElement | null = null;
  const render = (state: ViewState, previous: ViewState | null) => {
    reader.hidden = state.passage === null;
    if (state.passage === null) {
      if (focusBeforeReader?.isConnected) focusBeforeReader.focus({ preventScroll: true });
      focusBeforeReader = null;
      return;
    }
    const opened = previous !== null && previous.passage === null;
    if (opened && document.activeElement instanceof HTMLElement) focusBeforeReader = document.activeElement;
    const passage = state.passage;
    if (!details.hasNode(passage.source)) {
      byId("reader-title").textContent = graph.hasNode(passage.source)
        ? graph.getNodeAttribute(passage.source, "label")
        : passage.source;
      byId("reader-meta").textContent = "";
      byId("reader-body").replaceChildren(
        h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the source text…" }),
      );
      if (opened) byId("reader-close").focus({ preventScroll: true });
      whenLoaded(
        { nodes: [passage.source] },
        () => JSON.stringify(store.state.passage) === JSON.stringify(passage),
        () => render(store.state, store.state),
      );
      return;
    }
    const [body, title, meta] = [byId("reader-body"), byId("reader-title"), byId("reader-meta")];
    const mark = renderReader(body, title, meta, graph, state.passage, relatedPassages(graph, state));
    // Scroll the reader itself (scrollIntoView would move every scrollable ancestor, the page included).
    body.scrollTop = mark ? Math.max(0, mark.offsetTop - (body.clientHeight - mark.offsetHeight) / 2) : 0;
    if (opened) byId("reader-close").focus({ preventScroll: true });
  };
  return render;
}

/** The who-spoke-on answer for the theme asked about. */
function answerPanel({ graph, store, details, view, actions, whenLoaded }: Wiring) {
  const whoResult = byId("who-result");
  const themeInput = byId<HTMLInputElement>("theme-input");
  const render = (state: ViewState) => {
    if (document.activeElement !== themeInput) themeInput.value = state.theme;
    // The ranking rests on the passages: with a lean graph, the theme's and its sub-themes' connections come first.
    if (view.answer?.ok) {
      const themes = [view.answer.answer.theme.id, ...subThemesOf(graph, view.answer.answer.theme.id)];
      if (!themes.every((t) => details.hasConnections(t))) {
        whoResult.replaceChildren(
          h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the passages…" }),
        );
        const theme = state.theme;
        whenLoaded(
          { connectionsOf: themes },
          () => store.state.theme === theme,
          () => {
            view.answer = answer(graph, theme);
            render(store.state);
          },
        );
        return;
      }
    }
    renderWhoSpokeOn(whoResult, graph, view.answer, state.colourBy, actions);
  };
  return render;
}

// ---- controls ----------------------------------------------------------------------------------------------------

/** The name search, the theme box and the close buttons; returns the search box (the keyboard shortcut focuses it). */
function bindSearch({ graph, store, actions, signal }: Wiring): HTMLInputElement {
  const searchInput = byId<HTMLInputElement>("search");
  const themeInput = byId<HTMLInputElement>("theme-input");
  // Built when first needed, or when the page is idle after the first frame: at 50,000 nodes it takes a moment.
  let nameIndex: NameIndex | null = null;
  const names = () => (nameIndex ??= createNameIndex(graph));
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => !signal.aborted && names());
  // The node a search chose, whose name the box shows while it is selected: deselected (Escape, the panel's ×,
  // another node), the box is cleared, so it never names a node no longer shown (w48).
  let found: { id: string; label: string } | null = null;
  store.subscribe((state) => {
    if (found === null || state.selected === found.id) return;
    if (searchInput.value === found.label) searchInput.value = "";
    found = null;
  });
  combobox({
    input: searchInput,
    list: byId<HTMLUListElement>("search-options"),
    suggest: (query) => searchBoxSuggestions(searchSuggestions(graph, names(), query)),
    describe: (m) =>
      isPassage(m)
        ? { text: shortQuote(m.quote), detail: `passage · ${m.sourceLabel}` }
        : {
            text: m.label,
            detail: "role" in m ? `${m.type} · ${m.role}` : m.alias ? `${m.type} · “${m.alias}”` : m.type,
          },
    choose: (m) => {
      if (isPassage(m)) return actions.openPassage(m.passage);
      searchInput.value = m.label;
      found = { id: m.id, label: m.label };
      actions.select(m.id);
      // The keyboard goes on to the result: `q` then reaches its first quote.
      focusPanel();
    },
    onEnter: "first",
    signal,
  });
  combobox({
    input: themeInput,
    list: byId<HTMLUListElement>("theme-options"),
    suggest: (query) => suggestions(names().find(query, { types: ["theme"], limit: 10 }), "theme"),
    describe: (m) => ({ text: m.label, ...(m.alias ? { detail: `“${m.alias}”` } : {}) }),
    choose: (m) => {
      // The typed text, when it is what the CLI would answer for it (the answer then says how it matched and what
      // else matches, and the address keeps what the user typed); else the chosen theme's id.
      const typed = themeInput.value.trim();
      const asTyped = typed !== "" && names().best(typed, ["theme"]) === m.id;
      themeInput.value = asTyped ? typed : m.label;
      store.update({ theme: asTyped ? typed : m.id });
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
  return searchInput;
}

/** "…" after the first 90 characters, at a word: a passage as one line of the list. */
function shortQuote(quote: string): string {
  if (quote.length <= 90) return `“${quote}”`;
  const cut = quote.slice(0, 90);
  return `“${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 90)} …”`;
}

/**
 * The search box's suggestions: names and people by role as the name box offers them; with no name matching, the
 * passages that have the typed words ("search the texts"), then the nearest names.
 */
function searchBoxSuggestions(found: SearchSuggestions): Suggestions<SearchOption> {
  const names = suggestions({ query: found.query, matches: found.matches, kind: found.kind }, "name");
  if (found.passages.length === 0) return names;
  const query = found.query.trim();
  const near = found.matches.length > 0 ? "; then the nearest names" : "";
  return {
    options: [...found.passages, ...found.matches],
    notice: `No name matches “${query}”. Searching the texts for “${query}”: ${found.morePassages ? "the first " : ""}${count(found.passages.length, "passage")}${near}:`,
    pick: false,
  };
}

/** A box's suggestions as the combobox shows them: matches are offered to pick; else a notice says nothing matched. */
function suggestions(found: NameSuggestions, what: "name" | "theme"): Suggestions<NameMatch> {
  const none = `No ${what} matches “${found.query.trim()}”`;
  switch (found.kind) {
    case "match":
      return { options: found.matches, pick: true };
    case "typo":
      return { options: found.matches, notice: `${none}; the nearest, a letter or two off:`, pick: true };
    case "nearest":
      return { options: found.matches, notice: `${none}. Nearest ${what}s:`, pick: false };
    case "none":
      return { options: [], ...(found.query.trim() === "" ? {} : { notice: `${none}.` }), pick: false };
  }
}

function bindZoom(camera: ReturnType<PanelSigma["getCamera"]>, signal: AbortSignal) {
  byId("zoom-in").addEventListener("click", () => moveCamera(camera, { ratio: camera.ratio / ZOOM_STEP }, 250), {
    signal,
  });
  byId("zoom-out").addEventListener("click", () => moveCamera(camera, { ratio: camera.ratio * ZOOM_STEP }, 250), {
    signal,
  });
  byId("zoom-fit").addEventListener("click", () => moveCamera(camera, WHOLE_GRAPH, 300), { signal });
}

/** The GEXF (whole or visible) and PNG downloads. */
function bindDownloads({ graph, store, details, view, signal }: Wiring, exportPng: () => Promise<Blob>) {
  const name = downloadBase(graph);
  // A GEXF file carries every passage: a lean graph is filled in from graph.json first.
  byId("download-gexf").addEventListener(
    "click",
    async () => {
      await details.loadAll();
      download(gexfBlob(graph, store.state.colourBy), fileName(name, "gexf", graph));
    },
    { signal },
  );
  byId("download-gexf-visible").addEventListener(
    "click",
    async () => {
      await details.loadAll();
      const visible = visibleSubgraph(graph, view.visible);
      // Named by the whole corpus's date, as the other downloads: the part shown may hold no source.
      download(gexfBlob(visible, store.state.colourBy), fileName(`${name}-visible`, "gexf", graph));
    },
    { signal },
  );
  byId("download-png").addEventListener(
    "click",
    async () => download(await exportPng(), fileName(name, "png", graph)),
    {
      signal,
    },
  );
}

function showStatus(graph: PanelGraph, origin: string) {
  const sources = graph.getAttribute("sources") ?? [];
  // Which corpus this is (`build`/`serve` write its folder's name): one checkout can build several.
  const corpus = graph.getAttribute("corpus");
  document.title = corpus ? `${corpus} · panelgraph` : "panelgraph";
  byId("status").textContent =
    (corpus ? `${corpusTitle(corpus)}: ` : "") +
    `${count(graph.order, "node")}, ${count(graph.size, "edge")}` +
    (sources.length > 0 ? ` from ${count(sources.length, "source")}` : "") +
    (origin ? ` · ${origin}` : "");
}

/**
 * An empty graph would be a blank canvas: say why, and what to do. The built graph is empty until the corpus has a
 * source with accepted people, themes or claims (a new corpus, or one whose drafts are all still `suggested`).
 */
function showEmptyHint(graph: PanelGraph, origin: string) {
  const hint = byId("empty-hint");
  hint.hidden = graph.order > 0;
  if (graph.order > 0) return;
  hint.replaceChildren(
    ...(origin
      ? [h("p", { className: "empty-title", text: `${origin} has no nodes: there is nothing to draw.` })]
      : [
          h("p", { className: "empty-title", text: "The graph is empty: the corpus has nothing accepted yet." }),
          h(
            "ol",
            {},
            h("li", {}, "Add a source: ", h("code", "npx panelgraph add-source <file> --data <corpus>")),
            h("li", {}, "Draft its annotations: ", h("code", "npx panelgraph suggest <source-id> --data <corpus>")),
            h(
              "li",
              {},
              "Accept the drafts: the Review button (under ",
              h("code", "npm start"),
              "), or ",
              h("code", "status: accepted"),
              " in the annotation file. The graph is rebuilt and shown here.",
            ),
          ),
        ]),
  );
}

/**
 * Dimming on hover re-colours every node; above HOVER_DIMMING_LIMIT it would lag behind the pointer, so only a
 * click dims.
 */
function bindHover({ graph, renderer, store, view }: Wiring) {
  const dimOnHover = graph.order <= HOVER_DIMMING_LIMIT;
  bindRendererEvents(graph, renderer, store, byId("tooltip"), {
    hover: (node) => {
      if (!dimOnHover) return;
      view.hovered = node;
      emphasise(graph, store, view);
      renderer.refresh({ skipIndexation: true });
    },
  });
}

// ---- state → picture and panels ----------------------------------------------------------------------------------

/** Derives the view from a new state and redraws the panels whose input changed (all of them at the start). */
function syncer(
  { graph, store, view }: Wiring,
  controls: Controls,
  legend: Legend,
  panels: Panels,
  changes: ChangesPanel,
) {
  return (state: ViewState, previous: ViewState | null) => {
    if (previous === null || visibleChanged(previous, state, view.visible)) view.visible = visibleGraph(graph, state);
    if (previous === null || previous.theme !== state.theme) view.answer = answer(graph, state.theme);
    emphasise(graph, store, view);
    controls.sync(state, view.visible);
    changes.sync(state);
    legend.sync(state);
    // The panels show colours and follow the date range: either changing redraws both.
    const panelsStale =
      previous === null ||
      previous.colourBy !== state.colourBy ||
      previous.dateFrom !== state.dateFrom ||
      previous.dateTo !== state.dateTo;
    if (panelsStale || previous?.selected !== state.selected) panels.node(state);
    if (panelsStale || previous?.edge !== state.edge) panels.edge(state, previous);
    if (previous === null || JSON.stringify(previous.passage) !== JSON.stringify(state.passage)) {
      panels.reader(state, previous);
    }
    if (previous === null || previous.theme !== state.theme || previous.colourBy !== state.colourBy) {
      panels.answer(state);
    }
  };
}

/** What to bring into view after a change: a focused neighbourhood, or a new who-spoke-on answer's speakers. */
function frame({ graph, renderer, view }: Wiring, state: ViewState, previous: ViewState | null, animate: boolean) {
  const focusChanged = previous === null || previous.focus !== state.focus || previous.selected !== state.selected;
  if (state.focus > 0 && state.selected !== null && focusChanged)
    return fitNodes(renderer, view.visible.nodes, animate);
  // Leaving focus (turning it off, or clearing the selection it follows) shows the whole graph again.
  const leftFocus =
    previous !== null &&
    previous.focus > 0 &&
    previous.selected !== null &&
    (state.focus === 0 || state.selected === null);
  if (leftFocus) return moveCamera(renderer.getCamera(), WHOLE_GRAPH);
  if ((previous === null || previous.theme !== state.theme) && view.answer?.ok && state.selected === null) {
    fitNodes(renderer, answerLit(graph, view.answer.answer).nodes, animate);
  }
}
