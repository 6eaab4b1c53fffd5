// Stop 47 (walkthrough w51, item 5): "correspondence with Fenby Ferries Partners and Tarn Public Affairs" was drafted as
// one body, "Fenby Ferries Partners and Tarn Public Affairs": neither part ends in a body's word, so the split that
// "Fenby Rowing Association and the Marlow Sculling Forum" gets was refused. Two names the text also gives alone, each
// of two words or more, are two bodies; a name whose parts the text never gives alone stays one. Every name and body is
// invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

describe("two names joined by 'and', each named alone elsewhere", () => {
  it("are two bodies", () => {
    const bodies = organisationsIn(
      draftOf(
        paragraphsText(
          "Rafe Dunmore, chief executive of Fenby Ferries Partners, spoke first. Fenby Ferries Partners retains Tarn Public Affairs.",
          "Ivo Quayle, director at Tarn Public Affairs, spoke next.",
          "The panel asked for all correspondence with Fenby Ferries Partners and Tarn Public Affairs to be published.",
        ),
      ),
    );
    expect(bodies).not.toContain("Fenby Ferries Partners and Tarn Public Affairs");
    expect(bodies).toContain("Fenby Ferries Partners");
  });

  it("stay one name when the text never gives its parts alone", () => {
    const bodies = organisationsIn(
      draftOf(paragraphsText("Kit Lamb, director of the Marlow Food and Drink Federation, spoke first.")),
    );
    expect(bodies).toContain("Marlow Food and Drink Federation");
  });
});
