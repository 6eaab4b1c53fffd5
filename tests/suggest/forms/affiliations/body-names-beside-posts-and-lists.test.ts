// People, organisations and affiliations in forms counted over the misses of sets 13 and 14 (round 13), each on a
// small text written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, peopleIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));
const people = (text: string) => peopleIn(draftOf(text, []));

describe("the online Hansard's speech heading: 'Name Portrait Name (Party)'", () => {
  it("reads a peer's party from the heading, the territorial part ending at the caption's word", () => {
    const text =
      "Harbours Bill Debate\n\nLord Fenby of Marlow Portrait Lord Fenby of Marlow (Con)\n- View Speech - Hansard\n\n" +
      "My Lords, the harbour masters will welcome these clauses, and so do I.\n\n" +
      "Baroness Quayle Portrait Baroness Quayle (Lab)\n- View Speech - Hansard\n\nMy Lords, we on these benches agree.";
    expect(affiliations(text)).toEqual([
      ["Lord Fenby of Marlow", undefined, "Conservative Party"],
      ["Baroness Quayle", undefined, "Labour Party"],
    ]);
  });
});

describe("an organisation's name ends where a list of people goes on", () => {
  it("ends the name before 'and' and a person's title ('at the FHE and Dr. Jo Pratt')", () => {
    const text =
      "We are joined by Mr. Kit Lamb, regional head of dental services at the FHE and Dr. Jo Pratt, clinical lead for dentistry, FHE.";
    expect(organisations(text)).toEqual(["FHE"]);
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "regional head of dental services", "FHE"],
      ["Jo Pratt", "clinical lead for dentistry", "FHE"],
    ]);
  });
});

describe("a department named with a list of fields, the first of two words", () => {
  it("reads 'Department for Coastal Renewal, Harbours and Fisheries' whole", () => {
    const text = "The money came from the Department for Coastal Renewal, Harbours and Fisheries last spring.";
    expect(organisations(text)).toEqual(["Department for Coastal Renewal, Harbours and Fisheries"]);
  });
});

describe("a programme's parts and dates are no one's name nor a body's", () => {
  it("reads no person in 'Day Two' and no organisation in the date in brackets after it", () => {
    const text =
      "Freight got most of the time in the closing panel of Day Two (Thursday 12 May) of the Fenby Rail Expo.";
    expect(people(text)).toEqual([]);
    expect(organisations(text)).toEqual([]);
  });

  it("reads no person in a day of a programme numbered in words, with a place or a chair after it", () => {
    expect(people("Highlights of Day Two (Fenby Hall) of the Marlow Rail Conference were many.")).toEqual([]);
    expect(people("Day Three, chaired by Kit Lamb, opened with a panel on freight.")).toEqual(["Kit Lamb"]);
  });

  it("reads no organisation in a date in brackets after a person's name", () => {
    const text = "A panel of Jo Pratt (Fenby Trust), Sam Yeo (Marlow Housing) and Kit Lamb (Monday 9 June) met.";
    expect(organisations(text)).toEqual(["Fenby Trust", "Marlow Housing"]);
    expect(affiliations(text).map(([p, , o]) => `${p} → ${o}`)).not.toContain("Kit Lamb → Monday 9 June");
  });
});

describe("a post opened by an acronym, and a post's place", () => {
  it("reads 'Name, ACR Role for Field' as a post at the acronym's body, the field the post's", () => {
    const text =
      "The Fenby Open Learning Trust (FOLT) met. The talk was given by Dr Kit Lamb, FOLT Adviser for Adult Learning, to the room.";
    expect(affiliations(text)).toEqual([["Kit Lamb", "Adviser for Adult Learning", "Fenby Open Learning Trust"]]);
    expect(organisations(text)).toEqual(["Fenby Open Learning Trust"]);
  });

  it("reads no organisation in a country that ends an entry after a post", () => {
    const text = "Questions were put by Professor Jo Pratt, Regional Schools Commissioner, Portugal.";
    expect(organisations(text)).toEqual([]);
    expect(affiliations(text)).toEqual([]);
  });
});

describe("a post whose first words are a body's name, before a person's name and a comma", () => {
  it("reads 'ACR Role, Name' and 'Org Role, Name' as a post at the body", () => {
    const text =
      "The FBC Chief Foreign Correspondent, Kit Lamb, chaired the talk. FBC political editor, Jo Pratt, said it went well. Marlow Housing Trust Chief Executive, Sam Yeo, spoke last.";
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "Chief Foreign Correspondent", "FBC"],
      ["Jo Pratt", "political editor", "FBC"],
      ["Sam Yeo", "Chief Executive", "Marlow Housing Trust"],
    ]);
  });

  it("gives the body to that person only, not to the names listed before the post", () => {
    const text =
      "The reading group is run by Nia Shaw, Dr Owen Pike and, Fenby Centre Director, Professor Ruth Dale. It meets monthly.";
    expect(affiliations(text)).toEqual([["Ruth Dale", "Director", "Fenby Centre"]]);
  });
});

describe("a body named 'of the' holder of a post", () => {
  it("reads 'Office of the Fenby Advocate' whole, the post's word part of the name", () => {
    const text = "Thank you to Kit Lamb, who is from the Office of the Fenby Advocate, for joining us today.";
    expect(organisations(text)).toEqual(["Office of the Fenby Advocate"]);
  });
});

describe("a body named with its parent's possessive", () => {
  it("reads 'the University of Fenby's Marlow Centre' as two bodies, and keeps 'St Brigid's Hospice' whole", () => {
    const text =
      "On Monday, the University of Fenby's Marlow Centre hosted the second forum. St Brigid's Hospice and the Warden's Fund gave money.";
    expect(organisations(text)).toEqual([
      "Marlow Centre",
      "St Brigid's Hospice",
      "University of Fenby",
      "Warden's Fund",
    ]);
  });
});
