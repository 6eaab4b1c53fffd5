// Round 11: quotations in prose (blogs, news, write-ups), forms the blind misses of four sets of real texts showed,
// each on a small invented text: a talk's or an event's title in quotation marks is no one's words; an office in
// apposition before "who" is the one named; a participle of speech after the one speaking gives them the words.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";

describe("titles in quotation marks", () => {
  it("leaves a talk's title after 'presentation was on' or 'presentation:' to no one", () => {
    expect(
      said(
        [
          "It was fitting that the night began with Professor Imelda Crouse standing in for Rex Tolland to host an hour-long presentation: ‘Patents, this is your history!’ She traced the office from its first ledger.",
          "",
          "The first panellist was Dr Wendell Asare, Registrar of the Harlow Patent Office, whose presentation was on “Running a small registry and keeping pace with the treaties.” He spoke about the setting up of the office.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("leaves an event's theme after 'the theme was:' to no one, and still reads speech after a colon", () => {
    expect(
      said(
        [
          "Dr Wendell Asare opened the day. The theme for the day was: “Small registries and the world they answer to”.",
          "Dr Asare said: “We answer to treaties we had no hand in writing.”",
        ].join("\n"),
      ),
    ).toEqual([["Wendell Asare", "We answer to treaties we had no hand in writing."]]);
  });
});

describe("the one speaking, named with an office or by a participle", () => {
  it("gives words to 'Name, the former mayor of Place who spoke of how …'", () => {
    expect(
      said(
        "The festival opened with a welcome from Odile Farrant, the former mayor of Kelby who spoke of how a town band ‘can hold a street together through the worst of winters’.",
      ),
    ).toEqual([["Odile Farrant", "can hold a street together through the worst of winters"]]);
  });

  it("does not give them to a name before 'an officer who' when the office is someone else's", () => {
    expect(
      said(
        "In a letter to Odile Farrant, a resident who signed only with initials wrote of a town band that ‘can hold a street together through the worst of winters’.",
      ),
    ).toEqual([]);
  });

  it("gives words to the subject of 'commenting that …'", () => {
    expect(
      said(
        "Marcus Pellow KC described his years at the bar. Marcus Pellow voiced his worry about the cuts, commenting that there is ‘no greater harm than a court only the rich can reach’.",
      ),
    ).toEqual([["Marcus Pellow", "no greater harm than a court only the rich can reach"]]);
  });
});

describe("a panel's transcript posted as an article", () => {
  it("reads a paragraph after a line that is only a person's name and a colon as that person's words", () => {
    expect(
      said(
        [
          "Harbour Panel: Who Pays for the Sea Wall?",
          "",
          "The Tidewell harbour panel met on Thursday to discuss who should pay for the new sea wall.",
          "",
          "Greta Holm:",
          "",
          "Good evening. I chair the harbour forum, and tonight we want to hear from people who will live behind the wall.",
          "",
          "Dr Ifeoma Chukwu:",
          "",
          "Thank you, Greta. The wall protects homes, but the bill lands on the fishing fleet, and that cannot be right.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Greta Holm",
        "Good evening. I chair the harbour forum, and tonight we want to hear from people who will live behind the wall.",
      ],
      [
        "Ifeoma Chukwu",
        "Thank you, Greta. The wall protects homes, but the bill lands on the fishing fleet, and that cannot be right.",
      ],
    ]);
  });

  it("does not read a speaker's biography under their name and a colon as their words", () => {
    expect(
      said(
        [
          "Speakers at the harbour forum",
          "",
          "Greta Holm:",
          "",
          "Greta Holm has chaired the harbour forum since 2019 and before that ran the fishing cooperative for a decade.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("does not read a list's heading ending in a colon as a speaker's line", () => {
    expect(
      said(
        [
          "The harbour forum met on Thursday.",
          "",
          "Panellists:",
          "",
          "Greta Holm chaired a discussion on who should pay for the new sea wall and how the cost is shared.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a paragraph of speech whose marks the page dropped", () => {
  it("reads first-person words after a lead ending in a colon after 'a keynote speech, in which she …'", () => {
    expect(
      said(
        [
          "The youth summit was held in Kelby on Monday.",
          "",
          "Shadow minister Odile Farrant gave a keynote speech, in which she referred to the closures of the last decade:",
          "",
          "Four hundred clubs have shut since 2014. When our towns lose their clubs, our young people lose the one adult outside school who listens.",
          "",
          "Her keynote covered three areas:",
          "",
          "Funding for clubs has fallen by half since 2014, and the number of trained youth workers by a third.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Odile Farrant",
        "Four hundred clubs have shut since 2014. When our towns lose their clubs, our young people lose the one adult outside school who listens.",
      ],
    ]);
  });
});
