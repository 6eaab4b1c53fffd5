// nodes.csv and edges.csv open in Excel, whose cells hold 32,767 characters: a long evidence cell keeps the passages
// that fit and says how many more are in evidence.csv; evidence.csv, JSON and GEXF keep every passage.
import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { parsePassage } from "../../src/export/columns.js";
import { cappedListCell, csvExporter, SPREADSHEET_CELL_LIMIT } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { syntheticGraph } from "../query/synthetic.js";

/** Ivo Marsh's 600 turns at a hearing, each a long sentence: far more than one spreadsheet cell holds. */
function longHearing() {
  const turns = Array.from({ length: 600 }, (_, i) => ({
    kind: "direct-quote" as const,
    quote: `Turn ${i + 1}: the levees along the Fenby were walked in spring and the ledger shows each repair we made.`,
    source: "a",
  }));
  return syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["panel", "session", "Hearing two"],
    ],
    [["panellist-in", "ivo", "panel", turns]],
  );
}

function rowsOf(graph: ReturnType<typeof longHearing>, name: string): Record<string, string>[] {
  const file = csvExporter.files(graph).find((f) => f.name === name)!;
  return parseCsv([...file.chunks].join(""), { columns: true }) as Record<string, string>[];
}

describe("CSV cells and a spreadsheet's cell limit", () => {
  it("cuts a node's and an edge's evidence cell at whole passages under 32,767 characters, saying how many more", () => {
    const graph = longHearing();
    for (const [file, id] of [
      ["nodes.csv", "ivo"],
      ["edges.csv", "panellist-in:ivo->panel"],
    ] as const) {
      const row = rowsOf(graph, file).find((r) => r.id === id)!;
      expect(row.evidence_count).toBe("600");
      expect(row.evidence!.length).toBeLessThanOrEqual(SPREADSHEET_CELL_LIMIT);
      const lines = row.evidence!.split("\n");
      const shown = lines.slice(0, -1);
      expect(shown.length).toBeGreaterThan(100);
      expect(shown.every((l) => parsePassage(l) !== undefined)).toBe(true);
      expect(shown[0]).toContain("Turn 1:");
      expect(lines.at(-1)).toBe(
        `… ${600 - shown.length} more passages, not shown: a spreadsheet cell holds 32767 characters; ` +
          "evidence.csv has each claim's passages, a row each",
      );
    }
    expect(rowsOf(graph, "evidence.csv")).toHaveLength(600);
    // GEXF keeps every passage.
    const back = parseGexf(MultiDirectedGraph, toGexf(graph));
    expect((back.getNodeAttribute("ivo", "evidence") as string).split("\n")).toHaveLength(600);
  });

  it("leaves a cell that fits as it is, and cuts a list cell at whole items", () => {
    expect(cappedListCell(["a", "b"], false)).toBe("a; b");
    expect(cappedListCell([], true)).toBeUndefined();
    expect(cappedListCell(["x".repeat(300)], true, 200)).toMatch(/^… 1 more passage, not shown: /u);
    const items = Array.from({ length: 20 }, (_, i) => `Ms Item ${i}`);
    const cut = cappedListCell(items, false, 160)!;
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/^Ms Item 0; Ms Item 1; .*; … \d+ more \(cut at a spreadsheet's 160 characters a cell; /u);
  });
});
