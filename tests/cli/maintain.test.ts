// `panelgraph remove-source`, `merge-entity` and `rename-entity` on small corpora made from the mini fixture: what
// each changes, that the corpus still validates after it, that --dry-run and a refused change write nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { writeFilesTogether } from "../../src/io/atomic.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, tempDir } from "../helpers/corpus.js";

const problemsOf = (dir: string) => validateCorpus(readCorpusFiles(dir)).problems;

/** Every file of a corpus with its text, to show that a command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ["", "sources", "annotations"])
    for (const name of readdirSync(join(dir, folder), { withFileTypes: true }))
      if (name.isFile()) files[join(folder, name.name)] = readFileSync(join(dir, folder, name.name), "utf8");
  return files;
}

type Entry = { id: string; label: string; aliases?: string[] };
const registry = (dir: string) => parse(readFileSync(join(dir, "registry.yaml"), "utf8")) as Record<string, Entry[]>;

/**
 * The mini corpus as a corpus kept for months leaves it: panel-a's file declares the people it introduced (Ada Park,
 * with the alias a merge left, is named by panel-b too; Ben Ode only by panel-a), and panel-b quotes panel-a twice.
 */
function corpusWithEntitiesInASource(): string {
  const dir = copyFixture();
  edit(
    dir,
    "registry.yaml",
    "  - id: ada-park\n    label: Ada Park\n    aliases: [Park]\n  - id: ben-ode\n    label: Ben Ode\n",
    "",
  );
  edit(
    dir,
    "annotations/panel-a.yaml",
    "source: panel-a\n",
    "source: panel-a\nentities:\n  people:\n    - id: ada-park\n      label: Ada Park\n      aliases: [Park, Ada Parké]\n" +
      "    - id: ben-ode\n      label: Ben Ode\n",
  );
  edit(
    dir,
    "annotations/panel-b.yaml",
    '      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }\n',
    '      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }\n' +
      '      - { source: panel-a, quote: "Ada Park, Director of Health at Northtown Council", kind: reported }\n',
  );
  writeFileSync(
    join(dir, "annotations/panel-b.yaml"),
    readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8") +
      "  - relation: chaired\n    from: lee-moss\n    to: forum-meeting-1\n    evidence:\n" +
      '      - { source: panel-a, quote: "The session was chaired by Lee Moss", kind: reported }\n',
  );
  expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
  return dir;
}

describe("panelgraph remove-source", () => {
  it("removes the source's files and moves the entities other files name to registry.yaml, with their aliases", async () => {
    const dir = corpusWithEntitiesInASource();
    const run = await panelgraph("remove-source", "panel-a", "--data", dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Removing source panel-a:",
      "  sources/panel-a.txt goes",
      "  sources/panel-a.yaml goes",
      "  annotations/panel-a.yaml goes (10 claims)",
      "  annotations/panel-b.yaml: claim 0 (affiliated-with ada-park → northtown-council) loses 1 passage quoting panel-a",
      "  annotations/panel-b.yaml: claim 4 (chaired lee-moss → forum-meeting-1) goes: only panel-a supported it",
      "  ada-park (person) moves to registry.yaml, with its names and fields: annotations/panel-b.yaml names it",
      "  ben-ode (person, annotations/panel-a.yaml) goes with it: no other file names it",
      `Done: 2 files changed, 3 files deleted. \`panelgraph validate ${dir}\` checks the corpus.`,
      "",
    ]);
    expect(readdirSync(join(dir, "sources")).sort()).toEqual(["panel-b.txt", "panel-b.yaml"]);
    expect(existsSync(join(dir, "annotations/panel-a.yaml"))).toBe(false);
    expect(registry(dir).people).toContainEqual({ id: "ada-park", label: "Ada Park", aliases: ["Park", "Ada Parké"] });
    expect(registry(dir).people!.map((p) => p.id)).not.toContain("ben-ode");
    const panelB = readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8");
    expect(panelB).not.toContain("panel-a");
    // The registry ends with the legacy warnings of entries only panel-a named; no error.
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("moves a drafted theme accepted by hand to registry.yaml without suggest's note on why it was drafted", async () => {
    // Devolved budgets as suggest drafts a new theme, accepted by changing its status only; panel-b names it too.
    const dir = copyFixture();
    edit(dir, "registry.yaml", "  - id: devolved-budgets\n    label: Devolved budgets\n    parent: devolution\n", "");
    edit(
      dir,
      "annotations/panel-a.yaml",
      "source: panel-a\n",
      "source: panel-a\nentities:\n  themes:\n    - id: devolved-budgets\n      label: Devolved budgets\n" +
        "      parent: devolution\n" +
        '      description: "New candidate theme: a noun phrase this source uses 2 times."\n      status: accepted\n',
    );
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
    const run = await panelgraph("remove-source", "panel-a", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  devolved-budgets (theme) moves to registry.yaml");
    expect(registry(dir).themes).toContainEqual({
      id: "devolved-budgets",
      label: "Devolved budgets",
      parent: "devolution",
    });
    expect(readFileSync(join(dir, "registry.yaml"), "utf8")).not.toContain("New candidate theme");
  });

  it("with --dry-run prints the same and writes nothing", async () => {
    const dir = corpusWithEntitiesInASource();
    const before = snapshot(dir);
    const run = await panelgraph("remove-source", "panel-a", "--data", dir, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  ada-park (person) moves to registry.yaml");
    expect(run.stdout).toContain("--dry-run: 2 files changed, 3 files deleted if run without it; nothing was written.");
    expect(snapshot(dir)).toEqual(before);
  });

  it("with --dry-run says which names go with the removed file's copy of an entity another file declares too", async () => {
    const dir = corpusWithEntitiesInASource();
    // panel-b's own copy of Ada Park, without the aliases panel-a's copy gives her.
    edit(
      dir,
      "annotations/panel-b.yaml",
      "source: panel-b\n",
      "source: panel-b\nentities:\n  people:\n    - { id: ada-park, label: Ada Park, aliases: [Park] }\n",
    );
    const before = snapshot(dir);
    const run = await panelgraph("remove-source", "panel-a", "--data", dir, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  ada-park (person) stays declared in annotations/panel-b.yaml, its own copy; the name only the removed copy gave it is lost: "Ada Parké" (add it to the aliases there to keep it)\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("moves a moved theme's parent to registry.yaml too, though another file keeps its copy (w49 #5)", async () => {
    const dir = corpusWithEntitiesInASource();
    // panel-a's file declares a theme and its parent; panel-b's names the theme and keeps a copy of the parent.
    const parent = "    - id: community-budgets\n      label: Community budgets\n";
    edit(
      dir,
      "annotations/panel-a.yaml",
      "entities:\n",
      `entities:\n  themes:\n${parent}    - id: pooled-funding\n      label: Pooled funding\n      parent: community-budgets\n`,
    );
    edit(dir, "annotations/panel-b.yaml", "source: panel-b\n", `source: panel-b\nentities:\n  themes:\n${parent}`);
    writeFileSync(
      join(dir, "annotations/panel-b.yaml"),
      readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8") +
        "  - relation: spoke-on\n    from: ada-park\n    to: pooled-funding\n    evidence:\n" +
        '      - { quote: "councils should hold pooled budgets", kind: reported }\n' +
        "  - relation: spoke-on\n    from: ada-park\n    to: community-budgets\n    evidence:\n" +
        '      - { quote: "councils should hold pooled budgets", kind: reported }\n',
    );
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
    const run = await panelgraph("remove-source", "panel-a", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "  community-budgets (theme) moves to registry.yaml, with its names and fields: annotations/panel-b.yaml names it (annotations/panel-b.yaml keeps its copy)\n",
    );
    expect(registry(dir).themes).toContainEqual({
      id: "pooled-funding",
      label: "Pooled funding",
      parent: "community-budgets",
    });
    expect(registry(dir).themes!.map((t) => t.id)).toContain("community-budgets");
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("removes the annotation file a source left behind when its text was deleted by hand", async () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, "annotations", "reprint.yaml"),
      "source: reprint\nentities:\n  people:\n    - { id: oda-venn, label: Oda Venn }\nclaims: []\n",
    );
    const run = await panelgraph("remove-source", "reprint", "--data", dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("  annotations/reprint.yaml goes (0 claims)\n");
    expect(run.stdout).toContain(
      "  oda-venn (person, annotations/reprint.yaml) goes with it: no other file names it\n",
    );
    expect(existsSync(join(dir, "annotations", "reprint.yaml"))).toBe(false);
    expect(problemsOf(dir)).toEqual([]);
  });

  it("an unknown source: did you mean, exit 1, nothing written", async () => {
    const dir = corpusWithEntitiesInASource();
    const before = snapshot(dir);
    const run = await panelgraph("remove-source", "panel-c", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'panelgraph: no source "panel-c" in the corpus; did you mean panel-a, panel-b?\nNothing was written.\n',
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("panelgraph merge-entity", () => {
  /** Ada Park drafted a second time, as ada-parke in panel-b's file, with a claim that repeats one of ada-park's. */
  function corpusWithATwin(): string {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "source: panel-b\n",
      "source: panel-b\nentities:\n  people:\n    - id: ada-parke\n      label: Ada Parké\n      aliases: [Dr Parké]\n",
    );
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    from: ada-park\n    to: northtown-council",
      "    from: ada-parke\n    to: northtown-council",
    );
    writeFileSync(
      join(dir, "annotations/panel-b.yaml"),
      readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8") +
        "  - relation: spoke-on\n    from: ada-parke\n    to: devolved-budgets\n    evidence:\n" +
        '      - { quote: "\\"Budgets must follow need,\\" she said.", kind: direct-quote }\n' +
        '      - { quote: "spoke about budgets", kind: reported }\n',
    );
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
    return dir;
  }

  it("keeps the second id, takes the first's names as aliases, and folds the claims that then repeat", async () => {
    const dir = corpusWithATwin();
    const run = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toEqual([
      "Merging ada-parke (annotations/panel-b.yaml) into ada-park (registry.yaml):",
      '  ada-park takes the aliases "Ada Parké", "Dr Parké"',
      "  ada-park keeps ada-parke in formerIds: a viewer link to ?node=ada-parke opens it",
      "  ada-parke's entry in annotations/panel-b.yaml goes",
      "  every claim, attribute, theme parent and distinctFrom naming ada-parke now names ada-park (in annotations/panel-b.yaml)",
      "  annotations/panel-b.yaml: claim 4 (spoke-on ada-park → devolved-budgets) repeats claim 1: folded into it, their evidence united",
      `Done: 2 files changed, 0 files deleted. \`panelgraph validate ${dir}\` checks the corpus.`,
      "",
    ]);
    expect(registry(dir).people![0]).toEqual({
      id: "ada-park",
      label: "Ada Park",
      aliases: ["Park", "Ada Parké", "Dr Parké"],
      formerIds: ["ada-parke"],
    });
    const panelB = parse(readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8")) as {
      entities: { people: unknown[] };
      claims: { from: string; evidence: { quote: string }[] }[];
    };
    expect(panelB.entities.people).toEqual([]);
    expect(panelB.claims).toHaveLength(4);
    // United in the order of the text.
    expect(panelB.claims[1]!.evidence.map((e) => e.quote)).toEqual([
      "spoke about budgets",
      '"Budgets must follow need," she said.',
    ]);
    expect(JSON.stringify(panelB)).not.toContain("ada-parke");
    // No error and no repeated claim left.
    expect(problemsOf(dir).filter((p) => p.severity === "error" || p.message.startsWith("repeats"))).toEqual([]);
  });

  it("folds as the review's same-as does: suggested when one copy was, notes joined", async () => {
    const dir = corpusWithATwin();
    // The drafted twin's claim is still suggested and has a note; the registry person's copy is accepted.
    edit(
      dir,
      "annotations/panel-b.yaml",
      "  - relation: spoke-on\n    from: ada-parke\n",
      "  - relation: spoke-on\n    status: suggested\n    from: ada-parke\n    note: drafted\n",
    );
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    to: devolved-budgets\n    evidence:",
      "    to: devolved-budgets\n    note: reviewed\n    evidence:",
    );
    const run = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(
      "  annotations/panel-b.yaml: claim 4 (spoke-on ada-park → devolved-budgets) repeats claim 1: folded into it, " +
        "their evidence united; suggested, as one of the two was: it is out of the graph until accepted\n",
    );
    const claims = (parse(readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8")) as { claims: unknown[] }).claims;
    expect(claims[1]).toEqual({
      relation: "spoke-on",
      status: "suggested",
      from: "ada-park",
      to: "devolved-budgets",
      note: "reviewed; drafted",
      evidence: [
        { quote: "spoke about budgets", kind: "reported" },
        { quote: '"Budgets must follow need," she said.', kind: "direct-quote" },
      ],
    });
  });

  it("keeps a suggested claim suggested when the copy folded into it was accepted", async () => {
    const dir = corpusWithATwin();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "  - relation: spoke-on\n    from: ada-park\n",
      "  - relation: spoke-on\n    status: suggested\n    from: ada-park\n",
    );
    const run = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(
      "repeats claim 1: folded into it, their evidence united; suggested, as one of the two was",
    );
    const claims = (parse(readFileSync(join(dir, "annotations/panel-b.yaml"), "utf8")) as { claims: unknown[] }).claims;
    expect(claims[1]).toMatchObject({ relation: "spoke-on", status: "suggested", from: "ada-park" });
  });

  it("refuses two people whose given names differ unless --force; an initial or a title is no difference", async () => {
    const dir = corpusWithATwin();
    edit(dir, "annotations/panel-b.yaml", "label: Ada Parké", "label: Cai Park");
    const before = snapshot(dir);
    const refused = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'panelgraph: ada-parke "Cai Park" and ada-park "Ada Park" have different given names (cai, ada): two people ' +
        "sharing a surname, perhaps, and a merge has no undo; check their claims (`panelgraph query said <id>`), and if " +
        "they are one person run it again with --force (--dry-run shows the change)\nNothing was written.\n",
    ]);
    expect(snapshot(dir)).toEqual(before);
    expect((await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir, "--force")).code).toBe(0);
    const initial = corpusWithATwin();
    edit(initial, "annotations/panel-b.yaml", "label: Ada Parké", "label: Dr A. Park");
    expect((await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", initial)).code).toBe(0);
  });

  it("says when the surnames differ too, each name a letter apart, and --force still merges (w50)", async () => {
    const dir = corpusWithATwin();
    edit(dir, "annotations/panel-b.yaml", "label: Ada Parké", "label: Adda Parke");
    const refused = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir, "--dry-run");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'ada-parke "Adda Parke" and ada-park "Ada Park" have different given names (adda, ada) a letter apart and ' +
        "surnames (parke, park) a letter apart: one name spelt two ways, perhaps, or two people, and a merge has no undo",
    );
    expect(refused.stderr).not.toContain("sharing a surname");
    const forced = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir, "--dry-run", "--force");
    expect([forced.code, forced.stderr]).toEqual([0, ""]);
    const apart = corpusWithATwin();
    edit(apart, "annotations/panel-b.yaml", "label: Ada Parké", "label: Cai Morgan");
    const other = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", apart);
    expect(other.stderr).toContain(
      "have different given names (cai, ada) and surnames (morgan, park): two people, perhaps,",
    );
  });

  it("reads a surname's particle as no given name (Ms Ní Bhriain, Mr Ó Briain) and refuses only two given names", async () => {
    const irish = corpusWithATwin();
    edit(irish, "annotations/panel-b.yaml", "label: Ada Parké", "label: Ms Ní Bhrie");
    edit(irish, "registry.yaml", "label: Ada Park", "label: Zoë Ní Bhrie");
    const merged = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", irish, "--dry-run");
    expect([merged.code, merged.stderr]).toEqual([0, ""]);
    for (const [from, into] of [
      ["Ó Bréan", "Seán Ó Bréan"],
      ["Mac an Bhaird", "Dr Cian Mac an Bhaird"],
      ["ap Rhys", "Ifan ap Rhys"],
    ]) {
      const dir = corpusWithATwin();
      edit(dir, "annotations/panel-b.yaml", "label: Ada Parké", `label: ${from}`);
      edit(dir, "registry.yaml", "label: Ada Park", `label: ${into}`);
      expect((await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir, "--dry-run")).code).toBe(0);
    }
    const two = corpusWithATwin();
    edit(two, "annotations/panel-b.yaml", "label: Ada Parké", "label: Cara Ní Bhrie");
    edit(two, "registry.yaml", "label: Ada Park", "label: Zoë Ní Bhrie");
    const refused = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", two);
    expect(refused.stderr).toContain("have different given names (cara, zoë)");
    // "Di" opens a label as a given name, though "di" is a particle in "Marco di Parko".
    const di = corpusWithATwin();
    edit(di, "annotations/panel-b.yaml", "label: Ada Parké", "label: Di Park");
    const diRefused = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", di);
    expect(diRefused.stderr).toContain("have different given names (di, ada)");
  });

  it("reads the titles and surname particles suggest reads names with as no given name, and The", async () => {
    // One list with suggest's (src/model/name-words.ts): "Coun", "Right Honourable" and "da" were given names here
    // before; "Baron" and "ferch" were merge-entity's alone (suggest's now), "The" still is.
    for (const [from, into] of [
      ["Coun Park", "Ada Park"],
      ["Right Honourable Ada Park", "Ada Park"],
      ["Dr da Parko", "Rui da Parko"],
      ["The Baron Park", "Ada Park"],
      ["ferch Huw", "Nia ferch Huw"],
    ]) {
      const dir = corpusWithATwin();
      edit(dir, "annotations/panel-b.yaml", "label: Ada Parké", `label: ${from}`);
      if (into !== "Ada Park") edit(dir, "registry.yaml", "label: Ada Park", `label: ${into}`);
      const run = await panelgraph("merge-entity", "ada-parke", "ada-park", "--data", dir, "--dry-run");
      expect([run.code, run.stderr], from).toEqual([0, ""]);
    }
  });

  it("refuses an unknown id (did you mean), two kinds of entity and a source, writing nothing", async () => {
    const dir = corpusWithATwin();
    const before = snapshot(dir);
    const unknown = await panelgraph("merge-entity", "ada-parks", "ada-park", "--data", dir);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      'panelgraph: no entity "ada-parks" in the corpus; did you mean ada-park, ada-parke?\nNothing was written.\n',
    ]);
    const kinds = await panelgraph("merge-entity", "ada-parke", "policy-lab", "--data", dir);
    expect([kinds.code, kinds.stderr]).toEqual([
      1,
      "panelgraph: ada-parke is a person (annotations/panel-b.yaml) and policy-lab is an organisation (registry.yaml): " +
        "only entities of one kind are merged\nNothing was written.\n",
    ]);
    const source = await panelgraph("merge-entity", "panel-a", "panel-b", "--data", dir);
    expect(source.code).toBe(1);
    expect(source.stderr).toContain("panel-a is a source, not a declared entity");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("panelgraph rename-entity", () => {
  it("changes the id in its entry and every claim; its names stay", async () => {
    const dir = copyFixture();
    const panelA = readFileSync(join(dir, "annotations/panel-a.yaml"), "utf8");
    const run = await panelgraph("rename-entity", "policy-lab", "the-policy-lab", "--data", dir);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toEqual([
      "Renaming policy-lab to the-policy-lab (registry.yaml):",
      "  every claim, attribute, theme parent and distinctFrom naming policy-lab now names the-policy-lab (in annotations/panel-a.yaml)",
      "  the-policy-lab keeps policy-lab in formerIds: a viewer link to ?node=policy-lab still opens it",
      `Done: 2 files changed, 0 files deleted. \`panelgraph validate ${dir}\` checks the corpus.`,
      "",
    ]);
    expect(registry(dir).organisations).toContainEqual({
      id: "the-policy-lab",
      label: "Policy Lab",
      formerIds: ["policy-lab"],
      kind: "think-tank",
    });
    // Only the id changes: the file keeps its layout, byte for byte, everywhere else.
    expect(readFileSync(join(dir, "annotations/panel-a.yaml"), "utf8")).toBe(
      panelA.replace("to: policy-lab\n", "to: the-policy-lab\n"),
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it("refuses a new id that is taken (and says merge-entity makes two one) or malformed", async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    const taken = await panelgraph("rename-entity", "ben-ode", "ada-park", "--data", dir);
    expect([taken.code, taken.stderr]).toEqual([
      1,
      "panelgraph: ada-park is already the id of a person (registry.yaml); to make the two one, run " +
        "`panelgraph merge-entity ben-ode ada-park`\nNothing was written.\n",
    ]);
    const malformed = await panelgraph("rename-entity", "ben-ode", "Ben Ode", "--data", dir);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('the new id "Ben Ode" must be lowercase letters and digits joined by hyphens');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("checking a change before it is written", () => {
  it("writes nothing when the corpus it would leave has an error it does not have now", async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    // devolved-budgets' parent is devolution: merged into it, it would be its own parent.
    const run = await panelgraph("merge-entity", "devolution", "devolved-budgets", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^registry\.yaml:\d+ {2}themes\.\d+\.parent {2}theme hierarchy has a cycle: devolved-budgets → devolved-budgets/m,
    );
    expect(run.stderr).toContain("panelgraph: the change would leave 1 error the corpus does not have now");
    expect(snapshot(dir)).toEqual(before);
  });

  it("checks the corpus in memory, not on a copy: it works where no temporary folder can be made", async () => {
    const dir = copyFixture();
    const noFolder = join(tempDir(), "a-file");
    writeFileSync(noFolder, "");
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = noFolder;
    try {
      const run = await panelgraph("remove-source", "panel-b", "--data", dir);
      expect([run.code, run.stderr]).toEqual([0, ""]);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(readdirSync(join(dir, "sources")).sort()).toEqual(["panel-a.txt", "panel-a.yaml"]);
    expect(problemsOf(dir).filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("writing several files together", () => {
  it("writes none when one cannot be written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "before\n");
    mkdirSync(join(dir, "b.yaml"));
    await expect(
      writeFilesTogether([
        { path: join(dir, "a.yaml"), content: "after\n" },
        { path: join(dir, "b.yaml"), content: "after\n" },
      ]),
    ).rejects.toThrow(/b\.yaml/);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("before\n");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
  });
});
