// What `suggest` prints after writing a draft counts what the draft holds: a quotation found in the text is counted
// among "quotes attributed to their speakers" only when some claim of the draft cites its words as a direct quote.
// The texts are invented for these tests.
import { describe, expect, it } from "vitest";
import { KnownEntities, type KnownEntity } from "../../src/suggest/known.js";
import { analyseText } from "../../src/suggest/suggest.js";
import { directQuotesIn, draftOf, paragraphsText } from "../helpers/draft.js";

describe("suggest's summary of a draft", () => {
  it("counts no quote when the draft cites none, though the text has turns of speech", () => {
    // Nothing in the registry for the witness's turns to be on: the draft holds an affiliation and no direct quote.
    const transcript = paragraphsText(
      "Chair: Welcome to this session. Our witness is Owen Tarrant, Operations Director at the Western Isles Ferry Company.",
      "Owen Tarrant: Thank you. Island ferries have lost a fifth of their sailings in five years, and the people who lose most are those without a car.",
      "Chair: What would you ask the council to do?",
      "Owen Tarrant: Agree the timetable a year ahead, so that a school or a surgery can plan around it.",
    );
    expect(analyseText(transcript, new KnownEntities([])).speeches.length).toBe(2);
    const draft = draftOf(transcript);
    expect(draft.claims.map((c) => c.relation)).toEqual(["affiliated-with"]);
    expect(directQuotesIn(draft)).toEqual([]);
    expect(draft.found.quotes).toBe(0);
  });

  it("counts a quotation once, however many claims rest on it", () => {
    const known: KnownEntity[] = [
      { id: "island-ferries", type: "theme", label: "Island ferries", aliases: [] },
      { id: "harbour-board", type: "organisation", label: "Harbour Board", aliases: [] },
    ];
    const article = paragraphsText(
      "Owen Tarrant, Operations Director at the Western Isles Ferry Company, spoke to the transport committee on Tuesday.",
      "“Island ferries are the only road these villages have, and the Harbour Board has let them sail half as often,” Tarrant said.",
    );
    const draft = draftOf(article, known);
    expect(directQuotesIn(draft).map(([who, relation]) => [who, relation])).toEqual([
      ["Owen Tarrant", "spoke-on"],
      ["Owen Tarrant", "mentions"],
    ]);
    expect(draft.found.quotes).toBe(1);
  });
});
