// Stop 41 (walkthrough w42, a fact-checker's 65-page committee transcript): the witnesses' stock phrases of speech
// ("The short answer is …", "I think the honest answer is …") and a job as an office ("a permanent post") came out as
// new themes, "Short answer" the text's main theme. Texts written for this test (names, bodies and sentences invented).
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

const themesIn = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "themes")
    .map((e) => e.label.toLowerCase())
    .sort();

const hearing = (...answers: string[]) =>
  paragraphsText(
    "Marlow Housing Committee",
    "Oral evidence: Rural homelessness, 14 January 2025",
    "Members present: Ifan Trelawny (Chair); Rhian Caddick.",
    "Witnesses",
    "I: Tom Reed, Chief Executive, Fenby Trust.",
    "Examination of witnesses",
    ...answers.flatMap((a, i) => [`Q${i + 1} Rhian Caddick: What do you see?`, `Tom Reed: ${a}`]),
  );

describe("a witness's stock phrases and a job's post", () => {
  it("are no themes, however often a long transcript repeats them", () => {
    const draft = draftOf(
      hearing(
        "The short answer is that modular homes take a year to build.",
        "I think the honest answer is that modular homes are cheaper.",
        "The short answer is that support funding arrives in one-year pots that cannot pay for a permanent post.",
        "I think the honest answer is that support funding cannot pay for a permanent post.",
        "The short answer is that modular homes need land first.",
        "I think the honest answer is that support funding is too short.",
      ),
    );
    const themes = themesIn(draft);
    expect(themes).not.toContain("short answer");
    expect(themes).not.toContain("honest answer");
    expect(themes).not.toContain("permanent post");
    // What they are about still is.
    expect(themes).toContain("modular homes");
    expect(themes).toContain("support funding");
  });

  it("still makes a theme of a subject whose first word is the same adjective", () => {
    const draft = draftOf(
      hearing(
        "Councils have cut short breaks for carers in every county.",
        "Families lose their short breaks first.",
        "What families need is permanent housing, not a room for a week.",
        "They wait years for permanent housing in the villages.",
      ),
    );
    const themes = themesIn(draft);
    expect(themes).toContain("short breaks");
    expect(themes).toContain("permanent housing");
  });
});
