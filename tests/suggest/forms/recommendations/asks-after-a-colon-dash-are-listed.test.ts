// Stop 45 (set 74): a line that introduces a list of proposals with the British colon-dash, ":-" ("She set out the key
// asks the Harbour Coalition agreed:-"), introduces it as ":" does; its items, lettered inside a
// numbered list ("1. a) …"), are the proposals, LISTED for review as a list's items are (never drafted by default).
// Next to it, a colon-dash line that names no proposals. Every name and sentence here is invented.
import { describe, expect, it } from "vitest";
import { introducesProposals } from "../../../../src/suggest/recommendations.js";
import { draftEveryProposal, draftOf, paragraphsText, recommended } from "../../../helpers/draft.js";

const ITEMS = [
  "  1. a) The island council to find money for a winter ferry timetable",
  "  2. b) Fuel poverty on the islands to be tackled before the winter",
  "  3. c) Make sure every isolated household gets a visit before December",
  "  4. d) Offer free ferry passes to unpaid carers",
];

const text = (lead: string) =>
  paragraphsText(
    "The day opened with a welcome from the chair of the Harbour Coalition, Ann Bell.",
    lead,
    ITEMS.join("\n"),
    "The minister, Tom Reed, then gave the opening address.",
  );

describe("a list introduced by a colon-dash", () => {
  const lead = "Ann Bell thanked the partners and set out the key asks the Harbour Coalition agreed:-";

  it("introduces proposals as a colon does", () => {
    expect(introducesProposals(lead)).toBe(true);
    expect(introducesProposals(lead.replace(/:-$/u, ":"))).toBe(true);
  });

  it("lists the items, drafts none by default", () => {
    const draft = draftOf(text(lead));
    expect(recommended(draft)).toEqual([]);
    expect(draft.unsure).toHaveLength(4);
    expect(recommended(draftEveryProposal(text(lead)))).toHaveLength(4);
  });

  it("is no list of proposals where the line names none", () => {
    const other = "Ann Bell answered comments from the panel, including the following:-";
    expect(introducesProposals(other)).toBe(false);
  });
});
