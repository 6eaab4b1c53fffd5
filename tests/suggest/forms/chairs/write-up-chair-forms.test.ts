// Round 11: the session's chair in more of the forms real write-ups use, each on a small text written for this test
// (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const chairOf = (text: string) => chairsIn(draftOf(text));

describe("the session's chair", () => {
  it("is who moderated 'the conversation' or 'the dialogue': a session's nouns", () => {
    expect(
      chairOf(
        "Dr Mara Quill, the Trust’s executive director, moderated the conversation, with Owen Pike and Ida Lamb on the panel.",
      ),
    ).toEqual(["Mara Quill"]);
    expect(chairOf("Owen Pike moderated the dialogue between growers and buyers, and Ida Lamb spoke first.")).toEqual([
      "Owen Pike",
    ]);
  });

  it("is who moderated after a post of an organisation whose closing comma is left out", () => {
    expect(
      chairOf(
        "Transport needs a national network. Tom Reeve, Chairman of GreenBridge moderated a FenbyLA panel that included Ida Lamb, Director of Roads at Fenby, and Owen Pike.",
      ),
    ).toEqual(["Tom Reeve"]);
    expect(
      chairOf(
        "Ann Frith, Director of Fenby Trust chaired the 2019 review of housing, and Owen Pike spoke at the debate.",
      ),
    ).toEqual([]);
  });

  it("is not who chaired another body's programme or review", () => {
    expect(
      chairOf("Owen Pike, who chaired the Harbour Review, spoke at the conversation, and Ida Lamb answered questions."),
    ).toEqual([]);
  });
});
