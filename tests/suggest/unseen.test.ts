// `suggest` on an article it was not developed on: tests/fixtures/unseen/article.txt, an invented report of a housing
// roundtable written for this test (see the fixture's README). It must find the panel, who said what, and the
// recommendations, link the one person the registry knows, and write a draft that validates.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { formatProblem } from "../../src/ingest/problems.js";
import { loadValidCorpus, validateCorpus } from "../../src/ingest/validate.js";
import { buildGraph } from "../../src/graph/build.js";
import { renderDraft } from "../../src/suggest/render.js";
import { sourceMeta, sourceMetaYaml } from "../../src/suggest/source-file.js";
import { knownEntities, suggestAnnotations, type Draft, type SuggestOptions } from "../../src/suggest/suggest.js";
import { ROOT, tempDir } from "../helpers/corpus.js";

const FIXTURE = join(ROOT, "tests/fixtures/unseen");
const ID = "northern-housing-roundtable";

function corpusWithArticle(): string {
  const dir = tempDir();
  cpSync(join(FIXTURE, "corpus"), dir, { recursive: true });
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "annotations"));
  const bytes = readFileSync(join(FIXTURE, "article.txt"));
  const { meta } = sourceMeta({ title: "Housing panel warns of lost decade", id: ID, origin: "test" }, bytes);
  cpSync(join(FIXTURE, "article.txt"), join(dir, "sources", `${ID}.txt`));
  writeFileSync(join(dir, "sources", `${ID}.yaml`), sourceMetaYaml(meta!, "test"));
  return dir;
}

function draftFor(dir: string, options: Pick<SuggestOptions, "everyProposal"> = {}): Draft {
  const raw = readCorpusFiles(dir);
  const corpus = validateCorpus(raw);
  const source = raw.sources.find((s) => s.meta.id === ID)!;
  return suggestAnnotations(source, knownEntities(raw, corpus, ID), new Set(corpus.entities.keys()), options);
}

// Made once for the module (tempDir's clean-up runs after each test, so tests that write make their own folder).
const draft = draftFor(corpusWithArticle());
const labelOf = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
const claims = (relation: string) => draft.claims.filter((c) => c.relation === relation);

describe("suggest on an unseen article", () => {
  it("finds the four panellists as new people and links the chair the registry knows, title aside", () => {
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual([
      "Priya Natarajan",
      "Tom Achebe",
      "Maria Okafor",
      "Helen Carr",
    ]);
    expect(claims("chaired").map((c) => c.from)).toEqual(["owen-price"]);
    expect(claims("panellist-in").map((c) => labelOf(c.from))).toEqual([
      "Priya Natarajan",
      "Tom Achebe",
      "Maria Okafor",
      "Helen Carr",
    ]);
  });

  it("gives each person the role and organisation the text gives them", () => {
    expect(claims("affiliated-with").map((c) => [labelOf(c.from), c.role, labelOf(c.to)])).toEqual([
      ["owen-price", "chair", "northern-housing-forum"],
      ["Priya Natarajan", "Director of Housing", "Calderbrook Borough Council"],
      ["Tom Achebe", "chief economist", "Hartley Foundation"],
      ["Maria Okafor", "Cabinet Member for Transport", "Westmoor Council"],
      ["Helen Carr", "Professor of Urban Planning", "University of Lancashire"],
    ]);
  });

  it("attributes each recommendation in a quote to its speaker, and the list to the panel", () => {
    // Since stop 44 only the kinds right four times in five on first sight are drafted (recommendations.ts, KEPT):
    // here the "must"s, a speaker's and the panel's list item; a speaker's "should" or "recommend" and the list's
    // other items are listed for the reviewer. With every proposal drafted (`--every-proposal`), each is its
    // speaker's. The list under "Recommendations" in the write-up of a roundtable is the panel's (its session's: the
    // gold's rule, tests/fixtures/eval/README.md; until stop 39 the source's), its summary as "The panel called for …"
    // is (stop 47).
    const session = claims("chaired")[0]!.to;
    expect(draft.unsure).toEqual([
      "If the government wants councils to deliver, it should give us five-year funding settlements and let us borrow against our own land.",
      "Every new development should come with a bus route on day one.",
      "We recommend that councils be given the power to compulsorily purchase stalled sites at existing-use value.",
      "The government should replace one-year housing settlements with five-year funding for councils.",
      "Every new housing development should be served by public transport from the day residents move in.",
    ]);
    expect(
      claims("recommends").map((c) => [c.from === session ? "session" : labelOf(c.from), c.evidence[0]!.quote]),
    ).toEqual([
      ["Tom Achebe", "Ministers must bring forward the promised rental reform bill before the end of the year."],
      ["session", "Councils must be able to buy stalled development sites at existing-use value."],
    ]);
    const every = draftFor(corpusWithArticle(), { everyProposal: true });
    const label = (id: string) => every.entities.find((e) => e.id === id)?.label ?? id;
    const recommends = every.claims.filter((c) => c.relation === "recommends");
    expect(recommends.map((c) => [label(c.from), c.evidence[0]!.quote, c.evidence[0]!.kind])).toEqual([
      [
        "Priya Natarajan",
        "If the government wants councils to deliver, it should give us five-year funding settlements and let us borrow against our own land.",
        "direct-quote",
      ],
      [
        "Tom Achebe",
        "Ministers must bring forward the promised rental reform bill before the end of the year.",
        "direct-quote",
      ],
      ["Maria Okafor", "Every new development should come with a bus route on day one.", "direct-quote"],
      [
        "Helen Carr",
        "We recommend that councils be given the power to compulsorily purchase stalled sites at existing-use value.",
        "direct-quote",
      ],
      [
        label(session),
        "The government should replace one-year housing settlements with five-year funding for councils.",
        "summary",
      ],
      [
        label(session),
        "Every new housing development should be served by public transport from the day residents move in.",
        "summary",
      ],
      [label(session), "Councils must be able to buy stalled development sites at existing-use value.", "summary"],
    ]);
  });

  it("links themes through the registry's aliases", () => {
    expect(
      claims("spoke-on")
        .filter((c) => c.to === "planning")
        .map((c) => labelOf(c.from)),
    ).toEqual(["Helen Carr"]);
  });

  it("writes a draft that validates with no error, every claim and new entity a warning until accepted", () => {
    const dir = corpusWithArticle();
    const text = renderDraft(draft, new Map(draft.entities.map((e) => [e.id, e.label])));
    writeFileSync(join(dir, "annotations", `${ID}.yaml`), text);
    const corpus = validateCorpus(readCorpusFiles(dir));
    expect(corpus.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    expect(corpus.pending).toEqual({ claims: draft.claims.length, entities: draft.entities.length });
    expect(corpus.claims).toEqual([]);
    // Accepting everything puts it all in the graph.
    writeFileSync(join(dir, "annotations", `${ID}.yaml`), text.replaceAll("status: suggested", "status: accepted"));
    const graph = buildGraph(loadValidCorpus(dir));
    expect(graph.getNodeAttribute("priya-natarajan", "label")).toBe("Priya Natarajan");
    expect(graph.hasEdge("chaired:owen-price->northern-housing-roundtable-panel")).toBe(true);
  });

  it("is deterministic: the same corpus gives the same draft, byte for byte", () => {
    const again = draftFor(corpusWithArticle());
    const labels = new Map(draft.entities.map((e) => [e.id, e.label]));
    expect(renderDraft(again, labels)).toBe(renderDraft(draft, labels));
  });
});
