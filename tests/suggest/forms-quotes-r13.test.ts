// Round 13: quotations in prose (blogs, news, write-ups), forms the blind misses of sets 13 and 14 showed, each on a
// small invented text: "he" goes on past sentences whose subject it is, whatever names they hold as objects.
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
