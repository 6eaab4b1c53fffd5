import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { graphStats } from "../../src/analysis/stats.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { printStats } from "../../src/cli/print-analysis.js";
import { printSessionsOf } from "../../src/cli/print-answers.js";
import { sessionsOf } from "../../src/query/sessions-of.js";
import { syntheticGraph } from "../query/synthetic.js";

// A generated corpus (bench/generate.ts), made in the test; the shipped corpus's own figures are in tests/corpus.test.ts.
const dir = mkdtempSync(join(tmpdir(), "panelgraph-stats-"));
generateCorpus(dir, { nodes: 300, seed: 11 });
const graph = buildGraph(loadValidCorpus(dir));
rmSync(dir, { recursive: true, force: true });
const stats = graphStats(graph);

describe("stats", () => {
  it("counts nodes by type and edges by relation as the graph holds them", () => {
    expect(Object.values(stats.nodes).reduce((s, n) => s + n, 0)).toBe(graph.order);
    expect(Object.values(stats.edges).reduce((s, n) => s + n, 0)).toBe(graph.size);
    expect(stats.nodes.person).toBe(graph.filterNodes((_, a) => a.type === "person").length);
    expect(stats.edges["spoke-on"]).toBe(graph.filterEdges((_, a) => a.relation === "spoke-on").length);
    expect(stats.evidence.citations).toBe(graph.reduceEdges((n, _, a) => n + a.evidence.length, 0));
    expect(stats.evidence.passages).toBeLessThan(stats.evidence.citations);
  });

  it("ranks degree and betweenness from the highest, with no source anywhere", () => {
    for (const list of [stats.degree, stats.betweenness]) {
      expect(list).toHaveLength(10);
      expect(list.every((r) => r.type !== "source")).toBe(true);
      const values = list.map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(stats.betweenness.every((r) => r.value > 0 && r.value <= 1)).toBe(true);
  });

  it("honours the top-list length", () => {
    expect(graphStats(graph, { top: 3 }).degree).toEqual(stats.degree.slice(0, 3));
  });
});

describe("stats: own words, statements and panels", () => {
  // Two sessions: in one, Ann quoted on culture by two sources (one statement); in the other the panel agreed on it.
  const small = syntheticGraph(
    [
      ["ann", "person", "Ann Lowe"],
      ["bo", "person", "Bo Ray"],
      ["one", "session", "Session one"],
      ["two", "session", "Session two"],
      ["culture", "theme", "Culture"],
      ["targets", "theme", "Targets"],
    ],
    [
      // Source "a" names Ann on panel one, so it reports that session: her words in it are the session's.
      ["panellist-in", "ann", "one", [{ kind: "reported", quote: "Ann Lowe sat on panel one.", source: "a" }]],
      ["panellist-in", "bo", "two", ["reported"]],
      [
        "spoke-on",
        "ann",
        "culture",
        [
          { kind: "direct-quote", quote: "A huge culture change is needed.", source: "a" },
          { kind: "direct-quote", quote: "A huge culture change is needed", source: "b" },
        ],
      ],
      ["spoke-on", "ann", "targets", ["reported"]],
      ["agreed-on", "two", "culture", ["summary"]],
      ["covers", "one", "targets", ["reported"]],
    ],
  );
  const result = graphStats(small);

  it("counts a person's themes and distinct statements in their own words", () => {
    const ann = result.people.find((p) => p.id === "ann")!;
    expect([ann.themes, ann.statements, ann.passages]).toEqual([2, 2, 4]);
    expect(result.people.find((p) => p.id === "bo")).toMatchObject({ themes: 0, statements: 0 });
  });

  it("counts a theme's speakers in their own words apart from the panels that agreed on it", () => {
    expect(result.themes.find((t) => t.id === "culture")).toMatchObject({ speakers: 1, panels: 1 });
  });

  it("shares a theme between sessions when one's panellist spoke on it and the other's panel agreed on it", () => {
    const culture = result.sharedThemes.find((t) => t.id === "culture")!;
    expect(culture.sessions.map((s) => [s.id, s.covered, s.agreed, s.speakers.map((p) => p.id)])).toEqual([
      ["one", false, false, ["ann"]],
      ["two", false, true, []],
    ]);
    expect(result.sharedThemes.map((t) => t.id)).not.toContain("targets");
  });
});

describe("stats: a person on two panels", () => {
  // Cleo sat on both panels; each session's own source reports her words there, and a later blog quotes her (and Amy,
  // of the morning panel) without naming either session.
  const graph = syntheticGraph(
    [
      ["cleo", "person", "Cleo Hart"],
      ["amy", "person", "Amy Oak"],
      ["net", "organisation", "Northshore Network"],
      ["morning", "session", "Morning"],
      ["afternoon", "session", "Afternoon"],
      ["levy", "theme", "Levy"],
      ["colleges", "theme", "Colleges"],
      ["am", "source", "Morning report"],
      ["pm", "source", "Afternoon report"],
      ["blog", "source", "Blog"],
    ],
    [
      ["reported-in", "morning", "am", [{ kind: "reported", quote: "The morning session", source: "am" }]],
      ["reported-in", "afternoon", "pm", [{ kind: "reported", quote: "The afternoon session", source: "pm" }]],
      ["panellist-in", "cleo", "morning", [{ kind: "reported", quote: "- Cleo Hart, Chief Executive", source: "am" }]],
      ["panellist-in", "amy", "morning", [{ kind: "reported", quote: "- Amy Oak", source: "am" }]],
      ["panellist-in", "cleo", "afternoon", [{ kind: "reported", quote: "- Cleo Hart, Deputy", source: "pm" }]],
      ["chaired", "amy", "afternoon", [{ kind: "reported", quote: "chaired by Amy Oak", source: "pm" }]],
      ["spoke-on", "cleo", "levy", [{ kind: "direct-quote", quote: "Pool the levy.", source: "am" }]],
      ["spoke-on", "cleo", "colleges", [{ kind: "direct-quote", quote: "Colleges compete.", source: "pm" }]],
      ["spoke-on", "amy", "colleges", [{ kind: "direct-quote", quote: "Colleges matter.", source: "blog" }]],
      ["covers", "morning", "colleges", ["reported"]],
      ["covers", "afternoon", "levy", ["reported"]],
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
  const result = graphStats(graph);
  const raisedIn = (theme: string) =>
    result.sharedThemes
      .find((t) => t.id === theme)!
      .sessions.map((s) => [s.id, s.covered, s.speakers.map((p) => p.id)]);

  it("credits a statement only to the session whose sources carry it, never to every session its speaker sat in", () => {
    // Cleo spoke on the levy in the morning source only, on colleges in the afternoon source only; Amy's colleges
    // quote is from the blog, which reports no session.
    expect(raisedIn("levy")).toEqual([
      ["afternoon", true, []],
      ["morning", false, ["cleo"]],
    ]);
    expect(raisedIn("colleges")).toEqual([
      ["afternoon", false, ["cleo"]],
      ["morning", true, []],
    ]);
  });

  it("lists the people in more than one session, with their role and the titles each session's sources give", () => {
    expect(result.severalSessions.count).toBe(2);
    expect(result.severalSessions.people).toEqual([
      {
        id: "amy",
        label: "Amy Oak",
        sessions: [
          { id: "afternoon", label: "Afternoon", roles: ["chair"], titles: [] },
          { id: "morning", label: "Morning", roles: ["panellist"], titles: [] },
        ],
      },
      {
        id: "cleo",
        label: "Cleo Hart",
        sessions: [
          {
            id: "afternoon",
            label: "Afternoon",
            roles: ["panellist"],
            titles: [
              {
                role: "Deputy Chief Executive",
                organisation: { id: "net", label: "Northshore Network" },
                sources: ["pm"],
              },
            ],
          },
          {
            id: "morning",
            label: "Morning",
            roles: ["panellist"],
            titles: [
              { role: "Chief Executive", organisation: { id: "net", label: "Northshore Network" }, sources: ["am"] },
            ],
          },
        ],
      },
    ]);
    expect(graphStats(graph, { top: 1 }).severalSessions).toMatchObject({ count: 2, people: [{ id: "amy" }] });
  });

  it("prints both tables, and headings that say what each count counts", () => {
    const lines: string[] = [];
    printStats(result, (l) => lines.push(l));
    const text = lines.join("\n");
    expect(text).toContain("People in more than one session (2 people;");
    expect(text).toMatch(/Cleo Hart \[cleo\] +Afternoon +panellist; Deputy Chief Executive, Northshore Network \(pm\)/);
    expect(text).toMatch(/Levy \[levy\] +Afternoon +covered\n +Morning +raised by Cleo Hart/);
    expect(text).toContain("Passages (all their edges)");
    expect(text).toContain("Passages (all its edges, not sub-themes)");
  });

  it("answers query sessions-of from the same edges, with the passages that put the person there", () => {
    const answer = sessionsOf(graph, "cleo hart");
    expect(answer.person).toEqual({ id: "cleo", label: "Cleo Hart" });
    expect(answer.sessions.map((s) => [s.id, s.roles, s.evidence.map((e) => e.quote)])).toEqual([
      ["afternoon", ["panellist"], ["- Cleo Hart, Deputy"]],
      ["morning", ["panellist"], ["- Cleo Hart, Chief Executive"]],
    ]);
    const lines: string[] = [];
    printSessionsOf(graph, sessionsOf(graph, "amy"), (l) => lines.push(l), { all: false });
    expect(lines[0]).toBe("Amy Oak sat in 2 sessions.");
    expect(lines.join("\n")).toMatch(/Afternoon \[afternoon\] +chair +—/);
  });
});
