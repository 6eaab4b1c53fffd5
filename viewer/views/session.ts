// A session's page in the node panel: what `panelgraph query session` answers, from the same function
// (src/query/session.ts `describeSession`, on src/analysis/sessions.ts), so the viewer and the CLI cannot disagree:
// its event and dates, its chair and panel with the titles its own sources give, a table of its themes in the order
// of its agenda (a row opens the passages behind each claim), the panel's conclusions, its recommendations and the sources that report it.
import type { PanelGraph } from "../../src/model/graph.ts";
import { periodText } from "../../src/model/roles.ts";
import { mergeEvidence } from "../../src/query/evidence.ts";
import { describeSession, themeStanding, type SessionAnswer } from "../../src/query/session.ts";
import type { EvidenceItem } from "../../src/query/types.ts";
import type { ColourMode, PassageRef } from "../core/state.ts";
import { count, h } from "./dom.ts";
import { evidenceList } from "./evidence-list.ts";
import { nodeButton } from "./node-button.ts";
import { sourceTitle } from "./words.ts";

export interface SessionActions {
  select(node: string): void;
  openPassage(passage: PassageRef): void;
}

/** What the page reads beyond a lean graph (graph.view.json): whose connections and whole attributes it needs. */
export interface SessionNeeds {
  /** The session and its chair and panellists: their edges' passages (themes, titles, recommendations). */
  connectionsOf: string[];
  /** Its events (their facts), the findings it states and the recommendations of it and its people (their text). */
  nodes: string[];
}

const PEOPLE = new Set(["panellist-in", "chaired"]);

/** From the graph's topology alone, which the lean graph has: so the view can wait for exactly what it reads. */
export function sessionNeeds(graph: PanelGraph, session: string): SessionNeeds {
  const people = new Set<string>();
  graph.forEachInEdge(session, (_, a, person) => {
    if (PEOPLE.has(a.relation)) people.add(person);
  });
  const nodes = new Set<string>();
  for (const maker of [session, ...people]) {
    graph.forEachOutEdge(maker, (_, a, __, target) => {
      if (a.relation === "part-of" || a.relation === "recommends" || a.relation === "states") nodes.add(target);
    });
  }
  return { connectionsOf: [session, ...people], nodes: [...nodes] };
}

/**
 * An item of the page with its passages folded: `head` on the first line with an “N passages” button at its end,
 * which opens the passages under the item (built when first opened; the page stays short on a phone).
 */
function foldedItem(
  graph: PanelGraph,
  head: (Node | string | null)[],
  rest: (Node | null)[],
  evidence: readonly EvidenceItem[],
  open: (p: PassageRef) => void,
): HTMLLIElement {
  const line = h("div", { className: "connection-head" }, ...head);
  const item = h("li", {}, line, ...rest);
  if (evidence.length === 0) {
    line.append(h("span", { className: "passages meta", text: "registry" }));
    return item;
  }
  const toggle = h("button", {
    className: "link passages",
    text: count(evidence.length, "passage"),
    attrs: { type: "button", "aria-expanded": "false" },
  });
  let list: HTMLElement | null = null;
  toggle.addEventListener("click", () => {
    if (!list) item.append((list = evidenceList(graph, evidence, open)));
    else list.hidden = !list.hidden;
    toggle.setAttribute("aria-expanded", String(!list.hidden));
  });
  line.append(toggle);
  return item;
}

/** How long a source's title may be where it says which source gives a date or a title (the whole title on hover). */
const SOURCE_TITLE_MAX = 40;

/** "(Harbour report)" or "(2 sources)": which sources give it, short enough for a phone; their titles on hover. */
function sourcesNote(graph: PanelGraph, sources: string[], before: string, after: string): HTMLElement {
  const titles = sources.map((s) => sourceTitle(graph, s));
  const only = titles.length === 1 ? [...titles[0]!] : [];
  const short =
    titles.length !== 1
      ? count(titles.length, "source")
      : only.length <= SOURCE_TITLE_MAX
        ? titles[0]!
        : `${only.slice(0, SOURCE_TITLE_MAX - 1).join("")}…`;
  const note = h("span", { className: "meta", text: `${before}${short}${after}` });
  note.title = titles.join("\n");
  return note;
}

function eventsAndDates(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const list = h("ul", { className: "session-list session-events" });
  for (const event of answer.events) {
    const head = [h("span", {}, "Part of ", nodeButton(graph, event.id, mode, actions.select))];
    list.append(foldedItem(graph, head, [], event.evidence, actions.openPassage));
  }
  // One line a fact, its sources together: two sources giving the same date are one line, two dates are two.
  const facts = new Map<
    string,
    { fact: SessionAnswer["facts"][number]; sources: string[]; evidence: EvidenceItem[][] }
  >();
  for (const fact of answer.facts) {
    const key = JSON.stringify([fact.of.id, fact.name, fact.value]);
    const same = facts.get(key);
    if (same) {
      same.sources.push(fact.source);
      same.evidence.push(fact.evidence);
    } else facts.set(key, { fact, sources: [fact.source], evidence: [fact.evidence] });
  }
  for (const { fact, sources, evidence } of facts.values()) {
    const of =
      fact.of.id === answer.session.id ? "this session" : answer.events.length === 1 ? "its event" : fact.of.label;
    const head = h(
      "span",
      {},
      h("strong", `${fact.name.charAt(0).toUpperCase()}${fact.name.slice(1)}: `),
      fact.value,
      sourcesNote(graph, sources, ` · ${of} · `, ""),
    );
    const item = foldedItem(graph, [head], [], mergeEvidence(evidence), actions.openPassage);
    item.className = "session-fact";
    list.append(item);
  }
  if (list.childElementCount === 0) list.append(h("li", { className: "meta", text: "No event or date is recorded." }));
  return list;
}

function chairAndPanel(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const list = h("ul", { className: "session-list session-people" });
  for (const person of answer.people) {
    const titles = person.titles.map((title) =>
      h(
        "p",
        { className: "roles" },
        h("strong", title.role),
        `, ${title.organisation.label}`,
        // A dated title says when it held, as the person panel does: "Chair, Fenby Trust, since May 2023".
        periodText(title, true) === undefined ? "" : `, ${periodText(title, true)}`,
        sourcesNote(graph, title.sources, " (", ")"),
      ),
    );
    const head = [
      nodeButton(graph, person.id, mode, actions.select),
      h("span", { className: "session-role", text: person.roles.join(" and ") }),
    ];
    const item = foldedItem(graph, head, titles, person.evidence, actions.openPassage);
    item.dataset.node = person.id;
    list.append(item);
  }
  if (answer.people.length === 0)
    list.append(h("li", { className: "meta", text: "No chair or panellist is recorded." }));
  return list;
}

const CLAIM_WORDS: Record<SessionAnswer["themes"][number]["claims"][number]["relation"], string> = {
  "agreed-on": "The panel agreed on it",
  covers: "The session covered it",
  "spoke-on": "raised it",
};

/** The themes, one row each in the agenda's order; a row opens the passages of each claim behind it. */
function themesTable(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const body = h("tbody");
  answer.themes.forEach((theme, i) => {
    const id = `session-theme-${i + 1}`;
    const toggle = h("button", {
      className: "theme-toggle",
      text: theme.label,
      attrs: { type: "button", "aria-expanded": "false", "aria-controls": id },
    });
    const row = h(
      "tr",
      { className: "theme-row" },
      h("th", { attrs: { scope: "row" } }, toggle),
      h("td", { className: "standing", text: themeStanding(theme).join(", ") }),
      h("td", { className: "number", text: String(theme.speakers.length) }),
      h("td", { className: "number", text: String(theme.evidence.length) }),
    );
    row.dataset.theme = theme.id;
    if (theme.speakers.length > 0) row.cells[2]!.title = theme.speakers.map((s) => s.label).join(", ");
    const cell = h("td", { attrs: { colspan: "4" } });
    const detail = h("tr", { className: "theme-passages", attrs: { id } }, cell);
    detail.hidden = true;
    detail.dataset.theme = theme.id;
    // The whole row opens it (the button is its keyboard way and says whether it is open); built when first opened.
    row.addEventListener("click", () => {
      if (cell.childElementCount === 0) cell.append(...themeClaims(graph, theme, mode, actions));
      detail.hidden = !detail.hidden;
      toggle.setAttribute("aria-expanded", String(!detail.hidden));
      row.classList.toggle("open", !detail.hidden);
    });
    body.append(row, detail);
  });
  const header = h(
    "tr",
    {},
    h("th", { attrs: { scope: "col" }, text: "Theme" }),
    // Breaks at the slashes on a phone.
    h("th", { attrs: { scope: "col" }, text: "Agreed/\u200bcovered/\u200braised" }),
    h("th", {
      className: "number",
      attrs: { scope: "col", title: "How many of its panellists raised it" },
      text: "Panellists",
    }),
    h("th", { className: "number", attrs: { scope: "col" }, text: "Passages" }),
  );
  return h("table", { className: "session-themes" }, h("thead", {}, header), body);
}

function themeClaims(
  graph: PanelGraph,
  theme: SessionAnswer["themes"][number],
  mode: ColourMode,
  actions: SessionActions,
): Node[] {
  const parts: Node[] = [h("p", { className: "theme-link" }, nodeButton(graph, theme.id, mode, actions.select))];
  for (const claim of theme.claims) {
    const head =
      claim.relation === "spoke-on"
        ? h(
            "p",
            { className: "claim" },
            nodeButton(graph, claim.from.id, mode, actions.select),
            ` ${CLAIM_WORDS[claim.relation]}`,
          )
        : h("p", { className: "claim", text: CLAIM_WORDS[claim.relation] });
    head.dataset.relation = claim.relation;
    parts.push(head, evidenceList(graph, claim.evidence, actions.openPassage, { limit: 3 }));
  }
  return parts;
}

/** The findings it states and the themes its panel agreed on: the panel's, each with its passages and sources. */
function conclusionsList(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const list = h("ul", { className: "session-list session-conclusions" });
  for (const c of answer.conclusions) {
    const sources = [...new Set(c.evidence.map((e) => e.source))];
    const rest = [
      c.relation === "states" && c.text !== c.label ? h("p", { className: "statement", text: c.text }) : null,
      sources.length > 0
        ? h("p", {}, sourcesNote(graph, sources, "The panel's, a summary · ", ""))
        : h("p", { className: "meta", text: "The panel's (from the registry)" }),
    ];
    const head = [
      h("span", { className: "session-role", text: c.relation === "states" ? "Finding" : "Agreed on the theme" }),
      nodeButton(graph, c.id, mode, actions.select),
    ];
    const item = foldedItem(graph, head, rest, c.evidence, actions.openPassage);
    item.dataset.node = c.id;
    item.dataset.relation = c.relation;
    list.append(item);
  }
  return list;
}

function recommendationsList(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const list = h("ul", { className: "session-list session-recommendations" });
  for (const r of answer.recommendations) {
    const by = r.madeBy.map((m) => (m.id === answer.session.id ? "the panel" : m.label)).join(", ");
    const rest = [
      h("p", { className: "meta", text: `Made by ${by}` }),
      r.text !== r.label ? h("p", { className: "statement", text: r.text }) : null,
    ];
    const item = foldedItem(
      graph,
      [nodeButton(graph, r.id, mode, actions.select)],
      rest,
      r.evidence,
      actions.openPassage,
    );
    item.dataset.node = r.id;
    list.append(item);
  }
  return list;
}

function sourcesList(graph: PanelGraph, answer: SessionAnswer, mode: ColourMode, actions: SessionActions) {
  const list = h("ul", { className: "session-list session-sources" });
  for (const source of answer.sources) {
    list.append(
      h(
        "li",
        {},
        nodeButton(graph, source.id, mode, actions.select),
        source.date ? h("span", { className: "meta", text: ` · ${source.date}` }) : null,
      ),
    );
  }
  return list;
}

const heading = (text: string, n?: number) =>
  h("h3", {}, text, n === undefined ? null : h("span", { className: "count", text: ` ${n}` }));

/** The session's page: what `panelgraph query session <id>` prints, each claim with its passages. */
export function sessionView(
  graph: PanelGraph,
  session: string,
  mode: ColourMode,
  actions: SessionActions,
): HTMLElement {
  const answer = describeSession(graph, session);
  const view = h("section", {
    className: "session-view",
    attrs: { "aria-label": `What ${answer.session.label} discussed` },
  });
  view.append(
    h("p", {
      className: "meta",
      text:
        `From its own sources (${count(answer.sources.length, "source")}): a panellist's words count only where ` +
        "a source reporting this session carries them.",
    }),
    heading("Event and dates"),
    eventsAndDates(graph, answer, mode, actions),
    heading("Chair and panel", answer.people.length),
    chairAndPanel(graph, answer, mode, actions),
    heading("Themes", answer.themes.length),
  );
  if (answer.themes.length === 0) view.append(h("p", { className: "meta", text: "No theme is recorded for it." }));
  else {
    view.append(
      h("p", {
        className: "meta",
        text:
          "In the order of its agenda: agreed on by the panel, covered by the session, raised by more panellists. " +
          "A row opens the passages behind it.",
      }),
      themesTable(graph, answer, mode, actions),
    );
  }
  if (answer.conclusions.length > 0) {
    view.append(
      heading("The panel's conclusions", answer.conclusions.length),
      h("p", {
        className: "meta",
        text: "Stated of the panel as a whole (a summary), not any one person's words. Each opens its passages.",
      }),
      conclusionsList(graph, answer, mode, actions),
    );
  }
  if (answer.recommendations.length > 0) {
    view.append(
      heading("Recommendations", answer.recommendations.length),
      recommendationsList(graph, answer, mode, actions),
    );
  }
  view.append(heading("Sources that report it", answer.sources.length), sourcesList(graph, answer, mode, actions));
  return view;
}
