// Reading a corpus as a change would leave it (src/cli/maintain.ts, src/review/session.ts): the files it writes are read
// from the given texts, the files it deletes as absent, and every other file from the disk, which stays as it was.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { copyFixture, keepOriginal } from "../helpers/corpus.js";

const errors = (dir: string, overrides?: Map<string, string | null>) =>
  validateCorpus(readCorpusFiles(dir, overrides))
    .problems.filter((p) => p.severity === "error")
    .map((p) => `${p.file}  ${p.message}`);

describe("reading a corpus with overrides", () => {
  it("takes a file given as null as deleted: a source's files, an annotation file", () => {
    const dir = copyFixture();
    const files = readdirSync(join(dir, "sources")).sort();
    const gone = new Map<string, string | null>(
      ["sources/panel-b.txt", "sources/panel-b.yaml", "annotations/panel-b.yaml"].map((f) => [join(dir, f), null]),
    );
    const raw = readCorpusFiles(dir, gone);
    expect(raw.sources.map((s) => s.meta.id)).toEqual(["panel-a"]);
    expect(raw.annotations.map((a) => a.file.file)).toEqual(["annotations/panel-a.yaml"]);
    // Only the text gone: its metadata is left without it.
    expect(errors(dir, new Map([[join(dir, "sources/panel-b.txt"), null]]))).toContain(
      "sources/panel-b.yaml  metadata without a source text",
    );
    // The disk is as it was.
    expect(readdirSync(join(dir, "sources")).sort()).toEqual(files);
    expect(errors(dir)).toEqual([]);
  });

  it("reads registry.yaml from its override, or as missing when it is null", () => {
    const dir = copyFixture();
    const registry = join(dir, "registry.yaml");
    expect(errors(dir, new Map([[registry, null]]))).toContain("registry.yaml  registry not found");
    const renamed = readFileSync(registry, "utf8").replace("id: policy-lab", "id: the-policy-lab");
    expect(errors(dir, new Map([[registry, renamed]])).join("\n")).toMatch(/^annotations\/panel-a.yaml  unknown ent/m);
    expect(errors(dir)).toEqual([]);
  });

  it("takes a source's original given as null as missing", () => {
    const dir = copyFixture();
    const meta = join(dir, "sources/panel-a.yaml");
    writeFileSync(meta, `${readFileSync(meta, "utf8")}${keepOriginal(dir, "panel-a", "<p>Panel A</p>")}\n`);
    expect(errors(dir)).toEqual([]);
    expect(errors(dir, new Map([[join(dir, "sources/panel-a.original.html"), null]]))).toEqual([
      "sources/panel-a.yaml  the original file sources/panel-a.original.html is missing",
    ]);
  });
});
