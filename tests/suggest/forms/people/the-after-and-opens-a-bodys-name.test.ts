// Stop 45 (sets 72–73): "chaired by … Tom Reed and The Fenby Trust’s president, Ann Frith": a body whose name opens
// with a capital "The" after "and", its possessive post naming the next person. The name before "and" is a person's,
// not part of the body's. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

describe("'Tom Reed and The Fenby Trust’s president, Ann Frith'", () => {
  const draft = draftOf(
    "The conference, held on Wednesday 1 October, was chaired by harbour pilot and trainer Tom Reed and The Fenby Trust’s president, Ann Frith. Speakers came from every port.\n",
  );

  it("reads both people, and the body from its 'The' on", () => {
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Tom Reed", "Ann Frith"]));
    expect(affiliationsIn(draft)).toEqual([["Ann Frith", "president", "Fenby Trust"]]);
  });
});
