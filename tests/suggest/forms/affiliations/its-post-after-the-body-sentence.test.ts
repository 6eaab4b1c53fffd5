// "Its chief executive, Name" and "Its policy co-chairman Name": the post at the body the sentence before is about, however
// long that sentence (stop 41, from the misses of sets 62 and 63: a charity's blog, a news report and a campaign blog;
// "its general manager, X" was seen at stop 18). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

const LONG =
  "Research group, the Fenby Trust, says closing the harbour fund leaves the island councils without a way to " +
  "pay for ferries, calling it “a decision that puts every crossing at risk – the boats are old, the piers are " +
  "failing and no one has said where the money for either will come from”.";

describe("a post after “Its”", () => {
  it("is at the body the long sentence before names", () => {
    const text = `${LONG}\n\n \n\nIts chief executive, Jo Pratt, pointed to the Fenby Party’s promise of a review and asked for a date.\n`;
    expect(pairs(text)).toEqual(["Jo Pratt → Fenby Trust (chief executive)"]);
  });

  it("is at the body before with no comma after the post, its field kept", () => {
    const text =
      "The Marlow Ferry Alliance backed the timetable review.\nIts policy co-chairman Sam Lowe called it “overdue” " +
      "and asked that the islands be heard first.\n";
    expect(pairs(text)).toEqual(["Sam Lowe → Marlow Ferry Alliance (policy co-chairman)"]);
  });

  it("is at no body when the sentence before names none and the body is far", () => {
    const text =
      `${LONG} Ministers said they would look at the fund again in the spring, when the harbour's accounts for the ` +
      "year are known and the ferry timetables have been settled with every island council.\n\nIts chief executive, " +
      "Jo Pratt, said nothing.\n";
    expect(pairs(text).filter((p) => p.includes("Fenby Trust"))).toEqual([]);
  });

  it("reads no body from “its” inside a sentence before a post with no comma", () => {
    const text = "The plan said its lead author Kit Lamb had retired. The Fenby Trust agreed.\n";
    expect(pairs(text)).toEqual([]);
  });
});
