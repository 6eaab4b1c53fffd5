// Stop 45 (sets 72–73): a post whose field names two subjects joined by "and" ("Professor of Marine Studies and Harbour
// Connectedness at the University of Fenby", "Head of Coastal Habitats and Dune Ecology, Fenby Trust"), as a
// write-up's list of speakers and a committee's list of witnesses print one: the second subject is no person. Every
// name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

describe("'Professor of A and B at Org', 'Head of A and B, Org': B is the post's field", () => {
  const cases = [
    "Speakers at the event included Tom Reyes, Professor of Marine Studies and Harbour Connectedness at the University of Fenby, and Ann Frith.\n",
    "Witnesses: Tom Reyes, Member, Harbour Board; and Ann Frith, Head of Coastal Habitats and Dune Ecology, Fenby Trust.\n",
  ];
  for (const text of cases) {
    it(`reads only the two speakers as people: ${text.slice(0, 60)}…`, () => {
      expect(peopleIn(draftOf(text))).toEqual(["Tom Reyes", "Ann Frith"]);
    });
  }

  it("still reads a person named after a post's field and 'and'", () => {
    const text =
      "The panel heard from Tom Reyes, Professor of Marine Studies, and Ann Frith, who runs the Fenby Trust. Ann Frith said the harbour must be dredged.\n";
    expect(peopleIn(draftOf(text))).toEqual(["Tom Reyes", "Ann Frith"]);
  });
});
