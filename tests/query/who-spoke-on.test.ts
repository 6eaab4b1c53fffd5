import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { UnknownEntityError } from "../../src/query/errors.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { WHO_SPOKE_ON_KEYS } from "../helpers/answer-shapes.js";
import { MINI_DIR } from "../helpers/corpus.js";
import { syntheticGraph } from "./synthetic.js";

/**
 * A panel of three on "Delegation" (under "Local control", with a sub-theme "Double delegation"): Gail in her own
 * words, told by two sources; Sam reported; Rob only in the panel's agreement; Ian spoke on something else.
 */
function panelGraph() {
  return syntheticGraph(
    [
      ["control", "theme", "Local control"],
      ["delegation", "theme", "Delegation", ["devolving power"]],
      ["double", "theme", "Double delegation"],
      ["other", "theme", "Something else"],
      ["gail", "person", "Gail Lyle"],
      ["sam", "person", "Sam Reid"],
      ["rob", "person", "Rob Stone"],
      ["ian", "person", "Ian Moor"],
      ["council", "organisation", "Bury Council"],
      ["panel", "session", "Panel two"],
    ],
    [
      ["sub-theme-of", "delegation", "control", []],
      ["sub-theme-of", "double", "delegation", []],
      ["affiliated-with", "gail", "council", ["reported"]],
      ["panellist-in", "gail", "panel", ["reported"]],
      ["panellist-in", "sam", "panel", ["reported"]],
      ["panellist-in", "rob", "panel", ["reported"]],
      [
        "spoke-on",
        "gail",
        "delegation",
        [
          {
            kind: "direct-quote",
            quote: "My first suggestion would be to push for further delegation of power.",
            source: "a",
          },
          {
            kind: "direct-quote",
            quote: "My first suggestion would be to push for further delegation of power.",
            source: "b",
          },
          { kind: "reported", quote: "Gail believes the key is further delegation", source: "a" },
        ],
      ],
      [
        "spoke-on",
        "gail",
        "double",
        [
          {
            kind: "direct-quote",
            quote: "We need double and triple delegation to promote two-way accountability.",
            source: "a",
          },
        ],
      ],
      ["spoke-on", "sam", "delegation", ["reported", "reported", "reported", "reported"]],
      ["spoke-on", "ian", "other", ["direct-quote"]],
      ["spoke-on", "sam", "control", ["direct-quote"]],
      [
        "agreed-on",
        "panel",
        "delegation",
        [{ kind: "summary", quote: "The panellists agreed that further delegation is needed.", source: "a" }],
      ],
    ],
  );
}

describe("who-spoke-on: own words, then the panels that agreed", () => {
  const graph = panelGraph();

  it("ranks people by their strongest own words, with their organisations, and the passages as the text has them", () => {
    const result = whoSpokeOn(graph, "delegation");
    expect(result.theme).toEqual({ id: "delegation", label: "Delegation" });
    expect(result.speakers.map((s) => [s.id, s.kind, s.score])).toEqual([
      ["gail", "direct-quote", 3],
      ["sam", "reported", 2],
    ]);
    expect(result.speakers[0]!.organisations).toEqual([{ id: "council", label: "Bury Council" }]);
    for (const speaker of result.speakers) {
      const strengths = speaker.evidence.map((e) => ({ "direct-quote": 3, reported: 2, summary: 1 })[e.kind]);
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      for (const e of speaker.evidence)
        expect(graph.getNodeAttribute(e.source, "text")!.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("counts a quote two sources report as one statement with two passages", () => {
    const gail = whoSpokeOn(graph, "delegation").speakers[0]!;
    expect(gail.evidence).toHaveLength(4);
    // The first suggestion (twice), the reported belief, double delegation (a sub-theme).
    expect(gail.statements).toBe(3);
  });

  it("lists a panel's agreement apart, with every member, and marks who did not say so in their own words", () => {
    const { panels } = whoSpokeOn(graph, "delegation");
    expect(panels).toHaveLength(1);
    const panel = panels[0]!;
    expect([panel.id, panel.kind, panel.statements]).toEqual(["panel", "summary", 1]);
    expect(panel.themes).toEqual([{ id: "delegation", label: "Delegation" }]);
    expect(panel.members.map((m) => [m.id, m.spokeOnIt])).toEqual([
      ["gail", true],
      ["rob", false],
      ["sam", true],
    ]);
    expect(panel.evidence.map((e) => e.quote)).toEqual(["The panellists agreed that further delegation is needed."]);
  });

  it("never counts a panel's agreement as a member speaking", () => {
    expect(whoSpokeOn(graph, "delegation").speakers.map((s) => s.id)).not.toContain("rob");
  });

  it("reaches a theme through its sub-themes, at any depth, for speakers and panels alike", () => {
    const result = whoSpokeOn(graph, "Local control");
    // Both quoted directly; Sam has five statements (one on the theme, four reported on delegation), Gail three.
    expect(result.speakers.map((s) => [s.id, s.statements])).toEqual([
      ["sam", 5],
      ["gail", 3],
    ]);
    expect(result.panels.map((p) => [p.id, p.themes.map((t) => t.id)])).toEqual([["panel", ["delegation"]]]);
    const direct = whoSpokeOn(graph, "Local control", { subThemes: false });
    expect(direct.speakers.map((s) => s.id)).toEqual(["sam"]);
    expect(direct.panels).toEqual([]);
  });

  it("cites a passage once even when it backs speech on two sub-themes", () => {
    for (const speaker of whoSpokeOn(graph, "control").speakers) {
      const keys = speaker.evidence.map((e) => `${e.source}:${e.start}:${e.end}:${e.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("finds the theme by an alias, in any case, with the same answer", () => {
    expect(whoSpokeOn(graph, "Devolving Power")).toEqual(whoSpokeOn(graph, "delegation"));
  });

  it("answers in the JSON shape docs/cli.md documents for `query who-spoke-on`", () => {
    const result = whoSpokeOn(graph, "delegation");
    expect(Object.keys(result)).toEqual(WHO_SPOKE_ON_KEYS.answer);
    expect(Object.keys(result.speakers[0]!)).toEqual(WHO_SPOKE_ON_KEYS.speaker);
    expect(Object.keys(result.speakers[0]!.evidence[0]!)).toEqual(WHO_SPOKE_ON_KEYS.evidence);
    expect(Object.keys(result.panels[0]!)).toEqual(WHO_SPOKE_ON_KEYS.panel);
    expect(Object.keys(result.panels[0]!.members[0]!)).toEqual(WHO_SPOKE_ON_KEYS.member);
  });

  it("says so when the theme is unknown", () => {
    expect(() => whoSpokeOn(graph, "zzzz qqqq")).toThrow(UnknownEntityError);
  });
});

describe("who-spoke-on ranking", () => {
  it("puts own words first and the panel's agreement apart, through a sub-theme (mini fixture)", () => {
    const mini = buildGraph(loadValidCorpus(MINI_DIR));
    // `devolved-budgets` is a sub-theme of `devolution`: Ada Park spoke on it in her own words; the panel of meeting 1
    // (Ada Park and Ben Ode) agreed on it as a whole.
    const result = whoSpokeOn(mini, "devolution");
    expect(result.speakers.map((s) => [s.id, s.score, s.evidence.map((e) => e.kind)])).toEqual([
      ["ada-park", 3, ["direct-quote", "direct-quote"]],
    ]);
    expect(result.panels.map((p) => [p.id, p.members.map((m) => [m.id, m.spokeOnIt])])).toEqual([
      [
        "forum-meeting-1",
        [
          ["ada-park", true],
          ["ben-ode", false],
        ],
      ],
    ]);
  });

  it("puts the strongest kind of evidence first, then the number of statements, then the id", () => {
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
