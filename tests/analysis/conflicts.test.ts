// findConflicts already existed (src/analysis/conflicts.ts); these tests pin what the `conflicts` command reports.
import { describe, expect, it } from "vitest";
import { conflictReadings, findConflicts, readingSources } from "../../src/analysis/conflicts.js";
import { printConflicts } from "../../src/cli/print-analysis.js";
import { threeTitlesGraph } from "../helpers/title-conflict.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { copyFixture, edit, MINI_DIR } from "../helpers/corpus.js";

const PANEL_B_LAST_CLAIM = '      - { quote: "councils should hold pooled budgets", kind: summary }\n';

/** The mini fixture with panel-b also giving meeting 1 a date (panel-a says 5 May 2024). */
function withSecondDate(value: string) {
  const dir = copyFixture();
  edit(
    dir,
    "annotations/panel-b.yaml",
    PANEL_B_LAST_CLAIM,
    PANEL_B_LAST_CLAIM +
      "attributes:\n" +
      "  - entity: forum-meeting-1\n" +
      "    name: date\n" +
      `    value: "${value}"\n` +
      "    evidence:\n" +
      '      - { quote: "At the second meeting", kind: reported }\n',
  );
  return buildGraph(loadValidCorpus(dir));
}

describe("conflicts on the mini fixture", () => {
  it("finds the role the two panels give Ada Park differently, with each value's source and passage", () => {
    const conflicts = findConflicts(buildGraph(loadValidCorpus(MINI_DIR)));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entity: { id: "ada-park" }, field: "role" });
    expect(conflicts[0]!.values.map((v) => [v.value, v.source, v.quote])).toEqual([
      ["Director of Health", "panel-a", "Ada Park, Director of Health at Northtown Council"],
      ["Deputy Director of Health", "panel-b", "Ada Park, Deputy Director of Health at Northtown Council"],
    ]);
  });

  it("finds a date two sources give differently", () => {
    const dates = findConflicts(withSecondDate("2024-06")).filter((c) => c.field === "date");
    expect(dates).toHaveLength(1);
    expect(dates[0]!.entity.id).toBe("forum-meeting-1");
    expect(dates[0]!.values.map((v) => [v.value, v.source])).toEqual([
      ["2024-05-05", "panel-a"],
      ["2024-06", "panel-b"],
    ]);
  });

  it("does not call a less precise date that agrees a conflict", () => {
    expect(findConflicts(withSecondDate("2024-05")).filter((c) => c.field === "date")).toEqual([]);
  });
});

describe("conflicts where two sources agree and a third differs", () => {
  /** Three sources give Ivo a title at the agency; two of them the same one. */
  const graph = threeTitlesGraph();

  it("gives each value once, with the sources that give it, and keeps every source's passage", () => {
    const [conflict] = findConflicts(graph);
    expect(conflict!.values).toHaveLength(3);
    const readings = conflictReadings(conflict!);
    expect(readings.map((r) => [r.value, r.reports.map((v) => v.source)])).toEqual([
      ["Clerk", ["a", "c"]],
      ["Director", ["b"]],
    ]);
    expect(readings.map((r) => readingSources(r))).toEqual(["(2 sources: a, c)", "(b)"]);
  });

  it("`conflicts` prints the shared value once, each source's passage on its own line", () => {
    const lines: string[] = [];
    printConflicts(graph, findConflicts(graph), (line) => lines.push(line));
    expect(lines.filter((l) => l.includes('"Clerk"'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("“Ivo Marsh, clerk, Levee Agency”"))).toHaveLength(1);
    expect(lines.some((l) => l.includes('"clerk"'))).toBe(false);
  });
});

describe("the order of a conflict's sources (w51 #12e)", () => {
  it("lists a conflict's values by their sources' dates, undated last, then by id: in findConflicts and its readings", () => {
    // Sources a and c give "Clerk" (a on 16 November, c on 13 November), b gives "Director" on no date.
    const graph = threeTitlesGraph();
    graph.setNodeAttribute("a", "date", "2026-11-16");
    graph.setNodeAttribute("c", "date", "2026-11-13");
    const [conflict] = findConflicts(graph);
    expect(conflict!.values.map((v) => v.source)).toEqual(["c", "a", "b"]);
    const readings = conflictReadings(conflict!);
    expect(readings.map((r) => readingSources(r))).toEqual(["(2 sources: c, a)", "(b)"]);
    const lines: string[] = [];
    printConflicts(graph, [conflict!], (line) => lines.push(line));
    const passages = lines.filter((l) => /Ivo Marsh, (?:Clerk|clerk|Director)/u.test(l));
    expect(passages.map((l) => /“(Ivo Marsh, [^”]*)”/u.exec(l)?.[1])).toEqual([
      "Ivo Marsh, clerk, Levee Agency",
      "Ivo Marsh, Clerk of the Levee Agency",
      "Ivo Marsh, Director of the Levee Agency",
    ]);
  });

  it("puts two undated sources, or two of one date, in order of their ids", () => {
    const graph = threeTitlesGraph();
    graph.setNodeAttribute("b", "date", "2026-11-13");
    graph.setNodeAttribute("a", "date", "2026-11-13");
    expect(findConflicts(graph)[0]!.values.map((v) => v.source)).toEqual(["a", "b", "c"]);
    graph.setNodeAttribute("c", "date", "2026-11");
    expect(findConflicts(graph)[0]!.values.map((v) => v.source)).toEqual(["c", "a", "b"]);
  });
});
