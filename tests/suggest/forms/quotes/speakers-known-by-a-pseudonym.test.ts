// Stop 45 (sets 72–73): a charity's post quoting a person it names only by a pseudonym ("One of the mothers, known to
// the court as ‘KLM’, …"), after others named by a given name ("Nell has two sons. She says …"). Every name, body and
// word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn, saidByIn as saidBy } from "../../../helpers/draft.js";

const text = [
  "Ferry fare cap 'a lifeline for island families'",
  "What island parents told us:",
  "Nell has two sons. She says the cap will help to pay for their school trips.",
  "'We will finally be able to visit their grandparents on the mainland every month.'",
  "The Island Families Trust backs two mothers in their appeal against the fare rules. One mother in the appeal, known to the tribunal as ‘KLM’, works night shifts and has three children. On the cap, KLM says:",
  "'Now my three can go on the trips their friends take for granted.'",
  "The cap follows a scheme known as ‘Farecap’. Farecap says the cap will last a year.",
].join("\n");

describe("'known to the tribunal as ‘KLM’', then 'KLM says:' over the words", () => {
  const draft = draftOf(text);

  it("gives the words to the one the pseudonym names, not to the parent quoted before", () => {
    expect(saidBy(draft, "go on the trips their friends")).toEqual(["KLM"]);
    expect(saidBy(draft, "visit their grandparents")).toEqual(["Nell"]);
  });

  it("reads no scheme known by a name as a person", () => {
    expect(peopleIn(draft)).not.toContain("Farecap");
  });
});
