// Letters after a name that are an honour or a rank at the bar ("BEM", "SC", "OM", "CH"), before the post that follows
// the name (stop 33, from the blind misses of sets 32–35: a witness list's "Name BEM, post, Body" and a write-up's
// "Name SC, President of Body"). Small texts written for this test (names, bodies and sentences invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, peopleIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));

describe("an honour's or a counsel's letters between a name and its post", () => {
  it.each([
    [
      "We welcome Ann Frith BEM, deputy chief executive, Fenby Chambers of Trade; and Tom Reyes, head of policy, Marlow Housing Trust.",
      ["Ann Frith", "deputy chief executive", "Fenby Chambers of Trade"],
    ],
    [
      "Tom Reyes SC, President of the Marlow Law Council, made the opening speech.",
      ["Tom Reyes", "President", "Marlow Law Council"],
    ],
    [
      "The lecture was given by Dame Jo Pratt OM, chair of the Keld Music Trust.",
      ["Jo Pratt", "chair", "Keld Music Trust"],
    ],
    [
      "Sir Sam Yeo CH, president of the Fenby Poetry Society, read first.",
      ["Sam Yeo", "president", "Fenby Poetry Society"],
    ],
  ])("reads the post after the letters (%#)", (text, tie) => {
    expect(affiliations(text)).toContainEqual(tie);
  });
});

describe("the same capitals where no name stands before them", () => {
  it("reads no person in a place and its state ('Marlow, SC')", () => {
    const draft = draftOf("The forum met in Marlow, SC, where the Keld Trust has its office.", []);
    expect(peopleIn(draft)).toEqual([]);
    expect(affiliationsIn(draft)).toEqual([]);
  });
});
