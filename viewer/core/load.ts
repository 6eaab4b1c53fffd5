// Getting a graph into the viewer: the built graph.json, or a GEXF file the user drops on the page.
import { MultiDirectedGraph, MultiGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { deserializeGraph, deserializeViewerPayload } from "../../src/graph/serialize.ts";
import type { EdgeAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { parsePassage } from "../../src/export/columns.ts";
import { VIEWER_PAYLOAD_MIN_BYTES } from "../../src/model/settings.ts";

export interface Position {
  x: number;
  y: number;
}

export interface FetchedGraph {
  graph: PanelGraph;
  /** True for the lean graph of graph.view.json: passages, source texts and facts are still in graph.json only. */
  lean: boolean;
  /** graph.json's size in bytes, when the server said (Content-Length). */
  bytes: number | null;
}

const notFound = (url: string, status: number) =>
  new Error(`could not load ${url} (HTTP ${status}); run \`npx panelgraph build\` to write it`);

/**
 * The built graph. A large graph.json (VIEWER_PAYLOAD_MIN_BYTES or more) is first read as its lean graph.view.json,
 * when there is one written with it (same graph.json size); anything else loads graph.json whole.
 */
export async function fetchGraph(url = "./graph.json"): Promise<FetchedGraph> {
  const head = await fetch(url, { method: "HEAD" });
  if (!head.ok) throw notFound(url, head.status);
  const bytes = Number(head.headers.get("content-length") ?? NaN);
  const known = Number.isFinite(bytes) ? bytes : null;
  if (bytes >= VIEWER_PAYLOAD_MIN_BYTES) {
    const view = await fetch(url.replace(/\.json$/, ".view.json"));
    if (view.ok) {
      const text = await view.text();
      const graphBytes = /"graphBytes":(\d+)/.exec(text.slice(0, 200))?.[1];
      if (Number(graphBytes) === bytes) return { graph: deserializeViewerPayload(text), lean: true, bytes: known };
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw notFound(url, response.status);
  // The size of the graph.json read, not the one the HEAD saw: `npm start` may have rebuilt it in between.
  const read = Number(response.headers.get("content-length") ?? NaN);
  return { graph: deserializeGraph(await response.text()), lean: false, bytes: Number.isFinite(read) ? read : known };
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;
const number = (value: unknown): number | undefined => {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === "string" && value !== ""
      ? value
          .split(/[|;]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

/** Evidence as the exporters write it in a cell (src/export/columns.ts formatPassage), one passage a line. */
function passages(value: unknown): EdgeAttributes["evidence"] {
  if (typeof value !== "string") return [];
  return value.split("\n").flatMap((line) => {
    const passage = parsePassage(line);
    if (!passage) return [];
    const { quote, source, kind, start, end } = passage;
    return [{ quote, source, kind, start, end }];
  });
}

/**
 * Reads any GEXF file (graphology-gexf's parser) into the viewer's graph shape. A panelgraph export comes back with its
 * types, communities, centrality, positions and evidence (not the source texts, which GEXF does not carry); a foreign file keeps its own node categories (`type`, or else
 * "node") and edge labels as relations, which the viewer shows as they are, coloured from a neutral palette.
 */
export async function graphFromGexf(source: string, name: string): Promise<PanelGraph> {
  const { parse } = await import("graphology-gexf/browser");
  // A mixed multigraph takes any file (undirected edges included); edges keep their direction as written.
  const parsed = parse(MultiGraph, source, { addMissingNodes: true });
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as PanelGraph;
  graph.replaceAttributes({ name: text(parsed.getAttribute("title")) ?? name, sources: [] });
  parsed.forEachNode((id, a: Attributes) => {
    const attributes: NodeAttributes = {
      // A foreign category is kept as it is; the viewer colours types it does not know in a neutral grey.
      type: (text(a.type) ?? text(a.kind) ?? "node") as NodeAttributes["type"],
      label: text(a.label) ?? id,
      aliases: list(a.aliases),
      facts: [],
    };
    const optional: Partial<NodeAttributes> = {
      description: text(a.description),
      kind: text(a.kind),
      text: text(a.text),
      community: number(a.community),
      centrality: number(a.centrality),
      x: number(a.x),
      y: number(a.y),
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) Object.assign(attributes, { [key]: value });
    }
    graph.addNode(id, attributes);
  });
  const sources = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.type === "source") sources.add(id);
  });
  parsed.forEachEdge((edge, a: Attributes, from, to) => {
    const evidence = passages(a.evidence);
    const edgeSources = list(a.sources);
    edgeSources.forEach((s) => sources.add(s));
    graph.addEdgeWithKey(edge, from, to, {
      relation: (text(a.relation) ?? text(a.label) ?? "connected") as EdgeAttributes["relation"],
      evidence,
      sources: edgeSources,
      weight: number(a.weight) ?? 1,
      origin: a.origin === "registry" ? "registry" : "annotation",
    });
  });
  graph.setAttribute("sources", [...sources].sort());
  return graph;
}

/**
 * Positions for nodes that have none stored (a graph.json from before layouts were built in, or a GEXF file without
 * `viz:position`): a sunflower spiral around the laid-out nodes, by type and then by degree, so the picture is still
 * the same on every load. Nodes with a stored position are not in the map.
 */
export function fallbackPositions(graph: PanelGraph): Map<string, Position> {
  const missing = graph.filterNodes((_, a) => typeof a.x !== "number" || typeof a.y !== "number");
  const positions = new Map<string, Position>();
  if (missing.length === 0) return positions;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, { x, y }) => {
    if (typeof x !== "number" || typeof y !== "number") return;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const placed = Number.isFinite(minX);
  const centre = placed ? { x: (minX + maxX) / 2, y: (minY + maxY) / 2 } : { x: 0, y: 0 };
  const inner = placed ? Math.max(maxX - minX, maxY - minY) / 2 : 0;
  const step = placed ? inner / Math.sqrt(graph.order) : 10;
  missing.sort(
    (a, b) =>
      graph.getNodeAttribute(a, "type").localeCompare(graph.getNodeAttribute(b, "type")) ||
      graph.degree(b) - graph.degree(a) ||
      a.localeCompare(b),
  );
  const golden = Math.PI * (3 - Math.sqrt(5));
  missing.forEach((id, i) => {
    const radius = inner + step * Math.sqrt(i + 1) * 2;
    positions.set(id, { x: centre.x + radius * Math.cos(i * golden), y: centre.y + radius * Math.sin(i * golden) });
  });
  return positions;
}

/**
 * The graph itself when every node has a stored position; otherwise a copy with `fallbackPositions` filled in (Sigma
 * needs x/y as attributes), and how many nodes had none.
 */
export function withPositions(graph: PanelGraph): { graph: PanelGraph; placed: number } {
  const positions = fallbackPositions(graph);
  if (positions.size === 0) return { graph, placed: 0 };
  const copy = graph.copy() as PanelGraph;
  for (const [id, position] of positions) copy.mergeNodeAttributes(id, position);
  return { graph: copy, placed: positions.size };
}
