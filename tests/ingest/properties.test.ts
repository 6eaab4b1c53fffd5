// Property-based tests (fast-check): whatever a user puts in the files, loading reports problems and never throws
// anything else; and the graph does not depend on the order of entries in the files.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { serializeGraph } from "../../src/graph/serialize.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { CorpusError } from "../../src/ingest/problems.js";
import { loadValidCorpus, validateCorpus } from "../../src/ingest/validate.js";
import { copyFixture, MINI_DIR } from "../helpers/corpus.js";

const RUNS = 150;

/** Values shaped a little like our files, so the schema and cross-record checks are reached, not only the YAML parser. */
const nearlyValid = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("ada-park", "devolution", "panel-a", "spoke-on", "direct-quote", "said", "", "Ada Park", null, 1),
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        "id",
        "label",
        "source",
        "claims",
        "relation",
        "from",
        "to",
        "evidence",
        "quote",
        "kind",
        "people",
        "themes",
        "parent",
        "x",
      ),
      tie("value"),
      { maxKeys: 5 },
    ),
  ),
})).value;

function loadWith(dir: string): void {
  try {
    loadValidCorpus(dir);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
  }
}

describe("loading never throws anything but a CorpusError", () => {
  it("for arbitrary text in an annotation file", () => {
    const dir = copyFixture();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        writeFileSync(join(dir, "annotations/panel-b.yaml"), text);
        loadWith(dir);
      }),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary YAML documents as the registry and as an annotation file", () => {
    const dir = copyFixture();
    fc.assert(
      fc.property(nearlyValid, nearlyValid, (registry, annotations) => {
        writeFileSync(join(dir, "registry.yaml"), stringify(registry));
        writeFileSync(join(dir, "annotations/panel-a.yaml"), stringify(annotations));
        loadWith(dir);
        expect(Array.isArray(validateCorpus(readCorpusFiles(dir)).problems)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary bytes as a source text", () => {
    const dir = copyFixture();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        writeFileSync(join(dir, "sources/panel-a.txt"), bytes);
        loadWith(dir);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the graph does not depend on the order of entries in the files", () => {
  it("shuffling registry sections, claims and evidence gives the same bytes", () => {
    const expected = serializeGraph(buildGraph(loadValidCorpus(MINI_DIR)));
    const registry = parse(readFileSync(join(MINI_DIR, "registry.yaml"), "utf8"));
    const annotations = ["panel-a", "panel-b"].map((s) =>
      parse(readFileSync(join(MINI_DIR, "annotations", `${s}.yaml`), "utf8")),
    );
    const dir = copyFixture();
    const shuffle = <T>(items: T[], keys: number[]) =>
      items
        .map((item, i) => ({ item, key: keys[i % keys.length]! }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item);
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (keys) => {
        const shuffledRegistry = Object.fromEntries(
          shuffle(Object.entries(registry), keys).map(([section, entries]) => [
            section,
            shuffle(entries as unknown[], keys),
          ]),
        );
        writeFileSync(join(dir, "registry.yaml"), stringify(shuffledRegistry));
        annotations.forEach((file, i) => {
          const claims = shuffle(file.claims as { evidence: unknown[] }[], keys).map((c) => ({
            ...c,
            evidence: shuffle(c.evidence, keys),
          }));
          writeFileSync(join(dir, "annotations", `panel-${"ab"[i]}.yaml`), stringify({ ...file, claims }));
        });
        expect(serializeGraph(buildGraph(loadValidCorpus(dir)))).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
