// A list of evidence passages: each quote is a button that opens the source text at that passage.
import type { NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { lineOf, pagesLabel, pagesOf } from "../../src/query/evidence.ts";
import type { PassageRef } from "../core/state.ts";
import { count, h } from "./dom.ts";
import { kindName, sourceTitle } from "./words.ts";

export interface Passage extends PassageRef {
  quote: string;
  kind: string;
}

export function evidenceMeta(graph: PanelGraph, e: Passage): string {
  const line = lineOf(graph, e);
  const pages = pagesOf(graph, e);
  const where = (line === undefined ? "" : ` · line ${line}`) + (pages === undefined ? "" : ` · ${pagesLabel(pages)}`);
  return `${kindName(e.kind)} · ${sourceTitle(graph, e.source)}${where} · characters ${e.start}–${e.end}${repairedNote(graph, e)}`;
}

/** How many of the passage's characters the loader repaired (the source's `repaired` offsets inside it). */
export function repairedIn(graph: PanelGraph, e: PassageRef): number {
  const offsets = graph.hasNode(e.source) ? graph.getNodeAttribute(e.source, "repaired") : undefined;
  return (offsets ?? []).filter((offset) => offset >= e.start && offset < e.end).length;
}

/** " · 1 punctuation mark repaired (damaged in the file)" for a passage that holds repaired characters, else "". */
function repairedNote(graph: PanelGraph, e: PassageRef): string {
  const n = repairedIn(graph, e);
  return n === 0 ? "" : ` · ${count(n, "punctuation mark")} repaired (damaged in the file)`;
}

/**
 * "Punctuation repaired: 36 characters …": what a source's text shows that its file does not, for the reader and the
 * source's panel; null for a source the loader did not repair.
 */
export function repairsNotice(source: NodeAttributes, originalLink: Node | null): HTMLElement | null {
  const n = source.repairs ?? 0;
  if (n === 0) return null;
  return h(
    "p",
    { className: "meta repairs", attrs: { role: "note" } },
    `Punctuation repaired: ${count(n, "character")} of the file, damaged, shown here as ’ “ ” or – from their context; ` +
      "the file in the corpus folder's sources/ is kept as it was",
    ...(originalLink ? [" (original file: ", originalLink, ")"] : []),
    ".",
  );
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
