// Round 11: the turns of published official-report forms, as researchers copy them from web pages. Each describe
// is one form, written from how that form is laid out: Hansard's Commons, Lords and Westminster Hall pages,
// TheyWorkForYou and Parallel Parliament re-publications, Holyrood, the Senedd, Stormont, the London Assembly, Canada's
// committee evidence, the Oireachtas, and a police officer's rank in a label. Every name, seat and word here is
// invented for these tests.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  directQuotesIn as quotesOf,
  draftOf,
  labelIn,
  paragraphsText as lines,
  peopleIn,
  quoteRelationsIn as relationsOf,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("a Commons debate from Hansard's web page: seat and party the first time, the name alone after", () => {
  const text = lines(
    "Rural Bus Routes",
    "Volume 812: debated on Tuesday 14 March 2028",
    "14:32:05",
    "Mr Speaker",
    "Order. We now come to the Opposition day motion on rural bus routes.",
    "Helen Garrow (Thornbury Vale) (Lab)",
    "I beg to move the motion in my name. Villages across my constituency have lost their only evening service in the past two years.",
    "Peter Lunn (Easton Marsh) (Con)",
    "Will the hon. Lady give way?",
    "Helen Garrow",
    "I will give way briefly to the hon. Gentleman.",
    "Peter Lunn",
    "Does she accept that the county council set the timetable, not the Government?",
    "Helen Garrow",
    "The council cut the routes because its grant was halved, and every parish clerk I have spoken to says the same.",
    "2.41 pm",
    "The Minister for Local Transport (Dan Okoro)",
    "I congratulate the hon. Member for Thornbury Vale on securing this debate. We will publish a new funding formula for rural routes before the summer.",
  );
  const draft = draftOf(text);

  it("gives each speech under a name-only line to that speaker", () => {
    expect(saidBy(draft, "I will give way briefly to the hon. Gentleman.")).toEqual(["Helen Garrow"]);
    expect(saidBy(draft, "Does she accept that the county council")).toEqual(["Peter Lunn"]);
    expect(saidBy(draft, "The council cut the routes")).toEqual(["Helen Garrow"]);
  });

  it("keeps an intervention whole: 'hon.' ends no sentence", () => {
    expect(quotesOf(draft).map(([, , q]) => q)).toContain("Will the hon. Lady give way?");
  });

  it("gives a minister's words to the holder the office label names in brackets", () => {
    expect(saidBy(draft, "We will publish a new funding formula")).toEqual(["Dan Okoro"]);
  });

  it("reads a list of names after the debate (a division's) as no speeches", () => {
    const division = draftOf(lines(text.trim(), "Ayes", "Helen Garrow", "Una Pettifer", "Peter Lunn", "Sol Marrick"));
    expect(saidBy(division, "Una Pettifer")).toEqual([]);
    expect(saidBy(division, "Sol Marrick")).toEqual([]);
  });

  it("makes no person of the Speaker and gives his words to no one", () => {
    expect(peopleIn(draft)).not.toContain("Mr Speaker");
    expect(saidBy(draft, "We now come to the Opposition day motion")).toEqual([]);
  });
});

describe("a Lords question: a minister's long office label with the peer and party in brackets", () => {
  const text = lines(
    "Coastal Flood Defences",
    "Volume 831: debated on Thursday 9 November 2028",
    "Baroness Tilsley (LD)",
    "My Lords, I beg leave to ask the Question standing in my name on the Order Paper.",
    "The Parliamentary Under-Secretary of State, Department for Environment (Lord Fenwick of Harrowgate) (Con)",
    "My Lords, the agency inspects every coastal asset twice a year, and nine in ten are in good condition.",
    "Baroness Tilsley (LD)",
    "My Lords, that leaves one in ten failing. Will the Minister publish the list of failing defences by village?",
    "Lord Fenwick of Harrowgate (Con)",
    "I will write to the noble Baroness with the figures for each region.",
  );
  const draft = draftOf(text);

  it("gives the minister's answer to the peer in brackets, not to the one who asked before", () => {
    expect(saidBy(draft, "the agency inspects every coastal asset")).toEqual(["Lord Fenwick of Harrowgate"]);
    expect(chairsIn(draft)).toEqual([]);
  });
});

describe("a Westminster Hall debate: the sitting's chair in brackets, then '(in the Chair)'", () => {
  const text = lines(
    "Hospice Funding",
    "Volume 790: debated on Wednesday 3 May 2028",
    "[Dame Rosalind Perrow in the Chair]",
    "9.30 am",
    "Amira Castell (Fenwold South) (SNP)",
    "I beg to move, That this House has considered hospice funding. Hospices in my area now raise four pounds in every five they spend from charity shops.",
    "Dame Rosalind Perrow (in the Chair)",
    "Order. I remind Members that there is a great deal of interest in this debate, so please keep interventions short.",
    "Tobias Renn (Marlow Heath) (Con)",
    "Will the hon. Lady give way?",
    "Amira Castell",
    "I will give way once.",
    "Tobias Renn",
    "The hospice in my constituency says the same: its grant has not risen since 2019.",
  );
  const draft = draftOf(text);

  it("makes the one in the chair the chair and gives each later name-only turn to its speaker", () => {
    expect(chairsIn(draft)).toContain("Rosalind Perrow");
    expect(saidBy(draft, "I will give way once.")).toEqual(["Amira Castell"]);
    expect(saidBy(draft, "its grant has not risen since 2019")).toEqual(["Tobias Renn"]);
  });
});

describe("a debate as TheyWorkForYou prints it: a photo line over each speech, 'Share this speech' under it", () => {
  const text = lines(
    "Rural Bus Routes – in the House of Commons at 2:32 pm on 14 March 2028.",
    "Photo of Helen Garrow Helen Garrow Labour, Thornbury Vale",
    "I beg to move the motion in my name. Villages across my constituency have lost their only evening service.",
    "Share this speech",
    "Photo of Peter Lunn Peter Lunn Conservative, Easton Marsh",
    "Will the hon. Lady give way?",
    "Share this speech",
    "Photo of Helen Garrow Helen Garrow Labour, Thornbury Vale",
    "I will give way briefly to the hon. Gentleman.",
    "Share this speech",
  );
  const draft = draftOf(text);

  it("quotes no share button", () => {
    expect(quotesOf(draft).some(([, , q]) => /share this/iu.test(q))).toBe(false);
  });

  it("names the debate from the page's title line", () => {
    const session = draft.entities.find((e) => e.section === "sessions");
    expect(session?.label).toMatch(/^Rural Bus Routes/u);
  });
});

describe("a debate as Parallel Parliament prints it: '<Name> Excerpts' over each label", () => {
  const text = lines(
    "Rural Bus Routes",
    "Tuesday 14th March 2028",
    "Helen Garrow Excerpts",
    "Helen Garrow (Thornbury Vale) (Lab)",
    "- Hansard - - - Excerpts",
    "I beg to move the motion in my name. Villages across my constituency have lost their only evening service.",
    "Peter Lunn Excerpts",
    "Peter Lunn (Easton Marsh) (Con)",
    "- Hansard - - - Excerpts",
    "Will the hon. Lady give way?",
    "Helen Garrow Excerpts",
    "Helen Garrow (Thornbury Vale) (Lab)",
    "- Hansard - - - Excerpts",
    "I will give way briefly to the hon. Gentleman.",
  );
  const draft = draftOf(text);

  it("makes no person of the 'Excerpts' line and quotes it in no turn", () => {
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Helen Garrow", "Peter Lunn"]));
    expect(peopleIn(draft).some((p) => p.includes("Excerpts"))).toBe(false);
    expect(quotesOf(draft).some(([, , q]) => q.includes("Excerpts"))).toBe(false);
  });
});

describe("a Holyrood committee: members labelled with seat and party, witnesses with their organisation", () => {
  const text = lines(
    "Health and Care Committee",
    "Tuesday 12 September 2028",
    "The Convener (Morag Kinloch): Good morning. Our witnesses today are Dr Ewan Strachan, medical director of Glen Brae Health Board, and Fiona Lamont, chief officer of Kelso Vale Partnership.",
    "Dr Ewan Strachan (Glen Brae Health Board): Thank you, convener. Our waiting lists have fallen by a fifth since the spring.",
    "Callum Drysdale (Lothian Braes) (Lab): How many beds are blocked by delayed discharge today?",
    "Fiona Lamont (Kelso Vale Partnership): About forty on any given day.",
    "The Convener: Thank you both. We will now suspend briefly.",
  );
  const draft = draftOf(text);

  it("reads a hearing: the member's question is his words but not speech on a theme", () => {
    expect(transcriptOf(text)?.form).toBe("committee");
    expect(saidBy(draft, "How many beds are blocked")).toEqual(["Callum Drysdale"]);
    expect(relationsOf(draft, "Callum Drysdale")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Fiona Lamont")).not.toContain("mentions");
    expect(chairsIn(draft)).toContain("Morag Kinloch");
  });
});

describe("a Senedd committee and a London Assembly committee: members known by their letters", () => {
  it("keeps a Member of the Senedd's question apart from the witness's answers", () => {
    const text = lines(
      "Economy Committee",
      "Thursday 8 June 2028",
      "Eluned Prys AS: Bore da. Welcome to the committee. I welcome Gareth Bowen, the chief executive of Teifi Ports, to give evidence.",
      "Gareth Bowen: Diolch. Our ports handle a third more freight than five years ago, and the quays need rebuilding.",
      "Rhodri Llewellyn MS: What would a rebuilt quay cost, and who should pay for it?",
      "Gareth Bowen: About forty million pounds.",
      "Eluned Prys AS: Diolch yn fawr. That concludes this session.",
    );
    const draft = draftOf(text);
    expect(transcriptOf(text)?.form).toBe("committee");
    expect(saidBy(draft, "What would a rebuilt quay cost")).toEqual(["Rhodri Llewellyn"]);
    expect(relationsOf(draft, "Rhodri Llewellyn")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Gareth Bowen")).not.toContain("mentions");
  });

  it("keeps an Assembly Member's question apart from the guests' answers", () => {
    const text = lines(
      "London Assembly Housing Committee – Tuesday 7 March 2028",
      "Sian Ellery AM (Chairman): Welcome to our guests, Dr Priya Mehta of Riverside Boroughs Network and Owen Tait of Fenham Council.",
      "Dr Priya Mehta (Head of Homelessness Policy, Riverside Boroughs Network): Thank you. The number of families in hotels has doubled in two years.",
      "Marcus Hale AM: Why has it doubled so quickly?",
      "Owen Tait (Director of Housing, Fenham Council): Rents have risen faster than housing benefit.",
      "Sian Ellery AM (Chairman): Thank you both for your answers.",
    );
    const draft = draftOf(text);
    expect(saidBy(draft, "Why has it doubled so quickly?")).toEqual(["Marcus Hale"]);
    expect(relationsOf(draft, "Marcus Hale")).toEqual(["mentions"]);
    expect(chairsIn(draft)).toEqual(["Sian Ellery"]);
  });
});

describe("a Stormont committee: a police officer labelled by rank, the organisation in brackets", () => {
  const text = lines(
    "Committee for Justice",
    "Wednesday 4 October 2028",
    "Members present: Mr Declan Furey (Chairperson); Ms Orla Tierney; Mr Brendan Tully",
    "The Chairperson (Mr Furey): We welcome Assistant Chief Constable Tom Brannock and Chief Inspector Ruth Calder of the Fenland Police Service. You are very welcome.",
    "Assistant Chief Constable Tom Brannock (Fenland Police Service): Thank you, Chair, for the welcome.",
    "Assistant Chief Constable Brannock: We have cut response times by a fifth this year. We will publish the figures for each district.",
    "Mr Tully: Why are rural districts still slower?",
    "Assistant Chief Constable Brannock: The distances are longer, and we have fewer stations there.",
  );
  const draft = draftOf(text);

  it("gives each of his turns to the officer, not to his organisation or to 'Constable <Surname>'", () => {
    expect(peopleIn(draft)).toContain("Tom Brannock");
    expect(peopleIn(draft).some((p) => /constable/iu.test(p))).toBe(false);
    expect(peopleIn(draft)).not.toContain("Fenland Police Service");
    expect(saidBy(draft, "Thank you, Chair, for the welcome.")).toEqual(["Tom Brannock"]);
    expect(saidBy(draft, "We have cut response times by a fifth this year.")).toEqual(["Tom Brannock"]);
    expect(saidBy(draft, "The distances are longer")).toEqual(["Tom Brannock"]);
  });
});

describe("an older Commons hearing whose members list gives the chair with middle initials", () => {
  const text = lines(
    "Oral Evidence",
    "Taken before the Rural Affairs Committee",
    "on Tuesday 11 October 2028",
    "Members present:",
    "Owen R. T. Pryce (Chair)",
    "Carys Ellwood",
    "Mr Idris Vaughan",
    "Examination of Witnesses",
    "Witnesses: Menna Rees, Chief Executive, Teifi Broadband, gave evidence.",
    "Q14 Chair: Good afternoon, and welcome. I am the Chair of the Rural Affairs Committee. Would you start by telling us what your company does?",
    "Menna Rees: I am Menna Rees, and I run Teifi Broadband, which connects four thousand farms.",
  );
  const draft = draftOf(text);

  it("makes the listed chair the chair and gives him the Chair's turns", () => {
    expect(chairsIn(draft)).toEqual(["Owen R. T. Pryce"]);
    expect(saidBy(draft, "Good afternoon, and welcome.")).toEqual(["Owen R. T. Pryce"]);
  });

  it("drafts no affiliation from the chair saying he chairs the committee that holds the hearing", () => {
    const affiliations = draft.claims.filter((c) => c.relation === "affiliated-with");
    expect(affiliations.map((c) => labelIn(draft, c.from))).not.toContain("Owen R. T. Pryce");
  });
});

describe("Canada's committee evidence: 'The Chair (Mr. Name (Riding, Party))', time stamps and notes", () => {
  const text = lines(
    "Standing Committee on Fisheries and Oceans",
    "Evidence",
    "Tuesday, May 16, 2028",
    "[Recorded by Electronic Apparatus]",
    "(1105)",
    "[English]",
    "The Chair (Mr. Paul Thibodeau (Baie-Rouge, Lib.)): I call this meeting to order. Today we welcome Ms. Karen Olafson, director general at the Department of Coastal Affairs.",
    "Ms. Karen Olafson (Director General, Department of Coastal Affairs): Thank you, Mr. Chair. The capelin stock has fallen by half in ten years.",
    "(1108)",
    "The survey ship was out of service for two seasons, so we lost the data.",
    "Mr. Gordon Reilly (Cape Morrow, CPC): Why did the department wait ten years to act?",
    "[Translation]",
    "Ms. Karen Olafson: We acted as soon as the survey data were clear.",
    "[English]",
    "We will restore the survey next year in both regions.",
    "(1110)",
    "The Chair: Thank you, Ms. Olafson. We will suspend for a few minutes.",
  );
  const draft = draftOf(text);

  it("names the chair from the nested brackets and gives her the Chair's turns", () => {
    expect(chairsIn(draft)).toEqual(["Paul Thibodeau"]);
    expect(saidBy(draft, "I call this meeting to order.")).toEqual(["Paul Thibodeau"]);
    expect(saidBy(draft, "We will suspend for a few minutes.")).toEqual(["Paul Thibodeau"]);
  });

  it("reads on past a time stamp or a note inside a speech", () => {
    expect(saidBy(draft, "The survey ship was out of service")).toEqual(["Karen Olafson"]);
    expect(saidBy(draft, "We will restore the survey next year")).toEqual(["Karen Olafson"]);
  });

  it("keeps the member's question apart and quotes no time stamp or note", () => {
    expect(relationsOf(draft, "Gordon Reilly")).toEqual(["mentions"]);
    expect(quotesOf(draft).some(([, , q]) => /\[Translation\]|\[English\]|\(11\d\d\)/u.test(q))).toBe(false);
  });
});

describe("an Oireachtas committee: 'Chairman:', Deputies and Senators asking, the chair named 'in the Chair'", () => {
  const text = lines(
    "Joint Committee on Transport",
    "Wednesday, 11 October 2028",
    "Deputy Aidan Kerr in the Chair.",
    "Chairman: I welcome Ms Orla Brennan, chief executive of Rail Link Eireann, to the meeting.",
    "Ms Orla Brennan: Thank you, Chairman. Passenger numbers on our commuter lines are higher than ever.",
    "Deputy Conor Walsh: When will the new carriages arrive?",
    "Ms Orla Brennan: The first twelve carriages arrive next March.",
    "Senator Niamh Doherty: Will the carriages run on the western line?",
    "Ms Orla Brennan: Yes, four of them will run on the western line from the summer.",
    "Chairman: I thank Ms Brennan for her evidence.",
  );
  const draft = draftOf(text);

  it("makes the Deputy in the Chair the chair and gives him the Chairman's turns", () => {
    expect(chairsIn(draft)).toEqual(["Aidan Kerr"]);
    expect(saidBy(draft, "I thank Ms Brennan for her evidence.")).toEqual(["Aidan Kerr"]);
  });

  it("keeps the Deputy's and the Senator's questions apart from the witness's answers", () => {
    expect(relationsOf(draft, "Conor Walsh")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Niamh Doherty")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Orla Brennan")).not.toContain("mentions");
  });
});

describe("a chamber's presiding officer labelled in one word", () => {
  const text = lines(
    "Oral Questions",
    "Hon Ruth Tamsin (Minister of Housing): Yes, because building consents for rental homes rose by a fifth last year.",
    "Kiri Walden (Te Awa): Why, then, have rents in Te Awa risen by twelve percent?",
    "Hon Ruth Tamsin: Rents rose fastest in the six months before the new homes were finished.",
    "SPEAKER: Order! Members will keep their interjections down.",
  );

  it("ends the turn before it and gives its words to no one", () => {
    const draft = draftOf(text);
    expect(saidBy(draft, "Members will keep their interjections down.")).toEqual([]);
  });
});
