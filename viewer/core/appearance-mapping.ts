// Appearance by attribute, as Gephi Lite's appearance tools do it: node sizes from a number, colours from a category
// (a palette) or a number (a ramp), labels from any attribute. Each is a map from node id to what the renderer's
// nodeReducer draws; the graph's attributes are only read.
import type { PanelGraph } from "../../src/model/graph.ts";
import { COMMUNITY_COLORS, nodeSize } from "../../src/export/palette.ts";
import { EVIDENCE_KINDS } from "../../src/model/vocabulary.ts";
import {
  communities,
  communityColour,
  isNodeType,
  NEUTRAL_COLOUR,
  TYPE_COLOURS,
  typeName,
  typesPresent,
} from "./appearance.ts";
import { nodeColumns, NUMERIC_NAMES, numericValue } from "./appearance-attributes.ts";
import type { ColourMode, LabelMode, NumericAttribute, SizeMode } from "./state.ts";

export const NUMERIC_ATTRIBUTES: readonly NumericAttribute[] = ["centrality", "degree", "passages", "sources"];

export function isNumeric(mode: string): mode is NumericAttribute {
  return (NUMERIC_ATTRIBUTES as readonly string[]).includes(mode);
}

/** The choices the appearance panel offers, in order, with their names. */
export const SIZE_MODES: { value: SizeMode; name: string }[] = [
  ...NUMERIC_ATTRIBUTES.map((value) => ({ value, name: NUMERIC_NAMES[value] })),
  { value: "uniform", name: "Same size" },
];
export const COLOUR_MODES: { value: ColourMode; name: string }[] = [
  { value: "type", name: "Type" },
  { value: "community", name: "Community" },
  { value: "source", name: "Main source" },
  { value: "evidence", name: "Evidence kind" },
  { value: "kind", name: "Kind" },
  ...NUMERIC_ATTRIBUTES.map((value) => ({ value, name: `${NUMERIC_NAMES[value]} (ramp)` })),
];
export const LABEL_MODES: { value: LabelMode; name: string }[] = [
  { value: "label", name: "Label" },
  { value: "id", name: "Id" },
  { value: "type", name: "Type" },
  { value: "community", name: "Community" },
  { value: "kind", name: "Kind" },
  { value: "source", name: "Main source" },
  ...NUMERIC_ATTRIBUTES.map((value) => ({ value, name: NUMERIC_NAMES[value] })),
];

/** Screen sizes as the build's centrality sizing (src/export/palette.ts nodeSize, × 0.8 on screen). */
const SCREEN_SCALE = 0.8;

/**
 * Node sizes for a numeric attribute: the share of the largest value, through the exports' size curve, so the default
 * (centrality) matches the build's picture. `null` for centrality on a graph without it: the renderer's own sizes.
 */
export function sizesBy(graph: PanelGraph, mode: SizeMode): Map<string, number> | null {
  if (mode === "centrality") return null;
  const sizes = new Map<string, number>();
  if (mode === "uniform") {
    graph.forEachNode((id) => sizes.set(id, nodeSize(0.04) * SCREEN_SCALE));
    return sizes;
  }
  const max = graph.reduceNodes((m, id) => Math.max(m, numericValue(graph, mode, id)), 0) || 1;
  graph.forEachNode((id) => sizes.set(id, nodeSize(numericValue(graph, mode, id) / max) * SCREEN_SCALE));
  return sizes;
}

/**
 * Categories get these colours, largest category first: the communities' first nine (Tableau 10 without its grey,
 * src/export/palette.ts), then three more; the rest share OTHER_COLOUR.
 */
export const CATEGORY_COLOURS = [...COMMUNITY_COLORS.slice(0, 9), "#17becf", "#6b6ecf", "#8c6d31"];
export const OTHER_COLOUR = "#9aa0ad";
/** Evidence kinds have fixed colours: the closer to the speaker's own words, the stronger. */
export const EVIDENCE_COLOURS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  "direct-quote": "#b2182b",
  reported: "#ef8a62",
  summary: "#67a9cf",
};
/** A perceptually even ramp (viridis' ends and middle), light for low values, dark for high ones. */
const RAMP = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];

export function rampColour(t: number): string {
  const clamped = Math.max(0, Math.min(1, t));
  const position = clamped * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(position));
  const f = position - i;
  const [a, b] = [RAMP[i]!, RAMP[i + 1]!].map((hex) => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)));
  return `#${a!
    .map((v, k) =>
      Math.round(v + (b![k]! - v) * f)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

export interface LegendEntry {
  colour: string;
  text: string;
}

export interface Colouring {
  colours: Map<string, string>;
  legend: LegendEntry[];
}

/**
 * Node colours for the modes the base appearance (type, community) does not cover; `null` for those two. A category
 * colours its 12 largest values apart and the rest in one "other" colour; missing values are neutral grey.
 */
export function colouringBy(graph: PanelGraph, mode: ColourMode): Colouring | null {
  if (mode === "type" || mode === "community") return null;
  const colours = new Map<string, string>();
  if (isNumeric(mode)) {
    const values = graph.mapNodes((id) => numericValue(graph, mode, id));
    // Reduced, not spread: a graph has more nodes than a call takes arguments.
    const max = values.reduce((m, v) => Math.max(m, v), 0);
    const min = values.reduce((m, v) => Math.min(m, v), max);
    const span = max - min || 1;
    graph.forEachNode((id) => colours.set(id, rampColour((numericValue(graph, mode, id) - min) / span)));
    const format = (v: number) => (mode === "centrality" ? v.toFixed(2) : String(Math.round(v)));
    const legend = [0, 0.25, 0.5, 0.75, 1].map((t) => ({
      colour: rampColour(t),
      text: `${NUMERIC_NAMES[mode]} ${format(min + t * span)}`,
    }));
    return { colours, legend };
  }
  const column = nodeColumns(graph).find((c) => c.key === mode)!;
  const sizes = new Map<string, number>();
  graph.forEachNode((id) => {
    const value = column.value(id);
    if (value !== undefined) sizes.set(String(value), (sizes.get(String(value)) ?? 0) + 1);
  });
  const ranked = [...sizes].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([value]) => value);
  const palette = new Map<string, string>(
    mode === "evidence"
      ? Object.entries(EVIDENCE_COLOURS)
      : ranked.slice(0, CATEGORY_COLOURS.length).map((value, i) => [value, CATEGORY_COLOURS[i]!]),
  );
  graph.forEachNode((id) => {
    const value = column.value(id);
    colours.set(id, value === undefined ? NEUTRAL_COLOUR : (palette.get(String(value)) ?? OTHER_COLOUR));
  });
  const legend = ranked
    .filter((value) => palette.has(value))
    .map((value) => ({ colour: palette.get(value)!, text: `${value} (${sizes.get(value)})` }));
  const others = ranked.filter((value) => !palette.has(value));
  if (others.length > 0) {
    const n = others.reduce((sum, value) => sum + sizes.get(value)!, 0);
    legend.push({ colour: OTHER_COLOUR, text: `${others.length} other values (${n})` });
  }
  if (sizes.size === 0 || graph.someNode((id) => column.value(id) === undefined)) {
    legend.push({ colour: NEUTRAL_COLOUR, text: `no ${column.name.toLowerCase()}` });
  }
  return { colours, legend };
}

/** Node labels from an attribute; `null` for the label itself (the renderer's own labels). */
export function labelsBy(graph: PanelGraph, mode: LabelMode): Map<string, string> | null {
  if (mode === "label") return null;
  const column = nodeColumns(graph).find((c) => c.key === mode)!;
  const labels = new Map<string, string>();
  graph.forEachNode((id) => {
    const value = column.value(id);
    const text = typeof value === "number" && !Number.isInteger(value) ? value.toFixed(3) : value;
    labels.set(id, text === undefined ? "" : String(text));
  });
  return labels;
}

export function sizeName(mode: SizeMode): string {
  return SIZE_MODES.find((m) => m.value === mode)?.name.toLowerCase() ?? mode;
}

/** The legend of any colouring: the types present, the largest communities, or the attribute's values. */
export function legendFor(graph: PanelGraph, mode: ColourMode, communityLimit = 12): LegendEntry[] {
  const byAttribute = colouringBy(graph, mode);
  if (byAttribute) return byAttribute.legend;
  if (mode === "type") {
    return typesPresent(graph).map(({ type, count }) => ({
      colour: isNodeType(type) ? TYPE_COLOURS[type] : NEUTRAL_COLOUR,
      text: `${typeName(type)} (${count})`,
    }));
  }
  const groups = communities(graph).sort((a, b) => b.size - a.size || a.id - b.id);
  const entries = groups
    .slice(0, communityLimit)
    .map((g) => ({ colour: communityColour(g.id), text: `${g.name} (${g.size})` }));
  if (groups.length > communityLimit)
    entries.push({ colour: OTHER_COLOUR, text: `${groups.length - communityLimit} smaller communities` });
  if (graph.someNode((_, a) => a.community === undefined))
    entries.push({ colour: NEUTRAL_COLOUR, text: "in no community" });
  return entries;
}
