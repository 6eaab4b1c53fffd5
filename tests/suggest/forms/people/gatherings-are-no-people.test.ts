// Stop 38: a gathering's name drafted as a person with an empty registry (set 57, two texts): "during the Guild's
// Autumn Conference that featured …" (the person then took a quotation and an affiliation), "Addressing Congress, the
// union's Tom Reed said …". A name ending in the word for a gathering (Conference, Congress, Convention, Summit,
// Symposium) is now the gathering's. Refused: a person whose name is near such a word but does not end in it. Every
// name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText, peopleIn, saidByIn } from "../../../helpers/draft.js";

describe("a gathering's name is no person", () => {
  it("reads no person in 'the Guild's Autumn Conference that featured …'", () => {
    const text = paragraphsText(
      "The Fenby Guild's Harbour Commission hosted a roundtable on 24 March during the Guild's Autumn Conference that featured skippers, advocates and officials.",
      "Tom Reed, the Guild's harbour director, called the new count a “benchmark” for every port.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft)).not.toContain("Autumn Conference");
    expect(saidByIn(draft, "benchmark")).not.toContain("Autumn Conference");
  });

  it("reads no person in 'Addressing Congress, …'", () => {
    const text = paragraphsText(
      "The Dockers' Union called for the council to buy local boats at Congress in Marlow on Wednesday.",
      "Addressing Congress, the union's assistant general secretary Tom Reed said, “For too long our money has built boats abroad.”",
    );
    const people = peopleIn(draftOf(text));
    expect(people).not.toContain("Addressing Congress");
    expect(people).toContain("Tom Reed");
  });

  it("still reads a person who spoke at a conference ('Ann Bell told the Harbour Conference')", () => {
    const text = paragraphsText("Ann Bell told the Harbour Conference: “We will keep the berths open.”");
    expect(peopleIn(draftOf(text))).toContain("Ann Bell");
  });
});
