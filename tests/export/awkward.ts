// A small graph whose labels, aliases, quotes and notes carry everything that breaks naive writers: XML and HTML
// metacharacters, both kinds of quotation marks, commas and semicolons, newlines, tabs, emoji and right-to-left text.
// Written by hand for the export tests.
import { MultiDirectedGraph } from "graphology";
import type { PanelGraph } from "../../src/model/graph.js";

export const AWKWARD_LABELS = [
  `<img src=x onerror=alert(1)> & "friends"`,
  "Ada “Ace” O'Neil, MBE; Chair",
  "Line one\nline two\ttabbed",
  "NHS 🏥 Trust — ‘quoted’",
  "مجلس الصحة",
];

export function awkwardGraph(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const text = AWKWARD_LABELS.join("\n");
  graph.replaceAttributes({ name: "awkward & <odd>", sources: ["s"] });
  graph.addNode("s", {
    type: "source",
    label: 'Source, with "quotes"',
    aliases: [],
    facts: [],
    text,
    date: "2024-01-02",
  });
  AWKWARD_LABELS.forEach((label, i) => {
    graph.addNode(`n${i}`, {
      type: i % 2 === 0 ? "person" : "organisation",
      label,
      aliases: [`alias; ${i}`, `<${i}>`],
      facts: [],
      community: 1 + (i % 2),
      centrality: i / 10,
      x: i * 1.5,
      y: 10 - i,
    });
  });
  AWKWARD_LABELS.forEach((label, i) => {
    if (i === 0) return;
    const start = text.indexOf(label);
    graph.addDirectedEdgeWithKey(`mentions:n${i - 1}->n${i}`, `n${i - 1}`, `n${i}`, {
      relation: "mentions",
      evidence: [{ source: "s", start, end: start + label.length, kind: "direct-quote", quote: label }],
      sources: ["s"],
      weight: 1,
      origin: "annotation",
      notes: [`note with "quotes", commas; and <tags>`],
    });
  });
  graph.addDirectedEdgeWithKey("affiliated-with:n0->n1", "n0", "n1", {
    relation: "affiliated-with",
    evidence: [],
    sources: ["s"],
    weight: 2,
    origin: "annotation",
    roles: [{ role: 'Chair & "Founder"', source: "s", evidence: [] }],
  });
  return graph;
}
