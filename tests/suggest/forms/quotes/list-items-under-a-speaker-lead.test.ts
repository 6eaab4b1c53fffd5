// Stop 44: "Dame Orla told us:" over a bulleted list of what she said, each item reported speech with quoted
// fragments ("• Of the pilots’ hours, which ‘must be done differently too’"). Every name, body and word here
// is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

const update = (lead: string) =>
  draftOf(
    lines(
      "Harbours Committee - weekly update",
      "On Tuesday, we took evidence from the Harbour Commissioner, Dame Orla Pennick, on her annual report.",
      `The Committee were interested in her views on the dredging programme. ${lead}`,
      "  • That the dredging contracts have left ‘the harbours silting up faster than anyone planned for’.",
      "  • Of the pilots’ hours, which ‘must be done differently too’, with a part for her office in it",
      "  • On the dredgers, which in future ‘should be owned by the ports’.",
      "Ports minister publishes a response",
    ),
  );

describe("'Dame Orla told us:' over a list: the quoted words of every item are hers", () => {
  const draft = update("Dame Orla told us:");

  it("gives each item's quoted words to the one the lead names", () => {
    expect(saidBy(draft, "the harbours silting up faster")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "must be done differently too")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "should be owned by the ports")).toEqual(["Orla Pennick"]);
  });
});

describe("refused: a list under a colon with no verb of speech is no one's words", () => {
  const draft = update("Three things stood out in the report:");

  it("gives the later items' quoted words to no one", () => {
    expect(saidBy(draft, "must be done differently too")).toEqual([]);
    expect(saidBy(draft, "should be owned by the ports")).toEqual([]);
  });
});
