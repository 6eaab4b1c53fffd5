// A corpus just begun (docs/reliability.md, "Odd files and user mistakes: exit 1, never 70"): a registry with nothing in
// it yet, then a first source added before any annotation. Both are valid, so every command answers for the graph
// they make (empty, or one source node) instead of failing inside a graph library.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deserializeGraph } from "../../src/graph/serialize.js";
import { EXPORT_FORMATS } from "../../src/export/types.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";

function newCorpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), "people: []\n");
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
    const dir = newCorpus();
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
  });

  it("a first source added, not annotated yet: a graph of that one source", async () => {
    const dir = newCorpus();
    const text = join(tempDir(), "minutes.txt");
    writeFileSync(text, "Minutes of the first meeting of the Example Forum.\n");
    expect((await panelgraph("add-source", text, "--title", "Minutes", "--data", dir)).code).toBe(0);
    const { graph, output } = await everyCommand(dir);
    expect(graph.nodes()).toEqual(["minutes"]);
    expect(graph.getNodeAttribute("minutes", "centrality")).toBe(0);
    expect(output(`stats --data ${dir}`)).toMatch(/^Nodes: 1 — source 1\nEdges: 0\n/);
  });
});
