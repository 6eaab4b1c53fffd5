// Stop 46: people read from released set 76: a name with a generation's mark after the surname ("Ken Ward Jr.", as
// American write-ups print it), which was found as no one. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText as lines, peopleIn } from "../../../helpers/draft.js";

describe("a generation's mark after the surname", () => {
  it.each([
    ["Tom Reed Jr., a co-founder of Fenby Spotlight, joined the panel.", "Tom Reed Jr."],
    ["The panel was joined by Tom Reed Sr., the editor of the Marlow Courier.", "Tom Reed Sr."],
    ["Tom Reed Jr. said the paper would close within the year.", "Tom Reed Jr."],
    ["Panellists: Ann Bell, Fenby Trust; Tom Reed Jr, Fenby Spotlight.", "Tom Reed Jr"],
  ])("is part of the name, as written: %s", (sentence, name) => {
    expect(peopleIn(draftOf(lines(sentence)))).toContain(name);
  });

  it("and the post after it is the person's", () => {
    const draft = draftOf(lines("Tom Reed Jr., a co-founder of Fenby Spotlight, joined the panel."));
    expect(affiliationsIn(draft).map(([who, , body]) => [who, body])).toEqual([["Tom Reed Jr.", "Fenby Spotlight"]]);
  });
});
