// Trains the model that decides which candidate sentences are proposals (src/suggest/models/proposal.json).
//
//   npm run train:proposals -- <annotated folder> [<annotated folder> …] [--out <model.json>]
//
// Each folder has the layout `suggest --evaluate --data` takes (sources/, annotations/, registry.yaml). For each
// annotated source the real `suggest` code runs with the source's annotations hidden (full registry); every candidate
// it weighs (a sentence with a proposal trigger, at a place a proposal can be made) is an example, labelled yes when
// a hand `recommends` claim of that source has evidence in it. The same folders give the same model bytes.
import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { readCorpusFiles } from "../src/ingest/read.js";
import { validateCorpus } from "../src/ingest/validate.js";
import { writeFileAtomic } from "../src/io/atomic.js";
import { evaluateSuggestions } from "../src/suggest/evaluate.js";
import { modelJson, train, type Example, type Model } from "../src/suggest/learn.js";
import { recordProposals, type ProposalCandidate } from "../src/suggest/recommendations.js";
import { overlaps } from "../src/suggest/text.js";

export const MODEL_FILE = resolve(dirname(new URL(import.meta.url).pathname), "../src/suggest/models/proposal.json");

/**
 * Lighter L2 than the default, and more passes: with ~450 candidates, rarer structures still get a say. Chosen by
 * cross-validation over the real texts (each group left out in turn): precision 0.81, recall 0.86 on the group left out.
 */
export const TRAINING = { l2: 0.001, epochs: 1500 };

export interface FolderExamples {
  folder: string;
  sources: number;
  examples: Example[];
  /** The candidates' sentences, and the rules' verdicts on them, in the order of `examples`. */
  texts: string[];
  rules: boolean[];
  /** How the rules did on the same candidates: the model's baseline. */
  rule: { yes: number; right: number };
}

/** The candidates of every annotated source of `folder`, labelled from its hand annotations. */
export function proposalExamples(folder: string): FolderExamples {
  const raw = readCorpusFiles(folder);
  const errors = raw.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new Error(
      `${join(folder, first.file)}${first.line ? `:${first.line}` : ""}: ${first.field ? `${first.field}: ` : ""}${first.message}` +
        `${first.hint ? ` (${first.hint})` : ""}${errors.length > 1 ? `; and ${errors.length - 1} more: run \`panelgraph validate --data ${folder}\`` : ""}`,
    );
  }
  const full = validateCorpus(raw);
  const gold = new Map<string, { start: number; end: number }[]>();
  for (const claim of full.claims) {
    if (claim.relation !== "recommends") continue;
    for (const e of claim.evidence) {
      const source = e.source ?? claim.source;
      gold.set(source, [...(gold.get(source) ?? []), e]);
    }
  }
  const examples: Example[] = [];
  const texts: string[] = [];
  const rules: boolean[] = [];
  const rule = { yes: 0, right: 0 };
  let current = "";
  let sources = 0;
  recordProposals((candidate: ProposalCandidate) => {
    const label = (gold.get(current) ?? []).some((g) => overlaps(g, candidate));
    examples.push({ features: candidate.features, label });
    texts.push(candidate.text);
    rules.push(candidate.rule);
    if (candidate.rule) {
      rule.yes++;
      if (label) rule.right++;
    }
  });
  try {
    evaluateSuggestions(folder, {
      modes: ["full"],
      onSource: (_done, _total, source) => {
        current = source;
        sources++;
      },
    });
  } finally {
    recordProposals(undefined);
  }
  return { folder, sources, examples, texts, rules, rule };
}

/** A folder's name for the model's record: its path inside the repository, else its last two path parts. */
function folderName(folder: string): string {
  const inside = relative(process.cwd(), folder);
  return inside && !inside.startsWith("..") ? inside : `${basename(dirname(folder))}/${basename(folder)}`;
}

/** Trains the proposal model on the folders, in a fixed order whatever order they are given in. */
export function trainProposals(folders: readonly string[], log: (line: string) => void = () => {}): Model {
  const sorted = [...new Set(folders.map((f) => resolve(f)))].sort();
  const examples: Example[] = [];
  const names: string[] = [];
  for (const folder of sorted) {
    const found = proposalExamples(folder);
    const positives = found.examples.filter((e) => e.label).length;
    const name = folderName(folder);
    names.push(`${name} (${found.sources} sources, ${found.examples.length} candidates, ${positives} proposals)`);
    log(
      `${name}: ${found.sources} sources, ${found.examples.length} candidates, ${positives} proposals; ` +
        `the rules said yes to ${found.rule.yes}, ${found.rule.right} rightly`,
    );
    examples.push(...found.examples);
  }
  const model = train("proposal", examples, names, TRAINING);
  log(
    `trained on ${examples.length} candidates from ${sorted.length} folders, ${model.trainedOn.positives} proposals; ` +
      `${Object.keys(model.weights).length} features weigh`,
  );
  return model;
}

function main(argv: string[]) {
  let file = MODEL_FILE;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") file = resolve(argv[++i] ?? "");
    else folders.push(argv[i]!);
  }
  if (folders.length === 0) {
    process.stderr.write("usage: npm run train:proposals -- <annotated folder> … [--out <model.json>]\n");
    process.exit(2);
  }
  for (const folder of folders) {
    if (!existsSync(resolve(folder, "sources"))) {
      process.stderr.write(
        `train-proposals: ${folder}: no sources/ folder; give folders laid out as \`suggest --evaluate --data\` takes them\n`,
      );
      process.exit(2);
    }
  }
  let model;
  try {
    model = trainProposals(folders, (line) => process.stdout.write(`${line}\n`));
  } catch (error) {
    process.stderr.write(`train-proposals: ${(error as Error).message}\n`);
    process.exit(1);
  }
  writeFileAtomic(file, modelJson(model));
  process.stdout.write(`wrote ${relative(process.cwd(), file) || file}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) main(process.argv.slice(2));
