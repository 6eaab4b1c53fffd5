// The part of a graph an export can be limited to (`export --theme`, `export --community`): a copy holding the
// chosen nodes and every edge between them, with all attributes (layout positions included) unchanged.
import type { PanelGraph } from "../model/graph.js";
import { subThemesOf } from "../query/sub-themes.js";

export function inducedSubgraph(graph: PanelGraph, keep: ReadonlySet<string>): PanelGraph {
  const part = graph.nullCopy() as PanelGraph;
  graph.forEachNode((id, attributes) => {
    if (keep.has(id)) part.addNode(id, structuredClone(attributes));
  });
  graph.forEachEdge((id, attributes, source, target) => {
    if (keep.has(source) && keep.has(target))
      part.addDirectedEdgeWithKey(id, source, target, structuredClone(attributes));
  });
  part.replaceAttributes({
    ...graph.getAttributes(),
    sources: graph.getAttribute("sources").filter((s) => keep.has(s)),
  });
  return part;
}

/**
 * A theme's part of the graph: the theme and its sub-themes, everything directly connected to them (speakers,
 * recommendations, sessions, sources …), and the organisations of the people among those, so an export shows who
 * spoke on the theme and for whom.
 */
export function themeSubgraph(graph: PanelGraph, theme: string): PanelGraph {
  const themes = [theme, ...subThemesOf(graph, theme)];
  const keep = new Set<string>(themes);
  for (const t of themes) for (const n of graph.neighbors(t)) keep.add(n);
  for (const id of [...keep]) {
    if (graph.getNodeAttribute(id, "type") !== "person") continue;
    graph.forEachOutEdge(id, (_, a, __, organisation) => {
      if (a.relation === "affiliated-with") keep.add(organisation);
    });
  }
  return inducedSubgraph(graph, keep);
}

/** One community's members (see `build`'s community ids) and the edges between them. */
export function communitySubgraph(graph: PanelGraph, community: number): PanelGraph {
  return inducedSubgraph(graph, new Set(graph.filterNodes((_, a) => a.community === community)));
}
