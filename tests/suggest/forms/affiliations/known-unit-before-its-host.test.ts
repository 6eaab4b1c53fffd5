// A post "of" a body the registry knows, then "at" the bodies that host it ("editor of Fenby Lab at the Marlow Foundation
// at Keld University"): the known body is the person's (stop 33, from the blind misses of sets 32–35 with the full
// registry), the hosts too known or not (stop 46: the gold of sets 74 and 76 ties the person to the first body and
// only mentions its hosts, known as they were). Small texts written for this test (names, bodies and sentences
// invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const person = { id: "ann-frith", type: "person" as const, label: "Ann Frith", aliases: [] };
const body = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const ties = (text: string, registry: KnownForDraft[]) =>
  affiliationsIn(draftOf(text, [person, ...registry])).map(([who, role, organisation]) => [who, role, organisation]);

describe("a known body the post is 'of', before hosts the registry does not know", () => {
  it.each([
    [
      "The chair was Ann Frith, editor of Fenby Lab at the Marlow Foundation for Print at Keld University.",
      body("fenby-lab", "Fenby Lab"),
      "editor",
      "fenby-lab",
    ],
    [
      "Ann Frith, director of the Tidewatch Project at the Marlow Institute, opened the day.",
      body("tidewatch", "Tidewatch Project"),
      "director",
      "tidewatch",
    ],
    [
      "Ann Frith, coordinator for the Keld Reading Circle at Fenby College, spoke next.",
      body("circle", "Keld Reading Circle"),
      "coordinator",
      "circle",
    ],
  ])("ties the person to the known body (%#)", (text, known, role, id) => {
    expect(ties(text, [known])).toEqual([["ann-frith", role, id]]);
  });
});

describe("the known body the post is 'of', before hosts the registry knows too", () => {
  it.each([
    "Ann Frith, director of the Tidewatch Project at the Marlow Institute, opened the day.",
    "The moderator was Ann Frith, director of the Tidewatch Project at the Marlow Institute at Keld University.",
    "Ann Frith, who is director of the Tidewatch Project at the Marlow Institute, opened the day.",
  ])("ties the person to the body the post is of (%#)", (text) => {
    const registry = [
      body("tidewatch", "Tidewatch Project"),
      body("marlow", "Marlow Institute"),
      body("keld", "Keld University"),
    ];
    expect(ties(text, registry)).toEqual([["ann-frith", "director", "tidewatch"]]);
  });
});

describe("the body after 'at' is kept", () => {
  it("when what the post is of is no body the registry knows", () => {
    const text = "Ann Frith, professor of Coastal Studies at the Marlow Institute, opened the day.";
    expect(ties(text, [body("marlow", "Marlow Institute")])).toEqual([
      ["ann-frith", "professor of Coastal Studies", "marlow"],
    ]);
  });

  it("when the registry knows neither", () => {
    const text = "Ann Frith, director of the Tidewatch Project at the Marlow Institute, opened the day.";
    expect(ties(text, [])).toEqual([["ann-frith", "director of the Tidewatch Project", "Marlow Institute"]]);
  });
});
