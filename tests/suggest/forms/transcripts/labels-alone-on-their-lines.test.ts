// Stop 38: a committee's report whose every speaker's label stands alone on its line, with nothing after it, the words
// in the paragraphs under it ("Ann Bell", "The Convener (Tom Reed)", "Dr Ann Bell (Fenby Trust)", "Kit Lamb MSP"), as
// an official report's web page prints one. No party, photo or chair's mark tells such a label from a heading, so the
// layout is read only where it repeats: labels over words that end a sentence, a speaker who speaks again, words in the
// first or second person. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { readTranscript } from "../../../../src/suggest/transcript.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import {
  chairsIn,
  draftOf,
  paragraphsText as lines,
  quoteRelationsIn,
  saidByIn as saidBy,
} from "../../../helpers/draft.js";

/** Each turn the reader finds, as [the speaker as the label gives it, the turn's words]. */
function turnsOf(text: string): [string, string][] {
  const t = readTranscript(text, paragraphsOf(text));
  return (t?.turns ?? []).map((x) => [
    text.slice(x.speaker.start, x.speaker.end),
    text.slice(x.words.start, x.words.end),
  ]);
}

const THEMES = [
  { id: "island-ferries", type: "theme" as const, label: "Island ferries", aliases: ["ferries", "sailings"] },
];

describe("labels alone on their lines: the convener's office with her name, then the office; witnesses by name alone", () => {
  const text = lines(
    "Islands Committee",
    "Meeting date: Wednesday, 4 March 2026",
    "Island Ferries",
    "The Convener (Ruth Okafor)",
    "Good morning. I welcome Ann Frith, who chairs the Fenby Ferry Users Forum, and Tom Reyes of the Marlow Trust. Ms Frith, how did the sailings go this winter?",
    "Ann Frith",
    "Badly. One sailing in four was cancelled, and the ferries were late for days at a time.",
    "Nobody tells us until the last minute, and the farmers find out at the pier.",
    "The Convener",
    "Thank you. Mr Reyes, is Fenby unusual?",
    "Tom Reyes",
    "I am afraid it is not. Our survey found the same on every route we looked at.",
    "The Convener",
    "Thank you both. That concludes our meeting in public.",
  );

  it("opens a turn at each label and gives the words under it, every paragraph of them, to its speaker", () => {
    expect(turnsOf(text)).toEqual([
      [
        "Ruth Okafor",
        "Good morning. I welcome Ann Frith, who chairs the Fenby Ferry Users Forum, and Tom Reyes of the Marlow Trust. Ms Frith, how did the sailings go this winter?",
      ],
      [
        "Ann Frith",
        "Badly. One sailing in four was cancelled, and the ferries were late for days at a time.\n\nNobody tells us until the last minute, and the farmers find out at the pier.",
      ],
      ["The Convener", "Thank you. Mr Reyes, is Fenby unusual?"],
      ["Tom Reyes", "I am afraid it is not. Our survey found the same on every route we looked at."],
      ["The Convener", "Thank you both. That concludes our meeting in public."],
    ]);
  });

  it("gives the convener's turns to the one her first label names, the chair, and each answer to its witness", () => {
    const draft = draftOf(text, THEMES);
    expect(chairsIn(draft)).toEqual(["Ruth Okafor"]);
    expect(saidBy(draft, "Mr Reyes, is Fenby unusual?")).toEqual(["Ruth Okafor"]);
    expect(saidBy(draft, "One sailing in four was cancelled")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "the farmers find out at the pier")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "Our survey found the same")).toEqual(["Tom Reyes"]);
    expect(quoteRelationsIn(draft, "Ann Frith")).toContain("spoke-on");
  });
});

describe("a heading under a turn, where every label stands alone", () => {
  it("ends the turn: the heading and the paper under it are no one's words", () => {
    const text = lines(
      "Harbours Committee",
      "The Chair (Tom Reed)",
      "Good morning. Dr Frith, how late were the ferries this winter?",
      "Dr Ann Frith (Fenby Trust)",
      "Thank you, chair. We counted one crossing in three, and I have the figures with me.",
      "The Chair (Tom Reed)",
      "Thank you. That concludes our meeting.",
      "Annex",
      "The survey's figures are printed below. Late crossings rose in every month but May.",
    );
    expect(turnsOf(text).at(-1)).toEqual(["Tom Reed", "Thank you. That concludes our meeting."]);
    expect(saidBy(draftOf(text), "Late crossings rose")).toEqual([]);
  });
});

describe("labels alone with no office line: 'The Chair (Name)' every time, a witness with her body, a member's letters", () => {
  const text = lines(
    "Harbours Committee",
    "The Chair (Tom Reed)",
    "Good morning and welcome. I welcome Dr Ann Frith, chief executive of the Fenby Trust.",
    "Dr Ann Frith (Fenby Trust)",
    "Thank you, chair. The ferries have been late on one crossing in three this winter.",
    "Kit Lamb MSP",
    "Dr Frith, how many sailings were cancelled last year?",
    "Dr Ann Frith (Fenby Trust)",
    "Two hundred and twelve, which is twice as many as the year before.",
    "The Chair (Tom Reed)",
    "Thank you both.",
  );

  it("reads each label, the member's question as his words on the subject and the witness's answers as hers", () => {
    expect(turnsOf(text).map(([who]) => who)).toEqual([
      "Tom Reed",
      "Dr Ann Frith",
      "Kit Lamb MSP",
      "Dr Ann Frith",
      "Tom Reed",
    ]);
    const draft = draftOf(text, THEMES);
    expect(chairsIn(draft)).toEqual(["Tom Reed"]);
    expect(saidBy(draft, "how many sailings were cancelled")).toEqual(["Kit Lamb"]);
    expect(quoteRelationsIn(draft, "Kit Lamb")).toEqual(["mentions"]);
    expect(saidBy(draft, "Two hundred and twelve")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "Thank you, chair.")).toEqual(["Ann Frith"]);
  });
});

describe("a chamber's presiding officer's label alone, members by name alone", () => {
  it("gives each speech to the name over it", () => {
    const text = lines(
      "Ferry Services",
      "The Deputy Presiding Officer (Jo Pratt)",
      "The next item of business is a debate on ferry services. I call Sam Hale to open the debate.",
      "Sam Hale",
      "I am glad to open this debate. Islanders have waited six years for the new ferries, and we owe them an answer.",
      "Lena Marsh",
      "I thank the member for his speech. The ferries are late because the yard was never given the money it needed.",
      "Sam Hale",
      "Will the member tell us when the yard will be given it?",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["Jo Pratt", "Sam Hale", "Lena Marsh", "Sam Hale"]);
    expect(saidBy(draftOf(text), "Islanders have waited six years")).toEqual(["Sam Hale"]);
  });
});

describe("a turn broken off, as an official report prints an interruption", () => {
  it("is a turn of the layout: its label opens it, and the words are not the turn's before", () => {
    const text = lines(
      "The Chair (Tom Reed)",
      "Good morning. Dr Frith, how late were the ferries this winter?",
      "Dr Ann Frith (Fenby Trust)",
      "We counted one crossing in three. I have the figures with me, and I can tell you that the fares—",
      "The Chair (Tom Reed)",
      "We will come to the fares. Mr Reyes, what do your members say?",
      "Tom Reyes",
      "They say the same. Our members have given up on the winter timetable.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["Tom Reed", "Dr Ann Frith", "Tom Reed", "Tom Reyes"]);
  });
});

describe("labels alone ending in a colon, the words on the next line", () => {
  it("reads them as the colon's labels are read: the label is no one's words", () => {
    const text = lines(
      "Harbours Committee",
      "THE CONVENER (Tom Reed):",
      "Good morning and welcome. I welcome Dr Ann Frith, chief executive of the Fenby Trust.",
      "Dr Ann Frith (Fenby Trust):",
      "Thank you, convener. The ferries have been late on one crossing in three this winter.",
      "Kit Lamb MSP:",
      "Dr Frith, how many sailings were cancelled last year?",
      "Dr Ann Frith (Fenby Trust):",
      "Two hundred and twelve, which is twice as many as the year before.",
    );
    expect(turnsOf(text)).toEqual([
      ["Tom Reed", "Good morning and welcome. I welcome Dr Ann Frith, chief executive of the Fenby Trust."],
      ["Dr Ann Frith", "Thank you, convener. The ferries have been late on one crossing in three this winter."],
      ["Kit Lamb MSP", "Dr Frith, how many sailings were cancelled last year?"],
      ["Dr Ann Frith", "Two hundred and twelve, which is twice as many as the year before."],
    ]);
  });
});

describe("what is no label alone", () => {
  it("a page's speakers, each name over a paragraph about them: no one speaks again, none in the first person", () => {
    const text = lines(
      "Our speakers",
      "Ann Frith",
      "She has run the Fenby Trust for ten years and campaigns for better ferries across the islands.",
      "Tom Reyes",
      "He leads the council's transport team and has written widely on island routes and their funding.",
      "Kit Lamb MSP",
      "He was elected in 2021 and sits on the Islands Committee, where he has asked about the ferries.",
      "Dr Jo Pratt",
      "She studies island economies and wrote our report on what the ferries cost the islands.",
    );
    expect(turnsOf(text)).toEqual([]);
  });

  it("a profile whose paragraphs open with the one it is about, even where a name recurs", () => {
    const text = lines(
      "Ann Frith",
      "Frith has run the trust since 2015. I met her at the pier, where we talked about the ferries.",
      "Tom Reyes",
      "Reyes says you cannot run an island on a timetable that changes every week.",
      "Ann Frith",
      "Frith agrees, and she says our councillors should spend a winter on the island.",
    );
    expect(turnsOf(text)).toEqual([]);
  });

  it("a list of names one a line, a heading, a date line and captions over prose", () => {
    const text = lines(
      "Examination of witnesses",
      "Tuesday 3 March 2026",
      "Witnesses",
      "Ann Frith",
      "Tom Reyes",
      "We heard from both of them on Tuesday, and our report follows.",
      "Tom Reyes MSP",
      "The member for Fenby visited the pier on Monday. You could see the queue from the road.",
      "Ann Frith",
      "The trust's chair was at the harbour when the last ferry was cancelled.",
      "Annex",
      "The survey's figures are printed below. We thank everyone who took part.",
    );
    expect(turnsOf(text)).toEqual([]);
    expect(saidBy(draftOf(text), "You could see the queue")).toEqual([]);
  });
});
