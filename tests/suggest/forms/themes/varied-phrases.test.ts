// Speaker → theme (`spoke-on`), stop 40: what a hearing keeps returning to, said in varied phrases, each on a small
// text written for this test (people, places, bodies and themes invented). A plural the text mostly counts or owns
// ("we run twelve crossings", "our crossings") is no subject; an abstract subject named alone twice and once more as
// what a longer phrase is about ("accessibility audits") counts three times; "the late sailing fee" counts towards
// "sailing fee"; the cap on new themes keeps the most often named, then those named in more paragraphs.
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { newThemeCandidates, nounPhrases } from "../../../../src/suggest/themes.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const newThemes = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "themes")
    .map((e) => e.label)
    .sort();

/** The new candidates of `text` as the tagger reads it, at most `limit`, in their order. */
const candidates = (text: string, limit = 8) =>
  newThemeCandidates(text, nounPhrases(nlp(text)), new KnownEntities([]), [], limit).map((t) => t.label);

describe("a plural the text mostly counts or owns is no theme", () => {
  it("drafts no 'Crossings' from 'twelve crossings', 'our crossings', 'those crossings'", () => {
    const draft = draftOf(
      paragraphsText(
        "Q1 Chair: Mr Asher, how is the winter timetable?",
        "Colm Asher: We run twelve crossings a day in summer. The winter timetable is thinner, and our crossings to the outer isles are the first to go.",
        "Q2 Chair: Why do they go first?",
        "Colm Asher: Those crossings lose money every winter. We cut crossings when the crews are short, and the winter timetable suffers.",
      ),
    );
    const themes = newThemes(draft);
    expect(themes.some((label) => /^crossings?$/iu.test(label))).toBe(false);
    expect(themes).toContain("Winter timetable");
  });

  it("still drafts a plural the text speaks of as a subject ('Timetables are …', 'joined-up timetables')", () => {
    expect(
      candidates(
        paragraphsText(
          "Ruth Okafor: The timetables in the valley towns are rarely connected to the railway.",
          "Ann Bell: Our timetables were written in 2009, and joined-up timetables would help every passenger.",
          "Tom Reed: So you would start with timetables?",
        ),
      ),
    ).toContain("Timetables");
  });

  it("still drafts a plural counted once of three times ('two vessels', 'the vessels', 'where vessels are sent')", () => {
    expect(
      candidates(
        paragraphsText(
          "Colm Asher: The operator should order two vessels of one design.",
          "Ann Bell: The vessels are old and slow.",
          "Tom Reed: Who decides where vessels are sent in winter?",
        ),
      ),
    ).toContain("Vessels");
  });
});

describe("an abstract subject said alone twice and once more in a longer phrase", () => {
  it("drafts 'Accessibility' from 'turn to accessibility', 'Accessibility has to …', 'accessibility audits'", () => {
    const draft = draftOf(
      paragraphsText(
        "Q1 Chair: Let me turn to accessibility. Ms Dale, what do disabled passengers tell you?",
        "Rhona Dale: A pier without a ramp is no pier at all for them. Accessibility has to include the walk to the pier.",
        "Q2 Chair: Mr Asher, how should success be measured?",
        "Colm Asher: We should publish accessibility audits for every island each year.",
      ),
    );
    expect(newThemes(draft)).toContain("Accessibility");
  });

  it("refuses an abstract word named alone only once ('recruitment')", () => {
    expect(
      candidates(
        paragraphsText(
          "Colm Asher: Our biggest risk is recruitment.",
          "Rhona Dale: The recruitment fairs draw nobody, and recruitment agencies charge too much.",
        ),
      ),
    ).not.toContain("Recruitment");
  });

  it("refuses a place, a body or a thing named the same way ('the mainland', 'mainland port')", () => {
    const labels = candidates(
      paragraphsText(
        "Rhona Dale: Islanders travel to the mainland for hospital appointments.",
        "Colm Asher: A car to the mainland now costs twice as much.",
        "Ann Bell: We met at the mainland port last spring.",
      ),
    );
    expect(labels.some((label) => /mainland/iu.test(label))).toBe(false);
  });

  it("refuses a word said more often before others ('connection charges', 'connection queue')", () => {
    const labels = candidates(
      paragraphsText(
        "Ann Bell: The connection is the problem. Connection charges have doubled.",
        "Tom Reed: The connection queue is six years long, and the connection date keeps moving. Every scheme waits for a connection.",
      ),
    );
    expect(labels.some((label) => /^connection$/iu.test(label))).toBe(false);
  });
});

describe("which new themes the cap keeps", () => {
  it("counts 'the late sailing fee' towards 'sailing fee', ahead of a phrase said twice", () => {
    const text = paragraphsText(
      "Ann Bell: The harbour dues are high. The sailing fee went up.",
      "Tom Reed: The harbour dues keep families away. The sailing fee is too high, and the late sailing fee is worse.",
    );
    expect(candidates(text, 1)).toEqual(["Sailing fee"]);
  });

  it("keeps, of two named as often, the one named in more paragraphs", () => {
    const text = paragraphsText(
      "Ann Bell: The winter timetable is thin, and the winter timetable is late.",
      "Tom Reed: The harbour dues are too high.",
      "Ida Lamb: The harbour dues keep families away.",
    );
    expect(candidates(text)).toEqual(["Harbour dues", "Winter timetable"]);
    expect(candidates(text, 1)).toEqual(["Harbour dues"]);
  });

  it("names a theme said as often in either number in the plural ('Harbour walls')", () => {
    const text = paragraphsText(
      "Ann Bell: We want the harbour wall at Dunwold mended.",
      "Tom Reed: The harbour walls cracked again last winter.",
    );
    expect(candidates(text)).toEqual(["Harbour walls"]);
  });
});
