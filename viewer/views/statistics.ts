// Statistics: counts by type, the most central (betweenness) and most connected (degree, as `panelgraph stats`) people
// and themes, the communities with their names and sizes, and
// the facts on which sources disagree (src/analysis/conflicts.ts, as `panelgraph conflicts` lists them). Every item
// is a button: a node selects it, a type or a community shows only it.
import { conflictReadings, findConflicts, readingSources, type Conflict } from "../../src/analysis/conflicts.ts";
import { evidenceGraph } from "../../src/analysis/evidence-graph.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import { communities, communityColour, nodeColour, typeName, typesPresent } from "../core/appearance.ts";
import { button, count, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

/** How many people and themes the "most central" and "most connected" lists name. */
export const TOP_CENTRAL = 10;

/** What each ranking measures, under its heading, in the words `panelgraph stats` uses. */
const BETWEENNESS =
  "Share of shortest paths that pass through them, 0–1 (the build's centrality; “Brokers” in panelgraph stats).";
const DEGREE =
  "Distinct entities linked by evidence, sources and the theme hierarchy left out (“Most connected” in panelgraph stats).";

function swatch(colour: string): HTMLElement {
  const dot = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.background = colour;
  return dot;
}

/** The `n` most central nodes of a type by the build's betweenness (then most connected, then by id). */
export function mostCentral(graph: PanelGraph, type: NodeType, n = TOP_CENTRAL): string[] {
  const weight = (id: string) => graph.getNodeAttribute(id, "centrality") ?? 0;
  return graph
    .filterNodes((_, a) => a.type === type)
    .sort((a, b) => weight(b) - weight(a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, n);
}

/**
 * The `n` most connected nodes of a type, as `panelgraph stats` ranks them ("Most connected (degree)"): the distinct
 * entities linked to each by evidence, leaving out sources and the theme hierarchy (evidenceGraph), then by id.
 */
export function mostConnected(graph: PanelGraph, type: NodeType, n = TOP_CENTRAL): { id: string; degree: number }[] {
  const walkable = evidenceGraph(graph);
  return walkable
    .filterNodes((_, a) => a.type === type)
    .map((id) => ({ id, degree: walkable.degree(id) }))
    .filter((r) => r.degree > 0)
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, n);
}

export function createStatistics({ graph, store, details, signal, select }: ToolContext, body: HTMLElement): void {
  const item = (content: (Node | string)[], onClick: () => void, data: Record<string, string>) => {
    const b = button("", onClick, "stat-item");
    b.replaceChildren(...content);
    for (const [key, value] of Object.entries(data)) b.dataset[key] = value;
    return h("li", {}, b);
  };
  const nodeItem = (id: string, detail: string) =>
    item(
      [
        swatch(nodeColour(graph.getNodeAttributes(id), "type")),
        h("span", { className: "name", text: graph.getNodeAttribute(id, "label") }),
        h("span", { className: "count", text: detail }),
      ],
      () => select(id),
      { node: id },
    );
  const section = (title: string, ...content: (Node | null)[]) =>
    h("section", { className: "stat-section" }, h("h3", { text: title }), ...content);
  const note = (text: string) => h("p", { className: "meta", text });

  const types = typesPresent(graph);
  const typeList = h(
    "ul",
    { className: "stat-list" },
    ...types.map(({ type, count: n }) =>
      item(
        [
          swatch(nodeColour({ type: type as NodeType, label: "", aliases: [], facts: [] }, "type")),
          h("span", { className: "name", text: typeName(type) }),
          h("span", { className: "count", text: n.toLocaleString("en-GB") }),
        ],
        () =>
          store.update({
            hiddenTypes: types
              .map((t) => t.type)
              .filter((t) => t !== type)
              .sort() as NodeType[],
          }),
        { type },
      ),
    ),
  );

  const central = (type: NodeType) =>
    h(
      "ol",
      { className: "stat-list" },
      ...mostCentral(graph, type).map((id) => nodeItem(id, (graph.getNodeAttribute(id, "centrality") ?? 0).toFixed(2))),
    );

  const connected = (type: NodeType) =>
    h(
      "ol",
      { className: "stat-list" },
      ...mostConnected(graph, type).map(({ id, degree }) => nodeItem(id, String(degree))),
    );

  const groups = communities(graph).sort((a, b) => b.size - a.size || a.id - b.id);
  const communityList = h(
    "ul",
    { className: "stat-list" },
    ...groups.map((group) =>
      item(
        [
          swatch(communityColour(group.id)),
          h("span", {
            className: "name",
            text: `${group.id} · ${group.name}`,
            attrs: { title: `Community ${group.id}: ${group.name}` },
          }),
          h("span", { className: "count", text: group.size.toLocaleString("en-GB") }),
        ],
        () =>
          store.update({
            hiddenCommunities: groups
              .map((g) => g.id)
              .filter((id) => id !== group.id)
              .sort((a, b) => a - b),
          }),
        { community: String(group.id) },
      ),
    ),
  );

  const conflictBox = h("div", { className: "stat-conflicts" });
  const showConflicts = (conflicts: Conflict[]) => {
    if (conflicts.length === 0) {
      conflictBox.replaceChildren(
        h("p", { className: "meta", text: "None: wherever two sources give the same role or attribute, they agree." }),
      );
      return;
    }
    conflictBox.replaceChildren(
      h(
        "ul",
        { className: "stat-list" },
        ...conflicts.map((conflict) => {
          const what = conflict.organisation ? `role at ${conflict.organisation.label}` : conflict.field;
          const sourceName = (source: string) =>
            graph.hasNode(source) ? graph.getNodeAttribute(source, "label") : source;
          const values = conflictReadings(conflict).map((r) => `“${r.value}” ${readingSources(r, sourceName)}`);
          return item(
            [
              h("span", { className: "name", text: `${conflict.entity.label}, ${what}` }),
              h("span", { className: "conflict-values", text: values.join(" vs ") }),
            ],
            () => select(conflict.entity.id),
            { node: conflict.entity.id, conflict: conflict.field },
          );
        }),
      ),
    );
  };
  if (!details.lazy) showConflicts(findConflicts(graph));
  else {
    // A lean graph has no roles' or facts' passages yet: finding conflicts reads every one of them.
    const load = button(
      "Find them (loads every passage)",
      async () => {
        load.disabled = true;
        load.textContent = "Loading the passages…";
        await details.loadAll();
        if (!signal.aborted) showConflicts(findConflicts(graph));
      },
      "link",
    );
    conflictBox.replaceChildren(load);
  }

  body.append(
    h("h2", { text: "Statistics" }),
    h("p", { className: "meta", text: `${count(graph.order, "node")}, ${count(graph.size, "edge")}` }),
    section("Nodes by type", typeList),
    section("Most central people (betweenness)", note(BETWEENNESS), central("person")),
    section("Most connected people (degree)", note(DEGREE), connected("person")),
    section("Most central themes (betweenness)", note(BETWEENNESS), central("theme")),
    section("Most connected themes (degree)", note(DEGREE), connected("theme")),
    ...(groups.length > 0 ? [section(`Communities (${groups.length})`, communityList)] : []),
    section("Conflicts between sources", conflictBox),
  );
}
