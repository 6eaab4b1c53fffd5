// The source reader: a source's full (repaired) text with one passage highlighted and scrolled into view. The text
// goes in as three text nodes (before, passage, after), so offsets are the evidence's own UTF-16 offsets.
import type { PanelGraph } from "../../src/model/graph.ts";
import { lineOf } from "../../src/query/evidence.ts";
import type { PassageRef } from "../core/state.ts";
import { h } from "./dom.ts";

export function renderReader(
  container: HTMLElement,
  title: HTMLElement,
  graph: PanelGraph,
  passage: PassageRef,
): HTMLElement | null {
  const source = graph.hasNode(passage.source) ? graph.getNodeAttributes(passage.source) : undefined;
  title.textContent = source?.label ?? passage.source;
  const text = source?.text;
  if (text === undefined) {
    container.replaceChildren(h("p", { className: "meta", text: "This graph holds no text for this source." }));
    return null;
  }
  const start = Math.max(0, Math.min(passage.start, text.length));
  const end = Math.max(start, Math.min(passage.end, text.length));
  const facts = [source?.publisher, source?.date, source?.kind?.replace(/-/g, " ")].filter(Boolean).join(" · ");
  const line = lineOf(graph, { source: passage.source, start });
  const where = end > start ? `Passage at line ${line ?? "?"}, characters ${start}–${end}` : "Whole text";
  const mark = h("mark", { attrs: { id: "reader-mark" }, text: text.slice(start, end) });
  const body = h(
    "div",
    { className: "source-text", attrs: { tabindex: "0", "aria-label": `Text of ${source?.label ?? passage.source}` } },
    text.slice(0, start),
    end > start ? mark : null,
    text.slice(end),
  );
  container.replaceChildren(h("p", { className: "meta", text: [facts, where].filter(Boolean).join(" · ") }), body);
  return end > start ? mark : null;
}
