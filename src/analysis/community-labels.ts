// Where each community is on a laid-out graph and what it is called there: the overview's community names
// (viewer/core/community-labels.ts). Pure: reads the graph's communities, positions, types and centrality.
import type { PanelGraph } from "../model/graph.js";
import { communityNames } from "./community-names.js";

export interface CommunityLabel {
  community: number;
  /** Its name, as `panelgraph communities` and the rest of the viewer give it (community-names.ts). */
  label: string;
  /** The mean position of its members, in graph coordinates. */
  x: number;
  y: number;
  members: number;
}

/** Communities smaller than this get no name on the overview. */
const MIN_MEMBERS = 5;

/**
 * The communities of `graph` (those with at least MIN_MEMBERS positioned members) with a name and a centre, largest
 * first (then by id), named as `panelgraph communities` names them (communityNames).
 */
export function communityLabels(graph: PanelGraph): CommunityLabel[] {
  const byCommunity = new Map<number, string[]>();
  graph.forEachNode((id, { community, x, y }) => {
    if (community === undefined || x === undefined || y === undefined) return;
    if (!byCommunity.has(community)) byCommunity.set(community, []);
    byCommunity.get(community)!.push(id);
  });
  const names = communityNames(graph);
  const labels: CommunityLabel[] = [];
  for (const [community, members] of byCommunity) {
    if (members.length < MIN_MEMBERS) continue;
    let x = 0;
    let y = 0;
    for (const id of members) {
      x += graph.getNodeAttribute(id, "x")! / members.length;
      y += graph.getNodeAttribute(id, "y")! / members.length;
    }
    const label = names.get(community)!;
    labels.push({ community, label, x, y, members: members.length });
  }
  return labels.sort((a, b) => b.members - a.members || a.community - b.community);
}
