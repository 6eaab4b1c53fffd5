// The review workflow: claims and entities marked `status: suggested` are validated like hand-made ones, reported as
// warnings and left out of the graph until a person sets `status: accepted`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { CorpusError, formatProblem } from "../../src/ingest/problems.js";
import { loadValidCorpus, validateCorpus } from "../../src/ingest/validate.js";
import { copyFixture, edit, MINI_DIR } from "../helpers/corpus.js";

const check = (dir: string) => validateCorpus(readCorpusFiles(dir));
const lines = (dir: string) => check(dir).problems.map(formatProblem);

/** A draft for panel-b as `suggest` would write it: one new person and organisation, claims marked suggested. */
const DRAFT = `source: panel-b
entities:
  people:
    - id: kim-lane
      label: Kim Lane
      aliases: [Lane]
      status: suggested
  organisations:
    - id: southtown-trust
      label: Southtown Trust
      kind: charity
      status: suggested
  themes:
    - id: pooled-funding
      label: Pooled funding
      parent: devolution
      status: suggested
claims:
  - relation: spoke-on
    status: suggested
    from: ada-park
    to: devolution
    evidence:
      - { quote: "\\"Budgets must follow need,\\" she said.", kind: direct-quote }
  - relation: affiliated-with
    status: suggested
    from: kim-lane
    to: southtown-trust
    role: Chair
    evidence:
      - { quote: "Ada Park, Deputy Director of Health at Northtown Council", kind: reported }
  - relation: spoke-on
    status: suggested
    from: kim-lane
    to: pooled-funding
    evidence:
      - { quote: "councils should hold pooled budgets", kind: reported }
`;

function withDraft(draft = DRAFT): string {
  const dir = copyFixture();
  writeFileSync(join(dir, "annotations/panel-b.suggested.yaml"), draft.replace("source: panel-b", "source: panel-b"));
  return dir;
}

describe("suggested claims and entities", () => {
  it("are reported as warnings that say where to accept them, and are left out of the graph", () => {
    const dir = withDraft();
    const corpus = check(dir);
    expect(lines(dir).filter((l) => l.includes("suggested"))).toEqual([
      'annotations/panel-b.suggested.yaml:7  entities.people.0.status  warning: suggested person, not reviewed yet: left out of the graph until accepted (value seen: "kim-lane"; check it, then set `status: accepted` (or delete it and the claims that use it))',
      'annotations/panel-b.suggested.yaml:12  entities.organisations.0.status  warning: suggested organisation, not reviewed yet: left out of the graph until accepted (value seen: "southtown-trust"; check it, then set `status: accepted` (or delete it and the claims that use it))',
      'annotations/panel-b.suggested.yaml:17  entities.themes.0.status  warning: suggested theme, not reviewed yet: left out of the graph until accepted (value seen: "pooled-funding"; check it, then set `status: accepted` (or delete it and the claims that use it))',
      'annotations/panel-b.suggested.yaml:20  claims.0.status  warning: suggested claim, not reviewed yet: left out of the graph until accepted (value seen: "spoke-on ada-park → devolution"; check it against its evidence, then set `status: accepted` (or delete the claim))',
      'annotations/panel-b.suggested.yaml:26  claims.1.status  warning: suggested claim, not reviewed yet: left out of the graph until accepted (value seen: "affiliated-with kim-lane → southtown-trust (Chair)"; check it against its evidence, then set `status: accepted` (or delete the claim))',
      'annotations/panel-b.suggested.yaml:33  claims.2.status  warning: suggested claim, not reviewed yet: left out of the graph until accepted (value seen: "spoke-on kim-lane → pooled-funding"; check it against its evidence, then set `status: accepted` (or delete the claim))',
    ]);
    expect(corpus.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(corpus.pending).toEqual({ claims: 3, entities: 3 });
    // Nothing of the draft is in the graph: it is the graph of the corpus without the draft.
    const graph = buildGraph(corpus);
    const without = buildGraph(loadValidCorpus(MINI_DIR));
    expect(graph.order).toBe(without.order);
    expect(graph.edges()).toEqual(without.edges());
    expect(graph.hasNode("kim-lane")).toBe(false);
  });

  it("fail --strict (loadValidCorpus with strict), like any warning", () => {
    const dir = withDraft();
    expect(() => loadValidCorpus(dir, { strict: true })).toThrow(CorpusError);
    expect(() => loadValidCorpus(dir)).not.toThrow();
  });

  it("enter the graph once accepted: the field flip status: suggested → accepted", () => {
    const dir = withDraft(DRAFT.replaceAll("status: suggested", "status: accepted"));
    const corpus = loadValidCorpus(dir, { strict: true });
    expect(corpus.pending).toEqual({ claims: 0, entities: 0 });
    const graph = buildGraph(corpus);
    expect(graph.getNodeAttributes("kim-lane")).toMatchObject({ type: "person", label: "Kim Lane", aliases: ["Lane"] });
    expect(graph.getNodeAttributes("southtown-trust")).toMatchObject({ type: "organisation", kind: "charity" });
    expect(graph.hasEdge("affiliated-with:kim-lane->southtown-trust")).toBe(true);
    expect(graph.hasEdge("spoke-on:ada-park->devolution")).toBe(true);
    expect(graph.hasEdge("sub-theme-of:pooled-funding->devolution")).toBe(true);
  });

  it("deleting the status line accepts too", () => {
    const dir = withDraft(DRAFT.replace(/^ +status: suggested\n/gm, ""));
    expect(loadValidCorpus(dir, { strict: true }).claims.filter((c) => c.from === "kim-lane")).toHaveLength(2);
  });

  it("takes an entity section left empty after its entries were deleted", () => {
    const dir = withDraft(
      DRAFT.replace(/ {2}themes:\n[\s\S]*?(?=claims:)/u, "  themes:\n").replace(
        / {2}- relation: spoke-on\n(?:(?! {2}- ).*\n)*?.*pooled-funding[\s\S]*$/u,
        "",
      ),
    );
    expect(lines(dir).filter((l) => !l.includes("warning:"))).toEqual([]);
  });

  it("an accepted claim on an entity that is still suggested is an error naming where to accept it", () => {
    const dir = withDraft();
    edit(
      dir,
      "annotations/panel-b.suggested.yaml",
      /relation: affiliated-with\n {4}status: suggested/,
      "relation: affiliated-with\n    status: accepted",
    );
    expect(lines(dir).filter((l) => !l.includes("warning:"))).toEqual([
      'annotations/panel-b.suggested.yaml:27  claims.1.from  an accepted claim needs accepted entities, but kim-lane is still suggested (value seen: "kim-lane"; accept kim-lane too (annotations/panel-b.suggested.yaml:7, set `status: accepted`) or mark this claim `status: suggested`)',
      'annotations/panel-b.suggested.yaml:28  claims.1.to  an accepted claim needs accepted entities, but southtown-trust is still suggested (value seen: "southtown-trust"; accept southtown-trust too (annotations/panel-b.suggested.yaml:12, set `status: accepted`) or mark this claim `status: suggested`)',
    ]);
  });

  it("checks a suggested claim's quote like a hand-made one", () => {
    const dir = withDraft(DRAFT.replace("councils should hold pooled budgets", "councils should pool budgets"));
    expect(lines(dir).filter((l) => !l.includes("warning:"))).toEqual([
      'annotations/panel-b.suggested.yaml:37  claims.2.evidence.0.quote  quote not found in the source text (value seen: "councils should pool budgets"; closest passage in sources/panel-b.txt:3: \"councils should hold pooled\")',
    ]);
  });

  it("refuses a declared entity whose id is the registry's for another name, and a parent that is no theme", () => {
    const dir = withDraft(
      DRAFT.replaceAll("kim-lane", "ada-park").replace("parent: devolution", "parent: southtown-trust"),
    );
    expect(lines(dir).filter((l) => !l.includes("warning:"))).toEqual([
      'annotations/panel-b.suggested.yaml:5  entities.people.0.label  ada-park is a person registry.yaml calls "Ada Park", but this file calls it "Kim Lane" (value seen: "Kim Lane"; if it is the same person, write label: Ada Park here (or delete this entry: registry.yaml\'s is the one used); if not, give this one another id and change it in this file\'s claims)',
      'annotations/panel-b.suggested.yaml:16  entities.themes.0.parent  parent must be a theme, but it is an organisation (value seen: "southtown-trust"; give a theme\'s id as parent, or leave parent out)',
    ]);
  });

  it("warns when a declared entity takes a name the registry already gives another entity", () => {
    const dir = withDraft(DRAFT.replace("aliases: [Lane]", "aliases: [Park]"));
    expect(lines(dir)).toContain(
      'annotations/panel-b.suggested.yaml:6  entities.people.0.aliases.0  warning: the name "Park" already belongs to ada-park (declared in registry.yaml) (value seen: "kim-lane"; if it is the same entity, use ada-park instead of declaring kim-lane (`panelgraph merge-entity kim-lane ada-park` merges the two into ada-park); if not, take "Park" out of kim-lane\'s aliases here: a query by that name asks which one is meant)',
    );
  });
});

// w49 #5: a theme a draft declares and the registry has too is one theme, as when two drafts declare it; a sub-theme's
// parent may be a theme of its own file.
describe("a draft's copy of a registry entity, and a parent declared in the draft", () => {
  const accepted = (draft: string) => draft.replaceAll("status: suggested", "status: accepted");
  const errors = (dir: string) => lines(dir).filter((l) => !l.includes("warning:"));
  const themes =
    (...entries: string[]) =>
    (draft: string) =>
      draft.replace(
        "  themes:\n",
        `  themes:\n${entries.map((e) => `    - ${e.trim().replace(/\n/gu, "\n      ")}\n`).join("")}`,
      );

  it("takes a theme declared in a draft and in registry.yaml as the registry's, accepted or still suggested", () => {
    const copy = themes("id: devolution\nlabel: Devolution\nstatus: accepted");
    const dir = withDraft(accepted(copy(DRAFT)));
    expect(errors(dir)).toEqual([]);
    const graph = buildGraph(loadValidCorpus(dir, { strict: true }));
    expect(graph.getNodeAttributes("devolution")).toMatchObject({ type: "theme", label: "Devolution" });
    expect(graph.hasEdge("sub-theme-of:pooled-funding->devolution")).toBe(true);
    // A copy still suggested: a warning that the registry declares it, no error.
    const pendingCopy = withDraft(themes("id: devolution\nlabel: delegation\nstatus: suggested")(DRAFT));
    expect(errors(pendingCopy)).toEqual([]);
    expect(lines(pendingCopy)).toContain(
      'annotations/panel-b.suggested.yaml:16  entities.themes.0.status  warning: suggested theme, not reviewed yet in this file (registry.yaml declares it) (value seen: "devolution"; check it, then set `status: accepted` (or delete it and the claims that use it))',
    );
  });

  it("refuses a copy whose parent is not the registry's, naming both files and the fix", () => {
    const dir = withDraft(themes("id: devolved-budgets\nlabel: Devolved budgets\nparent: local-data")(DRAFT));
    expect(errors(dir)).toEqual([
      'annotations/panel-b.suggested.yaml:16  entities.themes.0.parent  devolved-budgets has parent devolution in registry.yaml, but local-data here (value seen: "local-data"; a theme has one parent: give the same one in both files, or leave parent out of this one)',
    ]);
    const same = withDraft(themes("id: devolved-budgets\nlabel: Devolved budgets\nparent: devolution")(DRAFT));
    expect(errors(same)).toEqual([]);
  });

  it("takes a parent declared in the same draft, and refuses one only another draft declares", () => {
    const own = (draft: string) =>
      themes("id: community-budgets\nlabel: Community budgets\nstatus: suggested")(
        draft.replace("parent: devolution", "parent: community-budgets"),
      );
    const dir = withDraft(accepted(own(DRAFT)));
    expect(errors(dir)).toEqual([]);
    const graph = buildGraph(loadValidCorpus(dir, { strict: true }));
    expect(graph.hasEdge("sub-theme-of:pooled-funding->community-budgets")).toBe(true);
    // The parent still suggested while its sub-theme is accepted: say where to accept it.
    const half = withDraft(own(DRAFT).replace(/(parent: community-budgets\n {6}status:) suggested/u, "$1 accepted"));
    expect(errors(half).filter((l) => l.includes(".parent"))).toEqual([
      'annotations/panel-b.suggested.yaml:19  entities.themes.1.parent  parent community-budgets is still suggested (value seen: "community-budgets"; accept community-budgets too (annotations/panel-b.suggested.yaml:16, set `status: accepted`) or leave parent out)',
    ]);
    // Declared in another draft only: this draft would break when that one is deleted.
    const other = withDraft(accepted(DRAFT.replace("parent: devolution", "parent: community-budgets")));
    writeFileSync(
      join(other, "annotations/panel-b.other.yaml"),
      "source: panel-b\nentities:\n  themes:\n    - id: community-budgets\n      label: Community budgets\nclaims: []\n",
    );
    expect(errors(other)).toEqual([
      'annotations/panel-b.suggested.yaml:16  entities.themes.0.parent  parent community-budgets is declared in annotations/panel-b.other.yaml, not in this file or registry.yaml (value seen: "community-budgets"; copy its entry (id and label) under entities.themes in this file, or move it to registry.yaml: a draft stands alone, so deleting annotations/panel-b.other.yaml must not break it)',
    ]);
  });

  it("refuses a cycle among a draft's themes", () => {
    const dir = withDraft(
      themes("id: community-budgets\nlabel: Community budgets\nparent: pooled-funding")(
        accepted(DRAFT).replace("parent: devolution", "parent: community-budgets"),
      ),
    );
    expect(errors(dir)).toEqual([
      'annotations/panel-b.suggested.yaml:16  entities.themes.0.parent  theme hierarchy has a cycle: community-budgets → pooled-funding → community-budgets (value seen: "pooled-funding"; a theme cannot be its own ancestor; remove one of these parents)',
    ]);
  });
});
