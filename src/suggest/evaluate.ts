// How good are the suggestions? For each annotated source: hide its annotation file, run the suggester, and compare
// the draft with the hand annotations, as precision (share of suggestions a person also made) and recall (share of
// the person's annotations suggested), for people, organisations, roles, speaker→theme edges and recommendations.
//
// The registry is part of the input, and the shipped one was written while annotating these very sources (aliases
// such as "stolen with pride" come from their texts). So each source is measured three ways:
//   full      the registry as shipped (what a user gets for a source whose entities the corpus already has);
//   stripped  without the entities that only this source's annotations use (what a new source meets: the people and
//             themes of the other sources are known, its own are not);
//   none      an empty registry (a first source in a new corpus).
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import type { Corpus, RawCorpus, ResolvedClaim } from "../model/corpus.js";
import { REGISTRY_SECTIONS, type NodeType, type Registry } from "../model/schema.js";
import { KnownEntities, nameKey } from "./known.js";
import { knownEntities, suggestAnnotations, type Draft } from "./suggest.js";
import { overlaps, type Span } from "./text.js";

export const CATEGORIES = ["people", "organisations", "roles", "spoke-on", "recommendations"] as const;
export type Category = (typeof CATEGORIES)[number];
export const REGISTRY_MODES = ["full", "stripped", "none"] as const;
export type RegistryMode = (typeof REGISTRY_MODES)[number];

export interface Count {
  /** Suggestions made, and how many of them the hand annotations also have. */
  suggested: number;
  correct: number;
  /** Hand annotations, and how many of them were suggested. */
  expected: number;
  found: number;
}

export interface Measure extends Count {
  precision: number | null;
  recall: number | null;
}

export interface SourceEvaluation {
  source: string;
  registry: RegistryMode;
  counts: Record<Category, Count>;
}

export interface Evaluation {
  sources: SourceEvaluation[];
  /** Summed over sources (micro-averaged), per registry mode. */
  totals: Record<RegistryMode, Record<Category, Measure>>;
}

/** Ids that only `source`'s annotations use (a parent of a theme others use stays). */
export function introducedOnlyBy(raw: RawCorpus, source: string): Set<string> {
  const usedBy = (s: string) =>
    new Set(
      raw.annotations
        .filter((a) => a.data.source === s)
        .flatMap((a) => [...a.data.claims.flatMap((c) => [c.from, c.to]), ...a.data.attributes.map((x) => x.entity)]),
    );
  const own = usedBy(source);
  const others = new Set(
    raw.annotations.filter((a) => a.data.source !== source).flatMap((a) => [...usedBy(a.data.source)]),
  );
  const only = new Set([...own].filter((id) => !others.has(id)));
  // Keep the ancestors of every theme that stays, so the hierarchy stays whole.
  const themes = raw.registry?.data.themes ?? [];
  for (const theme of themes) {
    if (only.has(theme.id)) continue;
    for (let at = theme.parent; at !== undefined; at = themes.find((t) => t.id === at)?.parent) only.delete(at);
  }
  return only;
}

function withRegistry(raw: RawCorpus, source: string, mode: RegistryMode): RawCorpus {
  const annotations = raw.annotations.filter((a) => a.data.source !== source);
  if (mode === "full" || !raw.registry) return { ...raw, annotations };
  const drop = mode === "stripped" ? introducedOnlyBy(raw, source) : undefined;
  const data = { ...raw.registry.data };
  for (const section of Object.keys(REGISTRY_SECTIONS) as (keyof Registry)[]) {
    (data as Record<string, unknown[]>)[section] = drop
      ? (raw.registry.data[section] as { id: string }[]).filter((e) => !drop.has(e.id))
      : [];
  }
  return { ...raw, annotations, registry: { file: raw.registry.file, data } };
}

function normalRole(role: string): string {
  return nameKey(role).replace(/^(?:a|an)\s+/u, "");
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function compareSets(suggested: Set<string>, expected: Set<string>): Count {
  const common = [...suggested].filter((x) => expected.has(x)).length;
  return { suggested: suggested.size, correct: common, expected: expected.size, found: common };
}

function compareRecommendations(draft: Draft, hand: ResolvedClaim[], source: string): Count {
  const unitsOf = (claims: { to: string; evidence: Span[] }[]) => {
    const units = new Map<string, Span[]>();
    for (const c of claims) units.set(c.to, [...(units.get(c.to) ?? []), ...c.evidence]);
    return [...units.values()];
  };
  const mine = unitsOf(draft.claims.filter((c) => c.relation === "recommends"));
  const theirs = unitsOf(
    hand
      .filter((c) => c.relation === "recommends")
      .map((c) => ({ to: c.to, evidence: c.evidence.filter((e) => e.source === source) })),
  );
  const meet = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => overlaps(x, y)));
  return {
    suggested: mine.length,
    correct: mine.filter((m) => theirs.some((t) => meet(m, t))).length,
    expected: theirs.length,
    found: theirs.filter((t) => mine.some((m) => meet(m, t))).length,
  };
}

/** Compares a draft with the hand annotations of its source. New entities count as found when named like the hand one. */
export function compareDraft(draft: Draft, full: Corpus): Record<Category, Count> {
  const hand = full.claims.filter((c) => c.source === draft.source);
  const names = KnownEntities.fromCorpus(full.entities.values());
  const declared = new Map(draft.entities.map((e) => [e.id, e]));
  const typeOf = new Map<string, NodeType>([...full.entities].map(([id, e]) => [id, e.type]));
  const mapped = (id: string): string => {
    const entity = declared.get(id);
    if (!entity) return id;
    const type = REGISTRY_SECTIONS[entity.section];
    for (const name of [entity.label, ...entity.aliases]) {
      const match = names.byName(type, name);
      if (match) return match.id;
    }
    return `new:${id}`;
  };
  const typeOfSuggested = (id: string) => {
    const entity = declared.get(id);
    return entity ? REGISTRY_SECTIONS[entity.section] : typeOf.get(id);
  };
  const endpoints = (
    claims: { from: string; to: string }[],
    type: NodeType,
    map: (id: string) => string,
    typed: (id: string) => NodeType | undefined,
  ) =>
    new Set(
      claims
        .flatMap((c) => [c.from, c.to])
        .filter((id) => typed(id) === type)
        .map(map),
    );
  const byId = (id: string) => id;
  const affiliations = (
    claims: { relation: string; from: string; to: string; role?: string }[],
    map: (id: string) => string,
  ) =>
    new Set(
      claims
        .filter((c) => c.relation === "affiliated-with")
        .map((c) => `${map(c.from)}|${map(c.to)}|${normalRole(c.role ?? "")}`),
    );
  const spokeOn = (claims: { relation: string; from: string; to: string }[], map: (id: string) => string) =>
    new Set(claims.filter((c) => c.relation === "spoke-on").map((c) => `${map(c.from)}|${map(c.to)}`));
  return {
    people: compareSets(
      endpoints(draft.claims, "person", mapped, typeOfSuggested),
      endpoints(hand, "person", byId, (id) => typeOf.get(id)),
    ),
    organisations: compareSets(
      endpoints(draft.claims, "organisation", mapped, typeOfSuggested),
      endpoints(hand, "organisation", byId, (id) => typeOf.get(id)),
    ),
    roles: compareSets(affiliations(draft.claims, mapped), affiliations(hand, byId)),
    "spoke-on": compareSets(spokeOn(draft.claims, mapped), spokeOn(hand, byId)),
    recommendations: compareRecommendations(draft, hand, draft.source),
  };
}

export interface EvaluateOptions {
  modes?: readonly RegistryMode[];
  /** Sources to measure (default: every source with an annotation file). */
  sources?: string[];
}

/** Runs the suggester on each annotated source of `dataDir` with its annotations hidden, and scores the drafts. */
export function evaluateSuggestions(dataDir: string, options: EvaluateOptions = {}): Evaluation {
  const raw = readCorpusFiles(dataDir);
  const full = validateCorpus(raw);
  const annotated = [...new Set(raw.annotations.map((a) => a.data.source))].sort();
  const sources = (options.sources ?? annotated).filter((s) => raw.sources.some((x) => x.meta.id === s));
  const modes = options.modes ?? REGISTRY_MODES;
  const results: SourceEvaluation[] = [];
  for (const mode of modes) {
    for (const source of sources) {
      const hidden = withRegistry(raw, source, mode);
      const corpus = validateCorpus(hidden);
      const known = knownEntities(hidden, corpus, source);
      const loaded = raw.sources.find((s) => s.meta.id === source)!;
      const draft = suggestAnnotations(loaded, known, new Set([...corpus.entities.keys(), ...known.byId.keys()]));
      results.push({ source, registry: mode, counts: compareDraft(draft, full) });
    }
  }
  const totals = {} as Evaluation["totals"];
  for (const mode of modes) {
    totals[mode] = {} as Record<Category, Measure>;
    for (const category of CATEGORIES) {
      const sum: Count = { suggested: 0, correct: 0, expected: 0, found: 0 };
      for (const r of results.filter((x) => x.registry === mode)) {
        for (const key of Object.keys(sum) as (keyof Count)[]) sum[key] += r.counts[category][key];
      }
      totals[mode][category] = {
        ...sum,
        precision: ratio(sum.correct, sum.suggested),
        recall: ratio(sum.found, sum.expected),
      };
    }
  }
  return { sources: results, totals };
}

function cell(n: number, d: number): string {
  return d === 0 ? "—" : `${(n / d).toFixed(2)} (${n}/${d})`;
}

/** The evaluation as a table: one row per source and registry mode, then the totals. */
export function formatEvaluation(evaluation: Evaluation): string[] {
  const header = ["source", "registry", ...CATEGORIES.flatMap((c) => [`${c} P`, `${c} R`])];
  const rows: string[][] = [];
  for (const r of evaluation.sources) {
    rows.push([
      r.source,
      r.registry,
      ...CATEGORIES.flatMap((c) => [
        cell(r.counts[c].correct, r.counts[c].suggested),
        cell(r.counts[c].found, r.counts[c].expected),
      ]),
    ]);
  }
  for (const [mode, measures] of Object.entries(evaluation.totals)) {
    rows.push([
      "all sources",
      mode,
      ...CATEGORIES.flatMap((c) => [
        cell(measures[c].correct, measures[c].suggested),
        cell(measures[c].found, measures[c].expected),
      ]),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
