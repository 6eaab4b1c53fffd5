// A corpus just begun (docs/reliability.md, "Odd files and user mistakes: exit 1, never 70"): `panelgraph init` makes a
// registry with nothing in it yet, then a first source is added before any annotation. Both are valid, so every
// command answers for the graph they make (empty, or one source node) instead of failing inside a graph library.
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deserializeGraph } from "../../src/graph/serialize.js";
import { EXPORT_FORMATS } from "../../src/export/types.js";
import { panelgraph, panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";

async function newCorpus(): Promise<string> {
  const dir = join(tempDir(), "my-corpus");
  const { code, stderr } = await panelgraph("init", dir);
  expect(code, stderr).toBe(0);
  return dir;
}

/** Every command that reads the whole corpus answers with exit 0 and no stack trace; returns the graph build wrote. */
async function everyCommand(dir: string) {
  const outputs = tempDir();
  const out = join(outputs, "graph.json");
  const runs: [string[], Awaited<ReturnType<typeof panelgraph>>][] = [];
  for (const args of [
    ["validate", dir],
    ["build", dir, "--out", out],
    ["stats", "--data", dir],
    ["stats", "--json", "--data", dir],
    ["communities", "--data", dir],
    ["communities", "--json", "--data", dir],
    ["conflicts", "--data", dir],
    ["query", "search", "budgets", "--data", dir],
    ...EXPORT_FORMATS.map((format) => ["export", dir, "--format", format, "--out", join(outputs, "export", format)]),
    ["export", "--graph", out, "--format", "gexf", "--out", join(outputs, "export", "from-graph.gexf")],
  ]) {
    runs.push([args, await panelgraph(...args)]);
  }
  for (const [args, run] of runs) {
    expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    expect(run.stderr, args.join(" ")).not.toMatch(STACK_LINE);
  }
  const output = (command: string) => runs.find(([args]) => args.join(" ") === command)![1].stdout;
  return { graph: deserializeGraph(readFileSync(out, "utf8")), output, outputs };
}

describe("a corpus just begun", () => {
  it("an empty registry and no sources: validate passes, build writes an empty graph, the rest say there is nothing", async () => {
    const dir = await newCorpus();
    const { graph, output, outputs } = await everyCommand(dir);
    expect(graph.order).toBe(0);
    expect(output(`validate ${dir}`)).toBe(
      `${dir}: 0 sources, 0 entities, 0 claims with 0 evidence passages; 0 errors, 0 warnings\n`,
    );
    expect(output(`stats --data ${dir}`)).toMatch(/^Nodes: 0\nEdges: 0\n/);
    expect(output(`communities --data ${dir}`)).toBe(
      "0 communities: no person, theme or organisation is connected by evidence yet.\n",
    );
    expect(JSON.parse(output(`communities --json --data ${dir}`))).toMatchObject({ modularity: 0, communities: [] });
    expect(readdirSync(join(outputs, "export")).sort()).toEqual([...EXPORT_FORMATS, "from-graph.gexf"].sort());
    const community = await panelgraph(
      "export",
      dir,
      "--format",
      "gexf",
      "--community",
      "1",
      "--out",
      join(outputs, "c"),
    );
    expect(community.code).toBe(2);
    expect(community.stderr).toContain("--community 1: no such community; the graph has no communities yet");
  });

  it("a first source added, not annotated yet: a graph of that one source", async () => {
    const dir = await newCorpus();
    const text = join(tempDir(), "minutes.txt");
    writeFileSync(text, "Minutes of the first meeting of the Example Forum.\n");
    expect((await panelgraph("add-source", text, "--title", "Minutes", "--data", dir)).code).toBe(0);
    const { graph, output } = await everyCommand(dir);
    expect(graph.nodes()).toEqual(["minutes"]);
    expect(graph.getNodeAttribute("minutes", "centrality")).toBe(0);
    expect(output(`stats --data ${dir}`)).toMatch(/^Nodes: 1 — source 1\nEdges: 0\n/);
  });
});

describe("panelgraph init", () => {
  it("makes the folder with an empty registry, sources/ and annotations/, and says what to run next", async () => {
    const parent = tempDir();
    const { code, stdout } = await panelgraphIn(["init", "hearings"], { cwd: parent });
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Started corpus hearings: registry.yaml (empty), sources/ and annotations/\n" +
        "Next: panelgraph add-source <file.txt|.md|.html|.pdf> --data hearings\n",
    );
    expect(readdirSync(join(parent, "hearings")).sort()).toEqual(["annotations", "registry.yaml", "sources"]);
    expect(readFileSync(join(parent, "hearings", "registry.yaml"), "utf8")).toMatch(/^people: \[\]$/m);
  });

  it("takes a folder that exists but is no corpus yet (a folder of texts), keeping what is in it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "my notes\n");
    expect((await panelgraph("init", "--data", dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["annotations", "notes.txt", "registry.yaml", "sources"]);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("my notes\n");
  });

  it("never changes an existing corpus, a file, or a corpus whose sources/ is a file", async () => {
    const dir = await newCorpus();
    writeFileSync(join(dir, "registry.yaml"), "people:\n  - id: ann-example\n    label: Ann Example\n");
    const again = await panelgraph("init", dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `panelgraph: ${dir}: this folder is already a corpus (it has a registry.yaml); nothing was changed`,
    );
    // The corpus is fine: init does not call its refusal an error in the corpus.
    expect(again.stderr).not.toContain("in the corpus");
    expect(readFileSync(join(dir, "registry.yaml"), "utf8")).toContain("ann-example");

    const file = join(tempDir(), "a-file");
    writeFileSync(file, "x");
    const onFile = await panelgraph("init", file);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`panelgraph: ${file}: not a folder; nothing was changed`);

    const blocked = tempDir();
    writeFileSync(join(blocked, "sources"), "x");
    const onBlocked = await panelgraph("init", blocked);
    expect(onBlocked.code).toBe(1);
    expect(onBlocked.stderr).toContain("sources: a file is where the corpus's folder goes; nothing was changed");
    expect(readdirSync(blocked)).toEqual(["sources"]);
    const broken = join(tempDir(), "dangling");
    symlinkSync(join(tempDir(), "gone"), broken);
    const onBroken = await panelgraph("init", broken);
    expect(onBroken.code).toBe(1);
    expect(onBroken.stderr).toContain(`panelgraph: ${broken}: not a folder`);

    for (const run of [again, onFile, onBlocked, onBroken]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("needs one folder: none, two, or two different ones as dir and --data are usage errors", async () => {
    for (const args of [["init"], ["init", "a", "b"], ["init", "a", "--data", "b"]]) {
      const { code, stderr } = await panelgraph(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/^panelgraph: /);
    }
  });

  it("add-source to a folder that is no corpus says how to start one", async () => {
    const text = join(tempDir(), "minutes.txt");
    writeFileSync(text, "Minutes.\n");
    const missing = join(tempDir(), "not-yet");
    const { code, stderr } = await panelgraph("add-source", text, "--title", "Minutes", "--data", missing);
    expect(code).toBe(1);
    expect(stderr).toContain(`start a new corpus there with \`panelgraph init ${missing}\``);
  });
});
