// Stop 36: three chair forms that a rule already read in other released texts and missed in one of sets 44–47:
// - a parliament's official report whose debate heading stands right under its date line, over the presiding officer's
//   label ("The Deputy Presiding Officer (Name)"): the heading was read as a speaker over the label;
// - the presiding office alone under its holder's photo ("Name Portrait Mr Speaker"), the holder named only by the
//   photo's text;
// - "Labour Committee Chair Name asked …" in a write-up of a hearing: a party before the committee's chair, the post
//   capitalised (and one committee heard, however many keys name it).
// Refused: the next person named (the motion's member, a witness who chairs a body of their own), a questioning member
// whom no post calls chair, an unnamed chair. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const debate = (heading: string) =>
  [
    "Meeting of the Parliament",
    "",
    "Meeting date: Tuesday, November 3, 2026",
    "",
    "",
    heading,
    "",
    "The Deputy Presiding Officer (Ann Frith)",
    "",
    "We turn now to motion S6M-00417, in the name of Tom Reed, about the island ferries. Members who want to take part should let the clerks know at once.",
    "",
    "",
    "Tom Reed (Fenby and the Isles) (Con)",
    "",
    "As convener of the harbours committee, I welcome this debate. Too many island boats run late, and we spent a year asking why.",
    "",
  ].join("\n");

describe("a debate's heading under the date line, over the presiding officer's label", () => {
  it("reads the presiding officer as the chair, and the heading as no one", () => {
    const draft = draftOf(debate("Harbour Ferries"));
    expect(chairsIn(draft)).toEqual(["Ann Frith"]);
    expect(peopleIn(draft)).not.toContain("Harbour Ferries");
    expect(peopleIn(draft)).toContain("Tom Reed");
  });
});

const questions = (label: string) =>
  [
    "Harbour Tourism",
    "Volume 811: debated on Thursday 12 March 2026",
    "",
    "Tom Reed Portrait Tom Reed (Fenby North) (Con)",
    "- Hansard - - - Excerpts",
    "",
    "1. How his Department will bring more visitors to our harbours.",
    "",
    "Kit Lamb Portrait The Minister for Harbours (Kit Lamb)",
    "- Hansard - - - Excerpts",
    "",
    "We are backing the harbour towns with a new fund, and the campaign abroad continues to bring visitors to the coast.",
    "",
    label,
    "- Hansard - -",
    "",
    "Order. Members still waiting to ask will not be reached if every answer runs on like that. Shorter, please.",
    "",
  ].join("\n");

describe("the presiding office under its holder's photo", () => {
  it("reads the holder the photo's text names as the chair ('Ann Frith Portrait Mr Speaker')", () => {
    expect(chairsIn(draftOf(questions("Ann Frith Portrait Mr Speaker")))).toEqual(["Ann Frith"]);
  });

  it("reads no chair where the office has no holder named ('None Portrait The Chair')", () => {
    expect(chairsIn(draftOf(questions("None Portrait The Chair")))).toEqual([]);
  });

  it("reads no chair in the members and the minister who speak", () => {
    const chairs = chairsIn(draftOf(questions("Ann Frith Portrait Mr Speaker")));
    expect(chairs).not.toContain("Tom Reed");
    expect(chairs).not.toContain("Kit Lamb");
  });
});

const hearing = (opening: string) =>
  paragraphsText(
    "The Harbours Committee questioned the Fenby Ports Commission about its first report, and MPs took evidence from Sir Tom Reed, Chair, Fenby Ports Commission and Kit Lamb, Secretary, Fenby Ports Commission.",
    "Our notes of the hearing follow; a recording can be watched online.",
    `${opening} asked whether the harbour towns backed the plan at all. Sir Tom replied that most councils on the coast did.`,
    "Conservative MP Gil Marr asked how often the Commissioners met the councils. Sir Tom answered that they met every month.",
  );

describe("a party before the committee's chair in a hearing's write-up", () => {
  it("reads 'At the start, Labour Committee Chair Ann Frith asked …'", () => {
    expect(chairsIn(draftOf(hearing("At the start, Labour Committee Chair Ann Frith")))).toEqual(["Ann Frith"]);
  });

  it("reads it with the committee in the registry (one committee, though its id and its name both key it)", () => {
    const known = [
      { id: "harbours-committee", type: "organisation" as const, label: "Harbours Committee", aliases: [] },
    ];
    expect(chairsIn(draftOf(hearing("At the start, Labour Committee Chair Ann Frith"), known))).toEqual(["Ann Frith"]);
  });

  it("reads no chair in a questioning member, nor in a witness who chairs a body of their own", () => {
    const chairs = chairsIn(draftOf(hearing("At the start, Labour MP Ann Frith")));
    expect(chairs).not.toContain("Gil Marr");
    expect(chairs).not.toContain("Tom Reed");
    expect(chairs).not.toContain("Ann Frith");
  });
});
