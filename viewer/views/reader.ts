// The source reader: a source's full (repaired) text with one passage highlighted and scrolled into view, and the
// other passages behind the current selection marked more lightly. The text goes in as text nodes split at the
// passages' offsets (the evidence's own UTF-16 offsets), so what is shown is exactly the source text.
import type { NodeAttributes, PanelGraph } from "../../src/model/graph.ts";
import { lineOf, pagesLabel, pagesOf } from "../../src/query/evidence.ts";
import type { PassageRef } from "../core/state.ts";
import { ORIGINALS_META } from "../../src/model/build-status.ts";
import { h, safeUrl } from "./dom.ts";
import { repairsNotice } from "./evidence-list.ts";

/** The text split into plain runs and marked runs; `others` may overlap each other and the passage. */
function segments(text: string, passage: { start: number; end: number }, others: { start: number; end: number }[]) {
  const marked = new Uint8Array(text.length);
  for (const o of others) marked.fill(1, Math.max(0, o.start), Math.min(text.length, o.end));
  marked.fill(2, passage.start, passage.end);
  const runs: { kind: number; start: number; end: number }[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && marked[i] === marked[from]) continue;
    runs.push({ kind: marked[from] ?? 0, start: from, end: i });
    from = i;
  }
  return runs;
}

/** What the reader says of a repaired character, on hover (its title) and to a screen reader (its description). */
export const repairedTitle = (damaged: string | undefined): string =>
  `repaired: the file has ${damaged ?? "a damaged character"} here`;

/** The id of the one description every repaired character of the reader points to (aria-describedby). */
const REPAIRED_NOTE = "reader-repaired-note";

/**
 * `text[start, end)` as nodes: text, and each repaired character (an offset in `repaired`, sorted) an <ins> marked
 * quietly, whose title says which character the file has there; focusable from the reader's "Next repaired
 * character", so the keyboard reaches what the pointer hovers.
 */
function textNodes(text: string, start: number, end: number, repaired: readonly number[], title: string): Node[] {
  const nodes: Node[] = [];
  let from = start;
  for (let i = countBelow(repaired, start); i < repaired.length && repaired[i]! < end; i++) {
    const at = repaired[i]!;
    if (at > from) nodes.push(document.createTextNode(text.slice(from, at)));
    nodes.push(
      h("ins", {
        className: "repaired",
        text: text[at]!,
        attrs: { title, tabindex: "-1", "aria-describedby": REPAIRED_NOTE, "data-offset": String(at) },
      }),
    );
    from = at + 1;
  }
  if (end > from) nodes.push(document.createTextNode(text.slice(from, end)));
  return nodes;
}

/** How many of the sorted `values` are below `at`. */
function countBelow(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "Next repaired character": moves the keyboard to the reader's next repaired character after the one it is on (after
 * the passage, the first time), round to the first, and scrolls it into view; its title is then shown beside it.
 */
function nextRepairedButton(container: HTMLElement): HTMLButtonElement {
  const next = h("button", {
    className: "link next-repaired",
    text: "Next repaired character",
    attrs: { type: "button", "aria-controls": "reader-body" },
  });
  next.addEventListener("click", () => {
    const all = [...container.querySelectorAll<HTMLElement>("ins.repaired")];
    if (all.length === 0) return;
    const current = container.querySelector<HTMLElement>("ins.repaired.current");
    const mark = container.querySelector<HTMLElement>("#reader-mark");
    let i = current ? all.indexOf(current) + 1 : 0;
    if (!current && mark) {
      const after = all.findIndex((r) => mark.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
      const inside = all.findIndex((r) => mark.contains(r));
      i = inside >= 0 ? inside : Math.max(0, after);
    }
    current?.classList.remove("current");
    const target = all[i % all.length]!;
    target.classList.add("current");
    target.focus({ preventScroll: true });
    // The reader scrolls, not the page (scrollIntoView would move every scrollable ancestor): #reader-body holds it.
    container.scrollTop = Math.max(0, target.offsetTop - (container.clientHeight - target.offsetHeight) / 2);
  });
  return next;
}

/**
 * The original file's address where `npm start` serves it (the page is told so: ORIGINALS_META), a PDF at `page`;
 * undefined on the static site, which has no originals.
 */
export function originalHref(file: string, page?: number): string | undefined {
  const base = document.querySelector<HTMLMetaElement>(`meta[name="${ORIGINALS_META}"]`)?.content;
  if (!base) return undefined;
  const pdf = /\.pdf$/iu.test(file) && page !== undefined;
  return `${base}${encodeURIComponent(file)}${pdf ? `#page=${page}` : ""}`;
}

/** A link to the source's original file where `npm start` serves it (its name on the static site); null without one. */
export function originalLink(source: NodeAttributes): Node | null {
  if (source.original === undefined) return null;
  const href = originalHref(source.original);
  return href === undefined
    ? h("code", { text: source.original })
    : h("a", { text: source.original, attrs: { href, target: "_blank", rel: "noopener noreferrer" } });
}

/**
 * What a citation needs, above the text: who wrote it, who published it and when, and what kind of text it is; then
 * where it was published (a link, opened in a new tab) and the original file kept beside the text, where there is one
 * (a link that opens it, a PDF at the passage's page, where `npm start` serves it; its name on the static site).
 */
function citation(id: string, source: NodeAttributes, page?: number): HTMLElement[] {
  const byline = [
    source.author ? `By ${source.author}` : undefined,
    source.publisher,
    source.date,
    source.kind?.replace(/-/g, " "),
  ].filter(Boolean);
  const url = safeUrl(source.url) ?? safeUrl(source.origin);
  const where: (Node | string)[] = [];
  if (url !== undefined) {
    where.push(h("a", { text: url, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }));
  }
  if (source.original !== undefined) {
    if (where.length > 0) where.push(" · ");
    const href = originalHref(source.original, page);
    const at = href !== undefined && page !== undefined && /\.pdf$/iu.test(source.original) ? ` (at p. ${page})` : "";
    where.push(
      "Original file: ",
      href === undefined
        ? h("code", {
            text: source.original,
            attrs: { title: "In the corpus folder's sources/ (not in the static site)" },
          })
        : h("a", { text: source.original + at, attrs: { href, target: "_blank", rel: "noopener noreferrer" } }),
    );
  }
  return [
    byline.length > 0 ? h("p", { className: "reader-source", text: byline.join(" · ") }) : null,
    where.length > 0 ? h("p", { className: "reader-link" }, ...where) : null,
    repairsNotice(id, source, originalLink(source)),
  ].filter((p) => p !== null);
}

export function renderReader(
  container: HTMLElement,
  title: HTMLElement,
  meta: HTMLElement,
  graph: PanelGraph,
  passage: PassageRef,
  related: readonly PassageRef[] = [],
): HTMLElement | null {
  const source = graph.hasNode(passage.source) ? graph.getNodeAttributes(passage.source) : undefined;
  title.textContent = source?.label ?? passage.source;
  const text = source?.text;
  if (text === undefined) {
    meta.textContent = "";
    container.replaceChildren(h("p", { className: "meta", text: "This graph holds no text for this source." }));
    return null;
  }
  const start = Math.max(0, Math.min(passage.start, text.length));
  const end = Math.max(start, Math.min(passage.end, text.length));
  const others = related.filter((r) => r.source === passage.source && r.end > r.start);
  const line = lineOf(graph, { source: passage.source, start });
  // A PDF source's passage also says its page of the PDF.
  const pages = pagesOf(graph, { source: passage.source, start, end });
  const at = `line ${line ?? "?"}${pages === undefined ? "" : ` (${pagesLabel(pages)})`}`;
  const where = end > start ? `Passage at ${at}, characters ${start}–${end}` : "Whole text";
  const also = others.length > 0 ? " · other passages of the selection underlined" : "";
  meta.replaceChildren(
    ...citation(passage.source, source!, pages?.page),
    h("p", { className: "reader-where", text: where + also }),
  );
  const repaired = source?.repaired ?? [];
  if (repaired.length > 0) {
    meta.querySelector(".repairs")?.append(" ", nextRepairedButton(container));
  }

  let mark: HTMLElement | null = null;
  const body = h("div", {
    className: "source-text",
    attrs: { tabindex: "0", "aria-label": `Text of ${source?.label ?? passage.source}` },
  });
  const repairTitle = repairedTitle(source?.damagedCharacter);
  for (const run of segments(text, { start, end }, others)) {
    const nodes = textNodes(text, run.start, run.end, repaired, repairTitle);
    if (run.kind === 2) {
      mark = h("mark", { attrs: { id: "reader-mark" } }, ...nodes);
      body.append(mark);
    } else if (run.kind === 1) body.append(h("mark", { className: "related" }, ...nodes));
    else body.append(...nodes);
  }
  // The description each repaired character points to: read by a screen reader, not shown (its title shows it).
  const note = repaired.length > 0 ? h("span", { attrs: { id: REPAIRED_NOTE, hidden: "" }, text: repairTitle }) : null;
  container.replaceChildren(body, ...(note ? [note] : []));
  return mark;
}
