// A change of post dated once (w50): "Head of Roads" in a source of 9 September, "Director of Growth, since
// 2026-10-01" in one of 14 October, and "Director of Growth" again, undated, in one of 11 November. The claims of one
// title describe one post, so the dated claim dates the later repeat: a succession, read alike by `conflicts` and the
// current role (`people-at`). Invented names: Wren Alder of Halverton District Council.
import { describe, expect, it } from "vitest";
import { findConflicts, findSuccessions, sourceDates } from "../../src/analysis/conflicts.js";
import { successionLine } from "../../src/cli/print-analysis.js";
import { printPeopleAt } from "../../src/cli/print-answers.js";
import type { PanelGraph, RoleClaim } from "../../src/model/graph.js";
import { peopleAt } from "../../src/query/people-at.js";
import { syntheticGraph } from "../query/synthetic.js";

const EDGE = "affiliated-with:wren->council";
type Role = Omit<RoleClaim, "evidence">;

/** Wren Alder's roles at the council, each in its source (dated as `dates` says; a source not there is undated). */
function graphOf(roles: Role[], dates: Record<string, string>): PanelGraph {
  const graph = syntheticGraph(
    [
      ["wren", "person", "Wren Alder"],
      ["council", "organisation", "Halverton District Council"],
    ],
    [
      [
        "affiliated-with",
        "wren",
        "council",
        roles.map((r) => ({ kind: "reported" as const, quote: `Wren Alder, ${r.role}`, source: r.source })),
      ],
    ],
  );
  for (const [source, date] of Object.entries(dates))
    if (graph.hasNode(source)) graph.setNodeAttribute(source, "date", date);
  const evidence = graph.getEdgeAttribute(EDGE, "evidence");
  graph.setEdgeAttribute(
    EDGE,
    "roles",
    roles.map((r, i) => ({ ...r, evidence: [evidence[i]!] })),
  );
  return graph;
}

const DATES = { m1: "2026-09-09", m2: "2026-10-14", m3: "2026-11-11" };
const HEAD = { role: "Head of Roads", source: "m1" };
const APPOINTED = { role: "Director of Growth", source: "m2", since: "2026-10-01" };
const REPEAT = { role: "Director of Growth", source: "m3" };
const roleConflicts = (graph: PanelGraph) => findConflicts(graph).filter((c) => c.field === "role");

describe("a title dated once, repeated undated by a later source", () => {
  it("reads as a succession, each title once, and the later title is the role now", () => {
    const graph = graphOf([HEAD, APPOINTED, REPEAT], DATES);
    expect(roleConflicts(graph)).toEqual([]);
    const [succession, ...more] = findSuccessions(graph);
    expect(more).toEqual([]);
    expect(successionLine(succession!, sourceDates(graph))).toBe(
      "Wren Alder at Halverton District Council: Head of Roads (source of 9 September 2026) → " +
        "Director of Growth (since 2026-10-01)",
    );
    const [person] = peopleAt(graph, "council").people;
    expect(person).toMatchObject({ state: "current", currentRole: "Director of Growth" });
  });

  it("the doubled step is gone when both claims of the title give the date", () => {
    const graph = graphOf([HEAD, APPOINTED, { ...REPEAT, since: "2026-10-01" }], DATES);
    const [succession] = findSuccessions(graph);
    expect(successionLine(succession!, sourceDates(graph))).toBe(
      "Wren Alder at Halverton District Council: Head of Roads (source of 9 September 2026) → " +
        "Director of Growth (since 2026-10-01)",
    );
  });

  it("people-at's header says what latest means: since, else the source's date", () => {
    const graph = graphOf([HEAD, APPOINTED, REPEAT], DATES);
    const lines: string[] = [];
    printPeopleAt(graph, peopleAt(graph, "council"), (l) => lines.push(l), { all: false });
    expect(lines[1]).toContain("begins latest (at its since, else at its source's date)");
    expect(lines.find((l) => l.includes("Wren Alder"))).toMatch(/Wren Alder\s+Director of Growth\s+Head of Roads/);
  });
});

describe("real disagreements stay conflicts", () => {
  it("two titles without since/until, whatever their sources' dates", () => {
    const graph = graphOf([HEAD, { ...APPOINTED, since: undefined }, REPEAT], DATES);
    expect(roleConflicts(graph)).toHaveLength(1);
    expect(peopleAt(graph, "council").people[0]!.state).toBe("disagree");
  });

  it("the old title in a source dated after the new title's since", () => {
    const graph = graphOf([HEAD, APPOINTED, REPEAT, { role: "Head of Roads", source: "m4" }], {
      ...DATES,
      m4: "2026-11-20",
    });
    expect(roleConflicts(graph)).toHaveLength(1);
  });

  it("the old title from an undated source", () => {
    expect(roleConflicts(graphOf([{ ...HEAD, source: "u" }, APPOINTED, REPEAT], DATES))).toHaveLength(1);
  });

  it("a repeat whose source is dated before the since is not dated by it", () => {
    const graph = graphOf([HEAD, APPOINTED, { role: "Director of Growth", source: "m0" }], {
      ...DATES,
      m0: "2026-09-01",
    });
    expect(roleConflicts(graph)).toHaveLength(1);
  });
});
