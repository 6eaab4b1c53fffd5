// merge-entity, rename-entity and remove-source read the corpus, plan the change and check the corpus it would leave
// (seconds on a large one) before they write: a file saved in that moment (an editor, the viewer's Review) must not be
// replaced by the change. The corpus check is where these tests save the file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture } from "../helpers/corpus.js";

const during = vi.hoisted(() => ({ check: undefined as (() => void) | undefined }));

vi.mock("../../src/ingest/validate.js", async (original) => {
  const actual = await original<typeof import("../../src/ingest/validate.js")>();
  return {
    ...actual,
    validateCorpus: (...args: Parameters<typeof actual.validateCorpus>) => {
      const save = during.check;
      during.check = undefined;
      save?.();
      return actual.validateCorpus(...args);
    },
  };
});

afterEach(() => (during.check = undefined));

it("rename-entity writes nothing when a file it changes was saved while it checked the corpus, and says so", async () => {
  const dir = copyFixture();
  const file = join(dir, "annotations/panel-b.yaml");
  const registry = readFileSync(join(dir, "registry.yaml"), "utf8");
  const saved = `${readFileSync(file, "utf8")}# accepted in an editor meanwhile\n`;
  during.check = () => writeFileSync(file, saved);
  const run = await panelgraph("rename-entity", "ada-park", "ada-park-2", "--data", dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("panelgraph: annotations/panel-b.yaml changed while the change was made");
  expect(run.stderr).toContain("Nothing was written");
  expect(readFileSync(file, "utf8")).toBe(saved);
  expect(readFileSync(join(dir, "registry.yaml"), "utf8")).toBe(registry);
});

it("rename-entity writes as before when nothing changed meanwhile", async () => {
  const dir = copyFixture();
  const run = await panelgraph("rename-entity", "ada-park", "ada-park-2", "--data", dir);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  expect(readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8")).toContain("ada-park-2");
});
