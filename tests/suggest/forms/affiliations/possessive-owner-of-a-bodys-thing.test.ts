// A person named with a possessive right before a body, then a thing the body makes ("Ann Bell's FBC show", "Tom Reed's
// FBC's Radio Fenby programme"): the person fronts or owns the show, and the text states no tie to the body (stop 40,
// from the misses of set 60: a news report and a newsletter's write-up of a radio programme). Small texts written for
// this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const person = (id: string, label: string): KnownForDraft => ({ id, type: "person", label, aliases: [] });
const KNOWN = [
  organisation("fbc", "FBC"),
  organisation("ft", "Fenby Trust"),
  person("ab", "Ann Bell"),
  person("tr", "Tom Reed"),
  person("jp", "Jo Pratt"),
];
const pairs = (text: string) =>
  affiliationsIn(draftOf(text, KNOWN))
    .map(([p, , body]) => `${p} → ${body}`)
    .sort();

describe("a person's possessive before a body's thing", () => {
  it("ties no one to the body that makes the show", () => {
    const text =
      "The minister told viewers of Ann Bell's FBC show that the fund would open in May.\n\n" +
      "The two argued it out on Tom Reed's FBC's Radio Fenby programme last week.\n";
    expect(pairs(text)).toEqual([]);
  });

  it("still ties a person to a body whose post follows the possessive", () => {
    const text = "Ann Bell's Fenby Trust colleague, Tom Reed, spoke next. Jo Pratt is FBC's chief executive.\n";
    expect(pairs(text)).toContain("jp → fbc");
  });
});
