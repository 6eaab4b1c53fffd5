// Stop 33: the session's chair in forms the blind misses of sets 32–35 showed unread — "The moderator was X", "X of Org
// moderated a panel", "The session saw X moderate a panel", a committee's chair the registry knows, and a debate's
// speaker opening by addressing the chair ("Ms Reed, … under your Chair"). Texts written for this test (names and
// bodies invented).
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf } from "../../../helpers/draft.js";

const chairOf = (text: string) => chairsIn(draftOf(text));

describe("a chair noun as the subject of a copula ('The moderator was X')", () => {
  it("reads the name after 'was', 'is' or 'will be'", () => {
    const panel = "Panellists were Ida Lamb, a reporter at the Fenby Post, and Owen Pike, an editor.";
    expect(chairOf(`${panel}\nThe moderator was Ann Frith, editor of the Marlow Review.`)).toEqual(["Ann Frith"]);
    expect(chairOf(`${panel} The chair for the evening is Dr Tom Reed.`)).toEqual(["Tom Reed"]);
    expect(chairOf(`${panel} Our facilitator will be Nora Quill.`)).toEqual(["Nora Quill"]);
    expect(chairOf(`${panel} The panel's chair was Jo Holt.`)).toEqual(["Jo Holt"]);
  });

  it("refuses another body's chair, and a chair named by no one", () => {
    const panel = "Panellists were Ida Lamb, a reporter at the Fenby Post, and Owen Pike, an editor.";
    expect(chairOf(`${panel} The chair of the Trust was Ann Frith.`)).toEqual([]);
    expect(chairOf(`${panel} The moderator was unable to attend, so Ann Frith spoke first.`)).toEqual([]);
  });
});

describe("a chair verb after the person's organisation with no comma ('X of Org moderated a panel')", () => {
  it("reads the name before 'of', 'from' or 'at' an organisation (and its town)", () => {
    expect(
      chairOf(
        "Ann B. Frith of Reed & Lamb LLP in Marlow moderated a panel that included Kit Tan of Holt Pike LLP, and Tom Reed.",
      ),
    ).toEqual(["Ann B. Frith"]);
    expect(chairOf("Owen Pike from the Fenby Institute chaired the debate, with Ida Lamb and Jo Holt.")).toEqual([
      "Owen Pike",
    ]);
    expect(chairOf("Kit Tan at Marlow Harbour Trust facilitated the discussion with Ida Lamb and Jo Holt.")).toEqual([
      "Kit Tan",
    ]);
  });

  it("refuses a passive, and another body chaired", () => {
    expect(chairOf("Ann Frith of the Fenby Trust moderated by Tom Reed spoke first, then Kit Tan.")).not.toContain(
      "Ann Frith",
    );
    expect(
      chairOf("Ann Frith of the Fenby Trust chaired the board of Marlow Homes for a decade; Kit Tan spoke."),
    ).toEqual([]);
  });
});

describe("a verb of seeing or causing, the name, then a bare chair verb ('saw X moderate a panel')", () => {
  it("reads the one seen chairing a session, an apposition between", () => {
    expect(
      chairOf(
        "The morning session saw Ann Frith, the Trust’s director of events, moderate a panel of harbour leaders, among them Kit Tan and Jo Holt.",
      ),
    ).toEqual(["Ann Frith"]);
    expect(chairOf("Delegates watched Tom Reed chair a lively debate between Ida Lamb and Owen Pike.")).toEqual([
      "Tom Reed",
    ]);
    expect(chairOf("The council had Nora Quill facilitate the workshop, with Ida Lamb and Owen Pike.")).toEqual([
      "Nora Quill",
    ]);
  });

  it("refuses a seen chair of another body, and a bare verb with no object", () => {
    expect(
      chairOf("Members saw Tom Reed chair the board of Fenby Homes for years; Ida Lamb and Owen Pike spoke."),
    ).toEqual([]);
    expect(chairOf("Nobody saw Tom Reed chair, and Ida Lamb and Owen Pike spoke.")).toEqual([]);
  });
});

describe("a committee's chair, the committee known to the registry ('Harbours Committee Chair X')", () => {
  const known = [
    { id: "harbours-committee", label: "Harbours Committee", type: "organisation" as const, aliases: [] },
    { id: "ann-frith", label: "Ann Frith", type: "person" as const, aliases: [] },
  ];
  it("reads the chair of the committee whose hearing the text reports", () => {
    const text =
      "For an hour, the ferry firms dodged the questions of members. Harbours Committee Chair Ann Frith reminded the witnesses to answer plainly halfway through the hearing.";
    expect(chairsIn(draftOf(text, known))).toEqual(["ann-frith"]);
  });

  it("refuses the chair of a committee no hearing of which is reported", () => {
    const text =
      "The ferry firms raised their fares again. Harbours Committee Chair Ann Frith said the rise was too steep.";
    expect(chairsIn(draftOf(text, known))).toEqual([]);
  });
});

describe("a debate's speaker opening by addressing the chair ('Ms Reed, … under your Chair')", () => {
  const debate = (opening: string) =>
    "Harbour Walls\n\nThursday 5th March 2020\n\nWestminster Hall\n\n" +
    "Kit Lamb Portrait Kit Lamb (Fenby North) (Lab)\n\n" +
    `${opening} I thank the hon. Member for Marlow (Ida Holt) for securing this debate.\n\n` +
    "The harbour walls are old. The Government must publish a plan for them this spring.\n";

  it("reads the one addressed at the sentence's start", () => {
    expect(
      chairOf(debate("Ms Reed, I can think of no finer way to pass a Thursday than speaking under your Chair.")),
    ).toEqual(["Ms Reed"]);
    expect(chairOf(debate("Sir Tom Pike, it is good to see you in the Chair this afternoon."))).toEqual(["Tom Pike"]);
    expect(chairOf(debate("Mrs Tan, I am glad to speak today with you in the Chair."))).toEqual(["Mrs Tan"]);
  });

  it("refuses a chair of something else, and words that address no one", () => {
    expect(chairOf(debate("Ms Reed, I served under your chairmanship of the Fenby Trust for years."))).toEqual([]);
    expect(chairOf(debate("It is good to see a debate under your Chair."))).toEqual([]);
  });
});
