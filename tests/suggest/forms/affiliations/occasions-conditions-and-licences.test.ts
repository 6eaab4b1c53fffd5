// Three things read as a person's body (stop 41, from the misses of sets 62 and 63; a minister's "speech at a
// conference" was seen at stop 39): where a lecture was given ("a lecture given by … Ann Bell MP at Fenby College"), a
// condition's letters ("who has cerebral palsy and ADHD") and a photo's licence ("Kit Lamb, CC BY-NC-SA"). Small texts
// written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, peopleIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, , body]) => `${person} → ${body}`)
    .sort();

describe("occasions, conditions and licences", () => {
  it("tie no speaker to where their lecture was given", () => {
    const text =
      "A sensible view was put forward in a recent lecture given by senior harbour campaigner (and former ports " +
      "adviser) Jo Pratt MP at Fenby College. Pratt spoke well.\n";
    expect(pairs(text)).toEqual([]);
    // (Not a speaker named with the body: "a talk by Ann Bell of Fenby College".)
    expect(pairs("We heard a talk by Ann Bell of Fenby College on tides.\n")).toEqual(["Ann Bell → Fenby College"]);
    expect(pairs("Ann Bell at Fenby College said the tides were rising.\n")).toEqual(["Ann Bell → Fenby College"]);
  });

  it("read no body from a condition's letters", () => {
    const text = "Ann Bell is inspired by her son Tom Reed, who has cerebral palsy and ADHD. She wrote a memoir.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("read no body from a photo's licence", () => {
    const text = "Too complex by half. Arthur Bridge, CC BY-NC-SA\n\nThe harbour plan is late.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    // The photographer is still a person.
    expect(peopleIn(draftOf(text))).toEqual(["Arthur Bridge"]);
    expect(pairs(text)).toEqual([]);
  });
});
