// How good are the suggestions? For each annotated source: hide its annotation file, run the suggester, and compare
// the draft with the hand annotations, as precision (share of suggestions a person also made), recall (share of the
// person's annotations suggested) and F1 (their harmonic mean), field by field: people, organisations, chair,
// affiliations (person → organisation), roles, quote attribution, speaker → theme and recommendations.
//
// The registry is part of the input, and the shipped one was written while annotating these very sources (aliases
// such as "stolen with pride" come from their texts). So each source is measured three ways:
//   full      the registry as shipped (what a user gets for a source whose entities the corpus already has);
//   stripped  without the entities that only this source's annotations use (what a new source meets: the people and
//             themes of the other sources are known, its own are not);
//   none      an empty registry (a first source in a new corpus).
//
// Beside the shipped corpus, the evaluation set (tests/fixtures/eval/: texts written for it, split once into a
// development half and a held-out half) measures the suggester on texts it was not written on.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { shingle, type Shingled, type Shingler } from "../ingest/near-duplicates.js";
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import type { Corpus, RawCorpus, ResolvedClaim } from "../model/corpus.js";
import { REGISTRY_SECTIONS, type NodeType, type Registry } from "../model/schema.js";
import { KnownEntities, nameKey } from "./known.js";
import {
  knownEntities,
  parseOnce,
  suggestAnnotations,
  themeParents,
  type Draft,
  type SuggestOptions,
} from "./suggest.js";
import { overlaps, type Span } from "./text.js";

/** What is measured, in the order reports list it. */
export const CATEGORIES = [
  "people",
  "organisations",
  "chair",
  "affiliations",
  "roles",
  "quotes",
  "spoke-on",
  "recommendations",
] as const;
export type Category = (typeof CATEGORIES)[number];
export const REGISTRY_MODES = ["full", "stripped", "none"] as const;
export type RegistryMode = (typeof REGISTRY_MODES)[number];

/** The corpora `--evaluate` can measure: the two halves of the evaluation set, and the corpus it is given. */
export const EVALUATION_SETS = ["dev", "held-out", "shipped"] as const;
export type EvaluationSetName = (typeof EVALUATION_SETS)[number];

/** Where the evaluation set's halves are: tests/fixtures/eval/<half>, beside src/ in the repository. */
export function evaluationSetDir(half: Exclude<EvaluationSetName, "shipped">): string {
  return fileURLToPath(new URL(`../../tests/fixtures/eval/${half}`, import.meta.url));
}

/** Whether the evaluation set is there (it is in the repository, not in an installed copy). */
export function hasEvaluationSet(): boolean {
  return existsSync(evaluationSetDir("dev")) && existsSync(evaluationSetDir("held-out"));
}

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
  f1: number | null;
}

export interface SourceEvaluation {
  source: string;
  registry: RegistryMode;
  counts: Record<Category, Count>;
  /** With `misses`: what was wrong and what was missed, field by field. */
  misses?: Record<Category, { wrong: string[]; missed: string[] }>;
}

export interface Evaluation {
  sources: SourceEvaluation[];
  /** Summed over sources (micro-averaged), per registry mode measured. */
  totals: Partial<Record<RegistryMode, Record<Category, Measure>>>;
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

/**
 * The harmonic mean of precision and recall. Unknown only when both are (nothing suggested, nothing expected); an
 * unknown one counts as 0 when the other is known (nothing suggested where something was expected: F1 0).
 */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null && recall === null) return null;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function measure(count: Count): Measure {
  const precision = ratio(count.correct, count.suggested);
  const recall = ratio(count.found, count.expected);
  return { ...count, precision, recall, f1: f1(precision, recall) };
}

/** A field's counts, and what was wrong or missed, as a reader would name it. */
export interface Judgement extends Count {
  /** Suggestions the hand annotations do not have. */
  wrong: string[];
  /** Hand annotations the draft does not have. */
  missed: string[];
}

function compareSets(suggested: Set<string>, expected: Set<string>, show: (key: string) => string): Judgement {
  const wrong = [...suggested].filter((x) => !expected.has(x));
  const missed = [...expected].filter((x) => !suggested.has(x));
  const common = suggested.size - wrong.length;
  return {
    suggested: suggested.size,
    correct: common,
    expected: expected.size,
    found: common,
    wrong: wrong.map(show).sort(),
    missed: missed.map(show).sort(),
  };
}

/** Passages matched by overlap: a suggestion is right when it meets an expected one, which then counts as found. */
function compareUnits<T>(mine: T[], theirs: T[], meet: (a: T, b: T) => boolean, show: (unit: T) => string): Judgement {
  const wrong = mine.filter((m) => !theirs.some((t) => meet(m, t)));
  const missed = theirs.filter((t) => !mine.some((m) => meet(m, t)));
  return {
    suggested: mine.length,
    correct: mine.length - wrong.length,
    expected: theirs.length,
    found: theirs.length - missed.length,
    wrong: wrong.map(show),
    missed: missed.map(show),
  };
}

const meetSpans = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => overlaps(x, y)));

function compareRecommendations(draft: Draft, hand: ResolvedClaim[], text: string): Judgement {
  const unitsOf = (claims: { to: string; evidence: Span[] }[]) => {
    const units = new Map<string, Span[]>();
    for (const c of claims) units.set(c.to, [...(units.get(c.to) ?? []), ...c.evidence]);
    return [...units.values()];
  };
  const mine = unitsOf(draft.claims.filter((c) => c.relation === "recommends"));
  const theirs = unitsOf(
    hand
      .filter((c) => c.relation === "recommends")
      .map((c) => ({ to: c.to, evidence: c.evidence.filter((e) => e.source === draft.source) })),
  );
  return compareUnits(mine, theirs, meetSpans, (spans) => passage(text, spans[0]!));
}

/** A passage of the text, shortened to a line. */
function passage(text: string, span: Span): string {
  const words = text.slice(span.start, span.end).replace(/\s+/gu, " ").trim();
  return `“${words.length > 80 ? `${words.slice(0, 79)}…` : words}”`;
}

interface Quotation extends Span {
  speaker: string;
}

/**
 * Quote attribution: each passage of a person's own words (a `direct-quote` on any claim from a person) with its
 * speaker. The hand ones that overlap for one speaker are one quotation; a suggested passage is right when it meets
 * a hand quotation of the same speaker.
 */
function compareQuotes(
  mine: { from: string; evidence: { kind: string; start: number; end: number; source?: string }[] }[],
  theirs: { from: string; evidence: { kind: string; start: number; end: number; source?: string }[] }[],
  source: string,
  show: (quote: Quotation) => string,
): Judgement {
  const passages = (claims: typeof mine) =>
    claims.flatMap((c) =>
      c.evidence
        .filter((e) => e.kind === "direct-quote" && (e.source ?? source) === source)
        .map((e) => ({ speaker: c.from, start: e.start, end: e.end })),
    );
  const distinct = (quotes: Quotation[]) => [
    ...new Map(quotes.map((q) => [`${q.speaker} ${q.start} ${q.end}`, q])).values(),
  ];
  // Hand quotations of one speaker that overlap are merged, so a quote given as evidence of two claims counts once.
  const merged: Quotation[] = [];
  for (const q of distinct(passages(theirs)).sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.findLast((m) => m.speaker === q.speaker && overlaps(m, q));
    if (last) last.end = Math.max(last.end, q.end);
    else merged.push({ ...q });
  }
  return compareUnits(distinct(passages(mine)), merged, (a, b) => a.speaker === b.speaker && overlaps(a, b), show);
}

/** A theme's name as written, then with its last word in the other number (-s, -es, -y/-ies). */
export function numberForms(label: string): string[] {
  const forms = [label];
  const m = /^(.*?)(\p{L}+)$/u.exec(label.trim());
  if (!m) return forms;
  const head = m[1]!;
  const last = m[2]!;
  if (/[^aeiou]ies$/iu.test(last)) forms.push(`${head}${last.slice(0, -3)}y`);
  else if (/(?:ss|sh|ch|x|z)es$/iu.test(last)) forms.push(`${head}${last.slice(0, -2)}`);
  else if (/[^s]s$/iu.test(last)) forms.push(`${head}${last.slice(0, -1)}`);
  else if (/[^aeiou]y$/iu.test(last)) forms.push(`${head}${last.slice(0, -1)}ies`);
  else if (/(?:ss|sh|ch|x|z)$/iu.test(last)) forms.push(`${head}${last}es`);
  else if (!/s$/iu.test(last)) forms.push(`${head}${last}s`);
  return forms;
}

/** The names of a corpus's entities, found once per corpus: every draft of an evaluation is judged against one. */
const KNOWN_NAMES = new WeakMap<Corpus, KnownEntities>();

function knownNamesOf(full: Corpus): KnownEntities {
  let names = KNOWN_NAMES.get(full);
  if (!names) {
    names = KnownEntities.fromCorpus(full.entities.values());
    KNOWN_NAMES.set(full, names);
  }
  return names;
}

/**
 * Compares a draft with the hand annotations of its source, field by field, with what was wrong and what was missed.
 * An entity the draft links to the registry is that entity; an entity the draft declares new counts as a hand one
 * only when the draft's label is that entity's label or one of its aliases (the draft's own id, which may happen to
 * equal a hand id, is never used).
 */
export function judgeDraft(draft: Draft, full: Corpus): Record<Category, Judgement> {
  const hand = full.claims.filter((c) => c.source === draft.source);
  const text = full.sources.find((s) => s.meta.id === draft.source)?.text ?? "";
  const names = knownNamesOf(full);
  const declared = new Map(draft.entities.map((e) => [e.id, e]));
  const typeOf = new Map<string, NodeType>([...full.entities].map(([id, e]) => [id, e.type]));
  const mapped = (id: string): string => {
    const entity = declared.get(id);
    if (!entity) return id;
    const type = REGISTRY_SECTIONS[entity.section];
    // A new theme written in the other number of a registry name ("Storm overflow" for "Storm overflows", "Library
    // closure" for "library closures") is that theme: a reviewer would not tell them apart. Case is folded already.
    const forms = type === "theme" ? numberForms(entity.label) : [entity.label];
    for (const form of forms) {
      const known = names.byName(type, form);
      if (known) return known.id;
    }
    return `new:${id}`;
  };
  const typeOfSuggested = (id: string) => {
    const entity = declared.get(id);
    return entity ? REGISTRY_SECTIONS[entity.section] : typeOf.get(id);
  };
  const labelOf = (id: string) =>
    id.startsWith("new:")
      ? `${declared.get(id.slice(4))?.label ?? id.slice(4)} (new)`
      : (full.entities.get(id)?.label ?? id);
  const byId = (id: string) => id;
  const mine = draft.claims.map((c) => ({
    ...c,
    from: mapped(c.from),
    to: mapped(c.to),
    fromType: typeOfSuggested(c.from),
    toType: typeOfSuggested(c.to),
  }));
  const theirs = hand.map((c) => ({
    ...c,
    from: byId(c.from),
    to: byId(c.to),
    fromType: typeOf.get(c.from),
    toType: typeOf.get(c.to),
  }));
  type Typed = (typeof mine)[number] | (typeof theirs)[number];
  const endpoints = (claims: Typed[], type: NodeType) =>
    new Set(claims.flatMap((c) => [c.fromType === type ? c.from : [], c.toType === type ? c.to : []]).flat());
  const pairs = (claims: Typed[], relation: string, withRole = false) =>
    new Set(
      claims
        .filter((c) => c.relation === relation)
        .map((c) => `${c.from}|${c.to}${withRole ? `|${normalRole(c.role ?? "")}` : ""}`),
    );
  const showPair = (key: string) => {
    const [from, to, role] = key.split("|");
    return `${labelOf(from!)} → ${labelOf(to!)}${role === undefined ? "" : ` (${role || "no role"})`}`;
  };
  const chairs = (claims: Typed[]) => new Set(claims.filter((c) => c.relation === "chaired").map((c) => c.from));
  const fromPeople = (claims: Typed[]) => claims.filter((c) => c.fromType === "person");
  return {
    people: compareSets(endpoints(mine, "person"), endpoints(theirs, "person"), labelOf),
    organisations: compareSets(endpoints(mine, "organisation"), endpoints(theirs, "organisation"), labelOf),
    chair: compareSets(chairs(mine), chairs(theirs), labelOf),
    affiliations: compareSets(pairs(mine, "affiliated-with"), pairs(theirs, "affiliated-with"), showPair),
    roles: compareSets(pairs(mine, "affiliated-with", true), pairs(theirs, "affiliated-with", true), showPair),
    quotes: compareQuotes(
      fromPeople(mine),
      fromPeople(theirs),
      draft.source,
      (q) => `${labelOf(q.speaker)}: ${passage(text, q)}`,
    ),
    "spoke-on": compareSets(pairs(mine, "spoke-on"), pairs(theirs, "spoke-on"), showPair),
    recommendations: compareRecommendations(draft, hand, text),
  };
}

/** The counts of judgeDraft, field by field. */
export function compareDraft(draft: Draft, full: Corpus): Record<Category, Count> {
  return countsOf(judgeDraft(draft, full));
}

function countsOf(judged: Record<Category, Judgement>): Record<Category, Count> {
  const counts = {} as Record<Category, Count>;
  for (const category of CATEGORIES) {
    const { suggested, correct, expected, found } = judged[category];
    counts[category] = { suggested, correct, expected, found };
  }
  return counts;
}

export interface EvaluateOptions {
  modes?: readonly RegistryMode[];
  /** Sources to measure (default: every source with an annotation file). */
  sources?: string[];
  /** Called before each draft is made, with how many are done and how many there are (for progress on a terminal). */
  onSource?: (done: number, total: number, source: string) => void;
  /** Also keep what each draft got wrong and missed (for tuning on the development half). */
  misses?: boolean;
  /**
   * Passed on to `suggestAnnotations` (a training script listens to the affiliation candidates; a caller that evaluates
   * the same texts again passes its own `parseOnce()` to tag them once for all).
   */
  suggest?: Pick<
    SuggestOptions,
    "onAffiliationCandidates" | "onRecommendation" | "everyProposal" | "onQuoteCandidates" | "quoteModel" | "parse"
  >;
  /** Told of each draft as it is made, with the corpus it is judged against and the registry mode. */
  onDraft?: (draft: Draft, full: Corpus, mode: RegistryMode) => void;
}

/** Sums counts per registry mode and measures them. */
export function totalsOf(
  results: SourceEvaluation[],
  modes: readonly RegistryMode[],
): Partial<Record<RegistryMode, Record<Category, Measure>>> {
  const totals: Partial<Record<RegistryMode, Record<Category, Measure>>> = {};
  for (const mode of modes) {
    const measures = {} as Record<Category, Measure>;
    for (const category of CATEGORIES) {
      const sum: Count = { suggested: 0, correct: 0, expected: 0, found: 0 };
      for (const r of results.filter((x) => x.registry === mode)) {
        for (const key of Object.keys(sum) as (keyof Count)[]) sum[key] += r.counts[category][key];
      }
      measures[category] = measure(sum);
    }
    totals[mode] = measures;
  }
  return totals;
}

/**
 * Each text's shingles, made once for an evaluation: every corpus it validates (one per source and registry mode) has
 * the same texts, which validation compares for near-duplicates.
 */
function shinglesOnce(): Shingler {
  const made = new Map<string, { text: string; shingled: Shingled }>();
  return {
    shingle(id, text) {
      const kept = made.get(id);
      if (kept?.text === text) return kept.shingled;
      const shingled = shingle(id, text);
      made.set(id, { text, shingled });
      return shingled;
    },
  };
}

/** Runs the suggester on each annotated source of `dataDir` with its annotations hidden, and scores the drafts. */
export function evaluateSuggestions(dataDir: string, options: EvaluateOptions = {}): Evaluation {
  const raw = readCorpusFiles(dataDir);
  const shingler = shinglesOnce();
  const full = validateCorpus(raw, { shingler });
  const annotated = [...new Set(raw.annotations.map((a) => a.data.source))].sort();
  const sources = (options.sources ?? annotated).filter((s) => raw.sources.some((x) => x.meta.id === s));
  const modes = options.modes ?? REGISTRY_MODES;
  const results: SourceEvaluation[] = [];
  // A text is tagged once for all the registry modes: only the registry differs between its drafts.
  const parse = parseOnce();
  for (const mode of modes) {
    for (const source of sources) {
      options.onSource?.(results.length, modes.length * sources.length, source);
      const hidden = withRegistry(raw, source, mode);
      const corpus = validateCorpus(hidden, { shingler });
      const known = knownEntities(hidden, corpus, source);
      const loaded = raw.sources.find((s) => s.meta.id === source)!;
      const draft = suggestAnnotations(loaded, known, new Set([...corpus.entities.keys(), ...known.byId.keys()]), {
        themeParents: themeParents(corpus),
        parse,
        ...options.suggest,
      });
      options.onDraft?.(draft, full, mode);
      const judged = judgeDraft(draft, full);
      const result: SourceEvaluation = { source, registry: mode, counts: countsOf(judged) };
      if (options.misses) {
        result.misses = Object.fromEntries(
          CATEGORIES.map((c) => [c, { wrong: judged[c].wrong, missed: judged[c].missed }]),
        ) as Record<Category, { wrong: string[]; missed: string[] }>;
      }
      results.push(result);
    }
  }
  return { sources: results, totals: totalsOf(results, modes) };
}

/**
 * One measured corpus of a report: its name (dev, held-out, shipped; "corpus" for a --data folder that is not the
 * shipped one), the folder it was read from, its evaluation.
 */
export interface SetEvaluation extends Evaluation {
  set: EvaluationSetName | "corpus";
  dir: string;
}

function percent(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function cell(n: number, d: number): string {
  return d === 0 ? "—" : `${(n / d).toFixed(2)} (${n}/${d})`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** A set's totals as a table: one row per field, precision, recall and F1 for each registry mode measured. */
export function formatTotals(evaluation: Evaluation): string[] {
  const modes = REGISTRY_MODES.filter((m) => evaluation.totals[m]);
  const header = ["field", ...modes.flatMap((m) => [`${m} P`, `${m} R`, `${m} F1`])];
  const rows = CATEGORIES.map((c) => [
    c,
    ...modes.flatMap((m) => {
      const x = evaluation.totals[m]![c];
      return [cell(x.correct, x.suggested), cell(x.found, x.expected), percent(x.f1)];
    }),
  ]);
  return table(header, rows);
}

/** The F1 of each field for each source and registry mode (what to look at when tuning on the development half). */
export function formatBySource(evaluation: Evaluation): string[] {
  const header = ["source", "registry", ...CATEGORIES];
  const rows = evaluation.sources.map((r) => [
    r.source,
    r.registry,
    ...CATEGORIES.map((c) => percent(measure(r.counts[c]).f1)),
  ]);
  return table(header, rows);
}

/** What each draft got wrong and missed, source by source and field by field (sources measured with `misses`). */
export function formatMisses(evaluation: Evaluation): string[] {
  const lines: string[] = [];
  for (const r of evaluation.sources) {
    if (!r.misses) continue;
    lines.push("", `${r.source} (registry ${r.registry})`);
    for (const category of CATEGORIES) {
      const { wrong, missed } = r.misses[category];
      for (const item of wrong) lines.push(`  ${category}  wrong   ${item}`);
      for (const item of missed) lines.push(`  ${category}  missed  ${item}`);
    }
    if (lines.at(-1) === `${r.source} (registry ${r.registry})`) lines.push("  nothing wrong, nothing missed");
  }
  return lines;
}
