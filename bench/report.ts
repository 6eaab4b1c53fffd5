// Prints a results file (bench/results/latest.json by default) as Markdown: the table and the targets, for
// docs/performance.md. `node --import tsx bench/report.ts [results.json]`
import { readFileSync } from "node:fs";
import { checkTargets, formatTable, type Results, type TargetCheck } from "./results.js";

const path = process.argv[2] ?? new URL("./results/latest.json", import.meta.url).pathname;
const results = JSON.parse(readFileSync(path, "utf8")) as Results;
const details = (results.machine.details ?? {}) as Record<string, { layoutSeparation?: number }>;
const layoutSeparation = Object.fromEntries(
  Object.entries(details)
    .filter(([, d]) => d.layoutSeparation !== undefined)
    .map(([size, d]) => [size, d.layoutSeparation!]),
);
const word = (c: TargetCheck) => (c.pass === null ? "N/A" : c.pass ? "**PASS**" : "**FAIL**");
process.stdout.write(`${formatTable(results.runs, true)}\n\n`);
process.stdout.write("| | Target | Measured |\n| --- | --- | --- |\n");
for (const check of checkTargets(results.runs, { layoutSeparation })) {
  process.stdout.write(`| ${word(check)} | ${check.target} | ${check.detail.replace(/\|/g, "\\|")} |\n`);
}
