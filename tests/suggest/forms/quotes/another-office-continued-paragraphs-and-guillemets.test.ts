// Stop 45 (sets 72–73): "“…,” the minister said." where a First Minister is named too, the paragraphs of speech after
// such a credit, and quotations in guillemets («…») as a news aggregator prints them. Every name, body and word here is
// invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("'“…,” the minister said.' with a First Minister named before: the minister, and the paragraphs after", () => {
  const draft = draftOf(
    lines(
      "Harbour plan for the whole coast",
      "First Minister Tomasz Reed talks to Fenby residents. Picture: Fenby Wire",
      "The country’s first harbour plan has been unveiled by harbours minister Orla Pennick.",
      "But First Minister Tomasz Reed unveiled a £2m fund on a visit to Fenby at the weekend.",
      "Ms Pennick presented the plan on Tuesday. It holds 12 schemes for the coast.",
      "“Our plan will protect more homes and boats across the coast,” the minister said.",
      "“This is the first plan to cover every harbour on the coast.",
      "“It will keep the islands connected for years to come.”",
    ),
  );

  it("gives the words to the minister, not the First Minister", () => {
    expect(saidBy(draft, "protect more homes and boats")).toEqual(["Orla Pennick"]);
  });

  it("gives the paragraphs of speech after the credit to the same speaker", () => {
    expect(saidBy(draft, "first plan to cover every harbour")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "keep the islands connected")).toEqual(["Orla Pennick"]);
  });
});

describe("a quotation in guillemets after 'He warned:' and after a name and post", () => {
  const draft = draftOf(
    lines(
      "Councils warn of harbour closures as ferry funding is cut",
      'Ann Frith, chair of the Harbour Users Group, described the cut as "a burden passed to islanders." She warned: «Islanders pay more for everything already – and these cuts will make it worse still.»',
      "Kit Lamb, chair of the Island Councils Network, stressed the harm: «Keeping the harbours open costs the government very little, yet losing them would ruin an island council.»",
      "« Previous story | Next story »",
    ),
  );

  it("gives each quotation in guillemets to the one who speaks it", () => {
    expect(saidBy(draft, "these cuts will make it worse still")).toEqual(["Ann Frith"]);
    expect(saidBy(draft, "costs the government very little")).toEqual(["Kit Lamb"]);
  });

  it("reads a page's links set apart by spaces as no one's words", () => {
    expect(saidBy(draft, "Previous story")).toEqual([]);
  });
});
