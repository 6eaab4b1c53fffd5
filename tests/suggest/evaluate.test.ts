// Precision and recall of `suggest` on the seed corpus, each source's hand annotations hidden. The thresholds are the
// numbers measured when the suggester was written (docs/add-a-source.md), rounded down a little: a change that makes
// suggestions worse fails here.
import { describe, expect, it } from "vitest";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import { compareDraft, evaluateSuggestions, introducedOnlyBy, type Category } from "../../src/suggest/evaluate.js";
import { parseOnce, type Draft } from "../../src/suggest/suggest.js";
import { DATA_DIR } from "../helpers/corpus.js";

// Each seed text tagged once for all this file's drafts: the three registry modes and every proposal drafted.
const parse = parseOnce();
const evaluation = evaluateSuggestions(DATA_DIR, { suggest: { parse } });

/** [precision, recall] at least, summed over the three seed sources. */
const FLOORS: Record<"full" | "stripped" | "none", Record<Category, [number, number]>> = {
  full: {
    people: [0.95, 0.95],
    organisations: [0.95, 0.9],
    chair: [0.95, 0.95],
    affiliations: [0.95, 0.95],
    roles: [0.95, 0.95],
    quotes: [0.95, 0.9],
    "spoke-on": [0.7, 0.58],
    // Round 10 stopped drafting reported speech and the narrative's modals (DROPPED): recall 0.92 → 0.85; stop 29 a
    // wish or a need in a speaker's own words (most of the articles' proposals are "need"s): 0.85 → 0.35; stop 30 a
    // speaker's "should", "must", call or "recommend": 0.35 → 0.04 (1 of 26: the rest are listed for the reviewer).
    // Stop 44: none of the seeds' proposals is of a kind drafted by default (recommendations.ts, KEPT: chosen on first
    // sight), so none is drafted now; the every-proposal test below measures how they are read.
    recommendations: [0, 0],
  },
  stripped: {
    people: [0.95, 0.95],
    organisations: [0.95, 0.88],
    chair: [0.95, 0.95],
    affiliations: [0.95, 0.95],
    roles: [0.95, 0.95],
    quotes: [0.95, 0.9],
    "spoke-on": [0.66, 0.53],
    // Round 10 stopped drafting reported speech and the narrative's modals (DROPPED): recall 0.92 → 0.85; stop 29 a
    // wish or a need in a speaker's own words (most of the articles' proposals are "need"s): 0.85 → 0.35; stop 30 a
    // speaker's "should", "must", call or "recommend": 0.35 → 0.04 (1 of 26: the rest are listed for the reviewer).
    // Stop 44: none of the seeds' proposals is of a kind drafted by default (recommendations.ts, KEPT: chosen on first
    // sight), so none is drafted now; the every-proposal test below measures how they are read.
    recommendations: [0, 0],
  },
  none: {
    people: [0.95, 0.95],
    organisations: [0.9, 0.5],
    chair: [0.95, 0.95],
    affiliations: [0.95, 0.95],
    roles: [0.95, 0.95],
    // Every sentence of an attributed quote is kept as its speaker's words, a theme or none (h19-speech): 0.72 → 1.00.
    quotes: [0.95, 0.95],
    "spoke-on": [0.1, 0.03],
    // Round 10 stopped drafting reported speech and the narrative's modals (DROPPED): recall 0.92 → 0.85; stop 29 a
    // wish or a need in a speaker's own words (most of the articles' proposals are "need"s): 0.85 → 0.35; stop 30 a
    // speaker's "should", "must", call or "recommend": 0.35 → 0.04 (1 of 26: the rest are listed for the reviewer).
    // Stop 44: none of the seeds' proposals is of a kind drafted by default (recommendations.ts, KEPT: chosen on first
    // sight), so none is drafted now; the every-proposal test below measures how they are read.
    recommendations: [0, 0],
  },
};

describe("suggest, measured against the hand annotations", () => {
  for (const [mode, floors] of Object.entries(FLOORS) as [keyof typeof FLOORS, Record<Category, [number, number]>][]) {
    for (const [category, [precision, recall]] of Object.entries(floors) as [Category, [number, number]][]) {
      it(`${category}, registry ${mode}: precision ≥ ${precision}, recall ≥ ${recall}`, () => {
        const measure = evaluation.totals[mode]![category];
        // A floor of nothing drafted: nothing is (stop 44, recommendations).
        if (precision === 0 && recall === 0) return expect(measure.suggested).toBe(0);
        expect(measure.suggested).toBeGreaterThan(0);
        expect(measure.precision).toBeGreaterThanOrEqual(precision);
        expect(measure.recall).toBeGreaterThanOrEqual(recall);
      });
    }
  }

  // With every proposal drafted (`suggest --every-proposal`): the seeds' proposals are found and given to the right
  // speaker (measured at stop 30: 31/32 and 24/26, rounded down), only the kinds drafted by default are held back.
  it("recommendations, registry full, every proposal drafted: precision ≥ 0.95, recall ≥ 0.9", () => {
    const measure = evaluateSuggestions(DATA_DIR, { modes: ["full"], suggest: { everyProposal: true, parse } }).totals
      .full!.recommendations;
    expect(measure.precision).toBeGreaterThanOrEqual(0.95);
    expect(measure.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("measures every annotated seed source in every registry mode", () => {
    expect(evaluation.sources.map((s) => `${s.registry} ${s.source}`)).toEqual(
      ["full", "stripped", "none"].flatMap((mode) =>
        ["leaders-council-nhs-inequality-2022", "luc-ics-session-2023", "luc-inquiry-sessions-march-2023"].map(
          (source) => `${mode} ${source}`,
        ),
      ),
    );
  });

  it("strips from the registry what only the hidden source uses, and keeps what another source shares", () => {
    const raw = readCorpusFiles(DATA_DIR);
    const only = introducedOnlyBy(raw, "luc-inquiry-sessions-march-2023");
    // Part one's panellists are only in this source; part two's are also in luc-ics-session-2023.
    expect(only).toContain("jeffrey-matsu");
    expect(only).toContain("cipfa");
    expect(only).not.toContain("geoff-little");
    expect(only).not.toContain("health-inequalities"); // a parent of themes other sources use
  });
});

describe("the comparison itself", () => {
  const full = validateCorpus(readCorpusFiles(DATA_DIR));
  const quote = (source: string, text: string) => {
    const s = full.sources.find((x) => x.meta.id === source)!;
    const start = s.text.indexOf(text);
    return { quote: text, kind: "reported" as const, start, end: start + text.length };
  };

  it("matches a new entity to the hand one by name, roles by their words, and recommendations by passage", () => {
    const source = "luc-ics-session-2023";
    const draft: Draft = {
      source,
      entities: [
        { section: "people", id: "sarah-reed-2", label: "Sarah Reed", aliases: [], first: 0 },
        { section: "people", id: "nobody", label: "No Body", aliases: [], first: 0 },
      ],
      claims: [
        {
          group: "x",
          relation: "affiliated-with",
          from: "sarah-reed-2",
          to: "nuffield-trust",
          role: "a senior fellow",
          evidence: [quote(source, "Sarah Reed, a Senior Fellow at the Nuffield Trust")],
        },
        {
          group: "x",
          relation: "spoke-on",
          from: "nobody",
          to: "nhs-culture",
          evidence: [quote(source, "Ultimately, a huge culture change is needed.")],
        },
        {
          group: "x",
          relation: "recommends",
          from: "nobody",
          to: "whatever",
          evidence: [quote(source, "a huge culture change is needed")],
        },
      ],
      found: {
        people: { linked: 0, new: 2 },
        organisations: { linked: 1, new: 0 },
        themes: { linked: 1, new: 0 },
        quotes: 0,
        recommendations: { linked: 0, new: 1 },
      },
    };
    const counts = compareDraft(draft, full);
    expect(counts.people).toEqual({ suggested: 2, correct: 1, expected: 4, found: 1 });
    expect(counts.roles).toEqual({ suggested: 1, correct: 1, expected: 4, found: 1 });
    expect(counts["spoke-on"]).toMatchObject({ suggested: 1, correct: 0 });
    expect(counts.recommendations).toMatchObject({ suggested: 1, correct: 1, found: 1 });
  });
});
