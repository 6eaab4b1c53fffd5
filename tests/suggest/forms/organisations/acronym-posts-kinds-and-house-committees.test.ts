// Organisations read with an EMPTY registry (a new user's first text) where the registry had been doing the work: an
// acronym before a post written in capitals ("FHTA Permanent Secretary"), a body named by its kind with no body's word
// in its name ("outsourcing giant X", "contractor X"), a body whose name ran on into a post's holder with a middle
// initial, and a parliament's committee written in lower case ("the harbours select committee").
// Stop 38, from the empty-registry misses of sets 56–57; every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { tokens } from "../../../../src/suggest/names.js";
import { joinsName, readName } from "../../../../src/suggest/organisations.js";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));
const postsIn = (text: string) => affiliationsIn(draftOf(text));

describe("an acronym before a post written in capitals", () => {
  it("leaves the words that say which post it is to the post: 'FHTA Permanent Secretary', 'FVSA International Officer'", () => {
    expect(postsIn("The board heard from Ann Bell, FHTA Permanent Secretary, on the plans.")).toEqual([
      ["Ann Bell", "Permanent Secretary", "FHTA"],
    ]);
    expect(postsIn("FVSA International Officer Gina Holt spoke against the new fees.")).toEqual([
      ["Gina Holt", "International Officer", "FVSA"],
    ]);
  });

  it("keeps them in the body's name before a post in lower case or a body's word: 'FHTA National Council member'", () => {
    expect(postsIn("FHTA International chief executive Jo Pratt said it was late.")).toEqual([
      ["Jo Pratt", "chief executive", "FHTA International"],
    ]);
    expect(postsIn("Ann Bell, FHTA National Council member, said it was late.")).toEqual([
      ["Ann Bell", "member", "FHTA National Council"],
    ]);
  });
});

describe("a body named by its kind, with no body's word in its name", () => {
  it("reads the name after 'outsourcing giant' and 'contractor', and before 'recruiting agency'", () => {
    expect(
      bodiesIn(
        [
          "Kit Lamb criticised outsourcing giant Quillcorp over its record.",
          "The adverts were made by the Tarrowby recruiting agency.",
          "Ministers were asked about delays by contractor Brightwell.",
        ].join("\n\n"),
      ),
    ).toEqual(["Brightwell", "Quillcorp", "Tarrowby"]);
  });

  it("refuses a person after 'contractor', a giant with no kind of business, and an agency with no name", () => {
    expect(
      bodiesIn(
        [
          "The contractor Tom Reed fixed the roof.",
          "A giant Ferris wheel stood by the harbour.",
          "The recruitment agency was paid. A UK recruitment agency was paid.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});

describe("a body's name before a post and its holder with a middle initial", () => {
  it("ends the name at the post, and reads the next body after the holder's surname and 'and'", () => {
    expect(
      postsIn(
        "Speakers included Marlow Institute President Ruth P. Amsel and Fenby University President Idris K. Tannor.",
      ),
    ).toEqual([
      ["Ruth P. Amsel", "President", "Marlow Institute"],
      ["Idris K. Tannor", "President", "Fenby University"],
    ]);
  });
});

describe("a body's name read up to a post and its holder", () => {
  const nameRead = (text: string) => {
    const ts = tokens(text, { start: 0, end: text.length });
    return ts
      .slice(0, readName(text, ts, 0, joinsName).to)
      .map((t) => t.word)
      .join(" ");
  };

  it("stops before a holder with a middle initial, the given name known or not", () => {
    expect(nameRead("Marlow Sculling Club President Ruth P. Amsel said")).toBe("Marlow Sculling Club");
    expect(nameRead("Marlow Sculling Club President Idris K.")).toBe("Marlow Sculling Club");
  });

  it("reads on where no holder's surname or initial follows the post's word", () => {
    expect(nameRead("Marlow Sculling Club President Ruth and Partners")).toBe(
      "Marlow Sculling Club President Ruth and Partners",
    );
  });
});

describe("a parliament's committee written in lower case", () => {
  it("reads 'the harbours select committee', 'the commons harbours committee', 'the Lords fisheries committee'", () => {
    expect(bodiesIn("Her letter to the harbours select committee was published.")).toEqual(["Harbours Committee"]);
    expect(bodiesIn("In evidence to the commons harbours committee, a senior official said it failed.")).toEqual([
      "Harbours Committee",
    ]);
    expect(bodiesIn("The work and pensions select committee met. So did the Lords fisheries committee.")).toEqual([
      "Fisheries Committee",
      "Work and Pensions Committee",
    ]);
  });

  it("refuses a committee no house's name or 'select' marks, and a select committee's kind for its field", () => {
    expect(
      bodiesIn(
        "She chairs the planning committee. He sat on the same select committee and the cross-party select committee.",
      ),
    ).toEqual([]);
  });
});

describe("a newspaper named in a photo's credit", () => {
  it("reads 'Photograph: Name for the Paper' and 'NAME IN CAPITALS/The Paper'", () => {
    expect(bodiesIn("The vote was lost, the union said. Photograph: Tom Reed for the Clarion")).toEqual(["Clarion"]);
    expect(bodiesIn("Walkers at the harbour. KIT LAMB/The Courier Up to 40 posts may go.")).toEqual(["The Courier"]);
  });

  it("refuses an agency after a slash with no 'The', and a body's word after 'for the'", () => {
    expect(bodiesIn("Fans at the match. TOM REED/Fenwire Images The club said it was sorry.")).toEqual([]);
    expect(bodiesIn("Photograph: Jo Pratt for the Committee")).toEqual([]);
  });
});

describe("a legion, a body's word", () => {
  it("reads 'The Marlow Legion' as a body, not 'a legion of fans'", () => {
    expect(bodiesIn("She thanked The Marlow Legion for its help. A legion of fans came.")).toEqual(["Marlow Legion"]);
  });
});
