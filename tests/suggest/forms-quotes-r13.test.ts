// Round 13: quotations in prose (blogs, news, write-ups), forms the blind misses of sets 13 and 14 showed, each on a
// small invented text: "he" goes on past sentences whose subject it is, whatever names they hold as objects; a given
// name of one sex only says whom "he" or "she" can be; ‘…' closes with its straight mark.
import { describe, expect, it } from "vitest";
import { KnownEntities, type KnownEntity } from "../../src/suggest/known.js";
import { analyseText } from "../../src/suggest/suggest.js";

/** Each quotation attributed, as [speaker's label, the words inside the marks]. */
function said(text: string, known: KnownEntity[] = []): [string, string][] {
  const analysis = analyseText(text, new KnownEntities(known));
  return analysis.speeches.map((sp) => [
    analysis.found.people.get(sp.speaker)!.label,
    text.slice(sp.quote.inner.start, sp.quote.inner.end).trim(),
  ]);
}

describe("a pronoun whose antecedent is several sentences back", () => {
  it("passes over names that are objects in sentences the same pronoun opens", () => {
    const text = [
      "Tobias Wrenfield’s evening at the library",
      "",
      "Apparently, the new harbour minister asked to speak at the library’s talks series while in his old post.",
      "",
      "Overall he did well under sharp questioning from Rosa Pellingham and the audience, often modest in tone.",
      "",
      "We learned that the sea “shaped everything for this son of a lighthouse keeper” and that he reads widely.",
      "He admires Edwin Cartwell for “patience with people … even his critics”, and Dora Lusk for her grit.",
      "The host settled one question early on; his name rhymes with nothing at all.",
      "When asked about ports and parks, his answer was that each helps the other.",
      "He described his new brief as “wonderful” and said his aims include “listening to the harbour towns first, and funding what they ask for.”",
    ].join("\n");
    const got = said(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter(([who]) => who !== "Tobias Wrenfield")).toEqual([]);
    expect(got.map(([, words]) => words)).toContain(
      "listening to the harbour towns first, and funding what they ask for.",
    );
  });
});

describe("a pronoun and a given name of one sex only", () => {
  it("gives 'She added:' to the woman just named, not the man who spoke before", () => {
    const text = [
      "Edwin Cartwell, Director of Harbours, said: “The ports need steady money, year on year.”",
      "Much of the progress will come from fresh thinking; something which was backed by fellow panellist Rosa Pellingham.",
      "She added: “There are over three hundred harbours on this coast and each one is different.”",
    ].join("\n");
    expect(said(text)).toEqual([
      ["Edwin Cartwell", "The ports need steady money, year on year."],
      ["Rosa Pellingham", "There are over three hundred harbours on this coast and each one is different."],
    ]);
  });

  it("gives a name often given to either sex ('Jo') no say in whom the pronoun points to", () => {
    const text = [
      "Jo Cartwell, Director of Harbours, said: “The ports need steady money, year on year.”",
      "Much of the progress will come from fresh thinking; something which was backed by fellow panellist Edwin Pellingham.",
      "He added: “There are over three hundred harbours on this coast and each one is different.”",
    ].join("\n");
    // "He added" goes on from the one speaking, as before the rule: the lexicon's "Jo" (a woman's) does not rule
    // her out.
    expect(said(text).map(([who]) => who)).toEqual(["Jo Cartwell", "Jo Cartwell"]);
  });
});

describe("a quotation opened with a curly mark and closed with a straight one (‘…')", () => {
  it("closes ‘…' in its paragraph, and ends a quotation running on when the next paragraph opens one with '", () => {
    const text = [
      "Harbour closures rise again",
      "",
      "Councils reported ‘sharp falls' in harbour use over the winter.",
      "",
      "Edwin Cartwell, chief executive at Coastways, said: ‘This steep rise in the number of harbours closing represents a shared failure.",
      "",
      "'Towns are being let down by the systems that should protect them, and boats are leaving for good.'",
      "",
      "The figures also showed ‘worrying trends' in other forms of decline.",
      "",
      "Rosa Pellingham, director of Portwatch, said: ‘These figures confirm that the target will be missed next year.",
      "",
      "‘The fact that closures are rising again shames us all, and alarm bells should be ringing in every council.'",
    ].join("\n");
    expect(said(text)).toEqual([
      ["Edwin Cartwell", "This steep rise in the number of harbours closing represents a shared failure."],
      [
        "Edwin Cartwell",
        "Towns are being let down by the systems that should protect them, and boats are leaving for good.",
      ],
      ["Rosa Pellingham", "These figures confirm that the target will be missed next year."],
      [
        "Rosa Pellingham",
        "The fact that closures are rising again shames us all, and alarm bells should be ringing in every council.",
      ],
    ]);
  });
});
