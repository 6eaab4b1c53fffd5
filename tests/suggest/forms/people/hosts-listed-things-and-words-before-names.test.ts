// Stop 36: three people forms that recur in the released sets:
// - a body or a place that hosts ("Fenby Athletics hosted a panel", "which Marlow Seeds hosts every spring"): hosting
//   was read as a chair's sign of a person; it is one only for a name of a person's shape;
// - a list of people that names what each is of beside them ("Panelists: Sarah Hale, Game Day Notes, …",
//   "Panellists: Tom Reed, Stop Our Flooding Scandal, …"): an item only the list vouches for, made of words and none a
//   name's, is no person;
// - words that are no names run into a name before its given name ("the Coastal News Reporting Peter Quayle wrote",
//   "U.S. Representatives Susan Marr"): the name starts at the given name.
// Refused: a person who hosts, unknown names in a list of people, a name of two given names. Every name, body and
// sentence is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

describe("a body or a place that hosts", () => {
  it("reads no person in 'Fenby Athletics hosted a panel'", () => {
    const text = paragraphsText(
      "Leading Women Evening",
      "Last week Fenby Athletics hosted a panel of women who run clubs and leagues, in the Harbour Pavilion.",
      "Ann Frith, director of athletics at Fenby College, said: “Our players deserve to see leaders like them.”",
    );
    const people = peopleIn(draftOf(text));
    expect(people).not.toContain("Fenby Athletics");
    expect(people).toContain("Ann Frith");
  });

  it("reads no person in 'which Marlow Seeds hosts every spring'", () => {
    const text = paragraphsText(
      "The Harbour Hotel was full for the Farm Futures Forum, which Marlow Seeds hosts every spring for growers.",
      "Tom Reed, chief executive of Fenby Growers, said: “Prices are the first worry of every farmer here.”",
    );
    expect(peopleIn(draftOf(text))).not.toContain("Marlow Seeds");
  });

  it("still reads a person who hosts ('Ann Frith hosted the panel')", () => {
    const text = paragraphsText(
      "Ann Frith hosted the panel at the Harbour Pavilion on Wednesday.",
      "Tom Reed, chief executive of Fenby Growers, said: “Prices are the first worry of every farmer here.”",
    );
    expect(peopleIn(draftOf(text))).toContain("Ann Frith");
  });
});

describe("a list of people that names what each is of", () => {
  it("reads no person in the blogs and sites a list of panellists names beside them", () => {
    const text = paragraphsText(
      "Here are my notes from the first panel.",
      "Panelists: Sarah Hale, Game Day Notes, Richard Moss, Fans Talk Rugby, Jane Ward. Moderator: Megan Cole, Track Talk.",
      "Moss said the networks would not show what they could not sell.",
    );
    const people = peopleIn(draftOf(text));
    expect(people).toEqual(expect.arrayContaining(["Sarah Hale", "Richard Moss", "Jane Ward", "Megan Cole"]));
    expect(people).not.toContain("Game Day Notes");
    expect(people).not.toContain("Fans Talk Rugby");
  });

  it("reads no person in a campaign named beside a panellist", () => {
    const text = paragraphsText(
      "The committee heard from campaigners and councils on flood defences.",
      "Panellists: Tom Reed, Stop Our Flooding Scandal, Ann Frith, Fenby Council, Kit Lamb, Marlow Water.",
      "Reed said: “Families have waited ten years for the wall.”",
    );
    const people = peopleIn(draftOf(text));
    expect(people).toEqual(expect.arrayContaining(["Tom Reed", "Ann Frith", "Kit Lamb"]));
    expect(people).not.toContain("Stop Our Flooding Scandal");
  });

  it("still reads names the lexicon lacks in a list of people", () => {
    const text = paragraphsText(
      "Here are my notes from the first panel.",
      "Panelists: Sarah Hale, Selaine Marr, Richard Moss, Ged Hollen, Taiwo Okoro.",
      "Moss said the networks would not show what they could not sell.",
    );
    expect(peopleIn(draftOf(text))).toEqual(
      expect.arrayContaining(["Sarah Hale", "Selaine Marr", "Richard Moss", "Ged Hollen", "Taiwo Okoro"]),
    );
  });
});

describe("words that are no names before a given name", () => {
  it("reads the name from its given name ('the Coastal News Reporting Peter Quayle wrote')", () => {
    const text = paragraphsText(
      "Fenby's drains will be surveyed in May, the Coastal News Reporting Peter Quayle wrote that residents fear the pipes will fail in a storm.",
      "Ann Frith, a spokeswoman for Fenby Water, said: “We are confident the network will cope.”",
    );
    const people = peopleIn(draftOf(text));
    expect(people).toContain("Peter Quayle");
    expect(people).not.toContain("Coastal News Reporting Peter Quayle");
  });

  it("reads 'U.S. Representatives Susan Marr, Derek Hollis and Ann Lee' as three people", () => {
    const text = paragraphsText(
      "Three lawmakers came to the trade summit: U.S. Representatives Susan Marr, Derek Hollis and Ann Lee spoke on ports.",
      "Marr said: “Trade keeps the harbour towns alive.”",
    );
    expect(peopleIn(draftOf(text))).toEqual(expect.arrayContaining(["Susan Marr", "Derek Hollis", "Ann Lee"]));
  });

  it("keeps a name of two given names whole ('Mary Ann Hollis')", () => {
    const text = paragraphsText(
      "Mary Ann Hollis, chief executive of Fenby Ports, said: “The channels are open.”",
      "Tom Reed, of Marlow Water, agreed.",
    );
    expect(peopleIn(draftOf(text))).toContain("Mary Ann Hollis");
  });
});
