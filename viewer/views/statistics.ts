// Statistics: counts by type, the most central people and themes, the communities with their names and sizes, and
// the facts on which sources disagree (src/analysis/conflicts.ts, as `panelgraph conflicts` lists them). Every item
// is a button: a node selects it, a type or a community shows only it.
import { conflictReadings, findConflicts, readingSources, type Conflict } from "../../src/analysis/conflicts.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { NodeType } from "../../src/model/vocabulary.ts";
import { communities, communityColour, nodeColour, typeName, typesPresent } from "../core/appearance.ts";
import { button, count, h } from "./dom.ts";
import type { ToolContext } from "./tools.ts";

/** How many people and themes the "most central" lists name. */
export const TOP_CENTRAL = 10;

function swatch(colour: string): HTMLElement {
  const dot = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.background = colour;
  return dot;
}

/** The `n` most central nodes of a type (then most connected, then by id). */
export function mostCentral(graph: PanelGraph, type: NodeType, n = TOP_CENTRAL): string[] {
  const weight = (id: string) => graph.getNodeAttribute(id, "centrality") ?? 0;
  return graph
    .filterNodes((_, a) => a.type === type)
    .sort((a, b) => weight(b) - weight(a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b))
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
    section(`Most central people`, central("person")),
    section(`Most central themes`, central("theme")),
    ...(groups.length > 0 ? [section(`Communities (${groups.length})`, communityList)] : []),
    section("Conflicts between sources", conflictBox),
  );
}
