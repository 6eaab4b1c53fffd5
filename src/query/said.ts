// `said <person>`: every passage of a person's own words, whatever claim it backs (a theme, a panel seat, a
// recommendation, a name they cited): direct quotes and speech the source reports, in the order they were said (the
// sources' dates, then the line), each with its place.
import { passageKey } from "../model/evidence.js";
import type { PanelGraph } from "../model/graph.js";
import type { Relation } from "../model/vocabulary.js";
import { byPosition, byStrength, evidenceItem, lineOf, pagesOf } from "./evidence.js";
import { resolveEntity } from "./resolve-entity.js";
import type { EntityRef, EvidenceItem } from "./types.js";

export interface SaidPassage extends EvidenceItem {
  /** The source's date (ISO, as its metadata gives it); null when the source is undated. */
  date: string | null;
  /** 1-based line of the source text the passage starts on; null when the source text is not loaded. */
  line: number | null;
  /** The page of a PDF source the passage starts on; null for a source without pages. */
  page: number | null;
  /** The page it ends on when that is a later one (a passage over a page break, `pp. 3–4`); else null. */
  pageEnd: number | null;
  /** The person's claims this passage backs, by relation then the other end's id. */
  claims: { relation: Relation; to: EntityRef }[];
  /**
   * The passage's words as compared for repeats (`sameWords`): passages with the same `group` are the same words, in
   * one source or several (a press office recycling a line said at a hearing).
   */
  group: string;
}

export interface Said {
  person: EntityRef;
  passages: SaidPassage[];
}

/**
 * Claims whose passages say who the person is, not what they said: a byline or "X, Director of Policy at Y" is the
 * source's words even when quoted word for word.
 */
const NOT_SPEECH: ReadonlySet<Relation> = new Set(["affiliated-with"]);
/**
 * A seat on a panel or in the chair: its direct quotes are what the person said there, but its `reported` passages
 * are the source naming who sat ("Owen Petrakis, Leader of Carrowby District Council"), not reported speech.
 */
const SEATS: ReadonlySet<Relation> = new Set(["panellist-in", "chaired"]);
/**
 * A link the source states between the person and another actor (linked-to): a direct quote is their words ("I have
 * met the Mayor four times"), a `reported` passage the source's own statement of the link.
 */
const STATED_LINKS: ReadonlySet<Relation> = new Set(["linked-to"]);

/** Words as compared for repeats: case, quote marks, punctuation and spacing aside ("Heart" and “heart,” alike). */
export function sameWords(quote: string): string {
  return (
    quote
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(" ");
}

const ref = (graph: PanelGraph, id: string): EntityRef => ({ id, label: graph.getNodeAttribute(id, "label") });

const sourceDate = (graph: PanelGraph, source: string): string | null =>
  (graph.hasNode(source) ? graph.getNodeAttribute(source, "date") : undefined) ?? null;

/** In the order said: the sources' dates (undated last), then source, line; a direct quote before reported speech. */
const byDate = (a: SaidPassage, b: SaidPassage): number =>
  (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || byPosition(a, b) || byStrength(a, b);

/**
 * One stretch of text once: passages of one kind in one source that overlap (one inside another, or two cut from one
 * sentence that share words) become one passage over both, backing every claim either backed. Passages of different
 * kinds stay apart (a reported sentence around a quote is not the quote), and so do passages that only touch.
 */
function withoutOverlaps(passages: SaidPassage[]): SaidPassage[] {
  const kept: SaidPassage[] = [];
  const ordered = [...passages].sort(
    (a, b) => a.source.localeCompare(b.source) || a.kind.localeCompare(b.kind) || a.start - b.start || b.end - a.end,
  );
  for (const p of ordered) {
    const last = kept.at(-1);
    // Offsets that do not match the quote's length (not a slice of the text) are not merged: the joined words would be wrong.
    const sliced = (q: SaidPassage) => q.quote.length === q.end - q.start;
    if (
      !last ||
      last.source !== p.source ||
      last.kind !== p.kind ||
      p.start >= last.end ||
      !sliced(last) ||
      !sliced(p)
    ) {
      kept.push({ ...p, claims: [...p.claims] });
      continue;
    }
    if (p.end > last.end) {
      last.quote += p.quote.slice(last.end - p.start);
      last.end = p.end;
      const endPage = p.pageEnd ?? p.page;
      last.pageEnd = endPage !== null && endPage !== last.page ? endPage : null;
    }
    for (const claim of p.claims) {
      if (!last.claims.some((c) => c.relation === claim.relation && c.to.id === claim.to.id)) last.claims.push(claim);
    }
  }
  return kept;
}

/**
 * The passages of the person's claims (edges from them) that are their own words: `direct-quote` evidence, and
 * `reported` speech on what they spoke on, recommended or named; a panel's `summary` is not anyone's words. A passage
 * behind several claims is listed once with them all, and
 * overlapping passages of one kind are one (`withoutOverlaps`). In date order (`byDate`), as `sessions-of` lists sessions.
 */
export function said(graph: PanelGraph, person: string): Said {
  const found = resolveEntity(graph, person, { types: ["person"] });
  const byKey = new Map<string, SaidPassage>();
  graph.forEachOutEdge(found.id, (_, attributes, __, to) => {
    if (NOT_SPEECH.has(attributes.relation)) return;
    for (const e of attributes.evidence) {
      if (
        e.kind === "summary" ||
        (e.kind === "reported" && (SEATS.has(attributes.relation) || STATED_LINKS.has(attributes.relation)))
      )
        continue;
      const key = passageKey(e);
      let passage = byKey.get(key);
      if (!passage) {
        const pages = pagesOf(graph, e);
        passage = {
          ...evidenceItem(e),
          date: sourceDate(graph, e.source),
          line: lineOf(graph, e) ?? null,
          page: pages?.page ?? null,
          pageEnd: pages?.pageEnd ?? null,
          claims: [],
          group: "",
        };
        byKey.set(key, passage);
      }
      if (!passage.claims.some((c) => c.relation === attributes.relation && c.to.id === to)) {
        passage.claims.push({ relation: attributes.relation, to: ref(graph, to) });
      }
    }
  });
  const passages = withoutOverlaps([...byKey.values()]).sort(byDate);
  for (const p of passages) {
    // After withoutOverlaps, which can join two passages' words into one.
    p.group = sameWords(p.quote);
    p.claims.sort((a, b) => a.relation.localeCompare(b.relation) || a.to.id.localeCompare(b.to.id));
  }
  return { person: { id: found.id, label: found.label }, passages };
}
