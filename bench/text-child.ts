// One large-source case in a process of its own (started by bench/run.ts with --expose-gc): writes its corpus (the
// shipped graph-data plus one generated source of the size asked for), then times the command a user would run on it,
// through the CLI's run() in this process. Reports the measure to the parent over IPC, or as a JSON line without one.
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { run } from "../src/cli/main.js";
import { peakRssMb, resetPeak } from "./memory.js";
import { nearMissQuote, panelText } from "./panel-text.js";
import { transcriptPdf } from "./transcript-text.js";
import type { TextCase, TextMeasure } from "./results.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = "generated-panels";

export type TextChildMessage = { type: "measure"; measure: TextMeasure } | { type: "error"; message: string };

const send = (message: TextChildMessage) => {
  if (process.send) process.send(message);
  else process.stdout.write(`${JSON.stringify(message)}\n`);
};

/** Runs the CLI in this process, keeping what it prints. */
async function cli(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  let output = "";
  const sink = { write: (chunk: string) => void (output += chunk) };
  const code = await run(args, { stdout: sink, stderr: sink, cwd, env: {} });
  return { code, output };
}

/**
 * The corpus of a case: the shipped corpus, the generated source added as a user adds one, and for `validate` an
 * annotation file quoting it: 20 exact quotes spread through it, and the near miss last. Returns the source's bytes.
 */
async function prepare(dir: string, kind: TextCase, bytes: number, seed: number): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "graph-data"), join(dir, "corpus"), { recursive: true });
  if (kind === "add-source-pdf" || kind === "suggest-pdf") {
    // `bytes` is the PDF's pages here.
    writeFileSync(join(dir, "hearing.pdf"), await transcriptPdf(bytes, seed));
    if (kind === "suggest-pdf") await addPdf(dir);
    return bytes;
  }
  const text = panelText(bytes, seed);
  writeFileSync(join(dir, "source.txt"), text);
  const added = await cli(
    ["add-source", "source.txt", "--title", "Generated panels", "--id", SOURCE, "--data", "corpus"],
    dir,
  );
  if (added.code !== 0) throw new Error(`add-source failed:\n${added.output}`);
  if (kind === "validate-near-miss") {
    const agreed = [...text.matchAll(/The panel agreed that [^\n]*?\./gu)].map((m) => m[0]);
    const step = Math.max(1, Math.floor(agreed.length / 20));
    const quotes = agreed.filter((_, i) => i % step === 0).slice(0, 20);
    const evidence = [
      ...quotes.map((q) => `      - quote: ${JSON.stringify(q)}\n        kind: reported\n`),
      `      - quote: ${JSON.stringify(nearMissQuote(text).quote)}\n        kind: direct-quote\n`,
    ];
    writeFileSync(
      join(dir, "corpus", "annotations", `${SOURCE}.yaml`),
      `source: ${SOURCE}\nclaims:\n  - relation: covers\n    from: ${SOURCE}\n    to: health-inequalities\n` +
        `    evidence:\n${evidence.join("")}`,
    );
  }
  return Buffer.byteLength(text);
}

const PDF_ADD = ["add-source", "hearing.pdf", "--id", SOURCE, "--data", "corpus"];

async function addPdf(dir: string): Promise<void> {
  const added = await cli(PDF_ADD, dir);
  if (added.code !== 0) throw new Error(`add-source failed:\n${added.output}`);
}

const { values } = parseArgs({
  options: {
    case: { type: "string" },
    bytes: { type: "string" },
    seed: { type: "string", default: "1" },
    work: { type: "string" },
  },
});

try {
  const kind = values.case as TextCase;
  const bytes = Number(values.bytes);
  const cases = ["validate-near-miss", "suggest", "add-source-pdf", "suggest-pdf"];
  if (!cases.includes(kind) || !Number.isFinite(bytes) || !values.work) {
    throw new Error(`usage: text-child.ts --case ${cases.join("|")} --bytes n (pages for a PDF) --work dir [--seed s]`);
  }
  const sourceBytes = await prepare(values.work, kind, bytes, Number(values.seed));
  const pdf = kind === "add-source-pdf" || kind === "suggest-pdf";
  // The suggester and its language model (and the PDF reader) load on the command's first run in a process: the
  // PDF cases time that, as a user's command does; the others load them now, untimed, as they always have.
  if (!pdf) {
    await import("../src/suggest/suggest.js");
    await import("../src/suggest/evaluate.js");
  }
  const suggesting = kind === "suggest" || kind === "suggest-pdf";
  const args =
    kind === "add-source-pdf"
      ? PDF_ADD
      : suggesting
        ? ["suggest", SOURCE, "--data", "corpus", "--out", "draft.yaml"]
        : ["validate", "corpus"];
  (globalThis as { gc?: () => void }).gc?.();
  resetPeak();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await cli(args, values.work);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const peak = peakRssMb();
  // The case must have done what it measures: a draft written, the PDF added, or the near miss reported as one.
  const expected = suggesting
    ? /^Wrote .*draft\.yaml: /
    : kind === "add-source-pdf"
      ? /^Added source /
      : /differs only in punctuation, quotes or spacing/;
  if (result.code !== (kind === "validate-near-miss" ? 1 : 0) || !expected.test(result.output)) {
    throw new Error(`panelgraph ${args.join(" ")} exited ${result.code}:\n${result.output.slice(0, 2000)}`);
  }
  const measure: TextMeasure = { case: kind, bytes: sourceBytes, seconds, peakRssMb: peak };
  measure.cpuSeconds = Math.round((used.user + used.system) / 1e3) / 1e3;
  if (pdf) {
    measure.pages = bytes;
    measure.bytes = statSync(join(values.work, "corpus", "sources", `${SOURCE}.txt`)).size;
  }
  send({ type: "measure", measure });
} catch (error) {
  send({ type: "error", message: (error as Error).stack ?? String(error) });
  process.exitCode = 1;
}
process.disconnect?.();
