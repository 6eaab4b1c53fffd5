// "Changed since …" in the viewer, without a browser: the recorded changes are used only for the graph they were
// written with (viewer/core/changes.ts), the summary line says what changed (views/changes.ts), `?changes=1` is the
// URL's (controllers/url.ts), and the colour that marks a change is told apart from the other marks by everyone.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { checkGraphChanges, graphChanges } from "../../src/export/graph-changes.js";
import { stateFromUrl, urlFromState } from "../../viewer/controllers/url.js";
import {
  CHANGE_COLOUR,
  EDGE_COLOUR,
  EDGE_HIGHLIGHT_COLOUR,
  EDGE_SELECTED_COLOUR,
  FADED_NODE_COLOUR,
} from "../../viewer/core/appearance.js";
import { changesOutside, marksOf } from "../../viewer/core/changes.js";
import { LABEL_COLOUR } from "../../viewer/core/labels.js";
import { DEFAULT_STATE } from "../../viewer/core/state.js";
import { changesSummary, conflictLine, edgeAttributeLine } from "../../viewer/views/changes.js";
import { addThirdMeeting, roleEdit, WEEK } from "../helpers/changes-corpus.js";
import { contrastRatio, difference, VISIONS } from "../helpers/colour-vision.js";
import { copyFixture } from "../helpers/corpus.js";
import { threeTitlesGraph, twoTitlesGraph } from "../helpers/title-conflict.js";
import { syntheticGraph } from "../query/synthetic.js";

/** The mini corpus before and after a week's work, and what the build would record between them. */
function week() {
  const dir = copyFixture();
  const before = buildCorpusGraph(dir).graph;
  addThirdMeeting(dir);
  const after = buildCorpusGraph(dir).graph;
  return { before, after, changes: graphChanges(before, after, { previousBuilt: new Date(0), graphBytes: 1 }) };
}

describe("the recorded changes in the viewer", () => {
  it("a node renamed (rename-entity) is listed as renamed and ringed as changed, not added and removed", () => {
    const dir = copyFixture();
    const before = buildCorpusGraph(dir).graph;
    for (const file of ["registry.yaml", "annotations/panel-a.yaml", "annotations/panel-b.yaml"]) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, "utf8").replaceAll("northtown-council", "northtown"));
    }
    const after = buildCorpusGraph(dir).graph;
    const changes = graphChanges(before, after, { previousBuilt: new Date(0), graphBytes: 1 });
    expect(changes.renamed).toEqual([
      {
        from: { id: "northtown-council", type: "organisation", label: "Northtown Council" },
        to: { id: "northtown", type: "organisation", label: "Northtown Council" },
      },
    ]);
    expect([changes.nodes, changes.edges]).toEqual([
      { added: [], removed: [] },
      { added: [], removed: [] },
    ]);
    expect(changesOutside(after, changes)).toBe("");
    expect(changesOutside(before, changes)).toMatch(/northtown/);
    const marks = marksOf(after, changes);
    expect([...marks.addedNodes]).toEqual([]);
    expect([...marks.changedNodes]).toEqual(["northtown"]);
    expect(changesSummary(changes)).toBe("1 node renamed, nothing removed.");
    // graph.changes.json written before renames were found reads as none renamed.
    const { renamed: _, ...older } = changes;
    expect(checkGraphChanges(JSON.parse(JSON.stringify(older)))).toMatchObject({ renamed: [] });
  });

  it("a node merged into another (merge-entity) is listed as merged and its kept node ringed as changed", () => {
    const passage = (quote: string) => [{ kind: "reported" as const, quote, source: "a" }];
    const before = syntheticGraph(
      [
        ["ada-park", "person", "Ada Park"],
        ["ada-parks", "person", "Ada Parks"],
      ],
      [["mentions", "ada-park", "ada-parks", passage("Ada Park thanked Ada Parks")]],
    );
    const after = syntheticGraph(
      [
        ["ada-park", "person", "Ada Park", ["Ada Parks"]],
        ["a", "source", "a"],
      ],
      [],
    );
    // The alias the merge left is the kept node's own change: without it, the merge alone rings it.
    const changes = { ...graphChanges(before, after, { previousBuilt: new Date(0), graphBytes: 1 }), attributes: [] };
    expect(changes.merged.map((m) => [m.from.id, m.into.id])).toEqual([["ada-parks", "ada-park"]]);
    expect(changesOutside(after, changes)).toBe("");
    expect(changesOutside(before, changes)).toBe("it says ada-parks was removed, but this graph has it");
    expect([...marksOf(after, changes).changedNodes]).toEqual(["ada-park"]);
    expect(changesSummary(changes)).toBe("1 node merged into another, nothing removed.");
  });

  it("marks the added nodes and connections and the changed nodes of the graph they were written with", () => {
    const { after, changes } = week();
    expect(changesOutside(after, changes)).toBe("");
    const marks = marksOf(after, changes);
    expect([...marks.addedNodes].sort()).toEqual([WEEK.person, WEEK.organisation, WEEK.source].sort());
    expect([...marks.changedNodes]).toEqual([WEEK.changed]);
    expect([...marks.addedEdges].sort()).toEqual([...WEEK.edges].sort());
  });

  it("are refused for another graph: one without the added nodes", () => {
    const { before, changes } = week();
    expect(changesOutside(before, changes)).toMatch(
      /^it names (cora-lind|fenby-trust|panel-c), which this graph lacks$/,
    );
  });

  it("are summed up in a line", () => {
    const { changes } = week();
    expect(changesSummary(changes)).toBe(
      "3 nodes and 3 connections added, 1 node changed, 1 connection with roles changed, 1 conflict resolved, nothing removed.",
    );
    const { before } = week();
    const back = graphChanges(week().after, before, { previousBuilt: new Date(0), graphBytes: 1 });
    expect(changesSummary(back)).toBe(
      "1 node changed, 1 connection with roles changed, 1 new conflict, 3 nodes and 3 connections removed.",
    );
    const none = graphChanges(before, before, { previousBuilt: new Date(0), graphBytes: 1 });
    expect(changesSummary(none)).toBe("Nothing changed in the nodes, connections, roles or sources.");
  });

  it("say which attributes of a connection changed: roles, dates (an ended membership), links", () => {
    const { before } = week();
    const none = graphChanges(before, before, { previousBuilt: new Date(0), graphBytes: 1 });
    const edge = { from: { id: "a", label: "A", type: "person" }, to: { id: "b", label: "B", type: "organisation" } };
    const onEdge = (...fields: string[]) =>
      changesSummary({
        ...none,
        edgeAttributes: [
          {
            ...edge,
            relation: "affiliated-with",
            changes: fields.map((field) => ({ field, removed: [], added: ["x"] })),
          },
        ] as unknown as typeof none.edgeAttributes,
      });
    expect(onEdge("ended", "periods")).toBe("1 connection with dates changed, nothing removed.");
    expect(onEdge("roles", "current_role")).toBe("1 connection with roles changed, nothing removed.");
    expect(onEdge("link")).toBe("1 connection with links changed, nothing removed.");
    expect(onEdge("roles", "ended")).toBe("1 connection with roles or dates changed, nothing removed.");
  });
});

describe("a role corrected on a connection, and the conflict it resolves", () => {
  it("are listed as `panelgraph diff` finds them, summed up, and refused for a graph without the connection", () => {
    const changes = graphChanges(roleEdit("Chair"), roleEdit("Director"), { previousBuilt: undefined, graphBytes: 1 });
    const [edge] = changes.edgeAttributes;
    expect(edge!.changes.map((c) => edgeAttributeLine(edge!, c))).toEqual([
      "Role: Chair (a) → Director (a) (Ivo Marsh → Levee Agency)",
      "Current role added: Director (Ivo Marsh → Levee Agency)",
    ]);
    const back = graphChanges(roleEdit("Director"), roleEdit("Chair"), { previousBuilt: undefined, graphBytes: 1 });
    const [backEdge] = back.edgeAttributes;
    expect(backEdge!.changes.map((c) => edgeAttributeLine(backEdge!, c))).toEqual([
      "Role: Director (a) → Chair (a) (Ivo Marsh → Levee Agency)",
      "Current role removed: Director (Ivo Marsh → Levee Agency)",
    ]);
    expect(changes.conflicts.removed.map((c) => conflictLine("resolved", c))).toEqual([
      "Conflict resolved: Ivo Marsh's role at Levee Agency",
    ]);
    expect(conflictLine("new", { ...changes.conflicts.removed[0]!, field: "date", organisation: undefined })).toBe(
      "New conflict: Ivo Marsh's date",
    );
    expect(changesSummary(changes)).toBe(
      "1 node changed, 1 connection with roles changed, 1 conflict resolved, nothing removed.",
    );
    expect(changesOutside(syntheticGraph([["ivo", "person", "Ivo Marsh"]], []), changes)).toBe(
      "it names the connection affiliated-with:ivo->agency, which this graph lacks",
    );
  });
});

describe("?changes=1", () => {
  it("turns “Changed since …” on, and is written only while it is on", () => {
    const { after } = week();
    expect(stateFromUrl("?changes=1", after).changes).toBe(true);
    expect(stateFromUrl("?changes=yes", after).changes).toBe(false);
    expect(urlFromState({ ...DEFAULT_STATE, changes: true, selected: "ada-park" })).toBe("?node=ada-park&changes=1");
    expect(urlFromState({ ...DEFAULT_STATE, selected: "ada-park" })).toBe("?node=ada-park");
  });
});

describe("the colour of a change", () => {
  const others = { EDGE_COLOUR, EDGE_HIGHLIGHT_COLOUR, EDGE_SELECTED_COLOUR, FADED_NODE_COLOUR, LABEL_COLOUR };
  for (const vision of VISIONS) {
    it(`stays at least 13 CIEDE2000 from the other edge colours and the labels (${vision})`, () => {
      for (const [name, colour] of Object.entries(others)) {
        expect(difference(CHANGE_COLOUR, colour, vision), name).toBeGreaterThanOrEqual(13);
      }
    });
  }
  it("shows on white at 4.5:1 or more", () => {
    expect(contrastRatio(CHANGE_COLOUR, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("a conflict still open that a new source adds a passage to", () => {
  it("is one conflict changed, not one resolved and one new", () => {
    const changes = graphChanges(twoTitlesGraph(), threeTitlesGraph(), { previousBuilt: undefined, graphBytes: 1 });
    expect(changes.conflicts.changed.map((c) => conflictLine("changed", c))).toEqual([
      "Conflict changed: Ivo Marsh's role at Levee Agency",
    ]);
    expect(changesSummary(changes)).toBe(
      "1 node changed, 1 connection with passages added or removed, 1 connection with roles changed, 1 conflict changed, nothing removed.",
    );
  });
});
