// Three things read as a person's body (stop 41, from the misses of sets 62 and 63; a minister's "speech at a
// conference" was seen at stop 39): where a lecture was given ("a lecture given by … Ann Bell MP at Fenby College"), a
// condition's letters ("who lives with ADHD") and a photo's licence ("Kit Lamb, CC BY-NC-SA"). Small texts
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
      "A careful case was set out in a lecture given by senior harbour campaigner (and former ports adviser) Jo " +
      "Pratt MP at Fenby College. Pratt spoke for an hour.\n";
    expect(pairs(text)).toEqual([]);
    // (Not a speaker named with the body: "a talk by Ann Bell of Fenby College".)
    expect(pairs("We heard a talk by Ann Bell of Fenby College on tides.\n")).toEqual(["Ann Bell → Fenby College"]);
    expect(pairs("Ann Bell at Fenby College said the tides were rising.\n")).toEqual(["Ann Bell → Fenby College"]);
  });

  it("read no body from a condition's letters", () => {
    const text =
      "Ann Bell campaigns for ferry access with her son Tom Reed, who lives with ADHD. She wrote a book about it.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("read no body from a photo's licence", () => {
    const text = "The old pier at low tide. Arthur Bridge, CC BY-NC-SA\n\nThe harbour plan is late.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    // The photographer is still a person.
    expect(peopleIn(draftOf(text))).toEqual(["Arthur Bridge"]);
    expect(pairs(text)).toEqual([]);
  });
});
