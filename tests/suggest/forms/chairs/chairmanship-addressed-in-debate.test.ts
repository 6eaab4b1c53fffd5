// Round 17: chairs from the misses of the released set 19 — a debate's speaker addressing its chair by name ("It is a
// pleasure to serve under your chairmanship, Mr Reed"). Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const chairOf = (text: string) => chairsIn(draftOf(text));

describe("the chair a debate's speaker addresses ('to serve under your chairmanship, Mr Reed')", () => {
  const debate = (opening: string) =>
    "Harbour Walls\n\nWednesday 4th March 2020\n\n" +
    "The Minister for Harbours (Ann Frith)\n\n" +
    `${opening} I thank the hon. Member for Fenby North (Kit Lamb) for raising the state of the harbour walls.\n\n` +
    "We all know that the walls are old. The Government will publish a plan for them in the spring.";

  it("reads the name after 'serve under your chairmanship,' as the chair", () => {
    expect(chairOf(debate("It is a real pleasure to serve under your chairmanship, Mr Reed."))).toEqual(["Mr Reed"]);
  });

  it("reads it inside a speaker's turn too: a debate page that prints the minister's label over the speech", () => {
    const page =
      "Harbour Walls\n\nWednesday 4th March 2020\n\nWestminster Hall\n\n" +
      "Ann Frith Portrait The Minister for Harbours (Ann Frith)\n\n" +
      "It is a real pleasure to serve under your chairmanship, Mr Reed. I thank the hon. Member for Fenby North (Kit Lamb) for raising the state of the harbour walls.\n\n" +
      "We all know that the walls are old. The Government will publish a plan for them in the spring.\n";
    expect(chairOf(page)).toEqual(["Mr Reed"]);
  });

  it("names no chair where the speaker names none ('to serve under your chairmanship.')", () => {
    expect(chairOf(debate("It is a real pleasure to serve under your chairmanship."))).toEqual([]);
  });

  it("keeps the chair the text names otherwise ('[Tom Reed in the Chair]')", () => {
    expect(
      chairOf(`[Tom Reed in the Chair]\n\n${debate("It is a pleasure to serve under your chairmanship, Sir Kit.")}`),
    ).toEqual(["Tom Reed"]);
  });
});

// Stop 38 (set 56): words between "your chairmanship" and the name ("… for the first time, Mr Reed?").
describe("the chair addressed after a few words ('serve under your chairmanship for the first time, Mr Reed')", () => {
  const debate = (opening: string) =>
    "Harbour Walls\n\nWednesday 4th March 2020\n\n" +
    "The Minister for Harbours (Ann Frith)\n\n" +
    `${opening} I thank the hon. Member for Fenby North (Kit Lamb) for raising the state of the harbour walls.\n\n` +
    "We all know that the walls are old. The Government will publish a plan for them in the spring.";

  it("reads the name after the words that follow 'your chairmanship'", () => {
    expect(
      chairOf(debate("May I say how glad I am to serve under your chairmanship for the first time, Mr Reed?")),
    ).toEqual(["Mr Reed"]);
  });

  it("reads no chair from a chairmanship of something else ('your chairmanship of the Fenby Trust, Mr Reed')", () => {
    expect(
      chairOf(debate("I was glad to serve under your chairmanship of the Fenby Trust, Mr Reed, for some years.")),
    ).toEqual([]);
  });
});
