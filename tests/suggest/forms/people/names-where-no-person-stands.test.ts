// Round 11: capitalised names that stand where a person's name never does, each on a small text written for this test
// (names, places and bodies invented). A person is kept where something shows it is one; a name is dropped when the
// only reading of it as a person is a place a person's name does not take.
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

describe("a name where a person's never stands", () => {
  it("is the field or body of a post when it comes right after 'Head of' or 'Vice President for'", () => {
    const found = peopleIn(
      draftOf(
        [
          "Witnesses: Orla Pennick, Managing Director, Fenby Chargers; Tobias Wrenfield, Vice President for Clean Freight, Harbour Fuels UK; and Mina Castell, Head of Coastal Resilience, Marlshire County Council.",
          "",
          "Orla Pennick said the grid was ready. Tobias Wrenfield agreed with her.",
        ].join("\n"),
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["Orla Pennick", "Tobias Wrenfield", "Mina Castell"]));
    expect(found).not.toContain("Clean Freight");
    expect(found).not.toContain("Coastal Resilience");
  });

  it("is the subject of a post when it comes right after 'Lecturer in' or 'Reader in' (stop 39, w39 defect 5)", () => {
    const draft = draftOf(
      [
        "Valley Transport Committee",
        "",
        "Oral evidence: Buses in small towns, HC 101",
        "",
        "Members present: Dame Alys Penrose (Chair); Colin Weir.",
        "",
        "Witnesses",
        "",
        "I: Nadia Brook, Director of Policy, Fenby Trust; Ivo Quayle, Reader in Economics, Fenby College; and Dr Lina Marsh, Senior Lecturer in Rural Planning, University of Tressington.",
        "",
        "Examination of witnesses",
        "",
        "Q1 Chair: Welcome. Dr Marsh, please introduce yourself.",
        "",
        "Dr Lina Marsh: I am Lina Marsh, a Senior Lecturer in rural planning at the University of Tressington.",
        "",
        "Q2 Colin Weir: Ms Brook, what do your members say? And Mr Quayle?",
        "",
        "Nadia Brook: Our members say most market towns lost their Sunday buses a decade ago.",
        "",
        "Ivo Quayle: The figures agree with her.",
      ].join("\n"),
    );
    const found = peopleIn(draft);
    expect(found).toEqual(expect.arrayContaining(["Nadia Brook", "Lina Marsh", "Ivo Quayle"]));
    expect(found).not.toContain("Rural Planning");
    expect(found).not.toContain("Economics");
    expect(draft.claims.some((c) => c.from === "rural-planning")).toBe(false);
  });

  it("is a body's when its only mention is right after a post and 'of', even when it reads as a person's name", () => {
    const found = peopleIn(
      draftOf(
        "Dr Alma Reyes, a former Chief Executive of Fenby Hospice, Senior Independent Director of Florence Hartley, and a member of the Commission, will present the findings.",
      ),
    );
    expect(found).toContain("Alma Reyes");
    expect(found).not.toContain("Florence Hartley");
  });

  it("is still a person's when it is named elsewhere too: 'Director of Ann Frith' is no reason to drop Ann Frith", () => {
    const found = peopleIn(
      draftOf(
        [
          "The panel heard from the Director of Ann Frith Associates and from Ann Frith herself.",
          "Ann Frith said the scheme had worked.",
        ].join("\n"),
      ),
    );
    expect(found).toContain("Ann Frith");
  });

  it("is a heading's or a programme's when all the text says beside it is a body or a date, no post", () => {
    const found = peopleIn(
      draftOf(
        [
          "Harbour Forum - 3rd Winter Assembly - 12 March 2024",
          "",
          "The forum met to discuss the Marlshire Council’s Quiet Streets Pilot programme.",
          "Jonah Pellew, Chief Executive of Harbour Forum, opened the day.",
        ].join("\n"),
      ),
    );
    expect(found).toContain("Jonah Pellew");
    expect(found).not.toContain("Winter Assembly");
  });
});

describe("a name spelled out before its own abbreviation", () => {
  it("is a thing's: 'Fenby Youth Councils (YCs)'", () => {
    const found = peopleIn(
      draftOf(
        "Members of Fenby Youth Councils (YCs) met the minister. Ann Frith, Director of the Harbour Trust, spoke.",
      ),
    );
    expect(found).toContain("Ann Frith");
    expect(found).not.toContain("Youth Councils");
  });
});

describe("a list of names that a person's name vouches for", () => {
  it("makes people of its other items, named once and unknown to the tagger", () => {
    const found = peopleIn(
      draftOf(
        "The seminar was well attended by licensees and their advisers. These include but are not limited to Emma Lindqvist, Marek Sollis and Lorin Brackett. A city firm lent us a room for the day.",
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["Emma Lindqvist", "Lorin Brackett"]));
  });

  it("does not make people of a list's places or bodies", () => {
    const found = peopleIn(
      draftOf("Visitors came from Emma Lindqvist, Harbour Homes Trust, New Fenby and Open Streets Week to the launch."),
    );
    expect(found).not.toContain("Harbour Homes Trust");
    expect(found).not.toContain("New Fenby");
    expect(found).not.toContain("Open Streets Week");
  });
});

describe("a byline with the author's organisation", () => {
  it("makes a person of 'By Name, Organisation' on a line of its own", () => {
    const found = peopleIn(
      draftOf("By Kit Dunmore, Energy Wales\nEarlier this month I attended a workshop on the coast."),
    );
    expect(found).toEqual(["Kit Dunmore"]);
  });

  it("not of a thing's name in that place", () => {
    const found = peopleIn(draftOf("By Coastal Energy, Energy Wales\nEarlier this month I attended a workshop."));
    expect(found).not.toContain("Coastal Energy");
  });
});
