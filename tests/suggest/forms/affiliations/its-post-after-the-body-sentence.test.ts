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
  "Think-tank, the Fenby Trust has said the decision to drop the harbour fund was regrettable and meant that the " +
  "council had “no plan to address the core issue in harbour funding – the growing gap between what the ferries " +
  "need and the money available to run them across the coast”.";

describe("a post after “Its”", () => {
  it("is at the body the long sentence before names", () => {
    const text = `${LONG}\n\n \n\nIts chief executive, Jo Pratt, referred to Labour’s pledge, saying the party must act.\n`;
    expect(pairs(text)).toEqual(["Jo Pratt → Fenby Trust (chief executive)"]);
  });

  it("is at the body before with no comma after the post, its field kept", () => {
    const text =
      "The Marlow Ferry Alliance said the review was a chance for change.\nIts policy co-chairman Sam Lowe said it " +
      "was “a welcome step” but warned: “It cannot become about cuts.”\n";
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
