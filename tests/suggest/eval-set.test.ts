// The evaluation set (tests/fixtures/eval/, texts written for it): its split is what split.yaml records, its gold is
// valid and follows the annotation rules of its README, and `suggest` on each half is measured with floors at the
// numbers the rules reached when the set was made (the honest baseline, docs/add-a-source.md). Raise a floor when the
// suggester gets better on the held-out half; never tune on the held-out half to do it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatProblem } from "../../src/ingest/problems.js";
import { readCorpusFiles } from "../../src/ingest/read.js";
import { validateCorpus } from "../../src/ingest/validate.js";
import {
  CATEGORIES,
  evaluateSuggestions,
  evaluationSetDir,
  REGISTRY_MODES,
  type Category,
  type RegistryMode,
} from "../../src/suggest/evaluate.js";
import { parseOnce } from "../../src/suggest/suggest.js";
import { ROOT } from "../helpers/corpus.js";

const EVAL = join(ROOT, "tests/fixtures/eval");
const HALVES = ["dev", "held-out"] as const;
const FORMS = ["transcript", "write-up", "blog", "news"];

interface Split {
  forms: string[];
  dev: { source: string; form: string }[];
  "held-out": { source: string; form: string }[];
}
const split = parse(readFileSync(join(EVAL, "split.yaml"), "utf8")) as Split;

/** [precision, recall] at least, per half and registry mode: what the rules reached when the set was made. */
const FLOORS: Record<(typeof HALVES)[number], Record<RegistryMode, Record<Category, [number, number]>>> = {
  dev: {
    // Raised after tuning on this half (h19-rules), rounded down a little; then re-set on branch h19-dev2 to what the
    // rules reach on the half with its four added texts (public libraries), rounded down a little: chair rose to 1.00
    // with rules for "in the chair was", "Chair:", "presided", "chairing"; affiliations rose with "(Role, Org)",
    // "speaking for Org", "all from Org", "Org's Role of X, Name", "the Trust's Role", "who leads the Trust's team";
    // "Prof X of Y" gives the role "Prof"; the new texts' spoke-on themes lowered some fields, which these floors
    // record honestly rather than hide. With an empty registry the speaker→theme edges go to new candidate themes,
    // whose labels rarely are the annotator's, so that field's floor is low. Lowered on branch h19-dev3 to what the
    // rules reach once the half gained eight texts written blind to the rules (prison education, school meals, river
    // pollution, community energy), whose forms vary as real UK texts do: the rules had been fitted to the older dev
    // texts, and these floors record the measured drop rather than hide it (tuning should raise them again).
    // Quotes and recommendations raised on branch h19-speech to what its attribution and idiom rules reach; spoke-on
    // precision a point lower there (quotes now attributed carry themes matched in their words, and the sentence that
    // gives a quotation its themes), recall up three points.
    // Raised on branch h19-people for people, organisations, chair, affiliations and roles (rules for the forms of
    // real texts: chairs of other bodies, second posts, parties in brackets, organisations in more shapes). Where the
    // two branches met, each floor was re-set to what the merged rules measure, rounded down a little.
    // Lowered on branch h19-dev4 to what the rules measure once the half gained four texts written blind to the rules
    // on how people's posts and organisations are written (dementia care, coastal towns, air quality, apprenticeships):
    // posts in sentences of their own, "Representing Org was Name", "Org was represented by its leader", bare "Name,
    // Org" lists, "chaired by our CEO, Name", "took the chair", former posts and posts with no organisation. Each floor
    // that the new texts broke is the measured value rounded down; tuning should raise them again.
    // Spoke-on raised on branch h19-themes (the narrower of two themes a passage names, a known one before a new
    // one; no verb read as a theme; new candidate themes as the text names its subjects): full P 0.63 → 0.73,
    // stripped 0.53 → 0.59, none 0.20 → 0.31.
    // Raised again on branch h19-people2 for people, organisations, affiliations and roles (quotes, spoke-on and
    // recommendations as h19-dev4 set them): rules for posts in sentences of their own, representation, appositions
    // and back-references (full registry roles 0.85/0.82 after the merge, 0.97/0.96 with the rules). Each floor: what
    // was measured, rounded down.
    // After the last merge (h19-themes, h19-people2), every dev floor was re-set to the merged rules' measure,
    // rounded down.
    // Recommendations raised on branch h19-recs (questions reported, conditions, what a law or scheme does, past calls,
    // forecasts, a chair's procedure; "X wants the rules rewritten"): 63/64 and 62/62 on every registry.
    // Recommendations raised on branch r6-recs to 63/63 and 62/62 on every registry (the vetoes of `proposes`: an
    // idiom, a call of the past, a calling word that is a noun, a passive call with no caller).
    // Spoke-on raised on branch speech2 (one-word theme names only in a text on the theme's family, the narrower theme
    // a paragraph names, views reported clause by clause): full 79/109 and 79/134, stripped 45/85 and 45/134.
    // Chair (full) raised on branch chairs2 (the chair rules in chairs.ts: a person tied in one clause to a chair word
    // whose object is the session, "took the chair" among them): 22/22. Stripped and none stay 21/22: the chair there
    // is a name the people finder does not keep.
    // People (stripped, none) raised on branch r3-people (a full name with a member's letters is a person): 144/146.
    // Organisations raised on branch r3-speech (organisations named before a quotation in the sentence that gives it
    // are the source's mentions): full 129/129, stripped 124/129.
    // People and chair (stripped, none) raised on branch r6-chairs (one who "took the chair" is a person): 146/146 and
    // 22/22.
    // Spoke-on (full, stripped) raised on branch r4-themes (a registry theme found by its label's words in other
    // forms and orders): full 80/110, 80/134; stripped 46/86, 46/134.
    // Affiliations and roles re-set on branch r6-aff (affiliations decided by the learned pair scorer,
    // src/suggest/affiliations.ts): one more pair found in each registry mode (full 105/105, stripped 103/105, none
    // 103/105) and one more wrong ("Lord Pellow presided over the session of the Lords Communities Committee": a chair
    // of a session, not a post in the committee), so precision falls a hair: full 105/106, stripped 103/104, none
    // 103/105. Roles follow: full 102/106 and 102/105, stripped 100/104 and 100/105, none 100/105.
    full: {
      people: [1.0, 1.0],
      organisations: [1.0, 1.0],
      chair: [1.0, 1.0],
      affiliations: [0.99, 1.0],
      roles: [0.96, 0.97],
      quotes: [1.0, 1.0],
      "spoke-on": [0.72, 0.59],
      // Round 10 stopped drafting reported speech and the narrative's modals (right 8 of 12 and 9 of 13 on unseen
      // sets; recommendations.ts, DROPPED): dev recall 1.00 → 0.71, its passages listed for the reviewer. Stop 29
      // stopped drafting a wish or a need in a speaker's own words (12 of 26 right on unseen sets): 0.71 → 0.69; stop
      // 30 a speaker's "should", "must", call or "recommend" (21 of 38 on unseen sets): 0.69 → 0.44 (27/62); stop 31
      // the text's own "we should", "we need to", "we must" (4 of 13 on unseen sets 19–31): 0.44 → 0.40 (25/62). Stop
      // 44 drafts only the kinds right four times in five on first sight (recommendations.ts, KEPT; the rest listed):
      // 0.77 → 0.11 (51/66 → 7/66), precision 1.00 as before.
      recommendations: [1.0, 0.1],
    },
    stripped: {
      people: [1.0, 1.0],
      organisations: [1.0, 0.96],
      chair: [1.0, 1.0],
      affiliations: [0.99, 0.98],
      roles: [0.96, 0.95],
      // Round 11 (transcripts): a member's question on no theme the draft knows is drafted as put to the one who
      // answers it, so with no registry no quote is lost: 240/240 and 139/139, as with the full registry.
      quotes: [1.0, 1.0],
      "spoke-on": [0.53, 0.34],
      // Round 10 stopped drafting reported speech and the narrative's modals (right 8 of 12 and 9 of 13 on unseen
      // sets; recommendations.ts, DROPPED): dev recall 1.00 → 0.71, its passages listed for the reviewer. Stop 29
      // stopped drafting a wish or a need in a speaker's own words (12 of 26 right on unseen sets): 0.71 → 0.69; stop
      // 30 a speaker's "should", "must", call or "recommend" (21 of 38 on unseen sets): 0.69 → 0.44 (27/62); stop 31
      // the text's own "we should", "we need to", "we must" (4 of 13 on unseen sets 19–31): 0.44 → 0.40 (25/62). Stop
      // 44 drafts only the kinds right four times in five on first sight (recommendations.ts, KEPT; the rest listed):
      // 0.77 → 0.11 (51/66 → 7/66), precision 1.00 as before.
      recommendations: [1.0, 0.1],
    },
    none: {
      people: [1.0, 1.0],
      // Precision raised on branch r11-aff (two bodies joined by "and" read as two; a post's field no organisation):
      // organisations 124/124, affiliations 103/104, roles 100/104.
      organisations: [1.0, 0.96],
      chair: [1.0, 1.0],
      affiliations: [0.99, 0.98],
      roles: [0.96, 0.95],
      quotes: [1.0, 1.0],
      // 0.31: "Jade Whitmore, 19, …" is now found as a person, and her words' theme, new with an empty registry, is
      // not the gold's (as for every other speaker of that text).
      "spoke-on": [0.31, 0.09],
      // Round 10 stopped drafting reported speech and the narrative's modals (right 8 of 12 and 9 of 13 on unseen
      // sets; recommendations.ts, DROPPED): dev recall 1.00 → 0.71, its passages listed for the reviewer. Stop 29
      // stopped drafting a wish or a need in a speaker's own words (12 of 26 right on unseen sets): 0.71 → 0.69; stop
      // 30 a speaker's "should", "must", call or "recommend" (21 of 38 on unseen sets): 0.69 → 0.44 (27/62); stop 31
      // the text's own "we should", "we need to", "we must" (4 of 13 on unseen sets 19–31): 0.44 → 0.40 (25/62). Stop
      // 44 drafts only the kinds right four times in five on first sight (recommendations.ts, KEPT; the rest listed):
      // 0.77 → 0.11 (51/66 → 7/66), precision 1.00 as before.
      recommendations: [1.0, 0.1],
    },
  },

  // Measured, never tuned on: re-set to the numbers of main after round 6 (2026-12-05, late afternoon), rounded
  // down; the rules and the two learned models were written and trained on dev, on new dev texts and on real public
  // texts outside the repo, never on this half. Round 6's learned affiliation decision raised affiliations (full F1
  // 0.88 → 0.98) and roles recall (0.71 → 0.78); roles precision fell a point (0.82 → 0.81, one pair's role text
  // read from the words between the names, not the annotator's). Round 7 (stop 26): with an empty registry the pair
  // model ties one more right pair (affiliations recall 0.89 → 0.93) whose role is not the annotator's wording, so
  // roles precision there fell 0.81 → 0.78 (21/26 → 21/27): the same pair, counted once right and once wrong.
  // Round 10 (stop 27): reported speech and the narrative's modals are no longer drafted (right 8 of 12 and 9 of 13 on
  // real texts the rules had not seen; recommendations.ts, DROPPED): recommendations 0.95 / 0.95 → 0.93 / 0.65
  // (13/14, 13/20), the passages left out listed in the draft's header for the reviewer. Stop 29: a wish or a need in
  // a speaker's own words ("we need to", "we would like to see"; 12 of 26 right on unseen real sets) is no longer
  // drafted either; the held-out half has none, so it does not move. Stop 30: nor a speaker's "should", "must", call
  // or "recommend" (21 of 38 right on unseen real sets; decided by a rule fixed before the count): 0.93 / 0.65 → 0.86 /
  // 0.30 (6/7, 6/20), the held-out half's speakers' proposals listed for the reviewer instead.
  // Stop 34: eight texts added to this half (16 now), each written blind to the rules in the form of a real text
  // nobody had tuned on (split.yaml), so that the half is about as hard as real texts: the floors re-set to main's
  // numbers on the sixteen (d330b62), rounded down. The first eight alone measure as they did (full registry: people
  // 1.00 / 1.00, affiliations 1.00 / 0.96, quotes 1.00 / 0.97). Stop 38 (c38): a text that tells of no occasion
  // drafts no panel; one held-out text lost its drafted session (measured as totals, not read), and a quotation its
  // `panellist-in` claims had carried is now `spoke-on` the text's main theme, which its gold does not have: spoke-on
  // precision 36/54 → 36/55 (full), 30/46 → 30/47 (stripped), floors 0.66 → 0.65 and 0.65 → 0.63; recall unchanged.
  // Stop 39 (fxc): with no chair, a panellist must be named in a paragraph that tells of the occasion (a colleague
  // quoted in a post about a hearing sat on no panel); one held-out text's quotation, carried by a `panellist-in`
  // claim before, is now `spoke-on` a theme its gold does not have (measured as totals, not read): spoke-on precision
  // 36/55 → 36/56 (full), 30/47 → 30/48 (stripped), floors 0.65 → 0.64 and 0.63 → 0.62; recall unchanged. On dev the
  // same rule made one more right spoke-on pair (85 → 86 of 139, full).
  "held-out": {
    full: {
      people: [0.95, 1.0],
      organisations: [0.88, 1.0],
      chair: [1.0, 1.0],
      affiliations: [0.83, 0.86],
      roles: [0.69, 0.72],
      quotes: [0.97, 0.84],
      "spoke-on": [0.64, 0.63],
      // Stop 44: only the kinds right four times in five on first sight are drafted (recommendations.ts, KEPT),
      // measured after the choice, never tuned on: 17/18, 18/28 → 3/3, 3/28.
      recommendations: [0.85, 0.1],
    },
    stripped: {
      people: [0.95, 1.0],
      organisations: [0.84, 0.89],
      chair: [1.0, 1.0],
      affiliations: [0.82, 0.82],
      roles: [0.7, 0.7],
      quotes: [0.97, 0.84],
      "spoke-on": [0.62, 0.52],
      // Stop 44: only the kinds right four times in five on first sight are drafted (recommendations.ts, KEPT),
      // measured after the choice, never tuned on: 17/18, 18/28 → 3/3, 3/28.
      recommendations: [0.85, 0.1],
    },
    none: {
      people: [0.95, 1.0],
      organisations: [0.88, 0.89],
      chair: [1.0, 1.0],
      affiliations: [0.82, 0.82],
      roles: [0.7, 0.7],
      quotes: [0.97, 0.84],
      // Stop 42 (fwb43, w43 #12): a named person's quoted words on no theme are spoke-on the title's new theme, not
      // mentions of it (who-spoke-on found nobody in a whole article): two more drafted, not the gold's (5/13 → 5/15).
      "spoke-on": [0.33, 0.08],
      // Stop 44: only the kinds right four times in five on first sight are drafted (recommendations.ts, KEPT),
      // measured after the choice, never tuned on: 17/18, 18/28 → 3/3, 3/28.
      recommendations: [0.85, 0.1],
    },
  },
};

/**
 * The quotations of a text: passages in quotation marks of four words or more (not in the headline, not a
 * spokesperson's or a department's), pull quotes (a line followed by "— Name"), and a transcript's turns after "Examination of witnesses".
 */
function quotationsIn(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const headline = text.indexOf("\n");
  for (const m of text.matchAll(/“([^”]+)”|"([^"\n]+)"/gu)) {
    const inner = m[1] ?? m[2]!;
    const line = text.slice(text.lastIndexOf("\n", m.index) + 1, text.indexOf("\n", m.index));
    if (m.index < headline || inner.split(/\s+/u).length < 4 || /spokesperson|\bDepartment\b/u.test(line)) continue;
    found.push({ start: m.index + 1, end: m.index + 1 + inner.length });
  }
  let at = 0;
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (lines[i + 1]?.startsWith("— ")) found.push({ start: at, end: at + line.length });
    at += line.length + 1;
  });
  const examination = text.indexOf("Examination of witnesses");
  if (examination >= 0) {
    for (const m of text.slice(examination).matchAll(/^(?!Witness)(?:Q\d+ )?[A-Z][^:\n]{2,60}: (.+)$/gmu)) {
      const end = examination + m.index + m[0].length;
      found.push({ start: end - m[1]!.length, end });
    }
  }
  return found;
}

describe("the evaluation set", () => {
  // Dev has one transcript more (stop 38: a layout of labels alone on their lines, split.yaml).
  it("is split once into two halves, the forms balanced in each (dev six of each, held-out four), no text in both", () => {
    expect(split.forms).toEqual(FORMS);
    const perForm = { dev: { transcript: 7 }, "held-out": {} } as Record<string, Record<string, number>>;
    const each = { dev: 6, "held-out": 4 } as const;
    for (const half of HALVES) {
      const forms = split[half].map((x) => x.form).sort();
      expect(forms, half).toEqual(FORMS.flatMap((f) => Array<string>(perForm[half]![f] ?? each[half]).fill(f)).sort());
      const files = readdirSync(join(EVAL, half, "sources"))
        .filter((f) => f.endsWith(".txt"))
        .map((f) => f.replace(/\.txt$/u, ""))
        .sort();
      expect(files, `${half}/sources holds exactly the texts split.yaml gives it`).toEqual(
        split[half].map((x) => x.source).sort(),
      );
      const annotated = readdirSync(join(EVAL, half, "annotations")).map((f) => f.replace(/\.yaml$/u, ""));
      expect(annotated.sort(), `${half}: every text has its gold`).toEqual(files);
    }
    const dev = new Set(split.dev.map((x) => x.source));
    expect(split["held-out"].filter((x) => dev.has(x.source))).toEqual([]);
  });

  // 300 words at first; the held-out texts written in the forms of real ones (stop 34) are as long as the real
  // excerpts they imitate (1–3k characters), two of them a little under 300 words.
  it("has texts of 200 to 900 words", () => {
    for (const half of HALVES) {
      for (const { source } of split[half]) {
        const words = readFileSync(join(EVAL, half, "sources", `${source}.txt`), "utf8")
          .split(/\s+/u)
          .filter(Boolean);
        expect(words.length, source).toBeGreaterThanOrEqual(200);
        expect(words.length, source).toBeLessThanOrEqual(900);
      }
    }
  });

  for (const half of HALVES) {
    const corpus = validateCorpus(readCorpusFiles(evaluationSetDir(half)));

    it(`${half}: the gold validates with no problem at all (every quote is found in its text)`, () => {
      expect(corpus.problems.map(formatProblem)).toEqual([]);
      expect(corpus.sources.length).toBe({ dev: 25, "held-out": 16 }[half]);
    });

    it(`${half}: the gold follows the set's rules: own words from people, chairs from the title, no idiom recommended`, () => {
      const typeOf = (id: string) => corpus.entities.get(id)?.type;
      for (const c of corpus.claims) {
        // Direct quotes are a person's own words; a panel's statement is the session's `agreed-on`, a summary.
        for (const e of c.evidence.filter((x) => x.kind === "direct-quote")) {
          expect(typeOf(c.from), `${c.relation} ${c.from}: "${e.quote}"`).toBe("person");
        }
        if (c.relation === "spoke-on") expect(c.evidence.map((e) => e.kind)).not.toContain("summary");
        if (c.relation === "recommends") {
          for (const e of c.evidence) expect(e.quote).not.toMatch(/recommended reading|comes highly recommended/iu);
        }
      }
      // Every quotation is in the gold as some person's direct quote (headlines and unnamed spokespeople aside).
      for (const source of corpus.sources) {
        const quotes = corpus.claims
          .filter((c) => c.source === source.meta.id && typeOf(c.from) === "person")
          .flatMap((c) => c.evidence.filter((e) => e.kind === "direct-quote"));
        for (const q of quotationsIn(source.text)) {
          expect(
            quotes.some((e) => e.start < q.end && q.start < e.end),
            `${source.meta.id}: no gold direct quote for "${source.text.slice(q.start, q.end)}"`,
          ).toBe(true);
        }
      }
      // Every text of a hearing or panel with a chair names the chair once per session.
      const chairs = corpus.claims.filter((c) => c.relation === "chaired");
      expect(new Set(chairs.map((c) => `${c.source} ${c.to}`)).size).toBe(chairs.length);
    });
  }
});

describe("suggest measured on the evaluation set", () => {
  // Each text tagged once for all this file's drafts: the three registry modes and every proposal drafted.
  const parse = parseOnce();
  for (const half of HALVES) {
    const evaluation = evaluateSuggestions(evaluationSetDir(half), { suggest: { parse } });

    it(`${half}: measures every text in every registry mode, every field`, () => {
      expect(evaluation.sources.map((s) => `${s.registry} ${s.source}`)).toEqual(
        REGISTRY_MODES.flatMap((mode) =>
          split[half]
            .map((x) => x.source)
            .sort()
            .map((source) => `${mode} ${source}`),
        ),
      );
      for (const mode of REGISTRY_MODES) {
        expect(Object.keys(evaluation.totals[mode]!)).toEqual([...CATEGORIES]);
        for (const category of CATEGORIES) {
          const m = evaluation.totals[mode]![category];
          expect(m.expected, `${mode} ${category}: the gold has some`).toBeGreaterThan(0);
          expect(m.correct).toBeLessThanOrEqual(m.suggested);
          expect(m.found).toBeLessThanOrEqual(m.expected);
        }
      }
    });

    for (const mode of REGISTRY_MODES) {
      for (const [category, [precision, recall]] of Object.entries(FLOORS[half][mode]) as [
        Category,
        [number, number],
      ][]) {
        it(`${half}, registry ${mode}, ${category}: precision ≥ ${precision}, recall ≥ ${recall}`, () => {
          const measure = evaluation.totals[mode]![category];
          expect(measure.precision ?? 0).toBeGreaterThanOrEqual(precision);
          expect(measure.recall ?? 0).toBeGreaterThanOrEqual(recall);
        });
      }
    }
  }

  // With every proposal drafted (`suggest --every-proposal`), what the rules that find proposals reach before the kinds
  // too often wrong on real texts are held back (measured at stop 30: held-out 20/22 and 19/20, rounded down; stop 34,
  // with the eight texts written in real texts' forms: 27/31 and 26/28).
  it("held-out, registry full, every proposal drafted, recommendations: precision ≥ 0.87, recall ≥ 0.92", () => {
    const every = evaluateSuggestions(evaluationSetDir("held-out"), {
      modes: ["full"],
      suggest: { everyProposal: true, parse },
    });
    const measure = every.totals.full!.recommendations;
    expect(measure.precision ?? 0).toBeGreaterThanOrEqual(0.87);
    expect(measure.recall ?? 0).toBeGreaterThanOrEqual(0.92);
  });
});
