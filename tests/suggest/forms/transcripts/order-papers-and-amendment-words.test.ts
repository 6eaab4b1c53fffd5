// Stop 44: a bill's order paper inside a committee's sitting as Hansard's pages print it (a clause's heading, "Amendment
// 1", "Moved by", the amendment's printed text), and an amendment's words on their own line under the mover's
// "… insert—". A document's words, no one's quotation. Every name, seat, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, saidByIn as saidBy } from "../../../helpers/draft.js";

const grandCommittee = (moved: string) =>
  [
    "Tuesday 4th May 2027",
    "",
    "Grand Committee",
    "Harbours Bill",
    "15:30",
    "Baroness Quarrie Portrait The Deputy Chairman of Committees (Baroness Quarrie)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, we begin with the first group, on the dredging of the harbours.",
    "",
    "Clause 1 : Duty to keep the harbours dredged",
    "",
    "Amendment 1",
    "",
    "Moved by",
    moved,
    "Lord Fenby of Marlow Portrait Lord Fenby of Marlow",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, the dredgers have been busy this winter, and the ports are grateful.",
    "",
    "These amendments would let the ports plan their dredging over five years.",
    "",
  ].join("\n");

describe("a Grand Committee's order paper between the speeches: heading, amendment, 'Moved by', its text", () => {
  const draft = draftOf(grandCommittee("1: Clause 1, page 1, line 6, leave out “three years” and insert “five years”"));

  it("gives the clause's heading and the amendment's printed text to no one, not the presiding officer", () => {
    expect(saidBy(draft, "Duty to keep the harbours dredged")).toEqual([]);
    expect(saidBy(draft, "leave out")).toEqual([]);
  });

  it("keeps the presiding officer's words hers and the mover's speech his", () => {
    expect(saidBy(draft, "we begin with the first group")).toEqual(["Baroness Quarrie"]);
    expect(saidBy(draft, "the dredgers have been busy this winter")).toEqual(["Lord Fenby of Marlow"]);
    expect(saidBy(draft, "plan their dredging over five years")).toEqual(["Lord Fenby of Marlow"]);
  });
});

describe("refused: a sentence about a clause in a member's speech is still the member's", () => {
  const text = [
    "Harbours Bill",
    "",
    "Lord Fenby of Marlow Portrait Lord Fenby of Marlow (Con)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, I shall be brief on this group.",
    "",
    "Clause 1 is the heart of the Bill, and the ports know it.",
    "",
    "Amendment 1 would give them two more years.",
    "",
    "Baroness Tillard Portrait Baroness Tillard (Lab)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, I support the amendment.",
    "",
  ].join("\n");
  const draft = draftOf(text);

  it("keeps sentences that open with a clause or an amendment in the turn", () => {
    expect(saidBy(draft, "the heart of the Bill")).toEqual(["Lord Fenby of Marlow"]);
    expect(saidBy(draft, "would give them two more years")).toEqual(["Lord Fenby of Marlow"]);
  });
});

const billCommittee = (lead: string, next: string) =>
  [
    "Harbours Bill (Fourth sitting)",
    "",
    "Tom Reed Portrait Tom Reed (Fenby North) (Lab)",
    "- Hansard - - - Excerpts",
    "",
    lead,
    "",
    next,
    "",
    "This amendment would make the Secretary of State publish the dredging plan in good time. The ports have waited long enough.",
    "",
    "Ann Bell Portrait Ann Bell (Fenby South) (Con)",
    "- Hansard - - - Excerpts",
    "",
    "I thank the hon. Member, but the plan will come when it is ready.",
    "",
  ].join("\n");

describe("'… after “must” insert—' over the amendment's words on their own line", () => {
  const draft = draftOf(
    billCommittee(
      "I beg to move amendment 12, in clause 4, page 3, line 9, after “must” insert—",
      "“before the end of 2029”.",
    ),
  );

  it("gives the amendment's words to no one", () => {
    expect(saidBy(draft, "before the end of 2029")).toEqual([]);
  });

  it("keeps the mover's speech around them his", () => {
    expect(saidBy(draft, "I beg to move amendment 12")).toEqual(["Tom Reed"]);
    expect(saidBy(draft, "publish the dredging plan in good time")).toEqual(["Tom Reed"]);
    expect(saidBy(draft, "the plan will come when it is ready")).toEqual(["Ann Bell"]);
  });
});

describe("refused: words quoted on their own line after a colon that moves nothing", () => {
  const draft = draftOf(
    billCommittee("The harbour master wrote to me last week, and I quote:", "“The dredgers cannot start before 2029.”"),
  );

  it("keeps the quoted line in the member's turn", () => {
    expect(saidBy(draft, "The dredgers cannot start before 2029")).toEqual(["Tom Reed"]);
  });
});
