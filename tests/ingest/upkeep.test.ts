// A corpus kept for months: a merge conflict left in a file, a section emptied by deleting its last entry, and the
// counts of a corpus that fails to load. Each corpus is the mini fixture with one thing changed.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { shingle } from "../../src/ingest/near-duplicates.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { ShingleCache } from "../../src/ingest/shingle-cache.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { panelgraphIn } from "../helpers/cli.js";
import { copyFixture, edit, keepOriginal, tempDir } from "../helpers/corpus.js";

const validate = (dir: string) => validateCorpus(readCorpusFiles(dir));

/** The mini fixture with Ada Park declared in panel-b's annotations instead of the registry: panel-a names her too. */
function adaInPanelB(): string {
  const dir = copyFixture();
  edit(dir, "registry.yaml", "  - id: ada-park\n    label: Ada Park\n    aliases: [Park]\n", "");
  edit(
    dir,
    "annotations/panel-b.yaml",
    "source: panel-b\n",
    "source: panel-b\nentities:\n  people:\n    - { id: ada-park, label: Ada Park }\n",
  );
  expect(validate(dir).problems.filter((p) => p.severity === "error")).toEqual([]);
  return dir;
}

/** Leaves git's markers in panel-b's annotations, as `git merge` does when two people added a claim at its end. */
function conflictInPanelB(dir: string): void {
  const path = join(dir, "annotations/panel-b.yaml");
  const ours =
    '  - relation: spoke-on\n    from: ada-park\n    to: local-data\n    evidence:\n      - { quote: "Budgets must follow need", kind: reported }\n';
  const theirs = ours.replace("local-data", "devolution");
  writeFileSync(path, `${readFileSync(path, "utf8")}<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> alice\n`);
}

describe("a git merge conflict left in an annotation file", () => {
  it("is reported first and as such, and the ids it declares are not called unknown elsewhere", () => {
    const dir = adaInPanelB();
    conflictInPanelB(dir);
    const lines = readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8").split("\n");
    const start = lines.indexOf("<<<<<<< HEAD") + 1;
    const end = lines.indexOf(">>>>>>> alice") + 1;
    const problems = validate(dir).problems.map(formatProblem);
    expect(problems).toEqual([
      `annotations/panel-b.yaml:${start}  -  unresolved git merge conflict (lines ${start}–${end}) (keep one side or both, and delete the marker lines <<<<<<<, ======= and >>>>>>>)`,
      "annotations/panel-b.yaml  -  warning: 3 references in annotations/panel-a.yaml to ids this file declares, not checked until it can be read (they follow from the problem above, not separate ones: fix this file and run validate again)",
    ]);
  });

  it("comes before the problems of files sorted ahead of it", () => {
    const dir = adaInPanelB();
    conflictInPanelB(dir);
    edit(dir, "annotations/panel-a.yaml", "from: ben-ode\n    to: policy-lab", "from: ben-odd\n    to: policy-lab");
    const problems = validate(dir).problems.map(formatProblem);
    expect(problems[0]).toMatch(/^annotations\/panel-b\.yaml:\d+ {2}- {2}unresolved git merge conflict/);
    // A real mistake in another file is still listed.
    expect(problems).toContainEqual(expect.stringContaining('unknown entity id (value seen: "ben-odd"'));
  });
});

describe("an emptied section", () => {
  it.each([
    ["annotations/panel-b.yaml", "source: panel-b\n", "source: panel-b\nentities:\n"],
    ["annotations/panel-a.yaml", /attributes:\n(.|\n)*$/, "attributes:\n"],
    ["annotations/panel-b.yaml", /claims:\n(.|\n)*$/, "claims:\n"],
    ["registry.yaml", /programmes:[^\n]*\n|$/, "programmes:\n"],
  ])("is accepted in %s (%s → nothing under it)", (file, find, replace) => {
    const dir = copyFixture();
    edit(dir, file, find, replace);
    expect(
      validate(dir)
        .problems.filter((p) => p.severity === "error")
        .map(formatProblem),
    ).toEqual([]);
  });
});

describe("validate's summary on a corpus that fails to load", () => {
  it("counts the claims it could not read, not a smaller total", async () => {
    const dir = adaInPanelB();
    conflictInPanelB(dir);
    const run = await panelgraphIn(["validate", dir]);
    expect(run.code).toBe(1);
    // panel-b holds 4 claims and 2 more between the markers; panel-a's 3 claims naming ada-park wait for it.
    expect(run.stderr).toContain(
      `${dir}: 2 sources, 11 entities, 7 claims with 8 evidence passages (and 6 claims that could not be read, in annotations/panel-b.yaml, and 3 naming ids declared there); 1 error, 1 warning`,
    );
  });
});

describe("one bad value in an annotation file", () => {
  /** Mini with `since: "May 2023"` on panel-b's first claim (its other 3 claims are sound). */
  function badSinceInPanelB(): string {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "role: Deputy Director of Health\n",
      'role: Deputy Director of Health\n    since: "May 2023"\n',
    );
    return dir;
  }

  it("costs that claim alone: the file's other claims are read, built into the count, and the run still fails", async () => {
    const dir = badSinceInPanelB();
    const corpus = validate(dir);
    expect(corpus.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^annotations\/panel-b\.yaml:7 {2}claims\.0\.since {2}must be an ISO date: .*"May 2023"/),
    ]);
    // panel-b's spoke-on, recommends and addresses are read; only its affiliated-with is not.
    const fromPanelB = corpus.claims.filter((c) => c.file === "annotations/panel-b.yaml").map((c) => c.relation);
    expect(fromPanelB.sort()).toEqual(["addresses", "recommends", "spoke-on"]);
    expect(corpus.unread).toEqual({ claims: 1, files: ["annotations/panel-b.yaml"], waiting: 0 });
    const run = await panelgraphIn(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${dir}: 2 sources, 12 entities, 13 claims with 14 evidence passages (and 1 claim that could not be read, in annotations/panel-b.yaml); 1 error, 0 warnings`,
    );
    const build = await panelgraphIn(["build", dir, "--out", join(tempDir(), "build")]);
    expect(build.code).not.toBe(0);
    expect(build.stderr).toContain("nothing was written");
  });

  it("leaves the follow-on warnings true: an entity only the bad claim names is put down to it, an unused one is unused", () => {
    const dir = badSinceInPanelB();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "source: panel-b\n",
      "source: panel-b\nentities:\n  themes:\n    - { id: harbour-rents, label: Harbour rents }\n    - { id: ward-data, label: Ward data }\n",
    );
    edit(
      dir,
      "annotations/panel-b.yaml",
      /$/,
      '  - relation: spoke-on\n    from: ada-park\n    to: harbour-rents\n    evidence:\n      - { quote: "Budgets must follow need", kind: quoted }\n',
    );
    const problems = validate(dir).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^annotations\/panel-b\.yaml:4 {2}entities\.themes\.0\.id {2}warning: a theme that only a claim with an error refers to \(annotations\/panel-b\.yaml:\d+\)/,
      ),
      expect.stringMatching(
        /^annotations\/panel-b\.yaml:5 {2}entities\.themes\.1\.id {2}warning: a theme that no claim refers to /,
      ),
      expect.stringMatching(/claims\.0\.since {2}must be an ISO date/),
      expect.stringMatching(/claims\.4\.evidence\.0\.kind {2}unknown kind \(value seen: "quoted"/),
    ]);
  });

  it("still drops the whole file when its own shape fails (a misspelt top-level field), counting all its claims", () => {
    const dir = badSinceInPanelB();
    edit(dir, "annotations/panel-b.yaml", "source: panel-b\n", "source: panel-b\nclaim: []\n");
    const corpus = validate(dir);
    expect(corpus.claims.filter((c) => c.file === "annotations/panel-b.yaml")).toEqual([]);
    expect(corpus.unread).toEqual({ claims: 4, files: ["annotations/panel-b.yaml"], waiting: 0 });
  });

  it("calls no entity unused when a bad claim names one by what is not an id (which one it meant is not known)", () => {
    const dir = badSinceInPanelB();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "from: ada-park\n    to: devolved-budgets",
      "from: Ada Park\n    to: devolved-budgets",
    );
    const problems = validate(dir).problems.map(formatProblem);
    expect(problems.filter((p) => p.includes("warning"))).toEqual([]);
  });
});

const GAZETTE = [
  "The Example Forum heard on Tuesday that rents in the harbour wards have risen faster than wages for five years.",
  "Ada Park, Deputy Director of Health at Northtown Council, told the panel that families were moving inland to find",
  "homes they could afford, and that the council's waiting list had doubled since the last review of the scheme.",
  "Ben Ode of the Policy Lab said the figures understated the problem, because many tenants never register at all.",
  "The panel agreed to ask the council for ward-level data before its next meeting in the spring.",
].join("\n");
const REPRINT = `${GAZETTE}\nRepublished from the Northtown Gazette, 6 May 2024.\n`;
const OTHER = [
  "The Example Forum met again in the spring to hear from tenants about repairs in the harbour wards.",
  "Lee Moss, who chaired the meeting, asked the council for the ward-level data the panel had requested.",
  "Ada Park said the data would be published in the autumn, once the waiting list had been checked.",
].join("\n");

/** Adds a source to corpus `dir` as add-source would: its text and its metadata. */
function addSource(dir: string, id: string, text: string, date: string): void {
  const sha256 = createHash("sha256").update(text).digest("hex");
  writeFileSync(join(dir, "sources", `${id}.txt`), text);
  writeFileSync(
    join(dir, "sources", `${id}.yaml`),
    `id: ${id}\ntitle: ${id}\nkind: article\ndate: "${date}"\norigin: written for the panelgraph tests\nsha256: ${sha256}\n`,
  );
}

describe("sources sharing a title", () => {
  it("validate warns at each later one (by id), naming the first, since citations name a source by its title", () => {
    const dir = copyFixture();
    addSource(dir, "hearing-1", OTHER, "2024-05-10");
    addSource(dir, "hearing-3", GAZETTE, "2024-06-10");
    for (const id of ["hearing-1", "hearing-3"])
      edit(dir, `sources/${id}.yaml`, `title: ${id}`, "title: Harbour inquiry, first evidence session");
    expect(validate(dir).problems.map(formatProblem)).toEqual([
      'sources/hearing-3.yaml:2  title  warning: source hearing-1 has the same title (value seen: "Harbour inquiry, first evidence session"; citations, the viewer\'s Sources filter and `panelgraph diff` name a source by its title: give each a title that tells it apart (its date, its session or its part))',
    ]);
    edit(dir, "sources/hearing-3.yaml", "first evidence session", "third evidence session");
    expect(validate(dir).problems).toEqual([]);
  });
});

describe("near-duplicate sources", () => {
  it("validate warns at the later of two nearly identical texts, naming the other and the share", () => {
    const dir = copyFixture();
    addSource(dir, "gazette", GAZETTE, "2024-05-06");
    addSource(dir, "coastal-weekly", REPRINT, "2024-05-09");
    addSource(dir, "spring-meeting", OTHER, "2024-05-10");
    const warnings = validate(dir).problems.map(formatProblem);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^sources\/coastal-weekly\.yaml {2}- {2}warning: nearly the same text as source gazette \(\d\d% of their five-word runs shared\): a reprint or a second copy\? \(a claim resting on both would look supported by two sources where there is one; /,
      ),
    ]);
  });

  it("add-source adds a reprint but warns that it nearly repeats a source of the corpus", async () => {
    const dir = copyFixture();
    addSource(dir, "gazette", GAZETTE, "2024-05-06");
    const input = join(tempDir(), "reprint.txt");
    writeFileSync(input, REPRINT);
    const run = await panelgraphIn([
      "add-source",
      input,
      "--data",
      dir,
      "--id",
      "coastal-weekly",
      "--title",
      "Reprint",
    ]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "sources/coastal-weekly.txt"))).toBe(true);
    expect(run.stderr).toMatch(
      /^warning: coastal-weekly is nearly the same text as source gazette \(\d\d% of their five-word runs shared\): a reprint or a second copy\? A claim both support would look supported by two sources where there is one; if it adds nothing, remove sources\/coastal-weekly\.\* again\.$/m,
    );
  });

  it("add-source says nothing of a text on the same subject, by the same people, that is not a copy", async () => {
    const dir = copyFixture();
    addSource(dir, "gazette", GAZETTE, "2024-05-06");
    const input = join(tempDir(), "spring.txt");
    writeFileSync(input, OTHER);
    const run = await panelgraphIn(["add-source", input, "--data", dir, "--id", "spring", "--title", "Spring"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("warning");
  });
});

describe("the near-duplicate check's cache of shingled texts", () => {
  /** The files the cache keeps, by name (a text's SHA-256), under .cache/ of working folder `cwd`. */
  function cached(cwd: string): string[] {
    const root = join(cwd, ".cache", "near-duplicates");
    if (!existsSync(root)) return [];
    return readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".runs"))
      .map((name) => basename(name, ".runs"))
      .sort();
  }
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");

  it("validate keeps each text's shingles in the working folder's .cache/ and warns the same from them", async () => {
    const dir = copyFixture();
    addSource(dir, "gazette", GAZETTE, "2024-05-06");
    addSource(dir, "coastal-weekly", REPRINT, "2024-05-09");
    const cwd = tempDir();
    // No cache folder is made where the working folder has none.
    await panelgraphIn(["validate", dir], { cwd });
    expect(readdirSync(cwd)).toEqual([]);
    mkdirSync(join(cwd, ".cache"));
    const first = await panelgraphIn(["validate", dir], { cwd });
    expect(first.stdout).toContain("nearly the same text as source gazette");
    // Keyed by the text the check reads: panel-a's as repaired (its metadata names a damaged character).
    const texts = readCorpusFiles(dir)
      .sources.filter((s) => s.meta.id.startsWith("panel-"))
      .map((s) => s.text);
    expect(texts[0]).not.toBe(readFileSync(join(dir, "sources/panel-a.txt"), "utf8"));
    expect(cached(cwd)).toEqual([...texts, GAZETTE, REPRINT].map(sha).sort());
    const again = await panelgraphIn(["validate", dir], { cwd });
    expect(again).toEqual(first);

    // A text that changes is shingled afresh, and its old text's file goes.
    addSource(dir, "coastal-weekly", OTHER, "2024-05-09");
    const changed = await panelgraphIn(["validate", dir], { cwd });
    expect(changed.stdout).not.toContain("nearly the same text");
    expect(cached(cwd)).toEqual([...texts, GAZETTE, OTHER].map(sha).sort());
  });

  it("reads a text's runs from its file, and computes them when the file is damaged", () => {
    const cacheDir = tempDir();
    const corpus = tempDir();
    const computed = shingle("gazette", GAZETTE);
    expect(new ShingleCache(join(cacheDir, "none"), corpus).folder).toBeUndefined();
    expect(new ShingleCache(cacheDir, corpus).shingle("gazette", GAZETTE)).toEqual(computed);
    const [file] = readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".runs"));
    // Runs put in the file by hand are what the next run reads.
    writeFileSync(join(cacheDir, file!), new Uint8Array(Uint32Array.from([3, 5, 8]).buffer));
    expect([...new ShingleCache(cacheDir, corpus).shingle("gazette", GAZETTE).runs]).toEqual([3, 5, 8]);
    writeFileSync(join(cacheDir, file!), "damaged");
    expect(new ShingleCache(cacheDir, corpus).shingle("gazette", GAZETTE)).toEqual(computed);
  });

  it("is not kept inside the corpus folder, which panelgraph only reads", async () => {
    const dir = copyFixture();
    mkdirSync(join(dir, ".cache"));
    const run = await panelgraphIn(["validate", "."], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, ".cache"))).toEqual([]);
  });
});

describe("two spellings of one person", () => {
  /** The mini fixture with a second person, "Ada Parks" (or `label`), affiliated with `organisation` on a passage of panel-a. */
  function withAdaParks(organisation: string, quote: string, label = "Ada Parks"): string {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: ben-ode\n", `  - id: ada-parks\n    label: ${label}\n  - id: ben-ode\n`);
    edit(
      dir,
      "annotations/panel-a.yaml",
      "claims:\n",
      `claims:\n  - relation: affiliated-with\n    from: ada-parks\n    to: ${organisation}\n    evidence:\n      - { quote: "${quote}", kind: reported }\n`,
    );
    return dir;
  }

  it("is flagged when the names are a letter apart and they share an organisation", () => {
    const dir = withAdaParks("northtown-council", "Ada Park, Director of Health at Northtown Council");
    expect(validate(dir).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^registry\.yaml:\d+ {2}people\.1\.label {2}warning: possibly the same person as ada-park \("Ada Park"\): the names are a letter apart, and both have the organisation Northtown Council \(value seen: "Ada Parks"; if so, merge Ada Parks into Ada Park, the better attested \(Ada Park has 5 claims, Ada Parks 1\): `panelgraph merge-entity ada-parks ada-park`/,
      ),
    ]);
  });

  it("is not flagged for two people with names a letter changed apart who share nothing", () => {
    // "Ada Pork" is a letter from "Ada Park", but a changed letter, not a slip: another name.
    const dir = withAdaParks("example-forum", "Lee Moss, Chair of the Example Forum", "Ada Pork");
    expect(validate(dir).problems.map(formatProblem)).toEqual([]);
  });

  /**
   * The mini fixture with two invented people, each with a claim of its own and nothing shared: `known` in the registry
   * (affiliated with the Northtown Council in panel-a), `drafted` declared in panel-b's `entities:` (of the Policy Lab),
   * as a draft accepted in one file leaves a new person beside the registry's.
   */
  function withTwoPeople(known: string, drafted: string, knownAliases: string[] = []): string {
    const dir = copyFixture();
    const aliases = knownAliases.length > 0 ? `\n    aliases: [${knownAliases.join(", ")}]` : "";
    edit(
      dir,
      "registry.yaml",
      "  - id: ben-ode\n",
      `  - id: known-one\n    label: ${known}${aliases}\n  - id: ben-ode\n`,
    );
    edit(
      dir,
      "annotations/panel-a.yaml",
      "claims:\n",
      'claims:\n  - relation: affiliated-with\n    from: known-one\n    to: northtown-council\n    evidence:\n      - { quote: "Ada Park, Director of Health at Northtown Council", kind: reported }\n',
    );
    edit(
      dir,
      "annotations/panel-b.yaml",
      "source: panel-b\nclaims:\n",
      `source: panel-b\nentities:\n  people:\n    - { id: drafted-one, label: ${drafted} }\nclaims:\n` +
        '  - relation: affiliated-with\n    from: drafted-one\n    to: policy-lab\n    evidence:\n      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }\n',
    );
    return dir;
  }

  it("is flagged, with nothing shared, when the names are spelt alike as suggest flags a new person", () => {
    // As attested as each other, so both merges are given; the ids sort drafted-one first.
    const problems = validate(withTwoPeople("Bartholomew Quigg", "Bartolomew Quig")).problems;
    expect(problems.map(formatProblem)).toEqual([
      'registry.yaml:6  people.1.label  warning: possibly the same person as drafted-one ("Bartolomew Quig"): known-one ("Bartholomew Quigg", registry.yaml) is spelt like drafted-one (annotations/panel-b.yaml), each word the same or a letter dropped, added or two neighbours swapped, though they share no organisation or session (value seen: "Bartholomew Quigg"; if so, nothing here tells which spelling is right (both have 1 claim from 1 source, and no aliases): check the sources, then `panelgraph merge-entity known-one drafted-one --force` keeps Bartolomew Quig, `panelgraph merge-entity drafted-one known-one --force` keeps Bartholomew Quigg (the merged one\'s name becomes an alias, every claim follows; --dry-run shows what changes; --force as the given names differ, which merge-entity otherwise refuses); if they are two people, add `distinctFrom: [drafted-one]` to known-one\'s entry in registry.yaml, and validate stops asking)',
    ]);
  });

  describe("marked as two people in the registry (distinctFrom)", () => {
    /** withTwoPeople's corpus, with `lines` after known-one's label in registry.yaml. */
    function marked(lines: string): string {
      const dir = withTwoPeople("Bartholomew Quigg", "Bartolomew Quig");
      edit(dir, "registry.yaml", "    label: Bartholomew Quigg\n", `    label: Bartholomew Quigg\n${lines}`);
      return dir;
    }

    it("silences exactly that pair's warning, so --strict passes", async () => {
      expect(validate(marked("    distinctFrom: [drafted-one]\n")).problems.map(formatProblem)).toEqual([]);
      const dir = marked("    distinctFrom: [drafted-one]\n");
      expect((await panelgraphIn(["validate", ".", "--strict"], { cwd: dir })).code).toBe(0);
      // A third spelling is still asked about: the mark names one person.
      edit(
        dir,
        "annotations/panel-b.yaml",
        "    - { id: drafted-one, label: Bartolomew Quig }\n",
        "    - { id: drafted-one, label: Bartolomew Quig }\n    - { id: third-one, label: Bartholomew Quig }\n",
      );
      expect(validate(dir).problems.map((p) => p.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('possibly the same person as known-one ("Bartholomew Quigg")'),
        ]),
      );
    });

    it("silences the shared-organisation warning too", () => {
      const dir = withAdaParks("northtown-council", "Ada Park, Director of Health at Northtown Council");
      expect(validate(dir).problems).toHaveLength(1);
      edit(dir, "registry.yaml", "    label: Ada Parks\n", "    label: Ada Parks\n    distinctFrom: [ada-park]\n");
      expect(validate(dir).problems.map(formatProblem)).toEqual([]);
    });

    it.each([
      [
        "an unknown id",
        "drafted-on",
        'registry.yaml:7  people.1.distinctFrom.0  unknown person in distinctFrom (value seen: "drafted-on"; did you mean drafted-one?)',
      ],
      [
        "an organisation's id",
        "policy-lab",
        'registry.yaml:7  people.1.distinctFrom.0  distinctFrom names people, but policy-lab is an organisation (value seen: "policy-lab"; give the id of a person of the corpus, or remove it)',
      ],
      [
        "the person's own id",
        "known-one",
        'registry.yaml:7  people.1.distinctFrom.0  a person cannot be distinct from themself (value seen: "known-one"; remove it from distinctFrom)',
      ],
    ])("is an error for %s, and the warning stays", (_, id, error) => {
      const problems = validate(marked(`    distinctFrom: [${id}]\n`)).problems.map(formatProblem);
      expect(problems).toEqual([expect.stringContaining("possibly the same person as"), error]);
    });
  });

  it("is flagged for a swap of neighbours in the surname, and needs no --force when the given names agree", () => {
    const [problem] = validate(withTwoPeople("Morwenna Tallis", "Morwenna Tlalis")).problems;
    expect(problem?.message).toContain("possibly the same person as");
    expect(problem?.hint).toContain("`panelgraph merge-entity known-one drafted-one`");
  });

  it.each([
    ["a letter changed in a short surname", "Oswin Lamb", "Oswin Lamp"],
    ["a letter changed in another", "Oswin Reid", "Oswin Reed"],
    ["different numbers of words", "Bartholomew Quigg", "Bartholomew J Quigg"],
    ["a slip in a word shorter than five letters", "Oswin Quig", "Oswin Qig"],
    ["different first letters", "Bartholomew Quigg", "Bartholomew Cuigg"],
  ])("is not flagged for %s", (_, known, drafted) => {
    expect(validate(withTwoPeople(known, drafted)).problems.map(formatProblem)).toEqual([]);
  });

  it("is not flagged once the slip is merged: its spelling is an alias of the one person", () => {
    const dir = copyFixture();
    edit(
      dir,
      "registry.yaml",
      "  - id: ben-ode\n",
      "  - id: known-one\n    label: Bartholomew Quigg\n    aliases: [Bartolomew Quig]\n  - id: ben-ode\n",
    );
    edit(
      dir,
      "annotations/panel-a.yaml",
      "claims:\n",
      'claims:\n  - relation: affiliated-with\n    from: known-one\n    to: northtown-council\n    evidence:\n      - { quote: "Ada Park, Director of Health at Northtown Council", kind: reported }\n',
    );
    expect(validate(dir).problems.map(formatProblem)).toEqual([]);
  });

  it("suggests merging the less attested spelling into the other, even when the slip's id sorts first", () => {
    // "Ada Par" (one claim) sorts before "Ada Park" (five): the merge must keep the spelling the sources use.
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: ben-ode\n", "  - id: ada-par\n    label: Ada Par\n  - id: ben-ode\n");
    edit(
      dir,
      "annotations/panel-a.yaml",
      "claims:\n",
      'claims:\n  - relation: affiliated-with\n    from: ada-par\n    to: northtown-council\n    evidence:\n      - { quote: "Ada Park, Director of Health at Northtown Council", kind: reported }\n',
    );
    const problems = validate(dir).problems;
    expect(problems.map(formatProblem)).toEqual([
      'registry.yaml:6  people.1.label  warning: possibly the same person as ada-park ("Ada Park"): the names are a letter apart, and both have the organisation Northtown Council (value seen: "Ada Par"; if so, merge Ada Par into Ada Park, the better attested (Ada Park has 5 claims, Ada Par 1): `panelgraph merge-entity ada-par ada-park` (its name becomes an alias, every claim follows; --dry-run shows what changes); if they are two people, add `distinctFrom: [ada-par]` to ada-park\'s entry in registry.yaml, and validate stops asking)',
    ]);
  });

  it("weighs sources, then aliases, when the claims are as many; gives both directions when nothing tells", () => {
    // Two invented people of one organisation, a claim each from panel-a: a tie until one has an alias.
    const dir = copyFixture();
    edit(
      dir,
      "registry.yaml",
      "  - id: ben-ode\n",
      "  - id: cleo-brand\n    label: Cleo Brand\n  - id: cleo-bran\n    label: Cleo Bran\n  - id: ben-ode\n",
    );
    const claim = (id: string) =>
      `  - relation: affiliated-with\n    from: ${id}\n    to: policy-lab\n    evidence:\n      - { quote: "Ben Ode, Fellow at the Policy Lab", kind: reported }\n`;
    edit(dir, "annotations/panel-a.yaml", "claims:\n", `claims:\n${claim("cleo-brand")}${claim("cleo-bran")}`);
    const hints = () => validate(dir).problems.map((p) => [p.field, p.hint]);
    expect(hints()).toEqual([
      [
        "people.1.label",
        "if so, nothing here tells which spelling is right (both have 1 claim from 1 source, and no aliases): check the sources, then `panelgraph merge-entity cleo-brand cleo-bran` keeps Cleo Bran, `panelgraph merge-entity cleo-bran cleo-brand` keeps Cleo Brand (the merged one's name becomes an alias, every claim follows; --dry-run shows what changes); if they are two people, add `distinctFrom: [cleo-brand]` to cleo-bran's entry in registry.yaml, and validate stops asking",
      ],
    ]);
    edit(dir, "registry.yaml", "    label: Cleo Brand\n", "    label: Cleo Brand\n    aliases: [C. Brand]\n");
    expect(hints()).toEqual([
      [
        "people.2.label",
        "if so, merge Cleo Bran into Cleo Brand, the better attested (Cleo Brand has 1 alias, Cleo Bran none): `panelgraph merge-entity cleo-bran cleo-brand` (its name becomes an alias, every claim follows; --dry-run shows what changes); if they are two people, add `distinctFrom: [cleo-bran]` to cleo-brand's entry in registry.yaml, and validate stops asking",
      ],
    ]);
  });
});

describe("a source whose metadata fails its schema, beside its saved original", () => {
  /** The mini fixture with panel-a's page kept as its original (named in its metadata or not), and `change` made. */
  function withOriginal(named: boolean, find: string, replace: string): string {
    const dir = copyFixture();
    const original = keepOriginal(dir, "panel-a", "<html><body><p>An invented page.</p></body></html>");
    edit(dir, "sources/panel-a.yaml", find, `${replace}${named ? `\n${original}` : ""}`);
    return dir;
  }
  /** panel-a's date written as a reader would: a field that only describes the source. */
  const badDate = (named: boolean) => withOriginal(named, 'date: "2024-05-05"', 'date: "05/05/2024"');

  it("costs a bad date that field alone: the source, its original and its claims are read as any source's", async () => {
    const dir = badDate(true);
    const corpus = validate(dir);
    expect(corpus.problems.map((p) => `${p.file} ${p.severity} ${p.message}`)).toEqual([
      "sources/panel-a.yaml error must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
    expect(corpus.sources.find((s) => s.meta.id === "panel-a")?.meta.date).toBeUndefined();
    expect(corpus.unread).toEqual({ claims: 0, files: [], waiting: 0 });
    const run = await panelgraphIn(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${dir}: 2 sources, 12 entities, 14 claims with 15 evidence passages; 1 error, 0 warnings`,
    );
    const build = await panelgraphIn(["build", dir, "--out", join(tempDir(), "build")]);
    expect(build.code).not.toBe(0);
  });

  it("calls an original no metadata names unnamed beside a bad date, as it is", () => {
    const problems = validate(badDate(false)).problems.filter((p) => p.file === "sources/panel-a.original.html");
    expect(problems.map((p) => p.message)).toEqual(["an original file that no source's metadata names"]);
  });

  it("does not build a source whose metadata fails in a field the reading rests on, counting its claims as not read", () => {
    const dir = withOriginal(true, "kind: transcript-report", "kind: transcript-reprot");
    const corpus = validate(dir);
    expect(corpus.problems.filter((p) => p.severity === "error").map((p) => p.field)).toContain("kind");
    expect(corpus.unread).toEqual({ claims: 10, files: ["annotations/panel-a.yaml"], waiting: 0 });
  });

  it("holds an original back, rather than call it unnamed, while its metadata cannot be read", () => {
    const dir = withOriginal(false, "kind: transcript-report", "kind: transcript-reprot");
    const problems = validate(dir).problems.filter((p) => p.file === "sources/panel-a.original.html");
    expect(problems.map(formatProblem)).toEqual([
      "sources/panel-a.original.html  -  warning: an original file whose source's metadata (sources/panel-a.yaml) could not be read: not checked until it can (it follows from the error in sources/panel-a.yaml, not a separate problem: fix that, and run validate again)",
    ]);
  });
});
