// A post written as a body's name and a post in lower case, a word that qualifies the post before them ("Name, acting
// FRA general secretary,", "Name, interim Fenby Trust chief executive,", "Name, deputy Marlow Council leader,"): the
// body is the person's, the qualifier the post's (stop 46, from the misses of set 76: a union's blog). Small texts
// written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("a qualifier before a body's name and its post in lower case", () => {
  it.each([
    ['Kit Lamb, acting FRA general secretary, said: "The cuts must stop."', "FRA", "acting general secretary"],
    ["Kit Lamb, interim Fenby Trust chief executive, agreed with her.", "Fenby Trust", "interim chief executive"],
    ["Kit Lamb, deputy Marlow Council leader, said nothing.", "Marlow Council", "deputy leader"],
  ])("keeps the qualifier in the post (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Kit Lamb → ${body} (${role})`]);
  });

  it("ties the person to the body the registry knows by its acronym", () => {
    const known: KnownForDraft[] = [
      { id: "fra", type: "organisation", label: "Fenby Reporters Association", aliases: ["FRA"] },
    ];
    expect(pairs('Kit Lamb, acting FRA general secretary, said: "The cuts must stop."', known)).toEqual([
      "Kit Lamb → fra (acting general secretary)",
    ]);
  });
});
