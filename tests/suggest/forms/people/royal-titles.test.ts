// Round 12: a person known by a royal title and its place, written with the style "HRH" (seen in two released sets),
// on small texts written for this test (titles, places and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn, saidByIn } from "../../../helpers/draft.js";

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

  it("reads the one title with no place, 'HRH the Princess Royal', and gives her questions to her (stop 39)", () => {
    const draft = draftOf(
      "‘Who will mend the nets?’ This was one of many questions posed by HRH the Princess Royal to the audience.\n\n“Are we asking it differently now?” she asked, looking back on the fair's long history.\n",
    );
    expect(peopleIn(draft)).toEqual(["The Princess Royal"]);
    expect(saidByIn(draft, "Are we asking it differently now?")).toEqual(["The Princess Royal"]);
    expect(saidByIn(draft, "Who will mend the nets?")).toEqual(["The Princess Royal"]);
  });

  it("needs the style for it too: 'the Princess Royal Trust' is no one", () => {
    const found = peopleIn(
      draftOf("Ida Lamb, director of the Fenby Trust, said the Princess Royal Trust funds the fair every year."),
    );
    expect(found).toEqual(["Ida Lamb"]);
  });
});
