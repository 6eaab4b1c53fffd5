// Minimal viewer: loads graph.json, lays it out, draws it with Sigma and shows a node's connections with evidence.
// The full viewer (search, filters, reader, URL state) builds on this.
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { deserializeGraph } from "../src/graph/serialize.ts";
import type { EdgeAttributes, PanelGraph } from "../src/model/graph.ts";
import { NODE_TYPES, type NodeType } from "../src/model/schema.ts";

const TYPE_COLOURS: Record<NodeType, string> = {
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

const $ = (id: string) => document.getElementById(id)!;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

type DisplayGraph = PanelGraph & { getNodeAttribute(node: string, name: "x" | "y"): number };

/**
 * A copy of the data graph carrying positions, which Sigma needs as node attributes; the data graph itself is never
 * changed. Deterministic: a start on a circle in id order, then ForceAtlas2, so the same graph gives the same picture.
 */
function layout(graph: PanelGraph): DisplayGraph {
  const display = graph.copy() as DisplayGraph;
  const ids = display.nodes();
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    display.mergeNodeAttributes(id, { x: Math.cos(angle), y: Math.sin(angle) } as never);
  });
  forceAtlas2.assign(display, {
    iterations: 400,
    settings: { ...forceAtlas2.inferSettings(display), gravity: 1, scalingRatio: 4 },
  });
  return display;
}

function showNode(graph: PanelGraph, id: string): void {
  const node = graph.getNodeAttributes(id);
  $("panel-title").textContent = node.label;
  const body = $("panel-body");
  body.replaceChildren();
  body.append(element("p", `${node.type}${node.kind ? ` · ${node.kind}` : ""}`, "meta"));
  if (node.description) body.append(element("p", node.description));
  if (node.text && node.type !== "source") body.append(element("p", node.text));
  const sections = new Map<string, HTMLElement>();
  const add = (edge: string, attrs: EdgeAttributes, other: string, direction: "out" | "in") => {
    const heading = direction === "out" ? attrs.relation : `${attrs.relation} (from)`;
    let list = sections.get(heading);
    if (!list) {
      body.append(element("h3", heading));
      list = element("ul");
      body.append(list);
      sections.set(heading, list);
    }
    const item = element("li");
    const roles = attrs.roles?.map((r) => `${r.role} (${r.source})`).join("; ");
    item.append(element("strong", graph.getNodeAttribute(other, "label")));
    if (roles) item.append(element("span", ` — ${roles}`));
    for (const evidence of attrs.evidence) {
      const quote = element("blockquote", evidence.quote);
      quote.append(element("div", `${evidence.kind} · ${evidence.source} [${evidence.start}–${evidence.end}]`, "meta"));
      item.append(quote);
    }
    item.dataset.edge = edge;
    list.append(item);
  };
  graph.forEachOutEdge(id, (edge, attrs, _s, target) => add(edge, attrs, target, "out"));
  graph.forEachInEdge(id, (edge, attrs, source) => add(edge, attrs, source, "in"));
}

async function main(): Promise<void> {
  const response = await fetch("./graph.json");
  if (!response.ok) throw new Error(`could not load graph.json (${response.status}); run \`npx panelgraph build\``);
  const graph = deserializeGraph(await response.text());
  const display = layout(graph);
  const maxDegree = Math.max(1, ...graph.nodes().map((n) => graph.degree(n)));
  let selected: string | undefined;

  const renderer = new Sigma(display, $("graph"), {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    nodeReducer: (id, attrs) => {
      const dimmed = selected !== undefined && id !== selected && !graph.areNeighbors(id, selected);
      return {
        x: display.getNodeAttribute(id, "x"),
        y: display.getNodeAttribute(id, "y"),
        label: attrs.label,
        size: 4 + 14 * Math.sqrt(graph.degree(id) / maxDegree),
        color: dimmed ? "#e4e4ea" : TYPE_COLOURS[attrs.type],
        zIndex: dimmed ? 0 : 1,
      };
    },
    edgeReducer: (edge, attrs) => {
      const touches = selected !== undefined && graph.extremities(edge).includes(selected);
      return {
        label: attrs.relation,
        size: 0.5 + Math.min(3, attrs.weight / 2),
        color: touches ? "#556" : "#d5d7e0",
        hidden: selected !== undefined && !touches,
      };
    },
  });
  renderer.on("clickNode", ({ node }) => {
    selected = node;
    showNode(graph, node);
    renderer.refresh();
  });
  renderer.on("clickStage", () => {
    selected = undefined;
    renderer.refresh();
  });

  const legend = $("legend");
  for (const type of NODE_TYPES) {
    const count = graph.filterNodes((_, a) => a.type === type).length;
    if (count === 0) continue;
    const item = element("li");
    const swatch = element("span");
    swatch.style.background = TYPE_COLOURS[type];
    item.append(swatch, document.createTextNode(`${type} (${count})`));
    legend.append(item);
  }
  $("status").textContent =
    `${graph.order} nodes, ${graph.size} edges from ${graph.getAttribute("sources").length} sources`;
  Object.assign(window, { panelgraph: { graph, renderer } });
}

main().catch((error: Error) => {
  $("status").textContent = `Error: ${error.message}`;
  console.error(error);
});
