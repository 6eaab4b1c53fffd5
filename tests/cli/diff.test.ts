// `panelgraph diff old new`: what changed between two builds, from graph.json or GEXF files; and `build` keeping the
// graph.json it replaces as graph.previous.json, so that a researcher can ask "what did this week's sources add?".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import type { GraphChanges } from "../../src/export/graph-changes.js";
import { diffGraphs, graphView } from "../../src/export/graph-diff.js";
import { changesPath } from "../../src/export/graph-file.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { roleEdit } from "../helpers/changes-corpus.js";
import { threeTitlesGraph, twoTitlesGraph } from "../helpers/title-conflict.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, tempDir, writeSource } from "../helpers/corpus.js";
import { syntheticGraph } from "../query/synthetic.js";

/** Last week's graph: Ivo Marsh (Clerk of the Levee Agency) spoke on drainage in source a; Una Pell spoke on it too. */
function lastWeek(): PanelGraph {
  const graph = syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["una", "person", "Una Pell"],
      ["agency", "organisation", "Levee Agency"],
      ["drainage", "theme", "Drainage"],
    ],
    [
      [
        "affiliated-with",
        "ivo",
        "agency",
        [{ kind: "reported", quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" }],
      ],
      ["spoke-on", "ivo", "drainage", [{ kind: "direct-quote", quote: "The ditches fill by March", source: "a" }]],
      ["spoke-on", "una", "drainage", [{ kind: "reported", quote: "Una Pell raised the culverts", source: "a" }]],
    ],
  );
  graph.setEdgeAttribute("affiliated-with:ivo->agency", "roles", [
    { role: "Clerk", source: "a", evidence: graph.getEdgeAttribute("affiliated-with:ivo->agency", "evidence") },
  ]);
  graph.forEachNode((id) => graph.setNodeAttribute(id, "community", id === "una" ? 2 : 1));
  return graph;
}

/**
 * This week's: source b adds a passage to Ivo's spoke-on and calls him Director; Una Pell is gone, Odo Venn (new)
 * spoke on drainage; Ivo moved from community 1 to 3.
 */
function thisWeek(): PanelGraph {
  const graph = syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["odo", "person", "Odo Venn"],
      ["agency", "organisation", "Levee Agency"],
      ["drainage", "theme", "Drainage"],
    ],
    [
      [
        "affiliated-with",
        "ivo",
        "agency",
        [
          { kind: "reported", quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" },
          { kind: "reported", quote: "Ivo Marsh, Director of the Levee Agency", source: "b" },
        ],
      ],
      [
        "spoke-on",
        "ivo",
        "drainage",
        [
          { kind: "direct-quote", quote: "The ditches fill by March", source: "a" },
          { kind: "direct-quote", quote: "We pump day and night", source: "b" },
        ],
      ],
      ["spoke-on", "odo", "drainage", [{ kind: "reported", quote: "Odo Venn asked for new pumps", source: "b" }]],
    ],
  );
  const evidence = graph.getEdgeAttribute("affiliated-with:ivo->agency", "evidence");
  graph.setEdgeAttribute("affiliated-with:ivo->agency", "roles", [
    { role: "Clerk", source: "a", evidence: [evidence[0]!] },
    { role: "Director", source: "b", evidence: [evidence[1]!] },
  ]);
  graph.forEachNode((id) => graph.setNodeAttribute(id, "community", id === "ivo" ? 3 : 1));
  return graph;
}

/** Both weeks written as graph.json and as GEXF in a new folder. */
function twoWeeks(): { dir: string; old: string; new: string; oldGexf: string; newGexf: string } {
  const dir = tempDir();
  const files = { dir, old: "old.json", new: "new.json", oldGexf: "old.gexf", newGexf: "new.gexf" };
  const [before, after] = [lastWeek(), thisWeek()];
  for (const graph of [before, after]) {
    graph.replaceAttributes({ name: "Drainage inquiry", sources: graph.filterNodes((_, a) => a.type === "source") });
  }
  writeFileSync(join(dir, files.old), serializeGraph(before));
  writeFileSync(join(dir, files.new), serializeGraph(after));
  writeFileSync(join(dir, files.oldGexf), toGexf(before));
  writeFileSync(join(dir, files.newGexf), toGexf(after));
  return files;
}

const inDir = (dir: string, file: string) => join(dir, file);

describe("panelgraph diff", () => {
  it("lists nodes, edges, evidence, roles and communities that changed, summary first", async () => {
    const w = twoWeeks();
    const run = await panelgraph("diff", inDir(w.dir, w.old), inDir(w.dir, w.new));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout
      .replaceAll(w.dir + "/", "")
      .trimEnd()
      .split("\n");
    expect(lines).toEqual([
      "Compared old.json (6 nodes, 3 edges) with new.json (7 nodes, 3 edges)",
      "Nodes: 2 added (1 source, 1 person), 1 removed (1 person)",
      "Edges: 1 added, 1 removed, 2 edges with changed evidence",
      "Attributes changed: 1 node, 1 edge",
      "Conflicts: 0 → 1 (1 new)",
      "Communities: 1 node moved",
      "",
      "Nodes added:",
      "  + source  b (b)",
      "  + person  Odo Venn (odo)",
      "",
      "Nodes removed:",
      "  - person  Una Pell (una)",
      "",
      "Edges added:",
      "  + spoke-on  Odo Venn → Drainage  (1 passage: b)",
      "",
      "Edges removed:",
      "  - spoke-on  Una Pell → Drainage  (1 passage: a)",
      "",
      "Evidence changed:",
      "  ~ affiliated-with  Ivo Marsh → Levee Agency",
      "      + b: “Ivo Marsh, Director of the Levee Agency” (reported)",
      "  ~ spoke-on  Ivo Marsh → Drainage",
      "      + b: “We pump day and night” (direct-quote)",
      "",
      "Attributes changed:",
      "  ~ person  Ivo Marsh (ivo)",
      "      + roles: Director, Levee Agency (b)",
      "",
      "Edge attributes changed:",
      "  ~ affiliated-with  Ivo Marsh → Levee Agency",
      "      + roles: Director (b)",
      "      - current_role: Clerk",
      "",
      "Conflicts new:",
      "  + Ivo Marsh: role at Levee Agency: Clerk (a) / Director (b)",
      "",
      "Community changes:",
      "  person  Ivo Marsh (ivo): 1 → 3",
    ]);
    // The other way round, the same changes undone.
    const back = await panelgraph("diff", inDir(w.dir, w.new), inDir(w.dir, w.old));
    expect(back.stdout).toContain("      - b: “We pump day and night” (direct-quote)");
    expect(back.stdout).toContain("      - roles: Director, Levee Agency (b)");
    expect(back.stdout).toContain("  person  Ivo Marsh (ivo): 3 → 1");
  });

  it("gives the same changes from the GEXF exports as from the graph.json files, the same each time", async () => {
    const w = twoWeeks();
    const changes = async (a: string, b: string) => {
      const run = await panelgraph("diff", inDir(w.dir, a), inDir(w.dir, b), "--json");
      expect(run.code).toBe(0);
      const { old: _old, new: _new, ...rest } = JSON.parse(run.stdout);
      return rest;
    };
    const fromJson = await changes(w.old, w.new);
    expect(fromJson.communities).toEqual([{ id: "ivo", type: "person", label: "Ivo Marsh", from: 1, to: 3 }]);
    expect(fromJson.evidence[1]).toMatchObject({
      relation: "spoke-on",
      from: { id: "ivo" },
      added: [{ source: "b", passages: ["“We pump day and night” (direct-quote)"] }],
      removed: [],
    });
    // GEXF keeps roles and facts as text only: conflicts are compared between two graph.json files.
    expect(fromJson.conflicts).toMatchObject({ old: 0, new: 1, removed: [] });
    expect(await changes(w.oldGexf, w.newGexf)).toEqual({ ...fromJson, conflicts: null });
    expect(await changes(w.old, w.newGexf)).toEqual({ ...fromJson, conflicts: null });
    const gexf = await panelgraph("diff", inDir(w.dir, w.oldGexf), inDir(w.dir, w.newGexf));
    expect(gexf.stdout).toContain("Conflicts: not compared (a GEXF file; compare two graph.json files)");
    const first = await panelgraph("diff", inDir(w.dir, w.old), inDir(w.dir, w.new), "--json");
    const second = await panelgraph("diff", inDir(w.dir, w.old), inDir(w.dir, w.new), "--json");
    expect(second.stdout).toBe(first.stdout);
    const same = await panelgraph("diff", inDir(w.dir, w.new), inDir(w.dir, w.newGexf));
    expect(same.stdout.trimEnd().split("\n").at(-1)).toBe("No changes");
  });

  it("reports a role changed on an affiliation and the conflict it resolves, in text and --json", async () => {
    // Two sources call Ivo Marsh Clerk and Director of the Levee Agency (a conflict); then source a is corrected to
    // Director, since 2021: no node or edge is added, no passage changes, but the edge's roles and the conflict do.
    const build = (roleInA: string, since?: string) => {
      const graph = roleEdit(roleInA, since);
      graph.replaceAttributes({ name: "Drainage inquiry", sources: ["a", "b", "s"] });
      return serializeGraph(graph);
    };
    const dir = tempDir();
    writeFileSync(join(dir, "old.json"), build("Clerk"));
    writeFileSync(join(dir, "new.json"), build("Director", "2021"));
    const run = await panelgraph("diff", join(dir, "old.json"), join(dir, "new.json"));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain("Attributes changed: 1 node, 1 edge");
    expect(lines).toContain("Conflicts: 1 → 0 (1 resolved)");
    expect(lines.slice(lines.indexOf("Edge attributes changed:"))).toEqual([
      "Edge attributes changed:",
      "  ~ affiliated-with  Ivo Marsh → Levee Agency",
      "      - roles: Clerk (a)",
      "      + roles: Director, since 2021 (a)",
      "      + current_role: Director",
      "",
      "Conflicts resolved:",
      "  - Ivo Marsh: role at Levee Agency: Clerk (a) / Director (b)",
    ]);
    const json = JSON.parse((await panelgraph("diff", join(dir, "old.json"), join(dir, "new.json"), "--json")).stdout);
    expect(json.edgeAttributes).toEqual([
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
    expect(json.conflicts).toEqual({
      old: 1,
      new: 0,
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
    // The other way round, the conflict is new.
    const back = await panelgraph("diff", join(dir, "new.json"), join(dir, "old.json"));
    expect(back.stdout).toContain("Conflicts: 0 → 1 (1 new)");
    expect(back.stdout).toContain("  + Ivo Marsh: role at Levee Agency: Clerk (a) / Director (b)");
  });

  it("reports a conflict a new source adds a passage to as changed, never as resolved and new", async () => {
    // Source c calls Ivo Marsh Clerk, as a did; b still says Director: the conflict is open, one side has a source more.
    const dir = tempDir();
    const write = (file: string, graph: PanelGraph) => {
      graph.replaceAttributes({ name: "Drainage inquiry", sources: ["a", "b", "c"] });
      writeFileSync(join(dir, file), serializeGraph(graph));
    };
    write("old.json", twoTitlesGraph());
    write("new.json", threeTitlesGraph());
    const run = await panelgraph("diff", join(dir, "old.json"), join(dir, "new.json"));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain("Conflicts: 1 (1 changed)");
    expect(run.stdout).not.toMatch(/Conflicts (resolved|new)/);
    expect(lines.slice(lines.indexOf("Conflicts changed:"))).toEqual([
      "Conflicts changed:",
      "  ~ Ivo Marsh: role at Levee Agency",
      "      - Clerk (a) / Director (b)",
      "      + Clerk (2 sources: a, c) / Director (b)",
    ]);
  });

  it("refuses a missing file and a file that is not a graph with exit 1, one file with exit 2, no stack trace", async () => {
    const w = twoWeeks();
    writeFileSync(join(w.dir, "package.json"), '{"name": "x"}');
    const cases: [string[], RegExp, number][] = [
      [[join(w.dir, "gone.json"), join(w.dir, w.new)], /gone\.json: no such file \(give a graph\.json or GEXF file/, 1],
      [
        [join(w.dir, w.old), join(w.dir, "package.json")],
        /package\.json is not a graph\.json or GEXF file: it has no/,
        1,
      ],
      [[join(w.dir, w.old)], /give two files, the older first \(got 1 file\)/, 2],
    ];
    for (const [args, message, code] of cases) {
      const run = await panelgraph("diff", ...args);
      expect(run.code, args.join(" ")).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stdout).toBe("");
    }
  });
});

describe("build keeps the graph it replaces", () => {
  it("as graph.previous.json when the graph changed, so diff shows what the rebuild changed", async () => {
    const corpus = copyFixture(MINI_DIR);
    const out = join(tempDir(), "graph.json");
    const previous = out.replace(/graph\.json$/, "graph.previous.json");
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);
    expect(existsSync(previous)).toBe(false);
    const first = readFileSync(out, "utf8");
    // An unchanged rebuild keeps no copy: the same bytes.
    await panelgraph("build", corpus, "--out", out);
    expect(existsSync(previous)).toBe(false);

    edit(corpus, "annotations/panel-b.yaml", "role: Deputy Director of Health", "role: Director of Health");
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);
    expect(readFileSync(previous, "utf8")).toBe(first);
    const run = await panelgraph("diff", previous, out);
    expect(run.stdout).toContain("Attributes changed: 1 node");
    expect(run.stdout).toMatch(/^ {6}- roles: Deputy Director of Health, Northtown Council \(panel-b\)$/m);
    expect(run.stdout).toMatch(/^ {6}\+ roles: Director of Health, Northtown Council \(panel-b\)$/m);

    // A rebuild that changes nothing more keeps the last change to compare with.
    const second = readFileSync(out, "utf8");
    await panelgraph("build", corpus, "--out", out);
    expect(readFileSync(previous, "utf8")).toBe(first);
    expect(readFileSync(out, "utf8")).toBe(second);
  });
});

describe("a node renamed (rename-entity) is one rename, not a node added and one removed", () => {
  it("diff says `renamed old → new`, and its connections are neither added nor removed", async () => {
    const corpus = copyFixture(MINI_DIR);
    const out = join(tempDir(), "graph.json");
    const previous = out.replace(/graph\.json$/, "graph.previous.json");
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);
    expect((await panelgraph("rename-entity", "northtown-council", "northtown", "--data", corpus)).code).toBe(0);
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);

    const run = await panelgraph("diff", previous, out);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("Nodes: 0 added, 0 removed, 1 renamed (1 organisation)");
    expect(lines[2]).toBe("Edges: 0 added, 0 removed, 0 edges with changed evidence");
    expect(run.stdout).toContain(
      "\nNodes renamed:\n  ~ organisation  Northtown Council (renamed northtown-council → northtown)\n",
    );
    expect(run.stdout).not.toMatch(/Nodes added|Nodes removed|Edges added|Edges removed/);

    const json = JSON.parse((await panelgraph("diff", previous, out, "--json")).stdout);
    expect(json.nodes).toEqual({
      added: [],
      removed: [],
      merged: [],
      renamed: [
        {
          from: { id: "northtown-council", type: "organisation", label: "Northtown Council" },
          to: { id: "northtown", type: "organisation", label: "Northtown Council" },
        },
      ],
    });
  });

  it("is told from a new node of the same name: the type, the name and every old connection must match", async () => {
    const before = lastWeek();
    // Levee Agency renamed (its id) and given a passage more; Una Pell's node replaced by another Una Pell who spoke
    // on nothing of hers (her spoke-on is not in the new graph), so not a rename.
    const after = lastWeek();
    after.dropNode("una");
    after.addNode("una-pell", { type: "person", label: "Una Pell", aliases: [], facts: [] });
    after.dropNode("agency");
    after.addNode("levee-agency", { type: "organisation", label: "Levee Agency", aliases: [], facts: [] });
    const quote = { kind: "reported" as const, quote: "Ivo Marsh, Clerk of the Levee Agency", source: "a" };
    after.addDirectedEdgeWithKey("affiliated-with:ivo->levee-agency", "ivo", "levee-agency", {
      ...before.getEdgeAttributes("affiliated-with:ivo->agency"),
      evidence: [
        ...before.getEdgeAttribute("affiliated-with:ivo->agency", "evidence"),
        { ...quote, quote: "the Levee Agency's clerk", start: 100, end: 124 },
      ],
    });
    const diff = diffGraphs(
      { file: "old", view: graphView(before, "json") },
      { file: "new", view: graphView(after, "json") },
    );
    expect(diff.nodes.renamed.map((r: { from: { id: string }; to: { id: string } }) => [r.from.id, r.to.id])).toEqual([
      ["agency", "levee-agency"],
    ]);
    // Una Pell's spoke-on is gone with the old node: the new Una Pell is another node.
    expect(diff.nodes.added.map((n: { id: string }) => n.id)).toEqual(["una-pell"]);
    expect(diff.nodes.removed.map((n: { id: string }) => n.id)).toEqual(["una"]);
    expect(diff.edges.added).toEqual([]);
    expect(diff.edges.removed.map((e: { id: string }) => e.id)).toEqual(["spoke-on:una->drainage"]);
    // The renamed node's connection is compared as one in both builds: its passage added is evidence changed.
    expect(diff.evidence.map((e: { id: string }) => e.id)).toEqual(["affiliated-with:ivo->levee-agency"]);
  });
});

describe("a node merged into another (merge-entity) is one merge, not a removal", () => {
  it("diff says `merged into <id>`, and the connections that followed it are neither added nor removed", async () => {
    const corpus = copyFixture(MINI_DIR);
    const out = join(tempDir(), "graph.json");
    const previous = out.replace(/graph\.json$/, "graph.previous.json");
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);
    expect((await panelgraph("merge-entity", "ben-ode", "lee-moss", "--force", "--data", corpus)).code).toBe(0);
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);

    const run = await panelgraph("diff", previous, out);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("Nodes: 0 added, 0 removed, 1 merged into another (1 person)");
    expect(lines[2]).toBe("Edges: 0 added, 0 removed, 0 edges with changed evidence");
    expect(run.stdout).toContain("\nNodes merged:\n  > person  Ben Ode (ben-ode) merged into Lee Moss (lee-moss)\n");
    expect(run.stdout).toContain("  ~ person  Lee Moss (lee-moss)\n      + aliases: Ben Ode\n");
    expect(run.stdout).not.toMatch(/Nodes removed|Edges added|Edges removed/);
    const json = JSON.parse((await panelgraph("diff", previous, out, "--json")).stdout);
    expect(json.nodes.merged).toEqual([
      {
        from: { id: "ben-ode", type: "person", label: "Ben Ode" },
        into: { id: "lee-moss", type: "person", label: "Lee Moss" },
        connections: [],
      },
    ]);
    expect(json.nodes.removed).toEqual([]);
  });

  it("shows the merged node's connection to the one it went into as part of the merge, not as removed (graph.changes.json too)", async () => {
    // "A. Bell" was written as a second person whom Ann Bell praised: one person, merged.
    const corpus = tempDir();
    const text = "Ann Bell praised A. Bell for the ferry plan. A. Bell spoke about ferry fares.\n";
    writeSource(corpus, { id: "ferry-notes", title: "Ferry notes", text });
    writeFileSync(join(corpus, "registry.yaml"), "themes:\n  - { id: ferry-fares, label: Ferry fares }\n");
    mkdirSync(join(corpus, "annotations"));
    writeFileSync(
      join(corpus, "annotations", "ferry-notes.yaml"),
      [
        "source: ferry-notes",
        "entities:",
        "  people:",
        "    - { id: ann-bell, label: Ann Bell }",
        "    - { id: a-bell, label: A. Bell }",
        "claims:",
        "  - { relation: mentions, from: ann-bell, to: a-bell, evidence: [{ quote: Ann Bell praised A. Bell for the ferry plan., kind: reported }] }",
        "  - { relation: spoke-on, from: a-bell, to: ferry-fares, evidence: [{ quote: A. Bell spoke about ferry fares., kind: reported }] }",
        "",
      ].join("\n"),
    );
    const out = join(tempDir(), "graph.json");
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);
    expect((await panelgraph("merge-entity", "a-bell", "ann-bell", "--data", corpus)).code).toBe(0);
    expect((await panelgraph("build", corpus, "--out", out)).code).toBe(0);

    const run = await panelgraph("diff", out.replace(/graph\.json$/, "graph.previous.json"), out);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("Nodes: 0 added, 0 removed, 1 merged into another (1 person)");
    expect(lines[2]).toBe("Edges: 0 added, 0 removed, 1 part of a merge, 0 edges with changed evidence");
    expect(run.stdout).toContain(
      "\nNodes merged:\n  > person  A. Bell (a-bell) merged into Ann Bell (ann-bell), with their connection:\n" +
        "      mentions  Ann Bell → A. Bell  (1 passage: ferry-notes)\n",
    );
    expect(run.stdout).not.toMatch(/Edges removed|Edges added|Nodes removed/);
    const json = JSON.parse(
      (await panelgraph("diff", out.replace(/graph\.json$/, "graph.previous.json"), out, "--json")).stdout,
    );
    expect(json.edges.removed).toEqual([]);
    expect(json.nodes.merged[0].connections.map((e: { id: string }) => e.id)).toEqual(["mentions:ann-bell->a-bell"]);
    // The viewer's record of the build says the same: a merge, not a node and a connection removed.
    const changes = JSON.parse(readFileSync(changesPath(out), "utf8")) as GraphChanges;
    expect(changes.merged.map((m) => [m.from.label, m.into.label, m.connections.map((e) => e.id)])).toEqual([
      ["A. Bell", "Ann Bell", ["mentions:ann-bell->a-bell"]],
    ]);
    expect([changes.nodes.removed, changes.edges.removed]).toEqual([[], []]);
  });

  it("folds a connection the kept node had already into it, and takes no name it had before as a merge", () => {
    // Una Pell merged into Ivo Marsh: her spoke-on drainage is his now (one passage more on his).
    const before = lastWeek();
    const after = lastWeek();
    const hers = after.getEdgeAttribute("spoke-on:una->drainage", "evidence");
    after.updateEdgeAttribute("spoke-on:ivo->drainage", "evidence", (evidence) => [...evidence!, ...hers]);
    after.dropNode("una");
    after.setNodeAttribute("ivo", "aliases", ["Una Pell"]);
    const diff = diffGraphs(
      { file: "old", view: graphView(before, "json") },
      { file: "new", view: graphView(after, "json") },
    );
    expect(diff.nodes.merged.map((m) => [m.from.id, m.into.id])).toEqual([["una", "ivo"]]);
    expect(diff.nodes.removed).toEqual([]);
    expect(diff.edges.removed).toEqual([]);
    expect(diff.evidence.map((e) => e.id)).toEqual(["spoke-on:ivo->drainage"]);

    // Ivo had the name "Una Pell" already: her node going is a removal, not a merge.
    const both = lastWeek();
    both.setNodeAttribute("ivo", "aliases", ["Una Pell"]);
    const gone = lastWeek();
    gone.setNodeAttribute("ivo", "aliases", ["Una Pell"]);
    gone.dropNode("una");
    const removal = diffGraphs(
      { file: "old", view: graphView(both, "json") },
      { file: "new", view: graphView(gone, "json") },
    );
    expect(removal.nodes.merged).toEqual([]);
    expect(removal.nodes.removed.map((n) => n.id)).toEqual(["una"]);
  });
});
