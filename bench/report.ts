// Prints a results file (bench/results/latest.json by default) as Markdown: the tables and the targets, for
// docs/performance.md (bench/results/texts.json: the large-source cases). `node --import tsx bench/report.ts [file]`
import { readFileSync } from "node:fs";
import {
  checkTargets,
  checkTextGrowth,
  formatTable,
  formatTextTable,
  type Results,
  type TargetCheck,
} from "./results.js";

const path = process.argv[2] ?? new URL("./results/latest.json", import.meta.url).pathname;
const results = JSON.parse(readFileSync(path, "utf8")) as Results;
const details = (results.machine.details ?? {}) as Record<string, { layoutSeparation?: number }>;
const layoutSeparation = Object.fromEntries(
  Object.entries(details)
    .filter(([, d]) => d.layoutSeparation !== undefined)
    .map(([size, d]) => [size, d.layoutSeparation!]),
);
const word = (c: TargetCheck) => (c.pass === null ? "N/A" : c.pass ? "**PASS**" : "**FAIL**");
const checks = (list: TargetCheck[]) => {
  process.stdout.write("| | Target | Measured |\n| --- | --- | --- |\n");
  for (const check of list) {
    process.stdout.write(`| ${word(check)} | ${check.target} | ${check.detail.replace(/\|/g, "\\|")} |\n`);
  }
};
if (results.runs.length > 0) {
  process.stdout.write(`${formatTable(results.runs, true)}\n\n`);
  checks(checkTargets(results.runs, { layoutSeparation }));
}
if (results.texts?.length) {
  process.stdout.write(`${results.runs.length > 0 ? "\n" : ""}${formatTextTable(results.texts, true)}\n\n`);
  checks(checkTextGrowth(results.texts));
}
