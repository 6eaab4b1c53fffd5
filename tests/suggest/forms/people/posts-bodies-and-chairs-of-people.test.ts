// People, their affiliations and the session's chair in the forms real texts use, each on a small text written for
// this test (names, places and organisations invented): a job "chair of Org" is no chair of the session, a person named
// near "chaired" is not its chair, dual affiliations, witness lists, and organisations in many shapes.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { suggestAnnotations, type Draft } from "../../../../src/suggest/suggest.js";
import { affiliationsIn, draftOf, labelIn } from "../../../helpers/draft.js";

const label = labelIn;
const chairOf = (text: string) => {
  const draft = draftOf(text);
  return draft.claims.filter((c) => c.relation === "chaired").map((c) => label(draft, c.from));
};
const affiliations = affiliationsIn;
const organisations = (draft: Draft) => draft.entities.filter((e) => e.section === "organisations").map((e) => e.label);

describe("the session's chair", () => {
  it("is not a person whose job is chair of an organisation", () => {
    expect(
      chairOf(
        [
          "The session was chaired by Nadia Rahman, Director of the Urban Homes Trust.",
          "Lisa Crane, as chair of the Northern Housing Board, said rents were too high.",
          "Mark Doyle, who is chair of the Tenants Federation, agreed with her.",
          "Owen Pike was chair of the Planning Association until last year.",
          "Ivy Dunn, as chair of the Governors' Forum, asked about budgets.",
        ].join("\n"),
      ),
    ).toEqual(["Nadia Rahman"]);
  });

  it("is not a person who chaired something else: a review, a commission, a board", () => {
    expect(
      chairOf(
        [
          "The debate, organised by the Coastal Policy Institute, was chaired by Ruth Bell.",
          "Tom Hughes praised Sir Peter Vale, who chaired the 2019 review of social housing.",
          "The Commission on Rented Homes, chaired by Lady Ann Frith, reported last year.",
          "Ian Moss, who chairs the board of the Fenby Housing Trust, spoke last.",
          "Dr Sam Patel, a GP at the Harbour Surgery, spoke next.",
          "Dr Patel, who also chairs the local medical committee, described waiting lists.",
        ].join("\n"),
      ),
    ).toEqual(["Ruth Bell"]);
  });

  it("is not the next person named after 'chaired by' when a clause comes between", () => {
    expect(
      chairOf(
        "The roundtable, chaired by the director of the institute, heard from Lena Holt, Head of Policy at the Fenby Trust, and Sam Yeo, Chief Executive of the Harbour Housing Trust.",
      ),
    ).toEqual([]);
    expect(
      chairOf("The roundtable was chaired by the Trust's policy director, Dr Lena Holt, and heard from Sam Yeo."),
    ).toEqual(["Lena Holt"]);
  });

  it("reads 'with X MP in the chair' and 'hosted by Org and chaired by X' as the session's chair", () => {
    const panel =
      "Lena Holt, Head of Policy at the Fenby Trust, and Sam Yeo, Chief Executive of the Harbour Trust, spoke.";
    expect(chairOf(`The Rivers Committee, with Ann Frith MP in the chair, heard evidence. ${panel}`)).toEqual([
      "Ann Frith",
    ]);
    expect(chairOf(`Committee of Public Works\n\nMr Ian Leigh, in the Chair\n\n${panel}`)).toEqual(["Ian Leigh"]);
    expect(
      chairOf(`The roundtable was hosted by the Association of Coastal Councils and chaired by Sir Ian Moss. ${panel}`),
    ).toEqual(["Ian Moss"]);
  });

  it("reads 'the chair, X,' as the session's chair, but not 'Its chair, X' (an organisation's)", () => {
    const panel =
      "Lena Holt, Head of Policy at the Fenby Trust, and Sam Yeo, Chief Executive of the Harbour Trust, spoke.";
    expect(chairOf(`The chair, Dame Ruth Ibbot, opened the hearing. ${panel}`)).toEqual(["Ruth Ibbot"]);
    expect(chairOf(`The Rivers Association backed the call. Its chair, Derek Osei, agreed. ${panel}`)).toEqual([]);
  });

  it("reads 'X, chair of the panel,' as the session's chair, and 'X, chair of the Trust,' as a job", () => {
    const panel =
      "Lena Holt, Head of Policy at the Fenby Trust, and Sam Yeo, Chief Executive of the Harbour Trust, spoke.";
    expect(chairOf(`Ruth Ibbot, chair of the panel, opened the debate. ${panel}`)).toEqual(["Ruth Ibbot"]);
    expect(chairOf(`Ruth Ibbot, chair of the Rivers Trust, opened the debate. ${panel}`)).toEqual([]);
    expect(chairOf(`Ruth Ibbot, chair of the Governors' Forum, asked a question. ${panel}`)).toEqual([]);
  });

  it("is the person of a panel list whose entry ends '(chair)'", () => {
    expect(
      chairOf(
        [
          "Panel",
          "- Fay Orme, Director of Health at the Hollis Foundation",
          "- Gil Tan, Chief Executive of the Fairmile Foundation (chair)",
          "- Ada Nwosu, Senior Fellow at the Institute for Coastal Policy",
        ].join("\n"),
      ),
    ).toEqual(["Gil Tan"]);
  });
});

describe("organisations in their many shapes", () => {
  it("reads a possessive inside a name, a list of fields after a comma, and 'Commission on X'", () => {
    const draft = draftOf(
      [
        "Oliver Brandt, Senior Fellow, The Queen's Trust, spoke first.",
        "Nell Park, a senior fellow at The Queen's Trust, agreed with him.",
        "Yusuf Adebayo, chief executive of St Brigid's Hospital, followed.",
        "Ravi Shah, Director of Policy at the Department for Culture, Media and Sport, replied.",
        "Ula Kerr, Registrar of the Royal College of Nursing and Midwifery, spoke next.",
        "Ann Beck, a member of the Commission on Rented Homes, closed the event.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Oliver Brandt", "Senior Fellow", "Queen's Trust"],
      ["Nell Park", "senior fellow", "Queen's Trust"],
      ["Yusuf Adebayo", "chief executive", "St Brigid's Hospital"],
      ["Ravi Shah", "Director of Policy", "Department for Culture, Media and Sport"],
      ["Ula Kerr", "Registrar", "Royal College of Nursing and Midwifery"],
      ["Ann Beck", "member", "Commission on Rented Homes"],
    ]);
  });

  it("reads a name with a list of fields, or 'on', where no person is tied to it", () => {
    const draft = draftOf(
      [
        "Ann Beck, Director of the Fenby Trust, said: “The Department for Environment, Food and Rural Affairs must act.”",
        "Bo Chen, Head of Policy at the Harbour Foundation, spoke next.",
        "The Commission on Rented Homes reported in May.",
      ].join("\n"),
    );
    expect(organisations(draft)).toEqual(
      expect.arrayContaining(["Department for Environment, Food and Rural Affairs", "Commission on Rented Homes"]),
    );
  });
});

describe("affiliations", () => {
  it("reads a second post of the same person: ', and Role, Org' and 'and also Role of Org'", () => {
    const draft = draftOf(
      [
        "Witnesses",
        "I: Mira Desai, President, Association of Rural Councils, and Executive Director of Communities, Westshire County Council; Ian Roe, Senior Fellow, The Queen's Trust.",
        "Helen Storr OBE, president of ADASS and also chief executive of Brightwater Care, agreed.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Mira Desai", "President", "Association of Rural Councils"],
      ["Mira Desai", "Executive Director of Communities", "Westshire County Council"],
      ["Ian Roe", "Senior Fellow", "Queen's Trust"],
      ["Helen Storr", "president", "ADASS"],
      ["Helen Storr", "chief executive", "Brightwater Care"],
    ]);
  });

  it("does not take the next person's name for a second post", () => {
    const draft = draftOf(
      "The panel heard from Ann Beck, Director of the Fenby Trust, and Professor Bo Chen, Head of Research at the Harbour Institute.",
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Beck", "Director", "Fenby Trust"],
      ["Bo Chen", "Head of Research", "Harbour Institute"],
    ]);
  });

  it("reads a company, a council in lower case, and no post once held ('former President of Y')", () => {
    const draft = draftOf(
      [
        "- Dana Price, Senior Executive at Fernway Logistics",
        "- Tess Ward, a councillor on the Fenby county council",
        "- Edwin Hart, former President of the Royal Society of Surgery",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Dana Price", "Senior Executive", "Fernway Logistics"],
      ["Tess Ward", "councillor", "Fenby county council"],
    ]);
    expect(organisations(draft)).not.toContain("Senior Executive");
  });
});

describe("parties in brackets", () => {
  it("reads '(Lab)', '(Conservative)', '(Crossbench)' after a name as the party, and what follows as the post", () => {
    const draft = draftOf(
      [
        "Members taking part included:",
        "- Baroness Pell (Liberal Democrat), trustee of the Fenby Housing Trust",
        "- Ken Ash (Con), leader, Westshire County Council",
        "- Lord Hale (Crossbench), chair of the Rivers Trust",
      ].join("\n"),
    );
    expect(affiliations(draft).sort()).toEqual([
      ["Baroness Pell", undefined, "Liberal Democrats"],
      ["Baroness Pell", "trustee", "Fenby Housing Trust"],
      ["Ken Ash", undefined, "Conservative Party"],
      ["Ken Ash", "leader", "Westshire County Council"],
      ["Lord Hale", undefined, "Crossbench"],
      ["Lord Hale", "chair", "Rivers Trust"],
    ]);
    // The parties are drafted as organisations of the kind "party"; the others are not.
    const kinds = new Map(draft.entities.map((e) => [e.label, (e as { kind?: string }).kind]));
    for (const party of ["Liberal Democrats", "Conservative Party", "Crossbench"])
      expect(kinds.get(party)).toBe("party");
    expect(kinds.get("Westshire County Council")).toBe("local-authority");
    expect(kinds.get("Rivers Trust")).not.toBe("party");
    const news = draftOf(
      "Jo Bright (Lab), Fenby Transport Trust's head of policy, spoke. Ken Ash (Con), who leads the roads team at Westshire County Council, disagreed.",
    );
    expect(affiliations(news).sort()).toEqual([
      ["Jo Bright", undefined, "Labour Party"],
      ["Jo Bright", "head of policy", "Fenby Transport Trust"],
      ["Ken Ash", undefined, "Conservative Party"],
      ["Ken Ash", "leads the roads team", "Westshire County Council"],
    ]);
  });
});

describe("witness and panel lists", () => {
  it("reads 'Name – Role, Org', 'Name, of the Org', and a one-word organisation ending its entry, '(chair)' after it", () => {
    const draft = draftOf(
      [
        "Roundtable: the road ahead",
        "Kofi Adjei – Director, Royal Institute of Coastal Planning",
        "Simon Lark, managing consultant, Brightwell",
        "Nick Gower, editor, HSJ (chair)",
        "We also heard from Dr Lena Holt, of the Freshwater Science Institute; and Zara Quinn (Chief Executive, Books Together).",
      ].join("\n\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Kofi Adjei", "Director", "Royal Institute of Coastal Planning"],
      ["Simon Lark", "managing consultant", "Brightwell"],
      ["Nick Gower", "editor", "HSJ"],
      ["Lena Holt", undefined, "Freshwater Science Institute"],
      ["Zara Quinn", "Chief Executive", "Books Together"],
    ]);
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).not.toContain("Books Together");
    expect(draft.claims.filter((c) => c.relation === "chaired").map((c) => label(draft, c.from))).toEqual([
      "Nick Gower",
    ]);
  });

  it("does not read the next person's name as an organisation: 'A, Role at Org, B, the Role at Org2'", () => {
    const draft = draftOf(
      "They were Hana Ode, a Professor of Law at Fenby University, Marc Dale, the Head of Housing at Harrow Council, and others.",
    );
    expect(affiliations(draft)).toEqual([
      ["Hana Ode", "Professor of Law", "Fenby University"],
      ["Marc Dale", "Head of Housing", "Harrow Council"],
    ]);
  });
});

describe("organisations named beside a post", () => {
  it("are mentioned by the source when no post ties anyone to them: a parent body, a post once held", () => {
    const draft = draftOf(
      [
        "Panel",
        "- Professor Ada Lyle, Director, Institute for Coastal Studies, University of Fenby",
        "- Sir Tom Reeve, Director of the Harbour Trust, former President of the Royal Society of Tides",
      ].join("\n"),
    );
    const mentioned = draft.claims
      .filter((c) => c.relation === "mentions" && c.from === "t")
      .map((c) => label(draft, c.to));
    expect(mentioned).toEqual(["University of Fenby", "Royal Society of Tides"]);
    expect(affiliations(draft)).toEqual([
      ["Ada Lyle", "Director", "Institute for Coastal Studies"],
      ["Tom Reeve", "Director", "Harbour Trust"],
    ]);
  });
});

describe("news forms of a post", () => {
  it("reads 'Org chief executive Name', 'Name, Org's director,', 'Name, who heads X at Org' and 'role at Org, Name,'", () => {
    const draft = draftOf(
      [
        "Harbour Power Cooperative chief executive Rhys Abbot said the queue was long.",
        "Cara Lowe, Age Concern's charity director, said: “Care is in a desperate state.”",
        "Polly Neve, Refuge's chief executive, agreed with her.",
        "Priya Rao, who leads the connections team at Eastern Grid Networks, defended the record.",
        "Before that, managing director at Busline West, Dan Roe, said buses were safe.",
        "Committee member Jo Pike MP asked about prices.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Rhys Abbot", "chief executive", "Harbour Power Cooperative"],
      ["Cara Lowe", "charity director", "Age Concern"],
      ["Polly Neve", "chief executive", "Refuge"],
      ["Priya Rao", "leads the connections team", "Eastern Grid Networks"],
      ["Dan Roe", "managing director", "Busline West"],
    ]);
  });

  it("reads 'Head of Justice Research' as a field of work, not an organisation", () => {
    const draft = draftOf("By Dr Imran Qadir, Head of Justice Research\nMore prisoners should learn to read.");
    expect(organisations(draft)).toEqual([]);
  });
});

describe("a person referred to by their post", () => {
  it("is not the speaker where the post is the object of another's words", () => {
    const draft = draftOf(
      [
        "Bus cuts",
        "Sara Mott, chief executive at Fenby County Council, said she had raised concerns.",
        "Earlier, managing director at Harbour Buses, Dan Roe, said: “We care about our passengers.”",
        "Ms Mott said she wanted to publish the remarks she made to the managing director at Harbour Buses.",
        "She said: “Frankly, the approach being taken by the company to this county is short-sighted.”",
        "“Instead of closing the gap, they are widening it.”",
      ].join("\n\n"),
    );
    const said = draft.claims
      .filter((c) => c.evidence.some((e) => e.kind === "direct-quote" && e.quote.startsWith("Instead of closing")))
      .map((c) => label(draft, c.from));
    expect(said).not.toContain("Dan Roe");
  });
});

describe("an organisation's name without an organisation word", () => {
  it("is no person once the text gives it a post, wherever else it stands", () => {
    const draft = draftOf(
      [
        "Buses",
        "Dan Roe, managing director at Harbour Buses, said buses were safe.",
        "Harbour Buses said more routes would go.",
      ].join("\n\n"),
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Dan Roe"]);
  });
});

describe("more organisation shapes", () => {
  it("reads 'Office of the Deputy Prime Minister', letters after a name (DCB), and no post as an organisation", () => {
    const draft = draftOf(
      [
        "Witnesses: Dame Ada Frost, DCB, Permanent Secretary, and Tom Hale, Head of the Housing Division, examined.",
        "Dame Ada Frost is the Permanent Secretary at the Office of the Deputy Prime Minister.",
        "Lord Vane was President of the Royal Society of Tides and Minister for the Cabinet Office.",
      ].join("\n\n"),
    );
    expect(organisations(draft)).toEqual(
      expect.arrayContaining(["Office of the Deputy Prime Minister", "Royal Society of Tides", "Cabinet Office"]),
    );
    expect(organisations(draft).filter((o) => /DCB|^President|^Minister/u.test(o))).toEqual([]);
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).not.toContain("Housing Division");
  });
});

describe("posts written at length", () => {
  it("reads a qualifier in brackets, a field after a comma, 'and the Org2', a peer by title and place, a charity described", () => {
    const draft = draftOf(
      [
        "Panel",
        "- Cai Thorne, Senior Research Fellow (Transport) at the Institute for Coastal Policy, and author of The Tide Turns",
        "- Professor Rhea Hale, Senior Vice President (Energy & Utilities), Queen's College Fenby, and Executive Director of Queen's Health Partners",
        "- Dr Ida Lorne, Senior Consultant & Programme Director, Learning and Organisational Change at The Fenby Fund",
        "- Ben Vale, Senior Care Network Planning Executive at Cernway Corporation",
        "- Baroness Tey (Liberal Democrat), trustee of Open Doors and the Marram Housing Association",
        "- Earl of Fernleigh (Crossbench), trustee of young people's welfare charity The Ann Sefton Foundation",
      ].join("\n"),
    );
    expect(affiliations(draft).sort()).toEqual([
      ["Baroness Tey", undefined, "Liberal Democrats"],
      ["Baroness Tey", "trustee", "Marram Housing Association"],
      ["Baroness Tey", "trustee", "Open Doors"],
      ["Ben Vale", "Senior Care Network Planning Executive", "Cernway Corporation"],
      ["Cai Thorne", "Senior Research Fellow (Transport)", "Institute for Coastal Policy"],
      ["Earl of Fernleigh", undefined, "Crossbench"],
      ["Earl of Fernleigh", "trustee", "The Ann Sefton Foundation"],
      ["Ida Lorne", "Senior Consultant & Programme Director, Learning and Organisational Change", "Fenby Fund"],
      ["Rhea Hale", "Executive Director", "Queen's Health Partners"],
      ["Rhea Hale", "Senior Vice President (Energy & Utilities)", "Queen's College Fenby"],
    ]);
    expect(organisations(draft)).not.toContain("The Tide Turns");
    expect(organisations(draft)).not.toContain("Senior Care Network Planning Executive");
  });
});

describe("posts before names in a list", () => {
  it("gives each name the post before it: 'the Role of Org1, A, the Role of Org2, B, and C'", () => {
    const draft = draftOf(
      "We have the chief executive of the Fenby Trust, Ann Beck, the chief executive of the Harbour Fund, Bo Chen, and Cy Dale, who is the director of the Moor Foundation.",
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Beck", "chief executive", "Fenby Trust"],
      ["Bo Chen", "chief executive", "Harbour Fund"],
      ["Cy Dale", "director", "Moor Foundation"],
    ]);
  });
});

describe("an organisation's name with a plural possessive", () => {
  it("is no person: 'Name, Fenby Bus Users' Group secretary,' and 'the group's chairman'", () => {
    const draft = draftOf(
      [
        "Bus news",
        "Sara Cole, Fenby Bus Users' Group secretary, said: “We are angry about the cuts.” Tim Ross, the group's chairman, agreed.",
      ].join("\n\n"),
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Sara Cole", "Tim Ross"]);
    expect(affiliations(draft)).toEqual([
      ["Sara Cole", "secretary", "Fenby Bus Users' Group"],
      ["Tim Ross", "chairman", "Fenby Bus Users' Group"],
    ]);
  });
});

describe("acronyms", () => {
  it("are the organisation a text names in full before them: 'the Association of X (AXY)', then 'president of AXY'", () => {
    const draft = draftOf(
      [
        "Care news",
        "The Association of Directors of Coastal Services (ADCS) warned of cuts. Helen Storr, president of ADCS, said councils were stretched. The National Institute for Tides and Harbour Excellence (NITHE) agreed.",
      ].join("\n\n"),
    );
    expect(organisations(draft)).toEqual([
      "Association of Directors of Coastal Services",
      "National Institute for Tides and Harbour Excellence",
    ]);
    expect(affiliations(draft)).toEqual([["Helen Storr", "president", "Association of Directors of Coastal Services"]]);
    expect(draft.entities.filter((e) => e.section === "organisations").map((e) => e.aliases)).toEqual([
      ["ADCS"],
      ["NITHE"],
    ]);
  });
});

describe("'Name of Org' and 'Name (Org)'", () => {
  it("stop the organisation before the next person's name, read any name of two words in brackets, not a seat", () => {
    const draft = draftOf(
      [
        "Debate",
        "Sue Lang of the Bus Users Alliance and Raj Mehta (Fenby Community Transport) spoke first.",
        "Kim Jones (Fenby Riverside) (Lab) said the cuts were wrong.",
      ].join("\n\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Sue Lang", undefined, "Bus Users Alliance"],
      ["Raj Mehta", undefined, "Fenby Community Transport"],
      ["Kim Jones", undefined, "Labour Party"],
    ]);
  });
});

describe("people named only once", () => {
  it("are people when the text gives them words, lists them ('Members present:'), or gives them a byline", () => {
    const draft = draftOf(
      [
        "Care news",
        "Lena Sharp 07 August 2024",
        "Members present: Ann Frith (Chair); Owen Pike; Dr Rosa Tull.",
        "These are the words of Sir Michael Dorrin, used ten years ago, to describe the gap. We also heard from Asha Dale MP about prevention.",
        "In the era of Lomax’s Greater Fenby Council and Hatter’s Liverpool, things were different.",
      ].join("\n\n"),
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual([
      "Lena Sharp",
      "Ann Frith",
      "Owen Pike",
      "Rosa Tull",
      "Michael Dorrin",
      "Asha Dale",
    ]);
    expect(organisations(draft)).not.toContain("Greater Fenby Council and Hatter");
  });
});

describe("names that are not organisations'", () => {
  it("end before a date and never are a heading in capitals", () => {
    const draft = draftOf(
      [
        "HC 428 HOUSE OF COMMONS MINUTES OF EVIDENCE TAKEN BEFORE THE HARBOUR COMMITTEE",
        "The Public Bill Committee on 21st June 2026 heard evidence. Ann Beck, Director of the Fenby Trust, spoke first.",
      ].join("\n\n"),
    );
    expect(organisations(draft)).toEqual(expect.arrayContaining(["Fenby Trust", "Public Bill Committee"]));
    expect(organisations(draft).filter((o) => /MINUTES|June/u.test(o))).toEqual([]);
  });
});

// Round 2: posts in a sentence of their own, representation, more appositions, back-references and abbreviations.
// Each sentence invented; the person is vouched for by a "said" where the form itself gives no speech.
describe("a post in the sentence's own words", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'X is director of research at Org' and 'X is Org's founder'", () => {
    expect(ties("The panel met in Leeds. Dr Anna Berg is director of research at the Fenby Policy Institute.")).toEqual(
      [["Anna Berg", "director of research", "Fenby Policy Institute"]],
    );
    expect(ties("Tom Reyes said buses were late. Tom Reyes is the Marlow Transport Alliance's founder.")).toEqual([
      ["Tom Reyes", "founder", "Marlow Transport Alliance"],
    ]);
  });

  it("reads 'X works for Org', 'X, who founded Org', 'X, who sits on the board of Org'", () => {
    expect(ties("The panel met in Leeds. Tom Reyes works for the Marlow Transport Alliance.")).toEqual([
      ["Tom Reyes", "", "Marlow Transport Alliance"],
    ]);
    expect(ties("The panel met in Leeds. Ruth Bell, who founded the Fenby Food Network, opened the debate.")).toEqual([
      ["Ruth Bell", "founded", "Fenby Food Network"],
    ]);
    expect(ties("Sam Yeo, who sits on the board of the Harbour Housing Trust, spoke next.")).toEqual([
      ["Sam Yeo", "sits on the board", "Harbour Housing Trust"],
    ]);
  });

  it("gives 'She joined Org in 2019 as its chief economist', 'He has run Org since 2015' to the person just named", () => {
    expect(
      ties("Anna Berg said rents were too high. She joined the Harbour Housing Trust in 2019 as its chief economist."),
    ).toEqual([["Anna Berg", "chief economist", "Harbour Housing Trust"]]);
    expect(ties("Tom Reyes said buses were late. He has run the Coastal Energy Forum since 2015.")).toEqual([
      ["Tom Reyes", "has run", "Coastal Energy Forum"],
    ]);
    expect(ties("Tom Reyes said buses were late. He is director of research at the Coastal Energy Forum.")).toEqual([
      ["Tom Reyes", "director of research", "Coastal Energy Forum"],
    ]);
  });

  it("leaves out a post held until a date, one that is over, a pronoun two people could take, talk about an organisation", () => {
    expect(ties("Tom Reyes said buses were late. He ran the Coastal Energy Forum until 2015.")).toEqual([]);
    expect(ties("Tom Reyes said buses were late. He has led the Coastal Energy Forum.")).toEqual([]);
    expect(ties("Ian Moss said rents were high. Ian Moss was director of the Fenby Trust until 2018.")).toEqual([]);
    expect(
      ties("Tom Reyes said buses were late, and Ann Frith agreed. She joined the Coastal Energy Forum in 2019."),
    ).toEqual([]);
    expect(ties("Ian Moss, who used to run the Fenby Trust, said rents were high.")).toEqual([]);
    expect(ties("Ian Moss, a former director of the Fenby Trust, said rents were high.")).toEqual([]);
    expect(ties("Ian Moss said rents were high and talked about the Fenby Trust and its work on housing.")).toEqual([]);
    expect(ties("Ian Moss, a housing economist, said rents were high.")).toEqual([]);
  });
});

describe("representation", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'Representing Org was X, its policy lead' and 'Org was represented by its leader, Cllr X'", () => {
    expect(
      ties("The panel met in Leeds. Representing the Fenby Tenants Union was Lisa Crane, its policy lead."),
    ).toEqual([["Lisa Crane", "policy lead", "Fenby Tenants Union"]]);
    expect(
      ties("The panel met in Leeds. Marlshire County Council was represented by its leader, Cllr Owen Pike."),
    ).toEqual([["Owen Pike", "leader", "Marlshire County Council"]]);
  });

  it("reads 'Speaking on behalf of Org, X said' and 'From Org, X argued', but not 'From Leeds, X'", () => {
    expect(ties("Speaking on behalf of the Harbour Housing Trust, Mark Doyle said rents were too high.")).toEqual([
      ["Mark Doyle", "", "Harbour Housing Trust"],
    ]);
    expect(ties("From the Coastal Energy Forum, Ivy Dunn argued for more wind farms.")).toEqual([
      ["Ivy Dunn", "", "Coastal Energy Forum"],
    ]);
    expect(ties("From Leeds, Ivy Dunn argued for more wind farms.")).toEqual([]);
  });
});

describe("appositions, back-references and abbreviated posts", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'X, the Org's founder,', 'Org's X', 'the Society's president, X'", () => {
    expect(ties("Ruth Bell, the Fenby Trust's founder, opened the debate.")).toEqual([
      ["Ruth Bell", "founder", "Fenby Trust"],
    ]);
    expect(ties("The panel met in Leeds. Harbour Housing Trust's Sam Yeo spoke next.")).toEqual([
      ["Sam Yeo", "", "Harbour Housing Trust"],
    ]);
    expect(ties("The Royal Geographical Society's president, Helen Marsh, spoke next.")).toEqual([
      ["Helen Marsh", "president", "Royal Geographical Society"],
    ]);
  });

  it("gives 'the Trust's director, X' the organisation named before whose name ends so", () => {
    expect(
      ties("The panel heard from the Harbour Housing Trust. The Trust's director, Ian Moss, said rents were high."),
    ).toEqual([["Ian Moss", "director", "Harbour Housing Trust"]]);
  });

  it("reads an abbreviated post after an organisation's name: 'X, Fenby Homes CEO,' and 'Fenby Homes CEO X'", () => {
    expect(ties("Ann Frith, Fenby Homes CEO, said rents were high.")).toEqual([["Ann Frith", "CEO", "Fenby Homes"]]);
    expect(ties("Fenby Homes CEO Ann Frith said rents were high.")).toEqual([["Ann Frith", "CEO", "Fenby Homes"]]);
  });

  it("reads abbreviated posts (CEO, MD) and posts with 'and' or '&' inside", () => {
    expect(ties("Ann Frith, MD of Harbour Logistics Ltd, agreed.")).toEqual([
      ["Ann Frith", "MD", "Harbour Logistics Ltd"],
    ]);
    expect(ties("Ian Moss, Director of Policy & Public Affairs at the Fenby Trust, spoke next.")).toEqual([
      ["Ian Moss", "Director of Policy & Public Affairs", "Fenby Trust"],
    ]);
  });
});

describe("posts of a person named before, by surname, and a second post", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'Surname is Role at Org' and 'Surname works for Org as its Role' for the person of that surname", () => {
    expect(
      ties(
        "Grace Wendell opened the evening and said rents were high. Wendell is director of policy at the Fenby Trust.",
      ),
    ).toEqual([["Grace Wendell", "director of policy", "Fenby Trust"]]);
    expect(ties("Lee Marten said buses were late. Marten works for the Fenby Trust as its transport officer.")).toEqual(
      [["Lee Marten", "transport officer", "Fenby Trust"]],
    );
  });

  it("reads 'X, an adviser to Org1 and VP of Org2' as two posts, and 'its Role' with '&' in it", () => {
    expect(
      ties(
        "Joe Rand, an adviser to the Coastal Communities Alliance and VP of the Harbury Chamber of Commerce, spoke.",
      ),
    ).toEqual([
      ["Joe Rand", "adviser", "Coastal Communities Alliance"],
      ["Joe Rand", "VP", "Harbury Chamber of Commerce"],
    ]);
    expect(ties("Representing the Fenby Tenants Union was Lisa Crane, its director of skills & training.")).toEqual([
      ["Lisa Crane", "director of skills & training", "Fenby Tenants Union"],
    ]);
  });

  it("leaves out a post held 'until March'", () => {
    expect(ties("But Keith Arnold, until March chief executive of the Fenby Trust, said rents were high.")).toEqual([]);
  });
});

describe("a registry's aliases that only refer back", () => {
  it("name an organisation ('the council', 'the Trust') only in a text that names it too", () => {
    const known = new KnownEntities([
      { id: "fenby-city-council", type: "organisation", label: "Fenby City Council", aliases: ["the council"] },
      { id: "harbour-trust", type: "organisation", label: "Harbour Trust", aliases: ["the Trust"] },
    ]);
    const named = (text: string) => {
      const source = {
        file: "sources/t.txt",
        text,
        meta: { id: "t", title: "Test source" },
      } as unknown as LoadedSource;
      const draft = suggestAnnotations(source, known, new Set());
      return [...new Set(draft.claims.map((c) => c.to).filter((to) => known.byId.has(to)))];
    };
    expect(named("Ian Moss said the council had cut bus routes and the Trust had warned of it.")).toEqual([]);
    expect(named("Fenby City Council met on Monday. Ian Moss said the council had cut bus routes.")).toEqual([
      "fenby-city-council",
    ]);
  });
});

describe("one affiliation a pair", () => {
  it("takes the role a later sentence gives when a list entry gave none: 'A (Org)', then 'A is leader of Org'", () => {
    const draft = draftOf(
      [
        "Witnesses: Cllr Ann Frith (Fenby County Council); Tom Reyes (Harbour Housing Trust).",
        "Cllr Frith is leader of Fenby County Council. Tom Reyes founded the Harbour Housing Trust in 2001.",
      ].join("\n\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Frith", "leader", "Fenby County Council"],
      ["Tom Reyes", "founded", "Harbour Housing Trust"],
    ]);
  });
});

describe("more ties of one subject, a post held besides, a name's head word alone", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'X is leader of Org1 and speaks today for Org2' as two ties", () => {
    expect(
      ties(
        "Ann Frith said rents were high. Ann Frith is leader of Fenby County Council and speaks today for the Coastal Councils' Forum.",
      ),
    ).toEqual([
      ["Ann Frith", "leader", "Fenby County Council"],
      ["Ann Frith", "", "Coastal Councils' Forum"],
    ]);
  });

  it("reads 'his regular position as Role of Org', not 'his former role as'", () => {
    expect(
      ties(
        "Tom Reyes is the director of tracing for the Harbour Programme. He has been on secondment since May from his regular position as chief executive of the Fenby General Hospital.",
      ),
    ).toEqual([["Tom Reyes", "chief executive", "Fenby General Hospital"]]);
    expect(
      ties(
        "Tom Reyes said rents were high. He returned to his former role as chief executive of the Fenby General Hospital.",
      ),
    ).toEqual([]);
  });

  it("reads 'director of the Trust' as the Trust named before, and 'the Directorate responsible for X' as none", () => {
    expect(
      ties("Ian Moss chairs the Harbour Housing Trust. Ann Frith, director of the Trust, said rents were high."),
    ).toEqual([
      ["Ian Moss", "chairs", "Harbour Housing Trust"],
      ["Ann Frith", "director", "Harbour Housing Trust"],
    ]);
    expect(ties("Ann Frith, head of the Directorate responsible for housing, said rents were high.")).toEqual([]);
  });
});

describe("a post with no name in its sentence", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("is the one person named in the sentence before ('according to the strategy director at Org')", () => {
    expect(
      ties(
        "When the deal collapsed, Fiona Hale said staff spent a while nursing their wounds.\n\nBut according to the strategy director at Fenby CC, a realisation quickly followed.",
      ),
    ).toEqual([["Fiona Hale", "strategy director", "Fenby CC"]]);
  });

  it("is the one person named after it when the text names nobody before ('Org's chief executive has called for')", () => {
    expect(
      ties(
        "More homes, says charity\n\nThe Fenby Trust’s chief executive has called for more social housing.\n\nSpeaking at the Homes Summit, Polly Nash said social housing was the only way.",
      ),
    ).toEqual([["Polly Nash", "chief executive", "Fenby Trust"]]);
  });

  it("is no one where two people are named next to it, or the person named has another organisation", () => {
    expect(
      ties(
        "Tom Reyes said buses were late. Ann Frith agreed.\n\nBut according to the strategy director at Fenby CC, a realisation quickly followed.",
      ),
    ).toEqual([]);
    expect(
      ties(
        "Ann Frith, chair of the Harbour Housing Trust, said rents were high.\n\nBut according to the strategy director at Fenby CC, a realisation quickly followed.",
      ),
    ).toEqual([["Ann Frith", "chair", "Harbour Housing Trust"]]);
  });
});

describe("names with 'and' or a list of fields inside, a body's post after the name", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'A spokesperson for the Department for Work and Skills, X, said'", () => {
    expect(ties('A spokesperson for the Department for Homes and Skills, Anna Pratt, said: "We have acted."')).toEqual([
      ["Anna Pratt", "spokesperson", "Department for Homes and Skills"],
    ]);
  });

  it("reads 'X is Role at the College of A, B and C Therapists, and holds a chair in Y at Org2' (no person 'C Therapists')", () => {
    const draft = draftOf(
      "Witnesses: Professor Nia Ezeh; Tom Brill.\n\nProfessor Ezeh is vice-president for research at the College of Speech, Language and Memory Therapists, and holds a chair in ageing at Queen's College Harrowgate. Tom Brill said no.",
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual(["Nia Ezeh", "Tom Brill"]);
    expect(affiliations(draft)).toEqual([
      ["Nia Ezeh", "vice-president for research", "College of Speech, Language and Memory Therapists"],
      ["Nia Ezeh", "chair in ageing", "Queen's College Harrowgate"],
    ]);
  });

  it("reads 'Org's X, the firm's MD,' as X's post at Org, and no place's ('Greater Fenby's Ann Frith')", () => {
    expect(ties("Pennine Tooling's Ruth Kell, the firm's MD, said no.")).toEqual([
      ["Ruth Kell", "MD", "Pennine Tooling"],
    ]);
    expect(ties("Greater Fenby's Ann Frith said buses were late.")).toEqual([]);
  });
});

describe("local news: the council named once, then council posts", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("gives 'Council leader Cllr X' and 'Blacon councillor Y' the one council the text names", () => {
    expect(
      ties(
        "Fenby and Harbury Council's budget was agreed on Monday.\n\nCouncil leader Cllr Mike Dunn said: “We are not cutting services.”\n\nMarsh End councillor Mary Nolan said: “Buses matter.”",
      ),
    ).toEqual([
      ["Mike Dunn", "Council leader", "Fenby and Harbury Council"],
      ["Mary Nolan", "Marsh End councillor", "Fenby and Harbury Council"],
    ]);
  });

  it("reads 'Portfolio holder Cllr X' and 'shadow executive member for housing, Cllr Y (Lab)' as council posts", () => {
    expect(
      ties(
        "Fenby Council's budget was agreed.\n\nPortfolio holder Cllr Lynn Rix (Con) said: “We reviewed it.”\n\nSpeaking at the meeting, shadow executive member for housing, Cllr Dai Roberts (Lab) said: “Find the money.”",
      ),
    ).toEqual([
      ["Lynn Rix", "Portfolio holder", "Fenby Council"],
      ["Lynn Rix", "", "Conservative Party"],
      ["Dai Roberts", "shadow executive member for housing", "Fenby Council"],
      ["Dai Roberts", "", "Labour Party"],
    ]);
  });

  it("gives none where the text names two councils", () => {
    expect(
      ties(
        "Fenby Council met on Monday. Harbury Council met on Tuesday.\n\nCouncil leader Cllr Mike Dunn said: “We are not cutting services.”",
      ),
    ).toEqual([]);
  });
});

describe("a post's dating words and relative clauses", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("drops 'now'/'currently' from the post, reads 'a Org spokesman'", () => {
    expect(ties("Ian Moss, now chief executive of the Fenby Housing Trust, said rents were high.")).toEqual([
      ["Ian Moss", "chief executive", "Fenby Housing Trust"],
    ]);
    expect(ties("Ian Moss, currently policy director at the Fenby Housing Trust, said rents were high.")).toEqual([
      ["Ian Moss", "policy director", "Fenby Housing Trust"],
    ]);
    expect(ties("Ian Moss, a Fenby Housing Trust spokesman, said rents were high.")).toEqual([
      ["Ian Moss", "spokesman", "Fenby Housing Trust"],
    ]);
  });

  it("reads no post from 'who stepped down as Role of Org' or 'who left Org'", () => {
    expect(
      ties("Ian Moss, who stepped down as chief executive of the Fenby Housing Trust last year, said so."),
    ).toEqual([]);
    expect(ties("Ian Moss, who left the Fenby Housing Trust in 2020, said rents were high.")).toEqual([]);
  });
});

describe("an acronym the text never defines", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("is the one organisation named in full whose initials spell it", () => {
    expect(
      ties(
        "Speaking on behalf of the Harbury Trades Union, Lee Marten said apprentices were cheap labour. Marten works for the HTU as its apprenticeships officer.",
      ),
    ).toEqual([["Lee Marten", "apprenticeships officer", "Harbury Trades Union"]]);
  });

  it("is left alone where two names would spell it", () => {
    expect(
      ties("The Harbury Trades Union and the Hale Tenants Union met. Lee Marten, policy officer at the HTU, said no."),
    ).toEqual([["Lee Marten", "policy officer", "HTU"]]);
  });
});

describe("posts held since, news 'boss', appointments", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'who has been Role of Org since', 'X has been Role of Org since', 'who was appointed Role of Org'", () => {
    expect(
      ties("Ian Moss, who has been chief executive of the Fenby Housing Trust since 2019, said rents were high."),
    ).toEqual([["Ian Moss", "chief executive", "Fenby Housing Trust"]]);
    expect(ties("Ian Moss has been director of the Fenby Housing Trust since 2019. He said rents were high.")).toEqual([
      ["Ian Moss", "director", "Fenby Housing Trust"],
    ]);
    expect(
      ties("Ian Moss, who was appointed chief executive of the Fenby Housing Trust in May, said rents were high."),
    ).toEqual([["Ian Moss", "chief executive", "Fenby Housing Trust"]]);
  });

  it("reads 'Org boss X' and 'who chairs the board of trustees at Org'", () => {
    expect(ties("Fenby Housing Trust boss Ian Moss said rents were high.")).toEqual([
      ["Ian Moss", "boss", "Fenby Housing Trust"],
    ]);
    expect(
      ties("Ian Moss, who chairs the board of trustees at the Fenby Housing Trust, said rents were high."),
    ).toEqual([["Ian Moss", "chairs the board of trustees", "Fenby Housing Trust"]]);
  });
});

describe("confounders of the round-2 forms", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("gives no tie from a post no one speaks as, a place represented, a post the sentence ends", () => {
    expect(
      ties("Ann Frith said rents were high.\n\nThe chief executive of the Fenby Trust was not available."),
    ).toEqual([]);
    expect(ties("Representing Leeds Central, Ann Frith MP said rents were high.")).toEqual([]);
    expect(ties("Ann Frith said rents were high. She joined the Fenby Trust in 1995 and left in 2005.")).toEqual([]);
  });
});

describe("a field in lower case inside a post, 'of' before an organisation's word", () => {
  it("reads 'X is head of policy for cities at the North of Fenby Freight & Haulage Association'", () => {
    const ties = affiliations(
      draftOf(
        "Jo Oduna is head of policy for cities at the North of Fenby Freight & Haulage Association, which represents hauliers.",
      ),
    );
    expect(ties).toEqual([["Jo Oduna", "head of policy for cities", "North of Fenby Freight & Haulage Association"]]);
  });
});

describe("'Name, of Org at Place-Org,'", () => {
  it("ties the person to the first organisation only", () => {
    expect(
      affiliations(
        draftOf(
          "Professor Liam Garth said air was bad. Professor Garth, of the Institute for Urban Air and Health at Fenby University, has measured air at forty school gates.",
        ),
      ).map(([who, role, org]) => [who, role ?? "", org]),
    ).toEqual([["Liam Garth", "", "Institute for Urban Air and Health"]]);
  });
});

describe("a list of people with posts, and a chair's 'you are'", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("gives 'A, Role at Org1, and B, Role at Org2' each their own post, never B's to A", () => {
    expect(
      ties(
        "Ann Frith, Chief Executive at the Fenby Housing Trust, and Tom Reyes, Director at the Harbury Homes Association, spoke.",
      ),
    ).toEqual([
      ["Ann Frith", "Chief Executive", "Fenby Housing Trust"],
      ["Tom Reyes", "Director", "Harbury Homes Association"],
    ]);
  });

  it("reads 'Ms X, you are chief executive of Org' as the post alone", () => {
    expect(
      ties(
        "Q12 Chair: Good morning. Ms Frith, you are chief executive of the Fenby Housing Trust. Could you tell us about rents?\n\nAnn Frith: Yes. Rents are high.",
      ),
    ).toEqual([["Ann Frith", "chief executive", "Fenby Housing Trust"]]);
  });
});

describe("round-2 prose: posts with a party, a one-word organisation, a field in lower case", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads a party before a post as the post's party: 'Labour leader X', 'Tory work and pensions secretary X'", () => {
    expect(ties("Labour leader Ann Frith is adamant that the scheme should be halted.")).toEqual([
      ["Ann Frith", "leader", "Labour Party"],
    ]);
    expect(
      ties("Charities hit back after Tory housing and planning secretary Ann Frith claimed their support."),
    ).toEqual([["Ann Frith", "housing and planning secretary", "Conservative Party"]]);
    expect(ties("Plaid Cymru Health and Care spokesman Rhys Pryce said: “It must stop.”")).toEqual([
      ["Rhys Pryce", "Health and Care spokesman", "Plaid Cymru"],
    ]);
    expect(
      ties("Ann Frith MP, Liberal Democrat Spokesperson for Transport, Energy and Rural Affairs, spoke last."),
    ).toEqual([["Ann Frith", "Spokesperson for Transport, Energy and Rural Affairs", "Liberal Democrats"]]);
  });

  it("gives no party to a former post or to a word that is no party's name", () => {
    expect(ties("Former Labour leader Ann Frith said the scheme was wrong.")).toEqual([]);
    expect(ties("The labour market adviser Ann Frith said the scheme was wrong.")).toEqual([]);
  });

  it("reads one word before a post in lower case as its organisation, not a place, a people or a modifier", () => {
    expect(ties("Unison general secretary Ann Frith said the offer was not enough.")).toEqual([
      ["Ann Frith", "general secretary", "Unison"],
    ]);
    expect(ties("Blacon councillor Ann Frith said the offer was not enough.")).toEqual([]);
    expect(ties("Welsh secretary Ann Frith said the offer was not enough.")).toEqual([]);
    expect(ties("Shadow resources spokesman Ann Frith said the offer was not enough.")).toEqual([]);
  });

  it("reads an organisation after where it is based: 'the Fenby Vale-based Harbour Foundation'", () => {
    expect(ties("Ann Frith, director of the Fenby Vale-based Harbour Foundation, had similar concerns.")).toEqual([
      ["Ann Frith", "director", "Harbour Foundation"],
    ]);
    expect(ties("Mark Doyle, who runs the Leeds-based charity Fenby Food Bank, said demand had doubled.")).toEqual([
      // "runs" is no post (stop 47, w47 #9: no role where the text gives none).
      ["Mark Doyle", "", "Fenby Food Bank"],
    ]);
  });

  it("reads '<Org>’s Name' with a number or 'The' inside the sentence, and a plural's possessive", () => {
    expect(ties("The panel included Channel 5’s Mark Doyle and others.")).toEqual([["Mark Doyle", "", "Channel 5"]]);
    expect(ties("“Nothing will change,” said The Chronicle’s Ann Frith.")).toEqual([
      ["Ann Frith", "", "The Chronicle"],
    ]);
    expect(ties("“Nothing will change,” said The Fenby Times’ Ann Frith.")).toEqual([
      ["Ann Frith", "", "The Fenby Times"],
    ]);
  });
});

describe("round-2 prose: who is the person in 'X from Y said', a seat, a lower-case 'party'", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);
  const people = (text: string) =>
    draftOf(text)
      .entities.filter((e) => e.section === "people")
      .map((e) => e.label);

  it("reads 'X from Y said' as X speaking, from Y whatever its words (not a place)", () => {
    const text = "Ann Frith from Fenby Homes said the scheme would go ahead.";
    expect(people(text)).toEqual(["Ann Frith"]);
    expect(ties(text)).toEqual([["Ann Frith", "", "Fenby Homes"]]);
    expect(people("Ann Frith from North Fenby said the scheme would go ahead.")).toEqual(["Ann Frith"]);
    expect(ties("Ann Frith from North Fenby said the scheme would go ahead.")).toEqual([]);
  });

  it("reads no place as a person before 'X MP said'", () => {
    expect(people("Representing Fenby Central, Ann Frith MP said the scheme would go ahead.")).toEqual(["Ann Frith"]);
  });

  it("reads a party whose name ends in 'party' in lower case", () => {
    const text = "Ann Frith MSP from the Fenby Conservative and Unionist party spoke first.";
    expect(people(text)).toEqual(["Ann Frith"]);
    expect(ties(text)).toEqual([["Ann Frith", "", "Fenby Conservative and Unionist party"]]);
  });

  it("reads posts after a seat, and a post the text calls current", () => {
    expect(ties("Mark Doyle, MP for Fenby, and co-chair of the Rural Housing APPG, spoke.")).toEqual([
      ["Mark Doyle", "co-chair", "Rural Housing APPG"],
    ]);
    expect(
      ties(
        "Mark Doyle, President of the Fenby Society, and current Director of Adults and Health at Harbour Council, spoke.",
      ),
    ).toEqual([
      ["Mark Doyle", "President", "Fenby Society"],
      ["Mark Doyle", "Director of Adults and Health", "Harbour Council"],
    ]);
  });
});

describe("round-2 prose: a capitalised post after its organisation, an ended post, 'the charity's' post, a thing's acronym", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);
  const people = (text: string) =>
    draftOf(text)
      .entities.filter((e) => e.section === "people")
      .map((e) => e.label);

  it("reads 'Name, LGA President;' in a list as the post at the organisation named first", () => {
    expect(
      ties("Baroness Ann Frith, FHA President; Cllr Tom Reyes, Leader of the Fenby Council; and Mark Doyle spoke."),
    ).toEqual([
      ["Ann Frith", "President", "FHA"],
      ["Tom Reyes", "Leader", "Fenby Council"],
    ]);
  });

  it("gives no tie for a post the relative clause ends with no date, and an ended one with its year (u38: its until)", () => {
    expect(ties("Mark Doyle, who was director of the Fenby Trust until recently, said rents were rising.")).toEqual([]);
    const dated = draftOf("Mark Doyle, who was director of the Fenby Trust until 2019, said rents were rising.");
    expect(affiliations(dated)).toEqual([["Mark Doyle", "director", "Fenby Trust"]]);
    expect(dated.claims.find((c) => c.relation === "affiliated-with")?.until).toBe("2019");
  });

  it("finds the person after 'the charity's director of policy and campaigns,' and ties them to the body named before", () => {
    const text = "“We need more homes,” said the charity's director of policy and campaigns, Mark Doyle.";
    expect(people(text)).toEqual(["Mark Doyle"]);
    expect(
      ties(
        `The Fenby Housing Trust warned of a crisis. ${text.replace("the charity's", "the trust's")} Doyle said more.`,
      ),
    ).toEqual([["Mark Doyle", "director of policy and campaigns", "Fenby Housing Trust"]]);
  });

  it("reads no person, and no tie, in a name its own initials abbreviate: 'Universal Credit (UC)'", () => {
    const text = "The move to Fenby Credit (FC) was criticised by Mark Doyle, director of the Fenby Trust.";
    expect(people(text)).toEqual(["Mark Doyle"]);
    expect(ties(text)).toEqual([["Mark Doyle", "director", "Fenby Trust"]]);
  });
});

describe("round-2 prose: 'joined Org as Role in 2020', a department in a post, people's plurals, an office run into a name", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);
  const people = (text: string) =>
    draftOf(text)
      .entities.filter((e) => e.section === "people")
      .map((e) => e.label);

  it("reads the post after 'joined Org as' up to a date", () => {
    expect(
      ties("Mark Doyle joined the Coastal Policy Institute as head of research in 2020. He said rents rose."),
    ).toEqual([["Mark Doyle", "head of research", "Coastal Policy Institute"]]);
  });

  it("reads 'Role for External Affairs, Org as well as …': the department is no organisation, the name after it is", () => {
    const text =
      "Mark Doyle, Managing Director for External Affairs, Harbour Homes as well as Ann Frith and Tom Reyes who are both Members of Parliament, spoke.";
    expect(ties(text)).toEqual([["Mark Doyle", "Managing Director for External Affairs", "Harbour Homes"]]);
    expect(organisations(draftOf(text))).toEqual(["Harbour Homes"]);
  });

  it("reads no person in a party's members: 'said Labour MPs'", () => {
    expect(people("The plan was backed by the council, said Labour MPs.")).toEqual([]);
  });

  it("reads the person after an office whose name has 'and' in it", () => {
    expect(people("“It must stop,” said the Secretary of State for Farming and Fisheries Ann Frith.")).toEqual([
      "Ann Frith",
    ]);
  });
});

describe("round-2 prose: a capitalised post after its organisation, a party's post before a comma, a party and ward", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'FHA Executive Director X' and 'Fenby Borough Council Leader X' (and 'leader' in lower case)", () => {
    expect(ties("FHA Executive Director Tom Reyes has written for the Chronicle making the case for reform.")).toEqual([
      ["Tom Reyes", "Executive Director", "FHA"],
    ]);
    expect(ties("Fenby Borough Council Leader Ann Frith will call on ministers to act.")).toEqual([
      ["Ann Frith", "Leader", "Fenby Borough Council"],
    ]);
    expect(ties("Fenby Council leader Ann Frith will call on ministers to act.")).toEqual([
      ["Ann Frith", "leader", "Fenby Council"],
    ]);
    expect(ties("Telford & Fenby Council Leader Ann Frith has been appointed to a role.")).toEqual([
      ["Ann Frith", "Leader", "Telford & Fenby Council"],
    ]);
  });

  it("reads 'Conservative shadow resources spokesman, Cllr X,' as a post in the party", () => {
    expect(ties("Conservative shadow resources spokesman, Cllr Ann Frith, said: “We need a survey.”")).toEqual([
      ["Ann Frith", "shadow resources spokesman", "Conservative Party"],
    ]);
  });

  it("reads a party in brackets with a ward: '(Lab, Skircoat)'", () => {
    expect(ties("Councillors backed the plan from Cllr Mark Doyle (Lab, Skircoat) urging action.")).toEqual([
      ["Mark Doyle", "", "Labour Party"],
    ]);
  });

  it("reads no organisation in a department's word before a post: 'Planning services manager X'", () => {
    expect(ties("Planning services manager Ann Frith advised the committee.")).toEqual([]);
  });
});

describe("round-2 prose: a party's leader of a council, 'has worked at', 'Name, Org:', a post after 'Speaking for Org,', particles", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'Name, Labour leader of Fenby Council' as the post at the council and the person in the party", () => {
    expect(ties("Ann Frith, Labour leader of Fenby Borough Council, said the plan was right.")).toEqual([
      ["Ann Frith", "leader", "Fenby Borough Council"],
      ["Ann Frith", "", "Labour Party"],
    ]);
  });

  it("reads 'who has worked at Org for a decade' as a tie held now", () => {
    expect(ties("Ann Frith, who has worked at the Fenby Trust for a decade, said costs rose.")).toEqual([
      ["Ann Frith", "", "Fenby Trust"],
    ]);
  });

  it("reads 'Name, Org:' before a quotation", () => {
    expect(ties("Ann Frith, Fenby Trust: “Costs rose.”")).toEqual([["Ann Frith", "", "Fenby Trust"]]);
  });

  it("reads 'Speaking for Org, chairman X said' with the post", () => {
    expect(ties("Speaking for the Harbour Residents Association, chairman Ann Frith said rents were rising.")).toEqual([
      ["Ann Frith", "chairman", "Harbour Residents Association"],
    ]);
  });

  it("reads a name with two particles: 'Jean-Luc van der Berg'", () => {
    expect(ties("Jean-Luc van der Berg, policy director at the Fenby Trust, said the scheme would go ahead.")).toEqual([
      ["Jean-Luc van der Berg", "policy director", "Fenby Trust"],
    ]);
  });
});

describe("round-2 prose: a second post after an organisation's acronym in brackets", () => {
  it("reads 'President of the Association of X (AX), and current Director of Y at Z'", () => {
    const draft = draftOf(
      "· Ann Frith, President of the Association of Directors of Fenby Services (ADFS), and current Executive Director of Adults and Health at London Borough of Fenby\n· Tom Reyes, MP for Ashford",
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Frith", "President", "Association of Directors of Fenby Services"],
      ["Ann Frith", "Executive Director of Adults and Health", "London Borough of Fenby"],
    ]);
    expect(organisations(draft)).not.toContain("Executive Director of Adults and Health");
  });
});

describe("round-2 prose: a board of an organisation, a field opening a post, a kind of body in lower case", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("reads 'chair of the FHA’s Community Wellbeing Board' as the board, named with its organisation", () => {
    expect(ties("Ann Frith, chair of the FHA’s Community Wellbeing Board, said care was underfunded.")).toEqual([
      ["Ann Frith", "chair", "FHA Community Wellbeing Board"],
    ]);
    // A department that is no board stays in the post.
    expect(ties("Tom Reyes, Director for Bury Council’s Health and Care, said care was underfunded.")).toEqual([
      ["Tom Reyes", "Director for Bury Council’s Health and Care", "Bury Council"],
    ]);
  });

  it("reads 'Housing spokesperson for Org, Name,' with the field, and 'at cross-party Org'", () => {
    expect(ties("Housing spokesperson for the Fenby Housing Association, Ann Frith, said: “It must stop.”")).toEqual([
      ["Ann Frith", "Housing spokesperson", "Fenby Housing Association"],
    ]);
    expect(
      ties("Executive member for housing at cross-party Fenby Councils, Tom Reyes, added: “It must stop.”"),
    ).toEqual([["Tom Reyes", "Executive member for housing", "Fenby Councils"]]);
  });
});

describe("round-2 prose: 'the think tank’s chief economist, Name,'", () => {
  const ties = (text: string) => affiliations(draftOf(text)).map(([who, role, org]) => [who, role ?? "", org]);

  it("ties the post to the body named before, whatever words the post has", () => {
    expect(
      ties(
        "The Fenby Policy Institute published a report. The think tank’s chief economist, Ann Frith, said costs rose.",
      ),
    ).toEqual([["Ann Frith", "chief economist", "Fenby Policy Institute"]]);
    expect(
      ties("The Fenby Trust backed the plan. The trust’s chief executive, Mark Doyle, said it was overdue."),
    ).toEqual([["Mark Doyle", "chief executive", "Fenby Trust"]]);
  });
});

describe("round-2 prose: a department between a post and a known organisation", () => {
  it("reads no person in 'External Affairs' before the organisation the registry knows", () => {
    const draft = draftOf(
      "Keynote talks came from Mark Doyle, Managing Director for External Affairs, Fenby Cheshire as well as Ann Frith.",
      [
        {
          id: "fenby-cheshire-disability",
          type: "organisation",
          label: "Fenby Cheshire Disability",
          aliases: ["Fenby Cheshire"],
        },
      ],
    );
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).not.toContain("External Affairs");
    expect(affiliations(draft)).toEqual([
      ["Mark Doyle", "Managing Director for External Affairs", "fenby-cheshire-disability"],
    ]);
  });
});

describe("a list of speakers, each 'Name – Organisation'", () => {
  it("ties each name to the organisation after its dash, whatever the organisation's words", () => {
    const draft = draftOf(
      [
        "Last month we held our spring breakfast in the city centre.",
        "The speakers were Tom Fenner – Northgate Water, Ruth Okafor – Brightwell Energy and Sam Ilves – Halden Print Group, who each gave their views on the region.",
      ].join("\n"),
    );
    expect(affiliations(draft).sort()).toEqual([
      ["Ruth Okafor", undefined, "Brightwell Energy"],
      ["Sam Ilves", undefined, "Halden Print Group"],
      ["Tom Fenner", undefined, "Northgate Water"],
    ]);
    expect(draft.entities.filter((e) => e.section === "people").map((e) => e.label)).toEqual([
      "Tom Fenner",
      "Ruth Okafor",
      "Sam Ilves",
    ]);
  });

  it("reads no organisation in a place after the dash, or in words that go on", () => {
    const draft = draftOf(
      "The walk was led by Tom Fenner – Upper Marlshire, and by Ruth Okafor – Great Hall of the town.",
    );
    expect(affiliations(draft)).toEqual([]);
  });
});

describe("an office 'for' its field or place: 'Deputy Mayor for Policing and Crime', 'Commissioner for Fenshire'", () => {
  it("reads the post with no organisation named after 'for', but keeps one with an organisation's word", () => {
    const draft = draftOf(
      [
        "We welcome our guests, Ruth Okafor, Deputy Mayor for Housing and Planning, and Tom Fenner, Victims’ Commissioner for Fenshire.",
        "Later we heard from Sam Ilves, Commissioner for the Marlow Harbour Board, and Ann Frith, the Commissioner for FfH.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Sam Ilves", "Commissioner", "Marlow Harbour Board"],
      ["Ann Frith", "Commissioner", "FfH"],
    ]);
  });
});

describe("a party named before a person: 'Liberal Democrat Name', 'Labour’s housing secretary Name'", () => {
  it("ties the person to the party, with the post they hold in it", () => {
    const draft = draftOf(
      [
        "Liberal Democrat Ruth Okafor was responding to the announcement.",
        "Labour’s housing secretary Tom Fenner said the plan would work.",
        "Tory MP and former health minister Sam Ilves warned against it.",
        "Senior Conservative MP and former minister Ann Frith compared it to a tax.",
      ].join("\n"),
    );
    expect(affiliations(draft).sort()).toEqual([
      ["Ann Frith", "MP", "Conservative Party"],
      ["Ruth Okafor", undefined, "Liberal Democrats"],
      ["Sam Ilves", "MP", "Conservative Party"],
      ["Tom Fenner", "housing secretary", "Labour Party"],
    ]);
  });

  it("reads no party tie where the party is not the name's ('voted Labour and Tom Fenner', 'former Tory')", () => {
    const draft = draftOf(
      [
        "The town voted Labour and Tom Fenner lost his seat, said Ruth Okafor.",
        "The former Tory Sam Ilves now sits as an independent.",
        "The Green Leaders Breakfast was held in Fenby.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([]);
  });
});

describe("a former post before a name: 'the former deputy governor of the Fenby Bank, Name,'", () => {
  it("ties no one to the body of a post they no longer hold, and keeps a current one", () => {
    const draft = draftOf(
      [
        "The new review, led by the former deputy governor of the Fenby Bank, Tom Fenner, will report next year.",
        "It follows one by the ex-chief executive of Marlow Water, Ruth Okafor.",
        "The current chief executive of Marlow Water, Sam Ilves, agreed.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([["Sam Ilves", "chief executive", "Marlow Water"]]);
  });
});

describe("a name nothing shows to be a person's that opens with a word: a thing's, not a person's", () => {
  const people = (draft: Draft) => draft.entities.filter((e) => e.section === "people").map((e) => e.label);

  it("is no person, whatever post or parenthesis the rules read beside it", () => {
    const draft = draftOf(
      [
        "Clean Harbours Week (Tenth Year)",
        "Tide tables were the talk of the harbour fair. Steven Fale, Head of Fenwick Survey International, sets out what he and his team at Fenwick Survey showed there.",
        "At the fair, opened by Ann Frith of the Coastal Institute, the talks turned to tide gauges and to the place of New Mapping Methodologies (NMMs) in harbour charts. Dr Ian Moss spoke about NMMs and their use.",
      ].join("\n\n"),
    );
    expect(people(draft)).toEqual(["Steven Fale", "Ann Frith", "Ian Moss"]);
  });

  it("keeps people whose given name the lexicon lacks or has as a name, and titled people", () => {
    const draft = draftOf(
      [
        "Priya Lomax, Head of the Fenby Trust, opened the session.",
        "Mark Doyle, Director of the Harbour Institute, and Dr Amber Quint, Chief Executive of Tidewell, spoke next.",
      ].join("\n\n"),
    );
    expect(people(draft)).toEqual(["Priya Lomax", "Mark Doyle", "Amber Quint"]);
  });

  it("keeps people whose given name is a word too, before a surname: 'Blessing Okafor', 'Patience Adaeze Mensah'", () => {
    const draft = draftOf(
      [
        "Blessing Okafor, Head of the Fenby Trust, opened the session.",
        "Patience Adaeze Mensah, Director of the Harbour Institute, spoke next.",
      ].join("\n\n"),
    );
    expect(people(draft)).toEqual(["Blessing Okafor", "Patience Adaeze Mensah"]);
  });
});
