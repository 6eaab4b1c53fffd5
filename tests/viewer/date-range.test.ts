// The viewer's date range (viewer/core/visible.ts): dates are periods of their precision, so a source dated by month
// or year stays while any of it is in the range, and the range only adds to the sources the Sources list hides.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PanelGraph } from "../../src/model/graph.js";
import { DEFAULT_STATE } from "../../viewer/core/state.js";
import { dateInRange, hiddenSourceSet } from "../../viewer/core/visible.js";

describe("the viewer's date range", () => {
  it("compares dates of any precision on the part both give", () => {
    expect(dateInRange("2024-03", "2024-03-15", "")).toBe(true);
    expect(dateInRange("2024-02", "2024-03-15", "")).toBe(false);
    expect(dateInRange("2024-05-01", "", "2024")).toBe(true);
    expect(dateInRange("2025", "", "2024-12-31")).toBe(false);
    expect(dateInRange("2023-05-10", "2023-05-10", "2023-05-10")).toBe(true);
  });

  it("hides dated sources outside it beside the unticked ones, and never an undated source", () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as PanelGraph;
    graph.replaceAttributes({ name: "dates", sources: ["early", "late", "undated"] });
    const base = { type: "source" as const, aliases: [], facts: [] };
    graph.addNode("early", { ...base, label: "Early", date: "2023-05-10" });
    graph.addNode("late", { ...base, label: "Late", date: "2024-09" });
    graph.addNode("undated", { ...base, label: "Undated" });
    const hidden = (change: object) => [...hiddenSourceSet(graph, { ...DEFAULT_STATE, ...change })].sort();
    expect(hidden({})).toEqual([]);
    expect(hidden({ dateTo: "2023-12-31" })).toEqual(["late"]);
    expect(hidden({ dateFrom: "2024-09-30" })).toEqual(["early"]);
    expect(hidden({ dateFrom: "2030", hiddenSources: ["undated"] })).toEqual(["early", "late", "undated"]);
  });
});
