// Appearance as a computed layer over the graph (colours, sizes, community names): derived from attributes, never
// written back into them.
import type { NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { NODE_TYPES, type NodeType } from "../../src/model/schema.ts";
import type { ColourMode } from "./state.ts";

/** Node type colours (Tableau 10, distinct for the common kinds of colour blindness in the pairs that sit together). */
export const TYPE_COLOURS: Record<NodeType, string> = {
  source: "#79706e",
  event: "#76b7b2",
  session: "#9c755f",
  person: "#4e79a7",
  organisation: "#59a14f",
  theme: "#e15759",
  programme: "#f28e2b",
  recommendation: "#b07aa1",
  finding: "#d4a61a",
};

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

const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#59a14f",
  "#b07aa1",
  "#76b7b2",
  "#d4a61a",
  "#ff9da7",
  "#9c755f",
  "#3b8bc2",
  "#a0cbe8",
  "#8cd17d",
  "#b6992d",
  "#499894",
  "#d37295",
  "#86bcb6",
];

/** Nodes outside every community, and nodes of a type the viewer has no colour for (a foreign GEXF file). */
export const NEUTRAL_COLOUR = "#a9adb8";
/** Nodes pushed into the background by a selection or a who-spoke-on answer. */
export const FADED_NODE_COLOUR = "#e3e5eb";
export const EDGE_COLOUR = "#cdd1db";
export const EDGE_HIGHLIGHT_COLOUR = "#5d6475";
export const EDGE_SELECTED_COLOUR = "#d9480f";

export function isNodeType(type: string): type is NodeType {
  return (NODE_TYPES as readonly string[]).includes(type);
}

export function communityColour(community: number | undefined): string {
  if (community === undefined) return NEUTRAL_COLOUR;
  return COMMUNITY_PALETTE[Math.abs(community) % COMMUNITY_PALETTE.length] ?? NEUTRAL_COLOUR;
}

export function nodeColour(attributes: NodeAttributes, mode: ColourMode): string {
  if (mode === "community") return communityColour(attributes.community);
  return isNodeType(attributes.type) ? TYPE_COLOURS[attributes.type] : NEUTRAL_COLOUR;
}

/**
 * Node sizes in screen pixels from the build's centrality (0–1); a graph without it (a foreign GEXF file) is sized
 * by degree instead. The square root keeps the few hubs from dwarfing everything else.
 */
export function nodeSizes(graph: PanelGraph): Map<string, number> {
  const withCentrality = graph.someNode((_, a) => typeof a.centrality === "number");
  const maxDegree = Math.max(1, ...graph.mapNodes((id) => graph.degree(id)));
  const sizes = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    const weight = withCentrality ? (attributes.centrality ?? 0) : graph.degree(id) / maxDegree;
    const degreeFloor = Math.min(1, graph.degree(id) / 12);
    sizes.set(id, 3 + 2 * degreeFloor + 13 * Math.sqrt(Math.max(0, Math.min(1, weight))));
  });
  return sizes;
}

export interface Community {
  id: number;
  size: number;
  /** The community's most central members' labels, which name it in the legend. */
  members: string[];
}

/** Communities in id order, each named by its three most central members (then most connected, then by id). */
export function communities(graph: PanelGraph): Community[] {
  const byId = new Map<number, string[]>();
  graph.forEachNode((id, { community }) => {
    if (community === undefined) return;
    if (!byId.has(community)) byId.set(community, []);
    byId.get(community)!.push(id);
  });
  const weight = (id: string) => graph.getNodeAttribute(id, "centrality") ?? 0;
  return [...byId]
    .sort(([a], [b]) => a - b)
    .map(([id, nodes]) => {
      const ranked = [...nodes].sort(
        (a, b) => weight(b) - weight(a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b),
      );
      return { id, size: nodes.length, members: ranked.slice(0, 3).map((n) => graph.getNodeAttribute(n, "label")) };
    });
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
