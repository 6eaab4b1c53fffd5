// Posts named by a word of the job-title vocabulary (words.ts, ROLE_WORDS) that a witness list or a byline uses:
// "General Counsel", "Curator", "Convener"; bodies named by a word of the organisation vocabulary (ORGANISATION_WORDS):
// "Regulator", "Inspectorate". On small texts written for this test (people and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText, peopleIn } from "../helpers/draft.js";

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

describe("bodies named by the organisation vocabulary", () => {
  it("reads 'The Harbours Regulator' of a witness list as the witnesses' body, not a person", () => {
    const draft = draftOf(
      [
        "Harbours Committee",
        "Oral evidence: Harbour safety white paper, HC 512",
        "Wednesday 4 March 2026",
        "Members present: Ann Tolley (Chair); Tom Riggs.",
        "Witnesses",
        "I: Ruth Dyer, Chief Executive, The Harbours Regulator; and Colin Marsh, Non-Executive Chairman, The Harbours Regulator.",
        "Q1 Chair: Ruth Dyer, would you start us off?",
        "Ruth Dyer: Thank you. My post is chief executive of The Harbours Regulator.",
        "Colin Marsh: I am the non-executive chairman of the Harbours Regulator, so I chair its board meetings.",
      ].join("\n") + "\n",
    );
    expect(peopleIn(draft)).toEqual(["Ann Tolley", "Tom Riggs", "Ruth Dyer", "Colin Marsh"]);
    expect(affiliationsIn(draft)).toContainEqual(["Colin Marsh", "Non-Executive Chairman", "Harbours Regulator"]);
  });
});
