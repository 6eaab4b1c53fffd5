// Stop 50 (w50, a council scrutiny committee's minutes, press release and local news): a council's department named
// inside a post ("Head of Highways", "Director of Place") is the post's field, no body; "the council's <post>" is at
// the one council the text names (none where it names none, not the school named nearest); a ward or a seat ("the
// independent member for Quarry ward", "councillor for Elm division") is no body; an appointment from a date
// ("on her appointment as Director of Place from 1 October 2026") gives the post its `since`, and a party left on a
// date ("having left the Conservative group on 2 November 2026") its `until`. Every name, body and sentence here is
// invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

const COUNCIL = "Ashby Vale District Council";

describe("a council's department inside a post", () => {
  const minutes = paragraphsText(
    "Minutes of the meeting held on 9 September 2026.",
    `Officers: Nora Quell, Head of Highways, ${COUNCIL}; Pip Gant, Director of Place, ${COUNCIL}.`,
    'Nora Quell, Head of Highways, introduced the report. She said: "The trial cut journey times."',
    'Pip Gant, Director of Place, presented the figures. He said: "Footfall is steady."',
    'Ida Wren, Head of Regeneration, presented the plan. She said: "The plan is ready."',
  );

  it("reads 'Head of Highways', 'Director of Place', 'Head of Regeneration' as posts at the council, no body", () => {
    const draft = draftOf(minutes);
    expect(organisationsIn(draft)).toEqual([COUNCIL]);
    expect(affiliationsIn(draft)).toEqual([
      ["Nora Quell", "Head of Highways", COUNCIL],
      ["Pip Gant", "Director of Place", COUNCIL],
    ]);
  });

  it("reads no body in a post of a service's word, whichever reading found it", () => {
    for (const post of ["Director of Environment", "Head of Procurement", "Head of Culture", "Director of Growth"]) {
      const draft = draftOf(
        paragraphsText("Minutes.", `Ida Wren, ${post}, presented the plan. She said: "It is ready."`),
      );
      expect(organisationsIn(draft), post).toEqual([]);
    }
  });

  it("still reads a body a post is 'of' when its name is one ('Director of the Fenby Trust')", () => {
    const draft = draftOf("Ann Bell, Director of the Fenby Trust, spoke first.");
    expect(affiliationsIn(draft)).toEqual([["Ann Bell", "Director", "Fenby Trust"]]);
  });
});

describe("'the council's <post>'", () => {
  it("reads the whole post at the one council the text names ('the council's Director of Culture')", () => {
    const text = paragraphsText(
      `${COUNCIL} has agreed the scheme.`,
      'Nora Quell, the council\'s Director of Culture, said: "This is a good outcome."',
    );
    expect(affiliationsIn(draftOf(text))).toEqual([["Nora Quell", "Director of Culture", COUNCIL]]);
  });

  it("ties no body where the text names no council, not the school named before", () => {
    const text = paragraphsText(
      "Lane plan slips",
      "The school street for Elmfold Primary School will not start until summer, council officers have admitted.",
      'Pip Gant, the council\'s Principal Air Quality Officer, said: "We need the cameras first."',
    );
    expect(affiliationsIn(draftOf(text))).toEqual([]);
  });

  it("ties no body where the text names two councils", () => {
    const text = paragraphsText(
      `${COUNCIL} and Marlow Borough Council share the road. Pupils at Elmfold Primary School use it.`,
      'Pip Gant, the council\'s Principal Air Quality Officer, said: "We need the cameras first."',
    );
    expect(affiliationsIn(draftOf(text))).toEqual([]);
  });
});

describe("a member's ward or seat", () => {
  it("reads no body in 'member for Quarry ward', 'councillor for Elm ward', 'member for Fenby Marsh division'", () => {
    for (const seat of [
      "the independent member for Quarry ward",
      "councillor for Elm ward",
      "the Green member for Fenby Marsh division",
      "independent councillor for Brook",
    ]) {
      const text = paragraphsText(
        `${COUNCIL} met on Tuesday.`,
        `Councillor Tom Reed, ${seat}, said: "Find the money in the budget."`,
      );
      const draft = draftOf(text);
      expect(
        organisationsIn(draft).filter((o) => o !== COUNCIL && o !== "Green Party"),
        seat,
      ).toEqual([]);
    }
  });
});

describe("a post or a party's membership changed on a date", () => {
  const officers = `Officers: Nora Quell, Director of Place, ${COUNCIL}.`;

  it("dates the post from 'on her appointment as Director of Place from 1 October 2026', quoting the words", () => {
    for (const [sentence, since] of [
      ["The Chair congratulated Nora Quell on her appointment as Director of Place from 1 October 2026.", "2026-10-01"],
      ["The Chair noted Nora Quell's appointment as Director of Place with effect from October 2026.", "2026-10"],
      ["Members heard that Nora Quell was appointed as Director of Place from 2026.", "2026"],
    ] as const) {
      const draft = draftOf(paragraphsText(`Minutes of ${COUNCIL}, 14 October 2026.`, officers, sentence));
      const [claim, ...more] = draft.claims.filter((c) => c.relation === "affiliated-with");
      expect(more, sentence).toEqual([]);
      expect(claim, sentence).toMatchObject({ role: "Director of Place", since });
      expect(claim!.evidence.map((e) => e.quote).at(-1), sentence).toMatch(/^Nora Quell.*Director of Place.*2026$/u);
    }
  });

  it("drafts no date where the appointment gives none, or is to another post", () => {
    for (const sentence of [
      "The Chair congratulated Nora Quell on her appointment as Director of Place.",
      "The Chair congratulated Nora Quell on her appointment as Head of Waste from 1 October 2026.",
    ]) {
      const draft = draftOf(paragraphsText(`Minutes of ${COUNCIL}, 14 October 2026.`, officers, sentence));
      const claims = draft.claims.filter((c) => c.relation === "affiliated-with");
      expect(
        claims.map((c) => c.since),
        sentence,
      ).toEqual([undefined]);
    }
  });

  it("drafts the party left on a date with its until: 'having left the Conservative group on 2 November 2026'", () => {
    const text = paragraphsText(
      `Minutes of ${COUNCIL}, 11 November 2026.`,
      "The Chair noted that Councillor Tom Reed now sits as an Independent, having left the Conservative group on 2 November 2026.",
      'Councillor Lena Holt, who quit the Greens in March 2026, said: "We need the money now."',
    );
    const claims = draftOf(text).claims.filter((c) => c.relation === "affiliated-with");
    expect(claims.map((c) => [c.from, c.to, c.role, c.until, c.evidence[0]!.quote])).toEqual([
      [
        "tom-reed",
        "conservative-party",
        undefined,
        "2026-11-02",
        "Tom Reed now sits as an Independent, having left the Conservative group on 2 November 2026",
      ],
      ["lena-holt", "green-party", undefined, "2026-03", "Lena Holt, who quit the Greens in March 2026"],
    ]);
  });

  it("drafts no party tie for one left at no date the text gives ('who quit the Conservatives')", () => {
    const text = paragraphsText(
      `${COUNCIL} met on Tuesday.`,
      'Councillor Tom Reed, who quit the Conservatives, said: "We need the money now."',
    );
    expect(draftOf(text).claims.filter((c) => c.relation === "affiliated-with")).toEqual([]);
  });
});
