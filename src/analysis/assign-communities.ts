// Stores each entity's community id on its node (`community`), for the viewer and the exporters to colour or group by.
import type { PanelGraph } from "../model/graph.js";
import type { Communities } from "./communities.js";

/** Sets `community` on every member and removes it from every other node, so a re-run leaves no stale ids. */
export function assignCommunities(graph: PanelGraph, result: Pick<Communities, "communities">): void {
  const byNode = new Map<string, number>();
  for (const community of result.communities) for (const m of community.members) byNode.set(m.id, community.id);
  graph.forEachNode((id) => {
    const community = byNode.get(id);
    if (community === undefined) graph.removeNodeAttribute(id, "community");
    else graph.setNodeAttribute(id, "community", community);
  });
}
