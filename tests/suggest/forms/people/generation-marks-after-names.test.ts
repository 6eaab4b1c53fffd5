// A generation's mark after a given name and a surname ("Tom Reed Jr.", "Kit Lamb Sr", "Sam Yeo III"): part of the
// person's name, kept in its label (stop 46, from the misses of set 76: a policy journal's list of panellists, where
// the name with it was read as no one's and the person's two posts were lost). Small texts written for this test
// (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

describe("a generation's mark after a name", () => {
  it.each([
    ["Tom Reed Jr., a co-founder of the Fenby Spotlight Trust, said the paper would close.", "Tom Reed Jr."],
    ["Tom Reed Jr, chief executive of Marlow Ports, said the harbour would close.", "Tom Reed Jr"],
    ["Tom Reed Sr., chair of the Keld Harbour Trust, said the harbour would close.", "Tom Reed Sr."],
    ["Tom Reed III, chief executive of Marlow Ports, said the harbour would close.", "Tom Reed III"],
  ])("is part of the person's name (%#)", (text, label) => {
    const draft = draftOf(text, []);
    expect(peopleIn(draft)).toEqual([label]);
    expect(affiliationsIn(draft).map(([person]) => person)).toEqual([label]);
  });

  it("keeps both posts of a person named with it", () => {
    const text =
      "The panellists included Tom Reed Jr., a co-founder of Fenby Spotlight and a senior reporting fellow with the nonprofit newsroom FenbyWatch.\n";
    expect(affiliationsIn(draftOf(text, []))).toEqual([
      ["Tom Reed Jr.", "co-founder", "Fenby Spotlight"],
      ["Tom Reed Jr.", "senior reporting fellow", "FenbyWatch"],
    ]);
  });
});
