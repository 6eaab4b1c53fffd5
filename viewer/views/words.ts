// How the viewer names relations, evidence kinds and sources in its panels.
import { dataDateInWords, type DataDate } from "../../src/analysis/data-date.ts";
import { dateInWords } from "../../src/model/dates.ts";
import type { LinkClaim, PanelGraph } from "../../src/model/graph.ts";
import type { SourceDateOf } from "../../src/model/roles.ts";
import { RELATIONS, RELATION_NAMES, type EvidenceKind, type Relation } from "../../src/model/vocabulary.ts";

/** Section headings in a node's panel: `out` for edges from the node, `in` for edges to it. */
export const RELATION_HEADINGS: Record<Relation, { out: string; in: string }> = {
  "affiliated-with": { out: "Organisations", in: "People affiliated" },
  "linked-to": { out: "Linked to", in: "Linked from" },
  "spoke-on": { out: "Spoke on", in: "Speakers" },
  "agreed-on": { out: "Agreed on as a panel", in: "Panels that agreed on it" },
  addresses: { out: "Addresses", in: "Addressed by" },
  recommends: { out: "Recommends", in: "Recommended by" },
  chaired: { out: "Chaired", in: "Chaired by" },
  "panellist-in": { out: "Panellist in", in: "Panellists" },
  "part-of": { out: "Part of", in: "Parts" },
  "organised-by": { out: "Organised by", in: "Organised" },
  "reported-in": { out: "Reported in", in: "Reports on" },
  covers: { out: "Covers", in: "Covered by" },
  states: { out: "States", in: "Stated by" },
  mentions: { out: "Mentions", in: "Mentioned by" },
  "sub-theme-of": { out: "Sub-theme of", in: "Sub-themes" },
};

export function isRelation(relation: string): relation is Relation {
  return relation in RELATIONS;
}

export function relationHeading(relation: string, direction: "out" | "in"): string {
  return isRelation(relation)
    ? RELATION_HEADINGS[relation][direction]
    : `${relation}${direction === "in" ? " (in)" : ""}`;
}

/** "spoke on the theme" for known relations, the relation itself otherwise. */
export function relationPhrase(relation: string): string {
  return isRelation(relation) ? RELATIONS[relation].description : relation;
}

/** Schema order, then unknown relations alphabetically. */
export function relationOrder(relation: string): number {
  const i = RELATION_NAMES.indexOf(relation as Relation);
  return i === -1 ? RELATION_NAMES.length : i;
}

export const KIND_NAMES: Record<EvidenceKind, string> = {
  "direct-quote": "direct quote",
  reported: "reported",
  summary: "summary",
};

export function kindName(kind: string): string {
  return kind in KIND_NAMES ? KIND_NAMES[kind as EvidenceKind] : kind;
}

/** As the CLI's answers count them (src/cli/print-text.ts): "1 direct quote", "8 direct quotes", "2 summaries". */
const KIND_PLURALS: Record<EvidenceKind, string> = {
  "direct-quote": "direct quotes",
  reported: "reported",
  summary: "summaries",
};

export function kindCount(n: number, kind: string): string {
  if (n === 1) return `1 ${kindName(kind)}`;
  return `${n} ${kind in KIND_PLURALS ? KIND_PLURALS[kind as EvidenceKind] : kind}`;
}

export function sourceTitle(graph: PanelGraph, source: string): string {
  return graph.hasNode(source) ? graph.getNodeAttribute(source, "label") : source;
}

/** A linked-to edge's wordings, each once with the titles of the sources that give it: "retained (News; Release)". */
export function linkWordings(graph: PanelGraph, links: readonly LinkClaim[]): { link: string; sources: string }[] {
  const bySource = new Map<string, string[]>();
  for (const { link, source } of links) bySource.set(link, [...(bySource.get(link) ?? []), sourceTitle(graph, source)]);
  return [...bySource].map(([link, sources]) => ({ link, sources: [...new Set(sources)].join("; ") }));
}

/** A source's date, from its node (undefined for an undated source, or one not in the graph). */
export function sourceDateIn(graph: PanelGraph): SourceDateOf {
  return (source) => (graph.hasNode(source) ? graph.getNodeAttribute(source, "date") : undefined);
}

/**
 * The sources that give a title, as its line cites them: `Panel notes, Forum notes`; a title without dates holds at
 * its source's date, as `conflicts` reads it, so each undated one says which date that is
 * (`source of 5 May 2024: Panel notes; Forum notes`).
 */
export function titleSources(graph: PanelGraph, title: { sources: string[]; period: string | undefined }): string {
  const dateOf = sourceDateIn(graph);
  const cited = title.sources.map((source) => {
    const date = title.period === undefined ? dateOf(source) : undefined;
    return date === undefined
      ? sourceTitle(graph, source)
      : `source of ${dateInWords(date)}: ${sourceTitle(graph, source)}`;
  });
  return cited.join(cited.some((c) => c.startsWith("source of ")) ? "; " : ", ");
}

export function nodeLabel(graph: PanelGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
}

/** "Person", "Organisation · think tank". */
export function typeLine(type: string, kind: string | undefined): string {
  const name = type.charAt(0).toUpperCase() + type.slice(1);
  return kind ? `${name} · ${kind.replace(/-/g, " ")}` : name;
}

/**
 * A download's name from a base and the data's date (src/analysis/data-date.ts: the newest date anywhere in the
 * graph, the one the PNG caption gives): `panelgraph-graph-data-2023-03-24.png`; no date when the graph has none
 * (`panelgraph-graph-data.png`). The same corpus downloaded on two days gives the same name.
 */
export function downloadName(base: string, extension: string, newest: string | undefined): string {
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "graph"}${newest === undefined ? "" : `-${newest}`}.${extension}`;
}

/**
 * A picture's caption heading: the graph's title and what its dates are, in words (dataDateInWords):
 * `Corpus graph-data · sources, events and sessions up to 24 March 2023; 2 sources undated`.
 */
export function captionHeading(title: string, date: DataDate): string {
  return `${title} · ${dataDateInWords(date)}`;
}

/**
 * How the status line and a picture's caption name a corpus by its folder: `Corpus harbour-panels`; a folder whose
 * name says corpus already is not named twice (`corpus` → `Corpus`, `panels-corpus` as it is).
 */
export function corpusTitle(folder: string): string {
  if (/^corpus$/i.test(folder)) return "Corpus";
  return /(?:^|[^\p{L}])corpus(?:$|[^\p{L}])/iu.test(folder) ? folder : `Corpus ${folder}`;
}
