// `path <a> <b>`: the shortest chain of stated connections between two entities, each hop with its evidence.
import { singleSourceLength } from "graphology-shortest-path/unweighted.js";
import { evidenceGraph } from "../analysis/evidence-graph.js";
import type { PanelGraph } from "../model/graph.js";
import { RELATION_NAMES, type Relation } from "../model/schema.js";
import { byPosition, mergeEvidence } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { Direction, EvidenceItem, TypedEntityRef } from "./types.js";

export interface HopEdge {
  relation: Relation;
  /** The edge's real direction, seen from the hop's `from`: `out` = from → to, `in` = to → from. */
  direction: Direction;
  /** Empty only for registry-made edges (sub-theme-of). */
  evidence: EvidenceItem[];
  /** linked-to only: the link in the sources' words, each wording once ("retained"). */
  links?: string[];
}

export interface Hop {
  from: TypedEntityRef;
  to: TypedEntityRef;
  /** Every edge between the two (a person can both speak on and mention a theme). */
  edges: HopEdge[];
}

export interface Path {
  from: TypedEntityRef;
  to: TypedEntityRef;
  /** Number of hops; null when nothing connects the two. */
  length: number | null;
  hops: Hop[];
  /** True when the only connection runs through the theme hierarchy (registry edges, no passage behind them). */
  viaRegistry: boolean;
  /** The relations the path was not allowed to use (PathOptions.without). */
  without: Relation[];
  /** How many hops rest on `mentions` alone: a name a source cites, which need not be a connection. */
  mentionHops: number;
}

export interface PathOptions {
  /** Let the path run through source nodes (off: see src/analysis/evidence-graph.ts for why). */
  throughSources: boolean;
  /** Relations the path may not use (e.g. `mentions`, so that it follows only what a source says connects them). */
  without: readonly Relation[];
}

export const PATH_DEFAULTS: PathOptions = { throughSources: false, without: [] };

const relationOrder = new Map(RELATION_NAMES.map((r, i) => [r, i]));

/**
 * Breadth-first on the undirected evidence graph. Among equally short paths, each step takes the neighbour with
 * the most evidence behind the connection (then the smaller id), so the answer is the best-attested shortest path.
 * Sub-theme-of edges are used only when no path exists without them, because a hop should rest on a passage.
 */
export function path(graph: PanelGraph, a: string, b: string, options: Partial<PathOptions> = {}): Path {
  const { throughSources, without } = { ...PATH_DEFAULTS, ...options };
  const left = [...without].sort((x, y) => relationOrder.get(x)! - relationOrder.get(y)!);
  const from = resolveEntity(graph, a);
  const to = resolveEntity(graph, b);
  const ref = (id: string): TypedEntityRef => {
    const { label, type } = graph.getNodeAttributes(id);
    return { id, label, type };
  };

  for (const registryEdges of [false, true]) {
    const walkable = evidenceGraph(graph, { sources: throughSources, registryEdges, keep: [from.id, to.id], without });
    const distance = singleSourceLength(walkable, to.id);
    if (distance[from.id] === undefined) continue;

    const hops: Hop[] = [];
    for (let current = from.id; current !== to.id;) {
      const steps = walkable
        .neighbors(current)
        .filter((n) => distance[n] === distance[current]! - 1)
        .map((n) => ({ id: n, weight: walkable.getEdgeAttribute(current, n, "weight") }))
        .sort((x, y) => y.weight - x.weight || x.id.localeCompare(y.id));
      const next = steps[0]!.id;
      const edges: HopEdge[] = walkable.getEdgeAttribute(current, next, "edges").map((key) => {
        const attributes = graph.getEdgeAttributes(key);
        const edge: HopEdge = {
          relation: attributes.relation,
          direction: graph.source(key) === current ? "out" : "in",
          evidence: mergeEvidence([attributes.evidence], byPosition),
        };
        if (attributes.links) edge.links = [...new Set(attributes.links.map((l) => l.link))];
        return edge;
      });
      edges.sort(
        (x, y) =>
          relationOrder.get(x.relation)! - relationOrder.get(y.relation)! || y.direction.localeCompare(x.direction),
      );
      hops.push({ from: ref(current), to: ref(next), edges });
      current = next;
    }
    const mentionHops = hops.filter((hop) => hop.edges.every((edge) => edge.relation === "mentions")).length;
    return { from, to, length: hops.length, hops, viaRegistry: registryEdges, without: left, mentionHops };
  }
  return { from, to, length: null, hops: [], viaRegistry: false, without: left, mentionHops: 0 };
}
