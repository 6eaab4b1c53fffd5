// The commands that change a corpus answer --json with what they did, as one JSON object on stdout (docs/cli.md), so a
// script needs no parsing of `Added source <id>:` or `Done: …` lines.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph, panelgraphIn } from "../helpers/cli.js";
import { copyFixture, tempDir } from "../helpers/corpus.js";

const parsed = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe("--json on init, add-source, suggest and the corpus edits", () => {
  it("init, add-source and suggest say what they made", async () => {
    const cwd = tempDir();
    const init = await panelgraphIn(["init", "desk", "--json"], { cwd });
    expect(init.code).toBe(0);
    expect(parsed(init.stdout)).toMatchObject({
      ok: true,
      corpus: "desk",
      files: ["registry.yaml", "sources/", "annotations/"],
    });
    writeFileSync(
      join(cwd, "hearing.txt"),
      "Fenby Trust hearing\n\nAnn Bell, chair of Fenby Trust, said the river needs money.\n",
    );
    const added = await panelgraphIn(
      ["add-source", "hearing.txt", "--data", "desk", "--date", "2024-03-01", "--json"],
      {
        cwd,
      },
    );
    expect(added.code).toBe(0);
    const source = parsed(added.stdout);
    expect(source).toMatchObject({
      ok: true,
      id: "fenby-trust-hearing",
      kind: "article",
      title: "Fenby Trust hearing",
      date: "2024-03-01",
      files: ["sources/fenby-trust-hearing.txt", "sources/fenby-trust-hearing.yaml"],
    });
    expect(source.report).toEqual(expect.arrayContaining([expect.stringMatching(/^Added source fenby-trust-hearing/)]));
    const drafted = await panelgraphIn(["suggest", "fenby-trust-hearing", "--data", "desk", "--json"], { cwd });
    expect(drafted.code).toBe(0);
    const draft = parsed(drafted.stdout);
    expect(draft).toMatchObject({
      ok: true,
      source: "fenby-trust-hearing",
      draft: "annotations/fenby-trust-hearing.yaml",
    });
    expect(draft.found).toMatchObject({ people: { linked: 0, new: expect.any(Number) }, quotes: expect.any(Number) });
    expect(existsSync(join(cwd, "desk/annotations/fenby-trust-hearing.yaml"))).toBe(true);
    // Again: the corpus is there, said as that and not as an error in it, in JSON too.
    const again = await panelgraphIn(["init", "desk", "--json"], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).not.toContain("in the corpus");
    expect(parsed(again.stdout)).toMatchObject({
      ok: false,
      error: { code: 1, message: expect.stringContaining("already a corpus") },
    });
  }, 60_000);

  it("rename-entity, merge-entity and remove-source list the files changed and deleted", async () => {
    const dir = copyFixture();
    const dry = await panelgraph("rename-entity", "ada-park", "ada-parker", "--data", dir, "--dry-run", "--json");
    expect(dry.code).toBe(0);
    const plan = parsed(dry.stdout);
    expect(plan).toMatchObject({ ok: true, command: "rename-entity", dryRun: true, written: false, deleted: [] });
    expect(plan.changed).toEqual(expect.arrayContaining(["registry.yaml"]));
    const renamed = parsed(
      (await panelgraph("rename-entity", "ada-park", "ada-parker", "--data", dir, "--json")).stdout,
    );
    expect(renamed).toMatchObject({ written: true, changed: plan.changed });
    const removed = await panelgraph("remove-source", "panel-b", "--data", dir, "--json");
    expect(removed.code).toBe(0);
    expect(parsed(removed.stdout).deleted).toEqual(
      expect.arrayContaining(["sources/panel-b.txt", "sources/panel-b.yaml"]),
    );
    const unknown = await panelgraph("merge-entity", "no-one", "ada-parker", "--data", dir, "--json");
    expect(unknown.code).toBe(1);
    expect(parsed(unknown.stdout)).toMatchObject({ ok: false, error: { code: 1 } });
    expect(unknown.stderr).toContain("Nothing was written.");
  });

  it("--version --json", async () => {
    const run = await panelgraph("--version", "--json");
    expect(parsed(run.stdout)).toEqual({ name: "panelgraph", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});
