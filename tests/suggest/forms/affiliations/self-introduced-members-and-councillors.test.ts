// Affiliations in forms read from the misses of the released set 19 (round 17), each on a small text written for this
// test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("a member introducing themselves in their turn ('I am the Labour MP for Fenby North')", () => {
  const hearing =
    "Members present: Ann Frith (Chair); Tom Reed; Kit Lamb; Jo Pratt.\n\n" +
    "Examination of witnesses\n\n" +
    "Chair: Good morning. I will ask my colleagues on the Committee to introduce themselves.\n\n" +
    "Tom Reed: I am the Labour MP for Fenby North.\n\n" +
    "Kit Lamb: I am the MP for Marlow and Saltmarsh.\n\n" +
    "Jo Pratt: I am the Conservative MP for Harbour East.\n\n" +
    "Chair: Thank you. Our first question is on the harbour wall.";

  it("reads the party before the letters as the member's, with the post 'MP', and the seat as no body", () => {
    const found = affiliations(hearing);
    expect(found).toContainEqual(["Tom Reed", "MP", "Labour Party"]);
    expect(found).toContainEqual(["Jo Pratt", "MP", "Conservative Party"]);
    expect(found.filter(([, , org]) => /Fenby North|Harbour East|Marlow/u.test(org))).toEqual([]);
  });

  it("reads no affiliation from 'I am the MP for Marlow and Saltmarsh' (a seat, no party)", () => {
    expect(affiliations(hearing).filter(([person]) => person === "Kit Lamb")).toEqual([]);
  });

  it("still reads a post of a body in a turn ('I am the director of the Fenby Harbour Trust')", () => {
    const text =
      "Chair: Welcome. Please introduce yourself.\n\n" +
      "Sue Lowe: I am the director of the Fenby Harbour Trust.\n\n" +
      "Chair: Thank you.";
    expect(affiliations(text)).toContainEqual(["Sue Lowe", "director", "Fenby Harbour Trust"]);
  });
});

describe("'Coun' as a councillor's title ('Council leader, Coun Tom Reed, said')", () => {
  const story =
    "Fenby City Council is to spend £3m on new homes by the harbour.\n\n" +
    'Council leader, Coun Tom Reed, said: "We need these homes now."\n\n' +
    "Coun Kit Lamb (Lab) told the meeting the plan was late.";

  it("reads the name after 'Coun' without the title, and the council post at the one council named", () => {
    expect(affiliations(story)).toContainEqual(["Tom Reed", "Council leader", "Fenby City Council"]);
  });

  it("reads the party in brackets after a name with 'Coun' before it", () => {
    expect(affiliations(story)).toContainEqual(["Kit Lamb", undefined, "Labour Party"]);
  });
});

describe("'Former' opening a sentence before a post in lower case ('Former harbours secretary Tom Reed')", () => {
  it("reads no body from 'Former' and no post held now", () => {
    const text = "The conference met in Fenby. Former harbours and rivers secretary Tom Reed spoke at the close.";
    expect(affiliations(text)).toEqual([]);
  });

  it("still reads a one-word body before a post ('Unison general secretary Tom Reed')", () => {
    const text = "The conference met in Fenby. Unison general secretary Tom Reed spoke at the close.";
    expect(affiliations(text)).toEqual([["Tom Reed", "general secretary", "Unison"]]);
  });
});
