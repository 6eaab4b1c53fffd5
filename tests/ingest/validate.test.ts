import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/ingest/problems.js";
import type { Problem } from "../../src/model/problem.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { initialOnly, loadValidCorpus, validateCorpus } from "../../src/ingest/validate.js";
import { CorpusError } from "../../src/ingest/problems.js";
import { buildGraph } from "../../src/graph/build.js";
import { AmbiguousEntityError } from "../../src/query/errors.js";
import { resolveEntity } from "../../src/query/resolve-entity.js";
import { copyFixture, edit, MINI_DIR } from "../helpers/corpus.js";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function problemsOf(dir: string): Problem[] {
  return validateCorpus(readCorpusFiles(dir)).problems;
}

function errorsOf(dir: string): string[] {
  return problemsOf(dir)
    .filter((p) => p.severity === "error")
    .map(formatProblem);
}

describe("validation accepts a sound corpus", () => {
  it("finds no problem in the mini fixture and resolves every quote to its offsets", () => {
    const corpus = loadValidCorpus(MINI_DIR);
    expect(corpus.problems).toEqual([]);
    for (const claim of [...corpus.claims, ...corpus.attributes]) {
      for (const e of claim.evidence) {
        const source = corpus.sources.find((s) => s.meta.id === e.source)!;
        expect(source.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });
});

describe("validation rejects each class of mistake with location, field, value and hint", () => {
  it("YAML syntax error", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    from: ada-park\n    to: northtown-council",
      "    from: [ada-park\n    to: northtown-council",
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:5  -  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (value seen: "    to: northtown-council"; check indentation, a missing colon or an unclosed quote near this line; inside "…", write a quotation mark as \\")',
    ]);
  });

  it("a field indented further than the one above it: put at the line that slid, with what to line it up under", () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    role: Deputy", "      role: Deputy");
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:6  -  `role` is indented further than `to` on the line above, so YAML reads it as part of that value (value seen: "      role: Deputy Director of Health"; line `role:` up under `to:` (4 spaces before it), or further in only under a field that has no value of its own)',
    ]);
  });

  it("wrong type", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "aliases: [Park]", "aliases: Park");
    expect(errorsOf(dir)).toEqual([
      'registry.yaml:4  people.0.aliases  Invalid input: expected array, received string (value seen: "Park"; write a list, e.g. [Park])',
    ]);
  });

  it("missing required field", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    text: Councils should hold pooled budgets.\n", "");
    expect(errorsOf(dir)).toEqual([
      "registry.yaml:29  recommendations.0.text  missing required field (add it: expected string)",
    ]);
  });

  it("unknown field, with the spelling a user got wrong", () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-b.yaml", "    role: Deputy", "    rol: Deputy");
    expect(errorsOf(dir)).toEqual([
      "annotations/panel-b.yaml:6  claims.0.rol  unknown field `rol` (did you mean `role`? If not, remove it; the format is described in docs/annotation-format.md)",
    ]);
  });

  it("a claim's field indented under its evidence item: named as the claim's, to move back out", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      '    role: Deputy Director of Health\n    evidence:\n      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }',
      '    evidence:\n      - quote: "Ada Park, Deputy Director of Health at Northtown Council"\n        kind: reported\n        role: Deputy Director of Health',
    );
    expect(errorsOf(dir)).toEqual([
      "annotations/panel-b.yaml:9  claims.0.evidence.0.role  unknown field `role` (`role` is a field of the claim (claims.0), not of the evidence item it is indented under: move it back out, in line with the claim's other fields; the format is described in docs/annotation-format.md)",
    ]);
  });

  it("a page (or line) written on an evidence item: told that the place is found from the quote and the source's pages", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      '      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }',
      '      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported, page: 7 }',
    );
    expect(errorsOf(dir)).toEqual([
      "annotations/panel-b.yaml:8  claims.0.evidence.0.page  unknown field `page` (a passage's place is found from its quote, not written: its line from the source's text, its page from the source's `pages:` (sources/<source>.yaml, which add-source writes for a PDF); remove `page`, and where the quote occurs more than once, say which with `occurrence: N` (1 = first))",
    ]);
  });

  it("unknown fields in an entry: each at its own line, a block value's too, with the nearest known field", () => {
    const dir = copyFixture();
    edit(
      dir,
      "registry.yaml",
      "    aliases: [Park]\n",
      "    aliases: [Park]\n    lable: Ada\n    notes:\n      - met in May\n",
    );
    expect(errorsOf(dir)).toEqual([
      "registry.yaml:5  people.0.lable  unknown field `lable` (did you mean `label`? If not, remove it; the format is described in docs/annotation-format.md)",
      "registry.yaml:6  people.0.notes  unknown field `notes` (remove it or correct its spelling; the format is described in docs/annotation-format.md)",
    ]);
  });

  it("a date written without quotes, or left empty, is named as a date", () => {
    const dated = (since: string) => {
      const dir = copyFixture();
      edit(
        dir,
        "annotations/panel-b.yaml",
        "    role: Deputy Director of Health\n",
        `    role: Deputy Director of Health\n    since: ${since}\n`,
      );
      return errorsOf(dir);
    };
    expect(dated("2023")).toEqual([
      'annotations/panel-b.yaml:7  claims.0.since  since must be a date in quotes: since: "2023" (without quotes YAML reads it as a number)',
    ]);
    expect(dated("null")).toEqual([
      'annotations/panel-b.yaml:7  claims.0.since  since is empty (remove the line or give a date: since: "YYYY-MM-DD", "YYYY-MM" or "YYYY")',
    ]);
    expect(dated('"2024-03-5"')).toEqual([
      'annotations/panel-b.yaml:7  claims.0.since  must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (value seen: "2024-03-5"; write it "2024-03-05"; give the date the text states, or only what it states: YYYY-MM or YYYY)',
    ]);
  });

  it("an entity unused only because the claim naming it has an error: the warning says it follows from it", () => {
    const dir = copyFixture();
    // `since` on a spoke-on leaves the claim out; local-data has no other claim.
    edit(dir, "annotations/panel-a.yaml", "    to: local-data\n", '    to: local-data\n    since: "2024"\n');
    expect(problemsOf(dir).map(formatProblem)).toEqual([
      'annotations/panel-a.yaml:50  claims.8.since  only affiliated-with claims take `since` (when a role began or ended) (value seen: "2024"; remove `since`, or make this an affiliated-with claim)',
      'registry.yaml:26  themes.2.id  warning: a theme that only a claim with an error refers to (annotations/panel-a.yaml:47) (value seen: "local-data"; it follows from that error, not a separate problem: fix the claim, and this goes away)',
    ]);
  });

  it("an id written as a name and an unknown id in one claim: both reported in one run", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    from: ada-park\n    to: devolved-budgets",
      "    from: Ada Park\n    to: devolved-budget",
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:10  claims.1.from  must be lowercase letters and digits joined by hyphens, e.g. `janet-budd` (value seen: "Ada Park"; did you mean ada-park? (a claim names an entity by its id))',
      'annotations/panel-b.yaml:11  claims.1.to  unknown entity id (value seen: "devolved-budget"; did you mean devolved-budgets?)',
    ]);
  });

  it("unknown entity id in a well-formed claim", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      '    to: devolved-budgets\n    evidence:\n      - { quote: "\\"Budgets',
      '    to: devolved-budget\n    evidence:\n      - { quote: "\\"Budgets',
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:11  claims.1.to  unknown entity id (value seen: "devolved-budget"; did you mean devolved-budgets?)',
    ]);
  });

  it("an id given by name gets the id as hint", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    from: ada-park\n    to: devolved-budgets",
      "    from: park\n    to: devolved-budgets",
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:10  claims.1.from  unknown entity id (value seen: "park"; use the id, not the name: ada-park)',
    ]);
  });

  it("duplicate id", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: local-data", "  - id: devolution");
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-a.yaml:49  claims.8.to  unknown entity id (value seen: "local-data"; no file declares it: declare it in registry.yaml, or under `entities:` in an annotation file (docs/annotation-format.md))',
      'registry.yaml:26  themes.2.id  duplicate id: already used by a theme (Devolution) (value seen: "devolution"; ids are shared by every entity type; give this one a distinct id)',
    ]);
  });

  it("quote off by a curly quote", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-a.yaml",
      "“We need devolved budgets – and we need them now.”",
      '\\"We need devolved budgets – and we need them now.\\"',
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-a.yaml:46  claims.7.evidence.0.quote  quote not found in the source text (value seen: "\\"We need devolved budgets – and we need them now.\\""; differs only in punctuation, quotes or spacing in sources/panel-a.txt:3: "“We need devolved budgets – and we need them now.”")',
    ]);
  });

  it("quote off by a double space", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-a.yaml",
      "Ben Ode, Fellow at the Policy Lab, said",
      "Ben Ode,  Fellow at the Policy Lab, said",
    );
    const [error] = errorsOf(dir);
    expect(error).toContain(
      "annotations/panel-a.yaml:36  claims.5.evidence.0.quote  quote not found in the source text",
    );
    expect(error).toContain(
      'differs only in punctuation, quotes or spacing in sources/panel-a.txt:4: "Ben Ode, Fellow at the Policy Lab, said"',
    );
  });

  it("an id no file declares is sent to where entities are declared, not only to registry.yaml", () => {
    // As when the source whose annotation file declared it was removed: any file's `entities:` can declare it again.
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: ben-ode\n    label: Ben Ode\n", "");
    expect(errorsOf(dir)).toEqual(
      [
        [22, 3],
        [33, 5],
        [48, 8],
      ].map(
        ([line, claim]) =>
          `annotations/panel-a.yaml:${line}  claims.${claim}.from  unknown entity id (value seen: "ben-ode"; ` +
          "no file declares it: declare it in registry.yaml, or under `entities:` in an annotation file (docs/annotation-format.md))",
      ),
    );
  });

  it("annotations whose source is gone say to add the source or delete the file, without noise about its entities", () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, "annotations", "reprint.yaml"),
      "source: reprint\nentities:\n  people:\n    - { id: oda-venn, label: Oda Venn }\nclaims: []\n",
    );
    expect(problemsOf(dir).map(formatProblem)).toEqual([
      'annotations/reprint.yaml:1  source  annotations for an unknown source (value seen: "reprint"; no sources/reprint.txt: ' +
        "add the source with `panelgraph add-source`, or delete annotations/reprint.yaml (0 claims; " +
        "`panelgraph remove-source reprint` does, keeping the entities other files use))",
    ]);
  });

  it("evidence pointing at an unknown source", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      '      - { quote: "Recommendation:',
      '      - { source: panel-c, quote: "Recommendation:',
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:18  claims.2.evidence.0.source  evidence points at an unknown source (value seen: "panel-c"; did you mean panel-a, panel-b?)',
    ]);
  });

  it("theme cycle in the hierarchy", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    aliases: [delegation]", "    aliases: [delegation]\n    parent: devolved-budgets");
    expect(errorsOf(dir)).toEqual([
      'registry.yaml:23  themes.0.parent  theme hierarchy has a cycle: devolution → devolved-budgets → devolution (value seen: "devolved-budgets"; a theme cannot be its own ancestor; remove one of these parents)',
    ]);
  });

  it("dangling parent theme", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    parent: devolution", "    parent: devolutions");
    expect(errorsOf(dir)).toEqual([
      'registry.yaml:25  themes.1.parent  unknown parent theme (value seen: "devolutions"; did you mean devolution?)',
    ]);
  });

  it("relation whose endpoint types do not fit", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    from: ada-park\n    to: devolved-budgets",
      "    from: northtown-council\n    to: devolved-budgets",
    );
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-b.yaml:10  claims.1.from  `spoke-on` goes from person to theme, but northtown-council is an organisation (value seen: "northtown-council"; check the relation or the from id (relations and their endpoint types are listed in docs/annotation-format.md))',
    ]);
  });

  it("empty file", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "annotations/panel-b.yaml"), "");
    expect(errorsOf(dir)).toEqual(["annotations/panel-b.yaml  -  file is empty (add its content or delete it)"]);
  });

  it("binary file", () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, "sources/panel-b.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    expect(errorsOf(dir)).toEqual([
      "sources/panel-b.txt:3  -  file is binary (it contains NUL bytes) (sources and annotations must be plain text; export the document as .txt first)",
    ]);
  });

  it("non-UTF-8 text", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "sources/panel-b.txt"), Buffer.from("line one\nthe caf\xe9 met\n", "latin1"));
    expect(errorsOf(dir)).toEqual([
      "sources/panel-b.txt:2  -  file is not valid UTF-8 (byte 0xe9 at offset 16) (move sources/panel-b.txt and sources/panel-b.yaml out of the corpus and re-add the original with `panelgraph add-source <file> --encoding windows-1252 --id panel-b` (or the encoding it was saved in: utf-16le, utf-16be, latin1))",
    ]);
  });

  it("a source over the size limit", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "sources/panel-b.txt"), "x".repeat(20 * 1024 * 1024));
    expect(errorsOf(dir)).toEqual([
      "sources/panel-b.txt  -  file is too large (20.0 MB; the limit is 10 MB) (split the source into one file per session or report)",
    ]);
  });

  it("an annotation file over the size limit is told to split itself, not its source", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "annotations/panel-b.more.yaml"), `source: panel-b\n${"# a comment\n".repeat(1_000_000)}`);
    expect(errorsOf(dir)).toEqual([
      "annotations/panel-b.more.yaml  -  file is too large (11.4 MB; the limit is 10 MB) (split it into several annotation files of the source, named panel-b.<part>.yaml)",
    ]);
  });

  it("a source text changed after it was annotated", () => {
    const dir = copyFixture();
    edit(dir, "sources/panel-b.txt", "second meeting", "2nd meeting");
    const [error] = errorsOf(dir);
    expect(error).toMatch(
      /^sources\/panel-b\.yaml:5  sha256  the text of sources\/panel-b\.txt has changed since it was recorded/,
    );
    // The hint says how to record an intended change: the new SHA-256, written where, and how to get it again.
    const actual = /its SHA-256 is ([0-9a-f]{64})/.exec(error!)![1]!;
    expect(error).toContain(
      `if the new text is intended (a correction), write \`sha256: ${actual}\` in sources/panel-b.yaml ` +
        "(`sha256sum sources/panel-b.txt` prints the same), then validate checks every quote of its annotations",
    );
    edit(dir, "sources/panel-b.yaml", /sha256: [0-9a-f]{64}/, `sha256: ${actual}`);
    expect(errorsOf(dir)).toEqual([]);
  });

  it("reports every problem of a corpus in one run, sorted by file and line", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    parent: devolution", "    parent: devolutions");
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    edit(dir, "annotations/panel-a.yaml", "The session was chaired by Lee Moss", "The meeting was chaired by Lee Moss");
    const errors = errorsOf(dir);
    expect(errors.map((e) => e.split("  ")[0])).toEqual([
      "annotations/panel-a.yaml:8",
      "annotations/panel-b.yaml:16",
      "registry.yaml:25",
    ]);
    expect(() => loadValidCorpus(dir)).toThrow(CorpusError);
  });

  it("--strict turns warnings into failures", () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-a.yaml",
      '      - { quote: "local data matters',
      '      - { quote: "said", kind: reported }\n      - { quote: "local data matters',
    );
    expect(errorsOf(dir)).toEqual([]);
    expect(problemsOf(dir).map(formatProblem)).toEqual([
      'annotations/panel-a.yaml:51  claims.8.evidence.0.quote  warning: the quote occurs 2 times in sources/panel-a.txt; the first is used (value seen: "said"; lengthen the quote so it is unique, or add `occurrence: N`)',
    ]);
    expect(() => loadValidCorpus(dir)).not.toThrow();
    expect(() => loadValidCorpus(dir, { strict: true })).toThrow(CorpusError);
  });
});

describe("a file that fails its schema hides none of its other problems", () => {
  it("checks the sound claims and what parsed of the broken one, uses its entities, and builds only the sound claims", () => {
    const dir = copyFixture();
    const before = validateCorpus(readCorpusFiles(dir)).claims.length;
    writeFileSync(
      join(dir, "annotations/panel-b.extra.yaml"),
      [
        "source: panel-b",
        "entities:",
        "  people:",
        "    - { id: cara-lund, label: Cara Lund }",
        "claims:",
        "  - relation: spoke-onn",
        "    from: cara-lund",
        "    to: pooled-budget",
        "    evidence:",
        '      - { quote: "councils should hold pooled budget now", kind: summry }',
        "  - relation: spoke-on",
        "    from: cara-lund",
        "    to: devolution",
        "    evidence:",
        '      - { quote: "councils should hold pooled budgets", kind: reported }',
        "  - relation: spoke-on",
        "    from: ada-park",
        "    to: devolved-budgets",
        "    evidence:",
        '      - { quote: "Budgets must follow needs", kind: direct-quote }',
        "",
      ].join("\n"),
    );
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      'annotations/panel-b.extra.yaml:6  claims.0.relation  unknown relation (value seen: "spoke-onn"; did you mean spoke-on?)',
      'annotations/panel-b.extra.yaml:8  claims.0.to  unknown entity id (value seen: "pooled-budget"; did you mean pooled-budgets, devolved-budgets?)',
      'annotations/panel-b.extra.yaml:10  claims.0.evidence.0.kind  unknown kind (value seen: "summry"; did you mean summary?)',
      'annotations/panel-b.extra.yaml:10  claims.0.evidence.0.quote  quote not found in the source text (value seen: "councils should hold pooled budget now"; closest passage in sources/panel-b.txt:3: "councils should hold pooled budgets.")',
      'annotations/panel-b.extra.yaml:20  claims.2.evidence.0.quote  quote not found in the source text (value seen: "Budgets must follow needs"; closest passage in sources/panel-b.txt:2: "Budgets must follow need,")',
    ]);
    // cara-lund, declared in the file, is known to its claims (the misspelt relation leaves the id's type open, so the
    // nearest ids of every type are offered). Only a claim failed, not the file: its one sound claim is built.
    expect(corpus.claims.length).toBe(before + 1);
    expect(corpus.claims.filter((c) => c.file === "annotations/panel-b.extra.yaml")).toMatchObject([
      { relation: "spoke-on", from: "cara-lund", to: "devolution" },
    ]);
  });

  it("an entity it declares that fails its schema: reported once, not again as unknown by the claims naming it", () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, "annotations/panel-b.people.yaml"),
      [
        "source: panel-b",
        "entities:",
        "  people:",
        "    - { id: cara-lund, lable: Cara Lund }",
        "claims:",
        "  - relation: spoke-on",
        "    from: cara-lund",
        "    to: devolution",
        "    evidence:",
        '      - { quote: "councils should hold pooled budgets", kind: reported }',
        "",
      ].join("\n"),
    );
    const errors = errorsOf(dir);
    expect(errors.length).toBe(2); // the unknown field `lable`, the missing label
    expect(errors.every((e) => e.startsWith("annotations/panel-b.people.yaml:4  entities.people.0"))).toBe(true);
    expect(errors.some((e) => e.includes("unknown entity id"))).toBe(false);
  });

  it("registry.yaml: the bad entry is reported, the others known, and every claim checked (none on the bad one)", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    kind: think-tank", "    kind: thinktank");
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    edit(dir, "annotations/panel-a.yaml", "The session was chaired by Lee Moss", "The meeting was chaired by Lee Moss");
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      'annotations/panel-a.yaml:8  claims.0.evidence.1.quote  quote not found in the source text (value seen: "The meeting was chaired by Lee Moss"; closest passage in sources/panel-a.txt:1: "The session was chaired by Lee Moss")',
      'annotations/panel-b.yaml:16  claims.2.to  unknown entity id (value seen: "pooled-budget"; did you mean pooled-budgets?)',
      'registry.yaml:15  organisations.1.kind  unknown kind (value seen: "thinktank"; did you mean think-tank?)',
    ]);
    // policy-lab's entry failed: the claim naming it is not called unknown, and stays out with it.
    expect(corpus.entities.has("policy-lab")).toBe(false);
    expect(corpus.entities.has("example-forum")).toBe(true);
    expect(corpus.claims.some((c) => c.to === "policy-lab")).toBe(false);
    expect(() => loadValidCorpus(dir)).toThrow(CorpusError);
  });

  it("a source's metadata: its problem is reported, its annotations and the quotes cited from it checked", () => {
    const dir = copyFixture();
    edit(dir, "sources/panel-b.yaml", "kind: article", "kind: artcle");
    edit(dir, "annotations/panel-b.yaml", "    to: pooled-budgets", "    to: pooled-budget");
    edit(dir, "annotations/panel-b.yaml", "Budgets must follow need,", "Budgets must follow needs,");
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([
      'annotations/panel-b.yaml:13  claims.1.evidence.0.quote  quote not found in the source text (value seen: "\\"Budgets must follow needs,\\" she said."; closest passage in sources/panel-b.txt:2: "\\"Budgets must follow need,\\" she said.")',
      'annotations/panel-b.yaml:16  claims.2.to  unknown entity id (value seen: "pooled-budget"; did you mean pooled-budgets?)',
      'sources/panel-b.yaml:3  kind  unknown kind (value seen: "artcle"; did you mean article?)',
    ]);
    // Nothing of panel-b reaches the graph: not the source, not a claim made in it or resting on its text.
    expect(corpus.sources.map((s) => s.meta.id)).toEqual(["panel-a"]);
    expect(corpus.claims.some((c) => c.source === "panel-b" || c.evidence.some((e) => e.source === "panel-b"))).toBe(
      false,
    );
    expect(() => loadValidCorpus(dir)).toThrow(CorpusError);
  });
});

describe("names two entities share: validate warns exactly when a query would find the name ambiguous", () => {
  // Spellings a query reads as one name (src/model/names.ts): a name typed on macOS keeps `é` as `e` + U+0301 (NFD),
  // one pasted from a web page as one character (NFC); a straight and a curly apostrophe; a double space; case.
  const pairs: [string, string, boolean][] = [
    ["Forum Économique", "Forum E\u0301conomique", true],
    ["Mayor of London’s Office", "Mayor of London's Office", true],
    ["Example  Forum", "example forum", true],
    ["Example Forum", "Example Forums", false],
  ];

  it.each(pairs)("%j and %j", async (first, second, same) => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    label: Example Forum\n", `    label: ${JSON.stringify(first)}\n`);
    edit(dir, "registry.yaml", "    label: Example Forum 2024\n", `    label: ${JSON.stringify(second)}\n`);
    const shared = problemsOf(dir).filter((p) => p.message.includes("belongs to 2 entities"));
    const graph = buildGraph(loadValidCorpus(dir));
    const ambiguous = thrown(() => resolveEntity(graph, second)) instanceof AmbiguousEntityError;
    expect(ambiguous).toBe(same);
    expect(shared.length).toBe(same ? 1 : 0);
    if (same) {
      expect(formatProblem(shared[0]!)).toBe(
        `registry.yaml:34  events.0.label  warning: the name ${JSON.stringify(second)} belongs to 2 entities: example-forum, example-forum-2024 (value seen: ${JSON.stringify(first)}; written so for example-forum: queries compare names without case, Unicode form (é as one character or two), quote style or extra spaces, so they will ask which one is meant; keep it only where a user would expect it)`,
      );
    }
  });

  it("an entity an annotation file declares, named as a registry entity but typed with a combining accent", () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "aliases: [Park]", 'aliases: [Park, "Zoë"]');
    writeFileSync(
      join(dir, "annotations/panel-b.people.yaml"),
      'source: panel-b\nentities:\n  people:\n    - { id: zoe-lane, label: "Zoe\u0308" }\n',
    );
    expect(problemsOf(dir).map(formatProblem)).toContain(
      'annotations/panel-b.people.yaml:4  entities.people.0.label  warning: the name "Zoe\u0308" already belongs to ada-park (declared in registry.yaml) (value seen: "zoe-lane"; if it is the same entity, use ada-park instead of declaring zoe-lane (`panelgraph merge-entity zoe-lane ada-park` merges the two into ada-park); if not, give one of them a label that tells it apart: a query by that name asks which one is meant)',
    );
  });

  it("an organisation named as a source's title: never told to use the source's id, told what to do instead", () => {
    const dir = copyFixture();
    edit(dir, "sources/panel-b.yaml", "title: Example Forum, second meeting", "title: Fenby Housing Committee");
    writeFileSync(
      join(dir, "annotations/panel-b.bodies.yaml"),
      "source: panel-b\nentities:\n  organisations:\n    - { id: panel-b-2, label: Fenby Housing Committee }\n",
    );
    const shown = problemsOf(dir)
      .filter((p) => p.file === "annotations/panel-b.bodies.yaml" && p.field.endsWith(".label"))
      .map(formatProblem);
    expect(shown).toEqual([
      'annotations/panel-b.bodies.yaml:4  entities.organisations.0.label  warning: the name "Fenby Housing Committee" is also the title of source panel-b: two nodes read alike (value seen: "panel-b-2"; a source is not an organisation: keep this organisation, whose id cannot be panel-b (the source\'s; `panelgraph rename-entity panel-b-2 <new-id>` gives it a clearer one), and to tell the two apart give the source a title of its own (title: in sources/panel-b.yaml, with its date, session or part))',
    ]);
    expect(shown.join("")).not.toContain("use panel-b instead");
  });
});

describe("a name two declared entities share", () => {
  /** Two people in panel-a's drafts; a second draft's copy of one of them adds the other's surname as an alias. */
  function sharedSurname(): string {
    const dir = copyFixture();
    const declare = (file: string, source: string, people: string) =>
      writeFileSync(join(dir, "annotations", file), `source: ${source}\nentities:\n  people:\n${people}claims: []\n`);
    declare("panel-a.kerr.yaml", "panel-a", "    - { id: rona-kerr, label: Rona Kerr, aliases: [Kerr] }\n");
    declare("panel-a.people.yaml", "panel-a", "    - { id: tam-kerr, label: Tam Kerr }\n");
    declare(
      "panel-b.people.yaml",
      "panel-b",
      "    - id: tam-kerr\n      label: Tam Kerr\n      aliases: [Dr Kerr, Kerr]\n",
    );
    return dir;
  }

  it("warns at the alias a copy in another draft adds, naming both entities, where the other is declared and the fixes", () => {
    const shared = problemsOf(sharedSurname()).filter((p) => p.message.includes("already belongs"));
    expect(shared.map(formatProblem)).toEqual([
      'annotations/panel-b.people.yaml:6  entities.people.0.aliases.1  warning: the name "Kerr" already belongs to rona-kerr (declared in annotations/panel-a.kerr.yaml) (value seen: "tam-kerr"; if it is the same entity, use rona-kerr instead of declaring tam-kerr (`panelgraph merge-entity tam-kerr rona-kerr` merges the two into rona-kerr); if not, take "Kerr" out of tam-kerr\'s aliases here: a query by that name asks which one is meant)',
    ]);
  });

  it("keeps the given name written in full when the first declared has an initial only (T. Feld / Tomas Feld)", () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, "annotations", "panel-a.feld.yaml"),
      "source: panel-a\nentities:\n  people:\n    - { id: t-feld, label: Dr T. Feld, aliases: [Feld] }\nclaims: []\n",
    );
    writeFileSync(
      join(dir, "annotations", "panel-b.feld.yaml"),
      "source: panel-b\nentities:\n  people:\n    - { id: tomas-feld, label: Tomas Feld, aliases: [Feld] }\nclaims: []\n",
    );
    const [shared] = problemsOf(dir).filter((p) => p.message.includes('"Feld" already belongs'));
    expect(shared?.hint).toBe(
      'if it is the same entity, keep tomas-feld and drop t-feld (`panelgraph merge-entity t-feld tomas-feld` merges the two into tomas-feld, whose given name is written in full ("Dr T. Feld" becomes an alias)); if not, take "Feld" out of tomas-feld\'s aliases here: a query by that name asks which one is meant',
    );
  });

  it("reads an initial against a given name only for the same surname", () => {
    expect(initialOnly("T. Feld", "Tomas Feld")).toBe(true);
    expect(initialOnly("Dr T Feld", "Prof Tomas Feld")).toBe(true);
    expect(initialOnly("Tomas Feld", "T. Feld")).toBe(false);
    expect(initialOnly("Tom Feld", "Tomas Feld")).toBe(false);
    expect(initialOnly("R. Feld", "Tomas Feld")).toBe(false);
    expect(initialOnly("T. Field", "Tomas Feld")).toBe(false);
    expect(initialOnly("Feld", "Tomas Feld")).toBe(false);
  });

  it("says it once an entity, however many drafts repeat the name", () => {
    const dir = sharedSurname();
    writeFileSync(
      join(dir, "annotations", "panel-b.more.yaml"),
      "source: panel-b\nentities:\n  people:\n    - { id: tam-kerr, label: Tam Kerr, aliases: [Kerr] }\nclaims: []\n",
    );
    expect(problemsOf(dir).filter((p) => p.message.includes('"Kerr" already belongs'))).toHaveLength(1);
  });
});

describe("dates and addresses in source metadata and attributes", () => {
  it("an attribute about an entity still suggested waits for it (a warning), and counts once it is accepted", () => {
    const dir = copyFixture();
    const draftFile = (status: string) =>
      [
        "source: panel-a",
        "entities:",
        "  sessions:",
        "    - id: forum-meeting-9",
        "      label: Example Forum, meeting 9",
        `      status: ${status}`,
        "attributes:",
        "  - entity: forum-meeting-9",
        "    name: date",
        '    value: "2024-05-05"',
        "    evidence:",
        '      - { quote: "met on 5 May 2024", kind: reported }',
        "",
      ].join("\n");
    writeFileSync(join(dir, "annotations", "panel-a.draft.yaml"), draftFile("suggested"));
    const waiting = problemsOf(dir).filter((p) => p.field === "attributes.0.entity");
    expect(waiting.map((p) => [p.severity, p.message])).toEqual([
      ["warning", "forum-meeting-9 is still suggested: this attribute counts once it is accepted"],
    ]);
    expect(errorsOf(dir)).toEqual([]);
    writeFileSync(join(dir, "annotations", "panel-a.draft.yaml"), draftFile("accepted"));
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.attributes.filter((a) => a.entity === "forum-meeting-9").map((a) => a.value)).toEqual(["2024-05-05"]);
  });

  it("a date must be one the calendar has, in each of its three forms; a leap day is one", () => {
    const dates: [string, string | undefined][] = [
      ["2024-02-29", undefined],
      ["2024-12", undefined],
      ["2024", undefined],
      ["2023-02-29", "not a real date: February 2023 has days 01 to 28"],
      ["2023-02-30", "not a real date: February 2023 has days 01 to 28"],
      ["2024-04-31", "not a real date: April 2024 has days 01 to 30"],
      ["2024-05-00", "not a real date: May 2024 has days 01 to 31"],
      ["2024-13-45", "not a real date: months are 01 to 12"],
      ["2024-00", "not a real date: months are 01 to 12"],
      ["1900-02-29", "not a real date: February 1900 has days 01 to 28"],
      ["24/03/2024", "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"],
      ["March 2024", "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"],
      ["2024-3", "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"],
    ];
    // A date written another common way gets its ISO form in the hint.
    const iso: Record<string, string> = { "24/03/2024": "2024-03-24", "March 2024": "2024-03", "2024-3": "2024-03" };
    for (const [date, message] of dates) {
      const dir = copyFixture();
      edit(dir, "sources/panel-a.yaml", 'date: "2024-05-05"', `date: "${date}"`);
      const errors = errorsOf(dir);
      if (message === undefined) expect(errors, date).toEqual([]);
      else {
        expect(errors[0], date).toBe(
          `sources/panel-a.yaml:4  date  ${message} (value seen: "${date}"; ${iso[date] ? `write it "${iso[date]}"; ` : ""}give the date the text states, or only what it states: YYYY-MM or YYYY)`,
        );
      }
    }
  });

  it("an attribute's date, when written as an ISO date, must be a real one too", () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-a.yaml", 'value: "2024-05-05"', 'value: "2024-02-30"');
    expect(errorsOf(dir)).toEqual([
      'annotations/panel-a.yaml:60  attributes.0.value  not a real date: February 2024 has days 01 to 29 (value seen: "2024-02-30"; give the date the text states, or only what it states: YYYY-MM or YYYY)',
    ]);
  });

  it("url must be a web address: http or https, with a host and no spaces", () => {
    const hint = "give the address the text was published at, e.g. https://example.org/article";
    const urls: [string, string | undefined][] = [
      ["https://example.org/a?b=c#d", undefined],
      ["HTTP://EXAMPLE.ORG", undefined],
      ["javascript:alert(document.cookie)", "must be a web address starting with http:// or https://"],
      ["data:text/html,<script>alert(1)</script>", "must be a web address starting with http:// or https://"],
      ["ftp://example.org/file", "must be a web address starting with http:// or https://"],
      ["https://", "must be a web address: http(s):// and then the site's name, e.g. https://example.org/article"],
      [
        "http:/example.org",
        "must be a web address: http(s):// and then the site's name, e.g. https://example.org/article",
      ],
      ["https://example.org/a b", "must be a web address without spaces (write a space as %20)"],
    ];
    for (const [url, message] of urls) {
      const dir = copyFixture();
      edit(
        dir,
        "sources/panel-a.yaml",
        "origin: written for the panelgraph tests",
        `origin: x\nurl: ${JSON.stringify(url)}`,
      );
      const errors = errorsOf(dir);
      if (message === undefined) expect(errors, url).toEqual([]);
      else {
        expect(errors[0], url).toBe(
          `sources/panel-a.yaml:6  url  ${message} (value seen: ${JSON.stringify(url)}; ${hint}; where a copy came from goes in origin)`,
        );
      }
    }
  });
});
