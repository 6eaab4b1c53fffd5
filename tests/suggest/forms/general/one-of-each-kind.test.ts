// The forms real texts use, each on a small text written for this test: honorifics and peerages, chairs,
// affiliations, attribution, recommendations and idioms, the panel's own voice, and names written differently from
// the corpus's.
import { describe, expect, it } from "vitest";
import { KnownEntities, type KnownEntity } from "../../../../src/suggest/known.js";
import { isProposal, isRecommendation } from "../../../../src/suggest/recommendations.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import { analyseText, type Draft } from "../../../../src/suggest/suggest.js";
import { affiliationsIn, draftOf, labelIn } from "../../../helpers/draft.js";

const label = labelIn;
const pairs = (draft: Draft, relation: string) =>
  draft.claims.filter((c) => c.relation === relation).map((c) => [label(draft, c.from), label(draft, c.to)]);
const people = (draft: Draft) => draft.entities.filter((e) => e.section === "people");
const affiliations = affiliationsIn;
const quotes = (draft: Draft, person: string) =>
  draft.claims
    .filter((c) => label(draft, c.from) === person)
    .flatMap((c) => c.evidence.filter((e) => e.kind === "direct-quote").map((e) => e.quote));

describe("honorifics and peerages", () => {
  it("reads Rt Hon, Prof., Sir and Dame as titles kept as aliases, and letters after a name as no part of it", () => {
    const draft = draftOf(
      [
        "The Rt Hon Clare Dunmore MP, Secretary of State for Transport, opened the event.",
        "Prof. Ravi Mehta, Director of the Northern Data Institute, spoke next.",
        "Sir Colin Aster, Chair of the Rail Users Trust, and Dame Ruth Ibbot, Chief Executive of the Canal Foundation, followed.",
      ].join("\n"),
    );
    expect(people(draft).map((p) => [p.label, p.aliases[0]])).toEqual([
      ["Clare Dunmore", "Rt Hon Clare Dunmore"],
      ["Ravi Mehta", "Prof. Ravi Mehta"],
      ["Colin Aster", "Sir Colin Aster"],
      ["Ruth Ibbot", "Dame Ruth Ibbot"],
    ]);
  });

  it("names a new peer by the territorial title written, 'Lord X' an alias, and reads the place as no one", () => {
    const draft = draftOf(
      [
        "Lord Halden of Fernbridge, Chair of the Rivers Trust, said the floods were a warning.",
        "Baroness Wyke, a trustee of the Moorland Foundation, agreed. Lord Halden said councils need more money.",
      ].join("\n"),
    );
    expect(people(draft).map((p) => [p.label, p.aliases])).toEqual([
      ["Lord Halden of Fernbridge", ["Lord Halden", "Halden"]],
      ["Baroness Wyke", ["Wyke"]],
    ]);
    expect(draft.entities.some((e) => /^(?:Fernbridge|Halden of)/u.test(e.label))).toBe(false);
  });

  it("takes 'Dr Grey' and 'Mr Varma' for the one person of the text with that surname", () => {
    const draft = draftOf(
      [
        "Dr Alan Grey, Chief Executive of the Northshire Transport Partnership, gave evidence.",
        "Sunil Varma, Director of the Carers Alliance, said carers were exhausted.",
        "Dr Grey said: “We have lost a third of our routes since the grant was cut.”",
        "Mr Varma added: “Carers are filling the gaps left by paid care every single day.”",
      ].join("\n"),
    );
    expect(people(draft).map((p) => p.label)).toEqual(["Alan Grey", "Sunil Varma"]);
    expect(quotes(draft, "Alan Grey")).toContain("We have lost a third of our routes since the grant was cut.");
    expect(quotes(draft, "Sunil Varma")).toContain("Carers are filling the gaps left by paid care every single day.");
  });
});

describe("chairs", () => {
  const chairOf = (text: string) => pairs(draftOf(text), "chaired").map(([person]) => person);
  const panel = "Tom Hughes, Chief Planner at Leeds City Council, and Sara Lind, Director of the Open Streets Trust,";

  it("is the person the sentence names as chair, not the next person it names", () => {
    expect(chairOf(`Nadia Rahman, who chaired the session, introduced ${panel} who both spoke.`)).toEqual([
      "Nadia Rahman",
    ]);
    expect(chairOf(`The session was chaired by Nadia Rahman, and heard from ${panel} among others.`)).toEqual([
      "Nadia Rahman",
    ]);
    expect(chairOf(`${panel} spoke at a roundtable chaired by Nadia Rahman.`)).toEqual(["Nadia Rahman"]);
    expect(chairOf(`Members present: Nadia Rahman (Chair); Tom Hughes; Sara Lind.`)).toEqual(["Nadia Rahman"]);
    expect(chairOf(`Nadia Rahman (The Chair) welcomed ${panel} to the hearing.`)).toEqual(["Nadia Rahman"]);
    expect(chairOf(`Baroness Kettle, who chairs the committee, thanked ${panel} for coming.`)).toEqual([
      "Baroness Kettle",
    ]);
  });

  it("reads 'in the chair was X', a 'Chair:' line, 'X presided' and 'X, chairing the session,' naming another", () => {
    expect(chairOf(`In the chair was Councillor Nadia Rahman, the Leader of Fenby Council. ${panel} spoke.`)).toEqual([
      "Nadia Rahman",
    ]);
    expect(chairOf(`Open Streets debate\nChair: Nadia Rahman\nSpeakers: ${panel} and others.`)).toEqual([
      "Nadia Rahman",
    ]);
    expect(chairOf(`Lord Fairly presided over the hearing, which heard from ${panel} among others.`)).toEqual([
      "Lord Fairly",
    ]);
    expect(
      chairOf(`${panel} gave evidence. Lord Fairly, chairing the session, asked Tom Hughes and Sara Lind about buses.`),
    ).toEqual(["Lord Fairly"]);
  });
});

describe("affiliations", () => {
  it("reads 'Org's Role of Department, Name' as the role at the organisation before the possessive", () => {
    const draft = draftOf("On the panel were Fenby District Council's Head of Libraries, Ann Beck, and others.");
    expect(affiliations(draft)).toEqual([["Ann Beck", "Head of Libraries", "Fenby District Council"]]);
  });

  it("reads 'Name, the Forum's Role' and 'Name, who leads the Trust's team' as roles at the organisation named before", () => {
    const draft = draftOf(
      [
        "The Coastal Towns Forum met in Fenby, with the Harbour Housing Trust.",
        "On the panel were Ann Beck (Chair), the Forum’s Director of Programmes; and Bo Chen, who leads the Trust's policy team.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Beck", "Director of Programmes", "Coastal Towns Forum"],
      ["Bo Chen", "leads the Trust's policy team", "Harbour Housing Trust"],
    ]);
  });

  it("takes a professor's title as the role in 'Prof Name of Organisation', but not a doctor's", () => {
    const draft = draftOf(
      "Prof Ann Beck of Fenby University said rents had doubled. Dr Bo Chen of the Coastal Institute agreed.",
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Beck", "Prof", "Fenby University"],
      ["Bo Chen", undefined, "Coastal Institute"],
    ]);
  });

  it("reads '(Role, Org)', 'speaking for Org', 'the Role of the bookseller Org', 'A, B and C, all from Org', not 'formerly of'", () => {
    const draft = draftOf(
      [
        "The hearing heard from Ann Beck (Chief Executive, Harbour Housing Trust) first.",
        "Bo Chen, speaking for the Coastal Towns Network, said the money had run out.",
        "Cara Diaz, the chief executive of the bookseller Fenby Books, agreed with her.",
        "Dev Ekwu, Eva Frost and Gil Hart, all from the Moorland Volunteers Network, spoke next.",
        "Ida Jones, formerly of the Northshire Arts Board, closed the debate.",
      ].join("\n"),
    );
    expect(affiliations(draft).sort()).toEqual([
      ["Ann Beck", "Chief Executive", "Harbour Housing Trust"],
      ["Bo Chen", undefined, "Coastal Towns Network"],
      ["Cara Diaz", "chief executive", "Fenby Books"],
      ["Dev Ekwu", undefined, "Moorland Volunteers Network"],
      ["Eva Frost", undefined, "Moorland Volunteers Network"],
      ["Gil Hart", undefined, "Moorland Volunteers Network"],
    ]);
  });

  it("reads each way a text ties a person to an organisation", () => {
    const draft = draftOf(
      [
        "The panel heard from six people.",
        "- Ann Beck, Head of Policy, Northshire County Council",
        "- Bo Chen, Senior Fellow at the Institute for Rural Policy",
        "- Cara Diaz from the Coastal Towns Network",
        "- Dev Ekwu (Harbour Housing Trust)",
        "The Head of Research at the Moorland Foundation Eva Frost also spoke.",
        "Fenwick University’s Vice-Chancellor Gil Hart closed the event.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Ann Beck", "Head of Policy", "Northshire County Council"],
      ["Bo Chen", "Senior Fellow", "Institute for Rural Policy"],
      ["Cara Diaz", undefined, "Coastal Towns Network"],
      ["Dev Ekwu", undefined, "Harbour Housing Trust"],
      ["Eva Frost", "Head of Research", "Moorland Foundation"],
      ["Gil Hart", "Vice-Chancellor", "Fenwick University"],
    ]);
  });

  it("gives a role 'for' a department and the organisation after the comma", () => {
    const draft = draftOf(
      [
        "Gareth Pryce, Cabinet Member for Highways, Marlshire County Council, spoke first.",
        "Rhona Tait, cabinet member for transport at Westmoor Borough Council, spoke next.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Gareth Pryce", "Cabinet Member for Highways", "Marlshire County Council"],
      ["Rhona Tait", "cabinet member for transport", "Westmoor Borough Council"],
    ]);
  });

  it("reads an organisation's name with 'of' before its possessive, and a role in capitals whole", () => {
    const draft = draftOf(
      "Next came the Fellside Chamber of Commerce’s Policy Manager Rhiannon Moss, who spoke briefly.",
    );
    expect(affiliations(draft)).toEqual([["Rhiannon Moss", "Policy Manager", "Fellside Chamber of Commerce"]]);
  });

  it("reads 'Its chair, Name' as a role at the organisation just named, and 'the charity X' as X", () => {
    const draft = draftOf(
      [
        "The Homecare Providers Association backed the call. Its chair, Derek Osei, spoke later.",
        "Sunil Varma, chief executive of the charity Carers First Alliance, agreed.",
      ].join("\n"),
    );
    expect(affiliations(draft)).toEqual([
      ["Derek Osei", "chair", "Homecare Providers Association"],
      ["Sunil Varma", "chief executive", "Carers First Alliance"],
    ]);
  });

  it("ties the publisher's own staff to the publisher: a byline, 'our Director'", () => {
    const draft = draftOf(
      [
        "What the committee heard",
        "By Callum Reid, Communications Officer",
        "Last week our Director of Research, Dr Miriam Fenwick, gave evidence to the committee.",
      ].join("\n"),
      [],
      "Rural Transport Institute",
    );
    expect(affiliations(draft)).toEqual([
      ["Callum Reid", "Communications Officer", "Rural Transport Institute"],
      ["Miriam Fenwick", "Director of Research", "Rural Transport Institute"],
    ]);
  });
});

describe("attribution", () => {
  it("attributes lead-ins, trailing 'said X', 'commented', running paragraphs and pronouns", () => {
    const draftText = [
      "Rosa Kemp, Director of the Urban Trust, and Ian Lowe, Chief Economist at the City Bank, spoke.",
      "Kemp said: “The housing market has stopped working for young families.”",
      "She added that councils were short of land. “We cannot build on land we do not own.”",
      "“Rents have risen faster than wages for a decade now,” said Ian Lowe.",
      "Lowe commented: “Nobody can save for a deposit on these rents.",
      "It is a trap that lasts a whole working life.”",
    ].join("\n");
    const draft = draftOf(draftText);
    expect(quotes(draft, "Rosa Kemp")).toEqual([
      "The housing market has stopped working for young families.",
      "We cannot build on land we do not own.",
    ]);
    // Each paragraph of the running quotation is his words in the draft, the second though it names nothing.
    expect(quotes(draft, "Ian Lowe")).toEqual([
      "Rents have risen faster than wages for a decade now",
      "Nobody can save for a deposit on these rents.",
      "It is a trap that lasts a whole working life.",
    ]);
    // The quotation that runs on into the next paragraph is his too.
    const lowe = analyseText(draftText, new KnownEntities([])).speeches.filter((sp) => sp.speaker === "ian lowe");
    expect(lowe.at(-1)!.sentences.map((x) => draftText.slice(x.start, x.end))).toEqual([
      "Nobody can save for a deposit on these rents.",
      "It is a trap that lasts a whole working life.",
    ]);
    const reported = analyseText(draftText, new KnownEntities([])).reported;
    expect(reported.map((r) => [r.person, draftText.slice(r.sentence.start, r.sentence.end)])).toContainEqual([
      "rosa kemp",
      "She added that councils were short of land.",
    ]);
  });

  it("attributes a pull quote to the line that names its speaker after it", () => {
    const draft = draftOf(
      [
        "Rural buses are disappearing, and the committee has noticed.",
        "If the last bus home leaves at ten past four, you do not have a bus service. You have a timetable.",
        "— Dr Miriam Fenwick, Director of Research",
        "The next section sets out our proposals in full.",
      ].join("\n"),
      [{ id: "buses", type: "theme", label: "Bus service", aliases: [] }],
    );
    // Every sentence of it is hers, the second though it names nothing the draft knows.
    expect(quotes(draft, "Miriam Fenwick")).toEqual([
      "If the last bus home leaves at ten past four, you do not have a bus service.",
      "You have a timetable.",
    ]);
  });
});

describe("recommendations", () => {
  it("are sentences that propose, not idioms", () => {
    for (const s of [
      "The Government should fund councils for five years at a time.",
      "We recommend that councils be given the power to buy stalled sites.",
      "The charity urged ministers to act before the winter.",
      "We propose a minimum bus service for every market town.",
      "Campaigners call for a national care qualification for all staff.",
    ]) {
      expect(isRecommendation(s), s).toBe(true);
    }
    for (const s of [
      "Her new book is highly recommended reading for anyone in planning.",
      "I would recommend the book by Jan Gehl to anyone here tonight.",
      "The report is a must-read for anyone working in housing.",
      "I must say it was a remarkable evening for all of us.",
      "The panel heard calls for longer-term funding for councils.",
      "The committee’s own call for evidence is worth a look too.",
      "Is there one change you would ask us to recommend?",
    ]) {
      expect(isRecommendation(s), s).toBe(false);
    }
  });

  it("include a speaker's proposal in the imperative", () => {
    expect(isProposal("Give counties the power to run their own bus companies.")).toBe(true);
    expect(isProposal("Let me be clear about what we found there.")).toBe(false);
    expect(isProposal("Give or take a few, ten routes closed.")).toBe(false);
  });
});

describe("the panel's own voice", () => {
  const text = [
    "The roundtable was chaired by Nadia Rahman. Tom Hughes, Chief Planner at Leeds City Council, and Sara Lind, Director of the Open Streets Trust, took part.",
    "“High streets need people living above the shops again,” said Hughes.",
    "The panellists agreed that high streets cannot recover on retail alone.",
    "The panel called for councils to be allowed to keep business rates from high streets.",
  ].join("\n");
  const draft = draftOf(text, [{ id: "high-streets", type: "theme", label: "High streets", aliases: [] }]);

  it("is the session's: agreed-on and recommends from the session, never a panellist's spoke-on", () => {
    const session = draft.entities.find((e) => e.section === "sessions")!.label;
    expect(pairs(draft, "agreed-on")).toEqual([[session, "high-streets"]]);
    expect(pairs(draft, "spoke-on")).toEqual([["Tom Hughes", "high-streets"]]);
    expect(pairs(draft, "recommends")).toEqual([
      [session, "Councils to be allowed to keep business rates from high streets"],
    ]);
    const agreed = draft.claims.find((c) => c.relation === "agreed-on")!;
    expect(agreed.evidence.map((e) => [e.quote, e.kind])).toEqual([
      ["The panellists agreed that high streets cannot recover on retail alone.", "summary"],
    ]);
  });
});

describe("names written differently from the corpus", () => {
  const known: KnownEntity[] = [
    { id: "hannah-okoye", type: "person", label: "Hannah Okoye", aliases: [] },
    { id: "university-of-tressington", type: "organisation", label: "University of Tressington", aliases: [] },
    {
      id: "institute-for-rural-transport-policy",
      type: "organisation",
      label: "Institute for Rural Transport Policy",
      aliases: [],
    },
  ];
  const draft = draftOf(
    [
      "Professor Hannah Okoye, Professor of Social Policy at Tressington University, spoke first.",
      "Miriam Fenwick, Director of Research at the Rural Transport Institute, followed.",
    ].join("\n"),
    known,
  );

  it("are linked to the corpus's entity, each new spelling proposed as an alias for review", () => {
    expect(affiliations(draft)).toEqual([
      ["hannah-okoye", "Professor of Social Policy", "university-of-tressington"],
      ["Miriam Fenwick", "Director of Research", "institute-for-rural-transport-policy"],
    ]);
    expect(draft.aliases!.map((a) => [a.id, a.alias])).toEqual([
      ["hannah-okoye", "Professor Hannah Okoye"],
      ["university-of-tressington", "Tressington University"],
      ["institute-for-rural-transport-policy", "Rural Transport Institute"],
    ]);
    const file = renderDraft(draft, new Map());
    expect(file).toContain('#   university-of-tressington (University of Tressington): "Tressington University"');
  });
});
