// Stop 47 (walkthrough w47, defect 3): on a first source, a hearing's title block "Oral evidence: <topic>, HC n" and a
// write-up's "hosted a panel discussion on <topic>" name what the occasion was on: a theme the source covers, though
// named once, without the place it is narrowed to. And a single word for the means of any policy ("Support",
// "Schemes") is no theme, however often it is said. Every name and sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const themesIn = (draft: Draft) => draft.entities.filter((e) => e.section === "themes").map((e) => e.label);
const covered = (draft: Draft) =>
  draft.claims.filter((c) => c.relation === "covers").map((c) => `${c.to} ← ${c.evidence[0]!.quote}`);

const HEARING = paragraphsText(
  "Island Transport Committee",
  "Oral evidence: Ferry fares in island communities, HC 218",
  "Tuesday 3 February 2026",
  "Members present: Ann Frith (Chair); Tom Reyes; Kit Lamb.",
  "Witnesses: Nia Holloway, Chief Executive, Fenby Ferry Users Trust.",
  "Q1 The Chair: Why do so few islanders use the support on offer?",
  "Nia Holloway: The support is hard to find. The schemes change every year, and support for students ends at eighteen. Most schemes are run from the mainland.",
  "Q2 Tom Reyes: What would you change first?",
  "Nia Holloway: One scheme for every island, and support that lasts five years. Schemes that change every year help nobody.",
);

const WRITE_UP = paragraphsText(
  "What our panel heard on the islands",
  "On 4 June 2025 the Tollard Trust hosted a panel discussion on ferry fares in the northern isles, chaired by Nia Holloway.",
  "Ben Aske said that the timetable was the first thing visitors complained about.",
  "Ada Quill said that the harbour needed a new pontoon before the summer.",
);

describe("the subject an occasion is stated to be on", () => {
  it("is the hearing's 'Oral evidence: <topic>', without the place it is narrowed to, covered by the source", () => {
    const draft = draftOf(HEARING, []);
    expect(themesIn(draft)).toContain("Ferry fares");
    expect(covered(draft)).toContain("ferry-fare ← Oral evidence: Ferry fares in island communities, HC 218");
  });

  it("is the write-up's 'hosted a panel discussion on <topic>', named once", () => {
    const draft = draftOf(WRITE_UP, []);
    expect(themesIn(draft)).toEqual(["Ferry fares"]);
    expect(covered(draft)[0]).toMatch(/^ferry-fare ← On 4 June 2025 the Tollard Trust hosted/u);
  });

  it("is not drafted again where the corpus knows the theme", () => {
    const known = [{ id: "ferry-fares", type: "theme" as const, label: "Ferry fares", aliases: [] }];
    const draft = draftOf(WRITE_UP, known);
    expect(themesIn(draft)).toEqual([]);
    expect(covered(draft)[0]).toMatch(/^ferry-fares ← /u);
  });
});

describe("a single word for the means of any policy", () => {
  it("is no candidate theme: 'Support', 'Schemes'", () => {
    const labels = themesIn(draftOf(HEARING, [])).map((l) => l.toLowerCase());
    expect(labels).not.toContain("support");
    expect(labels).not.toContain("schemes");
    expect(labels).not.toContain("scheme");
  });
});
