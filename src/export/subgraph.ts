// The part of a graph an export can be limited to (`export --theme`, `export --community`): a copy holding the
// chosen nodes and every edge between them, with all attributes (layout positions included) unchanged, plus the
// sources that their passages cite, so every evidence offset can still be checked against its source's text and every
// quoteSources (Neo4j) or prov:hadPrimarySource (Turtle) names a node of the export.
import type { PanelGraph } from "../model/graph.js";
import type { Evidence } from "../model/schema.js";
import { subThemesOf } from "../query/sub-themes.js";

/**
 * Every source cited by the passages, roles, links and facts of the chosen nodes and of the edges between them (and by the
 * facts of the sources so added), that the graph has.
 */
export function citedSources(graph: PanelGraph, keep: ReadonlySet<string>): Set<string> {
  const cited = new Set<string>();
  const queue: string[] = [];
  const cite = (source: string) => {
    if (cited.has(source) || !graph.hasNode(source)) return;
    cited.add(source);
    if (!keep.has(source)) queue.push(source);
  };
  const citeAll = (evidence: readonly Evidence[]) => {
    for (const e of evidence) cite(e.source);
  };
  const citeFacts = (id: string) => {
    for (const fact of graph.getNodeAttribute(id, "facts")) {
      cite(fact.source);
      citeAll(fact.evidence);
    }
  };
  for (const id of keep) if (graph.hasNode(id)) citeFacts(id);
  graph.forEachEdge((_, a, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    for (const s of a.sources) cite(s);
    citeAll(a.evidence);
    for (const role of a.roles ?? []) {
      cite(role.source);
      citeAll(role.evidence);
    }
    for (const link of a.links ?? []) {
      cite(link.source);
      citeAll(link.evidence);
    }
  });
  while (queue.length > 0) citeFacts(queue.pop()!);
  return cited;
}

/**
 * The chosen nodes and every edge between them, and the sources they cite (`citedSources`) with all their attributes,
 * text included; a source that was not chosen comes without its own edges, so the part's connections stay those
 * between the chosen nodes. Nodes and edges keep the graph's order, so the same part gives the same bytes.
 */
export function inducedSubgraph(graph: PanelGraph, keep: ReadonlySet<string>): PanelGraph {
  const cited = citedSources(graph, keep);
  const part = graph.nullCopy() as PanelGraph;
  graph.forEachNode((id, attributes) => {
    if (keep.has(id) || cited.has(id)) part.addNode(id, structuredClone(attributes));
  });
  graph.forEachEdge((id, attributes, source, target) => {
    if (keep.has(source) && keep.has(target))
      part.addDirectedEdgeWithKey(id, source, target, structuredClone(attributes));
  });
  part.replaceAttributes({
    ...graph.getAttributes(),
    sources: graph.getAttribute("sources").filter((s) => part.hasNode(s)),
  });
  return part;
}

/**
 * A theme's part of the graph: the theme and its sub-themes, everything directly connected to them (speakers,
 * recommendations, sessions, sources …), the members of the panels that agreed on them (`agreed-on`, reached through
 * `panellist-in`), and the organisations of the people among those, so an export shows who spoke on the theme, who
 * sat on a panel that agreed on it, and for whom; with the sources their passages cite.
 */
export function themeSubgraph(graph: PanelGraph, theme: string): PanelGraph {
  return inducedSubgraph(graph, themeMembers(graph, theme));
}

/** The nodes `themeSubgraph` chooses, before the sources they cite are added. */
export function themeMembers(graph: PanelGraph, theme: string): Set<string> {
  const themes = [theme, ...subThemesOf(graph, theme)];
  const keep = new Set<string>(themes);
  for (const t of themes) {
    graph.forEachNeighbor(t, (n) => keep.add(n));
    graph.forEachInEdge(t, (_, a, session) => {
      if (a.relation !== "agreed-on") return;
      graph.forEachInEdge(session, (__, b, member) => {
        if (b.relation === "panellist-in") keep.add(member);
      });
    });
  }
  for (const id of [...keep]) {
    if (graph.getNodeAttribute(id, "type") !== "person") continue;
    graph.forEachOutEdge(id, (_, a, __, organisation) => {
      if (a.relation === "affiliated-with") keep.add(organisation);
    });
  }
  return keep;
}

/**
 * One community's members (see `build`'s community ids), the edges between them and the sources they cite. Sources
 * belong to no community, so a cited one is in the export without being a member: the CLI counts them apart.
 */
export function communitySubgraph(graph: PanelGraph, community: number): PanelGraph {
  return inducedSubgraph(graph, communityMembers(graph, community));
}

/** A community's members, as `panelgraph communities` lists them. */
export function communityMembers(graph: PanelGraph, community: number): Set<string> {
  return new Set(graph.filterNodes((_, a) => a.community === community));
}
