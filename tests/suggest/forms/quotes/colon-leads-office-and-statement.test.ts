// Stop 38: the paragraphs after a lead ending in a colon, where the lead names its speaker by office ("The Minister
// said:", the minister named sentences before) or introduces a statement ("Ann Bell, chair of the board, has commented
// as follows:", the statement indented, without quotation marks). Every name, body and word here is invented.
import { describe, expect, it } from "vitest";
import { paragraphsText as lines, saidBy } from "../../../helpers/draft.js";

const minister = (
  lead: string,
  intro = "The Minister for Islands, Ann Frith, visited Fenby on Monday to open the pier.",
) =>
  lines(
    "Ferry fares to be frozen",
    `${intro} The pier cost four million pounds. ${lead}`,
    "“We have listened to the islands. The fares for residents will be frozen for two years, and the money for the new ferries is in place.",
    "“I know that islanders have waited too long, and I want the first of the new boats to sail before the end of next year.”",
    "The harbour board welcomed the news.",
  );

describe("a quotation of two paragraphs under 'The Minister said:', the minister named sentences before", () => {
  it("gives both paragraphs to the one named before with that office", () => {
    const text = minister("The Minister said:");
    expect(saidBy(text, "We have listened to the islands")).toEqual(["Ann Frith"]);
    expect(saidBy(text, "islanders have waited too long")).toEqual(["Ann Frith"]);
  });

  it("reads the office written in lower case and before the name, past another person named since", () => {
    const text = minister(
      "The minister added:",
      "Islands minister Ann Frith visited Fenby on Monday. She was met at the pier by Tom Reyes, who chairs the harbour board.",
    );
    expect(saidBy(text, "We have listened to the islands")).toEqual(["Ann Frith"]);
  });

  it("gives the words to no one where two were named with that office", () => {
    const two = minister(
      "The minister said:",
      "Islands minister Ann Frith visited Fenby on Monday with ports minister Tom Reyes.",
    );
    expect(saidBy(two, "We have listened to the islands")).toEqual([]);
  });
});

describe("a statement under 'Name, post, has commented as follows:', without quotation marks", () => {
  const statement = (lead: string) =>
    lines(
      "Ferry fares to be frozen",
      "The harbour board met on Monday to discuss the new pier.",
      lead,
      "    The board is pleased that the Government has listened. We will work with the operator to make sure the new pier is used from the first day.",
      "    We also ask the operator to publish its winter timetable by the end of the month.",
      "Fares on the mainland routes are not affected.",
    );

  for (const verb of ["has commented as follows", "said the following"]) {
    it(`gives the statement's paragraphs to the one the lead names: "${verb}:"`, () => {
      const text = statement(`Tom Reyes, chair of the harbour board, ${verb}:`);
      expect(saidBy(text, "The board is pleased")).toEqual(["Tom Reyes"]);
      expect(saidBy(text, "publish its winter timetable")).toEqual(["Tom Reyes"]);
      expect(saidBy(text, "mainland routes are not affected")).toEqual([]);
    });
  }

  it("gives a body's statement to no one", () => {
    const text = statement("The Fenby Harbour Trust has commented as follows:");
    expect(saidBy(text, "The board is pleased")).toEqual([]);
  });
});
