// The data's date (src/analysis/data-date.ts), which the viewer's PNG caption and download names give: the newest date
// anywhere in the graph, so a picture is never dated before the sessions it shows, with what carries dates.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { dataDate, dataDateInWords } from "../../src/analysis/data-date.js";
import type { PanelGraph } from "../../src/model/graph.js";

/** An invented corpus: one dated source (older than the hearings), two undated ones, and a hearing dated in its facts. */
function hearings(): PanelGraph {
  const graph: PanelGraph = new MultiDirectedGraph();
  const node = (id: string, type: string, extra = {}) =>
    graph.addNode(id, { type, label: id, aliases: [], facts: [], ...extra } as never);
  node("canal-gazette", "source", { date: "2022-11-30" });
  node("hearing-notes", "source");
  node("hearing-write-up", "source");
  node("fenby-hearing", "event", { facts: [{ name: "date", value: "2023", source: "hearing-notes", evidence: [] }] });
  node("fenby-hearing-one", "session", {
    facts: [{ name: "date", value: "2023-03-24", source: "hearing-notes", evidence: [] }],
  });
  return graph;
}

describe("the data's date", () => {
  it("is the newest date anywhere in the graph, not the newest source's, and says what carries dates", () => {
    const date = dataDate(hearings());
    expect(date).toEqual({ newest: "2023-03-24", dated: ["sources", "sessions", "events"], undatedSources: 2 });
    expect(dataDateInWords(date)).toBe("sources, sessions and events up to 24 March 2023; 2 sources undated");
  });

  it("takes a role's since or until when it is newer", () => {
    const graph = hearings();
    graph.addNode("orla-finch", { type: "person", label: "Orla Finch", aliases: [], facts: [] });
    graph.addNode("fenby-trust", { type: "organisation", label: "Fenby Trust", aliases: [], facts: [] });
    graph.addEdge("orla-finch", "fenby-trust", {
      relation: "affiliated-with",
      evidence: [],
      sources: ["hearing-notes"],
      weight: 1,
      origin: "annotation",
      roles: [{ role: "Chair", source: "hearing-notes", since: "2023-06", evidence: [] }],
    });
    const date = dataDate(graph);
    expect(date.newest).toBe("2023-06");
    expect(dataDateInWords(date)).toBe("sources, sessions, events and roles up to June 2023; 2 sources undated");
  });

  it("is none when nothing has a date", () => {
    const graph: PanelGraph = new MultiDirectedGraph();
    graph.addNode("hearing-notes", { type: "source", label: "Hearing notes", aliases: [], facts: [] });
    expect(dataDate(graph)).toEqual({ newest: undefined, dated: [], undatedSources: 1 });
    expect(dataDateInWords(dataDate(graph))).toBe("undated");
  });
});
