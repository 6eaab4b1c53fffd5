// Stop 47 (set 78): a news item about a select committee's inquiry, its chair reported speaking at another occasion
// ("Speaking at the Fenby Ports Day conference, Frith said", "Speaking in the House of Commons, Ann asked"): the
// committee's hearings are the story's background, so its chair presides at none the text reports. A hearing's own
// report still makes its chair the chair. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const committee = { id: "harbours-committee", type: "organisation" as const, label: "Harbours Committee", aliases: [] };

const item = (speaking: string) =>
  paragraphsText(
    "Ann Frith, Member of Parliament for Fenby North and Chair of the Harbours Committee, today said that rising dues were closing small harbours.",
    "During its inquiry the Harbours Committee took evidence from harbour masters across the country, and oral evidence was heard at a session in March.",
    `${speaking} “Small harbours are closing one after another, and the dues are to blame.”`,
    "In response, the minister, Tom Reed, said the dues would be reviewed in the spring.",
  );

describe("a committee's chair reported speaking at another occasion", () => {
  for (const speaking of [
    "Speaking at the Fenby Ports Day conference earlier this week Ann Frith said:",
    "Speaking in the House of Commons, Ann Frith asked:",
    "Addressing the Marlow Harbour Forum, Ann Frith said:",
  ]) {
    it(`presides at nothing after '${speaking}'`, () => {
      expect(chairsIn(draftOf(item(speaking), [committee]))).toEqual([]);
    });
  }
  it("still chairs when the text speaks of the committee's own session", () => {
    expect(
      chairsIn(draftOf(item("Speaking at the committee's evidence session, Ann Frith said:"), [committee])),
    ).toEqual(["Ann Frith"]);
  });
});
