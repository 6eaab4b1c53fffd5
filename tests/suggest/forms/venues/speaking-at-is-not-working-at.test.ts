// Where a person speaks is not where they work: "Speaking at the Org's conference, Name said", "Name, speaking at the
// Org's forum, said" (names and organisations invented for this test).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("an organisation after 'speaking at', 'appearing before', 'addressing'", () => {
  it("is the place the person speaks, not their organisation", () => {
    expect(affiliations("Speaking at the Fenby Trust's annual conference, Tom Reyes said costs were rising.")).toEqual(
      [],
    );
    expect(affiliations("Tom Reyes, speaking at the Fenby Trust's annual conference, said costs were rising.")).toEqual(
      [],
    );
  });

  it("leaves the person's own organisation named in the same sentence", () => {
    expect(
      affiliations(
        "Speaking at the Fenby Trust's annual conference, Tom Reyes of the Marlow Learning Alliance said costs were rising.",
      ),
    ).toEqual([["Tom Reyes", undefined, "Marlow Learning Alliance"]]);
  });
});
