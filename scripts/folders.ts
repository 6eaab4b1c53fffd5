// The annotated folders the scripts read (scripts/audit-recommendations.ts, train-affiliations.ts, train-quotes.ts),
// named as `suggest --evaluate` names them: "dev" is the evaluation set's development half, "shipped" the shipped corpus
// (graph-data/), anything else a folder with the layout `suggest --evaluate --data` takes. The held-out half is refused:
// no script may learn from it or be tuned on it. Also the training scripts' shared arguments.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluationSetDir, REGISTRY_MODES, type RegistryMode } from "../src/suggest/evaluate.js";
import type { TrainOptions } from "../src/suggest/learn.js";

/**
 * Where a training script's main() writes: the process's own streams when run as a script, a test's strings when a
 * test calls it in its own process (no second node loading tsx and the suggester, ~2 s of CPU a run).
 */
export interface ScriptOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The folder a script's argument names; throws, saying why, for the evaluation set's held-out half. */
export function annotatedFolder(name: string): string {
  if (name === "dev") return evaluationSetDir("dev");
  if (name === "shipped") return fileURLToPath(new URL("../graph-data", import.meta.url));
  const folder = resolve(name);
  if (name === "held-out" || folder === resolve(evaluationSetDir("held-out")))
    throw new Error(
      `${name}: the evaluation set's held-out half is measured only as totals (suggest --evaluate --set held-out); no script reads it`,
    );
  return folder;
}

/**
 * A folder as a model's JSON names it: its last two parts ("set13/blog", "eval/dev"), not the machine's path; the
 * shipped corpus is "graph-data", whatever the checkout's folder is called.
 */
export function folderName(folder: string): string {
  if (folder === annotatedFolder("shipped")) return "graph-data";
  return resolve(folder).split(/[\\/]/u).slice(-2).join("/");
}

/** What a training script was asked: its folders, where to write the model, the registry modes, and its own flags. */
export interface TrainingArgs {
  folders: string[];
  out: string;
  modes: RegistryMode[];
  flags: Set<string>;
  /** Training options given (`--l2 0.03 --min-count 3 --threshold 0.6`); the script's own defaults otherwise. */
  train: Partial<Pick<TrainOptions, "l2" | "minCount" | "threshold">>;
}

/** The training options a script takes on its command line, each a number (learn.ts, TrainOptions). */
const TRAIN_OPTIONS = { "--l2": "l2", "--min-count": "minCount", "--threshold": "threshold" } as const;

/**
 * Reads a training script's arguments (`<folder> … [--out <file>] [--modes full,none] [--l2 n] [--min-count n]
 * [--threshold n]` and the script's own `flags`);
 * a string is the message for a bad one (an unknown option, a folder that does not exist: never a model trained on
 * nothing written over the shipped one), or the usage line when no folder is given or --help is asked.
 */
export function trainingArgs(
  argv: string[],
  defaultOut: string,
  usage: string,
  flags: string[] = [],
): TrainingArgs | string {
  const args: TrainingArgs = { folders: [], out: defaultOut, modes: ["full", "none"], flags: new Set(), train: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") args.out = resolve(argv[++i] ?? "");
    else if (arg in TRAIN_OPTIONS) {
      const value = Number(argv[++i]);
      if (argv[i] === undefined || !Number.isFinite(value) || value < 0)
        return `${arg}: "${argv[i] ?? ""}" is not a number (e.g. ${arg} ${arg === "--min-count" ? 3 : 0.05})`;
      args.train[TRAIN_OPTIONS[arg as keyof typeof TRAIN_OPTIONS]] = value;
    } else if (flags.includes(arg)) args.flags.add(arg);
    else if (arg === "--modes") {
      args.modes = (argv[++i] ?? "").split(",") as RegistryMode[];
      const bad = args.modes.find((m) => !REGISTRY_MODES.includes(m));
      if (bad !== undefined) return `--modes: "${bad}" is not a registry mode (full, stripped, none)`;
    } else if (arg === "--help" || arg === "-h") return usage;
    else if (arg.startsWith("-")) return `${arg}: not an option of this script (${usage.replace(/^usage: /u, "")})`;
    else if (!["dev", "shipped", "held-out"].includes(arg) && !existsSync(resolve(arg)))
      return `${arg}: no such folder; give an annotated folder (or dev, shipped)`;
    else args.folders.push(arg);
  }
  return args.folders.length === 0 ? usage : args;
}

/** One held-out group's counts in a cross-validation: the trained model's, the shipped model's and the rules' alone. */
export interface HeldOutCounts {
  group: string;
  mode: string;
  drafted: number;
  right: number;
  gold: number;
  shipped: { drafted: number; right: number };
  rules: { drafted: number; right: number };
}

/**
 * Prints a cross-validation per registry mode: each group held out in turn, then all groups pooled, each line with the
 * shipped model and the rules alone on the same candidates beneath it. `header` ends the mode's first line.
 */
export function printCrossValidation(
  io: ScriptOutput,
  rows: readonly HeldOutCounts[],
  modes: readonly string[],
  header: string,
): void {
  const sum = (rs: readonly HeldOutCounts[], count: (r: HeldOutCounts) => number) =>
    rs.reduce((n, r) => n + count(r), 0);
  const line = (label: string, rs: readonly HeldOutCounts[]) => {
    const gold = sum(rs, (r) => r.gold);
    return [
      `${label.padEnd(24)} ${scoreLine(
        sum(rs, (r) => r.right),
        sum(rs, (r) => r.drafted),
        gold,
      )}\n`,
      `${"    shipped model".padEnd(24)} ${scoreLine(
        sum(rs, (r) => r.shipped.right),
        sum(rs, (r) => r.shipped.drafted),
        gold,
      )}\n`,
      `${"    rules alone".padEnd(24)} ${scoreLine(
        sum(rs, (r) => r.rules.right),
        sum(rs, (r) => r.rules.drafted),
        gold,
      )}\n`,
    ].join("");
  };
  for (const mode of modes) {
    io.stdout.write(`cross-validated, registry ${mode}, ${header}:\n`);
    for (const group of [...new Set(rows.map((r) => r.group))])
      io.stdout.write(
        line(
          `  ${group}`,
          rows.filter((r) => r.group === group && r.mode === mode),
        ),
      );
    io.stdout.write(
      line(
        "  all",
        rows.filter((r) => r.mode === mode),
      ),
    );
  }
}

/** Precision, recall and F1 of `right` of `drafted` against `gold`, as the cross-validations print them. */
export function scoreLine(right: number, drafted: number, gold: number): string {
  const p = drafted ? right / drafted : 0;
  const r = gold ? right / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `F1 ${f.toFixed(3)}  P ${p.toFixed(3)} (${right}/${drafted})  R ${r.toFixed(3)} (${right}/${gold})`;
}
