// Stop 33: transcript layouts the blind misses of sets 32–35 showed unread: a transcriber's note ("Transcribed from the
// audio recording") over a single opening speech, and a Hansard page re-published with a line of furniture (its age, a
// date) above the chamber's heading. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy, transcriptOf } from "../../../helpers/draft.js";

describe("a transcriber's note over one labelled speech", () => {
  const speech = [
    "Good evening, and thank you all for coming out to the fourth annual lecture of the Marsh Law Society.",
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
      "The relief covers every harbour inn that was open last year. If the hon. Member sends me the name of the inn he mentions, I will look into it.",
      "Tobias Wren (Fenby Marsh) (Lab)",
      "We in Fenby Marsh are fond of our harbour inns. Can the Minister say when the relief will be paid to them?",
      "Mara Quill",
      "That is an important question. The relief will be paid from the first of April, and every inn will be told by letter.",
    ].join("\n");

  it("reads the bare names as labels under an age line, a date or a site's name", () => {
    for (const head of [
      ["(3 days, 2 hours ago)", "Commons Chamber"],
      ["Tuesday 3 June 2031", "Westminster Hall"],
      ["Hansard", "(2 hours ago)", "Commons Chamber"],
    ]) {
      const draft = draftOf(exchange(...head));
      expect(saidBy(draft, "every harbour inn that was open"), head.join(" / ")).toEqual(["Mara Quill"]);
      expect(saidBy(draft, "fond of our harbour inns"), head.join(" / ")).toEqual(["Tobias Wren"]);
      expect(saidBy(draft, "paid from the first of April"), head.join(" / ")).toEqual(["Mara Quill"]);
    }
  });

  // Four speakers once each: where one speaks again, the labels alone on their lines are read as a layout of their own
  // (stop 38, labels-alone-on-their-lines.test.ts), chamber or none, so the refusal is tested where no one does.
  const fourSpeakers = (...head: string[]) =>
    [
      ...head,
      "Mara Quill",
      "The relief covers every harbour inn that was open last year. If the hon. Member sends me the name of the inn he mentions, I will look into it.",
      "Tobias Wren (Fenby Marsh) (Lab)",
      "We in Fenby Marsh are fond of our harbour inns. Can the Minister say when the relief will be paid to them?",
      "Nina Holt",
      "That is an important question. The relief will be paid from the first of April, and every inn will be told by letter.",
      "Owen Tarr (Marlow) (Con)",
      "I thank the Minister. Will she meet the innkeepers of Marlow to hear what the delay has cost them?",
    ].join("\n");

  it("refuses a chamber named after a sentence of prose, or too far down the page", () => {
    const read = fourSpeakers("(3 days, 2 hours ago)", "Commons Chamber");
    expect(saidBy(draftOf(read), "every harbour inn that was open")).toEqual(["Mara Quill"]);
    const prose = fourSpeakers("The minister answered questions on Tuesday.", "Commons Chamber");
    expect(saidBy(draftOf(prose), "every harbour inn that was open")).toEqual([]);
    const far = fourSpeakers("Hansard", "Pubs", "(2 hours ago)", "Commons Chamber");
    expect(saidBy(draftOf(far), "every harbour inn that was open")).toEqual([]);
  });
});

describe("a write-up's excerpt of its panel: two turns labelled with names the text introduced", () => {
  const intro = [
    "Harbour towns have lost most of their papers in the last ten years. The trust held a panel on what comes next.",
    "The panelists included:",
    "Mara Quill, the editor of the Fenby Gazette;",
    "Tobias Wren, a reporter at the Marsh Echo.",
    "The moderator was Ann Pellow, director of the Harbour Press Trust.",
  ];
  const turns = [
    "Ann Pellow: Could each of you say who you are and what your paper covers, before our first question?",
    "Mara Quill: I edit a weekly paper of eight pages, and I have done so for twelve years in the same harbour town.",
  ];

  it("reads the turns when the list or a line before them names each speaker", () => {
    const draft = draftOf(intro.concat(turns).join("\n"));
    expect(saidBy(draft, "say who you are and what your paper")).toEqual(["Ann Pellow"]);
    expect(saidBy(draft, "I edit a weekly paper")).toEqual(["Mara Quill"]);
    const speakers = intro.slice(0, 1).concat("Speakers: Ann Pellow (chair) and Mara Quill.", turns).join("\n");
    expect(transcriptOf(speakers)).toBeDefined();
  });

  it("refuses speakers the text never named before, one speaker twice, and labels that are no person's", () => {
    expect(transcriptOf(intro.slice(0, 1).concat(turns).join("\n"))).toBeUndefined();
    expect(
      transcriptOf(intro.concat(turns[0]!, turns[0]!.replace("Could each", "Then could each")).join("\n")),
    ).toBeUndefined();
    const notes = intro.concat(
      "Key findings: We found that most harbour towns have lost their weekly paper since the floods.",
      "Next steps: Our trust will fund two reporters in each town for the next three years.",
    );
    expect(transcriptOf(notes.join("\n"))).toBeUndefined();
    const thirdPerson = intro.concat(
      "Ann Pellow: The trust has funded the panel since it began, with the help of the county council.",
      "Mara Quill: The Gazette has been printed on the harbour since the war, and is sold in every shop there.",
    );
    expect(transcriptOf(thirdPerson.join("\n"))).toBeUndefined();
  });
});
