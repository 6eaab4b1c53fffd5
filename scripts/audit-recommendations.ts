// Pools, over annotated folders, how often each kind of proposal the rules find is right (the gold has a
// `recommends` claim whose evidence meets its passage), and which gold proposals no rule finds.
//
//   npm run audit:recommendations -- <folder> [<folder> …] [--json] [--missed]
//
// Each folder has the layout `suggest --evaluate --data` takes ("dev" and "shipped" name the evaluation set's
// development half and the shipped corpus: scripts/folders.ts). Every proposal the rules find is counted, drafted or not, under each of its facts of structure
// (recommendations.ts, `proposalFacts`), so the counts say what each kind would give if drafted. Only the registry as
// given ("full") is read: what a proposal is does not depend on it.
import { pathToFileURL } from "node:url";
import { evaluateSuggestions } from "../src/suggest/evaluate.js";
import { factNames, type ProposalFacts } from "../src/suggest/recommendations.js";
import { annotatedFolder } from "./folders.js";

export interface Tally {
  found: number;
  right: number;
}

export interface Audit {
  /** Per fact name: how many proposals of that kind the rules find, and how many the gold has. */
  kinds: Record<string, Tally>;
  /** Every proposal found: its folder, passage, facts, whether drafted and whether right. */
  proposals: {
    folder: string;
    source: string;
    passage: string;
    facts: ProposalFacts;
    drafted: boolean;
    right: boolean;
  }[];
  /** Gold proposals no proposal found meets: folder, source, passage. */
  missed: { folder: string; source: string; passage: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * One proposal per passage: the rules may read one sentence along two paths (a speaker's words in the narrative and
 * reported speech), which the draft states once. Kept: the drafted reading if any, else the first.
 */
function oncePerPassage<T extends { span: { start: number; end: number }; drafted: boolean }>(found: T[]): T[] {
  const byPassage = new Map<string, T>();
  for (const c of found) {
    const key = `${c.span.start}:${c.span.end}`;
    const seen = byPassage.get(key);
    if (!seen || (c.drafted && !seen.drafted)) byPassage.set(key, c);
  }
  return [...byPassage.values()];
}

export function auditRecommendations(folders: string[]): Audit {
  const audit: Audit = { kinds: {}, proposals: [], missed: [] };
  for (const folder of folders) {
    let pending: { span: { start: number; end: number }; facts: ProposalFacts; drafted: boolean }[] = [];
    evaluateSuggestions(annotatedFolder(folder), {
      modes: ["full"],
      suggest: { onRecommendation: (c) => pending.push(c) },
      onDraft: (draft, full) => {
        const text = full.sources.find((s) => s.meta.id === draft.source)!.text;
        pending = oncePerPassage(pending);
        const gold = full.claims
          .filter((c) => c.relation === "recommends")
          .flatMap((c) => c.evidence.filter((e) => e.source === draft.source));
        for (const c of pending) {
          const right = gold.some((g) => overlaps(g, c.span));
          const passage = text.slice(c.span.start, c.span.end).replace(/\s+/gu, " ");
          audit.proposals.push({ folder, source: draft.source, passage, facts: c.facts, drafted: c.drafted, right });
          for (const name of ["all", ...factNames(c.facts)]) {
            const t = (audit.kinds[name] ??= { found: 0, right: 0 });
            t.found++;
            if (right) t.right++;
          }
        }
        for (const g of gold) {
          if (pending.some((c) => overlaps(g, c.span))) continue;
          audit.missed.push({
            folder,
            source: draft.source,
            passage: text.slice(g.start, g.end).replace(/\s+/gu, " "),
          });
        }
        pending = [];
      },
    });
  }
  return audit;
}

function main(argv: string[]): number {
  const folders = argv.filter((a) => !a.startsWith("--"));
  if (folders.length === 0) {
    process.stderr.write("usage: npm run audit:recommendations -- <folder> [<folder> …] [--json] [--missed]\n");
    return 2;
  }
  let audit: Audit;
  try {
    audit = auditRecommendations(folders);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(audit, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${"kind".padEnd(34)} found  right  precision\n`);
  for (const [name, t] of Object.entries(audit.kinds).sort(([a], [b]) => a.localeCompare(b))) {
    const p = (t.right / t.found).toFixed(2);
    process.stdout.write(`${name.padEnd(34)} ${String(t.found).padStart(5)}  ${String(t.right).padStart(5)}  ${p}\n`);
  }
  const drafted = audit.proposals.filter((p) => p.drafted);
  process.stdout.write(
    `drafted: ${drafted.length}, right ${drafted.filter((p) => p.right).length}; gold proposals no rule finds: ${audit.missed.length}\n`,
  );
  if (argv.includes("--missed"))
    for (const m of audit.missed) process.stdout.write(`missed ${m.folder} ${m.source}: ${m.passage}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
