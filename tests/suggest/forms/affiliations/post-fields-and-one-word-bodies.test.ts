// Affiliations and organisations in forms counted over the misses of sets 6 to 10 (round 12), each on a small text
// written for this test (names and organisations invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("a post's field, then its organisation ending the entry", () => {
  it("reads 'Name, Role, Field, Org' as a post at Org, the field part of the role", () => {
    const text =
      "The session heard from Kit Lamb, Senior Policy Manager, Further Learning, Association of Fenby Colleges, on the new courses.";
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "Senior Policy Manager, Further Learning", "Association of Fenby Colleges"],
    ]);
    expect(organisations(text)).toEqual(["Association of Fenby Colleges"]);
  });

  it("reads 'Name, Role of X, Field, Org' with a one-word organisation ending the entry", () => {
    const text = "Next came Jo Pratt, Head of Sector Growth, Technical Skills, Marlowson, on what employers want.";
    expect(affiliations(text)).toEqual([["Jo Pratt", "Head of Sector Growth, Technical Skills", "Marlowson"]]);
    expect(organisations(text)).toEqual(["Marlowson"]);
  });

  it("keeps a body after the post's comma when it reads as one", () => {
    const text = "We heard from Kit Lamb, Director, Fenby Harbour Trust, and from Jo Pratt, Chair, Marlow Forum.";
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "Director", "Fenby Harbour Trust"],
      ["Jo Pratt", "Chair", "Marlow Forum"],
    ]);
  });
});

describe("one word before a post that heads a body, then the name", () => {
  it("reads 'Org CEO Name' and 'Org Chair Name' with a one-word organisation as a post at it", () => {
    const text = "Speakers included Marlowsoft CEO Tom Reyes and Fenbyco Chair Ann Frith, who both backed the plan.";
    expect(affiliations(text)).toEqual([
      ["Tom Reyes", "CEO", "Marlowsoft"],
      ["Ann Frith", "Chair", "Fenbyco"],
    ]);
    expect(organisations(text)).toEqual(["Fenbyco", "Marlowsoft"]);
  });

  it("reads no body in a word that says more of the post ('Honorary Director', 'Regional Chair')", () => {
    const text = "The trust thanked its Honorary Director Kit Lamb and its Regional Chair Jo Pratt for their work.";
    expect(organisations(text)).toEqual([]);
    expect(affiliations(text).filter(([, , o]) => /Honorary|Regional/u.test(o))).toEqual([]);
  });
});

describe("one word in brackets after a name, in a list with bodies in brackets", () => {
  it("reads 'Name (Oneword)' as the person's organisation when another entry's brackets name a body", () => {
    const text =
      "The second panel saw Tom Reyes (Marlowsoft), Ann Frith (FHT) and Sam Yeo (Dunmore Harbour Trust) discuss funding.";
    expect(affiliations(text)).toEqual([
      ["Tom Reyes", undefined, "Marlowsoft"],
      ["Ann Frith", undefined, "FHT"],
      ["Sam Yeo", undefined, "Dunmore Harbour Trust"],
    ]);
  });

  it("reads no organisation in a list of members' seats", () => {
    const text = "Members present: Alan Pike (Havant), Ann Frith (Chair), Tom Reyes (Marlby).";
    expect(organisations(text)).toEqual([]);
  });
});
