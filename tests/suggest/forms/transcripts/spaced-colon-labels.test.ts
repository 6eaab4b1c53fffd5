// Stop 43: a debate in the old Hansard layout, each speaker's label with a space before the colon ("Mr. Name : …"), and
// Hansard's "Hon. Members" cry under a photo label. Every name, seat, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("'Mr. Pennick : words': the old Hansard's label, a space before the colon", () => {
  const text = lines(
    "Mr. Pennick : It bears on my earlier point of order. The Minister for Ferries has said that the routes will be discussed for months, yet he has signed the contracts already.",
    "Mr. Deputy Speaker : That is not a point of order; it is a point of debate.",
    "Mr. Larkworthy : It is not a point of order, Mr. Deputy Speaker, and it is wrong, because no contract can be signed before the Bill is passed.",
    "I was saying that I would publish a map of the ferry routes within months, so that the operators can plan their bids.",
    "Mr. Tomasz Reed (Fenby West) rose--",
    "Mr. Larkworthy : No, I would like to make progress. I have given way a great deal already.",
  );
  const draft = draftOf(text);

  it("gives each member's turn to the member its label names", () => {
    expect(saidBy(draft, "It bears on my earlier point of order")).toEqual(["Mr. Pennick"]);
    expect(saidBy(draft, "no contract can be signed before the Bill")).toEqual(["Mr. Larkworthy"]);
    expect(saidBy(draft, "I would like to make progress")).toEqual(["Mr. Larkworthy"]);
  });

  it("gives a turn's next paragraph, which has no label, to the same member", () => {
    expect(saidBy(draft, "I would publish a map of the ferry routes")).toEqual(["Mr. Larkworthy"]);
  });

  it("gives the unnamed presiding officer's ruling to no one", () => {
    expect(saidBy(draft, "it is a point of debate")).toEqual([]);
  });
});

describe("refused: a spaced colon in prose is no speaker's label", () => {
  const text = lines(
    "Fenby ferry timetable review",
    "The review : what the islanders asked for. Orla Pennick, who chairs the Island Council, said the winter crossings must return.",
    "Winter crossings : three a week, down from seven. The council wants the old timetable back by 2029.",
  );
  const draft = draftOf(text);

  it("reads no turn from a sentence's words before a spaced colon", () => {
    expect(saidBy(draft, "what the islanders asked for")).toEqual([]);
    expect(saidBy(draft, "three a week, down from seven")).toEqual([]);
  });
});

describe("Hansard's 'None Portrait Hon. Members' over 'Hear, hear.': the House, no one", () => {
  const text = lines(
    "Public Bill Committee",
    "Thursday 9 May 2030",
    "[Tomasz Reed in the Chair]",
    "Harbours Bill",
    "11:30",
    "None Portrait The Chair",
    "- Hansard -",
    "Good morning. Today is the anniversary of the harbour disaster, and our thoughts are with the families.",
    "None Portrait Hon. Members",
    "- Hansard -",
    "Hear, hear.",
    "Clause 12",
    "Duties of the harbour authority set out in section 11",
    "None Portrait The Chair",
    "- Hansard -",
    "We start with amendment 40 to clause 12. I am minded to allow a broader debate.",
    "Orla Pennick Portrait Orla Pennick (Fenby West) (Lab)",
    "- Hansard - - - Excerpts",
    "The harbour authority has waited too long for these duties to be set out, and the families deserve an answer.",
  );
  const draft = draftOf(text);

  it("drafts no person 'Hon. Members' and gives the clause's heading under their cry to no one", () => {
    expect(peopleIn(draft)).not.toContain("Hon. Members");
    expect(saidBy(draft, "Duties of the harbour authority")).toEqual([]);
  });

  it("still reads the member's turn after it", () => {
    expect(saidBy(draft, "the families deserve an answer")).toEqual(["Orla Pennick"]);
  });
});
