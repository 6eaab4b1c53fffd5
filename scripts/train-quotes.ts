// Trains the quote model (src/suggest/models/quote.json) on annotated folders.
//
//   npm run train:quotes -- <folder> [<folder> …] [--out <file>] [--modes full,none]
//
// Each folder has the layout `suggest --evaluate --data` takes (registry.yaml, sources/, annotations/); "dev" and
// "shipped" name the evaluation set's development half and the shipped corpus (scripts/folders.ts). For each
// annotated source, with its annotations hidden, the real `suggest` code runs (the rules alone, whatever model is
// shipped) and lists the candidate speakers of each quotation the rules give to someone or leave to no one
// (src/suggest/attribution.ts); a candidate is a positive example when the hand annotations have a passage of that
// quotation as `direct-quote` evidence of a claim from that person. Each source is read with the registry as given
// ("full") and with an empty one ("none"). The same folders give the same model, byte for byte. The model written to
// src/suggest/models/quote.json is used by `suggest` from then on (docs/add-a-source.md, "Quote attribution").
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../src/io/atomic.js";
import type { Corpus } from "../src/model/corpus.js";
import { REGISTRY_SECTIONS } from "../src/model/schema.js";
import type { QuoteCandidate } from "../src/suggest/attribution.js";
import { evaluateSuggestions, type RegistryMode } from "../src/suggest/evaluate.js";
import { KnownEntities } from "../src/suggest/known.js";
import { type Example, type Model, modelJson, train } from "../src/suggest/learn.js";
import type { Draft } from "../src/suggest/suggest.js";
import { annotatedFolder, folderName, type ScriptOutput, trainingArgs } from "./folders.js";

export interface QuoteTrainingReport {
  model: Model;
  examples: Example[];
  folders: { folder: string; sources: number; quotations: number; examples: number; positives: number }[];
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
export function trainQuotes(folders: string[], modes: readonly RegistryMode[] = ["full", "none"]): QuoteTrainingReport {
  const examples: Example[] = [];
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
      onDraft: (draft, full) => {
        sources.add(draft.source);
        quotations += new Set(pending.map((c) => c.quote)).size;
        examples.push(...labelled(pending, draft, full));
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
  );
  return { model, examples, folders: report };
}

/**
 * The model of these examples. A quotation the rules give to no one is given by it only at QUOTE_THRESHOLD or more: a
 * scare quote, a title or a slogan near a name costs a wrong attribution.
 */
export function trainQuoteModel(examples: readonly Example[], sources: readonly string[]): Model {
  return train("quote", examples, sources, { threshold: QUOTE_THRESHOLD });
}

/** The script: its output written to `io`; returns the exit code. */
export function main(argv: string[], io: ScriptOutput = process): number {
  const args = trainingArgs(
    argv,
    new URL("../src/suggest/models/quote.json", import.meta.url).pathname,
    "usage: npm run train:quotes -- <annotated folder> … [--out <file>] [--modes full,none]",
  );
  if (typeof args === "string") {
    io.stderr.write(`${args}\n`);
    return 2;
  }
  const { folders, out, modes } = args;
  let trained: QuoteTrainingReport;
  try {
    trained = trainQuotes(folders, modes);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { model, examples, folders: report } = trained;
  for (const f of report)
    io.stdout.write(
      `${relative(process.cwd(), annotatedFolder(f.folder)) || "."}: ${f.sources} sources, ${f.quotations} quotations, ${f.examples} candidate speakers, ${f.positives} of them the speaker\n`,
    );
  io.stdout.write(
    `trained on ${examples.length} candidate speakers, ${examples.filter((e) => e.label).length} of them the speaker, modes ${modes.join(", ")}: ${Object.keys(model.weights).length} features → ${relative(process.cwd(), out)}\n`,
  );
  writeFileAtomic(out, modelJson(model));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
