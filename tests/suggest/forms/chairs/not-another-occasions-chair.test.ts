// Round 12: a chair is drafted only where the text names someone as chairing the session it reports — not the chair of
// an occasion still to come, of a standing body, or the host of one part of the event. Texts written for this test
// (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const chairOf = (text: string) => chairsIn(draftOf(text));

describe("the session's chair, not another occasion's", () => {
  it("is not who will lead an occasion still to come", () => {
    expect(
      chairOf(
        "Growers met in Fenby on 3 May to talk about water, and Ida Lamb and Owen Pike spoke. Later sessions will cover soil. A workshop on rivers will be led by Professor Tom Reeve and Dr Ann Frith on 9 May.",
      ),
    ).toEqual([]);
    expect(
      chairOf(
        "Growers met in Fenby on 3 May, and Ida Lamb and Owen Pike spoke. The next seminar, chaired by Tom Reeve, is in June.",
      ),
    ).toEqual([]);
    // The session the text reports, named the same way, keeps its chair.
    expect(
      chairOf("The workshop on rivers will be led by Professor Tom Reeve, and Ida Lamb and Owen Pike will speak."),
    ).toEqual(["Tom Reeve"]);
  });

  it("is not the chair of a standing body whose work the session feeds", () => {
    expect(
      chairOf(
        "Ida Lamb and Owen Pike spoke at the roundtable. Its findings will feed into the work of the Fenby Growers employer panel – chaired by VSG member and director of the Vale Seed Guild, Tom Reeve.",
      ),
    ).toEqual([]);
    expect(
      chairOf("Ida Lamb and Owen Pike spoke at the roundtable on seed, chaired by Tom Reeve, director of the Guild."),
    ).toEqual(["Tom Reeve"]);
  });

  it("is not the host of one part of the event", () => {
    expect(
      chairOf(
        "The forum opened with a speech from Ida Lamb and closed with Fenby Radio’s Tom Reeve hosting a live debate between Owen Pike, director of the Fenby Trust, and Ann Frith, chief executive of Vale Homes.",
      ),
    ).toEqual([]);
    // A host of the whole debate, with two speakers whose posts the text gives, still chairs it.
    expect(
      chairOf(
        "The forum closed with Tom Reeve hosting the debate. Owen Pike, director of the Fenby Trust, said: “We need rain.” Ann Frith, chief executive of Vale Homes, said: “We need homes.”",
      ),
    ).toEqual(["Tom Reeve"]);
  });
});
