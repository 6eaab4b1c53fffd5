// Round 11: names that follow a post or an organisation's name with no comma, on small texts written for this test
// (names and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

describe("a courtesy title inside a run of capitalised words", () => {
  it("opens a person's name after an organisation's: 'the Dean of the Faculty of Arts Ms. X'", () => {
    const found = peopleIn(
      draftOf(
        "The seminar was attended by the Dean of the Faculty of Arts Ms. Ruwani Perakanda, staff members and students. The Director of the Fenby Trust Dr Alma Reyes opened it.",
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["Ruwani Perakanda", "Alma Reyes"]));
  });

  it("keeps a title after another title in one name: 'Professor Dr X'", () => {
    const found = peopleIn(draftOf("The keynote was given by Professor Dr Alma Reyes, Director of the Fenby Trust."));
    expect(found).toContain("Alma Reyes");
    expect(found).not.toContain("Professor");
  });
});
