// The affiliation model: its candidates and features on small texts written for this test (names and organisations
// invented), its decisions, and its training script run twice on a tiny annotated folder made here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crossValidate, cvGroup, main, trainAffiliations } from "../../scripts/train-affiliations.js";
import { type AffiliationCandidate, affiliationModel, affiliationsOf } from "../../src/suggest/affiliations.js";
import type { LoadedSource } from "../../src/model/corpus.js";
import { KnownEntities, type KnownEntity } from "../../src/suggest/known.js";
import { type Model, modelJson, train } from "../../src/suggest/learn.js";
import { renderDraft } from "../../src/suggest/render.js";
import { suggestAnnotations } from "../../src/suggest/suggest.js";
import { ROOT, tempDir } from "../helpers/corpus.js";
import { affiliationsIn, draftOf } from "../helpers/draft.js";
import { runScript } from "../helpers/script.js";

/** The affiliation candidates `suggest` weighs for `text`. */
function candidatesOf(text: string, publisher?: string, registry: KnownEntity[] = []): AffiliationCandidate[] {
  let found: AffiliationCandidate[] = [];
  const meta = { id: "t", title: "Test source", ...(publisher ? { publisher } : {}) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  suggestAnnotations(source, new KnownEntities(registry), new Set(), { onAffiliationCandidates: (c) => (found = c) });
  return found;
}

const affiliations = (text: string) => affiliationsIn(draftOf(text)).map(([p, , o]) => [p, o]);

describe("affiliation candidates", () => {
  it("pair each person with each organisation near them in a sentence, and mark the pairs a rule states", () => {
    const candidates = candidatesOf(
      "Ann Frith, director of policy at the Fenby Housing Trust, spoke after Tom Reyes of the Marlow Institute.",
    );
    const keys = candidates.map((c) => c.key).sort();
    expect(keys).toEqual(
      expect.arrayContaining([
        "ann-frith fenby-housing-trust",
        "tom-reyes fenby-housing-trust",
        "tom-reyes marlow-institute",
      ]),
    );
    const stated = candidates.filter((c) => c.statements.length > 0).map((c) => c.key);
    expect(stated).toEqual(expect.arrayContaining(["ann-frith fenby-housing-trust", "tom-reyes marlow-institute"]));
    expect(stated).not.toContain("tom-reyes fenby-housing-trust");
  });

  it("leave out an organisation a rule gives to another person named between them", () => {
    // "A, B and C, chief executive of Org": the organisation is C's, not A's.
    const keys = candidatesOf(
      "The panel heard Ann Frith, Tom Reyes and Sam Yeo, chief executive of the Fenby Trust.",
    ).map((c) => c.key);
    expect(keys).toContain("sam-yeo fenby-trust");
    expect(keys).not.toContain("ann-frith fenby-trust");
  });

  it("describe a pair by the structure between the names, never by the words of the text", () => {
    const text =
      "Ann Frith, director of policy at the Fenby Housing Trust, said rents were high. Tom Reyes joined the Marlow Institute.";
    const words = new Set(text.toLowerCase().match(/\p{L}{4,}/gu));
    // Words of the post vocabulary and the grammar of the features themselves may appear; names may not.
    for (const name of ["frith", "fenby", "housing", "trust", "reyes", "marlow", "institute", "rents", "high"])
      expect(words.has(name)).toBe(true);
    for (const c of candidatesOf(text))
      for (const feature of Object.keys(c.features))
        for (const name of ["frith", "fenby", "housing", "trust", "reyes", "marlow", "institute", "rents", "high"])
          expect(feature.toLowerCase()).not.toContain(name);
  });

  it("mark a name in a list of names beside the body the list is from, and a second body listed after the first", () => {
    const features = (text: string, key: string) =>
      Object.keys(candidatesOf(text).find((c) => c.key === key)?.features ?? {});
    const listed = "Scientists from the Fenby Institute, including Ann Frith, Tom Reyes and Sam Yeo, showed the work.";
    expect(features(listed, "sam-yeo fenby-institute")).toContain("between:of:names-only");
    expect(
      features("Ann Frith, Tom Reyes and Sam Yeo from the Fenby Institute spoke.", "ann-frith fenby-institute"),
    ).toContain("between:pf:names-only");
    // Other words between: no list.
    expect(
      features("The Fenby Institute said Ann Frith had told Tom Reyes and Sam Yeo nothing.", "sam-yeo fenby-institute"),
    ).not.toContain("between:of:names-only");
    const two = "Ann Frith is from the Marlow University and the Fenby Institute.";
    expect(features(two, "ann-frith fenby-institute")).toContain("org:listed-after-org");
    expect(features(two, "ann-frith marlow-university")).not.toContain("org:listed-after-org");
  });

  it("pair a person with a one-word organisation named again after a post showed it is a body's", () => {
    const keys = candidatesOf(
      "Fenby CEO Ann Frith opened the day. Scientists from Fenby, including Tom Reyes and Sam Yeo, showed the work.",
    ).map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(["ann-frith fenby", "tom-reyes fenby", "sam-yeo fenby"]));
    // Not the same word opening a sentence, where it may be any word.
    expect(
      candidatesOf("Marlow CEO Ann Frith opened the day. Marlow, said Tom Reyes, was quiet.").map((c) => c.key),
    ).not.toContain("tom-reyes marlow");
  });

  it("pair a witness saying where they work, 'I am at Org', 'I work for Org', with that organisation", () => {
    for (const said of [
      "I am at the Fenby Institute.",
      "I work for the Fenby Institute.",
      "I'm based at the Fenby Institute.",
    ]) {
      const candidates = candidatesOf(
        `Examination of witnesses\n\nQ1 The Chair: Welcome.\n\nDr Ann Frith: Good morning. ${said}`,
      );
      const c = candidates.find((x) => x.key === "ann-frith fenby-institute");
      expect(c?.features["pronoun:self"], said).toBe(1);
    }
  });

  it("leave out a pair whose post the words before it mark as ended, unless a rule states it", () => {
    const keys = (text: string) => candidatesOf(text).map((c) => c.key);
    expect(keys("Ann Frith, a former director of the Fenby Trust, said rents were high.")).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys("Ann Frith, who used to run the Fenby Trust, said rents were high.")).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys("Ann Frith, who ran the Fenby Trust until 2019, said rents were high.")).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys("Ann Frith, who runs the Fenby Trust, said rents were high.")).toContain("ann-frith fenby-trust");
  });

  it("leave out a person and an organisation joined by 'and', and an organisation that is the event's place", () => {
    const keys = (text: string) => candidatesOf(text).map((c) => c.key);
    const known = "Dr Ann Frith of the Marlow Institute spoke. ";
    expect(keys(`${known}Dr Ann Frith and the Fenby Trust hosted the event in March.`)).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys(`${known}The Fenby Trust and Dr Ann Frith hosted the event in March.`)).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys(`${known}Dr Ann Frith spoke at the event, held at the Fenby Trust in March.`)).not.toContain(
      "ann-frith fenby-trust",
    );
    // The same names in a post are a candidate.
    expect(keys(`${known}Dr Ann Frith, who volunteers with the Fenby Trust, spoke in March.`)).toContain(
      "ann-frith fenby-trust",
    );
  });

  it("read 'A and B from Org' as both from it, but not 'A, B and C, chief executive of Org'", () => {
    const registry = [{ id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] }];
    const stated = (text: string) =>
      affiliationsIn(draftOf(text, registry)).map(([person, , organisation]) => [person, organisation]);
    expect(stated("The tenants were represented by Ed Hale and Nia Cole from the Fenby Trust.")).toEqual([
      ["Ed Hale", "fenby-trust"],
      ["Nia Cole", "fenby-trust"],
    ]);
    expect(stated("The panel heard Ann Frith, Tom Reyes and Sam Yeo, chief executive of the Fenby Trust.")).toEqual([
      ["Sam Yeo", "fenby-trust"],
    ]);
  });

  it("leave out a pair with a semicolon between, and read a name's brackets whole though a full stop is in them", () => {
    const registry = [
      { id: "fenby-trust", type: "organisation" as const, label: "Fenby Trust", aliases: [] },
      { id: "marlow-forum", type: "organisation" as const, label: "Marlow Forum", aliases: [] },
      { id: "uni-fenby", type: "organisation" as const, label: "University of Fenby", aliases: ["Univ. Fenby"] },
    ];
    const keys = (text: string) => {
      let found: AffiliationCandidate[] = [];
      const source = { file: "sources/t.txt", text, meta: { id: "t", title: "T" } } as unknown as LoadedSource;
      suggestAnnotations(source, new KnownEntities(registry), new Set(), {
        onAffiliationCandidates: (c) => (found = c),
      });
      return found.map((c) => c.key);
    };
    const list = keys(
      "The panel: President of the Fenby Trust, Ann Frith; Director of the Marlow Forum, Tom Reyes; and Sam Yeo.",
    );
    expect(list).not.toContain("ann-frith marlow-forum");
    expect(list).not.toContain("sam-yeo marlow-forum");
    expect(keys("Chair: Ann Frith (Univ. Fenby)\n\nShe opened the evening.")).toContain("ann-frith uni-fenby");
    // "The X Committee, with Name in the chair,": the chair of its session, not a post.
    expect(keys("The Fenby Trust, with Ann Frith MP in the chair, took evidence.")).not.toContain(
      "ann-frith fenby-trust",
    );
    expect(keys("The Fenby Trust, with Ann Frith, its director, took evidence.")).toContain("ann-frith fenby-trust");
  });

  it("pair a witness with the organisation they name introducing themselves in their own turn ('I am a … at Org')", () => {
    const registry = [
      { id: "fenby-college", type: "organisation" as const, label: "Fenby College London", aliases: [] },
      { id: "marlow-forum", type: "organisation" as const, label: "Marlow Forum", aliases: [] },
      { id: "tim-reyes", type: "person" as const, label: "Tim Reyes", aliases: [] },
      { id: "ann-frith", type: "person" as const, label: "Ann Frith", aliases: [] },
    ];
    let found: AffiliationCandidate[] = [];
    const text = [
      "Examination of witnesses",
      "Witnesses: Dr Tim Reyes and Ann Frith.",
      "Q1 The Chair: Welcome. Please introduce yourselves.",
      "Dr Tim Reyes: Good morning. I am a senior lecturer in the Department of Law at Fenby College London.",
      "Ann Frith: I am concerned that the Marlow Forum has failed.",
    ].join("\n\n");
    const source = { file: "sources/t.txt", text, meta: { id: "t", title: "T" } } as unknown as LoadedSource;
    suggestAnnotations(source, new KnownEntities(registry), new Set(), { onAffiliationCandidates: (c) => (found = c) });
    expect(found.find((c) => c.key === "tim-reyes fenby-college")?.features).toMatchObject({ "pronoun:self": 1 });
    expect(found.map((c) => c.key)).not.toContain("ann-frith marlow-forum");
  });

  it("leave out a pair whose post 'previous' marks as ended", () => {
    const club = [{ id: "fenby-club", type: "organisation" as const, label: "Fenby Club", aliases: [] }];
    const keys = (text: string) => candidatesOf(text, undefined, club).map((c) => c.key);
    expect(keys("Journalists such as Ian Frith, a previous speaker at the Fenby Club, write well.")).not.toContain(
      "ian-frith fenby-club",
    );
    expect(keys("Journalists such as Ian Frith, a regular speaker at the Fenby Club, write well.")).toContain(
      "ian-frith fenby-club",
    );
  });

  it("take the organisation whose name holds the one a rule read ('Action' in 'Action for Fenby Children')", () => {
    const text = "Ann Frith, Chief Executive of Action for Fenby Children, said the figures were stark.";
    const draft = draftOf(text, [{ id: "afc", type: "organisation", label: "Action for Fenby Children", aliases: [] }]);
    expect(affiliationsIn(draft)).toEqual([["Ann Frith", "Chief Executive", "afc"]]);
  });
});

describe("the shipped model's decisions", () => {
  it("is there, and was trained on annotated folders", () => {
    const model = affiliationModel();
    expect(model?.decides).toBe("affiliation");
    expect(model!.trainedOn.examples).toBeGreaterThan(1000);
    expect(Object.keys(model!.weights).length).toBeGreaterThan(50);
  });

  it("ties a person to an organisation the sentence sets beside them in a form no rule reads", () => {
    // "who volunteers with Org": a relative clause with a verb no rule of people.ts reads as a post.
    const text = "The panel heard from Dr Koby Lane, who volunteers with the Fenby Veterans Trust.";
    expect(candidatesOf(text).map((c) => [c.key, c.statements.length])).toEqual([
      ["koby-lane fenby-veterans-trust", 0],
    ]);
    expect(affiliations(text)).toEqual([["Koby Lane", "Fenby Veterans Trust"]]);
  });

  it("marks in the draft file the pair the model tied and no rule reads, with its score, for the reviewer", () => {
    const draft = draftOf(
      "The panel heard from Dr Koby Lane, who volunteers with the Fenby Veterans Trust. Ann Frith, chief executive of the Fenby Housing Trust, spoke next.",
    );
    const statusOf = (person: string) => {
      const lines = renderDraft(draft, new Map()).split("\n");
      const at = lines.findIndex(
        (l, i) => l.includes("relation: affiliated-with") && lines[i + 2]!.includes(`from: ${person}`),
      );
      return lines[at + 1]!;
    };
    expect(statusOf("koby-lane")).toMatch(
      /^ {4}status: suggested # no rule reads this post; the affiliation model tied them \(score 0\.\d\d\): check it$/u,
    );
    expect(statusOf("ann-frith")).toBe("    status: suggested");
  });

  it("does not tie a person to an organisation they only talk about", () => {
    expect(affiliations("Ann Frith said the Fenby Trust had failed its tenants for years.")).toEqual([]);
    expect(affiliations("Ian Moss said rents were high and talked about the Fenby Trust and its work.")).toEqual([]);
  });

  it("keeps one organisation per person unless the text states several posts", () => {
    const candidates: AffiliationCandidate[] = [
      { person: "a", organisation: () => "x", key: "a x", features: { f: 1 }, statements: [] },
      { person: "a", organisation: () => "y", key: "a y", features: { f: 1, g: 1 }, statements: [] },
      { person: "b", organisation: () => "x", key: "b x", features: { f: 1 }, statements: [] },
      {
        person: "b",
        organisation: () => "y",
        key: "b y",
        features: {},
        statements: [{ person: "b", role: "", evidence: { start: 0, end: 1 } }],
      },
    ];
    const model = { decides: "affiliation", bias: 0, weights: { f: 1, g: 1 }, threshold: 0.5 } as never;
    // a: both score above the threshold, the better one is kept; b: a rule ties b to y, so x is not added.
    expect(affiliationsOf(candidates, model).map((c) => c.key)).toEqual(["a y", "b y"]);
    // With no model, the rules decide alone.
    expect(affiliationsOf(candidates, null).map((c) => c.key)).toEqual(["b y"]);
  });

  it("keeps a second organisation beside a person's other posts when the model is sure of it", () => {
    const candidates: AffiliationCandidate[] = [
      { person: "a", organisation: () => "x", key: "a x", features: { f: 1, g: 1 }, statements: [] },
      { person: "a", organisation: () => "y", key: "a y", features: { f: 1, g: 1, h: 1 }, statements: [] },
      { person: "b", organisation: () => "x", key: "b x", features: { f: 1, g: 1 }, statements: [] },
      { person: "b", organisation: () => "z", key: "b z", features: { f: 1 }, statements: [] },
      {
        person: "b",
        organisation: () => "y",
        key: "b y",
        features: {},
        statements: [{ person: "b", role: "", evidence: { start: 0, end: 1 } }],
      },
    ];
    const model = { decides: "affiliation", bias: 0, weights: { f: 1, g: 1, h: 1 }, threshold: 0.5 } as never;
    // Scores: f+g 0.88 and f+g+h 0.95 are sure (at least SECOND_POST, 0.8); f alone 0.73 is not.
    expect(affiliationsOf(candidates, model).map((c) => c.key)).toEqual(["a x", "a y", "b x", "b y"]);
    expect(candidates[0]!.score).toBeCloseTo(0.88, 2);
  });
});

/** A tiny annotated folder: two sources, their registry and hand affiliations. */
function tinyFolder(): string {
  const dir = tempDir();
  for (const sub of ["sources", "annotations"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, "registry.yaml"),
    [
      "people:",
      "  - { id: ann-frith, label: Ann Frith }",
      "  - { id: tom-reyes, label: Tom Reyes }",
      "organisations:",
      "  - { id: fenby-trust, label: Fenby Trust, kind: charity }",
      "  - { id: marlow-institute, label: Marlow Institute, kind: think-tank }",
      "",
    ].join("\n"),
  );
  const texts: Record<string, string> = {
    one: "Ann Frith, director of the Fenby Trust, said rents were high. Tom Reyes said the Fenby Trust was wrong.",
    two: "Tom Reyes of the Marlow Institute spoke first. Ann Frith said the Marlow Institute had a point.",
  };
  const gold: Record<string, [string, string, string][]> = {
    one: [["ann-frith", "fenby-trust", "Ann Frith, director of the Fenby Trust"]],
    two: [["tom-reyes", "marlow-institute", "Tom Reyes of the Marlow Institute"]],
  };
  for (const [id, text] of Object.entries(texts)) {
    writeFileSync(join(dir, "sources", `${id}.txt`), text);
    const sha256 = createHash("sha256").update(text).digest("hex");
    writeFileSync(
      join(dir, "sources", `${id}.yaml`),
      `id: ${id}\ntitle: "Source ${id}"\nkind: article\norigin: "written for this test"\nsha256: ${sha256}\n`,
    );
    writeFileSync(
      join(dir, "annotations", `${id}.yaml`),
      [
        `source: ${id}`,
        "claims:",
        ...gold[id]!.flatMap(([from, to, quote]) => [
          "  - relation: affiliated-with",
          `    from: ${from}`,
          `    to: ${to}`,
          "    evidence:",
          `      - { quote: "${quote}", kind: reported }`,
        ]),
        "",
      ].join("\n"),
    );
  }
  return dir;
}

describe("the training script", () => {
  it("labels each candidate from the hand annotations and gives the same model bytes on the same folder", () => {
    const dir = tinyFolder();
    const first = trainAffiliations([dir]);
    const second = trainAffiliations([dir]);
    expect(modelJson(first.model)).toBe(modelJson(second.model));
    // Two sources, two registry modes; the hand affiliations are positives, the other pairs are not.
    expect(first.folders).toEqual([
      { folder: dir, sources: 2, examples: first.examples.length, positives: 4, unreachable: 0 },
    ]);
    expect(first.examples.length).toBeGreaterThanOrEqual(4);
    // Each candidate is trained on twice: as read, and without the rules' verdicts.
    expect(first.model.trainedOn.examples).toBe(2 * first.examples.length);
    expect(first.model.trainedOn.positives).toBe(8);
  });

  it("trains a model that learns from the structure between names", () => {
    const { examples } = trainAffiliations([tinyFolder()]);
    const positive = examples.filter((e) => e.label).map((e) => Object.keys(e.features));
    const negative = examples.filter((e) => !e.label).map((e) => Object.keys(e.features));
    expect(positive.every((f) => f.includes("rule:any"))).toBe(true);
    // "Tom Reyes said the Fenby Trust was wrong": words said between them, no candidate at all.
    expect(negative.some((f) => f.includes("between:pf:S"))).toBe(false);
    const model = train("affiliation", examples, ["tiny"], { minCount: 1 });
    expect(model.weights["rule:any"]).toBeGreaterThan(0);
  });

  it("cross-validates set by set: each set decided by a model trained on the other sets, as suggest decides", () => {
    const tiny = tinyFolder();
    const root = tempDir();
    const a = join(root, "setA", "blog");
    const b = join(root, "setB", "news");
    // A third source: a pair no rule states and the hand does not give ("praised": no affiliation).
    const praised = "Ann Frith praised the Fenby Trust in her speech on Monday.";
    writeFileSync(join(tiny, "sources", "three.txt"), praised);
    writeFileSync(
      join(tiny, "sources", "three.yaml"),
      `id: three\ntitle: "Source three"\nkind: article\norigin: "written for this test"\nsha256: ${createHash("sha256").update(praised).digest("hex")}\n`,
    );
    writeFileSync(join(tiny, "annotations", "three.yaml"), "source: three\nclaims: []\n");
    cpSync(tiny, a, { recursive: true });
    cpSync(tiny, b, { recursive: true });
    expect([cvGroup(a), cvGroup(b)]).toEqual(["setA", "setB"]);
    const { drafts } = trainAffiliations([a, b]);
    // Beside each set's model, the "shipped" one given: here one scoring every pair high, which ties every candidate.
    const eager = { decides: "affiliation", bias: 9, weights: {}, threshold: 0.5 } as unknown as Model;
    const rows = crossValidate(drafts, {}, eager);
    expect(rows.map((r) => `${r.group} ${r.mode}`).sort()).toEqual([
      "setA full",
      "setA none",
      "setB full",
      "setB none",
    ]);
    // Two hand affiliations per set and mode, every one reached and drafted; nothing else drafted, by the set's model or
    // by the rules alone; the eager model drafts every candidate, the praised pair too.
    const candidates = (group: string, mode: string) =>
      drafts.filter((d) => cvGroup(d.folder) === group && d.mode === mode).flatMap((d) => d.candidates).length;
    for (const r of rows) {
      expect([r.gold, r.right, r.drafted]).toEqual([2, 2, 2]);
      expect(r.rules).toEqual({ drafted: 2, right: 2 });
      expect(r.shipped).toEqual({ drafted: candidates(r.group, r.mode), right: 2 });
    }
    expect(candidates("setA", "full")).toBe(3);
  });

  it("says what it trained on and writes the model where it is told", () => {
    const dir = tinyFolder();
    const out = join(tempDir(), "affiliation.json");
    const run = runScript(main, [dir, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /: 2 sources, \d+ candidates, 4 affiliations \(0 hand affiliations no candidate reaches\)/u,
    );
    expect(run.stdout).toMatch(/trained on \d+ candidates, 4 of them affiliations/u);
    expect(readFileSync(out, "utf8")).toBe(modelJson(trainAffiliations([dir]).model));
    const cvOut = join(tempDir(), "cv.json");
    const cv = runScript(main, [dir, "--cv", "--out", cvOut]);
    expect(cv.status, cv.stderr).toBe(0);
    expect(cv.stdout).toContain("(cross-validation: no model written)");
    expect(cv.stdout).toMatch(/cross-validated, registry full/u);
    expect(existsSync(cvOut)).toBe(false);
    // Run as `npm run train:affiliations` runs it, in a process of its own: the usage error.
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/train-affiliations.ts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage: npm run train:affiliations");
  });
});
