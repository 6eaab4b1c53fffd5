// Stop 46 (sets 73, 74 and 76): a word that names an act or a paper of any policy — "action" ("a week of action",
// "calls for action"), "proposals", "recommendations", "the review", "initiatives" — is no subject a
// speaker is on, however often the text repeats it; a phrase that says what it is on still may be ("the ferry review").
// Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { newThemeCandidates } from "../../../../src/suggest/themes.js";

const phrasesOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({
    phrase: m[0].toLowerCase(),
    span: { start: m.index, end: m.index + m[0].length },
  }));
const candidates = (text: string, pattern: RegExp) =>
  newThemeCandidates(text, phrasesOf(text, pattern), new KnownEntities([]), [], 8).map((t) => t.label);

describe("a policy's acts and papers are no new theme alone", () => {
  for (const [word, text] of [
    [
      "action",
      "The week of action began. Action was promised. Unions want action. Island ferries were next. Island ferries are old.",
    ],
    [
      "proposals",
      "The proposals came. The proposals were read. Members backed the proposals. Island ferries were next. Island ferries are old.",
    ],
    [
      "recommendations",
      "Its recommendations are many. The recommendations were welcomed. Read the recommendations. Island ferries were next. Island ferries are old.",
    ],
    [
      "review",
      "The review began. The review will report. A review is due. Island ferries were next. Island ferries are old.",
    ],
    [
      "initiatives",
      "New initiatives came. The initiatives failed. More initiatives are due. Island ferries were next. Island ferries are old.",
    ],
  ] as const) {
    it(`proposes no '${word}'`, () => {
      const pattern = new RegExp(`\\b(?:${word}|island ferries)\\b`, "giu");
      expect(candidates(text, pattern)).toEqual(["Island ferries"]);
    });
  }

  it("still proposes a phrase that says what the review is on", () => {
    const text = "The ferry review began. The ferry review will report. Island ferries were next.";
    expect(candidates(text, /\b(?:ferry review|island ferries)\b/giu)).toEqual(["Ferry review"]);
  });
});
