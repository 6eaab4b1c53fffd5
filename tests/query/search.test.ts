import { describe, expect, it } from "vitest";
import { printSearch } from "../../src/cli/print-answers.js";
import { search, type PassageHit } from "../../src/query/search.js";
import { syntheticGraph } from "./synthetic.js";

/** Two sources' passages behind a few claims, and themes with aliases. */
const graph = syntheticGraph(
  [
    ["gail", "person", "Gail Lyle"],
    ["rob", "person", "Rob Stone"],
    ["scorecards", "theme", "Balanced scorecards", ["scorecards"]],
    ["exclusion", "theme", "Digital exclusion", ["broadband access"]],
    ["health", "theme", "Health inequalities"],
  ],
  [
    [
      "spoke-on",
      "gail",
      "scorecards",
      [
        {
          kind: "direct-quote",
          quote: "These scorecards will show whether levels of school exclusions are going up or down.",
          source: "a",
        },
      ],
    ],
    [
      "spoke-on",
      "rob",
      "exclusion",
      [{ kind: "direct-quote", quote: "Who has access to things like broadband and data matters.", source: "b" }],
    ],
    [
      "spoke-on",
      "gail",
      "health",
      [
        { kind: "reported", quote: "Gail spoke on health inequalities in the region.", source: "a" },
        { kind: "reported", quote: "Health inequalities, she said, start early.", source: "a" },
      ],
    ],
    ["spoke-on", "rob", "health", [{ kind: "reported", quote: "Rob named health inequalities twice.", source: "b" }]],
  ],
);

describe("search", () => {
  it("finds a word no theme is named for in the passages, naming the source, line and what it is evidence for", () => {
    const passages = search(graph, "school exclusions").results.filter((r): r is PassageHit => r.match === "passage");
    const hit = passages.find((p) => p.source === "a")!;
    expect(hit.quote).toContain("school exclusions");
    const text = graph.getNodeAttribute(hit.source, "text")!;
    expect(text.slice(hit.start, hit.end)).toBe(hit.quote);
    expect(hit.line).toBe(text.slice(0, hit.start).split("\n").length);
    expect(hit.supports).toContainEqual({
      relation: "spoke-on",
      from: { id: "gail", label: "Gail Lyle" },
      to: { id: "scorecards", label: "Balanced scorecards" },
    });
  });

  it("matches labels and aliases: `broadband` finds the digital exclusion theme first", () => {
    const [first] = search(graph, "broadband").results;
    expect(first).toMatchObject({ match: "entity", id: "exclusion", type: "theme" });
  });

  it("tolerates a typo and matches word beginnings", () => {
    expect(search(graph, "broadbnad").results.some((r) => r.match === "passage" && r.quote.includes("broadband"))).toBe(
      true,
    );
    expect(search(graph, "scoreca").results.some((r) => r.match === "entity" && r.id === "scorecards")).toBe(true);
  });

  it("is deterministic, sorted by score, and honours the limit", () => {
    const a = search(graph, "health inequalities");
    expect(search(graph, "health inequalities")).toEqual(a);
    const scores = a.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(a.results.length).toBeGreaterThan(2);
    expect(search(graph, "health inequalities", { limit: 2 }).results).toEqual(a.results.slice(0, 2));
  });

  it("returns nothing, not an error, for text that is nowhere", () => {
    expect(search(graph, "zzqx").results).toEqual([]);
  });

  it("ignores common words when the text has others: an entity matched only on `be` does not outrank the passage", () => {
    const stops = syntheticGraph(
      [
        ["ada", "person", "Ada Quill"],
        ["rec", "recommendation", "Boards should be merged"],
        ["hearing", "session", "Hearing"],
      ],
      [
        [
          "panellist-in",
          "ada",
          "hearing",
          [{ kind: "direct-quote", quote: "no village will be left dry", source: "a" }],
        ],
      ],
    );
    const results = search(stops, "no village will be left dry").results;
    expect(results[0]).toMatchObject({ match: "passage", quote: "no village will be left dry" });
    expect(results.some((r) => r.match === "entity" && r.id === "rec")).toBe(false);
    // Common words alone are still searched for.
    expect(search(stops, "be").results.some((r) => r.match === "entity" && r.id === "rec")).toBe(true);
  });
});

describe("search in the sources' texts, beyond the passages claims cite", () => {
  /** A claim cites one sentence of source `news`; the rest of its text, with the phrase asked for, no claim cites. */
  function newsGraph() {
    const g = syntheticGraph(
      [
        ["ivo", "person", "Ivo Brand"],
        ["lobbying", "theme", "Lobbying"],
      ],
      [
        [
          "spoke-on",
          "ivo",
          "lobbying",
          [{ kind: "direct-quote", quote: "We complied with the lobbying code in full.", source: "news" }],
        ],
      ],
    );
    const cited = g.getNodeAttribute("news", "text")!;
    g.setNodeAttribute(
      "news",
      "text",
      `${cited}\nConduct at the hearing was calm, and the new code short.\n\n` +
        "Her spokesperson said: “The Mayor has followed the code of conduct at every stage.” Nothing more was said.",
    );
    return g;
  }

  it("lists the sentences no matching passage overlaps, the exact phrase first, with line and offsets", () => {
    const g = newsGraph();
    const result = search(g, "code of conduct");
    expect(result.results.map((r) => (r.match === "passage" ? r.quote : r.label))).toEqual([
      "We complied with the lobbying code in full.",
    ]);
    expect(result.inTexts.map((h) => [h.source, h.line, h.phrase, h.text])).toEqual([
      ["news", 4, true, "Her spokesperson said: “The Mayor has followed the code of conduct at every stage.”"],
      ["news", 2, false, "Conduct at the hearing was calm, and the new code short."],
    ]);
    const text = g.getNodeAttribute("news", "text")!;
    for (const hit of result.inTexts) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(search(g, "code of conduct", { limit: 1 }).inTexts).toHaveLength(1);
  });

  it("prints them after the passage hits, in a section of their own", () => {
    const g = newsGraph();
    const lines: string[] = [];
    printSearch(g, search(g, "code of conduct"), (l) => lines.push(l));
    expect(lines.slice(-3)).toEqual([
      "In the texts, not in any claim: 2 sentences (1 with the words as typed, first):",
      "  news:4  “Her spokesperson said: “The Mayor has followed the code of conduct at every stage.””",
      "  news:2  “Conduct at the hearing was calm, and the new code short.”",
    ]);
    lines.length = 0;
    printSearch(g, search(g, "hearing"), (l) => lines.push(l));
    expect(lines).toEqual([
      'Nothing matches "hearing" in labels, aliases or evidence passages.',
      "",
      "In the texts, not in any claim: 1 sentence:",
      "  news:2  “Conduct at the hearing was calm, and the new code short.”",
    ]);
  });
});
