// Stop 45 (sets 72–73): a place named before the word for those who live there ("talks to Milton Marsh residents", a
// photo's caption), read as a person; and a surname that is a point of the compass after a given name ("advisors Nell
// East and …"), not read as one. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

describe("'… talks to Milton Marsh residents': the place before 'residents'", () => {
  it("is no person", () => {
    const draft = draftOf(
      "First Minister Tom Reyes talks to Milton Marsh residents. Picture: Fenby Wire\nThe minister met Milton Marsh villagers later.\n",
    );
    expect(peopleIn(draft)).toEqual(["Tom Reyes"]);
  });

  it("still reads a person named before a verb", () => {
    expect(peopleIn(draftOf("Ann Frith said the residents of Fenby were angry.\n"))).toEqual(["Ann Frith"]);
  });
});

describe("'Nell East', 'Jonathan West': a given name, then East or West", () => {
  it("reads the two words as a person's name", () => {
    const draft = draftOf("Speakers included Fenby Trust advisors Nell East and Tam Lowry, and Jonathan West.\n");
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Nell East", "Tam Lowry", "Jonathan West"]));
  });

  it("reads no place's quarter as a person", () => {
    expect(peopleIn(draftOf("Flooding hit Fenby East and Marlow West last winter.\n"))).toEqual([]);
  });
});
