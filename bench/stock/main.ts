// The bench's reference (bench/viewer.ts): stock sigma, a plain `new Sigma(graph, container)` with default settings, on
// the graph the viewer draws (the same file, loaded by the same loader, with the same positions, labels and node
// sizes). Clicking a node highlights it the way stock sigma does (its `highlighted` attribute); the search box finds a
// node by its label and does the same. Built and served beside the viewer by bench/viewer.ts, never shipped.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { nodeSizes } from "../../viewer/core/appearance.ts";
import { fetchGraph } from "../../viewer/core/load.ts";

interface StockNode {
  x: number;
  y: number;
  label: string;
  size: number;
  highlighted?: boolean;
}

async function main(): Promise<void> {
  const { graph: loaded } = await fetchGraph("../graph.json");
  const sizes = nodeSizes(loaded);
  // Only what sigma draws: its own `type` attribute would name a node program, so the panelgraph types stay out.
  const graph = new MultiDirectedGraph<StockNode>();
  loaded.forEachNode((id, a) =>
    graph.addNode(id, { x: a.x ?? 0, y: a.y ?? 0, label: a.label, size: sizes.get(id) ?? 4 }),
  );
  loaded.forEachEdge((_, __, source, target) => graph.addEdge(source, target));
  const renderer = new Sigma(graph, document.getElementById("graph")!);
  performance.mark("panelgraph:first-frame");

  let highlighted: string | null = null;
  const highlight = (node: string | null) => {
    if (highlighted !== null) graph.setNodeAttribute(highlighted, "highlighted", false);
    highlighted = node;
    if (node !== null) graph.setNodeAttribute(node, "highlighted", true);
  };
  renderer.on("clickNode", ({ node }) => highlight(node));
  renderer.on("clickStage", () => highlight(null));
  const search = document.getElementById("search") as HTMLInputElement;
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const node = graph.findNode((_, a) => a.label === search.value.trim()) ?? null;
    highlight(node);
    const data = node === null ? undefined : renderer.getNodeDisplayData(node);
    if (data) void renderer.getCamera().animate({ x: data.x, y: data.y }, { duration: 400 });
  });
  Object.assign(window, {
    stockSigma: { renderer, graph, selected: () => highlighted, clear: () => highlight(null), ready: true },
  });
}

void main();
