// Organisations found with an EMPTY registry where a one-word body's name opens a post whose field follows ("Ofwem
// Director of Consumers and Markets"), where a heading is a body's name alone ("Coastal Affairs Committee, 05 Oct
// 1999", the title line of a committee's record), and where a paper named by its head word ("the Fenby Courier") is
// said to report, be told or employ a journalist, its "the" in lower case. Stop 47 (r47c), from the misses of sets
// 77–80 (and 72–76 for the heading and the papers); every text written for this test, names invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a one-word body before a post, the post's field after it", () => {
  it("makes the opening word the organisation and the field the post's, however the post is written", () => {
    for (const text of [
      "Speakers: Rob Salter, Ofwem Director of Consumers and Markets; Jo Baker, Ofwem Head of Retail Price Regulation.",
      "We have with us Rob Salter, Ofwem’s Director of Consumers and Markets, and Jo Baker, Ofwem’s Head of Retail Price Regulation.",
    ]) {
      const draft = draftOf(text);
      expect(organisationsIn(draft), text).toEqual(["Ofwem"]);
      expect(affiliationsIn(draft), text).toEqual([
        ["Rob Salter", "Director of Consumers and Markets", "Ofwem"],
        ["Jo Baker", "Head of Retail Price Regulation", "Ofwem"],
      ]);
    }
  });

  it("reads a second name after 'and' with a post of its own as the next person, not a second body", () => {
    const draft = draftOf(
      "We have with us Rob Salter, Ofwem’s Director of Consumers and Markets and Kerensa Loy, Ofwem’s Head of Retail Price Regulation.",
    );
    expect(organisationsIn(draft)).toEqual(["Ofwem"]);
    expect(affiliationsIn(draft)).toEqual([
      ["Rob Salter", "Director of Consumers and Markets", "Ofwem"],
      ["Kerensa Loy", "Head of Retail Price Regulation", "Ofwem"],
    ]);
  });

  it("not a word that opens a post itself: 'Adjunct Professor of …', 'Visiting Fellow in …', 'Emeritus Professor of …'", () => {
    for (const text of [
      "The panel: Professor Rob Salter, Adjunct Professor of Marine Biology, Coastal Ecology & Hydrology, Fenby University; Jo Baker, Chair, Marlow Quay Users.",
      "The panel: Dr Rob Salter, Visiting Fellow in Harbour Law, Fenby University; Jo Baker, Chair, Marlow Quay Users.",
      "The panel: Rob Salter, Emeritus Professor of Tidal Studies, Fenby University; Jo Baker, Chair, Marlow Quay Users.",
    ]) {
      const bodies = bodiesIn(text);
      expect(bodies, text).toContain("Fenby University");
      for (const word of ["Adjunct", "Visiting", "Emeritus"]) expect(bodies, text).not.toContain(word);
    }
  });

  it("reads the post before the holder's name too: 'Quillrex Director of Policy and Evidence Ian Moss'", () => {
    const draft = draftOf("Quillrex Director of Policy and Evidence Ian Moss answered the questions.");
    expect(organisationsIn(draft)).toEqual(["Quillrex"]);
    expect(affiliationsIn(draft)).toEqual([["Ian Moss", "Director of Policy and Evidence", "Quillrex"]]);
  });

  it("keeps a body's name after 'of', and refuses a word the text writes in lower case", () => {
    expect(bodiesIn("Ann Bell, Ofwem Director of the Fenby Harbour Trust, spoke.")).toEqual(["Fenby Harbour Trust"]);
    expect(
      bodiesIn("Ann Bell, Regional Director of Consumers and Markets, spoke. The regional plan was new."),
    ).not.toContain("Regional");
    // A word of the post opening it is no body: "Vice Chair of …".
    expect(bodiesIn("- Tom Hale, Vice Chair of Fenby and Marlow Coastal Science")).not.toContain("Vice");
  });
});

describe("a heading that is a body's name alone", () => {
  it("is a body the source names, a date, a weekday or a draft's mark after it or none", () => {
    for (const [heading, name] of [
      ["Harbours, Fisheries and Coastal Affairs Committee", "Harbours, Fisheries and Coastal Affairs Committee"],
      ["Coastal Affairs Committee, 05 Oct 1999", "Coastal Affairs Committee"],
      ["Coastal Affairs Committee – Tuesday, 4 March 2025", "Coastal Affairs Committee"],
      ["Coastal Affairs Committee [Draft]", "Coastal Affairs Committee"],
      ["The Coastal Affairs Committee", "Coastal Affairs Committee"],
    ])
      expect(bodiesIn(`${heading}\n\nThe committee met today to consider the harbour.`), heading).toEqual([name]);
  });

  it("refuses a headline that says more of the body than its name, and a debating chamber", () => {
    expect(bodiesIn("Coastal Affairs Committee cuts will hurt harbours\n\nThe plan was read today.")).toEqual([]);
    expect(bodiesIn("Commons Chamber\n\nThe minister made a statement on harbours.")).toEqual([]);
    // Nor a byline run together, a person's name before the body's.
    for (const byline of ["Ann Bell,Fenby Press Association", "Kerensa Loy,Fenby Press Association"])
      expect(bodiesIn(`${byline}\n\nThe plan was read today.`)).not.toContain(byline);
  });
});

describe("a newspaper named by its head word, where the words around it say it reports or was told", () => {
  it("reads it after words of reporting, telling, producing or a journalist's post, and before 'reported' or a post", () => {
    for (const [text, paper] of [
      ["The cap is to be axed, according to the Fenby Mirror.", "Fenby Mirror"],
      ["The cap may differ across regions, reports the Fenby Mirror.", "Fenby Mirror"],
      ["Speaking to the Sunday Courier, the chairman said the port should grow.", "Sunday Courier"],
      ["Look at the chart on ferry use produced by the Marlow Times.", "Marlow Times"],
      ["The plan was dropped last week, the Fenby Echo reported.", "Fenby Echo"],
      ["The debate was chaired by the Daily Courier’s chief political correspondent.", "Daily Courier"],
      [
        "Speakers: Ann Bell, Associate Editor, Marlow Evening Standard; Tom Reed, Director, Fenby Trust.",
        "Marlow Evening Standard",
      ],
    ] as const)
      expect(bodiesIn(text), text).toContain(paper);
  });

  it("refuses a longer name, a post and a paper's word with no such words around it", () => {
    for (const text of [
      "He won the Times Higher Education Award for the harbour project.",
      "Ann Bell, Chief Economist at Fenby Bank, spoke first.",
      "The Fenby Mirror was a fine old building by the harbour.",
    ])
      expect(bodiesIn(text), text).not.toContain("Fenby Mirror");
    expect(bodiesIn("Ann Bell, Chief Economist at Fenby Bank, spoke first.")).toEqual(["Fenby Bank"]);
  });
});
