// Stop 45: a charity's blog post signed by its author's given name alone, the team after a comma ("By Harriet,
// Campaigns team"). Every name and word here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn } from "../../../helpers/draft.js";

const post = (byline: string) =>
  lines(
    "A fringe meeting on the asylum system",
    byline,
    "This week we held a fringe meeting with two charities on the asylum system. The room was full by seven.",
  );

describe("a byline that names its author by a given name alone", () => {
  it("takes the author as a person, with or without the team after the comma", () => {
    expect(peopleIn(draftOf(post("By Harriet, Campaigns and Public Affairs team")))).toEqual(["Harriet"]);
    expect(peopleIn(draftOf(post("Posted by Harriet")))).toEqual(["Harriet"]);
  });
});

describe("refused: 'By' and a given name opening a sentence", () => {
  it("takes no one from 'By April, the council had …'", () => {
    expect(peopleIn(draftOf(post("By April, the council had closed three of its libraries.")))).toEqual([]);
  });
});
