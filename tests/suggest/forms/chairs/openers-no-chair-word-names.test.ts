// Stop 35: a committee hearing's first speaker who opens it by welcoming the witnesses, in a text that never calls
// them the chair (a bill committee's page, a parliament's web record of one turn),
// is a member who asks, not the chair; what still names the one presiding (a chair's label later on, words that open a
// sitting, a heading over the chair's remarks, the office with its holder in brackets) still makes them the chair.
// Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText, quoteRelationsIn } from "../../../helpers/draft.js";

const panellistsIn = (text: string): string[] => {
  const draft = draftOf(text);
  const label = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
  return [...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => label(c.from)))].sort();
};

describe("a hearing's opener whom no chair word names", () => {
  const billCommittee = [
    "Examination of Witnesses",
    "Coastal Towns Bill, sitting of 4th May 2026.",
    "Ada Quill and Rhys Bevan gave evidence.",
    "Photo of Morag Tennant Morag Tennant Labour, Fenby North 2:00 pm, 4th May 2026",
    "Q We now hear evidence from Ada Quill of the Piers Trust and Rhys Bevan of Harbour Towns Network. You are both on the line. Could you each say who you are?",
    "Ada Quill:",
    "Hello, Ada Quill here, chief executive of the Piers Trust.",
    "Rhys Bevan:",
    "Hello, Rhys Bevan, director of Harbour Towns Network.",
    "Photo of Owen Price Owen Price Conservative, Tarnmouth",
    "Q Ms Quill, what will the Bill change for your members?",
  ].join("\n\n");

  const oneTurnRecord = paragraphsText(
    "Harbours Scrutiny Committee [Draft]",
    "“Harbours: Moving towards resilience”",
    "Meeting date: 4 November 2026",
    "Fraser Lennox",
    "Our second item is the report on harbours. I welcome witnesses from the Fenby Government and from the Harbours Agency.",
    "Representing the Fenby Government is the director general for ports, Isla Drummond. Calum Reid, who is the acting director of harbours, joins her.",
  );

  for (const [name, text, opener] of [
    ["a bill committee's page ('Photo of Name Name Party, Seat time')", billCommittee, "Morag Tennant"],
    ["a committee's one-turn record (the name alone on its line)", oneTurnRecord, "Fraser Lennox"],
  ] as const) {
    it(`drafts no chair in ${name}`, () => {
      expect(chairsIn(draftOf(text))).toEqual([]);
    });
    it(`keeps the opener of ${name} a member who asks, no panellist`, () => {
      expect(quoteRelationsIn(draftOf(text), opener)).not.toContain("spoke-on");
      expect(panellistsIn(text)).not.toContain(opener);
    });
  }

  it("still drafts the witnesses as the hearing's panellists", () => {
    expect(panellistsIn(billCommittee)).toEqual(expect.arrayContaining(["Ada Quill", "Rhys Bevan"]));
  });

  it("nor makes chair the next person the opener names", () => {
    const chairs = chairsIn(draftOf(billCommittee));
    expect(chairs).not.toContain("Ada Quill");
    expect(chairs).not.toContain("Rhys Bevan");
  });
});

describe("an opener the text does name as presiding", () => {
  it("is the chair when the chair's office labels a later turn", () => {
    const text = [
      "Climate and Land Committee",
      "Thursday 1 February 2026",
      "Gwen Pryce AS: Bore da. I welcome Nia Rowlands, the chief executive of Cwm Farming Trust, and Aled Morgan, who is director of policy at Valleys Growers Union.",
      "Nia Rowlands: Diolch. Farm incomes have fallen.",
      "Rhys Lloyd MS: What about the new scheme?",
      "Aled Morgan: Our members are worried about it.",
      "Cadeirydd / Chair: Thank you both.",
    ].join("\n");
    expect(chairsIn(draftOf(text))).toEqual(["Gwen Pryce"]);
  });

  it("is the chair when the first turn opens the sitting ('will come to order')", () => {
    const text = [
      "Subcommittee on Harbours",
      "Ann Frith: The subcommittee will come to order. I welcome our witnesses, Tom Reed of Fenby Ports and Kit Lamb of the Dockers' Union.",
      "Tom Reed: Thank you. The harbour needs dredging.",
      "Kit Lamb: The unions agree.",
    ].join("\n\n");
    expect(chairsIn(draftOf(text))).toEqual(["Ann Frith"]);
  });

  // Stop 43: an Irish committee's record, its one turn under a photo's caption, the chair's opening of the sitting.
  for (const opening of [
    "This meeting has been convened to hear from the Piers Trust and Harbour Towns Network.",
    "It is the fifth of our public hearings to discuss the general scheme of the Harbours Bill 2026.",
  ]) {
    it(`is the chair when the first turn opens the sitting ('${opening.slice(0, 40)}…')`, () => {
      const text = paragraphsText(
        "Joint Committee on Harbours and Piers",
        "Thursday, 4 May 2026",
        "Photo of Morag TennantMorag Tennant (Fenby North, Labour) | Record source",
        `${opening} I welcome the witnesses: Ms Ada Quill, chief executive of the Piers Trust, and Mr Rhys Bevan, director of Harbour Towns Network.`,
        "The format of the meeting is such that I will invite witnesses to make their opening statements, which will be followed by questions from members.",
      );
      expect(chairsIn(draftOf(text))).toEqual(["Morag Tennant"]);
    });
  }

  it("is the chair when a heading over the turn gives the chair's remarks", () => {
    const text = [
      "Transcript of the Harbours Inquiry Preliminary Hearing, on 4 May 2026",
      "Introductory Remarks by the Chair",
      "Lady Frith: Good morning to you all. We open the second day of the inquiry.",
      "Ms Quill: Thank you, my Lady. The harbour needs dredging.",
    ].join("\n\n");
    expect(chairsIn(draftOf(text))).toEqual(["Lady Frith"]);
  });
});
