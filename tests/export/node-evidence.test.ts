// A node's evidence in the table exports (GEXF, CSV) and the viewer's count: what passages it is, and whose words.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { parsePassage } from "../../src/export/columns.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { nodePassages } from "../../src/model/evidence.js";
import { syntheticGraph } from "../query/synthetic.js";

/** A witness, Ivo, and the chair, Wren, whose question names him; one of his sentences backs two of his claims. */
function hearing() {
  const graph = syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["wren", "person", "Wren Tally"],
      ["panel", "session", "Hearing two"],
      ["levees", "theme", "Levees"],
    ],
    [
      [
        "panellist-in",
        "ivo",
        "panel",
        [{ kind: "direct-quote", quote: "The levees were walked in spring.", source: "a" }],
      ],
      ["mentions", "wren", "ivo", [{ kind: "direct-quote", quote: "Mr Marsh, when were they walked?", source: "a" }]],
      ["spoke-on", "ivo", "levees", []],
    ],
  );
  const own = graph.getEdgeAttribute("panellist-in:ivo->panel", "evidence")[0]!;
  graph.setEdgeAttribute("spoke-on:ivo->levees", "evidence", [own]);
  return graph;
}

describe("a node's evidence", () => {
  it("names on each line the claims the passage backs, so the chair's question reads as the chair's", () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(hearing()));
    const lines = (back.getNodeAttribute("ivo", "evidence") as string).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes("Mr Marsh, when"))).toMatch(/ — for: Wren Tally mentions Ivo Marsh$/);
    expect(lines.find((l) => l.includes("walked in spring"))).toMatch(
      / — for: Ivo Marsh panellist-in Hearing two \| Ivo Marsh spoke-on Levees$/,
    );
    // The passage still reads back (the viewer reads evidence lines so).
    expect(parsePassage(lines[0]!)).toMatchObject({ source: "a", kind: "direct-quote" });
    expect(back.getNodeAttribute("ivo", "evidence_count")).toBe(2);
  });

  it("counts the same passages in every export and in the viewer's panel (nodePassages)", () => {
    const graph = hearing();
    const file = csvExporter.files(graph).find((f) => f.name === "nodes.csv")!;
    const rows = parseCsv([...file.chunks].join(""), { columns: true }) as Record<string, string>[];
    const ivo = rows.find((r) => r.id === "ivo")!;
    expect(Number(ivo.evidence_count)).toBe(nodePassages(graph, "ivo").length);
    expect(ivo.evidence!.split("\n")).toHaveLength(2);
    // In source order: his sentence (behind two claims), then the question.
    expect(nodePassages(graph, "ivo").map((p) => p.claims.length)).toEqual([2, 1]);
  });
});
