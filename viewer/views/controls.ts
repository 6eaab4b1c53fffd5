// The left-hand controls: colour mode, focus depth, filters (types, sources, communities, minimum connections) and
// the legend of whichever colouring is on. Built once per graph; `sync` brings them in line with the state.
import type { PanelGraph } from "../../src/model/graph.ts";
import { communities, communityColour, nodeColour, typeName, typesPresent } from "../core/appearance.ts";
import type { FocusDepth, ViewState, ViewStore } from "../core/state.ts";
import type { VisibleGraph } from "../core/visible.ts";
import { byId, count, h } from "./dom.ts";
import { colouringBy, sizeName, type LegendEntry } from "../core/appearance-mapping.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";

/** The legend names at most this many communities (the largest). */
const LEGEND_COMMUNITIES = 12;

export interface Controls {
  sync(state: ViewState, visible: VisibleGraph): void;
}

function checkbox(
  name: string,
  value: string,
  text: Node[],
  onChange: (checked: boolean) => void,
  signal: AbortSignal,
) {
  const input = h("input", { attrs: { type: "checkbox", name, value } });
  input.checked = true;
  input.addEventListener("change", () => onChange(input.checked), { signal });
  return { input, label: h("label", { className: "check" }, input, ...text) };
}

function swatch(colour: string): HTMLElement {
  const dot = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.background = colour;
  return dot;
}

const toggle = <T>(list: readonly T[], value: T, hidden: boolean, order: (a: T, b: T) => number): T[] =>
  (hidden ? [...new Set([...list, value])] : list.filter((v) => v !== value)).sort(order);

export function createControls(graph: PanelGraph, store: ViewStore, signal: AbortSignal): Controls {
  const byText = (a: string, b: string) => a.localeCompare(b);

  // Types: the type filter doubles as the legend when colouring by type.
  const types = typesPresent(graph);
  const typeBox = byId("type-filter");
  const typeInputs = new Map<string, HTMLInputElement>();
  typeBox.replaceChildren(h("legend", "Node types"));
  for (const { type, count: n } of types) {
    const colour = nodeColour({ type: type as NodeType, label: "", aliases: [], facts: [] }, "type");
    const { input, label } = checkbox(
      "type",
      type,
      [
        swatch(colour),
        h("span", { className: "name", text: typeName(type) }),
        h("span", { className: "count", text: String(n) }),
      ],
      (checked) => store.update({ hiddenTypes: toggle(store.state.hiddenTypes, type as NodeType, !checked, byText) }),
      signal,
    );
    typeInputs.set(type, input);
    typeBox.append(label);
  }

  const sources = byId("source-filter");
  const sourceInputs = new Map<string, HTMLInputElement>();
  const sourceIds = graph.getAttribute("sources") ?? [];
  sources.hidden = sourceIds.length < 2;
  sources.replaceChildren(h("legend", "Sources"));
  for (const source of sourceIds) {
    const title = graph.hasNode(source) ? graph.getNodeAttribute(source, "label") : source;
    const { input, label } = checkbox(
      "source",
      source,
      [h("span", { className: "name", text: title, attrs: { title } })],
      (checked) => store.update({ hiddenSources: toggle(store.state.hiddenSources, source, !checked, byText) }),
      signal,
    );
    sourceInputs.set(source, input);
    sources.append(label);
  }

  // Communities: the community filter doubles as the legend when colouring by community.
  const groups = communities(graph);
  const communityBox = byId("community-filter");
  const communityInputs = new Map<number, HTMLInputElement>();
  communityBox.hidden = groups.length === 0;
  communityBox.replaceChildren(h("legend", "Communities"));
  for (const group of groups) {
    const name = group.members.join(", ");
    const { input, label } = checkbox(
      "community",
      String(group.id),
      [
        swatch(communityColour(group.id)),
        h("span", { className: "name", text: name, attrs: { title: name } }),
        h("span", { className: "count", text: String(group.size) }),
      ],
      (checked) =>
        store.update({
          hiddenCommunities: toggle(store.state.hiddenCommunities, group.id, !checked, (a, b) => a - b),
        }),
      signal,
    );
    communityInputs.set(group.id, input);
    communityBox.append(label);
  }

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
    () => store.update({ hiddenTypes: [], hiddenSources: [], hiddenCommunities: [], minDegree: 0, focus: 0 }),
    { signal },
  );

  const shown = byId("visible-count");
  const focusHint = byId("focus-hint");
  const legend = byId("legend");
  const attributeLegends = new Map<string, LegendEntry[] | null>();

  return {
    sync(state, visible) {
      for (const [type, input] of typeInputs) input.checked = !state.hiddenTypes.includes(type as NodeType);
      for (const [source, input] of sourceInputs) input.checked = !state.hiddenSources.includes(source);
      for (const [id, input] of communityInputs) input.checked = !state.hiddenCommunities.includes(id);
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

      // The legend over the graph: the colours in use, in the current mode.
      // Communities: the largest few; the filter above lists them all.
      const largest = [...groups].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, LEGEND_COMMUNITIES);
      // Other attributes' legends (core/appearance-mapping.ts), computed once per mode.
      if (!attributeLegends.has(state.colourBy)) {
        attributeLegends.set(state.colourBy, colouringBy(graph, state.colourBy)?.legend ?? null);
      }
      const entries =
        attributeLegends.get(state.colourBy) ??
        (state.colourBy === "community"
          ? largest.map((g) => ({ colour: communityColour(g.id), text: g.members.slice(0, 2).join(", ") }))
          : types.map(({ type }) => ({
              colour: nodeColour({ type: type as NodeType, label: "", aliases: [], facts: [] }, "type"),
              text: typeName(type),
            })));
      if (state.colourBy === "community" && groups.length > largest.length) {
        entries.push({ colour: "transparent", text: `and ${groups.length - largest.length} smaller communities` });
      }
      legend.replaceChildren(
        h("h2", { className: "visually-hidden", text: "Legend" }),
        h(
          "ul",
          {},
          ...entries.map((e) => h("li", {}, swatch(e.colour), h("span", { text: e.text, attrs: { title: e.text } }))),
        ),
        h("p", { className: "meta", text: `Size: ${sizeName(state.sizeBy)}` }),
      );
    },
  };
}
