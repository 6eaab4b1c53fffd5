// Which node labels to draw, and where: the most important first, each at the first of a few places around its node
// where it overlaps no label already placed, no control over the graph and no edge of the canvas. Pure functions of
// the candidates and a text measure, so they are the same on screen, in the PNG export and in the tests.
import type { PanelGraph } from "../../src/model/graph.ts";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  node: string;
  /** The node's centre and radius in the canvas's CSS pixels. */
  x: number;
  y: number;
  size: number;
  text: string;
  /** Larger first. */
  priority: number;
  /**
   * A label already drawn elsewhere (the selected or hovered node's boxed label, drawn by the hover layer): its box
   * is reserved so that no other label covers it, and it is not drawn again.
   */
  reserved?: Box;
}

export interface PlacedLabel {
  node: string;
  text: string;
  /** The label's box (text plus `margin`), in the canvas's CSS pixels. */
  box: Box;
  /** Where the text starts and its middle line. */
  x: number;
  y: number;
  /** True for a box reserved for a label drawn elsewhere. */
  reserved: boolean;
  /** A label set away from its node (no room beside it) is tied to it by a line from the node's edge to here. */
  leader?: { x: number; y: number };
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Space kept free around a label's text, in pixels. */
  margin: number;
  /** Areas no label may overlap: the controls drawn over the graph. */
  blocked: readonly Box[];
  /** Nodes no label may cover (their centre and radius): the candidates' own nodes count too. */
  discs?: readonly { x: number; y: number; size: number }[];
  /**
   * Labels of this priority or more may cover other nodes when there is no other place for them (people and
   * organisations, the selection's neighbours): they must be shown; the others give way.
   */
  mayCoverNodesFrom?: number;
  /**
   * Labels of this priority or more (the selection's neighbours) that find no room beside their node are looked for
   * further out and tied to it by a leader line.
   */
  leadersFrom?: number;
  /**
   * Up to this many candidates (a filter that leaves a handful of nodes), every label must be shown, as if of
   * `mayCoverNodesFrom` and `leadersFrom`: each gets a place, beside its node or further out with a leader line.
   */
  showAllUpTo?: number;
  /**
   * At most this many labels of a priority below `alwaysFrom` (a phone's small screen: the most important only, more
   * as the user zooms in and fewer nodes are on screen); reserved labels and those of `alwaysFrom` or more are not
   * counted, and are always looked for a place.
   */
  maxLabels?: number;
  alwaysFrom?: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Placed boxes in a uniform grid of cells, so that checking a new box looks at its neighbours only. */
class BoxIndex {
  readonly #cells = new Map<number, Box[]>();
  static readonly CELL = 32;

  add(box: Box): void {
    const cell = BoxIndex.CELL;
    for (let x = Math.floor(box.left / cell); x <= Math.floor(box.right / cell); x++) {
      for (let y = Math.floor(box.top / cell); y <= Math.floor(box.bottom / cell); y++) {
        const key = x * 100_003 + y;
        const boxes = this.#cells.get(key);
        if (boxes) boxes.push(box);
        else this.#cells.set(key, [box]);
      }
    }
  }

  hits(box: Box): boolean {
    const cell = BoxIndex.CELL;
    for (let x = Math.floor(box.left / cell); x <= Math.floor(box.right / cell); x++) {
      for (let y = Math.floor(box.top / cell); y <= Math.floor(box.bottom / cell); y++) {
        const boxes = this.#cells.get(x * 100_003 + y);
        if (boxes === undefined) continue;
        for (const b of boxes) if (overlaps(b, box)) return true;
      }
    }
    return false;
  }
}

/**
 * Places labels in priority order (then larger nodes, then by text): each goes right of its node, else left, else
 * above or below, else a line higher or lower on either side; a label with no free place is not drawn. Reserved
 * boxes are placed first, whatever their priority.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string) => number,
  options: PlacementOptions,
): PlacedLabel[] {
  const { width, height, fontSize, margin } = options;
  const index = new BoxIndex();
  for (const box of options.blocked) index.add(box);
  // A label goes beside its own node, never over it, so every node (its own included) can be an obstacle.
  const nodes = new BoxIndex();
  for (const { x, y, size } of [...(options.discs ?? []), ...candidates]) {
    if (x >= -size && x <= width + size && y >= -size && y <= height + size) {
      nodes.add({ left: x - size, right: x + size, top: y - size, bottom: y + size });
    }
  }
  const all = candidates.length <= (options.showAllUpTo ?? 0);
  const mayCover = all ? -Infinity : (options.mayCoverNodesFrom ?? Infinity);
  // Looking further out costs up to a few hundred box checks a label: a frame tries it for this many labels at most.
  let leaderSearches = MAX_LEADER_SEARCHES;
  const leadersFrom = all ? -Infinity : (options.leadersFrom ?? Infinity);
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    if (!c.reserved) continue;
    index.add(c.reserved);
    // The selected (or hovered) node itself is never under a label, not even one that must be shown (w45: at 420
    // pixels a neighbour's long label ran into the selected node): those look for a place further out.
    index.add({ left: c.x - c.size, right: c.x + c.size, top: c.y - c.size, bottom: c.y + c.size });
    placed.push({ node: c.node, text: c.text, box: c.reserved, x: c.reserved.left, y: c.y, reserved: true });
  }
  const order = candidates
    .filter((c) => !c.reserved)
    .sort((a, b) => b.priority - a.priority || b.size - a.size || a.text.localeCompare(b.text));
  const half = fontSize / 2;
  const inside = (box: Box) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
  let budget = all ? Infinity : (options.maxLabels ?? Infinity);
  const alwaysFrom = options.alwaysFrom ?? Infinity;
  for (const c of order) {
    // A node out of sight keeps its label out of sight too.
    if (c.x < 0 || c.x > width || c.y < 0 || c.y > height) continue;
    if (budget <= 0 && c.priority < alwaysFrom) continue;
    const textWidth = measure(c.text);
    const gap = c.size + 4;
    const line = fontSize + 2;
    const places: [number, number][] = [
      [c.x + gap, c.y],
      [c.x - gap - textWidth, c.y],
      [c.x - textWidth / 2, c.y - c.size - 2 - half - margin],
      [c.x - textWidth / 2, c.y + c.size + 2 + half + margin],
      [c.x + gap, c.y - line],
      [c.x + gap, c.y + line],
      [c.x - gap - textWidth, c.y - line],
      [c.x - gap - textWidth, c.y + line],
    ];
    const must = c.priority >= mayCover;
    // The first place clear of labels and nodes; failing that, for a label that must be shown, the first clear of
    // labels only.
    let place: { x: number; y: number; box: Box; leader?: { x: number; y: number } } | undefined;
    let overNode: typeof place;
    for (const [x, y] of places) {
      const box = {
        left: x - margin,
        right: x + textWidth + margin,
        top: y - half - margin,
        bottom: y + half + margin,
      };
      if (!inside(box) || index.hits(box)) continue;
      if (!nodes.hits(box)) {
        place = { x, y, box };
        break;
      }
      overNode ??= { x, y, box };
    }
    if (place === undefined && must) place = overNode;
    if (place === undefined && c.priority >= leadersFrom && leaderSearches-- > 0) place = farther(c, textWidth, half);
    if (place === undefined) continue;
    index.add(place.box);
    placed.push({ node: c.node, text: c.text, reserved: false, ...place });
    if (c.priority < alwaysFrom) budget--;
  }
  return placed;

  /**
   * A free place further out, in one of 24 directions, for a label that must be shown, tied to its node by a leader
   * line: clear of other nodes if possible, else only of labels and controls.
   */
  function farther(c: LabelCandidate, textWidth: number, half: number) {
    return outwards(c, textWidth, half, true) ?? outwards(c, textWidth, half, false);
  }

  function outwards(c: LabelCandidate, textWidth: number, half: number, clearOfNodes: boolean) {
    for (const distance of LEADER_DISTANCES) {
      for (let step = 0; step < 24; step++) {
        const angle = (step * Math.PI) / 12;
        const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        const anchor = { x: c.x + dx * (c.size + distance), y: c.y + dy * (c.size + distance) };
        const x = dx >= 0 ? anchor.x + 2 : anchor.x - 2 - textWidth;
        const box = { left: x - margin, right: x + textWidth + margin, top: anchor.y - half - margin };
        const full = { ...box, bottom: anchor.y + half + margin };
        if (!inside(full) || index.hits(full) || (clearOfNodes && nodes.hits(full))) continue;
        return { box: full, x, y: anchor.y, leader: anchor };
      }
    }
    return undefined;
  }
}

/** At most this many labels a frame are looked for a place further out (the rest are dropped when crowded). */
const MAX_LEADER_SEARCHES = 80;

/** How far out (beyond the node's edge, in pixels) a label that found no room beside its node is tried. */
const LEADER_DISTANCES = [18, 30, 45, 65, 90, 120, 160, 210];

/** How much a node's type asks for a label: people and organisations first, then themes, then the rest. */
const TYPE_TIER: Record<string, number> = { person: 3, organisation: 3, theme: 2 };
/** The importance of people and organisations, whose labels may cover other nodes when there is no other room. */
export const MUST_LABEL = 3;

/** Each type's most central nodes are labelled before the next tier, so that every type has some labels. */
const TYPE_SHARE = 3;

/**
 * The importance of the graph's most central node (or nodes, tied): above every other, so that it is placed first and
 * the others move round it; on a phone, where other labels give way to nodes, it may still cover one (w40: the most
 * central node went unlabelled when no place beside it was free of other nodes).
 */
export const MOST_CENTRAL = 4;
/** Ties for the most central beyond this many are labelled as the rest are (a graph with no centrality yet). */
const MOST_CENTRAL_TIES = 3;

/**
 * Each node's importance for a label, from its type and centrality (degree for a graph without centrality): a
 * tier (people and organisations, then themes, then sessions, sources, recommendations and the rest), except that
 * the most central node of every type ranks with the people and the next `TYPE_SHARE - 1` with the themes, so that
 * every type has labels; within a tier, the more central first. The graph's most central node ranks above all
 * (`MOST_CENTRAL`). Between 0 and 5: the label layer adds the selection's weight on top.
 */
export function labelImportance(graph: PanelGraph): Map<string, number> {
  const maxDegree = graph.reduceNodes((max, id) => Math.max(max, graph.degree(id)), 1);
  const weight = (id: string) => {
    const centrality = graph.getNodeAttribute(id, "centrality");
    return typeof centrality === "number" ? centrality : graph.degree(id) / maxDegree;
  };
  const byType = new Map<string, string[]>();
  graph.forEachNode((id, { type }) => {
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push(id);
  });
  const importance = new Map<string, number>();
  for (const [type, nodes] of byType) {
    nodes.sort((a, b) => weight(b) - weight(a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b));
    nodes.forEach((id, rank) => {
      const tier = rank === 0 ? MUST_LABEL : (TYPE_TIER[type] ?? (rank < TYPE_SHARE ? 2 : 1));
      importance.set(id, tier + Math.max(0, Math.min(1, weight(id))) * 0.99);
    });
  }
  const top = graph.reduceNodes((max, id) => Math.max(max, weight(id)), 0);
  const central = top > 0 ? graph.filterNodes((id) => weight(id) === top) : [];
  if (central.length <= MOST_CENTRAL_TIES) {
    for (const id of central) importance.set(id, MOST_CENTRAL + Math.min(1, top) * 0.99);
  }
  return importance;
}
