// Round 12: a person known by a royal title and its place, written with the style "HRH" (seen in two released sets),
// on small texts written for this test (titles, places and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

describe("a royal title with its style", () => {
  it("is a person: 'HRH the Prince of Fenland', and 'the Duchess of Wold' joined to it", () => {
    const found = peopleIn(
      draftOf(
        "The minister opened the Vale Growers Fair, hosted by HRH the Prince of Fenland and the Duchess of Wold. Ida Lamb, director of the Fenby Trust, said: “Bees need flowers.”",
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["The Prince of Fenland", "The Duchess of Wold", "Ida Lamb"]));
    expect(found).not.toContain("Fenland");
  });

  it("leaves the style 'HRH' no organisation", () => {
    const draft = draftOf(
      "The fair was hosted by HRH the Prince of Fenland. Ida Lamb, director of the Fenby Trust, said: “Bees need flowers.”",
    );
    expect(draft.entities.filter((e) => e.section === "organisations").map((e) => e.label)).not.toContain("HRH");
  });

  it("needs the style: 'the Duke of Fenland Award' is no one", () => {
    const found = peopleIn(
      draftOf(
        "Ida Lamb, director of the Fenby Trust, said young people earn the Duke of Fenland Award by volunteering.",
      ),
    );
    expect(found).not.toContain("The Duke of Fenland");
  });
});
