// Text building blocks shared by the printers: aligned tables, evidence lines, names and lists.
import type { PanelGraph } from "../model/graph.js";
import type { SessionTitle } from "../analysis/sessions.js";
import { periodText } from "../model/roles.js";
import type { EvidenceKind } from "../model/schema.js";
import { countKinds, lineOf, pagesLabel, pagesOf } from "../query/evidence.js";
import type { EntityRef, EvidenceItem } from "../query/types.js";
import { plural } from "./corpus.js";

export type Write = (line: string) => void;

export interface PrintOptions {
  /** Every passage, not just the strongest one of each row. */
  all: boolean;
}

export const KIND: Record<EvidenceKind, string> = {
  "direct-quote": "direct quote",
  reported: "reported",
  summary: "summary",
};
export const KIND_PLURAL: Record<EvidenceKind, string> = {
  "direct-quote": "direct quotes",
  reported: "reported",
  summary: "summaries",
};

/** Columns padded to their widest cell; the last column is not padded. */
export function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  // A reduce, not Math.max(...): a table may have more rows than a call takes arguments.
  const widths = header.map((_, i) => all.reduce((w, r) => Math.max(w, [...(r[i] ?? "")].length), 0));
  return all.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length)))
      .join("  ")
      .trimEnd(),
  );
}

export function truncate(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;
}

export const named = (e: EntityRef) => `${e.label} [${e.id}]`;
export const list = (items: EntityRef[]) => (items.length === 0 ? "—" : items.map((i) => i.label).join(", "));

/** A passage in curly quotes on one line: a quote that runs over lines (a list, e.g. "these were\n- …") is joined by spaces. */
export function quoted(quote: string): string {
  return `“${quote.replace(/[ \t]*\r?\n[ \t]*/g, " ")}”`;
}

/** `Chair, Fenby Trust, since 2023-05 (source)`: a title with its organisation, its dates if any, and its sources. */
export function titleText(t: SessionTitle): string {
  const period = periodText(t);
  return `${t.role}, ${t.organisation.label}${period === undefined ? "" : `, ${period}`} (${t.sources.join(", ")})`;
}

/** `source:line`, and for a PDF source `source:line (p. 7)`, or `(pp. 7–8)` for a passage over a page break. */
export function where(graph: PanelGraph, e: { source: string; start: number; end?: number }): string {
  const line = lineOf(graph, e);
  const pages = pagesOf(graph, e);
  return `${line === undefined ? e.source : `${e.source}:${line}`}${pages === undefined ? "" : ` (${pagesLabel(pages)})`}`;
}

/** `direct quote  luc-ics-session-2023:21  “…”`, one line per passage, aligned within the list. */
function evidenceLines(graph: PanelGraph, evidence: EvidenceItem[], indent: string): string[] {
  const rows = evidence.map((e) => [KIND[e.kind], where(graph, e), quoted(e.quote)]);
  return table(["", "", ""], rows)
    .slice(1)
    .map((l) => indent + l);
}

export function someEvidence(
  graph: PanelGraph,
  evidence: EvidenceItem[],
  indent: string,
  options: PrintOptions,
): string[] {
  if (evidence.length === 0) return [`${indent}(from the registry: no passage behind it)`];
  const shown = options.all ? evidence : evidence.slice(0, 1);
  const lines = evidenceLines(graph, shown, indent);
  const more = evidence.length - shown.length;
  if (more > 0) lines.push(`${indent}… ${plural(more, "more passage")} (--all shows every passage)`);
  return lines;
}

export function kindBreakdown(evidence: EvidenceItem[]): string {
  const counts = countKinds(evidence);
  const parts = (Object.keys(counts) as EvidenceKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${counts[k] === 1 ? KIND[k] : KIND_PLURAL[k]}`);
  return `${plural(evidence.length, "passage")}: ${parts.join(", ")}`;
}

export function subThemeNote(subThemes: EntityRef[]): string {
  if (subThemes.length === 0) return "";
  return subThemes.length === 1
    ? ` and its sub-theme ${subThemes[0]!.label}`
    : ` and its ${subThemes.length} sub-themes (${list(subThemes)})`;
}
