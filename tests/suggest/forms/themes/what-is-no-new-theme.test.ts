// Speaker → theme (`spoke-on`), round 16: new candidate themes that real texts proposed and no reviewer would keep,
// each on a small text written for this test (people, places, bodies and themes invented). A figure's unit ("a 12
// percent levy", "9 per cent cuts") is no part of a subject; an office ("Deputy convener", "Solicitor General") is no
// subject; who a text quotes ("Students", "Fishermen") is no subject of a text on a theme the registry knows. Stop 38:
// words on no theme in a text that names none are on the topic its title names (where they repeat its words), else on
// none, listed in the draft's header.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { suggestAnnotations, type Draft } from "../../../../src/suggest/suggest.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { newThemeCandidates } from "../../../../src/suggest/themes.js";
import { directQuotesIn, draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

/** The draft of `text` under its own `title`, with an empty registry. */
const draftTitled = (title: string, text: string): Draft =>
  suggestAnnotations(
    { file: "sources/t.txt", text, meta: { id: "t", title } } as unknown as LoadedSource,
    new KnownEntities([]),
    new Set(),
  );

const spokeOn = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "spoke-on")
    .map((c) => `${labelIn(draft, c.from)} → ${labelIn(draft, c.to)}`)
    .sort();
const newThemes = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "themes")
    .map((e) => e.label)
    .sort();

/** The phrases a pattern finds, as the tagger would give them (lower case, with their places). */
const phrasesOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({
    phrase: m[0].toLowerCase(),
    span: { start: m.index, end: m.index + m[0].length },
  }));

const theme = (id: string, label: string, aliases: string[]) => ({ id, type: "theme" as const, label, aliases });

describe("a figure's unit is no part of a new theme", () => {
  it("reads 'a 12 percent levy' as the levy, and 'percent' alone as nothing", () => {
    const draft = draftOf(
      [
        "Ministers plan a 12 percent levy on imported timber from next spring.",
        'Maren Oakhurst, of the Timber Growers Guild, said: "A 12 percent levy will hurt small mills first. Twenty percent of them are already losing money."',
        'Idris Pellam, a furniture maker in Dunwold, said: "Nobody has explained why the levy is 12 percent and not five."',
      ].join("\n\n"),
    );
    expect(newThemes(draft).some((label) => /percent/iu.test(label))).toBe(false);
  });

  it("reads '9 per cent cuts' as the cuts, not 'Cent cuts'", () => {
    const draft = draftOf(
      [
        "Theatres across the region face 9 per cent cuts to their grants this year.",
        'Orla Brennick, director of the Saltmarsh Playhouse, said: "Nine per cent cuts mean we close the studio stage."',
        'Tomas Fenwright, who runs the Harrowgate Players, said: "After the per cent cuts of last year, there is nothing left to trim."',
      ].join("\n\n"),
    );
    expect(newThemes(draft).some((label) => /\bcent\b/iu.test(label))).toBe(false);
  });
});

describe("an office is no new theme", () => {
  const candidates = (text: string, pattern: RegExp) =>
    newThemeCandidates(text, phrasesOf(text, pattern), new KnownEntities([]), [], 8).map((t) => t.label);

  it("never proposes 'Deputy convener' from a committee's business", () => {
    const text = [
      "The committee chose a deputy convener. The deputy convener thanked members.",
      "Rural bus routes were next. Rural bus routes are thin.",
    ].join(" ");
    expect(candidates(text, /deputy convener|rural bus routes/giu)).toEqual(["Rural bus routes"]);
  });

  it("never proposes 'Solicitor general' from a hearing about the office holder", () => {
    const text = [
      "The Solicitor General faced questions. The Solicitor General replied.",
      "Plea guidance changed. Plea guidance was withdrawn.",
    ].join(" ");
    expect(candidates(text, /solicitor general|plea guidance/giu)).toEqual(["Plea guidance"]);
  });
});

describe("who a text quotes is no new theme of a text on a known theme", () => {
  it("puts employers quoted on a known wage theme on it, never on 'Businesses'", () => {
    const draft = draftOf(
      [
        "What Three Employers Say About the Living Wage",
        "The case for a living wage is strong. Here is what some owners of businesses say:",
        "“Our businesses do better when our staff can pay their rent.” - Priya Halden, owner of Halden Bakeries",
        "“Good businesses keep their people.” - Marcus Teale, founder of Teale Cycles",
        "“Businesses that pay well spend less on training.” - Jonah Frew, co-owner of Frew & Daughters",
      ].join("\n\n"),
      [theme("living-wage", "Raising the living wage", ["living wage"])],
    );
    expect(newThemes(draft)).not.toContain("Businesses");
    expect(spokeOn(draft).filter((c) => /Businesses/u.test(c))).toEqual([]);
  });

  it("reads students, clients and fishermen as who a text speaks of, not what about", () => {
    const text = "Fishermen met. Fishermen voted. Fishermen left. Quota swaps were agreed. Quota swaps were signed.";
    const labels = newThemeCandidates(
      text,
      phrasesOf(text, /fishermen|quota swaps/giu),
      new KnownEntities([]),
      [],
      8,
    ).map((t) => t.label);
    expect(labels).toEqual(["Quota swaps"]);
  });

  it("keeps a who-noun as the subject of a text that repeats no other and names no known theme", () => {
    const text = "Students marched. Students sang. Students went home.";
    const labels = (namesKnownTheme: boolean) =>
      newThemeCandidates(text, phrasesOf(text, /students/giu), new KnownEntities([]), [], 8, namesKnownTheme).map(
        (t) => t.label,
      );
    expect(labels(false)).toEqual(["Students"]);
    expect(labels(true)).toEqual([]);
  });
});

describe("words that name no theme", () => {
  it("are on what the whole text is about, not on a theme named nearest them in passing", () => {
    const draft = draftOf(
      [
        "Ferry services to Skerrin were cut again this winter.",
        "Islanders say the ferries have been unreliable for years, and the ferry services timetable changes every month.",
        "The harbour car park was also closed for repairs, and parking fees rose.",
        "“I have never seen it this bad,” said Angus Raeburn, who runs the island shop. “We lost three deliveries in a week.”",
      ].join("\n\n"),
      [
        theme("island-ferries", "Island ferries", ["ferry services", "ferries"]),
        theme("harbour-parking", "Harbour parking", ["parking", "car park"]),
      ],
    );
    expect(spokeOn(draft)).toEqual(["Angus Raeburn → island-ferries"]);
  });
});

describe("words on no theme in a text that names none", () => {
  it("are kept as the speaker's words, spoke-on a new theme named by the title (stop 42: not mentions)", () => {
    const text = paragraphsText(
      "Good day for the harbour",
      "Ann Bell, who runs a boatyard in Fenby, was pleased. “We have waited too long for this, and now it is here,” she said.",
      "“It is a good day for all of us who work on the water,” she added.",
    );
    const draft = draftOf(text);
    expect(directQuotesIn(draft).map(([who, relation]) => [who, relation])).toEqual([
      ["Ann Bell", "spoke-on"],
      ["Ann Bell", "spoke-on"],
    ]);
    const themes = draft.entities.filter((e) => e.section === "themes");
    expect(themes.map((t) => t.label)).toEqual(["Test source"]);
    const spoke = draft.claims.filter((c) => c.relation === "spoke-on" && c.from === "ann-bell");
    expect(spoke.map((c) => [c.to, c.evidence.length])).toEqual([[themes[0]!.id, 2]]);
    expect(draft.claims.filter((c) => c.relation === "mentions" && c.from === "ann-bell")).toEqual([]);
  });

  it("are on the topic the title names after “on” or “about”, when they repeat its words", () => {
    const text = paragraphsText(
      "Fenby Trust briefing on river dredging",
      "Ann Bell, director of the Fenby Trust, presented the briefing.",
      "“The river has silted up, and dredging cannot wait another year,” Ann Bell said.",
    );
    const draft = draftTitled("Fenby Trust briefing on river dredging", text);
    expect(directQuotesIn(draft).map(([who, relation]) => [who, relation])).toEqual([["Ann Bell", "spoke-on"]]);
    const themes = draft.entities.filter((e) => e.section === "themes");
    expect(themes.map((t) => t.label)).toEqual(["River dredging"]);
  });

  it("take no topic from a title whose topic they do not repeat, nor from one that names no topic", () => {
    const quote =
      "“We have waited too long for this, and now it is here,” Ann Bell, director of the Fenby Trust, said.";
    const titled = (title: string, ...text: string[]) => draftTitled(title, paragraphsText(title, ...text, quote));
    for (const draft of [
      // The topic's words are not the speaker's (the text's own around them are no matter).
      titled("Fenby Trust briefing on river dredging", "The river needs dredging, the trust says."),
      // An organisation's review and its year: what the document is, not what it is about.
      titled("Fenby Trust annual review 2024"),
      // A clause after "on", not a noun phrase.
      titled("A note on what we waited for"),
    ]) {
      // On the title's own new theme only (stop 42: spoke-on, not mentions), never a topic taken from it.
      const titleTheme = draft.entities.find((e) => e.section === "themes" && e.description?.includes("title"));
      expect(draft.claims.filter((c) => c.relation === "spoke-on").map((c) => c.to)).toEqual([titleTheme?.id]);
      expect(directQuotesIn(draft).map(([, relation]) => relation)).toEqual(["spoke-on"]);
    }
  });
});
