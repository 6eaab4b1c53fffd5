// Colours for node types and communities: one palette for the viewer and every export that carries colours.
import type { NodeType } from "../model/vocabulary.js";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * Told apart with normal colour vision and with protanopia, deuteranopia and tritanopia (every pair at least 12
 * CIEDE2000 apart under the Machado 2009 simulation), and every colour at least 2.5:1 against white: a blue, a
 * green and an orange for the three most common types, then darker and lighter tones that differ in lightness as
 * well as in hue. tests/export/palette.test.ts checks both.
 */
export const TYPE_COLORS: Record<NodeType, string> = {
  source: "#665544",
  event: "#aa3311",
  session: "#773366",
  person: "#2166ac",
  organisation: "#1b9e77",
  theme: "#d95f02",
  programme: "#667777",
  recommendation: "#aa88ff",
  finding: "#aa88aa",
};

/**
 * One colour each for the twelve largest communities (ids 1–12: community 1 is the largest): Tableau 10 without its
 * grey, then a navy, a light blue and a light green. Twelve hues are as many as the eye keeps apart on a graph.
 */
export const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#1f3b73",
  "#a0cbe8",
  "#8cd17d",
] as const;

/** Every community after the twelve largest: one dark grey, which the viewer's legend names "other communities". */
export const OTHER_COMMUNITY_COLOR = "#6b6f78";

/** Nodes outside every community (sources, sessions …): a light grey. */
export const NO_COMMUNITY_COLOR = "#d0d0d0";

export function communityColor(community: number | undefined): string {
  if (community === undefined || community < 1) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community - 1] ?? OTHER_COMMUNITY_COLOR;
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
