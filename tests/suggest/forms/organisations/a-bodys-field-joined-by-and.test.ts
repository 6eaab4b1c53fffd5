// Stop 42: with an empty registry (set 65, a transcript and a blog) "the Association of School and College Pilots" was
// read as two bodies, "Association of School" and "College Pilots": a name whose part before "and" ends in a body's
// word ("School") was split there, as "Fenby Rowing Association and the Marlow Sculling Forum" is. After "of" or "for"
// such a word is the name's field, and "and" goes on with it ("Department of Ferries and Harbours"). Refused: two bodies
// joined by "and the", and a name whose part before "and" has no "of" or "for". Every name and body is invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

const bodiesIn = (text: string) => organisationsIn(draftOf(text));

describe("a body's field after 'of' joined by 'and'", () => {
  it("reads 'Association of School and College Pilots' as one body", () => {
    const text = paragraphsText("Kit Lamb, director of the Association of School and College Pilots, spoke first.");
    const bodies = bodiesIn(text);
    expect(bodies).toContain("Association of School and College Pilots");
    expect(bodies).not.toContain("Association of School");
  });

  it("reads it as one body on a witness line, its acronym after it", () => {
    const text = paragraphsText(
      "Examination of witnesses",
      "I: Ann Bell, CEO, Fenby Trust; and Kit Lamb, Harbours Specialist, Association of School and College Pilots (ASCP).",
      "Q1 The Chair: Welcome.",
      "Kit Lamb: Good morning.",
    );
    expect(bodiesIn(text)).toContain("Association of School and College Pilots");
  });

  it("still reads two bodies joined by 'and the', or with no 'of' before the 'and'", () => {
    const bodies = bodiesIn(
      paragraphsText(
        "The day was run by the Fenby Rowing Association and the Marlow Sculling Forum.",
        "Funding came from the Institute of Marlow School and the Fenby Harbour Trust.",
      ),
    );
    expect(bodies).toContain("Fenby Rowing Association");
    expect(bodies).toContain("Marlow Sculling Forum");
    expect(bodies).toContain("Fenby Harbour Trust");
  });
});
