// Organisations found with an EMPTY registry when a company is named by a place and what it supplies, with no body's
// word ("Marlow Water", "Quill Power", "Dunmore Buses"), and the words around the name make it a body. Stop 40 (a40b),
// from the misses of set 60; every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a company named by a place and what it supplies", () => {
  it("reads the company a person is of, and the one that speaks or acts", () => {
    expect(
      bodiesIn(
        [
          "Ann Bell, of Marlow Water, said the pipes were old.",
          "Quill Power said in May that prices would rise.",
          "Dunmore Buses was fined twice last year.",
        ].join("\n\n"),
      ),
    ).toEqual(["Dunmore Buses", "Marlow Water", "Quill Power"]);
  });

  it("reads a post at it, a person of it, and a list of such companies", () => {
    expect(
      bodiesIn(
        [
          "Fenby Energy’s chief executive has resigned.",
          "The talk was chaired by Tom Reed of South Fen Water and included talks from Jo Pratt of Harrow Gas.",
          "Five firms – Eastmere Water, North Vale Water, Quillwick and Tarn Water – were questioned.",
          "He is managing director of Fenby Homes.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "Eastmere Water",
      "Fenby Energy",
      "Fenby Homes",
      "Harrow Gas",
      "North Vale Water",
      "South Fen Water",
      "Tarn Water",
    ]);
  });

  it("refuses a thing, a topic, a programme and a place's water", () => {
    expect(
      bodiesIn(
        [
          "The supply of Fresh Water, said the report, is falling.",
          "Clean Energy was the theme of the day.",
          "Households applied to the Green Homes Grant in 2020.",
          "Fenby Water levels rose after the storm.",
          "Ann Bell walked round Tarnside Water with her dog.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});
