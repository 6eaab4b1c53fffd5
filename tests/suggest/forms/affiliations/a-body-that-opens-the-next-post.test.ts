// Stop 42: a write-up (set 65) read "Name, chief executive of the X Association, and Y Group chief executive Name2" as
// the first person's post at both bodies: "and" after a post's body joins a second body of the same post ("trustee of
// X and the Y Trust"), but here the second body opens the next person's post (its words, then the name). Stop 41 saw
// the form among names ("run by A, B and, Fenby Centre Director, C"). Now a body after the "and" that a post and a
// person's name follow is not the first person's. Refused: a second body of the same post, which no name follows.
// Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const tiesOf = (text: string) => affiliationsIn(draftOf(text)).map(([who, , org]) => `${who} → ${org}`);

describe("a body after a post's 'and' that opens the next person's post", () => {
  it("gives the second body to the person whose post it opens, not to the person before", () => {
    const text = paragraphsText(
      "Tom Reed, chief executive of the Association of Pilots, and Harbour Group chief executive Ann Bell sat on a five-member panel about the new levy.",
    );
    const ties = tiesOf(text);
    expect(ties).not.toContain("Tom Reed → Harbour Group");
    expect(ties).toContain("Ann Bell → Harbour Group");
    expect(ties).toContain("Tom Reed → Association of Pilots");
  });

  it("reads the same with the body's possessive and a comma before the name", () => {
    const text = paragraphsText(
      "Tom Reed, director of the Association of Pilots, and the Fenby Harbour Trust's director, Kit Lamb, opened the day.",
    );
    expect(tiesOf(text)).not.toContain("Tom Reed → Fenby Harbour Trust");
  });

  it("gives the next person the body no rule before a name reads (a number opens it)", () => {
    const text = paragraphsText(
      "Tom Reed, chief executive of the Association of Pilots, and 419 Harbour Group chief executive Ann Bell sat on a five-member panel.",
    );
    const ties = tiesOf(text);
    expect(ties).toContain("Ann Bell → 419 Harbour Group");
    expect(ties).not.toContain("Tom Reed → 419 Harbour Group");
  });

  it("still gives the same post at a second body when no name follows it", () => {
    const text = paragraphsText(
      "Tom Reed, trustee of the Association of Pilots and the Fenby Harbour Trust, opened the day.",
    );
    expect(tiesOf(text)).toContain("Tom Reed → Fenby Harbour Trust");
  });
});
