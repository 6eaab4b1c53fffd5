// Trains the affiliation model (src/suggest/models/affiliation.json) on annotated folders.
//
//   npm run train:affiliations -- <folder> [<folder> …] [--out <file>] [--modes full,none]
//
// Each folder has the layout `suggest --evaluate --data` takes (registry.yaml, sources/, annotations/); "dev" and
// "shipped" name the evaluation set's development half and the shipped corpus (scripts/folders.ts). For each
// annotated source, with its annotations hidden, the real `suggest` code runs and lists its affiliation candidates; a
// candidate is a positive example when the hand annotations have its person `affiliated-with` its organisation. Each
// source is read with the registry as given ("full") and with an empty one ("none"), so the model learns both cases.
// The same folders give the same model, byte for byte.
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../src/io/atomic.js";
import type { Corpus } from "../src/model/corpus.js";
import { REGISTRY_SECTIONS, type NodeType } from "../src/model/schema.js";
import type { AffiliationCandidate } from "../src/suggest/affiliations.js";
import { evaluateSuggestions, REGISTRY_MODES, type RegistryMode } from "../src/suggest/evaluate.js";
import { KnownEntities } from "../src/suggest/known.js";
import { type Example, type Model, modelJson, train } from "../src/suggest/learn.js";
import type { Draft } from "../src/suggest/suggest.js";
import { annotatedFolder } from "./folders.js";

export interface TrainingReport {
  model: Model;
  /** The examples trained on, before any features were dropped. */
  examples: Example[];
  folders: { folder: string; sources: number; examples: number; positives: number; unreachable: number }[];
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
): TrainingReport {
  const examples: Example[] = [];
  const report: TrainingReport["folders"] = [];
  for (const folder of folders) {
    let pending: AffiliationCandidate[] = [];
    const before = examples.length;
    let unreachable = 0;
    const sources = new Set<string>();
    evaluateSuggestions(annotatedFolder(folder), {
      modes,
      suggest: { onAffiliationCandidates: (c) => (pending = c) },
      onDraft: (draft, full) => {
        sources.add(draft.source);
        const found = labelled(pending, draft, full);
        examples.push(...found.examples);
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
  // Each candidate twice: as read, and without the rules' verdicts. The weights of the structural facts then carry a
  // decision on their own, for the pairs no rule states (the rules were written on these very folders, so with their
  // verdicts alone the model would learn little but to trust them).
  const unruled = examples.map((e) => ({
    label: e.label,
    features: Object.fromEntries(Object.entries(e.features).filter(([k]) => !k.startsWith("rule"))),
  }));
  const model = train(
    "affiliation",
    [...examples, ...unruled],
    folders.map((f) => folderName(annotatedFolder(f))),
  );
  return { model, examples, folders: report };
}

/**
 * A folder as the model's JSON names it: its last two parts ("heldback3/blog", "eval/dev"), not the machine's path;
 * the shipped corpus is "graph-data", whatever the checkout's folder is called.
 */
function folderName(folder: string): string {
  if (folder === annotatedFolder("shipped")) return "graph-data";
  return resolve(folder).split(/[\\/]/u).slice(-2).join("/");
}

function main(argv: string[]): number {
  const folders: string[] = [];
  let out = new URL("../src/suggest/models/affiliation.json", import.meta.url).pathname;
  let modes: RegistryMode[] = ["full", "none"];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") out = resolve(argv[++i] ?? "");
    else if (arg === "--modes") {
      modes = (argv[++i] ?? "").split(",") as RegistryMode[];
      const bad = modes.find((m) => !REGISTRY_MODES.includes(m));
      if (bad !== undefined) {
        process.stderr.write(`--modes: "${bad}" is not a registry mode (full, stripped, none)\n`);
        return 2;
      }
    } else folders.push(arg);
  }
  if (folders.length === 0) {
    process.stderr.write(
      "usage: npm run train:affiliations -- <annotated folder> … [--out <file>] [--modes full,none]\n",
    );
    return 2;
  }
  let trained: TrainingReport;
  try {
    trained = trainAffiliations(folders, modes);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { model, examples, folders: report } = trained;
  for (const f of report)
    process.stdout.write(
      `${relative(process.cwd(), annotatedFolder(f.folder)) || "."}: ${f.sources} sources, ${f.examples} candidates, ${f.positives} affiliations (${f.unreachable} hand affiliations no candidate reaches)\n`,
    );
  process.stdout.write(
    `trained on ${examples.length} candidates, ${examples.filter((e) => e.label).length} of them affiliations (each also without the rules' verdicts: ${model.trainedOn.examples} examples), modes ${modes.join(", ")}: ${Object.keys(model.weights).length} features → ${relative(process.cwd(), out)}\n`,
  );
  writeFileAtomic(out, modelJson(model));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
