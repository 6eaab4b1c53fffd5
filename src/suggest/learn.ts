// A small logistic-regression scorer for the decisions `suggest` makes from many weak signals (is this person tied to
// this organisation? — affiliations.ts). Features are named, mostly 0/1 facts about the text's structure
// ("between:comma", "rule:witness-list"); the weights are learned from annotated folders and kept as JSON.
// Training is deterministic: no random order, no random start, so the same examples give the same model bytes.

import { readFileSync } from "node:fs";

export type Features = Readonly<Record<string, number>>;

export interface Example {
  features: Features;
  label: boolean;
}

export interface Model {
  /** What the model decides, e.g. "affiliation". */
  decides: string;
  bias: number;
  /** Sorted by feature name; a feature not listed weighs 0. */
  weights: Record<string, number>;
  /** Scores at or above this are a yes (`score(model, features) >= threshold`). */
  threshold: number;
  /** How the model was made: the folders and counts, for the reader of the JSON. */
  trainedOn: { examples: number; positives: number; sources: string[] };
}

export interface TrainOptions {
  /** Full passes over the examples. */
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights (not the bias): keeps rare features from deciding alone. */
  l2: number;
  /** Features seen in fewer examples than this are left out of the model. */
  minCount: number;
  threshold: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 400, learningRate: 0.5, l2: 0.01, minCount: 2, threshold: 0.5 };

const DIGITS = 4;

export function train(
  decides: string,
  examples: readonly Example[],
  sources: readonly string[],
  options: Partial<TrainOptions> = {},
): Model {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const names = featureNames(examples, o.minCount);
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => sparseRow(e.features, index));
  const labels = examples.map((e) => (e.label ? 1 : 0));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const gradient = new Float64Array(names.length);
    let gradientBias = 0;
    rows.forEach((row, r) => {
      const error = sigmoid(bias + dot(w, row)) - labels[r]!;
      gradientBias += error;
      for (const [i, value] of row) gradient[i]! += error * value;
    });
    bias -= (o.learningRate * gradientBias) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= o.learningRate * (gradient[i]! / n + o.l2 * w[i]!);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const rounded = round(w[i]!);
    if (rounded !== 0) weights[name] = rounded;
  });
  return {
    decides,
    bias: round(bias),
    weights,
    threshold: o.threshold,
    trainedOn: { examples: examples.length, positives: labels.filter(Boolean).length, sources: [...sources].sort() },
  };
}

/** The model's probability that the answer is yes. */
export function score(model: Model, features: Features): number {
  let sum = model.bias;
  for (const [name, value] of Object.entries(features)) sum += (model.weights[name] ?? 0) * value;
  return sigmoid(sum);
}

/** The model as JSON with stable key order, so retraining on the same folders changes no byte. */
export function modelJson(model: Model): string {
  return JSON.stringify({ ...model, weights: sortedRecord(model.weights) }, null, 2) + "\n";
}

const loaded = new Map<string, Model>();

/** A model shipped in src/suggest/models/<name>.json (written by its training script), read once. */
export function shippedModel(name: string): Model {
  let model = loaded.get(name);
  if (!model) {
    const file = new URL(`./models/${name}.json`, import.meta.url);
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Model>;
    if (typeof parsed.bias !== "number" || typeof parsed.threshold !== "number" || typeof parsed.weights !== "object")
      throw new Error(`${file.pathname}: not a model (bias, threshold and weights expected); retrain it`);
    model = parsed as Model;
    loaded.set(name, model);
  }
  return model;
}

function featureNames(examples: readonly Example[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const [name, value] of Object.entries(e.features))
      if (value !== 0) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c >= minCount)
    .map(([name]) => name)
    .sort();
}

function sparseRow(features: Features, index: Map<string, number>): [number, number][] {
  const row: [number, number][] = [];
  for (const [name, value] of Object.entries(features)) {
    const i = index.get(name);
    if (i !== undefined && value !== 0) row.push([i, value]);
  }
  return row.sort((a, b) => a[0] - b[0]);
}

function dot(w: Float64Array, row: [number, number][]): number {
  let sum = 0;
  for (const [i, value] of row) sum += w[i]! * value;
  return sum;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function round(x: number): number {
  const r = Number(x.toFixed(DIGITS));
  return Object.is(r, -0) ? 0 : r;
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
