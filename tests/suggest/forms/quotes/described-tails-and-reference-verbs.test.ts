// Stop 33, second round: quotations in prose. A tag after the quotation naming its speaker by office, with another
// verb of speech and when or where it was said ("…,” remarked the director during her talk."); "references" as a
// verb giving the words to its subject. Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { said } from "../../../helpers/draft.js";

const LEAD = [
  "Fenby Science Agency Director Ann Bell went to the University of Fenby to give the first lecture of a series.",
  "Before the lecture, she met the university's president Tom Reed and its provost.",
  "Reed welcomed the guests. The lecture focused on research and teaching.",
].join("\n");
const WORDS = "The college shows what good teaching and bold research can do side by side";

describe("a tag naming the speaker by office: “…,” remarked the director during her talk.", () => {
  it.each([
    "remarked the director during her talk.",
    "noted the director at the close.",
    "explained the director.",
    "observed the director in her closing words.",
  ])("gives the words to the one the text names with that office: “…,” %s", (tag) => {
    const text = `${LEAD}\n"${WORDS}," ${tag}`;
    expect(said(text)).toEqual([["Ann Bell", `${WORDS},`]]);
  });

  it("gives them to no one when the office is no one's in the text, or a body's", () => {
    for (const tag of ["remarked the chancellor during her talk.", "noted the agency in a statement."]) {
      const text = `${LEAD}\n"${WORDS}," ${tag}`;
      expect(said(text)).toEqual([]);
    }
  });
});

describe('"Name references …": the words quoted are the subject\'s', () => {
  it.each(["references how it could pose", "referenced the way it could pose"])(
    "gives them to the one before the verb, not the next sentence's subject: %s",
    (verb) => {
      const text = `The panel heard from the Fenby Bank. Ned Harlow ${verb} “real risks to savers and the market.” Tom Reed, a board member, thinks about other uses.`;
      expect(said(text)).toEqual([["Ned Harlow", "real risks to savers and the market."]]);
    },
  );
});

// Stop 41 (set 63): a verb of wording in the passive before the words, the one who said them named by "by" after them.
// Invented names and words.
describe("'was described as “…” by Name': the person 'by' names right after the words", () => {
  it("gives the words to that person, titles and a post after the name aside", () => {
    expect(
      said(
        "The tidal law was described as “a rare case of praise that is fully deserved” by Kit Moss, head of the Tidal Council, at the summit.",
      ),
    ).toEqual([["Kit Moss", "a rare case of praise that is fully deserved"]]);
    expect(said("The harbour plan has been called “a bold step for the whole island” by Dr Ann Bell.")).toEqual([
      ["Ann Bell", "a bold step for the whole island"],
    ]);
  });

  it("gives them to no one where 'by' names a body or no one, or a person further on", () => {
    expect(
      said("The harbour plan was described as “a costly failure for the whole island” by the Fenby Trust."),
    ).toEqual([]);
    expect(
      said(
        "The harbour plan was described as “a costly failure for the whole island” by critics, among them Ann Bell.",
      ),
    ).toEqual([]);
  });
});
