// An affiliation the sources end without giving a role (w50): "Ben Ode left the Policy Lab in April 2024" is a claim
// without `role` but with `until`. people-at lists him as a former member, not as one with no role given; the graph
// (graph.json and the viewer's lean payload) keeps the claim's dates. On a copy of the mini fixture (invented names).
import { describe, expect, it } from "vitest";
import { printPeopleAt } from "../../src/cli/print-answers.js";
import { buildGraph } from "../../src/graph/build.js";
import { readGraphFile } from "../../src/graph/read-graph-file.js";
import { deserializeViewerPayload, serializeGraph, serializeViewerPayload } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { peopleAt } from "../../src/query/people-at.js";
import { copyFixture, edit } from "../helpers/corpus.js";

const EDGE = "affiliated-with:ben-ode->policy-lab";

/** Ben Ode's Fellow claim (panel-a, dated 2024-05-05) without its role, with `dates` in its place. */
function graphOf(dates: string) {
  const dir = copyFixture();
  edit(dir, "annotations/panel-a.yaml", "    role: Fellow\n", dates);
  return buildGraph(loadValidCorpus(dir));
}

describe("people-at: an affiliation ended without a role", () => {
  it("reads as ended on its date, listed after the current members", () => {
    const graph = graphOf('    until: "2024-04"\n');
    const [person, ...more] = peopleAt(graph, "policy-lab").people;
    expect(more).toEqual([]);
    expect(person).toMatchObject({ id: "ben-ode", state: "ended", until: "2024-04" });
    const lines: string[] = [];
    printPeopleAt(graph, peopleAt(graph, "policy-lab"), (l) => lines.push(l), { all: false });
    expect(lines.find((l) => l.includes("Ben Ode"))).toContain("(no longer: ended April 2024)");
    expect(lines.join("\n")).not.toContain("(no role given)");
  });

  it("still reads as current without a role when no claim gives a date, or a later source still gives it", () => {
    expect(peopleAt(graphOf(""), "policy-lab").people[0]).toMatchObject({ state: "none" });
    expect(graphOf("").getEdgeAttribute(EDGE, "periods")).toBeUndefined();
    const since = graphOf('    since: "2023"\n');
    expect(peopleAt(since, "policy-lab").people[0]).toMatchObject({ state: "none" });
    expect(peopleAt(since, "policy-lab").people[0]!.until).toBeUndefined();
  });

  it("graph.json and the viewer's payload keep the dates of a claim without a role", () => {
    const graph = graphOf('    until: "2024-04"\n');
    expect(graph.getEdgeAttribute(EDGE, "periods")).toEqual([{ source: "panel-a", until: "2024-04" }]);
    const json = JSON.stringify(JSON.parse(serializeGraph(graph)));
    expect(readGraphFile(json).getEdgeAttribute(EDGE, "periods")).toEqual([{ source: "panel-a", until: "2024-04" }]);
    expect(() => readGraphFile(json.replace('"until":"2024-04"', '"until":2024'))).toThrow(/periods\[0\]\.until/);
    const lean = deserializeViewerPayload(serializeViewerPayload(graph, json.length));
    expect(lean.getEdgeAttribute(EDGE, "periods")).toEqual([{ source: "panel-a", until: "2024-04" }]);
  });
});
