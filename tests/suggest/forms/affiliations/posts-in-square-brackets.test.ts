// A post an editor writes in square brackets before a name inside a quotation ("We met [Fenby Press chief executive]
// Ann Frith"), read as the same post written without the brackets (stop 33, from the blind misses of sets 32–35). Small
// texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("a post in square brackets right before a name", () => {
  it.each([
    [
      "“We hope to meet [Fenby Press chief executive] Ann Frith next week,” said Tom Reyes.",
      "chief executive",
      "Fenby Press",
    ],
    [
      "“I wrote to [Marlow Harbour Trust director] Ann Frith twice,” Tom Reyes said.",
      "director",
      "Marlow Harbour Trust",
    ],
    ["Tom Reyes said: “We told [Keld Foundation chair] Ann Frith it would not work.”", "chair", "Keld Foundation"],
  ])("reads the post and its body as the person's (%#)", (text, role, body) => {
    expect(affiliations(text)).toEqual([["Ann Frith", role, body]]);
  });
});

describe("square brackets that hold no post, or more than one", () => {
  it.each([
    "“It was never [about] Ann Frith,” said Tom Reyes of the Keld Foundation.",
    "“We hope to meet [editor’s note: Fenby Press chief executive] Ann Frith,” said Tom Reyes.",
  ])("reads no post of the person from the brackets (%#)", (text) => {
    expect(affiliations(text).filter(([person]) => person === "Ann Frith")).toEqual([]);
  });
});
