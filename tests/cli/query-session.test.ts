// `panelgraph query session` on a corpus written for it (tests/helpers/session-corpus.ts): the text answer starts with
// a summary table of the themes, one line each in the agenda's order, and gives their passages after it.
import { describe, expect, it } from "vitest";
import { panelgraphIn } from "../helpers/cli.js";
import { edit } from "../helpers/corpus.js";
import { SESSION, sessionCorpus } from "../helpers/session-corpus.js";

describe("panelgraph query session (text)", () => {
  it("prints the themes' summary table first, one line a theme, then the passages", async () => {
    const dir = sessionCorpus();
    const { code, stdout } = await panelgraphIn(["query", "session", SESSION, "--data", dir], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith("#  Theme"));
    expect(lines.slice(header, header + 6).map((l) => l.split(/ {2,}/))).toEqual([
      ["#", "Theme", "Agreed/covered/raised", "Panellists", "Passages"],
      ["1", "Ferry links", "agreed, covered, raised", "1", "3"],
      ["2", "Harbour dredging", "covered, raised", "1", "3"],
      ["3", "Housing and rents", "raised", "2", "2"],
      ["4", "Marine skills", "raised", "1", "1"],
      [""],
    ]);
    // Nothing but the session's name and what its sources are comes before the table: no passage, no panel.
    expect(lines.slice(0, header).join("\n")).not.toMatch(/“|Chair and panel/);
    expect(lines[header - 2]).toBe(
      "4 themes in the order of its agenda: agreed on by the panel, covered by the session, raised by its panellists:",
    );
    // Each theme's passages come later, numbered as in the table; the blog's fishing quotes are no theme of it.
    const passages = lines.indexOf("The themes' passages:");
    expect(passages).toBeGreaterThan(lines.findIndex((l) => l.startsWith("Chair and panel")));
    expect(lines[passages + 2]).toBe(
      "1. Ferry links [ferry-links]: agreed on by the panel; covered; raised by Idris Vane",
    );
    expect(stdout).toContain("3. Housing and rents [housing]: raised by Ona Pike, Teo Brand");
    expect(stdout).not.toContain("Fishing");
  });

  it("gives the panel's conclusions, each with its passage and source, as the panel's and not a person's words", async () => {
    const dir = sessionCorpus();
    const { code, stdout } = await panelgraphIn(["query", "session", SESSION, "--data", dir], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const at = lines.indexOf(
      "The panel's conclusions (2): stated of the panel as a whole (a summary), not any one person's words:",
    );
    expect(at).toBeGreaterThan(lines.indexOf("The themes' passages:"));
    expect(lines.slice(at + 1, at + 9)).toEqual([
      "",
      "- Finding Ferry timetable cut twice [ferry-timetable-cut]",
      "   The island ferry timetable was cut twice in one year.",
      "   summary  harbour-notes:4  “The panel found that the island ferry timetable had been cut twice in one year.”",
      "",
      "- Agreed on the theme Ferry links [ferry-links]",
      "   summary  harbour-report:9  “The panellists agreed that ferry links decide whether the towns survive.”",
      "",
    ]);
    const json = await panelgraphIn(["query", "session", SESSION, "--json", "--data", dir], { cwd: dir });
    expect(JSON.parse(json.stdout).conclusions.map((c: { id: string }) => c.id)).toEqual([
      "ferry-timetable-cut",
      "ferry-links",
    ]);
  });

  it("shows first the passage from the source that gives a fact, before another source's that backs part of it", async () => {
    // The report gives the date 12 June 2025; the notes (a source whose id sorts first) only back that it is the
    // second sitting. Shown one passage a fact, the date must come with the passage that states it.
    const dir = sessionCorpus();
    edit(
      dir,
      "annotations/harbour-report.yaml",
      '      - { quote: "held its second sitting on 12 June 2025", kind: reported }',
      [
        '      - { quote: "held its second sitting on 12 June 2025", kind: reported }',
        '      - { quote: "Notes from the second sitting", kind: reported, source: harbour-notes }',
      ].join("\n"),
    );
    const { code, stdout } = await panelgraphIn(["query", "session", SESSION, "--data", dir], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const at = lines.indexOf("Harbour Towns Review, second sitting: date 2025-06-12 (harbour-report)");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "   reported  harbour-report:1  “held its second sitting on 12 June 2025”",
      "   … 1 more passage (--all shows every passage)",
    ]);
    const json = await panelgraphIn(["query", "session", SESSION, "--json", "--data", dir], { cwd: dir });
    const [fact] = JSON.parse(json.stdout).facts;
    expect(fact.evidence.map((e: { source: string }) => e.source)).toEqual(["harbour-report", "harbour-notes"]);
  });
});
