// What a build records as changed since the graph it replaced (graph.changes.json, read by the viewer's "Changed
// since …"): graph-diff.ts's answer, shaped for the viewer, written beside graph.json and removed where it no longer
// holds. The corpus is the mini fixture and a week's work on it (tests/helpers/changes-corpus.ts).
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphFile, changesPath, previousGraphPath } from "../../src/export/graph-file.js";
import {
  buildRecord,
  changeCount,
  checkGraphChanges,
  graphChanges,
  type GraphChanges,
} from "../../src/export/graph-changes.js";
import { addThirdMeeting, roleEdit, WEEK } from "../helpers/changes-corpus.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { copyFixture, edit, tempDir } from "../helpers/corpus.js";
import { threeTitlesGraph, twoTitlesGraph } from "../helpers/title-conflict.js";
import { syntheticGraph } from "../query/synthetic.js";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const readChanges = (out: string) => JSON.parse(readFileSync(changesPath(out), "utf8")) as GraphChanges;
const ids = (list: { id: string }[]) => list.map((n) => n.id);

/** `graph` with node `from` under the id `to` (as rename-entity leaves it), its edges' ids naming the new id. */
function renameNode(graph: PanelGraph, from: string, to: string): PanelGraph {
  const renamed = graph.emptyCopy();
  renamed.clear();
  const id = (node: string) => (node === from ? to : node);
  graph.forEachNode((node, attributes) => renamed.addNode(id(node), { ...attributes }));
  graph.forEachEdge((_, attributes, source, target) =>
    renamed.addEdgeWithKey(`${attributes.relation}:${id(source)}->${id(target)}`, id(source), id(target), {
      ...attributes,
    }),
  );
  return renamed;
}

describe("graphChanges", () => {
  it("lists sources apart from the other nodes, edges with their sources, and the previous build's time", () => {
    const before = syntheticGraph(
      [
        ["una", "person", "Una Pell"],
        ["drainage", "theme", "Drainage"],
      ],
      [["spoke-on", "una", "drainage", [{ kind: "reported", quote: "Una Pell raised the culverts", source: "a" }]]],
    );
    const after = syntheticGraph(
      [
        ["odo", "person", "Odo Venn"],
        ["drainage", "theme", "Drainage", ["land drainage"]],
      ],
      [["spoke-on", "odo", "drainage", [{ kind: "direct-quote", quote: "We need new pumps", source: "b" }]]],
    );
    const changes = graphChanges(before, after, { previousBuilt: new Date(Date.UTC(2026, 11, 1, 9)), graphBytes: 42 });
    expect(changes.previous).toEqual({ builtAt: "2026-12-01T09:00:00.000Z", nodes: 4, edges: 1 });
    expect(changes.graphBytes).toBe(42);
    expect(ids(changes.nodes.added)).toEqual(["odo"]);
    expect(ids(changes.nodes.removed)).toEqual(["una"]);
    expect(ids(changes.sources.added)).toEqual(["b"]);
    expect(ids(changes.sources.removed)).toEqual(["a"]);
    expect(changes.edges.added).toEqual([
      {
        id: "spoke-on:odo->drainage",
        relation: "spoke-on",
        from: { id: "odo", type: "person", label: "Odo Venn" },
        to: { id: "drainage", type: "theme", label: "Drainage" },
        sources: ["b"],
      },
    ]);
    expect(ids(changes.edges.removed)).toEqual(["spoke-on:una->drainage"]);
    expect(changes.attributes).toEqual([
      {
        id: "drainage",
        type: "theme",
        label: "Drainage",
        changes: [{ field: "aliases", removed: [], added: ["land drainage"] }],
      },
    ]);
    expect(changeCount(changes)).toBe(7);
    expect(checkGraphChanges(JSON.parse(JSON.stringify(changes)))).toEqual(changes);
  });

  it("counts the passages an edge in both builds gained or lost, by source", () => {
    const edge = (quotes: [string, string][]) =>
      syntheticGraph(
        [
          ["ivo", "person", "Ivo Marsh"],
          ["drainage", "theme", "Drainage"],
        ],
        [
          [
            "spoke-on",
            "ivo",
            "drainage",
            quotes.map(([quote, source]) => ({ kind: "direct-quote" as const, quote, source })),
          ],
        ],
      );
    const changes = graphChanges(
      edge([["The ditches fill by March", "a"]]),
      edge([
        ["The ditches fill by March", "a"],
        ["We pump day and night", "b"],
        ["And on Sundays", "b"],
      ]),
      { previousBuilt: new Date(0), graphBytes: 1 },
    );
    expect(changes.evidence).toEqual([
      expect.objectContaining({ id: "spoke-on:ivo->drainage", added: 2, removed: 0, sources: ["b"] }),
    ]);
    expect(ids(changes.sources.added)).toEqual(["b"]);
  });

  it("lists a node merged into another (merge-entity) as merged, its connection to that node with it, not removed", () => {
    const passage = (quote: string) => [{ kind: "reported" as const, quote, source: "a" }];
    const before = syntheticGraph(
      [
        ["ada-park", "person", "Ada Park"],
        ["ada-parks", "person", "Ada Parks"],
        ["drainage", "theme", "Drainage"],
      ],
      [
        ["mentions", "ada-park", "ada-parks", passage("Ada Park thanked Ada Parks")],
        ["spoke-on", "ada-parks", "drainage", passage("Ada Parks raised the culverts")],
      ],
    );
    // merge-entity ada-parks ada-park: her name an alias, her claim his, the claim between the two dropped.
    const after = syntheticGraph(
      [
        ["ada-park", "person", "Ada Park", ["Ada Parks"]],
        ["drainage", "theme", "Drainage"],
      ],
      [["spoke-on", "ada-park", "drainage", passage("Ada Parks raised the culverts")]],
    );
    const changes = graphChanges(before, after, { previousBuilt: new Date(0), graphBytes: 1 });
    expect(changes.merged).toEqual([
      {
        from: { id: "ada-parks", type: "person", label: "Ada Parks" },
        into: { id: "ada-park", type: "person", label: "Ada Park" },
        connections: [
          {
            id: "mentions:ada-park->ada-parks",
            relation: "mentions",
            from: { id: "ada-park", type: "person", label: "Ada Park" },
            to: { id: "ada-parks", type: "person", label: "Ada Parks" },
            sources: ["a"],
          },
        ],
      },
    ]);
    expect([changes.nodes, changes.edges]).toEqual([
      { added: [], removed: [] },
      { added: [], removed: [] },
    ]);
    expect(ids(changes.attributes)).toEqual(["ada-park"]);
    // The merge and the alias it left: two changes, not a node and a connection removed.
    expect(changeCount(changes)).toBe(2);
    expect(checkGraphChanges(JSON.parse(JSON.stringify(changes)))).toEqual(changes);
  });
});

describe("graphChanges: roles on a connection and conflicts, as `panelgraph diff` finds them", () => {
  it("lists a role corrected on an affiliation and the conflict it resolves; the reverse is a new conflict", () => {
    const before = roleEdit("Clerk");
    const after = roleEdit("Director", "2021");
    const changes = graphChanges(before, after, { previousBuilt: undefined, graphBytes: 1 });
    expect(changes.edgeAttributes).toEqual([
      {
        id: "affiliated-with:ivo->agency",
        relation: "affiliated-with",
        from: { id: "ivo", type: "person", label: "Ivo Marsh" },
        to: { id: "agency", type: "organisation", label: "Levee Agency" },
        changes: [
          { field: "roles", removed: ["Clerk (a)"], added: ["Director, since 2021 (a)"] },
          { field: "current_role", removed: [], added: ["Director"] },
        ],
      },
    ]);
    expect(changes.conflicts).toEqual({
      added: [],
      removed: [
        {
          entity: { id: "ivo", label: "Ivo Marsh" },
          field: "role",
          organisation: { id: "agency", label: "Levee Agency" },
          readings: ["Clerk (a)", "Director (b)"],
        },
      ],
      changed: [],
    });
    // The node's roles, the connection's roles and the conflict: three changes.
    expect(changeCount(changes)).toBe(3);
    expect(checkGraphChanges(JSON.parse(JSON.stringify(changes)))).toEqual(changes);
    const back = graphChanges(after, before, { previousBuilt: undefined, graphBytes: 1 });
    expect(back.conflicts.added).toEqual(changes.conflicts.removed);
    expect(back.conflicts.removed).toEqual([]);
  });

  it("lists a conflict a new source adds a passage to as changed, not as resolved and new; a rename as neither", () => {
    // Source c says Clerk too: the question (Clerk or Director?) is still open, and only its sides' sources changed.
    const changes = graphChanges(twoTitlesGraph(), threeTitlesGraph(), { previousBuilt: undefined, graphBytes: 1 });
    const where = {
      entity: { id: "ivo", label: "Ivo Marsh" },
      field: "role",
      organisation: { id: "agency", label: "Levee Agency" },
    };
    expect(changes.conflicts).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          ...where,
          readings: ["Clerk (2 sources: a, c)", "Director (b)"],
          previousReadings: ["Clerk (a)", "Director (b)"],
        },
      ],
    });
    expect(checkGraphChanges(JSON.parse(JSON.stringify(changes)))).toEqual(changes);
    // A value corrected on one side, the two still differing: the same conflict, changed.
    const corrected = graphChanges(roleEdit("Clerk"), roleEdit("Deputy Clerk"), {
      previousBuilt: undefined,
      graphBytes: 1,
    });
    expect(corrected.conflicts.changed.map((c) => [c.previousReadings, c.readings])).toEqual([
      [
        ["Clerk (a)", "Director (b)"],
        ["Deputy Clerk (a)", "Director (b)"],
      ],
    ]);
    expect(corrected.conflicts).toMatchObject({ added: [], removed: [] });
    // The person renamed (rename-entity), the conflict as it was: not listed at all.
    const moved = renameNode(threeTitlesGraph(), "ivo", "ivo-marsh");
    const afterRename = graphChanges(threeTitlesGraph(), moved, { previousBuilt: undefined, graphBytes: 1 });
    expect(afterRename.renamed.map((r) => r.to.id)).toEqual(["ivo-marsh"]);
    expect(afterRename.conflicts).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reads a file written before they were recorded as none, and refuses one of the wrong shape", () => {
    const changes = graphChanges(roleEdit("Clerk"), roleEdit("Director"), { previousBuilt: undefined, graphBytes: 1 });
    const { edgeAttributes, conflicts, ...older } = JSON.parse(JSON.stringify(changes)) as GraphChanges;
    expect(edgeAttributes).toHaveLength(1);
    expect(conflicts.removed).toHaveLength(1);
    const read = checkGraphChanges(older);
    expect(read).toMatchObject({ edgeAttributes: [], conflicts: { added: [], removed: [], changed: [] } });
    // One written before changed conflicts were recorded: none changed.
    const { changed: _, ...withoutChanged } = conflicts;
    expect(checkGraphChanges({ ...older, conflicts: withoutChanged })).toMatchObject({ conflicts: { changed: [] } });
    expect(checkGraphChanges({ ...older, edgeAttributes: [{ id: "x" }] })).toBe(
      "edgeAttributes is not a list of edges with their changes",
    );
    expect(checkGraphChanges({ ...older, conflicts: { added: [{ field: "role" }], removed: [] } })).toBe(
      "conflicts is not {added, removed} lists of conflicts",
    );
  });
});

describe("checkGraphChanges", () => {
  it("says what is wrong with a file that is not one", () => {
    expect(checkGraphChanges([])).toBe("it is not an object");
    expect(checkGraphChanges({ format: "panelgraph-view/1" })).toBe(
      'its format is "panelgraph-view/1", not "panelgraph-changes/1"',
    );
    const good = graphChanges(syntheticGraph([], []), syntheticGraph([], []), {
      previousBuilt: new Date(0),
      graphBytes: 1,
    });
    expect(checkGraphChanges({ ...good, previous: { builtAt: "soon" } })).toBe("previous.builtAt is not a date");
    expect(checkGraphChanges({ ...good, previous: 3 })).toBe("previous is neither an object nor null");
    expect(checkGraphChanges({ ...good, built: { at: "2026-12-07T09:00:00Z" } })).toBe(
      "built is not {at: a date, sha256}",
    );
    // A first build's record of itself, and a previous build whose time was not recorded, are both files it reads.
    const record = buildRecord(1, { at: "2026-12-07T09:00:00.000Z", sha256: "ab" });
    expect(checkGraphChanges(JSON.parse(JSON.stringify(record)))).toEqual(record);
    const undated = { ...good, previous: { nodes: 1, edges: 0 } };
    expect(checkGraphChanges(undated)).toEqual(undated);
    expect(checkGraphChanges({ ...good, edges: { added: [{ id: "x" }], removed: [] } })).toBe(
      "edges is not {added, removed} lists of edges",
    );
    // A file written before merges were recorded has none; one with a merge that is not one is refused.
    const { merged: _, ...older } = good;
    expect(checkGraphChanges(JSON.parse(JSON.stringify(older)))).toEqual(good);
    expect(checkGraphChanges({ ...good, merged: [{ from: { id: "x", type: "person", label: "X" } }] })).toBe(
      "merged is not a list of {from, into, connections} (two nodes and a list of edges)",
    );
    const node = { id: "ada", type: "person", label: "Ada" };
    const oddField = [{ ...node, changes: [{ field: "colour", removed: [], added: ["red"] }] }];
    expect(checkGraphChanges({ ...good, attributes: oddField })).toBe(
      "attributes is not a list of nodes with their changes",
    );
  });
});

describe("build records what it changed in graph.changes.json", () => {
  it("after a source is added: the source, its new nodes and edges, the changed role, the previous build's time", () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    const start = Date.now();
    buildGraphFile(corpus, out);
    // The first build replaced nothing: it records only itself (when it was made, and which graph.json), no changes.
    const first = readChanges(out);
    expect(first.previous).toBeNull();
    expect(changeCount(first)).toBe(0);
    expect(first.built?.sha256).toBe(sha256(readFileSync(out)));
    expect(Date.parse(first.built!.at)).toBeGreaterThanOrEqual(start - 1000);
    // graph.json touched (a copy, a backup tool): the next build still dates the graph by its record, not the file.
    const touched = new Date("2031-01-01T00:00:00Z");
    utimesSync(out, touched, touched);

    addThirdMeeting(corpus);
    buildGraphFile(corpus, out);
    const changes = readChanges(out);
    expect(changes.previous).toEqual({ builtAt: first.built!.at, nodes: 14, edges: expect.any(Number) });
    expect(changes.built?.sha256).toBe(sha256(readFileSync(out)));
    expect(changes.graphBytes).toBe(statSync(out).size);
    expect(ids(changes.sources.added)).toEqual([WEEK.source]);
    expect(ids(changes.nodes.added).sort()).toEqual([WEEK.organisation, WEEK.person].sort());
    expect(ids(changes.edges.added)).toEqual(expect.arrayContaining([...WEEK.edges]));
    expect(changes.nodes.removed).toEqual([]);
    expect(changes.edges.removed).toEqual([]);
    const ada = changes.attributes.find((n) => n.id === WEEK.changed);
    expect(ada?.changes).toContainEqual({
      field: "roles",
      removed: ["Deputy Director of Health, Northtown Council (panel-b)"],
      added: ["Director of Health, Northtown Council (panel-b)"],
    });
    // The same difference `panelgraph diff graph.previous.json graph.json` prints, from the graph kept beside it.
    expect(existsSync(previousGraphPath(out))).toBe(true);

    // A rebuild that changes nothing keeps it: it still compares graph.previous.json with the same graph.json.
    const kept = readFileSync(changesPath(out), "utf8");
    buildGraphFile(corpus, out);
    expect(readFileSync(changesPath(out), "utf8")).toBe(kept);

    // A fresh build has no previous one: no changes to show.
    buildGraphFile(corpus, out, { fresh: true });
    expect(readChanges(out).previous).toBeNull();
  });

  it("dates the replaced graph by its build's record: a copied build folder keeps it, a lone graph.json has none", () => {
    const corpus = copyFixture();
    const built = tempDir();
    const out = join(built, "graph.json");
    buildGraphFile(corpus, out);
    const first = readChanges(out).built!;
    addThirdMeeting(corpus);

    // The build folder copied elsewhere (new file times), then built there.
    const copy = join(tempDir(), "build");
    cpSync(built, copy, { recursive: true });
    const later = new Date("2031-06-01T00:00:00Z");
    utimesSync(join(copy, "graph.json"), later, later);
    buildGraphFile(corpus, join(copy, "graph.json"));
    expect(readChanges(join(copy, "graph.json")).previous?.builtAt).toBe(first.at);

    // graph.json copied on its own (its record left behind): no build time to give, rather than the copy's.
    const lone = join(tempDir(), "graph.json");
    copyFileSync(out, lone);
    buildGraphFile(corpus, lone);
    const changes = readChanges(lone);
    expect(changes.previous).toEqual({ nodes: 14, edges: expect.any(Number) });
    expect(ids(changes.sources.added)).toEqual([WEEK.source]);

    // A record beside it that is another graph's (graph.json replaced by hand) does not date it either.
    writeFileSync(lone, readFileSync(out, "utf8"));
    buildGraphFile(corpus, lone);
    expect(readChanges(lone).previous?.builtAt).toBeUndefined();
  });

  it("serve's rebuilds (keepBaseline) compare with the graph before the session: two saves keep the week's source", () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    const lastWeek = readChanges(out).built!.at;
    const before = readFileSync(out, "utf8");

    // The week's source added by files, then serve starts: its first build keeps last week's graph.
    addThirdMeeting(corpus);
    buildGraphFile(corpus, out);
    expect(ids(readChanges(out).sources.added)).toEqual([WEEK.source]);

    // Two saves during the session: each rebuild keeps graph.previous.json and compares with it.
    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    buildGraphFile(corpus, out, { keepBaseline: true });
    edit(corpus, "registry.yaml", "label: Ada Parker", "label: Ada Parks");
    buildGraphFile(corpus, out, { keepBaseline: true });
    const changes = readChanges(out);
    expect(changes.previous?.builtAt).toBe(lastWeek);
    expect(ids(changes.sources.added)).toEqual([WEEK.source]);
    expect(ids(changes.nodes.added).sort()).toEqual([WEEK.organisation, WEEK.person].sort());
    const ada = changes.attributes.find((n) => n.id === WEEK.changed);
    expect(ada?.changes).toContainEqual({ field: "label", removed: ["Ada Park"], added: ["Ada Parks"] });
    expect(changes.graphBytes).toBe(statSync(out).size);
    expect(readFileSync(previousGraphPath(out), "utf8")).toBe(before);

    // An explicit build (or the next serve's start) makes the session's graph the one to compare with.
    edit(corpus, "registry.yaml", "label: Ada Parks", "label: Ada Park");
    buildGraphFile(corpus, out);
    expect(readChanges(out).sources.added).toEqual([]);
  });

  it("serve's rebuilds with no changes recorded (a first build) keep the graph they replace, once", () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    const first = readFileSync(out, "utf8");
    addThirdMeeting(corpus);
    buildGraphFile(corpus, out, { keepBaseline: true });
    edit(corpus, "registry.yaml", "label: Ada Park", "label: Ada Parker");
    buildGraphFile(corpus, out, { keepBaseline: true });
    expect(ids(readChanges(out).sources.added)).toEqual([WEEK.source]);
    expect(readFileSync(previousGraphPath(out), "utf8")).toBe(first);
  });

  it("after a rename (rename-entity): one node renamed, no node or connection added or removed", () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    for (const file of ["registry.yaml", "annotations/panel-a.yaml", "annotations/panel-b.yaml"]) {
      edit(corpus, file, /northtown-council/g, "northtown");
    }
    buildGraphFile(corpus, out);
    const changes = readChanges(out);
    expect(changes.renamed.map((r) => [r.from.id, r.to.id])).toEqual([["northtown-council", "northtown"]]);
    expect([changes.nodes, changes.edges]).toEqual([
      { added: [], removed: [] },
      { added: [], removed: [] },
    ]);
    expect(changeCount(changes)).toBe(1);
  });

  it("lists no changes when the graph.json it would compare with is not a graph (it records only the build)", () => {
    const corpus = copyFixture();
    const out = join(tempDir(), "graph.json");
    buildGraphFile(corpus, out);
    addThirdMeeting(corpus);
    buildGraphFile(corpus, out);
    expect(readChanges(out).previous).not.toBeNull();
    writeFileSync(out, "{}");
    buildGraphFile(corpus, out);
    expect(readChanges(out).previous).toBeNull();
    expect(changeCount(readChanges(out))).toBe(0);
  });
});
