// Ireland's parties as pages print them, often without their accents: a deputy's bracket "(Fenby North, Sinn Fein)"
// under KildareStreet's label, or the party in prose (stop 35, from the misses of sets 21, 28, 31 and 41 with an empty
// registry). Small texts written for this test (names, seats and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

const hearing = (party: string) =>
  paragraphsText(
    "Joint Committee on Harbours",
    `Photo of Tom ReedTom Reed (Fenby North, ${party})`,
    "Share this: Permalink | Full debate | Official record",
    "I welcome members and our guests. Today the harbour board gives evidence.",
    "Photo of Kit LambKit Lamb (Marlow, Labour)",
    "Share this: Permalink | Full debate | Official record",
    "I thank the Chairman. The pier needs work.",
  );

describe("Ireland's parties, accents or none", () => {
  it.each([
    ["Sinn Fein", "Sinn Féin"],
    ["Sinn Féin", "Sinn Féin"],
    ["Fianna Fail", "Fianna Fáil"],
    ["Fianna Fáil", "Fianna Fáil"],
    ["Fine Gael", "Fine Gael"],
  ])("ties a deputy to the party in their bracket '(Seat, %s)'", (written, party) => {
    expect(affiliationsIn(draftOf(hearing(written)))).toEqual([
      ["Tom Reed", undefined, party],
      ["Kit Lamb", undefined, "Labour Party"],
    ]);
  });

  it("reads the party named in prose", () => {
    const draft = draftOf("Sinn Fein and Fine Gael both backed the harbour plan, Ann Frith said.");
    expect(organisationsIn(draft)).toEqual(["Fine Gael", "Sinn Féin"]);
  });

  it("reads no party from a word that only starts like one", () => {
    const draft = draftOf("Ann Frith sang a fine Gaelic song at the Sinn Feiners Hall in Marlow.");
    expect(organisationsIn(draft)).not.toContain("Sinn Féin");
    expect(affiliationsIn(draft)).toEqual([]);
  });
});
