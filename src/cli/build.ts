// `panelgraph build`'s report: what it read and made (the work is src/export/graph-file.ts).
import { conflictReadings, readingSources, sourceDates } from "../analysis/conflicts.js";
import type { BuildResult } from "../export/graph-file.js";
import { plural, printProblems } from "./corpus.js";
import { successionLine } from "./print-analysis.js";

const NODE_PLURALS: Record<string, string> = { person: "people" };

/** Prints what a build read and made; `shown` turns a path into what the user should read. */
export function printBuildReport(
  { corpus, graph, report }: BuildResult,
  write: (line: string) => void,
  shown: (path: string) => string,
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
  const warnings = corpus.problems.filter((p) => p.severity === "warning");
  if (warnings.length > 0) {
    write(`Warnings: ${warnings.length}`);
    printProblems(warnings, (line) => write(`  ${line}`));
  }
  const { previous } = report;
  if (previous && "unreadable" in previous) {
    write(
      `Layout: afresh, communities numbered by size (the previous ${shown(previous.file)} could not be read: ${previous.unreadable})`,
    );
  } else if (previous) {
    write(
      `Layout: kept from ${shown(previous.file)} (${previous.nodes} of ${totalNodes} nodes were there; ` +
        "communities keep their numbers)",
    );
  }
  write(`Wrote ${shown(report.out)} (${(report.bytes / 1024).toFixed(1)} kB)`);
}
