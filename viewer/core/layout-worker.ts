// The in-browser layout's worker: graphology-layout-forceatlas2's own iteration function over the matrices the page
// sends (core/layout-run.ts), as many iterations a message as fit in a time budget, so the page draws a few times a
// second, not after every iteration; and noverlap at the end, also within a time budget (at 10,000 nodes one noverlap
// iteration can take a second). The library's FA2LayoutSupervisor would start its worker from a blob: URL, which the
// built site's Content-Security-Policy (script-src 'self') refuses; this worker is a file of the site.
import Graph from "graphology";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import noverlap from "graphology-layout-noverlap";

export interface LayoutRequest {
  kind: "forceatlas2";
  settings: ForceAtlas2Settings;
  /** Iterate for about this long (at least once), then send the positions back. */
  budgetMs: number;
  nodes: ArrayBuffer;
  /** Sent with the first request only. */
  edges?: ArrayBuffer;
}

export interface LayoutReply {
  nodes: ArrayBuffer;
  iterations: number;
}

export interface NoverlapRequest {
  kind: "noverlap";
  /** x, y of node i at 2i, 2i + 1. */
  xy: ArrayBuffer;
  sizes: ArrayBuffer;
  margin: number;
  budgetMs: number;
}

export interface NoverlapReply {
  xy: ArrayBuffer;
  iterations: number;
}

let edges = new Float32Array(0);

function forceAtlas2(request: LayoutRequest): void {
  if (request.edges) edges = new Float32Array(request.edges);
  const nodes = new Float32Array(request.nodes);
  const started = performance.now();
  let iterations = 0;
  do {
    iterate(request.settings, nodes, edges);
    iterations++;
  } while (performance.now() - started < request.budgetMs);
  const reply: LayoutReply = { nodes: nodes.buffer, iterations };
  (self as unknown as Worker).postMessage(reply, [nodes.buffer]);
}

function spreadApart(request: NoverlapRequest): void {
  const xy = new Float32Array(request.xy);
  const sizes = new Float32Array(request.sizes);
  const discs = new Graph();
  for (let i = 0; i < sizes.length; i++) discs.addNode(i, { x: xy[2 * i], y: xy[2 * i + 1], size: sizes[i] });
  const settings = { ratio: 1.1, margin: request.margin, expansion: 1.1 };
  const started = performance.now();
  let iterations = 0;
  // One iteration at a time, until nothing moves or the budget is spent.
  while (performance.now() - started < request.budgetMs) {
    let moved = false;
    const before = discs.mapNodes((_, a) => [a.x as number, a.y as number]);
    noverlap.assign(discs, { maxIterations: 1, settings });
    iterations++;
    discs.forEachNode((_, a) => {
      const [x, y] = before[Number(_)]!;
      if (a.x !== x || a.y !== y) moved = true;
    });
    if (!moved) break;
  }
  discs.forEachNode((id, a) => {
    xy[2 * Number(id)] = a.x as number;
    xy[2 * Number(id) + 1] = a.y as number;
  });
  const reply: NoverlapReply = { xy: xy.buffer, iterations };
  (self as unknown as Worker).postMessage(reply, [xy.buffer]);
}

self.addEventListener("message", (event: MessageEvent<LayoutRequest | NoverlapRequest>) => {
  if (event.data.kind === "noverlap") spreadApart(event.data);
  else forceAtlas2(event.data);
});
