// What a community is called (src/analysis/community-names.ts): one rule for `panelgraph communities` and the viewer,
// its two themes most tied to the rest of it by passages, not its most central members by betweenness.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { communityNames } from "../../src/analysis/community-names.js";
import { detectCommunities } from "../../src/analysis/communities.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { communities } from "../../viewer/core/appearance.js";
import { MINI_DIR } from "../helpers/paths.js";

const evidence = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ source: "canal-notes", start: i, end: i + 1, quote: "x", kind: "direct" }));

/** Two people and three themes in community 1, one person in community 2 with no theme. */
function canalPanel(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const node = (id: string, type: string, community: number, centrality: number) =>
    graph.addNode(id, { type, label: id, aliases: [], facts: [], community, centrality } as never);
  // The person is the most central by betweenness; the viewer used to name community 1 after it.
  node("orla-finch", "person", 1, 0.9);
  node("tam-ode", "person", 1, 0.1);
  node("towpath-repairs", "theme", 1, 0.05);
  node("lock-keepers", "theme", 1, 0.5);
  node("boat-licences", "theme", 1, 0.2);
  node("ines-varga", "person", 2, 0.3);
  node("mooring-fees", "theme", 2, 0.1);
  const spoke = (from: string, to: string, passages: number) =>
    graph.addEdge(from, to, {
      relation: "spoke-on",
      evidence: evidence(passages) as never,
      sources: ["canal-notes"],
      weight: passages,
      origin: "annotation",
    });
  spoke("orla-finch", "towpath-repairs", 4);
  spoke("tam-ode", "towpath-repairs", 3);
  spoke("orla-finch", "boat-licences", 2);
  spoke("tam-ode", "lock-keepers", 1);
  // Across communities: counts for neither.
  spoke("ines-varga", "lock-keepers", 9);
  return graph;
}

describe("community names", () => {
  it("are the two themes most tied to the rest of the community, by passages, then by id", () => {
    const names = communityNames(canalPanel());
    expect(names.get(1)).toBe("towpath-repairs · boat-licences");
  });

  it("are the members, ranked the same way, when a community has no theme", () => {
    const graph = canalPanel();
    graph.dropNode("mooring-fees");
    graph.addNode("wharf-trust", { type: "organisation", label: "wharf-trust", aliases: [], facts: [], community: 2 });
    graph.addEdge("ines-varga", "wharf-trust", {
      relation: "affiliated-with",
      evidence: evidence(1) as never,
      sources: ["canal-notes"],
      weight: 1,
      origin: "annotation",
    });
    expect(communityNames(graph).get(2)).toBe("ines-varga · wharf-trust");
  });

  it("are the same in the viewer as in `panelgraph communities`", () => {
    const { graph } = buildCorpusGraph(MINI_DIR);
    const cli = detectCommunities(graph).communities.map((c) => [c.id, c.label]);
    expect(cli.length).toBeGreaterThan(0);
    expect(communities(graph).map((c) => [c.id, c.name])).toEqual(cli);
    expect(communities(canalPanel()).map((c) => c.name)).toEqual(["towpath-repairs · boat-licences", "mooring-fees"]);
  });
});
