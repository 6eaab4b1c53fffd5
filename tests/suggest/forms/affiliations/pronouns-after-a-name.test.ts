// The pronouns a person gives in brackets after their name ("Sam Yeo (they/them), a lecturer at …"): what follows
// them is what follows the name, as with a social media handle (stop 33, from the blind misses of sets 32–35). Small
// texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("pronouns in brackets between a name and its post", () => {
  it.each([
    [
      "Sam Yeo (they/them), a lecturer in law at Fenby University, opened the panel.",
      "Sam Yeo",
      "lecturer in law",
      "Fenby University",
    ],
    [
      "The panel heard from Ann Frith (she/her), director of the Marlow Housing Trust.",
      "Ann Frith",
      "director",
      "Marlow Housing Trust",
    ],
    [
      "Tom Reyes (he/him), chief executive of Keld Harbour Authority, spoke last.",
      "Tom Reyes",
      "chief executive",
      "Keld Harbour Authority",
    ],
    [
      "Speakers: Jo Pratt (she / they), founder of the Fenby Reading Network.",
      "Jo Pratt",
      "founder",
      "Fenby Reading Network",
    ],
  ])("reads the post after the pronouns (%#)", (text, person, role, body) => {
    expect(affiliations(text)).toEqual([[person, role, body]]);
  });

  it("reads both posts of 'Name (they/them), a R at Org and a R2 at Org2'", () => {
    expect(
      affiliations(
        "Sam Yeo (they/them), a lecturer in law at Fenby University and a senior fellow at the Marlow Institute, spoke.",
      ),
    ).toEqual([
      ["Sam Yeo", "lecturer in law", "Fenby University"],
      ["Sam Yeo", "senior fellow", "Marlow Institute"],
    ]);
  });
});

describe("brackets after a name that hold no pronouns", () => {
  it("still reads a body in brackets as the person's ('Name (Org), …')", () => {
    expect(affiliations("Ann Frith (Marlow Housing Trust) spoke first.")).toEqual([
      ["Ann Frith", undefined, "Marlow Housing Trust"],
    ]);
  });
});
