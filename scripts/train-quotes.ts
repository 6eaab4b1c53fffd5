// Trains the quote model (src/suggest/models/quote.json) on annotated folders.
//
//   npm run train:quotes -- [--cv] <folder> [<folder> …] [--out <file>] [--modes full,none]
//                            [--l2 n] [--min-count n] [--threshold n]
//
// Each folder has the layout `suggest --evaluate --data` takes (registry.yaml, sources/, annotations/); "dev" and
// "shipped" name the evaluation set's development half and the shipped corpus (scripts/folders.ts). For each
// annotated source, with its annotations hidden, the real `suggest` code runs (the rules alone, whatever model is
// shipped) and lists the candidate speakers of each quotation the rules give to someone or leave to no one
// (src/suggest/attribution.ts); a candidate is a positive example when the hand annotations have a passage of that
// quotation as `direct-quote` evidence of a claim from that person. Each source is read with the registry as given
// ("full") and with an empty one ("none"). The same folders give the same model, byte for byte. The model written to
// src/suggest/models/quote.json is used by `suggest` from then on (docs/add-a-source.md, "Quote attribution"). With
// --cv no model is written: each set (a folder's parent, as in train-affiliations.ts) is decided by a model trained on
// the others, beside the shipped model and the rules alone.
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../src/io/atomic.js";
import type { Corpus } from "../src/model/corpus.js";
import { REGISTRY_SECTIONS } from "../src/model/schema.js";
import { decideSpeakers, type QuoteCandidate, quoteModel } from "../src/suggest/attribution.js";
import type { QuoteSpan } from "../src/suggest/text.js";
import { evaluateSuggestions, type RegistryMode } from "../src/suggest/evaluate.js";
import { KnownEntities } from "../src/suggest/known.js";
import { type Example, type Model, modelJson, train, type TrainOptions } from "../src/suggest/learn.js";
import type { Draft } from "../src/suggest/suggest.js";
import { cvGroup } from "./train-affiliations.js";
import { annotatedFolder, folderName, printCrossValidation, type ScriptOutput, trainingArgs } from "./folders.js";

export interface QuoteTrainingReport {
  model: Model;
  examples: Example[];
  folders: { folder: string; sources: number; quotations: number; examples: number; positives: number }[];
  /** Each draft's candidate speakers with their labels, for cross-validation (`--cv`). */
  drafts: QuoteDraftExamples[];
}

/** One draft's candidate speakers (as the rules alone leave them), each with its example. */
export interface QuoteDraftExamples {
  folder: string;
  source: string;
  mode: RegistryMode;
  candidates: { candidate: QuoteCandidate; example: Example }[];
}

/** The threshold a quotation's best candidate must reach (chosen by cross-validation, docs/add-a-source.md). */
export const QUOTE_THRESHOLD = 0.8;

/** Each candidate labelled: does the gold give words of that quotation to that person as a direct quote? */
export function labelled(candidates: QuoteCandidate[], draft: Draft, full: Corpus): Example[] {
  const names = KnownEntities.fromCorpus(full.entities.values());
  const declared = new Map(draft.entities.map((e) => [e.id, e]));
  // As judgeDraft maps them: a known id is itself; a declared person is the hand person of its label, if any.
  const mapped = (id: string): string => {
    if (full.entities.has(id)) return id;
    const entity = declared.get(id);
    if (entity) return names.byName(REGISTRY_SECTIONS[entity.section], entity.label)?.id ?? `new:${id}`;
    return `new:${id}`;
  };
  const gold = full.claims
    .filter((c) => c.source === draft.source && full.entities.get(c.from)?.type === "person")
    .flatMap((c) =>
      c.evidence
        .filter((e) => e.kind === "direct-quote" && (e.source ?? draft.source) === draft.source)
        .map((e) => ({ speaker: c.from, start: e.start, end: e.end })),
    );
  return candidates.map((c) => {
    const person = mapped(c.person);
    const { start, end } = c.quote.inner;
    return {
      features: c.features,
      label: gold.some((g) => g.speaker === person && g.start < end && start < g.end),
    };
  });
}

/** Builds the examples of each folder and trains the model; deterministic (folders in the order given). */
export function trainQuotes(
  folders: string[],
  modes: readonly RegistryMode[] = ["full", "none"],
  options: Partial<TrainOptions> = {},
): QuoteTrainingReport {
  const examples: Example[] = [];
  const drafts: QuoteDraftExamples[] = [];
  const report: QuoteTrainingReport["folders"] = [];
  for (const folder of folders) {
    let pending: QuoteCandidate[] = [];
    const before = examples.length;
    let quotations = 0;
    const sources = new Set<string>();
    evaluateSuggestions(annotatedFolder(folder), {
      modes,
      // The candidates as the rules alone leave them: a shipped model would change which quotations are no one's.
      suggest: { onQuoteCandidates: (c) => (pending = c), quoteModel: null },
      onDraft: (draft, full, mode) => {
        sources.add(draft.source);
        quotations += new Set(pending.map((c) => c.quote)).size;
        const found = labelled(pending, draft, full);
        examples.push(...found);
        drafts.push({
          folder,
          source: draft.source,
          mode,
          candidates: pending.map((candidate, i) => ({ candidate, example: found[i]! })),
        });
        pending = [];
      },
    });
    const own = examples.slice(before);
    report.push({
      folder,
      sources: sources.size,
      quotations,
      examples: own.length,
      positives: own.filter((e) => e.label).length,
    });
  }
  const model = trainQuoteModel(
    examples,
    folders.map((f) => folderName(annotatedFolder(f))),
    options,
  );
  return { model, examples, folders: report, drafts };
}

/**
 * The model of these examples. A quotation the rules give to no one is given by it only at QUOTE_THRESHOLD or more: a
 * scare quote, a title or a slogan near a name costs a wrong attribution.
 */
export function trainQuoteModel(
  examples: readonly Example[],
  sources: readonly string[],
  options: Partial<TrainOptions> = {},
): Model {
  return train("quote", examples, sources, { threshold: QUOTE_THRESHOLD, ...options });
}

export interface QuoteCrossValidation {
  group: string;
  mode: RegistryMode;
  /** Speakers drafted (a quotation given to a person), right ones, and the hand speakers some candidate reaches. */
  drafted: number;
  right: number;
  gold: number;
  /** What the shipped model (src/suggest/models/quote.json) and the rules alone draft of the same candidates. */
  shipped: { drafted: number; right: number };
  rules: { drafted: number; right: number };
}

/**
 * The speakers a draft's candidates come to as speech.ts takes them: each quotation's rule speakers, the model's
 * speaker for a quotation the rules left (decideSpeakers), or its speaker in place of the one it replaces; with no
 * model, the rules' speakers. Returns how many (quotation, speaker) pairs that is and how many the hand gives.
 */
export function decidedSpeakers(
  candidates: QuoteDraftExamples["candidates"],
  model: Model | null,
): { drafted: number; right: number } {
  const speakers = new Map<QuoteSpan, Set<string>>();
  const speakersOf = (quote: QuoteSpan) => speakers.get(quote) ?? speakers.set(quote, new Set()).get(quote)!;
  for (const { candidate } of candidates) if (candidate.byRule) speakersOf(candidate.quote).add(candidate.person);
  if (model)
    for (const d of decideSpeakers(
      candidates.map((c) => c.candidate),
      model,
    )) {
      if (d.replaces !== undefined) speakersOf(d.quote).delete(d.replaces);
      speakersOf(d.quote).add(d.person);
    }
  const right = new Set(candidates.filter((c) => c.example.label).map((c) => c.candidate));
  let drafted = 0;
  let correct = 0;
  for (const [quote, people] of speakers)
    for (const person of people) {
      drafted++;
      if ([...right].some((c) => c.quote === quote && c.person === person)) correct++;
    }
  return { drafted, right: correct };
}

/**
 * Leave-one-group-out cross-validation, as train-affiliations.ts's: for each set, the model trained on the other sets
 * decides the set's candidates as suggest does (decidedSpeakers); beside it, the shipped model's and the rules' own
 * speakers. The shipped model may have been trained on a set (its trainedOn names them): its figure there is not a
 * held-out one.
 */
export function crossValidateQuotes(
  drafts: QuoteDraftExamples[],
  options: Partial<TrainOptions> = {},
  shipped: Model | null = quoteModel() ?? null,
): QuoteCrossValidation[] {
  const out: QuoteCrossValidation[] = [];
  for (const group of new Set(drafts.map((d) => cvGroup(d.folder)))) {
    const model = trainQuoteModel(
      drafts.filter((d) => cvGroup(d.folder) !== group).flatMap((d) => d.candidates.map((c) => c.example)),
      [],
      options,
    );
    for (const d of drafts) {
      if (cvGroup(d.folder) !== group) continue;
      let row = out.find((x) => x.group === group && x.mode === d.mode);
      if (!row)
        out.push(
          (row = {
            group,
            mode: d.mode,
            drafted: 0,
            right: 0,
            gold: 0,
            shipped: { drafted: 0, right: 0 },
            rules: { drafted: 0, right: 0 },
          }),
        );
      const held = decidedSpeakers(d.candidates, model);
      row.drafted += held.drafted;
      row.right += held.right;
      for (const [into, m] of [
        [row.shipped, shipped],
        [row.rules, null],
      ] as const) {
        const { drafted, right } = decidedSpeakers(d.candidates, m);
        into.drafted += drafted;
        into.right += right;
      }
      row.gold += d.candidates.filter((c) => c.example.label).length;
    }
  }
  return out;
}

/** The script: its output written to `io`; returns the exit code. */
export function main(argv: string[], io: ScriptOutput = process): number {
  const args = trainingArgs(
    argv,
    new URL("../src/suggest/models/quote.json", import.meta.url).pathname,
    "usage: npm run train:quotes -- [--cv] <annotated folder> … [--out <file>] [--modes full,none] [--l2 n] [--min-count n] [--threshold n]",
    ["--cv"],
  );
  if (typeof args === "string") {
    io.stderr.write(`${args}\n`);
    return 2;
  }
  const { folders, out, modes } = args;
  let trained: QuoteTrainingReport;
  try {
    trained = trainQuotes(folders, modes, args.train);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { model, examples, folders: report } = trained;
  for (const f of report)
    io.stdout.write(
      `${relative(process.cwd(), annotatedFolder(f.folder)) || "."}: ${f.sources} sources, ${f.quotations} quotations, ${f.examples} candidate speakers, ${f.positives} of them the speaker\n`,
    );
  const cv = args.flags.has("--cv");
  io.stdout.write(
    `trained on ${examples.length} candidate speakers, ${examples.filter((e) => e.label).length} of them the speaker, modes ${modes.join(", ")}: ${Object.keys(model.weights).length} features${cv ? " (cross-validation: no model written)" : ` → ${relative(process.cwd(), out)}`}\n`,
  );
  if (cv) {
    const rows = crossValidateQuotes(trained.drafts, args.train);
    printCrossValidation(
      io,
      rows,
      modes,
      "each set held out in turn (its model trained on the others; beneath it the shipped model and the rules alone on the same set; recall of the hand speakers some candidate reaches)",
    );
    return 0;
  }
  writeFileAtomic(out, modelJson(model));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
