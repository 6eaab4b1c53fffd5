import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { search, type PassageHit } from "../../src/query/search.js";
import { DATA_DIR } from "../helpers/corpus.js";

const graph = buildGraph(loadValidCorpus(DATA_DIR));

describe("search on the shipped corpus", () => {
  it("finds a word no theme is named for in the passages, naming the source, line and what it is evidence for", () => {
    const passages = search(graph, "school exclusions").results.filter((r): r is PassageHit => r.match === "passage");
    const hit = passages.find((p) => p.source === "luc-ics-session-2023")!;
    expect(hit.quote).toContain("school exclusions");
    expect(graph.getNodeAttribute(hit.source, "text")!.slice(hit.start, hit.end)).toBe(hit.quote);
    const text = graph.getNodeAttribute(hit.source, "text")!;
    expect(hit.line).toBe(text.slice(0, hit.start).split("\n").length);
    expect(hit.supports).toContainEqual({
      relation: "spoke-on",
      from: { id: "geoff-little", label: "Geoff Little" },
      to: { id: "balanced-scorecards", label: "Balanced scorecards" },
    });
  });

  it("matches labels and aliases: `broadband` finds the digital exclusion theme first", () => {
    const [first] = search(graph, "broadband").results;
    expect(first).toMatchObject({ match: "entity", id: "digital-exclusion", type: "theme" });
    expect(search(graph, "delegated powers").results[0]).toMatchObject({ match: "entity", id: "delegation" });
  });

  it("tolerates a typo and matches word beginnings", () => {
    expect(search(graph, "broadbnad").results.some((r) => r.match === "passage" && r.quote.includes("broadband"))).toBe(
      true,
    );
    expect(search(graph, "scoreca").results.some((r) => r.match === "entity" && r.id === "balanced-scorecards")).toBe(
      true,
    );
  });

  it("is deterministic, sorted by score, and honours the limit", () => {
    const a = search(graph, "health inequalities");
    expect(search(graph, "health inequalities")).toEqual(a);
    const scores = a.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(a.results.length).toBe(20);
    expect(search(graph, "health inequalities", { limit: 3 }).results).toEqual(a.results.slice(0, 3));
  });

  it("returns nothing, not an error, for text that is nowhere", () => {
    expect(search(graph, "zzqx").results).toEqual([]);
  });
});
