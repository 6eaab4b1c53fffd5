// A command run from the wrong folder (a walkthrough's analyst, inside her corpus's sources/, or at its root with no
// --data) is told which folder the corpus is and how to name it, by the one check every corpus-reading command makes;
// it is never offered `init` inside a corpus.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { tempDir } from "../helpers/corpus.js";

async function corpusIn(parent: string, name: string): Promise<string> {
  const run = await panelgraphIn(["init", name], { cwd: parent });
  expect(run.code, run.stderr).toBe(0);
  return join(parent, name);
}

describe("a command run from the wrong folder", () => {
  it("inside a corpus's sources/ or annotations/: names the corpus and how to reach it, for every command", async () => {
    const parent = tempDir();
    const corpus = await corpusIn(parent, "Fenby hearings");
    for (const sub of ["sources", "annotations"]) {
      const cwd = join(corpus, sub);
      for (const args of [
        ["build"],
        ["build", "--data", "."],
        ["build", ".", "--out", "../graph.json"],
        ["validate", "."],
        ["stats", "--data", "."],
        ["query", "search", "budgets", "--data", "."],
        ["suggest", "some-source", "--data", "."],
        ["merge-entity", "ann-bell", "ann-bel", "--data", "."],
      ]) {
        const run = await panelgraphIn(args, { cwd });
        expect(run.code, `${sub}: ${args.join(" ")}`).toBe(1);
        expect(run.stderr, `${sub}: ${args.join(" ")}`).toContain(`the ${sub} folder of the corpus ..`);
        expect(run.stderr).toContain("run from .. or pass --data ..");
        expect(run.stderr).not.toContain("panelgraph init");
        expect(run.stderr).not.toMatch(STACK_LINE);
      }
    }
    const fromAbove = await panelgraphIn(["validate", "Fenby hearings/sources"], { cwd: parent });
    expect(fromAbove.stderr).toContain(
      "this is the sources folder of the corpus Fenby hearings, not a corpus (run from Fenby hearings or pass --data 'Fenby hearings')",
    );
  });

  it("at a corpus's root with no folder given: says this folder is the corpus and to pass --data .", async () => {
    const corpus = await corpusIn(tempDir(), "hearings");
    for (const args of [["build"], ["validate"], ["stats"], ["export", "--format", "gexf"]]) {
      const run = await panelgraphIn(args, { cwd: corpus });
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toContain("no graph-data/ here, but this folder is a corpus itself");
      expect(run.stderr).toContain("pass --data . to read it");
    }
    const named = await panelgraphIn(["validate", "."], { cwd: corpus });
    expect(named.code, named.stderr).toBe(0);
  });

  it("another folder inside a corpus, with no registry.yaml: names the corpus, not `init`", async () => {
    const parent = tempDir();
    const corpus = await corpusIn(parent, "Fenby hearings");
    mkdirSync(join(corpus, "drafts"));
    for (const args of [
      ["validate", "."],
      ["build", "--data", "."],
      ["query", "search", "budgets", "--data", "."],
    ]) {
      const run = await panelgraphIn(args, { cwd: join(corpus, "drafts") });
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toContain("no registry.yaml here: this folder is inside the corpus ..");
      expect(run.stderr).toContain("run from .. or pass --data ..");
      expect(run.stderr).not.toContain("panelgraph init");
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
    const fromAbove = await panelgraphIn(["validate", "Fenby hearings/drafts"], { cwd: parent });
    expect(fromAbove.stderr).toContain(
      "this folder is inside the corpus Fenby hearings, not a corpus (to read that corpus, run from Fenby hearings or pass --data 'Fenby hearings')",
    );
    // A folder of its own, outside any corpus, is still offered init.
    mkdirSync(join(parent, "empty"));
    const outside = await panelgraphIn(["validate", "empty"], { cwd: parent });
    expect(outside.stderr).toContain("panelgraph init");
  });

  it("without --data beside a corpus folder: names it, --data stadium, for every command; a typo names it too (w51 #12d)", async () => {
    const parent = tempDir();
    await corpusIn(parent, "stadium");
    mkdirSync(join(parent, "raw"));
    for (const args of [
      ["query", "said", "Ann Bell"],
      ["validate"],
      ["build"],
      ["stats"],
      ["conflicts"],
      ["add-source", "raw/notes.txt", "--title", "Notes"],
    ]) {
      const run = await panelgraphIn(args, { cwd: parent });
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toContain(
        "graph-data  -  corpus folder not found (did you mean --data stadium? (a corpus folder here; graph-data/ is " +
          "read when no --data is given))",
      );
    }
    const typo = await panelgraphIn(["stats", "--data", "stadum"], { cwd: parent });
    expect(typo.stderr).toContain(
      "stadum  -  corpus folder not found (did you mean --data stadium? (a corpus folder beside it))",
    );
    await corpusIn(parent, "Fenby hearings");
    const two = await panelgraphIn(["stats"], { cwd: parent });
    expect(two.stderr).toContain("did you mean --data 'Fenby hearings' or --data stadium? (corpus folders here;");
  });

  it("a folder that is not there, inside a corpus, is not offered `init`; outside one it still is", async () => {
    const corpus = await corpusIn(tempDir(), "hearings");
    const inside = await panelgraphIn(["suggest", "x", "--data", "drafts"], { cwd: corpus });
    expect(inside.stderr).toContain("corpus folder not found");
    expect(inside.stderr).not.toContain("panelgraph init");
    const elsewhere = tempDir();
    mkdirSync(join(elsewhere, "notes"));
    const outside = await panelgraphIn(["suggest", "x", "--data", "drafts"], { cwd: join(elsewhere, "notes") });
    expect(outside.stderr).toContain("`panelgraph init drafts`");
  });
});
