import { describe, expect, it } from "vitest";
import { EntityTypeError } from "../../src/query/errors.js";
import { printSaid } from "../../src/cli/print-answers.js";
import { said } from "../../src/query/said.js";
import { syntheticGraph } from "./synthetic.js";

/** Ivo sat on a panel and spoke there; the chair, Wren, asked him questions that mention him. */
const graph = syntheticGraph(
  [
    ["ivo", "person", "Ivo Marsh"],
    ["wren", "person", "Wren Tally"],
    ["panel", "session", "Hearing two"],
    ["levees", "theme", "Levees"],
    ["agency", "organisation", "Levee Agency"],
  ],
  [
    [
      "panellist-in",
      "ivo",
      "panel",
      [
        { kind: "reported", quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" },
        { kind: "direct-quote", quote: "The levees were last walked in spring.", source: "a" },
      ],
    ],
    ["spoke-on", "ivo", "levees", [{ kind: "reported", quote: "He said the levees need a survey.", source: "b" }]],
    ["affiliated-with", "ivo", "agency", [{ kind: "direct-quote", quote: "Clerk of the Levee Agency", source: "a" }]],
    ["mentions", "wren", "ivo", [{ kind: "direct-quote", quote: "Mr Marsh, when were they walked?", source: "a" }]],
    ["agreed-on", "panel", "levees", [{ kind: "summary", quote: "The panel agreed on a survey.", source: "a" }]],
  ],
);
// The quote at the panel is also the evidence that he spoke on levees: one passage behind two claims.
const atPanel = graph.getEdgeAttribute("panellist-in:ivo->panel", "evidence")[1]!;
graph.updateEdgeAttribute("spoke-on:ivo->levees", "evidence", (evidence) => [...evidence!, atPanel]);

describe("said", () => {
  it("lists every passage of the person's own words once, in the order said, with the claims each backs", () => {
    const result = said(graph, "Ivo Marsh");
    expect(result.person).toEqual({ id: "ivo", label: "Ivo Marsh" });
    expect(result.passages.map((p) => [p.kind, p.quote, p.claims.map((c) => `${c.relation} ${c.to.id}`)])).toEqual([
      ["direct-quote", "The levees were last walked in spring.", ["panellist-in panel", "spoke-on levees"]],
      ["reported", "He said the levees need a survey.", ["spoke-on levees"]],
    ]);
    const first = result.passages[0]!;
    const text = graph.getNodeAttribute(first.source, "text")!;
    expect(text.slice(first.start, first.end)).toBe(first.quote);
    expect(first.line).toBe(text.slice(0, first.start).split("\n").length);
  });

  it("leaves out others' words about the person, the source naming who sat, their post, and panel summaries", () => {
    const quotes = said(graph, "ivo").passages.map((p) => p.quote);
    expect(quotes).not.toContain("Mr Marsh, when were they walked?");
    expect(quotes).not.toContain("Ivo Marsh, Clerk of the Levee Agency");
    expect(quotes).not.toContain("Clerk of the Levee Agency");
    expect(quotes).not.toContain("The panel agreed on a survey.");
    expect(said(graph, "Wren Tally").passages.map((p) => p.quote)).toEqual(["Mr Marsh, when were they walked?"]);
  });

  it("lists the passages in the order said: the sources' dates (undated last), then the line, whatever the kind", () => {
    const dated = syntheticGraph(
      [
        ["ivo", "person", "Ivo Marsh"],
        ["levees", "theme", "Levees"],
      ],
      [
        [
          "spoke-on",
          "ivo",
          "levees",
          [
            { kind: "direct-quote", quote: "Walk them twice a year.", source: "a-june" },
            { kind: "reported", quote: "He said the levees were sound.", source: "b-march" },
            { kind: "direct-quote", quote: "They held in the storm.", source: "a-june" },
            { kind: "direct-quote", quote: "No one walks them now.", source: "c-undated" },
            { kind: "reported", quote: "He asked for a survey.", source: "b-march" },
          ],
        ],
      ],
    );
    dated.setNodeAttribute("a-june", "date", "2024-06-03");
    dated.setNodeAttribute("b-march", "date", "2024-03-11");
    const passages = said(dated, "ivo").passages;
    expect(passages.map((p) => [p.date, p.source, p.quote])).toEqual([
      ["2024-03-11", "b-march", "He said the levees were sound."],
      ["2024-03-11", "b-march", "He asked for a survey."],
      ["2024-06-03", "a-june", "Walk them twice a year."],
      ["2024-06-03", "a-june", "They held in the storm."],
      [null, "c-undated", "No one walks them now."],
    ]);
  });

  it("asks about a person", () => {
    expect(() => said(graph, "Levees")).toThrow(EntityTypeError);
  });
});

describe("said: the same words in several sources", () => {
  /** A line said at a hearing, then recycled by a press release and a blog; another line said once. */
  function recycled() {
    const line = "This stadium will be the beating heart of a new Fenby.";
    const g = syntheticGraph(
      [
        ["odo", "person", "Odo Quill"],
        ["stadium", "theme", "Stadium plan"],
        ["fenby", "theme", "Fenby's future"],
      ],
      [
        [
          "spoke-on",
          "odo",
          "stadium",
          [
            { kind: "direct-quote", quote: line, source: "hearing" },
            { kind: "direct-quote", quote: "Fenby will not wait.", source: "hearing" },
            { kind: "direct-quote", quote: `“${line.replace("This", "this")}”`, source: "press" },
          ],
        ],
        ["spoke-on", "odo", "fenby", [{ kind: "reported", quote: line, source: "blog" }]],
      ],
    );
    g.setNodeAttribute("hearing", "date", "2026-11-12");
    g.setNodeAttribute("press", "date", "2026-11-13");
    g.setNodeAttribute("blog", "date", "2026-11-20");
    return g;
  }

  it("gives each passage a group key, the same for the same words whatever their case and quote marks", () => {
    const passages = said(recycled(), "odo").passages;
    expect(passages.map((p) => [p.source, p.group])).toEqual([
      ["hearing", "this stadium will be the beating heart of a new fenby"],
      ["hearing", "fenby will not wait"],
      ["press", "this stadium will be the beating heart of a new fenby"],
      ["blog", "this stadium will be the beating heart of a new fenby"],
    ]);
  });

  it("prints them as one item at the first, listing every source with its citation, and the claims of them all", () => {
    const g = recycled();
    const lines: string[] = [];
    printSaid(g, said(g, "odo"), (l) => lines.push(l), { all: false });
    expect(lines.slice(1)).toEqual([
      "1 quotation recurs word for word in several places: one item each, at the first, listing every place.",
      "",
      "1. 2026-11-12  direct quote  hearing:1  “This stadium will be the beating heart of a new Fenby.”",
      "   the same words in 3 sources:",
      "     2026-11-12  direct quote  hearing:1",
      "     2026-11-13  direct quote  press:1",
      "     2026-11-20  reported      blog:1",
      "   backs: spoke-on Fenby's future; spoke-on Stadium plan",
      "",
      "2. 2026-11-12  direct quote  hearing:2  “Fenby will not wait.”",
      "   backs: spoke-on Stadium plan",
    ]);
  });
});
