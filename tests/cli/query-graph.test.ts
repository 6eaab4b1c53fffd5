// `query … --graph build/graph.json` answers from the graph `build` wrote instead of building the corpus again, and
// refuses a graph.json of another corpus or one older than a file of the corpus, naming which.
import { utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

describe("query --graph", () => {
  it("gives the answers a query on the corpus gives, and refuses a stale or another corpus's graph", async () => {
    const dir = copyFixture();
    const graph = join(tempDir(), "graph.json");
    expect((await panelgraph("build", dir, "--out", graph)).code).toBe(0);
    const questions = [
      ["who-spoke-on", "devolved budgets"],
      ["themes-of", "Ada Park"],
      ["coverage"],
      ["neighbours", "ada-park"],
      ["search", "budgets", "--all"],
      ["across-sources", "--all"],
    ];
    for (const question of questions) {
      const rebuilt = await panelgraph("query", ...question, "--data", dir, "--json");
      const read = await panelgraph("query", ...question, "--data", dir, "--graph", graph, "--json");
      expect(rebuilt.code, question[0]).toBe(0);
      expect(read.stdout, question[0]).toBe(rebuilt.stdout);
    }

    const other = copyFixture();
    const elsewhere = await panelgraph("query", "coverage", "--data", other, "--graph", graph);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`was built from another corpus (${dir.split("/").at(-1)}), not ${other}`);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, "annotations/panel-b.yaml"), later, later);
    const stale = await panelgraph("query", "coverage", "--data", dir, "--graph", graph, "--json");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      `is older than the corpus: ${dir}/annotations/panel-b.yaml changed after it was built`,
    );
    expect(JSON.parse(stale.stdout).error).toMatchObject({ code: 1, changed: ["annotations/panel-b.yaml"] });

    const missing = await panelgraph("query", "coverage", "--data", dir, "--graph", join(tempDir(), "none.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file");
  });
});

describe("stats, communities and conflicts --graph", () => {
  it("answer from the built graph as from a build made now, and refuse another corpus's graph", async () => {
    const dir = copyFixture();
    const graph = join(tempDir(), "graph.json");
    expect((await panelgraph("build", dir, "--out", graph)).code).toBe(0);
    for (const command of [["stats"], ["communities", "--all"], ["conflicts"]]) {
      const rebuilt = await panelgraph(...command, "--data", dir, "--json");
      const read = await panelgraph(...command, "--data", dir, "--graph", graph, "--json");
      expect(rebuilt.code, command[0]).toBe(0);
      expect(read.code, command[0]).toBe(0);
      expect(read.stdout, command[0]).toBe(rebuilt.stdout);
      const other = await panelgraph(...command, "--data", copyFixture(), "--graph", graph);
      expect(other.code, command[0]).toBe(1);
      expect(other.stderr, command[0]).toContain("was built from another corpus");
    }
  });
});
