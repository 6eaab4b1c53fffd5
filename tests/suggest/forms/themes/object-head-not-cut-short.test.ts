// Stop 42 (fxs42 #3): a theme phrase "X of Y" whose object's head the tagger reads as a verb ("the cost of storm
// surges rises": "surges" a verb, "rises" a noun) is not cut before it ("Cost of storm"): where another word in "-s"
// follows the head, one of the two is the verb, so the whole noun phrase is the theme. Not where the object is followed
// by its verb and a word of another kind ("the cost of coal fuels inflation", "the cost of energy rises sharply").
// The texts are invented for this test.
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { newThemeCandidates, nounPhrases } from "../../../../src/suggest/themes.js";
import { paragraphsText } from "../../../helpers/draft.js";

/** The new candidates of `text` as the tagger reads it, in their order. */
const candidates = (text: string) =>
  newThemeCandidates(text, nounPhrases(nlp(text)), new KnownEntities([]), [], 8).map((t) => t.label);

describe("a theme phrase is not cut before its object's head", () => {
  it("drafts 'Cost of storm surges', not 'Cost of storm', where the head is read as a verb", () => {
    const text = paragraphsText(
      "Ann Bell said the cost of storm surges rises every winter.",
      "Tom Reed agreed that the cost of storm surges worries towns on the Fenby coast.",
    );
    expect(candidates(text)).toContain("Cost of storm surges");
    expect(candidates(text).filter((label) => /storm$/u.test(label))).toEqual([]);
  });

  it("keeps the object where the word after it is its verb", () => {
    const coal = paragraphsText(
      "Ann Bell said the cost of coal fuels inflation.",
      "Tom Reed said the cost of coal fuels anger in Fenby.",
    );
    expect(candidates(coal)).toContain("Cost of coal");
    const energy = paragraphsText(
      "Ann Bell said the cost of energy rises sharply.",
      "Tom Reed said the cost of energy rises towards a peak.",
    );
    expect(candidates(energy)).toContain("Cost of energy");
    expect(candidates(energy).filter((label) => /rises$/u.test(label))).toEqual([]);
  });
});
