// `build`, `export` and `communities` keep the community numbers and positions of a previous build (`--previous`, or
// for `build` the graph.json it replaces), so a colleague's colours and layout keep their meaning.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, panelgraphIn } from "../helpers/cli.js";
import { copyFixture, MINI_DIR, tempDir, writeSource, writeSpokeOn } from "../helpers/corpus.js";

interface GraphJson {
  nodes: { key: string; attributes: { community?: number; x: number; y: number } }[];
}

const read = (path: string): GraphJson => JSON.parse(readFileSync(path, "utf8"));

/** A graph.json as a colleague's earlier build might have it: every community number + 10, every node 1000 to the right. */
function shifted(from: string, to: string): void {
  const graph = read(from);
  for (const { attributes: a } of graph.nodes) {
    if (a.community !== undefined) a.community += 10;
    a.x += 1000;
  }
  writeFileSync(to, JSON.stringify(graph));
}

/**
 * A small corpus written for these tests in `dir`: three people, each speaking on a theme of their own in a source of
 * their own (three communities of two), and `extra` more such people (a corpus that grew).
 */
function writeHarbourCorpus(dir: string, extra: string[] = []): void {
  const people = [
    ["ann-bell", "Ann Bell", "tidal-power"],
    ["cai-dunn", "Cai Dunn", "ferry-fares"],
    ["eve-frost", "Eve Frost", "harbour-walls"],
    ...extra.map((name) => [name.toLowerCase().replace(/ /g, "-"), name, `${name.split(" ")[0]!.toLowerCase()}-topic`]),
  ];
  mkdirSync(dir, { recursive: true });
  const themes = people.map(([, , theme]) => `  - { id: ${theme}, label: ${theme!.replace(/-/g, " ")} }`);
  writeFileSync(join(dir, "registry.yaml"), `themes:\n${themes.join("\n")}\n`);
  for (const [id, label, theme] of people) {
    const text = `${label} spoke about ${theme!.replace(/-/g, " ")}.\n`;
    writeSource(dir, { id: `${id}-notes`, title: `${label}'s notes`, text });
    writeSpokeOn(dir, {
      source: `${id}-notes`,
      person: { id: id!, label: label! },
      theme: theme!,
      quotes: [text.trim()],
    });
  }
}

/** Each node's community number in a graph.json. */
const numbersIn = (path: string) => new Map(read(path).nodes.map((n) => [n.key, n.attributes.community]));

/** `communities --json`'s numbers, by member. */
function communityOf(stdout: string): Map<string, number> {
  const { communities } = JSON.parse(stdout) as { communities: { id: number; members: { id: string }[] }[] };
  return new Map(communities.flatMap((c) => c.members.map((m) => [m.id, c.id] as [string, number])));
}

describe("a build that follows a previous one", () => {
  it("rebuilds an unchanged corpus over its own graph.json to the same bytes, and says it kept the layout", async () => {
    const out = join(tempDir(), "graph.json");
    const first = await panelgraph("build", MINI_DIR, "--out", out);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain("Layout:");
    const bytes = readFileSync(out, "utf8");
    const again = await panelgraph("build", MINI_DIR, "--out", out);
    expect(again.stdout).toMatch(
      /^Layout: kept from .*graph\.json \(14 of 14 nodes were there; communities keep their numbers\)$/m,
    );
    expect(readFileSync(out, "utf8")).toBe(bytes);
  });

  it("keeps every position and community after rename-entity: the renamed node's under its new id", async () => {
    // The mini corpus: one organisation renamed, nothing else changed. `diff` calls it a rename; so must the layout.
    const dir = copyFixture();
    const out = join(tempDir(), "graph.json");
    expect((await panelgraphIn(["build", dir, "--out", out])).code).toBe(0);
    const before = new Map(read(out).nodes.map((n) => [n.key, n.attributes]));
    expect(before.has("northtown-council")).toBe(true);
    expect((await panelgraphIn(["rename-entity", "northtown-council", "northtown", "--data", dir])).code).toBe(0);
    const rebuilt = await panelgraphIn(["build", dir, "--out", out]);
    expect(rebuilt.stdout).toMatch(/^Layout: kept from .*graph\.json \(14 of 14 nodes were there; /m);
    const after = new Map(read(out).nodes.map((n) => [n.key, n.attributes]));
    expect([...after.keys()].sort()).toEqual(
      [...before.keys()].map((id) => (id === "northtown-council" ? "northtown" : id)).sort(),
    );
    for (const [id, was] of before) {
      const now = after.get(id === "northtown-council" ? "northtown" : id)!;
      expect({ community: now.community, x: now.x, y: now.y }, id).toEqual({
        community: was.community,
        x: was.x,
        y: was.y,
      });
    }
  });

  it("keeps the numbers and positions of --previous (graph.json or GEXF) in build, export and communities", async () => {
    const dir = tempDir();
    const fresh = join(dir, "fresh.json");
    await panelgraph("build", MINI_DIR, "--out", fresh);
    const before = join(dir, "before.json");
    shifted(fresh, before);
    const expected = new Map(read(before).nodes.map((n) => [n.key, n.attributes]));
    const numbers = [...new Set([...expected.values()].map((a) => a.community).filter((c) => c !== undefined))];
    expect(numbers.length).toBeGreaterThan(0);

    const out = join(dir, "graph.json");
    expect((await panelgraph("build", MINI_DIR, "--out", out, "--previous", before)).code).toBe(0);
    for (const { key, attributes: a } of read(out).nodes) {
      expect({ community: a.community, x: a.x, y: a.y }, key).toEqual({
        community: expected.get(key)!.community,
        x: expected.get(key)!.x,
        y: expected.get(key)!.y,
      });
    }

    // The same from a GEXF file: export one from that graph, then build and count communities from it.
    const gexf = join(dir, "before.gexf");
    expect((await panelgraph("export", "--format", "gexf", "--graph", out, "--out", gexf)).code).toBe(0);
    const fromGexf = join(dir, "from-gexf.json");
    expect((await panelgraph("build", MINI_DIR, "--out", fromGexf, "--previous", gexf)).code).toBe(0);
    expect(readFileSync(fromGexf, "utf8")).toBe(readFileSync(out, "utf8"));
    const communities = await panelgraph("communities", "--data", MINI_DIR, "--previous", gexf, "--json");
    expect(
      JSON.parse(communities.stdout)
        .communities.map((c: { id: number }) => c.id)
        .sort(),
    ).toEqual(numbers.sort());

    // export, building the corpus: from --previous, and by default from the file it replaces.
    const exported = join(dir, "export.json");
    await panelgraph("export", "--format", "json", MINI_DIR, "--out", exported, "--previous", before);
    expect(readFileSync(exported, "utf8")).toBe(readFileSync(out, "utf8"));
    await panelgraph("export", "--format", "json", MINI_DIR, "--out", exported);
    expect(readFileSync(exported, "utf8")).toBe(readFileSync(out, "utf8"));

    // --fresh ignores the graph.json at --out: numbers by size, layout afresh.
    const redone = await panelgraph("build", MINI_DIR, "--out", out, "--fresh");
    expect(redone.stdout).not.toContain("Layout:");
    expect(readFileSync(out, "utf8")).toBe(readFileSync(fresh, "utf8"));
  });

  it("export numbers communities as the corpus's last build (build/graph.json, the viewer's), not another corpus's", async () => {
    const project = tempDir();
    cpSync(MINI_DIR, join(project, "mini"), { recursive: true });
    const fresh = join(project, "fresh.json");
    await panelgraphIn(["build", "mini", "--out", fresh], { cwd: project });
    shifted(fresh, join(project, "before.json"));
    // Last week's build kept a colleague's numbers (+10); this week's export, run where `build` writes, keeps them.
    await panelgraphIn(["build", "mini", "--previous", "before.json"], { cwd: project });
    const built = new Map(read(join(project, "build/graph.json")).nodes.map((n) => [n.key, n.attributes.community]));
    await panelgraphIn(["export", "mini", "--format", "csv", "--out", "csv"], { cwd: project });
    const rows = readFileSync(join(project, "csv/nodes.csv"), "utf8").trim().split("\r\n").slice(1);
    const header = readFileSync(join(project, "csv/nodes.csv"), "utf8").split("\r\n")[0]!.split(",");
    const column = header.indexOf("community");
    const exported = new Map(rows.map((r) => [r.split(",")[0]!, r.split(",")[column] || undefined]));
    for (const [key, community] of built) expect(exported.get(key), key).toBe(community?.toString());
    expect([...built.values()].some((c) => c !== undefined && c > 10)).toBe(true);
    // Another corpus's build/graph.json (another folder's name) is not followed: numbers by size.
    cpSync(join(project, "mini"), join(project, "other"), { recursive: true });
    await panelgraphIn(["export", "other", "--format", "json", "--out", "other.json"], { cwd: project });
    const byKey = (file: string) => read(file).nodes.map((n) => [n.key, n.attributes.community, n.attributes.x]);
    expect(byKey(join(project, "other.json"))).toEqual(byKey(fresh));
  });

  it("a corpus reached through a link is the real folder's corpus: same bytes, and each build follows the last", async () => {
    const project = tempDir();
    cpSync(MINI_DIR, join(project, "corpus-2025"), { recursive: true });
    symlinkSync("corpus-2025", join(project, "current"));
    const run = (...args: string[]) => panelgraphIn(args, { cwd: project });
    const [real, linked] = [join(project, "real.json"), join(project, "linked.json")];
    expect((await run("build", "corpus-2025", "--out", real)).code).toBe(0);
    expect((await run("build", "current", "--out", linked)).code).toBe(0);
    expect(JSON.parse(readFileSync(linked, "utf8")).attributes.corpus).toBe("corpus-2025");
    expect(readFileSync(linked)).toEqual(readFileSync(real));
    // A build through the link follows the one made through the real path (nothing said of another corpus).
    const again = await run("build", "current", "--out", real);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("another corpus");
    expect(readFileSync(real)).toEqual(readFileSync(linked));
    // export and communities follow build/graph.json made through the real path, from the link too.
    expect((await run("build", "corpus-2025")).code).toBe(0);
    for (const args of [
      ["export", "current", "--format", "json", "--out", join(project, "export.json")],
      ["communities", "--data", "current"],
    ]) {
      const answer = await run(...args);
      expect(answer.code, answer.stderr).toBe(0);
      expect(answer.stderr).not.toContain("another corpus");
    }
    expect(readFileSync(join(project, "export.json"))).toEqual(readFileSync(join(project, "build/graph.json")));
  });

  it("does not follow another corpus's graph.json at --out (another folder's name, or few nodes in common), and says so", async () => {
    const project = tempDir();
    const build = (dir: string, ...more: string[]) => panelgraphIn(["build", dir, ...more], { cwd: project });
    const fresh = (dir: string) => build(dir, "--out", join(project, `${dir.replace(/\W/g, "-")}.fresh.json`));
    // The same corpus under two folder names: "alpha"'s build/graph.json is not "beta"'s, though all its nodes are there.
    cpSync(MINI_DIR, join(project, "alpha"), { recursive: true });
    cpSync(MINI_DIR, join(project, "beta"), { recursive: true });
    // A corpus in a folder called "mini" too, sharing one node (ada-park) of its 5 with the fixture's 14.
    const small = join(project, "elsewhere", "mini");
    mkdirSync(small, { recursive: true });
    writeFileSync(
      join(small, "registry.yaml"),
      "themes:\n  - { id: tidal-power, label: Tidal power }\n  - { id: ferry-fares, label: Ferry fares }\n" +
        "  - { id: harbour-walls, label: Harbour walls }\n",
    );
    writeSource(small, { id: "harbour-notes", title: "Harbour notes", text: "Ada Park spoke about tidal power.\n" });
    writeSpokeOn(small, {
      source: "harbour-notes",
      person: { id: "ada-park", label: "Ada Park" },
      theme: "tidal-power",
      quotes: ["Ada Park spoke about tidal power."],
    });

    expect((await build("alpha")).stdout).not.toContain("Layout:");
    const beta = await build("beta");
    expect(beta.code).toBe(0);
    expect(beta.stdout).toMatch(
      /^Layout: afresh, communities numbered by size: build\/graph\.json was another corpus's graph \(built from alpha, 14 of its 14 nodes in this one\), so nothing was kept from it; it is now build\/graph\.previous\.json \(`--previous build\/graph\.previous\.json` follows it, if it was this corpus's\)\. Give each corpus its own --out/m,
    );
    await fresh("beta");
    expect(readFileSync(join(project, "build/graph.json"), "utf8")).toBe(
      readFileSync(join(project, "beta.fresh.json"), "utf8"),
    );
    // What changed since another corpus's graph means nothing: graph.changes.json is only this build's record of
    // itself (no previous build, nothing for the viewer to list), as after a fresh build.
    expect(JSON.parse(readFileSync(join(project, "build/graph.changes.json"), "utf8")).previous).toBeNull();
    expect(read(join(project, "build/graph.previous.json")).nodes).toHaveLength(14);

    const again = await build("beta");
    expect(again.stdout).toMatch(
      /^Layout: kept from build\/graph\.json \(14 of 14 nodes were there; communities keep their numbers\)$/m,
    );

    const other = await build("elsewhere/mini");
    expect(other.stdout).toMatch(
      /^Layout: afresh, communities numbered by size: build\/graph\.json was another corpus's graph \(built from beta, 1 of its 14 nodes in this one\), so nothing was kept from it; it is now build\/graph\.previous\.json\. Give/m,
    );
    const sameName = await build(MINI_DIR);
    expect(sameName.stdout).toMatch(/another corpus's graph \(built from mini, 1 of its 5 nodes in this one\)/);
    expect(sameName.stdout).not.toContain("keep their numbers");

    // Asked for with --previous, it is followed, and the line says how little was kept and what it looks like.
    const asked = await build(
      MINI_DIR,
      "--out",
      join(project, "asked.json"),
      "--previous",
      "build/graph.previous.json",
    );
    expect(asked.stdout).toMatch(
      /^Layout: kept from build\/graph\.previous\.json \(1 of 14 nodes were there; (1 of \d+ communities keep their numbers, the others|no community kept a number: the \d+) took numbers build\/graph\.previous\.json did not use\); it looks like another corpus's graph \(1 of its 5 nodes in this one\): give this corpus's own, or --fresh$/m,
    );
  });

  it("communities numbers communities as build/graph.json does (the viewer's numbers), not afresh by size", async () => {
    const project = tempDir();
    writeHarbourCorpus(join(project, "harbour"));
    const run = (...args: string[]) => panelgraphIn(args, { cwd: project });
    await run("build", "harbour", "--out", "fresh.json");
    shifted(join(project, "fresh.json"), join(project, "before.json"));
    // The corpus's build kept a colleague's numbers (+10): the viewer shows them, so communities shows them too.
    await run("build", "harbour", "--previous", "before.json");
    const built = numbersIn(join(project, "build/graph.json"));
    expect([...built.values()].filter((c) => c !== undefined).every((c) => c! > 10)).toBe(true);
    const communities = await run("communities", "--data", "harbour", "--json");
    expect(communities.stderr).toBe("");
    const numbered = communityOf(communities.stdout);
    expect(numbered.size).toBe(6);
    for (const [id, community] of numbered) expect(community, id).toBe(built.get(id));
    // --previous still says which numbers to keep.
    const asked = await run("communities", "--data", "harbour", "--json", "--previous", "fresh.json");
    for (const [id, community] of communityOf(asked.stdout))
      expect(community, id).toBe(numbersIn(join(project, "fresh.json")).get(id));
  });

  it("export and communities follow build/graph.json by build's rule: not another corpus's of the same folder name", async () => {
    const project = tempDir();
    const run = (...args: string[]) => panelgraphIn(args, { cwd: project });
    // Two corpora in folders called "harbour": the second shares none of the first's people or themes.
    writeHarbourCorpus(join(project, "harbour"));
    const other = join(project, "elsewhere", "harbour");
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, "registry.yaml"), "themes:\n  - { id: canal-locks, label: Canal locks }\n");
    writeSource(other, { id: "lock-notes", title: "Lock notes", text: "Gus Hale spoke about canal locks.\n" });
    writeSpokeOn(other, {
      source: "lock-notes",
      person: { id: "gus-hale", label: "Gus Hale" },
      theme: "canal-locks",
      quotes: ["Gus Hale spoke about canal locks."],
    });
    await run("build", "harbour", "--out", "fresh.json");
    shifted(join(project, "fresh.json"), join(project, "before.json"));
    await run("build", "harbour", "--previous", "before.json");

    const exported = await run("export", "elsewhere/harbour", "--format", "json", "--out", "other.json");
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(
      "panelgraph: communities numbered by size, not as build/graph.json, which is another corpus's graph " +
        "(built from harbour, 0 of its 9 nodes in this one)\n",
    );
    expect([...numbersIn(join(project, "other.json")).values()]).toContain(1);
    const communities = await run("communities", "--data", "elsewhere/harbour", "--json");
    expect(communities.stderr).toContain(
      "not as build/graph.json, which is another corpus's graph (built from harbour",
    );
    expect([...communityOf(communities.stdout).values()]).toEqual([1, 1]);
    // A plainly other corpus's build (another folder's name, none of its nodes here) is not followed and goes unsaid:
    // the viewer shows that corpus, so there is no numbering of this one to match.
    cpSync(other, join(project, "canal"), { recursive: true });
    const unrelated = await run("export", "canal", "--format", "json", "--out", "canal.json");
    expect(unrelated.code).toBe(0);
    expect(unrelated.stderr).toBe("");
    expect([...numbersIn(join(project, "canal.json")).values()]).toContain(1);

    // A graph.json that names no corpus (an older build) is followed when it shares the nodes, as build follows it.
    const unnamed = JSON.parse(readFileSync(join(project, "build/graph.json"), "utf8"));
    delete unnamed.attributes.corpus;
    writeFileSync(join(project, "build/graph.json"), JSON.stringify(unnamed));
    const grown = join(project, "grown", "harbour-two");
    writeHarbourCorpus(grown, ["Ida Judd"]);
    const followed = await run("export", "grown/harbour-two", "--format", "json", "--out", "grown.json");
    expect(followed.stderr).toBe("");
    const numbers = numbersIn(join(project, "grown.json"));
    for (const [id, community] of numbersIn(join(project, "build/graph.json"))) {
      if (community !== undefined) expect(numbers.get(id), id).toBe(community);
    }
  });

  it("refuses a --previous that is missing or not a graph, and writes nothing", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    const missing = await panelgraph("build", MINI_DIR, "--out", out, "--previous", join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.json: no such file (give a graph.json or GEXF file written before)");
    const other = join(dir, "other.json");
    writeFileSync(other, '{"name": "not a graph"}');
    const wrong = await panelgraph("build", MINI_DIR, "--out", out, "--previous", other);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^panelgraph: --previous .*other\.json is not a graph\.json or GEXF file: /m);
    expect(wrong.stderr).not.toMatch(/^\s+at /m);
    const both = await panelgraph("build", MINI_DIR, "--out", out, "--previous", other, "--fresh");
    expect(both.stderr).toContain("give --previous or --fresh, not both");
    expect(existsSync(out)).toBe(false);
    const withGraph = await panelgraph("export", "--format", "gexf", "--graph", other, "--previous", other);
    expect(withGraph.code).toBe(2);
    expect(withGraph.stderr).toContain("give --graph or --previous, not both");
  });
});
