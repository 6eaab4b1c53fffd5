// Appearance as a computed layer over the graph (colours, sizes, community names): derived from attributes, never
// written back into them.
import { communityNames } from "../../src/analysis/community-names.ts";
import type { NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { NODE_TYPES, type NodeType } from "../../src/model/vocabulary.ts";
import { communityColor, NO_COMMUNITY_COLOR, nodeSize, TYPE_COLORS } from "../../src/export/palette.ts";
import type { ColourMode } from "./state.ts";

/** Node type colours: the exports' palette (src/export/palette.ts), so a GEXF opened in Gephi looks like the viewer. */
export const TYPE_COLOURS: Record<NodeType, string> = TYPE_COLORS;

/** Plural names for the legend and the filters. */
export const TYPE_NAMES: Record<NodeType, string> = {
  source: "Sources",
  event: "Events",
  session: "Sessions",
  person: "People",
  organisation: "Organisations",
  theme: "Themes",
  programme: "Programmes",
  recommendation: "Recommendations",
  finding: "Findings",
};

/** Nodes outside every community, and nodes of a type the viewer has no colour for (a foreign GEXF file). */
export const NEUTRAL_COLOUR = NO_COMMUNITY_COLOR;
/** Nodes pushed into the background by a selection or a who-spoke-on answer. */
export const FADED_NODE_COLOUR = "#e3e5eb";
export const EDGE_COLOUR = "#cdd1db";
export const EDGE_HIGHLIGHT_COLOUR = "#5d6475";
export const EDGE_SELECTED_COLOUR = "#d9480f";
/**
 * "Changed since …": the ring around a node the last build added or changed and the colour of a connection it added.
 * A purple at 7.7:1 on white, at least 13 CIEDE2000 from the other edge colours and the label colour under normal
 * vision, protanopia, deuteranopia and tritanopia (tests/viewer/changes.test.ts).
 */
export const CHANGE_COLOUR = "#7b3294";

export function isNodeType(type: string): type is NodeType {
  return (NODE_TYPES as readonly string[]).includes(type);
}

export function communityColour(community: number | undefined): string {
  return communityColor(community);
}

export function nodeColour(attributes: NodeAttributes, mode: ColourMode): string {
  if (mode === "community") return communityColour(attributes.community);
  return isNodeType(attributes.type) ? TYPE_COLOURS[attributes.type] : NEUTRAL_COLOUR;
}

/**
 * Node sizes in screen pixels from the build's centrality (0–1), as the exports size them (src/export/palette.ts); a
 * graph without centrality (a foreign GEXF file) is sized by degree instead.
 */
export function nodeSizes(graph: PanelGraph): Map<string, number> {
  const withCentrality = graph.someNode((_, a) => typeof a.centrality === "number");
  const maxDegree = graph.reduceNodes((max, id) => Math.max(max, graph.degree(id)), 1);
  const sizes = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    const weight = withCentrality ? (attributes.centrality ?? 0) : graph.degree(id) / maxDegree;
    sizes.set(id, nodeSize(Math.max(0, Math.min(1, weight))) * SCREEN_SCALE);
  });
  return sizes;
}

/** The exports' sizes (4–20) are for Gephi's canvas; on screen, at the default zoom, a little smaller reads better. */
const SCREEN_SCALE = 0.8;

export interface Community {
  id: number;
  size: number;
  /** What the community is called, as `panelgraph communities` calls it (src/analysis/community-names.ts). */
  name: string;
}

/** Communities in id order, each named as the CLI names it: by its two themes most tied to the rest of it. */
export function communities(graph: PanelGraph): Community[] {
  const sizes = new Map<number, number>();
  graph.forEachNode((_, { community }) => {
    if (community !== undefined) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  });
  const names = communityNames(graph);
  return [...sizes].sort(([a], [b]) => a - b).map(([id, size]) => ({ id, size, name: names.get(id) ?? "" }));
}

/** Community numbers as runs ("3, 5–9, 12"): the build's numbers, which the exports (GEXF, CSV) give too. */
export function communityNumbers(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}${j === i + 1 ? ", " : "–"}${sorted[j]}`);
    i = j;
  }
  return runs.join(", ");
}

/** The node types present in the graph, in the schema's order, with counts; unknown types last, alphabetically. */
export function typesPresent(graph: PanelGraph): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, { type }) => counts.set(type, (counts.get(type) ?? 0) + 1));
  const order = (t: string) => (isNodeType(t) ? NODE_TYPES.indexOf(t) : NODE_TYPES.length);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type));
}

export function typeName(type: string): string {
  return isNodeType(type) ? TYPE_NAMES[type] : type;
}
