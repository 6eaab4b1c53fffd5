// Where each community is on a laid-out graph and what it is called there: the overview's community names
// (viewer/core/community-labels.ts). Pure: reads the graph's communities, positions, types and centrality.
import type { PanelGraph } from "../model/graph.js";

export interface CommunityLabel {
  community: number;
  /** Its two most central themes (or members, when it has no theme), as the build names a community. */
  label: string;
  /** The mean position of its members, in graph coordinates. */
  x: number;
  y: number;
  members: number;
}

/** How many themes (or members) name a community, as `panelgraph communities` does (COMMUNITIES_DEFAULTS). */
const NAMED_BY = 2;
/** Communities smaller than this get no name on the overview. */
const MIN_MEMBERS = 5;

/**
 * The communities of `graph` (those with at least MIN_MEMBERS positioned members) with a name and a centre, largest
 * first (then by id). Named as the build names them: by their most central themes, or members when they have none;
 * here "central" is the nodes' betweenness (the build ranks by ties inside the community, which graph.json does not
 * keep), then degree, then id.
 */
export function communityLabels(graph: PanelGraph): CommunityLabel[] {
  const byCommunity = new Map<number, string[]>();
  graph.forEachNode((id, { community, x, y }) => {
    if (community === undefined || x === undefined || y === undefined) return;
    if (!byCommunity.has(community)) byCommunity.set(community, []);
    byCommunity.get(community)!.push(id);
  });
  const central = (a: string, b: string) =>
    (graph.getNodeAttribute(b, "centrality") ?? 0) - (graph.getNodeAttribute(a, "centrality") ?? 0) ||
    graph.degree(b) - graph.degree(a) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const labels: CommunityLabel[] = [];
  for (const [community, members] of byCommunity) {
    if (members.length < MIN_MEMBERS) continue;
    let x = 0;
    let y = 0;
    for (const id of members) {
      x += graph.getNodeAttribute(id, "x")! / members.length;
      y += graph.getNodeAttribute(id, "y")! / members.length;
    }
    const themes = members.filter((id) => graph.getNodeAttribute(id, "type") === "theme");
    const named = (themes.length > 0 ? themes : members).sort(central).slice(0, NAMED_BY);
    const label = named.map((id) => graph.getNodeAttribute(id, "label")).join(" · ");
    labels.push({ community, label, x, y, members: members.length });
  }
  return labels.sort((a, b) => b.members - a.members || a.community - b.community);
}
