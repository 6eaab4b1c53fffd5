// An evaluation tags each text once for its three registry modes (parseOnce, src/suggest/evaluate.ts) and asks the
// tagger for a word's singular once per process (themes.ts): a draft made from a document already read for another
// registry is the draft made from a fresh one.
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { parseOnce } from "../../src/suggest/suggest.js";
import { draftOf, paragraphsText, type KnownForDraft } from "../helpers/draft.js";

const TEXT = paragraphsText(
  "Fenby Trust hosts a seminar on rural bus services and school meal funding",
  "Ann Bell, chief executive of the Fenby Trust, chaired the seminar on rural bus services. The funding of school " +
    "meals in small villages came up again and again, as did the cuts to evening routes.",
  "“Rural bus services are the lifeline of our villages, and the evening routes matter most,” said Ann Bell. “We " +
    "cannot let school meal funding fall behind the cost of food in the villages.”",
  "Tom Ridley, a councillor in Marsh Hill, said the district would publish its plans for bus services next spring. " +
    "“Our villages need buses in the evenings and at weekends, not only at school times,” he said.",
);

const KNOWN: KnownForDraft[] = [
  { id: "rural-transport", type: "theme", label: "Rural bus services", aliases: [] },
  { id: "fenby-trust", type: "organisation", label: "Fenby Trust", aliases: [] },
  { id: "ann-bell", type: "person", label: "Ann Bell", aliases: [] },
];

describe("a text tagged once for several drafts", () => {
  it("gives the same document for the same text, and a fresh one for another", () => {
    const parse = parseOnce();
    expect(parse(TEXT)).toBe(parse(TEXT));
    expect(parse(`${TEXT} `)).not.toBe(parse(TEXT));
  });

  it("drafts in each registry mode what a document of its own gives", () => {
    const fresh = (text: string) => nlp(text);
    const parse = parseOnce();
    for (const known of [KNOWN, [], KNOWN]) {
      expect(draftOf(TEXT, known, undefined, { parse })).toEqual(draftOf(TEXT, known, undefined, { parse: fresh }));
    }
  });
});
