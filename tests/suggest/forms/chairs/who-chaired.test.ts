// Who chaired: the forms real texts use to name a session's chair, and the ones that name someone who is no chair of
// it, each on a small sentence written for this test (names and organisations invented). The rule: a person tied, in
// one clause, to a chair word (chair, chairman, chairperson, moderator, facilitator, convener, presiding, "in the
// chair", "led by" a debate) whose object is this session or none — not another body.
import { describe, expect, it } from "vitest";
import { draftOf, labelIn } from "../../../helpers/draft.js";

// The people are in the registry, so that what is tested is who the text names as chair, not whether a name is found.
const known = ["Ruth Okafor", "Tom Hughes", "Sara Lind"].map((label) => ({
  id: label.toLowerCase().replace(" ", "-"),
  type: "person" as const,
  label,
  aliases: [],
}));
const chairOf = (text: string) => {
  const draft = draftOf(text, known);
  return draft.claims
    .filter((c) => c.relation === "chaired")
    .map((c) => known.find((k) => k.id === c.from)?.label ?? labelIn(draft, c.from));
};
const panel = "Tom Hughes, Chief Planner at Leeds City Council, and Sara Lind, Director of the Open Streets Trust";

describe("the chair named after the chair word", () => {
  it("reads an inverted clause: 'Chairing the meeting was X', 'Moderating the debate is X'", () => {
    expect(
      chairOf(`Chairing the meeting was Ruth Okafor, Director of Housing at Fenby Council, who said homes came first.`),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Moderating the debate was Ruth Okafor. ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
  });

  it("reads a session's chair word before the name: 'debate chair Cllr X', 'the session's moderator, X'", () => {
    expect(chairOf(`At the spring conference, debate chair Cllr Ruth Okafor was joined by ${panel}.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`The session's moderator, Ruth Okafor, put questions to ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Our chair for the evening, Ruth Okafor, welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The chair of the discussion, Ruth Okafor, welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The chair of the Fenby Housing Trust, Ruth Okafor, welcomed ${panel}.`)).toEqual([]);
  });

  it("reads a label line: 'Moderator: X', 'Chair – X', 'Facilitator - X'", () => {
    expect(chairOf(`Housing in Fenby\nModerator: Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Housing in Fenby\nChair – Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Housing in Fenby\nFacilitator - Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Housing in Fenby\nSession chair: Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
  });

  it("reads an organisation's post before the name: 'Moderated by <Org> chairman and CEO X'", () => {
    const after =
      "the panel discussion included Tom Hughes of Leeds City Council and Sara Lind of the Open Streets Trust.";
    expect(chairOf(`Moderated by Marlow Hotels chairman and CEO Ruth Okafor, ${after}`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Moderated by Fenby Gazette editor Ruth Okafor, ${after}`)).toEqual(["Ruth Okafor"]);
    // A middle initial ends no sentence: "Jonathan M. Tarrant".
    expect(chairOf(`Moderated by Marlow Hotels chairman and CEO Alan J. Fenner, ${after}`)).toEqual(["Alan J. Fenner"]);
    expect(chairOf(`Chaired by Westby Council's chief executive, Ruth Okafor, ${after}`)).toEqual(["Ruth Okafor"]);
  });

  it("reads council minutes: 'In the Chair: Councillor X', 'Present: Cllr X (in the Chair), …'", () => {
    expect(chairOf("In the Chair: Councillor Ruth Okafor\nPresent: Councillors Tom Hughes and Sara Lind")).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf("IN THE CHAIR – Cllr Ruth Okafor\nAlso present: Cllr Tom Hughes, Cllr Sara Lind")).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf("Present: Cllr Ruth Okafor (in the Chair), Cllr Tom Hughes, Cllr Sara Lind.")).toEqual([
      "Ruth Okafor",
    ]);
  });

  it("reads 'led by' a debate or a session as its chair", () => {
    expect(
      chairOf(
        `At our conference debate, led by Cllr Ruth Okafor, Chair of the Fenby Council Housing Board, we heard from ${panel}.`,
      ),
    ).toEqual(["Ruth Okafor"]);
  });
});

describe("the chair named before the chair word", () => {
  it("reads a long apposition and an adverb between: 'X, <role at Org>, ably chaired proceedings'", () => {
    expect(
      chairOf(
        `Ruth Okafor, Social Affairs Editor for the Fenby Gazette newspaper, ably chaired proceedings and kept ${panel} to time.`,
      ),
    ).toEqual(["Ruth Okafor"]);
  });

  it("reads 'X took the chair', 'with X presiding', 'X (moderator)', 'X acted as facilitator', 'X, our chair for …'", () => {
    expect(chairOf(`The broadcaster Ruth Okafor took the chair, and ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Dr Ruth Okafor was called to the Chair, and ${panel} gave evidence.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor, the chair, welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`${panel} spoke for an hour, with Ruth Okafor presiding.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor (moderator) welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor acted as facilitator, and ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor, our chair for the evening, welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor, the debate's moderator, welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`${panel} spoke, with Ruth Okafor as panel moderator.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor was our debate chair, and ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
  });
});

describe("two chairs, and one who opens the session", () => {
  it("reads 'co-chaired by A and B' as both", () => {
    expect(chairOf(`The roundtable was co-chaired by Ruth Okafor and Dr Tom Hughes. Sara Lind spoke first.`)).toEqual([
      "Ruth Okafor",
      "Tom Hughes",
    ]);
  });

  it("reads 'X opened the debate by asking …' as the chair when no one else is named chair", () => {
    expect(chairOf(`Ruth Okafor opened the debate by asking ${panel} what had gone wrong.`)).toEqual(["Ruth Okafor"]);
    expect(
      chairOf(`The debate was chaired by Tom Hughes. Ruth Okafor opened the debate by asking Sara Lind a question.`),
    ).toEqual(["Tom Hughes"]);
    expect(chairOf(`Ruth Okafor opened the conference with a speech, and ${panel} spoke next.`)).toEqual([]);
  });
});

describe("the chair marked in a list entry", () => {
  it("reads '- Name – Post (Chairman) and …' in a list of those present, not '(Chairman, Org)' nor 'Chair, Org'", () => {
    const list = (first: string) =>
      [
        "Present",
        `- ${first}`,
        "- Mr Tom Hughes – Chief Operating Officer and voting member",
        "- Ms Sara Lind – Director of Finance and voting member",
      ].join("\n");
    expect(chairOf(list("Prof. Ruth Okafor – Non-Executive Director (Chairman) and voting member"))).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(list("Prof. Ruth Okafor – Non-Executive Director (Chairman, Fenby Housing Trust)"))).toEqual([]);
    expect(chairOf(list("Prof. Ruth Okafor – Chair, Fenby Housing Trust"))).toEqual([]);
  });
});

describe("no chair of this session", () => {
  it("is not a host of interviews, nor a host when someone else chaired", () => {
    expect(
      chairOf(`Fenby Gazette correspondent Ruth Okafor hosted six interviews with leading figures such as ${panel}.`),
    ).toEqual([]);
    expect(chairOf(`The event was hosted by Ruth Okafor MP and chaired by Tom Hughes. Sara Lind spoke.`)).toEqual([
      "Tom Hughes",
    ]);
  });

  it("is not the host of a one-speaker address (a lecture, a keynote, a speech), who introduces the speaker", () => {
    expect(
      chairOf(
        "Tom Hughes gave the annual Fenby Lecture on Monday. The event was hosted by Ruth Okafor, Chair of the Fenby Society. Introducing the speaker, Ms Okafor said: “We are delighted to welcome our guest tonight.” Mr Hughes, Chief Planner at Leeds City Council, then spoke: “Our streets belong to the people who walk them.”",
      ),
    ).toEqual([]);
    expect(
      chairOf(
        "The evening, a keynote address by Tom Hughes, was hosted by Ruth Okafor, Director of the Fenby Society. “Our streets belong to the people who walk them,” Mr Hughes said.",
      ),
    ).toEqual([]);
  });

  it("is the host of a session with two speakers or more, when no one else chaired", () => {
    expect(chairOf(`The evening was hosted by Ruth Okafor, with ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Hosted by Ruth Okafor, the webinar heard from ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Hosted by Ruth Okafor, the delegation met ${panel}.`)).toEqual([]);
    expect(chairOf(`Hosted by Ruth Okafor, the evening was a keynote by Tom Hughes of Leeds City Council.`)).toEqual(
      [],
    );
    expect(
      chairOf(
        "Both sessions were hosted by Director of the Fenby Society, Ruth Okafor. Tom Hughes said: “Our streets belong to the people who walk them.” Sara Lind said: “The buses must come first.”",
      ),
    ).toEqual(["Ruth Okafor"]);
  });

  it("is not the chair of another body: 'who chairs the Y board', 'the Z review, chaired by X', 'chair of governors X'", () => {
    expect(chairOf(`Ruth Okafor, who chairs the Fenby Housing Board, spoke after ${panel}.`)).toEqual([]);
    expect(chairOf(`The Fenby housing review, chaired by Ruth Okafor, was praised by ${panel}.`)).toEqual([]);
    expect(chairOf(`Chair of governors Ruth Okafor said the school needed ${panel} to help.`)).toEqual([]);
    expect(chairOf(`Fenby Housing Trust chair Ruth Okafor welcomed ${panel}.`)).toEqual([]);
    expect(chairOf(`The health committee chair Ruth Okafor has written to ${panel}.`)).toEqual([]);
    expect(chairOf(`Chairing the Fenby Review was Ruth Okafor, who later thanked ${panel}.`)).toEqual([]);
  });

  it("is not the person whose deputy chaired: 'chaired by X's deputy'", () => {
    expect(chairOf(`The meeting was chaired by Ruth Okafor's deputy, and ${panel} spoke.`)).toEqual([]);
  });

  it("is not someone who led something other than a session", () => {
    expect(chairOf(`A delegation led by Ruth Okafor met ${panel}.`)).toEqual([]);
    expect(chairOf(`The research, led by Ruth Okafor, was welcomed by ${panel}.`)).toEqual([]);
    expect(chairOf(`The review panel, led by Ruth Okafor, was welcomed by ${panel}.`)).toEqual([]);
  });
});

describe("the presiding officer of a debate", () => {
  it("is the chair: 'Madam Deputy Speaker (Dame X)', 'Mr Speaker (X)', 'The Presiding Officer (X)'", () => {
    expect(
      chairOf(
        `Ruth Okafor Portrait Madam Deputy Speaker (Dame Ruth Okafor)\nI call Tom Hughes to move the motion.\nTom Hughes said the harbours needed money.`,
      ),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The Deputy Presiding Officer (Ruth Okafor): I call Tom Hughes.\nTom Hughes spoke.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`Mr Deputy Speaker (Mr Tom Hughes): Order. I call Sara Lind.\nSara Lind spoke.`)).toEqual([
      "Tom Hughes",
    ]);
  });

  it("is the chair: the Senedd's 'Y Llywydd (X)', 'Y Dirprwy Lywydd (X)', Stormont's 'The Principal Deputy Speaker (X)'", () => {
    for (const office of ["Y Llywydd", "Y Dirprwy Lywydd", "The Principal Deputy Speaker", "The Lord Speaker"]) {
      expect(chairOf(`Tom Hughes asked a question.\n${office} (Ruth Okafor) then called Sara Lind.`)).toEqual([
        "Ruth Okafor",
      ]);
    }
  });

  it("reads a Holyrood committee's convener: 'The Convener (X):', 'The Deputy Convener (X):'", () => {
    expect(chairOf(`The Convener (Ruth Okafor): Good morning. I welcome Tom Hughes.\nTom Hughes spoke.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`The Deputy Convener (Ruth Okafor): I call Tom Hughes.\nTom Hughes spoke.`)).toEqual([
      "Ruth Okafor",
    ]);
  });

  it("is not someone who speaks after the Speaker, nor one who merely mentions a Speaker", () => {
    expect(chairOf(`Tom Hughes thanked Madam Deputy Speaker and welcomed Sara Lind to the debate.`)).toEqual([]);
    expect(chairOf(`Ruth Okafor, a former Deputy Speaker, spoke after Tom Hughes.`)).toEqual([]);
  });
});

describe("the chair as the subject of a chair verb further away", () => {
  it("reads a pronoun that names the chair: 'X opened the session … she was pleased to be chairing such a panel'", () => {
    expect(
      chairOf(
        `Ruth Okafor opened our plenary session today. Ruth also said how glad she was to be chairing such a varied panel, with ${panel}.`,
      ),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor welcomed ${panel}. She chaired the discussion with a light touch.`)).toEqual([
      "Ruth Okafor",
    ]);
    // The given name alone, opening a sentence with an adverb before its verb, is the one named in full before.
    expect(
      chairOf(
        `Ruth Okafor opened our plenary session. ${panel} spoke first. Ruth also reminded us that it was a holiday, and said how glad she was to be chairing such a varied panel.`,
      ),
    ).toEqual(["Ruth Okafor"]);
    // A pronoun that chairs another body is no chair of this session.
    expect(chairOf(`Ruth Okafor welcomed ${panel}. She chairs the Fenby Housing Board.`)).toEqual([]);
  });

  it("reads the sentence's subject of a later verb: 'X introduced the panellists and proceeded to moderate the discussion'", () => {
    expect(
      chairOf(
        `Dr. Ruth Okafor introduced the panellists [names and posts] and proceeded to moderate the debate. ${panel} spoke.`,
      ),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor thanked the organisers and then chaired the debate between ${panel}.`)).toEqual([
      "Ruth Okafor",
    ]);
    // The later verb's subject is someone else when another person is named between.
    expect(
      chairOf(`Ruth Okafor thanked Tom Hughes, who went on to chair the Fenby Housing Board, and Sara Lind spoke.`),
    ).toEqual([]);
  });

  it("reads a chair verb after an auxiliary or a control verb: 'X will chair', 'X agreed to chair', 'X was invited to moderate'", () => {
    expect(chairOf(`Ruth Okafor will chair the session, and ${panel} will speak.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor kindly agreed to chair the debate, and ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor was invited to moderate the panel of ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor agreed to chair the Fenby Housing Board, and ${panel} spoke.`)).toEqual([]);
  });
});

describe("more ways UK texts name a session's chair", () => {
  it("reads 'hosted and chaired by X' as the chair, and 'Chaired by: X' as a label", () => {
    expect(chairOf(`The evening was hosted and chaired by Ruth Okafor. ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Housing in Fenby\nChaired by: Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Housing in Fenby\nModerated by – Ruth Okafor\nSpeakers: ${panel}.`)).toEqual(["Ruth Okafor"]);
  });

  it("reads 'under the chairmanship of X' and 'with X chairing'", () => {
    expect(chairOf(`The meeting, under the chairmanship of Cllr Ruth Okafor, heard from ${panel}.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`With Ruth Okafor chairing, the panel heard from ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The Fenby Review, under the chairmanship of Ruth Okafor, was praised by ${panel}.`)).toEqual([]);
  });

  it("reads an inverted clause with a host's verb as a host: 'Hosting the evening was X'", () => {
    expect(chairOf(`Hosting the evening was Ruth Okafor, who welcomed ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Compèring the event was Ruth Okafor, and ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
  });

  it("reads the chair of a committee at its own hearing, not the chair of another committee", () => {
    const hearing = (sentence: string) =>
      `Witnesses told the Fenby Transport Committee on Tuesday that buses were failing. ${sentence} Tom Hughes, Chief Planner at Leeds City Council, said: “The routes have gone.” Sara Lind, Director of the Open Streets Trust, said: “Fares must fall.”`;
    expect(chairOf(hearing(`Committee chair Ruth Okafor asked why routes had closed.`))).toEqual(["Ruth Okafor"]);
    expect(
      chairOf(hearing(`Ruth Okafor, chair of the Fenby Transport Committee, asked why routes had closed.`)),
    ).toEqual(["Ruth Okafor"]);
    expect(
      chairOf(hearing(`Ruth Okafor, chair of the Fenby Housing Committee, said the findings were worrying.`)),
    ).toEqual([]);
    // In a transcript, the chair is the title block's, not a witness who chairs a committee of their own that gave evidence.
    expect(
      chairOf(
        [
          "Fenby Transport Committee",
          "Oral evidence: Rural buses",
          "Members present: Tom Hughes (Chair); Sara Lind.",
          "Ruth Okafor, Chair, Fenby Transport Users Committee, gave evidence.",
          "Examination of witnesses",
          "Q1 Chair: Welcome. Ms Okafor, what evidence have you heard from passengers?",
          "Ruth Okafor: Many have told the committee that routes have gone.",
        ].join("\n\n"),
      ),
    ).toEqual(["Tom Hughes"]);
    // Nor when the title block names no chair: the witness chairs another body, not this hearing.
    expect(
      chairOf(
        [
          "Fenby Transport Committee",
          "Oral evidence: Rural buses",
          "Witnesses: Ruth Okafor, Chair, Fenby Transport Users Committee, gave evidence.",
          "Examination of witnesses",
          "Q1 Chair: Welcome. Ms Okafor, what evidence have you heard from passengers?",
          "Ruth Okafor: Many have told the committee that routes have gone.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});

describe("a chair named by a list entry's post alone, or by introducing the panel", () => {
  it("reads '- Name – Chair' and '- Name, Moderator' ending a speakers' list entry, not 'Chair, Org'", () => {
    const list = (first: string) =>
      [
        "Speakers",
        `- ${first}`,
        "- Tom Hughes – Chief Planner, Leeds City Council",
        "- Sara Lind – Director, Open Streets Trust",
      ].join("\n");
    expect(chairOf(list("Ruth Okafor – Chair"))).toEqual(["Ruth Okafor"]);
    expect(chairOf(list("Dr Ruth Okafor, Moderator"))).toEqual(["Ruth Okafor"]);
    expect(chairOf(list("Ruth Okafor – Chair, Fenby Housing Trust"))).toEqual([]);
    expect(chairOf(list("Ruth Okafor – Vice-Chair"))).toEqual([]);
  });

  it("reads 'X introduced the panellists' as the chair when no one else is named chair", () => {
    expect(chairOf(`Ruth Okafor introduced the panellists, ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor welcomed the speakers and the audience. ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
    expect(
      chairOf(`Tom Hughes chaired the debate. Ruth Okafor introduced the panellists, and Sara Lind spoke.`),
    ).toEqual(["Tom Hughes"]);
    expect(chairOf(`Ruth Okafor introduced the report, and ${panel} spoke.`)).toEqual([]);
  });

  it("reads no chair from a name that ends an apposition before 'introduced the panelists'", () => {
    // "Panel of Eminent Persons" ends the apposition of the subject; its last words are read as a name, but the verb
    // after its comma is the subject's, and no one is named chair.
    const text =
      "The Fenby Forum held a public discussion on housing. Fenby Forum President Jo Kemp opened the session with a few words of welcome, and Dr. Ann Frith, former Minister of Housing and a member of the Panel of Eminent Persons, introduced the panelists and their studies of housing. The panelists included Tom Reyes of the Fenby Trust and Sam Yeo of the Marlow Institute.";
    expect(chairOf(text)).toEqual([]);
  });
});

describe("round 8: title blocks, labels of two chairs, 'As chair, X', 'X, who was in the chair,'", () => {
  it("reads a title block's label on a line of its own, the chair named first on the next", () => {
    expect(
      chairOf(`Housing in Fenby\n\nChair\nDr Ruth Okafor, Director, Fenby Institute\n\nSpeakers\n${panel}`),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`MODERATOR\n\nRuth Okafor\nDirector, Fenby Institute\n\nPANELLISTS\n${panel}`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`Chaired by\nRuth Okafor (Fenby Institute)\nSpeakers\n${panel}`)).toEqual(["Ruth Okafor"]);
  });

  it("reads no title-block chair from a label after a line naming someone, nor before a sentence", () => {
    // Each name's post on the line after it: "Chair" is Ruth Okafor's post here, not Tom Hughes's label.
    expect(
      chairOf("Panel\nRuth Okafor\nChair\nTom Hughes\nChief Planner, Leeds City Council\nSara Lind\nDirector"),
    ).toEqual([]);
    expect(chairOf("Fenby Housing Trust\nChair\nTom Hughes spoke about the trust's new homes.")).toEqual([]);
  });

  it("reads a label of two chairs and a label with a session: 'Co-chairs: A and B', 'Chair/Moderator: X', 'Chair of the session: X'", () => {
    expect(
      chairOf("Co-chairs: Ruth Okafor and Tom Hughes\nSpeaker: Sara Lind, Director of the Open Streets Trust"),
    ).toEqual(["Ruth Okafor", "Tom Hughes"]);
    expect(chairOf(`Chair/Moderator: Ruth Okafor\nSpeakers: ${panel}`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Chair of the session: Ruth Okafor\nSpeakers: ${panel}`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Chair for the evening: Ruth Okafor\nSpeakers: ${panel}`)).toEqual(["Ruth Okafor"]);
  });

  it("reads 'As chair, X …' and 'As chair of the panel, X …', not 'As chair of the <Org>, X'", () => {
    expect(chairOf(`As chair, Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`As the session's moderator, Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`As chair of the panel, Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`As chair of the Fenby Housing Trust, Ruth Okafor asked ${panel} about buses.`)).toEqual([]);
  });

  it("reads 'X, who was in the chair,' and not the next person after 'With X in the chair,'", () => {
    expect(chairOf(`Ruth Okafor, who was in the chair, thanked ${panel}.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf("With Ruth Okafor in the chair, Tom Hughes spoke first and Sara Lind replied.")).toEqual([
      "Ruth Okafor",
    ]);
  });

  it("reads a chair word with its holder in brackets, and with no comma before the name", () => {
    expect(chairOf(`The chairman (Professor Ruth Okafor) and the panellists, ${panel}, met an hour early.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`The chairman of the panel Mr. Ruth Okafor, Senior Lecturer in Law, introduced ${panel}.`)).toEqual([
      "Ruth Okafor",
    ]);
    // An initial after a title ends no sentence: "Mr. R. Okafor", who is the known Ruth Okafor by her initial.
    expect(chairOf(`The Chairman of the panel Mr. R. Okafor, Senior Lecturer in Law, introduced the theme.`)).toEqual([
      "Ruth Okafor",
    ]);
  });

  it("reads no host of something other than a session: 'a breakfast at Parliament hosted by X'", () => {
    const spoke = `${panel}, spoke.`;
    expect(chairOf(`The day opened with a breakfast at Parliament hosted by Ruth Okafor MP. ${spoke}`)).toEqual([]);
    expect(chairOf(`It was a lively debate at the Guildhall hosted by Ruth Okafor. ${spoke}`)).toEqual(["Ruth Okafor"]);
  });

  it("reads a title block's '(Chair)' after a name with two middle initials: 'Ruth T. C. Okafor (Chair)'", () => {
    const transcript = [
      "Taken before the Fenby Affairs Committee",
      "",
      "Members present:",
      "",
      "Ruth T. C. Okafor (Chair)",
      "",
      "Tom Hughes",
      "",
      "Examination of Witnesses",
      "",
      "Witness: Sara Lind, Director, Fenby Broadband Trust, gave evidence.",
      "",
      "Q61 Chair: Good morning. Thank you for joining us here today.",
      "",
      "Sara Lind: Good morning. We connect farms to fast broadband.",
      "",
    ].join("\n");
    expect(chairOf(transcript)).toEqual(["Ruth T. C. Okafor"]);
  });

  it("reads 'Moderator X asked …', 'X, moderator, asked …' and 'X, acting as chair,', not a church's Moderator", () => {
    expect(chairOf(`Moderator Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The discussion was opened by moderator Ruth Okafor, who asked ${panel} about buses.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(chairOf(`Ruth Okafor, moderator, asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor, acting as chair, asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor (chairing) asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`The Fenby Kirk's Moderator Ruth Okafor spoke with ${panel}.`)).toEqual([]);
    expect(chairOf(`Ruth Okafor, acting as chair of the Fenby Trust, spoke with ${panel}.`)).toEqual([]);
  });

  it("reads a participle opening the sentence: 'Chairing the panel, X asked …', not 'Chairing the Fenby Trust since 2019, X'", () => {
    expect(chairOf(`Chairing the panel, Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Moderating the discussion, Ruth Okafor asked ${panel} about buses.`)).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Chairing the Fenby Trust since 2019, Ruth Okafor spoke with ${panel}.`)).toEqual([]);
  });
});

describe("a conference's chair word right before the name", () => {
  it("reads 'announced conference chairman X': the chair of the conference the text reports", () => {
    expect(
      chairOf(
        "Every chart of the harbour is out of date, announced conference chairman Ruth Okafor (Fenby Maps) at the start. Tom Hughes spoke next.",
      ),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Summit chair Ruth Okafor welcomed the delegates. ${panel} spoke.`)).toEqual(["Ruth Okafor"]);
  });

  it("reads no chair where the post is a body's: 'Labour conference chair X', 'the union's conference chair X'", () => {
    expect(chairOf("Labour conference chair Ruth Okafor said the vote was close. Tom Hughes agreed.")).toEqual([]);
    expect(chairOf("The union's conference chair Ruth Okafor said the vote was close. Tom Hughes agreed.")).toEqual([]);
    expect(chairOf("Its annual conference chair Ruth Okafor said the vote was close. Tom Hughes agreed.")).toEqual([]);
  });
});

describe("a post in apposition whose own words say it chairs: 'X, the councillor chairing the meeting,'", () => {
  it("reads the chair where the apposition names the session", () => {
    expect(
      chairOf(`Ruth Okafor, the councillor chairing the meeting, said rents were too high. ${panel} spoke.`),
    ).toEqual(["Ruth Okafor"]);
    expect(chairOf(`Ruth Okafor, the member who chaired the session, thanked the witnesses. ${panel} spoke.`)).toEqual([
      "Ruth Okafor",
    ]);
    expect(
      chairOf(`Ruth Okafor, the minister chairing the meetings, said they had gone well. ${panel} spoke.`),
    ).toEqual(["Ruth Okafor"]);
  });

  it("reads none where the chair is another's, or of another body or piece of work, or of nothing named", () => {
    expect(chairOf(`Ruth Okafor, the director of the firm hosting the event, spoke. ${panel} spoke.`)).toEqual([]);
    expect(chairOf(`Ruth Okafor, the minister who chaired the 2019 review, spoke. ${panel} spoke.`)).toEqual([]);
    expect(chairOf(`Ruth Okafor, the councillor chairing the Fenby Housing Board, spoke. ${panel} spoke.`)).toEqual([]);
    expect(chairOf(`Ruth Okafor, the councillor chairing, spoke. ${panel} spoke.`)).toEqual([]);
  });
});

// Stop 41 (set 63): a participle after the session ends what was chaired. Invented names.
describe("'chaired a panel discussion examining …': the session, a participle after it", () => {
  it("reads the session before the participle as what was chaired", () => {
    expect(chairOf(`Ruth Okafor chaired a panel discussion examining how the harbour is run. ${panel} spoke.`)).toEqual(
      ["Ruth Okafor"],
    );
    expect(chairOf(`Ruth Okafor chaired the debate exploring how the harbour is paid for. ${panel} spoke.`)).toEqual([
      "Ruth Okafor",
    ]);
  });

  it("still reads a body before a participle as another body's chair", () => {
    expect(chairOf(`Ruth Okafor chairs the housing board overseeing the harbour. ${panel} spoke.`)).toEqual([]);
  });
});
