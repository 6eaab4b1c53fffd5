// The Sigma renderer over the data graph. Everything the user changes (colours, filters, what is lit) reaches the
// picture through nodeReducer/edgeReducer reading the `Look` below; graph attributes are only read.
import Sigma, { type Camera } from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { CameraState, NodeDisplayData, PartialButFor, RenderParams } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { LARGE_GRAPH_NODES, MANY_NODES } from "../../src/model/settings.ts";
import {
  CHANGE_COLOUR,
  EDGE_COLOUR,
  EDGE_HIGHLIGHT_COLOUR,
  EDGE_SELECTED_COLOUR,
  FADED_NODE_COLOUR,
  nodeColour,
  nodeSizes,
} from "./appearance.ts";
import { edgePhrase } from "./edge-phrase.ts";
import { PickableEdgeProgram } from "./edge-picking.ts";
import { labelImportance, MOST_CENTRAL, type PlacedLabel } from "./label-selection.ts";
import { createLabelLayer, hoverLabelFont, LABEL_COLOUR, overlayBoxes, type LabelLayer } from "./labels.ts";
import { attachChangeRings, copyChangeRings } from "./change-rings.ts";
import type { Changes } from "./changes.ts";
import { attachCommunityLabels } from "./community-labels.ts";
import { createEdgeLabelLayer, type EdgeLabelLayer, type PlacedEdgeLabel } from "./edge-label-layer.ts";
import type { ColourMode } from "./state.ts";
import type { VisibleGraph } from "./visible.ts";
import { distinctShortLabels } from "./short-label.ts";

export type PanelSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What stays bright while the rest fades: a node's neighbourhood, an edge's ends, a who-spoke-on answer. */
export interface Lit {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface Look {
  colourBy: ColourMode;
  visible: VisibleGraph;
  selected: string | null;
  selectedEdge: string | null;
  lit: Lit | null;
  /** The appearance tools' choices (core/appearance-mapping.ts), each null for the build's own look. */
  appearance: AppearanceLayer;
  /** "Changed since …" while it is on: the nodes ringed and the connections coloured (core/changes.ts). */
  changes: Changes | null;
}

/** Sizes, colours and labels by attribute, and the edges to label. */
export interface AppearanceLayer {
  sizes: Map<string, number> | null;
  colours: Map<string, string> | null;
  labels: Map<string, string> | null;
  /** Edges whose relation is written along them (the hovered edge, the selected node's edges). */
  edgeLabels: Set<string>;
  /** The hovered edge: its label is written whatever it covers (the others only where they are readable). */
  hoveredEdge: string | null;
}

/** The build's own look: sizes from centrality, colours from type or community, the labels. */
export function buildAppearance(): AppearanceLayer {
  return { sizes: null, colours: null, labels: null, edgeLabels: new Set(), hoveredEdge: null };
}

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** At most this many lit nodes ask for their label; the label layer still drops any that would overlap. */
const FORCED_LABELS = 80;
/**
 * Up to this many nodes, every node is a label candidate each frame (placing them takes a few milliseconds); a larger
 * graph's candidates are Sigma's label grid's picks.
 */
const ALL_LABEL_CANDIDATES = 2_000;

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** The hovered or selected node: its label in a box, drawn above everything else. */
function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const { font, size } = hoverLabelFont(settings);
  context.font = font;
  const label = data.label ?? "";
  const width = label ? context.measureText(label).width + 12 : 0;
  const height = size + 10;
  const x = data.x + data.size + 3;
  context.save();
  context.shadowColor = "rgba(29, 35, 48, 0.25)";
  context.shadowBlur = 6;
  context.fillStyle = "#ffffff";
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (label) {
    context.beginPath();
    context.roundRect(x, data.y - height / 2, width, height, 4);
    context.fill();
  }
  context.restore();
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
  if (label) {
    context.fillStyle = LABEL_COLOUR;
    context.fillText(label, x + 6, data.y + size / 3);
  }
}

export function isLargeGraph(graph: PanelGraph): boolean {
  return graph.order > LARGE_GRAPH_NODES;
}

export function createRenderer(graph: PanelGraph, container: HTMLElement, look: Look): PanelSigma {
  const large = isLargeGraph(graph);
  const many = graph.order > MANY_NODES;
  const allCandidates = graph.order <= ALL_LABEL_CANDIDATES;
  // A large graph's first frame shows the nodes and labels; the edges (a quarter of a million 1-pixel lines at 50,000
  // nodes, seconds of work for a software WebGL) follow in the next frame.
  let edgesDeferred = large;
  class LineEdgeProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
    override render(params: RenderParams): void {
      if (!edgesDeferred) super.render(params);
    }
  }
  const sizes = nodeSizes(graph);
  const labels = distinctShortLabels(graph.mapNodes((id, { label, type }) => ({ id, label, type })));
  const importance = labelImportance(graph);
  const labelLayer = createLabelLayer(importance);
  const edgeLabelLayer = createEdgeLabelLayer(() => look.appearance.hoveredEdge);

  const renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    // main.ts creates the renderer only once its container has a size (controllers/narrow.ts `roomToDraw`); a window
    // later shrunk to nothing then draws nothing until it widens, rather than throwing from Sigma's resize handler.
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#3d4452" },
    enableEdgeEvents: true,
    zIndex: true,
    stagePadding: 40,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: LABEL_COLOUR },
    labelDensity: 1,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: labelLayer.draw as Settings<
      NodeAttributes,
      EdgeAttributes,
      GraphAttributes
    >["defaultDrawNodeLabel"],
    defaultDrawEdgeLabel: edgeLabelLayer.draw as Settings<
      NodeAttributes,
      EdgeAttributes,
      GraphAttributes
    >["defaultDrawEdgeLabel"],
    defaultDrawNodeHover: drawHover as Settings<
      NodeAttributes,
      EdgeAttributes,
      GraphAttributes
    >["defaultDrawNodeHover"],
    defaultEdgeColor: EDGE_COLOUR,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    ...(many
      ? { nodeProgramClasses: { circle: NodePointProgram }, edgeProgramClasses: { line: LineEdgeProgram } }
      : { edgeProgramClasses: { line: PickableEdgeProgram } }),
    // Through SwiftShader a frame with every edge costs about 0.3 s at 10,000 nodes: while the camera moves (a drag, a
    // zoom, the move to a selected node) only the nodes are drawn.
    ...(many ? { hideEdgesOnMove: true } : {}),
    nodeReducer: (id, attributes) => {
      const { appearance } = look;
      const size = appearance.sizes?.get(id) ?? sizes.get(id) ?? 4;
      const display: Partial<NodeDisplayData> = {
        x: attributes.x,
        y: attributes.y,
        size,
        label: appearance.labels?.get(id) ?? labels.get(id) ?? attributes.label,
        color: appearance.colours?.get(id) ?? nodeColour(attributes, look.colourBy),
        zIndex: 1,
        // Up to ALL_LABEL_CANDIDATES nodes every node offers its label and the label layer chooses (by importance,
        // without overlaps); above, Sigma's label grid picks the candidates, as it is much cheaper.
        // The most central node always offers its label, which the label layer places first.
        forceLabel: allCandidates || (importance.get(id) ?? 0) >= MOST_CENTRAL,
      };
      if (!look.visible.complete && !look.visible.nodes.has(id)) return { ...display, hidden: true };
      if (id === look.selected) return { ...display, highlighted: true, forceLabel: true, zIndex: 3 };
      if (look.lit) {
        // No label at all (not even ""), so faded nodes do not take the label grid's cells from lit ones.
        if (!look.lit.nodes.has(id)) return { ...display, color: FADED_NODE_COLOUR, label: null, zIndex: 0 };
        // Above MANY_NODES a selection re-styles a new selection without rebuilding Sigma's label grid (see `repaint`), so every
        // lit node asks for its label; the label layer still drops those that would overlap.
        return { ...display, zIndex: 2, forceLabel: allCandidates || many || look.lit.nodes.size <= FORCED_LABELS };
      }
      return display;
    },
    edgeReducer: (edge, attributes) => {
      const size = 0.6 + Math.min(2.4, Math.log2(1 + attributes.weight) * 0.7);
      if (!look.visible.complete && !look.visible.edges.has(edge)) return { hidden: true };
      // The relation along the edge, only where asked (hover, the selected node's edges): no label otherwise.
      const label = look.appearance.edgeLabels.has(edge)
        ? { label: edgePhrase(attributes), forceLabel: true }
        : { label: null, forceLabel: false };
      if (edge === look.selectedEdge) return { ...label, color: EDGE_SELECTED_COLOUR, size: size + 2, zIndex: 3 };
      // A connection the last build added, while "Changed since …" is on: purple and a little thicker, lit or not.
      const added = look.changes?.addedEdges.has(edge) === true;
      if (look.lit) {
        if (look.lit.edges.has(edge)) {
          return added
            ? { ...label, color: CHANGE_COLOUR, size: size + 1.2, zIndex: 2 }
            : { ...label, color: EDGE_HIGHLIGHT_COLOUR, size: size + 0.4, zIndex: 2 };
        }
        // Above MANY_NODES the faded edges would be a grey veil over the picture, and most of the frame's cost through
        // SwiftShader: only the lit ones are drawn.
        if (many) return { hidden: true };
        return { ...label, color: "#eef0f4", size: 0.5, zIndex: 0 };
      }
      if (added) return { ...label, color: CHANGE_COLOUR, size: size + 1.2, zIndex: 2 };
      return { ...label, color: EDGE_COLOUR, size, zIndex: 1 };
    },
  });
  labelLayer.attach(renderer, () => overlayBoxes(container));
  labelLayers.set(renderer, labelLayer);
  // Attached after the node labels' layer, so placed after them, around them.
  edgeLabelLayer.attach(renderer, () => [...overlayBoxes(container), ...labelLayer.drawn(renderer).map((l) => l.box)]);
  edgeLabelLayers.set(renderer, edgeLabelLayer);
  attachCommunityLabels(renderer, graph);
  attachChangeRings(renderer, look);
  if (large) {
    requestAnimationFrame(() => {
      edgesDeferred = false;
      renderer.once("afterRender", () => performance.mark("panelgraph:edges-drawn"));
      renderer.scheduleRender();
    });
  }
  if (many) {
    // With hideEdgesOnMove, Sigma's mouse captor ends every drag with `refresh()`, which runs the reducers over the
    // whole graph (a second or more at 50,000 nodes) only to draw the edges again; nothing but the camera changed, so
    // a render does it. Every refresh of ours passes options.
    const refresh = renderer.refresh.bind(renderer);
    renderer.refresh = (options) => (options === undefined ? renderer.scheduleRender() : refresh(options));
  }
  return renderer;
}

const labelLayers = new WeakMap<PanelSigma, LabelLayer>();
const edgeLabelLayers = new WeakMap<PanelSigma, EdgeLabelLayer>();

/** What the reducers read before a change, to tell which nodes and edges it re-styles. */
export type LookBefore = Pick<
  Look,
  "colourBy" | "visible" | "selected" | "selectedEdge" | "lit" | "appearance" | "changes"
>;

export function lookBefore(look: Look): LookBefore {
  const { colourBy, visible, selected, selectedEdge, lit, appearance, changes } = look;
  return { colourBy, visible, selected, selectedEdge, lit, appearance, changes };
}

/**
 * Draws the picture again after `look` changed from `before`. When only what is lit or selected changed, and both
 * before and after something was lit (so the rest of the graph stays faded), only the nodes and edges lit before or
 * after go through the reducers again and are rewritten in place in Sigma's buffers: O(degree), not O(nodes +
 * edges). They keep their drawing order (Sigma orders by zIndex only when it indexes the whole graph), so a newly lit
 * node can be drawn under a faded one that overlaps it. Above MANY_NODES that partial frame is drawn at the next
 * animation frame, together with the camera's move.
 */
export function repaint(renderer: PanelSigma, look: Look, before: LookBefore): void {
  const graph = renderer.getGraph();
  const restyle =
    graph.order > MANY_NODES &&
    before.colourBy === look.colourBy &&
    before.appearance === look.appearance &&
    before.visible === look.visible &&
    before.changes === look.changes;
  const partial = restyle && (before.lit === null) === (look.lit === null);
  const schedule = graph.order > MANY_NODES;
  // The first selection (or clearing the last) re-styles every node and edge, but moves none: they are rewritten in
  // place, in their drawing order, without Sigma re-indexing the graph (0.5 s at 10,000 nodes, most of a click).
  if (restyle && !partial) {
    return void renderer.refresh({
      partialGraph: { nodes: graph.nodes(), edges: graph.edges() },
      skipIndexation: true,
      schedule,
    });
  }
  // A full refresh is drawn at once: it re-indexes every node with its raw coordinates, which Sigma normalises only when
  // it draws, so a camera move read off the display data before a deferred frame (showNode, fitNodes) would aim at
  // raw coordinates and show an empty canvas. A partial refresh normalises the nodes it updates as it goes.
  if (!partial) return void renderer.refresh({ schedule: false });
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const lit of [before.lit, look.lit]) {
    lit?.nodes.forEach((n) => nodes.add(n));
    lit?.edges.forEach((e) => edges.add(e));
  }
  for (const n of [before.selected, look.selected]) if (n !== null && graph.hasNode(n)) nodes.add(n);
  for (const e of [before.selectedEdge, look.selectedEdge]) if (e !== null && graph.hasEdge(e)) edges.add(e);
  renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule });
}

/**
 * Draws labels on a copy of `renderer` made with the same settings (the PNG export's off-screen renderer): its labels
 * go through the same label layer, which draws them once its frame is done; "Changed since …"'s rings too.
 */
export function drawLabelsOn(renderer: PanelSigma, copy: PanelSigma): void {
  const labelLayer = labelLayers.get(renderer);
  labelLayer?.attach(copy);
  edgeLabelLayers.get(renderer)?.attach(copy, () => labelLayer?.drawn(copy).map((l) => l.box) ?? []);
  copyChangeRings(renderer, copy);
  copy.refresh();
}

/** The labels drawn in the last frame, with their boxes in the canvas's CSS pixels (for the tests). */
export function drawnLabels(renderer: PanelSigma): PlacedLabel[] {
  return labelLayers.get(renderer)?.drawn(renderer) ?? [];
}

/** The edge labels drawn in the last frame, with their corners in the canvas's CSS pixels (for the tests). */
export function drawnEdgeLabels(renderer: PanelSigma): PlacedEdgeLabel[] {
  return edgeLabelLayers.get(renderer)?.drawn(renderer) ?? [];
}

/** Space kept between a selected node's neighbours and the canvas's edges, in pixels. */
const NEIGHBOURS_MARGIN = 48;
/** The camera never zooms closer than this onto a selection (a node whose neighbours are all very near). */
const CLOSEST_SELECTION_RATIO = 0.2;

/**
 * Moves the camera onto a node, as search, a click in a panel and the URL do: the node in the middle, zoomed so that
 * every visible neighbour is on the canvas too.
 */
export function showNode(renderer: PanelSigma, id: string, animate = true): void {
  const data = renderer.getNodeDisplayData(id);
  if (!data) return;
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  // Where each neighbour would be, from the middle of the canvas, with the node in the middle at ratio 1: the
  // distances scale with the ratio, so the ratio that fits them all follows.
  const at = { x: data.x, y: data.y, ratio: 1, angle: camera.angle };
  let ratio = CLOSEST_SELECTION_RATIO;
  const roomX = Math.max(1, width / 2 - NEIGHBOURS_MARGIN);
  const roomY = Math.max(1, height / 2 - NEIGHBOURS_MARGIN);
  renderer.getGraph().forEachNeighbor(id, (neighbour) => {
    const other = renderer.getNodeDisplayData(neighbour);
    if (!other || other.hidden) return;
    const p = renderer.framedGraphToViewport(other, { cameraState: at });
    ratio = Math.max(ratio, Math.abs(p.x - width / 2) / roomX, Math.abs(p.y - height / 2) / roomY);
  });
  const target = { x: data.x, y: data.y, ratio: Math.min(ratio, renderer.getSetting("maxCameraRatio") ?? ratio) };
  if (animate) moveCamera(camera, target, 400);
  else camera.setState(target);
}

/**
 * After a click on a node in the graph: moves the camera as `showNode` does only when one of its visible neighbours
 * is off the canvas, so that a click among neighbours already in view does not move the picture.
 */
export function revealNeighbours(renderer: PanelSigma, id: string): void {
  const { width, height } = renderer.getDimensions();
  const offCanvas = renderer.getGraph().someNeighbor(id, (neighbour) => {
    const data = renderer.getNodeDisplayData(neighbour);
    if (!data || data.hidden) return false;
    const p = renderer.framedGraphToViewport(data);
    return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
  });
  if (offCanvas) showNode(renderer, id);
}

/** Moves the camera so that all of `nodes` are in view (focus mode, a who-spoke-on answer), with a margin. */
export function fitNodes(renderer: PanelSigma, nodes: Iterable<string>, animate = true): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of nodes) {
    const data = renderer.getNodeDisplayData(id);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return;
  // Framed coordinates put the whole graph in 0–1 at ratio 1; a box of that size needs that ratio, plus a margin.
  const ratio = Math.min(1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.25));
  const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
  const camera = renderer.getCamera();
  if (animate) moveCamera(camera, target, 400);
  else camera.setState(target);
}

/** Whether the reader's system asks for less motion (`prefers-reduced-motion: reduce`): the camera then jumps. */
export function reducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * Every move of the camera the viewer makes (search, a selection, focus, the zoom buttons and keys, fitting the graph):
 * a glide of `duration` ms (sigma's default easing), or a jump when the reader asked for reduced motion.
 */
export function moveCamera(camera: Camera, target: Partial<CameraState>, duration = 150): void {
  if (!reducedMotion()) return void camera.animate(target, { duration });
  // A glide under way (sigma's own, after the wheel or a drag) would go on after a jump and undo it: a glide of 1 ms
  // replaces it and lands on the next frame.
  if (camera.isAnimated()) void camera.animate(target, { duration: 1 });
  else camera.setState(target);
}

/** The whole graph in view, as sigma's `animatedReset` frames it. */
export const WHOLE_GRAPH: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The zoom buttons' and keys' step, sigma's own (`animatedZoom`). */
export const ZOOM_STEP = 1.5;
