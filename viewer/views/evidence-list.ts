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
 * source's panel, with the file as published to download (publishedFileLink); null for a source the loader did not
 * repair.
 */
export function repairsNotice(id: string, source: NodeAttributes, originalLink: Node | null): HTMLElement | null {
  const n = source.repairs ?? 0;
  if (n === 0) return null;
  const published = publishedFileLink(id, source);
  return h(
    "p",
    { className: "meta repairs", attrs: { role: "note" } },
    `Punctuation repaired: ${count(n, "character")} of the file, damaged, shown here as ’ “ ” or – from their context` +
      (source.repaired?.length ? " and marked with a dotted underline" : "") +
      "; the file in the corpus folder's sources/ is kept as it was",
    ...(originalLink ? [" (original file: ", originalLink, ")"] : []),
    ...(published ? [": ", published, " (the file as published, byte for byte)"] : []),
    ".",
  );
}

/** The file's bytes, by source id, made once for the text they were made from. */
const publishedFiles = new Map<string, { text: string; url: string }>();

/**
 * A link that downloads the source's text file as the corpus has it, byte for byte: the text with the damaged
 * character back at each repaired offset, in the encoding the build checked against the file's sha256
 * (`fileEncoding`). Made from the graph alone, so it works on the static site as under `npm start`; null where the
 * graph cannot give the file back.
 */
export function publishedFileLink(id: string, source: NodeAttributes): HTMLAnchorElement | null {
  const { text, repaired, damagedCharacter, fileEncoding } = source;
  const damaged = /^U\+([0-9A-F]{4})$/u.exec(damagedCharacter ?? "")?.[1];
  if (text === undefined || !repaired?.length || damaged === undefined || fileEncoding === undefined) return null;
  let made = publishedFiles.get(id);
  if (made?.text !== text) {
    if (made) URL.revokeObjectURL(made.url);
    const character = String.fromCharCode(parseInt(damaged, 16));
    const parts: string[] = fileEncoding === "utf-8-bom" ? ["\ufeff"] : [];
    let from = 0;
    for (const at of repaired) {
      parts.push(text.slice(from, at), character);
      from = at + 1;
    }
    parts.push(text.slice(from));
    const blob = new Blob([new TextEncoder().encode(parts.join(""))], { type: "text/plain;charset=utf-8" });
    publishedFiles.set(id, (made = { text, url: URL.createObjectURL(blob) }));
  }
  return h("a", {
    className: "published-file",
    text: `${id}.txt`,
    attrs: {
      href: made.url,
      download: `${id}.txt`,
      title: `Download ${id}.txt as the corpus has it, with its ${count(repaired.length, "damaged character")} (${damagedCharacter})`,
    },
  });
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
