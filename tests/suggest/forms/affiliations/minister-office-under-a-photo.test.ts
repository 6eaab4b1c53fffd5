// A minister's label under the holder's photo, as Hansard's pages print it: "Tom Reed Portrait The Parliamentary
// Under-Secretary of State for Harbours (Tom Reed)". The office is read after the photo's text (it was read from the
// line's start, the photo's text in it and its end cut), and the post is the office without the department the
// registry knows, which is the body (stop 36, from the misses of sets 44–47 and of sets 23 and 33). Small texts written
// for this test (names, offices and sentences invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const department: KnownForDraft = {
  id: "department-for-harbours-and-coasts",
  type: "organisation",
  label: "Department for Harbours and Coasts",
  aliases: ["Harbours and Coasts"],
};

const page = (label: string) =>
  [
    "Harbour Dredging",
    "Volume 700: debated on Tuesday 4 May 2028",
    "Ann Bell Portrait Ann Bell (Fenby North) (Con)",
    "- Hansard - - - Excerpts",
    "4. How his Department will help the harbours of the whole country.",
    label,
    "- Hansard - - - Excerpts",
    "Harbours are an important part of the economy, and the Department will look at the channel again this year.",
    "Ann Bell Portrait Ann Bell",
    "- Hansard - - - Excerpts",
    "I thank the Minister for his answer. Will he meet me to discuss the dredging of the channel?",
  ].join("\n\n") + "\n";

const tomReeds = (label: string, known: KnownForDraft[] = [department]) =>
  affiliationsIn(draftOf(page(label), known)).filter(([p]) => p === "Tom Reed");

describe("a minister's office under the holder's photo", () => {
  it.each([
    ["Tom Reed Portrait The Parliamentary Under-Secretary of State for Harbours and Coasts (Tom Reed)"],
    ["Tom Reed Portrait The Parliamentary Under-Secretary of State for Harbours and Coasts (Tom Reed) (Con)"],
  ])("gives the office without the department as the post at it (%#)", (label) => {
    expect(tomReeds(label)).toEqual([
      ["Tom Reed", "Parliamentary Under-Secretary of State", "department-for-harbours-and-coasts"],
    ]);
  });

  it("reads the office without a photo as before", () => {
    expect(tomReeds("The Parliamentary Under-Secretary of State for Harbours and Coasts (Tom Reed)")).toEqual([
      ["Tom Reed", "Parliamentary Under-Secretary of State", "department-for-harbours-and-coasts"],
    ]);
  });

  it("ties the minister to no body the office names none of", () => {
    expect(tomReeds("Tom Reed Portrait The Minister for Tides (Tom Reed)")).toEqual([]);
  });
});
