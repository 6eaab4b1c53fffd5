// Colours for node types and communities: one palette for the viewer and every export that carries colours.
import type { NodeType } from "../model/vocabulary.js";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** ColorBrewer "Paired"-based, chosen so people, organisations and themes (the most common types) differ most. */
export const TYPE_COLORS: Record<NodeType, string> = {
  source: "#8c8c8c",
  event: "#6a3d9a",
  session: "#b15928",
  person: "#1f78b4",
  organisation: "#33a02c",
  theme: "#e31a1c",
  programme: "#ff7f00",
  recommendation: "#cab2d6",
  finding: "#fdbf6f",
};

/** Tableau 10, then repeating; community 1 (the largest) gets the first colour. */
const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

/** Nodes outside every community (sources, sessions …). */
export const NO_COMMUNITY_COLOR = "#d0d0d0";

export function communityColor(community: number | undefined): string {
  if (community === undefined || community < 1) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[(community - 1) % COMMUNITY_COLORS.length]!;
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** Node size on screen and in exports, from centrality (0–1): every node visible, hubs clearly larger. */
export function nodeSize(centrality: number | undefined): number {
  return round2(4 + 16 * Math.sqrt(centrality ?? 0));
}

/** Edge thickness from weight (evidence count): grows slowly, so one heavily quoted edge does not hide the rest. */
export function edgeThickness(weight: number): number {
  return round2(1 + Math.log2(Math.max(1, weight)));
}

const round2 = (value: number) => Math.round(value * 100) / 100;
