// The legend: a collapsible strip under the graph (never over it) that names every colour on screen in the current
// colouring, the greys included, and what size and the lines mean.
import type { PanelGraph } from "../../src/model/graph.ts";
import { OTHER_COMMUNITY_COLOR } from "../../src/export/palette.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import {
  CHANGE_COLOUR,
  communities,
  communityColour,
  communityNumbers,
  EDGE_COLOUR,
  EDGE_HIGHLIGHT_COLOUR,
  EDGE_SELECTED_COLOUR,
  FADED_NODE_COLOUR,
  NEUTRAL_COLOUR,
  nodeColour,
  typeName,
  typesPresent,
} from "../core/appearance.ts";
import { colouringBy, sizeName, type LegendEntry } from "../core/appearance-mapping.ts";
import type { Changes } from "../core/changes.ts";
import type { ViewState } from "../core/state.ts";
import { noCommunityWords } from "../core/no-community.ts";
import { builtAt } from "./changes.ts";
import { count, h } from "./dom.ts";

/** The legend names this many communities, the largest: they have colours of their own (src/export/palette.ts). */
export const LEGEND_COMMUNITIES = 12;

export interface Legend {
  sync(state: ViewState): void;
}

interface Entry {
  colour: string;
  text: string;
  /** Shown on hover, and read by screen readers after the text. */
  detail?: string;
  /** A ring (solid or dashed) is drawn around a node: "Changed since …". */
  shape?: "dot" | "line" | "ring" | "dashed-ring";
}

const MARK_CLASSES: Record<NonNullable<Entry["shape"]>, string> = {
  dot: "swatch",
  line: "legend-line",
  ring: "ring-mark",
  "dashed-ring": "ring-mark dashed",
};

function entry({ colour, text, detail, shape = "dot" }: Entry): HTMLElement {
  const mark = h("span", { className: MARK_CLASSES[shape], attrs: { "aria-hidden": "true" } });
  if (shape === "ring" || shape === "dashed-ring") mark.style.borderColor = colour;
  else mark.style.background = colour;
  const item = h("li", {}, mark, h("span", { className: "legend-text", text }));
  if (detail) {
    item.title = `${text}: ${detail}`;
    item.append(h("span", { className: "visually-hidden", text: ` (${detail})` }));
  }
  return item;
}

/**
 * `onResize`: the legend opened or closed, so the graph above it changed size. `changes`: what the last build changed,
 * whose marks the legend names while "Changed since …" is on.
 */
export function createLegend(
  graph: PanelGraph,
  container: HTMLDetailsElement,
  onResize: () => void,
  signal: AbortSignal,
  changes: Changes | null = null,
): Legend {
  const types = typesPresent(graph);
  const groups = communities(graph);
  const largest = [...groups].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, LEGEND_COMMUNITIES);
  const named = new Set(largest.map((g) => g.id));
  const others = groups.filter((g) => !named.has(g.id));
  // Which types have no community at all, and how many nodes of the others have none.
  const without = new Map<string, number>();
  graph.forEachNode((_, a) => a.community === undefined && without.set(a.type, (without.get(a.type) ?? 0) + 1));
  const body = h("div", { className: "legend-body" });
  container.replaceChildren(h("summary", {}, h("span", { text: "Legend" })), body);
  container.addEventListener("toggle", onResize, { signal });

  const typeEntries = (): Entry[] =>
    types.map(({ type, count: n }) => ({
      colour: nodeColour({ type: type as NodeType, label: "", aliases: [], facts: [] }, "type"),
      text: typeName(type),
      detail: count(n, "node"),
    }));

  const communityEntries = (): Entry[] => {
    const entries: Entry[] = largest.map((g) => ({
      colour: communityColour(g.id),
      // The number the exports give it (the build's), then its name, as `panelgraph communities` gives it.
      text: `${g.id} · ${g.name}`,
      detail: `community ${g.id}, ${count(g.size, "node")}: ${g.name}`,
    }));
    if (others.length > 0) {
      const nodes = others.reduce((n, g) => n + g.size, 0);
      entries.push({
        colour: OTHER_COMMUNITY_COLOR,
        text: `Other communities (${others.length})`,
        detail: `the ${count(others.length, "smaller community", "smaller communities")} (${communityNumbers(others.map((g) => g.id))}), ${count(nodes, "node")}, share one colour`,
      });
    }
    if (without.size > 0) {
      entries.push({ colour: NEUTRAL_COLOUR, text: "Grey: no community", detail: noCommunityWords(types, without) });
    }
    return entries;
  };

  // Colourings by another attribute (the Appearance tool: core/appearance-mapping.ts), each computed once.
  const attributeEntries = new Map<string, LegendEntry[] | null>();
  const byAttribute = (mode: ViewState["colourBy"]): Entry[] | null => {
    if (!attributeEntries.has(mode)) attributeEntries.set(mode, colouringBy(graph, mode)?.legend ?? null);
    return attributeEntries.get(mode)?.map((e) => ({ colour: e.colour, text: e.text })) ?? null;
  };

  return {
    sync(state) {
      const nodes =
        state.colourBy === "community"
          ? communityEntries()
          : state.colourBy === "type"
            ? typeEntries()
            : (byAttribute(state.colourBy) ?? typeEntries());
      const lit = state.selected !== null || state.edge !== null || state.theme !== "";
      const marks: Entry[] = [];
      if (lit) {
        marks.push({
          colour: FADED_NODE_COLOUR,
          text: "Pale: not connected",
          detail: "nodes outside the selection's neighbourhood (or the who-spoke-on answer) fade",
        });
      }
      marks.push(
        { colour: EDGE_COLOUR, text: "Connection", detail: "thicker: more passages", shape: "line" },
        ...(lit
          ? [
              { colour: EDGE_HIGHLIGHT_COLOUR, text: "The selection's", shape: "line" as const },
              { colour: EDGE_SELECTED_COLOUR, text: "Open in the drawer", shape: "line" as const },
            ]
          : []),
      );
      if (state.changes && changes && !changes.unchanged) {
        const before = changes.recorded.previous.builtAt;
        const since = before === undefined ? "since the previous build" : `since the build of ${builtAt(before)}`;
        marks.push(
          { colour: CHANGE_COLOUR, text: "Added since the last build", detail: since, shape: "ring" },
          { colour: CHANGE_COLOUR, text: "Changed (name, role, fact)", detail: since, shape: "dashed-ring" },
          { colour: CHANGE_COLOUR, text: "Connection added", detail: since, shape: "line" },
        );
      }
      // In community colouring, what the greys mean is said in full, not only on hover.
      const notes =
        state.colourBy === "community"
          ? nodes.filter((e) => e.colour === OTHER_COMMUNITY_COLOR || e.colour === NEUTRAL_COLOUR)
          : [];
      body.replaceChildren(
        h(
          "ul",
          {
            className: "legend-nodes",
            attrs: {
              "aria-label": `Node colours: ${state.colourBy === "community" ? "communities" : state.colourBy === "type" ? "types" : state.colourBy}`,
            },
          },
          ...nodes.map(entry),
        ),
        h(
          "ul",
          { className: "legend-marks", attrs: { "aria-label": "Size and lines" } },
          h(
            "li",
            {},
            h("span", { className: "size-mark", attrs: { "aria-hidden": "true" } }),
            `Size: ${sizeName(state.sizeBy)}`,
          ),
          ...marks.map(entry),
        ),
        ...notes.map((n) => h("p", { className: "legend-note", text: `${n.text}: ${n.detail}.` })),
      );
    },
  };
}
