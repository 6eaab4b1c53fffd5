// A body's name read whole with an EMPTY registry through "on the" after its word ("the Commission on the Future of
// X"), and a word of when a post is held that is no part of the body's ("Outgoing FCVS Chief Executive, Name").
// Stop 33, from the blind misses of sets 32–35; every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

describe("a body's name goes on through 'on the' after its word", () => {
  it("reads 'Commission on the Future of X', 'Committee on the Rights of Y', 'Forum on the Safety of Z' whole", () => {
    const draft = draftOf(
      [
        "Also speaking was Dr Ann Hale, vice-chair of the Standing Commission on the Future of Fenby Harbour.",
        "The Standing Committee on the Rights of Tenants met twice.",
        "A report from the Expert Forum on the Safety of Ferries followed.",
      ].join("\n\n"),
    );
    expect(organisationsIn(draft)).toEqual([
      "Expert Forum on the Safety of Ferries",
      "Standing Commission on the Future of Fenby Harbour",
      "Standing Committee on the Rights of Tenants",
    ]);
    expect(affiliationsIn(draft)).toEqual([
      ["Ann Hale", "vice-chair", "Standing Commission on the Future of Fenby Harbour"],
    ]);
  });

  it("stops at 'on the' before one word or a day: 'the Committee on the Bill', 'the Board on the Monday'", () => {
    expect(
      organisationsIn(
        draftOf(
          [
            "Kim Odell gave evidence to the Fenby Harbour Committee on the Bill last week.",
            "The Marlow Housing Board on the Monday agreed its budget.",
          ].join("\n\n"),
        ),
      ),
    ).toEqual(["Fenby Harbour Committee", "Marlow Housing Board"]);
  });
});

describe("a word of when a post is held opens no body's name", () => {
  it("reads 'Outgoing FCVS Chief Executive, Name' as a post at the body the acronym stands for", () => {
    const draft = draftOf(
      [
        "The summit was put on by FCVS (Fenby Council for Voluntary Service) in Marlow.",
        "Outgoing FCVS Chief Executive, Ruth Okafor, said: ‘We face hard choices this year.’",
        "Incoming Harbour Trust Chair, Tom Reyes, said little.",
      ].join("\n\n"),
    );
    // "FCVS" is the body it stands for, not a second organisation (stop 42).
    expect(organisationsIn(draft)).toEqual(["Fenby Council for Voluntary Service", "Harbour Trust"]);
    expect(affiliationsIn(draft)).toEqual([
      ["Ruth Okafor", "Chief Executive", "Fenby Council for Voluntary Service"],
      ["Tom Reyes", "Chair", "Harbour Trust"],
    ]);
  });

  it("reads 'Name, Outgoing X Trust Chief Executive' as a post at X Trust", () => {
    const draft = draftOf("Speakers included Kim Odell, Outgoing Marlow Harbour Trust Chief Executive, and others.");
    expect(affiliationsIn(draft)).toEqual([["Kim Odell", "Chief Executive", "Marlow Harbour Trust"]]);
  });
});
