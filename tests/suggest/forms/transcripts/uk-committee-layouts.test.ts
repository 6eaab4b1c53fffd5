// More layouts of real UK and devolved committee transcripts, as `suggest` reads them: the Scottish Parliament's
// "The Convener (Name):", the Senedd's "Name MS:" and "Cadeirydd / Chair:", a chair's welcome that gives each witness
// a post, and older Commons pages ("Witnesses: A, Role, Org, and B, Role, Org2, gave evidence.", names in capitals).
// Every text here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { readTranscript } from "../../../../src/suggest/transcript.js";
import { analyseText, suggestAnnotations, type Draft } from "../../../../src/suggest/suggest.js";
import { affiliationsIn, labelIn } from "../../../helpers/draft.js";

const lines = (...l: string[]) => `${l.join("\n\n")}\n`;

function draftOf(text: string): Draft {
  const source = { file: "sources/t.txt", text, meta: { id: "t", title: "Test source" } } as unknown as LoadedSource;
  return suggestAnnotations(source, new KnownEntities([]), new Set());
}

function view(draft: Draft) {
  const label = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
  const pairs = (relation: string) =>
    draft.claims.filter((c) => c.relation === relation).map((c) => [label(c.from), label(c.to)]);
  const people = draft.entities.filter((e) => e.section === "people").map((e) => e.label);
  return { pairs, people };
}

describe("a Scottish Parliament committee's official report", () => {
  const text = lines(
    "Rural Affairs Committee",
    "Wednesday 6 March 2024",
    "The Convener (Moira Keith): Good morning. I welcome Ailsa Bruce, who is chief executive of Glenmore Health Board, and Hamish Wylie, director of nursing at Tayport Health Board.",
    "Ailsa Bruce: Thank you, convener. Recruitment is our hardest problem.",
    "Rory Baird (Clydeside) (Con): What is the vacancy rate?",
    "Hamish Wylie: About one post in eight.",
    "The Convener: Thank you both.",
  );
  const v = view(draftOf(text));

  it("names the convener from the brackets of her label and makes her the chair", () => {
    expect(v.people).toContain("Moira Keith");
    expect(v.people).not.toContain("The Convener");
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Moira Keith"]);
  });

  it("gives each welcomed witness the post the welcome names", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Ailsa Bruce", "Glenmore Health Board"],
        ["Hamish Wylie", "Tayport Health Board"],
      ]),
    );
  });
});

describe("a Senedd committee's record", () => {
  const text = lines(
    "Climate and Land Committee",
    "Thursday 1 February 2024",
    "Gareth Price AS: Bore da. I welcome Nia Rowlands, the chief executive of Cwm Farming Trust; Aled Morgan, who is director of policy at Valleys Growers Union; and Dr Ffion Hughes from Tywi University.",
    "Nia Rowlands: Diolch. Farm incomes have fallen.",
    "Rhys Lloyd MS: What about the new scheme?",
    "Aled Morgan: Our members are worried about it.",
    "Cadeirydd / Chair: Thank you all.",
  );
  const v = view(draftOf(text));

  it("makes the member who opens with a welcome the chair, and reads the bilingual chair label as the chair", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Gareth Price"]);
    expect(v.people).not.toContain("Cadeirydd");
    expect(v.people).toEqual(expect.arrayContaining(["Gareth Price", "Rhys Lloyd", "Nia Rowlands"]));
  });

  it("gives each witness of the welcome list their own organisation", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Nia Rowlands", "Cwm Farming Trust"],
        ["Aled Morgan", "Valleys Growers Union"],
        ["Ffion Hughes", "Tywi University"],
      ]),
    );
  });
});

describe("an older Commons page: names in capitals, one organisation after two witnesses, a second panel", () => {
  const text = lines(
    "Select Committee on Waterways",
    "Minutes of Evidence",
    "Wednesday 14 May 2003",
    "Members present:",
    "Mrs Edith Crane, in the Chair\nMr Brian Doyle\nMiss Anne Lyle",
    "Witnesses: MR ROBERT ASHMORE, Chief Executive, and MS LINDA FRAYNE, Head of Safety, Canal Trust Wales, examined.",
    "Q1 Chairman: Mr Ashmore, do you want to say anything first?",
    "MR ROBERT ASHMORE: No, thank you.",
    "Q2 Miss Lyle: Why are the locks closed?",
    "MS LINDA FRAYNE: Old gates remain the main cause.",
    "Witnesses: Professor Alan Hume, Director, Centre for River Studies, and Dr Mary Coley, Senior Lecturer, Westmere University, gave evidence.",
    "Q3 Chairman: Professor Hume, is that right?",
    "Professor Hume: Broadly, yes.",
  );
  const v = view(draftOf(text));

  it("reads a name in capitals after a title as the person, in ordinary case", () => {
    expect(v.people).toEqual(expect.arrayContaining(["Robert Ashmore", "Linda Frayne"]));
    expect(v.people.filter((p) => /[A-Z]{3}/u.test(p))).toEqual([]);
  });

  it("gives the organisation after the last of a list's people to the post before ', and' too", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Robert Ashmore", "Canal Trust Wales"],
        ["Linda Frayne", "Canal Trust Wales"],
        ["Alan Hume", "Centre for River Studies"],
        ["Mary Coley", "Westmere University"],
      ]),
    );
  });

  it("makes the witnesses of both panels panellists, and the member in the chair the chair", () => {
    const panel = v.pairs("panellist-in").map(([who]) => who);
    expect(panel).toEqual(expect.arrayContaining(["Robert Ashmore", "Linda Frayne", "Alan Hume", "Mary Coley"]));
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Edith Crane"]);
  });
});

describe("a Scottish Official Report's title block and a welcome of party witnesses", () => {
  const text = lines(
    "Local Roads Committee",
    "Wednesday 4 March 2020",
    "CONVENER *Fiona Baird (Strathmore) (SNP)",
    "COMMITTEE MEMBERS *Iain Dunlop (Lothian) (Lab) *Morag Keir (Fife North) (Con)",
    "THE FOLLOWING ALSO PARTICIPATED: Calum Reid () Ben Strachan (Minister for Roads)",
    "Decision on Taking Business in Private",
    "The Convener (Fiona Baird): Good morning and welcome to the meeting.",
    "Subordinate Legislation",
    "Roads (Scotland) Amendment Regulations 2020 [Draft]",
    "10:01",
    "The Convener: We take evidence from Ben Strachan, the Minister for Roads, and Calum Reid, the head of road policy, Scottish Government. I also welcome Ewan Moss MSP from the Scottish Green Party. Welcome to the meeting.",
  );
  const draft = draftOf(text);
  const v = view(draft);

  it("reads 'THE FOLLOWING ALSO PARTICIPATED:' as the witnesses, each name with its brackets an entry", () => {
    expect(v.people).not.toContain("THE FOLLOWING ALSO PARTICIPATED");
    expect(v.pairs("panellist-in").map(([who]) => who)).toEqual(expect.arrayContaining(["Calum Reid", "Ben Strachan"]));
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Fiona Baird"]);
  });

  it("ends a turn at a time stamp, so the heading before it is no one's words", () => {
    const words = draft.claims
      .flatMap((c) => c.evidence)
      .filter((e) => e.kind === "direct-quote")
      .map((e) => e.quote);
    expect(words.some((q) => q.includes("Amendment Regulations 2020 [Draft]"))).toBe(false);
    expect(v.people).not.toContain("Subordinate Legislation");
  });

  it("ties 'Name MSP from Party' to the party past the letters after the name", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Ewan Moss", "Scottish Green Party"],
        ["Calum Reid", "Scottish Government"],
      ]),
    );
  });
});

describe("members listed one a line under 'Members present' with no colon", () => {
  const text = lines(
    "Home Affairs Committee",
    "Members present\nMr Keith Vale (Chair)\nMr David Winfield\nMrs Janet Dean",
    "Witnesses: Sir Hugh Marren, President, Association of Chief Police Officers, and Ms Carol Tate, Chief Constable, Northshire Police, gave evidence.",
    "Q1 Chair: What went wrong?",
    "Sir Hugh Marren: We did not plan well enough.",
    "Q2 Mrs Dean: Were officers tired?",
    "Ms Tate: They were.",
  );
  const v = view(draftOf(text));

  it("reads each line as a member, a surname that is also a post's word included", () => {
    expect(v.people).toEqual(expect.arrayContaining(["Keith Vale", "David Winfield", "Janet Dean"]));
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Keith Vale"]);
    expect(v.pairs("panellist-in").map(([who]) => who)).not.toContain("Janet Dean");
  });
});

describe("a title block's headings in capitals", () => {
  it("are no organisation: 'COMMITTEE MEMBERS' heads a list", () => {
    const draft = draftOf(
      lines(
        "Local Roads Committee",
        "CONVENER *Fiona Baird (Strathmore) (SNP)",
        "COMMITTEE MEMBERS *Iain Dunlop (Lothian) (Lab) *Morag Keir (Fife North) (Con)",
        "The Convener (Fiona Baird): Good morning.",
        "Iain Dunlop: A question for the minister.",
        "The Convener: Thank you.",
      ),
    );
    const organisations = draft.entities.filter((e) => e.section === "organisations").map((e) => e.label);
    expect(organisations).not.toContain("COMMITTEE MEMBERS");
    expect(organisations).toContain("Local Roads Committee");
  });
});

/** A transcript's turns as `readTranscript` reads them: [speaker, words] (and whether no one is named). */
function turnsOf(text: string, anonymous = false): (string | boolean)[][] {
  const t = readTranscript(text, paragraphsOf(text));
  return (t?.turns ?? []).map((x) => [
    text.slice(x.speaker.start, x.speaker.end),
    text.slice(x.words.start, x.words.end),
    ...(anonymous ? [x.anonymous] : []),
  ]);
}

/** The direct quotes a draft gives each person: [person, quote]. */
function quotesOf(draft: Draft): [string, string][] {
  const label = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
  return draft.claims.flatMap((c) =>
    c.evidence.filter((e) => e.kind === "direct-quote").map((e) => [label(c.from), e.quote] as [string, string]),
  );
}

describe("a Hansard debate re-published with each speaker's label on a line of its own, printed twice", () => {
  const text = lines(
    "Westminster Hall",
    "Ann Colby (in the Chair)",
    "Ann Colby (in the Chair)",
    "Order. The debate may run until half past four.",
    "Peter Harlow (Eastmere) (LD)",
    "Peter Harlow (Eastmere) (LD)",
    "I beg to move,",
    "That this House has considered rural bus services.",
    "Villages in my constituency have lost half their buses in five years, and the people who rely on them most have no other way to reach a hospital.",
    "Joan Ferris (Bradwell North) (Lab)",
    "Joan Ferris (Bradwell North) (Lab)",
    "Will the Member give way on the question of funding?",
  );
  const draft = draftOf(text);
  const v = view(draft);

  it("opens a turn at each label line, runs it to the next, and makes the one 'in the Chair' the chair", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Ann Colby"]);
    const quotes = quotesOf(draft);
    expect(quotes).toEqual(
      expect.arrayContaining([
        ["Ann Colby", "The debate may run until half past four."],
        [
          "Peter Harlow",
          "Villages in my constituency have lost half their buses in five years, and the people who rely on them most have no other way to reach a hospital.",
        ],
        ["Joan Ferris", "Will the Member give way on the question of funding?"],
      ]),
    );
    // The motion printed under "I beg to move," is a document's words, not the mover's (tests/fixtures/eval/README.md).
    expect(quotes.filter(([, q]) => q.startsWith("That this House"))).toEqual([]);
    expect(quotes.some(([, q]) => q.includes("(LD)") || q.includes("(in the Chair)"))).toBe(false);
    expect(quotes.find(([who]) => who === "Peter Harlow")?.[1]).not.toContain("Joan Ferris");
  });

  it("gives each member the party of their label", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Peter Harlow", "Liberal Democrats"],
        ["Joan Ferris", "Labour Party"],
      ]),
    );
  });
});

describe("a Lords debate as a re-publishing site prints it: 'Name Portrait Name (Party)' and furniture", () => {
  const text = [
    "Thursday 3rd March 2016",
    "",
    "Lords Chamber",
    "Second Reading",
    "11:05",
    "Moved by",
    "Lord Penrose Portrait Lord Penrose",
    "- Hansard - - - Excerpts",
    "",
    "That the Bill be now read a second time.",
    "",
    "Lord Penrose Portrait Lord Penrose (Con)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, this short Bill would let parish councils pilot their own housing plans.",
    "",
    "It builds on the work of many councils that have already tried it.",
    "",
    "Baroness Tillard Portrait Baroness Tillard (Lab)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, I welcome the Bill and its aims.",
    "",
  ].join("\n");
  const draft = draftOf(text);
  const v = view(draft);

  it("takes the peer, not the photo's text, for the person, and each label's speech for their words", () => {
    expect(v.people).toEqual(expect.arrayContaining(["Lord Penrose", "Baroness Tillard"]));
    expect(v.people.some((p) => p.includes("Portrait"))).toBe(false);
    const quotes = quotesOf(draft);
    expect(quotes).toEqual(
      expect.arrayContaining([
        ["Lord Penrose", "My Lords, this short Bill would let parish councils pilot their own housing plans."],
        ["Lord Penrose", "It builds on the work of many councils that have already tried it."],
        ["Baroness Tillard", "My Lords, I welcome the Bill and its aims."],
      ]),
    );
  });

  it("takes the motion under 'Moved by' for no one's speech, and the furniture for no one's words", () => {
    const quotes = quotesOf(draft).map(([, q]) => q);
    expect(quotes.some((q) => q.includes("That the Bill be now read"))).toBe(false);
    expect(quotes.some((q) => q.includes("Hansard - -"))).toBe(false);
    expect(v.people).not.toContain("Second Reading");
  });
});

describe("a public bill committee's sitting: '[Name in the Chair]' and 'The Chair' on a line of its own", () => {
  const text = lines(
    "Public Bill Committee",
    "Chairs: † Sir Neil Arden, Dr Rosa Quill",
    "Witnesses",
    "Dr Amy Hollis, Chair, Northfield Care Trust",
    "Tom Brack, Chief Executive, Patients First",
    "Tuesday 9 June 2026",
    "[Sir Neil Arden in the Chair]",
    "Care Bill",
    "The Chair",
    "Before we begin, I remind Members to switch electronic devices to silent.",
    "We will now hear oral evidence from our first panel.",
  );
  const draft = draftOf(text);
  const v = view(draft);

  it("makes the one '[… in the Chair]' names the chair, not the first of the panel of chairs", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Neil Arden"]);
  });

  it("gives the chair's words under 'The Chair' to the chair", () => {
    expect(quotesOf(draft)).toEqual(
      expect.arrayContaining([
        ["Neil Arden", "Before we begin, I remind Members to switch electronic devices to silent."],
        ["Neil Arden", "We will now hear oral evidence from our first panel."],
      ]),
    );
  });

  it("reads the witnesses one a line under 'Witnesses', a witness who chairs another body no chair here", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Amy Hollis", "Northfield Care Trust"],
        ["Tom Brack", "Patients First"],
      ]),
    );
  });
});

describe("a Northern Ireland Assembly official report", () => {
  const text = [
    "Official Report: Minutes of Evidence",
    "",
    "Committee for Infrastructure, meeting on Wednesday, 2 March 2022",
    "",
    "Members present for all or part of the proceedings:",
    "",
    "Mr Colm Devlin OBE (Chairperson)",
    "Mrs Ruth Kerr (Deputy Chairperson)",
    "Mr Declan Tully KC",
    "Miss Orla Finnegan",
    "",
    "Witnesses:",
    "",
    "Ms Niamh Boyle, Department for Infrastructure",
    "Mr Alan Scott, Department for Infrastructure",
    "",
    "Winter Gritting: Department for Infrastructure",
    "",
    "The Chairperson (Mr Devlin): I welcome Ms Niamh Boyle and Mr Alan Scott. Who will start?",
    "",
    "Ms Niamh Boyle (Department for Infrastructure): I will, Chair.",
    "",
    "Miss Finnegan: How many gritters are there?",
    "",
    "Mr Alan Scott (Department for Infrastructure): There are about three hundred.",
    "",
  ].join("\n");
  const draft = draftOf(text);
  const v = view(draft);

  it("makes the member marked '(Chairperson)' the chair and gives 'The Chairperson (Mr X):' turns to him", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Colm Devlin"]);
    expect(v.people).not.toContain("The Chairperson");
    expect(quotesOf(draft)).toEqual(
      expect.arrayContaining([
        ["Colm Devlin", "I welcome Ms Niamh Boyle and Mr Alan Scott."],
        ["Colm Devlin", "Who will start?"],
      ]),
    );
  });

  it("reads the title line as no turn and the members one a line, with letters after their names", () => {
    expect(v.people).not.toContain("Official Report");
    expect(quotesOf(draft).some(([, q]) => q.includes("Minutes of Evidence"))).toBe(false);
    expect(v.people).toEqual(expect.arrayContaining(["Ruth Kerr", "Declan Tully", "Orla Finnegan"]));
  });

  it("gives each witness line's organisation to its witness, and the agenda heading to no one", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Niamh Boyle", "Department for Infrastructure"],
        ["Alan Scott", "Department for Infrastructure"],
      ]),
    );
    expect(v.pairs("panellist-in").map(([who]) => who)).not.toContain("Winter Gritting");
  });
});

describe("a London Assembly transcript: the chair marked '(Chairman)' in his own label", () => {
  const text = lines(
    "Transcript of Agenda Item 5",
    "Len Hatton AM (Chairman): Welcome to Maria Voss, in her role as Chair of the Metro Rail London Board, and Ian Pell, the Commissioner for Metro Rail London.",
    "2015/0412 - Holding Down Fares Sue Perrin",
    "How will Metro Rail London hold down fares next year?",
    "Maria Voss (Commissioner, Metro Rail London): Thank you. Fares will rise by inflation only.",
    "Sue Perrin AM: Will that hold next year?",
    "Maria Voss (Commissioner, Metro Rail London): We expect so.",
  );
  const draft = draftOf(text);
  const v = view(draft);

  it("gives a tabled question under its line to the member who tabled it, not to the one who spoke before", () => {
    const quotes = quotesOf(draft);
    expect(quotes).toEqual(
      expect.arrayContaining([["Sue Perrin", "How will Metro Rail London hold down fares next year?"]]),
    );
    expect(quotes.filter(([who]) => who === "Len Hatton").some(([, q]) => q.includes("hold down fares"))).toBe(false);
  });

  it("makes him the chair, and the guest whose bracket gives a post at an organisation no chair", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Len Hatton"]);
    expect(v.pairs("affiliated-with")).toEqual(expect.arrayContaining([["Maria Voss", "Metro Rail London"]]));
  });

  it("gives the post 'in her role as' to the one named before it, not to the chair who speaks", () => {
    expect(v.pairs("affiliated-with").filter(([who]) => who === "Len Hatton")).toEqual([]);
  });
});

describe("a bill committee's members as Hansard lists them: surname first, a dagger, seat and party", () => {
  const text = lines(
    "Public Bill Committee",
    "The Committee consisted of the following Members:",
    "Chairs: † Sir Neil Arden, Dr Rosa Quill",
    "† Barlow, Kevin (Upper Dale and Fenwick) (Con)",
    "† Carver, Dr Nadia (Kings Mallow) (Lab)",
    "Dunmore Price, Hattie (St Ives Bay) (LD)",
    "† Eldon, Mark (Minister for Roads)",
    "† attended the Committee",
    "Witnesses",
    "Lucy Fane, Director, Road Safety Trust",
    "[Sir Neil Arden in the Chair]",
    "The Chair",
    "We will now hear oral evidence from Lucy Fane.",
  );
  const v = view(draftOf(text));

  it("reads each member forename first, with the party, and the seat as no one", () => {
    expect(v.people).toEqual(
      expect.arrayContaining(["Kevin Barlow", "Nadia Carver", "Hattie Dunmore Price", "Mark Eldon", "Lucy Fane"]),
    );
    expect(v.people.some((p) => /^Dr |Upper Dale|Kings Mallow|St Ives|^Dunmore Price$/u.test(p))).toBe(false);
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Kevin Barlow", "Conservative Party"],
        ["Nadia Carver", "Labour Party"],
        ["Hattie Dunmore Price", "Liberal Democrats"],
        ["Lucy Fane", "Road Safety Trust"],
      ]),
    );
  });

  it("keeps the members apart from the witnesses", () => {
    const panel = v.pairs("panellist-in").map(([who]) => who);
    expect(panel).toContain("Lucy Fane");
    expect(panel).not.toContain("Kevin Barlow");
  });
});

describe("witness list entries whose role or organisation has commas", () => {
  const text = lines(
    "Roads, Towns and Regions Committee",
    "Oral evidence: Bus Funding and Rural Routes, HC 412",
    "Members present: Ms Ada Vance (Chair); Tom Ridley.",
    "Witnesses",
    "I: Owen Marsh, Permanent Secretary, Department for Roads, Towns and Regions; Priya Gill, Director General, Road Safety, Freight and Net Zero, Department for Roads, Towns and Regions; and Neil Ames, Head of Policy, Research and Campaigns, Bridgeway.",
    "Examination of witnesses",
    "Q1 Chair: Welcome to you all.",
    "Owen Marsh: Thank you, Chair.",
    "Priya Gill: Good morning.",
  );
  const v = view(draftOf(text));

  it("takes the last pieces that name an organisation for the organisation, the pieces before for the role", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Owen Marsh", "Department for Roads, Towns and Regions"],
        ["Priya Gill", "Department for Roads, Towns and Regions"],
        ["Neil Ames", "Bridgeway"],
      ]),
    );
    expect(v.pairs("affiliated-with").map(([, org]) => org)).not.toContain("Department for Roads");
  });

  it("takes the words of a role for no one's name, and the paper number of the title for no organisation", () => {
    expect(v.people).not.toContain("Net Zero");
    expect(v.people).not.toContain("Rural Routes");
    expect(v.pairs("affiliated-with").map(([, org]) => org)).not.toContain("HC 412");
  });
});

describe("speakers who state their own post in their turn", () => {
  const text = lines(
    "Housing Committee",
    "Members present: Mr Hugo Lyle (Chair); Rita Osei; Sam Kerr.",
    "Witnesses: Dr Jo Penn, Chief Executive, Northway Homes.",
    "Examination of witnesses",
    "Q1 Chair: Before we start, interests. I am a vice president of the Rural Housing Association.",
    "Rita Osei: I am a trustee of the Fenby Almshouse Trust.",
    "Sam Kerr: I am the first to admit I have none.",
    "Q2 Chair: Dr Penn, please introduce yourself.",
    "Dr Penn: My name is Jo Penn. I am also the chair of the Tenants Forum of Northway.",
    "Q3 Chair: And you, Mr Dale?",
    "Ivor Dale: Good morning. My name is Ivor Dale and I am director of lettings at Castlegate Homes.",
  );
  const v = view(draftOf(text));

  it("ties the speaker, and the chair for 'Chair:', to the organisation of 'I am a <post> of <Org>'", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Hugo Lyle", "Rural Housing Association"],
        ["Rita Osei", "Fenby Almshouse Trust"],
        ["Jo Penn", "Tenants Forum of Northway"],
        ["Jo Penn", "Northway Homes"],
        ["Ivor Dale", "Castlegate Homes"],
      ]),
    );
  });

  it("reads no post where the words after 'I am' name none", () => {
    expect(v.pairs("affiliated-with").filter(([who]) => who === "Sam Kerr")).toEqual([]);
  });
});

describe("minutes' lists of those present", () => {
  it("read a board's '– Post and voting member' and '– Member of Staff' as posts with no organisation", () => {
    const v = view(
      draftOf(
        [
          "Board of Directors Meeting",
          "Present",
          "- Mrs K Amberley – Non-Executive Director and voting member",
          "- Dr L Fenn – Medical Director and voting member",
          "- Mr T Oduya – Member of Staff",
          "- Ms R Vale – Chief of Staff",
          "The Chair welcomed everyone.",
          "",
        ].join("\n"),
      ),
    );
    const organisations = v.pairs("affiliated-with").map(([, org]) => org);
    expect(organisations.filter((o) => /\band$|^Staff$/u.test(o ?? ""))).toEqual([]);
  });

  it("read 'Councillors A, B and C' as people without the plural title", () => {
    const v = view(
      draftOf(
        lines(
          "Housing Committee",
          "Present: Councillor Amy Hollis (Chair), Councillors Dee Mount, Raj Patel and Sue Lowe",
          "1. Rent setting",
          "Councillor Patel asked whether the increase would be capped.",
        ),
      ),
    );
    expect(v.people).toEqual(expect.arrayContaining(["Dee Mount", "Raj Patel", "Sue Lowe"]));
    expect(v.people.some((p) => p.startsWith("Councillors"))).toBe(false);
  });
});

describe("a Senedd record's bilingual title block, with no turns", () => {
  const text = [
    "Pwyllgor Tai",
    "",
    "Housing Committee",
    "",
    "Aelodau'r Pwyllgor a oedd yn bresennol",
    "",
    "Committee Members in Attendance",
    "",
    "Gwen Harris",
    "Owain Bevan Cadeirydd y Pwyllgor",
    "Committee Chair",
    "Lowri Pugh",
    "",
    "Y rhai eraill a oedd yn bresennol",
    "",
    "Others in Attendance",
    "",
    "Alys Morgan Cyfarwyddwr, Tai Cymru",
    "Director, Housing Wales",
    "Dafydd Rees Swyddog Polisi, Cymdeithas Tenantiaid",
    "Policy Officer, Tenants Association of Wales",
    "Mari Lloyd Cyfarwyddwr Polisi, a Dirprwy Brif Weithredwr, Tai Cymru",
    "Director of Policy and Research, and Deputy Chief Executive, Housing Wales",
    "",
    "Swyddogion y Senedd a oedd yn bresennol",
    "",
    "Senedd Officials in Attendance",
    "",
    "Elin Rowe Clerc",
    "Clerk",
    "",
  ].join("\n");
  const v = view(draftOf(text));

  it("reads each name without the Welsh post after it, and the Welsh organisations as no one", () => {
    expect(v.people.sort()).toEqual(
      ["Alys Morgan", "Dafydd Rees", "Elin Rowe", "Gwen Harris", "Lowri Pugh", "Mari Lloyd", "Owain Bevan"].sort(),
    );
  });

  it("makes the member whose line says 'Cadeirydd y Pwyllgor' the chair", () => {
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["Owain Bevan"]);
  });

  it("gives each one the English post and organisation of the next line", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Alys Morgan", "Housing Wales"],
        ["Dafydd Rees", "Tenants Association of Wales"],
        ["Mari Lloyd", "Housing Wales"],
      ]),
    );
  });
});

describe("a list of speakers: a name on its line, the post on the next", () => {
  it("gives each the post and organisation of the line under the name", () => {
    const v = view(
      draftOf(
        lines(
          "Speakers",
          "Jane Harper",
          "Chief Executive, Fenby Housing Trust",
          "Tom Akers",
          "Director of Policy, Northway Homes",
        ),
      ),
    );
    expect(v.people).toEqual(["Jane Harper", "Tom Akers"]);
    expect(v.pairs("affiliated-with")).toEqual([
      ["Jane Harper", "Fenby Housing Trust"],
      ["Tom Akers", "Northway Homes"],
    ]);
  });
});

describe("board minutes: the chair marked inside a post", () => {
  it("makes '– Non-Executive Director (Chairman)' the chair", () => {
    const v = view(
      draftOf(
        [
          "Board of Directors Meeting",
          "Present",
          "- Mrs K Amberley – Non-Executive Director (Chairman) and voting member",
          "- Dr L Fenn – Medical Director and voting member",
          "The Chairman welcomed everyone to the meeting.",
          "",
        ].join("\n"),
      ),
    );
    expect(v.pairs("chaired").map(([who]) => who)).toEqual(["K Amberley"]);
  });
});

describe("a committee's formal minutes: witnesses a group to a clause, then 'gave oral evidence'", () => {
  const text = lines(
    "Roads Committee Formal Minutes",
    "Members present:",
    "Mrs Ada Vance, in the Chair",
    "Mr Tom Ridley",
    "Owen Marsh (Chair of fbg and Director General of Fenby Bus Partnership) and Priya Gill (Director General, Northway Transit and Chairman of RTCA), Fenby Bus Group; Neil Ames (Chief Executive, Eastmere Borough Council) and Lucy Fane (Director of Fares & Ticketing), Regional Councils Association, gave oral evidence.",
  );
  const v = view(draftOf(text));

  it("gives every person of a group the organisation after the group's last bracket", () => {
    expect(v.pairs("affiliated-with")).toEqual(
      expect.arrayContaining([
        ["Owen Marsh", "Fenby Bus Group"],
        ["Priya Gill", "Fenby Bus Group"],
        ["Neil Ames", "Regional Councils Association"],
        ["Lucy Fane", "Regional Councils Association"],
      ]),
    );
  });

  it("reads both posts of a bracket, and a bracket with no comma as the post at the group's organisation", () => {
    const pairs = v.pairs("affiliated-with");
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["Owen Marsh", "Fenby Bus Partnership"],
        ["Priya Gill", "Northway Transit"],
        ["Priya Gill", "RTCA"],
        ["Neil Ames", "Eastmere Borough Council"],
      ]),
    );
    expect(pairs.map(([, org]) => org)).not.toContain("Fares & Ticketing");
  });
});

describe("witnesses in a list of 'Name, Post;' entries, the organisation once at its end", () => {
  it("leaves each witness their own organisation where the entries name one", () => {
    const draft = draftOf(
      [
        "Witnesses: Ms Ruth Okafor, Director, Fenby Housing Trust; and Mr Tom Fenner, Head of Policy, Marlow Group, gave evidence.",
        "",
        "Q1 Chairman: Welcome to you both.",
      ].join("\n"),
    );
    const ties = draft.claims
      .filter((c) => c.relation === "affiliated-with")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)])
      .sort();
    expect(ties).toEqual([
      ["Ruth Okafor", "Fenby Housing Trust"],
      ["Tom Fenner", "Marlow Group"],
    ]);
  });

  it("gives every witness the organisation that closes the list, each with their own post (its parts named in them)", () => {
    const draft = draftOf(
      [
        "Witnesses: Ms Ruth Okafor, Head of Audio and Music; Mr Sam Ilves, Controller, Radio 2 and NBC Six; and Mr Tom Fenner, Head of Radio News, NBC, gave evidence.",
        "",
        "Q1 Chairman: Welcome to you all.",
        "",
        "Ms Okafor: Thank you. We are glad to be here.",
      ].join("\n"),
    );
    const ties = affiliationsIn(draft).sort();
    expect(ties).toEqual([
      ["Ruth Okafor", "Head of Audio and Music", "NBC"],
      ["Sam Ilves", "Controller, Radio 2 and NBC Six", "NBC"],
      ["Tom Fenner", "Head of Radio News", "NBC"],
    ]);
  });
});

describe("a debate's 'the Members for Seat (Name) and for Seat (Name)'", () => {
  it("reads the name in brackets as the member and the seat before it as no one", () => {
    const draft = draftOf(
      lines(
        "Mrs Ann Frith (Fenby Central) (Con): I thank my hon. Friends the Members for Marlow and Lea (Sir Peter Dunmore) and for Upper Hadley (Tom Crane), and the hon. Member for Westby (Ruth Okafor), for their work.",
        "Tom Crane (Upper Hadley) (Con): I am grateful to my hon. Friend.",
      ),
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual([
      "Ann Frith",
      "Peter Dunmore",
      "Tom Crane",
      "Ruth Okafor",
    ]);
    expect(draft.entities.filter((e) => e.section === "organisations").map((e) => e.label)).toEqual([
      "Conservative Party",
    ]);
  });
});

/** Who the draft gives the words that open with `words` to, as direct quotes: the labels, once each. */
function saidBy(draft: Draft, words: string): string[] {
  const who = draft.claims.flatMap((c) =>
    c.evidence.some((e) => e.kind === "direct-quote" && e.quote.startsWith(words)) ? [labelIn(draft, c.from)] : [],
  );
  return [...new Set(who)];
}
const chairsOf = (draft: Draft) =>
  draft.claims.filter((c) => c.relation === "chaired").map((c) => labelIn(draft, c.from));

describe("a chair's numbered turns: 'Q76 Chairman:', 'Q12 Chair:', 'Q3 The Chair:'", () => {
  // An older Commons page: the inquiry's heading in capitals with a colon, members one a line, the chair's turns numbered.
  const page = (chairLabel: string) =>
    lines(
      "MINUTES OF EVIDENCE",
      "TAKEN BEFORE",
      "Fenby affairs SELECT committee",
      "HARBOUR ISSUES: dredging",
      "Tuesday 4 March 2025",
      "DR RUTH OKAFOR and MR TOM FENNER",
      "Oral Evidence",
      "Taken before the Fenby Affairs Select Committee",
      "Members present",
      "Mr Alan Crane, in the Chair",
      "Ann Frith",
      "Peter Dunmore",
      "Examination of Witnesses",
      "Witnesses: Dr Ruth Okafor and Mr Tom Fenner, gave evidence.",
      `${chairLabel}: Good morning, and welcome to you both.`,
      "Dr Okafor: Thank you, Chairman. The harbour silts up every winter.",
      "Q2 Ann Frith: Dr Okafor, who pays for the dredging?",
      "Mr Fenner: The port does, for now.",
      `${chairLabel.replace(/\d+/u, "3")}: Thank you both.`,
    );

  for (const label of ["Q76 Chairman", "Q12 Chair", "Q3 The Chair", "Q1129 Chairman"]) {
    it(`gives '${label}:' turns to the member in the chair, and the title heading to no one`, () => {
      const draft = draftOf(page(label));
      expect(saidBy(draft, "Good morning, and welcome")).toEqual(["Alan Crane"]);
      expect(saidBy(draft, "Thank you, Chairman.")).toEqual(["Ruth Okafor"]);
      expect(saidBy(draft, "Dr Okafor, who pays")).toEqual(["Ann Frith"]);
      // A member's question mentions what it asks about; it is no evidence given.
      const asked = draft.claims.filter((c) => c.evidence.some((e) => e.quote.startsWith("Dr Okafor, who pays")));
      expect([...new Set(asked.map((c) => c.relation))]).toEqual(["mentions"]);
      expect(saidBy(draft, "The port does")).toEqual(["Tom Fenner"]);
      expect(saidBy(draft, "Thank you both.")).toEqual(["Alan Crane"]);
      expect(saidBy(draft, "dredging")).toEqual([]);
      expect(chairsOf(draft)).toEqual(["Alan Crane"]);
      expect(view(draft).people).not.toContain("HARBOUR ISSUES");
      expect(draft.entities.find((e) => e.section === "sessions")?.label).toBe(
        "Fenby Affairs Select Committee, 4 March 2025",
      );
    });
  }
});

describe("an agenda heading before the first turn: '<Item>: <Org>; <Org>'", () => {
  it("is no one's words, however many organisations it lists", () => {
    const draft = draftOf(
      lines(
        "Committee for Fenby Affairs, meeting on Wednesday, 2 April 2025",
        "Members present for all or part of the proceedings:",
        "Ms Ann Frith (Chairperson)",
        "Mr Peter Dunmore",
        "Witnesses:",
        "Ms Ruth Okafor, Fenby Harbour Commission",
        "Harbour Dredging Arrangements: Fenby Harbour Commission; Marlow and Westby Port Authority; Upper Hadley District Council",
        "The Chairperson (Ms Frith): You are very welcome, Ruth.",
        "Ms Okafor: Thank you, Chair. The harbour silts up every winter.",
        "Mr Dunmore: Ms Okafor, who pays?",
      ),
    );
    expect(saidBy(draft, "You are very welcome")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "Thank you, Chair.")).toEqual(["Ruth Okafor"]);
    expect(saidBy(draft, "Ms Okafor, who pays?")).toEqual(["Peter Dunmore"]);
    expect(saidBy(draft, "Fenby Harbour Commission;")).toEqual([]);
    expect(view(draft).people).not.toContain("Harbour Dredging Arrangements");
  });
});

describe("speaker labels with the chair's mark, a post or honours in brackets, as the London Assembly prints them", () => {
  const excerpt = (chair: string, guest: string) =>
    lines(
      "Fenby Assembly Transport Committee – Tuesday, 4 March 2025",
      "Transcript of Item 6 – Question and Answer Session",
      `${chair}: We now move to our main item. I welcome Sir Tom Fenner, Commissioner of Fenby Transport. Sir Tom, how did the new timetable go?`,
      `${guest}: Thank you, Chair. Ridership rose by a tenth in the first month, which we did not expect.`,
      "We will publish the figures next week.",
    );

  for (const [chair, guest] of [
    ["Ann Frith AM (Chair)", "Sir Tom Fenner QPM (Commissioner, Fenby Transport)"],
    ["Ann Frith AM (Chairman)", "Sir Tom Fenner KBE (Commissioner, Fenby Transport)"],
    ["Councillor Ann Frith (Chair)", "Sir Tom Fenner (Commissioner of Fenby Transport)"],
    ["Ann Frith (Chairperson)", "Sir Tom Fenner CBE QPM (Commissioner, Fenby Transport)"],
  ]) {
    it(`reads a two-turn excerpt '${chair}:' / '${guest}:' as a hearing`, () => {
      const draft = draftOf(excerpt(chair!, guest!));
      expect(saidBy(draft, "We now move to our main item.")).toEqual(["Ann Frith"]);
      expect(saidBy(draft, "Thank you, Chair.")).toEqual(["Tom Fenner"]);
      expect(saidBy(draft, "We will publish the figures")).toEqual(["Tom Fenner"]);
      expect(affiliationsIn(draft)).toContainEqual(["Tom Fenner", "Commissioner", "Fenby Transport"]);
      expect(chairsOf(draft)).toEqual(["Ann Frith"]);
    });
  }

  it("takes the committee of a title line without its date, and a call a question reports for the caller's proposal", () => {
    const draft = draftOf(
      lines(
        "Fenby Assembly Transport Committee – Tuesday, 4 March 2025",
        "Ann Frith AM (Chair): The Fenby Cyclists Union has called for a ban on pavement parking across the city. Sir Tom, do you support it?",
        "Sir Tom Fenner (Commissioner, Fenby Transport): We support it in principle, Chair.",
      ),
    );
    const organisations = draft.entities.filter((e) => e.section === "organisations").map((e) => e.label);
    expect(organisations).toContain("Fenby Assembly Transport Committee");
    const recommends = draft.claims.filter((c) => c.relation === "recommends").map((c) => labelIn(draft, c.from));
    expect(recommends).toEqual(["Fenby Cyclists Union"]);
  });
});

describe("presiding officers named in brackets: Lords, Commons, Senedd, Holyrood, Stormont", () => {
  const debate = (presiding: string, minister: string) =>
    lines(
      `${presiding}: I call the Minister to open the debate on harbour dredging.`,
      `${minister}: I am grateful. The Government will fund the dredging of Fenby harbour this year.`,
      "Ann Frith (Westby) (Con): Will the Minister say when the money will reach the port?",
      `${minister}: Before the summer.`,
      `${presiding}: That concludes the debate on harbour dredging.`,
    );
  const cases: [string, string, string, string][] = [
    [
      "The Lord Speaker (Lord Crane of Marlow)",
      "Lord Crane of Marlow",
      "Baroness Hale of Westby (Con)",
      "Baroness Hale of Westby",
    ],
    [
      "The Deputy Speaker (Lord Crane of Marlow) (Lab)",
      "Lord Crane of Marlow",
      "The Minister of State, Department for Transport (Baroness Hale of Westby) (Con)",
      "Baroness Hale of Westby",
    ],
    ["Madam Deputy Speaker (Dame Ruth Hale)", "Ruth Hale", "The Minister for Ports (Alan Crane)", "Alan Crane"],
    ["Y Llywydd (Elin Rowlands)", "Elin Rowlands", "Y Prif Weinidog (Dafydd Price)", "Dafydd Price"],
    ["Y Dirprwy Lywydd (Elin Rowlands)", "Elin Rowlands", "Y Gweinidog Trafnidiaeth (Dafydd Price)", "Dafydd Price"],
    [
      "The Deputy Presiding Officer (Elin Rowlands)",
      "Elin Rowlands",
      "The Cabinet Secretary for Transport (Dafydd Price)",
      "Dafydd Price",
    ],
    ["The Principal Deputy Speaker (Mr Dafydd Price)", "Dafydd Price", "The Minister of Infrastructure (Ms Hale)", ""],
  ];
  for (const [presiding, presider, minister, ministerName] of cases) {
    it(`gives '${presiding}:' turns to the one in brackets, who presides, and '${minister}:' to the minister`, () => {
      const draft = draftOf(debate(presiding, minister));
      expect(saidBy(draft, "I call the Minister")).toEqual([presider]);
      expect(saidBy(draft, "That concludes the debate")).toEqual([presider]);
      if (ministerName) expect(saidBy(draft, "I am grateful.")).toEqual([ministerName]);
      expect(saidBy(draft, "Will the Minister say")).toEqual(["Ann Frith"]);
      expect(chairsOf(draft)).toEqual([presider]);
    });
  }

  it("leaves the words of a presiding officer no label names unattributed: 'Mr Speaker:', 'Y Llywydd:'", () => {
    for (const presiding of ["Mr Speaker", "Y Llywydd", "The Deputy Speaker", "The Lord Speaker"]) {
      const draft = draftOf(debate(presiding, "The Minister for Ports (Alan Crane)"));
      expect(saidBy(draft, "I call the Minister")).toEqual([]);
      expect(saidBy(draft, "That concludes the debate")).toEqual([]);
      expect(saidBy(draft, "I am grateful.")).toEqual(["Alan Crane"]);
      expect(saidBy(draft, "Will the Minister say")).toEqual(["Ann Frith"]);
    }
  });
});

describe("a presiding officer's label on a line of its own, the holder in brackets, as re-published Hansard prints it", () => {
  for (const [label, presider] of [
    ["Ruth Hale Portrait Madam Deputy Speaker (Dame Ruth Hale)", "Ruth Hale"],
    ["Lord Crane Portrait The Deputy Speaker (Lord Crane of Marlow) (Lab)", "Lord Crane of Marlow"],
    ["Mr Deputy Speaker (Mr Alan Crane)", "Alan Crane"],
  ]) {
    it(`gives the words under '${label}' to the holder, who presides`, () => {
      const draft = draftOf(
        lines(
          "Harbour Dredging",
          "Volume 750: debated on Thursday 6 March 2025",
          label!,
          "I call Ann Frith to move the motion, with a limit of ten minutes on speeches.",
          "Ann Frith Portrait Ann Frith (Westby) (Con)",
          "I beg to move that this House has considered harbour dredging.",
        ),
      );
      expect(saidBy(draft, "I call Ann Frith")).toEqual([presider]);
      expect(saidBy(draft, "I beg to move")).toEqual(["Ann Frith"]);
      expect(chairsOf(draft)).toEqual([presider]);
    });
  }
});

describe("the Senedd's bilingual labels: 'Y Llywydd / The Presiding Officer:', 'Y Cadeirydd:'", () => {
  it("reads the English half of a label, its holder in brackets", () => {
    const draft = draftOf(
      lines(
        "Y Dirprwy Lywydd / The Deputy Presiding Officer (Elin Rowlands): I call the Minister to open the debate on harbour dredging.",
        "Y Gweinidog Trafnidiaeth / The Minister for Transport (Dafydd Price): Diolch. The Government will fund the dredging this year.",
        "Ann Frith AS: Will the Minister say when the money will reach the port?",
        "Y Llywydd / The Presiding Officer: Thank you, Minister.",
      ),
    );
    expect(saidBy(draft, "I call the Minister")).toEqual(["Elin Rowlands"]);
    expect(saidBy(draft, "The Government will fund")).toEqual(["Dafydd Price"]);
    expect(saidBy(draft, "Thank you, Minister.")).toEqual([]);
    expect(chairsOf(draft)).toEqual(["Elin Rowlands"]);
  });

  it("gives 'Y Cadeirydd:' turns to the committee's chair", () => {
    const draft = draftOf(
      lines(
        "Pwyllgor yr Economi / Economy Committee",
        "Aelodau o'r pwyllgor a oedd yn bresennol",
        "Committee members in attendance",
        "Gareth Price AS Cadeirydd y Pwyllgor",
        "Rhys Lloyd AS",
        "Y Cadeirydd: Bore da. I welcome Nia Rowlands of the Cwm Farming Trust to the committee.",
        "Nia Rowlands: Diolch. Farm incomes have fallen by a fifth.",
        "Rhys Lloyd AS: Ms Rowlands, why have they fallen?",
        "Y Cadeirydd: Diolch yn fawr, Nia. That concludes the session.",
      ),
    );
    expect(saidBy(draft, "I welcome Nia Rowlands")).toEqual(["Gareth Price"]);
    expect(saidBy(draft, "Diolch yn fawr")).toEqual(["Gareth Price"]);
    expect(saidBy(draft, "Ms Rowlands, why")).toEqual(["Rhys Lloyd"]);
    expect(chairsOf(draft)).toEqual(["Gareth Price"]);
    expect(view(draft).people).not.toContain("Y Cadeirydd");
  });
});

describe("a council committee's transcript: 'In the Chair: Councillor X', then 'The Chair:' turns", () => {
  it("gives the chair's turns to the councillor the title block puts in the chair", () => {
    const draft = draftOf(
      lines(
        "Westby Borough Council Scrutiny Committee",
        "In the Chair: Councillor Alan Crane",
        "Also present: Councillor Ann Frith",
        "The Chair: Good evening. I welcome Dr Ruth Okafor, director of public health, to the committee.",
        "Dr Ruth Okafor: Thank you, Chair. Smoking rates have fallen by a third in ten years.",
        "Councillor Ann Frith: Dr Okafor, which wards have gained least?",
        "The Chair: Thank you, Dr Okafor.",
      ),
    );
    expect(saidBy(draft, "I welcome Dr Ruth Okafor")).toEqual(["Alan Crane"]);
    expect(saidBy(draft, "Smoking rates have fallen")).toEqual(["Ruth Okafor"]);
    expect(chairsOf(draft)).toEqual(["Alan Crane"]);
  });
});

describe("a Holyrood official report with each witness's label on a line of its own: 'Name (Organisation)'", () => {
  const text = lines(
    "Transport Committee",
    "Meeting date: Wednesday, March 3, 2010",
    "Buses (Scotland) Bill: Stage 1",
    "The Convener",
    "Item 2 is evidence on the Buses (Scotland) Bill. I welcome our witnesses, who will answer questions in turn.",
    "Ailsa Bruce (Glenmore Bus Users Trust)",
    "Our passengers have lost half of their routes in five years, and the rest run twice a day at best.",
    "Hamish Wylie (Tayport Council)",
    "We cannot run routes that no operator will bid for without money from the Government.",
  );
  const draft = draftOf(text);

  it("opens a turn at each witness's label line and gives the words under it to that witness", () => {
    const quotes = quotesOf(draft);
    expect(quotes).toEqual(
      expect.arrayContaining([
        [
          "Ailsa Bruce",
          "Our passengers have lost half of their routes in five years, and the rest run twice a day at best.",
        ],
        ["Hamish Wylie", "We cannot run routes that no operator will bid for without money from the Government."],
      ]),
    );
    expect(quotes.some(([, q]) => q.includes("(Tayport Council)"))).toBe(false);
  });

  it("reads an excerpt of the convener and one witness as a hearing, but no 'Name (Organisation)' lines without the office", () => {
    const excerpt = text.slice(0, text.indexOf("Hamish Wylie"));
    expect(turnsOf(excerpt)).toEqual([
      [
        "The Convener",
        "Item 2 is evidence on the Buses (Scotland) Bill. I welcome our witnesses, who will answer questions in turn.",
      ],
      [
        "Ailsa Bruce",
        "Our passengers have lost half of their routes in five years, and the rest run twice a day at best.",
      ],
    ]);
    const writeup = lines(
      "Our speakers",
      "Ailsa Bruce (Glenmore Bus Users Trust)",
      "Ailsa has run the trust for ten years and campaigns for better rural services across the county.",
      "Hamish Wylie (Tayport Council)",
      "Hamish leads the council's transport team and has written widely on rural buses and their funding.",
      "Rory Baird (Clydeside Buses)",
      "Rory founded the firm in 2004 and now runs forty routes across the west of the county every day.",
    );
    expect(turnsOf(writeup)).toEqual([]);
  });
});

describe("older Commons minutes of evidence: numbered questions with no name, answers opening '(Mr Name)'", () => {
  const text = lines(
    "43. Good afternoon. Perhaps you could begin by introducing yourselves and saying what you do.",
    "(Mr Garside) Yes. I am Peter Garside. I am the Company Secretary of Fenby Post, the holding company for the group.",
    "58. Why is the list of branches confidential?",
    "(Mr Garside) It is not confidential now; we will send it to the Committee.",
  );
  const draft = draftOf(text);

  it("opens a turn at each answer's '(Mr Name)' and at each numbered question, the questions no one's", () => {
    expect(turnsOf(text, true)).toEqual([
      ["43.", "Good afternoon. Perhaps you could begin by introducing yourselves and saying what you do.", true],
      [
        "Mr Garside",
        "Yes. I am Peter Garside. I am the Company Secretary of Fenby Post, the holding company for the group.",
        false,
      ],
      ["58.", "Why is the list of branches confidential?", true],
      ["Mr Garside", "It is not confidential now; we will send it to the Committee.", false],
    ]);
  });

  it("takes the witness in the brackets for the one named in full in the answer, and reads no '(Reuters)' as a speaker", () => {
    expect(view(draft).people).toEqual(["Peter Garside"]);
    expect(quotesOf(draft).filter(([, q]) => q.includes("confidential?") || q.includes("Good afternoon"))).toEqual([]);
    expect(turnsOf(lines("(Reuters) The firm said on Monday it would close forty branches.", "58. Why?"))).toEqual([]);
  });
});

describe("a bill committee's witnesses as a re-publishing site prints them: 'Name:' alone on its line", () => {
  const text = lines(
    "Examination of Witnesses",
    "Building Repair Bill – in a Public Bill Committee at 2:00 pm on 4th May 2026.",
    "Ann Frith and Dr Tom Reyes gave evidence.",
    "Photo of Jo Marsh Jo Marsh Conservative, Fenby",
    "Q28 We turn now to our third panel. Could the witnesses please introduce themselves for the record?",
    "Ann Frith:",
    "Good afternoon. I am Ann Frith, chief executive of the Fenby Housing Trust. I have held that role for two years.",
    "Dr Reyes:",
    "Good afternoon. I am Tom Reyes, director of the Marlow Institute. Repairs are our main concern.",
    "Photo of Jo Marsh Jo Marsh Conservative, Fenby",
    "Thank you both for coming today.",
  );
  const analysis = analyseText(text, new KnownEntities([]));
  const said = analysis.speeches.map((s) => [s.speaker, text.slice(s.quote.inner.start, s.quote.inner.start + 15)]);

  it("gives the paragraph under each label line to the one it names, not to the member who spoke before", () => {
    expect(said).toContainEqual(["ann frith", "Good afternoon."]);
    expect(said).toContainEqual(["tom reyes", "Good afternoon."]);
    expect(said.filter(([speaker]) => speaker === "jo marsh").map(([, words]) => words)).toEqual([
      "Q28 We turn now",
      "Thank you both ",
    ]);
  });

  it("takes 'Examination of Witnesses' over a sitting's time line for a section, no one's name", () => {
    expect([...analysis.found.people.keys()]).not.toContain("examination of witnesses");
  });
});

describe("a title block whose chair the people finder does not read as a name", () => {
  const text = [
    "Joint Committee on Rural Housing",
    "Oral evidence: Repairs",
    "Monday 3 March 2025",
    "Members present: Jo Western (The Chair); Lord Fenby; Kate Marsh; Ian Moss.",
    "Witnesses",
    "I: Dr Ann Frith, Director, Fenby Housing Trust; Dr Tom Reyes, Fellow, Marlow Institute.",
    "Q1 The Chair: Welcome to this meeting of the committee. Can I ask the witnesses to introduce themselves?",
    "Dr Ann Frith: I run the Fenby Housing Trust.",
    "The Chair: Thank you for joining us.",
    "",
  ].join("\n");

  it("takes the name the title block marks '(The Chair)' for the chair, whose turns are theirs", () => {
    const analysis = analyseText(text, new KnownEntities([]));
    expect(analysis.cast?.chair).toBe("jo western");
    expect(analysis.speeches.filter((s) => s.speaker === "jo western").length).toBe(2);
  });
});

describe("a programme's parts and panel lists", () => {
  it("are no turns: 'Part I: <title>', 'Chair: Name (Org)', 'Panelist-1: Name (Org)'", () => {
    const text = lines(
      "What a strong line-up of panellists we had for the Fenby Skies evening.",
      "Part I: Dark Skies: Why are astronomers worried?",
      "Chair: Ann Frith (Univ. Fenby)",
      "Panelist-1: Tom Reyes (Marlow Institute)",
      "Panelist-2: Kate Marsh (Fenby Trust)",
      "Part II: Satellites: who decides what is launched?",
      "Chair: Ian Moss (Univ. Marlow)",
      "Panelist-1: Jo Bell (Skyward Ltd)",
      "Panelist-2: Sam Yeo (Fenby Trust)",
    );
    const analysis = analyseText(text, new KnownEntities([]));
    expect(analysis.speeches).toEqual([]);
  });
});

describe("an event page whose lines have colons but no one speaks twice", () => {
  it("reads no turns in '<Title>: <subtitle>', 'Name: Role at Org' and 'Chair: Name, Role' lines", () => {
    const text = lines(
      "Town Halls: Who still goes to them?",
      "12 March 2025, 6:00 pm–7:30 pm",
      "Town halls are back in fashion. But who goes to them, and what are they for? This panel brings together people who run them.",
      "Confirmed speakers:",
      "Ann Frith, Leader of Westby Borough Council",
      "Tom Reyes: Head of Programmes at Civic Futures",
      "Chair: Kate Marsh, Director of the Fenby Democracy Centre, and author of a book on town meetings.",
    );
    const paragraphs = paragraphsOf(text);
    expect(readTranscript(text, paragraphs)).toBeUndefined();
    const draft = draftOf(text);
    expect(saidBy(draft, "Who still goes")).toEqual([]);
    expect(saidBy(draft, "Head of Programmes")).toEqual([]);
    expect(saidBy(draft, "Town halls are back")).toEqual([]);
  });

  it("still reads a panel transcript in which a speaker speaks again", () => {
    const text = lines(
      "Ann Frith: Who here has been to a town hall meeting this year?",
      "Tom Reyes: I have, twice, and both were full.",
      "Kate Marsh: Ours was half empty in the winter.",
      "Ann Frith: Why do you think that was?",
    );
    expect(readTranscript(text, paragraphsOf(text))?.turns).toHaveLength(4);
  });
});

describe("a Holyrood members' business debate: the presiding officer's label line, then 'Motion debated,'", () => {
  const draft = draftOf(
    lines(
      "Meeting of the Parliament",
      "Harbour Week (10th Anniversary)",
      "The Deputy Presiding Officer (Elin Rowlands)",
      "The next item of business is a members’ business debate on motion S6M-01234, in the name of Ann Frith, on harbour week.",
      "I invite members who wish to speak to press their buttons now.",
      "Motion debated,",
      "That the Parliament welcomes the tenth Harbour Week; notes the work of harbour volunteers, and thanks them.",
      "Ann Frith (Westby) (SNP)",
      "It is a privilege to open this debate, and I thank every member who signed the motion.",
    ),
  );

  it("reads the two label lines as turns, the presiding officer's as hers", () => {
    expect(saidBy(draft, "The next item of business")).toEqual(["Elin Rowlands"]);
    expect(saidBy(draft, "It is a privilege")).toEqual(["Ann Frith"]);
    expect(chairsOf(draft)).toEqual(["Elin Rowlands"]);
  });

  it("gives the motion's text to no one", () => {
    expect(saidBy(draft, "That the Parliament welcomes")).toEqual([]);
  });
});

describe("a news page's furniture lines with colons", () => {
  it("are no turns: 'Photo: …', 'Source: …', 'Summary: …', so the article's quotations keep their speakers", () => {
    for (const [a, b] of [
      ["Photo", "Source"],
      ["Image credit", "Editor's note"],
      ["Summary", "Background"],
    ]) {
      const text = lines(
        "Harbour fees to rise by a fifth",
        `${a}: Fenby Harbour at low tide`,
        "Fenby Borough Council will raise harbour fees from April, its leader Ann Frith announced on Tuesday.",
        "“We have held fees down for six years and cannot do so any longer,” said Ms Frith.",
        `${b}: Fenby Borough Council budget papers`,
        "Tom Reyes, of the Fenby Fishermen's Association, said: “This will drive boats to Marlow.”",
        `${a}: Boats in the outer harbour`,
        `${b}: Harbour Users Survey 2024`,
      );
      expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
      const draft = draftOf(text);
      expect(saidBy(draft, "We have held fees down")).toEqual(["Ann Frith"]);
      expect(saidBy(draft, "This will drive boats")).toEqual(["Tom Reyes"]);
    }
  });

  it("are no turns when their lines read as sentences: 'Editor's Note: This story was updated …'", () => {
    const text = lines(
      "Harbour fees to rise by a fifth",
      "Photo Credit: The outer harbour at low tide, taken by a reader from the sea wall last winter.",
      "Fenby Borough Council will raise harbour fees from April, its leader Ann Frith announced on Tuesday.",
      "“We have held fees down for six years and cannot do so any longer,” said Ms Frith.",
      "Editor's Note: This story was updated on Wednesday to give the date the new fees start.",
      "Tom Reyes, of the Fenby Fishermen's Association, said: “This will drive boats to Marlow.”",
      "Image Credit: Fishing boats tied up at the fish quay, taken by the harbour master in May.",
      "Main Photo: The harbour office, where the council will collect the new fees from April.",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
    expect(saidBy(draftOf(text), "This will drive boats")).toEqual(["Tom Reyes"]);
  });
});

describe("a programme that names each speaker twice: 'Name: Role' in a list, 'Name: <talk>' in the running order", () => {
  it("is no transcript: lines of a few words with no sentence's end are no turns", () => {
    const text = lines(
      "Fenby Coast Forum 2025: programme",
      "The forum brings together councils, fishermen and scientists to discuss the future of the harbour.",
      "Speakers",
      "Ann Frith: Leader, Fenby Borough Council",
      "Tom Reyes: Chair, Fenby Fishermen's Association",
      "Kate Marsh: Professor of Marine Science, University of Fenby",
      "Programme",
      "Ann Frith: Welcome and opening remarks",
      "Kate Marsh: What the survey tells us",
      "Tom Reyes: A fisherman's view",
      "After the forum, Ann Frith said: “We heard some hard truths today.”",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
    const draft = draftOf(text);
    expect(saidBy(draft, "Welcome and opening")).toEqual([]);
    expect(saidBy(draft, "We heard some hard truths")).toEqual(["Ann Frith"]);
  });
});

describe("a Holyrood official report's witness label with a title and no organisation: 'Professor Name'", () => {
  it("opens a turn at the titled name alone on its line, in a report with the convener's office line", () => {
    const text = lines(
      "Transport Committee",
      "Meeting date: Wednesday, March 3, 2010",
      "The Convener",
      "Item 2 is evidence on rural buses. What has happened to the routes?",
      "Ailsa Bruce (Glenmore Bus Users Trust)",
      "Our passengers have lost half of their routes in five years.",
      "Professor Hamish Wylie",
      "I agree with Ailsa Bruce. The routes that remain run twice a day at best.",
    );
    expect(turnsOf(text)).toEqual([
      ["The Convener", "Item 2 is evidence on rural buses. What has happened to the routes?"],
      ["Ailsa Bruce", "Our passengers have lost half of their routes in five years."],
      ["Professor Hamish Wylie", "I agree with Ailsa Bruce. The routes that remain run twice a day at best."],
    ]);
  });

  it("takes no titled name alone on a line for a label in a text without the office line", () => {
    const text = lines(
      "Our speakers",
      "Professor Hamish Wylie",
      "Hamish leads the university's transport research and has written widely on rural buses.",
      "Dr Ailsa Bruce",
      "Ailsa has run the trust for ten years and campaigns for better rural services.",
      "Rory Baird: We should ask them both about funding, which is what everyone wants to hear about.",
    );
    expect(turnsOf(text)).toEqual([]);
  });
});

describe("the chair's first turn, short: 'Chair: Good morning, everyone.'", () => {
  it("is the chair speaking, not a chair declared: a declaration names someone in capitalised words", () => {
    const text = lines(
      "Transport Committee",
      "Oral evidence: Rural buses, HC 412",
      "Members present: Helen Marsh (Chair); Tom Reyes; Ann Frith.",
      "Witnesses: Kate Bell, Chief Executive, Fenby Buses; Ian Moss, Director, Rural Transport Trust.",
      "Chair: Good morning, everyone.",
      "Kate Bell: Good morning. We run forty routes.",
      "Chair: Thank you. Mr Moss?",
      "Ian Moss: Our members have lost half their buses.",
    );
    const draft = draftOf(text);
    expect(saidBy(draft, "Good morning, everyone.")).toEqual(["Helen Marsh"]);
    expect(chairsOf(draft)).toEqual(["Helen Marsh"]);
    const declared = lines(
      "Fenby Harbour Forum",
      "Chair: Helen Marsh",
      "Kate Bell: Good morning. We run forty routes.",
      "Ian Moss: Our members have lost half their buses.",
      "Kate Bell: And we lose money on thirty of them.",
    );
    expect(chairsOf(draftOf(declared))).toEqual(["Helen Marsh"]);
  });
});

describe("a time of day with 'am' or 'pm' alone on its line between turns", () => {
  it("ends the turn before it, like '10:01'", () => {
    const text = lines(
      "Ann Frith (Westby) (Con): The harbour must stay open.",
      "Tom Reyes (Fenby) (Lab): It must, and the fleet with it.",
      "Ann Frith (Westby) (Con): Then we agree.",
      "2.31 pm",
      "Sitting suspended.",
    );
    expect(turnsOf(text).map(([, words]) => words)).toEqual([
      "The harbour must stay open.",
      "It must, and the fleet with it.",
      "Then we agree.",
    ]);
  });
});

describe("a moderator's label with the holder in brackets: 'Moderator (Name):'", () => {
  it("is a turn of the one in brackets each time, not words of the speaker before", () => {
    const text = lines(
      "Moderator (Kate Marsh): Welcome, everyone. Ann, what is the council doing about the harbour?",
      "Ann Frith (Fenby Borough Council): We have set aside £4m for dredging.",
      "Tom Reyes, Fenby Fishermen's Association: That is not enough, and it comes too late.",
      "Moderator (Kate Marsh): Tom, what would be enough?",
      "Tom Reyes, Fenby Fishermen's Association: Twice that.",
    );
    const draft = draftOf(text);
    expect(saidBy(draft, "Ann, what is the council doing")).toEqual(["Kate Marsh"]);
    expect(saidBy(draft, "Tom, what would be enough?")).toEqual(["Kate Marsh"]);
    expect(saidBy(draft, "That is not enough")).toEqual(["Tom Reyes"]);
  });
});

describe("a public inquiry's transcript: a witness called '(affirmed)', then 'Q.' and 'A.' paragraphs", () => {
  it("gives each answer to the witness and each question to the counsel who asked by name", () => {
    const text = lines(
      "Harbour Inquiry",
      "Day 12, Tuesday 4 March 2026",
      "THE CHAIR: Good morning. Ms Bell.",
      "MS BELL: Good morning, my Lord. May I call Mr Tom Reyes.",
      "MR TOM REYES (affirmed)",
      "Questions from COUNSEL TO THE INQUIRY",
      "MS BELL: Mr Reyes, could you give the Inquiry your full name?",
      "A. Thomas Alan Reyes.",
      "Q. You chair the Fenby Fishermen's Association?",
      "A. I do, and have done since 2015.",
      "Q. When did you first raise the silt with the council?",
      "A. In 2019, in a letter to the harbour master.",
    );
    const answers = turnsOf(text).filter(([, words]) => /^(?:I do|In 2019)/u.test(words as string));
    expect(answers.map(([who]) => who)).toEqual(["MR TOM REYES", "MR TOM REYES"]);
    const draft = draftOf(text);
    expect(saidBy(draft, "I do, and have done since 2015.")).toEqual(["Tom Reyes"]);
    expect(saidBy(draft, "When did you first raise")).toEqual(["Ms Bell"]);
    expect(saidBy(draft, "In 2019, in a letter")).toEqual(["Tom Reyes"]);
  });
});

describe("a public inquiry's excerpt with no chair's turn: the witness's '(sworn)' line makes it a hearing", () => {
  it("reads counsel's two turns and the witness's answers", () => {
    const text = lines(
      "Harbour Inquiry, Day 3",
      "MS BELL: Good morning. May I call Mr Tom Reyes.",
      "MR TOM REYES (sworn)",
      "MS BELL: Mr Reyes, you chair the Fenby Fishermen's Association?",
      "A. I do, and have done since 2015.",
      "Q. When did you first raise the silt with the council?",
      "A. In 2019, in a letter to the harbour master.",
    );
    const answers = turnsOf(text).filter(([, words]) => /^(?:I do|In 2019)/u.test(words as string));
    expect(answers.map(([who]) => who)).toEqual(["MR TOM REYES", "MR TOM REYES"]);
  });
});

describe("an interview's 'Q:' and 'A:' labels", () => {
  it("are no speakers' labels (a one-word label must be a name), so the text's quotations keep their speakers", () => {
    const text = lines(
      "Five questions for Dr Ann Frith",
      "A Fenby councillor for twenty years, Dr Ann Frith now leads the council. We asked her about the harbour.",
      "Q: What worries you most?",
      "A: The timing. Dredging in spring disturbs the spawning grounds.",
      "Q: Would you change it?",
      "A: I would move the work to the autumn.",
      "Tom Reyes, a fisherman, said: “Nobody asked us.”",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
    const analysis = analyseText(text, new KnownEntities([]));
    expect(analysis.speeches.map((sp) => analysis.found.people.get(sp.speaker)?.label)).toEqual(["Tom Reyes"]);
  });
});

describe("a short excerpt of a panel: the chair's turn and two panellists' once each", () => {
  it("is a transcript: the chair speaking makes three turns by three speakers a conversation", () => {
    const text = lines(
      "Fenby Coast Forum: the harbour panel, an excerpt",
      "Chair: Welcome to the panel. Ann, what is the council doing about the harbour?",
      "Ann Frith: We have set aside four million pounds for dredging this year.",
      "Tom Reyes: That is not enough, and it comes far too late for the boats.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["Chair", "Ann Frith", "Tom Reyes"]);
  });
});

describe("a witness's label on its own line with the organisation in brackets: 'Name (Organisation):'", () => {
  it("is a turn, so the chair's words stop at it and the witness's answer is the witness's", () => {
    const text = lines(
      "COMMITTEE FOR FENBY AFFAIRS",
      "Members present for all or part of the proceedings:",
      "Mr Tom Reyes (Chairperson)",
      "Ms Kate Marsh",
      "The Chairperson:",
      "I welcome Ann Frith and Sam Bell of the Fenby na Mara Trust. You are very welcome here this morning.",
      "Ms Ann Frith (Fenby na Mara Trust):",
      "Thank you for having us. The harbour has silted up for ten years and nobody has measured it since 2019.",
      "The Chairperson:",
      "Thank you. Sam, do you want to add anything?",
      "Mr Sam Bell:",
      "Only that the boats cannot land at low tide any more.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual([
      "The Chairperson",
      "Ms Ann Frith",
      "The Chairperson",
      "Mr Sam Bell",
    ]);
  });
});

describe("an excerpt of two turns: the chair's office with its article, then a witness", () => {
  it("is a transcript: 'The Convener:' speaking makes two turns by two speakers a hearing's", () => {
    const text = lines(
      "Harbours Committee, 4 March 2009",
      "The Convener:",
      "Item 1 is the harbour plan. I welcome Ann Frith, who is the chief executive of the Fenby na Mara Trust, and invite her to make an opening statement.",
      "Ann Frith (Fenby na Mara Trust):",
      "Thank you, convener. The harbour has silted up for ten years and nobody has measured it since 2019.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["The Convener", "Ann Frith"]);
  });
});

describe("a one-word label of no name from the closed list of those who speak unnamed: 'Questioner:', 'Interviewer:'", () => {
  it("is a turn when it recurs, so a question from the floor does not run into the panellist's answer before it", () => {
    const text = lines(
      "Fenby Coast Forum: questions from the floor",
      "Chair: We have time for questions. Yes, at the back.",
      "Questioner: Why has the harbour not been dredged since 2019?",
      "Ann Frith: Because the money went to the sea wall, and the wall could not wait.",
      "Questioner: And the boats, can they wait?",
      "Tom Reyes: They have waited long enough, and some of them have already gone to Whitby.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["Chair", "Questioner", "Ann Frith", "Questioner", "Tom Reyes"]);
  });
});

describe("a short excerpt of a panel: three people, each named in full on their label, speaking once", () => {
  it("is a transcript: three turns by three people are a conversation", () => {
    const text = lines(
      "The harbour panel, an excerpt",
      "Kate Marsh: The harbour has silted up for ten years, and the boats cannot land at low tide.",
      "Ann Frith: We have set aside four million pounds for dredging this year.",
      "Tom Reyes: That is not enough, and it comes far too late for the boats.",
    );
    expect(turnsOf(text).map(([who]) => who)).toEqual(["Kate Marsh", "Ann Frith", "Tom Reyes"]);
  });

  it("is not one when the three labels are no one's names ('Key Findings: …')", () => {
    const text = lines(
      "The harbour review in brief",
      "Key Findings: The harbour has silted up for ten years, and the boats cannot land at low tide.",
      "Next Steps: The council will set aside four million pounds for dredging this year.",
      "Our View: That is not enough, and it comes far too late for the boats.",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
  });
});

describe("a programme's three 'Name: Role of Org, which …' lines, each a sentence", () => {
  it("is no transcript: no one speaks in the first or second person", () => {
    const text = lines(
      "The harbour panel: speakers",
      "Kate Marsh: Director of the Fenby Trust, which has campaigned for the harbour since 2010.",
      "Ann Frith: Leader of Fenby Council since 2019, and a member of the harbour board.",
      "Tom Reyes: A fisherman for thirty years, and chair of the Fenby boat owners' association.",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
  });
});

describe("one-word labels that are surnames the text writes in full: 'Okafor:' for Ruth Okafor", () => {
  it("are a speaker's turns where the text names them in full, and no turns where it does not", () => {
    const turns = [
      "Okafor: The tide came in early this year, and the boats could not land.",
      "Hughes: We lost a week of fishing to it.",
      "Okafor: The council must dredge the channel.",
      "Hughes: It has promised to do so by May.",
    ];
    const named = lines("The harbour panel", "With Ruth Okafor, and Tom Hughes.", ...turns);
    expect(turnsOf(named).map(([who]) => who)).toEqual(["Okafor", "Hughes", "Okafor", "Hughes"]);
    expect(turnsOf(lines("The harbour panel", ...turns))).toEqual([]);
  });
});

// Stop 40 (set 61): an uncorrected Commons evidence transcript whose cover page names all the day's witnesses in
// capitals on one line, while the text holds only the first session. Invented names.
describe("a Commons evidence transcript's cover page naming its witnesses in capitals", () => {
  const transcript = (cover: string) =>
    lines(
      "UNCORRECTED TRANSCRIPT OF ORAL EVIDENCE To be published as HC 101-i",
      "HOUSE OF COMMONS",
      "MINUTES OF EVIDENCE",
      "TAKEN BEFORE",
      "HARBOURS COMMITTEE",
      "TOWARDS SAFER HARBOURS",
      "Wednesday 4 May 2028",
      "LORD PELLOW OF TARRANT",
      cover,
      "Evidence heard in Public Questions 1 - 90",
      "Members present",
      "Mr Ewan Tarrow, in the Chair",
      "Gilda Marsh",
      "Witness: Lord Pellow of Tarrant, a Member of the House of Lords, gave evidence.",
      "Q1 Chairman: Lord Pellow, you are very welcome. Why did the harbours silt up?",
      "Lord Pellow of Tarrant: The dredging budget was cut twice in four years.",
      "Q2 Gilda Marsh: What would you change first?",
      "Lord Pellow of Tarrant: I would restore the dredging budget before anything else.",
    );

  it("reads each name of the cover line as a person", () => {
    const v = view(draftOf(transcript("ANN FRITH CBE, TOM REED CBE, JOHN PRATT and MARY LAMB")));
    expect(v.people).toEqual(expect.arrayContaining(["Ann Frith", "Tom Reed", "John Pratt", "Mary Lamb"]));
  });

  // Stop 42 (set 65): ministers on the cover, each with the style and the member's letters.
  it("reads a minister's style and letters on the cover line as no part of the name", () => {
    const v = view(draftOf(transcript("RT HON ANN FRITH MP AND RT HON TOM REED MP")));
    expect(v.people).toEqual(expect.arrayContaining(["Ann Frith", "Tom Reed"]));
    expect(v.people.some((p) => /\bMp\b|\bAnd\b/u.test(p))).toBe(false);
  });

  it("reads no person from a line in capitals that names bodies or a title", () => {
    const v = view(draftOf(transcript("FENBY HARBOUR BOARD, MARLOW FERRY TRUST and TARRANT PORTS")));
    expect(v.people.some((p) => /Fenby|Marlow|Tarrant Ports/iu.test(p))).toBe(false);
    expect(v.people.some((p) => /Harbour Board|Ferry Trust/iu.test(p))).toBe(false);
  });

  it("reads no person from one name in capitals alone on its line", () => {
    const v = view(draftOf(transcript("ANN FRITH CBE")));
    expect(v.people).not.toContain("Ann Frith");
  });
});
