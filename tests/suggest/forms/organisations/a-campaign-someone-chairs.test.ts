// Stop 47 (walkthrough w51, item 5): "Wren Hadley, who chairs the Save Fenby Meadows campaign, said …": the campaign
// was never drafted as a body (no word of its name is a body's, and its last word, "Meadows" or "Park", is a place's).
// A campaign that someone chairs, leads, founded or speaks for is one; a campaign nobody is said to lead stays
// unread. Every name and body is invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn, paragraphsText } from "../../../helpers/draft.js";

describe("a campaign someone chairs", () => {
  it("is a body, whatever its name's last word", () => {
    const cases: [string, string][] = [
      ["Wren Hadley, who chairs the Save Fenby Park campaign, said residents had not been told.", "Save Fenby Park"],
      ["Ivo Quayle, founder of the Fair Ferry Fares campaign, said the rise was unfair.", "Fair Ferry Fares"],
    ];
    for (const [sentence, body] of cases) {
      expect(organisationsIn(draftOf(paragraphsText(sentence))), sentence).toContain(body);
    }
  });

  it("is not read from a campaign no one is said to lead", () => {
    const bodies = organisationsIn(
      draftOf(paragraphsText("The council launched the Clean Fenby Park campaign in May, Wren Hadley said.")),
    );
    expect(bodies).not.toContain("Clean Fenby Park");
  });
});
