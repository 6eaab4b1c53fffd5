// Stop 45: a Lords oral question as Parallel Parliament prints it, where a member's supplementary breaks off before a
// quotation printed on its own line ("… said that it would", then "“…”."). Every name and word here is invented.
import { describe, expect, it } from "vitest";
import { directQuotesIn as quotesOf, draftOf, saidByIn as saidBy } from "../../../helpers/draft.js";

const text = [
  "Ferries: Subsidy Debate",
  "",
  "Full Debate: Read Full Debate",
  "Department: Department for Transport",
  "Thursday 16th March 2028",
  "",
  "Lords Chamber",
  "Asked by",
  "Lord Pellow of Tarrant Portrait Lord Pellow of Tarrant",
  "- Hansard - -",
  "",
  "To ask His Majesty’s Government what progress they have made in restoring the winter ferry timetable.",
  "",
  "Lord Garvin of Fenby Portrait The Minister of State, Department for Transport (Lord Garvin of Fenby) (Lab)",
  "- View Speech - Hansard - - - Excerpts",
  "",
  "The Government are committed to restoring the timetable through reform of the subsidy. In the year ending June 2027, 3,100 sailings were cancelled.",
  "",
  "Lord Pellow of Tarrant Portrait Lord Pellow of Tarrant (Con)",
  "- View Speech - Hansard - -",
  "",
  "I am grateful for that reply. Their charter said it would",
  "",
  "“run every sailing, whatever the weather”.",
  "",
  "That must be right, as cancellations are expensive. Should we not transfer the subsidy to the island councils?",
  "",
].join("\n");

describe("a member's supplementary that runs into a quotation on its own line", () => {
  const draft = draftOf(text);

  it("gives the supplementary to the member, not to the minister who spoke before", () => {
    expect(saidBy(draft, "I am grateful for that reply.")).toEqual(["Lord Pellow of Tarrant"]);
    expect(saidBy(draft, "transfer the subsidy to the island councils")).toEqual(["Lord Pellow of Tarrant"]);
    expect(quotesOf(draft).some(([, , q]) => /View Speech|Portrait/u.test(q))).toBe(false);
  });

  it("quotes no one with the document's words the member reads out", () => {
    expect(quotesOf(draft).some(([, , q]) => /whatever the weather/u.test(q))).toBe(false);
  });
});

describe("a quotation on its own line that the turn's words do not run into", () => {
  const draft = draftOf(
    [
      "Lord Pellow of Tarrant Portrait Lord Pellow of Tarrant (Con)",
      "- View Speech - Hansard - -",
      "",
      "My Lords, the island councils wrote to me last week.",
      "",
      "“We have lost a third of our winter sailings.”",
      "",
      "Should we not transfer the subsidy to the island councils?",
      "",
    ].join("\n"),
  );

  it("leaves the line with the speaker's words when a sentence ends before it", () => {
    expect(saidBy(draft, "We have lost a third of our winter sailings")).toEqual(["Lord Pellow of Tarrant"]);
  });
});
