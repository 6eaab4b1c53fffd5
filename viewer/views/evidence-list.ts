// A list of evidence passages: each quote is a button that opens the source text at that passage.
import type { PanelGraph } from "../../src/model/graph.ts";
import { lineOf, pagesLabel, pagesOf } from "../../src/query/evidence.ts";
import type { PassageRef } from "../core/state.ts";
import { h } from "./dom.ts";
import { kindName, sourceTitle } from "./words.ts";

export interface Passage extends PassageRef {
  quote: string;
  kind: string;
}

export function evidenceMeta(graph: PanelGraph, e: Passage): string {
  const line = lineOf(graph, e);
  const pages = pagesOf(graph, e);
  const where = (line === undefined ? "" : ` · line ${line}`) + (pages === undefined ? "" : ` · ${pagesLabel(pages)}`);
  return `${kindName(e.kind)} · ${sourceTitle(graph, e.source)}${where} · characters ${e.start}–${e.end}`;
}

export function evidenceList(
  graph: PanelGraph,
  evidence: readonly Passage[],
  open: (passage: PassageRef) => void,
  options: { limit?: number; more?: () => void } = {},
): HTMLElement {
  const { limit = Infinity, more } = options;
  const list = h("ul", { className: "evidence" });
  for (const e of evidence.slice(0, limit)) {
    const quote = h(
      "button",
      { className: `quote kind-${e.kind}`, attrs: { type: "button", "data-source": e.source } },
      h("q", { text: e.quote }),
      h("span", { className: "meta", text: evidenceMeta(graph, e) }),
    );
    quote.dataset.start = String(e.start);
    quote.dataset.end = String(e.end);
    quote.title = "Show this passage in the source";
    quote.addEventListener("click", () => open({ source: e.source, start: e.start, end: e.end }));
    list.append(h("li", {}, quote));
  }
  if (evidence.length > limit) {
    const rest = evidence.length - limit;
    const button = h("button", {
      className: "link more",
      text: `${rest} more passage${rest === 1 ? "" : "s"}…`,
      attrs: { type: "button" },
    });
    // Without a place to show them all, the remaining passages open in place.
    button.addEventListener("click", () => (more ? more() : list.replaceWith(evidenceList(graph, evidence, open))));
    list.append(h("li", {}, button));
  }
  return list;
}
