import { describe, expect, it } from "vitest";
import { printSession } from "../../src/cli/print-answers.js";
import { describeSession, sessionAnswer, themeStanding } from "../../src/query/session.js";
import { EntityLookupError } from "../../src/query/errors.js";
import { syntheticGraph } from "./synthetic.js";

// Cleo sat on both panels, with a different title in each session's source; a later blog quotes her and Amy (of the
// morning panel) on colleges and the levy, and repeats a recommendation, without naming either session.
const graph = syntheticGraph(
  [
    ["cleo", "person", "Cleo Hart"],
    ["amy", "person", "Amy Oak"],
    ["dev", "person", "Dev Raman"],
    ["net", "organisation", "Northshore Network"],
    ["forum", "event", "Skills Forum"],
    ["morning", "session", "Morning: levy"],
    ["afternoon", "session", "Afternoon: colleges"],
    ["levy", "theme", "Levy"],
    ["colleges", "theme", "Colleges"],
    ["pool", "recommendation", "Pool the levy"],
    ["lecturers", "recommendation", "Shared lecturers"],
    ["am", "source", "Morning report"],
    ["pm", "source", "Afternoon report"],
    ["blog", "source", "Blog"],
  ],
  [
    ["reported-in", "morning", "am", [{ kind: "reported", quote: "The morning session", source: "am" }]],
    ["reported-in", "afternoon", "pm", [{ kind: "reported", quote: "The afternoon session", source: "pm" }]],
    ["part-of", "morning", "forum", [{ kind: "reported", quote: "of the Skills Forum", source: "am" }]],
    ["chaired", "dev", "morning", [{ kind: "reported", quote: "chaired by Dev Raman", source: "am" }]],
    ["panellist-in", "cleo", "morning", [{ kind: "reported", quote: "- Cleo Hart, Chief Executive", source: "am" }]],
    ["panellist-in", "amy", "morning", [{ kind: "reported", quote: "- Amy Oak", source: "am" }]],
    ["panellist-in", "cleo", "afternoon", [{ kind: "reported", quote: "- Cleo Hart, Deputy", source: "pm" }]],
    ["spoke-on", "cleo", "levy", [{ kind: "direct-quote", quote: "Pool the levy.", source: "am" }]],
    ["spoke-on", "cleo", "colleges", [{ kind: "direct-quote", quote: "Colleges compete.", source: "pm" }]],
    ["spoke-on", "amy", "colleges", [{ kind: "direct-quote", quote: "Colleges matter.", source: "blog" }]],
    ["covers", "morning", "levy", [{ kind: "reported", quote: "on the levy", source: "am" }]],
    ["recommends", "cleo", "pool", [{ kind: "direct-quote", quote: "We should pool it.", source: "am" }]],
    ["recommends", "amy", "lecturers", [{ kind: "direct-quote", quote: "Share lecturers.", source: "blog" }]],
    [
      "recommends",
      "afternoon",
      "lecturers",
      [{ kind: "summary", quote: "The panel urged shared lecturers.", source: "pm" }],
    ],
    [
      "affiliated-with",
      "cleo",
      "net",
      [
        { kind: "reported", quote: "Cleo Hart, Chief Executive of the Northshore Network", source: "am" },
        { kind: "reported", quote: "Cleo Hart, Deputy Chief Executive of the Northshore Network", source: "pm" },
      ],
    ],
  ],
);
graph.setEdgeAttribute("affiliated-with:cleo->net", "roles", [
  { role: "Chief Executive", source: "am", evidence: [] },
  { role: "Deputy Chief Executive", source: "pm", evidence: [] },
]);
graph.setNodeAttribute("am", "date", "2024-05-10");

describe("query session", () => {
  const morning = sessionAnswer(graph, "morning");

  it("gives its event, chair first, and its panel with the titles this session's sources give", () => {
    expect(morning.session).toEqual({ id: "morning", label: "Morning: levy" });
    expect(morning.events.map((e) => e.id)).toEqual(["forum"]);
    expect(morning.people.map((p) => [p.id, p.roles, p.titles.map((t) => t.role)])).toEqual([
      ["dev", ["chair"], []],
      ["amy", ["panellist"], []],
      ["cleo", ["panellist"], ["Chief Executive"]],
    ]);
    expect(sessionAnswer(graph, "afternoon").people[0]!.titles.map((t) => t.role)).toEqual(["Deputy Chief Executive"]);
  });

  it("credits it only with what its own sources carry: not the blog, not the panellist's other session", () => {
    expect(morning.themes.map((t) => [t.id, t.covered, t.speakers.map((s) => s.id)])).toEqual([
      ["levy", true, ["cleo"]],
    ]);
    expect(morning.recommendations.map((r) => [r.id, r.madeBy.map((m) => m.id)])).toEqual([["pool", ["cleo"]]]);
    expect(morning.sources).toEqual([{ id: "am", label: "Morning report", date: "2024-05-10" }]);
    const everyPassage = JSON.stringify(morning);
    expect(everyPassage).not.toContain('"source":"blog"');
    expect(everyPassage).not.toContain('"source":"pm"');
    const afternoon = sessionAnswer(graph, "afternoon");
    expect(afternoon.themes.map((t) => [t.id, t.speakers.map((s) => s.id)])).toEqual([["colleges", ["cleo"]]]);
    // The afternoon panel's own recommendation counts; Amy's blog words for it do not (and she was not on that panel).
    expect(afternoon.recommendations.map((r) => [r.id, r.madeBy.map((m) => m.id)])).toEqual([
      ["lecturers", ["afternoon"]],
    ]);
  });

  it("prints each part with a passage (source:line)", () => {
    const lines: string[] = [];
    printSession(graph, morning, (l) => lines.push(l), { all: false });
    const text = lines.join("\n");
    expect(text).toContain("Morning: levy [morning]: what its own sources report (1 source).");
    expect(text).toContain("- Cleo Hart [cleo]: panellist; Chief Executive, Northshore Network (am)");
    expect(text).toContain("1. Levy [levy]: covered; raised by Cleo Hart");
    expect(text).toMatch(/direct quote {2}am:\d+ {2}“Pool the levy\.”/);
    expect(text).toContain("- Pool the levy [pool]: made by Cleo Hart");
    expect(text).not.toContain("blog");
  });

  it("takes only a session", () => {
    expect(() => sessionAnswer(graph, "Cleo Hart")).toThrow(EntityLookupError);
  });
});

describe("query session: the order of its themes", () => {
  it("puts what the session covered first, then the themes more of its panellists raised, then the rest by name", () => {
    const small = syntheticGraph(
      [
        ["ann", "person", "Ann Lee"],
        ["bo", "person", "Bo Kim"],
        ["panel", "session", "Panel"],
        ["a", "theme", "Apprenticeships"],
        ["b", "theme", "Bus routes"],
        ["c", "theme", "Coastal towns"],
        ["src", "source", "Report"],
      ],
      [
        ["reported-in", "panel", "src", [{ kind: "reported", quote: "The panel", source: "src" }]],
        ["panellist-in", "ann", "panel", [{ kind: "reported", quote: "- Ann Lee", source: "src" }]],
        ["panellist-in", "bo", "panel", [{ kind: "reported", quote: "- Bo Kim", source: "src" }]],
        ["spoke-on", "ann", "b", [{ kind: "direct-quote", quote: "Buses first.", source: "src" }]],
        ["spoke-on", "ann", "a", [{ kind: "direct-quote", quote: "Train them.", source: "src" }]],
        ["spoke-on", "bo", "b", [{ kind: "direct-quote", quote: "More buses.", source: "src" }]],
        ["covers", "panel", "c", [{ kind: "reported", quote: "on coastal towns", source: "src" }]],
      ],
    );
    expect(sessionAnswer(small, "panel").themes.map((t) => t.id)).toEqual(["c", "b", "a"]);
  });
});

describe("query session: the claims behind each theme, and the answer by id", () => {
  it("gives each claim its own passages: the panel's, the session's, each panellist's in a reporting source only", () => {
    const small = syntheticGraph(
      [
        ["ann", "person", "Ann Lee"],
        ["bo", "person", "Bo Kim"],
        ["panel", "session", "Panel"],
        ["t", "theme", "Tidal power"],
        ["src", "source", "Report"],
        ["later", "source", "Later piece"],
      ],
      [
        ["reported-in", "panel", "src", [{ kind: "reported", quote: "The panel met.", source: "src" }]],
        ["panellist-in", "ann", "panel", [{ kind: "reported", quote: "- Ann Lee", source: "src" }]],
        ["panellist-in", "bo", "panel", [{ kind: "reported", quote: "- Bo Kim", source: "src" }]],
        ["covers", "panel", "t", [{ kind: "reported", quote: "on tidal power", source: "src" }]],
        ["agreed-on", "panel", "t", [{ kind: "summary", quote: "All agreed on tides.", source: "src" }]],
        [
          "spoke-on",
          "bo",
          "t",
          [
            { kind: "direct-quote", quote: "Tides are free.", source: "src" },
            { kind: "direct-quote", quote: "Tides again.", source: "later" },
          ],
        ],
        ["spoke-on", "ann", "t", [{ kind: "direct-quote", quote: "Build the lagoon.", source: "src" }]],
      ],
    );
    const [theme] = describeSession(small, "panel").themes;
    expect(theme!.claims.map((c) => [c.relation, c.from.id, c.evidence.map((e) => e.quote)])).toEqual([
      ["agreed-on", "panel", ["All agreed on tides."]],
      ["covers", "panel", ["on tidal power"]],
      ["spoke-on", "ann", ["Build the lagoon."]],
      ["spoke-on", "bo", ["Tides are free."]],
    ]);
    // The row's passages are the claims' together, the later piece's words left out.
    expect(theme!.evidence.map((e) => e.quote).sort()).toEqual(
      theme!.claims.flatMap((c) => c.evidence.map((e) => e.quote)).sort(),
    );
    expect(themeStanding(theme!)).toEqual(["agreed", "covered", "raised"]);
    expect(themeStanding({ agreed: false, covered: false, speakers: [{ id: "bo", label: "Bo Kim" }] })).toEqual([
      "raised",
    ]);
  });

  it("gives the panel's conclusions: the findings it states and the themes it agreed on, each with passage and source", () => {
    const small = syntheticGraph(
      [
        ["ann", "person", "Ann Lee"],
        ["panel", "session", "Panel"],
        ["t", "theme", "Tidal power"],
        ["f", "finding", "Lagoons pay"],
        ["src", "source", "Report"],
      ],
      [
        ["reported-in", "panel", "src", [{ kind: "reported", quote: "The panel met.", source: "src" }]],
        ["panellist-in", "ann", "panel", [{ kind: "reported", quote: "- Ann Lee", source: "src" }]],
        ["agreed-on", "panel", "t", [{ kind: "summary", quote: "All agreed on tides.", source: "src" }]],
        ["states", "panel", "f", [{ kind: "summary", quote: "The panel found lagoons pay.", source: "src" }]],
      ],
    );
    small.setNodeAttribute("f", "text", "Tidal lagoons pay for themselves.");
    const answer = describeSession(small, "panel");
    expect(
      answer.conclusions.map((c) => [c.relation, c.id, c.text, c.evidence.map((e) => [e.source, e.kind, e.quote])]),
    ).toEqual([
      ["states", "f", "Tidal lagoons pay for themselves.", [["src", "summary", "The panel found lagoons pay."]]],
      ["agreed-on", "t", "Tidal power", [["src", "summary", "All agreed on tides."]]],
    ]);
    const lines: string[] = [];
    printSession(small, answer, (l) => lines.push(l), { all: false });
    const text = lines.join("\n");
    expect(text).toContain(
      "The panel's conclusions (2): stated of the panel as a whole (a summary), not any one person's words:",
    );
    expect(text).toContain("- Finding Lagoons pay [f]\n   Tidal lagoons pay for themselves.");
    expect(text).toMatch(/- Agreed on the theme Tidal power \[t\]\n {3}summary {2}src:\d+ {2}“All agreed on tides\.”/);
    // Nobody's own words: the finding is not credited to a panellist.
    expect(answer.people[0]!.evidence.map((e) => e.quote)).toEqual(["- Ann Lee"]);
  });

  it("answers by id what it answers by name, and refuses an id that is no session", () => {
    expect(describeSession(graph, "morning")).toEqual(sessionAnswer(graph, "Morning: levy"));
    expect(() => describeSession(graph, "cleo")).toThrow(/"cleo" is not a session of the graph/);
    expect(() => describeSession(graph, "nobody")).toThrow(/"nobody" is not a session of the graph/);
  });
});
