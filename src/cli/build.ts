// `panelgraph build`'s report: what it read and made (the work is src/export/graph-file.ts).
import { conflictReadings, readingSources, sourceDates } from "../analysis/conflicts.js";
import { previousGraphPath, type BuildResult, type FollowedBuild } from "../export/graph-file.js";
import type { Problem } from "../model/problem.js";
import { plural, printProblems, shellWord } from "./corpus.js";
import { anotherCorpusWords } from "./previous.js";
import { successionLine } from "./print-analysis.js";

const NODE_PLURALS: Record<string, string> = { person: "people" };

/** How many warnings `serve` prints at each build: the rest are counted, and `panelgraph validate` lists them all. */
export const SERVE_WARNINGS_SHOWN = 5;

/**
 * Prints the first `limit` of `warnings` (all of them without a limit) indented under a "Warnings: N" line; when some
 * are left out, a line says how many and the command that lists them all (`validate` on `dataDir`, as the user wrote it).
 */
export function printWarnings(
  warnings: Problem[],
  write: (line: string) => void,
  shown?: { limit: number; dataDir: string },
): void {
  if (warnings.length === 0) return;
  write(`Warnings: ${warnings.length}`);
  const limit = shown && warnings.length > shown.limit ? shown.limit : warnings.length;
  printProblems(warnings.slice(0, limit), (line) => write(`  ${line}`));
  if (limit < warnings.length) {
    write(
      `  … and ${plural(warnings.length - limit, "more warning")}: ` +
        `\`panelgraph validate ${shellWord(shown!.dataDir)}\` lists them all`,
    );
  }
}

/**
 * Prints what a build read and made; `shown` turns a path into what the user should read. `warningsShown`: print only
 * the first few warnings (serve, whose terminal is read at a glance), with the command that lists them all.
 */
export function printBuildReport(
  { corpus, graph, report }: BuildResult,
  write: (line: string) => void,
  shown: (path: string) => string,
  warningsShown?: { limit: number; dataDir: string },
): void {
  const repaired = report.sources.filter((s) => s.repairs > 0);
  write(
    `Read ${plural(report.sources.length, "source")} from ${report.dataDir}` +
      (repaired.length
        ? ` (repaired ${repaired.map((s) => `${s.repairs} damaged characters in ${s.id}`).join(", ")})`
        : ""),
  );
  const nodes = Object.entries(report.nodes).filter(([, n]) => n > 0);
  const totalNodes = nodes.reduce((sum, [, n]) => sum + n, 0);
  write(
    `Nodes: ${totalNodes}${nodes.length ? ` — ${nodes.map(([t, n]) => plural(n, t, NODE_PLURALS[t])).join(", ")}` : ""}`,
  );
  const edges = Object.entries(report.edges).filter(([, n]) => n > 0);
  const totalEdges = edges.reduce((sum, [, n]) => sum + n, 0);
  write(`Edges: ${totalEdges}${edges.length ? ` — ${edges.map(([r, n]) => `${r} ${n}`).join(", ")}` : ""}`);
  write(`Evidence: ${report.evidence} passages behind those edges`);
  const dateOf = sourceDates(graph);
  if (report.conflicts.length === 0) write("Conflicts: none");
  for (const conflict of report.conflicts) {
    const what = conflict.organisation ? `role at ${conflict.organisation.label}` : conflict.field;
    const values = conflictReadings(conflict)
      .map((r) => `"${r.value}" ${readingSources(r)}`)
      .join(" vs ");
    write(`Conflict: ${conflict.entity.label}, ${what}: ${values}`);
  }
  for (const succession of report.successions) write(`Succession: ${successionLine(succession, dateOf)}`);
  const { claims, entities } = corpus.pending;
  if (claims + entities > 0) {
    write(
      `Suggested, not yet accepted (left out of the graph): ${plural(claims, "claim")}, ` +
        `${plural(entities, "entity", "entities")}; set \`status: accepted\` on each one you have checked`,
    );
  }
  printWarnings(
    corpus.problems.filter((p) => p.severity === "warning"),
    write,
    warningsShown,
  );
  const { previous } = report;
  if (previous && "unreadable" in previous) {
    write(
      `Layout: afresh, communities numbered by size (the previous ${shown(previous.file)} could not be read: ${previous.unreadable})`,
    );
  } else if (previous && "notFollowed" in previous) {
    const { shared, had } = previous.notFollowed;
    const kept = shown(previousGraphPath(report.out));
    // A folder renamed or copied keeps its nodes: following its last build is then one option away.
    const renamed = shared * 2 >= had ? ` (\`--previous ${kept}\` follows it, if it was this corpus's)` : "";
    write(
      `Layout: afresh, communities numbered by size: ${shown(previous.file)} was another corpus's graph ` +
        `(${anotherCorpusWords(previous.notFollowed)}), so nothing ` +
        `was kept from it; it is now ${kept}${renamed}. Give each corpus its own --out (or run build from its own ` +
        "folder) to keep its communities' numbers and `diff` from one build to the next",
    );
  } else if (previous) {
    write(`Layout: ${followedLine(previous, totalNodes, shown)}`);
  }
  write(`Wrote ${shown(report.out)} (${(report.bytes / 1024).toFixed(1)} kB)`);
}

/** What a build kept from the one it followed, true however much that was. */
function followedLine(previous: FollowedBuild, totalNodes: number, shown: (path: string) => string): string {
  const { nodes, had, communities, other } = previous;
  const file = shown(previous.file);
  const numbers =
    communities.kept === communities.total
      ? "communities keep their numbers"
      : communities.kept === 0
        ? `no community kept a number: the ${communities.total} took numbers ${file} did not use`
        : `${communities.kept} of ${communities.total} communities keep their numbers, the others took numbers ${file} did not use`;
  const line = `kept from ${file} (${nodes} of ${totalNodes} nodes were there; ${numbers})`;
  if (!other) return line;
  return (
    `${line}; it looks like another corpus's graph (${other.corpus !== undefined ? `built from ${other.corpus}, ` : ""}` +
    `${nodes} of its ${had} nodes in this one): give this corpus's own, or --fresh`
  );
}
