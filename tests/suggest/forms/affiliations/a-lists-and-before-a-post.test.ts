// The post of a person named after a body and a list's "and" ("chairman of the FHA and trustee Ann Frith"): the "and"
// is no word of the post (stop 33, from the blind misses of sets 32–35). Small texts written for this test (names,
// bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("a body, 'and', a post and a name", () => {
  it.each([
    ["Tom Reyes, chairman of the FHA and trustee Ann Frith, have long run the food bank.", "FHA"],
    ["The Marlow Harbour Trust and trustee Ann Frith hosted the event.", "Marlow Harbour Trust"],
  ])("gives the post without the list's 'and' (%#)", (text, body) => {
    expect(affiliations(text)).toContainEqual(["Ann Frith", "trustee", body]);
  });

  it("ties no one when 'and' joins a name and a body with no post between", () => {
    expect(affiliations("Ann Frith and the Marlow Harbour Trust hosted the event.")).toEqual([]);
  });
});
