// A layout run in the browser, on demand: ForceAtlas2 in a worker (core/layout-worker.ts) starting from the positions
// on screen, then noverlap when stopped. It only computes positions; views/layout-panel.ts shows them.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { LayoutReply, LayoutRequest, NoverlapReply, NoverlapRequest } from "./layout-worker.ts";

/** Node positions: node i (in the graph's order, `index`) at xy[2i], xy[2i + 1]. */
export interface Positions {
  index: Map<string, number>;
  xy: Float32Array;
}

/** Floats per node and per edge in the library's matrices (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;
const PPE = 3;
/**
 * The worker iterates at least this long between two pictures, and longer when drawing a picture takes longer (a
 * large graph), so that the layout does not spend most of its time waiting for the page to draw.
 */
const BATCH_MS = 150;
const MAX_BATCH_MS = 3000;
/** noverlap stops after this long even if some nodes still overlap (about two iterations at 10,000 nodes). */
const NOVERLAP_MS = 2000;

/** graphology-layout-forceatlas2/defaults.js (the package has no types for it). */
const FA2_DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export interface LayoutRun {
  readonly running: boolean;
  /** Iterations done since the run started. */
  readonly iterations: number;
  start(): void;
  /** Stops after the batch in flight, then spreads overlapping nodes apart (noverlap); resolves with the positions. */
  stop(): Promise<Positions | null>;
  destroy(): void;
}

export interface LayoutRunOptions {
  /** Where every node is now (the build's layout, or a previous run's). */
  from: (id: string) => { x: number; y: number };
  /** Node sizes in graph units, for noverlap. */
  size: (id: string) => number;
  /** Called with new positions after each batch and after noverlap. */
  onPositions: (positions: Positions) => void;
}

export function createLayoutRun(graph: PanelGraph, options: LayoutRunOptions): LayoutRun {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  // The iteration function reads every setting: the library's defaults, then what it infers for this graph's size.
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph) };
  let worker: Worker | null = null;
  let running = false;
  let iterations = 0;
  let inFlight: Promise<void> | null = null;
  let latest: Positions | null = null;

  const nodeMatrix = () => {
    const nodes = new Float32Array(ids.length * PPN);
    ids.forEach((id, i) => {
      const { x, y } = options.from(id);
      nodes.set([x, y, 0, 0, 0, 0, 1, 1, 1, 0], i * PPN);
    });
    return nodes;
  };
  const edgeMatrix = (nodes: Float32Array) => {
    const edges = new Float32Array(graph.size * PPE);
    let j = 0;
    graph.forEachEdge((_, attributes, source, target) => {
      const [s, t] = [index.get(source)! * PPN, index.get(target)! * PPN];
      // Mass is one plus the weighted degree, as the library's own matrices have it.
      const weight = Math.max(1, attributes.weight);
      nodes[s + 6]! += weight;
      nodes[t + 6]! += weight;
      edges.set([s, t, weight], j);
      j += PPE;
    });
    return edges;
  };

  const positionsOf = (nodes: Float32Array): Positions => {
    const xy = new Float32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i++) {
      xy[2 * i] = nodes[i * PPN]!;
      xy[2 * i + 1] = nodes[i * PPN + 1]!;
    }
    return { index, xy };
  };

  let budgetMs = BATCH_MS;
  const ask = (nodes: Float32Array, edges?: Float32Array) => {
    const request: LayoutRequest = {
      kind: "forceatlas2",
      settings,
      budgetMs,
      nodes: nodes.buffer as ArrayBuffer,
    };
    if (edges) request.edges = edges.buffer as ArrayBuffer;
    inFlight = new Promise((resolve) => {
      worker!.addEventListener(
        "message",
        (event: MessageEvent<LayoutReply>) => {
          const result = new Float32Array(event.data.nodes);
          iterations += event.data.iterations;
          latest = positionsOf(result);
          const drawing = performance.now();
          options.onPositions(latest);
          // The next batch starts once this picture is drawn and the page has had a turn (clicks, keys): drawing a
          // large graph can take longer than a batch, and the pointer must not wait behind a queue of pictures.
          requestAnimationFrame(() =>
            setTimeout(() => {
              budgetMs = Math.min(MAX_BATCH_MS, Math.max(BATCH_MS, 1.5 * (performance.now() - drawing)));
              inFlight = null;
              resolve();
              if (running) ask(result);
            }, 0),
          );
        },
        { once: true },
      );
    });
    worker!.postMessage(request, [request.nodes, ...(request.edges ? [request.edges] : [])]);
  };

  return {
    get running() {
      return running;
    },
    get iterations() {
      return iterations;
    },
    start() {
      if (running) return;
      running = true;
      iterations = 0;
      worker ??= new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
      const nodes = nodeMatrix();
      ask(nodes, edgeMatrix(nodes));
    },
    async stop() {
      running = false;
      await inFlight;
      if (latest === null || worker === null) return null;
      latest = await spreadApart(worker, ids, latest, options.size);
      options.onPositions(latest);
      return latest;
    },
    destroy() {
      running = false;
      worker?.terminate();
      worker = null;
    },
  };
}

/** noverlap over the positions, in the worker, nodes only: overlapping discs move apart. */
async function spreadApart(
  worker: Worker,
  ids: string[],
  positions: Positions,
  size: (id: string) => number,
): Promise<Positions> {
  const sizes = Float32Array.from(ids, size);
  // A gap of a quarter of the average disc, in the layout's own units (its scale is whatever ForceAtlas2 made).
  const margin = (sizes.reduce((sum, s) => sum + s, 0) / Math.max(1, ids.length)) * 0.25;
  const xy = new Float32Array(positions.xy);
  const request: NoverlapRequest = {
    kind: "noverlap",
    xy: xy.buffer as ArrayBuffer,
    sizes: sizes.buffer as ArrayBuffer,
    margin,
    budgetMs: NOVERLAP_MS,
  };
  const reply = await new Promise<NoverlapReply>((resolve) => {
    worker.addEventListener("message", (event: MessageEvent<NoverlapReply>) => resolve(event.data), { once: true });
    worker.postMessage(request, [request.xy, request.sizes]);
  });
  return { index: positions.index, xy: new Float32Array(reply.xy) };
}
