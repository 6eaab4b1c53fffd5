// Posts named by a word of the job-title vocabulary (words.ts, ROLE_WORDS) that a witness list or a byline uses:
// "General Counsel", "Curator", "Convener". On small texts written for this test (people and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText } from "../helpers/draft.js";

describe("posts named by the job-title vocabulary", () => {
  it("reads each entry's post in a witness list, the last after '; and'", () => {
    const text = paragraphsText(
      "Harbours Committee",
      "Oral evidence: The work of the Harbour Authority, HC 512",
      "Wednesday 4 March 2026",
      "Members present: Ann Tolley (Chair); Tom Riggs.",
      "Witnesses",
      "I: Ruth Dyer, Chief Executive, The Harbour Authority; Colin Marsh, Non-Executive Chairman, The Harbour Authority; and Ben Ashe, General Counsel, The Harbour Authority.",
      "Examination of witnesses",
    );
    expect(affiliationsIn(draftOf(text))).toEqual([
      ["Ruth Dyer", "Chief Executive", "Harbour Authority"],
      ["Colin Marsh", "Non-Executive Chairman", "Harbour Authority"],
      ["Ben Ashe", "General Counsel", "Harbour Authority"],
    ]);
  });

  it("reads a curator's, a librarian's and a convener's post after the name", () => {
    const draft = draftOf(
      "The talk was given by Mia Lund, Senior Curator, Fenby Museum, and Joe Park, Chief Librarian, Marlow Library Trust. Ann Bell, Convener, Fenby Rivers Forum, closed the evening.\n",
    );
    expect(affiliationsIn(draft)).toEqual([
      ["Mia Lund", "Senior Curator", "Fenby Museum"],
      ["Joe Park", "Chief Librarian", "Marlow Library Trust"],
      ["Ann Bell", "Convener", "Fenby Rivers Forum"],
    ]);
  });
});
