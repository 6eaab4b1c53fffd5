// A debate's speaker header, as a parliament's pages print it, gives the member's party right after the name, then a
// comma and the seat or the time: "Photo of Ann Bell Ann Bell Labour, Fenby North 2:30 pm, 4 May 2028". With an empty
// registry the party is read from the header (stop 36, from the misses of sets 44–47 and of three texts of 13–43).
// Small texts written for this test (names, seats and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const debate = (header: string) =>
  paragraphsText(
    "Harbour Dredging – in Westminster Hall at 2:30 pm on 4 May 2028.",
    "[Tom Reed in the Chair]",
    header,
    "I open this debate on the dredging of Fenby harbour. The channel has silted for years.",
    "Photo of Kit Lamb Kit Lamb Minister for Harbours 2:45 pm, 4 May 2028",
    "I am grateful to my friend for raising this today. The Department will look at the channel again.",
  );

describe("the party in a debate's speaker header", () => {
  it.each([
    ["Photo of Ann Bell Ann Bell Labour, Fenby North 2:30 pm, 4 May 2028", "Labour Party"],
    ["Photo of Ann Bell Ann Bell Conservative, Marlow and Quillbury 2:30 pm, 4 May 2028", "Conservative Party"],
    ["Photo of Ann Bell Ann Bell Labour/Co-operative, Marlow 2:30 pm, 4 May 2028", "Labour/Co-operative"],
  ])("ties the member to the party the header gives (%#)", (header, party) => {
    const draft = draftOf(debate(header), []);
    expect(affiliationsIn(draft)).toContainEqual(["Ann Bell", undefined, party]);
    expect(peopleIn(draft)).not.toContain(`Ann Bell ${party.split(/[ /]/u)[0]}`);
  });

  it("ties no one to a party the header gives no party for", () => {
    const draft = draftOf(debate("Photo of Ann Bell Ann Bell Independent, Fenby North 2:30 pm, 4 May 2028"), []);
    expect(affiliationsIn(draft).filter(([, , o]) => /Party/u.test(o))).toEqual([]);
  });

  it("reads the seat after the party as no body", () => {
    const draft = draftOf(debate("Photo of Ann Bell Ann Bell Labour, Fenby North 2:30 pm, 4 May 2028"), []);
    expect(affiliationsIn(draft).filter(([p]) => p === "Ann Bell")).toEqual([["Ann Bell", undefined, "Labour Party"]]);
  });
});
