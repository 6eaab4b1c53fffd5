// The in-browser layout's worker: graphology-layout-forceatlas2's own iteration function over the matrices the page
// sends (core/layout-run.ts), a batch of iterations a message, so the page stays responsive while it runs. The
// library's FA2LayoutSupervisor would start its worker from a blob: URL, which the built site's
// Content-Security-Policy (script-src 'self') refuses; this worker is a file of the site.
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import iterate from "graphology-layout-forceatlas2/iterate.js";

export interface LayoutRequest {
  settings: ForceAtlas2Settings;
  iterations: number;
  nodes: ArrayBuffer;
  /** Sent with the first request only. */
  edges?: ArrayBuffer;
}

let edges = new Float32Array(0);

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.edges) edges = new Float32Array(request.edges);
  const nodes = new Float32Array(request.nodes);
  for (let i = 0; i < request.iterations; i++) iterate(request.settings, nodes, edges);
  (self as unknown as Worker).postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
});
