// Stop 50 (a user's walkthrough, a local news story): a relative clause between a speaker's name and the speech verb
// ("Name, who runs a bakery on Fen Road, said: “…”"), with a name the tagger does not know as a person's, so nothing
// but the speech makes it one. Invented texts.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText, peopleIn, said } from "../../../helpers/draft.js";

const story = (sentence: string): string => paragraphsText("Traders win a loading bay", sentence);

describe("a clause between the speaker and 'said'", () => {
  it("gives the words to 'Name, who …, said: “…”'", () => {
    const text = story(
      "Ewan Saltire, who runs a bakery on Fen Road, said: “The bay helps, but the customers are gone.”",
    );
    expect(said(text)).toEqual([["Ewan Saltire", "The bay helps, but the customers are gone."]]);
  });

  it("gives the words to 'Name, whose …, said' and to 'Name, a … who …, said'", () => {
    expect(said(story("Ewan Saltire, whose bakery is on Fen Road, said: “The bay helps.”"))).toEqual([
      ["Ewan Saltire", "The bay helps."],
    ]);
    expect(said(story("Ewan Saltire, a baker who has traded on Fen Road for years, said: “The bay helps.”"))).toEqual([
      ["Ewan Saltire", "The bay helps."],
    ]);
  });

  it("makes the speaker of reported words a person: 'Name, whose …, told the paper …'", () => {
    expect(
      peopleIn(draftOf(story("Ewan Saltire, whose bakery is on Fen Road, told the Courier the bay would help."))),
    ).toEqual(["Ewan Saltire"]);
  });

  it("makes no person of a body with a 'which' clause, nor reads past a clause with a comma of its own", () => {
    expect(peopleIn(draftOf(story("Fenby Loaves, which runs three bakeries, said: “The bay helps.”")))).toEqual([]);
    // The clause's own comma: what follows is the clause's, so "said" may be someone else's.
    expect(
      said(story("Ewan Saltire, who sold the shop to Tam Orrin, a neighbour, said: “The bay helps.”")).map(
        ([who]) => who,
      ),
    ).not.toContain("Ewan Saltire");
  });
});
