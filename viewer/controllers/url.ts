// The view state in the URL's query string, so a view can be shared as a link and comes back on reload. Only what
// differs from the default is written; what does not fit the graph (an unknown node, a type it lacks) is dropped.
import type { PanelGraph } from "../../src/model/graph.ts";
import { dateProblem } from "../../src/model/dates.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import { COLOUR_MODES, LABEL_MODES, SIZE_MODES } from "../core/appearance-mapping.ts";
import { DEFAULT_STATE, type FocusDepth, type PassageRef, type ViewState } from "../core/state.ts";
import { idForm } from "../../src/model/names.ts";

/** The value when it is one of `modes`, else the default. */
const oneOf = <T extends string>(value: string | null, modes: { value: T }[], fallback: T): T =>
  modes.find((m) => m.value === value)?.value ?? fallback;

/** The query parameters, one per piece of state. */
export const URL_PARAMETERS = {
  node: "selected node id",
  edge: "selected edge key (evidence drawer)",
  colour:
    "what colours the nodes: `community`, `source`, `evidence`, `kind`, `centrality`, `degree`, `passages`, `sources`",
  size: "what sizes the nodes: `degree`, `passages`, `sources`, `uniform` (centrality is the default)",
  label: "what labels the nodes: `id`, `type`, `community`, `kind`, `source` or a number (the label is the default)",
  hide: "hidden node types, comma-separated",
  hideSources: "hidden sources (ids), comma-separated",
  hideCommunities: "hidden community ids, comma-separated",
  from: "the date range's start (YYYY-MM-DD, YYYY-MM or YYYY): sources dated before it are hidden",
  to: "the date range's end: sources dated after it are hidden",
  minDegree: "minimum number of connections",
  focus: "1 or 2: show only the selected node's neighbourhood to that depth",
  theme: "the who-spoke-on theme, as typed (an id, a name, or words of one: docs/cli.md, How names are matched)",
  passage: "the passage open in the reader, as source:start-end",
  changes: "1: what the last build changed is marked and listed (when it recorded its changes)",
} as const;

/** The parameter when it is a date the calendar has, else "" (no bound). */
const dateParameter = (value: string | null) => (value !== null && dateProblem(value) === undefined ? value : "");

const split = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);

export function stateFromUrl(search: string, graph: PanelGraph): ViewState {
  const params = new URLSearchParams(search);
  const types = new Set(graph.mapNodes((_, a) => a.type));
  const communities = new Set(graph.mapNodes((_, a) => a.community));
  const node = params.get("node");
  const edge = params.get("edge");
  const focus = Number(params.get("focus"));
  const minDegree = Math.floor(Number(params.get("minDegree")));
  const passage = /^(.+):(\d+)-(\d+)$/.exec(params.get("passage") ?? "");
  let reader: PassageRef | null = null;
  if (passage && graph.hasNode(passage[1]!)) {
    const start = Number(passage[2]);
    const end = Number(passage[3]);
    if (start <= end) reader = { source: passage[1]!, start, end };
  }
  return {
    ...DEFAULT_STATE,
    selected: node !== null ? nodeOfLink(graph, node) : null,
    edge: edge !== null && graph.hasEdge(edge) ? edge : null,
    colourBy: oneOf(params.get("colour"), COLOUR_MODES, DEFAULT_STATE.colourBy),
    sizeBy: oneOf(params.get("size"), SIZE_MODES, DEFAULT_STATE.sizeBy),
    labelBy: oneOf(params.get("label"), LABEL_MODES, DEFAULT_STATE.labelBy),
    hiddenTypes: split(params.get("hide"))
      .filter((t) => types.has(t as NodeType))
      .sort() as NodeType[],
    hiddenSources: split(params.get("hideSources"))
      .filter((s) => graph.getAttribute("sources").includes(s))
      .sort(),
    hiddenCommunities: split(params.get("hideCommunities"))
      .map(Number)
      .filter((c) => Number.isInteger(c) && communities.has(c))
      .sort((a, b) => a - b),
    dateFrom: dateParameter(params.get("from")),
    dateTo: dateParameter(params.get("to")),
    minDegree: Number.isFinite(minDegree) && minDegree > 0 ? minDegree : 0,
    focus: focus === 1 || focus === 2 ? focus : 0,
    theme: params.get("theme") ?? "",
    passage: reader,
    changes: params.get("changes") === "1",
  };
}

/**
 * The `node` the link names when the graph has no such node (a mistyped or outdated link), else null: `stateFromUrl`
 * drops it, and the panel says so rather than open on nothing without a word.
 */
export function unknownNodeInUrl(search: string, graph: PanelGraph): string | null {
  const node = new URLSearchParams(search).get("node");
  return node !== null && node !== "" && nodeOfLink(graph, node) === null ? node : null;
}

/**
 * The node a link's `?node=` means: the node with that id, else the one node that had that id (`formerIds`: one
 * renamed by `panelgraph rename-entity`), else the one node with a name (label or alias) of that id's form (an entity
 * merged into another, `merge-entity`, leaves its name as an alias). So a link made before still opens it. Two nodes
 * with that name: none (the panel says so).
 */
export function nodeOfLink(graph: PanelGraph, id: string): string | null {
  if (graph.hasNode(id)) return id;
  const renamed = graph.filterNodes((_, a) => a.formerIds?.includes(id) ?? false);
  if (renamed.length === 1) return renamed[0]!;
  const form = idForm(id);
  if (form === "") return null;
  const named = graph.filterNodes((_, a) => [a.label, ...a.aliases].some((name) => idForm(name) === form));
  return named.length === 1 ? named[0]! : null;
}

export function urlFromState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected !== null) params.set("node", state.selected);
  if (state.edge !== null) params.set("edge", state.edge);
  if (state.colourBy !== DEFAULT_STATE.colourBy) params.set("colour", state.colourBy);
  if (state.sizeBy !== DEFAULT_STATE.sizeBy) params.set("size", state.sizeBy);
  if (state.labelBy !== DEFAULT_STATE.labelBy) params.set("label", state.labelBy);
  if (state.hiddenTypes.length > 0) params.set("hide", state.hiddenTypes.join(","));
  if (state.hiddenSources.length > 0) params.set("hideSources", state.hiddenSources.join(","));
  if (state.hiddenCommunities.length > 0) params.set("hideCommunities", state.hiddenCommunities.join(","));
  if (state.dateFrom !== "") params.set("from", state.dateFrom);
  if (state.dateTo !== "") params.set("to", state.dateTo);
  if (state.minDegree > 0) params.set("minDegree", String(state.minDegree));
  if (state.focus !== 0) params.set("focus", String(state.focus as FocusDepth));
  if (state.theme !== "") params.set("theme", state.theme);
  if (state.passage) params.set("passage", `${state.passage.source}:${state.passage.start}-${state.passage.end}`);
  if (state.changes) params.set("changes", "1");
  const query = params.toString();
  return query === "" ? location.pathname : `?${query}`;
}

/**
 * Keeps the URL in step with the state: a new history entry when what is selected or read changes (so Back returns
 * to the previous node), a replaced one for filters and colours; Back and Forward restore the state they point at.
 */
export function syncUrl(
  graph: PanelGraph,
  store: {
    state: ViewState;
    update(change: Partial<ViewState>): void;
    subscribe(f: (s: ViewState, p: ViewState) => void): void;
  },
  signal: AbortSignal,
): void {
  store.subscribe((state, previous) => {
    const url = urlFromState(state);
    // Back and Forward set the state from the URL: the URL is then already right and must not be pushed again.
    if (url === (location.search === "" ? location.pathname : location.search)) return;
    const navigation =
      state.selected !== previous.selected ||
      state.edge !== previous.edge ||
      JSON.stringify(state.passage) !== JSON.stringify(previous.passage);
    if (navigation) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });
  window.addEventListener("popstate", () => store.update(stateFromUrl(location.search, graph)), { signal });
}
