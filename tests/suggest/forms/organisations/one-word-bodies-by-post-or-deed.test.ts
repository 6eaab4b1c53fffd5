// Organisations of one word with no body's word and no acronym's capitals, found with an EMPTY registry only where the
// text gives the word a post's holder or a regulator's deed. Stop 40 (a40b), from the misses of sets 56–61; every text
// written for this test, names invented.
import { describe, expect, it } from "vitest";
import { oneWordBodies } from "../../../../src/suggest/organisations.js";
import { draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a body of one word", () => {
  it("reads it where a post's holder or a regulator's deed names it", () => {
    expect(
      bodiesIn(
        [
          "Water firms have been told by Ofwem to publish their plans.",
          "Quillrex’s chief executive left in June.",
          "Nick Hall, Director of Fenpol, opened the debate.",
        ].join("\n\n"),
      ),
    ).toEqual(["Fenpol", "Ofwem", "Quillrex"]);
  });

  it("refuses a person's surname, a field and a word the language has", () => {
    const found = bodiesIn(
      [
        "Ann Bell spoke first. Bell’s chief executive was absent.",
        "He is head of Marketing, and she is Director of Research.",
        "The plan was approved by Parliament last year.",
      ].join("\n\n"),
    );
    for (const word of ["Bell", "Marketing", "Research", "Parliament"]) expect(found).not.toContain(word);
  });

  it("refuses the first of a post's fields joined by 'and': 'Director of Harbours and Creative Trades'", () => {
    expect(oneWordBodies("Jo Pratt, Assistant Director of Harbours and Creative Trades, spoke.")).toEqual([]);
  });

  it("refuses a plural field, a field before the body, a word the text writes in lower case, part of a longer name", () => {
    for (const text of [
      "Contact: Kit Lamb, Director of Sales, 01234 567 890",
      "— Hugh Penn, Director of Environment, Severnside Water",
      "Jo Pratt, Director of Estates, said the estates were old.",
      "Tom Reed, St Fenwick’s chief executive, spoke.",
    ])
      expect(oneWordBodies(text)).toEqual([]);
  });
});
