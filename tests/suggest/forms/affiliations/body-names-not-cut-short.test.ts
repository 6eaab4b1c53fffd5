// People, organisations and affiliations in forms counted over the misses of sets 13, 14 and 15 (round 14), each on a
// small text written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, chairsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("a body's name is not cut short", () => {
  it("reads a second field after 'and' as the name's, not as a person's name ('School of Hygiene and Tropical Medicine')", () => {
    const text = "Kit Lamb, vice chancellor of the Fenby School of Hygiene and Tropical Medicine, spoke first.";
    expect(organisations(text)).toEqual(["Fenby School of Hygiene and Tropical Medicine"]);
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "vice chancellor", "Fenby School of Hygiene and Tropical Medicine"],
    ]);
  });

  it("still ends the name at 'and' before a person's given name", () => {
    const text = "We met Sam Yeo, dean of the Fenby School of Hydrology and Kit Lamb, a lecturer there.";
    expect(organisations(text)).toEqual(["Fenby School of Hydrology"]);
  });

  it("reads a campaign's name on over 'for the' ('National Campaign for the Tides')", () => {
    const text = "Jo Pratt, director of the National Campaign for the Tides, criticised the timing of the decision.";
    expect(affiliations(text)).toEqual([["Jo Pratt", "director", "National Campaign for the Tides"]]);
  });

  it("reads a possessive before a body's word in the plural as part of the name ('Netmakers's Organisations')", () => {
    const text = "Sam Yeo, Chief Executive of the Regional Federation of Netmakers's Organisations (RFNO), spoke.";
    expect(affiliations(text)).toEqual([
      ["Sam Yeo", "Chief Executive", "Regional Federation of Netmakers's Organisations"],
    ]);
  });
});

describe("a chair named after a title written with a full stop", () => {
  it("reads 'moderated by Dr. Lamb' as the chair, the surname going to the person named in full before", () => {
    const text =
      "Dr. Kit Lamb, Senior Director of the Fenby Centre, gave the opening remarks on research funding.\n\n" +
      "The event ended with a panel, moderated by Dr. Lamb, in which the speakers covered good practice. " +
      "The panel featured Dr. Jo Pratt; Sam Yeo, director at the Marlow Trust; and Ann Frith.";
    expect(chairsIn(draftOf(text, []))).toEqual(["Kit Lamb"]);
  });
});

describe("a paper named as where words were published, with 'the' in lower case or no article", () => {
  it("reads 'an interview to the Clarion' and 'Writing for Fenwire' as papers", () => {
    expect(organisations("Kit Lamb gave an interview to the Clarion about the vote.")).toEqual(["Clarion"]);
    expect(organisations("Writing for Fenwire, Kit Lamb argues that the ferry plan is too slow.")).toEqual(["Fenwire"]);
  });

  it("reads no paper in a person, a post or a body's word after those words", () => {
    const text =
      "Writing for Kit Lamb was hard, he says. She wrote for the Minister every week. " +
      "He gave an interview with the Committee on Monday.";
    expect(organisations(text)).toEqual([]);
  });
});
