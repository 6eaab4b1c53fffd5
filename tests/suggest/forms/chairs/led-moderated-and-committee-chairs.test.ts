// Round 16: chairs from the blind misses of sets 14–18 — a sentence that opens with a phrase of time before the session
// it says was led, a description between "moderated by" and the chair's name, and a newspaper's committee in lower case
// whose chair is named after another post. Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const chairOf = (text: string) => chairsIn(draftOf(text));

describe("a session led by someone, after a phrase of time that opens the sentence", () => {
  it("reads the session after the phrase, not the phrase, as what was led", () => {
    expect(
      chairOf(
        "After the break, the Guild's members' meeting was held, led by the president of the Fenby Seed Guild, Tom Reeve. Ida Lamb and Owen Pike spoke later.",
      ),
    ).toEqual(["Tom Reeve"]);
    expect(
      chairOf(
        "In the afternoon, the closing session went ahead, led by Ann Frith. Ida Lamb and Owen Pike spoke about seed banks.",
      ),
    ).toEqual(["Ann Frith"]);
  });

  it("leaves what is not a session unled", () => {
    expect(
      chairOf(
        "After the break, members toured the seed store, led by the president of the Fenby Seed Guild, Tom Reeve. Ida Lamb and Owen Pike spoke later.",
      ),
    ).toEqual([]);
  });
});

describe("a description between a chair verb and the chair's name", () => {
  it("reads the person after a description of a few words", () => {
    expect(
      chairOf(
        "Ida Lamb and Owen Pike sat on the seed growers' panel, moderated by harbour-trade favourite, Tom Reeve of Vale Seeds.",
      ),
    ).toEqual(["Tom Reeve"]);
    expect(
      chairOf(
        "The debate on rivers was chaired by veteran broadcaster Ann Frith. Ida Lamb, director of the Fenby Trust, and Owen Pike spoke.",
      ),
    ).toEqual(["Ann Frith"]);
  });

  it("is no description where a clause, a body or a session stands between", () => {
    expect(
      chairOf("The discussion was facilitated by experts including Tom Reeve. Ida Lamb and Owen Pike spoke."),
    ).toEqual([]);
    expect(
      chairOf(
        "The debate was chaired by the guild and Tom Reeve. Ida Lamb, director of the Fenby Trust, and Owen Pike, chief executive of Vale Homes, spoke.",
      ),
    ).toEqual([]);
    expect(
      chairOf(
        "The debate was chaired by a seed panel, Tom Reeve among them. Ida Lamb, director of the Fenby Trust, and Owen Pike, chief executive of Vale Homes, spoke.",
      ),
    ).toEqual([]);
  });
});

describe("the chair of a committee a newspaper names in lower case, at its hearings", () => {
  const hearing = (chairLine: string, second = "") =>
    [
      "Harbour fees under the microscope",
      "",
      "Kit Lamb reports",
      "",
      `Port bosses from Fenby Ports and Vale Shipping will answer questioning on mooring charges next month when they go before the Senate Harbours committee.${second}`,
      "",
      chairLine,
      "",
      "“Nobody will be shouted down,” Senator Reeve said.",
      "",
    ].join("\n");

  it("reads 'committee chairman X' after another post and 'and' as the hearing's chair", () => {
    expect(chairOf(hearing("Coastal Party senator and committee chairman Tom Reeve promised calm hearings."))).toEqual([
      "Tom Reeve",
    ]);
  });

  it("reads none where the text hears two committees, or names no hearing", () => {
    expect(
      chairOf(
        hearing(
          "Coastal Party senator and committee chairman Tom Reeve promised calm hearings.",
          " Others will give evidence to the Senate Rivers committee.",
        ),
      ),
    ).toEqual([]);
    expect(
      chairOf(
        "The Senate Harbours committee met on Monday. Coastal Party senator and committee chairman Tom Reeve said fees were too high.",
      ),
    ).toEqual([]);
  });
});
