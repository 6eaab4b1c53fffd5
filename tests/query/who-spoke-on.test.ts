import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { UnknownEntityError } from "../../src/query/errors.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { DATA_DIR, MINI_DIR } from "../helpers/corpus.js";
import { syntheticGraph } from "./synthetic.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

describe("who-spoke-on on the shipped corpus", () => {
  it("ranks Geoff Little, who called for further delegation in his own words, first for delegation", () => {
    const result = whoSpokeOn(graph, "delegation");
    expect(result.theme).toEqual({ id: "delegation", label: "Delegation of power" });
    expect(result.speakers.map((s) => s.id)).toEqual(["geoff-little", "richard-stubbs", "sarah-reed"]);
    const geoff = result.speakers[0]!;
    expect(geoff.score).toBe(3);
    expect(geoff.organisations).toEqual([{ id: "bury-council", label: "Bury Council" }]);
    expect(geoff.evidence[0]!.kind).toBe("direct-quote");
    expect(geoff.evidence.some((e) => e.quote.includes("push for further delegation of power"))).toBe(true);
  });

  it("reaches the delegation theme through its alias `devolution`, with the same answer", () => {
    expect(whoSpokeOn(graph, "devolution")).toEqual(whoSpokeOn(graph, "delegation"));
    expect(whoSpokeOn(graph, "Devolution").theme.id).toBe("delegation");
  });

  it("leaves out people who never spoke on the theme or its sub-themes", () => {
    const ids = whoSpokeOn(graph, "delegation").speakers.map((s) => s.id);
    for (const absent of ["jeffrey-matsu", "christina-gray", "abdul-razaq", "janet-budd"]) {
      expect(ids).not.toContain(absent);
    }
  });

  it("counts speech on sub-themes: Geoff Little reaches central-and-local-control through delegation", () => {
    const withSubThemes = whoSpokeOn(graph, "central-and-local-control");
    expect(withSubThemes.speakers.map((s) => s.id)).toEqual(["geoff-little", "sarah-reed", "richard-stubbs"]);
    // Double and triple delegation is two levels down (under delegation): its passages count too.
    const geoff = withSubThemes.speakers[0]!;
    expect(geoff.evidence.some((e) => e.quote.startsWith("We need double and triple delegation"))).toBe(true);
    const direct = whoSpokeOn(graph, "central-and-local-control", { subThemes: false });
    expect(direct.speakers.map((s) => s.id)).toEqual(["sarah-reed"]);
  });

  it("cites a passage once even when it backs speech on two sub-themes", () => {
    const geoff = whoSpokeOn(graph, "central-and-local-control").speakers[0]!;
    const keys = geoff.evidence.map((e) => `${e.source}:${e.start}:${e.end}:${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives each passage exactly as the source text has it, strongest kind first", () => {
    for (const speaker of whoSpokeOn(graph, "health inequalities").speakers) {
      const strengths = speaker.evidence.map((e) => ({ "direct-quote": 3, reported: 2, summary: 1 })[e.kind]);
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      for (const e of speaker.evidence) {
        expect(graph.getNodeAttribute(e.source, "text")!.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it("answers in the JSON shape docs/cli.md documents for `query who-spoke-on`", () => {
    const result = whoSpokeOn(graph, "delegation");
    expect(Object.keys(result)).toEqual(["theme", "speakers"]);
    expect(Object.keys(result.speakers[0]!)).toEqual(["id", "label", "organisations", "score", "evidence"]);
    expect(Object.keys(result.speakers[0]!.evidence[0]!)).toEqual(["source", "kind", "quote", "start", "end"]);
  });

  it("says so when the theme is unknown", () => {
    expect(() => whoSpokeOn(graph, "devolushun")).toThrow(UnknownEntityError);
  });
});

describe("who-spoke-on ranking", () => {
  it("ranks direct quotes above summaries and expands sub-themes (mini fixture)", () => {
    const mini = buildGraph(loadValidCorpus(MINI_DIR));
    // Both spoke on `devolved-budgets`, a sub-theme of `devolution`: Ada Park in her own words, Ben Ode in a summary.
    const result = whoSpokeOn(mini, "devolution");
    expect(result.speakers.map((s) => [s.id, s.score, s.evidence.map((e) => e.kind)])).toEqual([
      ["ada-park", 3, ["direct-quote", "direct-quote"]],
      ["ben-ode", 1, ["summary"]],
    ]);
  });

  it("puts the strongest kind of evidence first, then the number of passages, then the id", () => {
    const graph = syntheticGraph(
      [
        ["t", "theme", "Topic"],
        ["one-direct", "person"],
        ["two-direct", "person"],
        ["many-reported", "person"],
        ["many-summaries", "person"],
        ["also-one-direct", "person"],
      ],
      [
        ["spoke-on", "one-direct", "t", ["direct-quote"]],
        ["spoke-on", "two-direct", "t", ["direct-quote", "summary"]],
        ["spoke-on", "many-reported", "t", ["reported", "reported", "reported"]],
        ["spoke-on", "many-summaries", "t", ["summary", "summary", "summary", "summary", "summary"]],
        ["spoke-on", "also-one-direct", "t", ["direct-quote"]],
      ],
    );
    const result = whoSpokeOn(graph, "topic");
    expect(result.speakers.map((s) => [s.id, s.score, s.evidence.length])).toEqual([
      ["two-direct", 3, 2],
      ["also-one-direct", 3, 1],
      ["one-direct", 3, 1],
      ["many-reported", 2, 3],
      ["many-summaries", 1, 5],
    ]);
  });
});

describe("who-spoke-on on a graph that changes", () => {
  it("gives each speaker's organisations as the graph has them now, not as they were at the first query", () => {
    const graph = buildGraph(loadValidCorpus(MINI_DIR));
    const organisations = () =>
      Object.fromEntries(
        whoSpokeOn(graph, "devolution").speakers.map((s) => [s.id, s.organisations.map((o) => o.label)]),
      );
    const before = organisations();
    expect(before["ada-park"]).toEqual([graph.getNodeAttribute("northtown-council", "label")]);

    graph.setNodeAttribute("northtown-council", "label", "Northtown Borough Council");
    expect(organisations()["ada-park"]).toEqual(["Northtown Borough Council"]);

    graph.addDirectedEdgeWithKey("affiliated-with:ada-park->policy-lab", "ada-park", "policy-lab", {
      relation: "affiliated-with",
      evidence: [],
      sources: [],
      weight: 0,
      origin: "annotation",
    });
    expect(organisations()["ada-park"]).toEqual([
      "Northtown Borough Council",
      graph.getNodeAttribute("policy-lab", "label"),
    ]);

    graph.dropEdge("affiliated-with:ada-park->policy-lab");
    expect(organisations()["ada-park"]).toEqual(["Northtown Borough Council"]);
    // What a caller does with an answer does not change the next one.
    whoSpokeOn(graph, "devolution").speakers.find((s) => s.id === "ada-park")!.organisations[0]!.label = "changed";
    expect(organisations()["ada-park"]).toEqual(["Northtown Borough Council"]);
  });
});
