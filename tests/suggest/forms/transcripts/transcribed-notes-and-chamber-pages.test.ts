// Stop 33: transcript layouts the blind misses of sets 32–35 showed unread: a transcriber's note ("Transcribed from the
// audio recording") over a single opening speech, and a Hansard page re-published with a line of furniture (its age, a
// date) above the chamber's heading. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy, transcriptOf } from "../../../helpers/draft.js";

describe("a transcriber's note over one labelled speech", () => {
  const speech = [
    "It is my great pleasure to welcome you all to the fourth annual lecture of the Marsh Law Society.",
    "The question before the panel tonight is whether the harbour courts should sit in the evenings.",
  ];
  const notes = [
    "Transcribed from the Audio Recording",
    "Transcript of the video recording",
    "Transcription of a webcast.",
    "Transcribed from the recording",
  ];
  const labels = ["The Honourable Mrs Justice Corvell", "Dr Ann Pellow", "Tobias Wren"];

  it("reads the turn under each note and each person's label, the speech the speaker's", () => {
    for (const note of notes) {
      for (const label of labels) {
        const text = lines(
          "MARSH LAW SOCIETY – FOURTH ANNUAL LECTURE",
          "Thursday, 3rd March 2029",
          note,
          `${label}: ${speech[0]}`,
          speech[1]!,
        );
        expect(transcriptOf(text), `${note} / ${label}`).toBeDefined();
      }
    }
    const draft = draftOf(lines("MARSH LAW SOCIETY", notes[0]!, `Dr Ann Pellow: ${speech[0]}`, speech[1]!));
    expect(saidBy(draft, "the fourth annual lecture")).toEqual(["Ann Pellow"]);
  });

  it("refuses a label that is no person's, a few words under it, and a labelled line with no note", () => {
    const over = (label: string, words = speech[0]!, note = notes[0]!) =>
      transcriptOf(lines("MARSH LAW SOCIETY", note, `${label}: ${words}`, speech[1]!));
    expect(over("Key points")).toBeUndefined();
    expect(over("Opening remarks")).toBeUndefined();
    expect(over("Dr Ann Pellow", "Welcome.")).toBeUndefined();
    expect(over("Dr Ann Pellow", speech[0], "Transcribed by volunteers")).toBeUndefined();
    expect(over("Dr Ann Pellow", speech[0], "The lecture was recorded")).toBeUndefined();
  });
});

describe("a Hansard page whose chamber heading comes after a line of furniture", () => {
  const exchange = (...head: string[]) =>
    [
      ...head,
      "Mara Quill",
      "The relief covers every harbour inn that was open last year. I encourage the hon. Member to write to me with the details of the inn he mentions.",
      "Tobias Wren (Fenby Marsh) (Lab)",
      "We in Fenby Marsh are fond of our harbour inns. Can the Minister say when the relief will be paid to them?",
      "Mara Quill",
      "That is an important question. The relief will be paid from the first of April, and every inn will be told by letter.",
    ].join("\n");

  it("reads the bare names as labels under an age line, a date or a site's name", () => {
    for (const head of [
      ["(4 days, 8 hours ago)", "Commons Chamber"],
      ["Tuesday 3 June 2031", "Westminster Hall"],
      ["Hansard", "(2 hours ago)", "Commons Chamber"],
    ]) {
      const draft = draftOf(exchange(...head));
      expect(saidBy(draft, "every harbour inn that was open"), head.join(" / ")).toEqual(["Mara Quill"]);
      expect(saidBy(draft, "fond of our harbour inns"), head.join(" / ")).toEqual(["Tobias Wren"]);
      expect(saidBy(draft, "paid from the first of April"), head.join(" / ")).toEqual(["Mara Quill"]);
    }
  });

  it("refuses a chamber named after a sentence of prose, or too far down the page", () => {
    const prose = exchange("The minister answered questions on Tuesday.", "Commons Chamber");
    expect(saidBy(draftOf(prose), "every harbour inn that was open")).toEqual([]);
    const far = exchange("Hansard", "Pubs", "(2 hours ago)", "Commons Chamber");
    expect(saidBy(draftOf(far), "every harbour inn that was open")).toEqual([]);
  });
});
