// The left-hand controls: colour mode, focus depth and filters (types, sources, communities as filter lists, minimum
// connections). Built once per graph; `sync` brings them in line with the state. The legend is views/legend.ts.
import type { PanelGraph } from "../../src/model/graph.ts";
import { communities, communityColour, nodeColour, typeName, typesPresent } from "../core/appearance.ts";
import { DEFAULT_STATE, type FocusDepth, type ViewState, type ViewStore } from "../core/state.ts";
import { sourcesOutsideDates, type VisibleGraph } from "../core/visible.ts";
import { dateInWords } from "../../src/model/dates.ts";
import { byId, count } from "./dom.ts";
import { createFilterList } from "./filter-list.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";

export interface Controls {
  sync(state: ViewState, visible: VisibleGraph): void;
}

export function createControls(graph: PanelGraph, store: ViewStore, signal: AbortSignal): Controls {
  const byText = (a: string, b: string) => a.localeCompare(b);

  const typeList = createFilterList({
    box: byId("type-filter"),
    title: "Node types",
    name: "type",
    noun: ["type", "types"],
    items: typesPresent(graph).map(({ type, count }) => ({
      value: type,
      label: typeName(type),
      count,
      unit: "node",
      colour: nodeColour({ type: type as NodeType, label: "", aliases: [], facts: [] }, "type"),
    })),
    setHidden: (hidden) => store.update({ hiddenTypes: (hidden as NodeType[]).sort(byText) }),
    signal,
  });

  // Sources, with the number of connections that rest on each.
  const sourceIds = graph.getAttribute("sources") ?? [];
  const connections = new Map<string, number>();
  graph.forEachEdge((_, { sources }) => sources.forEach((s) => connections.set(s, (connections.get(s) ?? 0) + 1)));
  const sourceBox = byId("source-filter");
  sourceBox.hidden = sourceIds.length < 2;
  const sourceList = createFilterList({
    box: sourceBox,
    title: "Sources",
    name: "source",
    noun: ["source", "sources"],
    items: sourceIds.map((source) => ({
      value: source,
      label: graph.hasNode(source) ? graph.getNodeAttribute(source, "label") : source,
      // The edges it backs (the status line's edges), not nodes: the header says so.
      count: connections.get(source) ?? 0,
      unit: "edge",
    })),
    setHidden: (hidden) => store.update({ hiddenSources: hidden.sort(byText) }),
    excludedAs: "outside the dates",
    signal,
  });

  const sourceDate = (s: string) => (graph.hasNode(s) ? graph.getNodeAttribute(s, "date") : undefined);
  // Dates: the range hides sources as the list above does (core/visible.ts, hiddenSourceSet), from the earliest
  // source date to the latest. Dates given as a month or a year cover the whole of it.
  const dates = sourceIds
    .map(sourceDate)
    .filter((d): d is string => d !== undefined)
    .sort();
  const dateBox = byId("date-filter");
  dateBox.hidden = sourceIds.length < 2 || new Set(dates).size < 2;
  const dateFrom = byId<HTMLInputElement>("date-from");
  const dateTo = byId<HTMLInputElement>("date-to");
  const dateNote = byId("date-note");
  for (const input of [dateFrom, dateTo]) {
    if (dates.length > 0) {
      input.min = startOfDate(dates[0]!);
      input.max = endOfDate(dates[dates.length - 1]!);
    }
    input.addEventListener(
      "change",
      () => store.update(input === dateFrom ? { dateFrom: input.value } : { dateTo: input.value }),
      { signal },
    );
  }

  // Communities, by number (the build's, as the exports give it; community 1 was the largest when numbered),
  // each named by its number and its name (as `panelgraph communities` names it).
  const groups = communities(graph);
  const communityBox = byId("community-filter");
  communityBox.hidden = groups.length === 0;
  const communityList = createFilterList({
    box: communityBox,
    title: "Communities",
    name: "community",
    noun: ["community", "communities"],
    items: groups.map((group) => ({
      value: String(group.id),
      label: `${group.id} · ${group.name}`,
      count: group.size,
      unit: "node",
      colour: communityColour(group.id),
    })),
    setHidden: (hidden) => store.update({ hiddenCommunities: hidden.map(Number).sort((a, b) => a - b) }),
    signal,
  });

  const colourInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="colour"]')];
  const communityOption = colourInputs.find((i) => i.value === "community");
  if (communityOption) communityOption.disabled = groups.length === 0;
  for (const input of colourInputs) {
    input.addEventListener(
      "change",
      () => input.checked && store.update({ colourBy: input.value === "community" ? "community" : "type" }),
      { signal },
    );
  }

  const focusInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="focus"]')];
  for (const input of focusInputs) {
    input.addEventListener(
      "change",
      () => input.checked && store.update({ focus: Number(input.value) as FocusDepth }),
      { signal },
    );
  }

  const minDegree = byId<HTMLInputElement>("min-degree");
  minDegree.max = String(graph.reduceNodes((max, id) => Math.max(max, graph.degree(id)), 1));
  minDegree.addEventListener(
    "input",
    () => {
      const value = Math.max(0, Math.floor(Number(minDegree.value) || 0));
      store.update({ minDegree: value });
    },
    { signal },
  );
  const minDegreeValue = byId("min-degree-value");

  byId("reset-filters").addEventListener(
    "click",
    () =>
      store.update({
        hiddenTypes: [...DEFAULT_STATE.hiddenTypes],
        hiddenSources: [...DEFAULT_STATE.hiddenSources],
        hiddenCommunities: [...DEFAULT_STATE.hiddenCommunities],
        dateFrom: DEFAULT_STATE.dateFrom,
        dateTo: DEFAULT_STATE.dateTo,
        minDegree: DEFAULT_STATE.minDegree,
        focus: DEFAULT_STATE.focus,
      }),
    { signal },
  );

  const shown = byId("visible-count");
  const focusHint = byId("focus-hint");

  return {
    sync(state, visible) {
      typeList.sync(state.hiddenTypes);
      // A bound given in the URL as a month or a year shows as the day it starts (from) or ends (to).
      const from = state.dateFrom === "" ? "" : startOfDate(state.dateFrom);
      const to = state.dateTo === "" ? "" : endOfDate(state.dateTo);
      // Sources outside the date range show unticked and greyed, with their date; their own ticks come back with the
      // range cleared.
      const outsideDates = from === "" && to === "" ? new Set<string>() : sourcesOutsideDates(graph, state);
      sourceList.sync(
        state.hiddenSources,
        new Map([...outsideDates].map((s) => [s, `dated ${dateInWords(sourceDate(s)!)}: outside the dates shown`])),
      );
      communityList.sync(state.hiddenCommunities.map(String));
      if (dateFrom.value !== from) dateFrom.value = from;
      if (dateTo.value !== to) dateTo.value = to;
      const outside = outsideDates.size;
      dateNote.hidden = outside === 0;
      dateNote.textContent = `The range hides ${outside} of ${count(sourceIds.length, "source")}, greyed in the Sources list.`;
      for (const input of colourInputs) input.checked = input.value === state.colourBy;
      for (const input of focusInputs) {
        input.checked = Number(input.value) === state.focus;
        input.disabled = state.selected === null && input.value !== "0";
      }
      focusHint.hidden = state.selected !== null;
      if (Number(minDegree.value) !== state.minDegree) minDegree.value = String(state.minDegree);
      minDegreeValue.textContent = String(state.minDegree);
      shown.textContent = visible.complete
        ? `Showing all ${count(graph.order, "node")} and ${count(graph.size, "edge")}`
        : `Showing ${visible.nodes.size.toLocaleString("en-GB")} of ${count(graph.order, "node")}, ` +
          `${visible.edges.size.toLocaleString("en-GB")} of ${count(graph.size, "edge")}`;
    },
  };
}

/** The first day of a date given as YYYY, YYYY-MM or YYYY-MM-DD. */
function startOfDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a date given as YYYY, YYYY-MM or YYYY-MM-DD. */
function endOfDate(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
}
