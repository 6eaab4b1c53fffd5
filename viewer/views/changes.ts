// "Changed since …" in the left-hand controls: a checkbox that marks what the last build added, renamed, merged and
// changed on the graph (core/change-rings.ts, the edge reducer) and lists it here, each node a button that selects it and
// each new connection one that opens its evidence; what was removed is no longer in the graph, so it is listed as text
// (a merged node too: its button is the node it went into); roles changed on a connection and conflicts new, changed or
// resolved
// as `panelgraph diff` finds them. The section stays hidden when the build recorded no changes (a first or a --fresh
// build, a graph from a GEXF file), but under ?changes=1 says "No changes since" the build's time.
import type { NodeRef, NodeRename } from "../../src/export/graph-diff.ts";
import type {
  AlteredConflict,
  ChangedConflict,
  ChangedEdge,
  ChangedEdgeAttributes,
  ChangedEvidence,
  ChangedNode,
  ComparedChanges,
  GraphChanges,
  MergedNode,
} from "../../src/export/graph-changes.ts";
import { changeCount } from "../../src/export/graph-changes.ts";
import type { PanelGraph } from "../../src/model/graph.ts";
import type { Changes } from "../core/changes.ts";
import type { ViewState, ViewStore } from "../core/state.ts";
import { byId, count, h, type Child } from "./dom.ts";
import { nodeButton } from "./node-button.ts";
import { relationPhrase } from "./words.ts";

export interface ChangesPanel {
  sync(state: ViewState): void;
}

export interface ChangesActions {
  select(node: string): void;
  /** Selects `from` and opens the connection's evidence. */
  showEdge(edge: string, from: string): void;
}

/** "30 Nov 2026, 08:15", in the reader's time zone. */
export function builtAt(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/**
 * What "Changed since …" compares: two builds, by the times they recorded (graph.changes.json), not by the files'
 * times, which a copy or a touch changes.
 */
export function comparedBuilds(changes: ComparedChanges): string {
  const now = changes.built ? `this build (${builtAt(changes.built.at)})` : "this build";
  const before = changes.previous.builtAt;
  return before === undefined
    ? `Compares ${now} with the graph.json it replaced, which has no build time recorded with it (built by an ` +
        "older panelgraph, or copied in without its graph.changes.json)."
    : `Compares ${now} with the one before it (${builtAt(before)}), by the times the builds recorded.`;
}

const FIELD_NAMES: Record<ChangedNode["changes"][number]["field"], string> = {
  label: "name",
  aliases: "also called",
  roles: "role",
  facts: "fact",
};

const EDGE_FIELD_NAMES: Record<ChangedEdgeAttributes["changes"][number]["field"], string> = {
  roles: "Role",
  current_role: "Current role",
  periods: "Period",
  ended: "Ended",
  link: "Link",
};

/**
 * "Role: Chair (a) → Vice Chair (a) (Ivo Marsh → Levee Agency)", as `panelgraph diff` lists the values; a value that
 * only appears is "added" ("Current role added: Director (…)"), one that only goes is "removed".
 */
export function edgeAttributeLine(
  e: Pick<ChangedEdgeAttributes, "from" | "to">,
  { field, removed, added }: ChangedEdgeAttributes["changes"][number],
): string {
  const name = EDGE_FIELD_NAMES[field];
  const values =
    removed.length === 0
      ? `${name} added: ${added.join("; ")}`
      : added.length === 0
        ? `${name} removed: ${removed.join("; ")}`
        : `${name}: ${removed.join("; ")} → ${added.join("; ")}`;
  return `${values} (${e.from.label} → ${e.to.label})`;
}

const CONFLICT_KINDS = { new: "New conflict", changed: "Conflict changed", resolved: "Conflict resolved" } as const;

/** "Conflict resolved: Ivo Marsh's role at Levee Agency", as `panelgraph conflicts` names where a conflict is. */
export function conflictLine(kind: keyof typeof CONFLICT_KINDS, c: ChangedConflict): string {
  const where = c.organisation ? `${c.field} at ${c.organisation.label}` : c.field;
  return `${CONFLICT_KINDS[kind]}: ${c.entity.label}'s ${where}`;
}

/**
 * "2 nodes and 3 connections added, 1 node merged into another, 1 node changed, 1 connection with passages added or
 * removed, nothing removed."
 */
/** What changed on connections, in words: "roles", "dates" (an affiliation's periods or end), "links", or several. */
function edgeFieldsChanged(edges: GraphChanges["edgeAttributes"]): string {
  const fields = new Set(edges.flatMap((e) => e.changes.map((c) => c.field)));
  const words = [
    fields.has("roles") || fields.has("current_role") ? "roles" : "",
    fields.has("periods") || fields.has("ended") ? "dates" : "",
    fields.has("link") ? "links" : "",
  ].filter(Boolean);
  return words.length > 0 ? words.join(" or ") : "roles";
}

export function changesSummary(changes: GraphChanges): string {
  if (changeCount(changes) === 0) return "Nothing changed in the nodes, connections, roles or sources.";
  const { nodes, sources, renamed, merged, edges, attributes, evidence, edgeAttributes, conflicts } = changes;
  const both = (n: number, e: number) =>
    [n > 0 ? count(n, "node") : "", e > 0 ? count(e, "connection") : ""].filter(Boolean).join(" and ");
  const added = both(nodes.added.length + sources.added.length, edges.added.length);
  const removed = both(nodes.removed.length + sources.removed.length, edges.removed.length);
  const parts = [
    added ? `${added} added` : "",
    renamed.length > 0 ? `${count(renamed.length, "node")} renamed` : "",
    merged.length > 0
      ? `${count(merged.length, "node")} merged into ${merged.length === 1 ? "another" : "others"}`
      : "",
    attributes.length > 0 ? `${count(attributes.length, "node")} changed` : "",
    evidence.length > 0 ? `${count(evidence.length, "connection")} with passages added or removed` : "",
    edgeAttributes.length > 0
      ? `${count(edgeAttributes.length, "connection")} with ${edgeFieldsChanged(edgeAttributes)} changed`
      : "",
    conflicts.added.length > 0 ? `${count(conflicts.added.length, "new conflict")}` : "",
    conflicts.changed.length > 0 ? `${count(conflicts.changed.length, "conflict")} changed` : "",
    conflicts.removed.length > 0 ? `${count(conflicts.removed.length, "conflict")} resolved` : "",
    removed ? `${removed} removed` : "nothing removed",
  ].filter(Boolean);
  const text = parts.join(", ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function createChangesPanel(
  graph: PanelGraph,
  changes: Changes | null,
  store: ViewStore,
  actions: ChangesActions,
  signal: AbortSignal,
): ChangesPanel {
  const section = byId("changes");
  const toggle = byId<HTMLInputElement>("changes-toggle");
  const list = byId("changes-list");
  section.hidden = changes === null;
  if (changes === null) return { sync: () => undefined };
  const { recorded } = changes;
  const since = byId("changes-since");
  if (changes.unchanged) return unchangedPanel(section, since, recorded.previous.builtAt);
  const previous = recorded.previous.builtAt;
  since.replaceChildren(
    ...(previous === undefined
      ? ["Changed since the previous build"]
      : ["Changed since ", h("time", { text: builtAt(previous), attrs: { datetime: previous } })]),
  );
  byId("changes-summary").textContent = changesSummary(recorded);
  byId("changes-compared").textContent = comparedBuilds(recorded);
  toggle.addEventListener("change", () => store.update({ changes: toggle.checked }), { signal });

  let shownFor = "";
  return {
    sync(state) {
      toggle.checked = state.changes;
      list.hidden = !state.changes;
      // Node buttons carry the colour mode's swatch: drawn again when it changes.
      const key = state.changes ? state.colourBy : "";
      if (key === shownFor) return;
      shownFor = key;
      list.replaceChildren(...(state.changes ? changeGroups(graph, recorded, state, actions) : []));
    },
  };
}

/**
 * A build with nothing to compare (a first one, or `serve` over one with a rebuild that changed nothing): no control,
 * but `?changes=1` (a link, a reload) says so rather than showing nothing.
 */
function unchangedPanel(section: HTMLElement, since: HTMLElement, at: string | undefined): ChangesPanel {
  byId("changes-toggle").hidden = true;
  byId("changes-summary").hidden = true;
  byId("changes-compared").hidden = true;
  since.replaceChildren(
    ...(at === undefined
      ? ["No changes since the last build"]
      : ["No changes since ", h("time", { text: builtAt(at), attrs: { datetime: at } })]),
  );
  return { sync: (state) => void (section.hidden = !state.changes) };
}

function group(title: string, n: number, items: HTMLElement[]): HTMLElement | null {
  if (n === 0) return null;
  return h(
    "section",
    { className: "change-group" },
    h("h3", { text: `${title} (${n.toLocaleString("en-GB")})` }),
    h("ul", {}, ...items),
  );
}

function changeGroups(graph: PanelGraph, changes: GraphChanges, state: ViewState, actions: ChangesActions) {
  const node = (n: NodeRef, ...rest: Child[]) =>
    h(
      "li",
      { className: "change" },
      graph.hasNode(n.id) ? nodeButton(graph, n.id, state.colourBy, actions.select) : n.label,
      h("span", { className: "meta", text: ` · ${n.type}` }),
      ...rest,
    );
  const gone = (n: NodeRef) =>
    h(
      "li",
      { className: "change removed" },
      h("span", { text: n.label }),
      h("span", { className: "meta", text: ` · ${n.type}` }),
    );
  const connection = (e: ChangedEdge | ChangedEvidence, detail: string) => {
    const text = `${e.from.label} ${relationPhrase(e.relation)} ${e.to.label}`;
    const item = h("li", { className: "change" });
    if (graph.hasEdge(e.id)) {
      const button = h("button", { className: "edge-link", text, attrs: { type: "button" } });
      button.dataset.edge = e.id;
      button.addEventListener("click", () => actions.showEdge(e.id, e.from.id));
      item.append(button);
    } else item.append(h("span", { text }));
    if (detail) item.append(h("span", { className: "meta", text: ` · ${detail}` }));
    return item;
  };
  const fromSources = (sources: string[]) => (sources.length > 0 ? `from ${sources.join(", ")}` : "");
  const changed = (n: ChangedNode) =>
    node(
      n,
      h(
        "ul",
        { className: "change-details" },
        ...n.changes.flatMap(({ field, removed, added }) => [
          ...removed.map((value) =>
            h("li", { className: "was", text: `− ${FIELD_NAMES[field]}: ${value}`, attrs: { title: "before" } }),
          ),
          ...added.map((value) =>
            h("li", { className: "now", text: `+ ${FIELD_NAMES[field]}: ${value}`, attrs: { title: "now" } }),
          ),
        ]),
      ),
    );
  const passages = (e: ChangedEvidence) =>
    [
      e.added > 0 ? `+${count(e.added, "passage")}` : "",
      e.removed > 0 ? `−${count(e.removed, "passage")}` : "",
      fromSources(e.sources),
    ]
      .filter(Boolean)
      .join(" ");
  const rename = ({ from, to }: NodeRename) =>
    node(
      to,
      h("span", {
        className: "meta",
        text: ` · renamed from ${from.label === to.label ? "" : `${from.label}, `}${from.id}`,
      }),
    );
  // "Ada Parks merged into Ada Park": the kept node a button, as a renamed one is; the connections the two had
  // (the merge made them the kept node's own) listed under it, as text: the graph has them no more.
  const merge = ({ from, into, connections }: MergedNode) =>
    h(
      "li",
      { className: "change" },
      h("span", { text: `${from.label} merged into ` }),
      graph.hasNode(into.id) ? nodeButton(graph, into.id, state.colourBy, actions.select) : into.label,
      h("span", {
        className: "meta",
        text: ` · ${into.type}${from.label === into.label ? `, was ${from.id}` : ""}${
          connections.length > 0 ? `, with their ${connections.length === 1 ? "connection" : "connections"}:` : ""
        }`,
      }),
      connections.length > 0
        ? h(
            "ul",
            { className: "change-details" },
            ...connections.map((e) =>
              h("li", {
                text: `${e.from.label} ${relationPhrase(e.relation)} ${e.to.label}${
                  e.sources.length > 0 ? ` · ${fromSources(e.sources)}` : ""
                }`,
              }),
            ),
          )
        : null,
    );
  // A button to the connection, or its text when the graph has it no more, as `connection` above.
  const edgeLink = (id: string, from: string, text: string) => {
    if (!graph.hasEdge(id)) return h("span", { text });
    const button = h("button", { className: "edge-link", text, attrs: { type: "button" } });
    button.dataset.edge = id;
    button.addEventListener("click", () => actions.showEdge(id, from));
    return button;
  };
  const edgeAttribute = (e: ChangedEdgeAttributes) =>
    e.changes.map((change) =>
      h("li", { className: "change" }, edgeLink(e.id, e.from.id, edgeAttributeLine(e, change))),
    );
  const conflict = (kind: keyof typeof CONFLICT_KINDS) => (c: ChangedConflict | AlteredConflict) => {
    const text = conflictLine(kind, c);
    const item = h("li", { className: "change" });
    if (graph.hasNode(c.entity.id)) {
      const button = h("button", { className: "edge-link", text, attrs: { type: "button" } });
      button.dataset.node = c.entity.id;
      button.addEventListener("click", () => actions.select(c.entity.id));
      item.append(button);
    } else item.append(h("span", { text }));
    // A conflict still open whose readings changed: how it read before, then now.
    const before = "previousReadings" in c ? `${c.previousReadings.join(" / ")} → ` : "";
    item.append(h("span", { className: "meta", text: ` · ${before}${c.readings.join(" / ")}` }));
    return item;
  };
  const { nodes, sources, renamed, merged, edges, attributes, evidence, edgeAttributes, conflicts } = changes;
  const roleLines = edgeAttributes.flatMap(edgeAttribute);
  return [
    group(
      "Sources added",
      sources.added.length,
      sources.added.map((n) => node(n)),
    ),
    group(
      "Nodes added",
      nodes.added.length,
      nodes.added.map((n) => node(n)),
    ),
    group(
      "Connections added",
      edges.added.length,
      edges.added.map((e) => connection(e, fromSources(e.sources))),
    ),
    group("Renamed", renamed.length, renamed.map(rename)),
    group("Merged", merged.length, merged.map(merge)),
    group("Changed", attributes.length, attributes.map(changed)),
    group(
      "Passages added or removed",
      evidence.length,
      evidence.map((e) => connection(e, passages(e))),
    ),
    group("Roles changed", roleLines.length, roleLines),
    group("New conflicts", conflicts.added.length, conflicts.added.map(conflict("new"))),
    group("Conflicts changed", conflicts.changed.length, conflicts.changed.map(conflict("changed"))),
    group("Conflicts resolved", conflicts.removed.length, conflicts.removed.map(conflict("resolved"))),
    group("Sources removed", sources.removed.length, sources.removed.map(gone)),
    group("Nodes removed", nodes.removed.length, nodes.removed.map(gone)),
    group(
      "Connections removed",
      edges.removed.length,
      edges.removed.map((e) => connection(e, fromSources(e.sources))),
    ),
  ].filter((g): g is HTMLElement => g !== null);
}
