// Stop 44: "But veteran MP Marsh said he would be “troubled” …": a conjunction and a lower-case adjective before an
// office and a surname, the subject of the verb, after another man's words. Every name, body and word here is invented
// for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

const story = (sentence: string) =>
  draftOf(
    lines(
      "Independent MP Frank Marsh said it was “shameful” that Tom Reed could not give the panel a count of the stopped claims.",
      "Reed answered that more people claimed each month.",
      "“More people claim every month,” he said. “The count tells you little.”",
      sentence,
    ),
  );

describe("'But independent MP Marsh said he would be “…”': the office's holder, not the man quoted before", () => {
  it("gives the words to the MP the sentence names", () => {
    expect(saidBy(story("But independent MP Marsh said he would be “troubled” by the numbers."), "troubled")).toEqual([
      "Frank Marsh",
    ]);
    expect(saidBy(story("And veteran MP Marsh said he would be “troubled” by the numbers."), "troubled")).toEqual([
      "Frank Marsh",
    ]);
  });
});

describe("refused: a preposition or a determiner before the office is no adjective of the subject", () => {
  it("does not make the MP the subject", () => {
    expect(saidBy(story("But unlike MP Marsh, he would not be “troubled” by the numbers."), "troubled")).not.toContain(
      "Frank Marsh",
    );
    expect(saidBy(story("But critics of MP Marsh said they would be “troubled” by the numbers."), "troubled")).toEqual(
      [],
    );
  });
});
