// Who said what, in the forms real texts use, each on a small text written for this test: attribution phrases
// ("according to X", "X told the committee that …", "These are the words of X"), split quotes, quotes over
// paragraphs, pull quotes with the speaker's line after them, pronouns that go on with the one speaking, transcript
// turns in more shapes (Hansard name and description lines, "Q66 Baroness X:", "Professor Y:", "The Chair:"), and
// recommendations kept apart from idioms.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";
import { KnownEntities, type KnownEntity } from "../../../../src/suggest/known.js";
import { isProposal, isRecommendation } from "../../../../src/suggest/recommendations.js";
import { analyseText, type Draft } from "../../../../src/suggest/suggest.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { findNewThemes, newThemeCandidates } from "../../../../src/suggest/themes.js";
import { readTranscript } from "../../../../src/suggest/transcript.js";
import { affiliationsIn, draftOf, labelIn } from "../../../helpers/draft.js";

const label = labelIn;
/** Every passage of a person's own words the draft gives as evidence, as [speaker, passage]. */
const quoted = (draft: Draft) =>
  draft.claims.flatMap((c) =>
    c.evidence.filter((e) => e.kind === "direct-quote").map((e): [string, string] => [label(draft, c.from), e.quote]),
  );

describe("attribution phrases", () => {
  it("reads 'according to X' before or after the quote", () => {
    expect(
      said(
        [
          "Dr Nadia Brell, Director of the Coastal Trust, spoke first.",
          "“Sea walls buy us twenty years at most,” according to Dr Brell.",
          "According to Tom Ashgrove, “nobody has costed the managed retreat of a single village”.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Nadia Brell", "Sea walls buy us twenty years at most,"],
      ["Tom Ashgrove", "nobody has costed the managed retreat of a single village"],
    ]);
  });

  it("reads 'X told the committee that …', 'X argued', 'X warned', 'X added'", () => {
    expect(
      said(
        [
          "Karin Voss, Chief Executive of the Harbour Authority, told the committee that “the dredging budget has halved since 2015”.",
          "Pietro Alvarez argued that “ports are infrastructure, not businesses”.",
          "Liam Osei warned: “The next storm surge will find the gaps we have left.”",
          "“We have asked for this money four years running,” Voss added.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Karin Voss", "the dredging budget has halved since 2015"],
      ["Pietro Alvarez", "ports are infrastructure, not businesses"],
      ["Liam Osei", "The next storm surge will find the gaps we have left."],
      ["Karin Voss", "We have asked for this money four years running,"],
    ]);
  });

  it("reads 'These are the words of X' before or after the quote", () => {
    expect(
      said(
        [
          "Flood policy has a long memory.",
          "“A country that will not pay for its defences will pay for its repairs.”",
          "These are the words of Sir Alan Corrie, spoken to the same committee in 2014.",
          "These were the words of Dame Ingrid Hale: “We plan for the last flood, never the next one.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Alan Corrie", "A country that will not pay for its defences will pay for its repairs."],
      ["Ingrid Hale", "We plan for the last flood, never the next one."],
    ]);
  });

  it("gives both halves of a split quote to the one named between them", () => {
    expect(
      said(
        "“The grant was never meant to last,” said Olu Bankole, Director of the Canal Society, “but nobody planned for its end.”",
      ),
    ).toEqual([
      ["Olu Bankole", "The grant was never meant to last,"],
      ["Olu Bankole", "but nobody planned for its end."],
    ]);
  });

  it("carries a quotation over paragraphs that open with a mark and never close, to its speaker", () => {
    expect(
      said(
        [
          "Priya Lomax, Head of Policy at the Water Forum, said: “Abstraction licences were issued in a wetter century.",
          "“We are still honouring promises made to mills that closed in 1950.",
          "“Until they are reviewed, every drought will find us short.”",
          "The hearing then turned to sewage.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Priya Lomax", "Abstraction licences were issued in a wetter century."],
      ["Priya Lomax", "We are still honouring promises made to mills that closed in 1950."],
      ["Priya Lomax", "Until they are reviewed, every drought will find us short."],
    ]);
  });
});

describe("quotations of every length", () => {
  it("gives a few words quoted in a sentence to the one a verb of wording names, and leaves scare quotes alone", () => {
    expect(
      said(
        [
          "Cllr Ada Pym, Leader of Fenmoor Council, said the cuts were “a false economy” and would cost more later.",
          "Her deputy Owen Tate referred to a ‘top to bottom review’ of every route.",
          "The council calls its plan “Bus Forward”.",
          "Pym highlighted her belief that higher fares would “crater” demand in the villages.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ada Pym", "a false economy"],
      ["Owen Tate", "top to bottom review"],
    ]);
  });

  it("reads a short quotation that is a paragraph of its own as speech, going on from the one before", () => {
    expect(
      said(
        [
          "Cllr Rhys Dunn, Cabinet Member for Transport at Fenmoor Council, spoke against the cuts.",
          "“You have cut this budget every year and you will cut it again,” he said.",
          "“Buses are vital.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rhys Dunn", "You have cut this budget every year and you will cut it again,"],
      ["Rhys Dunn", "Buses are vital."],
    ]);
  });

  it("gives a quotation standing alone to the one the next paragraph says was speaking", () => {
    expect(
      said(
        [
          "Councils still want the powers the deal promised, according to the finance director at Fenmoor Council.",
          "",
          "“We still have the ambitions we set out in the deal. What we lack are the tools to reach them.”",
          "",
          "Ms Ines Carvalho was speaking at a roundtable on devolution held last month.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Ines Carvalho",
        "We still have the ambitions we set out in the deal. What we lack are the tools to reach them.",
      ],
    ]);
  });

  it("gives a teaser quotation at the top to the one who says the same words later", () => {
    const text = [
      "Charity calls for a council house building programme",
      "",
      "“It’s an emergency with a clear way out.”",
      "",
      "Mira Solberg, Chief Executive of Homes First, spoke at the housing summit in Leeds.",
      "",
      "She said: “The queues at our advice centres have doubled in a year.",
      "",
      "“It’s an emergency with a clear way out.”",
    ].join("\n");
    expect(said(text).filter(([, words]) => words.startsWith("It’s"))).toEqual([
      ["Mira Solberg", "It’s an emergency with a clear way out."],
      ["Mira Solberg", "It’s an emergency with a clear way out."],
    ]);
  });

  it("carries 'These are the words of X … Put simply, “…' to X, the first quotation however short", () => {
    expect(
      said(
        [
          '"Avoidable ... Unfair ... Costly"',
          "",
          'These are the words of Sir Alan Corrie, spoken ten years ago about flood defences. Put simply, "every pound spent before a flood saves five after it …',
        ].join("\n"),
      ),
    ).toEqual([
      ["Alan Corrie", "Avoidable ... Unfair ... Costly"],
      ["Alan Corrie", "every pound spent before a flood saves five after it …"],
    ]);
  });
});

describe("a speaker named only where they speak", () => {
  it("is a person when set off by commas before 'said', or after 'said'; an organisation ending a role is not", () => {
    const text = [
      "Bus cuts were announced on Monday.",
      "Prior to this, head of operations at Fenbus, Darren Colley, said: “We have run these routes at a loss for years.”",
      "“The county cannot make up the gap,” said Maria Esteves.",
      "Janet Albright, managing director of Dales & Vale Coaches, commented: “Operators will bid for longer contracts.”",
    ].join("\n");
    expect(said(text).map(([who]) => who)).toEqual(["Darren Colley", "Maria Esteves", "Janet Albright"]);
    const people = [...analyseText(text, new KnownEntities([])).found.people.values()].map((p) => p.label);
    expect(people).not.toContain("Vale Coaches");
  });
});

describe("pronouns", () => {
  it("go on with the subject who is speaking, not the last person named", () => {
    expect(
      said(
        [
          "Professor Helen Garside, Dean of Medicine at the University of Tarnbury, praised the work of Dr Amos Reid, Head of Data at the Tarnbury Trust.",
          "She said: “Without his data we would still be guessing.”",
          "Garside told the panel that Mark Ellery, the Trust’s Rota Manager, had rebuilt the ward rota. She added: “That saved us a fortune in agency fees.”",
          "Garside said the rota was the work of Dr Reid.",
          "“It was a team effort,” she said.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Helen Garside", "Without his data we would still be guessing."],
      ["Helen Garside", "That saved us a fortune in agency fees."],
      ["Helen Garside", "It was a team effort,"],
    ]);
  });
});

describe("a quotation after a sentence of its paragraph", () => {
  it("is not the previous paragraph's speaker going on; a surname opening a sentence is its subject", () => {
    expect(
      said(
        [
          "Ruth Amadi, Chair of the Fenland Energy Committee, pressed Karl Obuya, co-chair of the Grid Taskforce, on the delays.",
          "Obuya, a former engineer, said the report was with ministers.",
          "“It is finished,” he said, “and it gives community schemes their own place in the queue.”",
          "Lars Petter, Director of Eastgrid, defended the operator's record. “We connected more schemes last year than in the five before,” Petter said.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Karl Obuya", "It is finished,"],
      ["Karl Obuya", "and it gives community schemes their own place in the queue."],
      ["Lars Petter", "We connected more schemes last year than in the five before,"],
    ]);
  });
});

describe("pronouns and titles", () => {
  it("give 'she' to no Lord and 'he' to no Dame, where a title says which", () => {
    expect(
      said(
        [
          "Lord Brisby, a member of the committee, pressed Dame Ada Lowe, Chair of the Harbour Trust, on the cost.",
          "She said: “The wall will cost twice what was promised.”",
          "Dame Ada Lowe then questioned Mr Piet Ruys, Director of Ports at Tarn Council. He said: “We were never told.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ada Lowe", "The wall will cost twice what was promised."],
      ["Piet Ruys", "We were never told."],
    ]);
  });
});

describe("pull quotes", () => {
  it("take the speaker from a line 'Name, Role at Org' after them, with or without a dash", () => {
    expect(
      said(
        [
          "Our new report looks at school transport in the uplands.",
          "“A child who spends two hours a day on a bus is a child who is not doing homework.”",
          "Rhiannon Pugh, Transport Officer at Gwynfa Council",
          "The report makes five proposals.",
          "“Every route we cut is a family that moves away.”",
          "– Cllr Bryn Talfryn, Leader, Gwynfa Council",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rhiannon Pugh", "A child who spends two hours a day on a bus is a child who is not doing homework."],
      ["Bryn Talfryn", "Every route we cut is a family that moves away."],
    ]);
  });
});

describe("pull quotes without marks", () => {
  it("take the speaker from the line right under them, the two set apart by blank lines", () => {
    expect(
      said(
        [
          "Dr Lena Ford, a senior fellow at the Wetlands Institute, has studied the estuary for a decade.",
          "",
          "If we stopped every spill tomorrow, the estuary would still fail. The farms are the other half of the problem.",
          "Dr Lena Ford, senior fellow at the Wetlands Institute",
          "",
          "The institute's report is out next month.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Lena Ford",
        "If we stopped every spill tomorrow, the estuary would still fail. The farms are the other half of the problem.",
      ],
    ]);
  });
});

describe("quotes that name nothing the draft knows", () => {
  const erosion: KnownEntity = { id: "erosion", type: "theme", label: "Coastal erosion", aliases: [] };
  const claimsOn = (draft: Draft) =>
    draft.claims.flatMap((c) =>
      c.evidence.filter((e) => e.kind === "direct-quote").map((e) => [c.relation, label(draft, c.from), c.to, e.quote]),
    );

  it("are their speaker's words on the theme the text around them is about", () => {
    const draft = draftOf(
      [
        "Fenella Crowe, Director of the Estuary Trust, has watched coastal erosion take three farms in a decade.",
        "“I have been doing this for twenty years and I have never seen it this bad,” said Crowe.",
      ].join("\n"),
      [erosion],
    );
    expect(claimsOn(draft)).toContainEqual([
      "spoke-on",
      "Fenella Crowe",
      "erosion",
      "I have been doing this for twenty years and I have never seen it this bad",
    ]);
  });

  it("in a transcript, are a member's question that mentions the theme under discussion", () => {
    const draft = draftOf(
      [
        "Coastal Affairs Committee",
        "Oral evidence: Coastal erosion, 3 March 2026",
        "Members present: Joan Tilly (Chair); Rob Amis; Cara Flint.",
        "Witnesses",
        "I: Dr Ewan Kerr, Chief Engineer, Shoreline Agency.",
        "Examination of witnesses",
        "Q1 The Chair: Welcome. How fast is coastal erosion advancing on the east coast?",
        "Dr Ewan Kerr: Faster than any model we had in 2010 predicted.",
        "Q2 Rob Amis: What would make the biggest difference now?",
        "Dr Ewan Kerr: Money for the defences we already have.",
      ].join("\n"),
      [erosion],
    );
    expect(claimsOn(draft)).toContainEqual([
      "mentions",
      "Rob Amis",
      "erosion",
      "What would make the biggest difference now?",
    ]);
    expect(claimsOn(draft).filter(([relation, who]) => relation === "spoke-on" && who === "Rob Amis")).toEqual([]);
  });
});

describe("a question far from any theme", () => {
  it("mentions the theme the whole text names most", () => {
    const text = [
      "Coastal Affairs Committee",
      "Oral evidence: Coastal erosion, 3 March 2026",
      "Members present: Joan Tilly (Chair); Rob Amis.",
      "Examination of witnesses",
      "Q1 The Chair: How fast is coastal erosion advancing? Is coastal erosion faster in the north?",
      "Dr Ewan Kerr: Faster than we thought. The models were wrong. The data were thin. The surveys were late. The money was short. The staff were few. The maps were old.",
      "Q2 Rob Amis: Does anyone in Whitehall listen to you?",
      "Dr Ewan Kerr: Rarely. We write. We call. We wait. Nothing comes back.",
    ].join("\n");
    const draft = draftOf(text, [{ id: "erosion", type: "theme", label: "Coastal erosion", aliases: [] }]);
    expect(quoted(draft)).toContainEqual(["Rob Amis", "Does anyone in Whitehall listen to you?"]);
    expect(draft.claims.filter((c) => label(draft, c.from) === "Rob Amis").map((c) => [c.relation, c.to])).toEqual([
      ["mentions", "erosion"],
    ]);
  });
});

describe("the chair's own words that name nothing", () => {
  it("are evidence that they chaired, in a write-up too, not speech on the nearest theme", () => {
    const draft = draftOf(
      [
        "The roundtable was chaired by Dr Ola Brandt, chair of the Harbour Forum.",
        "Ivo Marsh, Director of the Ports Institute, said: “Coastal erosion will cost us the harbour wall within a decade.”",
        "Summing up, Dr Brandt said the panel had been unusually united. “There is a consensus here that the model is broken,” she said.",
      ].join("\n"),
      [{ id: "erosion", type: "theme", label: "Coastal erosion", aliases: [] }],
    );
    const brandt = draft.claims.filter((c) => label(draft, c.from) === "Ola Brandt");
    expect(brandt.map((c) => [c.relation, c.evidence.map((e) => e.quote)])).toContainEqual([
      "chaired",
      expect.arrayContaining(["There is a consensus here that the model is broken"]),
    ]);
    expect(brandt.filter((c) => c.relation === "spoke-on")).toEqual([]);
  });
});

describe("recommendations", () => {
  it("keep real proposals and leave out idioms and questions", () => {
    for (const s of [
      "The Department should publish a ten-year plan for coastal towns.",
      "I would recommend that the Treasury ring-fences the grant.",
      "We recommend a statutory duty to maintain sea walls.",
      "Ministers must set out how the fund will be allocated.",
      "Its campaign to ban landlords from refusing tenants on benefits has changed the law.",
    ]) {
      expect(isRecommendation(s), s).toBe(true);
    }
    for (const s of [
      "Should you wish to attend, please register by Friday.",
      "I'd recommend the report to anyone who works on the coast.",
      "Should the Government fund sea walls for every village on the coast?",
      "What should councils do when the grant runs out next year?",
      "Readers who want the detail should see the annex to the report.",
      "Councillor Amy Holt asked whether harbour boards should keep the mooring fees.",
      "This note sets out what we heard and what we think should happen next.",
      "The debate was proposed by Lord Tarr of Wembury, a former harbour master.",
      "Villagers need to use the ferry or they will lose it for good.",
      "We would recommend their handbook to any harbour master who has not read it.",
      "Nobody should mistake a sea wall for a plan.",
    ]) {
      expect(isRecommendation(s), s).toBe(false);
    }
  });

  it("include each item of a list a line introduces as proposals, not the line itself", () => {
    const draft = draftOf(
      [
        "What we are calling for",
        "We are calling on the Department to:",
        "- guarantee every harbour at least one dredging survey a year;",
        "- publish, port by port, how much silt was removed each year.",
        "The proposals discussed at the event were:",
        "- Fund harbour boards for five years at a time.",
        "Our next event is in March.",
      ].join("\n"),
      [],
      undefined,
      // Every kind drafted: a list's items are listed by default since stop 44 (recommendations.ts, KEPT).
      { everyProposal: true },
    );
    const proposals = draft.entities.filter((e) => e.section === "recommendations").map((e) => e.text);
    expect(proposals).toEqual([
      "guarantee every harbour at least one dredging survey a year",
      "publish, port by port, how much silt was removed each year.",
      "Fund harbour boards for five years at a time.",
    ]);
  });

  it("read a speaker's imperative as a proposal, but not a noun that opens a statement", () => {
    expect(isProposal("Give us ten-year leases and we will restore the piers.")).toBe(true);
    expect(isProposal("Let harbour boards keep the mooring fees they collect.")).toBe(true);
    expect(isProposal("Pay is the main reason, though not the only one we hear.")).toBe(false);
    expect(isProposal("Let me explain what the survey found last winter.")).toBe(false);
  });
});

describe("transcript turns in more shapes", () => {
  const speakersOf = (text: string) => {
    const analysis = analyseText(text, new KnownEntities([]));
    return analysis.speeches.map((sp) => [
      analysis.found.people.get(sp.speaker)!.label,
      text.slice(sp.quote.inner.start, sp.quote.inner.end).split(/[.?!]/u)[0],
      sp.asks ? "asks" : "answers",
    ]);
  };

  it("reads a Lords title block: 'Q66 Baroness X:', 'Professor Y:' by title and surname, 'The Chair:' from '(The Chair)'", () => {
    const text = [
      "Select Committee on Coastal Communities",
      "Corrected oral evidence: Coastal erosion",
      "Tuesday 3 March 2026",
      "Members present: Baroness Allerton of Fenwick (The Chair); Lord Brisby; Baroness Dunmore.",
      "Witnesses",
      "I: Professor Sir Malcolm Reeve, Director, Institute for Coastal Science; Jenny Ashdown, President, Association of Harbour Authorities.",
      "Examination of witnesses",
      "Professor Sir Malcolm Reeve and Jenny Ashdown.",
      "Q65 The Chair: Good morning and welcome. How quickly is the coast retreating?",
      "Professor Reeve: In places, two metres a year.",
      "Q66 Baroness Dunmore: Is managed retreat ever the right answer?",
      "Jenny Ashdown: Sometimes it is the only honest one.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Baroness Allerton", "Good morning and welcome", "asks"],
      ["Malcolm Reeve", "In places, two metres a year", "answers"],
      ["Baroness Dunmore", "Is managed retreat ever the right answer", "asks"],
      ["Jenny Ashdown", "Sometimes it is the only honest one", "answers"],
    ]);
  });

  it("reads 'Members present:' with one member a line, 'Mr X, in the Chair' the chair", () => {
    const text = [
      "Minutes of evidence taken before the Committee of Public Accounts on Monday 2 March 2026",
      "Members present:",
      "Mr Harold Pike, in the Chair",
      "Mrs Enid Rowe",
      "Jim Calder",
      "________________",
      "Examination of Witnesses",
      "Witnesses: Dame Cora Flint, Permanent Secretary, Department for Rivers, examined.",
      "Q1 Chairman: Good afternoon. Welcome to the Committee of Public Accounts.",
      "Dame Cora Flint: Thank you. I am glad to be here.",
      "Q2 Mrs Enid Rowe: Why has it taken so long?",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Harold Pike", "Good afternoon", "asks"],
      ["Cora Flint", "Thank you", "answers"],
      ["Enid Rowe", "Why has it taken so long", "asks"],
    ]);
  });

  it("reads 'Chair: Briefly, please, Ms X.' after the first turn as the chair speaking, not a chair declared", () => {
    const text = [
      "Rivers Committee",
      "Oral evidence: Water quality, HC 12",
      "Members present: Nora Vale; Sir Edwin Marsh, in the Chair.",
      "Examination of witnesses",
      "Q1 Chair: Good morning. What keeps the rivers dirty?",
      "Beatrice Lund: Farms, more than sewage, and nobody wants to say so in public.",
      "Chair: Briefly, please, Ms Lund.",
      "Beatrice Lund: Of course. The farm rules are not enforced.",
    ].join("\n");
    expect(speakersOf(text).map(([who, words]) => [who, words])).toEqual([
      ["Edwin Marsh", "Good morning"],
      ["Beatrice Lund", "Farms, more than sewage, and nobody wants to say so in public"],
      ["Edwin Marsh", "Briefly, please, Ms Lund"],
      ["Beatrice Lund", "Of course"],
    ]);
  });

  it("reads an excerpt with only the Chair's opening turn, over two paragraphs, as the chair's words", () => {
    const text = [
      "Harbours Committee",
      "Oral evidence: Ports after the storms, HC 211",
      "Thursday 9 April 2026",
      "Members present: Petra Vance (Chair); Omar Feld; Lucy Harrow.",
      "Questions 40 - 61",
      "Witnesses",
      "I: Gil Marr, Chief Executive, Harbour Trust.",
      "Examination of witnesses",
      "Q40            Chair: Good afternoon and welcome to the Harbours Committee. Today we look at the ports after the storms.",
      "We have with us the chief executive of the Harbour Trust, Gil Marr. Thank you for coming.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([["Petra Vance", "Good afternoon and welcome to the Harbours Committee", "asks"]]);
    const draft = draftOf(text);
    const vance = quoted(draft).filter(([who]) => who === "Petra Vance");
    // Both paragraphs of the turn are her words in the draft, the second though it names nothing the draft knows.
    expect(vance.map(([, q]) => q.slice(0, 20))).toEqual(
      expect.arrayContaining(["Good afternoon and w", "We have with us the "]),
    );
  });

  it("reads a debate page's speaker headers: 'Photo of Name Name description time', the opener asking but no chair", () => {
    const text = [
      "Examination of Witnesses",
      "Coastal Towns Bill – in a Public Bill Committee on 4th May 2026.",
      "Ada Quill and Rhys Bevan gave evidence.",
      "Photo of Morag Tennant Morag Tennant Shadow SNP Spokesperson (Transport) 2:00 pm, 4th May 2026",
      "Welcome back. We will now hear oral evidence from Ada Quill, chief executive of the Piers Trust, and Rhys Bevan, director of Harbour Towns Network.",
      "I remind colleagues that questions should be limited to matters in scope of the Bill.",
      "Photo of Owen Price Owen Price Conservative, Tarnmouth",
      "Ms Quill, what will the Bill change for your members?",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Morag Tennant", "Welcome back", "asks"],
      // A member (a party, a photo) asks: in a hearing, the question is not speech on a theme.
      ["Owen Price", "Ms Quill, what will the Bill change for your members", "asks"],
    ]);
    const draft = draftOf(text);
    // The one who opens with a welcome is a member the text never calls the chair: no `chaired`.
    expect(draft.claims.filter((c) => c.relation === "chaired").map((c) => label(draft, c.from))).toEqual([]);
    // The opener's housekeeping "should" proposes nothing.
    expect(draft.claims.filter((c) => c.relation === "recommends")).toEqual([]);
  });

  it("reads Hansard's line 'Name (Seat) (Party)' over the speech as a turn", () => {
    const text = [
      "Coastal Defences",
      "Kirsty Maddox (Saltmarsh North) (Lab)",
      "The sea wall at Hollowby has been breached twice this winter.",
      "Tobias Greene (Tarnmouth) (Con)",
      "I will gladly meet her to discuss the wall.",
      "Kirsty Maddox (Saltmarsh North) (Lab)",
      "I thank the Minister for that answer.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Kirsty Maddox", "The sea wall at Hollowby has been breached twice this winter", "answers"],
      ["Tobias Greene", "I will gladly meet her to discuss the wall", "answers"],
      ["Kirsty Maddox", "I thank the Minister for that answer", "answers"],
    ]);
  });

  it("does not read a text as a hearing for a 'Witnesses:' line and one label that is no speaker's turn ('Image Source: …')", () => {
    const text = [
      "Flood inquiry: what the witnesses told us",
      "Witnesses: Dr Ada Kerr and Professor Tom Lyle gave evidence on Tuesday.",
      "Dr Kerr said: “The defences were built for a climate we no longer have.”",
      "Image Source: Harbour Photo Agency",
    ].join("\n");
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
  });

  it("does not read a write-up's list of panellists (name, 'Labour MP for …', a biography) as debate turns", () => {
    const text = [
      "Our panel on coastal towns",
      "Dawn Hale",
      "Labour MP for Saltmarsh North",
      "Dawn has campaigned on coastal erosion for a decade and chairs the all-party group.",
      "Tom Reece",
      "Conservative MP for Tarnmouth",
      "Tom sat on the Environment Committee for five years and led the inquiry into sea walls.",
      "Ada Quill",
      "Green councillor for Fenwick",
      "Ada is a marine biologist who sits on the county's flood board.",
    ].join("\n");
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
  });

  it("reads Hansard's name line, then a line describing the speaker, then the speech", () => {
    const text = [
      "Coastal Defences",
      "Volume 801: debated on Tuesday 12 May 2026",
      "Kirsty Maddox",
      "Labour, Saltmarsh North",
      "The sea wall at Hollowby has been breached twice this winter. Will the Minister meet me to discuss it?",
      "Tobias Greene",
      "The Minister for Flood Resilience 2:31 pm",
      "I will gladly meet her. The Government have committed new money to the eastern defences.",
      "Kirsty Maddox",
      "Labour, Saltmarsh North",
      "I thank the Minister for that answer.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Kirsty Maddox", "The sea wall at Hollowby has been breached twice this winter", "answers"],
      ["Tobias Greene", "I will gladly meet her", "answers"],
      ["Kirsty Maddox", "I thank the Minister for that answer", "answers"],
    ]);
  });
});

describe("speaker → theme", () => {
  const spokeOn = (draft: Draft) =>
    draft.claims
      .filter((c) => c.relation === "spoke-on")
      .map((c) => [label(draft, c.from), label(draft, c.to)] as [string, string]);

  it("takes a theme named in the sentence that gives the quotation, outside its marks", () => {
    const draft = draftOf(
      "‘Stop admiring the problem and start funding the answers’, said Dr Joy Amos, Director of Policy at the Coast Fund, at its coastal erosion conference last week.",
      [{ id: "erosion", type: "theme", label: "Coastal erosion", aliases: [] }],
    );
    expect(spokeOn(draft)).toEqual([["Joy Amos", "erosion"]]);
  });

  it("reads 'hear from Name MP about …' and 'Name, Role, used the lecture to argue …' as that person's views", () => {
    const text = [
      "We were glad to hear from Rosa Lindqvist MP about her commitment to coastal erosion policy.",
      "Rosa Lindqvist MP, Shadow Minister for Coasts, closed the evening.",
      "Tom Baird, a campaigner and Chief Executive of the Shore Trust, used the annual lecture to argue that coastal erosion is a housing problem.",
    ].join("\n");
    const reported = analyseText(text, new KnownEntities([])).reported;
    expect(reported.map((r) => r.person)).toEqual(["rosa lindqvist", "tom baird"]);
  });

  it("never proposes an office or an occasion as a new theme ('Managing director', 'Meeting')", () => {
    const text =
      "The managing director spoke. The managing director left. The meeting ran late. The meeting ended. The meeting closed. River pollution rose. River pollution spread.";
    const phrases = [...text.matchAll(/managing director|meeting|river pollution/giu)].map((m) => ({
      phrase: m[0].toLowerCase(),
      span: { start: m.index, end: m.index + m[0].length },
    }));
    const themes = newThemeCandidates(text, phrases, new KnownEntities([]), [], 8).map((t) => t.label);
    expect(themes).toEqual(["River pollution"]);
  });

  it("reads the longer of two new themes that overlap: 'school meals' is not the theme 'School' there", () => {
    const text = "Every school should serve school meals.";
    const theme = (key: string, forms: string[]) => ({ key, label: key, forms, count: 3, first: 0 });
    const found = findNewThemes(text, [theme("school", ["school"]), theme("school meal", ["school meals"])]);
    expect(found.map((m) => [text.slice(m.start, m.end), m.theme])).toEqual([
      ["school", "school"],
      ["school meals", "school meal"],
    ]);
  });

  it("reads 'Cllr Name (Party) argued …' as that person's view, the party in brackets aside", () => {
    const text =
      "At the budget meeting, transport spokesman Cllr Rhys Dunn (Lab) argued money should be found to protect the bus subsidy.";
    const reported = analyseText(text, new KnownEntities([])).reported;
    expect(reported.map((r) => r.person)).toEqual(["rhys dunn"]);
  });

  it("reads what a person's own work shows as their view: 'Marlow's work has since gone on to show how …'", () => {
    const text = [
      "Professor Dana Ilves, Director of the Coastal Institute, spoke at the launch.",
      "Since 2015, Ilves's research has gone on to show how coastal erosion hits the poorest towns first.",
    ].join("\n");
    const reported = analyseText(text, new KnownEntities([])).reported;
    expect(reported.map((r) => [r.person, text.slice(r.sentence.start, r.sentence.end).slice(0, 30)])).toContainEqual([
      "dana ilves",
      "Since 2015, Ilves's research h",
    ]);
  });

  it("names a new theme as the text most often writes it: 'Grid connections', not 'Grid connection'", () => {
    const text = "Grid connections are slow. Grid connections cost money. One grid connection took ten years.";
    const phrases = [...text.matchAll(/grid connections?/giu)].map((m) => ({
      phrase: m[0].toLowerCase(),
      span: { start: m.index, end: m.index + m[0].length },
    }));
    const [theme] = newThemeCandidates(text, phrases, new KnownEntities([]), [], 8);
    expect([theme!.key, theme!.label, theme!.count]).toEqual(["grid connection", "Grid connections", 3]);
  });
});

describe("speakers named around the quotation in other ways (round 2 of real texts)", () => {
  it("reads the next sentence that says whose words they were: 'That was the warning from Name', 'The plea came from Name'", () => {
    expect(
      said(
        [
          "Rents have doubled in ten years.",
          "",
          "“Families are moving out of the villages they grew up in and nothing is stopping them.” That was the warning from Sarah Lennox, director of the Fen Housing Trust.",
          "",
          "“Nobody in Whitehall is counting the families who leave.”",
          "",
          "The plea came from Tom Greer, who chairs the Fen Tenants Forum, at the end of the session.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sarah Lennox", "Families are moving out of the villages they grew up in and nothing is stopping them."],
      ["Tom Greer", "Nobody in Whitehall is counting the families who leave."],
    ]);
  });

  it("does not take a sentence about a case for the words' owner: 'The case of Name shows …'", () => {
    expect(
      said(
        [
          "Rents have doubled in ten years.",
          "",
          "“Nobody in Whitehall is counting the families who leave.” The case of Tom Greer, evicted last spring, shows why.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reads a dash and a name on the quotation's own line: '“…” – Name, Organisation'", () => {
    expect(
      said("“Families are moving out of the villages they grew up in.” – Sarah Lennox, Fen Housing Trust"),
    ).toEqual([["Sarah Lennox", "Families are moving out of the villages they grew up in."]]);
  });

  it("reads a lead-in opening with the speaker's surname before a colon: 'Lennox's verdict was stark: “…”'", () => {
    expect(
      said(
        [
          "Sarah Lennox, director of the Fen Housing Trust, gave evidence first.",
          "",
          "Lennox's verdict was stark: “Families are moving out of the villages they grew up in.”",
          "",
          "Ms Lennox put it plainly: “Nobody in Whitehall is counting them.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sarah Lennox", "Families are moving out of the villages they grew up in."],
      ["Sarah Lennox", "Nobody in Whitehall is counting them."],
    ]);
  });

  it("reads a line of its own naming the speaker before a colon, the quotation on the next line", () => {
    expect(
      said("Tom Greer, Greer Homes:\n“Every site we bid for takes three years to get through the committee.”"),
    ).toEqual([["Tom Greer", "Every site we bid for takes three years to get through the committee."]]);
  });

  it("reads 'Name wants the Government to “…”' as the person's words", () => {
    expect(
      said(
        [
          "Kay Hendry, of the Moorside Advice Centre, spoke to MPs.",
          "",
          "Ms Hendry wants the Government to “invest in allowances which let people keep more of their pay”.",
        ].join("\n"),
      ),
    ).toEqual([["Kay Hendry", "invest in allowances which let people keep more of their pay"]]);
  });

  it("gives words a sentence puts in a description's mouth to the one the next sentence says made the comments", () => {
    expect(
      said(
        [
          "A Saltmarsh councillor says he and his fellow members were made to look “daft” by a builder.",
          "",
          "Cllr Alan Wetherby made the comments as the planning committee debated the application.",
        ].join("\n"),
      ),
    ).toEqual([["Alan Wetherby", "daft"]]);
  });

  it("gives 'They claimed that “…”' to each of the two people the sentence before names", () => {
    const text = [
      "Council leader Chris Bowden proposed, and Cllr Anna Bayliss, leader of East Fen District Council, seconded, an amendment.",
      "",
      "Their amendment was critical of the authority. They claimed that “no effort seems to have been made to press ministers for the funding”.",
    ].join("\n");
    expect(said(text)).toEqual([
      ["Chris Bowden", "no effort seems to have been made to press ministers for the funding"],
      ["Anna Bayliss", "no effort seems to have been made to press ministers for the funding"],
    ]);
    // "They" after a sentence naming one person is not that person.
    expect(
      said(
        "Chris Bowden spoke for the council, which met ministers. They said that “no attempt has been made to find the money”.",
      ),
    ).toEqual([]);
  });
});

describe("views reported of several people in one sentence, and more verbs that report a view", () => {
  const views = (text: string) => {
    const analysis = analyseText(text, new KnownEntities([]));
    return analysis.reported.map((r) => [
      analysis.found.people.get(r.person)!.label,
      text.slice(r.sentence.start, r.sentence.end),
    ]);
  };

  it("gives each clause of '…, but Name warned that …' to the people who open it", () => {
    const text = [
      "Mina Osei, chief executive of Solar Together, and Jon Petrie, of the Rural Energy Trust, gave evidence.",
      "",
      "Mina Osei said the grid queue was the main problem, but Jon Petrie warned that local supply rules would take years.",
    ].join("\n");
    expect(views(text)).toEqual([
      ["Mina Osei", "Mina Osei said the grid queue was the main problem"],
      ["Jon Petrie", "Jon Petrie warned that local supply rules would take years."],
    ]);
  });

  it("gives 'Name and Name said they should' to both, and not a clause whose people do not open it", () => {
    const text = [
      "Mina Osei, chief executive of Solar Together, and Jon Petrie, of the Rural Energy Trust, gave evidence.",
      "",
      "Mina Osei and Jon Petrie said they should; the minister thanked Mina Osei.",
    ].join("\n");
    expect(views(text)).toEqual([
      ["Mina Osei", "Mina Osei and Jon Petrie said they should"],
      ["Jon Petrie", "Mina Osei and Jon Petrie said they should"],
    ]);
  });

  it("reads 'thanked', 'advised', 'announced', 'is adamant that', 'had similar concerns' as a view", () => {
    const text = [
      "Mina Osei, chief executive of Solar Together, gave evidence.",
      "Mina Osei thanked councils for backing the loan fund.",
      "Mina Osei advised the audience not to expect reform this year.",
      "Mina Osei announced a second fund for village schemes.",
      "Mina Osei is adamant that the grid queue must be cut.",
      "Mina Osei had similar concerns about the planning rules.",
    ].join("\n\n");
    expect(views(text).map(([, s]) => s)).toEqual(
      expect.arrayContaining([
        "Mina Osei thanked councils for backing the loan fund.",
        "Mina Osei advised the audience not to expect reform this year.",
        "Mina Osei announced a second fund for village schemes.",
        "Mina Osei is adamant that the grid queue must be cut.",
        "Mina Osei had similar concerns about the planning rules.",
      ]),
    );
  });

  it("reads 'had kinder words for', 'defended', 'welcomed' as a view", () => {
    const text = [
      "Mina Osei, chief executive of Solar Together, gave evidence.",
      "Osei had kinder words for the new loan fund.",
      "Mina Osei, who leads the firm, defended its record on grid connections.",
      "Mina Osei welcomed the review.",
    ].join("\n\n");
    expect(views(text).map(([, s]) => s)).toEqual(
      expect.arrayContaining([
        "Osei had kinder words for the new loan fund.",
        "Mina Osei, who leads the firm, defended its record on grid connections.",
        "Mina Osei welcomed the review.",
      ]),
    );
  });
});

describe("the subject of the lead-in, not a name inside what it reports", () => {
  it("gives a colon lead-in with no verb to the person it opens with: 'Victoria opened … to A and B with: “…”'", () => {
    expect(
      said(
        [
          "Victoria Pardoe, chief executive of the Care Forum, interviewed Sam Achter and Lily Brandt on stage.",
          "",
          "Victoria Pardoe opened her joint interview with Sam Achter and Lily Brandt with: “What would you change first?”",
        ].join("\n"),
      ),
    ).toEqual([["Victoria Pardoe", "What would you change first?"]]);
  });

  it("leaves a 'so-called “…”' fragment the writer's, and gives a one-word answer after 'responded with' its speaker", () => {
    expect(
      said(
        [
          "Tom Greer, chief executive of Greer Homes, spoke to the committee.",
          "",
          "Greer said the so-called “grey belt” would be built on first.",
          "",
          "Asked whether prices would fall, Tom Greer responded with a firm “absolutely not,” and moved on.",
        ].join("\n"),
      ),
    ).toEqual([["Tom Greer", "absolutely not,"]]);
  });
});

describe("short answers and announcements", () => {
  it("gives a one-word answer with its own comma, 'responded with a vehement “No,”', to its speaker", () => {
    expect(
      said(
        [
          "Dina Hart, chair of the Health Board, was interviewed on stage.",
          "",
          "Asked whether the service was failing, Dina Hart responded with a flat “No,” but said staffing was a worry.",
        ].join("\n"),
      ),
    ).toEqual([["Dina Hart", "No,"]]);
  });

  it("gives a fragment of an announcement to the one announcing: 'X announced … to help people ‘survive and thrive.’'", () => {
    expect(
      said(
        [
          "Steve Powell, national medical director, spoke next.",
          "",
          "In his interview, Steve Powell formally announced new stroke teams to ensure more people ‘survive and thrive.’",
        ].join("\n"),
      ),
    ).toEqual([["Steve Powell", "survive and thrive."]]);
  });
});

describe("a verb in the passive", () => {
  it("gives no speaker before it: 'Brown's tax rise was described as the “…”'; 'by Name' after it does", () => {
    expect(
      said(
        [
          "Gordon Brayne, the former chancellor, and Lisa Kemp, a pollster, were both named in the report.",
          "",
          "Gordon Brayne's 2002 tax rise was described as the “least loved tax rise in memory.”",
          "",
          "The levy was described by Lisa Kemp as “the tax that nobody noticed”.",
          "",
          "The matter was referred to the scrutiny committee, where Cllr Lisa Kemp said: “It is disappointing that the cost was hidden.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Lisa Kemp", "the tax that nobody noticed"],
      ["Lisa Kemp", "It is disappointing that the cost was hidden."],
    ]);
  });
});

describe("straight single quotation marks (news style)", () => {
  it("reads 'words,' said Name, and the quote that goes on after it in the paragraph", () => {
    expect(
      said(
        [
          "The Harbour Users Group chief executive Dana Rowcliffe welcomed the plans.",
          "'Most of what we asked for is in the draft plan,' said Rowcliffe. 'Longer leases, fairer berthing fees and a say over dredging.'",
        ].join("\n"),
      ),
    ).toEqual([
      ["Dana Rowcliffe", "Most of what we asked for is in the draft plan,"],
      ["Dana Rowcliffe", "Longer leases, fairer berthing fees and a say over dredging."],
    ]);
  });

  it("leaves apostrophes alone: plurals' possessives, elisions and 'n' inside words", () => {
    expect(
      said(
        [
          "Dana Rowcliffe said the members' views had been ignored for years and rock 'n' roll was over.",
          "'Our members' boats can't wait another winter,' said Dana Rowcliffe.",
        ].join("\n"),
      ),
    ).toEqual([["Dana Rowcliffe", "Our members' boats can't wait another winter,"]]);
  });
});

describe("short fragments given by a verb of view or a participle", () => {
  it("gives a fragment to the one a relative clause, 'believes' or a participle names", () => {
    expect(
      said(
        [
          'The plan follows a review chaired by former minister Helen Marsh, who agreed the first signs were "positive".',
          "Alan Pryce believes “slow and steady rules” are needed to protect tenants.",
          "There was a debate on soil carbon, with guest speaker Prof Ruth Ellery from the college warning growers “not to sign away” their rights.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Helen Marsh", "positive"],
      ["Alan Pryce", "slow and steady rules"],
      ["Ruth Ellery", "not to sign away"],
    ]);
  });
});

describe("a paragraph opening 'Name – ' (a write-up's key points by speaker)", () => {
  const text = [
    "The lunch brought together Sarah Nandra and Owen Tate to talk about skills.",
    "Sarah Nandra – We need apprenticeships that match the jobs on offer. Colleges cannot fill the gap alone.",
    "Owen Tate – There must be rewards for firms that “act early”, including rate relief.",
    "Owen Tate – Harbour Works",
  ].join("\n");
  it("reads each sentence as that person's view, and a fragment in it as their words", () => {
    const analysis = analyseText(text, new KnownEntities([]));
    const reported = analysis.reported.map((r) => [r.person, text.slice(r.sentence.start, r.sentence.end)]);
    expect(reported).toEqual([
      ["sarah nandra", "Sarah Nandra – We need apprenticeships that match the jobs on offer."],
      ["sarah nandra", "Colleges cannot fill the gap alone."],
      ["owen tate", "Owen Tate – There must be rewards for firms that “act early”, including rate relief."],
    ]);
    expect(said(text)).toEqual([["Owen Tate", "act early"]]);
  });
});

describe("a paragraph of speech without quotation marks after 'Name said:'", () => {
  it("takes the paragraph after a lead ending 'said:' or 'noted:' for the speaker's words", () => {
    expect(
      said(
        [
          "The evening was hosted by Sarah Whitlock, chair of the Canal Heritage Forum. Introducing the minister, Ms Whitlock said:",
          "Our members have restored forty miles of towpath this decade. The work is only half done, and the next locks are the hardest.",
          "Opening his remarks, Mr Daniel Okafor noted:",
          "For almost a century, the forum has argued for the waterways. Today it is helping us plan the next fifty years.",
          "The report said:",
          "Funding should be ring-fenced for five years.",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Sarah Whitlock",
        "Our members have restored forty miles of towpath this decade. The work is only half done, and the next locks are the hardest.",
      ],
      [
        "Daniel Okafor",
        "For almost a century, the forum has argued for the waterways. Today it is helping us plan the next fifty years.",
      ],
    ]);
  });

  it("gives words to one who 'quoted' them: 'Name quoted from the report “…”'", () => {
    expect(
      said(
        "Among the themes, Dr Ellen Fairweather quoted from the survey “People leave school unable to read a payslip” to close.",
      ),
    ).toEqual([["Ellen Fairweather", "People leave school unable to read a payslip"]]);
  });
});

describe("a speaker named by role: ', said the president of the Org.'", () => {
  it("gives the words to the one person the text gives that role", () => {
    expect(
      said(
        [
          "Growers' union president Carol Pennick says the review ignored them.",
          "Growers are “livid” after a “pointless” meeting with ministers, said the president of the Growers' Union.",
          "The Treasury minister was “unavailable”, said the government.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Carol Pennick", "livid"],
      ["Carol Pennick", "pointless"],
    ]);
  });
});

describe("participles that give words: 'citing …', 'expressing his anger at the “…”'", () => {
  it("gives the fragment to the subject the participle hangs on, not to the sentence's first pronoun ('so-called' is no verb)", () => {
    expect(
      said(
        [
          "Dr Rhian Castell opened the hearing on river pollution.",
          "She pointed to reports that the so-called ‘river doctor’ Martin Oduya had resigned, citing worries over funding and the “slow poisoning” of the estuary.",
          "Vice chair Tom Ashgrove also spoke, expressing his anger at the “paper promises” made by the water firms.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Martin Oduya", "slow poisoning"],
      ["Tom Ashgrove", "paper promises"],
    ]);
  });
});

describe("a 'Name – …' paragraph with a quotation inside a sentence", () => {
  it("keeps the sentence that person's view (and a proposal in it theirs)", () => {
    const text = [
      "The lunch brought together Sarah Nandra and Owen Tate to talk about skills.",
      "Owen Tate – There must be rewards for firms that “do the decent thing”, including rate relief.",
    ].join("\n");
    const reported = analyseText(text, new KnownEntities([])).reported;
    expect(reported.map((r) => [r.person, text.slice(r.sentence.start, r.sentence.end)])).toEqual([
      ["owen tate", "Owen Tate – There must be rewards for firms that “do the decent thing”, including rate relief."],
    ]);
  });
});

describe("a sentence that quotes a fragment of one person's words", () => {
  it("is that person's reported view, whatever its verb", () => {
    const text =
      "Alan Pryce has been weighing how drones could help the stretched coastguard, but believes “slow, steady rules” are needed.";
    const reported = analyseText(text, new KnownEntities([])).reported;
    expect(reported.map((r) => [r.person, text.slice(r.sentence.start, r.sentence.end)])).toEqual([
      ["alan pryce", text],
    ]);
  });
});

describe("a short quotation after a possessive", () => {
  it("is the name of the owner's thing ('the union’s ‘harvest forum’'), no one's words", () => {
    expect(
      said(
        [
          "Union president Ruth Ellery told the Devon meeting of her hopes for the union’s ‘harvest forum’ in May.",
          "Ruth Ellery said the delay was “a disgrace”.",
        ].join("\n"),
      ),
    ).toEqual([["Ruth Ellery", "a disgrace"]]);
  });
});

describe("'Name opened the session with “…”'", () => {
  it("gives the words to the one who opened or closed with them", () => {
    expect(
      said(
        [
          "Held at the Corn Exchange, Mira Solvang opened the evening with “We are all tenants somewhere”.",
          "The council started work with “Phase Two of the Harbour Plan” last year.",
        ].join("\n"),
      ),
    ).toEqual([["Mira Solvang", "We are all tenants somewhere"]]);
  });
});

describe("an organisation named before a quotation in the sentence that gives it", () => {
  it("is the source's mention", () => {
    const draft = draftOf(
      "Held at the Corn Exchange, Mira Solvang opened the evening with “We are all tenants somewhere”.",
      [{ id: "corn-exchange", type: "organisation", label: "Corn Exchange", aliases: [] }],
    );
    expect(
      draft.claims.filter((c) => c.relation === "mentions" && c.to === "corn-exchange").map((c) => c.from),
    ).toHaveLength(1);
  });
});

describe("a lead-in that opens with its verb: 'Said Name: “…”', 'Added Name:'", () => {
  it("gives the words, and the paragraphs that go on with them, to the one named after the verb", () => {
    expect(
      said(
        [
          "Parking fees in the town centre will rise in April.",
          "",
          "Said council leader Marion Fitch: “Nobody wants to pay more to park. But the car parks cost more to run every year.”",
          "",
          "“We looked at every other option first.",
          "",
          "“The money raised goes back into the bus network.”",
          "",
          "Added deputy leader Owen Clarke: “We will review the charges after a year.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Marion Fitch", "Nobody wants to pay more to park. But the car parks cost more to run every year."],
      ["Marion Fitch", "We looked at every other option first."],
      ["Marion Fitch", "The money raised goes back into the bus network."],
      ["Owen Clarke", "We will review the charges after a year."],
    ]);
  });
});

describe("more verbs that give words: 'reiterated', 'conceded', 'pledged', 'talked about how', 'spoke about'", () => {
  it("gives the quotation to the subject of the verb", () => {
    expect(
      said(
        [
          "Transport minister Helen Oduya reiterated the government’s promise to deliver “the biggest upgrade to rural rail in fifty years”.",
          "Dr Samir Patel talked at length about the depot and how “nobody in the valley can reach a hospital by train”.",
          "Grace Mbeki spoke about founding the trust – a home for “the passengers nobody ever counts”.",
          "Councillor Ian Rees conceded that “the timetable has not kept pace with the town”.",
          "Rees later pledged to “put the last train back on before Christmas”.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Helen Oduya", "the biggest upgrade to rural rail in fifty years"],
      ["Samir Patel", "nobody in the valley can reach a hospital by train"],
      ["Grace Mbeki", "the passengers nobody ever counts"],
      ["Ian Rees", "the timetable has not kept pace with the town"],
      ["Ian Rees", "put the last train back on before Christmas"],
    ]);
  });

  it("gives 'made an impassioned plea that “…”', 'made the point that “…”' to the one who made it", () => {
    expect(
      said(
        [
          "Joan Tarrant of the Ferry Users Group made an impassioned plea that “the crossing is a road and should be paid for like one”.",
          "Peter Quayle made the point that “every cancelled sailing is a lost day’s wages”.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Joan Tarrant", "the crossing is a road and should be paid for like one"],
      ["Peter Quayle", "every cancelled sailing is a lost day’s wages"],
    ]);
  });
});

describe("a clause after the quotation with a subject of its own", () => {
  it("does not give the words to one who speaks in it ('… while Name called on …', '…, the forum heard, writes Name')", () => {
    expect(
      said(
        [
          "Next, Joan Tarrant made a plea that “the crossing should be paid for like a road” while Colin Mapp called on councillors to visit the slipway.",
          "",
          "The harbour “cannot survive another winter of cancellations” in its present state, the forum heard on Tuesday, writes Ellen Marsh.",
          "",
          "The new timetable was ‘rushed’ and ‘a mess from the start’, said Colin Mapp.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Joan Tarrant", "the crossing should be paid for like a road"],
      ["Colin Mapp", "rushed"],
      ["Colin Mapp", "a mess from the start"],
    ]);
  });
});

describe("a person named before the verb who is not its subject", () => {
  it("does not take the words of 'In a letter to Ms X, an officer said', 'Responding to X, the council said', 'X's office said'", () => {
    expect(
      said(
        [
          "Anna Hale has campaigned for a crossing outside the school for six years.",
          "In a letter sent to Ms Hale and seen by this paper, a highways officer said: “The road does not meet the threshold for a signal crossing at present.”",
          "Responding to Ms Hale’s petition, the county council said: “Safety on our roads is always our first priority.”",
          "Tom Byrne, the ward councillor, backed the campaign.",
          "Mr Byrne’s office said: “He has raised the crossing with officers three times this year.”",
          "Ms Hale, the group’s founder said: “Three times is not enough when children cross here every morning.”",
        ].join("\n"),
      ),
    ).toEqual([["Anna Hale", "Three times is not enough when children cross here every morning."]]);
  });
});

describe("'She added' after a sentence that names someone else, not as its subject", () => {
  it("goes on with the one who was speaking", () => {
    expect(
      said(
        [
          "Cllr Rhian Evans said: “It is disappointing that once again the decision has been put off.”",
          "A meeting to agree the budget was cancelled by council leader Gareth Lloyd on Monday.",
          "She added that the authority would now look at “whether the county can go it alone on care fees”.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Rhian Evans", "It is disappointing that once again the decision has been put off."],
      ["Rhian Evans", "whether the county can go it alone on care fees"],
    ]);
  });
});

describe("a news lead: '…, a council leader has said.' and '“…,” the minister said.'", () => {
  it("gives the words to the one the text names with that role, after or before", () => {
    expect(
      said(
        [
          "Plans to close the tip are “at best short-sighted”, a council chief executive has said.",
          "",
          "Ellen Marsh",
          "Friday 3 May 2024 09:30 BST",
          "",
          "The operator says the site loses money.",
          "",
          "Jo Pike, chief executive at Wrexley Borough Council, said she raised the plans with the operator.",
          "",
          "Housing minister Sam Adeyemi visited the estate on Friday.",
          "",
          "“We will not let these homes stand empty another winter,” the minister said.",
          "",
          "The closure is “a betrayal of the valley”, a spokesperson has said.",
          "",
          "The county is ‘shutting the door’ on young families, a Labour MP claimed.",
          "",
          "Labour MP Rhoda Finch raised the closures in Parliament.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Jo Pike", "at best short-sighted"],
      ["Sam Adeyemi", "We will not let these homes stand empty another winter,"],
      ["Rhoda Finch", "shutting the door"],
    ]);
  });
});

describe("words quoted early that a speaker says in full later", () => {
  it("are that speaker's, when the sentence quoting them names no one", () => {
    expect(
      said(
        [
          "Whitehall has “kicked the can down the road” on care funding, councillors heard.",
          "Cllr Mair Jones said: “Yet again ministers have kicked the can down the road on care.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Mair Jones", "kicked the can down the road"],
      ["Mair Jones", "Yet again ministers have kicked the can down the road on care."],
    ]);
  });
});

describe("quotation marks that do not match", () => {
  it('reads “…" closed by a straight mark, and ”…” opened by a closing mark, as quotations', () => {
    expect(
      said(
        [
          '“We have asked the department for answers since March"',
          "",
          "Lena Ward, head of policy at Lantern Cymru, said the cuts were ”the worst we have seen in a decade”.",
          "",
          "She said: “We have asked the department for answers since March and heard nothing.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Lena Ward", "We have asked the department for answers since March"],
      ["Lena Ward", "the worst we have seen in a decade"],
      ["Lena Ward", "We have asked the department for answers since March and heard nothing."],
    ]);
  });
});

describe("more ways news names the one speaking", () => {
  it("reads 'Her message … was blunt: “…”', 'His verdict: “…”', '“…,” reckons Name' and '“…,” the chief constable said'", () => {
    expect(
      said(
        [
          "Maria Lopez runs the food bank on Harrow Street. Her message to ministers was blunt: “Stop pretending the cost of living crisis is over.”",
          "",
          "“We see new families every single week,” reckons Lopez.",
          "",
          "Kevin Marsh, chief executive of Riverside Homes, spoke at the launch. His verdict: “The rules were written for a market that no longer exists.”",
          "",
          "The new chief constable, Ruth Bell, was asked about the figures. “We are not where we need to be, and I will not pretend otherwise,” the chief constable said.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Maria Lopez", "Stop pretending the cost of living crisis is over."],
      ["Maria Lopez", "We see new families every single week,"],
      ["Kevin Marsh", "The rules were written for a market that no longer exists."],
      ["Ruth Bell", "We are not where we need to be, and I will not pretend otherwise,"],
    ]);
  });

  it("gives no one the words of 'a friend of Name' or 'a spokesperson for Name’s campaign'", () => {
    expect(
      said(
        [
          "Kevin Marsh, chief executive of Riverside Homes, spoke at the launch.",
          "A spokesperson for Kevin Marsh’s campaign said: “He will be making no further comment today.”",
          "A friend of Mr Marsh said: “He has worked seven days a week since March.”",
          "A spokeswoman for Kevin Marsh said: “The figures speak for themselves.”",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a quotation whose speaker is named after it in brackets, or not named", () => {
  it("reads '“…” (Name, Org)' and '“…,” was how Name put it', and gives '“…,” said one nurse' to no one", () => {
    expect(
      said(
        [
          "Opening the conference, Helen Ward began by saying “this sector has never been more needed or less funded”.",
          "",
          "“We cannot keep asking volunteers to fill the gaps,” was how Ward put it.",
          "",
          "“Nobody voted for longer waiting lists” (Amir Shah, Patients First)",
          "",
          "“The money is there; the will is not.” Those were the words of Bishop Anne Carr.",
          "",
          "“We are running a modern service on Victorian pay,” said one nurse at the meeting.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Helen Ward", "this sector has never been more needed or less funded"],
      ["Helen Ward", "We cannot keep asking volunteers to fill the gaps,"],
      ["Amir Shah", "Nobody voted for longer waiting lists"],
      ["Anne Carr", "The money is there; the will is not."],
    ]);
  });
});

describe("a clause that reports someone else in a sentence quoting another", () => {
  it("is that person's view: '… made a plea that “…” while Org’s Name called on …'", () => {
    const text =
      "Next, Ravi Mehta from the Tenants Union made a plea that “rents must be frozen for two years at least” while Lantern North’s Nora Quinn called on councils to license every landlord.";
    const analysis = analyseText(text, new KnownEntities([]));
    expect(
      analysis.reported.map((v) => [
        analysis.found.people.get(v.person)!.label,
        text.slice(v.sentence.start, v.sentence.end),
      ]),
    ).toEqual([["Nora Quinn", "Lantern North’s Nora Quinn called on councils to license every landlord."]]);
    expect(said(text)).toEqual([["Ravi Mehta", "rents must be frozen for two years at least"]]);
  });
});

describe("a lead-in whose subject is an office: 'The minister said: “…”'", () => {
  it("gives the words to the one person named before with that office, and no one when two are", () => {
    expect(
      said(
        [
          "Schools minister Claire Dunmore visited Holme Primary on Monday, where she met the head teacher, Paul Ashby.",
          "",
          "The minister said: “Every child deserves a warm, dry classroom.”",
          "",
          "The head teacher added that “the roof has leaked for eleven winters”.",
          "",
          "The council said: “We have written to the department twice this year.”",
        ].join("\n"),
      ),
    ).toEqual([
      ["Claire Dunmore", "Every child deserves a warm, dry classroom."],
      ["Paul Ashby", "the roof has leaked for eleven winters"],
    ]);
    expect(
      said(
        [
          "Health minister Omar Reid and care minister Lucy Hart met the nurses on Friday.",
          "",
          "The minister said: “We will look again at the rota rules.”",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a clause after the quotation naming a speaker the text does not name", () => {
  it("keeps the words from the one who spoke before: '“…,” Name’s landlord said', '“…,” the company’s spokesman added'", () => {
    expect(
      said(
        [
          "Jane Smith, who chairs the residents’ group, said: “We were promised a new lift two years ago.”",
          "",
          "“The contract for the lift will be signed this month,” Jane Smith’s landlord said.",
          "",
          "“Our engineers have been on site every week,” the company’s spokesman added.",
          "",
          "The final word went to Tom Avery: “Two years is too long to wait for a lift.”",
          "",
          "In Avery’s words, “the building is a prison for anyone who cannot manage stairs”.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Jane Smith", "We were promised a new lift two years ago."],
      ["Tom Avery", "Two years is too long to wait for a lift."],
      ["Tom Avery", "the building is a prison for anyone who cannot manage stairs"],
    ]);
  });
});

describe("a verb after the quotation, then the name ending the clause", () => {
  it("gives the words to that name: '“…,” jokes Name', '“…,” laughs Name', not to the one who spoke before", () => {
    expect(
      said(
        [
          "Dr Priya Nair has run the lido for a decade. Tom Fenn is its treasurer.",
          "",
          "“The boiler is older than I am,” jokes Fenn.",
          "",
          "“Without the grant we close in October,” Nair tells me.",
          "",
          "“I never thought we would last this long,” laughs Fenn.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tom Fenn", "The boiler is older than I am,"],
      ["Priya Nair", "Without the grant we close in October,"],
      ["Tom Fenn", "I never thought we would last this long,"],
    ]);
  });
});

describe("a person's words on no theme the draft knows", () => {
  /** The claims a passage of someone's own words is evidence of, as [relation, the label of what it is to]. */
  const carriers = (draft: Draft, quote: string) =>
    draft.claims
      .filter((c) => c.evidence.some((e) => e.kind === "direct-quote" && e.quote === quote))
      .map((c) => [c.relation, label(draft, c.to)]);

  it("carries them on the organisation the sentence giving them names, not the speaker's own", () => {
    const draft = draftOf(
      [
        "Harbour Authority is ‘ignoring the fleet’ again, a Green councillor claimed",
        "",
        "Green councillor Mara Voss has been trying to arrange a meeting for three months.",
      ].join("\n"),
      [{ id: "harbour-authority", type: "organisation", label: "Harbour Authority", aliases: [] }],
    );
    expect(quoted(draft)).toContainEqual(["Mara Voss", "ignoring the fleet"]);
    expect(carriers(draft, "ignoring the fleet")).toEqual([["mentions", "harbour-authority"]]);
  });

  it("does not hang them on the speaker's post, which they are no evidence of", () => {
    const draft = draftOf(
      [
        "Slipway repairs delayed again",
        "",
        "Leader of Kestrel Borough Council, Cllr Dan Fellowes, said: ‘We have waited two winters for an answer.’",
      ].join("\n"),
    );
    expect(affiliationsIn(draft)).toContainEqual(["Dan Fellowes", "Leader", "Kestrel Borough Council"]);
    // Not the post: in a text that names no theme, the words are on the new theme its title names (stop 42).
    expect(carriers(draft, "We have waited two winters for an answer.")).toEqual([["spoke-on", "Test source"]]);
  });
});

describe("more ways a write-up reports what one person put to the room", () => {
  const views = (text: string) => {
    const analysis = analyseText(text, new KnownEntities([]));
    return analysis.reported.map((r) => [
      analysis.found.people.get(r.person)!.label,
      text.slice(r.sentence.start, r.sentence.end),
    ]);
  };

  it("reads 'Name from Org presented her work on …', 'spoke for …, making the case …', 'She made the case that …', 'reiterated …'", () => {
    const text = [
      "Ines Corrado from the Tidewater Institute presented her latest research on river bank erosion.",
      "",
      "Our policy lead Owen Baptiste spoke for the Trust, making the case for flood defences built with farmers.",
      "",
      "We were glad to have Priya Holloway MP as our main speaker. She made the case that towns need a say on flood plans.",
      "",
      "Tom Reyes reiterated the council’s commitment to the estuary plan.",
    ].join("\n");
    expect(views(text)).toEqual([
      [
        "Ines Corrado",
        "Ines Corrado from the Tidewater Institute presented her latest research on river bank erosion.",
      ],
      [
        "Owen Baptiste",
        "Our policy lead Owen Baptiste spoke for the Trust, making the case for flood defences built with farmers.",
      ],
      ["Priya Holloway", "She made the case that towns need a say on flood plans."],
      ["Tom Reyes", "Tom Reyes reiterated the council’s commitment to the estuary plan."],
    ]);
  });

  it("does not read what is handed over as a view: 'presented the award to …', 'She presented the figures'", () => {
    const text = "Ines Corrado presented the award to the winning team. She also presented the figures for the year.";
    expect(views(text)).toEqual([]);
  });
});

describe("a reported view that points back to what was just named: 'to address the issue'", () => {
  const known: KnownEntity[] = [{ id: "river-dredging", type: "theme", label: "river dredging", aliases: [] }];
  const spokeOn = (draft: Draft) =>
    draft.claims.filter((c) => c.relation === "spoke-on").map((c) => [label(draft, c.from), c.to]);

  it("is on the theme named just before it", () => {
    const draft = draftOf(
      "Ana Ruiz described the ban on river dredging as overdue, while Tom Reyes urged the agency to address the issue.",
      known,
    );
    expect(spokeOn(draft)).toContainEqual(["Tom Reyes", "river-dredging"]);
  });

  it("is on no theme when it points back to none, or does not point back", () => {
    const none = draftOf("The weather was fine. Tom Reyes urged the agency to address the issue.", known);
    expect(spokeOn(none)).toEqual([]);
    const own = draftOf(
      "River dredging came up early. Later, Tom Reyes urged the agency to publish its accounts.",
      known,
    );
    expect(spokeOn(own)).toEqual([]);
  });
});

describe("a quotation inside a sentence about one speaker, with no verb of speech", () => {
  it("is the words of the one the sentence opens with, when the text gives that person words elsewhere", () => {
    const text = [
      "Jane Fenwick, who chairs the cross-party group, said: “People have lost their homes and their families.”",
      "Ms Fenwick has met people who suffered abuse and “turned to betting as a way to shut that out”.",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Jane Fenwick", "People have lost their homes and their families."],
      ["Jane Fenwick", "turned to betting as a way to shut that out"],
    ]);
  });

  it("is no one's when the one named has no words of their own, or when the sentence names two people", () => {
    expect(
      said("Jane Fenwick has met people who suffered abuse and “turned to betting as a way to shut that out”."),
    ).toEqual([]);
    const two = [
      "Jane Fenwick said: “People have lost their homes and their families.”",
      "Ms Fenwick met Tom Reed, whose report found people who “turned to betting as a way to shut that out”.",
    ].join("\n\n");
    expect(said(two)).toEqual([["Jane Fenwick", "People have lost their homes and their families."]]);
  });
});

describe("a news page's crosshead in quotation marks", () => {
  it("is no one's words: a line that is only a short quotation with no sentence's end", () => {
    const text = [
      "Jo Marsh said: “The floods are appalling and the firm must act now.”",
      "‘Higher workload’",
      "Tom Reed, of the Consumer Council, described it as “one of the worst failures a customer can see”.",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Jo Marsh", "The floods are appalling and the firm must act now."],
      ["Tom Reed", "one of the worst failures a customer can see"],
    ]);
  });
});

describe("a news lead whose speaker is described, not named: 'An MP has insisted X “must do more”'", () => {
  it("gives the words to the one named after it with that office", () => {
    const text = [
      "An MP has insisted Eastmere Water “must do more” to support households hit by flooding.",
      "Jo Marsh, the MP for Fenby, described the floods as “utterly shameful and plainly wrong”.",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Jo Marsh", "must do more"],
      ["Jo Marsh", "utterly shameful and plainly wrong"],
    ]);
  });

  it("gives them to no one when no one named after it holds the office", () => {
    const text = [
      "An MP has insisted Eastmere Water “must do more” to support households hit by flooding.",
      "Jo Marsh, a councillor in Fenby, described the floods as “utterly shameful and plainly wrong”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Jo Marsh", "utterly shameful and plainly wrong"]]);
  });
});

describe("a speaker named with where they are from: 'Name (Maiden) from Org Name explained'", () => {
  it("gives the words to the one named first, not to a name inside 'from …' (a firm's name read as a person's)", () => {
    expect(
      said(
        'Responding to this, Ann Frith (Reyes) from ABX Morgan Lane explained how her firm has "the agility to respond to orders at pace".',
      ),
    ).toEqual([["Ann Frith", "the agility to respond to orders at pace"]]);
  });
});

describe("a work's title in quotation marks: 'his keynote, ‘…’', 'a report entitled ‘…’'", () => {
  it("is no one's words, however long, while the same speaker's words in the sentence are theirs", () => {
    const text = [
      "Dr Ann Frith, chief executive of Fenby Maps, opened with her keynote, ‘Charts: Tides, trade and the town’, and a warning.",
      "Tom Reyes presented a paper titled “Why the coast will need new charts by 2030” to the morning session.",
      "Dr Frith said the port was “in better health than at any time this century”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Ann Frith", "in better health than at any time this century"]]);
  });
});

describe("a pronoun after a sentence that names someone by a given name alone", () => {
  it("is not the one named before that sentence: the words are no one's rather than the wrong person's", () => {
    const text = [
      "Kate Marsh, who runs the advice line at Fenby Trust, said: “We hear from families like this every week.”",
      "The film follows Bridget as she tries to pay for her father’s funeral.",
      "She described the ‘fight’ she had with three funeral homes as “the hardest thing I have ever done”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Kate Marsh", "We hear from families like this every week."]]);
  });

  it("still goes back when the given name alone is that of a person the text names in full", () => {
    const text = [
      "Kate Marsh runs the advice line at the Fenby Trust.",
      "The line takes calls from families, Kate says, and most are in debt.",
      "She said the waits were “longer than ever”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Kate Marsh", "longer than ever"]]);
  });

  it("still goes back to the subject when the sentence between names no one", () => {
    const text = [
      "Kate Marsh, who runs the advice line at Fenby Trust, spoke first.",
      "The line took four thousand calls last year.",
      "She said it was “the busiest year we have ever had”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Kate Marsh", "the busiest year we have ever had"]]);
  });
});

describe("a pronoun after a sentence whose subject is two people: 'A and B met … “…,” she said'", () => {
  it("gives the words to neither, unless a title says which one the pronoun is", () => {
    const opening = "Kate Marsh, director of the Fenby Trust, and Ann Frith, the council leader, spoke first.";
    expect(
      said(
        [
          opening,
          "Kate Marsh and Ann Frith met at the harbour office on Monday. “It was a frank meeting,” she said.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
    expect(
      said(
        [
          opening,
          "Mr Tom Reyes and Ms Ann Frith met at the harbour office on Monday. “It was a frank meeting,” she said.",
        ].join("\n\n"),
      ),
    ).toEqual([["Ann Frith", "It was a frank meeting,"]]);
  });
});

describe("a pronoun after a sentence whose own subject is that pronoun: 'He said he had written to X. “…,” he said.'", () => {
  it("goes back past the sentence that names someone only as its object", () => {
    const text = [
      "Council leader Ann Frith said the work would cost £4m. “It is the biggest investment in years,” she said.",
      "Tom Reyes, who chairs the Fenby Fishermen's Association, welcomed the change. He said he had written to Ann Frith in January.",
      "“It shows that the council can listen,” he said.",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Ann Frith", "It is the biggest investment in years,"],
      ["Tom Reyes", "It shows that the council can listen,"],
    ]);
  });

  it("knows a person's 'she' or 'he' from a title the text writes before any mention of them ('Ms Frith')", () => {
    const text = [
      "Tom Reyes, who chairs the Fenby Fishermen's Association, spoke first.",
      "The council's offer came in a letter from Ann Frith, the council leader, in January. Ms Frith has since met the fishermen.",
      "“It shows that the council can listen,” he said.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Tom Reyes", "It shows that the council can listen,"]]);
  });
});

describe("words a document says, quoted in a sentence about a person: 'X quoted the report, which says “…”'", () => {
  it("are no one's when the verb nearest the quotation has a document or 'which' for its subject", () => {
    const text = [
      "Kate Marsh, director of the Fenby Trust, spoke first.",
      "Kate Marsh quoted the council's own report, which says the harbour is “at risk of closure within five years”.",
      "Tom Reyes held up the harbour board's annual report. The report states that “the silt has not been measured since 2019”.",
      "Kate Marsh said the harbour was “the reason the town exists”.",
    ].join("\n\n");
    expect(said(text)).toEqual([["Kate Marsh", "the reason the town exists"]]);
  });
});

describe("a participle of speech set off from a document it follows: 'X welcomed the report, saying: “…”'", () => {
  it("gives the words to the sentence's subject, the document being the object of the verb before", () => {
    const text = [
      "Kate Marsh, director of the Fenby Trust, welcomed the council's report saying: “We have waited three years for the harbour to be taken seriously, and this is a start.”",
      "Tom Reyes, harbour master, praised the review, adding: “The silt has not been measured since 2019 and now it will be.”",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Kate Marsh", "We have waited three years for the harbour to be taken seriously, and this is a start."],
      ["Tom Reyes", "The silt has not been measured since 2019 and now it will be."],
    ]);
  });

  it("and so does a clause set off after the subject whose closing comma is left out ('X, who wrote the report said:')", () => {
    const text = [
      "Kate Marsh, who wrote the harbour report said: “We cannot wait another winter for the dredgers.”",
      "Tom Reyes, speaking about the council's review said: “The boats have already started to leave for Whitby.”",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Kate Marsh", "We cannot wait another winter for the dredgers."],
      ["Tom Reyes", "The boats have already started to leave for Whitby."],
    ]);
  });
});
