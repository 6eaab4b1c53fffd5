// Roles with dates (d38): a title that changes over time is a succession, not a conflict, when `since`/`until` put the
// two apart; two undated titles stay a conflict whatever their sources' dates. On copies of the mini fixture (invented
// names: Ada Park of Northtown Council, Director of Health in panel-a, dated 2024-05-05; Deputy Director in panel-b).
import { describe, expect, it } from "vitest";
import { findConflicts, findSuccessions } from "../../src/analysis/conflicts.js";
import { printBuildReport } from "../../src/cli/build.js";
import { printConflicts } from "../../src/cli/print-analysis.js";
import { buildGraphFile } from "../../src/export/graph-file.js";
import { printSessionsOf } from "../../src/cli/print-answers.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { turtleExporter } from "../../src/export/turtle.js";
import { buildGraph } from "../../src/graph/build.js";
import { readGraphFile } from "../../src/graph/read-graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { loadValidCorpus, validateCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { currentRole, roleStory } from "../../src/model/roles.js";
import { claimIdentity } from "../../src/model/schema.js";
import { sessionsOf } from "../../src/query/sessions-of.js";
import { applyChange } from "../../src/review/edit.js";
import { copyFixture, edit, tempDir } from "../helpers/corpus.js";

const DIRECTOR = "    role: Director of Health\n";
const DEPUTY = "    role: Deputy Director of Health\n";
const EDGE = "affiliated-with:ada-park->northtown-council";

/** The mini fixture with panel-b dated `panelBDate` and lines added after each of Ada Park's two roles. */
function corpus(options: { panelBDate?: string; director?: string; deputy?: string }): string {
  const dir = copyFixture();
  if (options.panelBDate)
    edit(dir, "sources/panel-b.yaml", "kind: article\n", `date: "${options.panelBDate}"\nkind: article\n`);
  if (options.director) edit(dir, "annotations/panel-a.yaml", DIRECTOR, DIRECTOR + options.director);
  if (options.deputy) edit(dir, "annotations/panel-b.yaml", DEPUTY, DEPUTY + options.deputy);
  return dir;
}

const graphOf = (options: Parameters<typeof corpus>[0]): PanelGraph => buildGraph(loadValidCorpus(corpus(options)));
const roleConflicts = (graph: PanelGraph) => findConflicts(graph).filter((c) => c.field === "role");

function errorsOf(dir: string): string[] {
  return validateCorpus(readCorpusFiles(dir))
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);
}

describe("validate: since and until on a role", () => {
  it("accepts since and until on affiliated-with, in each of the three date forms", () => {
    const dir = corpus({ director: '    since: "2024-03"\n', deputy: '    since: "2019"\n    until: "2024-02-29"\n' });
    expect(errorsOf(dir)).toEqual([]);
  });

  it("refuses a date the calendar does not have, with file, line, field, value and fix", () => {
    const [error, ...more] = errorsOf(corpus({ director: '    since: "2024-13"\n' }));
    expect(more).toEqual([]);
    expect(error).toContain("annotations/panel-a.yaml:19");
    expect(error).toContain("claims.2.since");
    expect(error).toContain("months are 01 to 12");
    expect(error).toContain("2024-13");
    expect(error).toContain("YYYY-MM or YYYY");
  });

  it("refuses until before since, naming both dates", () => {
    const errors = errorsOf(corpus({ deputy: '    since: "2023-05"\n    until: "2022"\n' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("annotations/panel-b.yaml:8");
    expect(errors[0]).toContain("claims.0.until");
    expect(errors[0]).toContain("`until` is before `since`");
    expect(errors[0]).toContain("since 2023-05, until 2022");
  });

  it("takes since 2023-05 with until 2023 as one year, not a reversal", () => {
    expect(errorsOf(corpus({ deputy: '    since: "2023-05"\n    until: "2023"\n' }))).toEqual([]);
  });

  it("one title in two periods is two claims, not a repeat (validate, review and merge-entity fold by this)", () => {
    const claim = { relation: "affiliated-with", from: "ada-park", to: "northtown-council", role: "Chair" };
    expect(claimIdentity({ ...claim, since: "2019" })).not.toBe(claimIdentity({ ...claim, until: "2019" }));
    expect(claimIdentity({ ...claim, since: "2019" })).not.toBe(claimIdentity(claim));
    expect(claimIdentity({ ...claim, since: undefined })).toBe(claimIdentity(claim));
  });

  it("a review edit that makes the claim another relation takes the role's dates away with it", () => {
    const text = [
      "source: fenby-report",
      "claims:",
      "  - relation: affiliated-with",
      "    from: ann-bell",
      "    to: fenby-trust",
      "    role: Chair",
      '    since: "2023-05"',
      "    evidence:",
      '      - { quote: "Ann Bell, Chair of the Fenby Trust since May 2023", kind: reported }',
      "",
    ].join("\n");
    const kept = applyChange(text, { type: "edit", claim: 0, accept: true }).text;
    expect(kept).toContain('since: "2023-05"');
    const moved = applyChange(text, { type: "edit", claim: 0, relation: "mentions", role: null }).text;
    expect(moved).not.toContain("since:");
    expect(moved).not.toContain("role:");
  });

  it("refuses since or until on a relation other than affiliated-with", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    to: devolved-budgets\n",
      '    to: devolved-budgets\n    until: "2024"\n',
    );
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("claims.1.until");
    expect(errors[0]).toContain("only affiliated-with claims take `until`");
    expect(errors[0]).toContain("remove `until`");
  });
});

describe("conflicts: titles at one organisation conflict only when their periods can overlap", () => {
  it("keeps two undated titles a conflict even when their sources are dated years apart", () => {
    const graph = graphOf({ panelBDate: "2022" });
    expect(roleConflicts(graph)).toHaveLength(1);
    expect(findSuccessions(graph)).toEqual([]);
  });

  it("reads a since after the other source's date as a succession, earliest first", () => {
    const graph = graphOf({ panelBDate: "2022", director: '    since: "2023-05"\n' });
    expect(roleConflicts(graph)).toEqual([]);
    const [succession, ...more] = findSuccessions(graph);
    expect(more).toEqual([]);
    expect(succession!.roles.map((r) => [r.value, r.since])).toEqual([
      ["Deputy Director of Health", undefined],
      ["Director of Health", "2023-05"],
    ]);
  });

  it("keeps a dated title against a title from an undated source a conflict (it can be any time)", () => {
    expect(roleConflicts(graphOf({ director: '    since: "2023-05"\n' }))).toHaveLength(1);
  });

  it("keeps a since in the same year as the other source's date a conflict (they can overlap)", () => {
    expect(roleConflicts(graphOf({ panelBDate: "2023", director: '    since: "2023-05"\n' }))).toHaveLength(1);
  });

  it("reads a written until meeting a written since as a handover", () => {
    const graph = graphOf({ director: '    since: "2024"\n', deputy: '    until: "2024"\n' });
    expect(roleConflicts(graph)).toEqual([]);
    expect(findSuccessions(graph)).toHaveLength(1);
  });

  it("`conflicts` says how many successions it read and lists each in order", () => {
    const graph = graphOf({ panelBDate: "2022", director: '    since: "2023-05"\n' });
    const lines: string[] = [];
    printConflicts(graph, findConflicts(graph), (line) => lines.push(line), findSuccessions(graph));
    expect(lines[0]).toMatch(/^No conflicts/);
    expect(lines).toContain(
      "  Ada Park at Northtown Council: Deputy Director of Health (source of 2022) → Director of Health (since 2023-05)",
    );
    expect(lines.some((l) => l.startsWith("1 succession read"))).toBe(true);
  });

  it("`build` reports a succession after the conflicts, and in its JSON report", () => {
    const dir = corpus({ panelBDate: "2022", director: '    since: "2023-05"\n' });
    const result = buildGraphFile(dir, `${tempDir()}/graph.json`);
    expect(result.report.conflicts.filter((c) => c.field === "role")).toEqual([]);
    expect(result.report.successions).toHaveLength(1);
    const lines: string[] = [];
    printBuildReport(
      result,
      (line) => lines.push(line),
      (path) => path,
    );
    expect(lines).toContain(
      "Succession: Ada Park at Northtown Council: Deputy Director of Health (source of 2022) → Director of Health (since 2023-05)",
    );
  });

  it("`conflicts` shows when each conflicting title held: its dates, its source's date, or undated", () => {
    const graph = graphOf({ director: '    since: "2023-05"\n' });
    const lines: string[] = [];
    printConflicts(graph, findConflicts(graph), (line) => lines.push(line), findSuccessions(graph));
    expect(lines.find((l) => l.includes('"Director of Health"'))).toContain("since 2023-05");
    expect(lines.find((l) => l.includes('"Deputy Director of Health"'))).toContain("undated");
    expect(lines.some((l) => l.startsWith("0 successions read"))).toBe(true);
  });

  it("`conflicts` gives a source's date in words: on a day, in a month or a year", () => {
    const graph = graphOf({ panelBDate: "2024-10" });
    const lines: string[] = [];
    printConflicts(graph, findConflicts(graph), (line) => lines.push(line), findSuccessions(graph));
    expect(lines.find((l) => l.includes('"Director of Health"'))).toContain("on 5 May 2024 (source's date)");
    expect(lines.find((l) => l.includes('"Deputy Director of Health"'))).toContain("in October 2024 (source's date)");
    const year = graphOf({ panelBDate: "2024" });
    const more: string[] = [];
    printConflicts(year, findConflicts(year), (line) => more.push(line), findSuccessions(year));
    expect(more.find((l) => l.includes('"Deputy Director of Health"'))).toContain("in 2024 (source's date)");
  });
});

describe("the graph keeps each role with its dates, and names the current one", () => {
  it("keeps since and until on the edge's roles, beside the source", () => {
    const graph = graphOf({ director: '    since: "2023-05"\n', deputy: '    until: "2023"\n' });
    expect(
      graph.getEdgeAttribute(EDGE, "roles")!.map(({ role, source, since, until }) => ({ role, source, since, until })),
    ).toEqual([
      { role: "Director of Health", source: "panel-a", since: "2023-05", until: undefined },
      { role: "Deputy Director of Health", source: "panel-b", since: undefined, until: "2023" },
    ]);
  });

  it("the current role is the latest not ended; none while undated titles disagree", () => {
    const dateOf = (source: string) => ({ a: "2022", b: "2024" })[source];
    const chair = { role: "Chair", source: "b", since: "2023-05" };
    const vice = { role: "Vice Chair", source: "a" };
    expect(currentRole([vice, chair], dateOf)).toBe(chair);
    expect(currentRole([vice, { ...chair, until: "2024" }], dateOf)).toBe(vice);
    expect(currentRole([vice, { role: "Chair", source: "b" }], dateOf)).toBeUndefined();
    expect(roleStory([vice, { role: "Chair", source: "b" }], dateOf)).toBe("conflict");
    expect(currentRole([{ role: "Chair", source: "c" }], dateOf)?.role).toBe("Chair");
  });

  it("a title the sources end is not current, though an older source gives it without dates (w38)", () => {
    const dateOf = (source: string) => ({ a: "2022-10-14", b: "2024-03", c: "2025" })[source];
    const chief = { role: "Chief Executive", source: "a" };
    const ended = { role: "chief  executive", source: "b", until: "2024-01" };
    expect(currentRole([chief, ended], dateOf)).toBeUndefined();
    const board = { role: "Board member", source: "b", since: "2024-02" };
    expect(currentRole([chief, ended, board], dateOf)).toBe(board);
    // A later source that still gives the title, or a later since, keeps it open.
    const later = { role: "Chief Executive", source: "c" };
    expect(currentRole([chief, ended, later], dateOf)).toBe(later);
    const back = { role: "Chief Executive", source: "c", since: "2024-09" };
    expect(currentRole([chief, ended, back], dateOf)).toBe(back);
  });

  it("CSV and GEXF give no current role for a title a later source ends", () => {
    // Ada Park: "director of health" in panel-b (2022), "Director of Health, until 2024-01" in panel-a (2024-05-05).
    const dir = corpus({ director: '    until: "2024-01"\n', panelBDate: "2022" });
    edit(dir, "annotations/panel-b.yaml", DEPUTY, "    role: director of health\n");
    const g = buildGraph(loadValidCorpus(dir));
    const tables = Object.fromEntries(csvExporter.files(g).map((f) => [f.name, [...f.chunks].join("")]));
    const row = tables["edges.csv"]!.split("\n").find((l) => l.startsWith(EDGE))!;
    // roles, then current_role (empty), then evidence_count.
    expect(row).toContain('"Director of Health, until 2024-01 (panel-a); director of health (panel-b)",,2,');
    const gexf = toGexf(g);
    const at = gexf.indexOf(`id="${EDGE.replace(">", "&gt;")}"`);
    const edge = gexf.slice(at, gexf.indexOf("</edge>", at));
    expect(edge).toContain('<attvalue for="roles"');
    expect(edge).not.toContain('<attvalue for="current_role"');
  });
});

describe("queries and exports show the dates", () => {
  const graph = () => graphOf({ panelBDate: "2022", director: '    since: "2023-05"\n' });

  it("sessions-of gives each title its since and until, and prints them", () => {
    const g = graph();
    const answer = sessionsOf(g, "ada-park");
    const titles = answer.sessions.flatMap((s) => s.titles);
    expect(titles.find((t) => t.role === "Director of Health")).toMatchObject({ since: "2023-05" });
    const lines: string[] = [];
    printSessionsOf(g, answer, (line) => lines.push(line), { all: false });
    expect(lines.join("\n")).toContain("Director of Health, Northtown Council, since 2023-05 (panel-a)");
  });

  it("CSV and GEXF write each role with its dates, and the current role", () => {
    const g = graph();
    const tables = Object.fromEntries(csvExporter.files(g).map((f) => [f.name, [...f.chunks].join("")]));
    expect(tables["nodes.csv"]).toContain("Director of Health, Northtown Council, since 2023-05 (panel-a)");
    expect(tables["edges.csv"]).toContain("Director of Health, since 2023-05 (panel-a)");
    const gexf = toGexf(g);
    expect(gexf).toContain('<attribute id="current_role" title="current_role" type="string"/>');
    expect(gexf).toMatch(/<attvalue for="current_role" value="Director of Health"\/>/);
  });

  it("Turtle gives the role node schema.org's startDate, typed as precise as the source", () => {
    const turtle = turtleExporter
      .files(graph(), {})
      .flatMap((f) => [...f.chunks])
      .join("");
    expect(turtle).toContain('schema:startDate "2023-05"^^xsd:gYearMonth');
  });

  it("graph.json keeps since and until, reads them back, and refuses one that is not a string", () => {
    const json = JSON.stringify(JSON.parse(serializeGraph(graph())));
    expect(json).toContain('"role":"Director of Health","source":"panel-a","since":"2023-05"');
    const back = readGraphFile(json).getEdgeAttribute(EDGE, "roles")!;
    expect(back.find((r) => r.source === "panel-a")?.since).toBe("2023-05");
    expect(() => readGraphFile(json.replace('"since":"2023-05"', '"since":2023'))).toThrow(/roles\[\d\]\.since/);
  });
});
