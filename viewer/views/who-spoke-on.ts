// "Who spoke on …": the CLI's answer (src/query/who-spoke-on.ts, same ranking), with each speaker's organisations,
// strength of evidence and quotes.
import type { PanelGraph } from "../../src/model/graph.ts";
import { EntityLookupError } from "../../src/query/errors.ts";
import type { MatchTier } from "../../src/query/match-names.ts";
import { findEntity, type Resolution } from "../../src/query/resolve-entity.ts";
import { countKinds } from "../../src/query/evidence.ts";
import { subThemesOf } from "../../src/query/sub-themes.ts";
import { speakerCountsNote, whoSpokeOn, type WhoSpokeOn } from "../../src/query/who-spoke-on.ts";
import { namesOf } from "../core/name-index.ts";
import type { ColourMode, PassageRef } from "../core/state.ts";
import { count, h } from "./dom.ts";
import { nodeButton } from "./node-button.ts";
import { evidenceList } from "./evidence-list.ts";
import { kindCount, kindName } from "./words.ts";

/** `found`: how the typed theme matched and what else it matches (src/query/resolve-entity.ts, as the CLI says it). */
export type Answer = { ok: true; answer: WhoSpokeOn; found: Resolution } | { ok: false; error: EntityLookupError };

export function answer(graph: PanelGraph, theme: string): Answer | null {
  if (theme.trim() === "") return null;
  try {
    const found = findEntity(graph, theme, { types: ["theme"], catalogue: namesOf(graph) });
    return { ok: true, answer: whoSpokeOn(graph, found.entity.id), found };
  } catch (error) {
    if (error instanceof EntityLookupError) return { ok: false, error };
    throw error;
  }
}

const SCORE_NAMES: Record<number, string> = { 3: "quoted directly", 2: "reported", 1: "in a summary" };

/** "8 direct quotes, 1 reported". */
function breakdown(evidence: Parameters<typeof countKinds>[0]): string {
  return Object.entries(countKinds(evidence))
    .filter(([, n]) => n > 0)
    .map(([k, n]) => kindCount(n, k))
    .join(", ");
}

export function renderWhoSpokeOn(
  container: HTMLElement,
  graph: PanelGraph,
  result: Answer | null,
  mode: ColourMode,
  actions: { select(node: string): void; openPassage(p: PassageRef): void; ask(theme: string): void },
): void {
  if (result === null) {
    container.replaceChildren();
    return;
  }
  if (!result.ok) {
    const { error } = result;
    const nodes: Node[] = [h("p", { className: "problem", attrs: { role: "alert" }, text: `${error.message}.` })];
    if (error.candidates.length > 0) {
      const list = h("ul", { className: "candidates" });
      for (const c of error.candidates) {
        const b = h("button", { className: "link", text: c.label, attrs: { type: "button" } });
        b.addEventListener("click", () => actions.ask(c.id));
        list.append(h("li", {}, b, h("span", { className: "meta", text: ` ${c.type} · ${c.id}` })));
      }
      nodes.push(h("p", { className: "meta", text: "Did you mean:" }), list);
    }
    container.replaceChildren(...nodes);
    return;
  }
  const { theme, speakers, panels } = result.answer;
  const subs = subThemesOf(graph, theme.id).map((id) => graph.getNodeAttribute(id, "label"));
  const counts = speakerCountsNote(graph, theme.id, `${theme.label} itself`);
  const summary = h(
    "p",
    { className: "answer-summary" },
    `${count(speakers.length, "person", "people")} spoke on `,
    h("strong", theme.label),
    subs.length > 0 ? ` and its sub-theme${subs.length === 1 ? "" : "s"} ${subs.join(", ")}` : "",
    " in their own words",
    counts ? ` (${counts})` : "",
    ". Ranked as the CLI ranks them: quoted directly, then reported; then by distinct statements.",
  );
  const matched = matchNote(result.found, actions.ask);
  const list = h("ol", { className: "speakers", attrs: { "aria-label": `Speakers on ${theme.label}` } });
  for (const speaker of speakers) {
    const item = h(
      "li",
      { className: "speaker" },
      h("div", { className: "connection-head" }, nodeButton(graph, speaker.id, mode, actions.select)),
      speaker.organisations.length > 0
        ? h("p", { className: "organisations", text: speaker.organisations.map((o) => o.label).join(", ") })
        : null,
      h(
        "p",
        { className: "meta" },
        `${SCORE_NAMES[speaker.score] ?? `score ${speaker.score}`} · ${count(speaker.statements, "statement")} in ${count(speaker.evidence.length, "passage")}: ${breakdown(speaker.evidence)}`,
      ),
      evidenceList(graph, speaker.evidence, actions.openPassage, { limit: 2 }),
    );
    item.dataset.node = speaker.id;
    list.append(item);
  }
  const parts: Node[] = [...matched, summary, list];
  if (panels.length > 0) {
    const panelList = h("ul", { className: "panels", attrs: { "aria-label": `Panels that agreed on ${theme.label}` } });
    for (const panel of panels) {
      const members = panel.members.map((m) =>
        h(
          "li",
          {},
          nodeButton(graph, m.id, mode, actions.select),
          m.spokeOnIt ? "" : h("span", { className: "meta", text: " not in their own words" }),
        ),
      );
      const item = h(
        "li",
        { className: "panel" },
        h("div", { className: "connection-head" }, nodeButton(graph, panel.id, mode, actions.select)),
        h("p", { className: "meta" }, `${kindName(panel.kind)} · ${count(panel.statements, "statement")}`),
        h("ul", { className: "members", attrs: { "aria-label": `Members of ${panel.label}` } }, ...members),
        evidenceList(graph, panel.evidence, actions.openPassage, { limit: 1 }),
      );
      item.dataset.node = panel.id;
      panelList.append(item);
    }
    parts.push(
      h("h3", { className: "panels-heading", text: "In a panel that agreed on it" }),
      h("p", {
        className: "meta",
        text: "A statement about the whole panel (“the panellists agreed …”), not each member's own words.",
      }),
      panelList,
    );
  }
  container.replaceChildren(...parts);
}

const TIER_WORDS: Record<MatchTier, string> = {
  id: "its id",
  exact: "name",
  "exact-plural": "the name, plural or singular",
  word: "whole word",
  prefix: "the start of a word",
  plural: "plural or singular",
  typo: "the nearest name, a letter or two off",
};

/** How a typed theme was matched, when not by its exact name, and the other themes it matches, each a link. */
function matchNote(found: Resolution, ask: (theme: string) => void): Node[] {
  const { match, alsoMatching, tied, others } = found;
  const nodes: Node[] = [];
  if (match.tier !== "id" && match.tier !== "exact") {
    const how = `Matched by ${TIER_WORDS[match.tier]}: “${match.name}”`;
    const equally = tied > 0 ? `; ${count(tied, "other theme matches", "other themes match")} as well` : "";
    nodes.push(h("p", { className: "meta match-note", text: `${how}${equally}.` }));
  }
  if (alsoMatching.length > 0) {
    const links = alsoMatching.map((m) => {
      const b = h("button", { className: "link", text: m.label, attrs: { type: "button", "data-theme": m.id } });
      b.addEventListener("click", () => ask(m.id));
      return h("li", {}, b);
    });
    const more =
      others > alsoMatching.length
        ? h("li", { className: "meta", text: `and ${others - alsoMatching.length} more` })
        : null;
    nodes.push(
      h(
        "div",
        { className: "meta also-matching-line" },
        "Also matching: ",
        h("ul", { className: "also-matching" }, ...links, more),
      ),
    );
  }
  return nodes;
}
