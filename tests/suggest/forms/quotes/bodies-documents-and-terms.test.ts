// Stop 38: words a body, a document or people the text does not name give ("The Fenby Trust has branded the plan a
// “sticking plaster”", "A report by the Audit Office says …", "union leaders called on its managers to ‘think again’"),
// and terms named ("the definition of “open seas”", "its policy of “asking, not telling”", "the “quiet zone” policy"),
// are no person's quotation, though a person is named in the sentence or the paragraph before. A person's words in a
// sentence that names a body too ("Ann Bell, of the Fenby Trust, said …") stay hers. Every person, body and word here
// is invented for these tests.
import { describe, expect, it } from "vitest";
import { paragraphsText as lines, said, saidBy } from "../../../helpers/draft.js";

const BELL =
  "Ann Bell, who runs the Fenby boatyard, said: “We have waited ten years for this plan and it is not enough.”";
const REED = "Tom Reed, the hospital's chief executive, said: “The new wing will open in the spring.”";

describe("a body's, a document's or unnamed people's words are no person's", () => {
  it("leaves a body's words when the body's name holds a clause of 'she' ('The charity she chairs has branded …')", () => {
    const text = lines("Harbour plan", BELL, "The charity she chairs has branded the plan a “sticking plaster”.");
    expect(saidBy(text, "sticking plaster")).toEqual([]);
    const long = lines(
      "Harbour plan",
      BELL,
      "The charity she chairs has branded the plan “a sticking plaster on a deep wound”.",
    );
    expect(saidBy(long, "sticking plaster")).toEqual([]);
  });

  it("leaves the words of a body in a clause set off after a person ('Tom Reed, whose firm said it would “…”, …')", () => {
    const text = lines(
      "Harbour plan",
      "Tom Reed, whose firm said it would “fight the plan in every court”, was not at the meeting.",
    );
    expect(saidBy(text, "fight the plan")).toEqual([]);
  });

  it("leaves the words of unnamed leaders after a phrase that names a person ('After Tom Reed's speech, leaders called …')", () => {
    const text = lines(
      "Hospital plan",
      REED,
      "After Tom Reed's speech, union leaders called on its managers to ‘think again’.",
    );
    expect(saidBy(text, "think again")).toEqual([]);
    expect(saidBy(text, "The new wing")).toEqual(["Tom Reed"]);
  });

  it("leaves a body's words a person reports ('Ann Bell said the Trust had branded the plan a “…”')", () => {
    expect(
      saidBy(
        lines("Harbour plan", "Ann Bell said the Trust had branded the plan a “sticking plaster”."),
        "sticking plaster",
      ),
    ).toEqual([]);
  });

  it("leaves a body's words that a speaker of another body says in full later", () => {
    const text = lines(
      "Harbour plan",
      "The Fenby Trust has branded the plan a “sticking plaster” and asked for a meeting.",
      "Ann Bell, who runs the Fenby boatyard, said: “It is a sticking plaster, and the boats will still leave.”",
    );
    expect(saidBy(text, "sticking plaster")).toEqual(["Ann Bell"]);
    expect(said(text).map(([, words]) => words)).not.toContain("sticking plaster");
  });

  it("leaves the words under a body's lead-in line, and the paragraph of them that goes on, though a speaker is named next", () => {
    const text = lines(
      "Harbour plan",
      "The Fenby Trust said in a statement:",
      "“This plan is a sticking plaster on a very deep wound.”",
      "“We will ask the council to think again before the summer.”",
      BELL,
    );
    expect(saidBy(text, "sticking plaster on a very deep wound")).toEqual([]);
    expect(saidBy(text, "think again before the summer")).toEqual([]);
    expect(saidBy(text, "We have waited ten years")).toEqual(["Ann Bell"]);
  });

  it("leaves the words of a report, a sign, leaders, a spokesperson with no name and campaigners that a person reports", () => {
    const text = lines(
      "Ferry scheme",
      "Tom Reed said a report by the Audit Office calls the scheme “not value for money”.",
      "Tom Reed said a sign at the harbour gate reads “No boarding after the final bell”.",
      "Tom Reed said council leaders expressed their “deep disappointment at the loss of the winter timetable”.",
      "Tom Reed said a council spokesperson had called the timetable “under review”.",
      "Tom Reed said campaigners had warned of “a summer of empty piers”.",
    );
    expect(said(text)).toEqual([]);
  });
});

describe("a term named is no one's quotation", () => {
  it("leaves a body's term that a person's sentence names ('praised its policy of “…”')", () => {
    const text = lines(
      "Fenby Ferries",
      "Ann Bell, the firm's director, said crews know the sea better than anyone, and praised its policy of “asking, not telling”.",
    );
    expect(saidBy(text, "asking, not telling")).toEqual([]);
    const owned = lines(
      "Fenby Ferries",
      "Ann Bell, the firm's director, said the firm's policy of “asking, not telling” had kept its crews.",
    );
    expect(saidBy(owned, "asking, not telling")).toEqual([]);
  });

  it("leaves a few quoted words that name a kind of thing ('the “quiet zone” policy')", () => {
    expect(
      saidBy(lines("Quiet zones", "Tom Reed said the “quiet zone” policy would start in May."), "quiet zone"),
    ).toEqual([]);
    expect(
      saidBy(
        lines("Quiet zones", "Tom Reed said the so-called “quiet zone for the town centre” would start in May."),
        "quiet zone",
      ),
    ).toEqual([]);
  });

  it("leaves a term no one in its sentence says, though a speaker says its words in full later, and keeps one a person says", () => {
    const text = lines(
      "Fishing talks",
      "The talks stalled over the definition of “open and shared seas”.",
      "Ann Bell, the fishing minister, said: “We want open and shared seas for every fleet.”",
    );
    expect(said(text)).toEqual([["Ann Bell", "We want open and shared seas for every fleet."]]);
    const hers = lines("Fishing talks", "Ann Bell said the definition of “open seas” was the sticking point.");
    expect(saidBy(hers, "open seas")).toEqual(["Ann Bell"]);
  });
});

describe("a person's words in a sentence that names a body stay hers", () => {
  it.each([
    ["Ann Bell, of the Fenby Trust, said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["Ann Bell of the Fenby Trust said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["The Trust's chief, Ann Bell, said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["Speaking for the council, Ann Bell said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["The report's author, Ann Bell, said the scheme was “not value for money”.", "Ann Bell"],
    ["In a letter to the council, Ann Bell said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["Ann Bell told the council the plan was a “sticking plaster”.", "Ann Bell"],
    ["Ann Bell, who chairs the Fenby Trust, branded the plan a “sticking plaster”.", "Ann Bell"],
    ["Ann Bell, chief executive of the Fenby Trust, has branded the plan a “sticking plaster”.", "Ann Bell"],
    ["Council leader Ann Bell said the closure was “a sad day for the town”.", "Ann Bell"],
    ["Ann Bell said the council had “failed the town and its children”.", "Ann Bell"],
    ["Ann Bell said she had warned the council of “a summer of empty piers”.", "Ann Bell"],
    ["Ann Bell said her charity believes the plan is “a sticking plaster on a deep wound”.", "Ann Bell"],
    ["Residents say they want “a proper bus service every hour”, Ann Bell said.", "Ann Bell"],
    ["Ann Bell and fellow campaigners said the plan was “a sticking plaster on a deep wound”.", "Ann Bell"],
  ])("%s", (sentence, speaker) => {
    const text = lines("Harbour plan", sentence);
    const words = /[“‘]([^”’]+)[”’]/u.exec(sentence)![1]!;
    expect(saidBy(text, words)).toEqual([speaker]);
  });
});
