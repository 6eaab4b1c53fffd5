// The visible graph: which nodes and edges the current filters and focus leave on screen, derived from the data graph
// and the view state (as Gephi Lite derives its visible graph). The data graph is never edited; the renderer hides
// what is not in these sets through its reducers, and the filtered GEXF download copies exactly these sets.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { filtersChanged, type ViewState } from "./state.ts";

export interface VisibleGraph {
  nodes: Set<string>;
  edges: Set<string>;
  /** True when nothing is filtered out: every node and edge is visible. */
  complete: boolean;
}

/** The nodes within `depth` steps of `start`, in either direction, among `allowed`. */
export function neighbourhood(graph: PanelGraph, start: string, depth: number, allowed?: Set<string>): Set<string> {
  const found = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (found.has(neighbour) || (allowed && !allowed.has(neighbour))) return;
        found.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return found;
}

/**
 * Whether a source dated `date` (YYYY, YYYY-MM or YYYY-MM-DD) falls in the range `from`–`to` ("" for no bound). Dates
 * are periods of their precision, compared on the part both give: "2024-03" is in a range from 2024-03-15.
 */
export function dateInRange(date: string, from: string, to: string): boolean {
  const compare = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n).localeCompare(b.slice(0, n));
  };
  return (from === "" || compare(date, from) >= 0) && (to === "" || compare(date, to) <= 0);
}

/**
 * The sources the filters hide: those unticked in the Sources list and those dated outside the date range. A source
 * with no date is never hidden by the range.
 */
export function hiddenSourceSet(
  graph: PanelGraph,
  state: Pick<ViewState, "hiddenSources" | "dateFrom" | "dateTo">,
): Set<string> {
  const hidden = new Set(state.hiddenSources);
  if (state.dateFrom === "" && state.dateTo === "") return hidden;
  for (const source of graph.getAttribute("sources") ?? []) {
    const date = graph.hasNode(source) ? graph.getNodeAttribute(source, "date") : undefined;
    if (date !== undefined && !dateInRange(date, state.dateFrom, state.dateTo)) hidden.add(source);
  }
  return hidden;
}

/**
 * The sources the date range alone hides (not those unticked in the Sources list): what the selected node's panel
 * leaves out of its passages and roles, and counts as outside the dates shown. Empty when no range is set.
 */
export function sourcesOutsideDates(graph: PanelGraph, state: Pick<ViewState, "dateFrom" | "dateTo">): Set<string> {
  if (state.dateFrom === "" && state.dateTo === "") return new Set();
  return hiddenSourceSet(graph, { hiddenSources: [], dateFrom: state.dateFrom, dateTo: state.dateTo });
}

/**
 * A connection as the date range shows it (`outside`: sourcesOutsideDates): its passages, roles and links from the sources
 * in range only. The attributes themselves when nothing is outside; the data graph is never edited.
 */
export function inDates(attributes: EdgeAttributes, outside: ReadonlySet<string>): EdgeAttributes {
  if (outside.size === 0 || !attributes.sources.some((s) => outside.has(s))) return attributes;
  const evidence = attributes.evidence.filter((e) => !outside.has(e.source));
  const roles = attributes.roles?.filter((r) => !outside.has(r.source));
  const periods = attributes.periods?.filter((p) => !outside.has(p.source));
  const links = attributes.links?.filter((l) => !outside.has(l.source));
  return {
    ...attributes,
    evidence,
    sources: attributes.sources.filter((s) => !outside.has(s)),
    ...(roles ? { roles } : {}),
    ...(periods ? { periods } : {}),
    ...(links ? { links } : {}),
  };
}

/**
 * A node is visible when its type, its community and its sources are shown and it has at least `minDegree`
 * connections; an edge when both ends are and one of its sources is shown (registry edges have none and follow their
 * ends). The date range hides sources as unticking them does. A source filter also hides nodes left with no edge from a shown source. Focus then keeps only the selected
 * node's neighbourhood; the selected node itself always stays visible, so the panel never describes a hidden node.
 */
export function visibleGraph(graph: PanelGraph, state: ViewState): VisibleGraph {
  const unfiltered =
    state.hiddenTypes.length === 0 &&
    state.hiddenSources.length === 0 &&
    state.dateFrom === "" &&
    state.dateTo === "" &&
    state.hiddenCommunities.length === 0 &&
    state.minDegree === 0 &&
    (state.focus === 0 || state.selected === null || !graph.hasNode(state.selected));
  if (unfiltered) return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()), complete: true };
  const hiddenTypes = new Set<string>(state.hiddenTypes);
  const hiddenSources = hiddenSourceSet(graph, state);
  const hiddenCommunities = new Set(state.hiddenCommunities);
  const sourceShown = (sources: readonly string[]) =>
    hiddenSources.size === 0 || sources.length === 0 || sources.some((s) => !hiddenSources.has(s));

  const nodes = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (hiddenTypes.has(attributes.type)) return;
    if (attributes.community !== undefined && hiddenCommunities.has(attributes.community)) return;
    if (state.minDegree > 0 && graph.degree(id) < state.minDegree) return;
    if (hiddenSources.size > 0) {
      if (attributes.type === "source") {
        if (hiddenSources.has(id)) return;
      } else if (!graph.someEdge(id, (_, edge) => edge.sources.length > 0 && sourceShown(edge.sources))) {
        return;
      }
    }
    nodes.add(id);
  });

  const selected = state.selected !== null && graph.hasNode(state.selected) ? state.selected : null;
  if (selected !== null) nodes.add(selected);
  let shown = nodes;
  if (selected !== null && state.focus > 0) shown = neighbourhood(graph, selected, state.focus, nodes);

  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (shown.has(source) && shown.has(target) && sourceShown(attributes.sources)) edges.add(edge);
  });
  return { nodes: shown, edges, complete: shown.size === graph.order && edges.size === graph.size };
}

/**
 * Whether going from state `a` to `b` can change the visible graph, `current` being a's. A new selection alone leaves
 * it as it is when nothing is filtered out and focus is off (the selected node is then visible anyway), so selecting
 * does not walk the whole graph.
 */
export function visibleChanged(a: ViewState, b: ViewState, current: VisibleGraph): boolean {
  if (!filtersChanged(a, b)) return false;
  const selectionOnly = filtersChanged({ ...a, selected: b.selected }, b) === false;
  return !(selectionOnly && a.focus === 0 && b.focus === 0 && current.complete);
}

/** A copy of the visible part of the graph, with the same attributes (for the filtered download). */
export function visibleSubgraph(graph: PanelGraph, visible: VisibleGraph): PanelGraph {
  const copy = new MultiDirectedGraph() as PanelGraph;
  const sources = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (!visible.nodes.has(id)) return;
    copy.addNode(id, { ...attributes });
    if (attributes.type === "source") sources.add(id);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visible.edges.has(edge)) return;
    copy.addEdgeWithKey(edge, source, target, { ...attributes });
    for (const s of attributes.sources) sources.add(s);
  });
  // The graph's list of sources keeps its order and keeps only the sources the visible part still rests on.
  copy.replaceAttributes({
    ...graph.getAttributes(),
    sources: graph.getAttribute("sources").filter((s) => sources.has(s)),
  });
  return copy;
}
