// People and organisations found with an EMPTY registry (a new user's first text), each on a small text written for
// this test (names, places and organisations invented or common): people named in passing, with no post, speech or
// list beside them, known by the shape of their name; and what has a name's shape but is no person.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const people = (draft: Draft) => draft.entities.filter((e) => e.section === "people").map((e) => e.label);
const peopleIn = (text: string) => people(draftOf(text)).sort();

describe("people named in passing, with an empty registry", () => {
  it("finds a given name and surname with nothing around them: an aside, a list, a possessive", () => {
    expect(
      peopleIn(
        [
          "As Helen Marsh argued in 2019, the funding formula was never fit for purpose.",
          "Ministers including Gordon Pike and Janet Lowe have defended it since.",
          "Robert Hale’s 2012 review came to the same view, as did Olivia Grant's.",
          "The rules were first written in the style of the 1990s.",
        ].join("\n"),
      ),
    ).toEqual(["Gordon Pike", "Helen Marsh", "Janet Lowe", "Olivia Grant", "Robert Hale"]);
  });

  it("finds names with titles, initials, particles, hyphens and apostrophes", () => {
    expect(
      peopleIn(
        [
          "Apologies were received from Mr Tarrant, Mrs Eddowes and Professor Quill.",
          "The paper cites J. Pemberton and a note by Emma Lowther-Price.",
          "Its foreword is by Daniel O'Rourke, and the data came from Karen McTaggart.",
        ].join("\n"),
      ),
    ).toEqual([
      "Daniel O'Rourke",
      "Emma Lowther-Price",
      "J. Pemberton",
      "Karen McTaggart",
      "Mr Tarrant",
      "Mrs Eddowes",
      "Professor Quill",
    ]);
  });

  it("ends a name at a post's words: before it ('for Work and Pensions Esther Vane'), after it ('Political editor')", () => {
    expect(
      peopleIn(
        [
          "The Secretary of State for Work and Pensions Esther Vane spoke first.",
          "- Owen Pryce Political editor owen.pryce@example.org",
          "Mary Jane Oakes chaired.",
        ].join("\n\n"),
      ),
    ).toEqual(["Esther Vane", "Mary Jane Oakes", "Owen Pryce"]);
  });

  it("finds a surname the lexicon knows after a given name it does not", () => {
    expect(peopleIn("Press releases, put together by Tavi Hernandez’s team, were widely covered.")).toEqual([
      "Tavi Hernandez",
    ]);
  });

  it("does not take places, rooms, headings, dates or organisations for people", () => {
    expect(
      peopleIn(
        [
          "The meeting was held in the Albert Room, near Victoria Station, on Monday.",
          "Grace Period Ends For Landlords",
          "The Leonard Harcourt Disability charity and the Florence Nightingale Foundation responded.",
          "Universal Credit and Second Reading were both discussed in June.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads initials written together ('J.R. Hartley') as a name's, and the style 'H.E.' as no part of one", () => {
    expect(
      peopleIn(
        [
          "The paper cites J.R. Hartley and a note by Professor A.J. Moss.",
          "Speakers included Secretary General H.E. Marco Valdieri, who spoke after the U.N. envoy.",
        ].join("\n"),
      ),
    ).toEqual(["A.J. Moss", "J.R. Hartley", "Marco Valdieri"]);
  });

  it("does not take a photo's credit, nor a surname before its given name in a list of members", () => {
    expect(peopleIn("The policy was debated at length.\n\nPhoto by Marta Oliveira on Unsplash")).toEqual([]);
    expect(
      peopleIn(
        [
          "The Committee consisted of the following Members:",
          "Hale Smith, Laura (Fenby North) (Lab)",
          "Noor, Amina (Westvale) (Con)",
        ].join("\n\n"),
      ),
    ).not.toContain("Hale Smith");
  });
});

const organisations = (draft: Draft) => draft.entities.filter((e) => e.section === "organisations").map((e) => e.label);
const organisationsIn = (text: string) => organisations(draftOf(text)).sort();

describe("organisations found with an empty registry", () => {
  it("finds the parties prose names, with no bracket: adjectives, plurals, nicknames, possessives", () => {
    expect(
      organisationsIn(
        [
          "Conservative councillors will press the council to restore the bus grant.",
          "The Tories say the cut was forced on them; Labour wants the grant doubled.",
          "At the Liberal Democrats’ spring conference, the motion passed.",
          "Plaid Cymru Housing spokesperson Eryl Vaughan said: “It is not enough.”",
        ].join("\n"),
      ),
    ).toEqual(["Conservative Party", "Labour Party", "Liberal Democrats", "Plaid Cymru"]);
  });

  it("does not take the labour of economics, or a party word inside another name, for a party", () => {
    expect(
      organisationsIn(
        ["Labour market figures were weak this quarter.", "Conservative estimates put the gap at £2bn."].join("\n"),
      ),
    ).toEqual([]);
  });

  it("finds the devolved governments and HM Treasury, not the background of every UK text", () => {
    expect(
      organisationsIn(
        [
          "Pressure is growing on the UK Government ahead of the Budget, and the Scottish Government agrees.",
          "Her Majesty's Treasury did not confirm the figure; HM Treasury rarely does.",
          "The bill was debated in the House of Lords on Thursday.",
        ].join("\n"),
      ),
    ).toEqual(["HM Treasury", "Scottish Government"]);
    // "government" in lower case, as news often writes it.
    expect(organisationsIn("The Welsh government said the plan would go ahead.")).toEqual(["Welsh government"]);
  });

  it("finds a newspaper named as where words were published, not a book's title", () => {
    expect(
      organisationsIn(
        [
          "Writing in The Clarion on 12 May, one carer described the strain.",
          "The think tank's director has written for The Courier making the case for reform.",
          "She is the author of The Long Wait, a history of the waiting list.",
        ].join("\n"),
      ),
    ).toEqual(["The Clarion", "The Courier"]);
  });

  it("finds a newspaper 'seen by' or 'according to', and a paper in one word told something, not a person told", () => {
    expect(
      organisationsIn(
        [
          "In an email seen by The Herald, an adviser said the line was closed.",
          "According to The Courier, the plan failed. “It is wrong,” he told PolicyWorld.",
          "He told Tom Reed that the figures were late.",
        ].join("\n"),
      ),
    ).toEqual(["PolicyWorld", "The Courier", "The Herald"]);
  });

  it("reads a name after its modifier ('X-based', 'X-run'), and not an event or a tax as an organisation", () => {
    expect(
      organisationsIn(
        [
          "The Fenby-based Rowan Foundation said the rise was unfair.",
          "Conservative-run Marlshire County Council disagreed.",
          "The Council Tax rise was agreed at this year’s Green Party Conference.",
        ].join("\n"),
      ),
    ).toEqual(["Conservative Party", "Green Party", "Marlshire County Council", "Rowan Foundation"]);
  });
});

describe("a Lords committee's list of members present, surname first with the rank's letter", () => {
  it("reads 'Surname of Place, B' as a baroness, 'Surname, L' as a lord and a see alone as its bishop", () => {
    const text = [
      "TUESDAY 3 MARCH 2009",
      "",
      "Present",
      "Ashcombe-Rigg of Lowmoor, B",
      "Pellow, L (Chairman)",
      "Truscott of Wenfield, B",
      "Birmingham, B",
      "Dankworth, L",
      "",
      "Witnesses: Ms Hazel Crane, Director of Services, Marlshire Trust, gave evidence.",
      "",
      "Q12 Chairman: Welcome. Would you begin?",
      "",
      "Ms Crane: Thank you. The service has grown over the year.",
    ].join("\n");
    expect(peopleIn(text)).toEqual([
      "Baroness Ashcombe-Rigg of Lowmoor",
      "Baroness Truscott of Wenfield",
      "Bishop of Birmingham",
      "Hazel Crane",
      "Lord Dankworth",
      "Lord Pellow",
    ]);
  });
});

describe("a knight called by the short form of his given name", () => {
  it("reads 'Sir Bob' as the Sir Robert of the text, and 'Dame Meg' as its Dame Margaret", () => {
    const text = [
      "Members present: Sir Robert Fenwick (Chair); Dame Margaret Ashdown; Ann Frith.",
      "",
      "Q1 Chair: Welcome. Would you begin?",
      "",
      "Tom Crane: Thank you, Sir Bob. I will, and I will answer Dame Meg after that.",
    ].join("\n");
    expect(peopleIn(text)).toEqual(["Ann Frith", "Margaret Ashdown", "Robert Fenwick", "Tom Crane"]);
  });
});

describe("members named with their letters in a list: 'Adviser to A MP and Dame B MP'", () => {
  it("reads each name with a member's letters as a person, and no organisation in the list", () => {
    const draft = draftOf(
      [
        "The panel: Leo Marsh, former Adviser to Kwame Osei MP and Rishi Javed MP; Jake Sumner, former Adviser to Chuka Obi MP and Dame Margaret Ashby MP.",
        "Senior Labour MP and former minister Tom Fenner agreed.",
      ].join("\n"),
    );
    expect(people(draft).sort()).toEqual([
      "Chuka Obi",
      "Jake Sumner",
      "Kwame Osei",
      "Leo Marsh",
      "Margaret Ashby",
      "Rishi Javed",
      "Tom Fenner",
    ]);
    expect(draft.entities.filter((e) => e.section === "organisations").map((e) => e.label)).toEqual(["Labour Party"]);
  });
});

describe("people whose given names the lexicon lacks, known by their sentence", () => {
  it("reads an age after a name, 'Name of Org' or 'Org’s Name' before a verb, and a pair with a person", () => {
    expect(
      peopleIn(
        [
          "Jadwin Kettle, 19, a second-year apprentice, told the summit the pay was too low.",
          "Tayla Morrow of Fenby Advice has outlined the changes she wants.",
          "Make Homes Fair’s Klina Osgood called on members to back the motion.",
          "The report was written by Bryony Quist and Tom Reed.",
        ].join("\n\n"),
      ),
    ).toEqual(["Bryony Quist", "Jadwin Kettle", "Klina Osgood", "Tayla Morrow", "Tom Reed"]);
  });

  it("does not take a place, a noun's plural or a phrase of words for a person", () => {
    expect(
      peopleIn(
        [
          "Upper Whittle is a village near the river, and Civic Pride was there.",
          "Greenvale Hotels has opened a site; Harbour Lights welcomed it.",
          "The Finance Bill Stages were set for May.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });

  it("reads a surname that is a month after a given name, and 'Bill' before a surname", () => {
    expect(
      peopleIn(
        [
          "The deal was struck under Prime Minister Theresa Maybrook’s successor, not under Rosalind May.",
          "Witnesses: Ian Wardle, Sir John Mardon and Bill Crowthers.",
          "Here is a version of Fenby VC Bill Rammington’s speech, given in June.",
        ].join("\n\n"),
      ),
    ).toEqual(["Bill Crowthers", "Bill Rammington", "Ian Wardle", "John Mardon", "Rosalind May", "Theresa Maybrook"]);
  });
});

describe("organisations named by their kind or by what they do, with an empty registry", () => {
  it("reads 'the regulator X', 'water company X', 'the X charity', 'X – a charity for …', 'X, the regulator,'", () => {
    expect(
      organisationsIn(
        [
          "The MP called for the water regulator Fenwat to be replaced.",
          "We must stop water company Eastmere Water from polluting our rivers.",
          "When she contacted the Refuge Line charity, she was told it could not help.",
          "She spoke about founding Stepping Up – a charity for young carers.",
          "Ofcomb, the regulator, declined to comment.",
        ].join("\n\n"),
      ),
    ).toEqual(["Eastmere Water", "Fenwat", "Ofcomb", "Refuge Line", "Stepping Up"]);
  });

  it("takes a name its kind shows is a body's for no person, even when it has a person's shape", () => {
    const draft = draftOf("The charity Edith Marlow said the cuts would hurt. Tom Reed, a charity trustee, agreed.");
    expect(people(draft)).toEqual(["Tom Reed"]);
    expect(organisations(draft)).toEqual(["Edith Marlow"]);
  });

  it("does not take a person's kind, a place or where a body is from for a body", () => {
    expect(
      organisationsIn(
        [
          "The broadcaster Ruth Okafor took the chair, and her partner Tom Reed spoke.",
          "The British charity said the UK regulator had been slow.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });

  it("reads 'X, which runs …' and 'X UK', not a river, a bill or the UK itself", () => {
    expect(
      organisationsIn(
        [
          "He praised Northline Buses, which has replaced most of its diesel fleet.",
          "Tom Radley of Greenplate Catering, which supplies 800 schools, denied it.",
          "According to research by Carers Together UK, most carers are tired.",
          "The River Fenn, which runs past the school, is dirty; the Clean Rivers Bill, which sets targets, is late.",
          "Across the UK, the Northern UK economy slowed.",
        ].join("\n\n"),
      ),
    ).toEqual(["Carers Together UK", "Greenplate Catering", "Northline Buses"]);
  });

  it("reads a name of two words or more, possessive, before a person's as a body's, not a place's or a person's", () => {
    const draft = draftOf(
      [
        "Make Homes Fair’s Klina Osgood called on members to act.",
        "Greater Fenchester’s Andy Barnham and South Marlshire’s Pippa Hale spoke, as did Ann Frith’s Tom Reed.",
      ].join("\n\n"),
    );
    expect(organisations(draft)).toEqual(["Make Homes Fair"]);
    expect(people(draft).sort()).toEqual(["Andy Barnham", "Ann Frith", "Klina Osgood", "Pippa Hale", "Tom Reed"]);
  });

  it("reads an acronym the text never defines where a body's name stands, not a thing's, a place's or a post's", () => {
    expect(
      organisationsIn(
        [
          "The Home Secretary gave an address to RUSK at an evening event.",
          "A debate marking the foundation of the RSPCB was held; the F21 also repeated its call.",
          "Growth in the UK and GDP fell, and the VAT rules and the CEO of a bank were blamed.",
        ].join("\n\n"),
      ),
    ).toEqual(["F21", "RSPCB", "RUSK"]);
  });

  it("reads a committee named by a list of fields, and the committee whose report a name gives", () => {
    expect(
      organisationsIn(
        [
          "The Environment, Food and Rural Affairs Committee met on Tuesday.",
          "Anna Reed sits on the Equality, Local Government and Communities Committee.",
          "The Second Report of the Environmental Audit Committee was debated.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "Environment, Food and Rural Affairs Committee",
      "Environmental Audit Committee",
      "Equality, Local Government and Communities Committee",
    ]);
  });

  it("does not read a member's letters or a post's first word as an organisation", () => {
    const draft = draftOf(
      "Panellists included Sam Gideon MP, Ed Varley MP and Nick Bolam MP. Ann Cole, former adviser to UK Prime Minister Tony Blakeney, spoke.",
    );
    expect(organisations(draft)).toEqual([]);
    expect(people(draft).sort()).toEqual(["Ann Cole", "Ed Varley", "Nick Bolam", "Sam Gideon", "Tony Blakeney"]);
  });
});

describe("the other names of a list that names bodies, with an empty registry", () => {
  it("reads every item of a list that words for bodies open and a body's name is in", () => {
    expect(
      organisationsIn(
        [
          "She said charities such as Harbour, Gingerbeck, the Rowan Trust and the Child Hunger Action Group agreed.",
          "These include Civic Pride, the Old Towns Forum and Better Streets, to which I am indebted.",
          "The lunch was sponsored by Enmere Power, Fenby Hall and Marlow Events Group.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "Better Streets",
      "Child Hunger Action Group",
      "Civic Pride",
      "Enmere Power",
      "Fenby Hall",
      "Gingerbeck",
      "Harbour",
      "Marlow Events Group",
      "Old Towns Forum",
      "Rowan Trust",
    ]);
  });

  it("reads a list after 'hosted by' or 'in association with', and no list in 'Department of Ferries and Harbours'", () => {
    expect(
      organisationsIn(
        [
          "The event was jointly hosted by PLMB, the Care Institute for Excellence, and the Homecare Guild.",
          "It was held in association with NLS and Agility.",
          "Scams advice is supported by the Department of Ferries and Harbours.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "Agility",
      "Care Institute for Excellence",
      "Department of Ferries and Harbours",
      "Homecare Guild",
      "NLS",
      "PLMB",
    ]);
  });

  it("reads a list after 'experts from' or 'officials at', where one item is a body's name", () => {
    expect(organisationsIn("The fair had staff from Corvane, Tidewell and FHB at every stand.")).toEqual([
      "Corvane",
      "FHB",
      "Tidewell",
    ]);
    // No body among them: places, no list of bodies.
    expect(organisationsIn("Officials from Leeds, York and Hull came.")).toEqual([]);
  });

  it("keeps a list's people people, and reads no list that names no body", () => {
    const draft = draftOf(
      [
        "Panellists included Tom Reed, Ann Cole and the Fenby Trust.",
        "Speakers such as Ruth Okafor, Jim Hale and Sara Quist were there.",
      ].join("\n\n"),
    );
    expect(people(draft).sort()).toEqual(["Ann Cole", "Jim Hale", "Ruth Okafor", "Sara Quist", "Tom Reed"]);
    expect(organisations(draft)).toEqual(["Fenby Trust"]);
  });
});

describe("a list of people, each 'Name of Org', with an empty registry", () => {
  it("reads every entry's organisation where one reads as one, and names with a middle initial as people's", () => {
    const draft = draftOf(
      "The panel included Kai Barrow of Harbourside Hotels Group, Sébastien M. Bazille of Accora, Christopher J. Nasser of Hiltop, and Arne M. Sorensen of Mariner International.",
    );
    expect(organisations(draft).sort()).toEqual([
      "Accora",
      "Harbourside Hotels Group",
      "Hiltop",
      "Mariner International",
    ]);
    expect(people(draft).sort()).toEqual([
      "Arne M. Sorensen",
      "Christopher J. Nasser",
      "Kai Barrow",
      "Sébastien M. Bazille",
    ]);
  });

  it("does not take a place for an organisation, nor read a list where no entry names one", () => {
    expect(organisationsIn("We heard from Ann Frith of Leeds, Tom Reed of York and Jo Hale of Fenby Council.")).toEqual(
      ["Fenby Council"],
    );
    expect(organisationsIn("We heard from Ann Frith of Hallam, and Tom Reed of Brackley.")).toEqual([]);
  });
});

describe("a company known only from what the clause says of it, with an empty registry", () => {
  it("reads 'an application by X', 'a spokesman for X', 'shares in X' and a body's verbs, a one-word name with them", () => {
    expect(
      organisationsIn(
        [
          "The committee debated an application by Brackwell for up to 60 homes.",
          "Trundlebus announced earlier this month that it would cut nine routes.",
          "Last night Harrowfields hosted an evening of debate on trade.",
          "Investors sold shares in Quillmart after the warning.",
          "A spokesman for Nettleway said the fares would rise.",
          "The event by Candid Ledger took place at a club in Soho.",
          "The lettings website, Fennimoor, vowed to remove the adverts.",
        ].join("\n\n"),
      ),
    ).toEqual(["Brackwell", "Candid Ledger", "Fennimoor", "Harrowfields", "Nettleway", "Quillmart", "Trundlebus"]);
  });

  it("takes no person, place, party or common noun for a body there", () => {
    const draft = draftOf(
      [
        "Ann Frith announced earlier this month that she would stand down; Frith announced it in Leeds.",
        "Leeds hosted the conference. Labour announced its plans. Ministers announced a review.",
        "The report by Helen Marsh was published. A spokesman for Mr Tarrant said nothing.",
        "Officials said in a statement that the plans by Government were final.",
      ].join("\n\n"),
    );
    expect(organisations(draft).filter((o) => o !== "Labour Party")).toEqual([]);
    expect(people(draft).sort()).toEqual(["Ann Frith", "Helen Marsh", "Mr Tarrant"]);
  });
});

describe("names beside a party, a chain's name and a byline, with an empty registry", () => {
  it("reads a one-word organisation after 'from' when the person is the clause's subject, not a place", () => {
    const draft = draftOf("Next up, Ruth Okafor from Tidewell made an impassioned call for reform.");
    expect(organisations(draft)).toEqual(["Tidewell"]);
    expect(affiliationsIn(draft)).toEqual([["Ruth Okafor", undefined, "Tidewell"]]);
    expect(organisationsIn("Next up, Ruth Okafor from Leeds made an impassioned call for reform.")).toEqual([]);
  });

  it("does not take a party's adjective or a hotel chain's name for part of a person's name", () => {
    const draft = draftOf(
      [
        "Liberal Democrat Ann Frith was responding to the announcement.",
        "Liberal Democrat Pippa Quayle said the same, as did Labour Together.",
        "Moderated by Brantley Hotels chairman Tom Reed, the panel discussed the year.",
      ].join("\n\n"),
    );
    expect(people(draft).sort()).toEqual(["Ann Frith", "Pippa Quayle", "Tom Reed"]);
    expect(organisations(draft)).toContain("Brantley Hotels");
  });

  it("reads a name alone on a line, as a byline or a caption writes it", () => {
    expect(peopleIn("The day ended with a reception.\n\nRobin Hallam.\n")).toEqual(["Robin Hallam"]);
    expect(peopleIn("Kelvin Marsh\n\nThe day ended with a reception.")).toEqual(["Kelvin Marsh"]);
    expect(peopleIn("Key Findings\n\nPolicy Forge\n\nBrantley Hotels\n\nNext Steps\n\nThe day ended.")).toEqual([]);
  });

  it("does not take a peer's office ('the Lord Speaker', 'the Lord Mayor') for a peer named by it", () => {
    expect(
      peopleIn("The Lord Speaker (Lord Brackley) said the House would sit. The Lord Mayor opened the fair."),
    ).toEqual(["Lord Brackley"]);
  });
});

describe("names the lexicon reads as words, with an empty registry", () => {
  it("takes no place-and-noun name for a person because it is said to say something ('Eastmere Water said it …')", () => {
    const draft = draftOf(
      "Eastmere Water said it understood the floods were unpleasant. Jo Marsh, the MP for Fenby, said the firm must do more.",
    );
    expect(people(draft)).toEqual(["Jo Marsh"]);
  });

  it("reads a name of unknown words in a list of people as a person's ('A, B, C and D discussed')", () => {
    expect(
      peopleIn(
        "The panel members, former Senator Ruth Lugarde, Tavis Langridge, Jonathan Shearer and Kelly Caffrey, talked about the problems veterans face.",
      ),
    ).toEqual(["Jonathan Shearer", "Kelly Caffrey", "Ruth Lugarde", "Tavis Langridge"]);
  });

  it("reads a campaign's name with a verb in it as one body, not a body and a person ('the Campaign to End Hunger')", () => {
    const draft = draftOf(
      "In March the Campaign to End Hunger held a conference. Jo Marsh, Policy Manager at the Campaign to End Hunger, spoke first.",
    );
    expect(people(draft)).toEqual(["Jo Marsh"]);
    expect(organisations(draft)).toEqual(["Campaign to End Hunger"]);
    // The campaign's aim, before a verb a chair's or a speaker's could take, is still no person.
    const presented = draftOf(
      "Jo Marsh, Policy Manager from the Campaign to End Hunger, spoke. Staff from the Campaign to End Hunger presented the risks of hunger.",
    );
    expect(people(presented)).toEqual(["Jo Marsh"]);
  });
});

describe("a member's seat and a name the lexicon has as a place, with an empty registry", () => {
  it("reads no seat for an organisation: 'the MP for Fenby in Wessex', 'MP for Fenby and Eastmere'", () => {
    expect(organisationsIn("Jo Marsh, the MP for Fenby in Wessex, described the floods as appalling.")).toEqual([]);
    expect(organisationsIn("Tom Reed, MP for Fenby and Eastmere, said the firm must act.")).toEqual([]);
  });

  it("reads a list's middle name whose surname the lexicon has as a place as a person's ('A, Koby Hastings, B and C')", () => {
    expect(
      peopleIn(
        "The panel members, former Senator Ruth Lugarde, Tavis Langley, Jonathan Shearer and Kelly Caffrey, talked about the problems veterans face.",
      ),
    ).toEqual(["Jonathan Shearer", "Kelly Caffrey", "Ruth Lugarde", "Tavis Langley"]);
    expect(peopleIn("Speakers came from Leeds, West Langley, and Fenby, and Jo Marsh chaired.")).toEqual(["Jo Marsh"]);
  });

  it("reads one who 'took the chair' or 'agreed to chair the debate' as a person, and the chair", () => {
    const draft = draftOf("The broadcaster Bryony Castello took the chair, and more than two hundred residents came.");
    expect(people(draft)).toEqual(["Bryony Castello"]);
    expect(people(draftOf("Bryony Castello kindly agreed to chair the debate at short notice."))).toEqual([
      "Bryony Castello",
    ]);
  });
});

describe("a post's word that is a given name too, after a rank", () => {
  it("reads 'Major Dean Farrow' as Dean Farrow, the rank no part of the name", () => {
    expect(
      peopleIn(
        "I welcome Major Dean Rowntree, outreach officer with the Salvation Army, and Bruce Tomlin of the Fenby Trust.",
      ),
    ).toEqual(["Bruce Tomlin", "Dean Rowntree"]);
  });

  it("reads a name with its post right after it, no comma between ('Euan Pryde founder and CEO of BrightLoom')", () => {
    expect(
      peopleIn("Key people came, for example Euan Blaine founder and CEO of Whitecap, and they spoke first."),
    ).toEqual(["Euan Blaine"]);
    expect(peopleIn("Upper Whittle chair of governors and the head teacher both came.")).toEqual([]);
  });
});

describe("charities named for what they do, with an empty registry", () => {
  it("reads 'Action for X' and 'Friends of the X' as one body's name", () => {
    expect(organisationsIn("Dame Clare Tickford, Chief Executive of Action for Families, spoke first.")).toEqual([
      "Action for Families",
    ]);
    expect(organisationsIn("Jo Marsh, Chair of Friends of the Fenby Hills, said the path must stay open.")).toEqual([
      "Friends of the Fenby Hills",
    ]);
  });

  it("reads no condition, report or law an acronym is defined for as a body ('Post Traumatic Stress Disorder (PTSD)')", () => {
    expect(
      organisationsIn(
        "Veterans face Post Traumatic Stress Disorder (PTSD) and Traumatic Brain Injury (TBI), the Fenby Veterans Trust said. The Development Co-operation Report (DCR) agreed.",
      ),
    ).toEqual(["Fenby Veterans Trust"]);
  });

  it("reads no post before 'of' as part of a body's name ('the Company Secretary of Fenby Post')", () => {
    const found = organisationsIn(
      "I am the Company Secretary of Fenby Post. On my left is the Executive Director of Fenby Counters Ltd.",
    );
    expect(found.filter((o) => /Secretary|Director/u.test(o))).toEqual([]);
  });

  it("reads a county branch of a 'X UK' body as its own name ('Age UK Marlshire')", () => {
    expect(
      organisationsIn("She described the work Fenby Finance is doing with Carers Together UK Worcestershire."),
    ).toContain("Carers Together UK Worcestershire");
  });
});

describe("a Dutch particle inside a name: 'Anouk ter Veld'", () => {
  it("keeps 'ter' inside the name, as 'van', 'de' and 'den' are", () => {
    const draft = draftOf("The trust's treasurer, Anouk ter Veld, read out the accounts at the annual meeting.\n");
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Anouk ter Veld"]);
  });
});

describe("a Gaelic particle inside a name: 'Kevin Mac an Bhaird'", () => {
  it("keeps 'an' after 'Mac' inside the name, as 'van der' is", () => {
    const draft = draftOf(
      "Kevin Mac an Bhaird, chief executive of the Fenby Language Board, said the grants would go ahead.\n",
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Kevin Mac an Bhaird"]);
  });
});

describe("a nation as a surname after a given name: 'Margaret England'", () => {
  it("reads the name, as 'Rosalind May' is read, and not a place after a word that is no given name", () => {
    const draft = draftOf(
      "The ferry will run all winter, as the Rt Hon Margaret England, KC, told the harbour board on Monday.\n",
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Margaret England"]);
    const places = draftOf("Walkers from Northern Ireland and Mid Wales met the board in Greater London.\n");
    expect(places.entities.filter((e) => e.section === "people")).toEqual([]);
  });
});
