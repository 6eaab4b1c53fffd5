// A registry person's `distinctFrom` (two people spelt alike, docs/annotation-format.md) names ids that rename-entity
// and merge-entity change: it follows a rename, and names the entity a person is merged into; the entity merged into
// drops its mark of the one merged (the two are one now). On the mini fixture with an invented person.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { planMerge, planRename } from "../../src/maintain/corpus-edit.js";
import { copyFixture, edit } from "../helpers/corpus.js";

/** The mini fixture with Bena Ode beside Ben Ode, and `marks` as each one's distinctFrom. */
function withBenaOde(marks: { "ben-ode"?: string; "bena-ode"?: string }): string {
  const dir = copyFixture();
  const mark = (id: keyof typeof marks) => (marks[id] ? `    distinctFrom: [${marks[id]}]\n` : "");
  edit(
    dir,
    "registry.yaml",
    "  - id: ben-ode\n",
    `  - id: bena-ode\n    label: Bena Ode\n${mark("bena-ode")}  - id: ben-ode\n${mark("ben-ode")}`,
  );
  return dir;
}

const peopleAfter = (files: Map<string, string | null>) =>
  (parse(files.get("registry.yaml")!) as { people: { id: string; distinctFrom?: string[] }[] }).people;

describe("distinctFrom under rename-entity and merge-entity", () => {
  it("follows a rename of the person it names", () => {
    const dir = withBenaOde({ "bena-ode": "ben-ode" });
    const edit = planRename(dir, readCorpusFiles(dir), "ben-ode", "benedict-ode");
    expect(peopleAfter(edit.files).find((p) => p.id === "bena-ode")?.distinctFrom).toEqual(["benedict-ode"]);
  });

  it("is dropped from the person merged into, whose mark of the merged one no longer holds", () => {
    const dir = withBenaOde({ "ben-ode": "bena-ode" });
    const raw = readCorpusFiles(dir);
    expect(validateCorpus(raw).problems.filter((p) => p.severity === "error")).toEqual([]);
    const merge = planMerge(dir, raw, "bena-ode", "ben-ode", { force: true });
    expect(peopleAfter(merge.files).find((p) => p.id === "ben-ode")).not.toHaveProperty("distinctFrom");
  });
});
