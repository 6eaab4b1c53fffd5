// Stop 46: quote attribution read from released sets 75–76. A minister's label under the holder's photo longer than
// twenty words with the photo's text (a department's name with commas in it); the links a KildareStreet or
// TheyWorkForYou page prints under a "Photo of …" label; a quotation a member reads out after another's verb of speech
// and a colon ("the Prime Minister said:"); a witness's turn of under four words. Every person, body and word here is
// invented for these tests.
import { describe, expect, it } from "vitest";
import { directQuotesIn, draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("a minister's long label under the holder's photo, as re-published Hansard prints it", () => {
  const question = (label: string): string =>
    lines(
      "Lords Chamber",
      "Lord Tallow of Marsh End Portrait Lord Tallow of Marsh End",
      "- Hansard - - - Excerpts",
      "To ask His Majesty's Government what assessment they have made of the silting of the northern harbours.",
      label,
      "- Hansard - - - Excerpts",
      "My Lords, the survey of the northern harbours reported last spring that the channels must be dredged each year.",
    );
  it.each([
    "Baroness Quill of Fenby Portrait The Parliamentary Under-Secretary of State, Department for Harbours, Ferries, Coasts and Rural Affairs (Baroness Quill of Fenby) (Con)",
    "Baroness Quill of Fenby Portrait The Minister of State, Department for Environment, Harbours, Food and Coastal Affairs (Baroness Quill of Fenby) (Con)",
    "Baroness Quill of Fenby Portrait The Secretary of State, Department for Harbours, Ferries, Culture, Media and Sport (Baroness Quill of Fenby) (Con)",
  ])("gives the answer to the holder, not to the asker: %s", (label) => {
    const draft = draftOf(question(label));
    expect(saidBy(draft, "the channels must be dredged each year")).toEqual(["Baroness Quill of Fenby"]);
    expect(saidBy(draft, "what assessment they have made")).toEqual(["Lord Tallow of Marsh End"]);
  });
});

describe("the links printed under a 'Photo of …' label", () => {
  it.each([
    "Link to this: Individually | In context | Oireachtas source",
    "Link to this: Individually | In context",
    "Link to this speech",
  ])("are no one's words: %s", (links) => {
    const text = lines(
      "Joint Committee on Harbours and Ferries",
      "Photo of Orla PennickOrla Pennick (Fenby West, Fine Gael)",
      links,
      "The meeting has been convened to discuss the ferry timetable for the islands and the winter sailings.",
      "Mr Tom Reed:",
      "We have written to the island councils about the winter sailings and expect their answers by March.",
    );
    const draft = draftOf(text);
    expect(directQuotesIn(draft).filter(([, , q]) => /Link to this|In context/u.test(q))).toEqual([]);
    expect(saidBy(draft, "convened to discuss the ferry timetable")).toEqual(["Orla Pennick"]);
  });
});

describe("a quotation a speaker reads out after another's verb of speech and a colon", () => {
  const turn = (handover: string): string =>
    lines(
      "Lords Chamber",
      "Lord Tallow of Marsh End Portrait Lord Tallow of Marsh End (Con)",
      "- Hansard - - - Excerpts",
      `My Lords, the harbour survey reported last spring that the channels must be dredged each year. ${handover}`,
      "“We will look again at the dredging grant for every small harbour”",
      "and the House has waited a year for that review. I hope the Minister can tell us when it will come.",
    );
  it.each(["Last winter, the Prime Minister said:", "The harbour charter states:", "As the Chancellor put it:"])(
    "is the other's words, not the speaker's: %s",
    (handover) => {
      const draft = draftOf(turn(handover));
      expect(saidBy(draft, "We will look again at the dredging grant")).toEqual([]);
      expect(saidBy(draft, "the House has waited a year")).toEqual(["Lord Tallow of Marsh End"]);
    },
  );
  it.each(["As I said to the House last year:", "and I quote:"])("stays the speaker's after %s", (handover) => {
    const draft = draftOf(turn(handover));
    expect(saidBy(draft, "We will look again at the dredging grant")).toEqual(["Lord Tallow of Marsh End"]);
  });
});

describe("a witness's turn of under four words", () => {
  const hearing = (reply: string): string =>
    lines(
      "Joint Committee on Harbours and Ferries",
      "Photo of Orla PennickOrla Pennick (Fenby West, Fine Gael)",
      "I welcome Mr Tom Reed, chief executive of Fenby Ferries. I will give Mr Reed a few minutes to join us.",
      "Mr Tom Reed:",
      reply,
      "Photo of Orla PennickOrla Pennick (Fenby West, Fine Gael)",
      "Please go ahead with your opening statement on the winter sailings.",
      "Mr Tom Reed:",
      "We have written to the island councils about the winter sailings and expect their answers by March.",
    );
  it.each(["Sure. Thanks.", "Yes, I can.", "Thank you, Chair."])("is no quotation: %s", (reply) => {
    const draft = draftOf(hearing(reply));
    expect(saidBy(draft, reply)).toEqual([]);
    expect(saidBy(draft, "We have written to the island councils")).toEqual(["Tom Reed"]);
  });
});
