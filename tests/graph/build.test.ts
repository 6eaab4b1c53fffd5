import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConflicts } from "../../src/analysis/conflicts.js";
import { buildGraph } from "../../src/graph/build.js";
import { deserializeGraph, serializeGraph } from "../../src/graph/serialize.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { copyFixture, edit, expectedEdgesFromFiles, keepOriginal, MINI_DIR } from "../helpers/corpus.js";
import { TOWPATH_FILE, towpathCorpus } from "../helpers/towpath-corpus.js";

describe("graph build on the mini fixture", () => {
  const graph = buildGraph(loadValidCorpus(MINI_DIR));

  it("makes one node per entity id, so a person named in two sources is one node with evidence from both", () => {
    expect(graph.filterNodes((_, a) => a.label === "Ada Park")).toEqual(["ada-park"]);
    const spoke = graph.getEdgeAttributes("spoke-on:ada-park->devolved-budgets");
    expect(spoke.sources).toEqual(["panel-a", "panel-b"]);
    expect(spoke.evidence.map((e) => e.kind)).toEqual(["direct-quote", "direct-quote"]);
    expect(spoke.weight).toBe(2);
  });

  it("has as many edges of each relation as distinct claims in the annotation files, plus one per theme parent", () => {
    const expected = expectedEdgesFromFiles(MINI_DIR);
    for (const [relation, pairs] of expected) {
      expect(graph.filterEdges((_, a) => a.relation === relation).length, relation).toBe(pairs.size);
    }
    expect(graph.size).toBe([...expected.values()].reduce((n, s) => n + s.size, 0));
  });

  it("gives a source node what a citation needs: its author, its address and the name of its kept original file", () => {
    const dir = copyFixture();
    const original = keepOriginal(dir, "panel-a", "<html><body><p>An invented page.</p></body></html>");
    edit(
      dir,
      "sources/panel-a.yaml",
      "origin: written for the panelgraph tests",
      "origin: written for the panelgraph tests\nauthor: Wren Tallis\nurl: https://example.org/forum/first\n" +
        original,
    );
    const source = buildGraph(loadValidCorpus(dir)).getNodeAttributes("panel-a");
    expect([source.author, source.url, source.original]).toEqual([
      "Wren Tallis",
      "https://example.org/forum/first",
      "panel-a.original.html",
    ]);
    expect(graph.getNodeAttributes("panel-a").original).toBeUndefined();
  });

  it("keeps each source's value of a role and reports the disagreement as a conflict", () => {
    const roles = graph.getEdgeAttribute("affiliated-with:ada-park->northtown-council", "roles");
    expect(roles?.map((r) => [r.role, r.source])).toEqual([
      ["Director of Health", "panel-a"],
      ["Deputy Director of Health", "panel-b"],
    ]);
    expect(findConflicts(graph)).toEqual([
      {
        entity: { id: "ada-park", label: "Ada Park" },
        field: "role",
        organisation: { id: "northtown-council", label: "Northtown Council" },
        values: [
          {
            value: "Director of Health",
            source: "panel-a",
            quote: "Ada Park, Director of Health at Northtown Council",
            start: 102,
            end: 151,
          },
          {
            value: "Deputy Director of Health",
            source: "panel-b",
            quote: "Ada Park, Deputy Director of Health at Northtown Council",
            start: 23,
            end: 79,
          },
        ],
      },
    ]);
  });

  it("does not call dates that fit together a conflict (2024, --05-05, 2024-05-05), but does call different dates one", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "claims:",
      'attributes:\n  - entity: forum-meeting-1\n    name: date\n    value: "2024"\n    evidence: [{ quote: "second meeting", kind: reported }]\nclaims:',
    );
    expect(findConflicts(buildGraph(loadValidCorpus(dir))).map((c) => c.field)).toEqual(["role"]);
    edit(dir, "annotations/panel-a.yaml", 'value: "2024-05-05"', 'value: "--05-05"');
    expect(findConflicts(buildGraph(loadValidCorpus(dir))).map((c) => c.field)).toEqual(["role"]);
    edit(dir, "annotations/panel-b.yaml", 'value: "2024"', 'value: "2024-06"');
    expect(findConflicts(buildGraph(loadValidCorpus(dir))).map((c) => c.field)).toEqual(["role", "date"]);
  });

  it("adds sub-theme-of edges from the registry, marked as such", () => {
    expect(graph.getEdgeAttributes("sub-theme-of:devolved-budgets->devolution")).toMatchObject({
      origin: "registry",
      evidence: [],
    });
  });

  it("keeps the repaired text on source nodes, and the offsets of every evidence item point into it", () => {
    graph.forEachEdge((_, attributes) => {
      for (const e of attributes.evidence) {
        expect(graph.getNodeAttribute(e.source, "text")!.slice(e.start, e.end)).toBe(e.quote);
      }
    });
    expect(graph.getNodeAttributes("panel-a")).toMatchObject({ type: "source", kind: "transcript-report", repairs: 4 });
  });

  it("does not double a claim written twice by hand: each passage and note once, in one file or two", () => {
    const dir = copyFixture();
    const note = "    note: named at the start of the session";
    const claim = "    from: ada-park\n    to: forum-meeting-1\n";
    const copy = `  - relation: panellist-in\n${claim}${note}\n    evidence:\n      - { quote: "Ada Park, Director of Health at Northtown Council, said", kind: reported }\n`;
    edit(dir, "annotations/panel-a.yaml", claim, `${claim}${note}\n`);
    edit(dir, "annotations/panel-a.yaml", /^attributes:/m, `${copy}attributes:`);
    writeFileSync(join(dir, "annotations", "panel-a.more.yaml"), `source: panel-a\nclaims:\n${copy}`);
    const edge = buildGraph(loadValidCorpus(dir)).getEdgeAttributes("panellist-in:ada-park->forum-meeting-1");
    expect(edge.evidence.map((e) => e.quote)).toEqual(["Ada Park, Director of Health at Northtown Council, said"]);
    expect(edge.weight).toBe(1);
    expect(edge.notes).toEqual(["named at the start of the session"]);
  });

  it("serialises to the same bytes every time, and reads back to the same graph", () => {
    const json = serializeGraph(graph);
    expect(serializeGraph(buildGraph(loadValidCorpus(MINI_DIR)))).toBe(json);
    expect(serializeGraph(deserializeGraph(json))).toBe(json);
  });
});

describe("a source whose punctuation was repaired", () => {
  /** The file as the graph alone gives it back: the text with the damaged character at each repaired offset. */
  const fileOf = (source: ReturnType<ReturnType<typeof buildGraph>["getNodeAttributes"]>) => {
    const chars = [...source.text!];
    const damaged = String.fromCharCode(parseInt(source.damagedCharacter!.slice(2), 16));
    for (const at of source.repaired!) chars[at] = damaged;
    return (source.fileEncoding === "utf-8-bom" ? "\ufeff" : "") + chars.join("");
  };

  it("carries the damaged character and how the file's bytes are the text, so the file can be given back", () => {
    const source = buildGraph(loadValidCorpus(towpathCorpus())).getNodeAttributes("hearing");
    expect(source.repaired).toHaveLength(7);
    expect([source.damagedCharacter, source.fileEncoding]).toEqual(["U+0E42", "utf-8"]);
    expect(fileOf(source)).toBe(TOWPATH_FILE);
  });

  it("says when the file opens with a byte-order mark the loader read past", () => {
    const source = buildGraph(loadValidCorpus(towpathCorpus({ bom: true }))).getNodeAttributes("hearing");
    expect(source.fileEncoding).toBe("utf-8-bom");
    expect(Buffer.from(fileOf(source), "utf8")).toEqual(Buffer.from(`\ufeff${TOWPATH_FILE}`, "utf8"));
  });

  it("carries neither on a source that was not repaired", () => {
    const source = buildGraph(loadValidCorpus(MINI_DIR)).getNodeAttributes("panel-b");
    expect([source.repaired, source.damagedCharacter, source.fileEncoding]).toEqual([undefined, undefined, undefined]);
  });
});

describe("a theme accepted by hand with suggest's note still its description", () => {
  it("enters the graph without it, in every export; a description of its own stays", () => {
    // As suggest drafts a new theme, accepted by changing its status only (the registry's copy reads the same).
    const dir = copyFixture();
    edit(
      dir,
      "registry.yaml",
      "  - id: devolved-budgets\n    label: Devolved budgets\n",
      '  - id: devolved-budgets\n    label: Devolved budgets\n    description: "New candidate theme: a noun phrase this source uses 2 times."\n',
    );
    edit(
      dir,
      "registry.yaml",
      "  - id: local-data\n    label: Local data\n",
      "  - id: local-data\n    label: Local data\n    description: Figures councils gather on their own area.\n",
    );
    const graph = buildGraph(loadValidCorpus(dir));
    expect(graph.getNodeAttribute("devolved-budgets", "description")).toBeUndefined();
    expect(graph.getNodeAttribute("local-data", "description")).toBe("Figures councils gather on their own area.");
  });
});
