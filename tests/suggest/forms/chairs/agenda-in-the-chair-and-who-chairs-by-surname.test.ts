// Stop 44: three forms of a chair seen on real sets 68–69. A committee's record whose first turn runs the agenda
// ("Our next agenda item is …", "I refer members to papers 2 and 3"), its speaker named on a line of their own and never
// called convener; "X, General Secretary of Y was in the chair" (a post run up to "was in the chair", no closing comma);
// and "Bell, who chairs the committee, asked" in a news report (the surname alone opening its sentence). With the
// refusals: a chamber's debate where the presiding one says "The next item of business is …" under no chair's word, a
// first turn with no agenda's words, a post closed by its comma before another's "was in the chair", one who chairs
// another body. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

describe("a committee's convener who runs the agenda", () => {
  const record = (opening: string) =>
    paragraphsText(
      "Harbours Committee",
      "Ferry Services",
      "Meeting date: 12 March 2027",
      "Ann Bell",
      opening,
      "I welcome our panel of witnesses. Tom Reed is the chief executive of Fenby Ferries; Jo Marsh is the chair of the Marlow Harbour Trust.",
      "Kit Lamb",
      "Thank you. My question is for Tom Reed. Are fares too high?",
      "Tom Reed",
      "They are not, in our view, and we have held them for three years.",
    );

  it("chairs when her first turn opens the next item on the agenda", () => {
    const text = record(
      "Our next agenda item is an evidence session on ferry services. We will hear today from witnesses on the harbour.",
    );
    expect(chairsIn(draftOf(text))).toEqual(["Ann Bell"]);
  });

  it("chairs when her first turn refers members to the papers", () => {
    const text = record("I refer members to papers 2 and 3. We will hear today from witnesses on the harbour.");
    expect(chairsIn(draftOf(text))).toEqual(["Ann Bell"]);
  });

  it("does not chair when her first turn only talks of the item (no agenda's words)", () => {
    const text = record("Ferry services matter to every island. We will hear today from witnesses on the harbour.");
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("makes no chair of a chamber's debate whose presiding member only calls the next item", () => {
    const text = [
      "Island Ferries Debate",
      "– in the Fenby Assembly at 4:10 pm on 12 March 2027.",
      "Photo of Ruth Cole Ruth Cole Harbour Party 4:10, 12 March 2027",
      "The next item of business is a debate on motion F2-1043, in the name of Owen Price, on island ferries.",
      "Photo of Owen Price Owen Price Coast Party",
      "Ferries are the lifeline of the islands, and the timetable has been cut twice this year.",
    ].join("\n\n");
    expect(chairsIn(draftOf(text))).toEqual([]);
  });
});

describe("a post run up to 'was in the chair'", () => {
  const writeUp = (last: string) =>
    paragraphsText(
      "Fenby Workers Forum at the Harbour Congress",
      "The Forum held its fringe meeting on the Monday of Congress. Tom Reed, the Forum's director, opened with a report on the year, and Kit Lamb spoke on the new rights at work. Jo Marsh told the meeting that the law must change.",
      last,
    );

  it("makes the one whose post runs up to it the chair", () => {
    const text = writeUp("The meeting was well attended, and Ann Bell, General Secretary of FHTU was in the chair.");
    expect(chairsIn(draftOf(text))).toEqual(["Ann Bell"]);
  });

  it("makes no chair of one whose post is closed before another's 'was in the chair'", () => {
    const text = writeUp("Ann Bell, General Secretary of FHTU, spoke on pay, and Ruth Cole was in the chair.");
    expect(chairsIn(draftOf(text))).toEqual(["Ruth Cole"]);
  });
});

describe("'Surname, who chairs the committee,' opening a sentence", () => {
  const story = (sentence: string) =>
    [
      "Councillors questioned the ferry company for two hours on Tuesday about late sailings.",
      "Councillor Ann Bell pressed Tom Reed, the ferry company's director, for the number of cancelled sailings, which the council's harbours committee had asked for in May.",
      "Reed put the figure at about 200 for the winter.",
      sentence,
      "Jo Marsh, who sits on the committee too, asked about the timetable for next year.",
    ].join("\n");

  it("makes the one the surname names the chair", () => {
    expect(chairsIn(draftOf(story("Bell, who chairs the committee, said the figures were poor.")))).toEqual([
      "Ann Bell",
    ]);
  });

  it("makes no chair of one who chairs another body", () => {
    expect(
      chairsIn(draftOf(story("Bell, who chairs the local medical committee, said the figures were poor."))),
    ).toEqual([]);
  });
});
