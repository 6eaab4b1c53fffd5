// Stop 45: an unlabelled aside inside a speaker's turn that addresses that speaker by title and surname ("Apologies, Ms
// Bell, your sound dropped out."): another's words, as a committee's record run together from a video link prints them.
// Every name and word here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, saidByIn as saidBy } from "../../../helpers/draft.js";

const text = (aside: string) =>
  [
    "Tom Reed Portrait Tom Reed (Fenby North) (Lab)",
    "- Hansard - - - Excerpts",
    "",
    "Thank you for coming to brief us on the harbour closures today. Would you start with the ferries?",
    "",
    "Ann Bell Portrait Ann Bell (Fenby South) (Con)",
    "- Hansard - - - Excerpts",
    "",
    "Morning, all. We are glad of the chance to set out where things stand. The ferries—",
    "",
    aside,
    "",
    "The ferries have lost a third of their winter sailings since the spring.",
    "",
  ].join("\n");

describe("an aside in a turn that calls the turn's own speaker by name", () => {
  const draft = draftOf(
    text("Apologies, Ms Bell, your sound dropped out for a moment. Would you go back to where you began?"),
  );

  it("gives the aside to no one, and the rest of the turn to the speaker", () => {
    expect(saidBy(draft, "your sound dropped out for a moment")).toEqual([]);
    expect(saidBy(draft, "Could you start again")).toEqual([]);
    expect(saidBy(draft, "lost a third of their winter sailings")).toEqual(["Ann Bell"]);
  });
});

describe("refused: a paragraph naming another member by title", () => {
  const draft = draftOf(text("Mr Reed, you asked about the ferries. I will come to them."));

  it("keeps it the speaker's", () => {
    expect(saidBy(draft, "I will come to them")).toEqual(["Ann Bell"]);
  });
});
