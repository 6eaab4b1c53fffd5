// Round 13: the turns of transcripts as researchers copy them from web pages, where the page prints a single speech or
// only a few: a TheyWorkForYou excerpt of one speech, a Parallel Parliament Lords page's "View Speech" furniture,
// KildareStreet's Oireachtas pages, the Scottish Parliament's page of one contribution ("Meeting date:" over a name),
// and a podcast page's "Transcript" heading over two turns. Every name, seat and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  labelIn,
  directQuotesIn as quotesOf,
  draftOf,
  paragraphsText as lines,
  peopleIn,
  quoteRelationsIn,
  saidByIn as saidBy,
} from "../../../helpers/draft.js";

describe("one speech as TheyWorkForYou prints it: the photo line, then the speech, no other turn", () => {
  const text = lines(
    "Library Closures — [Dame Orla Pennick in the Chair]",
    "Part of the debate – in Westminster Hall at 4:10 pm on 9th May 2028.",
    "Photo of Hester Quayle Hester Quayle Labour, Fenby Marsh 4:10 pm, 9th May 2028",
    "It is a pleasure to serve under your chairmanship, Dame Orla. Three branch libraries in my constituency have shut since the spring.",
    "The reading groups that met in them now meet in a café, when the café will have them.",
  );
  const draft = draftOf(text);

  it("gives the speech to the one the photo line names", () => {
    expect(saidBy(draft, "Three branch libraries in my constituency")).toEqual(["Hester Quayle"]);
    expect(saidBy(draft, "now meet in a café")).toEqual(["Hester Quayle"]);
  });
});

describe("a Lords debate as Parallel Parliament prints it: '- View Speech - Hansard - -' under each label", () => {
  const text = lines(
    "Ferry Services Bill [HL] Debate",
    "Full Debate: Read Full Debate",
    "Lord Pellow of Tarrant Portrait Lord Pellow of Tarrant (Con)",
    "- View Speech - Hansard - - - Excerpts",
    "My Lords, I thank the Minister for meeting me twice on the Bill. Will he tell the House when the timetable review will be published?",
    "Lord Garvin Portrait Lord Garvin (CB)",
    "- View Speech - Hansard - -",
    "My Lords, the Bill team deserve our gratitude. The Bill leaves this House stronger than it arrived.",
  );
  const draft = draftOf(text);

  it("quotes no link line", () => {
    expect(quotesOf(draft).some(([, , q]) => /View Speech/u.test(q))).toBe(false);
  });

  it("gives each speech to its peer, the peer's place title ending before 'Portrait'", () => {
    expect(saidBy(draft, "when the timetable review will be published")).toEqual(["Lord Pellow of Tarrant"]);
    expect(saidBy(draft, "stronger than it arrived")).toEqual(["Lord Garvin"]);
  });
});

describe("an Oireachtas committee as KildareStreet prints it: 'Name (Constituency, Party)' over the speech links", () => {
  const text = lines(
    "Oireachtas Joint and Select Committees",
    "Wednesday, 3 May 2028",
    "Joint Committee on Transport",
    "Rural Rail Services: Discussion",
    "Ciarán Mulvey (Fenby West, Independent)",
    "Link to this: Individually | In context | Oireachtas source",
    "Today we look at how the rail timetable serves the west. On behalf of the committee, I welcome Ms. Aoife Tarrant, principal officer, Department of Transport.",
    "I remind members that they should not criticise anyone outside the Houses by name.",
    "Aoife Tarrant",
    "Link to this: Individually | In context | Oireachtas source",
    "I thank the committee. The Department of Transport funds four new rail links to the west this year.",
  );
  const draft = draftOf(text);

  it("gives the speech to the one the label names, and no link line to anyone", () => {
    expect(saidBy(draft, "On behalf of the committee, I welcome")).toEqual(["Ciarán Mulvey"]);
    expect(quotesOf(draft).some(([, , q]) => /Link to this/u.test(q))).toBe(false);
  });

  it("reads a name alone over the speech links as a witness's label", () => {
    expect(saidBy(draft, "funds four new rail links")).toEqual(["Aoife Tarrant"]);
  });
});

describe("a KildareStreet committee page with its chair named: the deputy with a seat and party asks, the witness answers", () => {
  const text = lines(
    "Joint Committee on Transport",
    "Rural Rail Services: Discussion",
    "Deputy Nuala Brogan in the Chair.",
    "Ciarán Mulvey (Fenby West, Independent)",
    "Link to this: Individually | In context | Oireachtas source",
    "Can the officials tell us why the evening train to Fenby was withdrawn in March?",
    "Aoife Tarrant",
    "Link to this: Individually | In context | Oireachtas source",
    "The evening train carried fewer than ten passengers a night, so the operator withdrew it from the timetable in March.",
  );
  const draft = draftOf(text);
  const relationsOf = (who: string) => quoteRelationsIn(draft, who);

  it("reads the deputy's words as a member's question, the witness's as her own", () => {
    expect(relationsOf("Ciarán Mulvey")).not.toContain("spoke-on");
    expect(relationsOf("Aoife Tarrant").length).toBeGreaterThan(0);
  });
});

describe("the Scottish Parliament's page of a member's contributions: 'Meeting date:' over the name, then the words", () => {
  const text = [
    "Rural Affairs Committee",
    "Meeting date: 14 March 2028",
    "Isla Drummond",
    "Thank you. That ends the part of today's business held in public.",
    "10:12 Meeting continued in private until 11:40.",
    "Rural Affairs Committee",
    "Meeting date: 14 March 2028",
    "Isla Drummond",
    "Hello, everyone, and welcome to the Rural Affairs Committee's ninth sitting of 2028. Calum Rennie has sent his apologies.",
    "",
  ].join("\n");
  const draft = draftOf(text);

  it("gives the words under the name to that member", () => {
    expect(saidBy(draft, "That ends the part of today's business held in public.")).toEqual(["Isla Drummond"]);
    expect(saidBy(draft, "Calum Rennie has sent his apologies.")).toEqual(["Isla Drummond"]);
  });

  it("ends a turn at the meeting's note and at the next page's title and date", () => {
    const quoted = quotesOf(draft).map(([, , q]) => q);
    expect(quoted.some((q) => /Meeting date|Meeting continued|^Rural Affairs Committee$/u.test(q))).toBe(false);
  });
});

describe("a podcast page: show notes, then 'Transcript' over two turns in capitals", () => {
  const text = [
    "Hosts Wanjiru Odhiambo and Tessa Lindqvist look back at the season.",
    "Show Notes",
    "- Ngozika Abiodun-Harte: Why Small Grids Work Best in the Villages We Visited Last Year",
    "- Thandiwe Okereke-Lund: Lessons From Ten Years of Building Solar Farms Across the Region",
    "Transcript",
    "WANJIRU ODHIAMBO: Hello and welcome to Grid Talk, with me, Wanjiru Odhiambo. We close the season today, which feels like a big moment.",
    "TESSA LINDQVIST: It really was a good run, and every guest taught me something new.",
    "",
  ].join("\n");
  const draft = draftOf(text);

  it("gives each turn to its host", () => {
    const by = (words: string) => saidBy(draft, words).map((w) => w.toLowerCase());
    expect(by("welcome to Grid Talk")).toEqual(["wanjiru odhiambo"]);
    expect(by("every guest taught me something new")).toEqual(["tessa lindqvist"]);
  });

  it("quotes no show-notes line above the heading, and takes the names it gives for people", () => {
    expect(saidBy(draft, "Why Small Grids Work Best")).toEqual([]);
    expect(peopleIn(draft)).toContain("Ngozika Abiodun-Harte");
  });
});

describe("a page's 'Transcript' heading over two turns by two speakers, nothing else", () => {
  const text = [
    "Transcript",
    "MARGIT OYELARAN: Welcome back to Field Notes. Today we talk about the Fenby wetland survey and what it found.",
    "DESMOND KAYE: Thanks for having me. We counted twice as many wading birds as in the last survey.",
    "",
  ].join("\n");
  const draft = draftOf(text);

  it("reads the two turns as a conversation", () => {
    const by = (words: string) => saidBy(draft, words).map((w) => w.toLowerCase());
    expect(by("twice as many wading birds")).toEqual(["desmond kaye"]);
  });
});

// Stop 41: a devolved chamber's debate as TheyWorkForYou prints it (set 62): the presiding member calls the item, then
// the motion's reference line names the member it is tabled by, over its numbered clauses. Invented names and words.
describe("a tabled motion's reference line over its clauses, inside the presiding member's turn", () => {
  const text = lines(
    "4. Harbour Party Debate: Island Ferries",
    "– in the Senedd on 9 May 2028.",
    "Photo of Orla Pennick Orla Pennick Labour 3:10, 9 May 2028",
    "Item 4 now, the Harbour Party debate. I call on Tomasz Reed to move the motion. Tomasz.",
    "Motion NDM9001 Rosa Lamb",
    "To propose that the Senedd:",
    "1. Notes that the island ferry timetable was cut twice this year.",
    "2. Calls on the Government to cap ferry fares for island residents.",
    "Motion moved.",
    "Photo of Tomasz Reed Tomasz Reed Harbour Party 3:11, 9 May 2028",
    "Diolch, Dirprwy Lywydd. I move the motion standing in my colleague's name. Island families cannot plan a week when the ferry timetable changes every month.",
  );
  const draft = draftOf(text);
  // Every kind drafted: a motion's clauses are a list's items, listed by default since stop 44 (recommendations.ts,
  // KEPT); whose they are is what is tested.
  const every = draftOf(text, [], undefined, { everyProposal: true });
  const proposers = (words: string) =>
    every.claims
      .filter((c) => c.relation === "recommends" && c.evidence.some((e) => e.quote.includes(words)))
      .map((c) => labelIn(every, c.from));

  it("quotes no clause of the motion as the presiding member's, nor its reference line", () => {
    expect(saidBy(draft, "cap ferry fares")).toEqual([]);
    expect(saidBy(draft, "Notes that the island ferry timetable")).toEqual([]);
    expect(quotesOf(draft).some(([, , q]) => /NDM9001/u.test(q))).toBe(false);
    expect(saidBy(draft, "I call on Tomasz Reed")).toContain("Orla Pennick");
    expect(saidBy(draft, "Island families cannot plan")).toEqual(["Tomasz Reed"]);
  });

  it("drafts the clause that proposes as the proposal of the member the motion is tabled by", () => {
    expect(proposers("cap ferry fares for island residents")).toEqual(["Rosa Lamb"]);
  });

  it("leaves a speaker's sentence that names a motion in their words", () => {
    const said = lines(
      "Photo of Orla Pennick Orla Pennick Labour 3:10, 9 May 2028",
      "We move on to item 4, and I call on Tomasz Reed to speak.",
      "Photo of Tomasz Reed Tomasz Reed Harbour Party 3:11, 9 May 2028",
      "Motion NDM9001 is the one before us today, and I support every word of it.",
    );
    expect(saidBy(draftOf(said), "is the one before us today")).toEqual(["Tomasz Reed"]);
  });
});

// Stop 41: a webinar's page that prints only its host's opening under "Transcript" (set 63): one speaker's turn, a
// person's name on it, the words in the first person. Invented names, bodies and words.
describe("a page's 'Transcript' heading over one turn of one person, speaking in the first person", () => {
  const text = lines(
    "Fenby Law partner Tomasz Reed chaired a webinar on the tidal power supply chain.",
    "Transcript",
    "Rosa Lamb: Right, I think we can begin. Apologies for the late start, but we are ready to go now.",
    "Good morning all and thank you for joining us. My name is Rosa Lamb and I run the energy desk at the Marlow Consulate.",
  );

  it("gives the turn, and the paragraph under it, to the one its label names", () => {
    const draft = draftOf(text);
    expect(saidBy(draft, "we are ready to go now")).toEqual(["Rosa Lamb"]);
    expect(saidBy(draft, "I run the energy desk")).toEqual(["Rosa Lamb"]);
  });

  it("reads no turn where the label is no person's, or the words are a line's, not speech", () => {
    const notes = lines(
      "Transcript",
      "Summary: I think we can begin with the tidal power supply chain and the people who work in it.",
    );
    expect(quotesOf(draftOf(notes))).toEqual([]);
    const programme = lines(
      "Transcript",
      "Rosa Lamb: Welcome and opening remarks",
      "The Marlow Consulate hosted the day.",
    );
    expect(quotesOf(draftOf(programme))).toEqual([]);
    const described = lines(
      "Transcript",
      "Rosa Lamb: The energy desk at the Marlow Consulate runs the annual tidal power meeting in the spring.",
    );
    expect(quotesOf(draftOf(described))).toEqual([]);
  });
});

// Stop 40: a parliament site's page of one member's speech (set 61): the member's name, "Main Page: Name (Party -
// Seat)…", the page's notes, then the speech with no label over it. Invented member, seat and words.
describe("a member's page of one speech: the name, 'Main Page: Name (Party - Seat)', the page's notes, the speech", () => {
  const page = (name: string, main: string, notes: string[]) =>
    [
      name,
      `Main Page: ${main} (Labour - Fenby Marsh)`,
      ...notes,
      "I beg to move,",
      "That this House has considered the future of harbour dredging.",
      "It is a pleasure to serve under your chairmanship, Mrs Quill. Three harbours in my constituency have silted up since the spring.",
      "The fishing fleet that used them now lands its catch forty miles away, when the weather allows.",
    ].join("\n") + "\n";
  const notes = [
    "(4 years ago)",
    "Westminster HallWestminster Hall is a second Chamber where members hold debates, named after the hall beside it.",
    "This information is provided by Fenby Parliament Pages, whose copy is no part of the offical record",
  ];

  it("gives the speech to the member the page names", () => {
    const draft = draftOf(page("Hester Quayle", "Hester Quayle", notes));
    expect(saidBy(draft, "Three harbours in my constituency")).toEqual(["Hester Quayle"]);
    expect(saidBy(draft, "lands its catch forty miles away")).toEqual(["Hester Quayle"]);
    // The motion printed under "I beg to move," is a document's words (tests/fixtures/eval/README.md).
    expect(saidBy(draft, "future of harbour dredging")).toEqual([]);
  });

  it("quotes none of the page's notes", () => {
    const draft = draftOf(page("Hester Quayle", "Hester Quayle", notes));
    expect(quotesOf(draft).some(([, , q]) => /years ago|second Chamber|information is provided/u.test(q))).toBe(false);
  });

  it("does not read the page so when the main page names someone else", () => {
    const draft = draftOf(page("Hester Quayle", "Tobias Vance", notes));
    expect(saidBy(draft, "Three harbours in my constituency")).toEqual([]);
  });

  it("does not read the page so without the site's notes (the chamber's description would be speech)", () => {
    const draft = draftOf(page("Hester Quayle", "Hester Quayle", [notes[1]!]));
    expect(saidBy(draft, "Three harbours in my constituency")).toEqual([]);
  });
});

// Stop 40 (set 61): the official report's search page of a member's contributions, the latest first, each under the
// committee's name, the item's title and the date; the convener's opening of a numbered meeting names the chair.
describe("an official report's search page: committee, item and date over each contribution", () => {
  const page = (welcome: string, last: string) =>
    [
      "Search results",
      "Rural Harbours Committee",
      "Ferries (Scotland) Bill: Stage 1",
      "Meeting date: 14 March 2028",
      "Isla Drummond",
      "That is a useful answer.",
      last,
      "Rural Harbours Committee",
      "Dredging Bill",
      "Meeting date: 14 March 2028",
      "Isla Drummond",
      `${welcome} Calum Rennie has sent his apologies.`,
      "The cabinet secretary will open with a short statement.",
      "",
    ].join("\n\n");

  it("ends a turn at the committee's name and the item's title over the next date", () => {
    const draft = draftOf(
      page(
        "Good morning, and welcome to the 9th meeting in 2028 of the Rural Harbours Committee.",
        "Calum Rennie has the last question for the panel.",
      ),
    );
    expect(saidBy(draft, "Calum Rennie has the last question")).toEqual(["Isla Drummond"]);
    const quoted = quotesOf(draft).map(([, , q]) => q);
    expect(quoted.some((q) => /^(?:Rural Harbours Committee|Dredging Bill)$/u.test(q))).toBe(false);
  });

  it("keeps a line that ends a sentence in the turn", () => {
    const draft = draftOf(
      page(
        "Good morning, and welcome to the 9th meeting in 2028 of the Rural Harbours Committee.",
        "Calum Rennie has the last question for the panel.",
      ),
    );
    expect(saidBy(draft, "That is a useful answer.")).toEqual(["Isla Drummond"]);
  });

  it("makes the one who welcomes all to the numbered meeting of the committee its chair, in a later contribution", () => {
    const draft = draftOf(
      page(
        "Good morning, and welcome to the 9th meeting in 2028 of the Rural Harbours Committee.",
        "Calum Rennie has the last question for the panel.",
      ),
    );
    expect(chairsIn(draft)).toEqual(["Isla Drummond"]);
  });

  it("makes no chair of one who welcomes all to a meeting of a body that is no committee", () => {
    const draft = draftOf(
      page(
        "Good morning, and welcome to the 9th meeting in 2028 of the Fenby Harbour Trust.",
        "Calum Rennie has the last question for the panel.",
      ),
    );
    expect(chairsIn(draft)).toEqual([]);
  });
});
