// Trains the affiliation model (src/suggest/models/affiliation.json) on annotated folders.
//
//   npm run train:affiliations -- [--cv] <folder> [<folder> …] [--out <file>] [--modes full,none]
//                                  [--l2 n] [--min-count n] [--threshold n]
//
// Each folder has the layout `suggest --evaluate --data` takes (registry.yaml, sources/, annotations/); "dev" and
// "shipped" name the evaluation set's development half and the shipped corpus (scripts/folders.ts). For each
// annotated source, with its annotations hidden, the real `suggest` code runs and lists its affiliation candidates; a
// candidate is a positive example when the hand annotations have its person `affiliated-with` its organisation. Each
// source is read with the registry as given ("full") and with an empty one ("none"), so the model learns both cases.
// The same folders give the same model, byte for byte.
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../src/io/atomic.js";
import type { Corpus } from "../src/model/corpus.js";
import { REGISTRY_SECTIONS, type NodeType } from "../src/model/schema.js";
import { type AffiliationCandidate, affiliationModel, affiliationsOf } from "../src/suggest/affiliations.js";
import { evaluateSuggestions, type RegistryMode } from "../src/suggest/evaluate.js";
import { KnownEntities } from "../src/suggest/known.js";
import { type Example, type Model, modelJson, train, type TrainOptions } from "../src/suggest/learn.js";
import type { Draft } from "../src/suggest/suggest.js";
import { annotatedFolder, folderName, printCrossValidation, type ScriptOutput, trainingArgs } from "./folders.js";

export interface TrainingReport {
  model: Model;
  /** The examples trained on, before any features were dropped. */
  examples: Example[];
  folders: { folder: string; sources: number; examples: number; positives: number; unreachable: number }[];
  /** Each draft's candidates with their labels, for cross-validation (`--cv`). */
  drafts: DraftExamples[];
}

/** One draft's candidates (as read, with the rules' verdicts) and the hand affiliations no candidate reaches. */
export interface DraftExamples {
  folder: string;
  source: string;
  mode: RegistryMode;
  candidates: { person: string; key: string; stated: boolean; example: Example }[];
  unreachable: number;
}

/** The gold pairs a candidate list cannot reach (no candidate for them), as a reader would name them. */
function labelled(candidates: AffiliationCandidate[], draft: Draft, full: Corpus) {
  const names = KnownEntities.fromCorpus(full.entities.values());
  const declared = new Map(draft.entities.map((e) => [e.id, e]));
  const publisher = full.sources.find((s) => s.meta.id === draft.source)?.meta.publisher;
  // As judgeDraft maps them: a known id is itself; a declared entity is the hand entity of its label, if any.
  const mapped = (id: string, type: NodeType): string => {
    if (full.entities.has(id)) return id;
    const entity = declared.get(id);
    if (entity) return names.byName(REGISTRY_SECTIONS[entity.section], entity.label)?.id ?? `new:${id}`;
    if (type === "organisation" && publisher) return names.byName("organisation", publisher)?.id ?? `new:${id}`;
    return `new:${id}`;
  };
  const gold = new Set(
    full.claims
      .filter((c) => c.source === draft.source && c.relation === "affiliated-with")
      .map((c) => `${c.from}|${c.to}`),
  );
  const examples: Example[] = candidates.map((c) => ({
    features: c.features,
    label: gold.has(`${mapped(c.person, "person")}|${mapped(c.organisation(), "organisation")}`),
  }));
  const reached = new Set(
    candidates.map((c) => `${mapped(c.person, "person")}|${mapped(c.organisation(), "organisation")}`),
  );
  return { examples, unreachable: [...gold].filter((g) => !reached.has(g)).length };
}

/** Builds the examples of each folder and trains the model; deterministic (folders in the order given). */
export function trainAffiliations(
  folders: string[],
  modes: readonly RegistryMode[] = ["full", "none"],
  options: Partial<TrainOptions> = {},
): TrainingReport {
  const examples: Example[] = [];
  const drafts: DraftExamples[] = [];
  const report: TrainingReport["folders"] = [];
  for (const folder of folders) {
    let pending: AffiliationCandidate[] = [];
    const before = examples.length;
    let unreachable = 0;
    const sources = new Set<string>();
    evaluateSuggestions(annotatedFolder(folder), {
      modes,
      suggest: { onAffiliationCandidates: (c) => (pending = c) },
      onDraft: (draft, full, mode) => {
        sources.add(draft.source);
        const found = labelled(pending, draft, full);
        examples.push(...found.examples);
        drafts.push({
          folder,
          source: draft.source,
          mode,
          candidates: pending.map((c, i) => ({
            person: c.person,
            key: c.key,
            stated: c.statements.length > 0,
            example: found.examples[i]!,
          })),
          unreachable: found.unreachable,
        });
        unreachable += found.unreachable;
        pending = [];
      },
    });
    const own = examples.slice(before);
    report.push({
      folder,
      sources: sources.size,
      examples: own.length,
      positives: own.filter((e) => e.label).length,
      unreachable,
    });
  }
  const model = trainOn(
    examples,
    folders.map((f) => folderName(annotatedFolder(f))),
    options,
  );
  return { model, examples, folders: report, drafts };
}

/**
 * Each candidate twice: as read, and without the rules' verdicts. The weights of the structural facts then carry a
 * decision on their own, for the pairs no rule states (the rules were written on these very folders, so with their
 * verdicts alone the model would learn little but to trust them).
 */
function trainOn(examples: Example[], sources: string[], options: Partial<TrainOptions> = {}): Model {
  const unruled = examples.map((e) => ({
    label: e.label,
    features: Object.fromEntries(Object.entries(e.features).filter(([k]) => !k.startsWith("rule"))),
  }));
  return train("affiliation", [...examples, ...unruled], sources, options);
}

/** The group a folder is held out with in cross-validation: its set ("heldback6" for heldback6/blog). */
export function cvGroup(folder: string): string {
  const name = folderName(annotatedFolder(folder));
  return name === "graph-data" ? name : name.split("/")[0]!;
}

export interface CrossValidation {
  group: string;
  mode: RegistryMode;
  /** Affiliations drafted, right ones, and the hand affiliations (reached by a candidate or not). */
  drafted: number;
  right: number;
  gold: number;
  /** What the shipped model (src/suggest/models/affiliation.json) and the rules alone draft of the same candidates. */
  shipped: { drafted: number; right: number };
  rules: { drafted: number; right: number };
}

/**
 * Leave-one-group-out cross-validation: for each group of folders (a set), the model trained on the other groups decides
 * the group's candidates as `suggest` does (affiliationsOf: the rules' pairs, the best scored per person, second posts);
 * beside it, what `shipped` (the model suggest uses today) and the rules alone decide of them. The shipped model may have
 * been trained on a group (its trainedOn names them): its figure there is not a held-out one.
 */
export function crossValidate(
  drafts: DraftExamples[],
  options: Partial<TrainOptions> = {},
  shipped: Model | null = affiliationModel() ?? null,
): CrossValidation[] {
  const groups = [...new Set(drafts.map((d) => cvGroup(d.folder)))];
  const out: CrossValidation[] = [];
  for (const group of groups) {
    const rest = drafts.filter((d) => cvGroup(d.folder) !== group);
    const model = trainOn(
      rest.flatMap((d) => d.candidates.map((c) => c.example)),
      [],
      options,
    );
    for (const d of drafts) {
      if (cvGroup(d.folder) !== group) continue;
      const candidates = d.candidates.map(
        (c) =>
          ({
            person: c.person,
            key: c.key,
            features: c.example.features,
            statements: c.stated ? [{}] : [],
            label: c.example.label,
          }) as unknown as AffiliationCandidate & { label: boolean },
      );
      const decided = (m: Model | null) => {
        const chosen = affiliationsOf(candidates, m) as (AffiliationCandidate & { label: boolean })[];
        return { drafted: chosen.length, right: chosen.filter((c) => c.label).length };
      };
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
      const held = decided(model);
      row.drafted += held.drafted;
      row.right += held.right;
      for (const [into, m] of [
        [row.shipped, shipped],
        [row.rules, null],
      ] as const) {
        const { drafted, right } = decided(m);
        into.drafted += drafted;
        into.right += right;
      }
      row.gold += candidates.filter((c) => c.label).length + d.unreachable;
    }
  }
  return out;
}

/** The script: its output written to `io`; returns the exit code. */
export function main(argv: string[], io: ScriptOutput = process): number {
  const args = trainingArgs(
    argv,
    new URL("../src/suggest/models/affiliation.json", import.meta.url).pathname,
    "usage: npm run train:affiliations -- [--cv] <annotated folder> … [--out <file>] [--modes full,none] [--l2 n] [--min-count n] [--threshold n]",
    ["--cv"],
  );
  if (typeof args === "string") {
    io.stderr.write(`${args}\n`);
    return 2;
  }
  const { folders, out, modes } = args;
  const cv = args.flags.has("--cv");
  let trained: TrainingReport;
  try {
    trained = trainAffiliations(folders, modes, args.train);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { model, examples, folders: report } = trained;
  for (const f of report)
    io.stdout.write(
      `${relative(process.cwd(), annotatedFolder(f.folder)) || "."}: ${f.sources} sources, ${f.examples} candidates, ${f.positives} affiliations (${f.unreachable} hand affiliations no candidate reaches)\n`,
    );
  io.stdout.write(
    `trained on ${examples.length} candidates, ${examples.filter((e) => e.label).length} of them affiliations (each also without the rules' verdicts: ${model.trainedOn.examples} examples), modes ${modes.join(", ")}: ${Object.keys(model.weights).length} features${cv ? " (cross-validation: no model written)" : ` → ${relative(process.cwd(), out)}`}\n`,
  );
  if (cv) {
    // Cross-validated: each set decided by a model trained on the others; the model file is not written.
    const rows = crossValidate(trained.drafts, args.train);
    printCrossValidation(
      io,
      rows,
      modes,
      "each set held out in turn (its model trained on the others; beneath it the shipped model and the rules alone on the same set)",
    );
    return 0;
  }
  writeFileAtomic(out, modelJson(model));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
