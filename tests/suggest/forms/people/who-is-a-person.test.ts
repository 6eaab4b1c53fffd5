// Who is a person, speaker labels and witness lists, in the families of wordings read from the misses of the released
// sets 20–23 (round 18), each on a small text written for this test (names, bodies and sentences invented), with an
// empty registry unless a test says otherwise.
import { describe, expect, it } from "vitest";
import { affiliationsIn, directQuotesIn, draftOf, paragraphsText, peopleIn, saidByIn } from "../../../helpers/draft.js";

const people = (text: string) => peopleIn(draftOf(text));

describe("a question's opening, a modal then 'I', is no one's name ('Can I', 'Could I', 'May I')", () => {
  const hearing = paragraphsText(
    "Witnesses: Ann Frith, Director, Fenby Trust, and Tom Reed, Secretary, Harbour Society.",
    "Chair: Could I thank our witnesses for coming. Can I start with the pier fees.",
    "Ann Frith: Thank you.",
    "Chair: May I ask about the pier? Shall I go on?",
    "Tom Reed: Please do.",
  );

  it("drafts no person 'Could I', 'Can I', 'May I' or 'Shall I' from the chair's turns", () => {
    expect(people(hearing).filter((p) => /\bI$/u.test(p))).toEqual([]);
    expect(people(hearing)).toEqual(expect.arrayContaining(["Ann Frith", "Tom Reed"]));
  });

  it("still reads a given name that is a modal too ('May Lantry said', 'Will Tarrant said')", () => {
    const story = "May Lantry said the museum would reopen. Will Tarrant said it was too late.";
    expect(people(story)).toEqual(expect.arrayContaining(["May Lantry", "Will Tarrant"]));
  });
});

describe("a unit, a region, an occasion or a heading word ends no person's name", () => {
  it("reads no person in a region inside a post ('…, Northern Europe & Baltic Continent, Harbour Hotels')", () => {
    const text =
      "Tom Reed, president and managing director, Northern Europe & Baltic Continent, Harbour Hotels, said the feed was good.";
    expect(people(text)).toEqual(["Tom Reed"]);
  });

  it("reads no person in a subcommittee's name ('a U.S. Senate Subcommittee on Roads')", () => {
    const text = "Last week a U.S. Senate Subcommittee on Roads held a hearing. Jo Pratt said it went well.";
    expect(people(text)).toEqual(["Jo Pratt"]);
  });

  it("reads no speaker in a live page's heading ('Farming Hub: Minister quits – live updates')", () => {
    const text = paragraphsText(
      "“We will not back down,” said Ann Frith, the chief executive of Fenby Ports.",
      "Farming Hub: Minister quits over fish quotas – live updates",
      "Ms Frith also said the harbour was full.",
    );
    expect(people(text)).toEqual(["Ann Frith"]);
  });

  it("reads no person in an occasion's name ('British Seaside Week – Does It Pay?')", () => {
    const text = paragraphsText(
      "The panel met at the debate, British Seaside Week – Does It Pay?",
      "“British Seaside Week is a chance for every harbour to do something,” said Ann Frith, chief executive of Fenby Trust.",
    );
    expect(people(text)).toEqual(["Ann Frith"]);
  });

  it("reads no person in a committee named by a list of fields ('Net Zero, Energy and Harbours Committee')", () => {
    const text = paragraphsText(
      "Net Zero, Energy and Harbours Committee",
      "Meeting date: Tuesday, May 4, 2027",
      "The Convener",
      "Good morning. Our first witness is Tom Reed.",
      "Tom Reed",
      "Thank you, convener.",
    );
    expect(people(text)).not.toContain("Net Zero");
  });

  it("reads no person in the plural of a body's word ('the Fenby Congress of Trade Unions, FCTU')", () => {
    const text =
      "Joining us today are speakers from the Fenby Congress of Trade Unions, FCTU. Ann Frith, head of policy, FCTU, said pay was the issue.";
    expect(people(text)).toEqual(["Ann Frith"]);
  });
});

describe("a Gaelic or Welsh body's name joined by its article in lower case ('Comhairle nan …')", () => {
  it("reads no person in the name's end, and the body as the post's organisation", () => {
    const text =
      "Witnesses: Ruth Hale, Head of Finance for Comhairle nan Eilean Mor, and Tom Reed, Head of IT, Fenby City Council, gave evidence.";
    expect(people(text)).toEqual(["Ruth Hale", "Tom Reed"]);
  });

  it("still reads a Gaelic surname joined by 'an' after 'Mac' and a name with a particle ('de Souza')", () => {
    const text = "Kevin Mac an Bhaird, chair of the Fenby Trust, said so. Ruth de Souza, its treasurer, agreed.";
    expect(people(text)).toEqual(expect.arrayContaining(["Kevin Mac an Bhaird", "Ruth de Souza"]));
  });
});

describe("a name's letters: an O’ before a lower-case letter, a regnal number", () => {
  it("reads 'O’brady' whole ('Frances O’brady, the general secretary, said'), not 'Frances O'", () => {
    const text = "Frances O’brady, the general secretary of the Fenby Union, said workers were angry.";
    expect(people(text)).toEqual(["Frances O’brady"]);
  });

  it("still reads 'O’Neill' and stops at a letter's plural ('three O’s')", () => {
    expect(people("Tom O’Neill, the chair of Fenby Trust, said so.")).toEqual(["Tom O’Neill"]);
  });

  it("reads a regnal number as part of the name ('Henry VIII’s fourth wife')", () => {
    const text = "The manor is old. Henry VIII’s fourth wife stayed there, and Henry VIII himself stayed a night.";
    expect(people(text)).toContain("Henry VIII");
  });
});

describe("a witness list whose entries ';' divides: each entry one person, its later pieces posts and bodies", () => {
  const hearing = paragraphsText(
    "Witnesses: Ann Frith, Director, Fenby Trust; Tom Reed, Head of Policy, Campaign for Better Roads, on behalf of the Harbour Alliance; and Kit Lamb, Chief Executive, Marlow Retail Skills, gave evidence.",
    "Chair: Good morning.",
    "Ann Frith: Good morning.",
    "Tom Reed: Thank you.",
    "Kit Lamb: Hello.",
  );

  it("drafts no person from a later piece of an entry ('Better Roads', 'Marlow Retail Skills')", () => {
    expect(people(hearing)).toEqual(["Ann Frith", "Tom Reed", "Kit Lamb"]);
  });

  it("gives no affiliation across an entry's pieces to a piece ('Better Roads → Harbour Alliance')", () => {
    const found = affiliationsIn(draftOf(hearing));
    expect(found.filter(([person]) => !["Ann Frith", "Tom Reed", "Kit Lamb"].includes(person))).toEqual([]);
    expect(found).toContainEqual(["Kit Lamb", "Chief Executive", "Marlow Retail Skills"]);
  });

  it("still reads a second person of one entry joined by 'and' with a title ('…, and Dr Jo Pratt, Secretary, …;')", () => {
    const text =
      "Members present: Sue Lowe (Chair); Raj Patel. Witnesses I: Ann Frith, Director, Fenby Trust, and Dr Jo Pratt, Secretary, Fenby Trust; and Tom Reed, Chair, Campaign for Better Buses.";
    expect(people(text)).toEqual(expect.arrayContaining(["Ann Frith", "Jo Pratt", "Tom Reed"]));
    expect(people(text)).not.toContain("Better Buses");
  });
});

describe("TheyWorkForYou's and KildareStreet's photo labels over a speech", () => {
  it("reads 'Photo of Ann Frith Ann Frith Chair, …' as Ann Frith's label, the debate's heading as no one's", () => {
    const page = paragraphsText(
      "Harbour Budget",
      "Department for Harbours – in the House of Commons at 4:15 pm on 3rd March 2011.",
      "Alert me about debates like this",
      "Embed this video",
      "Photo of Ann Frith Ann Frith Chair, Harbours and Fisheries Committee, Chair, Harbours and Fisheries Committee 4:25 pm, 3rd March 2011",
      "I welcome the chance to debate the Committee's report on the harbour budget. I am glad so many members are here.",
    );
    const draft = draftOf(page);
    expect(peopleIn(draft)).toEqual(["Ann Frith"]);
    expect(affiliationsIn(draft)).toContainEqual(["Ann Frith", "Chair", "Harbours and Fisheries Committee"]);
    expect(directQuotesIn(draft).map(([who]) => who)).not.toContain("Harbour Budget");
  });

  it("reads 'Photo of Tom ReedTom Reed (Fenby North, Sinn Fein) | Oireachtas source', the name run into the photo's", () => {
    const page = paragraphsText(
      "Joint Committee on Harbours",
      "Photo of Tom ReedTom Reed (Fenby North, Sinn Fein) | Oireachtas source",
      "I welcome members and our guests this morning. We will hear from the harbour board.",
      "Photo of Kit LambKit Lamb (Marlow, Fine Gael) | Oireachtas source",
      "I thank the Chairman. The pier needs work.",
    );
    const draft = draftOf(page);
    expect(peopleIn(draft)).toEqual(["Tom Reed", "Kit Lamb"]);
    expect(saidByIn(draft, "The pier needs work.")).toEqual(["Kit Lamb"]);
  });

  it("reads 'Deputy <Surname>' as a member of the Dáil, not 'Deputy Director' or 'Deputy Speaker'", () => {
    const text =
      "We have apologies from Deputy Hanlon. Deputy Speaker Ann Frith was there, and the Deputy Director Tom Reed.";
    const found = people(text);
    expect(found).toContain("Deputy Hanlon");
    expect(found.filter((p) => /Speaker|Director/u.test(p))).toEqual([]);
  });
});

describe("a write-up's credit after the words: “…” Name, post, Body, <any verb> …", () => {
  const story = paragraphsText(
    "What the guests said:",
    "“The summit was a real success. I enjoyed the sessions.” Ann Frith, chief executive, Fenby Hotels, praised the venue.",
    "“Taxes hold the trade back. We will press ministers to cut them.”\nTom Reed, chairman — Harbour Events, pledged to keep up the pressure.",
    "“I think this was the best meeting I have been to.” Kit Lamb (Marlow Tours) wanted more speakers from abroad.",
  );

  it("gives each quotation to the name that opens the sentence after it", () => {
    const draft = draftOf(story);
    expect(saidByIn(draft, "The summit was a real success.")).toEqual(["Ann Frith"]);
    expect(saidByIn(draft, "Taxes hold the trade back.")).toEqual(["Tom Reed"]);
    expect(saidByIn(draft, "I think this was the best meeting")).toEqual(["Kit Lamb"]);
  });

  it("not to a name that goes on to a statement of its own ('Sue Lowe, …, said the letters were …')", () => {
    const text = paragraphsText(
      "“It has been a mess,” said Jo Pratt, director of the Fenby Hub.",
      "“They send us forms then take them back. We have no idea what comes next.”\nSue Lowe, head of research at Marlow University, said the letters were “full of mistakes”.",
    );
    expect(saidByIn(draftOf(text), "They send us forms")).toEqual(["Jo Pratt"]);
  });

  it("not to a name after words a lead gives to someone else ('Responding to X, the council said: “…”')", () => {
    const text =
      "Responding to the petition, the county council said: “Safety is our first priority.”\nTom Reed, the ward councillor, backed the campaign.";
    expect(saidByIn(draftOf(text), "Safety is our first priority.")).toEqual([]);
  });
});

describe("a name inside a relative clause after the subject is not the one who speaks", () => {
  it("gives 'Ann Frith, whose nephew Jo Frith, 34, crews a ferry, said … “…”' to Ann Frith", () => {
    const text =
      "Ann Frith, whose nephew Jo Frith, 34, crews the Fenby ferry, said the winter fares ought to stay “within reach of every family” on the islands.";
    expect(saidByIn(draftOf(text), "within reach of every family")).toEqual(["Ann Frith"]);
  });
});

describe("a person the registry knows by one word, named by it alone", () => {
  const known = [
    { id: "penlow", type: "person" as const, label: "Penlow", aliases: [] },
    { id: "brown", type: "person" as const, label: "Brown", aliases: [] },
  ];
  const text = paragraphsText(
    "Energy firms were called in for talks on Friday.",
    "Live: Tory MP defects from Harwood to Penlow – updates",
    "The Brown Trust said prices were too high.",
  );

  it("drafts the mention of 'Penlow' as the known person's", () => {
    const draft = draftOf(text, known);
    expect(draft.claims.some((c) => c.to === "penlow" || c.from === "penlow")).toBe(true);
  });

  it("not a word the lexicon has as another word ('Brown'), nor one inside a run of capitalised words", () => {
    const draft = draftOf(text, known);
    expect(draft.claims.some((c) => c.to === "brown" || c.from === "brown")).toBe(false);
  });
});
