// Stop 33, second round: quotations in prose. A closing tag after the quotation whose name has a middle initial or a
// title with its stop ("…,” said Ann B. Bell, the lead author."): the stop is the name's, not the sentence's end.
// Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";

const WORDS = "It is clear that the council is serious about reviving the mills and the jobs that go with them";

describe("a closing tag whose name has a stop inside it", () => {
  it.each([
    ["said FI president Ann B. Bell, the study’s first author, in a note.", "Ann B. Bell"],
    ["said Ann B. Bell.", "Ann B. Bell"],
    ["said A. J. Lund, the lead author.", "A. J. Lund"],
    ["said Dr. Tom Reed, who chairs the group.", "Tom Reed"],
  ])("gives the words to the one it names: “…,” %s", (tag, who) => {
    const text = `The Fenby Institute has released a new report.\n\n“${WORDS},” ${tag}`;
    expect(said(text)).toContainEqual([who, `${WORDS},`]);
  });

  it("still ends the clause at a sentence's stop: a name in the next sentence is not the tag's", () => {
    const text = `The Fenby Institute has released a new report.\n\n“${WORDS},” the report says. Ann Bell runs the institute.`;
    expect(said(text).some(([who]) => who === "Ann Bell")).toBe(false);
  });
});
