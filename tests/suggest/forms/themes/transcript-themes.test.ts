// Speaker → theme (`spoke-on`), stop 39: new candidate themes an oral-evidence transcript proposed that no reviewer
// would keep, each on a small text written for this test (people, places, bodies and themes invented). A transcript's
// headings ("Witnesses", "Examination of witnesses", "Questions 1 - 12") are no subject; a modifier noun the tagger cut
// off its compound ("community" of "community transport") is the compound or nothing; a theme written in either number
// ("ferry crossing", "ferry crossings") is one theme, the corpus's where the corpus has it.
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { nounPhrases } from "../../../../src/suggest/themes.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const newThemes = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "themes")
    .map((e) => e.label)
    .sort();
const spokeOn = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "spoke-on")
    .map((c) => `${labelIn(draft, c.from)} → ${c.to}`)
    .sort();

const HEADINGS = [
  "Island Affairs Committee",
  "Oral evidence: Ferry services to the outer isles",
  "Members present: Ann Bell (Chair); Tom Fairley; Gwen Arkle.",
  "Questions 1 - 12 Witnesses",
  "I: Rhona Dale, Director, Fenby Trust; and Colm Asher, Master, Skerry Ferries.",
  "Examination of witnesses",
  "Witnesses: Rhona Dale and Colm Asher.",
];

describe("a transcript's headings are no theme", () => {
  it("drafts no theme from 'Witnesses', 'Examination of witnesses' or 'Questions 1 - 12'", () => {
    const draft = draftOf(
      paragraphsText(
        ...HEADINGS,
        "Q1 Chair: Ms Dale, what has happened to ferry crossings to the outer isles?",
        "Rhona Dale: Ferry crossings have been cut by a third since 2019, and the winter timetable leaves whole islands without a crossing for days.",
        "Q2 Chair: Mr Asher, why were the ferry crossings cut?",
        "Colm Asher: The ferry crossings lost money every winter, and the winter timetable could not be staffed.",
        "Examination of witnesses",
        "Witnesses: Ewan Strode, Harbour Master, Port of Skerry.",
        "Q3 Chair: Mr Strode, thank you for joining the witnesses today. Are the ferry crossings safe?",
        "Ewan Strode: The ferry crossings are safe, but the winter timetable is not kept.",
      ),
    );
    const themes = newThemes(draft);
    expect(themes.some((label) => /witness|question|examination/iu.test(label))).toBe(false);
    expect(themes).toContain("Ferry crossings");
  });

  it("still drafts a subject one of whose words is a heading's ('Witness protection')", () => {
    const draft = draftOf(
      paragraphsText(
        "Q1 Chair: Ms Dale, is witness protection working in the island courts?",
        "Rhona Dale: Witness protection is thin on the islands: everybody knows everybody.",
        "Colm Asher: We asked for witness protection twice and were refused.",
      ),
    );
    expect(newThemes(draft)).toContain("Witness protection");
  });
});

describe("a modifier noun cut off its compound is the compound or nothing", () => {
  const text = paragraphsText(
    "Q1 Chair: Ms Dale, what does community transport do on the islands?",
    "Rhona Dale: Community transport fills the gaps the ferries leave. Without community transport, older islanders would not reach the clinic.",
    "Q2 Chair: Mr Asher, do you work with community transport schemes?",
    "Colm Asher: We carry community transport minibuses at no charge.",
  );

  it("drafts 'Community transport', never 'Community' alone", () => {
    const themes = newThemes(draftOf(text));
    expect(themes).toContain("Community transport");
    expect(themes).not.toContain("Community");
  });

  it("reads the speakers on community transport as on that one theme", () => {
    expect(spokeOn(draftOf(text))).toEqual(
      expect.arrayContaining(["Colm Asher → community-transport", "Rhona Dale → community-transport"]),
    );
  });

  it("does not join a noun to the verb after it ('the community said', 'the councils fund')", () => {
    const phrases = nounPhrases(nlp("The community said no. The councils fund services.")).map((p) => p.phrase);
    expect(phrases).toContain("community");
    expect(phrases).toContain("councils");
    expect(phrases.some((p) => /community said|councils fund/u.test(p))).toBe(false);
  });
});

describe("one theme in either number", () => {
  const text = paragraphsText(
    "Q1 Chair: Ms Dale, how many harbour towns have lost their ferry?",
    "Rhona Dale: Four harbour towns have lost their ferry since 2019. Every harbour town that loses its ferry is cut off.",
    "Q2 Chair: Mr Asher, what comes next?",
    "Colm Asher: The harbour town of Skerry is the next to lose its ferry unless the grant is renewed.",
  );

  it("names a new theme by its singular, so another draft's other number gets the same id", () => {
    const draft = draftOf(
      text
        .replace("Every harbour town that loses its ferry is", "All harbour towns that lose their ferry are")
        .replace("The harbour town of Skerry is", "The harbour towns of Skerry and Fenmouth are"),
    );
    expect(newThemes(draft)).toContain("Harbour towns");
    const theme = draft.entities.find((e) => e.section === "themes" && /harbour town/iu.test(e.label));
    expect(theme?.id).toBe("harbour-town");
  });

  it("links the singular to the corpus's plural theme instead of drafting it again", () => {
    // Of one word: a label of two ("Harbour towns") finds "harbour town" by its words already (themesByWords).
    const draft = draftOf(
      paragraphsText(
        "Q1 Chair: Ms Dale, what has happened to the winter crossings?",
        "Rhona Dale: Each sailing now carries half the freight it did. A sailing that is cancelled cuts an island off for a week.",
        "Q2 Chair: Mr Asher, what comes next?",
        "Colm Asher: We will add a third sailing in March if the grant is renewed.",
      ),
      [{ id: "sailings", type: "theme", label: "Sailings", aliases: [] }],
    );
    expect(newThemes(draft).some((label) => /^sailings?$/iu.test(label))).toBe(false);
    expect(spokeOn(draft)).toEqual(expect.arrayContaining(["Colm Asher → sailings", "Rhona Dale → sailings"]));
  });
});
