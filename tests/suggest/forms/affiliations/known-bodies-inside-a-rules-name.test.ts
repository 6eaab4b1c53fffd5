// Affiliations with a registry, where the rule that reads a post reads the body's name run on past a body the registry
// knows (stop 33, from the blind misses of sets 32–35 with the full registry): a region, a field or an adjective written
// beside the known name; the words after it are the post's field. Small texts written for this test (names, bodies
// and sentences invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const registry: KnownForDraft[] = [
  { id: "ann-frith", type: "person", label: "Ann Frith", aliases: [] },
  { id: "fenby-union", type: "organisation", label: "Fenby Union of Printers", aliases: ["FUP"] },
  { id: "marlow-council", type: "organisation", label: "Marlow District Council", aliases: [] },
  { id: "harbour-trust", type: "organisation", label: "Harbour Trust", aliases: ["HT"] },
  { id: "keld-labs", type: "organisation", label: "Keldmedia Group", aliases: [] },
];
// (Known entities are drafted by id, new ones by label.)
const affiliations = (text: string) => affiliationsIn(draftOf(text, registry));

describe("a rule's body run on past a body the registry knows: the known body", () => {
  it.each([
    [
      "Ann Frith, FUP Eastern and Coastal organiser, said: “The cuts came as a shock.”",
      "Eastern and Coastal organiser",
      "fenby-union",
    ],
    ["Outgoing HT Chief Executive, Ann Frith, said the year had been hard.", "Chief Executive", "harbour-trust"],
    [
      "The evening was organised with Ann Frith, Marlow District Council’s Social Inclusion Officer.",
      "Social Inclusion Officer",
      "marlow-council",
    ],
    [
      "Keldmedia Group Digital Media Consultant Ann Frith feels the market has changed for good.",
      "Digital Media Consultant",
      "keld-labs",
    ],
    [
      "Ann Frith, HT Scotland and Borders organiser, said the talks had failed.",
      "Scotland and Borders organiser",
      "harbour-trust",
    ],
  ])("ties the person to the body the registry knows, the words after it opening the post (%#)", (text, role, body) => {
    expect(affiliations(text)).toEqual([["ann-frith", role, body]]);
  });
});

describe("a longer name that is a body of its own is kept", () => {
  it.each([
    ["Ann Frith, director of the Harbour Trust Museum, said the doors would open in May.", "Harbour Trust Museum"],
    ["Keldmedia Group Foundation director Ann Frith said the grants would go on.", "Keldmedia Group Foundation"],
  ])("keeps the longer body when its other words name a body (%#)", (text, body) => {
    expect(affiliations(text).map(([person, , organisation]) => [person, organisation])).toEqual([["ann-frith", body]]);
  });
});
