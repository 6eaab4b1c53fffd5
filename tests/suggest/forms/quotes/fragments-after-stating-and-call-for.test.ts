// Stop 45: short quoted fragments a news report gives to a named person with "stating that" or "to call for" (the
// verbs report the words themselves, as "said" does). Every name and word here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("fragments after 'stating that' and 'to call for'", () => {
  const draft = draftOf(
    lines(
      "Council defends ferry cuts",
      "The issue was raised at Tuesday's full council meeting, with opposition leader Hester Quayle stating that the “badly run” ferry service would face “emergency measures” within the month.",
      "Tom Reed, who speaks for the Greens on transport, went on to call for “urgent answers” about the timetable.",
    ),
  );

  it("gives each fragment to the one the verb names", () => {
    expect(saidBy(draft, "badly run")).toEqual(["Hester Quayle"]);
    expect(saidBy(draft, "emergency measures")).toEqual(["Hester Quayle"]);
    expect(saidBy(draft, "urgent answers")).toEqual(["Tom Reed"]);
  });
});

describe("refused: a fragment with no verb of wording around it", () => {
  const draft = draftOf(
    lines(
      "Council defends ferry cuts",
      "Opposition leader Hester Quayle visited the “badly run” ferry terminal on Tuesday with two councillors.",
    ),
  );

  it("leaves the scare quotes the writer's", () => {
    expect(saidBy(draft, "badly run")).toEqual([]);
  });
});
