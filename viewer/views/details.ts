// The selected node's panel: what it is, its facts, and every connection grouped by relation, each with the passages
// behind it. The connection lists are plain text lists, so a screen reader gets the whole neighbourhood as text.
import { nodePassages } from "../../src/model/evidence.ts";
import type { EdgeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { dateInWords } from "../../src/model/dates.ts";
import { affiliationEdgeEnd, currentRole, roleStory, titlesOf } from "../../src/model/roles.ts";
import { speakerCountsNote } from "../../src/query/who-spoke-on.ts";
import type { ColourMode, PassageRef } from "../core/state.ts";
import { inDates } from "../core/visible.ts";
import { count, h, safeUrl } from "./dom.ts";
import { evidenceList, repairsNotice } from "./evidence-list.ts";
import { nodeButton } from "./node-button.ts";
import { originalLink } from "./reader.ts";
import { sessionNeeds, sessionView } from "./session.ts";
import {
  nodeLabel,
  relationHeading,
  relationOrder,
  sourceDateIn,
  linkWordings,
  sourceTitle,
  titleSources,
  typeLine,
} from "./words.ts";

export interface DetailActions {
  select(node: string): void;
  openEdge(edge: string): void;
  openPassage(passage: PassageRef): void;
}

interface Connection {
  edge: string;
  attributes: EdgeAttributes;
  other: string;
  direction: "out" | "in";
}

/**
 * An affiliation the sources end without giving a role ("left the group on 2 November 2026": `until` on a claim
 * without `role`, model/roles.ts affiliationEdgeEnd): `until 2 November 2026 (Source) ended`, or null while it holds.
 */
function endedLine(graph: PanelGraph, attributes: EdgeAttributes): HTMLElement | null {
  const until = affiliationEdgeEnd(attributes, sourceDateIn(graph));
  if (until === undefined) return null;
  const periods = attributes.periods ?? [];
  const sources = [...new Set(periods.filter((p) => p.until === until).map((p) => sourceTitle(graph, p.source)))];
  const line = h("p", { className: "roles" });
  line.append(
    h("span", { className: "role-period", text: `until ${dateInWords(until)}` }),
    ` (${sources.join(", ")}) `,
  );
  line.append(h("span", { className: "role-ended", text: "ended" }));
  line.title = "No role given; a source ends the affiliation then, and no later source gives it.";
  return line;
}

/** A linked-to connection's wording, as each source gives it: "retained (News page); has retained (Release)". */
function linksLine(graph: PanelGraph, attributes: EdgeAttributes): HTMLElement | null {
  const links = attributes.links ?? [];
  if (links.length === 0) return null;
  const line = h("p", { className: "links" });
  linkWordings(graph, links).forEach(({ link, sources }, i) => {
    if (i > 0) line.append("; ");
    line.append(h("strong", link), ` (${sources})`);
  });
  return line;
}

function rolesLine(graph: PanelGraph, attributes: EdgeAttributes): HTMLElement | null {
  const roles = attributes.roles ?? [];
  if (roles.length === 0) return endedLine(graph, attributes);
  const dateOf = sourceDateIn(graph);
  // Each title once (with its dates), with every source that gives it, one spelling a title (titlesOf); earliest
  // first, an undated one at its source's date, so a change of post reads in order (src/model/roles.ts).
  const titles = titlesOf(roles, dateOf);
  // Which title is held now (currentRole, as the exports' current_role): marked where there is more than one to tell.
  const current = titles.length > 1 ? currentRole(roles, dateOf) : undefined;
  const line = h("p", { className: "roles" });
  titles.forEach((title, i) => {
    if (i > 0) line.append("; ");
    line.append(h("strong", title.role));
    if (title.period !== undefined) line.append(", ", h("span", { className: "role-period", text: title.period }));
    line.append(` (${titleSources(graph, title)})`);
    if (current !== undefined && title.claims.includes(current))
      line.append(" ", h("span", { className: "role-current", text: "current" }));
  });
  const story = roleStory(roles, dateOf);
  if (story === "conflict") {
    line.append(" ", h("span", { className: "conflict", text: "sources disagree" }));
    line.title = "The sources give different roles that can have held at the same time; each is shown with its source.";
  } else if (story === "succession") {
    line.append(" ", h("span", { className: "succession", text: "a change of post" }));
    line.title = "The roles' dates put them one after another: a change of post, not a disagreement.";
  }
  return line;
}

/** What a node's panel reads beyond a lean graph: its connections (a session's page, more: views/session.ts). */
export function panelNeeds(graph: PanelGraph, id: string): { connectionsOf: string[]; nodes: string[] } {
  return graph.getNodeAttribute(id, "type") === "session"
    ? sessionNeeds(graph, id)
    : { connectionsOf: [id], nodes: [] };
}

/** "3 passages and 1 connection outside the dates shown": what the date range leaves out of a panel, or null. */
export function outsideNote(passages: number, connections = 0, facts = 0): HTMLElement | null {
  const parts = [
    ...(passages > 0 ? [count(passages, "passage")] : []),
    ...(connections > 0 ? [count(connections, "connection")] : []),
    ...(facts > 0 ? [count(facts, "fact")] : []),
  ];
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return h("p", {
    className: "meta outside-dates",
    attrs: { role: "note" },
    text: `${listed} from sources outside the dates shown, not listed here: clear the date range to see them.`,
  });
}

export function renderDetails(
  container: HTMLElement,
  title: HTMLElement,
  graph: PanelGraph,
  id: string,
  mode: ColourMode,
  actions: DetailActions,
  /** The passages, facts and texts are still on their way (a large graph's lean first load): say so in their place. */
  loading = false,
  /**
   * The sources the date range hides (core/visible.ts sourcesOutsideDates): their passages, roles and facts are left
   * out of the panel, as their edges are out of the picture, and counted in a note. A source's own panel and a
   * session's page show everything.
   */
  outsideDates: ReadonlySet<string> = new Set(),
): void {
  const node = graph.getNodeAttributes(id);
  title.textContent = node.label;
  const body: Node[] = [];
  const outside = node.type === "source" || node.type === "session" ? new Set<string>() : outsideDates;

  const connections: Connection[] = [];
  let connectionsOutside = 0;
  const add = (edge: string, all: EdgeAttributes, other: string, direction: Connection["direction"]) => {
    // A connection resting only on sources outside the range is out of the picture: counted, not listed.
    if (all.sources.length > 0 && all.sources.every((s) => outside.has(s))) connectionsOutside++;
    else connections.push({ edge, attributes: inDates(all, outside), other, direction });
  };
  graph.forEachOutEdge(id, (edge, attributes, _, target) => add(edge, attributes, target, "out"));
  graph.forEachInEdge(id, (edge, attributes, source) => add(edge, attributes, source, "in"));
  // The node's evidence as the exports count it (evidence_count): a sentence behind two of its claims is one passage.
  const all = nodePassages(graph, id);
  const passages = all.filter((p) => !outside.has(p.evidence.source)).length;
  const facts = node.facts.filter((f) => !outside.has(f.source));
  body.push(
    h(
      "p",
      { className: "meta" },
      typeLine(node.type, node.kind),
      // The community's number as the exports (GEXF, CSV) give it.
      node.community === undefined ? "" : ` · community ${node.community}`,
      ` · ${count(connections.length, "connection")} · ${loading ? "loading the passages…" : count(passages, "passage")}`,
    ),
  );
  const note = loading
    ? null
    : outsideNote(all.length - passages, connectionsOutside, node.facts.length - facts.length);
  if (note) body.push(note);
  if (loading)
    body.push(h("p", { className: "meta loading", attrs: { role: "status" }, text: "Loading the passages…" }));
  if (node.description) body.push(h("p", node.description));
  if (node.text && node.type !== "source") body.push(h("p", { className: "statement", text: node.text }));

  if (node.type === "source") {
    const facts = [node.publisher, node.date, node.kind?.replace(/-/g, " ")].filter(Boolean).join(" · ");
    if (facts) body.push(h("p", { className: "meta", text: facts }));
    const url = safeUrl(node.url);
    if (url) {
      body.push(h("p", {}, h("a", { text: url, attrs: { href: url, rel: "noopener noreferrer", target: "_blank" } })));
    } else if (node.origin) body.push(h("p", { className: "meta", text: `From ${node.origin}` }));
    const repaired = repairsNotice(id, node, originalLink(node));
    if (repaired) body.push(repaired);
    const read = h("button", { className: "primary", text: "Read the source text", attrs: { type: "button" } });
    read.addEventListener("click", () => actions.openPassage({ source: id, start: 0, end: 0 }));
    body.push(read);
  }

  // A session's page: what `panelgraph query session` answers (views/session.ts), with the facts of it and its event.
  const session = node.type === "session" && !loading ? sessionView(graph, id, mode, actions) : null;
  if (session) body.push(session);

  if (facts.length > 0 && !session) {
    body.push(h("h3", "Facts"));
    const list = h("ul", { className: "facts" });
    for (const fact of facts) {
      list.append(
        h(
          "li",
          {},
          h("strong", `${fact.name}: `),
          fact.value,
          h("span", { className: "meta", text: ` (${sourceTitle(graph, fact.source)})` }),
          evidenceList(graph, fact.evidence, actions.openPassage, { limit: 2 }),
        ),
      );
    }
    body.push(list);
  }

  const groups = new Map<string, Connection[]>();
  connections
    .sort(
      (a, b) =>
        relationOrder(a.attributes.relation) - relationOrder(b.attributes.relation) ||
        a.attributes.relation.localeCompare(b.attributes.relation) ||
        (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) ||
        nodeLabel(graph, a.other).localeCompare(nodeLabel(graph, b.other)) ||
        a.edge.localeCompare(b.edge),
    )
    .forEach((c) => {
      const key = `${c.attributes.relation}\u0000${c.direction}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(c);
    });

  const section = h("section", { className: "connections", attrs: { "aria-label": `Connections of ${node.label}` } });
  for (const list of groups.values()) {
    const first = list[0]!;
    const heading = relationHeading(first.attributes.relation, first.direction);
    section.append(h("h3", {}, heading, h("span", { className: "count", text: ` ${list.length}` })));
    // A theme's own speakers; "Who spoke on" and the CLI count its sub-themes' too: say both, by their one rule.
    const counted =
      node.type === "theme" && first.attributes.relation === "spoke-on" && first.direction === "in"
        ? speakerCountsNote(graph, id)
        : null;
    if (counted)
      section.append(h("p", { className: "meta speaker-counts", text: `${counted} (as “Who spoke on” counts).` }));
    const items = h("ul", { className: "connection-list" });
    for (const c of list) {
      const item = h("li", { className: "connection" });
      item.dataset.edge = c.edge;
      const evidence = c.attributes.evidence;
      const drawer = h("button", {
        className: "link passages",
        text: loading ? "passages" : evidence.length === 0 ? "registry" : count(evidence.length, "passage"),
        attrs: { type: "button", "aria-label": `Evidence for ${heading}: ${nodeLabel(graph, c.other)}` },
      });
      drawer.addEventListener("click", () => actions.openEdge(c.edge));
      item.append(h("div", { className: "connection-head" }, nodeButton(graph, c.other, mode, actions.select), drawer));
      const roles = rolesLine(graph, c.attributes);
      if (roles) item.append(roles);
      const links = linksLine(graph, c.attributes);
      if (links) item.append(links);
      for (const note of c.attributes.notes ?? []) item.append(h("p", { className: "note", text: note }));
      if (evidence.length > 0) {
        item.append(
          evidenceList(graph, evidence, actions.openPassage, { limit: 2, more: () => actions.openEdge(c.edge) }),
        );
      }
      items.append(item);
    }
    section.append(items);
  }
  if (connections.length === 0) section.append(h("p", { className: "meta", text: "No connections." }));
  // Under a session's page its connections stay one click away, folded: the page above says what they mean.
  if (session) {
    body.push(
      h(
        "details",
        { className: "all-connections" },
        h("summary", `All its connections (${connections.length}), by relation`),
        section,
      ),
    );
  } else body.push(section);
  container.replaceChildren(...body);
}
