// Speaker → theme (`spoke-on`), stop 40 (fwe, from the walkthrough w40): a committee's report of an inquiry, printed
// as text, proposed its layout as themes. A cross-reference ("(Paragraph 10)" ending each recommendation, "see
// paragraph 4.2", "(para 12)", "Chapter 3") is no theme word; a structural heading ("Conclusions and recommendations",
// "Summary", "Contents", "Formal minutes", "Witnesses", on its contents line or as a heading) is none either; and a
// plural the tagger reads as a verb alone ("Hedges") is one theme with its singular ("Hedge"). Texts, people and
// bodies invented for the test.
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { layoutSpans, newThemeCandidates } from "../../../../src/suggest/themes.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const newThemes = (text: string) =>
  draftOf(text)
    .entities.filter((e) => e.section === "themes")
    .map((e) => e.label)
    .sort();

/** A report of an inquiry, as text: title block, contents, numbered paragraphs and its recommendations. */
const report = paragraphsText(
  "Highland Affairs Committee",
  "Hedgerows and field margins",
  "Second Report of Session 2026–27",
  "Report, together with formal minutes relating to the report",
  "Contents",
  "Summary 3",
  "1 Introduction 4",
  "2 Hedge cutting 5",
  "Conclusions and recommendations 7",
  "Formal minutes 8",
  "Witnesses 9",
  "Published written evidence 10",
  "Summary",
  "Farmers cut hedges too often and too early. We make recommendations on hedge cutting and on field margins.",
  "1 Introduction",
  "1. We held this inquiry after reports that nesting birds were lost when a hedge was cut in spring.",
  "2 Hedge cutting",
  "2. Moira Tullen of the Vale Wildlife Group told us that a hedge cut every year never flowers. See paragraph 4.2 and Chapter 3.",
  "3. The Hedgelayers' Guild said that hedges recover when they are cut every third year (para 12).",
  "4. Field margins left uncut shelter pollinators, as paragraphs 5–7 set out. A margin of six metres is enough.",
  "Conclusions and recommendations",
  "1. The Government should ban hedge cutting between March and August. (Paragraph 2)",
  "2. Grants should reward field margins left uncut for a whole year. (Paragraph 4)",
  "3. Farmers should cut each hedge no more than once in three years. (Paragraph 3)",
  "Formal minutes",
  "Witnesses",
  "Published written evidence",
);

describe("a report's layout is no theme", () => {
  it("proposes no theme of its cross-references or its structural headings", () => {
    const themes = newThemes(report);
    expect(
      themes.filter((t) =>
        /paragraph|para\b|chapter|recommendation|conclusion|summary|introduction|minute|witness|evidence|content/iu.test(
          t,
        ),
      ),
    ).toEqual([]);
    expect(themes).toContain("Field margins");
  });

  it("takes each cross-reference's form and each heading's line as layout, and no sentence that names one", () => {
    const text = [
      "as set out in (Paragraph 10) above",
      "see paragraph 4.2 below",
      "noted (para 12) there",
      "in Chapter 3 we turn",
      "Conclusions and recommendations",
      "Annex: Witnesses",
      "We read the conclusions and recommendations of the panel with care.",
    ].join("\n");
    expect(layoutSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "(Paragraph 10)",
      "see paragraph 4.2",
      "(para 12)",
      "Chapter 3",
      "Conclusions and recommendations",
      "Annex: Witnesses",
    ]);
  });

  it("still proposes a theme named in a heading that is no part of the layout", () => {
    const themes = newThemes(
      paragraphsText(
        "Rural broadband",
        "Rural broadband is slow in the upland parishes, Nell Farrow of the Upland Parish Council said.",
        "Rural broadband grants reach only the market towns, she said.",
      ),
    );
    expect(themes).toContain("Rural broadband");
  });
});

describe("a plural and its singular are one theme", () => {
  /** The phrases a pattern finds, as the tagger would give them (lower case, with their places). */
  const phrasesOf = (text: string, pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => ({
      phrase: m[0].toLowerCase(),
      span: { start: m.index, end: m.index + m[0].length },
    }));
  const candidates = (text: string, pattern: RegExp) =>
    newThemeCandidates(text, phrasesOf(text, pattern), new KnownEntities([]), [], 8).map((t) => [t.label, t.count]);

  it("counts 'monitors' under 'monitor' where the text names both, though the tagger reads 'monitors' alone as a verb", () => {
    const text = paragraphsText(
      "Volunteers found monitors that reported nothing, and broken monitors gave no warning; the board will replace the monitors.",
      "A monitor is forty years old at Ashby. A new monitor costs more than the board spends, and no monitor can be mended in a month.",
    );
    expect(candidates(text, /\bmonitors?\b/giu)).toEqual([["Monitors", 6]]);
  });

  it("keeps a plural alone where the text never names its singular,", () => {
    const text = paragraphsText(
      "The repairs took months. Repairs at Ashby were worse, and repairs at Dunwold never began.",
      "The repair crews at Ashby were short of divers, the repair crews at Dunwold of boats.",
    );
    expect(
      candidates(text, /\brepairs\b|\brepair crews\b/giu)
        .map(([label]) => label)
        .sort(),
    ).toEqual(["Repair crews", "Repairs"]);
  });
});
