// A body's own unit named in capitals by what it does, after a post's "of" or "for": "Director of Customers and
// Markets", "Head of Harbour Pricing", "Director of Policy and Evidence", "Deputy Director for Food Standards". The unit
// is the post's field, never a body of its own; the body is the one named before the post, as a possessive ("Fenport's",
// "Fenby Ports'") or, when the registry knows it, written right before the post with no possessive ("Fenport Director
// of …", as a list of speakers gives it). Stop 47, from the misses of sets 77 and 78 (a regulator's directors in a
// meeting's list of speakers, a heritage body's director answering a committee). Every person, body and sentence here
// is invented for these tests.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, type KnownForDraft } from "../../../helpers/draft.js";

const registry: KnownForDraft[] = [
  { id: "fenport", type: "organisation", label: "Fenport", aliases: [] },
  { id: "fenby-ports", type: "organisation", label: "Fenby Ports", aliases: [] },
  { id: "marsh-harbour-board", type: "organisation", label: "Marsh Harbour Board", aliases: [] },
];
const ties = (text: string, known: KnownForDraft[] = registry) =>
  affiliationsIn(draftOf(text, known)).map(([who, role, organisation]) => [who, role, organisation]);

describe("a body's unit named by what it does", () => {
  it.each([
    [
      "Speakers: Tom Reed, Fenport Director of Customers and Markets; Ann Bell, Fenport Head of Harbour Pricing",
      [
        ["Tom Reed", "Director of Customers and Markets", "fenport"],
        ["Ann Bell", "Head of Harbour Pricing", "fenport"],
      ],
    ],
    [
      "We heard from Tom Reed, Fenport’s Director of Customers and Markets, who said fees would rise.",
      [["Tom Reed", "Director of Customers and Markets", "fenport"]],
    ],
    [
      "Tom Reed, Fenby Ports’ Director of Customers and Markets, said fees would rise.",
      [["Tom Reed", "Director of Customers and Markets", "fenby-ports"]],
    ],
    [
      "Marsh Harbour Board Deputy Director for Food Standards Ann Bell said fees would rise.",
      [["Ann Bell", "Deputy Director for Food Standards", "marsh-harbour-board"]],
    ],
    [
      "Tom Reed, Director of Policy and Evidence at Fenport, said fees would rise.",
      [["Tom Reed", "Director of Policy and Evidence", "fenport"]],
    ],
  ])("%s", (text, expected) => {
    expect(ties(text)).toEqual(expected);
  });

  it("is no body of its own, with a registry or without", () => {
    for (const text of [
      "Speakers: Tom Reed, Fenport Director of Customers and Markets; Ann Bell, Fenport Head of Retail Price Regulation",
      "We heard from Tom Reed, Fenport’s Director of Customers and Markets, who said fees would rise.",
      "Fenport answered the committee, with Director of Policy and Evidence Tom Reed responding to questions.",
      "Ann Bell, Deputy Director, Food and Materials Security, said fees would rise.",
    ])
      for (const known of [registry, []]) {
        const draft = draftOf(text, known);
        for (const unit of [
          "Customers and Markets",
          "Retail Price Regulation",
          "Policy and Evidence",
          "Food and Materials Security",
        ])
          expect(organisationsIn(draft), text).not.toContain(unit);
        expect(
          affiliationsIn(draft).filter(([, , organisation]) => !["fenport", "Fenport"].includes(organisation)),
          text,
        ).toEqual([]);
      }
  });

  // The same reading gives a party's member her seat as the post: "the Labour MP for Fenby North" (set 77, twice).
  it("reads a known party right before a member's seat as the party, the seat the post", () => {
    const party: KnownForDraft = {
      id: "labour-party",
      type: "organisation",
      label: "Labour Party",
      aliases: ["Labour"],
    };
    for (const text of [
      "Ann Bell, Labour MP for Fenby North, said fees would rise.",
      "I am Ann Bell, the Labour MP for Fenby North, and I welcome you all.",
    ])
      expect(ties(text, [party]), text).toEqual([["Ann Bell", "MP for Fenby North", "labour-party"]]);
  });

  it("leaves a body's name that ends in such a word whole, when a body's word names it one", () => {
    expect(ties("Tom Reed, Director of the Fenby Food Standards Agency, said fees would rise.", [])).toEqual([
      ["Tom Reed", "Director", "Fenby Food Standards Agency"],
    ]);
  });
});
