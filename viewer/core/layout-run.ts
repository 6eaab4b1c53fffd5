// A layout run in the browser, on demand: ForceAtlas2 in a worker (core/layout-worker.ts) starting from the positions
// on screen, then noverlap when stopped. It only computes positions; views/layout-panel.ts shows them.
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { LayoutRequest } from "./layout-worker.ts";

/** Node positions: node i (in the graph's order, `index`) at xy[2i], xy[2i + 1]. */
export interface Positions {
  index: Map<string, number>;
  xy: Float32Array;
}

/** Floats per node and per edge in the library's matrices (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;
const PPE = 3;
/** Each message to the worker asks for about this many node-iterations, so one round trip is a few frames. */
const WORK_PER_MESSAGE = 20_000;

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
  const iterationsPerMessage = Math.max(1, Math.min(50, Math.round(WORK_PER_MESSAGE / Math.max(1, graph.order))));
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

  const ask = (nodes: Float32Array, edges?: Float32Array) => {
    const request: LayoutRequest = { settings, iterations: iterationsPerMessage, nodes: nodes.buffer as ArrayBuffer };
    if (edges) request.edges = edges.buffer as ArrayBuffer;
    inFlight = new Promise((resolve) => {
      worker!.addEventListener(
        "message",
        (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
          const result = new Float32Array(event.data.nodes);
          iterations += iterationsPerMessage;
          latest = positionsOf(result);
          options.onPositions(latest);
          inFlight = null;
          resolve();
          if (running) ask(result);
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
      if (latest === null) return null;
      latest = spreadApart(ids, latest, options.size);
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

/** noverlap over the positions (graphology-layout-noverlap), nodes only: overlapping discs move apart. */
function spreadApart(ids: string[], positions: Positions, size: (id: string) => number): Positions {
  const discs = new Graph();
  let total = 0;
  ids.forEach((id, i) => {
    const s = size(id);
    total += s;
    discs.addNode(id, { x: positions.xy[2 * i], y: positions.xy[2 * i + 1], size: s });
  });
  // A gap of a quarter of the average disc, in the layout's own units (its scale is whatever ForceAtlas2 made).
  const margin = (total / Math.max(1, ids.length)) * 0.25;
  const moved = noverlap(discs, { maxIterations: 60, settings: { ratio: 1.1, margin, expansion: 1.1 } });
  const xy = new Float32Array(positions.xy);
  ids.forEach((id, i) => {
    xy[2 * i] = moved[id]!.x;
    xy[2 * i + 1] = moved[id]!.y;
  });
  return { index: positions.index, xy };
}
