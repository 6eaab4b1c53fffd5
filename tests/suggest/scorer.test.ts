// The scorer of `suggest --evaluate`, field by field, on a tiny gold annotation and drafts made by hand in the test:
// a draft that says what the annotator said scores 1, and each kind of mistake costs the field it belongs to.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import type { Corpus } from "../../src/model/corpus.js";
import { compareDraft, f1, judgeDraft, measure, type Category, type Count } from "../../src/suggest/evaluate.js";
import { sourceMeta, sourceMetaYaml } from "../../src/suggest/source-file.js";
import type { Draft, DraftClaim, DraftEntity } from "../../src/suggest/suggest.js";
import { tempDir } from "../helpers/corpus.js";

const TEXT = [
  "The Civic Forum met on 2 May. The session was chaired by Dr Ada Park, Director of the Civic Forum, who introduced Ben Ode.",
  "Ben Ode, Fellow at the Policy Lab, said: “Councils should hold pooled budgets for housing.”",
  "Cy Lund from Northtown Council said the housing waiting list is far too long.",
  "The book by Ben Ode is highly recommended reading.",
  "",
].join("\n");

const REGISTRY = `
people:
  - { id: ada-park, label: Ada Park, aliases: [Dr Ada Park] }
  - { id: ben-ode, label: Ben Ode }
  - { id: cy-lund, label: Cy Lund }
organisations:
  - { id: civic-forum, label: Civic Forum, kind: network }
  - { id: policy-lab, label: Policy Lab, kind: think-tank }
  - { id: northtown-council, label: Northtown Council, kind: local-authority }
themes:
  - { id: housing, label: Housing, aliases: [housing waiting list] }
recommendations:
  - { id: pooled-budgets, label: Pooled budgets, text: Councils should hold pooled budgets for housing. }
sessions:
  - { id: forum-2-may, label: "Civic Forum, 2 May" }
`;

const GOLD = `
source: t
claims:
  - relation: chaired
    from: ada-park
    to: forum-2-may
    evidence: [{ quote: "The session was chaired by Dr Ada Park", kind: reported }]
  - relation: affiliated-with
    from: ada-park
    to: civic-forum
    role: Director
    evidence: [{ quote: "Dr Ada Park, Director of the Civic Forum", kind: reported }]
  - relation: affiliated-with
    from: ben-ode
    to: policy-lab
    role: Fellow
    evidence: [{ quote: "Ben Ode, Fellow at the Policy Lab", kind: reported }]
  - relation: affiliated-with
    from: cy-lund
    to: northtown-council
    evidence: [{ quote: "Cy Lund from Northtown Council", kind: reported }]
  - relation: spoke-on
    from: ben-ode
    to: housing
    evidence: [{ quote: "Councils should hold pooled budgets for housing.", kind: direct-quote }]
  - relation: recommends
    from: ben-ode
    to: pooled-budgets
    evidence: [{ quote: "Councils should hold pooled budgets for housing.", kind: direct-quote }]
  - relation: spoke-on
    from: cy-lund
    to: housing
    evidence: [{ quote: "Cy Lund from Northtown Council said the housing waiting list is far too long.", kind: reported }]
`;

function goldCorpus(): Corpus {
  const dir = tempDir();
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "annotations"));
  const bytes = Buffer.from(TEXT);
  writeFileSync(join(dir, "sources", "t.txt"), bytes);
  const { meta } = sourceMeta({ title: "T", id: "t", origin: "written for this test" }, bytes);
  writeFileSync(join(dir, "sources", "t.yaml"), sourceMetaYaml(meta!, "test"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  writeFileSync(join(dir, "annotations", "t.yaml"), GOLD);
  const corpus = validateCorpus(readCorpusFiles(dir));
  expect(corpus.problems.filter((p) => p.severity === "error")).toEqual([]);
  return corpus;
}

/** Evidence at the first occurrence of `quote` in the text. */
function at(quote: string, kind: "reported" | "direct-quote" = "reported") {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { quote, kind, start, end: start + quote.length };
}

function claim(
  relation: DraftClaim["relation"],
  from: string,
  to: string,
  evidence: ReturnType<typeof at>,
  role?: string,
): DraftClaim {
  return { group: "x", relation, from, to, evidence: [evidence], ...(role === undefined ? {} : { role }) };
}

function entity(section: DraftEntity["section"], id: string, label: string, aliases: string[] = []): DraftEntity {
  return { section, id, label, aliases, first: 0 };
}

function draft(entities: DraftEntity[], claims: DraftClaim[]): Draft {
  const none = { linked: 0, new: 0 };
  return {
    source: "t",
    entities,
    claims,
    found: { people: none, organisations: none, themes: none, quotes: 0, recommendations: none },
  };
}

/** A draft with everything right, every entity declared new under an id of its own (x1, x2, …). */
const PEOPLE = [
  entity("people", "x1", "Ada Park", ["Dr Ada Park"]),
  entity("people", "x2", "Ben Ode"),
  entity("people", "x3", "Cy Lund"),
];
const ORGANISATIONS = [
  entity("organisations", "x4", "Civic Forum"),
  entity("organisations", "x5", "Policy Lab"),
  entity("organisations", "x6", "Northtown Council"),
];
const OTHERS = [
  entity("themes", "x7", "Housing"),
  entity("sessions", "x8", "Panel: T"),
  entity("recommendations", "x9", "Pooled"),
];
const QUOTE = "Councils should hold pooled budgets for housing.";
const RIGHT: DraftClaim[] = [
  claim(
    "chaired",
    "x1",
    "x8",
    at("The session was chaired by Dr Ada Park, Director of the Civic Forum, who introduced Ben Ode."),
  ),
  claim("affiliated-with", "x1", "x4", at("Dr Ada Park, Director of the Civic Forum"), "Director"),
  claim("affiliated-with", "x2", "x5", at("Ben Ode, Fellow at the Policy Lab"), "a fellow"),
  claim("affiliated-with", "x3", "x6", at("Cy Lund from Northtown Council")),
  claim("spoke-on", "x2", "x7", at(QUOTE, "direct-quote")),
  claim("recommends", "x2", "x9", at(QUOTE, "direct-quote")),
  claim("spoke-on", "x3", "x7", at("the housing waiting list is far too long.")),
];
const ALL = [...PEOPLE, ...ORGANISATIONS, ...OTHERS];

const perfect: Count = { suggested: 1, correct: 1, expected: 1, found: 1 };

describe("the scorer of suggest --evaluate", () => {
  const gold = goldCorpus();

  it("scores a draft that says what the annotator said 1 in every field, its own ids aside", () => {
    const counts = compareDraft(draft(ALL, RIGHT), gold);
    for (const field of Object.keys(counts) as Category[]) {
      expect(measure(counts[field]), field).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
    expect(counts.people).toEqual({ suggested: 3, correct: 3, expected: 3, found: 3 });
    expect(counts.chair).toEqual(perfect);
    expect(counts.roles).toEqual({ suggested: 3, correct: 3, expected: 3, found: 3 }); // "a fellow" is "Fellow"
    expect(counts.quotes).toEqual(perfect);
  });

  it("matches a new entity by its label, never by an id it happens to share with the gold", () => {
    // The draft calls the place "Holme" and gives it the gold person's id; the title kept as an alias does not save it.
    const wrong = [entity("people", "ada-park", "Holme", ["Dr Ada Park"]), ...PEOPLE.slice(1)];
    const counts = compareDraft(
      draft(
        [...wrong, ...ORGANISATIONS, ...OTHERS],
        RIGHT.map((c) => ({ ...c, from: c.from === "x1" ? "ada-park" : c.from })),
      ),
      gold,
    );
    expect(counts.people).toEqual({ suggested: 3, correct: 2, expected: 3, found: 2 });
    expect(counts.chair).toEqual({ suggested: 1, correct: 0, expected: 1, found: 0 });
    // A draft linking to the registry's entity (same id, no declaration) is that entity.
    const linked = compareDraft(
      draft(
        ALL.filter((e) => e.id !== "x1"),
        RIGHT.map((c) => ({ ...c, from: c.from === "x1" ? "ada-park" : c.from })),
      ),
      gold,
    );
    expect(linked.chair).toEqual(perfect);
  });

  it("matches a new theme written in the other number or case of a registry name, and nothing else", () => {
    const themed = (label: string) =>
      compareDraft(
        draft([...PEOPLE, ...ORGANISATIONS, entity("themes", "x7", label), ...OTHERS.slice(1)], RIGHT),
        gold,
      )["spoke-on"];
    const both = { suggested: 2, correct: 2, expected: 2, found: 2 };
    expect(themed("Housing waiting lists")).toEqual(both); // the alias "housing waiting list"
    expect(themed("HOUSING WAITING LIST")).toEqual(both);
    expect(themed("Housings")).toEqual(both);
    expect(themed("Housing lists")).toEqual({ suggested: 2, correct: 0, expected: 2, found: 0 });
  });

  it("counts a chair given to the next person the sentence names as a wrong chair and a missed one", () => {
    const claims = RIGHT.map((c) => (c.relation === "chaired" ? { ...c, from: "x2" } : c));
    expect(compareDraft(draft(ALL, claims), gold).chair).toEqual({ suggested: 1, correct: 0, expected: 1, found: 0 });
  });

  it("scores affiliation by person and organisation, and role by the role's words as well", () => {
    const claims = RIGHT.map((c) =>
      c.relation !== "affiliated-with"
        ? c
        : c.from === "x1"
          ? { ...c, role: "Chair" } // right organisation, wrong role
          : c.from === "x2"
            ? { ...c, to: "x4" } // wrong organisation
            : c,
    );
    const counts = compareDraft(draft(ALL, claims), gold);
    expect(counts.affiliations).toEqual({ suggested: 3, correct: 2, expected: 3, found: 2 });
    expect(counts.roles).toEqual({ suggested: 3, correct: 1, expected: 3, found: 1 });
  });

  it("scores quote attribution by speaker: a quote given to the wrong person is wrong, a part of the quote is right", () => {
    const wrongSpeaker = RIGHT.map((c) => (c.evidence[0]!.kind === "direct-quote" ? { ...c, from: "x3" } : c));
    expect(compareDraft(draft(ALL, wrongSpeaker), gold).quotes).toEqual({
      suggested: 1,
      correct: 0,
      expected: 1,
      found: 0,
    });
    const part = RIGHT.map((c) =>
      c.relation === "spoke-on" && c.from === "x2"
        ? { ...c, evidence: [at("pooled budgets for housing", "direct-quote")] }
        : c,
    );
    // Two passages of Ben Ode's words (the part, and the whole on the recommendation), both inside the one quotation.
    expect(compareDraft(draft(ALL, part), gold).quotes).toEqual({ suggested: 2, correct: 2, expected: 1, found: 1 });
    // Narrative taken for a quotation is a wrong attribution, not a missing one.
    const narrative = [...RIGHT, claim("spoke-on", "x3", "x7", at("The Civic Forum met on 2 May.", "direct-quote"))];
    expect(compareDraft(draft(ALL, narrative), gold).quotes).toMatchObject({ suggested: 2, correct: 1 });
  });

  it("scores speaker → theme by who speaks, and only `spoke-on`", () => {
    const claims = RIGHT.map((c) => (c.relation === "spoke-on" && c.from === "x3" ? { ...c, from: "x1" } : c));
    expect(compareDraft(draft(ALL, claims), gold)["spoke-on"]).toEqual({
      suggested: 2,
      correct: 1,
      expected: 2,
      found: 1,
    });
    const asMention = RIGHT.map((c) => (c.relation === "spoke-on" ? { ...c, relation: "mentions" as const } : c));
    expect(compareDraft(draft(ALL, asMention), gold)["spoke-on"]).toMatchObject({ suggested: 0, found: 0 });
  });

  it("counts an idiom drafted as a recommendation against precision", () => {
    const idiom = entity("recommendations", "x10", "Read the book");
    const claims = [
      ...RIGHT,
      claim("recommends", "t", "x10", at("The book by Ben Ode is highly recommended reading.")),
    ];
    expect(compareDraft(draft([...ALL, idiom], claims), gold).recommendations).toEqual({
      suggested: 2,
      correct: 1,
      expected: 1,
      found: 1,
    });
  });

  it("counts what the draft missed against recall: an empty draft finds nothing", () => {
    const counts = compareDraft(draft([], []), gold);
    for (const field of Object.keys(counts) as Category[]) {
      expect(counts[field].found, field).toBe(0);
      expect(measure(counts[field]).f1, field).toBe(0);
    }
  });

  it("names what was wrong and what was missed, as a reader would", () => {
    const claims = RIGHT.map((c) =>
      c.relation === "chaired"
        ? { ...c, from: "x2" }
        : c.relation === "affiliated-with" && c.from === "x1"
          ? { ...c, role: "Chair" }
          : c.evidence[0]!.kind === "direct-quote" && c.relation === "spoke-on"
            ? { ...c, from: "x3" }
            : c,
    );
    const judged = judgeDraft(
      draft([...ALL, entity("people", "x11", "Holme")], [...claims, claim("mentions", "t", "x11", at("Cy Lund"))]),
      gold,
    );
    expect(judged.people).toMatchObject({ wrong: ["Holme (new)"], missed: [] });
    expect(judged.chair).toMatchObject({ wrong: ["Ben Ode"], missed: ["Ada Park"] });
    expect(judged.roles).toMatchObject({
      wrong: ["Ada Park → Civic Forum (chair)"],
      missed: ["Ada Park → Civic Forum (director)"],
    });
    expect(judged.quotes.wrong).toEqual(["Cy Lund: “Councils should hold pooled budgets for housing.”"]);
    expect(judged.affiliations).toMatchObject({ wrong: [], missed: [] });
  });

  it("measures F1 as the harmonic mean, unknown only when nothing was suggested or expected", () => {
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
    expect(f1(0, 0)).toBe(0);
    expect(f1(null, 0)).toBe(0);
    expect(f1(null, null)).toBeNull();
    expect(measure({ suggested: 4, correct: 3, expected: 6, found: 3 })).toEqual({
      suggested: 4,
      correct: 3,
      expected: 6,
      found: 3,
      precision: 0.75,
      recall: 0.5,
      f1: 0.6,
    });
  });
});
