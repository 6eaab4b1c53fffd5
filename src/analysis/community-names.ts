// What a community is called, by one rule for the CLI (`panelgraph communities`, src/analysis/communities.ts) and the
// viewer (its community filter, legend, Statistics and overview names): its two themes most tied to the rest of the
// community, "Delegation of power · NHS targets"; its members, when it has no theme. Pure, and needs only what
// graph.json keeps (each node's community, its connections and their passages), so both name a community alike.
import type { PanelGraph } from "../model/graph.js";
import { COMMUNITY_PROJECTION_DEFAULTS, type CommunityProjectionOptions } from "./community-projection.js";

export interface CommunityNamesOptions {
  /** How many themes (or members) name a community. */
  named: number;
  /** The connections that tie members together: those communities are detected on (community-projection.ts). */
  projection: Partial<CommunityProjectionOptions>;
}

export const COMMUNITY_NAMES_DEFAULTS: CommunityNamesOptions = { named: 2, projection: {} };

/**
 * How strongly each node is tied to the rest of its own community: the passages behind its connections to other
 * members, over the connections communities are detected on (annotation edges of the projection's relations between
 * the projection's types; community-projection.ts weighs a pair by the same passages).
 */
export function tiesInsideCommunity(
  graph: PanelGraph,
  communityOf: (id: string) => number | undefined,
  projection: Partial<CommunityProjectionOptions> = {},
): Map<string, number> {
  const { nodeTypes, relations } = { ...COMMUNITY_PROJECTION_DEFAULTS, ...projection };
  const types = new Set<string>(nodeTypes);
  const kept = new Set<string>(relations);
  const ties = new Map<string, number>();
  graph.forEachEdge((_, a, source, target, sourceAttributes, targetAttributes) => {
    if (source === target || a.origin !== "annotation" || !kept.has(a.relation)) return;
    if (!types.has(sourceAttributes.type) || !types.has(targetAttributes.type)) return;
    const community = communityOf(source);
    if (community === undefined || community !== communityOf(target)) return;
    for (const n of [source, target]) ties.set(n, (ties.get(n) ?? 0) + a.evidence.length);
  });
  return ties;
}

/**
 * Each community's name: its `named` themes most tied to the rest of the community (tiesInsideCommunity), then by id,
 * joined with " · "; when it has no theme, its members ranked the same way. `communityOf` gives a
 * node's community (the graph's `community` attribute by default); nodes without one are in none.
 */
export function communityNames(
  graph: PanelGraph,
  communityOf: (id: string) => number | undefined = (id) => graph.getNodeAttribute(id, "community"),
  options: Partial<CommunityNamesOptions> = {},
): Map<number, string> {
  const { named, projection } = { ...COMMUNITY_NAMES_DEFAULTS, ...options };
  const ties = tiesInsideCommunity(graph, communityOf, projection);
  const members = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const community = communityOf(id);
    if (community === undefined) return;
    if (!members.has(community)) members.set(community, []);
    members.get(community)!.push(id);
  });
  const central = (a: string, b: string) => (ties.get(b) ?? 0) - (ties.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const names = new Map<number, string>();
  for (const [community, nodes] of members) {
    const themes = nodes.filter((id) => graph.getNodeAttribute(id, "type") === "theme");
    const naming = (themes.length > 0 ? themes : nodes).sort(central).slice(0, named);
    names.set(community, naming.map((id) => graph.getNodeAttribute(id, "label")).join(" · "));
  }
  return names;
}
