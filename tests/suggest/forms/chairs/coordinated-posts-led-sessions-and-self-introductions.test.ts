// Stop 34: the chair named in families of forms the released sets 13–35 showed unread (a chair word coordinated with
// the person's post, "lead" with a session as its object, a session's plural, a transcript's chair label whose holder
// names themselves in the first turn, "as moderator" after the person's own verb, thanks for chairing), and the host
// of an occasion taken for its chair; each with what it must still refuse. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter, paragraphsText, saidByIn } from "../../../helpers/draft.js";

const chairOf = (sentence: string) => chairsIn(draftOf(panelAfter(sentence)));

describe("a chair word coordinated with the person's post", () => {
  const forms = [
    "Ann Frith, editor of the Fenby Post and moderator of the panel, asked each panellist for one change.",
    "Ann Frith, editor of the Fenby Post and chair of the debate, asked each panellist for one change.",
    "The panel was opened by retired Rear Adm. Ann Frith, Harbour Warfare Chair at Fenby College and moderator for the event.",
    "Ann Frith, editor and moderator, asked each panellist for one change.",
    "Director of the Fenby Trust and chair of the debate, Ann Frith opened proceedings.",
    "Chair of the panel, Ann Frith, opened proceedings.",
  ];
  for (const sentence of forms) {
    it(`reads the chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(["Ann Frith"]);
    });
  }

  const refused = [
    "Ann Frith, chief executive of the Fenby Trust and chair of the board, said the port needs dredging.",
    "Ann Frith, founder and chair of the Fenby Trust, said the port needs dredging.",
    "Director of the Fenby Trust and chair of the board, Ann Frith, said the port needs dredging.",
    "Ann Frith, founder and chair, said the port needs dredging.",
  ];
  for (const sentence of refused) {
    it(`reads no chair of the session in '${sentence.slice(0, 60)}…' (another body's chair)`, () => {
      expect(chairOf(sentence)).toEqual([]);
    });
  }
});

describe("'lead' with a session as its object", () => {
  const forms = [
    "We welcomed harbour reporter Ann Frith to lead a small panel of harbour users.",
    "Ann Frith led the discussion with port owners and unions.",
    "Ann Frith led a lively panel discussion on dredging.",
    "Ann Frith, editor of the Fenby Post, will lead the session.",
  ];
  for (const sentence of forms) {
    it(`reads the chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(["Ann Frith"]);
    });
  }

  const refused = [
    "Ann Frith led a delegation of port owners to the council.",
    "Ann Frith led the review panel that reported in May.",
    "Ann Frith led calls for a harbour inquiry.",
    "Ann Frith MP led the debate in Westminster Hall.",
    "Ann Frith led the panel's advisory work on dredging.",
  ];
  for (const sentence of refused) {
    it(`reads no chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual([]);
    });
  }
});

describe("what was chaired, read to its noun", () => {
  it("reads a session's plural ('will chair the meetings', 'chaired both sessions')", () => {
    expect(chairOf("Harbour Committee convener, Ann Frith, will chair the meetings.")).toEqual(["Ann Frith"]);
    expect(chairOf("Ann Frith chaired both sessions.")).toEqual(["Ann Frith"]);
  });

  it("ends the noun phrase at 'as' ('chair for the event as well as …')", () => {
    expect(
      chairOf(
        "Dr Ann Frith, Assistant Secretary Harbour Policy, who was chair for the event as well as speaking on dredging later in the day.",
      ),
    ).toEqual(["Ann Frith"]);
  });

  it("still refuses another body's meetings and a body named after 'as'", () => {
    expect(chairOf("Ann Frith chairs the meetings of the Fenby Trust board.")).toEqual([]);
    expect(chairOf("Ann Frith, who was the chair of the Trust as it grew, said the port needs dredging.")).toEqual([]);
  });
});

describe("a transcript's chair label whose holder names themselves in the first turn", () => {
  const turns = (first: string, label = "Moderator") =>
    [
      `${label}: ${first}`,
      "Tom Reed: Thank you. The harbour needs dredging now, before the winter storms.",
      "Kit Lamb: The unions agree with that, and we have said so for years.",
      `${label}: Thank you both. That concludes this session.`,
      "",
    ].join("\n\n");

  const forms: [string, string][] = [
    ["Moderator", "Good morning, everyone. I'm Ann Frith. I advise the Harbour Council on dredging. Welcome."],
    ["Chair", "Hello and welcome. My name is Dr Ann Frith and I chair the Harbour Forum."],
    ["Facilitator", "Thanks for joining. I am Ann Frith, from the Fenby Trust, and I will keep us to time."],
  ];
  for (const [label, first] of forms) {
    it(`gives the chair and the chair's turns to the one '${label}:' names ('${first.slice(0, 40)}…')`, () => {
      const draft = draftOf(turns(first, label));
      expect(chairsIn(draft)).toEqual(["Ann Frith"]);
      expect(saidByIn(draft, "That concludes this session")).toEqual(["Ann Frith"]);
    });
  }

  it("takes no one welcomed or named later for the chair", () => {
    expect(
      chairsIn(draftOf(turns("Good morning. I'm pleased to welcome Tom Reed and Kit Lamb to the panel."))),
    ).toEqual([]);
    expect(chairsIn(draftOf(turns("Good morning. Our first speaker is Tom Reed. I'm Ann Frith.")))).not.toContain(
      "Tom Reed",
    );
  });

  it("reads the label's self-introduction where the other turns are not read as a transcript's", () => {
    const page = (first: string) =>
      paragraphsText(
        "Webinar transcript",
        `Moderator: ${first}`,
        "The harbour needs dredging now, before the winter storms, and the council knows it.",
        "“The unions agree,” said Kit Lamb, general secretary of the Dockers' Union, and Tom Reed of Fenby Ports agreed.",
      );
    expect(chairsIn(draftOf(page("Good morning, everyone. I'm Ann Frith. I advise the Harbour Council.")))).toEqual([
      "Ann Frith",
    ]);
    expect(chairsIn(draftOf(page("Good morning. I'm delighted to welcome Tom Reed and Kit Lamb.")))).toEqual([]);
  });

  it("takes no host or presenter for the chair by their self-introduction", () => {
    expect(chairsIn(draftOf(turns("Good evening. I'm Ann Frith, and this is the Harbour Hour.", "Host")))).toEqual([]);
    expect(chairsIn(draftOf(turns("Good evening. I'm Ann Frith.", "Presenter")))).toEqual([]);
  });
});

describe("the chair word after the person's own verb, or thanks for chairing", () => {
  const forms = [
    "Ann Frith did a great job as moderator.",
    "Ann Frith kept the discussion moving as moderator.",
    "Ann Frith returned as chair of the panel.",
    "Ann Frith took on moderating duties.",
    "Ann Frith handled moderating duties for the panel.",
    "Many thanks go to Ann Frith for so ably chairing the session.",
    "We thank Ann Frith for moderating the discussion.",
    "In the chair for the evening was Ann Frith.",
    "Ann Frith co-moderated the discussion.",
    "Ann Frith was on hand to moderate the discussion.",
    "The discussion was steered by Ann Frith, editor of the Fenby Post.",
    "Ann Frith steered the discussion.",
    "Ann Frith, our moderator, asked each panellist for one change.",
  ];
  for (const sentence of forms) {
    it(`reads the chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(["Ann Frith"]);
    });
  }

  const refused = [
    "Ann Frith was re-elected as chair at the Trust's annual meeting.",
    "Ann Frith returned as chair of the Fenby Trust.",
    "Ann Frith served for ten years as chairman.",
    "Ann Frith joined the council as moderator of the Fenby Presbytery.",
    "Ann Frith took on chairing duties at the Fenby Trust board.",
    "Thanks to Ann Frith for chairing the Fenby Trust for ten years.",
    "In the chair for the Trust was Ann Frith.",
    "The bill was steered by Ann Frith through parliament.",
    "Ann Frith steered the bill through parliament.",
  ];
  for (const sentence of refused) {
    it(`reads no chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual([]);
    });
  }
});

describe("the host of an occasion is its organiser, the host of a conversation may chair it", () => {
  const organisers = [
    "The Fenby Harbour Summit, hosted by Senator Ann Frith, heard from port owners and unions.",
    "A reception hosted by Ann Frith MP opened the evening.",
    "Hosted by Ann Frith, the harbour summit heard from port owners and unions.",
    "The event was hosted by Ann Frith, the Trust's director.",
    "Ann Frith hosted the summit at the Fenby Guildhall.",
    "Ann Frith MP hosted a reception for port owners and unions.",
  ];
  for (const sentence of organisers) {
    it(`drafts no chair from '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual([]);
    });
  }

  const chairs = [
    "The panel discussion was hosted by Ann Frith, editor of the Fenby Post.",
    "The webinar, hosted by Ann Frith, heard from port owners and unions.",
    "Hosted by Ann Frith, the webinar heard from port owners and unions.",
    "Ann Frith hosted the panel discussion at the summit.",
  ];
  for (const sentence of chairs) {
    it(`still reads the host of a conversation in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(["Ann Frith"]);
    });
  }
});
